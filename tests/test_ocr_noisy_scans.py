"""A speckled scan (a fax, a poor scanner: salt-and-pepper noise over slightly blurred type) is read through a
median filter, and a page Tesseract still reads with low confidence is noted in the document's warnings."""
from __future__ import annotations

import io
import random

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import engine, speckled
from detectors.engine import scan_document
from detectors.registry import load_detectors

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
APPLICATION = ["APPLICATION FOR SERVICE - DEPOSIT WAIVER", "City of Alder Springs, Utility Billing", "",
               "Customer name: Marisol Trujillo", "Service address: 2281 Juniper Hollow Rd, Alder Springs CA 93011",
               "Utility account number: 50-3318-2207", "Social Security Number: 533-27-9184",
               "Home phone: (661) 740-2285"]
AGENDA = ["CITY COUNCIL REGULAR MEETING AGENDA", "Council Chambers, 400 Civic Center Plaza", "",
          "Item 4. Residential rate study: the average household used 612 kWh a month", "in 2025, up from 588 kWh.",
          "Questions: City Clerk's Office, City Hall (661) 555-0140", "Mayor Dana Whitfield presiding"]


def scan(lines: list[str], noise: float = 0.0, blur: float = 0.0, size: int = 34) -> Image.Image:
    """A letter page at 200 dpi with ``lines`` typed on it, blurred by ``blur`` pixels and a share ``noise`` of its
    pixels turned black, grey or white at random."""
    image = Image.new("L", (1700, 2200), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size)
    for number, line in enumerate(lines):
        draw.text((150, 140 + number * 58), line, fill=15, font=font)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    pixels, chance = image.load(), random.Random(11)
    for _ in range(int(image.width * image.height * noise)):
        pixels[chance.randrange(image.width), chance.randrange(image.height)] = chance.choice([0, 255, 90])
    return image


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def scanned_pdf(image: Image.Image) -> bytes:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(io.BytesIO(png(image)), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def findings(document) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


EXPECTED = {("customer_name", "Marisol Trujillo"), ("address", "2281 Juniper Hollow Rd, Alder Springs CA 93011"),
            ("account_number", "50-3318-2207"), ("ssn", "533-27-9184"), ("phone", "(661) 740-2285")}


@needs_tesseract
def test_a_faxed_form_with_specks_over_blurred_type_is_read_whole():
    document = extract("https://x/deposit-waiver.pdf", scanned_pdf(scan(APPLICATION, noise=0.02, blur=0.8)))
    assert findings(document) == EXPECTED
    assert document.warnings == []


@needs_tesseract
def test_a_heavily_speckled_image_is_read_whole():
    document = extract("https://x/deposit-waiver.png", png(scan(APPLICATION, noise=0.1, blur=1.5)))
    assert findings(document) == EXPECTED


@needs_tesseract
def test_a_speckled_council_agenda_stays_public():
    document = extract("https://x/agenda.pdf", scanned_pdf(scan(AGENDA, noise=0.02, blur=0.8)))
    assert findings(document) == set()
    assert any("612 kWh" in s.text for s in document.segments)


@needs_tesseract
def test_a_page_read_with_low_confidence_says_so():
    document = extract("https://x/blurred.pdf", scanned_pdf(scan(APPLICATION, blur=3.0, size=20)))
    assert [w for w in document.warnings if "low recognition confidence" in w] and \
        document.warnings[0].startswith("page 1 (OCR): low recognition confidence, ")


@needs_tesseract
def test_a_clean_scan_reads_as_before_with_no_warning():
    document = extract("https://x/deposit-waiver.png", png(scan(APPLICATION)))
    assert findings(document) == EXPECTED
    assert document.warnings == []


def test_only_a_page_of_lone_specks_is_speckled():
    assert speckled(scan(APPLICATION, noise=0.02, blur=0.8))
    assert not speckled(scan(APPLICATION))
    assert not speckled(scan(APPLICATION, blur=0.8))
    assert not speckled(Image.new("L", (300, 300), 255))
