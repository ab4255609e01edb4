"""A worked example's sample reading covers the example's own block, not the real sentences after it (red team
site43, an enrollment page).

- An example form filled in for training ("Name: John Sample, Account: 1234567890.") followed by a paragraph of its
  own reporting a real confirmation ("sent to lornavillanueva55@icloud.com for account 700403015248"): that paragraph
  is a customer's, in an HTML page and on a PDF's page alike.
- A sample bill page ("How to read your bill", John Q. Public at 100 Any Street) followed by a staff note that
  gives a real mailbox and account the sample never shows.

Hard negatives: a multi-paragraph sample bill walkthrough whose later sentences repeat the sample's account and
mailbox; the sample's fields set out as short lines or cells without the stand-in; a page whose own note says the
numbers shown are examples.
"""
from __future__ import annotations

from fpdf import FPDF

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.arroyoverde.example.gov"


def _html(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><main><h2>{title}</h2>{body}</main>"
            "</body></html>")


def _pdf(*lines: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# --- real values after a worked example ----------------------------------------------------------------------------

def test_a_real_confirmation_after_a_training_example_form_is_reported():
    found = pairs_found(f"{_SITE}/avcp/enrollment.html", _html(
        "Enrollment and Opt-Out",
        "All customers are automatically enrolled. To opt out call 1-855-482-2827.",
        "Example opt-out form (filled in by staff for training): Name: John Sample, Account: 1234567890.",
        "Questions? Recent confirmation sent to lornavillanueva55@icloud.com for account 700403015248."))
    assert values_of(found, "email") == {"lornavillanueva55@icloud.com"}
    assert values_of(found, "account_number") == {"700403015248"}
    assert "1234567890" not in values_of(found, "account_number")


def test_a_real_note_after_a_sample_bill_is_reported():
    found = pairs_found(f"{_SITE}/billing/read-your-bill.html", _html(
        "How to read your bill",
        "Sample bill for John Q. Public, 100 Any Street, service account 3-000-0000-00.",
        "The service account appears at the top right of the first page of your statement.",
        "Staff note: the refund check was mailed to dmarquez1961@yahoo.com on account 4-418-2290-57 last week."))
    assert values_of(found, "email") == {"dmarquez1961@yahoo.com"}
    assert values_of(found, "account_number") == {"4-418-2290-57"}


def test_a_real_confirmation_after_an_example_on_a_pdf_page_is_reported():
    found = pairs_found(f"{_SITE}/docs/opt-out-packet.pdf", _pdf(
        "Opt-Out Packet",
        "Example opt-out form (filled in by staff for training): Name: Jane Doe, Account: 1234567890.",
        "Recent confirmation was sent to r.okonkwo77@gmail.com for account 700418826513 on March 3."))
    assert values_of(found, "email") == {"r.okonkwo77@gmail.com"}
    assert values_of(found, "account_number") == {"700418826513"}


# --- hard negatives: the sample's own values ---------------------------------------------------------------------

def test_a_walkthrough_repeating_the_samples_values_stays_silent():
    found = pairs_found(f"{_SITE}/billing/sample-bill.html", _html(
        "Sample bill walkthrough",
        "Sample bill for John Sample, 000 Sample Ave, account 4-418-2290-57, e-mail jsample.bill@gmail.com.",
        "Your account number, 4-418-2290-57 in this sample, is printed at the top right of the first page.",
        "Paperless statements go to the e-mail on file, here jsample.bill@gmail.com, on the billing date.",
        "The usage of 512 kWh shown for the month is compared with the same month of the last year."))
    assert not values_of(found, "account_number")
    assert not values_of(found, "email")
    assert not values_of(found, "energy_usage")


def test_a_samples_fields_on_lines_of_their_own_stay_silent():
    found = pairs_found(f"{_SITE}/docs/sample-statement.pdf", _pdf(
        "SAMPLE STATEMENT - for illustration only",
        "Customer: Jane Doe",
        "Service address: 123 Any Street",
        "Account: 7-004-1882-65",
        "E-mail: jdoe.statement@gmail.com",
        "Your account number 7-004-1882-65 is the one to give when you call customer service."))
    assert not values_of(found, "account_number")
    assert not values_of(found, "email")


def test_a_page_whose_note_says_the_numbers_are_examples_stays_silent():
    found = pairs_found(f"{_SITE}/billing/understanding.html", _html(
        "Understanding your bill",
        "The numbers on this page are examples.",
        "Sample bill for John Sample, 000 Sample Ave.",
        "Your account number, such as 4-418-2290-57, is printed at the top right of the first page."))
    assert not values_of(found, "account_number")
