"""Scans Tesseract read poorly before they were prepared: grey paper inside a white margin (read as one dark mass,
minutes spent, nothing read), a heading band of white type on a dark fill (the gaps between its white letters
whitened as rulings), and a page scanned at 150 dpi with specks over its small type (enlarged, specks are blobs)."""
from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import engine, paper_whitened, specks_cleared, unruled
from detectors.engine import scan_document
from detectors.registry import load_detectors

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DISCONNECTS = ["FIELD ORDER LIST - METER LOCKS, CYCLE 9", "",
               "Customer name: Teodora Villalobos-Grant", "Service address: 1487 Quailbrush Ln, Verde Mesa",
               "Account number: 71-4420-3358", "Phone: (760) 415-2297"]


def typed(lines: list[str], size: tuple[int, int], *, paper: int = 255, font_size: int = 30, top: int = 60,
          margin: int = 0) -> Image.Image:
    """A grey page of ``size`` with ``lines`` typed on it, its paper of tone ``paper`` inside a white margin."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((margin, margin, size[0] - margin, size[1] - margin), fill=paper)
    font = ImageFont.truetype(FONT, font_size)
    for number, line in enumerate(lines):
        draw.text((margin + 40, top + number * font_size * 1.8), line, fill=30, font=font)
    return image


def grained(image: Image.Image, spread: int, seed: int = 5) -> Image.Image:
    """``image`` with the grain of a grey scan: every pixel's tone moved by up to ``spread`` at random."""
    noise = np.random.default_rng(seed).integers(-spread, spread + 1, size=(image.height, image.width))
    return Image.fromarray(np.clip(np.asarray(image).astype(int) + noise, 0, 255).astype(np.uint8))


def specked(image: Image.Image, count: int, seed: int = 3) -> Image.Image:
    pixels, chance = image.load(), random.Random(seed)
    for _ in range(count):
        pixels[chance.randrange(image.width), chance.randrange(image.height)] = 0
    return image


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def findings(document) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


def test_grey_paper_turns_white_and_its_ink_stays_dark():
    page = grained(typed(["Account number: 12-3456-7890"], (600, 200), paper=205, margin=20), 12)
    whitened = np.asarray(paper_whitened(page))
    assert (whitened[40:50, 300:590] == 255).all()  # the paper's grain, right of the line
    assert (whitened[:10] == 255).all()  # the white margin
    assert whitened[60:100, 40:400].min() < 60  # the type


def test_white_paper_and_a_dark_photo_are_left_as_they_are():
    white = typed(["Account number: 12-3456-7890"], (600, 200))
    assert paper_whitened(white) is white
    photo = grained(Image.new("L", (300, 200), 90), 30)
    assert paper_whitened(photo) is photo


def test_the_rulings_filter_keeps_the_letters_of_a_heading_band_and_whitens_a_box():
    page = typed(["Amount due: $48.20"], (2000, 2600), font_size=40, top=700)
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 120, 1900, 320), fill=0)  # a heading band: white type on a dark fill
    draw.text((140, 170), "CITY OF VERDE MESA UTILITIES  |  STATEMENT", fill=255,
              font=ImageFont.truetype(FONT.replace("Sans", "Sans-Bold"), 70))
    draw.rectangle((100, 1000, 1900, 1300), outline=0, width=3)  # a form's box
    cleaned = np.asarray(unruled(page))
    assert (cleaned[120:320] == np.asarray(page)[120:320]).all()
    assert cleaned[1000:1300, 100:1903].min() == 255


def test_lone_specks_are_cleared_and_strokes_kept():
    page = specked(typed(["Phone: (760) 415-2297"], (500, 120), font_size=16), 300)
    cleared = np.asarray(specks_cleared(page))
    kept = np.asarray(typed(["Phone: (760) 415-2297"], (500, 120), font_size=16)) < 128
    assert ((cleared < 128) == kept).mean() > 0.999


@needs_tesseract
def test_a_grey_skewed_scan_in_a_white_margin_is_read():
    page = typed(DISCONNECTS, (1275, 900), paper=208, font_size=22, margin=30)
    page = grained(page.rotate(2.5, expand=True, fillcolor=255), 14)
    document = extract("https://x/meter-locks.png", png(page))
    assert {("address", "1487 Quailbrush Ln, Verde Mesa"), ("account_number", "71-4420-3358"),
            ("phone", "(760) 415-2297")} <= findings(document)


@needs_tesseract
def test_small_type_at_150_dpi_under_specks_is_read():
    page = specked(typed(DISCONNECTS[2:], (1100, 400), font_size=15, top=30), 2500)
    document = extract("https://x/field-card.png", png(page))
    assert {("account_number", "71-4420-3358"), ("phone", "(760) 415-2297")} <= findings(document)
