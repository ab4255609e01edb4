"""neg61: the public records a City Clerk, a Finance department and an elections office publish.

- A campaign committee's treasurer (a Form 410 list), a Form 700 filer or a registered lobbyist is named in a public
  role's column, with the contacts the filing officer publishes by law: no customer's record.
- A campaign filing's "ID No." of a committee that gave ("ID 1478686") is no organisation's customer id: the letters
  before the digits are the number's own label word, no organisation's initials.
- A resolution naming the City's bank accounts by their purpose ("General Account ending 5475") gives the City's own
  bank account, no utility customer's.
- A deposit refund's memo in one cell of a text table and the ledger account in the next ("WATER DEPOSIT
  REFUND<tab>101-0000-4610"): a tab ends the cell, and the number is the register's GL code, no customer's account.
- A treasurer's cash report's "Bank" column names banks ("Wells Fargo"), no one.
- A usage table's "Member City" column names towns ("Morgan Hill"), no customer.
- The rows after a contributor whose SSN slipped into a campaign schedule are other contributors' rows, no details of
  that person's case.
- A sole proprietor's shop in a column of its own ("Okonjo Handyman" under "Business") beside the owner named with
  their ITIN is the business's name; the owner and the ITIN stay findings.
Each with the nearest true case, which stays a finding.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, xlsx

PAGE = "https://www.vistaloma.gov/clerk/page.html"


def _table(header, rows) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><h1>Listing</h1><table><tr>{head}</tr>{body}</table></body></html>"


def _values(found, category):
    return {value for kind, value in found if kind == category}


def test_a_campaign_committees_treasurer_is_a_public_role():
    body = _table(["Committee", "Treasurer", "Mailing Address", "Telephone", "E-mail"],
                  [["Neighbors for Priya Raman, Council 2026", "Desmond Achebe", "4120 Quail Hollow Rd, Vista Loma CA 91710",
                    "(909) 555-7781", "dachebe77@gmail.com"],
                   ["No on Measure K", "Ilse Marchand", "88 Persimmon Ct, Vista Loma CA 91710", "(909) 555-3320",
                    "ilse.marchand@yahoo.com"]])
    assert pairs_found(PAGE, body, "text/html") == set()


def test_a_customer_table_of_the_same_layout_is_still_a_record():
    body = _table(["Customer", "Service Address", "Telephone", "E-mail", "SCE Account"],
                  [["Desmond Achebe", "4120 Quail Hollow Rd, Vista Loma CA 91710", "(909) 555-7781",
                    "dachebe77@gmail.com", "2-44-816-3092"]])
    found = pairs_found(PAGE, body, "text/html")
    assert {("customer_name", "Desmond Achebe"), ("account_number", "2-44-816-3092"),
            ("phone", "(909) 555-7781")} <= found


def test_a_committees_id_number_in_a_contribution_report_is_no_account():
    body = _table(["Date", "Contributor", "Address", "Occupation/Employer or ID No.", "Amount"],
                  [["10/14/2025", "Rosalind Okafor", "702 Cedar Bluff Dr, Vista Loma CA", "ID 1466203", "$2,500"],
                   ["10/15/2025", "Builders PAC of the Inland Empire", "PO Box 90, Ontario CA", "ID 1390017", "$5,000"],
                   ["10/16/2025", "Tobias Lindgren", "15 Harrow Ln, Vista Loma CA", "Dentist/Self-employed", "$1,000"]])
    found = pairs_found(PAGE, body, "text/html")
    assert not _values(found, "account_number")
    assert not _values(found, "customer_name")


def test_an_organisations_own_id_under_its_letters_is_still_found():
    found = pairs_found(PAGE, "<p>Rosalind Okafor called about her bill. Her LVCE id is LVCE-5532719.</p>", "text/html")
    assert ("account_number", "LVCE-5532719") in found


def test_the_citys_bank_accounts_by_their_purpose_are_no_customers():
    body = ("<p>RESOLUTION NO. 2025-61 DESIGNATING SIGNATORIES ON CITY BANK ACCOUNTS</p>"
            "<p>The City Treasurer and the Director of Finance may sign on the City of Vista Loma General Account "
            "ending 7714 and the Operating Account ending 3390 at Citizens Business Bank.</p>")
    assert not _values(pairs_found(PAGE, body, "text/html"), "account_number")


def test_a_customers_account_ending_in_is_still_found():
    body = "<p>Rosalind Okafor asked about her bill; her SCE account ending in 4821 was credited for the outage.</p>"
    assert ("account_number", "4821") in pairs_found(PAGE, body, "text/html")


def _columns_pdf(rows: list[list[str]], width: int = 95) -> bytes:
    """A one-page PDF of a register printed in columns ``width`` points apart, as a finance system prints one."""
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, row in enumerate(rows):
        for i, cell in enumerate(row):
            pdf.drawString(40 + width * i, 740 - 14 * k, cell)
    pdf.save()
    return out.getvalue()


REGISTER_HEAD = [["CITY OF VISTA LOMA - WARRANT REGISTER - MAY 2025"], [],
                 ["Check No.", "Date", "Payee", "Description", "Account", "Amount"],
                 ["70211", "05/02/2025", "HARBOR JANITORIAL INC", "MAINT CONTRACT", "101-3110-5210", "4,210.00"]]


def test_a_deposit_refunds_ledger_account_in_the_next_cell_is_no_customers():
    rows = REGISTER_HEAD + [["70212", "05/02/2025", "TERESA OYELOWO", "UTILITY DEPOSIT REFUND", "520-0000-2210", "88.10"],
                            ["70213", "05/03/2025", "MILAN HOROVITZ", "WATER DEPOSIT REFUND", "101-0000-2215", "62.75"],
                            ["70214", "05/03/2025", "SOUTHERN CALIFORNIA EDISON", "ELEC SVC CITY HALL", "101-1410-5410",
                             "9,870.31"]]
    found = pairs_found("https://www.vistaloma.gov/finance/register.pdf", _columns_pdf(rows), "application/pdf")
    assert not _values(found, "account_number")
    assert not _values(found, "customer_name")


def test_a_deposit_refund_with_the_account_and_home_in_its_cell_is_still_found():
    rows = REGISTER_HEAD + [["70212", "05/02/2025", "OYELOWO, TERESA", "UTIL DEP REFUND 60865101521167 - 812 N ELM ST",
                             "", "", "88.10"]]
    found = pairs_found("https://www.vistaloma.gov/finance/register.pdf", _columns_pdf(rows), "application/pdf")
    assert ("account_number", "60865101521167") in found


def test_a_bank_column_names_banks_not_people():
    body = _table(["Bank", "Account", "Purpose", "Book Balance", "Bank Balance"],
                  [["Wells Fargo", "XXXXXX4471", "Utility lockbox", "$812,330.10", "$812,990.45"],
                   ["US Bank", "XXXXXX2206", "Payroll", "$1,204,118.00", "$1,204,118.00"]])
    assert pairs_found("https://www.vistaloma.gov/finance/cash-report.html", body, "text/html") == set()


def test_a_sole_proprietors_shop_beside_the_owner_and_itin_is_the_businesss_name():
    body = _table(["Application", "Business", "Applicant", "Type", "Status"],
                  [["APP-25-311", "Okonjo Handyman", "Chidera Okonjo (ITIN 912-78-4410)", "Contractor", "Under review"],
                   ["APP-25-312", "Sunrise Tacos", "Marguerite Ellison", "Food Truck", "Under review"]])
    found = pairs_found(PAGE, body, "text/html")
    assert ("taxpayer_id", "912-78-4410") in found
    assert _values(found, "customer_name") == {"Chidera Okonjo"}


def test_a_member_citys_enrolment_and_load_is_no_customers_usage():
    rows = [["Member City", "Eligible Accounts", "Enrolled", "Opted Out", "2024 kWh"],
            ["Morgan Hill", 18211, 17002, 1209, 191522803], ["Grover Beach", 9220, 8801, 419, 88120455]]
    found = pairs_found("https://www.vistaloma-power.org/energy/enrollment-by-city.xlsx", xlsx(rows))
    assert found == set()


def test_a_customers_row_in_a_sheet_of_few_headers_is_still_found():
    rows = [["Customer", "Acct", "2024 kWh"], ["Rosalind Okafor", "2-41-873-2291", 9120]]
    found = pairs_found("https://www.vistaloma-power.org/energy/review.xlsx", xlsx(rows))
    assert {("customer_name", "Rosalind Okafor"), ("account_number", "2-41-873-2291")} <= found


SCHEDULE = [["FORM 460 - SCHEDULE A (AMENDED)"], ["Committee: Yes on Measure K", "FPPC ID: 1465244"],
            ["Date", "Contributor", "Occupation / Employer", "Amount"],
            ["10/16/2025", "Harriet Lindqvist, 2056 Rancho Vista Rd, Arroyo Verde CA", "Attorney / Self", "250.00"],
            ["10/20/2025", "Tobias Okafor, 2647 Nutwood Ave, Arroyo Verde CA SSN 195-97-1565", "Engineer / Retired", "500.00"],
            ["10/21/2025", "Priya Ramanathan, 14483 Larch Ln, Arroyo Verde CA", "Teacher / Vista USD", "250.00"],
            ["10/22/2025", "Desmond Achebe, 1873 Quail Hollow Rd, Arroyo Verde CA", "Nurse / Kaiser", "250.00"]]


def test_the_rows_after_a_contributors_slipped_ssn_are_other_contributors():
    found = pairs_found("https://www.vistaloma.gov/elections/form460.pdf", _columns_pdf(SCHEDULE, width=140),
                        "application/pdf")
    assert ("ssn", "195-97-1565") in found
    assert not {value for kind, value in found if "Larch" in value or "Quail" in value}
    assert "Priya Ramanathan" not in _values(found, "customer_name")
