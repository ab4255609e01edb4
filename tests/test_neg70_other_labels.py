"""neg70 red team: a number in an SCE account's form whose label in brackets, on its line or the next (a PDF's break),
names another kind of number, a vendor's, a purchase order's, an invoice's, a permit's or a business licence's, is no
customer's account; a utility's label there keeps it one. A headerless property list's parcel numbers in Los Angeles
County's form ("8334-838-921", a Mills Act contract list) are no accounts, as one alone is none. A charity opening an
item under a customers' heading is no one's name."""
from __future__ import annotations

import pytest

from tests.detector_helpers import lines_pdf, pairs_found

PAGE = "https://www.cityofexample.org/finance/warrants.html"


def _accounts(pairs) -> set[str]:
    return {value for kind, value in pairs if kind == "account_number"}


@pytest.mark.parametrize("label", ["(vendor acct)", "(PO acct)", "(Invoice No.)", "(Permit No.)",
                                   "(Business License acct)"])
def test_another_kinds_label_after_the_number_makes_it_no_account(label):
    same_line = f"<html><body><p>Foothill Fleet Parts - 8371730447 {label}</p></body></html>"
    next_line = f"<html><body><p>Foothill Fleet Parts - 8371730447<br>{label}</p></body></html>"
    assert not _accounts(pairs_found(PAGE, same_line, "text/html"))
    assert not _accounts(pairs_found(PAGE, next_line, "text/html"))


def test_a_pdfs_next_line_label_of_an_invoice_makes_no_account():
    pdf = lines_pdf(["Invoices paid - Warrant Register 2026-14", "Greenline Landscape Co. - 8880453894",
                     "(Invoice No.)", "Arrow Office Supply - 8620332423", "(vendor acct)"])
    assert not _accounts(pairs_found("https://www.cityofexample.org/finance/warrants.pdf", pdf, "application/pdf"))


@pytest.mark.parametrize("label", ["(SCE acct)", "(contract acct)"])
def test_a_utilitys_or_a_contract_accounts_label_after_the_number_keeps_it_an_account(label):
    html = f"<html><body><p>Leocadia Varga - 8371730447 {label} - asked to waive the late fee.</p></body></html>"
    assert "8371730447" in _accounts(pairs_found(PAGE, html, "text/html"))


def test_a_charity_opening_an_item_under_a_customers_heading_is_no_customer():
    body = ("<h1>Medical Baseline Disconnect Holds</h1>"
            "<ul><li>Catholic Charities, (626) 514-2537, help with arrears</li>"
            "<li>Anacleto Zendejas, 3-221-884-9017, balance $744.74</li></ul>")
    pairs = pairs_found(PAGE, f"<html><body>{body}</body></html>", "text/html")
    names = {value for kind, value in pairs if kind == "customer_name"}
    assert "Anacleto Zendejas" in names
    assert "Catholic Charities" not in names
    assert "(626) 514-2537" not in {value for kind, value in pairs if kind == "phone"}


def _table(*rows: tuple[str, ...]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def test_a_headerless_mills_act_list_of_owners_and_parcels_stays_public():
    rows = [("Bernadette Rasmussen", "1765 Vista Grande Dr", "8327-374-877", "MA-2014-07"),
            ("Joy Huynh", "2343 Artesia St", "8330-988-718", "MA-2019-22"),
            ("Prudencio Dunleavy", "566 Ellen Pl", "8334-473-402", "MA-2021-03")]
    html = f"<html><body><h1>Mills Act Historic Property Contracts</h1>{_table(*rows)}</body></html>"
    pairs = pairs_found("https://www.cityofexample.org/planning/mills-act.html", html, "text/html")
    assert not {k for k, _ in pairs} & {"account_number", "customer_name", "address"}


def test_a_headerless_customer_list_keeps_its_accounts_in_the_parcels_form():
    rows = [("Salud Whitlock-Ames", "3743 Halstead Dr", "(909) 401-7735", "8041-552-907"),
            ("Consolacion Barragan", "8744 Fennimore St", "(909) 434-3840", "8066-120-334"),
            ("Thaddeus Wells", "7090 Sandpiper Ln", "(951) 405-8899", "8020-331-745")]
    html = f"<html><body><h1>Field Visits</h1>{_table(*rows)}</body></html>"
    pairs = pairs_found("https://www.cityofexample.org/utility/field-visits.html", html, "text/html")
    assert {"8041-552-907", "8066-120-334"} <= _accounts(pairs)
    assert "Salud Whitlock-Ames" in {value for kind, value in pairs if kind == "customer_name"}
