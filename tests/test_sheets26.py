"""Odd-shaped utility spreadsheets (red team sheet26): tables stacked in one CSV, multi-line cells holding a
customer's name, address and phone (a quoted CSV cell, an HTML cell of <br> lines), Excel HTML exports with a
title row spanning the columns, a pivot's sums. Each with a city's public table of the same shape staying silent."""
from __future__ import annotations

from tests.detector_helpers import values_found, xlsx

SITE = "https://www.cityofbrookvale.gov/utilities/docs/"
PEOPLE = ("customer_name", "address", "phone", "email", "account_number", "energy_usage")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(SITE + name, body, PEOPLE)


def flat(name: str, body: str | bytes) -> set[str]:
    return {value for values in found(name, body).values() for value in values}


# --- F1: tables stacked in one CSV, a blank line between them ------------------------------------------------------

STACKED = """Acct No,Customer,Phone
4471902236,Rosalind Marchbanks,(562) 318-4470
4471902237,Teodoro Vasquez-Lind,(562) 318-4471

Firm,Contact,Phone,CSLB License
Brightwater Roofing & Solar LLC,Anselm Whitcombe,(562) 555-0148,1048812
Harbor Sun Installers,Petra Oduya,(562) 555-0162,1051190

GL Account,Description,Amount
410-3320-61200-00100,Mailing and printing,12500
410-3320-61240-00200,Consultant services - rate study,48000
"""


def test_stacked_csv_tables_each_read_under_their_own_header():
    got = found("rebate_list.csv", STACKED)
    assert {"Rosalind Marchbanks", "Teodoro Vasquez-Lind"} <= set(got.get("customer_name", []))
    assert {"(562) 318-4470", "(562) 318-4471"} <= set(got.get("phone", []))
    everything = flat("rebate_list.csv", STACKED)
    for other in ("Anselm Whitcombe", "Petra Oduya", "(562) 555-0148", "Mailing and printing",
                  "Consultant services - rate study", "410-3320-61200-00100", "410-3320-61200"):
        assert other not in everything


def test_blank_line_between_a_tables_rows_keeps_its_header():
    """A blank line inside one table (rows grouped by route) is no new table: the rows under it are the same
    columns' values, a customer's name and phone still."""
    body = ("Acct No,Customer,Phone\n4471902236,Rosalind Marchbanks,(562) 318-4470\n\n"
            "4471902240,Ingrid Solvang,(562) 318-4475\n\nHollis Abernathy,Mireille Tran,Quentin Oyelowo\n")
    got = found("routes.csv", body)
    assert {"Rosalind Marchbanks", "Ingrid Solvang"} <= set(got.get("customer_name", []))
    assert "(562) 318-4475" in got.get("phone", [])


# --- M3: a quoted CSV cell, an XLSX cell of lines: a customer's name, address and phone ----------------------------

SHUTOFFS = '''Notice No;Customer, Premise Address & Phone;Acct
SN-0412;"Wilhelmina Ostrander
4415 N Larkspur Way, Brookvale, OR 97225
(503) 771-2086";8841-550213-02
SN-0413;"Caspian Mbeki-Hart
90 W Alder Ct Apt 3, Brookvale, OR 97225
503.771.9034";8841-550377-01
'''


def test_multi_line_csv_cell_gives_name_address_and_phone_under_a_combined_header():
    got = found("shutoffs.csv", SHUTOFFS)
    assert {"Wilhelmina Ostrander", "Caspian Mbeki-Hart"} <= set(got.get("customer_name", []))
    assert {"4415 N Larkspur Way, Brookvale, OR 97225", "90 W Alder Ct Apt 3, Brookvale, OR 97225"} <= set(
        got.get("address", []))
    assert {"(503) 771-2086", "503.771.9034"} <= set(got.get("phone", []))


def test_multi_line_csv_cell_under_customer_keeps_the_phone_apart_from_the_address():
    body = SHUTOFFS.replace("Customer, Premise Address & Phone", "Customer")
    got = found("shutoffs.csv", body)
    assert "4415 N Larkspur Way, Brookvale, OR 97225" in got.get("address", [])
    assert "(503) 771-2086" in got.get("phone", [])


def test_multi_line_xlsx_contact_cell_gives_the_address():
    body = xlsx([["Acct", "Participant", "Contact", "Annual kWh"],
                 ["6604418823", "Ottoline Varga", "Ottoline Varga\n1187 SE Birchwood Dr, Brookvale, OR 97225\n"
                  "(503) 644-3318", "9120"]])
    got = found("rebates.xlsx", body)
    assert "1187 SE Birchwood Dr, Brookvale, OR 97225" in got.get("address", [])
    assert "(503) 644-3318" in got.get("phone", [])


def test_multi_line_cell_of_a_city_facility_contact_stays_silent():
    body = xlsx([["Facility", "Name / Address / Phone", "Hours"],
                 ["Brookvale Senior Center", "Brookvale Senior Center\n310 Civic Dr, Brookvale, OR 97225\n"
                  "(503) 555-0140", "8-5 M-F"]])
    assert not flat("facilities.xlsx", body)


# --- M2 and F2: an Excel "Save as Web Page" log, a title row over group and field headers -------------------------

def excel_log(name_cell: str) -> str:
    br = "<br style='mso-data-placement:same-cell'>"
    return f"""<html><body><table>
<tr><td colspan=6 class=xl65>Billing Disputes Log, FY 2025 Q3</td></tr>
<tr><td colspan=2>Customer</td><td>Billing</td><td colspan=2>Contact / Notes</td><td>Assigned</td></tr>
<tr><td>Case</td><td>{name_cell}</td><td>Acct #</td><td>Email</td><td>Notes</td><td>Staff</td></tr>
<tr><td>BD-5521</td><td>Cordelia Haverford{br}2218 NE Quimby St, Brookvale, OR 97225{br}(503) 290-7713</td>
<td>7702-118834-05</td><td>cordelia.haverford@fastmail.com</td><td>Estimated read disputed</td><td>Rupert Langstaff</td></tr>
<tr><td>BD-5522</td><td>Ignatius Obuya{br}77 SW Fernhill Rd, Brookvale, OR 97225{br}503 290 4481</td>
<td>7702-118901-01</td><td>iobuya@proton.me</td><td>Asks for a payment plan</td><td>Solveig Arnarsdottir</td></tr>
</table></body></html>"""


def test_excel_html_log_with_title_row_and_multi_line_customer_cells():
    got = found("disputes.htm", excel_log("Name / Address / Phone"))
    assert {"Cordelia Haverford", "Ignatius Obuya"} <= set(got.get("customer_name", []))
    assert {"2218 NE Quimby St, Brookvale, OR 97225", "77 SW Fernhill Rd, Brookvale, OR 97225"} <= set(
        got.get("address", []))
    assert {"(503) 290-7713", "503 290 4481"} <= set(got.get("phone", []))
    assert {"cordelia.haverford@fastmail.com", "iobuya@proton.me"} <= set(got.get("email", []))
    everything = flat("disputes.htm", excel_log("Name"))
    assert "cordelia.haverford@fastmail.com" in everything
    for staff in ("Rupert Langstaff", "Solveig Arnarsdottir"):
        assert staff not in everything and staff not in flat("disputes.htm", excel_log("Name / Address / Phone"))


def test_title_row_over_a_city_staff_directory_stays_silent():
    body = """<table><tr><td colspan=3>Utility Billing Division - Staff Directory</td></tr>
<tr><td>Staff</td><td>Title</td><td>Phone</td></tr>
<tr><td>Marisol Quintero-Bay</td><td>Billing Supervisor</td><td>(503) 555-0121</td></tr>
<tr><td>Anders Kowalchuk</td><td>Customer Service Rep</td><td>(503) 555-0122</td></tr></table>"""
    assert not flat("staff.html", body)


# --- F3: a pivot beside its detail table ---------------------------------------------------------------------------

def test_pivot_sums_beside_the_detail_are_no_customers_usage():
    body = xlsx([["Acct", "Customer", "Rate", "Mar kWh", None, "Row Labels", "Sum of Mar kWh", "Count of Acct"],
                 ["5520971143", "Leopold Frankenthal", "R-1", 6431, None, "R-1", 11873, 2],
                 ["5520971188", "Amaranta Velasquez-Ory", "R-1", 5442, None, "Grand Total", 11873, None]])
    got = found("usage_pivot.xlsx", body)
    assert {"6431", "5442"} <= set(got.get("energy_usage", []))
    assert "11873" not in got.get("energy_usage", [])
