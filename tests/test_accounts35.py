"""Customers' bank accounts on box forms read as PDFs (red team accounts33, round 35).

- A PDF form with each small caption above its box reads as "CAPTION: value". A caption that names a checking, a
  savings or a bank account, opening its line or its cell, in a form whose block names the customer ("CUSTOMER
  NAME: ..."), is a customer's bank account, as the same form in Word reports it; the bank's routing number in the
  box beside the bank's name (its caption in the line above) stays silent, a routing number being the bank's public
  identifier. Hard negatives: the City's own remittance details laid out as a form ("Account holder: City of ..."),
  a bank account named in prose, a form block that names no customer.
"""
from __future__ import annotations

import io

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.cityofexample.gov/finance"


def _box_form(title: str, boxes: list[tuple[str, str]], footer: list[str] = ()) -> bytes:
    """A PDF form of two boxes a row, each with its small caption in capitals above the box and the value in it."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, 760, title)
    y = 715
    for k, (caption, value) in enumerate(boxes):
        x = 60 + (k % 2) * 250
        pdf.setFont("Helvetica", 7)
        pdf.drawString(x, y + 14, caption.upper())
        pdf.rect(x, y - 4, 230, 16)
        pdf.setFont("Courier", 10)
        pdf.drawString(x + 4, y, value)
        if k % 2:
            y -= 42
    pdf.setFont("Helvetica", 8)
    for line in footer:
        y -= 14
        pdf.drawString(60, y, line)
    pdf.save()
    return out.getvalue()


def _found(name: str, body: bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def test_a_checking_account_box_of_a_customers_pdf_form_is_reported():
    body = _box_form("Recurring Payment Enrollment", [
        ("Customer Name", "Ottilie Brandvold"), ("Service Address", "2718 Orchard Row"),
        ("Utility Account", "7731-40928"), ("Premise ID", "5540-11873"),
        ("Financial Institution", "Foothill Federal Credit Union"), ("ABA Routing #", "122238420"),
        ("Checking Acct #", "90417726631"), ("Signature", "/s/ Ottilie Brandvold"),
    ], ["Mail to Utility Billing, 100 Civic Center Plaza. Form UB-7 (rev. 2024)"])
    found = _found("autopay_enrollment.pdf", body)
    accounts = values_of(found, "account_number")
    assert "90417726631" in accounts
    assert "122238420" not in accounts  # the bank's routing number: a public identifier
    assert ("customer_name", "Ottilie Brandvold") in found


def test_a_checking_and_a_bank_account_box_of_a_refund_form():
    for caption in ("Checking Account No.", "Bank Account No."):
        body = _box_form("REFUND BY DIRECT DEPOSIT", [
            ("Customer Name", "Lazlo Fenwright-Obi"), ("Service Address", "906 Pepper Tree Ln"),
            ("Bank Name", "Desert Sun Bank"), ("Routing No.", "321177586"),
            (caption, "004418827713"), ("Date", "02/18/2025"),
        ])
        accounts = values_of(_found("deposit_refund.pdf", body), "account_number")
        assert "004418827713" in accounts, caption
        assert "321177586" not in accounts


def test_the_citys_own_remittance_details_laid_out_as_a_form_stay_silent():
    body = _box_form("How to pay by wire transfer", [
        ("Account Holder", "City of Example Treasury"), ("Bank", "Harbor National Bank"),
        ("ABA Routing #", "122016066"), ("Checking Account #", "5503119274"),
    ], ["Reference your utility account number on every transfer."])
    assert not values_of(_found("wire_instructions.pdf", body), "account_number")


def test_a_bank_account_in_prose_or_a_form_of_no_customer_stays_silent():
    prose = ["Grant funds are held in the checking account of the Parks Foundation at Harbor National Bank.",
             "Checking Acct #: 5503119274 receives the donations; routing 122016066."]
    assert not values_of(_found("foundation.pdf", lines_pdf(prose)), "account_number")
    body = _box_form("Vendor Payment Setup", [
        ("Vendor", "Arroyo Paving Co."), ("Vendor No.", "V-20418"),
        ("Bank", "Harbor National Bank"), ("Routing No.", "122016066"),
        ("Checking Acct #", "7720114836"), ("Approved by", "Finance Division"),
    ])
    assert not values_of(_found("vendor_setup.pdf", body), "account_number")


def test_a_checking_account_field_of_a_form_of_one_field_a_line():
    """Labels at the left margin, values in boxes beside them: the customer's name six fields above the bank's."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    rows = [("Customer Name:", "Wendeline Osterhout"), ("Service Address:", "1402 Cypress Hollow"),
            ("Water Account:", "W-440918-27"), ("Service Agreement ID:", "6610937254"),
            ("Financial Institution:", "Valley Oak Bank"), ("ABA Routing #:", "121140218"),
            ("Checking Acct #:", "33090172645"), ("Signature:", "/s/ Wendeline Osterhout")]
    for k, (label, value) in enumerate(rows):
        pdf.drawString(60, 720 - 24 * k, label)
        pdf.rect(210, 716 - 24 * k, 260, 16)
        pdf.drawString(214, 720 - 24 * k, value)
    pdf.drawString(60, 500, "Customers may also pay by wire: Valley Oak Bank, ABA Routing #: 121140218, Account No. 4471 009 213.")
    pdf.save()
    accounts = values_of(_found("autopay_one_field_a_line.pdf", out.getvalue()), "account_number")
    assert "33090172645" in accounts
    assert not {"121140218", "4471 009 213"} & accounts  # the bank's routing number, the City's remittance account
