"""Scanned pages and image documents are read by Tesseract (installed by .ci/run): the SSN on a scanned
form is an ssn finding located "page N (OCR)"; without Tesseract the document says it needs OCR."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import NEEDS_OCR, engine
from detectors.engine import scan_document
from detectors.registry import load_detectors

ROOT = Path(__file__).resolve().parents[1]
FORM_LINES = ["Form W-4 Employee's Withholding Certificate", "First name and middle initial: Jane",
              "Last name: Doe", "Social security number: 512-34-6789", "Address: 4471 Orchard Lane, Pomona CA 91766"]

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")


def scanned_form(lines=FORM_LINES) -> Image.Image:
    image = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=36)
    for number, line in enumerate(lines):
        draw.text((120, 150 + number * 80), line, font=font, fill=0)
    return image


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def scanned_pdf() -> bytes:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(io.BytesIO(png(scanned_form())), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Page two is typed text")
    return bytes(pdf.output())


@needs_tesseract
def test_a_scanned_page_is_ocrd_and_the_ssn_on_it_found():
    document = extract("https://x/w4.pdf", scanned_pdf())
    assert [(s.text, s.location.as_dict()) for s in document.segments][:4] == [
        (FORM_LINES[0], {"page": 1, "line": 1, "ocr": True}),
        (FORM_LINES[1], {"page": 1, "line": 2, "ocr": True}),
        (FORM_LINES[2], {"page": 1, "line": 3, "ocr": True}),
        (FORM_LINES[3], {"page": 1, "line": 4, "ocr": True})]
    assert ("Page two is typed text", {"page": 2, "line": 1}) in [(s.text, s.location.as_dict()) for s in document.segments]
    found = [f for f in scan_document(document, load_detectors()) if f.category == "ssn"]
    assert [(f.severity, f.masked, f.location.page, f.location.ocr) for f in found] == [("high", "***-**-6789", 1, True)]
    assert document.unchecked == []


@needs_tesseract
def test_a_page_with_a_text_layer_and_a_logo_is_not_ocrd():
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(io.BytesIO(png(Image.new("RGB", (300, 100), (20, 60, 140)))), x=10, y=10, w=60)
    pdf.set_font("helvetica", size=11)
    for line in range(30):
        pdf.cell(0, 7, f"Item {line}: the council approved the water main replacement on Garey Avenue.",
                 new_x="LMARGIN", new_y="NEXT")
    document = extract("https://x/minutes.pdf", bytes(pdf.output()))
    assert not any(s.location.ocr for s in document.segments)


@needs_tesseract
@pytest.mark.parametrize("kind", ["PNG", "JPEG", "TIFF"])
def test_image_documents_are_ocrd(kind):
    out = io.BytesIO()
    scanned_form().save(out, kind)
    document = extract(f"https://x/scan.{kind.lower()}", out.getvalue())
    assert document.content_type == f"image/{kind.lower()}"
    assert (FORM_LINES[3], {"line": 4, "ocr": True}) in [(s.text, s.location.as_dict()) for s in document.segments]


@needs_tesseract
def test_each_frame_of_a_multi_page_tiff_is_a_page():
    out = io.BytesIO()
    first, second = scanned_form(FORM_LINES[:2]), scanned_form(["Service account: 2-23-456-7890"])
    first.save(out, "TIFF", save_all=True, append_images=[second])
    document = extract("https://x/letters.tif", out.getvalue())
    assert document.pages == 2
    assert [(s.text, s.location.page) for s in document.segments] == [
        (FORM_LINES[0], 1), (FORM_LINES[1], 1), ("Service account: 2-23-456-7890", 2)]


def test_without_tesseract_a_scan_is_reported_as_needing_ocr(tmp_path):
    """A machine with no Tesseract language data (what pip's tesserocr alone gives): nothing is read, and
    the document says so instead of passing as scanned and clean."""
    (tmp_path / "scan.pdf").write_bytes(scanned_pdf())
    (tmp_path / "scan.png").write_bytes(png(scanned_form()))
    script = ("import json, sys; from crawler.extract import extract\n"
              "docs = [extract(p, open(p, 'rb').read()) for p in sys.argv[1:]]\n"
              "print(json.dumps([[d.unchecked, [s.text for s in d.segments]] for d in docs]))")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "scan.pdf"), str(tmp_path / "scan.png")],
                            cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "TESSDATA_PREFIX": str(tmp_path / "none")})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[[NEEDS_OCR], ["Page two is typed text"]], [[NEEDS_OCR], []]]


def _typed(lines: list[str], font: str, x_of=lambda column: 120 + column * 700) -> Image.Image:
    """A page typed in ``font``; a line given as a tuple is a row of cells at the columns' tab stops."""
    image = Image.new("L", (1700, 800), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, 30)
    for number, line in enumerate(lines):
        for column, cell in enumerate(line if isinstance(line, tuple) else (line,)):
            draw.text((x_of(column), 100 + number * 70), cell, font=face, fill=0)
    return image


MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


@needs_tesseract
@pytest.mark.skipif(not os.path.exists(MONO), reason="the DejaVu fonts are not installed")
def test_a_typed_scan_s_word_gaps_stay_spaces_and_its_columns_tabs():
    """A monospace scan: a comma's or a short word's box ends early, and the gap after it is still a word gap
    (a label reads whole: "Account Holder:"); a table's columns stay apart by tabs."""
    form = ["Account Holder: JOHNSON, LISA", "Service Address: 1791 W Arrow Hwy, Pomona, CA 91766",
            "Home Ph.: 909.469.4736", "Consumption (kWh): 361 kWh"]
    document = extract("https://x/scan.png", png(_typed(form, MONO)))
    assert [s.text for s in document.segments] == form
    assert {(f.category, f.value) for f in scan_document(document, load_detectors())} == {
        ("customer_name", "JOHNSON, LISA"), ("address", "1791 W Arrow Hwy, Pomona, CA 91766"),
        ("phone", "909.469.4736"), ("energy_usage", "361 kWh")}
    table = [("Name", "Account"), ("Maria Lopez", "3-012-3456-78")]
    assert [s.text for s in extract("https://x/t.png", png(_typed(table, MONO))).segments] == [
        "Name\tAccount", "Maria Lopez\t3-012-3456-78"]


def test_an_image_that_is_not_one_fails_with_a_reason_a_person_can_read():
    """Bytes served as image/png that no image reader knows: the reason says so, without Pillow's stream object."""
    from crawler.extract import ExtractError
    from crawler.extract.image import extract_image

    with pytest.raises(ExtractError) as failure:
        extract_image(None, b"\x8b\x01 random bytes, no image header " * 8, "image/png")
    assert str(failure.value) == "unreadable image: not a known image format, or damaged"
