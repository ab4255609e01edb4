"""An account's label parted from its number by the private person who holds it (site70c): "the account of Ms.
Zuniga, no. 4471902-3", "the account for Ana Ruiz #4471902-3", "the account in the name of Ana Ruiz, number
PC-0048213", "Account holder Ana Ruiz, no. 100-2294-01" label the number as the holder's account. A firm's, a park's,
an official's, a staff member's, a fund's or a district's account in the same words stays no customer's."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.ci.example.ca.us/utilities/adjustments.html"


def _accounts(sentence: str) -> set[str]:
    return values_of(pairs_found(_URL, f"<html><body><main><p>{sentence}</p></main></body></html>".encode(),
                                 "text/html"), "account_number")


@pytest.mark.parametrize("sentence,account", [
    ("The account of Ms. Quintanar, no. 4471902-3, was credited for the estimated reads.", "4471902-3"),
    ("Credit posted to the account of Leocadia Fairbrother, number 0045-882193-7.", "0045-882193-7"),
    ("We closed the account for Evaristo Quintanar #4471902-3 yesterday.", "4471902-3"),
    ("Acct for L. Fairbrother: 4471902-3 (final bill sent).", "4471902-3"),
    ("The account in the name of Leocadia Fairbrother, number PC-0048213, is past due.", "PC-0048213"),
    ("Account holder Leocadia Fairbrother, no. 100-2294-01, asked for a payment plan.", "100-2294-01"),
])
def test_an_account_labelled_before_its_holders_name_is_theirs(sentence, account):
    assert account in _accounts(sentence)


@pytest.mark.parametrize("sentence", [
    "Payments go to the account of Pomona Choice Energy, no. 4471902-3, at Citizens Bank.",
    "Reimbursement was charged to the account of Councilmember Adaeze Fontaine, no. 4471902-3.",
    "Water is billed to the account for Ganesha Park #4471902-3 each month.",
    "Checks were issued from the account of Sunridge Electrical Contractors Inc., #44719023.",
    "Vendor account for Arroyo Tree Care: 100-2294-01.",
    "Expenses are paid from the account for the General Fund, no. 101-4310-5210.",
    "Travel was charged to the account of Mayor Tristan Ellsworth #4471902.",
    "The account of the Ganesha Community Center, no. 4471902-3, covers the pool.",
    "Account holder Pomona Unified School District, no. 100-2294-01, pays quarterly.",
    "Questions go to the account of Octavia Pennington, Customer Service Manager, no. 4471902-3.",
])
def test_a_firms_a_places_or_an_officials_account_is_not_a_customers(sentence):
    assert not _accounts(sentence)
