"""Red team prose25's causes: customer records written as prose whose tie to the utility is phrased otherwise
than "a PCE customer" (the utility's full name, a relative clause), and the hard negatives beside them on a city
website."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage", "email")


def found(body: str, name: str = "page.html") -> dict[str, list[str]]:
    return values_found(name, f"<html><body>{body}</body></html>", CONTACT)


def test_a_customer_of_the_utility_named_in_full():
    result = found("<p>Wendell Achebe-Marsh, a Rancho Verde Power Authority customer, told staff his bill for "
                   "2291 North Garey Avenue had tripled.</p>")
    assert result.get("customer_name") == ["Wendell Achebe-Marsh"]
    assert result.get("address") == ["2291 North Garey Avenue"]


def test_a_customer_who_calls_themself_an_account_holder_in_a_relative_clause():
    result = found("<p>Marisol Etxeberria, who identified herself as a PCE account holder at 719 Towne Avenue, "
                   "asked that the late fee be waived.</p>")
    assert result.get("customer_name") == ["Marisol Etxeberria"]
    assert result.get("address") == ["719 Towne Avenue"]


def test_a_utility_employee_named_with_the_utilitys_name_stays_staff():
    result = found("<p>Customer calls about the bill were answered by Renata Obuya, Rancho Verde Power Authority "
                   "Energy Services Manager, at 909-620-2000.</p>")
    assert "customer_name" not in result


def test_a_speaker_who_praises_the_utility_is_no_customer_record():
    result = found("<p>Public comment: Tomasz Wierzbicki, a Rancho Verde Power Authority board alternate, spoke in "
                   "favour of the rate study.</p>")
    assert "customer_name" not in result


MINUTES = "<h2>Public Comment</h2>"


def test_a_speaker_who_gives_their_home_and_their_own_bill_in_public_comment():
    result = found(MINUTES + "<p>During public comment, Ifeoma Castellanos of 4127 Brookside Ter said the new smart "
                   "meter at the house had tripled the bill since March.</p>")
    assert result.get("customer_name") == ["Ifeoma Castellanos"]
    assert result.get("address") == ["4127 Brookside Ter"]


def test_a_speaker_who_gives_their_number_and_their_winter_bill():
    result = found(MINUTES + "<p>Yevgenia Thorvaldsen ((559) 402-7716) thanked the Neighbor Fund volunteers for help "
                   "with the winter bill, which had reached $388.15.</p>")
    assert result.get("customer_name") == ["Yevgenia Thorvaldsen"]
    assert result.get("phone") == ["(559) 402-7716"]


def test_speakers_on_a_legislatures_bill_or_for_a_club_are_no_customers():
    legislature = found(MINUTES + "<p>Desmond Okafor-Lind of 2218 Alder Way said the bill now in the State Senate "
                        "would raise rents.</p>")
    assert "customer_name" not in legislature and "address" not in legislature
    club = found(MINUTES + "<p>Ms. Henrietta Volkova of the Westside Garden Club, 310 Maple St, invited residents to "
                 "the plant sale and said the club's water bill is paid by donors.</p>")
    assert "customer_name" not in club and "address" not in club
