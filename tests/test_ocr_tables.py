"""Tables on scanned pages: a row stays one line when the scan is a little askew (each column drifts up or down
from the one before), and a cell of digits Tesseract reads right but rates unsure of is kept."""
from __future__ import annotations

import io
import os

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.layout import Word, lines_of
from crawler.extract.ocr import _NUMBER, engine
from detectors.engine import scan_document
from detectors.registry import load_detectors

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _cells(row: list[str], y: float, drift: float, height: float = 35.0) -> list[list[Word]]:
    """One OCR run per cell, as Tesseract gives a table read column by column; each column ``drift`` higher."""
    runs, x = [], 100.0
    for column, text in enumerate(row):
        bottom = y + column * drift
        runs.append([Word(text, x, bottom, x + 20 * len(text), bottom + height)])
        x += 20 * len(text) + 150
    return runs


def test_a_row_drifting_across_an_askew_scan_is_one_line():
    header = ["NAME", "SERVICE ADDRESS", "ACCT NO.", "PHONE"]
    row = ["Rosa Delgado", "518 W Kingsley Ave", "41-7720-3395", "(909) 555-0187"]
    runs = _cells(header, 1000, 6) + _cells(row, 920, 6)
    assert lines_of(runs) == ["\t".join(header), "\t".join(row)]


def test_lines_of_text_set_close_are_not_joined():
    """Two lines of a table at the usual spacing (1.2 line heights apart), neither askew, stay two lines; so do
    a line and a short word just below it at the page's other side."""
    runs = _cells(["Meeting date", "Room"], 1000, 0) + _cells(["March 4", "Council Chambers"], 958, 0)
    assert lines_of(runs) == ["Meeting date\tRoom", "March 4\tCouncil Chambers"]


def test_numbers_are_kept_whatever_tesseract_s_confidence_and_noise_is_not():
    assert all(_NUMBER.fullmatch(t) for t in ("884047", "-23", "(909)", "41-7720-3395", "3/10/2026", "#4471"))
    assert not any(_NUMBER.fullmatch(t) for t in ("|", "ee", "7", "—", "ll1", "a1b2", ":"))


def _askew_route_sheet() -> bytes:
    rows = [("NAME", "SERVICE ADDRESS", "ACCT NO.", "PHONE"),
            ("Rosa Delgado", "518 W Kingsley Ave", "41-7720-3395", "(909) 555-0187"),
            ("Tomas Ybarra", "2231 N Towne Ave", "5521804467", "(626) 555-0143"),
            ("Irene Castillo", "77 E Holt Blvd #3", "2-40-118-5529", "(951) 555-0166")]
    image = Image.new("L", (1700, 1000), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(SANS, 30)
    for number, row in enumerate(rows):
        for column, cell in enumerate(row):
            draw.text((100 + column * 400, 200 + number * 70), cell, font=face, fill=0)
    out = io.BytesIO()
    image.rotate(0.6, fillcolor=255, resample=Image.Resampling.BICUBIC).save(out, "PNG")  # fed in a little askew
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(io.BytesIO(out.getvalue()), x=0, y=0, w=pdf.w)
    return bytes(pdf.output())


@needs_tesseract
@pytest.mark.skipif(not os.path.exists(SANS), reason="the DejaVu fonts are not installed")
def test_an_askew_scanned_route_sheet_gives_every_account():
    found = {(f.category, f.value) for f in scan_document(extract("https://x/route.pdf", _askew_route_sheet()),
                                                           load_detectors())}
    assert {v for c, v in found if c == "account_number"} == {"41-7720-3395", "5521804467", "2-40-118-5529"}
