"""Redactions made with annotations that carry an appearance stream (what viewers draw): PDFium gives no colour
of such an annotation, so whether it hides the text under it is read from the shapes it draws. And a box on a
page turned by /Rotate is found like any other, and located on the page as a reader sees it."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_extract_pdf import FONT, PAGE, raw_pdf, stream

TEXT = b"BT /F1 12 Tf 72 720 Td (Payee SSN 604-81-2297) Tj ET"
RECT = b"/Rect [140 715 250 735]"


def _annotated(annotation: bytes, appearance: bytes, resources: bytes = b"") -> list:
    body = raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
                   PAGE % (5, b"/Annots [6 0 R]"), stream(TEXT),
                   b"<< /Type /Annot %s %s /F 4 /AP << /N 7 0 R >> >>" % (RECT, annotation),
                   stream(appearance, b"/Type /XObject /Subtype /Form /BBox [0 0 110 20] " + resources))
    return scan_document(extract("https://x/payee.pdf", body), load_detectors())


@pytest.mark.parametrize("annotation", [
    b"/Subtype /Square /C [0 0 0] /IC [0 0 0]",
    b"/Subtype /Highlight /C [0 0 0] /QuadPoints [140 735 250 735 140 715 250 715]",
    b"/Subtype /Square",  # no colour keys at all: the appearance is what shows
])
def test_a_box_or_highlight_annotation_drawn_black_hides_the_text_under_it(annotation):
    found = {f.category: f for f in _annotated(annotation, b"0 0 0 rg 0 0 110 20 re f")}
    assert set(found) == {"bad_redaction", "ssn"}
    assert found["bad_redaction"].hidden == "under a dark highlight or box annotation"
    assert found["bad_redaction"].location.box == (140.0, 57.0, 250.0, 77.0)


@pytest.mark.parametrize("annotation, appearance, resources", [
    # a reviewer's yellow highlight, multiplied over the text
    (b"/Subtype /Highlight /C [1 1 0] /QuadPoints [140 735 250 735 140 715 250 715]",
     b"/GS0 gs 1 1 0 rg 0 0 110 20 re f", b"/Resources << /ExtGState << /GS0 << /BM /Multiply >> >> >>"),
    # a black frame drawn around the text (stroked, not filled), the inside left clear
    (b"/Subtype /Square /C [0 0 0]", b"0 0 0 RG 2 w 1 1 108 18 re S", b""),
    # a box annotation filled dark but made see-through
    (b"/Subtype /Square /C [0 0 0] /IC [0 0 0] /CA 0.3", b"0 0 0 rg 0 0 110 20 re f", b""),
    # a small dark tick in the corner of a light box: it covers no more than itself
    (b"/Subtype /Square /C [0 0 0]", b"0 0 0 rg 0 0 12 8 re f", b""),
])
def test_annotations_that_do_not_black_out_the_text_hide_nothing(annotation, appearance, resources):
    found = _annotated(annotation, appearance, resources)
    assert [(f.category, f.hidden) for f in found] == [("ssn", None)]


BOXED = b"BT /F1 12 Tf 72 700 Td (Customer:) Tj ET BT /F1 12 Tf 141 700 Td (Odalys Brennan) Tj ET " \
        b"BT /F1 12 Tf 72 682 Td (Account no.: 7-220-913-406) Tj ET 0 0 0 rg 138 697 80 13 re f"


@pytest.mark.parametrize("rotation, box", [
    (0, (138.0, 82.0, 218.0, 95.0)),
    (90, (697.0, 138.0, 710.0, 218.0)),  # the page's left edge shows on top: up the page is right on screen
    (180, (394.0, 697.0, 474.0, 710.0)),
    (270, (82.0, 394.0, 95.0, 474.0)),
])
def test_a_box_on_a_turned_page_is_found_and_located_as_the_page_is_displayed(rotation, box):
    body = raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
                   PAGE % (5, b"/Rotate %d" % rotation), stream(BOXED))
    hidden = [s for s in extract("https://x/notice.pdf", body).segments if s.hidden == "under a redaction box"]
    assert [(s.text, s.location.box) for s in hidden] == [("Odalys Brennan", box)]
