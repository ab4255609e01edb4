"""A PDF table that the page goes on from with other text (a permit line, a rate note, a contact) and whose rows go
on at the top of the next page, with no header repeated (red team docs19): the next page's rows are read under the
table's header. A table of another shape on the next page, or a public one two pages on, is not."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_HEADER = ("Customer Name", "Service Address", "Phone", "Acct", "kWh (12 mo)")
_WIDTHS = (40, 42, 30, 26, 24)
_TEXT_AFTER = ("Permit BLD-2025-4411, Parcel R1234567, Work Order WO-554120 issued 2025-03-02",
               "Residential Schedule R-1: customer charge $14.25/month; energy charge $0.1820 per kWh",
               "Contact: Finance Department, 710 Mill Bay Rd, Qutekcak Bay AK 99615",
               "CIP 2027-14: Monashka Dam Spillway Rehabilitation; estimated cost $12.5M")


def _row(pdf: FPDF, cells) -> None:
    for width, text in zip(_WIDTHS, cells):
        pdf.cell(width, 6, text)
    pdf.ln()


def _packet(next_page_rows, blank_pages: int = 0) -> set[tuple[str, str]]:
    pdf = FPDF(format="letter")
    pdf.set_font("helvetica", size=9)
    pdf.add_page()
    pdf.cell(0, 8, "APPENDIX C - Energy Assistance Credits (continued on next page)")
    pdf.ln()
    _row(pdf, _HEADER)
    _row(pdf, ("Agafya Reutov", "2918 Chiniak Hwy", "907-731-2116", "39744097", "1,859"))
    pdf.ln(4)
    for line in _TEXT_AFTER:
        pdf.cell(0, 6, line)
        pdf.ln()
    for _ in range(blank_pages):
        pdf.add_page()
        pdf.cell(0, 6, "Budget narrative: the department's program goals for the coming year.")
        pdf.ln()
    pdf.add_page()
    for cells in next_page_rows:
        _row(pdf, cells)
    document = extract("https://example.org/packet.pdf", bytes(pdf.output()))
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


def test_rows_on_the_next_page_go_on_under_the_tables_header():
    found = _packet([("Tuluk Tabios", "4296 Selief Ln", "907.335.3321", "5087092", "2,207"),
                     ("Arnel Macapagal", "957 Tagura Rd", "(907) 353-2873", "PR-42538", "863")])  # letters in an acct
    assert {("account_number", "5087092"), ("energy_usage", "2,207"), ("account_number", "PR-42538"),
            ("energy_usage", "863")} <= found


def test_a_row_of_another_shape_on_the_next_page_is_not_read_under_it():
    found = _packet([("Fund 401", "Electric Operations", "Object 5310", "1,250,000", "1,310,500")])
    assert not {value for _, value in found} & {"1,250,000", "1,310,500", "Fund 401"}


def test_a_public_table_of_the_same_shape_two_pages_on_is_not_read_under_it():
    found = _packet([("Harbor Park Pavilion", "400 W Main St", "907-486-8000", "20250114", "1,200"),
                     ("Baranof Museum Hall", "101 Marine Way", "907-486-8010", "20250117", "2,400")], blank_pages=1)
    assert not {value for _, value in found} & {"Harbor Park Pavilion", "400 W Main St", "907-486-8000", "2,400"}
