"""PDF tables read as their rows (red teams city25 and neg25): a narrow table whose cells wrap at the text's leading
inside padded rows (ReportLab, most exports) keeps each cell whole: a phone cut after its area code, an e-mail
address the wrapper cut anywhere, a name on two lines. Tables of public figures with the same layout stay clean."""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=7, leading=9)


def _pdf(title: str, rows: list[list[str]], widths: list[float], footer: str = "") -> bytes:
    table = Table([[Paragraph(text, _CELL) for text in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(title, ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16)), table]
    if footer:
        story.append(Paragraph(footer, _CELL))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=letter).build(story)
    return buffer.getvalue()


def _lines(body: bytes) -> list[str]:
    return [s.text for s in extract("https://example.org/packet.pdf", body).segments
            if s.location.page == 1 and s.hidden is None]


def _found(body: bytes) -> set[tuple[str, str]]:
    document = extract("https://example.org/packet.pdf", body)
    return {(d.category, d.value) for d in scan_document(document, load_detectors())}


_ROSTER = [["Name", "Service address", "Phone", "Email", "Account"],
           ["Teodora Villanueva-Castillo", "8812 Briarcliff Ln Apt 204", "(912) 630-4417", "tvcastillo1977@gmail.com",
            "58-40127-003"],
           ["Oyelaran Babatunde", "41 Sandpiper Ct", "(912) 630-8820", "oyelaran.b@outlook.com", "58-93310-001"]]


def test_the_lines_of_a_wrapped_cell_are_one_cell_of_its_row():
    lines = _lines(_pdf("Attachment B - Arrears Payment Plan Enrollees", _ROSTER, [70, 76, 50, 82, 60]))
    assert "Teodora Villanueva-Castillo\t8812 Briarcliff Ln Apt 204\t(912) 630-4417\ttvcastillo1977@gmail.com\t" \
           "58-40127-003" in lines
    assert "Oyelaran Babatunde\t41 Sandpiper Ct\t(912) 630-8820\toyelaran.b@outlook.com\t58-93310-001" in lines


def test_every_value_of_a_narrow_customer_roster_is_found_whole():
    found = _found(_pdf("Attachment B - Arrears Payment Plan Enrollees", _ROSTER, [70, 76, 50, 82, 60]))
    for row in _ROSTER[1:]:
        assert {("customer_name", row[0]), ("phone", row[2]), ("email", row[3]), ("account_number", row[4])} <= found
    assert ("email", "tvcastillo1977@gmail.c") not in found


def test_a_table_of_one_line_rows_with_empty_cells_stays_a_row_a_line():
    rows = [["Facility", "Meter", "Phone", "Notes"], ["Fire Station 3", "MTR-1187", "(912) 555-0140", ""],
            ["Well House 2", "MTR-1190", "", "seasonal"], ["Senior Center", "MTR-1201", "(912) 555-0188", ""]]
    lines = _lines(_pdf("City facilities", rows, [110, 70, 80, 80]))
    assert "Well House 2\tMTR-1190\tseasonal" in lines


def test_a_public_directory_whose_cells_wrap_flags_nothing():
    rows = [["Office", "Contact", "Phone", "Email"],
            ["Parks and Recreation Department", "Front desk", "(912) 555-0123", "parks.recreation@brunswickga.gov"],
            ["Municipal Court Clerk", "Clerk of Court", "(912) 555-0177", "courtclerk@brunswickga.gov"]]
    assert not {f for f in _found(_pdf("Department directory", rows, [70, 60, 50, 82]))
                if f[0] in ("customer_name", "email", "account_number", "address")}
