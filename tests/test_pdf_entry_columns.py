"""A list whose entries take two lines (a name over "Acct ... Write-off $..."), set in two columns side by side:
each column is read down before the next, so a name stays with its account line under it. Rows of a table (one
line each), a two-column table of figures and a staff directory set in two columns do not become customers."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def _pdf() -> FPDF:
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 8, "Uncollectible Utility Balances Recommended for Write-Off", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=8)
    return pdf


def _columns(pdf: FPDF, entries: list[list[str]], per_column: int, width: float = 94, gap: float = 4) -> None:
    top = pdf.get_y()
    for column in range(0, len(entries), per_column):
        pdf.set_xy(10 + (column // per_column) * (width + gap), top)
        for entry in entries[column:column + per_column]:
            pdf.set_x(10 + (column // per_column) * (width + gap))
            pdf.multi_cell(width, 4, "\n".join(entry) + "\n")


def _read(pdf: FPDF) -> tuple[list[str], set[tuple[str, str]]]:
    document = extract("https://example.org/packet.pdf", bytes(pdf.output()))
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    return [" ".join(s.text.split()) for s in document.segments if s.location.page], found


_WRITE_OFFS = [["Tevita Fifita", "Acct 06-552190-01  Write-off $318.44"],
               ["Oksana Hrytsenko", "Acct W3309158  Write-off $77.10"],
               ["Baptiste Moreau", "Acct 418830-2264  Write-off $2,016.90"],
               ["Kalani Akana", "Acct 7731904-002  Write-off $145.35"],
               ["Dagny Solberg", "Acct 06-771023-03  Write-off $509.12"]]


def test_two_columns_of_write_offs_keep_each_name_over_its_account():
    pdf = _pdf()
    _columns(pdf, _WRITE_OFFS, per_column=3)  # the right column ends one entry early
    lines, found = _read(pdf)
    assert lines[1:] == [" ".join(line.split()) for entry in _WRITE_OFFS for line in entry]
    names = {value for category, value in found if category == "customer_name"}
    assert names == {entry[0] for entry in _WRITE_OFFS}


def test_entries_of_three_lines_in_two_columns_are_read_column_by_column():
    entries = [["Marisol Quintero", "1475 S 300 W", "Acct 06-119377-02"],
               ["Hemi Walker", "88 Cottonwood Ln", "Acct W5510273"],
               ["Priya Raghunathan", "2210 E 1700 S", "Acct 06-338104-01"],
               ["Goran Petrovic", "409 Juniper Dr", "Acct W5518892"]]
    pdf = _pdf()
    _columns(pdf, entries, per_column=2)
    lines, found = _read(pdf)
    assert lines[1:] == [line for entry in entries for line in entry]
    assert {("customer_name", entry[0]) for entry in entries} <= found


def test_a_table_of_one_line_rows_stays_rows():
    pdf = _pdf()
    rows = [("Tevita Fifita", "06-552190-01", "Dagny Solberg", "06-771023-03"),
            ("Kalani Akana", "7731904-002", "Hemi Walker", "W5510273"),
            ("Oksana Hrytsenko", "W3309158", "Goran Petrovic", "W5518892")]
    for row in rows:
        for cell, width in zip(row, (45, 45, 45, 45)):
            pdf.cell(width, 5, cell)
        pdf.ln(5)
    lines, _ = _read(pdf)
    assert lines[1:] == [" ".join(row) for row in rows]


def test_two_columns_of_a_staff_directory_stay_without_customer_findings():
    staff = [["Rosalind Achterberg, City Clerk", "(435) 555-0142"],
             ["Desmond Oyelaran, Finance Director", "(435) 555-0171"],
             ["Ingrid Vasquez-Holm, Utilities Manager", "(435) 555-0188"],
             ["Tobias Wren, Public Works Director", "(435) 555-0120"]]
    pdf = _pdf()
    _columns(pdf, staff, per_column=2)
    lines, found = _read(pdf)
    assert lines[1:] == [line for entry in staff for line in entry]
    assert not {category for category, _ in found} & {"customer_name", "address", "account_number"}


def test_a_two_column_table_of_yearly_figures_stays_rows():
    pdf = _pdf()
    rows = [("Fiscal year 2025", "Fiscal year 2026"), ("412,884,210 kWh", "418,120,077 kWh"),
            ("Residential", "Residential"), ("212,004,118 kWh", "215,913,540 kWh")]
    for left, right in rows:
        pdf.cell(94, 5, left)
        pdf.cell(94, 5, right)
        pdf.ln(5)
    _, found = _read(pdf)
    assert found == set()
