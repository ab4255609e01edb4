"""Redactions struck out with many thin overlapping strokes, row after row of a letter: where two antialiased
strokes overlap, the text under them tints the seam a little, which no reader can read; the check renders paths
without smoothing, so each row counts as the solid bar a reader sees."""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_extract_pdf import FONT, PAGE, raw_pdf, stream

ROWS = [("Customer:", "Wendell Oyelaran"), ("Service address:", "5127 Tamarisk Ct"),
        ("Account no.:", "6-52-318-0094"), ("SSN on file:", "571-44-2093")]


def _letter(strokes: bool, rules: bool = False) -> bytes:
    content = [b"BT /F1 12 Tf 72 740 Td (Re: your closed account) Tj ET"]
    for row, (label, value) in enumerate(ROWS):
        y = 700 - 18 * row
        content.append(b"BT /F1 12 Tf 72 %d Td (%s) Tj ET BT /F1 12 Tf 181 %d Td (%s) Tj ET"
                       % (y, label.encode(), y, value.encode()))
        if strokes:  # 0.8 pt strokes every 0.7 pt from below the baseline to above the capitals
            content += [b"%.1f w 178 %.1f m 290 %.1f l S" % (0.8, y - 3 + step * 0.7, y - 3 + step * 0.7)
                        for step in range(20)]
        if rules:  # a ruled form: one hairline under each row
            content.append(b"0.5 w 178 %.1f m 290 %.1f l S" % (y - 2.5, y - 2.5))
    return raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
                   PAGE % (5, b""), stream(b"\n".join(content)))


def test_every_row_struck_through_with_thin_strokes_is_a_bad_redaction():
    found = scan_document(extract("https://x/letter.pdf", _letter(strokes=True)), load_detectors())
    redacted = [f.value for f in found if f.category == "bad_redaction"]
    assert redacted == [value for _, value in ROWS]
    assert {f.category for f in found} >= {"ssn", "account_number", "address"}


def test_a_ruled_form_hides_nothing():
    document = extract("https://x/form.pdf", _letter(strokes=False, rules=True))
    assert all(s.hidden is None for s in document.segments if s.location.page)
