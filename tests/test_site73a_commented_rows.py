"""site73a red team: a person's row commented out of a facility table is a record of its own.

A row commented out of a table is read under the table's headers ("Facility | Address | Phone"), so a park dropped
from the list stays a facility. A customer's row left there (their name, home and phone) holds a person's name
where every visible row names a facility: the headers describe the visible rows, and the commented row is read by
its own cells. Facilities, halls named after people and staff rows commented out of the same table stay public.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/utility/cooling-centers.html"
_HEAD = ("<p>Cooling centers open during the heat advisory.</p><table><thead><tr><th>Facility</th><th>Address</th>"
         "<th>Phone</th></tr></thead><tbody><tr><td>Ganesha Community Center</td><td>1575 N. White Ave</td>"
         "<td>(909) 620-2321</td></tr><tr><td>Palomares Park</td><td>499 E. Arrow Hwy</td><td>(909) 620-2341</td>"
         "</tr><tr><td>Pomona Public Library</td><td>625 S. Garey Ave</td><td>(909) 620-2043</td></tr>")


def _found(commented: str) -> set[tuple[str, str]]:
    body = f"{_HEAD}<!-- {commented} --></tbody></table>"
    page = (f"<html><head><title>Cooling centers</title></head><body><h1>Cooling centers</h1><main>{body}</main>"
            "<footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")
    return pairs_found(PAGE, page, "text/html")


def test_a_persons_row_commented_out_of_a_facility_table_is_read_by_its_own_cells():
    found = _found("<tr><td>Berenice Oyelaran</td><td>1309 W Cottonwood Drive</td><td>909-859-7193</td></tr>")
    assert values_of(found, "customer_name") == {"Berenice Oyelaran"}
    assert values_of(found, "address") == {"1309 W Cottonwood Drive"}
    assert values_of(found, "phone") == {"909-859-7193"}


def test_facilities_halls_and_staff_rows_commented_out_of_the_table_stay_public():
    assert _found("<tr><td>Washington Park</td><td>865 E. Grand Ave</td><td>(909) 620-2200</td></tr>") == set()
    assert _found("<tr><td>Harold Hall</td><td>865 E. Grand Ave</td><td>(909) 620-2200</td></tr>") == set()
    assert _found("<tr><td>Marisol Benavides</td><td>Recreation Supervisor</td><td>(909) 620-2200</td></tr>") == set()
