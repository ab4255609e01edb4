"""A usage summary's column headers that name a measure ("Avg kWh", "Total kWh") are no customers' names, and the
figures under them no customer's usage, however the name detector reads their words; a cross-tab of usage by
person still gives each person's figures."""
from __future__ import annotations

from tests.test_table_headers import found, xlsx

SUMMARY = [["Rate Class", "Customers", "Total kWh", "Avg kWh"],
           ["R-1 Residential", 10214, 64200117, 6285],
           ["C-1 Small Commercial", 1302, 7100220, 5453],
           ["C-2 Large General", 198, 690114, 3485]]


def test_average_and_total_columns_of_a_usage_summary_stay_silent():
    assert not found("Usage_By_Rate_Class.xlsx", xlsx(SUMMARY))


def test_a_usage_cross_tab_by_person_still_names_its_customers():
    rows = [["Monthly kWh by customer - Cycle 4"], ["Month", "Lucinda Ferreira", "Tobias Engqvist", "Avg kWh"],
            ["Sep", 744, 1391, 1067], ["Oct", 802, 1277, 1039]]
    findings = found("cycle4.xlsx", xlsx(rows))
    assert {("customer_name", "Lucinda Ferreira"), ("energy_usage", "1391")} <= findings
