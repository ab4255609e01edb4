"""Round 65, the lead's fixes after the merges: where two helpers' rules met.

Each true case is worded apart from the red teams' generators; each hard negative is what a city's public pages say.
"""
from __future__ import annotations

from detector_helpers import pairs_found, values_of

PAGE = "https://www.example-city.gov/council/item-12-bill-appeals.html"


def _page(heading: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(PAGE, f"<html><body><h1>Council agenda item 12</h1><h2>{heading}</h2>{body}</body></html>")


def test_a_staff_reports_closing_contact_under_a_heading_of_bill_appeals_stays_public():
    """The closing line of a staff report on billing appeals names who answers questions about the item: staff, though
    the heading says customers' cases follow."""
    for line in ("Questions may be directed to Oluwaseun Bergstrom at 714 555 2290.",
                 "Inquiries should be addressed to Oluwaseun Bergstrom at (714) 555-2290.",
                 "Comments can be sent to Oluwaseun Bergstrom, oberg@example-city.gov."):
        found = _page("Utility bill appeals", "The commission heard two appeals this quarter.", line)
        assert not values_of(found, "customer_name"), line
        assert not values_of(found, "phone") and not values_of(found, "email"), line


def test_an_appellant_reached_at_a_number_under_the_same_heading_is_still_found():
    """The appellant of a case in the same report, with the number they can be reached at, is the customer."""
    found = _page("Utility bill appeals", "The commission heard two appeals this quarter.",
                  "Appellant Radomir Castellanos, who can be reached at 714 555 8841, disputes the August charges.",
                  "Questions may be directed to Oluwaseun Bergstrom at 714 555 2290.")
    assert "714 555 8841" in values_of(found, "phone")
    assert "Radomir Castellanos" in values_of(found, "customer_name")
    assert "714 555 2290" not in values_of(found, "phone")


def test_a_resident_living_at_an_address_under_a_billing_disputes_heading_is_no_town():
    """The town rule (a capitalised pair after an address and its comma is its city) keeps a person whose phone and
    verb follow them; a town followed by the sentence's end or the state stays no name."""
    found = _page("Billing disputes", "Living at 8812 Quail Run Rd, Anneliese Mbeki, 626-555-0193, asks for a refund.")
    assert "Anneliese Mbeki" in values_of(found, "customer_name")
    for town in ("She wrote from 8812 Quail Run Rd, Morgan Hill.", "She wrote from 8812 Quail Run Rd, Morgan Hill, CA."):
        found = _page("Billing disputes", town)
        assert "Morgan Hill" not in values_of(found, "customer_name"), town
