"""Customer records told as prose on a city site (red team prose36, part c).

- The City's own facilities: a service account and the annual kWh of a pump station, a senior center or a library
  that a disclosure, a minute or a staff report names, where the sentence runs over a wrapped line ("... Pump
  Station, 410 Alder Road (SCE service account" / "3-021-4471-09) also tripped offline") or shares its paragraph
  with a person (a history piece's electrician, a staff member presenting). Hard negatives (still reported): a
  customer's account in a sentence that also names a facility ("Ana Ruiz, who lives by the Library, ..."), a
  household's use near a park.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

_SITE = "https://www.cityofsanleandro.example.gov/energy"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _categories(found: set[tuple[str, str]], value: str) -> set[str]:
    return {category for category, found_value in found if found_value == value}


# --- the City's own facilities ------------------------------------------------------------------------------------

def test_a_facilitys_account_wrapped_onto_the_next_line_of_minutes_is_the_citys():
    minutes = (
        "CITY OF SAN LEANDRO - BUDGET WORKSHOP - MARCH 3, 2025\n"
        "\n"
        "Vice Mayor Okonkwo opened the workshop at 6:00 p.m. Deputy Finance Director\n"
        "Teodora Villaseñor-Hart presented the utility budget. City facilities are\n"
        "budgeted at 9,800 MWh, including the Eastgate Pump Station No. 2, 410 Alder\n"
        "Road (SCE service account 3-021-4471-09), which used 287,560 kWh last fiscal\n"
        "year.\n"
        "\n"
        "Councilmember Dubois asked about delinquent accounts.\n")
    found = _found("minutes-2025-03-03.txt", minutes)
    assert not _categories(found, "3-021-4471-09")
    assert not _categories(found, "287,560 kWh")
    assert not _categories(found, "Teodora Villaseñor-Hart")


def test_a_facilitys_account_in_a_history_paragraph_that_names_people_is_the_citys():
    page = ("<html><body><main><h1>A Century of Street Lights</h1>"
            "<p>Ignatius Wendeborn, a lineman who strung the first arc lamps along the creek, is remembered in the "
            "name of Ignatius Wendeborn Street; the Wendeborn Senior Center, 1840 Ignatius Wendeborn Street (SCE "
            "service account 3-052-8813-46), which used 96,215 kWh last fiscal year. Ignatius Wendeborn's "
            "cottage, the Wendeborn House at 517 Quartzfield Lane, is a City landmark.</p>"
            "<p>Questions: City Clerk's office.</p></main></body></html>")
    found = _found("history.html", page)
    assert not _categories(found, "3-052-8813-46")
    assert not _categories(found, "96,215 kWh")
    assert not _categories(found, "Ignatius Wendeborn")


def test_a_facility_disclosure_in_a_list_keeps_no_account_or_kwh():
    page = ("<html><body><main><h1>City Facility Energy Use</h1>"
            "<p>The energy used by City buildings, which the City pays for like any other account. All figures are "
            "public.</p><ul>"
            "<li>Marlowe Branch Library, 77 Fennel Court (SCE service account 3-019-2240-65), which used 58,302 kWh "
            "last fiscal year.</li>"
            "<li>Corporation Yard, 2209 Teasel Avenue (SCE service account 3-019-7781-12), which used 211,470 kWh "
            "last fiscal year.</li></ul></main></body></html>")
    found = _found("facility-use.html", page)
    for value in ("3-019-2240-65", "58,302 kWh", "3-019-7781-12", "211,470 kWh"):
        assert not _categories(found, value), value


def test_a_customers_account_in_a_sentence_naming_a_facility_is_still_reported():
    page = ("<html><body><main><h1>Outage follow-up</h1>"
            "<p>Rosalind Achterberg, who lives across from the Marlowe Branch Library, asked staff to check her SCE "
            "account 2-33-918-4402, which used 1,284 kWh in August.</p></main></body></html>")
    found = _found("outage-follow-up.html", page)
    assert "account_number" in _categories(found, "2-33-918-4402")
    assert "energy_usage" in _categories(found, "1,284 kWh")


def test_a_households_use_near_a_park_is_still_reported():
    page = ("<html><body><main><h1>Bill review</h1>"
            "<p>Customer Dariusz Wolanski, 3308 Bramblewood Drive, (510) 883-2974, told staff his house by "
            "Cherryland Park used 1,910 kWh in July.</p></main></body></html>")
    found = _found("bill-review.html", page)
    assert "energy_usage" in _categories(found, "1,910 kWh")
    assert "customer_name" in _categories(found, "Dariusz Wolanski")

