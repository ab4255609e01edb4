"""site73a red team: a script's list of rows whose first row names the columns.

A page's script or JSON keeps a table as a list of rows, the first its column names (a sheet's values, a chart's or
a grid's data: ``[["Name", "Service Address", "Account", "kWh"], [...], ...]``): each later row is a record under
those names, as a CSV's rows are under its first line. A staff directory, a facility list, council members, grants
to organisations and a month-by-month chart kept so stay what they are.
"""
from __future__ import annotations

from crawler.extract.json_data import tabled
from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/utility/arrearage-relief.html"


def _found(script: str, title: str = "Arrearage relief") -> set[tuple[str, str]]:
    page = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><main><p>City Arrearage Relief: past-due "
            f"electric balances forgiven for qualifying households.</p><script>{script}</script></main>"
            "<footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")
    return pairs_found(PAGE, page, "text/html")


def test_rows_under_a_first_row_of_column_names_are_records_labelled_by_it():
    found = _found('const relief = [["Name", "Service Address", "Account", "kWh"], ["Ysolde Gutowski", '
                   '"2952 W Foxglove Court", "1817448743", 1592], ["Cipriano Thistlewood", "7033 Ironwood Street", '
                   '"6494383354", 500]];')
    assert values_of(found, "customer_name") == {"Ysolde Gutowski", "Cipriano Thistlewood"}
    assert values_of(found, "address") == {"2952 W Foxglove Court", "7033 Ironwood Street"}
    assert values_of(found, "account_number") == {"1817448743", "6494383354"}
    assert values_of(found, "energy_usage") == {"1592", "500"}


def test_a_list_of_value_rows_keeps_its_first_row_as_data():
    rows = [["Ysolde Gutowski", "2952 W Foxglove Court"], ["Cipriano Thistlewood", "7033 Ironwood Street"]]
    assert tabled(rows) == rows
    assert tabled([["Name", "Phone"], ["Ysolde Gutowski", "(909) 555-0134"]]) == [
        {"Name": "Ysolde Gutowski", "Phone": "(909) 555-0134"}]


def test_staff_facility_council_grant_and_chart_rows_stay_public():
    assert _found('const staff = [["Name", "Title", "Phone", "Email"], ["Prudence Adeyemi", "Customer Care Supervisor", '
                  '"(909) 620-2317", "padeyemi@pomonaca.gov"], ["Oswaldo Kirchner", "Key Accounts Manager", '
                  '"(909) 620-2208", "okirchner@pomonaca.gov"]];', "Staff directory") == set()
    assert _found('var sites = [["Facility", "Address", "Phone"], ["Ganesha Community Center", "1575 N. White Ave", '
                  '"(909) 620-2321"], ["Palomares Park", "499 E. Arrow Hwy", "(909) 620-2341"]];', "Cooling centers") == set()
    assert _found('var council = [["Name", "District", "Phone"], ["Octavio Pineda", "District 1", "(909) 620-2051"], '
                  '["Marisol Benavides", "District 2", "(909) 620-2052"]];', "City Council") == set()
    assert _found('var grants = [["Recipient", "Address", "Amount"], ["Westside Food Pantry", "1102 W. Holt Ave", '
                  '"$5,000"], ["Inland Youth Robotics Club", "301 E. Foothill Blvd", "$2,500"]];', "Grants") == set()
    assert _found('var chart = [["Month", "kWh", "Cost"], ["January", 512, 88.1], ["February", 498, 84.2]];',
                  "Usage trends") == set()
