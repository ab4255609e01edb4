"""Red team prose21's causes: a staff report's fiscal-impact line read the page as a budget and took the customer's
account for a ledger line (and the name lost its identifier with it)."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage", "email")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


FISCAL = "<p>Fiscal impact: $2,870.40 from Fund 620.</p>"


def test_a_customers_account_in_a_staff_report_with_a_fiscal_impact_line():
    titled = ("<p>Staff recommends a one-time credit for Oksana Petrenko-Hale. Ms. Petrenko-Hale has been a customer since "
              "2011 under acct 6638104927.</p>" + FISCAL)
    result = found("item.html", titled)
    assert result["account_number"] == ["6638104927"]
    assert "Oksana Petrenko-Hale" in result["customer_name"]
    pronoun = ("<p>Staff recommends a payment plan for Bui Thanh Long. He has been a customer since 2016 under acct "
               "5520937718.</p>" + FISCAL)
    assert found("item.html", pronoun)["account_number"] == ["5520937718"]


def test_a_budget_pages_ledger_lines_stay_ledger_lines():
    text = ("<p>Fiscal impact: $2,870.40 from Fund 620.</p><p>Funding is available in account 620-4410-5210. "
            "The customer service division budget is charged to acct 6204410521.</p>")
    assert "account_number" not in found("item.html", text)
