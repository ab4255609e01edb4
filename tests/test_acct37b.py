"""Public look-alikes beside customers' records (red team accounts37, second half).

- A column named as the City's ledger ("GL_ACCT", "G/L Account", "Fund", "Cost Center", "Acct String") holds the fund,
  department and object a row is booked to, never a customer's account, whatever customer columns stand beside it.
  The customer's own columns in the same row stay findings.
- A value marked a sample right after it ("Account Number: 41-227-8803-05 (sample)"), or on a page that says its
  numbers are samples, is a specimen. Hard negative: a real record drawn as a sample ("(SAMPLE PULLED FROM MAIL RUN)",
  "audit sample 14").
- A customer's e-mail quoting the office's reply ("> On May 2, 2025, <name> <addr> wrote:" on the domain of the desk
  the e-mail is sent to): the quoted writer is staff, their mailbox no customer's. The customer's own mailbox stays.
- A Vietnamese notice's title in capitals ("THỎA THUẬN TRẢ GÓP", "THÔNG BÁO") is no person's name; the customer's
  name under it is.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.ci.pomona.ca.us/utilities"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


# --- a column named as the City's ledger --------------------------------------------------------------------------

def test_a_gl_column_beside_customer_columns_is_the_citys_ledger():
    found = _found("migration_errors.xlsx", xlsx([
        ("Billing conversion - accounts that failed the load",),
        (),
        ("CONTRACT_ACCT", "CUST_NAME", "ERROR", "GL_ACCT"),
        ("318840275516", "MARISOL QUINTANILLA", "NO_RATE", "571-6620-53118"),
        ("320917746603", "TOBIAS WENNERSTROM", "DUP_PREMISE", "571-6620-53240"),
    ]))
    accounts = values_of(found, "account_number")
    assert {"318840275516", "320917746603"} <= accounts
    assert not {"571-6620-53118", "571-6620-53240"} & accounts
    assert {"MARISOL QUINTANILLA", "TOBIAS WENNERSTROM"} <= values_of(found, "customer_name")


def test_ledger_columns_of_other_names_beside_a_customer():
    found = _found("credits.xlsx", xlsx([
        ("Account #", "Customer", "G/L Account", "Cost Center", "Acct String", "Credit"),
        ("06-418-2270-03", "Halvorsen, Ingrid", "502-7730-41250", "4410-2201", "502.7730.41250.000", 84.1),
    ]))
    accounts = values_of(found, "account_number")
    assert "06-418-2270-03" in accounts
    assert not {"502-7730-41250", "4410-2201", "502.7730.41250.000"} & accounts


def test_a_refund_account_column_is_still_the_customers():
    found = _found("refunds.xlsx", xlsx([
        ("Refund Acct", "Name", "Amount"),
        ("07-335-1842-01", "Oyelaran, Folasade", 61.25),
    ]))
    assert "07-335-1842-01" in values_of(found, "account_number")


# --- a value marked a sample ------------------------------------------------------------------------------------

def test_values_marked_sample_on_a_bill_insert_are_no_findings():
    body = lines_pdf([
        "CITY OF POMONA",
        "Utility Billing - Bill insert",
        "YOUR NEW BILL - SAMPLE",
        "Account Number: 41-227-8803-05 (sample)",
        "Service Agreement ID: 5830194472 (sample)",
        "Meter No.: R52-880317 - SAMPLE",
        "Printed on recycled paper",
    ])
    assert not values_of(_found("statement_insert.pdf", body), "account_number")


def test_a_page_saying_its_numbers_are_samples():
    body = lines_pdf([
        "City of Pomona - Utility Billing",
        "YOUR NEW BILL, EXPLAINED",
        "Account Number: 41-227-8803-05",
        "Service Agreement ID: 5830194472",
        "The numbers shown are samples. Your own are printed at the top of page 1.",
    ])
    assert not values_of(_found("bill_guide.pdf", body), "account_number")


def test_a_real_record_drawn_as_a_sample_stays_a_finding():
    body = ("Mail run QA - March\n"
            "Account Number: 12-771-4039-00 (SAMPLE PULLED FROM MAIL RUN)\n"
            "Customer: Rasmussen, Dagny\n"
            "Audit sample 14 - Acct # 09-552-6180-02 - Ferreira-Lind, Otavio\n")
    accounts = values_of(_found("qa_notes.txt", body), "account_number")
    assert {"12-771-4039-00", "09-552-6180-02"} <= accounts


# --- the office's reply quoted in a customer's e-mail -------------------------------------------------------------

_EMAIL = """From: Wendell Okafor-Byrne <wokaforbyrne58@yahoo.com>
Sent: April 9, 2025 8:12 AM
To: Customer Service <custserv@pomona-utilities.example>
Subject: RE: deposit refund

Hi Ilse,

I still have not seen my deposit back. My account # is 08-114-6637-02 and I moved out of 1457 W Orangewood Ct.
Please call me at (626) 448-3019.

Thanks,
Wendell Okafor-Byrne

> On March 27, 2025, Ilse Brandvold <ilse.brandvold@pomona-utilities.example> wrote:
> Deposits are refunded six weeks after the final bill. Call (909) 620-2241 with questions.
> Ilse Brandvold, Billing Supervisor
"""


def test_the_offices_quoted_reply_writer_is_staff():
    found = _found("refund_followup.txt", _EMAIL)
    emails = values_of(found, "email")
    assert "wokaforbyrne58@yahoo.com" in emails
    assert "ilse.brandvold@pomona-utilities.example" not in emails
    assert "08-114-6637-02" in values_of(found, "account_number")


def test_a_quoted_message_of_another_domain_is_still_read():
    """The quoted writer is on no domain the e-mail is sent to: not the office's reply (the customer's own earlier
    message from their other mailbox stays theirs)."""
    body = _EMAIL.replace("Ilse Brandvold <ilse.brandvold@pomona-utilities.example>",
                          "Wendell Okafor-Byrne <wendell.ob@outlook.com>")
    emails = values_of(_found("refund_followup.txt", body), "email")
    assert {"wokaforbyrne58@yahoo.com", "wendell.ob@outlook.com"} <= emails


# --- a Vietnamese title ------------------------------------------------------------------------------------------

def test_a_vietnamese_title_in_capitals_is_no_name():
    body = ("THÀNH PHỐ POMONA\n"
            "THỎA THUẬN TRẢ GÓP\n"
            "Hoàng Thị Thuận\n"
            "2219 Tuscany Ln, Pomona, CA 91768\n"
            "Số tài khoản nước:\n"
            "04-558-2093-01\n")
    found = _found("ke_hoach_tra_gop.txt", body)
    names = values_of(found, "customer_name")
    assert "Hoàng Thị Thuận" in names
    assert not any("THỎA" in name or "TRẢ" in name for name in names)
    assert "04-558-2093-01" in values_of(found, "account_number")
