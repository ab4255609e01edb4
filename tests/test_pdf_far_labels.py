"""A bill block or a form in a PDF or a scan with its labels at the left margin and its values right-aligned far
away: a label and a value on one baseline are one field (its value labelled by it), however far apart. A block
of a City contact, a facility, a vendor or a program's figures laid out the same way stays public, and a
two-column table's header and rows are no form."""
from __future__ import annotations

import io
import os

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.layout import form_rows
from crawler.extract.ocr import engine
from detectors.engine import scan_document
from detectors.registry import load_detectors

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BILL = [("Customer", "Rafael Ibarra"), ("Service Address", "4410 Canyon Oak Rd"),
        ("Account Number", "8812 330 1177 4"), ("Usage this period", "1380 kWh"), ("Phone on file", "(909) 414-2270")]


def _block_pdf(title: str, rows: list[tuple[str, str]]) -> bytes:
    pdf = FPDF(format="letter", unit="mm")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(20, 20)
    pdf.cell(170, 8, title)
    for number, (label, value) in enumerate(rows):
        pdf.set_xy(20, 32 + 8 * number)
        pdf.cell(50, 8, label)
        pdf.set_xy(120, 32 + 8 * number)
        pdf.cell(70, 8, value, align="R")  # right-aligned, ending at 190 mm
    return bytes(pdf.output())


def _found(document) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


def test_a_bill_block_with_values_far_right_of_its_labels_gives_every_field():
    document = extract("https://x/appendix.pdf", _block_pdf("Sample Customer Impact (actual bill used)", BILL))
    assert ("Phone on file", None) in [(s.text, s.label) for s in document.segments]
    assert ("(909) 414-2270", "Phone on file") in [(s.text, s.label) for s in document.segments]
    assert _found(document) == {("customer_name", "Rafael Ibarra"), ("address", "4410 Canyon Oak Rd"),
                                ("account_number", "8812 330 1177 4"), ("energy_usage", "1380 kWh"),
                                ("phone", "(909) 414-2270")}


@pytest.mark.parametrize("title, rows", [
    ("Project Contact", [("Contact", "Jane Whitfield"), ("Title", "Senior Civil Engineer"),
                         ("Phone", "(909) 620-2311"), ("Email", "jwhitfield@quillansprings.gov")]),
    ("Community Services", [("Facility", "Palomares Park Community Center"), ("Address", "499 E Arrow Hwy"),
                            ("Phone", "(909) 620-2321"), ("Hours", "8 am - 5 pm")]),
    ("Council District 3", [("Council Member", "Elena Ruiz"), ("Office", "505 S Garey Ave"),
                            ("Phone", "(909) 620-2051"), ("Email", "eruiz@quillansprings.gov")]),
    ("Bid Award", [("Vendor", "Hartwell Paving Inc"), ("Address", "1200 Industrial Pkwy"),
                   ("Phone", "(714) 555-0190"), ("Amount", "$412,000")]),
    ("Program summary", [("Participants", "1,204"), ("Average usage", "612 kWh"),
                         ("Contact", "Energy Programs Office"), ("Phone", "(909) 620-2400")]),
])
def test_public_blocks_laid_out_the_same_way_give_nothing(title, rows):
    assert _found(extract("https://x/notice.pdf", _block_pdf(title, rows))) == set()


def test_a_two_column_table_is_no_form():
    lines = ["Name\tPhone", "Ana Ruiz\t(909) 620-2200", "Li Wei\t(909) 620-2201"]
    assert form_rows(lines) == {}
    assert form_rows(["Customer\tTomas Ybarra", "Meeting date\tMarch 4"]) == {}  # one field alone is no block
    assert form_rows(["Customer\tTomas Ybarra", "Service Address\t77 E Holt Blvd", "Total\t$52.10"]) == {
        0: [("Customer", "Tomas Ybarra")], 1: [("Service Address", "77 E Holt Blvd")]}
    assert form_rows(["Customer\tTomas Ybarra", "Service Address\t77 E Holt Blvd", "Ana Ruiz\t(909) 620-2200"]) == {
        0: [("Customer", "Tomas Ybarra")], 1: [("Service Address", "77 E Holt Blvd")]}  # a row of values ends it
    assert form_rows(["Customer:\tTomas Ybarra", "Service Address:\t77 E Holt Blvd"]) == {}  # colons say it


@pytest.mark.skipif(engine() is None or not os.path.exists(SANS), reason="Tesseract or the DejaVu fonts missing")
def test_a_scanned_bill_block_gives_every_field():
    image = Image.new("L", (1700, 900), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(SANS, 30)
    bill = [(label, "2-41-907-3318" if label == "Account Number" else value) for label, value in BILL]
    for number, (label, value) in enumerate(bill):
        draw.text((120, 150 + 70 * number), label, font=face, fill=0)
        draw.text((1550, 150 + 70 * number), value, font=face, fill=0, anchor="ra")
    out = io.BytesIO()
    image.save(out, "PNG")
    assert _found(extract("https://x/bill.png", out.getvalue())) == {
        ("customer_name", "Rafael Ibarra"), ("address", "4410 Canyon Oak Rd"), ("account_number", "2-41-907-3318"),
        ("energy_usage", "1380 kWh"), ("phone", "(909) 414-2270")}
