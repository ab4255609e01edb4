"""site72a red team: a household named by the plural of a surname that is a word too ("the Rivers", "the Mills",
"the Brooks", "the Castellanos'") is a customer where its sentence makes it people: a person's act right after it
(asked, owe, live at), a home of theirs, or "their" after its possessive or after staff's call; Spanish "la factura
de los Montes" names the household whose bill it is; staff's call to a household at its number makes the number the
household's. Estates, teams, bakeries, rivers and neighbourhoods stay public."""
from __future__ import annotations

from detectors.context.plural_families import acting_families
from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/utility/billing-review.html"


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(PAGE, f"<html><head><title>Memo</title></head><body><h1>Billing Review Memo</h1>{body}"
                             f"</body></html>", "text/html")


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in acting_families(text)]


def test_a_word_surname_is_a_household_where_the_sentence_makes_it_people():
    assert _words("The Rivers at 2290 Oleander Ave asked for a meter test after the July bill.") == ["Rivers"]
    assert _words("The Castellanos' bill for July came to $412.00; their account 3-448-201-7730 was put on a "
                  "payment plan.") == ["Castellanos"]
    assert _words("Staff called the Brooks at (909) 555-0187 about their past-due balance.") == ["Brooks"]
    assert _words("The Mills used 1,569 kWh in August, twice their usual, at their home on 1039 Hollyhock Pl.") \
        == ["Mills"]
    assert _words("La factura de los Montes en 4410 Calle Luna subió a 812 kWh en julio.") == ["Montes"]


def test_estates_teams_firms_and_neighbourhoods_stay_public():
    assert not _words("The Hills at 400 Ridge Rd used 12,000 kWh in July.")
    assert not _words("The Woods at 1200 Cobblestone Way, a senior community, said their electricity bills rose.")
    assert not _words("Staff called the Dodgers at (323) 224-1500 about the stadium lights.")
    assert not _words("The Bells' Bakery on Holt Ave donated bread; their electric bill was waived.")
    assert not _words("Los Paredes Hermanos, contratistas, repararon el techo; la factura de luz bajó.")
    assert not _words("La reunión será en Los Robles; la factura de Los Robles Park bajó.")


def test_the_households_records_are_reported_and_public_lines_are_not():
    found = _found("Staff called the Fields at (951) 899-7769 about their past-due balance.",
                   "The Rivers at 2290 Oleander Ave asked for a meter test after the July bill.",
                   "Please call Ms. Graciela Montalvo (909) 620-2291 for questions about the program.",
                   "The Bells' Bakery on Holt Ave donated bread for the cooling center.")
    assert {("customer_name", "Fields"), ("phone", "(951) 899-7769"), ("customer_name", "Rivers"),
            ("address", "2290 Oleander Ave")} <= found
    assert not {v for c, v in found if "Montalvo" in v or "620-2291" in v or "Bell" in v}
    assert not _found("Staff called the Dodgers at (323) 224-1500 about the stadium lights.",
                      "The Hills at 400 Ridge Rd used 12,000 kWh in July.")
