"""site75b red team: a complaint memo's customers told in indirect speech or over several sentences.

- A person telling of a home's bill, meter or account right after their name ("According to Mr. Acosta, the bill for
  3747 Fremont Ave doubled ...", "Mr. Acosta said the bill for ...") is the home's customer
  (``utility_stories.home_bills_told``).
- The person a case note opens with ("We received a letter from Mr. Herrera on 4/1.", "Manuel Herrera wrote on 4/1
  ...") and the service address or callback number the next sentences label as the case's ("The service address is
  ...; the callback number is ...") are the customer's record (``utility_stories.case_fields_labelled``).
- A person's "$227.55 bill" is their own utility bill as "her electric bill" is (``OWN_UTILITY_BILL``).
Public look-alikes kept: a council member on a public building's bill, a facilities manager on City Hall's, a business
owner's shop, a letter from the Chamber of Commerce or a council member with a public building's service address.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.cityofexample.org/utility/billing-complaints-memo.html"


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in ("Minutes of the Utility Advisory Committee", "The City Council meets on the "
                                           "first Tuesday of each month.", *paragraphs,
                                           "Staff recommends approval of the consent calendar."))
    return pairs_found(URL, f"<html><body>{body}</body></html>", "text/html")


def _addresses(found) -> set[str]:
    return {v.rstrip(".") for v in values_of(found, "address")}


def test_a_person_telling_of_a_homes_bill():
    for sentence in ("According to Mr. Acosta, the bill for 3747 Fremont Ave doubled in July although nobody had been "
                     "living there.",
                     "Mr. Acosta said the bill for 3747 Fremont Ave doubled in July although nobody had been living "
                     "there."):
        found = _found(sentence)
        assert any("Acosta" in n for n in values_of(found, "customer_name")), sentence
        assert "3747 Fremont Ave" in _addresses(found), sentence


def test_the_person_a_case_note_opens_with_and_the_fields_it_labels_later():
    found = _found("We received a letter from Mr. Herrera on 4/1. The letter disputes the late fee of $35. The service "
                   "address is 2545 W. Garey Avenue; the callback number is (909) 836-8798.")
    assert any("Herrera" in n for n in values_of(found, "customer_name"))
    assert "2545 W. Garey Avenue" in _addresses(found) and "(909) 836-8798" in values_of(found, "phone")
    found = _found("Manuel Herrera wrote on 4/1 to dispute the late fee of $35. His service address is 2545 W. Garey "
                   "Avenue.")
    assert "Manuel Herrera" in values_of(found, "customer_name") and "2545 W. Garey Avenue" in _addresses(found)


def test_a_dollar_amount_before_a_persons_own_bill():
    found = _found("Mr. Olivares at 671 Rancho Ct called about his $227.55 bill.")
    assert any("Olivares" in n for n in values_of(found, "customer_name")) and "671 Rancho Ct" in _addresses(found)


def test_public_buildings_officials_and_businesses_stay_public():
    found = _found("According to Councilmember Ortiz, the bill for the Senior Center at 600 S. Park Ave doubled in "
                   "July.",
                   "Facilities Manager Maria Lopez said the bill for 505 S. Garey Ave, City Hall, rose 12 percent after "
                   "the HVAC upgrade.",
                   "According to Mr. Acosta, owner of Acosta Tires, the bill for 3747 Fremont Ave doubled in July.",
                   "We received a letter from Councilmember Ortiz on 4/1 about the rate study. The service address "
                   "for the Senior Center is 600 S. Park Ave.",
                   "We received a letter from the Chamber of Commerce on 4/1. The service address is 600 S. Park Ave; "
                   "the callback number is (909) 620-2000.")
    assert not values_of(found, "customer_name") and not values_of(found, "address")
