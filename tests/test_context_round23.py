"""Red-team round 23 and known misses of round 22: a memo's "cc:" copying the customer at their home, beside the
staff it copies by name and title."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "account_number", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


MEMO = ("MEMORANDUM\nTo: Rosa Delgado, Billing Supervisor\nFrom: Kenji Watanabe, Customer Service Representative\n"
        "Re: Disputed charges on a residential account\n\n"
        "The customer disputes the estimated reads for January and February. A field check found the meter working.\n\n"
        "cc: {cc}\n    Billing file\n")


def test_a_memo_copying_the_customer_at_home_names_the_customer():
    result = found("memo.txt", MEMO.format(cc="Darnell Whitfield, 2214 Meadowlark Dr, Lawrence KS 66047\n"
                                                "    Account 88-41772-06"))
    assert result["customer_name"] == ["Darnell Whitfield"]
    assert result["address"] == ["2214 Meadowlark Dr, Lawrence KS 66047"]
    assert result["account_number"] == ["88-41772-06"]


def test_staff_copied_by_title_or_at_city_hall_are_no_customers():
    for cc in ("Priya Raman, Utility Billing Manager", "Priya Raman, Finance Director, 6 E 6th St",
               "Priya Raman; Tomas Herrera, Meter Services"):
        assert "customer_name" not in found("memo.txt", MEMO.format(cc=cc)), cc
    letter = ("Darnell Whitfield\n2214 Meadowlark Dr\nLawrence KS 66047\nAccount 88-41772-06\n\nDear Mr. Whitfield,\n\n"
              "We reviewed the estimated reads on your account and found the meter working.\n\nSincerely,\n"
              "Kenji Watanabe\nCustomer Service Representative\n\ncc: Priya Raman, 6 E 6th St, Lawrence KS 66044\n")
    assert "Priya Raman" not in found("letter.txt", letter)["customer_name"]
