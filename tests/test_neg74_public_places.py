"""neg74 red team: a park's chart, an HOA's common-area account and a business's name after a program's label are public.

Round 73's record rules read more into a clause; three public look-alikes they took for customers:
- a chart's description of a park named for a given name with its monthly consumption ("Monthly usage for Helen Park,
  1200 N. Garey Ave: total 48,200 kWh"): no home uses that much in a month; a home's figure, or a role the sentence
  gives the name, keeps the record;
- a homeowners' association's or its common area's account ("The Meadows' clubhouse account at 2200 Meadow Ln"): a
  community's facility; the same possessive's numbered account at a house number stays a household's;
- a business enrolled in a program, its name opened by a word that is no given name and ended by one that is no
  surname ("Enrolled: Arts Colony Ceramics, 2939 S Reservoir St"): a person enrolled there stays a customer.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/energy/dashboard.html"


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(paragraphs)
    page = (f"<html><head><title>Energy</title></head><body><h1>Energy</h1><main>{body}</main>"
            "<footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")
    return pairs_found(PAGE, page, "text/html")


def _chart(description: str) -> str:
    return f"<p>Monthly electricity use.</p><svg role='img'><desc>{description}</desc></svg>"


def test_a_chart_of_a_park_named_for_a_given_name_with_a_buildings_consumption_is_public():
    assert _found(_chart("Monthly usage for Helen Park, 1200 N. Garey Ave: total 48,200 kWh")) == set()
    assert _found(_chart("Monthly usage for Ramona Hall, 410 Tejon Pl: total 3.1 MWh")) == set()
    assert _found(_chart("Monthly usage for Harold Park, 2302 Hollowell Ave: total 125,632 kWh")) == set()


def test_a_homes_figure_or_a_customers_role_keeps_the_record():
    found = _found(_chart("Monthly usage for Helen Park, 2302 Quailbrush Ln: total 757 kWh"))
    assert {("customer_name", "Helen Park"), ("address", "2302 Quailbrush Ln"), ("energy_usage", "757 kWh")} <= found
    found = _found("<p>PCE customer Helen Park, 2302 Quailbrush Ln, disputed a bill showing 48,200 kWh.</p>")
    assert ("customer_name", "Helen Park") in found
    found = _found(_chart("Monthly usage for Perpetua Vandersloot, 2302 Quailbrush Ln: total 757 kWh"))
    assert ("customer_name", "Perpetua Vandersloot") in found


def test_an_hoas_common_area_account_is_a_communitys_facility():
    assert _found("<p>The Meadows' clubhouse account at 2200 Meadow Ln was enrolled in Green Rate in March.</p>") == set()
    assert _found("<p>The Willows' gatehouse account at 506 Willow Way was enrolled in Green Rate.</p>") == set()
    found = _found("<p>The Palms HOA's account 700123456789 at 1318 Palm Ct (clubhouse) switched to Solar for All.</p>")
    assert not {(kind, value) for kind, value in found if kind in ("customer_name", "address")}


def test_a_word_surnames_numbered_account_at_a_house_number_stays_a_household():
    found = _found("<p>Separately, the Meadows' account 838 828 9205 at 3694 W. Thornapple Avenue was closed on 7/19 "
                   "after the move-out request.</p>")
    assert {("customer_name", "Meadows"), ("account_number", "838 828 9205"),
            ("address", "3694 W. Thornapple Avenue")} <= found


def test_a_business_enrolled_in_a_program_is_public_and_a_person_enrolled_is_not():
    care = "<p>The CARE program lowers bills by 30%.</p>"
    assert _found(care, "<p>Enrolled: Arts Colony Ceramics, 2939 S Reservoir St</p>") == set()
    assert {("customer_name", "Perpetua Vandersloot"), ("address", "2939 S Reservoir St")} <= _found(
        care, "<p>Enrolled: Perpetua Vandersloot, 2939 S Reservoir St</p>")
    assert ("customer_name", "Marisol Perpetua Vandersloot") in _found(
        care, "<p>Enrolled: Marisol Perpetua Vandersloot, 2939 S Reservoir St</p>")


def test_a_given_name_park_among_a_charts_facility_lines_is_one_of_them():
    lines = ["Monthly usage for Civic Center, 505 S. Garey Ave: total 6,140 kWh",
             "Monthly usage for Helen Park, 2302 Hollowell Ave: total 4,210 kWh",
             "Monthly usage for Fire Station 181, 590 S. Park Ave: total 3,877 kWh"]
    assert _found(*(_chart(line) for line in lines)) == set()
    # among customers' lines the same words are a customer's
    lines = ["Monthly usage for Perpetua Vandersloot, 3305 Quailbrush Lane: total 612 kWh",
             "Monthly usage for Helen Park, 2302 Hollowell Ave: total 421 kWh",
             "Monthly usage for Wilhelmus Okoro, 7712 N. Candlenut Court: total 877 kWh"]
    found = _found(*(_chart(line) for line in lines))
    assert {("customer_name", "Helen Park"), ("customer_name", "Perpetua Vandersloot")} <= found


def test_a_name_before_an_hoas_word_is_the_communitys():
    found = _found("<p>The Groves HOA's account 700123456789 at 2212 Grove Ave (clubhouse) switched to Solar for All.</p>")
    assert not {(kind, value) for kind, value in found if kind in ("customer_name", "address")}
