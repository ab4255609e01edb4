"""A customer's case log as a table of dated entries (Date | Entry): an entry that opens by naming the customer
("Cust Moana Tuilagi: ..."), an entry verifying the account by its service address with no name beside them, and the
later entries that go on with the case without naming the customer again. The same tables of a City page (a crew's
work log, a program's updates) give nothing."""
from __future__ import annotations

import pytest

from detectors.context.headers import header_kind
from tests.test_extract_html_parts import found


def log(*entries: tuple[str, str], header: tuple[str, str] = ("Date", "Entry")) -> str:
    return ("<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead><tbody>" + "".join(
        f"<tr><td>{date}</td><td>{entry}</td></tr>" for date, entry in entries) + "</tbody></table>")


def test_an_entry_naming_the_customer_gives_their_usage_after_the_meter_reads():
    markup = log(("11/03", "Cust Tuilagi, Moana: read 40112 -&gt; 41390, 1,278 kWh"))
    assert {("customer_name", "Tuilagi, Moana"), ("energy_usage", "1,278 kWh")} <= found(markup)


def test_an_account_verified_by_its_service_address_in_one_entry_is_the_customers():
    markup = log(("11/04", "Verified acct 5120-448302 / svc addr 7731 Vine Maple Ct"))
    assert {("account_number", "5120-448302"), ("address", "7731 Vine Maple Ct")} <= found(markup)


def test_the_later_entries_of_a_customers_case_log_are_the_customers():
    markup = log(("11/02", "Cust Tuilagi, Moana called from 253-404-7716 re: disconnect notice"),
                 ("11/03", "Verified svc addr 7731 Vine Maple Ct"),
                 ("11/05", "Read 40112 -&gt; 41390, 1,278 kWh; letter emailed to mtuilagi88@outlook.com"))
    assert {("customer_name", "Tuilagi, Moana"), ("phone", "253-404-7716"), ("address", "7731 Vine Maple Ct"),
            ("energy_usage", "1,278 kWh"), ("email", "mtuilagi88@outlook.com")} <= found(markup)


@pytest.mark.parametrize("markup", [
    log(("11/01", "Crew replaced streetlight at 7731 Vine Maple Ct"),
        ("11/02", "Pothole reported at 100 Harbor Ave, caller (253) 555-0188")),
    log(("Nov 1", "Customer Service Rep Maria Lopez answered 1,200 calls"),
        ("Nov 2", "Customer Appreciation Day at 410 Harbor Ave, 3,000 kWh saved by the LED giveaway"),
        header=("Date", "Update")),
    log(("11/01", "Customer Connect portal launched; call (253) 555-0100"),
        ("11/03", "Substation 4 energized, 12,400 kWh first day")),
    log(("11/01", "Fire Station 2 acct 5120-000117 / svc addr 1800 Industrial Way")),
])
def test_dated_logs_of_a_city_page_give_no_customer_data(markup):
    assert not {category for category, _ in found(markup)} - {"account_number"}


def test_serv_is_short_for_service_in_a_label():
    assert header_kind("Serv. Addr.") == ("address", True)
