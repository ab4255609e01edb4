"""PDF tables whose narrow cells wrap onto several lines: each row is read as one line, cell by cell, so the
detectors see a header and whole rows. fpdf2 centres short cells in a tall row; hand-set tables and most
exports hang every cell from the row's top. Tables of public figures whose cells wrap (a staff directory,
City facilities, a rate schedule) are read the same way and stay clean."""
from __future__ import annotations

import pytest
from fpdf import FPDF

from crawler.extract import extract

_HEADER = ["Customer Name", "Service Address", "SA ID", "Program", "Avg Monthly kWh"]
_CUSTOMERS = [["Marisol Quintanilla-Reyes", "4471 W Grand Ave Apt 16, Pomona, CA 91766", "PCE-3185-229017",
               "CARE", "614 kWh"],
              ["Okonkwo, Chidi", "1180 N Towne Ave, Pomona CA 91767", "7730419265", "FERA", "1,208 kWh"],
              ["Bao Tran", "905 E Holt Ave Spc 44", "3-58-221-7704", "Medical Baseline", "2,340 kWh"],
              ["Svetlana Petrovskaya", "2236 S Garey Ave Unit C, Pomona, CA 91766", "PCE-4410-118350", "CARE",
               "377 kWh"]]


def _pdf() -> FPDF:
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    return pdf


def _fpdf_table(pdf: FPDF, rows: list[list[str]], widths: list[float], **options) -> None:
    with pdf.table(col_widths=widths, text_align="LEFT", width=sum(widths), **options) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)


def _hanging_table(pdf: FPDF, top: float, widths: list[float], rows: list[list[str]], line: float = 12) -> float:
    """A table set by hand, every cell hanging from its row's top, rows apart by one blank line height."""
    y = top
    for row in rows:
        x, bottom = 40.0, y
        for width, text in zip(widths, row):
            pdf.set_xy(x, y)
            pdf.multi_cell(width - 8, line, text, align="L")
            bottom = max(bottom, pdf.get_y())
            x += width
        y = bottom + line / 2
    return y


def _lines(pdf: FPDF, page: int = 1) -> list[str]:
    document = extract("https://example.org/report.pdf", bytes(pdf.output()))
    return [s.text for s in document.segments if s.location.page == page and s.hidden is None]


def _found(pdf: FPDF) -> set[tuple[str, str]]:
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    document = extract("https://example.org/staff-report.pdf", bytes(pdf.output()))
    return {(d.category, d.value) for d in scan_document(document, load_detectors())}


def _every_value(rows: list[list[str]]) -> set[tuple[str, str]]:
    return {pair for row in rows for pair in
            (("customer_name", row[0]), ("address", row[1]), ("account_number", row[2]), ("energy_usage", row[4]))}


@pytest.mark.parametrize("borders", ["ALL", "NONE", "HORIZONTAL_LINES"])
def test_rows_of_centred_wrapped_cells_are_read_one_line_a_row(borders):
    pdf = _pdf()
    _fpdf_table(pdf, [_HEADER, *_CUSTOMERS], [90, 100, 95, 80, 80], borders_layout=borders)
    assert _lines(pdf) == ["\t".join(row) for row in [_HEADER, *_CUSTOMERS]]


def test_rows_of_cells_hanging_from_the_top_are_read_one_line_a_row():
    pdf = _pdf()
    _fpdf_table(pdf, [_HEADER, *_CUSTOMERS], [90, 100, 95, 80, 80], v_align="TOP")
    assert _lines(pdf) == ["\t".join(row) for row in [_HEADER, *_CUSTOMERS]]


def test_a_hand_set_table_without_rules_is_read_one_line_a_row():
    pdf = _pdf()
    _hanging_table(pdf, 60, [110, 120, 110, 90, 90], [_HEADER, *_CUSTOMERS])
    assert _lines(pdf) == ["\t".join(row) for row in [_HEADER, *_CUSTOMERS]]


@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP"])
def test_every_value_of_a_customer_table_with_wrapped_cells_is_found(v_align):
    pdf = _pdf()
    pdf.multi_cell(0, 12, "Staff Report - Item 8: residential customers enrolled at the outreach event.")
    pdf.ln(6)
    _fpdf_table(pdf, [_HEADER, *_CUSTOMERS], [90, 100, 95, 80, 80], v_align=v_align)
    assert _every_value(_CUSTOMERS) <= _found(pdf)


def test_a_table_continued_on_the_next_page_without_its_header_keeps_its_rows():
    pdf = _pdf()
    rows = [_HEADER, *(_CUSTOMERS * 6)]
    _fpdf_table(pdf, rows, [90, 100, 95, 80, 80], repeat_headings=0)
    assert pdf.page == 2
    first, second = _lines(pdf, 1), _lines(pdf, 2)
    assert first[0] == "\t".join(_HEADER)
    assert set(first[1:]) | set(second) <= {"\t".join(row) for row in _CUSTOMERS}
    assert len(first) + len(second) == len(rows)


def test_a_table_of_one_line_cells_with_empty_cells_stays_as_it_was():
    """A row with empty cells under a full one is a row of its own, not the rest of the row above."""
    pdf = _pdf()
    rows = [["Name", "Department", "Title", "Extension"], ["Grace Kim", "Public Works", "Engineer", "4412"],
            ["Tomas Herrera", "Finance", "", ""], ["Darnell Brooks", "Library", "Librarian", "4471"]]
    _hanging_table(pdf, 60, [130, 150, 100, 80], rows, line=12)
    assert _lines(pdf) == ["Name\tDepartment\tTitle\tExtension", "Grace Kim\tPublic Works\tEngineer\t4412",
                           "Tomas Herrera\tFinance", "Darnell Brooks\tLibrary\tLibrarian\t4471"]


def test_a_form_of_labels_and_values_that_do_not_wrap_reads_as_before():
    pdf = _pdf()
    for number, (label, value) in enumerate([("Meeting", "Regular Meeting of the City Council"),
                                             ("Item", "8"), ("Department", "Utility Services")]):
        pdf.set_xy(40, 60 + 14 * number)
        pdf.cell(100, 12, label)
        pdf.set_xy(160, 60 + 14 * number)
        pdf.cell(300, 12, value)
    assert _lines(pdf) == ["Meeting\tRegular Meeting of the City Council", "Item\t8", "Department\tUtility Services"]


_DIRECTORY = [["Name", "Title", "Division", "Office Phone", "Email"],
              ["Rosa Elena Ramirez", "Utility Services Manager", "Pomona Choice Energy", "(909) 620-2241",
               "utility.services@pomonaca.gov"],
              ["Kirk Pelser", "Deputy City Manager", "City Manager's Office", "(909) 620-2051",
               "citymanager@pomonaca.gov"],
              ["Ata Khan", "Interim City Manager", "City Manager's Office", "(909) 620-2051",
               "citymanager@pomonaca.gov"]]
_FACILITIES = [["Facility", "Service Address", "Account", "Annual kWh", "Annual Cost"],
               ["Pomona Public Library (Main Branch)", "625 S Garey Ave, Pomona, CA 91766", "Facility 12",
                "412,800 kWh", "$71,204"],
               ["City Hall and Council Chamber", "505 S Garey Ave, Pomona, CA 91766", "Facility 01", "988,120 kWh",
                "$164,310"],
               ["Ganesha Park Community Building", "1575 N White Ave, Pomona, CA 91768", "Facility 33",
                "96,450 kWh", "$18,022"]]
_RATES = [["Rate Schedule", "Description", "Energy Charge", "Customer Charge"],
          ["D-CARE", "Residential service for customers enrolled in the CARE discount program", "$0.17520 per kWh",
           "$0.031 per day"],
          ["TOU-D-4-9PM", "Residential time-of-use, on-peak from 4 p.m. to 9 p.m. on weekdays", "$0.39812 per kWh",
           "$0.031 per day"],
          ["GS-1", "General service for small commercial customers under 20 kW", "$0.21840 per kWh",
           "$0.951 per day"]]


@pytest.mark.parametrize("rows, widths", [(_DIRECTORY, [90, 100, 95, 90, 160]), (_FACILITIES, [100, 110, 100, 90, 110])],
                         ids=["directory", "facilities"])
@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP"])
def test_public_tables_with_wrapped_cells_are_rows_and_flag_nothing(rows, widths, v_align):
    pdf = _pdf()
    _fpdf_table(pdf, rows, widths, v_align=v_align)
    assert _lines(pdf) == ["\t".join(row) for row in rows]
    assert _found(pdf) == set()


@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP"])
def test_a_rate_table_whose_descriptions_wrap_like_prose_flags_nothing(v_align):
    """A column of sentences wrapping from one line to the next in lower case is read as prose, line by line."""
    pdf = _pdf()
    _fpdf_table(pdf, _RATES, [100, 160, 100, 100], v_align=v_align)
    lines = _lines(pdf)
    assert lines[0] == "\t".join(_RATES[0])
    assert _found(pdf) == set()


def test_a_bulleted_list_whose_items_wrap_reads_as_before():
    pdf = _pdf()
    items = ["they are primarily designed or produced for the purpose of circumventing the measure that controls",
             "they have only limited commercially significant purpose or use other than to circumvent it; or",
             "they are marketed for use in circumventing the measure, as the notice of the department explains"]
    y = 60
    for item in items:
        pdf.set_xy(40, y)
        pdf.cell(10, 12, "-")
        pdf.set_xy(60, y)
        pdf.multi_cell(300, 12, item, align="L")
        y = pdf.get_y() + 4
    lines = _lines(pdf)
    assert len(lines) > len(items)
    assert [line.split("\t")[0] for line in lines if "\t" in line] == ["-"] * len(items)
