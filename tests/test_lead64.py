"""Round 64, lead: a contractor named by its trade and the budget line a staff report pays it from are public.

site64a's dev runs (the base too) reported "Hernandez Paving of 2100 E Mission Blvd" as a customer with their home,
and the sentence after it, "Funding comes from Account No. ...", as that customer's account.
"""
from __future__ import annotations

import pytest

from detector_helpers import pairs_found

URL = "https://www.ci.pomona.ca.us/agendas/staff-report.html"


def _values(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for category, value in pairs_found(URL, f"<html><body><p>{text}</p></body></html>", "text/html"):
        found.setdefault(category, set()).add(value)
    return found


@pytest.mark.parametrize("firm", ["Hernandez Paving", "Okafor Roofing", "Nguyen Plumbing", "Delgado Excavating",
                                  "Brightline Surveying", "Ramos Concrete", "Kowalski Mechanical"])
def test_contract_award_to_a_firm_named_by_its_trade_is_public(firm):
    found = _values(f"Staff recommends awarding the contract to {firm} of 2100 E Mission Blvd, Pomona, CA 91766, "
                    "the lowest responsive bidder. Funding comes from Account No. 4410-5520.")
    assert "customer_name" not in found and "address" not in found and "account_number" not in found


def test_funding_drawn_from_a_budget_account_is_no_customers():
    found = _values("The purchase of two replacement transformers ($84,200) is funded from the Electric Fund. "
                    "Funding will be drawn from Account No. 520-6110-7440 in fiscal year 2026-27.")
    assert "account_number" not in found


def test_customer_named_beside_a_trade_word_in_running_text_is_still_found():
    found = _values("Rosa Delgado of 1423 W Holt Ave, Pomona, who runs a paving crew, disputed her PCE bill; "
                    "her account 4100-2231-876 was credited $212.40.")
    assert "Rosa Delgado" in found.get("customer_name", set())
    assert "4100-2231-876" in found.get("account_number", set())


def test_refund_credited_to_a_customers_account_is_still_found():
    found = _values("Ms. Rosa Delgado of 1423 W Holt Ave asked that her refund of $212.40 be applied to her PCE "
                    "account. Funds were credited to Account No. 4100-2231-876 on May 2.")
    assert "4100-2231-876" in found.get("account_number", set())


# -- a reviewer's comment in a Word memo is a note the document carries and its page shows no one -------------------
# site64e's largest group of misses: a reviewer's comment naming a customer beside their home, the utility word only
# in the paragraph it is on ("Check NAME, 9715 E. Orchard Grove Ave - already on a 6-month plan")

from detector_helpers import docx_memo  # noqa: E402

MEMO = ("MEMORANDUM", "FROM: Dana Whitfield, Billing Manager",
        "Staff propose extending payment arrangements from 6 to 12 months for residential accounts with arrears.",
        "Eligibility: accounts 60 or more days past due.", "Dana Whitfield, Billing Manager, (909) 620-2200")


def _memo_values(comment: str) -> set[tuple[str, str]]:
    return pairs_found("https://www.pomonachoiceenergy.org/board/draft-memo.docx",
                       docx_memo(*MEMO, comment=(3, comment)))


@pytest.mark.parametrize("comment, name, home", [
    ("Check Xiomara Lindqvist, 9715 E. Orchard Grove Ave - already on a 6-month plan.", "Xiomara Lindqvist",
     "9715 E. Orchard Grove Ave"),
    ("Would this cover Bartholomew Oyelaran of 2210 N. Towne Ave? He asked twice.", "Bartholomew Oyelaran",
     "2210 N. Towne Ave"),
])
def test_a_reviewers_comment_naming_someone_beside_their_home_is_their_record(comment, name, home):
    found = _memo_values(comment)
    assert ("customer_name", name) in found
    assert any(category == "address" and value.startswith(home) for category, value in found)


@pytest.mark.parametrize("comment", [
    "Run this by Dana Whitfield at (909) 620-2200 before it goes to the board.",  # the memo's author, by her title
    "Ask Facilities: City Hall, 505 S. Garey Ave, has the same meter issue.",  # a City building, no person
    "Per Public Works the contractor starts on 2210 N. Towne Ave in May.",  # a work site, no one's home
])
def test_a_reviewers_comment_naming_staff_or_a_place_is_no_record(comment):
    found = _memo_values(comment)
    assert not {category for category, _ in found} & {"customer_name", "address", "phone"}
