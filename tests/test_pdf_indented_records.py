"""A register whose records are a line of cells (name, account, amount) with the address indented under the
name on the lines below, printed or scanned: each record is read as one line, the indented lines its last cell,
so the same rows reach the detectors as from a register of one line a record. A single heading over an indented
note, and sections over paragraphs of prose, are read as before."""
from __future__ import annotations

import io

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from crawler.extract import extract
from crawler.extract.ocr import engine

_RECORDS = [("Okafor, Delphine R.", "HBW-5520714-36", "$145.00", ["8823 Juniper Hollow", "Hollister Bay, CA 93117"]),
            ("Lindqvist, Tomas E.", "HBW-2209385-71", "$88.50", ["410 Cardinal Way Apt 3", "Hollister Bay, CA 93117"]),
            ("Achterberg, Mina", "HBW-7716042-05", "$212.00", ["15 Osprey Pt", "Hollister Bay, CA 93117"])]


def _register_pdf(records, title: str = "DEPOSIT REFUND REGISTER - BATCH 26-07") -> bytes:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    for name, account, amount, rest in records:
        pdf.ln(4)
        pdf.cell(70, 5, name)
        pdf.cell(45, 5, account)
        pdf.cell(25, 5, amount, new_x="LMARGIN", new_y="NEXT")
        for line in rest:
            pdf.set_x(pdf.l_margin + 12)
            pdf.cell(80, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _lines(body: bytes, name: str = "register.pdf") -> list[str]:
    return [s.text for s in extract(f"https://example.org/{name}", body).segments if s.hidden is None]


def _record_line(record) -> str:
    name, account, amount, rest = record
    return f"{name}\t{account}\t{amount}\t{' '.join(rest)}"


def test_each_record_with_its_address_indented_under_the_name_is_one_line():
    assert _lines(_register_pdf(_RECORDS)) == ["DEPOSIT REFUND REGISTER - BATCH 26-07", *map(_record_line, _RECORDS)]


def test_a_single_heading_over_an_indented_note_is_read_as_before():
    lines = _lines(_register_pdf(_RECORDS[:1]))
    assert lines[1:] == ["Okafor, Delphine R.\tHBW-5520714-36\t$145.00", "8823 Juniper Hollow",
                         "Hollister Bay, CA 93117"]


def test_sections_over_indented_paragraphs_of_prose_are_read_as_before():
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    paragraph = ("Staff recommends that the Council receive and file the quarterly report on the utility's "
                 "customer assistance programs and direct staff to return with an update in the spring.")
    for heading, date in [("Item 4 - Assistance programs", "March 10, 2026"),
                          ("Item 5 - Capital plan", "March 10, 2026")]:
        pdf.cell(120, 5, heading)
        pdf.cell(40, 5, date, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 10)
        pdf.multi_cell(150, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    lines = _lines(bytes(pdf.output()))
    assert lines[0] == "Item 4 - Assistance programs\tMarch 10, 2026"
    assert lines[1].startswith("Staff recommends that the Council")


def test_a_staff_list_with_titles_indented_under_names_flags_nothing():
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    staff = [("Imelda Carrasco", "(805) 555-0141", "Room 210", ["Water Resources Manager"]),
             ("Tobias Wren", "(805) 555-0142", "Room 212", ["Senior Civil Engineer"]),
             ("Farrah Nasser", "(805) 555-0143", "Room 214", ["Management Analyst"])]
    document = extract("https://example.org/water-division-staff.pdf",
                       _register_pdf(staff, "WATER RESOURCES DIVISION - STAFF DIRECTORY"))
    assert [s.text for s in document.segments][1] == \
        "Imelda Carrasco\t(805) 555-0141\tRoom 210\tWater Resources Manager"
    assert scan_document(document, load_detectors()) == []


def test_a_scanned_register_reads_one_line_a_record():
    if engine() is None:
        return
    image = Image.new("L", (1700, 1400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=34)
    y = 120
    for name, account, amount, rest in _RECORDS:
        for x, text in ((120, name), (620, account), (1050, amount)):
            draw.text((x, y), text, font=font, fill=0)
        for line in rest:
            y += 50
            draw.text((200, y), line, font=font, fill=0)
        y += 110
    out = io.BytesIO()
    image.save(out, "PNG")
    lines = _lines(out.getvalue(), "register.png")
    assert [line.split("\t")[0] for line in lines] == [record[0] for record in _RECORDS]
    assert all(line.endswith("Hollister Bay, CA 93117") for line in lines)
