"""neg75 red team: a volunteer's record a map's script keys by "holder", on a page about a volunteer corps, is public.

Round 74 read ``{holder: "NAME", phone: ..., email: "...@gmail.com", lat, lng}`` on an outage or a rebate map as the
service's holder (script_holders). A Neighborhood Watch page's map of its block captains keys its records the same
way, and the captain is reached at their own mailbox on purpose: the page's title or heading naming a volunteer corps
(captains, volunteers, coaches, docents) says the holder is no customer. The same record on an outage or a rebate
map stays the customer's.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/safety/map.html"
_RECORD = ('<script>var markers = [{holder: "Maria Okafor", phone: "(909) 555-2211", '
           'email: "maria.okafor@gmail.com", lat: 34.0512, lng: -117.7499}];</script>')


def _found(title: str) -> set[tuple[str, str]]:
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><div id='map'></div>{_RECORD}</body></html>"
    return pairs_found(PAGE, html, "text/html")


def test_a_block_captains_map_names_no_customer():
    for title in ("Neighborhood Watch Block Captains", "Meet Our Volunteers"):
        found = _found(title)
        assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_an_outage_or_rebate_maps_holder_stays_a_customer():
    for title in ("Outage Map", "Solar Rebate Map"):
        found = _found(title)
        assert values_of(found, "customer_name") == {"Maria Okafor"}
        assert values_of(found, "phone") == {"(909) 555-2211"}
