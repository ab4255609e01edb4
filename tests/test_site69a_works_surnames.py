"""site69a red team: a surname that begins with the noun of a works' name ("Yard" in Yardley, "Site" in Sitek, "Depot"
in Depotter) is a person's, read beside their home and usage wherever the record hides (a collapsed <details> list, a
calendar file's field visit); the City's "Corporate Yard", "Well Site 4" and "Transit Depot" stay its own."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/programs/hardship.html"


def _names(pairs) -> set[str]:
    return {value for kind, value in pairs if kind == "customer_name"}


@pytest.mark.parametrize("name", ["Obdulia Yardley", "Tomas Yardman", "Anna Sitek", "Lena Depotter"])
def test_a_surname_opening_with_a_works_noun_beside_a_home_and_its_usage_is_a_customer(name):
    body = (f"<html><body><details><summary>Hardship applicants (3)</summary><ul><li>{name} &mdash; 5127 W. "
            f"Larkmoor Ave &mdash; 2,318 kWh</li></ul></details></body></html>")
    pairs = pairs_found(PAGE, body, "text/html")
    assert name in _names(pairs)
    assert ("energy_usage", "2,318 kWh") in pairs


def test_a_calendar_field_visit_names_its_customer_whose_surname_opens_with_yard():
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:fv7@cityofexample.org\r\nDTSTART:20260512T090000\r\n"
           "SUMMARY:Meter check - Prudencio Yardley\r\nLOCATION:2290 S. Fernhollow Dr\\, Pomona\r\n"
           "DESCRIPTION:Call 909-380-4471 before arrival. Acct 47-90215-62\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    pairs = pairs_found("https://www.cityofexample.org/files/field-visits.ics", ics)
    assert "Prudencio Yardley" in _names(pairs)


@pytest.mark.parametrize("place", ["Corporate Yard", "Well Site 4", "Transit Depot"])
def test_the_citys_works_beside_their_address_and_usage_stay_public(place):
    body = (f"<html><body><h2>Municipal accounts</h2><ul><li>{place} &mdash; 1450 E. Mission Blvd &mdash; 48,210 kWh"
            f"</li></ul></body></html>")
    assert not _names(pairs_found(PAGE, body, "text/html"))
