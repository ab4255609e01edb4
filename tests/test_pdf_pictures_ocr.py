"""A picture that holds lines of text on a page that has a text layer (a billing-system screenshot pasted into a
memo, a scanned exhibit under a typed caption) is read by OCR and located on its page as "image K" (OCR). Photos,
logos, signatures and charts are passed over without OCR, and a scan with its own text layer is not read twice."""
from __future__ import annotations

import io
import random

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_ocr import needs_tesseract, png

_SCREEN = ["Customer Information - Account Inquiry", "Account No : 7720-41836-02", "Name : TEVITA HALAPUA",
           "Service Addr : 618 E 950 S OREM UT 84058", "Phone : (801) 555-2261", "Email : thalapua@yahoo.com"]
_MEMO = ["MEMORANDUM", "To: Utility Advisory Board", "From: Customer Service Supervisor",
         "Subject: Billing system upgrade, screens as staff see them today"]


def _screenshot(lines=_SCREEN) -> Image.Image:
    image = Image.new("L", (1400, 700), 250)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1400, 60), fill=215)  # a title bar
    font = ImageFont.load_default(size=34)
    for number, line in enumerate(lines):
        draw.text((40, 90 + number * 90), line, font=font, fill=20)
    return image


def _photo() -> Image.Image:
    rng = random.Random(7)
    image = Image.new("L", (1200, 800))
    image.putdata([min(255, max(0, 90 + (x // 12 + y // 9) % 70 + rng.randint(-25, 25)))
                   for y in range(800) for x in range(1200)])
    return image


def _memo_with(picture: Image.Image, width: float = 480, height: float = 240) -> bytes:
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for number, line in enumerate(_MEMO):
        pdf.text(60, 70 + 16 * number, line)
    pdf.image(io.BytesIO(png(picture)), x=60, y=150, w=width, h=height)
    pdf.text(60, 420, "Figure 1. The account inquiry screen in the current system.")
    return bytes(pdf.output())


def _ocr_segments(body: bytes):
    return [s for s in extract("https://example.org/memo.pdf", body).segments if s.location.ocr]


@needs_tesseract
def test_a_screenshot_on_a_typed_page_is_read_and_its_customer_found():
    document = extract("https://example.org/memo.pdf", _memo_with(_screenshot()))
    read = [s for s in document.segments if s.location.ocr]
    assert read and all(s.location.page == 1 and s.location.element == "image 1" for s in read)
    values = {(f.category, f.value) for f in scan_document(document, load_detectors({}))}
    assert {("account_number", "7720-41836-02"), ("customer_name", "TEVITA HALAPUA"),
            ("phone", "(801) 555-2261")} <= values
    assert "email" in {category for category, _ in values}


@needs_tesseract
def test_a_photo_on_a_typed_page_is_not_read():
    assert _ocr_segments(_memo_with(_photo())) == []


@needs_tesseract
def test_a_small_logo_with_words_is_not_read():
    logo = _screenshot(["Red Rock Water"])
    assert _ocr_segments(_memo_with(logo, width=110, height=55)) == []


@needs_tesseract
def test_a_scan_with_its_own_text_layer_is_not_read_again():
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.image(io.BytesIO(png(_screenshot())), x=60, y=150, w=480, h=240)
    pdf.set_font("helvetica", size=11)
    for number, line in enumerate(_SCREEN):  # the OCR layer a scanner adds over its image
        pdf.text(80, 180 + 30 * number, line)
    for number, line in enumerate(_MEMO):
        pdf.text(60, 70 + 16 * number, line)
    assert _ocr_segments(bytes(pdf.output())) == []
