"""neg70 red team: a customer named after their home ("The customer at 2366 Quarry Oaks Ct, Salud Adebayo, reports
...") is a person when their given name is a word (Salud, Prudencia, Urbano) and their surname no list's word, as
"Customer Prudencia Olmedo" is; a church, a shop or a firm in that slot, and a business owner a press release names
after the shop's address, stay no one's."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/utilities/escalation-notes.html"


def _names(sentence: str) -> set[str]:
    html = f"<html><body><h1>Notes</h1><p>{sentence}</p></body></html>"
    return {value for kind, value in pairs_found(PAGE, html, "text/html") if kind == "customer_name"}


@pytest.mark.parametrize("name", ["Salud Adebayo", "Prudencia Olmedo", "Urbano Cavendish"])
def test_a_customer_named_after_their_home_with_a_word_for_a_given_name_is_a_person(name):
    assert name in _names(f"The customer at 2366 Quarry Oaks Ct, {name}, reports a flickering meter display and a "
                          f"bill twice the usual.")


@pytest.mark.parametrize("sentence", [
    "The customer at 2366 Quarry Oaks Ct, Faith Church, reports a flickering meter display.",
    "The customer at 2366 Quarry Oaks Ct, Blue Agave Taqueria, reports a flickering meter display.",
    "The customer at 1430 Holt Ave, Grace Huynh, owner of Sunrise Nail Spa, installed a 40 kW array with the Solar "
    "Rebate.",
])
def test_a_church_a_shop_or_a_shops_owner_in_that_slot_stays_no_ones(sentence):
    assert not _names(sentence)
