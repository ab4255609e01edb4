"""neg75 red team: a sample bill's own line to its reader is the sample's.

"How to Read Your Bill" shows John Sample's bill, its fields and "This month you used 528 kWh.": the sentence speaks
to the bill's reader, as a bill does, and gives nobody's real consumption (facts: a sentence beside a sample reports
a real value only when it tells of someone, not "you"). A staff note below the sample about a named customer's
figure, or a household's, stays a customer's (tests/test_sample41.py keeps the real mailbox and account after one).
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/billing/read-your-bill.html"
_BILL = ("<p>This sample bill shows where to find each item.</p><div class='bill'><p>Customer: John Sample</p>"
         "<p>Service address: 1234 Sample St, Harlow, CA 91234</p><p>Account number: 8-000-000-000</p>"
         "<p>This month you used 528 kWh.</p></div>")


def _found(*after: str) -> set[tuple[str, str]]:
    html = (f"<html><head><title>How to Read Your Bill</title></head><body><h1>How to Read Your Bill</h1>{_BILL}"
            + "".join(f"<p>{p}</p>" for p in after) + "</body></html>")
    return pairs_found(PAGE, html, "text/html")


def test_a_sample_bills_line_to_its_reader_is_the_samples():
    assert not values_of(_found(), "energy_usage")
    assert not values_of(_found("Need help? Call us at (909) 620-2000."), "energy_usage")


def test_a_staff_note_of_a_customers_use_below_the_sample_stays_a_customers():
    found = _found("Staff note: Maria Okafor used 1,528 kWh in May at 12 Elm St.")
    assert values_of(found, "energy_usage") == {"1,528 kWh"}
    assert "Maria Okafor" in values_of(found, "customer_name")
    found = _found("Staff note: the Okafor household used 1,528 kWh in May.")
    assert values_of(found, "energy_usage") == {"1,528 kWh"}
