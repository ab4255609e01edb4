"""Utility accounts written as many utilities write them (red team acct24): a form laid out as a table of
label | value cells without colons, long and short accounts under the common account labels, meter-point labels,
and the reference numbers that are no account."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.lib.styles import getSampleStyleSheet

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import docx_table
from tests.test_table_headers import xlsx

DETECTORS = load_detectors()


def found(name: str, body: bytes | str) -> set[tuple[str, str]]:
    data = body.encode() if isinstance(body, str) else body
    document = extract(f"https://www.cityofmarlowe.gov/docs/{name}", data, None)
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


def accounts(name: str, body: bytes | str) -> set[str]:
    return {value for category, value in found(name, body) if category == "account_number"}


def html_table(rows) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><h1>Service request</h1><table>{cells}</table></body></html>"




# --- a form laid out as label | value cells without a colon -------------------------------------------------

SHORT_FORM = [("Applicant name", "Marisol Quintero-Vance"), ("Utility Acct", "5839 2016 74")]


def test_a_short_two_column_form_labels_its_values():
    """One or two rows of 'label | value' cells: the label cell names the value cell as 'Utility Acct:' would,
    in a web page's table, a Word table and a sheet laid out as a form."""
    assert accounts("form.html", html_table(SHORT_FORM)) == {"5839 2016 74"}
    assert accounts("lone.html", html_table([("Account Number", "6620418377")])) == {"6620418377"}
    assert accounts("form.docx", docx_table([("Applicant name", "Marisol Quintero-Vance"),
                                             ("Bill Acct", "6620418377")])) == {"6620418377"}
    assert accounts("form.xlsx", xlsx([("Applicant name", "Marisol Quintero-Vance"),
                                       ("Bill Acct", "6620418377")])) == {"6620418377"}
    longer = [("Date received", "4/9/2026"), ("Applicant name", "Marisol Quintero-Vance"),
              ("Service address", "2218 Larkspur Ct, Marlowe, CA 93011"), ("Meter #", "0007 3391 6620")]
    assert "0007 3391 6620" in accounts("longer.html", html_table(longer))


def test_a_forms_building_permit_row_names_no_city_facility():
    """'Related building permit (if any) | BLD26-50418' on a customer's application: a permit, not a 'Building'
    column of the City's facilities, whose accounts are published on purpose."""
    rows = [("Applicant name", "Marisol Quintero-Vance"), ("Service address", "2218 Larkspur Ct, Marlowe, CA 93011"),
            ("Svc Agmt", "0004418203"), ("Related building permit (if any)", "BLD26-50418")]
    assert accounts("application.docx", docx_table(rows)) == {"0004418203"}
    facilities = [("Building", "Account Number", "kWh"), ("Marlowe City Hall Annex", "4471902231", "18,220"),
                  ("Corporation Yard", "4471902249", "9,310")]
    assert accounts("facilities.html", html_table(facilities)) == set()


def test_tables_that_are_no_form_stay_silent():
    """A header row over its rows, a lone header row, and a budget's items with their amounts: no label cells."""
    header_over_rows = [("Account", "Amount"), ("Meter Services", "1204400")]
    assert accounts("ledger.html", html_table(header_over_rows)) == set()
    assert accounts("ledger.docx", docx_table([("Budget line", "FY 2026 Budget"), ("Meter Services", "1204400")])) \
        == set()
    assert found("empty.html", html_table([("Account Number", "Customer Name")])) == set()
    budget = [("Office supplies", "4,250"), ("Electricity", "118,400"), ("Water service", "22,910")]
    for name, body in (("budget.html", html_table(budget)), ("budget.docx", docx_table(budget)),
                       ("budget.xlsx", xlsx(budget))):
        assert found(name, body) == set(), name
    city = [("Facility", "Marlowe Public Library"), ("Address", "400 Civic Center Dr, Marlowe, CA 93011")]
    assert found("facility.html", html_table(city)) == set()


# --- long accounts under the common labels ------------------------------------------------------------------


def test_long_accounts_under_any_account_label():
    """A utility that numbers its accounts with 17 to 22 digits (a 20-digit number with leading zeros, a Texas ESI
    ID listed as the account) is read under every account label and column, not only ESI ID's or SA ID's."""
    for label in ("Acct #:", "A/C No.", "Account No.", "Bill Acct", "CA No.", "Billing Acct No."):
        text = f"Customer: Theodora Vasquez-Lind\n{label} 00082213975510364418\n"
        assert accounts("record.txt", text) == {"00082213975510364418"}, label
    csv = 'ratepayer,acct_no,balance\n"Theodora Vasquez-Lind","10080224419930571",211.40\n'
    assert accounts("export.csv", csv) == {"10080224419930571"}
    table = ("<table><tr><th>Customer</th><th>Utility</th><th>Account</th><th>Credit</th></tr><tr><td>Theodora "
             "Vasquez-Lind</td><td>Pinecrest Gas</td><td>00082213975510364418</td><td>$120.00</td></tr></table>")
    assert accounts("credits.html", table) == {"00082213975510364418"}


def pdf_table(title: str, rows) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph(title, getSampleStyleSheet()["Normal"]), Table(rows)])
    return out.getvalue()


def test_long_accounts_under_an_account_column_of_a_pdf_table():
    """A PDF table's rows come as lines of cells: the column's header above is a 20-digit account's only label."""
    rows = [("Name", "Acct#", "Date", "PO Ref"), ("Theodora Vasquez-Lind", "00082213975510364418", "5/6/2026", "PO 2026-1182"),
            ("Gregorio Castellanos", "10080224419930571", "5/9/2026", "PO 2026-1190")]
    assert accounts("exceptions.pdf", pdf_table("Enrollment exceptions", rows)) == {
        "00082213975510364418", "10080224419930571"}
    shipped = [("Carrier", "Tracking", "Units"), ("USPS", "94001118995622344712", "480"),
               ("USPS", "94001118995622344729", "120")]
    assert accounts("shipments.pdf", pdf_table("AMI meter shipments", shipped)) == set()


def test_long_numbers_of_other_kinds_stay_silent():
    """A card-like run with no label, a shipment's tracking number and the City's own remittance account."""
    assert accounts("note.txt", "Reference 4539 1488 0343 6467 was voided by the clerk on Monday.\n") == set()
    assert accounts("ami.txt", "AMI meters shipped, tracking # 9400111899562234471203, 480 units.\n") == set()
    remit = ("Pay by wire or ACH to the City of Marlowe, Bank of the Sierra, ABA Routing No. 121143260, "
             "Account No. 00074491023356618 (City of Marlowe General Fund).\n")
    assert accounts("remit.txt", remit) == set()
    budget = ("<table><tr><th>Account</th><th>Description</th><th>Amount</th></tr><tr><td>10143100052100000</td>"
              "<td>Meter services</td><td>$12,000</td></tr></table>")
    assert accounts("budget.html", budget) == set()
    facilities = ("<table><tr><th>Facility</th><th>Account</th><th>kWh</th></tr><tr><td>Marlowe City Hall</td>"
                  "<td>00082213975510364418</td><td>18,220</td></tr></table>")
    assert accounts("facilities.html", facilities) == set()
    assert accounts("ach.txt", "ACH credits: Routing 121143260 / Acct 448120993315, City of Marlowe Utility Fund.\n") \
        == set()


# --- a small utility's five-digit account -------------------------------------------------------------------


def test_five_digit_account_after_an_account_label_beside_a_person():
    """'Utility Acct 80601' in a staff report's sentence about a ratepayer, an 'A/C No.' column of a list of
    customers: a small water company's accounts have five digits."""
    prose = ("Staff logged a billing dispute from Leontyne Abernathy, a Pinecrest Mutual Water Co. ratepayer "
             "(Utility Acct 73318), who reported two estimated reads.\n")
    assert accounts("report.txt", prose) == {"73318"}
    assert accounts("list.csv", "Name,A/C No.\nGregorio Castellanos,52907\nLeontyne Abernathy,73318\n") == {
        "52907", "73318"}
    assert accounts("chat.txt", "Ops note: Bill Acct # 41096 belongs to Gregorio Castellanos, moved out in May.\n") \
        == {"41096"}
    assert accounts("block.txt", "Gregorio Castellanos\n914 Wren Hollow Rd\nA/C No. 52907\n") == {"52907"}
    assert accounts("log.txt", "The customer disputed the charges on Acct No. 52907 last March.\n") == {"52907"}


def test_five_digit_numbers_of_other_kinds_stay_silent():
    """A budget's account line, a ZIP code after a customer's city, a resolution's number, a plain 'account' and
    a labelled five-digit number with no person near it."""
    for text in ("Budget amendment: Account 80611 Meter Services, increase $12,000.\n",
                 "Acct No. 61520 Meter Services and Supplies, transfer of $4,000 approved by Director Ortega.\n",
                 "Customer Service Division, FY 2025-26 appropriations: Acct No. 61520 Postage, increase $4,000 from "
                 "the General Fund.\n",
                 "Leontyne Abernathy, 2218 Larkspur Ct, Marlowe, CA 93011, asked about rebates.\n",
                 "Council adopted Resolution No. 26118 for Leontyne Abernathy's appeal hearing date.\n",
                 "The Pinecrest Mutual Water Co. utility acct 73318 serves the Civic Center fountain.\n"):
        assert accounts("note.txt", text) == set(), text
    assert accounts("gl.csv", "Account,A/C No.,Amount\nMeter Services,52907,1200\n") == set()


# --- a meter point's number ---------------------------------------------------------------------------------


def test_meter_point_labels_name_an_account():
    """Point of delivery, MPAN, MPRN, supply and meter point numbers: what a utility bills a customer's supply by."""
    values = {"POD:": "ITE002E77310945", "Point of Delivery": "ITE002E77310945", "MPAN": "16 2231 0077 419",
              "MPRN": "8830194426", "Supply Number": "5517203398", "Meter Point ID": "5517203398"}
    for label, value in values.items():
        text = f"Gwendolyn Achterberg\n1187 Sorrel Hill Rd\n{label} {value}\n"
        assert accounts("letter.txt", text) == {value}, label
    prose = "Emeric Vauclain asked staff to correct the bill for MPAN 16 2231 0077 419 before the move-out date.\n"
    assert accounts("minutes.txt", prose) == {"16 2231 0077 419"}


def test_the_citys_own_supply_points_and_a_pod_stay_silent():
    """A water system's supply points and delivery points with their volumes, and a lower-case 'pod'."""
    for text in ("Supply Point 4 (Well 12) produced 1,204,400 gallons in March.\n",
                 "Point of Delivery 2 at the Baseline Rd reservoir took 2,204,118 gallons.\n",
                 "The library's study pod 5561203387 booking code was sent to the Friends of the Library.\n"):
        assert accounts("water.txt", text) == set(), text


# --- a transaction's number in an SCE account's form ----------------------------------------------------------


def test_a_transaction_label_wins_over_the_plain_ten_digit_sce_form():
    """'confirmation #8306615520': a rebate's confirmation, a ticket's or a shipment's number in the shape of an SCE
    service account is theirs; the same digits with no label, after an account label, or SCE's dashed form after a
    vague 'Ref' are still an account."""
    for text in ("The heat pump rebate was filed online with confirmation #8306615520.\n",
                 "Help desk Ticket 8419920375 closed after the portal reset.\n",
                 "Smart thermostats shipped under Tracking No. 8551027746 on Tuesday.\n"):
        assert accounts("public.txt", text) == set(), text
    assert accounts("log.txt", "Caller Priyanka Venkataraman, SCE 8306615520, disputes the May bill.\n") == {
        "8306615520"}
    assert accounts("log.txt", "Confirmation for Acct 8306615520 mailed to the customer.\n") == {"8306615520"}
    assert accounts("log.txt", "Ref 8-306-615-520 escalated to SCE.\n") == {"8-306-615-520"}
