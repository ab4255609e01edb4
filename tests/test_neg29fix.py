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
