"""A utility department's memos and their side places (red team memos36, part b).

- A name written with a letter Latin script took from the IPA block, lower case only (Azerbaijani "ə", Akan and
  Ewe "ɛ", "ɔ"), is a name's word like any other Latin letter: "Customer Rəşad Əliyev (account ...)". Hard
  negatives: a supervisor's and a memo writer's name in the same letters, beside their role, stay public.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

_CATEGORIES = ("customer_name", "phone", "address", "email", "account_number", "energy_usage")


def _found(text: str) -> dict[str, list[str]]:
    return values_found("memo.txt", text, _CATEGORIES)


# --- 1. names in the IPA block's letters ------------------------------------------------------------------------

def test_an_azerbaijani_name_beside_an_account_is_a_customers():
    found = _found("Billing review, March.\nCustomer Rəşad Əliyev (account 7712004518) asked for a payment plan; "
                   "reach him at 909-555-0143.")
    assert found.get("customer_name") == ["Rəşad Əliyev"]
    assert found.get("phone") == ["909-555-0143"]


def test_a_schwa_in_the_surname_keeps_the_callers_name_and_phone():
    found = _found("Call log, week 7.\nCustomer Tofiq Həsənzadə called from 626.410.3382 about a rebill.")
    assert found.get("customer_name") == ["Tofiq Həsənzadə"]
    assert found.get("phone") == ["626.410.3382"]


def test_an_akan_open_vowel_in_a_name_is_read():
    found = _found("Customer Kwabena Ɔpɔkuɛ, service account 8850412097, asked for a level-pay plan.")
    assert found.get("customer_name") == ["Kwabena Ɔpɔkuɛ"]


def test_staff_names_in_the_same_letters_stay_public():
    found = _found("Questions about this memo: Aygün Həsənova, Billing Supervisor, (909) 620-4417.\n"
                   "Prepared by Ləman Qasımova, Customer Service Manager")
    assert "customer_name" not in found
