"""Tables in text with no header line of column names (a write-off list under its title, an autopay exception
report under a dashed rule, a ``|``-separated register, a register whose address sits on the lines under each
name), Markdown pipe tables, and CSV headers under an Excel title line or split over two lines; and the same
layouts of a city's public lists (permits, bids, facilities, staff, code cases) staying silent."""
from __future__ import annotations

from crawler.extract.fixed_width import headerless_tables
from tests.test_table_headers import found

WRITE_OFFS = """\
ACCOUNTS RECOMMENDED FOR WRITE-OFF
PCE-5521093-17    Lindqvist, Marta J.    4410 Via Padova, Claremont    $912.40    Closed
552 107 3381 6    Abara, Chinedu O.    618 E Bonita Ave, San Dimas    $144.75    Closed
"""

AUTOPAY = """\
AUTOPAY EXCEPTION REPORT  RUN 04/06/2026 05:20  BATCH 3310
----------------------------------------------------------------------
204-71133-006   MARGARET OYELOWO          909-555-0172    R01 INSUFFICIENT FUNDS
219-40877-002   TOBIAS WENDT              626-555-0139    R03 NO ACCOUNT
"""

REGISTER = """\
CUSTOMER DEPOSIT REFUND REGISTER
Batch 26-04   Prepared by Customer Accounting

Halvorsen, Ingrid M.              PCE-6617204-33   $150.00
      1148 W Phillips Blvd
      Pomona, CA 91766

Nakamura, Joel T.                 PCE-2290518-70   $95.00
      3321 N Garey Ave
      Pomona, CA 91767
"""

PIPES = """\
Deposit refunds - April 2026
Lindqvist, Marta J. | PCE-5521093-17 | 4410 Via Padova, Claremont | mlindqvist@yahoo.com
Abara, Chinedu O. | 3-41-877-2093 | 618 E Bonita Ave, San Dimas | chinedu.abara@gmail.com
"""

MARKDOWN = """\
Rows copied from the billing system for the migration test:

| Account | Customer | Service address | Phone | kWh |
|---|---|---|---|---|
| 61-204417-38 | Priya Raghunathan | 2205 Fulton Rd | 909-555-0114 | 1184 |
| 61-773019-05 | Dmitri Volkov | 870 W Mission Blvd | 909-555-0196 | 962 |
"""


def test_rows_apart_by_wide_gaps_or_bars_are_a_headerless_table():
    (table,) = headerless_tables(WRITE_OFFS.splitlines(), [])
    assert not table.headed and [cells[1] for _, cells in table.rows] == ["Lindqvist, Marta J.", "Abara, Chinedu O."]
    (table,) = headerless_tables(REGISTER.splitlines(), [])
    assert [cells[3] for _, cells in table.rows] == ["1148 W Phillips Blvd, Pomona, CA 91766",
                                                      "3321 N Garey Ave, Pomona, CA 91767"]
    (table,) = headerless_tables(MARKDOWN.splitlines(), [])
    assert table.headed and table.header[0] == "Account" and len(table.rows) == 2


def test_a_write_off_list_without_a_header_is_a_list_of_customers():
    findings = found("writeoffs.txt", WRITE_OFFS.encode())
    assert {("customer_name", "Lindqvist, Marta J."), ("account_number", "PCE-5521093-17"),
            ("address", "618 E Bonita Ave, San Dimas")} <= findings
    # a gas account's 11 digits in groups: no phone, though its first ten digits read as one
    assert ("account_number", "552 107 3381 6") in findings


def test_an_exception_report_under_a_rule_is_a_list_of_customers():
    findings = found("autopay-exceptions.txt", AUTOPAY.encode())
    assert {("customer_name", "MARGARET OYELOWO"), ("account_number", "204-71133-006"),
            ("phone", "626-555-0139")} <= findings


def test_a_register_with_addresses_under_the_names_is_a_list_of_customers():
    findings = found("refunds.txt", REGISTER.encode())
    assert {("customer_name", "Nakamura, Joel T."), ("account_number", "PCE-2290518-70"),
            ("address", "1148 W Phillips Blvd, Pomona, CA 91766")} <= findings


def test_a_bar_separated_register_is_a_list_of_customers():
    findings = found("refunds.txt", PIPES.encode())
    assert {("customer_name", "Abara, Chinedu O."), ("account_number", "3-41-877-2093"),
            ("address", "4410 Via Padova, Claremont")} <= findings


def test_a_markdown_table_is_read_under_its_header():
    findings = found("README.md", MARKDOWN.encode())
    assert {("customer_name", "Dmitri Volkov"), ("account_number", "61-204417-38"),
            ("energy_usage", "1184")} <= findings


PUBLIC_LISTS = {
    "permits.txt": """\
BUILDING PERMITS ISSUED - MARCH 2026
B26-00871      Ofelia Sandoval       1180 N Towne Ave          Residential re-roof      $8,400
B26-00872      Garrett Lindholm      255 W Arrow Hwy           Solar PV 6.2 kW          $14,900
""",
    "bids.txt": """\
BID TABULATION - RFP 26-031 PAD-MOUNT TRANSFORMERS
Howard Industries Inc.    36 Howard Dr, Laurel, MS 39440       (601) 555-0151    $412,300.00
Ridgeline Electric Supply 5760 Cox Parkway, Ontario            (909) 555-0165    $398,950.00
""",
    "facilities.txt": """\
CITY FACILITIES
Palomares Park Community Center    499 E Arrow Hwy       (909) 555-0121
Washington Park Community Center   865 E Grand Ave       (909) 555-0114
""",
    "staff.txt": """\
UTILITIES DIVISION STAFF
Marisol Quintana    Utilities Manager         (909) 555-0141    mquintana@pomonaca.gov
Kevin Thackeray     Senior Engineer           (909) 555-0156    kthackeray@pomonaca.gov
""",
    "awards.txt": """\
EMPLOYEE SERVICE AWARDS
10472215    Ofelia Sandoval     Water Resources     909-555-0155
10472289    Garrett Lindholm    Public Works        909-555-0171
""",
    "cases.txt": """\
CODE ENFORCEMENT CASES
CE-2026-00412    Ofelia Sandoval     1180 N Towne Ave     Overgrown vegetation
CE-2026-00413    Garrett Lindholm    255 W Arrow Hwy      Inoperable vehicle
""",
    "permits.md": """\
| Permit | Applicant | Project address | Valuation |
|---|---|---|---|
| BLD2026-00412 | Ofelia Sandoval | 1180 N Towne Ave | $8,400 |
| BLD2026-00413 | Garrett Lindholm | 255 W Arrow Hwy | $14,900 |
""",
}


def test_a_citys_public_lists_in_the_same_layouts_stay_silent():
    for name, body in PUBLIC_LISTS.items():
        assert not found(name, body.encode()), name


def test_a_csv_header_under_an_excel_title_line_padded_with_commas():
    body = (b"Accounts Receivable - Aging > 60 days\nRun date: 04/02/2026,,,,,,\n\n"
            b"CUST_NM,ACCT_NBR,SVC_ADDR,PH1,E_ADDR,BAL_DUE,DAYS_PD\n"
            b'"Varga, Eszter",52-118804-19,"2716 N Palomares St",9095550128,evarga61@aol.com,412.08,95\n')
    assert {("customer_name", "Varga, Eszter"), ("account_number", "52-118804-19"),
            ("address", "2716 N Palomares St")} <= found("aging.csv", body)


def test_a_header_split_over_two_lines_names_its_columns_by_both():
    body = (b"Premise\tCustomer\tService\tContact\nNo.\tName\tAddress\tTel\n"
            b"7710325561\tIngrid Halvorsen\t3072 Lomita Forge\t909-555-0183\n")
    assert ("address", "3072 Lomita Forge") in found("premises.tsv", body)


def test_log_lines_of_key_value_fields_stay_records_of_their_fields():
    body = ("2026-04-01 10:22:01  INFO  lookup acct=52-118804-19 name='Eszter Varga' svc_addr='2716 N Palomares St'\n"
            "2026-04-01 10:22:05  INFO  lookup acct=61-204417-38 name='Dmitri Volkov' svc_addr='870 W Mission Blvd'\n")
    assert not headerless_tables(body.splitlines(), [])
    assert ("customer_name", "Eszter Varga") in found("app.log", body.encode())


def test_paragraphs_of_bar_separated_cells_are_a_list_of_customers():
    body = ("<h2>Deposit refunds - April 2026</h2>"
            "<p>Lindqvist, Marta J. | 3-41-877-2093 | 4410 Via Padova, Claremont | mlindqvist@yahoo.com</p>"
            "<p>Abara, Chinedu O. | PCE-3308127-64 | 618 E Bonita Ave, San Dimas | chinedu.abara@gmail.com</p>")
    findings = found("refunds.html", body.encode())
    assert {("customer_name", "Lindqvist, Marta J."), ("account_number", "PCE-3308127-64"),
            ("address", "618 E Bonita Ave, San Dimas")} <= findings


def test_paragraphs_of_a_public_list_in_bars_stay_silent():
    for body in ("<p>Marisol Quintana | Utilities Manager | (909) 555-0141 | mquintana@pomonaca.gov</p>"
                 "<p>Kevin Thackeray | Senior Engineer | (909) 555-0156 | kthackeray@pomonaca.gov</p>",
                 "<p>B26-00871 | Ofelia Sandoval | 1180 N Towne Ave | Re-roof</p>"
                 "<p>B26-00872 | Garrett Lindholm | 255 W Arrow Hwy | Solar PV</p>",
                 "<p>Ridgeline Electric Supply | EIN 27-6491920 | 5760 Cox Pkwy, Ontario, CA 91761 | Bid $412,300</p>"
                 "<p>Howard Industries Inc. | EIN 64-0569482 | 36 Howard Dr, Laurel, MS 39440 | Bid $398,950</p>"):
        assert not found("list.html", body.encode()), body


BILL_PRINT = """\
01QWL48120935    ABERNATHY CORMAC              7713 ORCHARD VIEW DR APT 2      MILLBROOK         NV89410   1873    20416
0131005528841906  SOLBERG TRINE                 4418 CANNERY ROW                MILLBROOK         NV89410   1122   104377
0148-61207-02     OKONJO CHIAMAKA               96 FERRY LANDING RD             MILLBROOK         NV89411   2240    39158
"""


def test_a_bill_print_file_keyed_by_account_is_a_list_of_customers():
    """A fixed-width bill print: a record type's digits run on into the account, no header, the name surname first
    in capitals; the figures after the ZIP are amounts and reads, no second account."""
    findings = found("BILLPRINT_20260301.txt", BILL_PRINT.encode())
    assert {("account_number", "01QWL48120935"), ("account_number", "0131005528841906"),
            ("customer_name", "SOLBERG TRINE"), ("address", "96 FERRY LANDING RD")} <= findings
    assert not {value for category, value in findings if value in ("20416", "104377", "39158")}


def test_long_numbers_beside_names_alone_are_no_accounts():
    """Ten-digit numbers beside names but no street address (a fund's ledger, a roster): no list of customers."""
    body = """\
GENERAL LEDGER DETAIL - FUND 501 ELECTRIC
5015100410    ABERNATHY CORMAC      TRAVEL REIMB        412.50
5015100410    SOLBERG TRINE         TRAINING REG        295.00
5015100422    OKONJO CHIAMAKA       MILEAGE             88.20
"""
    assert not found("gl_detail.txt", body.encode())


def _html_table(rows: list[list[str]]) -> bytes:
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<html><body><table>{cells}</table></body></html>".encode()


def test_a_headerless_table_of_customers_with_accounts_in_several_formats():
    """Four rows of name | account | phone | mailbox, no header: twelve bare digits are an account beside a
    person's name, and the account column's cell of a shorter format is the row's account too."""
    rows = [["Teodora Vasquez", "72-40158-03", "(775) 318-2266", "tvasquez@gmail.com"],
            ["Bartholomew Ngata", "552081733019", "(775) 402-8815", "bngata@yahoo.com"],
            ["Ilse Marchetti", "R-551903-4", "(775) 229-0381", "ilse.m@outlook.com"],
            ["Kwame Asante", "661730254418", "(775) 870-1146", "kasante@gmail.com"]]
    findings = found("households.html", _html_table(rows))
    assert {("customer_name", "Kwame Asante"), ("account_number", "552081733019"), ("account_number", "R-551903-4"),
            ("phone", "(775) 229-0381")} <= findings


def test_a_headerless_staff_or_council_table_stays_silent():
    rows = [["Helena Stroud", "Utility Director", "(775) 555-0140", "hstroud@millbrooknv.gov"],
            ["Marcus Oyelaran", "Rates Analyst", "(775) 555-0162", "moyelaran@millbrooknv.gov"],
            ["Dana Whitcombe", "District 2", "(775) 555-0118", "dwhitcombe@millbrooknv.gov"],
            ["Ravi Sethuraman", "District 3", "(775) 555-0127", "rsethuraman@millbrooknv.gov"]]
    assert not found("staff.html", _html_table(rows))
    # a vendor list's long numbers beside firms' names and addresses: no person, no customer's account
    vendors = [["Sierra Line Construction", "18801234567", "1120 Industrial Way", "$41,200.00"],
               ["Basin Meter Services", "18801234571", "77 Commerce Ct", "$9,850.00"],
               ["High Desert Tree Care", "18801234590", "4410 Kietzke Ln", "$12,400.00"]]
    assert not found("vendors.html", _html_table(vendors))


def test_a_kwh_figure_in_a_headerless_customer_rows_note_is_their_usage():
    body = """Billing notes released under the request
Teodora Vasquez | 72-40158-03 | (775) 318-2266 | 744 kWh Sep
Kwame Asante | 330 418 907 215 | (775) 870-1146 | 1391 kWh Sep
"""
    findings = found("notes.txt", body.encode())
    assert {("energy_usage", "744 kWh"), ("energy_usage", "1391 kWh"), ("customer_name", "Kwame Asante")} <= findings
    staff = """Facility energy contacts
Helena Stroud | Utility Director | (775) 555-0140 | Civic Center 41,200 kWh Sep
Marcus Oyelaran | Facilities Lead | (775) 555-0162 | Harbor Pump Station 18,900 kWh Sep
"""
    assert not found("facility-contacts.txt", staff.encode())
