"""Red team city23: a short PDF table of customers with no header row, a Word cell holding a name over an address,
and homes on numbered highways with a unit after the road's number.

A headerless table's account column may hold the keys of several billing systems ("K-448213-6", "ELC55102938",
"8304417726", "5512-80334-07"): no one shape has most of its cells, yet every cell is a record key, so ten rows
are read as thirty are, a name no list knows beside an account is the customer's ("Ysolde Qu"), and a column of
whole figures beside the customers' accounts is their usage. Headerless
lists of officials, facilities and permits stay public, and so do figures that are days, ZIP codes or numbering."""
from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from fpdf import FPDF

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_WIDTHS = (40, 55, 60, 25)
_CUSTOMERS = [("K-448213-6", "Rosalba Quintero", "318 Thistle Creek Rd", "1204"),
              ("8304417726", "Emmerich Valdstein", "77 Bur Oak Trl #12", "689"),
              ("ELC55102938", "Priscilla Ahenkorah", "2406 Ocotillo Bend", "2317"),
              ("K-509774-1", "Leopold Marchetti", "15 Saltgrass Ln Lot 9", "455"),
              ("5512-80334-07", "Yesenia Barraza", "9031 Blackland Pass", "1876"),
              ("GS820044716305", "Tobias Wrenfield", "64 Mesquite Trl Apt 2C", "3120"),
              ("4471-20983-02", "Ysolde Qu", "1190 Prickly Pear Way", "742"),
              ("K-661092-8", "Casimir Dombrowski", "503 Limestone Ridge Dr", "2658"),
              ("7159930284", "Ifeoma Castellano", "28 Redbud Hollow Ct", "981"),
              ("ELC60817344", "Anselm Vasquez-Torre", "4412 Cinnamon Hill Rd", "1533")]


def _pdf(title: str, rows: list[tuple[str, ...]], widths: tuple[int, ...] = _WIDTHS) -> bytes:
    """A title line and rows of cells drawn with fpdf2's ``cell()``: no header row, no ruling."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    for row in rows:
        for width, text in zip(widths, row):
            pdf.cell(width, 5, text)
        pdf.ln(5)
    return bytes(pdf.output())


def _found(body: bytes, url: str = "https://www.mesquitecreektx.gov/board/packet-2025-11.pdf") -> set[tuple[str, str]]:
    return {(d.category, d.value) for d in scan_document(extract(url, body), load_detectors())}


def _every_value(rows) -> set[tuple[str, str]]:
    return {pair for account, name, street, kwh in rows for pair in (
        ("account_number", account), ("customer_name", name), ("address", street), ("energy_usage", kwh))}


@pytest.mark.parametrize("count", [4, 10])
def test_a_short_headerless_pdf_table_of_accounts_of_several_systems_is_a_customer_table(count):
    rows = _CUSTOMERS[:count]
    found = _found(_pdf("ATTACHMENT C - Life-support certifications expiring in December", rows))
    assert _every_value(rows) <= found


def test_a_headerless_table_s_usage_column_is_reported_with_thirty_rows_too():
    rows = [(account, name, street, str(int(kwh) + 37 * i)) for i in range(3) for account, name, street, kwh
            in _CUSTOMERS]
    found = _found(_pdf("EXHIBIT A - Customers on levelized billing", rows))
    assert {("energy_usage", row[3]) for row in rows} <= found


def test_a_headerless_csv_export_of_customers_gives_their_usage_too():
    body = "\n".join(",".join(row) for row in _CUSTOMERS[:5]).encode()
    assert _every_value(_CUSTOMERS[:5]) <= _found(body, "https://www.mesquitecreektx.gov/utility/export.csv")


@pytest.mark.parametrize("figures", [
    ["30", "60", "90", "30", "60", "30", "90", "60", "30", "60"],  # days past due: they repeat
    ["78624", "78610", "78624", "78737", "78610", "78620", "78669", "78652", "78641", "78613"],  # ZIP codes
    [str(n) for n in range(11, 21)],  # the rows' numbers
    ["1204.50", "689.12", "2317.00", "455.75", "1876.20", "3120.05", "742.40", "2658.90", "981.10", "1533.33"],
])
def test_a_headerless_customer_table_s_other_figures_are_no_usage(figures):
    rows = [(account, name, street, figure) for (account, name, street, _), figure in zip(_CUSTOMERS, figures)]
    found = _found(_pdf("ATTACHMENT C - Accounts referred to collections", rows))
    assert {("customer_name", row[1]) for row in rows} <= found
    assert not {value for category, value in found if category == "energy_usage"}


_OFFICIALS = [("Mayor", "Theodora Blankenship", "101 E Comal St", "(512) 730-2001"),
              ("Mayor Pro Tem", "Augustin Ferreira", "101 E Comal St", "(512) 730-2002"),
              ("City Manager", "Winifred Osei", "101 E Comal St", "(512) 730-2010"),
              ("City Secretary", "Percival Haugland", "101 E Comal St", "(512) 730-2011"),
              ("Finance Director", "Lucinda Varga", "101 E Comal St", "(512) 730-2020"),
              ("Utility Billing Manager", "Everett Nakamura", "640 Depot St", "(512) 730-2150"),
              ("Public Works Director", "Solveig Amundsen", "640 Depot St", "(512) 730-2200"),
              ("Police Chief", "Barnaby Okafor", "220 Railroad Ave", "(512) 730-2300"),
              ("Fire Chief", "Henrietta Caballero", "224 Railroad Ave", "(512) 730-2400"),
              ("Library Director", "Cornelius Vidal", "35 Library Ln", "(512) 730-2500")]
_FACILITIES = [("Mesquite Creek Library", "35 Library Ln", "(512) 730-2500", "12400"),
               ("Dry Creek Recreation Center", "910 Sunset Park Dr", "(512) 730-2600", "18250"),
               ("Senior Center", "48 Pecan St", "(512) 730-2610", "6300"),
               ("Lift Station 6", "9100 Ranch Road 3238", "(512) 730-2210", "450"),
               ("Water Treatment Plant", "1200 FM 1626", "(512) 730-2220", "22100"),
               ("Fire Station 3", "87 County Road 118", "(512) 730-2402", "9100"),
               ("Animal Shelter", "655 Highway 290 Unit 3", "(512) 730-2700", "5400"),
               ("Municipal Court", "212 E Comal St", "(512) 730-2800", "7000"),
               ("Aquatic Center", "700 Sunset Park Dr", "(512) 730-2650", "3100"),
               ("Service Center", "640 Depot St", "(512) 730-2200", "30500")]
_PERMITS = [("BP-25-0512", "Rutherford Pilkington", "1187 Thistle Creek Rd", "48500"),
            ("BP-25-0513", "Anneliese Dorfmann", "22 Saltgrass Ln", "12250"),
            ("BP-25-0519", "Caspian Ferreira", "3090 Ocotillo Bend", "7800"),
            ("EL-25-0102", "Oluwaseun Adeyemi", "415 Redbud Hollow Ct", "2150"),
            ("BP-25-0520", "Wilhelmina Strand", "77 Ranch Road 3238 Apt 2", "63000"),
            ("PL-25-0088", "Thaddeus Moreau", "19 Blackland Pass", "950"),
            ("BP-25-0522", "Genoveva Castellanos", "812 FM 1626 Lot 7", "15400"),
            ("BP-2025-00431", "Horatio Blackwood", "6 Limestone Ridge Dr", "33000"),
            ("EL-25-0110", "Priyanka Deshmukh", "250 Prickly Pear Way", "4100"),
            ("BP-2025-00440", "Ignatius Kowalczyk", "1400 Cinnamon Hill Rd", "87500")]


@pytest.mark.parametrize("title, rows, widths", [
    ("Directory of City Officials", _OFFICIALS, (45, 50, 45, 35)),
    ("City facilities and floor areas (sq ft)", _FACILITIES, (55, 50, 35, 20)),
    ("Building permits issued in October", _PERMITS, _WIDTHS),
])
def test_a_short_headerless_pdf_list_of_public_entries_stays_clean(title, rows, widths):
    assert _found(_pdf(title, rows, widths)) == set()


def _word_table(header: list[str], rows: list[list[str]]) -> bytes:
    document = WordDocument()
    document.add_paragraph("Customers referred for budget counselling")
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for r, row in enumerate([header, *rows]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _word_found(body: bytes) -> set[tuple[str, str]]:
    return _found(body, "https://www.mesquitecreektx.gov/utility/referrals.docx")


@pytest.mark.parametrize("header", ["Name / Address", "Customer", "Name and Service Address"])
def test_a_word_cell_of_a_name_over_an_address_is_a_name_and_an_address(header):
    body = _word_table([header, "Oct kWh", "Acct"], [["Wendeline Okwuosa\n4127 Sotol Ridge Rd", "2291", "7740318829"],
                                                    ["Bartholomew Ngata\n58 Agave Spur Ln Apt 3", "816", "7740552107"]])
    found = _word_found(body)
    assert {("customer_name", "Wendeline Okwuosa"), ("address", "4127 Sotol Ridge Rd"),
            ("customer_name", "Bartholomew Ngata"), ("address", "58 Agave Spur Ln Apt 3")} <= found
    assert not any("\n" in value for _, value in found)


def test_a_word_cell_of_an_address_over_its_town_stays_one_address():
    body = _word_table(["Customer", "Service Address", "Acct"],
                       [["Wendeline Okwuosa", "4127 Sotol Ridge Rd\nMesquite Creek, TX 78666", "7740318829"]])
    addresses = {value for category, value in _word_found(body) if category == "address"}
    assert addresses and all(value.startswith("4127 Sotol Ridge Rd") for value in addresses)


def test_a_word_cell_of_a_facility_over_its_address_stays_clean():
    body = _word_table(["Facility / Address", "Hours", "Phone"],
                       [["Senior Center\n48 Pecan St", "8-5", "(512) 730-2610"],
                        ["Animal Shelter\n655 Highway 290 Unit 3", "10-6", "(512) 730-2700"]])
    assert _word_found(body) == set()


_HIGHWAY_HOMES = ["20 Ranch Road 3238 Apt 4B", "614 FM 1626 Unit 12", "9 County Road 118 #3", "4410 State Route 9 Lot 7",
                  "75 Highway 290 Apt 2", "812 Farm to Market Road 1626 Apt 5", "31 Ranch Road 3238"]


@pytest.mark.parametrize("street", _HIGHWAY_HOMES)
def test_a_home_on_a_numbered_highway_with_a_unit_is_an_address(street):
    body = f"Account,Service Address\nW-330418-2,{street}\nW-330419-0,18 Sotol Ridge Rd\n".encode()
    found = _found(body, "https://www.mesquitecreektx.gov/utility/moves.csv")
    assert ("address", street) in found


def test_a_highway_project_list_names_no_one_s_home():
    body = ("Project,Location,Budget\nOverlay,Ranch Road 3238 from FM 1626 to County Road 118,\"$420,000\"\n"
            "Drainage,Highway 290 Unit 12 crossing,\"$96,500\"\nSidewalks,State Route 9 Lot 7 frontage,\"$58,000\"\n")
    assert _found(body.encode(), "https://www.mesquitecreektx.gov/cip/projects.csv") == set()
