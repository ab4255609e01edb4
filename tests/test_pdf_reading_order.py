"""PDF reading order: columns of prose are read one after another, tables stay rows, a table header that
wraps onto two lines is one row, and a page of one column reads exactly as before."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from crawler.extract.layout import Piece, Word, columns, lines_of, reading_lines, visual_lines

_PARKS = ("The parks department finished the new shade structures at three neighborhood parks this spring, "
          "and the splash pad at the community center opened on the first warm weekend of the season. "
          "Volunteers planted forty trees along the river trail, and the city thanks the youth league for "
          "helping with the clean-up day that followed the storm in early April.")
_RECORD = ("Complaint summary. Ms. Adriana Velasquez of 2291 North Hamilton Boulevard, Pomona, California "
           "91768 reported 1,340 kWh in February, far above her usual bill, and asked for a meter test; her "
           "phone is 909-555-0187.")
_LIBRARY = ("The library extended its evening hours on weekdays and added a homework help desk staffed by "
            "volunteers from the high school, which has been busy every afternoon since it opened in March.")
_SIDEBAR = ("Did you know? Residents can report a street light that is out by calling the public works line or "
            "by using the city app, and crews usually repair it within a week.")


def _pdf() -> FPDF:
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    return pdf


def _column(pdf: FPDF, x: float, y: float, width: float, text: str) -> None:
    pdf.set_xy(x, y)
    pdf.multi_cell(width, 13, text, align="L")  # ragged right


def _title_and_footer(pdf: FPDF) -> None:
    pdf.set_font("helvetica", "B", 14)
    pdf.set_xy(40, 40)
    pdf.cell(532, 18, "Pomona Choice Energy Community Newsletter for the Spring Season of the Year 2025")
    pdf.set_font("helvetica", size=9)
    pdf.set_xy(40, 740)
    pdf.cell(532, 12, "Pomona Choice Energy, 505 South Garey Avenue, Pomona. Printed on recycled paper, "
                      "page 1 of 1, spring edition.")
    pdf.set_font("helvetica", size=10)


def _page_lines(pdf: FPDF) -> list[str]:
    document = extract("https://example.org/newsletter.pdf", bytes(pdf.output()))
    return [s.text for s in document.segments if s.location.page == 1 and s.hidden is None]


def _words(text: str) -> str:
    return " ".join(text.split())


def test_two_columns_are_read_column_by_column_between_title_and_footer():
    pdf = _pdf()
    _title_and_footer(pdf)
    _column(pdf, 40, 80, 250, _PARKS + " " + _LIBRARY)
    _column(pdf, 322, 80, 250, _RECORD)  # ends well before the left column does
    lines = _page_lines(pdf)
    assert lines[0].startswith("Pomona Choice Energy Community Newsletter")
    assert lines[-1].startswith("Pomona Choice Energy, 505 South Garey Avenue")
    assert not any("\t" in line for line in lines)
    body = _words(" ".join(lines[1:-1]))
    assert body == _words(_PARKS + " " + _LIBRARY + " " + _RECORD)


def test_three_columns_and_a_column_that_ends_early():
    pdf = _pdf()
    _title_and_footer(pdf)
    _column(pdf, 40, 80, 160, _PARKS)
    _column(pdf, 226, 80, 160, _RECORD)
    _column(pdf, 412, 80, 160, _LIBRARY)
    lines = _page_lines(pdf)
    assert not any("\t" in line for line in lines)
    assert _words(" ".join(lines[1:-1])) == _words(" ".join((_PARKS, _RECORD, _LIBRARY)))


def test_a_sidebar_box_beside_a_column_is_read_after_it():
    pdf = _pdf()
    _title_and_footer(pdf)
    _column(pdf, 40, 80, 340, _PARKS + " " + _RECORD)
    pdf.rect(400, 76, 172, 120)
    _column(pdf, 408, 84, 156, _SIDEBAR)
    lines = _page_lines(pdf)
    assert _words(" ".join(lines[1:-1])) == _words(" ".join((_PARKS, _RECORD, _SIDEBAR)))


def _table(pdf: FPDF, top: float, widths: list[float], header: list[str], rows: list[list[str]]) -> None:
    """A table whose header cells are set on two lines where they hold a line break."""
    x, height = 40, 13
    pdf.set_font("helvetica", "B", 10)
    for width, text in zip(widths, header):
        pdf.set_xy(x, top)
        pdf.multi_cell(width - 6, height, text, align="L")
        x += width
    pdf.set_font("helvetica", size=10)
    y = top + 2 * height + 6
    for row in rows:
        x = 40
        for width, text in zip(widths, row):
            pdf.set_xy(x, y)
            pdf.cell(width - 6, height, text)
            x += width
        y += height + 4


_CUSTOMERS = [["Adriana Velasquez", "2291 N Hamilton Blvd", "3-104-5521-09", "1,340"],
              ["Tomas Herrera", "1187 W Holt Ave", "3-882-0018-26", "977"],
              ["Grace Kim", "640 E Foothill Blvd", "3-372-6516-76", "412"],
              ["Darnell Brooks", "3806 W Mission Blvd", "3-805-8887-18", "2,271"]]


def test_a_table_header_wrapped_onto_two_lines_is_one_row_and_the_rows_stay_rows():
    pdf = _pdf()
    _table(pdf, 80, [130, 150, 100, 80], ["Customer", "Service\nAddress", "Account\nNumber", "Usage (kWh)"],
           _CUSTOMERS)
    lines = _page_lines(pdf)
    assert lines[0] == "Customer\tService Address\tAccount Number\tUsage (kWh)"
    assert lines[1:] == ["\t".join(row) for row in _CUSTOMERS]


def test_a_table_of_names_and_figures_stays_rows():
    """A table's cells leave gutters down the page too, and its name column is of even width: each cell
    starts a new value, so it is not prose, and the rows are read across."""
    pdf = _pdf()
    rows = [["Pacific Coast Builders, Inc.", "95-3456721 INV-721338 $46,506.00 (909) 623-9440"],
            ["Rivera and Sons Electric LLC", "33-0987654 INV-373232 $76,760.00 (909) 623-3603"],
            ["Inland Empire Tree Service Co.", "27-1122334 INV-397512 $29,143.00 (909) 623-4793"],
            ["Foothill Solar Solutions Inc.", "46-2233445 INV-622521 $22,730.00 (909) 623-2800"]]
    y = 80
    for name, figures in rows:
        pdf.set_xy(40, y)
        pdf.cell(170, 13, name)
        pdf.set_xy(220, y)
        pdf.cell(300, 13, figures)
        y += 15
    assert _page_lines(pdf) == ["\t".join(row) for row in rows]


def test_a_table_with_a_wrapped_description_column_stays_rows():
    """A notes column wraps inside its cells like prose, but the column beside it holds short values."""
    pdf = _pdf()
    notes = ["Meter replaced after the customer reported a high bill in March",
             "Payment plan set up for the remaining balance of the account",
             "Service transferred to the new tenant at the same address"]
    y = 80
    for number, note in enumerate(notes):
        pdf.set_xy(40, y)
        pdf.cell(120, 13, f"3-104-552{number}-09")
        _column(pdf, 170, y, 180, note)
        y += 40
    lines = _page_lines(pdf)
    assert [line.split("\t")[0] for line in lines if "\t" in line] == [f"3-104-552{n}-09" for n in range(3)]


def test_one_column_with_a_label_and_value_reads_as_before():
    pdf = _pdf()
    _column(pdf, 40, 80, 500, _PARKS)
    pdf.set_xy(40, 200)
    pdf.cell(100, 13, "Account No.:")
    pdf.set_xy(300, 200)
    pdf.cell(100, 13, "3-104-5521-09")
    document = extract("https://example.org/notice.pdf", bytes(pdf.output()))
    lines = [s.text for s in document.segments if s.location.page == 1]
    assert lines[-1] == "Account No.:\t3-104-5521-09"
    assert _words(" ".join(lines[:-1])) == _words(_PARKS)


def _words_of(line: str, y: float, x: float = 0.0, size: float = 10.0) -> list[Word]:
    """Words of one line set in a fixed-width font of ``size``, from ``x``; two spaces in a row make a wider gap."""
    words, position = [], x
    for token in line.split(" "):
        if token:
            words.append(Word(token, position, y, position + 0.6 * size * len(token), y + size))
            position += 0.6 * size * len(token)
        position += 0.6 * size
    return words


def test_columns_of_ocr_lines_are_read_one_after_another():
    """OCR'd lines go through the same layout: two columns of a scanned newsletter, given as one run per line."""
    left = ["the river trail was cleaned by", "volunteers from the youth league", "after the storm in early April,",
            "and new trees were planted too."]
    right = ["the library extended its hours", "on weekdays and added a desk", "for homework help staffed by",
             "students from the high school."]
    runs = [_words_of(a, 700 - 14 * n) + _words_of(b, 700 - 14 * n, x=250) for n, (a, b) in enumerate(zip(left, right))]
    assert lines_of(runs) == left + right


def test_a_page_without_two_pieces_on_a_line_is_returned_as_it_is():
    pieces = [Piece([w], w.x0, w.y0, w.x1, w.y1) for w in _words_of("one", 700) + _words_of("two", 680)]
    lines = visual_lines(pieces)
    assert columns(lines) is lines
    assert reading_lines(pieces) == lines


def test_rows_without_digits_under_a_header_are_not_joined():
    """A row with an empty cell under a full row is not a wrapped header: the table's header is above it."""
    pdf = _pdf()
    _table(pdf, 80, [130, 150, 100, 80], ["Name", "Department", "Title", "Office"],
           [["Grace Kim", "Public Works", "Engineer", "Annex"], ["Tomas Herrera", "Finance", "", ""],
            ["Darnell Brooks", "Library", "Librarian", "Main"]])
    assert _page_lines(pdf)[1:3] == ["Grace Kim\tPublic Works\tEngineer\tAnnex", "Tomas Herrera\tFinance"]


def _found(pdf: FPDF) -> set[tuple[str, str]]:
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    document = extract("https://example.org/newsletter.pdf", bytes(pdf.output()))
    return {(d.category, d.value) for d in scan_document(document, load_detectors())}


def test_a_customer_record_in_the_second_column_is_found():
    pdf = _pdf()
    _title_and_footer(pdf)
    _column(pdf, 40, 80, 250, _PARKS + " " + _LIBRARY)
    _column(pdf, 322, 80, 250, _RECORD)
    assert {("customer_name", "Ms. Adriana Velasquez"),
            ("address", "2291 North Hamilton Boulevard, Pomona, California 91768"),
            ("energy_usage", "1,340 kWh"), ("phone", "909-555-0187")} <= _found(pdf)


def test_the_usage_column_under_a_wrapped_header_is_read_as_usage():
    pdf = _pdf()
    _table(pdf, 80, [130, 150, 100, 80], ["Customer", "Service\nAddress", "Account\nNumber", "Usage (kWh)"],
           _CUSTOMERS)
    found = _found(pdf)
    assert {("customer_name", row[0]) for row in _CUSTOMERS} <= found
    assert {("energy_usage", row[3]) for row in _CUSTOMERS} <= found


def _text_lines(lines: list[str], font: str = "helvetica") -> list[str]:
    pdf = _pdf()
    pdf.set_font(font, size=10)
    for number, line in enumerate(lines):
        pdf.text(40, 80 + 14 * number, line)  # one string a line, its columns set apart with spaces
    return _page_lines(pdf)


def test_columns_set_apart_by_spaces_in_one_string_are_cells():
    pdf = _pdf()
    pdf.set_font("helvetica", size=10)
    for number, line in enumerate(["Rebate #   Customer              Service Address        Acct No.",
                                   "RB-2210   Dennis Okafor        907 E Holt Ave          5520461-18",
                                   "RB-2211   Marisol Quintero     1184 N Garey Ave        5520477-02"]):
        pdf.text(40, 80 + 14 * number, line)  # one string a line, its columns set apart with spaces
    document = extract("https://example.org/rebates.pdf", bytes(pdf.output()))
    cells = [(s.label, s.text) for s in document.segments if s.label]
    assert cells == [("Rebate #", "RB-2210"), ("Customer", "Dennis Okafor"), ("Service Address", "907 E Holt Ave"),
                     ("Acct No.", "5520461-18"), ("Rebate #", "RB-2211"), ("Customer", "Marisol Quintero"),
                     ("Service Address", "1184 N Garey Ave"), ("Acct No.", "5520477-02")]
    pdf = _pdf()
    for number, line in enumerate(["Rebate #   Customer              Service Address        Acct No.",
                                   "RB-2210   Dennis Okafor        907 E Holt Ave          5520461-18"]):
        pdf.text(40, 80 + 14 * number, line)
    assert ("customer_name", "Dennis Okafor") in _found(pdf)


def test_a_sentence_s_end_and_justified_words_are_no_column_gap():
    assert _text_lines(["The council met on Tuesday.  It adopted the budget and the parks plan for 2025."]) == [
        "The council met on Tuesday. It adopted the budget and the parks plan for 2025."]
    pdf = _pdf()
    pdf.set_xy(40, 80)
    pdf.multi_cell(250, 13, _PARKS, align="J")  # justified: word gaps stretched, one width a line
    lines = _page_lines(pdf)
    assert len(lines) > 3 and not any("\t" in line for line in lines)


_CASE_LEFT = ["In the first case this winter, the", "resident Dennis Okafor of 907 E", "Holt Ave disputed a bill for 1,422",
              "kWh and asked that the meter be", "tested before the next cycle."]
_CASE_RIGHT = ["A second caller, the tenant", "Marisol Quintero, asked us to", "call back at (909) 555-0147",
               "about a bill of 388 kWh for", "August, and a payment plan was set up for her."]


def _hand_set(pdf: FPDF, x: float, lines: list[str]) -> None:
    for number, line in enumerate(lines):
        pdf.text(x, 80 + 13 * number, line)


def test_a_column_of_prose_beside_one_set_by_hand_is_read_column_by_column():
    pdf = _pdf()
    _hand_set(pdf, 40, _CASE_LEFT)
    _hand_set(pdf, 300, _CASE_RIGHT)  # its last line the longest: not wrapped at one width
    assert _page_lines(pdf) == _CASE_LEFT + _CASE_RIGHT
    assert {("phone", "(909) 555-0147"), ("energy_usage", "388 kWh")} <= _found(pdf)


def test_a_column_of_titles_beside_prose_stays_rows():
    pdf = _pdf()
    _hand_set(pdf, 40, _CASE_LEFT)
    titles = ["Holt Avenue Street Resurfacing", "Garey Park Restroom Renovation", "Civic Center Roof Repair Work",
              "Mission Boulevard Signal Upgrade", "Library Parking Lot Lighting"]
    _hand_set(pdf, 300, titles)
    assert _page_lines(pdf) == [f"{left}\t{right}" for left, right in zip(_CASE_LEFT, titles)]


def test_a_column_of_capitalised_sentences_beside_a_customers_story_is_a_column():
    """The left column's lines go on with names, capitals and figures, not lower-case words (red team docs19): a
    column of sentences still, beside a story whose lines go on in lower case."""
    pdf = _pdf()
    left = ["The Board approved the Pillar Mountain", "Wind Turbine 4 contract with Northern",
            "Lights Electrical Contractors LLC for", "$4.2 million at the March 3 meeting.",
            "Construction starts in June 2026."]
    right = ["The customer, Yaryna Tkachenko, who receives", "service at 4370 Sargent Ct Apt 16, called the office",
             "from 907-210-9597 to dispute a bill of 2,577 kWh", "on Water Acct No. W700-1075. Staff replied by",
             "email to ytkachenko@yahoo.com."]
    for k, (a, b) in enumerate(zip(left, right)):
        pdf.set_xy(40, 80 + 13 * k)
        pdf.cell(250, 13, a)
        pdf.set_xy(322, 80 + 13 * k)
        pdf.cell(250, 13, b)
    lines = _page_lines(pdf)
    assert lines == left + right


def test_a_table_with_a_wide_description_beside_wrapped_notes_stays_rows():
    pdf = _pdf()
    rows = [("Pole replacement on Mill Bay Rd", "crews replaced two poles and restrung"),
            ("Feeder 12 tree trimming project", "work finished ahead of the storm season"),
            ("Substation fence repair work", "contractor billed under the annual contract")]
    for k, (a, b) in enumerate(rows):
        pdf.set_xy(40, 80 + 13 * k)
        pdf.cell(250, 13, a)
        pdf.set_xy(322, 80 + 13 * k)
        pdf.cell(250, 13, b)
    assert _page_lines(pdf) == [f"{a}\t{b}" for a, b in rows]
