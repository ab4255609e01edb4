"""A headerless customers' table whose row names its customer by a given name and a place's word that is a surname
too ("Zenon Plaza", "Anselmo Hall"): the column's other rows are people, so the row is one of theirs, home, phone
and usage with it; a headerless list of the City's parks and halls stays public."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found

_CUSTOMERS = """<html><body><h2>Payment arrangements, July</h2><table>
<tr><td>Lucinda Ferraro</td><td>812 Haven Ave</td><td>(909) 555-0177</td><td>488 kWh</td></tr>
<tr><td>{name}</td><td>4471 Marbury St</td><td>(909) 555-0142</td><td>612 kWh</td></tr>
<tr><td>Teodoro Acuna</td><td>19 Laurel Ct</td><td>(909) 555-0190</td><td>530 kWh</td></tr>
</table></body></html>"""

_FACILITIES = """<html><body><h2>Parks and community centers</h2><table>
<tr><td>Garfield Park</td><td>400 N White Ave</td><td>(909) 620-2141</td></tr>
<tr><td>Ramona Park</td><td>1051 E Grand Ave</td><td>(909) 620-2142</td></tr>
<tr><td>Washington Park</td><td>865 E Grand Ave</td><td>(909) 620-2143</td></tr>
<tr><td>Palomares Park</td><td>499 E Arrow Hwy</td><td>(909) 620-2144</td></tr>
</table></body></html>"""


def _found(html: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for kind, value in pairs_found("https://www.ci.pomona.ca.us/page.html", html, "text/html"):
        found.setdefault(kind, set()).add(value)
    return found


@pytest.mark.parametrize("name", ["Zenon Plaza", "Anselmo Hall", "Graciela Church"])
def test_a_customer_named_by_a_place_word_keeps_the_row(name):
    found = _found(_CUSTOMERS.format(name=name))
    assert name in found.get("customer_name", set())
    assert "4471 Marbury St" in found.get("address", set())
    assert "(909) 555-0142" in found.get("phone", set())
    assert "612 kWh" in found.get("energy_usage", set())


def test_a_headerless_list_of_parks_is_public():
    assert _found(_FACILITIES) == {}


def test_a_typed_list_of_parks_apart_by_bars_is_public():
    rows = "".join(f"<p>{row}</p>" for row in (
        "Garfield Park | 400 N White Ave | (909) 620-2141", "Ramona Park | 1051 E Grand Ave | (909) 620-2142",
        "Washington Park | 865 E Grand Ave | (909) 620-2143", "Palomares Park | 499 E Arrow Hwy | (909) 620-2144"))
    assert _found(f"<html><body><h2>Parks</h2>{rows}</body></html>") == {}
