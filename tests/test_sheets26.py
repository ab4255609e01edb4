"""Odd-shaped utility spreadsheets (red team sheet26): tables stacked in one CSV, multi-line cells holding a
customer's name, address and phone (a quoted CSV cell, an HTML cell of <br> lines), Excel HTML exports with a
title row spanning the columns, a pivot's sums. Each with a city's public table of the same shape staying silent."""
from __future__ import annotations

from tests.detector_helpers import values_found, xlsx

SITE = "https://www.cityofbrookvale.gov/utilities/docs/"
PEOPLE = ("customer_name", "address", "phone", "email", "account_number", "energy_usage")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(SITE + name, body, PEOPLE)


def flat(name: str, body: str | bytes) -> set[str]:
    return {value for values in found(name, body).values() for value in values}


# --- F1: tables stacked in one CSV, a blank line between them ------------------------------------------------------

STACKED = """Acct No,Customer,Phone
4471902236,Rosalind Marchbanks,(562) 318-4470
4471902237,Teodoro Vasquez-Lind,(562) 318-4471

Firm,Contact,Phone,CSLB License
Brightwater Roofing & Solar LLC,Anselm Whitcombe,(562) 555-0148,1048812
Harbor Sun Installers,Petra Oduya,(562) 555-0162,1051190

GL Account,Description,Amount
410-3320-61200-00100,Mailing and printing,12500
410-3320-61240-00200,Consultant services - rate study,48000
"""


def test_stacked_csv_tables_each_read_under_their_own_header():
    got = found("rebate_list.csv", STACKED)
    assert {"Rosalind Marchbanks", "Teodoro Vasquez-Lind"} <= set(got.get("customer_name", []))
    assert {"(562) 318-4470", "(562) 318-4471"} <= set(got.get("phone", []))
    everything = flat("rebate_list.csv", STACKED)
    for other in ("Anselm Whitcombe", "Petra Oduya", "(562) 555-0148", "Mailing and printing",
                  "Consultant services - rate study", "410-3320-61200-00100", "410-3320-61200"):
        assert other not in everything


def test_blank_line_between_a_tables_rows_keeps_its_header():
    """A blank line inside one table (rows grouped by route) is no new table: the rows under it are the same
    columns' values, a customer's name and phone still."""
    body = ("Acct No,Customer,Phone\n4471902236,Rosalind Marchbanks,(562) 318-4470\n\n"
            "4471902240,Ingrid Solvang,(562) 318-4475\n\nHollis Abernathy,Mireille Tran,Quentin Oyelowo\n")
    got = found("routes.csv", body)
    assert {"Rosalind Marchbanks", "Ingrid Solvang"} <= set(got.get("customer_name", []))
    assert "(562) 318-4475" in got.get("phone", [])
