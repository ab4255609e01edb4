"""neg75 red team: a facilities work order's meter at one of the City's sites, its technician named, is the City's.

"WO-2026-4411: replaced Meter # 30782657 at Fire Station 3, 1234 Bonita Ave (tech: James Carrasco)." gives the site
right after the meter ("at Fire Station 3", as "(City Hall)" in brackets does), and the one person it names is the
staff member its label calls the technician: the line names no one the meter is about (public_holders). A meter at
a home, a customer the line names, or a resident who called stay a customer's record.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/public-works/maintenance.html"


def _found(item: str) -> set[tuple[str, str]]:
    html = ("<html><head><title>Facilities Maintenance Report</title></head><body><h2>Work orders completed, May "
            f"2026</h2><ul><li>{item}</li></ul><p>Questions: Public Works, (909) 620-2300.</p></body></html>")
    return pairs_found(PAGE, html, "text/html")


def test_a_meter_at_a_fire_station_its_technician_named_is_the_citys():
    assert not _found("WO-2026-4411: replaced Meter # 30782657 at Fire Station 3, 1234 Bonita Ave "
                      "(tech: James Carrasco).")
    assert not _found("WO-2026-4412: replaced Meter # 97443255 at City Hall (Inspector: Julian Novak).")
    assert not _found("WO-2026-4413: Senior Center, 88 Holt Ave: replaced Meter # 45376072 (tech: Ana Ruiz).")


def test_a_meter_at_a_home_or_a_customer_named_stays_a_customers():
    found = _found("WO-2026-4414: replaced Meter # 30782657 at 1234 Bonita Ave (customer: Maria Okafor).")
    assert "30782657" in values_of(found, "account_number")
    assert "Maria Okafor" in values_of(found, "customer_name")
    found = _found("Replaced Meter # 30782657 at Fire Station 3 after a call from resident Maria Okafor "
                   "(tech: James Carrasco).")
    assert "30782657" in values_of(found, "account_number")
    assert "Maria Okafor" in values_of(found, "customer_name")
