"""Customer records written as prose that tie a person to the utility without the usual words (red team prose25):
a relative's account sent to collections, an account holder's deposit or refund in a written public comment, a
ratepayer who gives their name after their home, a former customer's last home, a nickname in quotes between given
name and surname, and a taxpayer number in an e-mail printed under an earlier message of the thread. Hard negatives
from a city website: public speakers on other topics, a business owner, staff on refunds at large, a testimonial, a
firm's EIN."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage", "email", "taxpayer_id")
COMMENT_HEAD = ("<h2>PUBLIC COMMENT</h2><p>The City Clerk reported that 9 speaker cards and 3 written comments had "
                "been received.</p>")


def html(body: str) -> dict[str, list[str]]:
    return values_found("page.html", f"<html><body>{body}</body></html>", CONTACT)


def names(result: dict[str, list[str]]) -> list[str]:
    return [n.split(". ", 1)[-1] for n in result.get("customer_name", [])]


# -- the tie ---------------------------------------------------------------------------------------------------------

def test_a_relatives_account_referred_to_collections_ties_the_names_and_home():
    result = html("<p>File 2025-118. A complaint came by mail from Teodoro Villanueva-Ruiz on behalf of his father, "
                  "Mr. Anselmo Villanueva, of 417 Magnolia Court. The father's account had been referred to "
                  "collections although a hardship form was on file.</p>")
    assert "Anselmo Villanueva" in names(result)
    assert [a.rstrip(".") for a in result.get("address", [])] == ["417 Magnolia Court"]


def test_an_account_holders_deposit_in_a_written_comment_is_their_record():
    result = html(COMMENT_HEAD + "<p>A letter was received from Ingrid Solberg-Achebe, who identified herself as an "
                  "account holder at 3907 Sycamore Lane. She asked that her deposit be returned and gave her email "
                  "as ingrid.sa at gmail dot com.</p>")
    assert names(result) == ["Ingrid Solberg-Achebe"]
    assert [a.rstrip(".") for a in result.get("address", [])] == ["3907 Sycamore Lane"]
    assert result.get("email") == ["ingrid.sa at gmail dot com"]


def test_a_ratepayer_who_gives_their_name_after_their_home():
    result = html(COMMENT_HEAD + "<p>The third speaker, a ratepayer from 1580 Juniper Road whose shutoff notice "
                  "arrived March 3, gave her name as Ms. Oksana Petrenko. She said the notice asked for $742.10.</p>")
    assert names(result) == ["Oksana Petrenko"]
    assert result.get("address") == ["1580 Juniper Road"]


def test_a_former_customers_last_home_beside_their_forwarding_phone():
    result = html("<p>Second, the closed account. The former customer, who moved out of the apartment at 56 "
                  "Larkspur Way in January, owes $903.17; her forwarding phone is 951-555-0143.</p>")
    assert result.get("address") == ["56 Larkspur Way"]


def test_a_nickname_in_single_quotes_is_part_of_the_name():
    result = html("<p>When he opened his August statement he could not believe it: the bungalow on 771 Fairview "
                  "Drive had used 1,812 kilowatt-hours, far more than the spring. &quot;The hotline helped me "
                  "find the leak,&quot; said the veteran, whose full name is Bartolomeo &#x27;Bart&#x27; "
                  "Castellano.</p>")
    assert result.get("customer_name") == ["Bartolomeo 'Bart' Castellano"]
    assert result.get("energy_usage") == ["1,812 kilowatt-hours"]


def test_a_writers_own_tin_under_an_earlier_message_from_the_utility():
    result = html("<pre>From: Riverside Energy Customer Care\nSent: Monday, May 4, 2026 8:10 AM\nSubject: your "
                  "inquiry\n\nThank you for writing. Riverside Energy Customer Care | 300 Main St | (951) 555-0110\n"
                  "</pre><pre>From: Wendell Okafor-Lind &lt;w.okaforlind@gmail.com&gt;\nTo: Utility Billing\n"
                  "Subject: rebate form\n\nMy TIN is 91-4402871. The duplex at 88 Birch Lane is on PCE account "
                  "7000412233.\n-- Wendell</pre>")
    assert result.get("taxpayer_id") == ["91-4402871"]


# -- hard negatives --------------------------------------------------------------------------------------------------

def test_a_public_speaker_of_an_address_on_another_topic_stays_silent():
    result = html(COMMENT_HEAD + "<p>Greta Lindqvist, of 2210 Alder Street, spoke against the proposed skate park "
                  "and asked for more lighting on Fifth Avenue.</p><p>The next speaker, a resident from 900 "
                  "Bluebell Court, gave her name as Ms. Priya Raman and asked the Council to fund the library.</p>")
    assert result == {}


def test_staff_on_refunds_and_deposits_at_large_stay_silent():
    result = html("<p>Finance Director Laurel Whitaker said refunds totaling $41,000 were issued to customers and "
                  "that the deposit policy is unchanged. Her office is at 505 Civic Center Drive.</p>")
    assert "customer_name" not in result


def test_a_business_owner_in_public_comment_stays_silent():
    result = html(COMMENT_HEAD + "<p>Marco Delgado, owner of Delgado Bakery, of 415 Main Street, said his refund "
                  "from the facade program arrived and thanked staff.</p>")
    assert "customer_name" not in result


def test_a_testimonial_with_a_nickname_stays_silent():
    result = html("<p>&quot;The rebate made a real difference,&quot; said Hana &#x27;Hanny&#x27; Kobayashi, a PCE "
                  "customer since 2019.</p>")
    assert result == {}


def test_a_collection_agencys_ein_stays_silent():
    result = html("<p>Summit Recovery Partners, 200 Commerce Way, Riverside, CA 92501, (951) 555-0199, Federal EIN "
                  "95-4417208.</p>")
    assert "taxpayer_id" not in result
