"""A usage total given after the colon of one customer's record is that customer's ("Monthly usage for NAME, 6848 E.
Wisteria Avenue: total 760 kWh", an SVG chart's description), where "total" before a figure otherwise makes it an
area's or a class's; a class's label before the colon keeps it the class's."""
import pytest

from tests.detector_helpers import pairs_found


def _found(text: str) -> set[tuple[str, str]]:
    return pairs_found("http://127.0.0.1/case-summary.html",
                       f"<html><body><h1>Case summary</h1><p>{text}</p></body></html>", "text/html")


def test_a_records_own_total_is_its_usage():
    assert _found("Monthly usage for Odalys Fenwick, 4417 W. Quince Terrace: total 912 kWh") == {
        ("customer_name", "Odalys Fenwick"), ("address", "4417 W. Quince Terrace"), ("energy_usage", "912 kWh")}


@pytest.mark.parametrize("text", [
    "Odalys Fenwick, 4417 W. Quince Terrace, enrolled in May. Participants: total 7,600 kWh",
    "Odalys Fenwick, 4417 W. Quince Terrace, citywide average: total 7,600 kWh",
    "Odalys Fenwick, 4417 W. Quince Terrace. Residential class: total 76,000 kWh in May",
    "Program update from Odalys Fenwick, Program Manager, 505 S. Garey Ave: total 76,000 kWh saved by participants",
])
def test_a_class_or_programs_total_is_nobodys_usage(text):
    assert not any(kind == "energy_usage" for kind, _ in _found(text))
