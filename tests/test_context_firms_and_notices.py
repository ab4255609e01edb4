"""A legislative portal's public material beside customer cases (``detectors.context``): a firm named after its
partners is no person, whatever its words ("Bryce Nadler & Quist, Inc."), nor are its phone and office address a
customer's; couples ("Ana & Luis Ortiz") and "Mr. & Mrs. Lee" stay people."""
from __future__ import annotations

import pytest

from detectors.context.persons import names_in
from tests.test_context_prose import fields_by_kind


@pytest.mark.parametrize("text, names", [
    ("Questions may be directed to Bryce Nadler & Quist, Inc. at the office", []),
    ("the parcel is owned by Bryce Nadler & Quist. The hearing", []),
    ("awarded to Wasatch Pole Linemen, LLC for the feeder", []),
    ("Fong, Ramos & Hill, P.C. represented the applicant", []),
    ("call Dale Whitcomb & Sons for the trimming", []),
    # couples and a couple's titles, and a person before a city and a state, stay people
    ("Thanks to Ana & Luis Ortiz for the letter", ["Luis Ortiz"]),
    ("Mr. & Mrs. Lee called about the bill", ["Mrs. Lee"]),
    ("Luis Ortiz & Ana called about the bill", ["Luis Ortiz"]),
    ("Juan Carlos Ortega, Denver, CO 80202", ["Juan Carlos Ortega"]),
    ("Maria Lopez and Jose Lopez", ["Maria Lopez", "Jose Lopez"]),
])
def test_a_firm_named_after_its_partners_is_no_person(text, names):
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == names


def test_a_firms_phone_and_office_are_no_customers():
    found = fields_by_kind(
        "Questions may be directed to Bryce Nadler & Quist, Inc. (EIN 87-0455120), 410 W Center Pkwy, Orem, UT 84057, "
        "telephone (801) 224-7781.")
    assert "name" not in found and "phone" not in found and "address" not in found
