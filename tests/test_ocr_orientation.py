"""A scan fed sideways, upside down or a few degrees askew is read as if it had been upright: the page is
straightened by its text rows' angle, and a page Tesseract reads with low confidence is turned as orientation
detection says. Public pages turned the same way (a rate table, a staff directory) stay without findings, and an
upright page is read once."""
from __future__ import annotations

import io
import os

import pytest
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import OcrEngine, Reading, engine, skew, upright_reading
from detectors.engine import scan_document
from detectors.registry import load_detectors

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_tesseract = pytest.mark.skipif(engine() is None or not os.path.exists(SANS),
                                     reason="Tesseract or the DejaVu fonts are not installed (.ci/run installs them)")

RETURNED_MAIL = ["UNDELIVERABLE MAIL - CYCLE 7", "Customer: Rosalind Whitcombe",
                 "Service address: 2719 W Juniper Ct, Pomona, CA 91768", "Account No. W-5820417-36",
                 "Phone on file: (909) 274-5518"]
CUSTOMER = {("customer_name", "Rosalind Whitcombe"), ("address", "2719 W Juniper Ct, Pomona, CA 91768"),
            ("account_number", "W-5820417-36"), ("phone", "(909) 274-5518")}
RATE_TABLE = ["RESIDENTIAL RATE SCHEDULE D-1 (effective July 1)", "Tier 1 baseline, per kWh: $0.231",
              "Tier 2 above baseline, per kWh: $0.298", "Average residential use: 512 kWh per month",
              "Customers enrolled in CARE: 14,302", "Questions: Utilities Division, (909) 620-2241"]
DIRECTORY = ["PUBLIC WORKS STAFF DIRECTORY", "Director: Marguerite Olsen, (909) 620-2301",
             "Water Superintendent: Tobias Wren, (909) 620-2377", "City Hall, 505 S Garey Ave, Pomona, CA 91766",
             "Email: publicworks@pomonaca.gov"]


def page(lines: list[str], dpi: int = 200) -> Image.Image:
    """A letter page typed at ``dpi``, as a scanner delivers it."""
    image = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, int(dpi * 0.13))
    for number, line in enumerate(lines):
        draw.text((int(dpi * 0.8), int(dpi * (0.8 + 0.22 * number))), line, font=font, fill=20)
    return image


def turned(image: Image.Image, degrees: float) -> Image.Image:
    return image.rotate(degrees, expand=degrees % 90 == 0, fillcolor=255, resample=Image.Resampling.BICUBIC)


def as_pdf(image: Image.Image, dpi: int) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "PDF", resolution=dpi)
    return out.getvalue()


def as_png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(extract(name, body), load_detectors())}


@needs_tesseract
@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_scan_fed_sideways_or_upside_down_is_read(degrees):
    assert found("https://x/returned.pdf", as_pdf(turned(page(RETURNED_MAIL), degrees), 200)) == CUSTOMER


@needs_tesseract
@pytest.mark.parametrize("degrees", [-3.5, 2.5, 4.5])
def test_a_scan_a_few_degrees_askew_is_read(degrees):
    assert found("https://x/returned.pdf", as_pdf(turned(page(RETURNED_MAIL, 300), degrees), 300)) == CUSTOMER


@needs_tesseract
def test_an_image_document_turned_and_askew_is_read():
    image = turned(turned(page(RETURNED_MAIL, 150), 90), -2.5)
    assert found("https://x/returned.png", as_png(image)) == CUSTOMER


@needs_tesseract
@pytest.mark.parametrize("lines", [RATE_TABLE, DIRECTORY], ids=["rate table", "staff directory"])
@pytest.mark.parametrize("degrees", [90, 180, -3])
def test_a_public_page_turned_or_askew_stays_without_findings(lines, degrees):
    document = extract("https://x/public.pdf", as_pdf(turned(page(lines), degrees), 200))
    assert lines[0] in [s.text for s in document.segments]  # it was read, and there is nothing to find on it
    assert scan_document(document, load_detectors()) == []


def test_the_tilt_of_text_rows_is_measured_and_a_level_or_textless_page_is_left_alone():
    assert skew(page(RETURNED_MAIL)) == 0.0
    assert skew(turned(page(RETURNED_MAIL), -3.5)) == pytest.approx(-3.5, abs=0.3)
    assert skew(turned(page(RETURNED_MAIL), 2.0)) == pytest.approx(2.0, abs=0.3)
    assert skew(turned(page(RETURNED_MAIL), 0.3)) == 0.0  # Tesseract reads so small a tilt as it is
    assert skew(Image.new("L", (1700, 2200), 255)) == 0.0
    grid = Image.new("L", (1700, 2200), 255)  # a form's ruled grid: rows, but nothing tilted
    draw = ImageDraw.Draw(grid)
    for y in range(200, 2000, 100):
        draw.line((100, y, 1600, y), fill=0, width=3)
    assert skew(grid) == 0.0


class CountingEngine(OcrEngine):
    """An engine whose readings are given: what it was asked is counted."""

    def __init__(self, confidences: list[int], turn: int, sideways: bool = False):
        super().__init__(api=None)
        self.readings = [Reading([], confidences[0], sideways)] + [Reading([], c) for c in confidences[1:]]
        self.orientation, self.reads, self.turns = turn, 0, 0

    def read(self, image, seconds=None) -> Reading:
        self.reads += 1
        return self.readings[self.reads - 1]

    def turn(self, image) -> int:
        self.turns += 1
        return self.orientation


def test_an_upright_page_is_read_once_and_a_doubtful_one_turned_only_when_that_reads_better():
    blank = Image.new("L", (400, 300), 255)
    confident = CountingEngine([93], turn=90)
    assert upright_reading(confident, blank, lambda: None).confidence == 93
    assert (confident.reads, confident.turns) == (1, 0)
    sideways = CountingEngine([28, 91], turn=90)
    assert upright_reading(sideways, blank, lambda: 30.0).confidence == 91
    assert (sideways.reads, sideways.turns) == (2, 1)
    columns_of_the_image = CountingEngine([94, 92], turn=90, sideways=True)  # a page turned 270 degrees
    assert upright_reading(columns_of_the_image, blank, lambda: None) is columns_of_the_image.readings[1]
    poor_scan = CountingEngine([45, 20], turn=180)  # OSD's guess reads worse: the page was upright after all
    assert upright_reading(poor_scan, blank, lambda: None).confidence == 45
    upright_but_poor = CountingEngine([45], turn=0)
    assert upright_reading(upright_but_poor, blank, lambda: None).confidence == 45
    assert upright_but_poor.reads == 1
    out_of_time = CountingEngine([28], turn=90)
    assert upright_reading(out_of_time, blank, lambda: 0.5).confidence == 28
    assert (out_of_time.reads, out_of_time.turns) == (1, 0)
