"""Gaps noticed in round 48, each fixed as a family with true cases and a city website's hard negatives.

1. A table's ledger column or a cell that names its number the City's ledger ("Budget Acct", "GL 101-4410-520")
   holds no customer's account, so a staff contact beside it ("Maria Lopez, Finance") is no customer either. True
   case kept: a customer's "Budget Billing Acct" (SCE's level-pay plan) and a customer's account beside a GL column.
2. A toll-free number written as SCE's ten digits from 8 and given as a line to call ("Call SCE 8006554555 about
   ...", "Llame a SCE al 8006554555", "8006554555 (toll-free)") is no service account. True cases kept: an SCE account
   in the 800 exchange that no call gives as a line ("called about her SCE account 8001026149", a note's "SCE
   8001026149").
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/docs/"


def _table(head: list[str], *rows: list[str], title: str = "Report") -> str:
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<html><body><h1>{title}</h1><table><tr>{cells}</tr>{body}</table></body></html>"


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(URL + name, body.encode())


# --- 1. a ledger's account beside a staff contact ---------------------------------------------------------------

def test_a_budget_accounts_staff_contacts_are_public():
    pages = [
        _table(["Program", "Contact", "Phone", "Budget Acct"],
               ["Energy Efficiency", "Maria Lopez, Finance", "(909) 620-2341", "GL 101-4410-520"],
               ["Street Lights", "Tom Reyes, Public Works", "(909) 620-2290", "101-4310-5210"],
               title="FY2025 Budget Contacts"),
        _table(["Program", "Contact", "Phone", "Account"],
               ["Energy Efficiency", "Maria Lopez, Finance", "(909) 620-2341", "GL 101-4410-520"],
               ["Tree Trimming", "Tom Reyes (Public Works)", "(909) 620-2290", "G/L 610-5066-5126"]),
        _table(["Contact", "Phone", "Budget Account"], ["Maria Lopez (Finance)", "(909) 620-2341", "101-4410-520"]),
        _table(["Name", "Phone", "Acct"], ["Dana Whitfield", "(909) 620-2201", "Fund 101-4410-520"]),
    ]
    for page in pages:
        found = _found("budget.html", page)
        assert not values_of(found, "account_number"), page
        assert not values_of(found, "customer_name"), page


def test_a_customers_account_beside_a_ledger_column_is_still_theirs():
    found = _found("exceptions.html", _table(["Customer", "Account", "GL Acct", "Amount"],
                                             ["Rosa Delgado", "3-041-882-1190", "101-4410-520", "$45.00"]))
    assert {"3-041-882-1190"} == values_of(found, "account_number")
    assert {"Rosa Delgado"} == values_of(found, "customer_name")
    found = _found("level-pay.html", _table(["Customer", "Phone", "Budget Billing Acct"],
                                            ["Rosa Delgado", "(909) 555-0144", "3-041-882-1190"]))
    assert {"3-041-882-1190"} == values_of(found, "account_number")
    assert {"Rosa Delgado"} == values_of(found, "customer_name")


# --- 2. a toll-free line to call ---------------------------------------------------------------------------------

def test_a_toll_free_line_to_call_is_no_account():
    for line in ["Call SCE 8006554555 about outages in your area.",
                 "To report a downed line, call Southern California Edison at 8006554555.",
                 "Questions about your rebate? Phone the program hotline 8773322121 weekdays.",
                 "Llame a SCE al 8006554555 para reportar un apagón.",
                 "Tawagan ang SCE sa 8006554555 kung may brownout.",
                 "SCE customer service: 8006554555 (toll-free)"]:
        found = _found("outages.txt", "Power outage information\n" + line)
        assert not values_of(found, "account_number"), line


def test_an_sce_account_in_the_800_exchange_is_still_one():
    for line, value in [("Rosa Delgado called about her SCE account 8001026149 after the outage.", "8001026149"),
                        ("cb 909-555-0144 - DELGADO @ 1420 W Holt Ave / SCE 8001026149", "8001026149"),
                        ("Call SCE 8006554555 to confirm service account 8001026149 for Rosa Delgado.",
                         "8001026149")]:
        found = _found("notes.txt", "Case notes\n" + line)
        assert value in values_of(found, "account_number"), line
        assert "8006554555" not in values_of(found, "account_number"), line
