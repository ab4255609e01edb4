"""Red teams site46, docs46 and site45's leftover misses and precision notes (round 47).

- (precision) Staff introducing themselves in a letter, a voicemail script or an e-mail to a customer ("This is Karen
  Whitfield from Customer Care", "my name is Daniel Ortega and I am with the billing team") are the writer, not the
  customer whose account the message is about (``persons.named_officially``). Hard negatives: a customer introducing
  themselves with their town and their own utility account, or with their own home.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofexample.gov"


def _page(path: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{path}", f"<html><body><main>{body}</main></body></html>")


@pytest.mark.parametrize("paragraphs, staff", [
    (("Dear Ms. Lopez,", "This is Karen Whitfield from Customer Care. I reviewed your account 3-004-5512-88 and your "
      "July usage of 1,210 kWh.", "Sincerely,", "Karen Whitfield, Customer Care Representative"), "Karen Whitfield"),
    (("Hello, my name is Daniel Ortega and I am with the billing team at Pomona Choice Energy. I am calling about your "
      "account ending 4471. Please call us back at (909) 620-2311.",), "Daniel Ortega"),
    (("Voicemail script: Hi, this is Marcus Bell with Pomona Choice Energy customer service. We are calling about "
      "account 7-220-118-04; your July bill showed 1,904 kWh.",), "Marcus Bell"),
    (("Good afternoon, I'm Lena Park here at the City of Pomona utility office. Your account 7-220-118-04 is now on "
      "the CARE rate.",), "Lena Park"),
])
def test_staff_introducing_themselves_are_no_customer(paragraphs, staff):
    found = _page("energy/letters.html", *paragraphs)
    assert staff not in values_of(found, "customer_name")
    assert values_of(found, "account_number")  # the customer's account stays a finding


@pytest.mark.parametrize("paragraph, customer", [
    ("Hello, this is Ana Ruiz from Pomona and my Choice Energy account 3-004-5512-88 was billed twice.", "Ana Ruiz"),
    ("Hello, this is Ana Ruiz with SCE account 3-004-5512-88. My bill shows 1,210 kWh.", "Ana Ruiz"),
    ("Hi, I am Ana Ruiz at 1234 W Holt Ave, my account 3-004-5512-88 was billed twice.", "Ana Ruiz"),
])
def test_customers_introducing_themselves_stay_customers(paragraph, customer):
    assert customer in values_of(_page("energy/mail.html", paragraph), "customer_name")
