"""PDF tables whose cells are broken onto a second line by hand (a service address set as street, then city),
not wrapped for lack of room: the row is keyed by its first cell, and every line up to the next row's first
cell is the rest of the row, its short cells centred on the row's height or hanging from its top. Tables of
public rows whose first cell is left empty under a group's name, or whose figures stand one under the other,
are rows of their own and read as before."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract

_HEADER = ["Customer", "Service Address", "Account No.", "Usage (kWh)"]
_WIDTHS = [52, 58, 38, 25]
_CUSTOMERS = [("MORALES, DELFINA R.", "1187 Ridgecrest Ter\nHollister Bay, CA 93117", "QWL-2281904-17", "968"),
              ("OYELARAN, BENEDICT", "55 Quarry Hill Rd Unit 4\nHollister Bay, CA 93117", "QWL-7730125-82", "1,574"),
              ("TREMBLAY, NOELLE S.", "9402 Sycamore Bend\nHollister Bay, CA 93117", "QWL-4410683-05", "2,016")]


def _pdf() -> FPDF:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    return pdf


def _broken_table(pdf: FPDF, rows, centred: bool, header=tuple(_HEADER), widths=tuple(_WIDTHS)) -> None:
    """The header, then rows whose name and address cells hang from the top as multi_cells of 4 mm lines; the
    account, usage (and credit) cells are one cell of the row's height (centred) or hang from the top too."""
    for width, text in zip(widths, header):
        pdf.cell(width, 5, text, border=1)
    pdf.ln()
    for row in rows:
        x, y = pdf.get_x(), pdf.get_y()
        for width, text in zip(widths[:2], row[:2]):
            pdf.multi_cell(width, 4, text, border="LT", new_x="RIGHT", new_y="TOP")
        for width, text in zip(widths[2:], row[2:]):
            if centred:
                pdf.cell(width, 8, text, border="LT")
            else:
                pdf.multi_cell(width, 4, text, border="LT", new_x="RIGHT", new_y="TOP")
        pdf.set_xy(x, y + 8)


def _document(pdf: FPDF):
    return extract("https://example.org/attachment-a.pdf", bytes(pdf.output()))


def _lines(pdf: FPDF) -> list[str]:
    return [s.text for s in _document(pdf).segments if s.hidden is None]


def _found(pdf: FPDF) -> set[tuple[str, str]]:
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    return {(d.category, d.value) for d in scan_document(_document(pdf), load_detectors())}


def _row_line(row) -> str:
    return "\t".join(cell.replace("\n", " ") for cell in row)


def test_a_row_whose_address_is_broken_by_hand_and_whose_short_cells_are_centred_is_one_line():
    pdf = _pdf()
    _broken_table(pdf, _CUSTOMERS, centred=True)
    assert _lines(pdf) == ["\t".join(_HEADER), *map(_row_line, _CUSTOMERS)]


def test_a_row_whose_cells_hang_from_the_top_with_an_address_broken_by_hand_is_one_line():
    pdf = _pdf()
    _broken_table(pdf, _CUSTOMERS, centred=False)
    assert _lines(pdf) == ["\t".join(_HEADER), *map(_row_line, _CUSTOMERS)]


def test_every_value_of_each_customer_row_is_found():
    pdf = _pdf()
    _broken_table(pdf, _CUSTOMERS, centred=True)
    found = _found(pdf)
    for name, address, account, usage in _CUSTOMERS:
        assert ("customer_name", name) in found
        assert ("account_number", account) in found
        assert ("energy_usage", usage) in found
        assert any(category == "address" and value.startswith(address.split("\n")[0]) for category, value in found)


def _plain_table(pdf: FPDF, rows: list[list[str]], widths: list[float]) -> None:
    for row in rows:
        for width, text in zip(widths, row):
            pdf.cell(width, 5, text)
        pdf.ln()


def test_a_staff_directory_grouped_under_its_division_keeps_a_row_a_line():
    rows = [["Division", "Staff", "Title", "Phone", "Room"],
            ["Water Resources", "Imelda Carrasco", "Manager", "(805) 555-0141", "210"],
            ["", "Tobias Wren", "Engineer II", "(805) 555-0142", "212"],
            ["", "Farrah Nasser", "Analyst", "(805) 555-0143", "214"],
            ["Customer Service", "Luis Ocampo", "Supervisor", "(805) 555-0150", "101"]]
    pdf = _pdf()
    _plain_table(pdf, rows, [40, 40, 30, 30, 15])
    assert _lines(pdf) == ["\t".join(cell for cell in row if cell) for row in rows]


def test_a_rate_table_with_tiers_under_a_rate_name_keeps_a_row_a_line():
    rows = [["Schedule", "Tier", "Block (kWh)", "Rate"],
            ["Residential D", "Tier 1", "0-400", "$0.2217"],
            ["", "", "401-800", "$0.2785"],
            ["", "", "801+", "$0.3311"],
            ["Residential TOU", "On-peak", "all", "$0.4122"]]
    pdf = _pdf()
    _plain_table(pdf, rows, [40, 30, 30, 30])
    assert _lines(pdf) == ["\t".join(cell for cell in row if cell) for row in rows]
    assert _found(pdf) == set()


def test_a_facility_table_with_addresses_broken_by_hand_is_read_by_row_and_flags_nothing():
    pdf = _pdf()
    header = ["Facility", "Address", "Hours", "Phone"]
    for width, text in zip(_WIDTHS, header):
        pdf.cell(width, 5, text, border=1)
    pdf.ln()
    for row in [("Main Library", "625 Garey Ave\nHollister Bay, CA 93117", "9-8", "(805) 555-0100"),
                ("Senior Center", "1460 Palomares St\nHollister Bay, CA 93117", "8-5", "(805) 555-0110")]:
        x, y = pdf.get_x(), pdf.get_y()
        for width, text in zip(_WIDTHS[:2], row[:2]):
            pdf.multi_cell(width, 4, text, border="LT", new_x="RIGHT", new_y="TOP")
        for width, text in zip(_WIDTHS[2:], row[2:]):
            pdf.cell(width, 8, text, border="LT")
        pdf.set_xy(x, y + 8)
    assert _lines(pdf)[1] == "Main Library\t625 Garey Ave Hollister Bay, CA 93117\t9-8\t(805) 555-0100"
    assert _found(pdf) == set()


def test_rows_whose_streets_are_short_are_read_one_line_a_row_too():
    rows = [_CUSTOMERS[0], ("WU, HANNAH", "80 Elm Ct\nHollister Bay, CA 93117", "QWL-9035517-40", "431")]
    for centred in (True, False):
        pdf = _pdf()
        _broken_table(pdf, rows, centred=centred)
        assert _lines(pdf) == ["\t".join(_HEADER), *map(_row_line, rows)]


def test_a_single_row_whose_address_is_broken_by_hand_is_one_line():
    for centred in (True, False):
        pdf = _pdf()
        _broken_table(pdf, _CUSTOMERS[:1], centred=centred)
        assert _lines(pdf) == ["\t".join(_HEADER), _row_line(_CUSTOMERS[0])]


def test_a_row_with_three_centred_figures_beside_a_broken_address_is_one_line():
    header = [*_HEADER, "Credit"]
    rows = [(*row, credit) for row, credit in zip(_CUSTOMERS, ["$212.00", "$48.00", "$305.00"])]
    pdf = _pdf()
    _broken_table(pdf, rows, centred=True, header=header, widths=[52, 58, 34, 22, 20])
    assert _lines(pdf) == ["\t".join(header), *map(_row_line, rows)]
