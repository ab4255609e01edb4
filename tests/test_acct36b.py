"""Customer accounts in a city's registers, calendars and paper forms (red team accounts36, second half).

- A hearing calendar of water shut-off appeals ("Case No. | Appellant | Acct | Issue"): the case's party beside an
  account is a utility customer, so the appellant's name and account are reported. A PDF table whose first column
  wraps ("10:00" / "a.m.") is read as rows, not as two side-by-side columns. Hard negatives: a planning commission's
  appeal calendar (no account column) reports no one; prose beside a gutter is still read column by column.
- A warrant register whose vendor row describes "CITY FACILITIES GAS": that row titles no table, and the customers'
  deposit refunds after it ("UB DEP REFUND A/C ...") are reported. Hard negative: the vendor row's own number.
- A paper form that prints its captions under the filled lines ("Nadia Petrov" over "Customer name"): each value
  goes with the caption under it. Hard negative: a boxed form with captions above its values still reads downwards.
- "Account to close:" (and to transfer, to open) is an account's label.
- False findings: a bank account's last digits ("bank acct ending 0412"); a City site named after a street in a
  facility table ("Delgado Yard - Fleet Shop"); the bank's name under "Nombre del banco" or "Name of Financial
  Institution"; a weatherization program's list of measures ("Caulking, CFLs"). Hard negatives: a utility account's
  last digits, a customer's row in a table with a facility column, the account holder's own name on an ACH form.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from crawler.extract.layout import captioned_boxes
from tests.detector_helpers import docx_table, pairs_found, values_of

_SITE = "https://www.ci.pomona.ca.us/finance"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _table_pdf(title: str, rows: list[list[str]], widths: list[int]) -> bytes:
    """A PDF of a title and a table whose cells wrap within ``widths`` (points), each at the top of its row."""
    style = getSampleStyleSheet()["Normal"].clone("cell", fontSize=8, leading=10)
    out = io.BytesIO()
    cells = [[Paragraph(text, style) for text in row] for row in rows]
    table = Table(cells, colWidths=widths, style=[("VALIGN", (0, 0), (-1, -1), "TOP")])
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph(title, style), table])
    return out.getvalue()


# --- a hearing calendar of shut-off appeals ------------------------------------------------------------------

def test_a_shutoff_appeal_calendar_reports_its_appellants_and_accounts():
    body = _table_pdf("Administrative Hearings - Water Service Termination Appeals, July 9", [
        ["Time", "Case No.", "Appellant", "Acct", "Issue"],
        ["8:30 a.m.", "AH-25-118", "Rosalind T. Okafor", "0612.448.07", "Billing dispute"],
        ["9:15 a.m.", "AH-25-121", "Benedikt J. Aalto", "0377-902-15", "Medical hardship"],
        ["11:45 a.m.", "AH-25-127", "Priya S. Venkatesan", "0841.330.22", "Missed installment"],
        ["12:30 p.m.", "AH-25-130", "Tomasz K. Wielgosz", "0290.117.04", "Missed installment"],
        ["1:45 p.m.", "AH-25-133", "Hollis R. Pemberton", "0518.662.09", "Billing dispute"],
    ], [48, 70, 130, 80, 120])
    found = _found("hearings.pdf", body)
    assert {"0612.448.07", "0377-902-15", "0841.330.22", "0290.117.04"} <= values_of(found, "account_number")
    assert {"Rosalind T. Okafor", "Benedikt J. Aalto", "Priya S. Venkatesan"} <= values_of(found, "customer_name")
    assert not {"AH-25-118", "AH-25-121"} & values_of(found, "account_number")
    from crawler.extract import extract
    texts = [s.text for s in extract("hearings.pdf", body).segments]
    assert "11:45 a.m.\tAH-25-127\tPriya S. Venkatesan\t0841.330.22\tMissed installment" in texts  # one row, not two


def test_a_planning_appeal_calendar_names_no_customer():
    body = _table_pdf("Planning Commission - Appeals Calendar", [
        ["Time", "Case No.", "Appellant", "Property", "Project"],
        ["6:30 p.m.", "PLN-25-0412", "Harriet Lindgren", "1180 N Towne Ave", "Accessory dwelling unit"],
        ["10:15 a.m.", "PLN-25-0433", "Osvaldo Ferreira", "77 E Arrow Hwy", "Sign variance"],
        ["11:00 a.m.", "PLN-25-0440", "Ingrid Solberg", "905 W Holt Ave", "Lot line adjustment"],
    ], [42, 80, 120, 110, 120])
    found = _found("planning.pdf", body)
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")


def test_a_case_list_beside_an_account_column_needs_a_party_or_a_customer():
    """A code enforcement list's "Case No. | Respondent | Acct": a respondent is no utility's party; a complaint log
    with "Complainant" beside the account is a customer's record."""
    html = ("<table><tr><th>Case No.</th><th>Complainant</th><th>Acct</th><th>Issue</th></tr>"
            "<tr><td>CMP-25-3301</td><td>Delphine Marchetti</td><td>0554871-12</td><td>High bill</td></tr>"
            "<tr><td>CMP-25-3307</td><td>Kwabena Asante</td><td>0910234-05</td><td>Leak credit</td></tr></table>")
    found = _found("complaints.html", html)
    assert {"0554871-12", "0910234-05"} <= values_of(found, "account_number")
    assert {"Delphine Marchetti", "Kwabena Asante"} <= values_of(found, "customer_name")


def test_prose_columns_beside_a_gutter_are_still_read_one_after_the_other():
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    left = ["The Council adopted the water rate study", "after a long hearing in which several",
            "residents spoke about the proposed tiers", "and the drought surcharge that would",
            "apply in the summer months of each year."]
    right = ["Staff will return in October with a report", "on the meter replacement program and the",
             "results of the leak detection pilot that", "started in the northern pressure zone",
             "earlier this spring, as the board asked."]
    for k, (a, b) in enumerate(zip(left, right)):
        pdf.drawString(54, 700 - 14 * k, a)
        pdf.drawString(320, 700 - 14 * k, b)
    pdf.save()
    from crawler.extract import extract
    texts = [s.text for s in extract("newsletter.pdf", out.getvalue()).segments if s.location.page]
    assert any("The Council adopted the water rate study" == t for t in texts)
    assert not any("study" in t and "Staff will return" in t for t in texts)


# --- a warrant register ----------------------------------------------------------------------------------------

def test_deposit_refunds_after_a_city_facilities_vendor_row_are_reported():
    body = _table_pdf("WARRANT REGISTER - CHECK RUN OF JULY 17", [
        ["Warrant", "Vendor / Payee", "Description", "Fund-Org", "Amount"],
        ["518802", "MESA GAS CO", "CITY FACILITIES GAS - JUNE 61200417", "101-2210", "$9,412.30"],
        ["518803", "ARROYO HAULING INC", "JUNE FRANCHISE REMIT", "101-2210", "$3,118.00"],
        ["518804", "KOWALCZYK, AGNIESZKA", "UB DEP REFUND A/C 0558120-03", "575-5940", "$150.00"],
        ["518805", "OYELARAN, TUNDE", "UB CREDIT BAL REFUND A/C 0731946-18", "575-5940", "$87.41"],
    ], [50, 120, 170, 60, 70])
    found = _found("warrants.pdf", body)
    assert {"0558120-03", "0731946-18"} <= values_of(found, "account_number")
    assert {"KOWALCZYK, AGNIESZKA", "OYELARAN, TUNDE"} <= values_of(found, "customer_name")
    assert "61200417" not in values_of(found, "account_number")


# --- captions under the filled lines ---------------------------------------------------------------------------

def _form_pdf(fields: list[tuple[str, str]], *, captions_below: bool) -> bytes:
    """A paper form: each value on its line in 11-point type, its caption in 7-point type right under it (or right
    above it), the next field well below."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(54, 740, "APPLICATION TO MOVE WATER SERVICE")
    y = 690
    for caption, value in fields:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(60, y, value)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(56, y - 11 if captions_below else y + 13, caption)
        y -= 44
    pdf.save()
    return out.getvalue()


def test_captions_printed_under_the_filled_lines():
    body = _form_pdf([("Customer name", "Nadia Petrov-Alvarez"), ("Cust No.", "00418832"),
                      ("Old service address", "2291 N. Wickham Ct"), ("Account to close", "081157306"),
                      ("New account no. (office use)", "0633018-40"), ("Phone", "(909) 471-2290")],
                     captions_below=True)
    found = _found("transfer.pdf", body)
    assert {"00418832", "081157306", "0633018-40"} <= values_of(found, "account_number")
    assert "Nadia Petrov-Alvarez" in values_of(found, "customer_name")
    assert "2291 N. Wickham Ct" in values_of(found, "address")
    assert "(909) 471-2290" in values_of(found, "phone")


def test_captions_above_their_values_still_read_downwards():
    body = _form_pdf([("Customer name", "Ezekiel Osei"), ("Account number", "0712205-33"),
                      ("Service address", "419 E. Lorraine St"), ("Phone", "(909) 355-8104")], captions_below=False)
    from crawler.extract import extract
    texts = [s.text for s in extract("form.pdf", body).segments]
    assert "Customer name: Ezekiel Osei" in texts and "Account number: 0712205-33" in texts


def test_without_the_lines_geometry_captions_pair_with_the_value_under_them():
    """OCR's lines carry no geometry here: the reading stays the one downwards."""
    assert captioned_boxes(["HOME PHONE", "(951) 555-0134", "SERVICE ADDRESS", "1719 W. Pasadena St"])[1] == \
        "HOME PHONE: (951) 555-0134"


def test_an_account_named_by_what_the_form_does_to_it():
    body = ("Stop / start request\nAccount to close: 044871920\nAccount to be transferred: 0319924-11\n"
            "Customer: Marguerite Oduya\n")
    assert {"044871920", "0319924-11"} <= values_of(_found("request.txt", body), "account_number")


# --- false findings --------------------------------------------------------------------------------------------

def test_a_bank_accounts_last_digits_are_no_utility_account():
    body = ("AutoPay cancellations - June\n"
            "1. Cust No. 000318840 - Ilse Brandt - bank acct ending 0412 - returned NSF twice\n"
            "2. Cust No. 000527716 - Omari Kiplagat - checking account ending in 7731 - closed account\n"
            "3. Utility acct ending 4471 - Soren Haugland - moved out\n")
    accounts = values_of(_found("autopay.txt", body), "account_number")
    assert {"000318840", "000527716", "4471"} <= accounts
    assert not {"0412", "7731"} & accounts


def test_a_city_yard_named_after_a_street_is_a_facility():
    body = docx_table([("Facility", "Address", "Water Acct #", "Gas Acct", "Meter #"),
                       ("Delgado Yard \u2013 Fleet Shop", "1402 N Delgado Ave", "0415532-08", "061 442 9019 3",
                        "K4-77120391"),
                       ("Civic Center", "505 S Garey Ave", "0100021-01", "061 100 2004 1", "K4-10020011")],
                      "The City of Pomona holds each account below.", heading="City Facility Utility Accounts")
    assert not values_of(_found("facilities.docx", body), "account_number")


def test_a_customers_row_beside_a_facility_column_is_still_reported():
    body = docx_table([("Facility", "Account Holder", "Water Acct #"),
                       ("Rear unit", "Leopold Vanterpool", "0662904-17")], heading="Submetered units")
    found = _found("units.docx", body)
    assert "0662904-17" in values_of(found, "account_number")


def _label_form_pdf(title: str, rows: list[tuple[str, str]]) -> bytes:
    """A filled PDF form: each caption at the left margin, its value in a column to its right."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(54, 740, title)
    for k, (caption, value) in enumerate(rows):
        pdf.drawString(60, 700 - 22 * k, caption)
        pdf.drawString(260, 700 - 22 * k, value)
    pdf.save()
    return out.getvalue()


def test_the_bank_on_an_autopay_form_is_no_customer():
    body = _label_form_pdf("SOLICITUD DE PAGO AUTOMATICO", [
        ("Nombre del titular de la cuenta", "Graciela Montenegro"), ("Dirección del servicio", "1187 W. Ninth St"),
        ("Nombre del banco", "Banco Mercantil de Anza"), ("Número de cuenta bancaria", "0829 1174 3306")])
    names = values_of(_found("solicitud.pdf", body), "customer_name")
    assert "Graciela Montenegro" in names and "Banco Mercantil de Anza" not in names
    body = _label_form_pdf("AUTOPAY ENROLLMENT", [
        ("Name of bank account holder", "Felix Abernathy-Ruiz"), ("Service address", "2204 N. Towne Ave"),
        ("Name of Financial Institution", "Ridgeline Federal Credit Union"), ("Bank account number", "4410 2298 7731")])
    names = values_of(_found("autopay.pdf", body), "customer_name")
    assert "Felix Abernathy-Ruiz" in names and "Ridgeline Federal Credit Union" not in names


def test_a_list_of_measures_is_no_name():
    body = ("Household,Neighborhood,Gas Acct,CCA Cust ID,Measures installed,Completed\n"
            "Yusuf Demirci,N. Garey area,052 118 4420 7,CCA00612204,\"Caulking, CFLs\",06/12/2025\n"
            "Marit Eklund,E. Holt area,052 227 9031 4,CCA00688310,\"Insulation, Duct seal\",06/19/2025\n")
    names = values_of(_found("weatherization.csv", body), "customer_name")
    assert {"Yusuf Demirci", "Marit Eklund"} <= names
    assert not {"Caulking, CFLs", "Insulation, Duct seal"} & names
