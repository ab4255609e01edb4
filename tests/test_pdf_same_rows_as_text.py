"""A PDF carries the same rows and labelled lines as its text version, so the same detection applies: a
headerless list of records on a landscape page reads one line a record, cell by cell, as a fixed-width text
file's columns; a claim form typed in an italic serif ("handwriting") font reads label and value on one line."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_ROWS = [("HBW-3318207-44", "Vasquez, Odalys T.", "5521 Canyon Wren Dr, Hollister Bay", "$967.10", "Closed"),
         ("512 408 7730 2", "Merriweather, Colin", "78 Alder Glen Ct, Hollister Bay", "$214.45", "Closed")]


def _segments(body: bytes, name: str) -> list[str]:
    return [s.text for s in extract(f"https://example.org/{name}", body).segments if s.hidden is None]


def test_a_headerless_list_of_records_reads_one_line_a_record_as_its_text_version():
    pdf = FPDF(orientation="L", format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.cell(0, 6, "ATTACHMENT B - ACCOUNTS RECOMMENDED FOR WRITE-OFF (continued)", new_x="LMARGIN", new_y="NEXT")
    for row in _ROWS:
        for width, text in zip((45, 60, 75, 25, 20), row):
            pdf.cell(width, 6, text)
        pdf.ln()
    assert _segments(bytes(pdf.output()), "writeoffs.pdf")[1:] == ["\t".join(row) for row in _ROWS]


def test_a_form_typed_in_an_italic_serif_font_reads_label_and_value_on_one_line():
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.add_font("hand", "", _DEJAVU + "DejaVuSerif-Italic.ttf")
    pdf.set_font("hand", size=9)
    pdf.cell(0, 6, "CLAIM FOR DAMAGES TO PERSON OR PROPERTY", new_x="LMARGIN", new_y="NEXT")
    fields = [("Name:", "Rosalind P. Aguayo"), ("Home Address:", "3307 Thistle Bank Rd"),
              ("Telephone:", "(805) 555-0193")]
    for label, value in fields:
        pdf.cell(45, 6, label)
        pdf.cell(120, 6, value, new_x="LMARGIN", new_y="NEXT")
    document = extract("https://example.org/claim.pdf", bytes(pdf.output()))
    assert [s.text for s in document.segments][1:] == [f"{label}\t{value}" for label, value in fields]
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    assert {("customer_name", "Rosalind P. Aguayo"), ("address", "3307 Thistle Bank Rd"),
            ("phone", "(805) 555-0193")} <= found
