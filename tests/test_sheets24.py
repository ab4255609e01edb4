"""Spreadsheets in less common parts and formats (red team sheets24): Excel's XML Spreadsheet 2003 saved as .xls or
.xml, a sheet's tab name, Excel's text formulas in a CSV (="(562) ..."), a second table further down a sheet. Each
with a city's public workbook of the same shape staying silent."""
from __future__ import annotations

import io

from openpyxl import Workbook

from crawler.extract import extract
from crawler.extract.sniff import SPREADSHEETML, sniff_type
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors()
SITE = "https://www.cityofbrookvale.gov/utilities/docs/"


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    document = extract(SITE + name, body, None)
    return {(d.category, d.value) for d in scan_document(document, DETECTORS)}


def values(name: str, body: bytes) -> set[str]:
    return {value for _, value in found(name, body)}


def spreadsheet_2003(*sheets: str, styles: str = "") -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"'
            ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'
            ' xmlns:html="http://www.w3.org/TR/REC-html40">'
            f'<Styles>{styles}</Styles>{"".join(sheets)}</Workbook>').encode()


def worksheet(name: str, rows: list[list[str]], options: str = "") -> str:
    def cell(value: str) -> str:
        if value.startswith("<"):  # written by the test as the cell's own XML
            return value
        kind = "Number" if value.replace(".", "").isdigit() else "String"
        return f'<Cell><Data ss:Type="{kind}">{value}</Data></Cell>'
    body = "".join("<Row>" + "".join(cell(v) for v in row) + "</Row>" for row in rows)
    return f'<Worksheet ss:Name="{name}"><Table>{body}</Table>{options}</Worksheet>'


# --- XML Spreadsheet 2003 ---------------------------------------------------------------------------------------

TRUE_UP = worksheet("Levelized", [
    ["Customer Name", "Account Number", "Service Address", "Phone"],
    ["Marguerite Okonkwo", "7310462285", "4418 Tamsworth Ct", "(951) 604-2297"],
    ["Desmond Achterberg", "7310589914", "9127 Quillfeather Rd", "(951) 388-4160"],
])


def test_spreadsheet_2003_saved_as_xls_is_sniffed_and_read_as_a_workbook():
    body = spreadsheet_2003(TRUE_UP)
    assert sniff_type(SITE + "true_up.xls", "application/vnd.ms-excel", body) == SPREADSHEETML
    assert sniff_type(SITE + "true_up.xml", "text/xml", body) == SPREADSHEETML
    got = values("true_up.xls", body)
    assert {"Marguerite Okonkwo", "7310462285", "(951) 604-2297", "Desmond Achterberg"} <= got
    assert any("4418 Tamsworth" in value for value in got)


def test_spreadsheet_2003_index_skips_comments_and_hidden_sheet():
    sheet = worksheet("Review", [
        ["Customer Name", '<Cell ss:Index="3"><Data ss:Type="String">Account Number</Data></Cell>', "Phone"],
        ["Ignatius Verhoeven", '<Cell ss:Index="3"><Data ss:Type="Number">7310775420</Data>'
                               '<Comment ss:Author="CSR"><ss:Data>Called back from (909) 512-7734</ss:Data></Comment>'
                               '</Cell>', "(909) 441-6019"],
    ], options='<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible>'
               '</WorksheetOptions>')
    document = extract(SITE + "review.xml", spreadsheet_2003(sheet), None)
    cells = {segment.location.element: segment for segment in document.segments if segment.hidden != "cell comment"}
    assert cells["Review!C2"].text == "7310775420" and cells["Review!C2"].label == "Account Number"
    assert cells["Review!C2"].hidden == "hidden sheet"
    assert any(s.text == "Called back from (909) 512-7734" and s.hidden == "cell comment" for s in document.segments)
    assert {"Ignatius Verhoeven", "7310775420"} <= {value for _, value in found("review.xml", spreadsheet_2003(sheet))}


def test_spreadsheet_2003_public_roster_stays_silent():
    roster = worksheet("Council", [
        ["Office", "Council Member", "City Hall Phone", "Email"],
        ["District 1", "Mayor Pro Tem", "(951) 736-2200", "council@cityofbrookvale.gov"],
        ["Utilities", "Customer Service", "(951) 736-2300", "utilities@cityofbrookvale.gov"],
    ])
    assert found("council.xls", spreadsheet_2003(roster)) == set()


def test_other_xml_is_not_a_spreadsheet():
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Brookvale news</title></channel></rss>'
    assert sniff_type(SITE + "news.xml", "text/xml", feed) != SPREADSHEETML


# --- a sheet's tab name -------------------------------------------------------------------------------------------

def workbook(*sheets: tuple[str, list[list]], hidden: tuple[str, ...] = ()) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title in hidden:
            sheet.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


MONTHS = [["Bill month", "Usage", "Demand"], ["", "(kWh)", "(kW)"], ["2026-03", 1380, 4.2], ["2026-04", 1455, 4.6]]


def test_a_tab_naming_an_account_is_read_and_found():
    body = workbook(("VANTERPOOL 3-027-6614-05", MONTHS), ("OYELARAN 3-052-9180-47", MONTHS))
    document = extract(SITE + "high_bills.xlsx", body, None)
    tab = next(s for s in document.segments if s.text == "VANTERPOOL 3-027-6614-05")
    assert tab.hidden is None and tab.location.element.endswith("(sheet name)")
    assert {"3-027-6614-05", "3-052-9180-47"} <= values("high_bills.xlsx", body)


def test_a_tab_name_in_xml_spreadsheet_2003_is_read():
    sheet = worksheet("OYELARAN 3-052-9180-47", [["Bill month", "kWh"], ["2026-03", "1380"]])
    assert "3-052-9180-47" in values("high_bills.xls", spreadsheet_2003(sheet))


def test_a_hidden_sheet_tab_is_read_as_hidden():
    body = workbook(("Summary", [["Total", 12]]), ("Lookup 3-027-6614-05", [["x", 1]]), hidden=("Lookup 3-027-6614-05",))
    tab = next(s for s in extract(SITE + "x.xlsx", body, None).segments if s.text == "Lookup 3-027-6614-05")
    assert tab.hidden == "hidden sheet"


def test_public_tab_names_stay_silent():
    budget = [["Fund", "Dept", "FY26 Budget"], ["Electric", "Utilities", 8100000]]
    body = workbook(("FY26 Budget", budget), ("Parks & Recreation", budget), ("Fund 501-4410", budget),
                    ("Council District 3", budget), ("Main St Substation", budget), ("Sheet1", budget))
    assert found("budget.xlsx", body) == set()


# --- Excel text formulas in a CSV ---------------------------------------------------------------------------------

def test_excel_text_formula_cells_are_read_as_their_text():
    body = ("Name,Acct,Service Address,Phone,Email,72-Hr Call Made\n"
            'Priscila Haddad,="0061547328",2206 Brindlecrest Way,="(562) 780-3195",phaddad71@yahoo.com,Y\n'
            'Tobias Quennell,"=""0061598804""",8840 Sorrelgate Ave,"=""(562) 219-6640""",tquennell@gmail.com,N\n')
    document = extract(SITE + "notices.csv", body.encode(), None)
    texts = {s.text for s in document.segments}
    assert {"0061547328", "(562) 780-3195", "(562) 219-6640"} <= texts
    assert {"(562) 780-3195", "(562) 219-6640"} <= values("notices.csv", body.encode())


def test_other_formulas_and_public_text_formula_cells_stay_as_they_are():
    body = ("Department,Contact,Desk Phone,Cost Center,Total\n"
            'Utility Billing,Customer Service,="(562) 570-5700",="00410",=SUM(B2:B9)\n'
            'Public Works,Permit Counter,="(562) 570-6383",="00520",=A1&"x"\n')
    document = extract(SITE + "directory.csv", body.encode(), None)
    texts = {s.text for s in document.segments}
    assert {"(562) 570-5700", "00410", "=SUM(B2:B9)", '=A1&"x"'} <= texts
    assert found("directory.csv", body.encode()) == set()


# --- a second table further down a sheet --------------------------------------------------------------------------

def stacked(lower: list[list], caption: str | None = "Attachment C - customers served by the circuit") -> bytes:
    load = [["Circuit 22 substation load, public planning data"], ["Interval start", "MW", "MVAR"]]
    load += [[f"2026-02-0{day} 00:00", 6.1 + day, 1.4] for day in range(1, 8)]
    return workbook(("Circuit 22", load + [[], []] + ([[caption]] if caption else []) + lower))


CUSTOMERS = [["Name", "Address", "Phone", "Life support"],
             ["Rosalind Featherstone", "6615 Amberlith Ave", "9517208834", "Oxygen concentrator"],
             ["Teodoro Balasubramanian", "302 Wrenfield Ct", "(951) 330-5178", "Ventilator"]]


def test_a_second_table_under_blank_rows_and_a_caption_has_its_own_header():
    document = extract(SITE + "circuit22.xlsx", stacked(CUSTOMERS), None)
    cells = {segment.location.element: segment for segment in document.segments}
    assert cells["'Circuit 22'!B2"].text == "MW" and cells["'Circuit 22'!B4"].label == "MW"  # the first table kept
    assert cells["'Circuit 22'!A14"].label == "Name" and cells["'Circuit 22'!C14"].label == "Phone"
    got = values("circuit22.xlsx", stacked(CUSTOMERS))
    assert {"Rosalind Featherstone", "9517208834", "(951) 330-5178", "Teodoro Balasubramanian"} <= got


def test_a_second_table_without_a_caption_has_its_own_header():
    document = extract(SITE + "circuit22.xlsx", stacked(CUSTOMERS, caption=None), None)
    cells = {segment.location.element: segment for segment in document.segments}
    assert cells["'Circuit 22'!C13"].label == "Phone"


def test_public_second_table_and_totals_under_a_gap_stay_silent():
    facilities = [["Facility", "Address", "Phone"], ["Civic Center Annex", "2100 Harborview Blvd", "(951) 736-2200"],
                  ["Corporation Yard", "455 Ironbark Rd", "(951) 736-2410"]]
    assert found("circuit22.xlsx", stacked(facilities, caption="Facilities on the circuit")) == set()
    totals = [["Total", 88.4, 9.8]]
    document = extract(SITE + "circuit22.xlsx", stacked(totals, caption=None), None)
    cells = {segment.location.element: segment for segment in document.segments}
    assert cells["'Circuit 22'!B12"].label == "MW"  # a totals row under a gap stays in its table
