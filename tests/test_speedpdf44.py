"""The PDF path's speed-ups of issue 8 (session 44) keep what it reads: a page's many links told from their bytes
are passed over as PDFium's own reading passes them, and anything else on the page is still read."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.pdf import structure
from detectors import vocabulary


def _pdf(annotations: list[bytes], *, compressed: bool = False) -> bytes:
    """A one-page PDF with the given annotation dictionaries, each an object of its own (or all in one object
    stream), classic cross-reference table or a cross-reference stream."""
    import zlib
    first_annotation = 5
    numbers = list(range(first_annotation, first_annotation + len(annotations)))
    refs = b" ".join(b"%d 0 R" % n for n in numbers)
    content = b"BT /F1 12 Tf 72 720 Td (Council agenda, item 7) Tj ET"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
           b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> "
           b"/Annots [" + refs + b"] >>",
        4: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    }
    out = bytearray(b"%PDF-1.7\n")
    offsets: dict[int, int] = {}
    if not compressed:
        objects.update(zip(numbers, annotations))
        for number in sorted(objects):
            offsets[number] = len(out)
            out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
        size = max(objects) + 1
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
        return bytes(out)
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    stream_number = numbers[-1] + 1
    body, header = b"", []
    for number, annotation in zip(numbers, annotations):
        header.append(b"%d %d" % (number, len(body)))
        body += annotation + b"\n"
    head = b" ".join(header) + b"\n"
    data = zlib.compress(head + body)
    offsets[stream_number] = len(out)
    out += b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        stream_number, len(numbers), len(head), len(data)) + data + b"\nendstream\nendobj\n"
    xref_number = stream_number + 1
    rows = [b"\x00\x00\x00\x00\xff\xff"]
    for n in range(1, xref_number + 1):
        if n in numbers:
            rows.append(b"\x02" + stream_number.to_bytes(3, "big") + numbers.index(n).to_bytes(2, "big"))
        elif n == xref_number:
            rows.append(b"\x01" + len(out).to_bytes(3, "big") + b"\x00\x00")
        else:
            rows.append(b"\x01" + offsets[n].to_bytes(3, "big") + b"\x00\x00")
    table = b"".join(rows)
    xref = len(out)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 3 2] /Root 1 0 R /Length %d >>\nstream\n" % (
        xref_number, xref_number + 1, len(table)) + table + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


_LINK = b"<< /Type /Annot /Subtype /Link /Rect [10 10 20 20] /A << /S /URI /URI (https://example.com/) >> >>"
_NOTE = b"<< /Type /Annot /Subtype /Text /Rect [30 30 40 40] /Contents (Customer Ana Ruiz, SSN 398-97-2751) >>"
# a dictionary that starts as a link's and names its subtype again: PDFium reads the last one
_TWICE = b"<< /Type /Annot /Subtype /Link /Rect [1 1 2 2] /Subtype /Text /Contents (Meter 4471-2209) >>"
# the subtype written with a #xx escape after the link's: it is a text note too
_ESCAPED = b"<< /Type /Annot /Subtype /Link /Rect [1 1 2 2] /Sub#74ype /Text /Contents (Account 55-0192) >>"


@pytest.mark.parametrize("compressed", [False, True])
def test_many_links_passed_over_and_the_notes_among_them_read(compressed):
    annotations = [_LINK] * 150 + [_NOTE, _TWICE, _ESCAPED] + [_LINK] * 150
    body = _pdf(annotations, compressed=compressed)
    document = structure.open_structure(body, repair=False)
    told = structure.link_annotations(document, 1)(0, len(annotations), len(annotations))
    assert told == set(range(150)) | set(range(153, 303))
    texts = [s.text for s in extract("many-links.pdf", body).segments]
    assert "Customer Ana Ruiz, SSN 398-97-2751" in texts
    assert "Meter 4471-2209" in texts
    assert "Account 55-0192" in texts


def test_page_whose_annotation_array_is_not_all_references_is_left_to_pdfium():
    body = _pdf([_LINK] * 250).replace(b"/Annots [5 0 R", b"/Annots [null 5 0 R", 1)
    document = structure.open_structure(body, repair=False)
    assert structure.link_annotations(document, 1)(0, 251, 251) == set()


def test_word_frequencies_as_wordfreq_gives_them():
    import wordfreq
    expected: dict[str, float] = {}
    for language, size in vocabulary._VOCABULARY_SIZE.items():
        count = 0
        for index, bucket in enumerate(wordfreq.get_frequency_list(language)):
            for word in bucket:
                if word.isalpha():
                    expected[word] = max(expected.get(word, 0.0), 10 ** (-index / 100))
                    count += 1
            if count >= size:
                break
    assert list(vocabulary.word_frequencies().items()) == list(expected.items())


def test_a_page_mostly_of_notes_is_left_to_pdfium_after_a_sample():
    body = _pdf([_NOTE] * 150 + [_LINK] * 150)
    document = structure.open_structure(body, repair=False)
    assert structure.link_annotations(document, 1)(0, 300, 300) == set()
    assert "Customer Ana Ruiz, SSN 398-97-2751" in [s.text for s in extract("notes.pdf", body).segments]


def test_a_link_replaced_by_a_note_in_an_incremental_update_is_read():
    body = _pdf([_LINK] * 250)
    previous = int(body.rsplit(b"startxref\n", 1)[1].split()[0])
    size = 5 + 250
    update = b"10 0 obj\n" + _NOTE + b"\nendobj\n"
    offset = len(body)
    xref = offset + len(update)
    body += update + b"xref\n10 1\n%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, previous, xref)
    document = structure.open_structure(body, repair=False)
    assert structure.link_annotations(document, 1)(0, 250, 250) == set(range(250)) - {5}
    assert "Customer Ana Ruiz, SSN 398-97-2751" in [s.text for s in extract("updated.pdf", body).segments]
