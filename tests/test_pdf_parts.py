"""What a PDF publishes besides its pages' visible text: metadata (document information with custom
properties, XMP), annotations and popups, attached files (read with their own extractor), hidden layers;
and hostile files that must end as failed documents with a reason, within the worker's limits."""
from __future__ import annotations

import struct
import zlib

from fpdf import FPDF

from crawler.extract import extract
from crawler.worker import WorkerPool
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_extract_pdf import FONT, PAGE, raw_pdf, stream

CUSTOMERS_CSV = (b"Customer Name,Service Address,Account Number\n"
                 b"Jane Doe,4471 Orchard Lane,2-23-456-7890\nJohn Roe,18 Mission Blvd,2-23-456-7891\n")


def simple_pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Cover letter to the Utility Commission")
    return pdf


def hidden(document, reason: str) -> list[tuple]:
    return [(s.label, s.text, s.location.as_dict()) for s in document.segments if s.hidden == reason]


def test_custom_document_information_and_xmp_are_read():
    body = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        PAGE % (5, b""),
        stream(b"BT /F1 12 Tf 72 720 Td (Rate study) Tj ET"),
        stream(b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
               b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
               b"<dc:description><rdf:Alt><rdf:li>Billing export for Jane Doe</rdf:li></rdf:Alt></dc:description>"
               b"<xmp:CreateDate>2024-03-01T10:00:00</xmp:CreateDate><dc:title><rdf:Alt><rdf:li>Rate study</rdf:li>"
               b"</rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>", b"/Type /Metadata /Subtype /XML"),
        b"<< /Title (Rate study) /CustomerAccount (2-23-456-7890) /CreationDate (D:20240301) >>",
    ).replace(b"/Root 1 0 R", b"/Root 1 0 R /Info 7 0 R")
    document = extract("https://x/study.pdf", body)
    assert hidden(document, "pdf metadata") == [
        ("Title", "Rate study", {"element": "PDF metadata"}),
        ("CustomerAccount", "2-23-456-7890", {"element": "PDF metadata"}),
        ("description", "Billing export for Jane Doe", {"element": "XMP metadata"})]
    found = scan_document(document, load_detectors())
    # the metadata is a record: a billing export's customer named beside an account number
    assert sorted((f.category, f.value) for f in found) == [
        ("account_number", "2-23-456-7890"), ("customer_name", "Jane Doe")]


def test_annotations_and_their_popups_are_read_once():
    body = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        PAGE % (5, b"/Annots [6 0 R 7 0 R 8 0 R]"),
        stream(b"BT /F1 12 Tf 72 720 Td (Agenda item 4) Tj ET"),
        b"<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (Caller SSN 512-34-6789) /Popup 7 0 R >>",
        b"<< /Type /Annot /Subtype /Popup /Rect [40 40 200 100] /Parent 6 0 R /Contents (Caller SSN 512-34-6789) >>",
        b"<< /Type /Annot /Subtype /FreeText /Rect [300 300 400 320] /Contents (Reviewed by clerk) >>",
    )
    document = extract("https://x/agenda.pdf", body)
    assert hidden(document, "annotation") == [
        ("Text", "Caller SSN 512-34-6789", {"page": 1, "element": "Text annotation"}),
        ("FreeText", "Reviewed by clerk", {"page": 1, "element": "FreeText annotation"})]


def test_an_attached_csv_of_customers_is_read_as_a_csv_and_located_by_its_name():
    pdf = simple_pdf()
    pdf.embed_file(basename="customers.csv", bytes=CUSTOMERS_CSV)
    document = extract("https://x/letter.pdf", bytes(pdf.output()))
    found = scan_document(document, load_detectors())
    assert {f.category for f in found} == {"customer_name", "address", "account_number"}
    assert {f.location.attachment for f in found} == {"customers.csv"}
    assert found[0].location.as_dict()["attachment"] == "customers.csv"
    assert len(document.records) == 2


def test_a_file_attached_to_a_page_is_read_and_an_unreadable_one_is_unchecked(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"Customer Jane Doe SSN 512-34-6789")
    pdf = simple_pdf()
    pdf.file_attachment_annotation(notes, x=10, y=10, w=5, h=5)
    pdf.embed_file(basename="old.doc", bytes=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    document = extract("https://x/letter.pdf", bytes(pdf.output()))
    assert [(s.text, s.location.attachment) for s in document.segments if s.location.attachment] == [
        ("Customer Jane Doe SSN 512-34-6789", "notes.txt")]
    assert len(document.unchecked) == 1
    assert document.unchecked[0].startswith("attachment old.doc unreadable: broken OLE2 compound file")


def test_text_in_a_hidden_layer_is_hidden_text():
    body = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 3 0 R >> /Properties << /oc1 6 0 R >> >> >>",
        stream(b"BT /F1 12 Tf 72 720 Td (Public notice) Tj ET "
               b"/OC /oc1 BDC BT /F1 12 Tf 72 700 Td (Jane Doe SSN 512-34-6789) Tj ET EMC"),
        b"<< /Type /OCG /Name (Reviewer notes) >>",
    )
    document = extract("https://x/notice.pdf", body)
    assert [(s.text, s.hidden) for s in document.segments] == [
        ("Public notice", None), ("Jane Doe SSN 512-34-6789", "hidden layer")]


# --- hostile files -----------------------------------------------------------------------------------------------------

def _inflating_to(size: int) -> bytes:
    inflater = zlib.compressobj(1)
    chunk = b" " * (16 << 20)
    return b"".join(inflater.compress(chunk) for _ in range(size // len(chunk))) + inflater.flush()


def _bomb() -> bytes:
    data = _inflating_to(1 << 30)
    return raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
                   PAGE % (5, b""), b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data))


def _with_object_streams(*objects: bytes) -> bytes:
    """A PDF written as modern writers write it (object 1 is the catalog): every object but the streams packed
    in one compressed object stream, found through a cross-reference stream."""
    out = bytearray(b"%PDF-1.7\n")
    holder, xref = len(objects) + 1, len(objects) + 2
    entries, header, packed = {}, b"", b""
    for number, body in enumerate(objects, 1):
        if b"\nstream\n" in body:
            entries[number] = (1, len(out), 0)
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        else:
            entries[number] = (2, holder, len(header.split()) // 2)
            header += b"%d %d " % (number, len(packed))
            packed += body + b"\n"
    data = zlib.compress(header + packed)
    entries[holder] = (1, len(out), 0)
    out += b"%d 0 obj\n%s\nendobj\n" % (holder, stream(data, b"/Type /ObjStm /N %d /First %d /Filter /FlateDecode"
                                                         % (len(header.split()) // 2, len(header))))
    entries[xref] = (1, len(out), 0)
    rows = struct.pack(">BIH", 0, 0, 65535) + b"".join(struct.pack(">BIH", *entries[n]) for n in range(1, xref + 1))
    start = len(out)
    out += b"%d 0 obj\n%s\nendobj\nstartxref\n%d\n%%%%EOF\n" % (
        xref, stream(rows, b"/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % (xref + 1)), start)
    return bytes(out)


def test_a_big_file_written_with_object_streams_is_read_whole():
    """Over 260 KB, yet no stream big enough to be a bomb: the pages are read without walking the page tree."""
    text = b"BT /F1 12 Tf 72 720 Td (Meter reading for Jane Doe) Tj ET " + b"% filler\n" * 12_000
    body = _with_object_streams(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R 6 0 R 8 0 R] /Count 3 >>",
                                FONT, PAGE % (5, b""), stream(text), PAGE % (7, b""), stream(text), PAGE % (9, b""),
                                stream(text))
    assert len(body) > 260 * 1024
    document = extract("https://x/readings.pdf", body)
    assert [(s.text, s.location.page) for s in document.segments] == [
        ("Meter reading for Jane Doe", page) for page in (1, 2, 3)]


def _billion_page_tree() -> bytes:
    """30 levels of page tree nodes whose two kids are the same next node: 2**30 pages by /Count."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(30):
        objects.append(b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count %d >>" % (3 + level, 3 + level, 2 ** (30 - level)))
    page_number = len(objects) + 1
    objects.append(b"<< /Type /Page /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
                   % (page_number + 1, page_number + 2))
    objects += [stream(b"BT /F1 12 Tf 72 720 Td (SSN 512-34-6789) Tj ET"), FONT]
    return raw_pdf(*objects)


def _many_annotations(count: int = 10_000) -> bytes:
    references = b" ".join(b"%d 0 R" % (6 + i) for i in range(count))
    return raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
                   PAGE % (5, b"/Annots [" + references + b"]"), stream(b"BT /F1 12 Tf 72 720 Td (Agenda) Tj ET"),
                   *(b"<< /Type /Annot /Subtype /Text /Rect [10 10 20 20] /Contents (Note %d) >>" % i
                     for i in range(count)))


def _looping_font_and_form() -> bytes:
    """A form XObject that draws itself and a Type 3 font whose glyph draws the form and the glyph again."""
    return raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R"
        b" /T3 7 0 R >> /XObject << /Fm0 6 0 R >> >> >>",
        stream(b"BT /F1 12 Tf 72 720 Td (Looping page) Tj ET /Fm0 Do BT /T3 12 Tf 72 700 Td (aaaa) Tj ET"),
        stream(b"0 0 m 10 10 l S /Fm0 Do BT /T3 12 Tf (a) Tj ET", b"/Type /XObject /Subtype /Form /BBox [0 0 100 100]"
               b" /Resources << /XObject << /Fm0 6 0 R >> /Font << /T3 7 0 R >> >>"),
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << /a 8 0 R >> /Encoding << /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000]"
        b" /Resources << /Font << /T3 7 0 R >> /XObject << /Fm0 6 0 R >> >> >>",
        stream(b"1000 0 d0 /Fm0 Do BT /T3 12 Tf (a) Tj ET"))


def test_hostile_files_end_cleanly_within_the_limits():
    whole = bytes(simple_pdf().output())
    encrypted = simple_pdf()
    encrypted.set_encryption(owner_password="owner", user_password="secret")
    bomb = _inflating_to(1 << 30)
    modern_bomb = _with_object_streams(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                                       FONT, PAGE % (5, b""), stream(bomb, b"/Filter /FlateDecode"))
    cases = {"bomb.pdf": _bomb(), "modern-bomb.pdf": modern_bomb, "tree.pdf": _billion_page_tree(), "notes.pdf": _many_annotations(),
             "cut.pdf": whole[:len(whole) // 3], "locked.pdf": bytes(encrypted.output()),
             "loop.pdf": _looping_font_and_form()}
    pool = WorkerPool({}, {}, workers=2, timeout=60, memory_mb=512)
    try:
        outcomes = {name: pool.submit(name, body, None).result(timeout=120) for name, body in cases.items()}
    finally:
        pool.close()
    assert (outcomes["bomb.pdf"].status, outcomes["bomb.pdf"].reason) == (
        "failed", "decompression bomb: the content of page 1 inflates beyond 256 MB")
    assert (outcomes["modern-bomb.pdf"].status, outcomes["modern-bomb.pdf"].reason) == (
        "failed", "decompression bomb: the content of page 1 inflates beyond 256 MB")
    assert outcomes["tree.pdf"].status == "failed" and outcomes["tree.pdf"].reason.startswith("corrupt PDF")
    assert outcomes["notes.pdf"].status == "scanned" and outcomes["notes.pdf"].pages == 1
    assert outcomes["cut.pdf"].status in ("scanned", "failed") and \
        (outcomes["cut.pdf"].status == "scanned" or outcomes["cut.pdf"].reason.startswith("corrupt PDF"))
    assert (outcomes["locked.pdf"].status, outcomes["locked.pdf"].reason) == (
        "failed", "encrypted PDF (password required)")
    assert outcomes["loop.pdf"].status == "scanned"


def test_the_outlines_bookmarks_are_read_with_the_page_they_open():
    pdf = simple_pdf()
    pdf.add_page()
    pdf.start_section("Exhibit A - Site plan")
    pdf.cell(0, 10, "Site plan")
    pdf.add_page()
    pdf.start_section("Exhibit D - Letter from Dolores Quintana re acct 3-426-5466-56")
    pdf.cell(0, 10, "Letter")
    document = extract("https://x/packet.pdf", bytes(pdf.output()))
    assert [(text, where) for _, text, where in hidden(document, "pdf bookmark")] == [
        ("Exhibit A - Site plan", {"page": 2, "element": "PDF bookmark"}),
        ("Exhibit D - Letter from Dolores Quintana re acct 3-426-5466-56", {"page": 3, "element": "PDF bookmark"})]
    found = scan_document(document, load_detectors())
    assert sorted((f.category, f.value) for f in found) == [
        ("account_number", "3-426-5466-56"), ("customer_name", "Dolores Quintana")]
