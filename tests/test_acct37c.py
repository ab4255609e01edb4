"""Customer identifiers of other layouts (red team accounts37, third part).

- A cell whose whole text is an account's label, in any language the translations know, labels the next cell of its
  row ("es | Núm. de cliente PCE | PC-... | name" in a table of mailed letters): the row is a customer's, its name
  too. Hard negatives: a label cell beside a date or a count; a column of labels in a data dictionary.
- A refund to a customer in the City's payables ("<PAYEE> | CUST REFUND 31-118-2290-00 | GL | amount"): the payee's
  name and the account are the customer's; the check number, the GL string and the amount stay public, and so do
  refunds and payments to firms (a legal form, a trade name, one word) in the same register.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.ci.pomona.ca.us/utilities"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _table_pdf(title: str, rows: list[list[str]], widths: list[int]) -> bytes:
    """A PDF of a title and a table of ``rows`` in columns of ``widths`` points."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["Normal"].clone("cell", fontSize=8, leading=10)
    out = io.BytesIO()
    table = Table([[Paragraph(text, style) for text in row] for row in rows], colWidths=widths,
                  style=[("VALIGN", (0, 0), (-1, -1), "TOP")])
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph(title, style), table])
    return out.getvalue()


# --- a label in the cell beside the value ----------------------------------------------------------------------

_LETTERS = ("<html><body><h1>Enrollment letters mailed</h1><p>Letters mailed on May 6 in each household's language.</p>"
            "<table><tr><th>Language</th><th>Field printed</th><th>Value</th><th>Addressee</th></tr>"
            "<tr><td>es</td><td>Número de cliente</td><td>PE-733-0418</td><td>Graciela Ontiveros</td></tr>"
            "<tr><td>vi</td><td>Mã khách hàng</td><td>PCE5520381</td><td>Thaddeus Okonkwo</td></tr>"
            "<tr><td>zh</td><td>客户编号</td><td>C04418207</td><td>Wilhelmina Strandberg</td></tr>"
            "<tr><td>tl</td><td>Customer ID ng PCE</td><td>PE-218-6604</td><td>Ignatius Oyelaran</td></tr>"
            "</table></body></html>")


def test_a_label_cell_names_the_next_cell_in_any_language():
    found = _found("letters.html", _LETTERS)
    assert {"PE-733-0418", "PCE5520381", "C04418207", "PE-218-6604"} <= values_of(found, "account_number")
    assert {"Thaddeus Okonkwo", "Wilhelmina Strandberg"} <= values_of(found, "customer_name")


def test_a_label_cell_in_a_workbook_row():
    body = xlsx([["Batch", "Field", "Value", "Holder"],
                 ["0419", "Cust ID", "PE-604-1187", "Leopoldina Haverkamp"],
                 ["0419", "고객 번호", "C07719024", "Bartholomew Nwachukwu"]])
    assert {"PE-604-1187", "C07719024"} <= values_of(_found("batch.xlsx", body), "account_number")


def test_a_label_cell_beside_a_date_a_count_or_a_data_type_is_no_account():
    page = ("<html><body><h1>Billing system fields</h1><table><tr><th>Field</th><th>Type</th><th>Example</th></tr>"
            "<tr><td>Customer ID</td><td>CHAR(10)</td><td>see the bill's top right</td></tr>"
            "<tr><td>Account Number</td><td>2025-04-30</td><td>export date</td></tr>"
            "<tr><td>Customer ID</td><td>1,204,118</td><td>customers served</td></tr></table></body></html>")
    assert not values_of(_found("fields.html", page), "account_number")


def test_a_label_cell_that_says_more_than_a_label_labels_nothing():
    page = ("<html><body><table><tr><th>Step</th><th>What to do</th><th>Ref</th></tr>"
            "<tr><td>1</td><td>Find the customer ID on page two of the bill</td><td>HB-2207415</td></tr>"
            "</table></body></html>")
    assert not values_of(_found("howto.html", page), "account_number")


# --- customer refunds in the City's payables ----------------------------------------------------------------------

_REGISTER = _table_pdf("CHECK REGISTER - APRIL 2025", [
    ["Check", "Payee", "Description", "GL Account", "Amount"],
    ["402117", "DESERT BLOOM NURSERY", "CUST REFUND 31-405-7781-00", "", "88.10"],
    ["402118", "LETICIA OYELARAN", "CUST REFUND 31-118-2290-00", "701-1130-21450", "214.02"],
    ["402119", "GRAINGER", "CUST REFUND PCE4471902", "", "61.00"],
    ["402120", "VALLEY TOWING LLC", "CUST REFUND 5520917", "701-1130-21450", "12.00"],
    ["402121", "TOMASZ WIERZBICKI", "CUST REFUND PCE5520944", "", "40.00"],
    ["402122", "INLAND PIPE CO", "INV-558102", "101-4310-5210", "4,120.00"],
], [50, 150, 150, 90, 60])


def test_a_customer_refund_in_a_check_register_is_the_customers_record():
    found = _found("check_register.pdf", _REGISTER)
    accounts = values_of(found, "account_number")
    assert {"31-118-2290-00", "PCE5520944"} <= accounts
    assert {"LETICIA OYELARAN", "TOMASZ WIERZBICKI"} <= values_of(found, "customer_name")
    # the check numbers, the GL strings, the invoice and the amounts stay public
    assert not accounts & {"402118", "402121", "701-1130-21450", "INV-558102", "214.02"}


def test_refunds_to_firms_in_the_same_register_stay_public():
    found = _found("check_register.pdf", _REGISTER)
    assert not values_of(found, "account_number") & {"31-405-7781-00", "PCE4471902", "5520917"}
    assert not values_of(found, "customer_name") & {"DESERT BLOOM NURSERY", "GRAINGER", "VALLEY TOWING LLC"}


# --- a customer's bank account in a box of an automatic payment form ------------------------------------------------

def _box_form(rows: list[list[tuple[int, str]]]) -> bytes:
    """A one-page PDF form: each row a line of (x, text) cells, 30 points below the last."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, row in enumerate(rows):
        for x, text in row:
            pdf.drawString(x, 740 - 30 * k, text)
    pdf.save()
    return out.getvalue()


def _ach_form(holder_caption: str, holder: str) -> bytes:
    return _box_form([[(72, "CITY OF POMONA - UTILITY BILLING")], [(72, "DIRECT DEBIT AUTHORIZATION")],
                      [(72, f"{holder_caption}: {holder}"), (400, "Phone: (909) 555-0183")],
                      [(72, "Routing No. (9 digits)"), (200, "Checking Account No. / No. de cuenta"), (460, "Type")],
                      [(72, "322271627"), (200, "40172258813"), (460, "Checking")],
                      [(72, "I authorize the City to debit the account above for each bill.")]])


def test_a_customers_bank_account_in_a_box_under_its_caption():
    found = _found("autopay.pdf", _ach_form("Customer Name / Nombre del cliente", "Rosalind Achterberg"))
    accounts = values_of(found, "account_number")
    assert "40172258813" in accounts
    assert "322271627" not in accounts  # the bank's routing number is public


def test_the_citys_own_bank_account_on_a_remittance_form_is_public():
    found = _found("remit.pdf", _ach_form("Payable to", "City of Pomona"))
    assert "40172258813" not in values_of(found, "account_number")
    vendor = _box_form([[(72, "INVOICE 20931 - Foothill Pump Repair LLC")], [(72, "Remit to: Foothill Pump Repair LLC")],
                        [(72, "Routing No. (9 digits)"), (200, "Bank Account No."), (460, "Amount")],
                        [(72, "322271627"), (200, "40172258813"), (460, "$4,120.00")]])
    assert "40172258813" not in values_of(_found("invoice.pdf", vendor), "account_number")


# --- a value split over two boxes of one field --------------------------------------------------------------------

def _split_form(caption: str, first: str, second: str) -> bytes:
    return _box_form([[(72, "CITY OF POMONA - UTILITY BILLING")], [(72, "PAPERLESS BILLING SIGN-UP")],
                      [(72, "Customer Name: Evangelina Thorsby"), (400, "Phone: (909) 555-0162")],
                      [(72, caption)], [(72, first), (200, second)]])


def test_an_account_typed_over_two_boxes_is_read_whole():
    for first, second in (("24-507-", "1193-00"), ("PE-44", "1-8072"), ("50418", "83307")):
        found = values_of(_found("paperless.pdf", _split_form("Utility Account Number", first, second)),
                          "account_number")
        assert any(value.replace("\t", "") == first + second for value in found), (first, found)


def test_a_customers_bank_account_over_two_boxes_beside_its_routing_number():
    body = _box_form([[(72, "DIRECT DEBIT AUTHORIZATION")],
                      [(72, "Customer Name: Evangelina Thorsby"), (400, "Phone: (909) 555-0162")],
                      [(72, "Routing No. (9 digits)"), (200, "Bank Account No."), (460, "Type")],
                      [(72, "322271627"), (200, "6610"), (300, "472239"), (460, "Savings")]])
    accounts = values_of(_found("debit.pdf", body), "account_number")
    assert {value.replace("\t", "") for value in accounts} == {"6610472239"}


def test_boxes_of_a_date_a_phone_or_a_permit_are_no_account():
    for caption, first, second in (("Date of birth", "04-18-", "1987"), ("Phone", "909-555-", "0162"),
                                   ("Permit No.", "B25-00", "41187")):
        assert not values_of(_found("form.pdf", _split_form(caption, first, second)), "account_number"), caption


# --- an account with a ledger string's groups; a provider's name ending in a phone's word ----------------------------

def test_a_telecom_account_the_customer_calls_the_one_on_the_bill():
    body = ("From: Ines Valdarno <ivaldarno61@yahoo.com>\nTo: Utility Billing <billing@ci.pomona.ca.us>\n"
            "Subject: assistance refund\n\nHello again -- 517-204-8836-412 is the acct on the bill. I moved out of "
            "1127 W Orangegrove Ave in March.\n\nInes Valdarno\n")
    found = _found("message.txt", body)
    assert "517-204-8836-412" in values_of(found, "account_number")
    assert "Ines Valdarno" in values_of(found, "customer_name")


def test_a_ledger_string_on_an_invoice_or_after_a_ledger_word_is_no_account():
    for body in ("Expense 570-5811-42110 is the account on the bill from the vendor.\n",
                 "Please note 570-5811-42110 is the account on the invoice.\n"):
        assert not values_of(_found("memo.txt", body), "account_number"), body


def test_a_provider_named_mobile_labels_no_phone_in_an_assistance_batch():
    body = _table_pdf("EMERGENCY UTILITY ASSISTANCE - BATCH 3", [
        ["Resident", "Provider", "Provider Acct No.", "Check No.", "Amount"],
        ["Hollis Varga", "Spectrum Wireless", "218844016620", "0551234", "$164.78"],
        ["Marisol Etxeberria", "Visible Mobile", "231907784415", "0551235", "$90.10"]], [110, 100, 100, 60, 60])
    accounts = values_of(_found("batch3.pdf", body), "account_number")
    assert {"218844016620", "231907784415"} <= accounts
    assert not accounts & {"0551234", "0551235"}
