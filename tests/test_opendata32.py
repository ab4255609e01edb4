"""A city open-data portal's exports: a street-light inventory's owner ("SCE", "City/SCE") beside the City's lighting
accounts is no customer; a permit's plan reviewer is staff; a 311 request's type ("Streetlight Out") names the City's
equipment the caller reports, not the holder of the account a note gives; a phone before "(PCE acct ...)" or ", SCE
cust acct ..." is the caller's; a street light's note naming a resident gives the resident's account.

Hard negatives: a GeoJSON and a CSV street-light inventory with the utility or the City as the pole's owner, the
lighting accounts and estimated kWh; a lien roll's owner column holding the utility's initials; a permit list's reviewer;
311 requests giving only the issue's address; an office's phone before "(PCE Customer Service)".
"""
from __future__ import annotations

import json

from detector_helpers import pairs_found

PORTAL = "https://data.example-city.gov/"


def _feature(pole: str, near: str, owner: str, account: str, kwh: int) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-117.7, 34.1]},
            "properties": {"POLE_NO": pole, "NEAREST_ADDR": near, "OWNER": owner, "LAMP_TYPE": "LED 72W",
                           "SCE_ACCT": account, "TARIFF": "LS-1", "EST_KWH_MO": kwh}}


def test_street_light_inventory_geojson_with_owner_column_is_the_citys():
    body = json.dumps({"type": "FeatureCollection", "features": [
        _feature("77120A", "1840 N Towne Ave", "SCE", "2-31-448-9021", 22),
        _feature("77121A", "1904 N Towne Ave", "City/SCE", "2-31-448-9021", 22),
        _feature("77122A", "655 E Bonita Ave", "City", "2-40-117-3356", 41),
        _feature("77123A", "701 E Bonita Ave", "Southern California Edison", "2-40-117-3356", 41)]})
    assert pairs_found(PORTAL + "gis/lights.geojson", body) == set()


def test_street_light_inventory_csv_with_owner_column_is_the_citys():
    body = ("Pole ID,Location,Owner,Fixture,Utility Account,Est. kWh/Mo\n"
            "8812-B,233 W Center St,SCE,HPS 150W,2-31-448-9021,61\n"
            "8813-B,251 W Center St,City of Pomona,LED 40W,2-40-117-3356,14\n")
    assert pairs_found(PORTAL + "lights.csv", body) == set()


def test_utility_initials_in_an_owner_column_are_no_customer():
    body = ("Owner,SCE Account,Service Address\n"
            "SCE,2-31-448-9021,1840 N Towne Ave\n"
            "Rosalind Okafor,2-44-190-6627,2216 N Gibbs St\n")
    found = pairs_found(PORTAL + "liens.csv", body)
    assert ("customer_name", "Rosalind Okafor") in found
    assert ("customer_name", "SCE") not in found


def test_a_permits_plan_reviewer_is_staff():
    body = ("Permit No.,Site Address,Homeowner,PCE Account,Annual kWh,Plan Reviewer,Approver\n"
            "BP-23-1187,1452 Kenoak Dr,Thaddeus Ngata,4127730581,\"7,310\",Odalys Fennimore,Pieter Vandersloot\n")
    found = pairs_found(PORTAL + "solar.csv", body)
    assert ("customer_name", "Thaddeus Ngata") in found
    names = {value for category, value in found if category == "customer_name"}
    assert not names & {"Odalys Fennimore", "Pieter Vandersloot"}


def test_311_note_naming_a_caller_beside_a_street_light_request_type():
    body = ("Ticket,Request Type,Address,Status,Comments\n"
            "T-5501,Streetlight Out,910 E Grand Ave,Closed,"
            "\"Caller Ignatius Whitlow (951) 402-7716 (PCE acct 4170093315) reports the light dark for a week\"\n"
            "T-5502,Streetlight Out,1002 E Grand Ave,Open,Light cycling on and off.\n")
    found = pairs_found(PORTAL + "311.csv", body)
    assert {("customer_name", "Ignatius Whitlow"), ("phone", "(951) 402-7716"),
            ("account_number", "4170093315")} <= found
    assert ("address", "1002 E Grand Ave") not in found


def test_311_note_with_an_sce_account_alone_beside_a_street_light_request_type():
    body = ("Ticket,Request Type,Address,Status,Comments\n"
            "T-5503,Streetlight Out,480 W Holt Ave,Closed,SCE cust acct 2-61-305-8842 given for the pole\n")
    assert ("account_number", "2-61-305-8842") in pairs_found(PORTAL + "311b.csv", body)


def test_phone_before_an_sce_customer_account_is_the_customers():
    body = ("Ticket,Comments\n"
            "T-7710,\"customer Philippa Gorecki, phone 951-330-8127, SCE cust acct 2-57-410-0936, lamp flickers\"\n")
    found = pairs_found(PORTAL + "311c.csv", body)
    assert {("customer_name", "Philippa Gorecki"), ("phone", "951-330-8127")} <= found


def test_311_requests_with_only_the_issues_address_are_public():
    body = ("Request ID,Request Type,Address,Council District,Status,Notes\n"
            "SR-8801,Streetlight Out,1187 W Mission Blvd,3,Closed,Pole knocked down; SCE notified.\n"
            "SR-8802,Pothole,403 E Phillips Blvd,5,Open,Approx 12 in. across near curb.\n"
            "SR-8803,Park Maintenance,Ganesha Park,2,Open,Broken drinking fountain.\n")
    assert pairs_found(PORTAL + "311d.csv", body) == set()


def test_an_offices_phone_before_its_desk_in_brackets_is_the_offices():
    body = ("Ticket,Comments\n"
            "T-7711,Resident told to call (909) 620-2079 (PCE Customer Service) about rates.\n")
    assert not {pair for pair in pairs_found(PORTAL + "311e.csv", body) if pair[0] == "phone"}


def test_street_light_note_naming_a_resident_gives_the_residents_account():
    body = ("Pole ID,Fixture,SCE Account,Rate,Notes\n"
            "6120-C,LED 58W,2-72-301-4418,LS-1,Relamped 2024-05\n"
            "6121-C,LED 58W,2-72-301-4418,LS-1,\"Resident Cordelia Mbeki (626) 418-2290 PCE acct 4139925107 asked for a "
            "house-side shield\"\n")
    found = pairs_found(PORTAL + "poles.csv", body)
    assert ("account_number", "4139925107") in found
    assert ("account_number", "2-72-301-4418") not in found
