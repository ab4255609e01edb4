"""site60a: records that exist only as pictures (a photographed bill, a scanned notice) read by OCR, then by the
record rules. A bill's charge lines ("Generation | 612 kWh | $0.131 | $80.17") under the customer's block are the
customer's usage; the same lines on a page naming no customer, or several, stay plain figures."""
from __future__ import annotations

from tests.detector_helpers import values_found

BILL = """Statement of Account
Account holder: Wendell Achterberg\tAccount No.: 4471 2093 58
Service address: 2281 Quillon Terrace\tSCE Service Acct: 3-417-2286-09
Orchard Springs, CA 92881

Description\tUsage\tRate\tAmount
Generation (OSCE)\t612 kWh\t$0.13115\t$80.26
SCE Delivery\t612 kWh\tsee SCE bill\t$52.10
Taxes & fees\t\t\t$4.12
"""


def test_charge_lines_of_a_customers_bill_are_their_usage():
    found = values_found("bill.txt", BILL, ("energy_usage", "customer_name"))
    assert "Wendell Achterberg" in found["customer_name"]
    assert found["energy_usage"] and all(v == "612 kWh" for v in found["energy_usage"])


def test_gas_supply_line_of_a_bill():
    body = BILL.replace("Generation (OSCE)\t612 kWh", "Gas Supply\t38 therms").replace("SCE Delivery\t612 kWh", "Gas Delivery\t38 therms")
    assert "38 therms" in values_found("bill.txt", body, ("energy_usage",)).get("energy_usage", [])


def test_identifiers_after_the_charge_lines_still_found():
    body = BILL + "Payment arrangement on file. Customer SSN 521-47-3390, phone (951) 284-7731.\n"
    found = values_found("bill.txt", body, ("ssn", "energy_usage"))
    assert found["ssn"] == ["521-47-3390"] and "612 kWh" in found["energy_usage"]


def test_facility_bill_naming_no_person_is_not_a_customers_usage():
    body = """City of Orchard Springs - Facility Electricity Summary
Facility: Community Center\tSCE Service Acct: 3-900-1172-44
Description\tUsage\tRate\tAmount
Generation (OSCE)\t48,220 kWh\t$0.11210\t$5,405.46
SCE Delivery\t48,220 kWh\tsee SCE bill\t$3,880.02
"""
    assert not values_found("facility.txt", body, ("energy_usage", "customer_name"))


def test_rate_schedule_lines_are_no_usage():
    body = """Account holder: Wendell Achterberg
Service address: 2281 Quillon Terrace
Description\tRate\tAmount
Generation (OSCE)\t$0.13115/kWh\t
SCE Delivery\t$0.09870/kWh\t
"""
    assert not values_found("rates.txt", body, ("energy_usage",))


def test_charge_lines_on_a_page_of_several_customers_are_not_tied():
    body = """Account holder: Wendell Achterberg\tAccount No.: 4471 2093 58
Account holder: Lucinda Ferreira-Obi\tAccount No.: 4471 2093 77
Description\tUsage\tRate\tAmount
Generation (OSCE)\t612 kWh\t$0.13115\t$80.26
"""
    assert "612 kWh" not in values_found("two.txt", body, ("energy_usage",)).get("energy_usage", [])
