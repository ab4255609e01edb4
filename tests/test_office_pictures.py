"""Pictures inside Word and PowerPoint files (a scanned letter pasted into a page or onto a slide) are read by OCR,
as the same scan in a PDF is, located "image NAME" (OCR); icons and logos are passed over; without Tesseract the
file says it needs OCR instead of passing as checked."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pptx
import pytest
from docx.shared import Inches
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import NEEDS_OCR, engine
from detectors.engine import scan_document
from detectors.registry import load_detectors

ROOT = Path(__file__).resolve().parents[1]
LETTER = ["Customer: Rosalind Okafor", "Service Address: 2297 E Foothill Blvd", "Account: 4-18-552-0734"]
needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")


def picture(lines: list[str], size=(1500, 520)) -> bytes:
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=38)
    for number, line in enumerate(lines):
        draw.text((80, 80 + number * 100), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def word_file(*pictures: bytes, text: str = "Attachment: scanned service request") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    for data in pictures:
        document.add_picture(io.BytesIO(data), width=Inches(5))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def slide_deck(*pictures: bytes) -> bytes:
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    for data in pictures:
        slide.shapes.add_picture(io.BytesIO(data), pptx.util.Inches(1), pptx.util.Inches(1))
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def findings(document) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


CUSTOMER = {("customer_name", "Rosalind Okafor"), ("address", "2297 E Foothill Blvd"),
            ("account_number", "4-18-552-0734")}


@needs_tesseract
@pytest.mark.parametrize("url, body", [("https://x/request.docx", lambda: word_file(picture(LETTER))),
                                       ("https://x/briefing.pptx", lambda: slide_deck(picture(LETTER)))])
def test_a_scanned_letter_pasted_into_an_office_file_is_ocrd(url, body):
    document = extract(url, body())
    read = [(s.text, s.location.as_dict()) for s in document.segments if s.location.ocr]
    assert read == [(line, {"line": number, "element": "image image1.png", "ocr": True})
                    for number, line in enumerate(LETTER, 1)]
    assert CUSTOMER <= findings(document)
    assert document.unchecked == []


@needs_tesseract
def test_icons_and_logos_are_not_ocrd_and_a_public_notice_picture_finds_nothing():
    logo = Image.new("RGB", (280, 90), (20, 60, 140))
    icon, out_logo, out_icon = Image.new("RGB", (64, 64), (200, 30, 30)), io.BytesIO(), io.BytesIO()
    logo.save(out_logo, "PNG")
    icon.save(out_icon, "PNG")
    notice = picture(["Council Meeting, Tuesday 6:00 PM", "Council Chambers, City Hall",
                      "Agenda item 4: Garey Avenue water main"])
    document = extract("https://x/notice.docx", word_file(out_logo.getvalue(), out_icon.getvalue(), notice))
    assert {s.location.element for s in document.segments if s.location.ocr} == {"image image3.png"}
    assert findings(document) == set()
    assert document.unchecked == []


def test_without_tesseract_an_office_file_with_a_scan_needs_ocr(tmp_path):
    (tmp_path / "a.docx").write_bytes(word_file(picture(LETTER)))
    (tmp_path / "b.pptx").write_bytes(slide_deck(picture(LETTER)))
    (tmp_path / "c.docx").write_bytes(word_file())  # no picture: nothing needs OCR
    script = ("import json, sys; from crawler.extract import extract\n"
              "print(json.dumps([extract(p, open(p, 'rb').read()).unchecked for p in sys.argv[1:]]))")
    result = subprocess.run([sys.executable, "-c", script, *(str(tmp_path / n) for n in ("a.docx", "b.pptx", "c.docx"))],
                            cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "TESSDATA_PREFIX": str(tmp_path / "none")})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[NEEDS_OCR], [NEEDS_OCR], []]
