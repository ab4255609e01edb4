"""A customer whose given name is a word of Spanish (or of no list) and whose surname is a rare word no list holds
("Prudencia Olmedo", "Urbano Cavendish") is a person where a customer's role or a record's tail makes the two words
someone: neither word is a frequent English one, so they name no firm or place. A firm's, a campus's, a place's or an
official's words in the same slot stay no one's."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.ci.example.ca.us/utilities/notes.html"


def _found(html: str) -> set[tuple[str, str]]:
    return pairs_found(_URL, html.encode(), "text/html")


@pytest.mark.parametrize("html,name", [
    ("<p>Customer Prudencia Olmedo (acct 3-117-884-2219) asked for a payment plan on her $412 balance.</p>",
     "Prudencia Olmedo"),
    ("<p>La clienta Urbano Cavendish, que vive en 4410 Sierra Vista Dr, consumió 1,380 kWh en julio.</p>",
     "Urbano Cavendish"),
    ("<p>Account holder Prudencia Villaseñor (acct 2-305-881-4472) disputes the July estimate.</p>",
     "Prudencia Villaseñor"),
])
def test_a_customer_with_a_word_for_a_given_name_and_a_rare_surname_is_a_person(html, name):
    assert name in values_of(_found(html), "customer_name")


@pytest.mark.parametrize("html", [
    "<p>We received a complaint from Cal Poly about the streetlights on Temple Ave.</p>",
    "<p>Staff spoke with Kaiser Permanente about the backup generator at 1000 Fairplex Dr.</p>",
    "<p>A letter from Habitat Pomona asked for fee waivers for 12 homes.</p>",
    "<p>The appeal from Fairplex Olmedo LLC was heard on 3/4.</p>",
    "<p>Customer Prudencia Bakery (acct 3-117-884-2219) asked about the commercial rate.</p>",
    "<p>Escalation: Tabernacle Olmedo roof solar interconnection, case 2024-118.</p>",
    "<p>Complaint from Lanterman Olmedo Apartments (HOA) about the pole at 221 Holt Ave.</p>",
    "<p>Met with Mayor Tim Sandoval and Councilmember Prudencia Olmedo on the budget.</p>",
    "<p>Customer Care Center (acct 3-117-884-2219) handles PCE billing questions at (888) 555-0100.</p>",
])
def test_a_firm_a_place_or_an_official_in_that_slot_stays_no_ones(html):
    assert not values_of(_found(html), "customer_name")
