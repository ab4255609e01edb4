"""Misses of red teams site42 and neg41 (round 44, helper left44b).

- OCR: Tesseract reads the capital pronoun "I" of a sans-serif letter as a bar ("| am Ana Ruiz and | rent at ...",
  "in June. | was"); read as bars, the letter's lines became a table's cells and the writer's usage and phone lost
  their sentence. A bar before a verb that follows "I" is the letter again; a table's rulings stay.
"""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import engine, pronoun_mended
from tests.detector_helpers import pairs_found, values_of

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _png(lines: list[str]) -> bytes:
    """A letter typed in a sans-serif face and scanned slightly askew and soft, as a customer-care desk saves it."""
    face = ImageFont.truetype(FONT, 34)
    image = Image.new("L", (1700, 140 + 52 * len(lines)), 248)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((110, 80 + 52 * number), line, fill=20, font=face)
    image = image.rotate(0.6, fillcolor=248).filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG")
    return out.getvalue()


# -- OCR: the pronoun read as a bar -----------------------------------------------------------------------------------

def test_a_bar_read_for_the_pronoun_is_the_letter_again():
    assert pronoun_mended("| am Victor Reyes and | rent at 13594 Grevillea Ct.") == \
        "I am Victor Reyes and I rent at 13594 Grevillea Ct."
    assert pronoun_mended("My bill says 2122 kilowatt-hours in June. | was") == \
        "My bill says 2122 kilowatt-hours in June. I was"
    assert pronoun_mended("Since March |'ve been billed twice") == "Since March I've been billed twice"


def test_a_tables_rulings_stay_bars():
    for line in ("Customer name | Ana Ruiz |", "| Account | Usage (kWh) |", "Jan-24 | 1,204 | 612", "a|b",
                 "Program | was: $12.00 | now: $10.00", "Status || open"):
        assert pronoun_mended(line) == line


@needs_tesseract
def test_a_scanned_letter_whose_pronoun_reads_as_bars_gives_its_writers_usage_and_phone():
    body = _png(["July 22, 2024", "", "Cordillera Community Power", "", "Re: account 7000 1792 2245", "",
                 "I am Rosa Quintanilla and I rent at 8412 Grevillea Ct.", "My bill says 1876 kilowatt-hours in June. I was",
                 "on vacation half of the month. Please check.", "Call 1-909-555-0143", "", "Rosa Quintanilla"])
    found = pairs_found("https://www.cordillera.gov/library/scans/letter-0722.png", body)
    assert {("energy_usage", "1876 kilowatt-hours"), ("phone", "1-909-555-0143"),
            ("account_number", "7000 1792 2245")} <= found
