"""A utility program's enrollee named with their own consumption right after the name ("Participant NAME, usage
1,297 kWh", site72c's seed-35 miss in an ``opacity:0`` paragraph) is a customer's record, as their mailbox or phone
there is (round 73's site73a rule). A park enrolled, a program's total and a figure that is not the person's stay
public."""
import pytest

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/programs/winter-assistance.html"
PAGE = ("<html><body><h1>Winter bill assistance</h1><p>Enrollment is open to residential customers who fall behind "
        "on their electric bill.</p><p style='opacity:0'>{line}</p></body></html>")


@pytest.mark.parametrize("line, name, usage", [
    ("Participant Radoslav Okonjo, usage 1297 kWh", "Radoslav Okonjo", "1297 kWh"),
    ("Participant Marisol Quintero, monthly usage: 1,104 kWh", "Marisol Quintero", "1,104 kWh"),
    ("Enrolled: Teodoro Varga - 862 kWh", "Teodoro Varga", "862 kWh"),
])
def test_an_enrollees_own_consumption_is_a_customers_record(line, name, usage):
    found = pairs_found(URL, PAGE.format(line=line), "text/html")
    assert name in values_of(found, "customer_name")
    assert usage in values_of(found, "energy_usage")


@pytest.mark.parametrize("line", [
    "Participant Garfield Park, usage 1297 kWh",  # a park enrolled in the program
    "Participants in the program: 1297 kWh total",
    "Participant Hall, usage 1297 kWh",  # no name: a hall, or a surname alone
    "Participant Radoslav Okonjo, workshop host, 1297 kWh saved citywide",
])
def test_a_place_a_total_or_a_figure_not_the_persons_stays_public(line):
    found = pairs_found(URL, PAGE.format(line=line), "text/html")
    assert not values_of(found, "customer_name"), found
