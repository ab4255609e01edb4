"""Public look-alikes of a city's own records (red team neg35a): organisations' people, vendors' blocks and a
department's own form.

- A call log or a contact list whose rows name each person's organisation (Caller | Organization | Call back | Re:
  a newspaper's reporter, a contractor's estimator, an agency's analyst) lists organisations' people, not customers:
  their names, call-back numbers and the City facility a note names stay public. Hard negatives: a row whose
  organisation's cell says customer and gives an account, a row whose note speaks of the caller's own bill, a row
  whose organisation's cell says resident, and a table with a column that says customer outright stay reported.
- A small Word label | value table describing a vendor, a contractor or a grantee ("Vendor | ...", "Contact name",
  "Phone", "Email", "City account no. with vendor") is the firm's published block, and the City's own account in
  the vendor's books is the City's, also on a page that gives a customer's account elsewhere. Hard negatives: a
  customer's case table on such a page, a "Contractor" field naming a private person beside an account.
- An AcroForm with generic field names (Text1, Text2 ...) filled in by a department for a City facility (the
  facility's name, staff at the City's mailbox, the building's annual kWh) is the City's own record. Hard negative:
  the same form filled in by a resident at a personal mailbox.
Invented names, numbers and places throughout.
"""
from __future__ import annotations

import io

import docx
from reportlab.pdfgen import canvas

from tests.detector_helpers import docx_form, pairs_found, values_of, xlsx

_SITE = "https://www.ontarioca.gov"

_HEADER = ("Date", "Time", "Caller", "Organization", "Call back", "Re", "Taken by", "Status")


def _call_log(*rows) -> bytes:
    return xlsx([("Utilities Front Desk - Callback Log, May 2025",), (), _HEADER, *rows,
                 (), ("Log kept per the front desk procedure; media calls go to the PIO.",)])


# --- 1. organisations' people in a call log ----------------------------------------------------------------------

_REPORTER = ("05/02/2025", "9:14", "Leopold Haverkamp", "Inland Empire Ledger", "(951) 402-7713",
             "wants comment on the rate increase story", "M. Ochoa", "Left message")
_CONTRACTOR = ("05/06/2025", "13:40", "Quilla Mendizabal", "Brightline Roofing, Inc.", "909-388-2054",
               "site walk at 208 W B St parking structure", "T. Lavigne", "Closed")
_AGENCY = ("05/09/2025", "10:05", "Ravindra Okonjo", "Regional Air District", "213.771.4096",
           "grant reporting question", "M. Ochoa", "Called back")


def test_a_call_logs_reporters_contractors_and_agencies_are_no_customers():
    found = pairs_found(f"{_SITE}/utilities/callback-log-may.xlsx", _call_log(_REPORTER, _CONTRACTOR, _AGENCY))
    assert not values_of(found, "customer_name") & {"Leopold Haverkamp", "Quilla Mendizabal", "Ravindra Okonjo"}
    assert not values_of(found, "phone") & {"(951) 402-7713", "909-388-2054", "213.771.4096"}
    assert not values_of(found, "address")  # the City's parking structure a contractor's note names


def test_a_customers_row_in_the_same_log_is_still_reported():
    customer = ("05/07/2025", "11:22", "Marisela Quintanar", "Ontario customer, acct 4-118-902-3371",
                "909.614.2286", "says her statement is wrong", "T. Lavigne", "Called back")
    found = pairs_found(f"{_SITE}/utilities/callback-log-may.xlsx", _call_log(_REPORTER, customer, _AGENCY))
    assert "Marisela Quintanar" in values_of(found, "customer_name")
    assert "909.614.2286" in values_of(found, "phone")
    assert "4-118-902-3371" in values_of(found, "account_number")
    assert "Leopold Haverkamp" not in values_of(found, "customer_name")


def test_a_callers_note_about_their_own_bill_keeps_the_row_a_customers():
    own_bill = ("05/12/2025", "15:02", "Desmond Achterberg", "Achterberg Family Dental", "(909) 517-3309",
                "says the April bill doubled, wants to opt out", "M. Ochoa", "Left message")
    resident = ("05/13/2025", "8:47", "Yolanda Etxeberria", "Resident", "909-873-1145",
                "asking about a payment plan", "M. Ochoa", "Closed")
    found = pairs_found(f"{_SITE}/utilities/callback-log-may.xlsx", _call_log(_CONTRACTOR, own_bill, resident))
    assert {"(909) 517-3309", "909-873-1145"} <= values_of(found, "phone")
    assert "909-388-2054" not in values_of(found, "phone")


def test_an_employer_or_affiliation_column_lists_organisations_people():
    body = ("Date,Caller,Affiliation,Callback #,Message\n"
            "06/03/2025,Anneliese Vrbanic,Foothill Transit,626-309-4471,bus shelter lighting question\n"
            "06/04/2025,Cormac Ibekwe,Westside Gazette,909-662-0189,deadline Friday on the outage story\n")
    found = pairs_found(f"{_SITE}/utilities/media-callbacks.csv", body)
    assert not values_of(found, "customer_name") & {"Anneliese Vrbanic", "Cormac Ibekwe"}
    assert not values_of(found, "phone") & {"626-309-4471", "909-662-0189"}


def test_a_customer_column_beside_a_company_column_keeps_the_rows_customers():
    body = xlsx([("Customer", "Company", "Call back", "Issue"),
                 ("Henrike Osei-Bonsu", "Osei-Bonsu Bakery", "(909) 440-2871", "estimated read dispute"),
                 ("Tancredi Villalobos", "Villalobos Tire Shop", "909-231-5906", "meter relocation")])
    found = pairs_found(f"{_SITE}/utilities/commercial-callbacks.xlsx", body)
    assert {"(909) 440-2871", "909-231-5906"} <= values_of(found, "phone")


# --- 2. a vendor's block in a memo ----------------------------------------------------------------------------

_VENDOR_BLOCK = [("Vendor", "Halvorsen Controls Group"), ("Vendor address", "4410 E Mission Blvd, Chino, CA"),
                 ("Contact name", "Ignatius Varadkar"), ("Phone", "909-355-1208"),
                 ("Email", "ivaradkar@halvorsencontrols.com"), ("Vendor no.", "V-20418"),
                 ("City account no. with vendor", "7730219944"), ("Contract amount", "$214,500.00")]


def test_a_vendors_block_and_the_citys_account_with_it_are_public():
    body = docx_form(_VENDOR_BLOCK, "Staff evaluated four proposals. The recommended vendor is summarized below.",
                     heading="Memorandum: Pump Station Controls - Vendor Selection")
    found = pairs_found(f"{_SITE}/memos/pump-station-controls.docx", body)
    assert not found


def test_the_citys_account_with_a_vendor_in_running_text_is_the_citys():
    text = "Streetlight retrofit award. City customer no. with vendor 8317740265. Term three years."
    assert "8317740265" not in values_of(pairs_found(f"{_SITE}/purchasing/award.txt", text), "account_number")


def test_a_refund_to_a_customer_under_a_vendor_column_keeps_its_account():
    body = xlsx([("Check", "Vendor", "Description", "Utility acct", "Amount"),
                 ("104471", "Refund - Oyelaran, Wilhelmina", "credit balance refund, closed account",
                  "3-558-019-2246", "$212.40"),
                 ("104472", "Halvorsen Controls Group", "pump station controls, progress payment 2", "", "$61,880.00")])
    found = pairs_found(f"{_SITE}/finance/warrant-register.xlsx", body)
    assert "3-558-019-2246" in values_of(found, "account_number")


def test_a_contractors_block_with_an_identifier_reports_the_identifier_alone():
    rows = [("Contractor", "Halvorsen Controls Group"), ("Contact name", "Ignatius Varadkar"),
            ("Phone", "909-355-1208"), ("Email", "ivaradkar@gmail.com"), ("SSN", "512-44-9187")]
    found = pairs_found(f"{_SITE}/memos/controls-contract.docx", docx_form(rows))
    assert "512-44-9187" in values_of(found, "ssn")
    assert not values_of(found, "phone") and not values_of(found, "customer_name")


def _memo(paragraph: str, rows: list[tuple[str, str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("MEMORANDUM")
    document.add_paragraph(paragraph)
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_CUSTOMERS_CASE = ("Customer Wilhelmina Oyelaran, account 2-44-310-9921, reported a damaged service drop at her "
                   "home; the grantee below will repair it under the resilience grant.")


def test_a_grantees_block_on_a_page_naming_a_customer_stays_public():
    grantee = [("Grantee", "Cucamonga Valley Tree Trust"), ("Contact name", "Bartholomew Nakashima"),
               ("Phone", "909-466-7120"), ("Email", "bnakashima@cvtreetrust.org"), ("Grant amount", "$48,000")]
    found = pairs_found(f"{_SITE}/memos/resilience-grant.docx", _memo(_CUSTOMERS_CASE, grantee))
    assert "2-44-310-9921" in values_of(found, "account_number")  # the customer's own account, in the prose
    assert "909-466-7120" not in values_of(found, "phone")
    assert "bnakashima@cvtreetrust.org" not in values_of(found, "email")


def test_a_customers_case_table_beside_it_is_still_reported():
    case = [("Complainant", "Wilhelmina Oyelaran"), ("Phone", "(909) 781-4402"),
            ("Email", "w.oyelaran@outlook.com")]
    found = pairs_found(f"{_SITE}/memos/resilience-grant.docx", _memo(_CUSTOMERS_CASE, case))
    assert "(909) 781-4402" in values_of(found, "phone")
    assert "w.oyelaran@outlook.com" in values_of(found, "email")


def test_a_contractor_field_naming_a_private_person_beside_an_account_is_no_vendors_block():
    rows = [("Contractor", "Ana Ruiz"), ("Account no.", "3-771-204-5518"), ("Phone", "(909) 608-3317")]
    found = pairs_found(f"{_SITE}/memos/solar-complaint.docx", _memo("Complaint received on the installation.", rows))
    assert "3-771-204-5518" in values_of(found, "account_number")


# --- 3. a department's own AcroForm ---------------------------------------------------------------------------

def _generic_form(values: list[str]) -> bytes:
    labels = ["Facility or applicant name", "Address", "Contact", "Contact phone", "Contact email",
              "Annual electricity use"]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 770, "Energy Assessment Request")
    for k, (label, value) in enumerate(zip(labels, values), 1):
        y = 730 - 28 * k
        pdf.drawString(72, y, label)
        pdf.acroForm.textfield(name=f"Text{k}", value=value, x=260, y=y - 4, width=280, height=18)
    pdf.save()
    return out.getvalue()


def test_a_form_a_department_filled_for_its_facility_is_the_citys():
    body = _generic_form(["Westwind Branch Library", "1410 N Euclid Ave", "Philippa Castellanos",
                          "(909) 395-2206", "pcastellanos@ontarioca.gov", "418,930 kWh"])
    found = pairs_found(f"{_SITE}/forms/energy-assessment-request.pdf", body)
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")
    assert "(909) 395-2206" not in values_of(found, "phone")


def test_the_same_form_filled_by_a_resident_is_reported():
    body = _generic_form(["Philippa Castellanos", "1410 N Sultana Ave", "Philippa Castellanos",
                          "(909) 395-2206", "pip.castellanos@gmail.com", "7,930 kWh"])
    found = pairs_found(f"{_SITE}/forms/energy-assessment-request.pdf", body)
    assert "(909) 395-2206" in values_of(found, "phone") or "pip.castellanos@gmail.com" in values_of(found, "email")
