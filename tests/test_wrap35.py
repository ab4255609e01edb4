"""Contact values a PDF's or a hard-wrapped text's line break cuts, in a customer's case told as prose or in a page's
margin note (red teams prose35 and bigpdf33).

- A phone cut after its area code ("I called her back at (626)" / "417-2290 to confirm ...") in the lines that go on
  with a customer's case after its record: the line is read with the next one, as it already was with the one above.
  Hard negatives: a line of the same case ending with a year or a dollar figure and the next opening with digits; the
  City's own line cut the same way stays the City's.
- A mailbox a narrow column's wrap cut inside it ("see dmarchetti@g" / "mail.com", "k.oyelaran" / "@yahoo.com"):
  reported whole, as the same mailbox on one line is, in a customer's case and in a margin note. Hard negatives: a
  whole mailbox ending its line before a word, a word before a mailbox that opens the next line, the City's mailbox
  cut the same way.
- A name a line break cut before its middle initial ("delivered to Oskar" / "T. Lindgren at 455 ..."): one name over
  both lines, as one cut before its surname is. Hard negatives: a school district and a store's name cut the same way.
- An account's label, then a clause that says who gave the number, then the number after a comma ("The account number
  she read to me," / "52016638, matched ..."): the label is the number's. Hard negatives: a case number read out
  the same way, a year after the clause.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.pomonaca.gov/documents"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{SITE}/{name}", body)


_CASE_RECORD = ("Customer Advocate - Monthly Narrative\n"
                "Prepared by Leonie Brandvold, Customer Advocate. Contact: lbrandvold@pomonaca.gov.\n"
                "In March I visited Mr. Teodoro Villasenor at his home, 2287 North Towne Avenue,\n"
                "Pomona, CA 91767. We reviewed his bill together (PCE customer account PCE-58120447)\n"
                "and I enrolled him in the medical baseline program.\n"
                "A caller who identified herself as Rosalind Achterberg reported that her enrollment\n"
                "notice went to a prior tenant. She confirmed the premises at 612 Laurel Court with\n")


# --- a phone cut after its area code ------------------------------------------------------------------------------

def test_a_phone_cut_after_its_area_code_in_a_case_is_the_customers():
    found = _found("advocate.txt", _CASE_RECORD + "me, and I called her back at (626)\n"
                                                  "417-2290 to confirm the correction.\n")
    assert ("phone", "(626) 417-2290") in found
    assert ("customer_name", "Rosalind Achterberg") in found


def test_the_citys_line_cut_after_its_area_code_stays_the_citys():
    found = _found("advocate.txt", _CASE_RECORD + "me, and told her the billing desk is at (909)\n"
                                                  "620-2341 on weekdays.\n")
    assert values_of(found, "phone") == set()
    assert ("address", "612 Laurel Court") in found


def test_a_year_or_a_dollar_figure_ending_a_case_line_joins_no_phone():
    found = _found("advocate.txt", _CASE_RECORD + "me; her credit was posted in 2025\n"
                                                  "415 days after the first notice and came to $112\n"
                                                  "345 in all across the affected households.\n")
    assert values_of(found, "phone") == set()
    assert ("customer_name", "Rosalind Achterberg") in found


# --- a mailbox cut inside it --------------------------------------------------------------------------------------

def test_a_mailbox_cut_inside_its_domain_in_a_case_is_reported_whole():
    found = _found("advocate.txt", _CASE_RECORD + "me. Her son wrote from achterberg.home@y\n"
                                                  "ahoo.com to ask for a copy of the notice.\n")
    assert ("email", "achterberg.home@yahoo.com") in found


def _margin_note_pdf(note: list[str]) -> bytes:
    """A budget book's page of prose with a reviewer's note in the narrow right margin, one short line each."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica", 10)
    body = ["Capital Improvement Program - Project Sheet",
            "The Public Works Department completed eleven streetlight conversions this",
            "quarter, reducing street lighting consumption at the affected circuits.",
            "Staff recommends that the City Council receive and file the report."]
    for k, line in enumerate(body):
        page.drawString(72, 700 - 14 * k, line)
    page.setFont("Helvetica", 7)
    for k, line in enumerate(note):
        page.drawString(520, 640 - 9 * k, line)
    page.drawString(290, 40, "Page 88")
    page.save()
    return buffer.getvalue()


def test_a_margin_notes_mailbox_cut_inside_its_domain_is_reported_whole():
    found = _found("budget.pdf", _margin_note_pdf(["see", "dmarchetti@g", "mail.com"]))
    assert values_of(found, "email") == {"dmarchetti@gmail.com"}


def test_a_margin_notes_mailbox_cut_before_its_at_sign_is_reported_whole():
    found = _found("budget.pdf", _margin_note_pdf(["see", "k.oyelaran", "@yahoo.com"]))
    assert values_of(found, "email") == {"k.oyelaran@yahoo.com"}


def test_a_whole_mailbox_or_a_word_at_a_line_break_joins_nothing():
    found = _found("notes.txt", "Splash pad schedule, staff working notes\n"
                                "Duplicate reminders went out by mistake to jfalcone22@gmail.com\n"
                                "and to one more household, which is reachable\n"
                                "mreyes.home@outlook.com about the new hours.\n")
    assert values_of(found, "email") == {"jfalcone22@gmail.com", "mreyes.home@outlook.com"}


def test_the_citys_mailbox_cut_inside_its_domain_stays_the_citys():
    found = _found("budget.pdf", _margin_note_pdf(["questions:", "budget.office@pomon", "aca.gov"]))
    assert values_of(found, "email") == set()


# --- a name cut before its initial -------------------------------------------------------------------------------

def _audit_pdf(lines: list[str]) -> bytes:
    """An internal audit report's page, its paragraph's lines as the PDF wraps them."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica", 10)
    for k, line in enumerate(["INTERNAL AUDIT REPORT", "FINDING 1: Credits posted without approval", *lines]):
        page.drawString(72, 720 - 14 * k, line)
    page.save()
    return buffer.getvalue()


def test_a_name_cut_before_its_middle_initial_is_one_name():
    found = _found("audit.pdf", _audit_pdf([
        "The statement of account 7-410-228-9035 was delivered to Oskar",
        "T. Lindgren at 455 East Holt Avenue, who returned it unopened."]))
    assert values_of(found, "customer_name") == {"Oskar T. Lindgren"}
    assert ("address", "455 East Holt Avenue") in found


def test_a_district_or_a_store_a_record_was_sent_to_is_no_name():
    found = _found("audit.pdf", _audit_pdf([
        "A credit on account 6-118-402-7731 was mailed to Pomona",
        "Unified at 800 South Garey Avenue under the district's program.",
        "The refund for account 5-220-613-0048 was sent to Tuesday",
        "Morning at 1200 North White Avenue by mistake."]))
    assert values_of(found, "customer_name") == set()


# --- an account's label, then who gave it -------------------------------------------------------------------------

def test_an_account_number_after_the_clause_that_says_who_read_it_out_is_the_customers():
    found = _found("advocate.txt", "Customer Advocate - Monthly Narrative\n"
                                   "A caller who identified herself as Marisol Quintero reported that her PCE enrollment\n"
                                   "notice was addressed to a previous occupant. The account number she read to me,\n"
                                   "52016638, matched the premises at 1412 Holt Ave.\n")
    assert ("account_number", "52016638") in found


def test_a_case_number_read_out_or_a_year_after_the_clause_is_no_account():
    found = _found("advocate.txt", "Customer Advocate - Monthly Narrative\n"
                                   "A caller, Desmond Achebe, said the case number he read to me,\n"
                                   "20240187, was closed; the account number he gave us, in 2025, was not on file.\n")
    assert values_of(found, "account_number") == set()
