"""site69b red team: customers whose names no list reads ("Urbano Jurado", "Salud Nieves", "Jun Yuan": words of
Spanish or English, or in no list) told by the record's structure: the item a list under a heading about particular
customers opens with, before the item's account or contact; a headerless row's name in a column whose other rows are
people, beside the row's home, phone and usage. Shops, places, offices and staff in the same places stay public."""
from __future__ import annotations

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/utility/payment-arrangements.html"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def _items(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _found(pairs, kind: str) -> set[str]:
    return {value for k, value in pairs if k == kind}


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


# ------------------------------------------------------------------------------ a customers' list item's holder
def test_payment_plan_item_opens_with_its_holder_before_a_bare_account():
    body = ("<p>Payment arrangements approved in May. Service will not be disconnected while an arrangement is "
            "current.</p>" + _items("Anacleto Zendejas, 3-221-884-9017, balance $744.74",
                                    "Primitivo Olguin (3-117-204-5531) &ndash; 6 monthly installments of $82.00"))
    pairs = pairs_found(PAGE, _page("Payment Arrangements", body), "text/html")
    assert {"Anacleto Zendejas", "Primitivo Olguin"} <= _found(pairs, "customer_name")


def test_payment_plan_item_opens_with_its_holder_before_a_personal_mailbox():
    body = _items("Salud Tiscareno / salud.tiscareno9@gmail.com / arrears $300")
    pairs = pairs_found(PAGE, _page("Payment Arrangements", body), "text/html")
    assert "Salud Tiscareno" in _found(pairs, "customer_name")


def test_disconnect_hold_line_opens_with_its_holder_before_a_labelled_account():
    body = "<p>Fulgencio Arreguin, acct 75-37405-87</p><p>Yuan Van Won, acct 9-138-487-4283</p>"
    pairs = pairs_found(PAGE, _page("Medical Baseline Disconnect Holds", body), "text/html")
    assert {"Fulgencio Arreguin", "Yuan Van Won"} <= _found(pairs, "customer_name")


def test_disconnect_hold_line_opens_with_a_given_name_before_a_plaza_surname():
    body = "<p>Bernadette Plaza &ndash; 909 Sandpiper Ct &ndash; Acct # 8-956-871-9503</p>"
    pairs = pairs_found(PAGE, _page("Medical Baseline Disconnect Holds", body), "text/html")
    assert "Bernadette Plaza" in _found(pairs, "customer_name")


def test_places_named_after_a_word_opening_hold_lines_stay_public():
    body = ("<p>Grace Church &ndash; 410 W Holt Ave &ndash; Acct # 8-956-871-9504</p>"
            "<p>Ganesha Park &ndash; 1575 N White Ave &ndash; Acct # 8-956-871-9505</p>")
    pairs = pairs_found(PAGE, _page("Medical Baseline Disconnect Holds", body), "text/html")
    assert not _found(pairs, "customer_name")


def test_shops_and_offices_opening_items_under_a_customers_heading_stay_public():
    body = ("<p>Questions: Utility Billing, (909) 620-2241.</p>"
            + _items("Jurado Tire, 3-221-884-9018, balance $51.00", "Plaza de Pomona, (909) 623-4410",
                     "Lane Plaza Cleaners, 3-221-884-9019", "Utility Billing, (909) 620-2241"))
    pairs = pairs_found(PAGE, _page("Payment Arrangements", body), "text/html")
    assert not _found(pairs, "customer_name")


def test_item_opening_name_under_a_public_heading_is_no_customer():
    body = _items("Urbano Jurado, (909) 620-2288, Senior Planner", "Consolacion Barragan, (909) 620-2291")
    pairs = pairs_found(PAGE, _page("Planning Commission", body), "text/html")
    assert not _found(pairs, "customer_name")


# ------------------------------------------------------------------------------ a headerless list of people
def test_headerless_row_of_a_column_of_people_keeps_a_name_no_list_holds():
    rows = (_row("Salud Whitlock-Ames", "3743 Halstead Dr", "9094017735", "1367kWh")
            + _row("Consolacion Barragan", "8744 Fennimore St", "9094343840", "1305kWh")
            + _row("Thaddeus Wells", "7090 Sandpiper Ln", "9514058899", "1864kWh"))
    pairs = pairs_found(PAGE, _page("Field Visits", f"<table>{rows}</table>"), "text/html")
    assert "Salud Whitlock-Ames" in _found(pairs, "customer_name")
    assert "3743 Halstead Dr" in _found(pairs, "address")


def test_headerless_rows_of_shops_and_parks_among_people_stay_public():
    rows = (_row("Jurado Tire", "3743 Halstead Dr", "9094017735", "1367kWh")
            + _row("Consolacion Barragan", "8744 Fennimore St", "9094343840", "1305kWh")
            + _row("Palomares Park", "499 E Arrow Hwy", "9096202311", "2200kWh")
            + _row("Thaddeus Wells", "7090 Sandpiper Ln", "9514058899", "1864kWh")
            + _row("Kimberly Nguyen", "7091 Sandpiper Ln", "9514058898", "1865kWh"))
    pairs = pairs_found(PAGE, _page("Field Visits", f"<table>{rows}</table>"), "text/html")
    names = _found(pairs, "customer_name")
    assert "Consolacion Barragan" in names
    assert not {"Jurado Tire", "Palomares Park"} & names
    assert "499 E Arrow Hwy" not in _found(pairs, "address")


def test_headerless_staff_roster_stays_public():
    rows = (_row("Salud Whitlock-Ames", "Customer Service Representative", "(909) 620-2231",
                 "swhitlock@pomonaca.gov")
            + _row("Consolacion Barragan", "Billing Supervisor", "(909) 620-2232", "cbarragan@pomonaca.gov")
            + _row("Thaddeus Wells", "Utility Analyst", "(909) 620-2233", "twells@pomonaca.gov"))
    pairs = pairs_found(PAGE, _page("PCE Staff", f"<table>{rows}</table>"), "text/html")
    assert not _found(pairs, "customer_name")
