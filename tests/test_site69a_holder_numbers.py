"""site69a red team: the number a customer is filed under by their holder's or ratepayer's label ("Account Holder No.:",
"Acct Holder #", "Ratepayer ID") is their account, in ten plain digits too, as "Acct #:" and "Customer ID:" are; a
help line's "Account Holder Services ... No.", an advocate's seat number and a count of households stay unreported."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/billing/plans.html"


def _accounts(body: str) -> set[str]:
    return {value for kind, value in pairs_found(PAGE, f"<html><body>{body}</body></html>", "text/html")
            if kind == "account_number"}


@pytest.mark.parametrize("label", ["Acct Holder #:", "Account Holder No.:", "Ratepayer ID:"])
def test_a_holders_or_ratepayers_number_beside_their_name_is_their_account(label):
    assert _accounts(f"<p>Evaristo Pellegrew, {label} 4417820913, asked for a payment plan.</p>") == {"4417820913"}


def test_a_label_block_giving_the_account_holder_and_their_number():
    assert _accounts("<p>Account Holder: Saturnina Wexbridge<br>Account Holder No.: 5520917734</p>") == {"5520917734"}


@pytest.mark.parametrize("text", [
    "For questions call the Account Holder Services line, No. (909) 620-2241.",
    "Ratepayer Advocate No. 4 met on June 3 at City Hall.",
    "Ratepayer ID cards were mailed to 4,120 households in May.",
])
def test_public_lines_and_counts_under_such_words_are_no_accounts(text):
    assert not _accounts(f"<p>{text}</p>")
