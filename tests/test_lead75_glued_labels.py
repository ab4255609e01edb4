"""A label abbreviated with a period and glued to its next word's capital ("Cust.ID:", "Acct.No.") labels the number
as "Cust. ID" does (site75c's leftover), and an address before such a label ends at its street: "Cust. ID:" is no
city and state ("88 Elm St, Cust. ID" was reported as the address). Budget codes and a policy's number stay public."""
from tests.detector_helpers import pairs_found
from detectors.context.shapes import ADDRESS_RE

URL = "https://www.ci.pomona.ca.us/utilities/refunds-2025.txt"


def test_a_period_glued_label_labels_the_customers_account():
    text = "Refund list\nMaria Lopez, 414 W. Holt Ave, Cust.ID:89-55159-34\n"
    assert {("account_number", "89-55159-34"), ("customer_name", "Maria Lopez")} <= pairs_found(URL, text)


def test_an_address_before_a_labelled_number_ends_at_its_street():
    text = "Refund list\nJose Ruiz, 88 Elm St, Cust. ID: 89-55159-35\n"
    found = pairs_found(URL, text)
    assert ("address", "88 Elm St") in found and ("account_number", "89-55159-35") in found
    assert ADDRESS_RE.search("88 Elm St, Boise, ID 83702").group() == "88 Elm St, Boise, ID 83702"
    assert ADDRESS_RE.search("1 Elm St, Pomona, CA").group() == "1 Elm St, Pomona, CA"


def test_budget_codes_and_a_policy_stay_public():
    text = ("Staff report: see Admin.Policy 4.1 on records.\n"
            "Resolution No. 2024-118 approves Acct.Code 101-4410-52300 for the Civic Center roof.\n")
    assert not pairs_found(URL, text)
