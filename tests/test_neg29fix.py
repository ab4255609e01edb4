"""A public city site's documents that name organisations, the City's own accounts and budget codes (red team
neg29): what they publish on purpose stays unreported, and a person's number in the same layout is still found.

- A grant award sheet's row (Organization | EIN | Address | Contact | Title | ...) gives the organisation's EIN,
  whatever words its name has ("Casa de Esperanza Ministries", "Museum of Desert Glass"): the column says it
  names a body. A person's name in that column (a sole proprietor's) keeps the EIN a finding.
- A budget's crosswalk from old fund-department-object codes to new ones ("548-27-6130 | 548-3810-61300 |
  Fuel") shares an SSN's form; a 3-2-4 beside a person's name, or in a row with no such code, is still an SSN.
- A check register's payee line that calls the account the City's ("So Cal Edison - City acct ... (Library)") is
  the City's own; a refund to a person with the customer's account in the memo is still a finding.
- A PDF table of proposers laid out as lines of cells: a phone in the Phone column is no SCE account, a firm's FEIN
  in its row (the firm named in the Proposer column, "..., Inc.") is public; a person's FEIN in that table still is.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import values_found, xlsx

_ALL = ("ssn", "taxpayer_id", "account_number", "customer_name", "address", "phone", "email", "energy_usage")


def _pdf(lines: list[str], columns: list[float]) -> bytes:
    """One landscape page, each string a line of its own, its tab-separated cells at the ``columns``' x positions."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=landscape(letter))
    pdf.setFont("Helvetica", 7)
    y = 560.0
    for line in lines:
        for x, cell in zip(columns, line.split("\t")):
            pdf.drawString(x, y, cell)
        y -= 11
    pdf.save()
    return out.getvalue()


def _pdf_found(lines: list[str], columns: list[float]) -> set[tuple[str, str]]:
    document = extract("https://www.example.gov/budget.pdf", _pdf(lines, columns))
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


# --- 1. an organisation's row in a grant award sheet -------------------------------------------------------

_AWARD_HEADER = ("Organization", "EIN", "Address", "Contact", "Title", "Phone", "Email", "Project", "Award",
                 "Est. annual savings")


def _awards(*rows) -> dict[str, list[str]]:
    title = ("Clean Energy Mini-Grants - 2026 Awards (approved by Council)",) + (None,) * 9
    return values_found("grant-awards.xlsx", xlsx([title, _AWARD_HEADER, *rows]), _ALL)


def test_grant_awardees_row_under_organization_column_is_public():
    found = _awards(
        ("Casa de Esperanza Ministries", "83-4417265", "812 W. Holt Ave, Pomona, CA 91768", "Lorena Basurto", "CFO",
         "909-555-0187", "casaesperanza1@gmail.com", "Heat pump water heater", 24000, "18,220 kWh"),
        ("Museum of Desert Glass", "26-3390481", "45 E. Center St, Pomona, CA 91766", "Warren Pike",
         "Executive Director", "(909) 555-0142", "wpike@desertglass.org", "LED retrofit", 15000, "9,870 kWh"))
    assert found == {}


def test_sole_proprietor_under_grantee_column_keeps_ein():
    rows = [("Grantee", "EIN", "Project", "Award"),
            ("Rosalind Okafor", "83-4417265", "Solar for home daycare", 8000)]
    found = values_found("grantees.xlsx", xlsx(rows), _ALL)
    assert "83-4417265" in found.get("taxpayer_id", [])


# --- 2. a budget's crosswalk of old account codes ----------------------------------------------------------

_CROSSWALK_COLUMNS = [40, 160, 280]


def test_old_account_codes_beside_new_ones_are_no_ssn():
    found = _pdf_found([
        "Crosswalk to the new chart of accounts",
        "The former fund-department-object codes are listed beside the new ones.",
        "Prior code (FY18)\tCurrent code\tDescription",
        "548-27-6130\t548-3810-61300\tFuel - fleet",
        "233-58-6141\t548-3810-61410\tVehicle parts",
    ], _CROSSWALK_COLUMNS)
    assert not {v for c, v in found if c in ("ssn", "taxpayer_id")}


def test_ssn_beside_a_persons_name_in_such_a_table_is_kept():
    found = _pdf_found([
        "Employee\tSSN\tDepartment code",
        "Darnell Whitcomb\t548-27-6130\t548-3810-61300",
    ], _CROSSWALK_COLUMNS)
    assert ("ssn", "548-27-6130") in found


def test_unlabelled_3_2_4_in_a_row_with_no_ledger_code_is_kept():
    found = _pdf_found([
        "Ref\tNote\tAmount",
        "548-27-6130\tcopied from intake form\t$40.00",
    ], _CROSSWALK_COLUMNS)
    assert ("ssn", "548-27-6130") in found


# --- 3. the City's own account in a check register -----------------------------------------------------------

_REGISTER = """check_no,date,payee,invoice_no,account,amount
410221,2026-03-02,So Cal Edison - City acct 2-31-447-9015 (Library),8815521,548-3810-52100,4120.55
410222,2026-03-02,Valley Print Shop,INV-2231,548-3810-53110,310.00
410230,2026-03-04,Refund - Marisol Quintanilla - acct 2-31-447-2277,RF-1182,548-3810-24100,88.10
"""


def test_city_account_on_a_payee_line_is_public():
    found = values_found("check-register.csv", _REGISTER, ("account_number",))
    assert "2-31-447-9015" not in found.get("account_number", [])


def test_customers_account_in_a_refund_to_a_person_is_kept():
    found = values_found("check-register.csv", _REGISTER, ("account_number",))
    assert "2-31-447-2277" in found.get("account_number", [])


# --- 4. a proposers' table in a PDF ----------------------------------------------------------------------------

_PROPOSER_COLUMNS = [30, 170, 330, 400, 470, 530]


def test_proposers_phone_and_firms_fein_in_pdf_table_are_public():
    found = _pdf_found([
        "Proposals received for RFP 2026-03",
        "Proposer\tAddress\tPhone\tFEIN\tScore\tPrice",
        "Orchard & Vine Partners, Inc.\t210 N. Main St, Pomona, CA\t8187730412\t47-3318265\t88\t$412,000",
        "Quill Energy Advisors Corp.\t19 S. Park Ave, Pomona, CA\t(909) 555-0110\t98-1102467\t79\t$388,000",
    ], _PROPOSER_COLUMNS)
    assert not {v for c, v in found if c in ("account_number", "taxpayer_id")}


def test_persons_fein_in_a_pdf_table_is_kept():
    found = _pdf_found([
        "Proposer\tAddress\tPhone\tFEIN\tScore\tPrice",
        "Marisol Quintero\t88 W. Holt Ave, Pomona, CA\t(909) 555-0110\t98-1102467\t79\t$38,000",
    ], _PROPOSER_COLUMNS)
    assert ("taxpayer_id", "98-1102467") in found


# --- 4b. a contract's Notices cell --------------------------------------------------------------------------------

def _docx_cells(*cells: str) -> bytes:
    """A Word document of one table row holding ``cells``, each a cell of lines."""
    from docx import Document as WordDocument
    word = WordDocument()
    word.add_paragraph("Section 14. Notices")
    table = word.add_table(rows=1, cols=len(cells))
    for cell, text in zip(table.rows[0].cells, cells):
        cell.text = text
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def test_phone_after_a_firms_zip_in_a_notices_cell_is_no_account():
    body = _docx_cells("To City:\nPomona Choice Energy\nAttn: Program Manager\n505 S. Garey Ave., Pomona, CA 91766",
                       "To Consultant:\nLarkspur Grid Advisors LLP\nAttn: Noemi Trujillo, Principal\n"
                       "711 Harbor Blvd Suite 4, Glendale, CA 91203\n8184472913\nntrujillo@larkspurgrid.com")
    found = values_found("agreement.docx", body, _ALL)
    assert "8184472913" not in found.get("account_number", [])
    assert "Noemi Trujillo" not in " ".join(found.get("customer_name", []))


def test_labelled_sce_account_after_an_address_is_kept():
    body = _docx_cells("Customer: Noemi Trujillo\n711 Harbor Blvd, Glendale, CA 91203\nSA# 8184472913")
    found = values_found("hardship.docx", body, ("account_number",))
    assert "8184472913" in found.get("account_number", [])


# --- 5. a data dictionary's placeholders ------------------------------------------------------------------------

def _dictionary(*rows) -> dict[str, list[str]]:
    from docx import Document as WordDocument
    word = WordDocument()
    word.add_paragraph("Field layout of the billing extract. Examples are placeholders.")
    table = word.add_table(rows=0, cols=4)
    for row in (("Field", "Data type", "Description", "Example"), *rows):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    out = io.BytesIO()
    word.save(out)
    return values_found("layout.docx", out.getvalue(), _ALL)


def test_data_dictionary_placeholders_are_no_values():
    found = _dictionary(("ACCT_HOLDER_NM", "VARCHAR(60)", "Account holder as billed", "SURNAME, GIVEN NAME"),
                        ("PREM_ADDR", "VARCHAR(100)", "Premise address", "STREET NO + NAME + UNIT"),
                        ("BILL_ADDR", "VARCHAR(100)", "Billing address", "STREET / PO BOX"),
                        ("KWH_BILLED", "NUMBER(9,2)", "Billed energy", "0.00"))
    assert found == {}


def test_real_customer_example_in_a_data_dictionary_is_kept():
    found = _dictionary(("ACCT_HOLDER_NM", "VARCHAR(60)", "Account holder as billed", "OYELARAN, FUNMILAYO"),
                        ("PREM_ADDR", "VARCHAR(100)", "Premise address", "2847 N Towne Ave, Pomona, CA 91767"),
                        ("PHONE", "CHAR(10)", "Primary phone", "(909) 555-0179"))
    assert found.get("address") and found.get("customer_name")


# --- 6. a firm's W-9 laid out as a table -------------------------------------------------------------------------

def _w9(name: str) -> dict[str, list[str]]:
    from docx import Document as WordDocument
    word = WordDocument()
    word.add_paragraph("Attachment 3 - Form W-9")
    table = word.add_table(rows=0, cols=2)
    for row in (("1 Name of entity", name), ("3 Federal tax classification", "Limited liability company"),
                ("Part I Social security number", "___-__-____"),
                ("Part I Employer identification number", "82-4410937")):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    out = io.BytesIO()
    word.save(out)
    return values_found("w9.docx", out.getvalue(), ("taxpayer_id",))


def test_firms_w9_in_a_table_is_public():
    assert _w9("Copperline Retrofit LLC") == {}


def test_sole_proprietors_w9_in_a_table_is_kept():
    assert "82-4410937" in _w9("Marisol Quintero").get("taxpayer_id", [])


# --- 7. an invitation to call a centre's staff --------------------------------------------------------------------

_HELP_PAGE = """<html><body><h2>Medical Baseline and CARE customers: get help</h2>
<p>Volunteers help with the forms on Thursdays at the Washington Park Community Center, 865 E. Grand Ave.
Call Marlene at the Center, (909) 555-0163 ext. 210. Utility bill help: Pomona Family Resource Center,
(909) 555-0188.</p>
<p>Customer Orlando Pruitt, 1522 W. Fourth St, (909) 555-0127, enrolled after his shutoff notice.</p>
</body></html>"""


def test_imperative_call_and_a_centres_line_are_public():
    found = values_found("care.html", _HELP_PAGE, ("customer_name", "phone"))
    assert not any("Marlene" in v for v in found.get("customer_name", []))
    assert "(909) 555-0188" not in found.get("phone", [])
    assert "(909) 555-0127" in found.get("phone", [])


# --- 8. a public workshop's sign-in sheet ---------------------------------------------------------------------------

def test_voluntary_public_sign_in_sheet_is_a_public_listing():
    rows = [("Lincoln Park Playground Renovation - Community Meeting #1",),
            ("Signing in is optional. This sheet is a public record.",),
            ("Name", "Neighborhood", "E-mail (optional)", "Phone (optional)"),
            ("Ramona Ibarra", "Lincoln Park", "ramona.ibarra77@gmail.com", None),
            ("Felix Dunmore", "Westmont", None, "909-555-0108"),
            ("Tien Nguyen", "Lincoln Park", "tnguyen.lp@yahoo.com", None)]
    assert values_found("sign-in.xlsx", xlsx(rows), ("email", "phone", "customer_name")) == {}


def test_mailbox_in_a_sheet_not_called_public_is_still_low():
    rows = [("Program interest list",),
            ("Name", "E-mail"),
            ("Ramona Ibarra", "ramona.ibarra77@gmail.com")]
    assert values_found("interest.xlsx", xlsx(rows), ("email",)).get("email")
