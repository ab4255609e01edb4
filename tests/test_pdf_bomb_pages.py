"""A page whose content stream is a decompression bomb is refused, not loaded; the other pages of the file are
read, and the document is listed as not fully checked. A file of nothing but such pages fails as a bomb."""
from __future__ import annotations

import pytest

from crawler.extract import ExtractError, extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_extract_pdf import FONT, raw_pdf, stream
from tests.test_pdf_parts import _inflating_to

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> >> >>"


def _packet(bomb_pages: list[int], pages: int = 3) -> bytes:
    """A PDF of ``pages`` pages, each typing a payee's SSN, but the pages in ``bomb_pages`` (numbers from 1), whose
    content inflates to 1 GB."""
    bomb = _inflating_to(1 << 30)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages), FONT]
    for number in range(1, pages + 1):
        objects.append(PAGE % (5 + 2 * (number - 1)))
        objects.append(stream(bomb, b"/Filter /FlateDecode") if number in bomb_pages else
                       stream(b"BT /F1 12 Tf 72 720 Td (Payee %d SSN 61%d-22-4087) Tj ET" % (number, number)))
    return raw_pdf(*objects)


def test_a_bomb_page_is_refused_and_the_other_pages_are_read():
    document = extract("https://x/packet.pdf", _packet([2]))
    assert document.unchecked == ["page 2: refused: content stream expands past 256 MB"]
    assert document.pages == 3
    found = sorted(f.value for f in scan_document(document, load_detectors()) if f.category == "ssn")
    assert found == ["611-22-4087", "613-22-4087"]


def test_a_file_of_bomb_pages_only_fails_as_a_bomb():
    with pytest.raises(ExtractError, match="^decompression bomb: the content of page 1 inflates beyond 256 MB$"):
        extract("https://x/bomb.pdf", _packet([1, 2], pages=2))
