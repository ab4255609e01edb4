"""Red teams site46, docs46 and site45's leftover misses and precision notes (round 47).

- (precision) Staff introducing themselves in a letter, a voicemail script or an e-mail to a customer ("This is Karen
  Whitfield from Customer Care", "my name is Daniel Ortega and I am with the billing team") are the writer, not the
  customer whose account the message is about (``persons.named_officially``). Hard negatives: a customer introducing
  themselves with their town and their own utility account, or with their own home.
- (recall) A vendor table's detail column ("Vendor address", "Payee city") names no holder: a street address that
  probablepeople reads as a firm's no longer makes a sole proprietor's row ("Tomas Ybarra | 47-5521093 | 88 E Holt
  Ave") an organization's, whose EIN would be public (``taxpayer_id``). Hard negatives: a firm's, a trade's row.
- (precision) A Korean word before an honorific is no name: "고객님 1234 W Holt Ave" is "Dear customer" before an
  address, as "고객님(" was already (``persons._hangul_names``). A name before 고객님 or 님 stays one.
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


def _vendor_table(*rows: str) -> set[tuple[str, str]]:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row.split("|")) + "</tr>" for row in rows)
    return pairs_found(f"{_SITE}/finance/vendor-payments.html",
                       "<html><body><main><h2>Vendor payments over $10,000</h2><table><tr><th>Vendor name</th>"
                       f"<th>Vendor EIN</th><th>Vendor address</th><th>Amount</th></tr>{cells}</table></main></body>"
                       "</html>")


def test_sole_proprietors_ein_beside_a_vendor_address_column():
    found = _vendor_table("Greenline Electric Inc.|95-4410287|300 Commerce Way|$48,200",
                          "Tomas Ybarra|47-5521093|88 E Holt Ave|$11,000",
                          "Sierra Tree Care|33-0817724|12 Industrial Pkwy|$11,500",
                          "Foothill Landscape Services|20-4482913|1550 N Towne Ave|$10,200")
    assert values_of(found, "taxpayer_id") == {"47-5521093"}


@pytest.mark.parametrize("paragraph, names", [
    ("고객님 1234 W Holt Ave 주소로 청구서를 보냈습니다. 계정 번호 3-004-5512-88", set()),
    ("박지훈 고객님 1234 W Holt Ave 계정 번호: 3-004-5512-88", {"박지훈"}),
    ("문명자님 1234 W Holt Ave 계정 번호: 3-004-5512-88", {"문명자"}),
])
def test_korean_customer_word_before_an_address_is_no_name(paragraph, names):
    found = _page("ko/notice.html", paragraph)
    assert values_of(found, "customer_name") == names
    assert values_of(found, "address") == {"1234 W Holt Ave"}
