"""A bare number in an account's shape beside a customer's name, under a heading about particular customers.

A payment plan's or a shut-off hold's list often gives each customer's account with no label ("Jun Qin
(3-117-204-5531), 6 installments"), in the utility's or the City's own format. Under a heading that says the people
listed are particular customers (``sections._STRONG_CUE``), beside a private person's name, such a number is their
account. A date, a ZIP+4, a phone, or a number a label gives to something else (a case, a permit, a request) is not,
and no number is read as an account where nobody is named, or under a heading of customers at large.
"""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors({})


def found(html: str) -> set[tuple[str, str]]:
    document = extract("https://www.cityofpomona.example/utilities/page.html", html.encode())
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


@pytest.mark.parametrize("html,number,name", [
    ("<h1>Payment arrangements approved in March</h1><ul><li>Odalys Ferreira (4-228-310-7745), 6 installments of "
     "$120.00</li><li>Radu Constantin (4-228-310-7746), 12 installments of $88.10</li></ul>",
     "4-228-310-7745", "Odalys Ferreira"),
    ("<h2>Shut-off holds - pending review</h2><ul><li>Keiko Abernathy 0071 4420 9913</li>"
     "<li>Tomasz Wierzbicki 0071 4420 9914</li></ul>", "0071 4420 9913", "Keiko Abernathy"),
    ("<h3>Medical baseline customers list</h3><p>Marisol Quintero &ndash; 5521.0093.17 &ndash; 1,204 kWh</p>",
     "5521.0093.17", "Marisol Quintero"),
])
def test_a_bare_number_beside_a_customer_under_a_customers_heading_is_their_account(html, number, name):
    hits = found(html)
    assert ("account_number", number) in hits
    assert ("customer_name", name) in hits


@pytest.mark.parametrize("html", [
    # a request's, a permit's, a case's number by its label; a date; a ZIP+4
    "<h1>Service requests</h1><ul><li>Service request 2024-0012345: Odalys Ferreira reported a streetlight out "
    "on Larkspur Way</li><li>Permit 2024-000123 issued to Radu Constantin</li></ul>",
    "<h1>Payment plans</h1><p>Odalys Ferreira spoke on 2024-08-08 for the Council's payment plans item, "
    "Case 2024-117-0091, from ZIP 91766-1234.</p>",
    # customers at large: a program page with its own numbers, a staff contact with a phone
    "<h1>Payment plans</h1><p>Questions about payment plans: Ana Ruiz, Utility Billing Supervisor, 909-620-2311 "
    "or 909 620 2312.</p>",
    # numbers without anyone named: a budget line under a heading about arrears
    "<h1>Arrears by month</h1><ul><li>March 1 204 331 220</li><li>April 1 118 004 117</li></ul>",
    # a heading that speaks of customers at large
    "<h1>Information for new customers</h1><p>Odalys Ferreira, Customer Service, 4-228-310-7745 ext 12</p>",
])
def test_numbers_that_are_no_account_stay_unreported(html):
    assert not {hit for hit in found(html) if hit[0] == "account_number"}
