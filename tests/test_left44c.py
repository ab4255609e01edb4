"""A phone's label that ends a line over its value, and a name tied to its own mailbox or number by a pronoun (red
team sites 43 and 44).

- A PDF's letter or form breaks a field's label from its value: "... and daytime telephone" / "8187672126. (Claimant:
  ...)". The ten digits are the customer's phone, not an account of SCE's ten-digit form. Hard negatives: a table's
  header over its rows ("Account   Name   Phone" over "8187672126   ..."), a sentence that sends readers to an
  office's line, a line with no customer's record near it.
- Speaker notes and case notes go on about a person by a pronoun: "the second case was Ana Ruiz - she's the one who
  emailed from <mailbox>, reach her at <phone>", "Ana Ruiz; he called from <phone>". Hard negatives: a staff member
  "- she's the one who handles refunds, reach her at <City number>", one who e-mailed from the office's mailbox, a
  vendor's contact of a named firm, a council member who "called from the dais".
"""
from __future__ import annotations

import html

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org"


def _pdf(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/reports/claim.pdf", lines_pdf(list(lines)))


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/library/notes.txt", "\n".join(lines) + "\n")


def _html(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (f"<html><head><title>Billing issues</title></head><body><main><h1>Billing issues</h1>{body}</main>"
            "</body></html>")
    return pairs_found(f"{_SITE}/news/post.html", page)


# -- a phone's label ending the line above its value

def test_daytime_telephone_ending_the_line_over_its_digits_is_a_phone_not_an_account():
    found = _pdf("Claim 24-117: Notice of Rejection",
                 "The claim form lists the claimant's Social Security number as 659-41-5248 and daytime telephone",
                 "8187672126. (Claimant: Rodel Petrosyan.)")
    assert values_of(found, "phone") == {"8187672126"}
    assert values_of(found, "account_number") == set()
    assert values_of(found, "customer_name") == {"Rodel Petrosyan"}


def test_cell_label_ending_a_case_note_line_over_its_digits():
    found = _txt("Claimant Dora Villanueva, 101 Mesa Verde Dr, disputes the June bill. Cell phone",
                 "8057672126, account 2194 2705 206.")
    assert values_of(found, "phone") == {"8057672126"}
    assert values_of(found, "account_number") == {"2194 2705 206"}


def test_table_header_ending_in_phone_over_a_row_opening_on_its_account_is_no_phone():
    for header, row in (("Account   Name   Phone", "8187672126   Jane Ortiz   909-555-0147"),
                        ("Account\tName\tPhone", "8187672126\tJane Ortiz\t909-555-0147")):
        found = _txt("Customer: Jane Ortiz, account 8123456789", header, row)
        assert "8187672126" not in values_of(found, "phone")
        assert "8187672126" in values_of(found, "account_number")


def test_office_line_after_a_label_ending_the_line_is_no_customers_phone():
    assert _txt("For billing questions please call", "8005551234 between 8 and 5.") == set()
    assert _txt("The Parks Department lists its program line at telephone",
                "9095550100 for registration.") == set()


# -- a name tied to its own mailbox or number by a pronoun

def test_speaker_notes_name_then_pronoun_who_emailed_from_a_personal_mailbox():
    found = _html("Speaker notes: if asked, the second case was Sharon Henderson - she's the one who emailed from "
                  "henderson.family@outlook.com, reach her at 760-760-9711.")
    assert values_of(found, "customer_name") == {"Sharon Henderson"}
    assert values_of(found, "email") == {"henderson.family@outlook.com"}
    assert values_of(found, "phone") == {"760-760-9711"}


def test_name_then_semicolon_pronoun_called_from_or_who_wrote_in_from():
    found = _html("The second billing case was Omar Haddad; he called from 760-760-9711 about the bill.")
    assert values_of(found, "customer_name") == {"Omar Haddad"}
    assert values_of(found, "phone") == {"760-760-9711"}
    found = _html("The high bill complaint came from Lucia Ferreira, who wrote in from lucia.ferreira@gmail.com.")
    assert values_of(found, "customer_name") == {"Lucia Ferreira"}


def test_staff_named_then_pronoun_who_handles_refunds_is_no_customer():
    found = _html("Refund questions about your bill: Maria Lopez - she's the one who handles refunds, reach her at "
                  "(909) 620-2311.")
    assert found == set()
    found = _html("Billing staff: Maria Lopez - she's the one who emailed from mlopez@pomonachoiceenergy.org about "
                  "the bill credits, reach her at 909-555-0188.")
    assert values_of(found, "customer_name") == set()


def test_firms_contact_and_council_member_after_a_pronoun_are_no_customers():
    assert values_of(_html("The billing vendor contact is Jake Brunner of Brightline Solar - he called from "
                           "909-555-0101 about the bill inserts."), "customer_name") == set()
    assert _html("Council Member Ana Ruiz - she's the one who called from the dais for a vote on the billing "
                 "item.") == set()
