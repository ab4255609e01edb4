"""A city's general-ledger account codes in the SSN's shape, fund-department-object ``NNN-NN-NNNN`` (``101-41-5110``):
neither an SSN nor a customer's account (``detectors/context/ledger_codes.py``, asked by the SSN detector of an
unlabelled code and by the account detector of one under a plain account's label). A red team's 263-page budget book
gave 724 such findings.

- A staff report's sentence booking money to the code ("Funding is included in the FY2024-25 budget under account
  ...", "transfer from account ...", "budgeted in ...", "charged to account ..."), or a fund's name after it
  ("(Sewer Capital)", "(General Fund)").
- A budget table: a ledger column ("Acct", "Account", "Fund-Dept-Obj", "Org/Object") in a PDF, a workbook or a GL
  export; a row of a line item and amounts on a page that reads as a budget; a table of amounts whose codes share a
  fund and a department; any code of a budget book (by its address or its title) that no person stands beside.
- Kept: an SSN under its label in a budget book's personnel table, an unlabelled one beside a person's name in a budget
  book's line or in a fiscal sentence, a payee's TIN column, a customer's account in the SSN's shape, a list of people's
  SSNs sharing area numbers.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.losolmos.gov"


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main>"
            "<footer>City of Los Olmos · 100 Civic Center Dr · (626) 555-0100</footer></body></html>")


def _columns_pdf(rows: list[list[str]], title: str | None = None) -> bytes:
    """A one-page PDF of a table, each cell drawn at its column's position as a budget book lays them out."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    y = 750
    if title:
        pdf.drawString(72, y, title)
        y -= 24
    for row in rows:
        for x, cell in zip((72, 210, 350, 470), row):
            pdf.drawString(x, y, cell)
        y -= 15
    pdf.save()
    return out.getvalue()


def _ids(found: set[tuple[str, str]]) -> set[str]:
    return values_of(found, "ssn") | values_of(found, "account_number")


# --- a staff report's sentences --------------------------------------------------------------------------------

def test_fiscal_impact_sentences_name_ledger_accounts():
    body = ("<h2>Fiscal Impact</h2>"
            "<p>Funding is included in the FY2024-25 budget under account 400-43-2935.</p>"
            "<p>Staff recommends a transfer from account 310-52-8820 (Sewer Capital) to cover the change order.</p>"
            "<p>The contract is budgeted in 101-41-5110.</p>"
            "<p>Expenditures will be charged to account 215-46-7730, Street Maintenance.</p>"
            "<p>Sufficient funds are available in Acct. No. 205-47-6610 and 205-47-6620.</p>"
            "<p>Appropriate $45,000 from the Gas Tax fund balance to GL 221-44-7410.</p>")
    assert _ids(pairs_found(f"{_SITE}/agenda/item-7.html", _page("Sewer Main Rehabilitation", body))) == set()


def test_a_staff_members_department_is_no_customers_account():
    body = "<p>The Finance Director notes that her department's funding is in account 101-41-5110.</p>"
    assert _ids(pairs_found(f"{_SITE}/agenda/item-8.html", _page("Budget Update", body))) == set()
    body = "<p>She asked that her account 512-34-6789 be transferred to her new home.</p>"
    assert _ids(pairs_found(f"{_SITE}/notes3.html", _page("Case notes", body))) == {"512-34-6789"}


def test_a_funds_name_after_the_code_names_the_ledger():
    body = ("<p>Move the remaining balance of 310-52-8820 (Sewer Capital) to 310-53-8830 (Sewer Capital).</p>"
            "<p>Reimbursements post to 101-41-5110 - General Fund.</p>")
    assert _ids(pairs_found(f"{_SITE}/agenda/item-9.html", _page("Change Order No. 3", body))) == set()


# --- budget tables ---------------------------------------------------------------------------------------------

def test_budget_book_table_in_a_pdf():
    rows = [["Acct", "Description", "FY23 Actual", "FY25 Adopted"],
            ["400-43-2900", "Salaries - Full Time", "412,500", "430,800"],
            ["400-43-2935", "Contract Services", "88,120", "95,000"],
            ["400-43-2950", "Utilities - Electric", "61,004", "64,500"]]
    found = pairs_found(f"{_SITE}/finance/budget-fy2025.pdf", _columns_pdf(rows, "Sewer Enterprise - Operations"))
    assert _ids(found) == set()


def test_a_row_of_amounts_on_a_budget_page_under_no_ledger_header():
    rows = [["Line Item", "Code", "2023-24 Actual", "2024-25 Budget"],
            ["Office Supplies", "101-41-5110", "$12,400", "$13,000"],
            ["Postage", "101-48-5210", "$3,150", "$3,300"]]
    assert _ids(pairs_found(f"{_SITE}/docs/page-41.pdf", _columns_pdf(rows))) == set()


def test_appropriation_workbook_and_gl_export():
    rows = [["Fund-Dept-Obj", "Line Item", "Adopted", "Amended"],
            ["101-41-5110", "Office Supplies", 12000, 12500],
            ["205-47-6610", "Street Resurfacing", 450000, 475000],
            ["310-52-8820", "Sewer Capital Transfer", 90000, 90000]]
    assert _ids(pairs_found(f"{_SITE}/finance/appropriations.xlsx", xlsx(rows))) == set()
    rows = [["Org/Object", "Description", "Amount"], ["215-46-7730", "Street Maintenance", 40000]]
    assert _ids(pairs_found(f"{_SITE}/finance/transfers.xlsx", xlsx(rows))) == set()
    export = ("Acct,Description,Amount\n101-41-5110,Office Supplies,\"$1,200.00\"\n"
              "400-43-2935,Contract Services,\"$8,400.00\"\n")
    assert _ids(pairs_found(f"{_SITE}/finance/gl-detail.csv", export)) == set()


def test_codes_sharing_a_fund_in_a_table_of_amounts():
    table = ("<table><tr><th>Code</th><th>Item</th><th>Amount</th></tr>"
             "<tr><td>101-41-5110</td><td>Office supplies</td><td>$1,250</td></tr>"
             "<tr><td>101-41-5120</td><td>Postage</td><td>$400</td></tr>"
             "<tr><td>101-42-5130</td><td>Printing</td><td>$2,100</td></tr></table>")
    assert _ids(pairs_found(f"{_SITE}/docs/attachment-b.html", _page("Attachment B", table))) == set()


def test_any_code_of_a_budget_book_no_person_stands_beside():
    lines = [["Street Sweeping", "215-46-7730", "40,000", ""], ["Graffiti Abatement", "215-46-7745", "18,500", ""]]
    assert _ids(pairs_found(f"{_SITE}/finance/adopted-budget-fy2025.pdf", _columns_pdf(lines))) == set()


# --- kept: people's numbers ------------------------------------------------------------------------------------

def test_budget_books_personnel_table_keeps_its_ssns():
    body = ("<p>Funding is included in the adopted budget under account 101-41-5110.</p>"
            "<table><tr><th>Name</th><th>SSN</th><th>Position</th></tr>"
            "<tr><td>Maria Delgado</td><td>512-34-6789</td><td>Accountant II</td></tr>"
            "<tr><td>Kevin Tran</td><td>245-67-1234</td><td>Budget Analyst</td></tr></table>")
    found = pairs_found(f"{_SITE}/finance/adopted-budget-fy2025.html", _page("Adopted Budget FY 2024-25", body))
    assert values_of(found, "ssn") == {"512-34-6789", "245-67-1234"}
    assert values_of(found, "account_number") == set()


def test_an_unlabelled_ssn_beside_a_persons_name_in_a_budget_book():
    rows = [["Settlement paid to Jose Ramirez", "532-44-8812", "$12,000", ""],
            ["Street Sweeping", "215-46-7730", "$40,000", ""]]
    found = pairs_found(f"{_SITE}/finance/adopted-budget-fy2025.pdf", _columns_pdf(rows, "Adopted Budget FY 2024-25"))
    assert _ids(found) == {"532-44-8812"}
    body = "<p>Payroll correction for Ana Ortega (533-21-7788) was funded from the General Fund.</p>"
    assert _ids(pairs_found(f"{_SITE}/agenda/item-3.html", _page("Payroll Corrections", body))) == {"533-21-7788"}


def test_a_payees_tin_column_and_a_w9():
    export = "Payee,TIN,Amount\nJohn Miller,521-37-4410,\"$1,200\"\nAcme Plumbing Inc,95-1234567,\"$2,000\"\n"
    assert values_of(pairs_found(f"{_SITE}/finance/vendor-payments.csv", export), "ssn") == {"521-37-4410"}
    body = "<p>The W-9 on file for Dan Price gives 533-21-7789 for the budget year's payments.</p>"
    assert values_of(pairs_found(f"{_SITE}/agenda/item-4.html", _page("Consultant", body)), "ssn") == {"533-21-7789"}


def test_a_customers_account_in_the_ssns_shape_stays_an_account():
    body = "<p>Customer Ana Ruiz, account 512-34-6789, asked for a transfer of her balance to the new home.</p>"
    assert _ids(pairs_found(f"{_SITE}/notes.html", _page("Case notes", body))) == {"512-34-6789"}
    body = "<p>Account 512-34-6781 (Ana Ruiz) is past due; the budget billing plan was offered.</p>"
    assert _ids(pairs_found(f"{_SITE}/notes2.html", _page("Case notes", body))) == {"512-34-6781"}


def test_peoples_ssns_sharing_area_numbers_stay_ssns():
    table = ("<table><tr><th>Name</th><th>Number</th><th>Refund</th></tr>"
             "<tr><td>Ana Ruiz</td><td>545-71-5110</td><td>$125</td></tr>"
             "<tr><td>Tom Lee</td><td>545-39-5120</td><td>$40</td></tr>"
             "<tr><td>Rosa Chavez</td><td>545-71-8130</td><td>$210</td></tr></table>")
    found = pairs_found(f"{_SITE}/docs/refunds.html", _page("Refunds", table))
    assert values_of(found, "ssn") == {"545-71-5110", "545-39-5120", "545-71-8130"}
