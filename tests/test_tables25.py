"""Tables of a city's site (red teams ids25 and city25): published aggregates keyed by month and customer class, a
reference-number column in the SSN's 3-2-4 form, a check register's sole-proprietor payees, and the free-text notes
of a service-request export. Each with the customer's own table beside it still found."""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import xlsx

DETECTORS = load_detectors()
SITE = "https://www.lakemontutilities.org/board/docs/"


def found(name: str, body: bytes | str) -> set[tuple[str, str]]:
    body = body.encode() if isinstance(body, str) else body
    document = extract(SITE + name, body, None)
    return {(d.category, d.value) for d in scan_document(document, DETECTORS)}


def categories(name: str, body: bytes | str) -> set[str]:
    return {category for category, _ in found(name, body)}


# --- a column of reference numbers in the 3-2-4 form ----------------------------------------------------------

def test_a_reference_number_column_of_a_table_naming_no_one_gives_no_ssn():
    stats = ("Period,Service Sector,Accounts Billed,kWh Sold,Batch ID\n"
             "2025-Q1,Residential,\"33,904\",\"41,227,306\",214-55-7781\n"
             "2025-Q1,Irrigation,612,\"3,118,440\",388-21-4096\n"
             "2025-Q2,Residential,\"34,115\",\"39,870,512\",451-73-2208\n")
    assert found("sales_by_sector.csv", stats) == set()
    tickets = ("Ticket No.,Opened,Category,Status\n"
               "522-48-1937,03/04/2025,Streetlight out,Closed\n"
               "607-19-3345,03/05/2025,Graffiti,Open\n")
    assert found("work_tickets.csv", tickets) == set()


def test_a_3_2_4_beside_a_customer_or_under_an_ssn_column_is_still_an_ssn():
    customers = ("Customer Name,Ref #,Service Address\n"
                 "Tobias Vandersloot,523-41-8876,2217 Wrenfield Ct\n")
    assert ("ssn", "523-41-8876") in found("deposit_waivers.csv", customers)
    labelled = "Period,Sector,SSN\n2025-Q1,Residential,431-62-7759\n"
    assert ("ssn", "431-62-7759") in found("audit_sample.csv", labelled)


# --- aggregates keyed by month and class ----------------------------------------------------------------------

PACKET = """<html><body><h1>Board of Public Utilities Packet, May 2025</h1>
<h2>Item 3: Green Tariff Participation</h2>
<table><tr><th>Month</th><th>{klass}</th><th>{count}</th><th>kWh Delivered</th></tr>
<tr><td>2025-02</td><td>Residential (E-1)</td><td>18,442</td><td>7,306,118</td></tr>
<tr><td>2025-02</td><td>General Service (GS-2)</td><td>977</td><td>3,559,270</td></tr>
<tr><td>2025-03</td><td>Residential (E-1)</td><td>18,790</td><td>6,981,604</td></tr>
</table>
<h2>Item 4: Appeal of a Back-Billing</h2>
<p>Appellant Rosalind Achebe-Moore, account 6613-20-5518, disputes the back-billing at 904 Thistledown Way.</p>
</body></html>"""


def test_an_aggregate_by_class_on_a_page_naming_a_customer_gives_no_usage():
    for klass, count in (("Customer Class", "Participants"), ("Program", "Accounts Enrolled"), ("Tier", "Sites")):
        got = found("packet.html", PACKET.format(klass=klass, count=count))
        assert not {value for category, value in got if category == "energy_usage"}, (klass, count)
        assert ("account_number", "6613-20-5518") in got


def test_a_customers_own_usage_history_on_the_page_stays_usage():
    page = """<html><body><h2>Appeal of a Back-Billing</h2>
<p>Appellant Rosalind Achebe-Moore, account 6613-20-5518, disputes the back-billing at 904 Thistledown Way.</p>
<table><tr><th>Month</th><th>kWh</th><th>Amount</th></tr>
<tr><td>2025-01</td><td>1,284</td><td>$201.16</td></tr><tr><td>2025-02</td><td>1,106</td><td>$176.40</td></tr>
</table></body></html>"""
    got = found("appeal.html", page)
    assert {("energy_usage", "1,284"), ("energy_usage", "1,106")} <= got


def test_a_sheet_of_system_sales_in_mwh_names_no_customer():
    sheet = [["Month", "Residential MWh", "Commercial MWh", "Industrial MWh", "Residential avg kWh/account", "Peak MW"]]
    sheet += [[f"{month}-FY25", 30000 + 977 * i, 7000 + 311 * i, 11000 + 53 * i, 900 + 37 * i, 150.5 + i]
              for i, month in enumerate(["Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb"])]
    assert found("energy_sales_fy2025.xlsx", xlsx(sheet)) == set()


# --- a check register's payees -------------------------------------------------------------------------------

def test_a_check_registers_sole_proprietor_payees_give_only_their_tin():
    register = ("Check No.,Check Date,Payee,Payee TIN,Account Code,Amount\n"
                "0551207,02/07/2025,Marguerite Olawale - Court Reporter,912-78-4410,101-1210-52100,640.00\n"
                "0551208,02/07/2025,\"Ignatius Ferreira, Sole Proprietor\",548-31-2207,101-1310-52100,1210.00\n"
                "0551209,02/07/2025,Westgate Paving Inc.,95-3317820,570-2590-53200,18204.55\n")
    got = found("check_register_q2.csv", register)
    assert "customer_name" not in {category for category, _ in got}
    assert {value for _, value in got} >= {"912-78-4410", "548-31-2207"}


def test_a_refund_payee_with_their_own_itin_and_mailing_address_is_a_person():
    refunds = ("Payee,Mailing address,TIN,Refund\n"
               "Anselm Kowalczyk,3390 Brightwater Ln,931-72-5508,85.00\n")
    assert ("customer_name", "Anselm Kowalczyk") in found("deposit_refunds.csv", refunds)


# --- notes of a service-request export ------------------------------------------------------------------------

def test_notes_naming_the_customer_mid_note_or_asking_for_a_final_bill_are_the_customers():
    export = ("SR#,Opened,Type,Notes,Assigned\n"
              "SR-20931,2025-04-02,Electric,\"Lights dimming at 1562 Quarry Hill Rd Unit 4, customer Benedikt "
              "Osei-Larbi wants a call back at (531) 204-7786.\",T. Harlan\n"
              "SR-20932,2025-04-03,Billing,\"Email from r.castellvi88@gmail.com: move-out on 4/30, send final bill "
              "to new address 77 Pickering Ave.\",M. Dunaway\n")
    got = found("service_requests_april.csv", export)
    assert {("customer_name", "Benedikt Osei-Larbi"), ("phone", "(531) 204-7786"),
            ("email", "r.castellvi88@gmail.com")} <= got
    assert {value for category, value in got if category == "address"} >= {"1562 Quarry Hill Rd Unit 4",
                                                                              "77 Pickering Ave."}


def test_notes_of_public_works_requests_stay_public():
    export = ("SR#,Opened,Type,Notes,Assigned\n"
              "SR-20940,2025-04-05,Streets,\"Pothole at 812 Grove Ave near the Customer Service Center, crew "
              "dispatched.\",R. Pike\n"
              "SR-20941,2025-04-06,Streetlight,\"Light out in front of 40 Orchard St; Customer Programs staff "
              "notified.\",R. Pike\n")
    assert found("service_requests_streets.csv", export) == set()


def test_a_rosters_note_of_a_members_new_address_stays_public():
    roster = ("Commissioner,District,Notes\n"
              "Harriet Lindqvist,3,\"Moved in March; mailing address now 915 Sable Crest Dr, Lakemont.\"\n")
    assert found("commission_roster.csv", roster) == set()
