"""Customer identifiers of other shapes and labels (red team accounts37, first half).

- The label after the value as a customer's message says it: "WB-714-2290 is the acct on the bill", and in brackets
  with whose account it is, "6120 4471 0938 (their account number)". Hard negatives: a ledger string and a case's
  year-first number before the same words.
- A Tagalog form's account of one service ("Numero ng account sa tubig:" above the number), a billing system's
  "Customer Acct/Svc:".
- A deposit's or a refund's reference, a payment portal's user id, labelled as such in a customer's record (a letter,
  a message, a row naming the customer) is what Utility Billing looks the account up by: medium. Hard negatives: the
  same references in a table of no customer (a check register), on a vendor's invoice, and an event's confirmation.
"""
from __future__ import annotations

from detectors.engine import scan_document
from tests.detector_helpers import _all_detectors, lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.ci.pomona.ca.us/finance"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _severities(name: str, body: str | bytes) -> dict[str, str]:
    from crawler.extract import extract
    document = extract(f"{_SITE}/{name}", body if isinstance(body, bytes) else body.encode())
    return {f.value: f.severity for f in scan_document(document, _all_detectors()) if f.category == "account_number"}


# --- the label after the value ---------------------------------------------------------------------------------

_MESSAGE = ("From: Marta Quell <mquell88@gmail.com>\n"
            "Sent: May 2, 2025 8:14 AM\n"
            "To: Utility Billing <billing@ci.pomona.ca.us>\n"
            "Subject: RE: where is my deposit\n\n"
            "Hello,\n\n"
            "Checking again -- WB-714-2290 is the acct on the bill. The deposit reference you sent me was "
            "DPR-2024-771302 and the payment portal says my user ID KQ7T-ZMW4-R2PA is disabled. I moved out of "
            "1412 W Ferncliff Ave in May.\n"
            "You can reach me at (909) 555-0148.\n\n"
            "Thanks,\nMarta Quell\n")


def test_a_customer_message_naming_the_account_on_the_bill_after_it():
    found = _found("message.txt", _MESSAGE)
    assert "WB-714-2290" in values_of(found, "account_number")
    # the account makes the message a customer's: the writer, the mailbox and the old home with it
    assert "Marta Quell" in values_of(found, "customer_name")
    assert "mquell88@gmail.com" in values_of(found, "email")
    assert "1412 W Ferncliff Ave" in values_of(found, "address")


def test_their_account_number_in_brackets_after_a_gas_account():
    body = ("Potholing found one more service line at 18 Ridge Ct (Tam Lo); the gas company's record for it is "
            "6120 4471 0938 (their account number), meter on the east wall.\n")
    assert "6120 4471 0938" in values_of(_found("memo.txt", body), "account_number")


def test_a_ledger_string_or_a_case_number_before_the_same_words_is_no_account():
    for body in ("Expense 570-5811-42110 is the account on the invoice.\n", "2024-001187 is the account on the notice.\n",
                 "Charge 101-4310-5210 (their account number) for postage.\n"):
        assert not values_of(_found("report.txt", body), "account_number"), body


# --- labels ----------------------------------------------------------------------------------------------------

def test_a_tagalog_payment_plan_with_the_water_account_on_the_line_below_its_label():
    pdf = lines_pdf(["CITY OF POMONA", "Utility Billing - Payment Arrangement", "KASUNDUAN SA PAYMENT PLAN",
                     "Lorna Bautista", "1820 N Garey Ave, Pomona, CA 91767", "Numero ng account sa tubig:",
                     "22-418-7730-01", "1. 03/15/2025   $120.00"])
    found = _found("plan_tl.pdf", pdf)
    assert "22-418-7730-01" in values_of(found, "account_number")
    assert "Lorna Bautista" in values_of(found, "customer_name")


def test_customer_account_and_service_under_one_label():
    body = "Lorna Bautista\n1820 N Garey Ave\nRE: Customer Acct/Svc: 11-305-9921-00\nDear Ms. Bautista,\n"
    assert "11-305-9921-00" in values_of(_found("letter.txt", body), "account_number")


# --- references the customer's account is looked up by ----------------------------------------------------------

def test_references_and_a_portal_id_in_a_customers_message_are_medium():
    severities = _severities("message.txt", _MESSAGE)
    assert severities.get("DPR-2024-771302") == "medium"
    assert severities.get("KQ7T-ZMW4-R2PA") == "medium"


def test_a_leak_credit_letter_with_its_adjustment_reference():
    body = ("Hyun-woo Seo\n2214 N Towne Ave\nPomona, CA 91767\nRE: Water account 31-118-4407-00\n\n"
            "Dear Hyun-woo Seo,\n"
            "The credit for the leak you repaired will appear on your next bill. Adjustment reference LKC24-330918 "
            "applies to this credit.\n")
    assert "LKC24-330918" in values_of(_found("credit.txt", body), "account_number")


def test_portal_ids_in_spanish_and_vietnamese_notices():
    body_es = ("Titular de la cuenta: Rosalba Izquierdo\n2210 W Holt Ave\nPomona, CA 91768\n"
               "Número de cuenta: 08-774-1290-00\n"
               "Identificación del portal de pagos: PAY48821907\n")
    body_vi = ("Tên khách hàng: Lưu Thị Hạnh\n1307 E Phillips Blvd\nPomona, CA 91766\n"
               "Số tài khoản: PC-530-7718\n"
               "Mã số cổng thanh toán: HN4K-T7QW-PZ2M\n")
    assert "PAY48821907" in values_of(_found("aviso.txt", body_es), "account_number")
    assert "HN4K-T7QW-PZ2M" in values_of(_found("thongbao.txt", body_vi), "account_number")


def test_a_deposit_refund_sheet_with_a_reference_column_beside_the_customer():
    body = xlsx([["Check", "Issued", "Payee", "Utility Acct", "Deposit Ref", "Amount"],
                 ["402117", "03/04/2025", "Keoni Alapai", "SW8820-41177", "DR-2024-558120", "112.40"],
                 ["402118", "03/04/2025", "Ilse Brandauer", "14-902-6630-00", "DR-2023-190447", "85.10"]])
    found = values_of(_found("deposit_refunds.xlsx", body), "account_number")
    assert {"DR-2024-558120", "DR-2023-190447"} <= found


def test_references_with_no_customer_are_no_account():
    register = xlsx([["Check", "Issued", "Vendor", "Refund Ref", "Amount"],
                     ["402301", "03/11/2025", "Inland Pipe Supply Co.", "RF-2025-004412", "1,204.00"],
                     ["402302", "03/11/2025", "Valley Office Products", "RF-2025-004413", "88.16"]])
    invoice = ("INVOICE 58812\nBill to: City of Pomona, Accounts Payable, 505 S Garey Ave\n"
               "Deposit Ref: DEP-2025-009921\nAmount due: $2,410.00\n")
    event = ("Pomona Earth Day volunteer registration\nThank you for registering. Confirmation no. EDV-2025-44190.\n"
             "Payment portal ID: CITYPAY-PORTAL-01 is the City's merchant portal.\n")
    assert not values_of(_found("register.xlsx", register), "account_number")
    assert not values_of(_found("invoice.txt", invoice), "account_number")
    assert not values_of(_found("event.txt", event), "account_number")
