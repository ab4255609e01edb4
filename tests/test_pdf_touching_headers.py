"""PDF tables whose header text nearly fills a narrow column, so that two header cells come within a space of
each other ("kWh (12 mo) Balance" in bold 8 pt in a 22 mm cell): the header line is split where the rows under
it leave a gap at the same x, so that it holds as many cells as the rows and each column keeps its header.
Public tables with touching headers, prose over a table, a header wider than its values, a header wrapped onto
two lines and a row with an empty cell are read as before."""
from __future__ import annotations


from fpdf import FPDF

from crawler.extract import extract
from crawler.extract.layout import Piece, Word, column_cells, line_text

_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

_HEADER = ["Account No.", "Customer", "Service Address", "Phone", "kWh (12 mo)", "Balance"]
_WIDTHS = [38, 55, 70, 35, 22, 25]
_CUSTOMERS = [("5521-804417-36", "Marguerite Okafor", "117 Tillinghast Ave", "(401) 558-2093", "1,184", "$412.60"),
              ("5530-119862-04", "Dmitri Valcourt", "3046 Pemberton Rd", "(401) 558-7719", "877", "$96.15"),
              ("5547-630095-81", "Ines Albuquerque", "62 Larchmere Way", "(401) 559-1460", "2,931", "$1,208.44")]


def _pdf(orientation: str = "landscape") -> FPDF:
    pdf = FPDF(orientation=orientation, format="letter")
    pdf.add_font("dv", "", _REGULAR)
    pdf.add_font("dv", "B", _BOLD)
    pdf.add_page()
    return pdf


def _table(pdf: FPDF, header, widths, rows) -> None:
    """The header in bold 8 pt, then the rows in regular 8 pt, one cell of 7 mm each, bordered. A width of None
    is a column that its bold header nearly fills: the header comes within a space of the next one."""
    pdf.set_font("dv", "B", 8)
    widths = [width or pdf.get_string_width(text) + 1.6 for width, text in zip(widths, header)]
    for width, text in zip(widths, header):
        pdf.cell(width, 7, text, border=1)
    pdf.ln()
    pdf.set_font("dv", "", 8)
    for row in rows:
        for width, text in zip(widths, row):
            pdf.cell(width, 7, text, border=1)
        pdf.ln()


def _document(pdf: FPDF):
    return extract("https://example.org/council/packet-item-7.pdf", bytes(pdf.output()))


def _lines(pdf: FPDF) -> list[str]:
    return [s.text for s in _document(pdf).segments if s.hidden is None]


def _found(pdf: FPDF) -> set[tuple[str, str]]:
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    return {(d.category, d.value) for d in scan_document(_document(pdf), load_detectors())}


def test_a_bold_header_that_fills_its_column_is_split_at_the_rows_column_edge():
    pdf = _pdf()
    _table(pdf, _HEADER, _WIDTHS, _CUSTOMERS)
    assert "\t".join(_HEADER) in _lines(pdf)
    found = _found(pdf)
    for row in _CUSTOMERS:
        assert ("energy_usage", row[4]) in found
        assert ("account_number", row[0]) in found


def test_touching_header_cells_in_the_middle_of_the_line():
    header = ["Acct", "Name", "Usage kWh (annual)", "Service Location", "Phone"]
    widths = [34, 48, None, 64, 36]
    rows = [("7710-220415-09", "Teodora Hallworth", "6,402", "58 Fenwick Crossing", "(603) 441-2086"),
            ("7710-338120-55", "Bartholomew Nnadi", "3,115", "1290 Ashgrove Pkwy", "(603) 441-9731")]
    pdf = _pdf()
    _table(pdf, header, widths, rows)
    assert "\t".join(header) in _lines(pdf)
    found = _found(pdf)
    assert {("energy_usage", "6,402"), ("energy_usage", "3,115")} <= found


def test_a_public_rate_table_with_touching_headers_gives_no_finding():
    header = ["Rate Class", "kWh (12 mo avg)", "Customer Charge", "Energy Charge"]
    widths = [60, None, 40, 40]
    rows = [("Residential (R-1)", "7,420", "$9.50", "$0.1412"),
            ("Small Commercial (G-1)", "31,880", "$18.00", "$0.1327"),
            ("Street Lighting (S-2)", "1,206", "$0.00", "$0.0980")]
    pdf = _pdf()
    _table(pdf, header, widths, rows)
    assert "\t".join(header) in _lines(pdf)
    assert _found(pdf) == set()


def test_a_facility_table_with_touching_headers_gives_no_finding():
    header = ["Facility", "Address", "kWh (FY 2025)", "Meters"]
    widths = [55, 62, None, 22]
    rows = [("Pemberton Branch Library", "400 Quarry St", "214,300", "3"),
            ("Fire Station 2", "18 Lantern Hill Rd", "96,410", "1"),
            ("Water Treatment Plant", "1 Reservoir Dr", "2,880,155", "6")]
    pdf = _pdf()
    _table(pdf, header, widths, rows)
    assert "\t".join(header) in _lines(pdf)
    assert not {category for category, _ in _found(pdf)} & {"energy_usage", "customer_name"}


def test_a_header_wider_than_its_values_is_read_as_before():
    header = ["Customer Account Number", "Customer", "kWh"]
    widths = [60, 60, 30]
    rows = [("A-4471", "Rosalind Fairweather", "1,312"), ("A-4472", "Cormac Delahunty", "905")]
    pdf = _pdf()
    _table(pdf, header, widths, rows)
    lines = _lines(pdf)
    assert "\t".join(header) in lines
    assert "A-4471\tRosalind Fairweather\t1,312" in lines


def test_a_header_wrapped_onto_two_lines_stays_one_row():
    pdf = _pdf(orientation="portrait")
    pdf.set_font("dv", "B", 8)
    widths = [40, 45, 22, 30]
    x, y = pdf.get_x(), pdf.get_y()
    for width, text in zip(widths, ["Account", "Customer", "Annual\nkWh", "Balance"]):
        pdf.multi_cell(width, 4, text, border=1, new_x="RIGHT", new_y="TOP")
    pdf.set_xy(x, y + 8)
    pdf.set_font("dv", "", 8)
    rows = [("6120-448873-10", "Philippa Grosvenor", "2,204", "$88.10"),
            ("6120-559014-27", "Ezekiel Martinsen", "1,067", "$41.75")]
    for row in rows:
        for width, text in zip(widths, row):
            pdf.cell(width, 7, text, border=1)
        pdf.ln()
    lines = _lines(pdf)
    assert "Account\tCustomer\tAnnual kWh\tBalance" in lines
    assert ("energy_usage", "2,204") in _found(pdf)


def test_prose_over_a_table_is_not_split_into_columns():
    pdf = _pdf()
    pdf.set_font("dv", "", 8)
    sentence = "The committee reviewed the annual usage figures reported by each department before the vote."
    pdf.cell(0, 5, sentence)
    pdf.ln()
    _table(pdf, ["Department", "kWh", "Change"], [60, 30, 30],
           [("Public Works", "412,330", "-4%"), ("Parks and Recreation", "96,118", "+2%")])
    assert sentence in _lines(pdf)


def test_a_row_with_an_empty_cell_is_left_as_it_is():
    pdf = _pdf()
    rows = [*_CUSTOMERS[:2], ("5562-004418-90", "Lucius Brandvold", "9 Orchard Ln", "", "640", "$0.00")]
    _table(pdf, _HEADER, _WIDTHS, rows)
    assert "5562-004418-90\tLucius Brandvold\t9 Orchard Ln\t640\t$0.00" in _lines(pdf)


def _line(*cells: tuple[str, float]) -> list[Piece]:
    """One piece a cell, each word 5 units a letter and a space (2 units) apart, on a line 10 high at y."""
    return [_piece(text, x, 100.0) for text, x in cells]


def _piece(text: str, x: float, y: float) -> Piece:
    words = []
    for token in text.split():
        words.append(Word(token, x, y, x + 5 * len(token), y + 10))
        x = words[-1].x1 + 2
    return Piece(words, words[0].x0, y, words[-1].x1, y + 10)


def _at(line: list[Piece], y: float) -> list[Piece]:
    return [Piece([Word(w.text, w.x0, y, w.x1, y + 10) for w in p.words], p.x0, y, p.x1, y + 10) for p in line]


def test_a_sentence_whose_words_fall_across_the_gutters_beside_it_is_not_cut():
    """Word spaces of one width: a sentence in a wide cell, not cells that touch."""
    rows = [_at(_line(("Ann", 0.0), ("ab", 100.0), ("12", 140.0)), 124.0),
            _at(_line(("Bob", 0.0), ("abc", 100.0), ("7", 140.0)), 112.0)]
    last = _line(("Cy Dee", 0.0), ("the value is", 100.0))
    assert line_text(column_cells([*rows, last])[-1]) == "Cy Dee\tthe value is"


def test_a_line_of_cells_over_rows_whose_gaps_do_not_line_up_is_left_as_it_is():
    header = _line(("Name", 0.0), ("Notes and remarks here", 100.0))
    rows = [_at(_line(("Ann", 0.0), ("short", 100.0), ("x", 150.0)), 88.0),
            _at(_line(("Bo", 0.0), ("tinytinytiny", 100.0), ("y", 170.0)), 76.0)]
    lines = column_cells([header, *rows])
    assert [line_text(line) for line in lines][0] == "Name\tNotes and remarks here"


def test_a_line_of_cells_under_rows_is_split_too():
    rows = [_at(_line(("Ann", 0.0), ("abc", 100.0), ("12", 140.0)), 124.0),
            _at(_line(("Bob", 0.0), ("abcd", 100.0), ("7", 140.0)), 112.0)]
    last = _line(("Cy Dee", 0.0), ("longer text", 100.0))
    last[1].words[1].x0, last[1].words[1].x1 = 140.0, 160.0
    last[1].x1 = 160.0
    lines = column_cells([*rows, last])
    assert line_text(lines[-1]) == "Cy Dee\tlonger\ttext"
