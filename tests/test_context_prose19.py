"""Causes found in prose by red teams prose18 and round 19, end to end through the extractor and every registry
detector. Hard negatives are a city site's text: the utility's own phone line under a customer's record.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a line that opens with the record's field labels, under the sentence that names the customer --------------------

CERTIFICATE = ("Medical certificate approved for Evangelina Troncoso (acct 62-3318401-7). Physician certifies a "
               "household member depends on a home dialysis machine. Disconnection is deferred 60 days.\n\n"
               "Svc addr: 4410 Ocotillo Bend, Apt 3. Cust ph 575/802-4419. Approved by the billing supervisor.\n")


def test_a_line_of_customer_field_labels_under_a_record_is_that_customers():
    result = found("log.txt", CERTIFICATE)
    assert result["customer_name"] == ["Evangelina Troncoso"]
    assert result["address"] == ["4410 Ocotillo Bend, Apt 3"]
    assert result["phone"] == ["575/802-4419"]


def test_the_utilitys_customer_service_line_under_a_record_is_public():
    text = ("Medical certificate approved for Evangelina Troncoso (acct 62-3318401-7). Disconnection is deferred.\n\n"
            "Customer phone line: 575/802-4000, weekdays 8 to 5. Service center: 900 W Grand Ave.\n")
    result = found("log.txt", text)
    assert result["customer_name"] == ["Evangelina Troncoso"]
    assert "phone" not in result
    assert "address" not in result



# -- a label's value ends at its sentence's stop when a label this tool does not know follows -----------------------

def test_a_value_stops_before_a_label_in_another_language():
    text = ("<p>Yá'át'ééh Delphine Begaye. Account number: 7-30-118-4426. Service address: 5518 Juniper Mesa Rd, "
            "Shiprock, NM 87420. Kwe'é bik'i adíídíił: one thousand forty kilowatt-hours. Phone: (505) 368-2207.</p>")
    result = found("notice.html", text)
    assert result["address"] == ["5518 Juniper Mesa Rd, Shiprock, NM 87420"]
    assert result["energy_usage"] == ["one thousand forty kilowatt-hours"]


def test_an_abbreviation_inside_an_address_does_not_end_it():
    text = "<p>Customer: Delphine Begaye. Service address: 5518 W. Juniper Mesa Rd. Phone: (505) 368-2207.</p>"
    result = found("notice.html", text)
    assert [value.rstrip(".") for value in result["address"]] == ["5518 W. Juniper Mesa Rd"]


# -- a public speaker who tells the board about their own bill ------------------------------------------------------

def test_a_public_speaker_telling_their_own_usage_is_a_customer():
    text = ("<p>The next speaker, Yusra Abdikarim of 7710 N Sandhill St, told the Board her July usage was 2,064 "
            "kilowatt hours though the house was empty. She asked that someone call her at 432.615.0927.</p>")
    result = found("minutes.html", text)
    assert result["customer_name"] == ["Yusra Abdikarim"]
    assert result["address"] == ["7710 N Sandhill St"]
    assert result["energy_usage"] == ["2,064 kilowatt hours"]
    assert result["phone"] == ["432.615.0927"]


def test_a_public_speaker_on_a_public_topic_and_an_invited_speaker_are_no_customers():
    text = ("<p>The next speaker, Yusra Abdikarim of 7710 N Sandhill St, spoke against the rezoning of the Sandhill "
            "lot and asked that staff call her at 432.615.0927.</p>"
            "<p>Guest speaker: Dr. Anselm Whitfeather of 300 College Ave, who presented the average home's July usage "
            "of 1,150 kWh.</p>")
    result = found("minutes.html", text)
    assert "customer_name" not in result
    assert "energy_usage" not in result


# -- "The claimant's home ..." goes on with the paragraph that names the claimant ----------------------------------

def test_the_claimants_record_below_the_paragraph_naming_them():
    text = ("<p>Claim OC-2026-41. The claimant, Rosalind Achterberg, reports that a surge on May 9 destroyed a "
            "freezer at the residence.</p><p>The claimant's home at 2290 Mesquite Draw Rd is served from Feeder 7. "
            "The account, 58-310442-19, is current.</p>")
    result = found("claims.html", text)
    assert result["customer_name"] == ["Rosalind Achterberg"]
    assert result["address"] == ["2290 Mesquite Draw Rd"]


def test_a_paragraph_about_the_claims_process_names_no_claimant():
    text = ("<p>Claims are reviewed by Risk Manager Rosalind Achterberg within 30 days.</p><p>The claimant's "
            "account, 58-310442-19, is credited when the claim is paid.</p>")
    assert "customer_name" not in found("claims.html", text)


# -- a mailbox whose name's dots are spelt in brackets ---------------------------------------------------------------

def test_a_mailbox_with_its_names_dots_in_brackets():
    text = ("<p>The largest balance belongs to Isolde Marchetti, whose account 3236755686 is delinquent. The last "
            "e-mail on file is isolde [dot] marchetti [at] aol [dot] com.</p>")
    assert found("memo.html", text)["email"] == ["isolde [dot] marchetti [at] aol [dot] com"]
