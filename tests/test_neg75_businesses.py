"""neg75 red team: a shop named by its trade is a business, not a customer named with their use.

A success story's "Ironwood Bookshop used 8,960 kWh a month before the retrofit" and a program's "Enrolled: Golden
Ceramics, 9229 Alder Rd" name a bookshop, a ceramics studio, a coffee roaster by the trade their last word gives
(persons._TRADE_END: "bookshop", "ceramics", "pottery", "roasters"), as "Hamilton Hardware" is. A person whose surname
ends the same way ("Maria Bishop", "Maria Potter") stays a customer named with their use.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/energy/success-stories.html"


def _found(paragraph: str) -> set[tuple[str, str]]:
    html = ("<html><head><title>Business Energy Success Stories</title></head><body><h1>Business Energy Success "
            f"Stories</h1><p>{paragraph}</p></body></html>")
    return pairs_found(PAGE, html, "text/html")


def test_a_shop_named_by_its_trade_is_a_business():
    assert not _found("Ironwood Bookshop used 8,960 kWh a month before the retrofit.")
    assert not _found("Harvest Coffee Roasters used 8,960 kWh a month before the retrofit.")
    assert not values_of(_found("Enrolled: Golden Ceramics, 9229 Alder Rd"), "customer_name")


def test_a_person_whose_surname_ends_like_a_trade_stays_a_customer():
    for name in ("Maria Bishop", "Maria Potter"):
        found = _found(f"{name} used 860 kWh a month before the retrofit.")
        assert values_of(found, "customer_name") == {name}
        assert values_of(found, "energy_usage") == {"860 kWh"}
