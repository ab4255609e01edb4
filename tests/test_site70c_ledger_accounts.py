"""A fund's or a ledger's account in a letter or a memo (site70c): "The fund's account 40-9420-684 (General Ledger)
held $913,328 at year end" is the City's books, not a customer's account, and "General Ledger" is no one's name, though
a "Dear ..." above makes the page read as a letter to a customer. The customer's own account in the same letter stays
theirs."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.ci.example.ca.us/finance/fund-letter.html"


def _found(body: str) -> set[tuple[str, str]]:
    return pairs_found(_URL, f"<html><body><main><p>Dear Ms. Alvarez:</p>{body}</main></body></html>".encode(),
                       "text/html")


@pytest.mark.parametrize("body", [
    "<p>The fund's account 40-9420-684 (General Ledger) held $913,328 at year end.</p>",
    "<p>The Energy Efficiency Fund's account 40-9420-684 held $913,328 at year end.</p>",
    "<p>Transfers to account 40-9420-684 (General Ledger) were approved by the Council.</p>",
    "<p>Interest was posted to account 61-2207-113 - Water Enterprise Ledger.</p>",
])
def test_a_funds_or_a_ledgers_account_is_the_citys(body):
    found = _found(body)
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name") - {"Ms. Alvarez"}


def test_the_customers_own_account_in_the_letter_stays_theirs():
    found = _found("<p>We reviewed your account 40-9420-684 and found the meter was read correctly.</p>")
    assert "40-9420-684" in values_of(found, "account_number")
