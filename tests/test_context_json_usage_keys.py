"""A customer's usage under a JSON key that names it in camelCase or snake_case and carries the only unit
("avgKwh", "kwh_used", "monthlyUsageKwh"): the customer's usage in a record naming them. A rate table's tier and
baseline kWh, a rate per kWh, a class's or the system's average stay public."""
from __future__ import annotations

import json

import pytest

from detectors.context.headers import header_kind
from detectors.context.tables import _own_average
from tests.test_extract_html_parts import found


def script(data) -> str:
    return f'<script type="application/json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("key", ["avgKwh", "avgMonthlyKwh", "kwh_used", "monthlyUsageKwh", "AVG_KWH"])
def test_a_usage_key_of_a_customers_record_gives_the_usage(key):
    markup = script({"applicants": [{"name": "Halyna Kovalenko", "acct": "5120-448302", key: "2,318"}]})
    assert ("energy_usage", "2,318") in found(markup)


@pytest.mark.parametrize("data", [
    {"rates": [{"tier": "Tier 1", "tierKwh": "600", "baselineKwh": "1,000", "rateCentsPerKwh": "9.8"},
               {"tier": "Tier 2", "tierKwh": "1,200", "rateCentsPerKwh": "12.1"}],
     "systemKwh": "412,000,000", "avgKwh": "1,050"},
    {"classes": [{"name": "Residential", "customers": "21,400", "avgKwh": "1,050"},
                 {"name": "Small Commercial", "customers": "2,100", "avgKwh": "4,400"}]},
    {"programs": [{"name": "Heat Pump Rebate", "contact": "Losana Vake", "phone": "(206) 555-0142",
                   "avgKwhSaved": "1,850"}]},
    {"applicants": [{"name": "Halyna Kovalenko", "acct": "5120-448302", "classAvgKwh": "1,050"}]},
    {"feeders": [{"feeder": "F-12", "manager": "Tomasz Wrobel", "systemKwh": "12,000"}]},
])
def test_rate_class_and_system_kwh_keys_give_no_usage(data):
    assert not {value for category, value in found(script(data)) if category == "energy_usage"}


def test_a_camel_case_key_is_read_by_its_words():
    assert _own_average("avgKwh") and not _own_average("similarHomesAvgKwh")


def test_a_unit_in_mixed_case_is_one_word():
    assert _own_average("Avg kWh") and _own_average("avgKWh")


@pytest.mark.parametrize("key", ["systemKwh", "System-wide kWh", "SYSTEM_LOAD"])
def test_the_whole_systems_figure_is_no_ones_usage(key):
    assert header_kind(key) == (None, False)
