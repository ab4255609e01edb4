"""A line of the City's facilities whose account label says "Customer #" (as water and refuse billing systems call
their accounts) is the facility's account, not a customer's: the label names the account's kind, no person. A line
naming a resident, or a customer's record with no facility, stays a customer's (site75c's base finding)."""
from tests.detector_helpers import pairs_found

URL = "https://www.ci.pomona.ca.us/finance/fy2025-utility-accounts.txt"


def test_a_facility_line_labelled_customer_number_is_the_citys():
    text = ("City facilities billed by the Water Division, FY 2025\n"
            "Water Reclamation Plant, 591 S. Magnolia Circle — Water Customer # 0216495-175\n"
            "Animal Shelter, 1200 E. Holt Ave — Cust. No. 0216495-176\n")
    assert not {pair for pair in pairs_found(URL, text) if pair[0] == "account_number"}


def test_a_resident_in_the_line_keeps_the_account_a_customers():
    text = "Ana Ruiz, 88 Plant Ave, near the Water Reclamation Plant — Water Customer # 0216495-177\n"
    assert ("account_number", "0216495-177") in pairs_found(URL, text)


def test_a_resident_who_called_about_the_plant_keeps_the_account():
    text = "Water Reclamation Plant neighbor: resident called; Customer # 0216495-178, 591 S. Magnolia Circle\n"
    assert ("account_number", "0216495-178") in pairs_found(URL, text)


def test_a_customers_record_with_no_facility_is_found():
    text = "Customer # 0216495-179, Maria Lopez, 414 W. Holt Ave\n"
    assert {("account_number", "0216495-179"), ("customer_name", "Maria Lopez")} <= pairs_found(URL, text)
