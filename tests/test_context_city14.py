"""Red team city14's causes, end to end through the extractor and every registry detector: a New England town's own
works and buildings in a facilities table ("DPW Garage", "Transfer Station"), ...

Hard negatives are a city site's text: facility tables, staff directories, roll calls, class averages.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "taxpayer_id")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a town's works and buildings in the City's facilities table (F3) ------------------------------------------------

def _facility_table(place: str) -> str:
    return ("<h1>Town Buildings Electricity FY2026</h1><p>Electric accounts held by the Town of Wexford Mills.</p>"
            "<table><tr><th>Facility</th><th>Address</th><th>Electric Account</th><th>kWh FY2026</th></tr>"
            "<tr><td>Town Hall</td><td>15 Common St</td><td>5102-330187-02</td><td>204,110</td></tr>"
            f"<tr><td>{place}</td><td>80 Ledge Rd</td><td>5102-448813-07</td><td>61,930</td></tr></table>")


def test_a_towns_works_and_buildings_are_its_own_facilities():
    for place in ("DPW Garage", "Department of Public Works Garage", "Highway Barn", "Transfer Station",
                  "Salt Shed", "Public Works Yard", "Town Garage", "Recycling Center", "Pine Grove Cemetery"):
        result = found("town-energy.html", _facility_table(place))
        assert "account_number" not in result and "customer_name" not in result, place


def test_a_customer_row_in_a_facilities_table_is_still_a_customers():
    result = found("arrears.html", "<table><tr><th>Customer</th><th>Service Address</th><th>Electric Account</th></tr>"
                                   "<tr><td>Orla Brennan</td><td>80 Ledge Rd</td><td>5102-448813-07</td></tr></table>")
    assert result["account_number"] == ["5102-448813-07"]
    assert result["customer_name"] == ["Orla Brennan"]
