"""Benchmark inputs that look like what a city publishes: a 300-page budget book (headings, prose,
tables of figures on every page) and a 40 MB staff report full of site photographs."""
from __future__ import annotations

import io
import random
from pathlib import Path

WORDS = ("council water budget park library permit street hearing resolution program energy residents "
         "approve contract service community public safety planning housing grant report fund capital "
         "maintenance personnel operating revenue expenditure transfer reserve department division").split()
_COLUMNS = ("Account", "FY2023 Actual", "FY2024 Adopted", "FY2025 Proposed", "Change")


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def budget_book(path: Path | str, pages: int = 300, seed: int = 3) -> None:
    """A budget book: each page a division's heading, a paragraph and a 30-row table of figures."""
    from fpdf import FPDF

    rng = random.Random(seed)
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(False)
    widths = (70, 30, 30, 30, 25)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 8, f"Fund {100 + number}: {rng.choice(WORDS).title()} {rng.choice(WORDS).title()} Division",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=9)
        pdf.multi_cell(0, 4.5, " ".join(_sentence(rng, 18) for _ in range(6)), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 8)
        for width, title in zip(widths, _COLUMNS):
            pdf.cell(width, 6, title, border="B", align="L" if title == "Account" else "R")
        pdf.ln()
        pdf.set_font("Helvetica", size=8)
        for _ in range(30):
            pdf.cell(widths[0], 5, f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)} "
                                   f"{rng.choice(WORDS).title()} {rng.choice(WORDS)}")
            for width in widths[1:]:
                pdf.cell(width, 5, f"{rng.randrange(1000, 9_999_999):,}", align="R")
            pdf.ln()
        pdf.set_y(-15)
        pdf.cell(0, 5, f"City of Pomona - Proposed Budget FY2025 - Page {number}", align="C")
    pdf.output(str(path))


def photo_report(path: Path | str, megabytes: int = 40, seed: int = 5) -> None:
    """A staff report of about ``megabytes`` MB: each page a site photograph (a JPEG of about 1.3 MB) above
    a caption and a paragraph of findings, as planning and public works packets are."""
    import numpy
    from fpdf import FPDF
    from PIL import Image

    rng = random.Random(seed)
    noise = numpy.random.default_rng(seed)
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(False)
    size = 0
    number = 0
    while size < megabytes * 1024 * 1024:
        number += 1
        pixels = noise.integers(0, 255, (900, 1200, 3), dtype=numpy.uint8)
        pixels[:, :, 1] = pixels[:, :, 1] // 2 + 100  # greener, like a site photo's vegetation
        photo = io.BytesIO()
        Image.fromarray(pixels).save(photo, "JPEG", quality=88)
        size += photo.tell()
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, f"Site Inspection Photo {number}: {rng.choice(WORDS).title()} Street", new_x="LMARGIN",
                 new_y="NEXT")
        pdf.image(photo, x=20, y=30, w=140)
        pdf.set_y(140)
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 5, " ".join(_sentence(rng, 16) for _ in range(10)))
    pdf.output(str(path))
