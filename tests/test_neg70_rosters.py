"""neg70 red team: the City's rosters under round 69's record rules. A headerless table of people with addresses and
phones whose column names their posts (a council district, a commission, a job title, a term of office) is a roster of
officials or staff, not a customer list, and so is one of shop owners beside their shops ("Auto Glass" is a trade); a
staff roster's "Badge #" is an employee's, not a meter's badge number; an office's unit ("Water Resources") opening an
item is no one's name. Customers' rows in the same shapes stay found."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/council/offices.html"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def _table(*rows: tuple[str, ...]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def _cells_pdf(title: str, rows: list[tuple[str, ...]]) -> bytes:
    """A one-page PDF of a title and a table drawn cell by cell, with no header row."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    for row in rows:
        for cell in row:
            pdf.cell(190 / len(row), 6, cell, border=1)
        pdf.ln()
    return bytes(pdf.output())


def _found(pairs, kind: str) -> set[str]:
    return {value for k, value in pairs if k == kind}


@pytest.mark.parametrize("title,rows", [
    ("Council District Offices", [("Mayor", "Honoria Echeverria", "2680 Anaheim St", "(951) 677-2277"),
                                  ("Dist. 2", "Eustace Gallardo", "3025 Hollowell Ave", "(626) 847-1592"),
                                  ("Dist. 3", "Rich Thach", "3827 Westmont Dr", "(909) 656-9269")]),
    ("Qualified Candidates", [("Isadora Sandoval", "City Council District 1", "2129 Quarry Oaks Ct", "(626) 688-4439"),
                              ("Prudencia Banuelos", "City Council District 3", "1872 Monterey Ave", "(909) 756-5363"),
                              ("Joy Banuelos", "City Council District 3", "225 Hollowell Ave", "(909) 854-1150")]),
    ("Council District Offices", [("District 1", "Hermenegildo Dunleavy", "1804 Quarry Oaks Ct", "(909) 620-2291"),
                                  ("District 2", "Consuelo Mekonnen", "3143 Tejon Pl", "(909) 620-2292"),
                                  ("District 3", "Rich Adebayo", "877 Kenoak Dr", "(909) 620-2293"),
                                  ("District 4", "Zenaida Church", "1094 Westmont Dr", "(909) 620-2294")]),
    ("Board and Commission Appointees", [
        ("Salud Adebayo", "PCE Advisory Board", "Term ends 6/30/2028", "1980 Ellen Pl", "(951) 861-1093"),
        ("Severino Yarborough", "Planning Commission", "Term ends 6/30/2029", "1845 Hollowell Ave", "(626) 673-4274"),
        ("Rosario Huynh", "Community Life Commission", "Term ends 6/30/2027", "106 Anaheim St", "(951) 639-8506")]),
    ("Utility Billing Team", [("Prudencia Ocampo", "Billing Supervisor", "505 S. Garey Ave", "(626) 412-7720"),
                              ("Florentino Quarles", "Account Clerk II", "505 S. Garey Ave", "(626) 412-7721"),
                              ("Isadora Tremblay", "Meter Reader", "148 N. Huntington St", "(626) 412-7722")]),
    ("PCE Staff", [("Clemente Duong", "Customer Care Agent", "148 N. Huntington St", "(909) 479-8551"),
                   ("Rosario Banuelos", "Customer Care Agent", "505 S. Garey Ave", "(909) 356-9536"),
                   ("Amparo Okafor", "Utility Billing Lead", "148 N. Huntington St", "(626) 478-3152")]),
    ("Park Volunteer Contacts", [("Severino Rasmussen", "Volunteer", "865 E Grand Ave", "(951) 668-5533"),
                                 ("Honoria Fitzwilliam", "Docent", "148 N. Huntington St", "(626) 498-3700"),
                                 ("Consuelo Ocampo", "Park Ambassador", "148 N. Huntington St", "(951) 619-9329")]),
])
def test_headerless_roster_whose_column_names_posts_stays_public(title, rows):
    pairs = pairs_found(PAGE, _page(title, _table(*rows)), "text/html")
    assert not {k for k, _ in pairs} & {"customer_name", "address", "phone"}


def test_appointees_cells_in_a_pdf_with_their_commission_and_term_stay_public():
    rows = [("Salud Adebayo", "PCE Advisory Board", "Term ends 6/30/2028", "1980 Ellen Pl", "(951) 861-1093"),
            ("Severino Yarborough", "Planning Commission", "Term ends 6/30/2029", "1845 Hollowell Ave",
             "(626) 673-4274"),
            ("Rosario Huynh", "Community Life Commission", "Term ends 6/30/2027", "106 Anaheim St", "(951) 639-8506"),
            ("Mercedes Umberger", "Planning Commission", "Term ends 6/30/2028", "232 Kenoak Dr", "(909) 385-1273")]
    pairs = pairs_found("https://www.cityofexample.org/clerk/appointees.pdf",
                        _cells_pdf("Board and Commission Appointees", rows), "application/pdf")
    assert not {k for k, _ in pairs} & {"customer_name", "address", "phone"}


def test_headerless_business_honorees_beside_their_shops_stay_public():
    rows = [("Rosario Oyelowo", "Blue Agave Taqueria", "1069 Garey Ave", "(951) 414-1063",
             "Small Business of the Month"),
            ("Grace Banuelos", "Sunrise Nail Spa", "1452 Holt Ave", "(909) 436-9843", "Small Business of the Month"),
            ("Victoria Ocampo", "Fairplex Cycles", "2134 Mission Blvd", "(909) 730-2127", "Green Business Award"),
            ("Grace Zelaya", "Garey Auto Glass", "2970 Mission Blvd", "(909) 476-1675", "Small Business of the Month")]
    pairs = pairs_found(PAGE, _page("Business Honorees", _table(*rows)), "text/html")
    assert not {k for k, _ in pairs} & {"customer_name", "address", "phone"}


def test_headerless_customer_rows_with_a_district_and_usage_stay_found():
    rows = [("Salud Whitlock-Ames", "3743 Halstead Dr", "9094017735", "District 3", "1367kWh"),
            ("Consolacion Barragan", "8744 Fennimore St", "9094343840", "District 5", "1305kWh"),
            ("Thaddeus Wells", "7090 Sandpiper Ln", "9514058899", "District 1", "1864kWh")]
    pairs = pairs_found(PAGE, _page("Field Visits", _table(*rows)), "text/html")
    assert {"Salud Whitlock-Ames", "Thaddeus Wells"} <= _found(pairs, "customer_name")
    assert "3743 Halstead Dr" in _found(pairs, "address")


def test_staff_rosters_badge_column_is_no_account():
    csv = ("Last,First,Badge #,Position,Work Location\n"
           "Zelaya,Joy,B69416,Park Ranger,865 E Grand Ave\n"
           "Kettleborough,Eustace,B43812,Meter Reader,148 N. Huntington St\n"
           "Oyelowo,Victoria,B84790,Code Officer,505 S. Garey Ave\n")
    pairs = pairs_found("https://www.cityofexample.org/hr/badges.csv", csv, "text/csv")
    assert not {k for k, _ in pairs} & {"account_number", "customer_name", "address"}


def test_a_meters_badge_in_a_customers_export_stays_an_account():
    csv = ("Customer,Service Address,Badge #,kWh\n"
           "Eustace Kettleborough,4410 Sierra Vista Dr,V15B986516,1380\n"
           "Victoria Oyelowo,1192 Tamarack Pl,V15B986517,940\n")
    pairs = pairs_found("https://www.cityofexample.org/files/route.csv", csv, "text/csv")
    assert "V15B986516" in _found(pairs, "account_number")


def test_an_offices_unit_opening_an_item_is_no_customer():
    body = ("<p>Interfund payment arrangements.</p><ul><li>Water Resources, 2-47-677-9753, balance $4,120.55</li>"
            "<li>Human Resources, 2-47-677-9754, balance $310.00</li>"
            "<li>Anacleto Zendejas, 3-221-884-9017, balance $744.74</li></ul>")
    pairs = pairs_found(PAGE, _page("Payment Arrangements", body), "text/html")
    names = _found(pairs, "customer_name")
    assert "Anacleto Zendejas" in names
    assert not {"Water Resources", "Human Resources"} & names
