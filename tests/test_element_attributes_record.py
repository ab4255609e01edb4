"""The attributes that describe one element (a link's aria-label and title, a photo's alt and title, a marker's
data-*) are one record: a phone or a usage figure in a title belongs to the customer the aria-label names. A
staff photo's or a map pin's attributes name no customer and stay public."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(body: str) -> dict[str, list[str]]:
    return values_found("page.html", f"<html><body>{body}</body></html>", CONTACT)


def test_a_case_file_link_whose_title_holds_the_phone_and_usage_of_the_customer_its_aria_label_names():
    result = found("<a href='#' aria-label='Open the file of Marisol Quintero (account 4417205-318)' "
                   "title='+1 360 555 0187 / 985 kWh'>Case file</a>")
    assert result == {"customer_name": ["Marisol Quintero"], "account_number": ["4417205-318"],
                      "phone": ["+1 360 555 0187"], "energy_usage": ["985 kWh"]}


def test_a_meter_photo_whose_title_holds_a_mailbox_phone_and_reading_beside_the_alt_naming_the_customer():
    result = found('<img src="meter.jpg" alt="Meter photo for Tavita Leota, acct W-561230-47" '
                   'title="Sent in by tleota@outlook.com, 360 555 0144, reading 612 kWh">')
    assert result == {"customer_name": ["Tavita Leota"], "account_number": ["W-561230-47"],
                      "email": ["tleota@outlook.com"], "phone": ["360 555 0144"], "energy_usage": ["612 kWh"]}


def test_a_council_members_photo_with_the_city_hall_line_in_its_title_is_public():
    assert found('<img src="ruiz.jpg" alt="Council Member Elena Ruiz" title="(909) 620-2311 City Hall">') == {}


def test_a_map_pin_naming_a_park_with_its_address_and_phone_is_public():
    assert found('<a href="#" class="map-pin" aria-label="Ganesha Park" '
                 'title="1575 N White Ave, Pomona, CA 91768 (909) 620-2321" data-lat="34.07">Pin</a>') == {}


def test_a_vendors_contact_photo_and_a_bid_link_are_public():
    assert found('<img src="lee.jpg" alt="Jordan Lee, Account Manager, Summit Solar Inc." '
                 'title="(626) 555-0142 jlee@summitsolar.com">') == {}
    assert found('<a href="/bids/award.pdf" aria-label="Bid award to Foothill Paving Inc (vendor 100234)" '
                 'title="(909) 555-0199, contract 2024-118">Award</a>') == {}


def test_a_project_photo_whose_title_gives_a_homes_solar_output_names_no_customer():
    assert found('<img src="roof.jpg" alt="Rooftop solar at the Mendez Adobe museum" '
                 'title="Installed 2024, makes 540 kWh a month">') == {}
