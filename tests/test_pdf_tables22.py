"""Red teams memo22 and packet22: PDF tables whose cells wrap, as Word, LibreOffice and ReportLab export them,
and a headerless collections list whose first column mixes account formats.

ReportLab's Table sets every cell on its row's bottom line by default, so a wrapped name or street starts a line
or two above the row's one-line account and phone: each row is still read as one line of cells (a row's height
is its tallest cell), its header's wrapped cells too. Tables of public people and figures whose cells wrap (a
council roster, a budget's descriptions) and two columns of prose are read the same way and stay clean."""
from __future__ import annotations

import io

import pytest
from fpdf import FPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_HEADER = ["Account", "Customer", "Last Service Address", "Balance", "Last Known Phone"]
_CUSTOMERS = [["41-558102-37", "Bartholomew Okonjo Whitfield", "8824 Sandpiper Cove Rd Unit 12", "$2,415.06",
               "(541) 308-7715"],
              ["G-0071345-8", "Rosalind Achterberg", "1267 Quail Hollow Ln", "$96.10", "541-622-4039"],
              ["52-903377-14", "Teodoro Villanueva Ybarra", "402 Cottonwood Terrace Apt 3B", "$731.55",
               "(458) 219-6620"]]
_WIDTHS = [80, 85, 95, 65, 95]


def _found(body: bytes) -> set[tuple[str, str]]:
    document = extract("https://example.org/council/writeoffs.pdf", body)
    return {(d.category, d.value) for d in scan_document(document, load_detectors())}


def _lines(body: bytes) -> list[str]:
    document = extract("https://example.org/council/writeoffs.pdf", body)
    return [s.text for s in document.segments if s.location.page == 1 and s.hidden is None]


def _reportlab(rows: list[list[str]], widths: list[float], grid: bool, title: str = "Accounts recommended for "
               "write-off", page=letter, **style) -> bytes:
    styles = getSampleStyleSheet()
    out = io.BytesIO()
    cells = [[Paragraph(text, styles["BodyText"]) for text in row] for row in rows]
    table = Table(cells, colWidths=widths)
    commands = [("VALIGN", (0, 0), (-1, -1), style["valign"])] if "valign" in style else []
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(commands))
    SimpleDocTemplate(out, pagesize=page).build([Paragraph(title, styles["Heading2"]), table])
    return out.getvalue()


def _every_value(rows: list[list[str]]) -> set[tuple[str, str]]:
    return {pair for row in rows for pair in (("account_number", row[0]), ("customer_name", row[1]),
                                              ("address", row[2]), ("phone", row[4]))}


@pytest.mark.parametrize("grid", [False, True])
def test_a_reportlab_table_of_cells_standing_on_the_row_bottom_is_read_one_line_a_row(grid):
    body = _reportlab([_HEADER, *_CUSTOMERS], _WIDTHS, grid)
    assert _lines(body)[1:] == ["\t".join(row) for row in [_HEADER, *_CUSTOMERS]]
    assert _every_value(_CUSTOMERS) <= _found(body)


def test_a_reportlab_table_of_cells_hanging_from_the_row_top_is_read_one_line_a_row():
    body = _reportlab([_HEADER, *_CUSTOMERS], _WIDTHS, True, valign="TOP")
    assert _lines(body)[1:] == ["\t".join(row) for row in [_HEADER, *_CUSTOMERS]]
    assert _every_value(_CUSTOMERS) <= _found(body)


@pytest.mark.parametrize("v_align", ["BOTTOM", "TOP", "MIDDLE"])
def test_an_fpdf2_table_of_wrapped_cells_gives_every_customer_whole(v_align):
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    with pdf.table(col_widths=_WIDTHS, text_align="LEFT", width=sum(_WIDTHS), v_align=v_align) as table:
        for row in [_HEADER, *_CUSTOMERS]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    body = bytes(pdf.output())
    assert _lines(body) == ["\t".join(row) for row in [_HEADER, *_CUSTOMERS]]
    assert _every_value(_CUSTOMERS) <= _found(body)


_COUNCIL = [["District", "Council Member", "Committee Assignments", "Office Phone"],
            ["1", "Evangelina Trujillo-Marchetti", "Finance and Audit; Public Safety", "(541) 682-5010"],
            ["2", "Harold Westbrook", "Transportation and Public Works Infrastructure", "(541) 682-5020"],
            ["3", "Priyanka Raghunathan", "Housing, Homelessness and Human Services", "(541) 682-5030"]]
_BUDGET = [["Fund", "Project", "Description", "FY 2026 Budget"],
           ["410", "Water Main Replacement", "Replace aging cast-iron mains along Willamette St between 18th and "
            "24th Ave", "$3,250,000"],
           ["520", "Library Roof", "Replace membrane roof and skylights at the Bethel branch library", "$418,500"],
           ["610", "Fleet Electrification", "Purchase of twelve electric sedans and chargers for the city fleet",
            "$972,000"]]


@pytest.mark.parametrize("grid", [False, True])
def test_a_wrapped_table_of_council_members_names_no_customer(grid):
    found = _found(_reportlab(_COUNCIL, [60, 130, 170, 100], grid, title="City Council Roster"))
    assert not {pair for pair in found if pair[0] in {"customer_name", "address", "account_number"}}


@pytest.mark.parametrize("grid", [False, True])
def test_a_budget_table_with_wrapped_descriptions_gives_nothing(grid):
    found = _found(_reportlab(_BUDGET, [50, 110, 220, 90], grid, title="Capital Improvement Program"))
    assert not found


def test_two_columns_of_prose_give_nothing():
    styles = getSampleStyleSheet()
    left = ("The Water Division completed the replacement of 2.4 miles of cast-iron main this spring. Crews "
            "worked nights along Willamette Street to keep traffic moving, and service interruptions averaged "
            "under three hours per block.")
    right = ("The library's summer reading program enrolled 3,100 children. Branch hours at Bethel and Sheldon "
             "were extended to 8 p.m. on weekdays, and the bookmobile added stops at four parks in July.")
    out = io.BytesIO()
    table = Table([[Paragraph(left, styles["BodyText"]), Paragraph(right, styles["BodyText"])]], colWidths=[230, 230])
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph("Department news", styles["Heading2"]), table])
    assert not _found(out.getvalue())


_COLLECTIONS = [["3817 4402 59", "Okafor Benedict", "2741 Lolo Pass Rd", "PO Box 8816, Billings, MT 59103",
                 "(406) 288-1934"],
                ["SFMU-7340216", "Delacroix Yvette", "915 Cabinet Gorge Way", "3320 Wapiti Ave, Bozeman, MT 59715",
                 "406.771.2058"],
                ["713-40882-16", "Halvorsen Dag", "6630 Chief Joseph Dr", "PO Box 2207, Dickinson, ND 58602",
                 "(701) 455-0187"],
                ["W418270-02", "Nakamura Reiko", "148 Sacajawea Blvd", "88 Elk Ridge Ct, Havre, MT 59501",
                 "(406) 316-7740"],
                ["4471920385", "Abernathy Cole", "77 Bitterbrush Ln", "PO Box 114, Glendive, MT 59330",
                 "(406) 377-2915"],
                ["035512-80417", "Ferreira Lucia", "2390 Missouri Ave", "1702 Ash St, Miles City, MT 59301",
                 "(406) 234-8861"]]


def _collections_list(rows: list[list[str]], page) -> bytes:
    """A headerless write-off list drawn a line a row, as a report writer draws it: no rules, no header."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=page)
    y = page[1] - 50
    drawing.setFont("Helvetica-Bold", 11)
    drawing.drawString(40, y, "FINAL-BILLED ACCOUNTS REFERRED TO COLLECTIONS - FY 2026-27")
    drawing.setFont("Helvetica", 7)
    widths = [70, 80, 90, 150, 70] if page == letter else [90, 130, 130, 200, 80]
    for row in rows:
        y -= 11
        x = 40
        for text, width in zip(row, widths):
            drawing.drawString(x, y, text)
            x += width
        drawing.drawString(x, y, "$1,204.77")
    drawing.showPage()
    drawing.save()
    return out.getvalue()


@pytest.mark.parametrize("rows", [slice(0, 2), slice(2, 5), slice(0, 6), slice(3, 6)])
@pytest.mark.parametrize("page", [letter, landscape(letter)])
def test_a_headerless_collections_list_gives_every_account_of_its_mixed_formats(rows, page):
    found = _found(_collections_list(_COLLECTIONS[rows], page))
    assert {("account_number", row[0]) for row in _COLLECTIONS[rows]} <= found


_LONG_LIST = [["Account", "Customer", "Last Service Address", "Balance", "Last Known Phone"],
              ["4-61-207-3390", "Anneliese Vogelsang", "4418 Heron Cove Blvd #3", "$2,870.12", "(541) 207-3318"],
              ["8830125547", "Tae-yang Moon", "9027 Sugar Maple Dr", "$1,950.40", "(541) 664-0192"],
              ["4-61-388-1204", "Chukwuemeka Obi", "7714 Willamette Ave", "$3,105.77", "541-390-2257"],
              ["660418275", "Solveig Haugen", "6109 Osprey Hawk Dr Apt 212", "$845.09", "(458) 771-4630"],
              ["2200 4815 9036", "Przemyslaw Nowicki", "5120 Coyote Ridge Ter Apt 4C", "$4,412.58", "458.320.9917"],
              ["4-61-550-7781", "Ngozi Adeyemi", "3381 Alder Creek Pl Unit 9", "$212.30", "541-803-6624"]]


def test_a_long_reportlab_list_whose_addresses_wrap_gives_every_row_whole():
    body = _reportlab(_LONG_LIST, [95, 85, 105, 65, 95], False)
    assert _every_value(_LONG_LIST[1:]) <= _found(body)


_DIRECTORY = [["Name", "Title", "Division", "Phone"],
              ["Marguerite Castellanos", "Senior Planner", "Long Range Planning", "(541) 682-5481"],
              ["Desmond Achebe-Lowry", "Associate Engineer", "Transportation", ""],
              ["Rosalind Fairweather", "Permit Technician", "Building Safety", "(541) 682-5522"],
              ["Tobias Lindqvist", "Code Compliance Officer", "Neighborhood Services", "(541) 682-5530"]]


@pytest.mark.parametrize("grid", [False, True])
def test_a_staff_directory_of_one_line_rows_with_an_empty_cell_keeps_its_rows(grid):
    body = _reportlab(_DIRECTORY, [140, 130, 130, 90], grid, title="Planning and Development Staff")
    assert _lines(body)[1:] == ["\t".join(cell for cell in row if cell) for row in _DIRECTORY]
    assert not {pair for pair in _found(body) if pair[0] in {"customer_name", "address", "account_number"}}
