"""Red team site54 (fix site54a): a CSS grid of div cells with no row elements read as a table under its header
cells; a JSON record's camelCase place column ("siteAddress") read as the place column it is; a KML placemark's
balloon of lines read field by field. Each with hard negatives of a City site."""
from __future__ import annotations

import json

from crawler.extract import extract
from tests.detector_helpers import pairs_found


def _page(body: str) -> str:
    return f"<html><head><title>Programs</title></head><body><main>{body}</main></body></html>"


def _flat_grid(cells: list[list[str]], *, container: str = "grid g4", header: str = "hd") -> str:
    head = "".join(f'<div class="{header}">{c}</div>' for c in cells[0])
    rows = "".join(f"<div>{c}</div>" for row in cells[1:] for c in row)
    return f'<div class="{container}">{head}{rows}</div>'


TENANTS = [["Property / unit", "Tenant of record", "Tenant phone", "SCE SA"],
           ["455 W. Orchard Ln, Unit C7", "Wei Cheng", "323/527-2798", "7000827576"],
           ["298 E. Magnolia St, Unit B1", "Leila Sadeghi", "626-587-3018", "7003503902"]]


def _records(body: str) -> list[list[tuple[str | None, str]]]:
    document = extract("https://www.city.gov/p.html", _page(body).encode())
    return [[(f.label, f.text) for f in r.fields] for r in document.records]


def test_a_css_grid_of_cells_under_header_cells_is_a_table():
    assert _records(_flat_grid(TENANTS))[1] == [("Property / unit", "298 E. Magnolia St, Unit B1"),
                                               ("Tenant of record", "Leila Sadeghi"),
                                               ("Tenant phone", "626-587-3018"), ("SCE SA", "7003503902")]
    found = pairs_found("https://www.city.gov/p.html", _page(_flat_grid(TENANTS)))
    assert {("customer_name", "Wei Cheng"), ("customer_name", "Leila Sadeghi"), ("phone", "323/527-2798"),
            ("address", "298 E. Magnolia St, Unit B1"), ("account_number", "7003503902")} <= found


def test_the_grid_width_from_roles_the_class_or_the_style():
    by_role = _flat_grid(TENANTS).replace('class="hd"', 'role="columnheader"')
    by_class = _flat_grid(TENANTS, header="")  # "grid g4" over a first row worded as labels
    by_style = _flat_grid(TENANTS, container="list", header="").replace(
        'class="list"', 'style="display:grid;grid-template-columns:repeat(4, 1fr)"')
    for body in (by_role, by_class, by_style):
        assert ("Tenant of record", "Wei Cheng") in _records(body)[0]


def test_grids_of_staff_facilities_links_and_tiles_are_no_customers():
    staff = _flat_grid([["Name", "Title", "Phone", "Email"],
                        ["Harold Vance", "Director of Public Works", "(909) 470-3120", "hvance@sycamorebluffs.gov"],
                        ["Mireille Okafor", "City Clerk", "(909) 470-3100", "mokafor@sycamorebluffs.gov"]])
    facilities = _flat_grid([["Facility", "Address", "Phone", "Hours"],
                             ["Fire Station 3", "210 Depot St", "(909) 470-3300", "24 hours"],
                             ["Senior Center", "88 Oak Ave", "(909) 470-3400", "8 am - 5 pm"]])
    assert pairs_found("https://www.city.gov/p.html", _page(staff)) == set()
    assert pairs_found("https://www.city.gov/p.html", _page(facilities)) == set()
    nav = '<div class="grid g4">' + "".join(f'<a href="/{w}">{w}</a>' for w in
                                             ("Parks", "Library", "Police", "Permits", "Jobs", "Council", "Agendas",
                                              "Contact")) + "</div>"
    tiles = '<div class="grid g3">' + "".join(f'<div class="tile"><img src="{w}.png"><p>{w}</p></div>' for w in
                                               ("Parks", "Library", "Police", "Permits", "Jobs", "Council")) + "</div>"
    words = '<div class="grid g3">' + "".join(f"<div>{w}</div>" for w in
                                               ("Pay a bill", "Report an outage", "Start service", "Ana Ruiz",
                                                "12 Elm St", "(909) 555-0142")) + "</div>"
    for body in (nav, tiles, words):
        assert _records(body) == []


REBATE = {"rebateId": "EV-0099", "applicant": {"first": "Farhad", "last": "Jafari", "email": "farhad90@sbcglobal.net"},
          "siteAddress": "2452 Redondo Terrace, Apt 28D", "utilityAccount": "533-934764-5", "status": "paid"}


def test_a_json_records_camel_case_site_address_is_its_place_column():
    found = pairs_found("https://www.city.gov/data/ev_rebates.json", json.dumps({"rebates": [REBATE]}))
    assert {("customer_name", "Farhad Jafari"), ("email", "farhad90@sbcglobal.net"),
            ("address", "2452 Redondo Terrace, Apt 28D"), ("account_number", "533-934764-5")} <= found
    snake = dict(REBATE, site_address=REBATE["siteAddress"])
    del snake["siteAddress"]
    assert ("address", "2452 Redondo Terrace, Apt 28D") in pairs_found(
        "https://www.city.gov/data/ev_rebates.json", json.dumps({"rebates": [snake]}))


def test_a_json_list_of_city_sites_stays_public():
    sites = {"chargers": [{"siteName": "Civic Center Garage", "siteAddress": "100 Civic Center Plaza", "ports": 8},
                          {"siteName": "Foothill Library", "siteAddress": "4410 Foothill Blvd", "ports": 4}]}
    assert pairs_found("https://www.city.gov/data/chargers.json", json.dumps(sites)) == set()


def _kml(*descriptions: tuple[str, str]) -> str:
    marks = "".join(f"<Placemark><name>{name}</name><description><![CDATA[{text}]]></description>"
                    "<Point><coordinates>-117.73,34.09,0</coordinates></Point></Placemark>"
                    for name, text in descriptions)
    return f'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>{marks}</Document></kml>'


def test_a_placemarks_balloon_of_lines_is_read_field_by_field():
    found = pairs_found("https://www.city.gov/map/audits.kml", _kml(
        ("Visit 12", "2913 Redondo Terrace, Apt 2A<br/>Acct BCP 4844 1433<br/>Contact: Nairi Sarkissian "
                     "818/272-6178<br/>Baseline 6,311 kWh/yr")))
    assert {("address", "2913 Redondo Terrace, Apt 2A"), ("customer_name", "Nairi Sarkissian"),
            ("phone", "818/272-6178"), ("energy_usage", "6,311 kWh"), ("account_number", "BCP 4844 1433")} <= found


def test_a_balloon_of_a_city_facility_or_a_park_stays_public():
    assert pairs_found("https://www.city.gov/map/facilities.kml", _kml(
        ("Fire Station 3", "210 Depot St<br/>Phone: (909) 470-3300<br/>Built 1962<br/>Annual use 14,220 kWh"),
        ("Harmon Park", "4410 Foothill Blvd<br/>Hours: 6 am - 10 pm<br/>Contact: Parks Division (909) 470-3500"),
    )) == set()


def test_a_households_accounts_under_columns_named_for_services():
    grid = _flat_grid([["Household", "Address", "Water", "Trash", "Energy (BCP)"],
                       ["Olga Petrov", "4498 Mesa Linda Ave", "Water ID 177992-064", "Hauler # 1966044", "BC42077992"],
                       ["Priya Bhatt", "1249 Brightwater Ct", "Cust No. 897881-358", "Refuse 6555165", "BCP-2151888"]],
                      container="grid g5")
    found = pairs_found("https://www.city.gov/p.html", _page(grid))
    assert {("account_number", v) for v in ("177992-064", "1966044", "BC42077992", "6555165", "BCP-2151888")} <= found


def test_service_columns_of_facilities_or_of_figures_are_no_accounts():
    facilities = _flat_grid([["Name", "Address", "Electric", "Gas"],
                             ["Fire Station 3", "210 Depot St", "M-5510277", "G-4410093"],
                             ["Senior Center", "88 Oak Ave", "M-5510788", "G-4410107"]])
    usage = _flat_grid([["Household", "Address", "Electric", "Gas"],
                        ["Average home", "Citywide", "6,311", "412"],
                        ["Efficient home", "Citywide", "4,120,500", "288"]])
    for body in (facilities, usage):
        assert not {v for k, v in pairs_found("https://www.city.gov/p.html", _page(body)) if k == "account_number"}
