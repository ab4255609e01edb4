"""neg75: the town after a home and its comma, before the account's label, under a heading about customers.

Round 74's known grey case: sections reported "San Ardeno" in "906 Linden St, San Ardeno, acct 3-114-..." under a
heading about customers, since a town was read only before the sentence's end, the state or the ZIP. A record line
that opens on the home goes on to its account's label after the town as well; a holder named there (a given name and
a surname, prose.places' reading) stays the customer.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/energy/level-pay-update.html"


def _found(line: str) -> set[tuple[str, str]]:
    html = ("<html><head><title>Program update</title></head><body><h2>Customers enrolled in the Level Pay Plan</h2>"
            f"<p>{line}</p></body></html>")
    return pairs_found(PAGE, html, "text/html")


def test_the_town_before_the_accounts_label_is_no_name():
    for line in ("906 Linden St, San Ardeno, acct 3-114-2290-57", "906 Linden St, Santa Colina, account 3-114-2290-57"):
        found = _found(line)
        assert not values_of(found, "customer_name")
        assert values_of(found, "account_number") == {"3-114-2290-57"}
        assert values_of(found, "address") == {"906 Linden St"}


def test_the_holder_before_the_accounts_label_stays_the_customer():
    assert values_of(_found("906 Linden St, Tomasz Ferreira, acct 3-114-2290-57"), "customer_name") == {
        "Tomasz Ferreira"}
    assert values_of(_found("906 Linden St, Maria Okafor, ITIN 912-75-4418"), "customer_name") == {"Maria Okafor"}
