"""Scanned PDF pages read from their own pixels (red team ocr34, round 35).

A page scanned at 100 dpi, or a speckled fax page under 300 dpi, is rendered at its scan's own resolution and enlarged
by the OCR, which clears the specks first and enlarges smoothly: rendered at 300 dpi by PDFium, the specks grow into
blobs Tesseract reads as marks (a table's header and half its account numbers lost) and a 100 dpi page's strokes come
out as steps. A clean 150 dpi page is rendered at 300 dpi as before.

Hard negatives: a public notice scanned at 100 dpi and a speckled fax of a public agenda give no customer data.
"""
from __future__ import annotations

import io
import random

import pytest
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import engine
from crawler.extract.pdf.objects import page_objects
from crawler.extract.pdf.pages import _scan_resolution
from detectors.engine import scan_document
from detectors.registry import load_detectors

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def page(lines: list[str], dpi: int, *, font: str = FONT, points: float = 11, specks: float = 0.0) -> Image.Image:
    """A letter page scanned at ``dpi`` with ``lines`` typed on it (tabs set columns 1.6 inches apart), a share
    ``specks`` of its pixels turned into lone black specks."""
    image = Image.new("L", (int(8.5 * dpi), 11 * dpi), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, round(points * dpi / 72))
    for number, line in enumerate(lines):
        for column, cell in enumerate(line.split("\t")):
            draw.text((int(0.8 * dpi + column * 1.6 * dpi), int(dpi + number * 0.3 * dpi)), cell, fill=0, font=face)
    pixels, chance = image.load(), random.Random(35)
    for _ in range(int(image.width * image.height * specks)):
        pixels[chance.randrange(image.width), chance.randrange(image.height)] = 0
    return image


def scanned_pdf(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(io.BytesIO(out.getvalue()), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def found(body: bytes) -> set[tuple[str, str]]:
    document = extract("https://www.pomonaca.gov/docs/scan_0117.pdf", body)
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


LETTER = ["Rosalind Okonkwo-Baptiste", "4418 W. Cedarbrook Ln", "Pomona, CA 91767", "", "September 3, 2024", "",
          "RE: Disputed charges, account 528144-07", "", "To whom it may concern,", "",
          "I have been a customer at this address since 2011. My bill for August shows",
          "1,962 kWh, more than twice what we normally use. Nobody is home during the day.",
          "Please call me at 909-555-0187 or write to me at rokonkwo77@icloud.com.", "", "Sincerely,"]


def test_the_scans_resolution_is_its_largest_images_pixels_over_its_size():
    document = pdfium.PdfDocument(scanned_pdf(page(["x"], 100)))
    assert _scan_resolution(page_objects(document[0])) == pytest.approx(100, abs=1)


@needs_tesseract
def test_a_letter_scanned_at_100_dpi_reads_its_writer_and_usage():
    result = found(scanned_pdf(page(LETTER, 100)))
    assert {("customer_name", "Rosalind Okonkwo-Baptiste"), ("address", "4418 W. Cedarbrook Ln"),
            ("energy_usage", "1,962 kWh"), ("account_number", "528144-07")} <= result


SHUTOFF = ["SERVICE ORDERS - DISCONNECT FOR NON-PAYMENT", "",
           "ACCOUNT\tCUSTOMER NAME\t\tPHONE\tPAST DUE",
           "4471 208 3391\tDESMOND AKINTOLA\t\t(909) 555-0161\t412.08",
           "630218-44\tPRIYA VENKATARAMAN\t\t909 555 0174\t288.15",
           "5-902-7710-36\tHALVARD LINDQVIST\t\t(626) 555-0139\t730.44",
           "771840-29\tMARISOL QUINTANILLA\t\t951.555.0122\t156.90"]


@needs_tesseract
def test_a_speckled_fax_of_a_shutoff_list_keeps_its_header_and_accounts():
    result = found(scanned_pdf(page(SHUTOFF, 150, font=MONO, points=10, specks=0.01)))
    assert {("account_number", "4471 208 3391"), ("account_number", "630218-44"), ("account_number", "5-902-7710-36"),
            ("account_number", "771840-29"), ("customer_name", "DESMOND AKINTOLA")} <= result


NOTICE = ["CITY OF POMONA", "NOTICE OF PUBLIC HEARING", "",
          "The City Council will hold a public hearing on the proposed Pomona Choice Energy",
          "rates on Monday, October 7, 2024 at 7:00 p.m. in the Council Chambers,",
          "505 S. Garey Avenue, Pomona, CA 91766. The average residential customer used",
          "548 kWh a month in 2023. Questions: City Clerk's Office, (909) 620-2341.", "",
          "Rosa Delgado, City Clerk"]


@needs_tesseract
@pytest.mark.parametrize("dpi, specks", [(100, 0.0), (150, 0.01)])
def test_a_public_notice_scanned_low_or_speckled_gives_no_customer_data(dpi, specks):
    result = found(scanned_pdf(page(NOTICE, dpi, specks=specks)))
    assert not {category for category, _ in result} & {"customer_name", "address", "energy_usage", "account_number"}
