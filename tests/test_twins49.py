"""Round 49's twins: one idea that several modules wrote each in their own words, now one shared pattern.

1. A line to call: ``account_number``'s "Call SCE 6264022200" guard and its toll-free line's cues were two word
   lists; both read ``labels.CALL_LINE_WORDS`` (the line's own words, ``labels.LINE_WORDS``, after a number too).

For each old copy, the phrasings it accepted are listed and the shared pattern must accept every one; the hard
negatives are what none of them accepted and the shared one must still refuse.
"""
from __future__ import annotations

import re

import pytest

from detectors import account_number, labels
from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/docs/"


def _before(pattern: re.Pattern, text: str, reach: int = 60) -> bool:
    """Whether ``pattern`` finds its cue right before the end of ``text``, searched as its caller does."""
    return pattern.search(text, max(0, len(text) - reach), len(text)) is not None


# --- 1. a line to call ------------------------------------------------------------------------------------------

# what the old ``_CALL_BEFORE`` took right before the utility's letters ("Call SCE 6264022200")
OLD_CALL_BEFORE = ["Call ", "Please phone ", "dial ", "contact ", "reach ", "text ", "ring ", "at ", "Tel: ",
                   "Outage line: "]
# what the old toll-free cues took in the clause before the number, or after it
OLD_TOLL_FREE_BEFORE = ["Call SCE ", "call Southern California Edison at ", "SCE's toll-free line ",
                        "Phone the program hotline ", "helpline ", "Llame a SCE al ", "Puede llamar a SCE al ",
                        "Llámenos al ", "Tawagan ang SCE sa ", "Vui lòng gọi SCE số ", "dial ", "reach SCE at "]
OLD_TOLL_FREE_AFTER = [" (toll-free)", " toll free", " hotline", " 24/7", " (24 hours)", " line", " (línea gratuita)"]
NO_CALL_CUE = ["Rosa Delgado ", "her account ", "meter ", "who called ", "recall notice ", "Caller ", "callers "]


@pytest.mark.parametrize("text", OLD_CALL_BEFORE)
def test_the_utility_letters_guard_takes_what_it_took(text):
    assert _before(account_number._CALL_BEFORE, text, 24)


@pytest.mark.parametrize("text", OLD_TOLL_FREE_BEFORE)
def test_the_toll_free_cue_before_takes_what_it_took(text):
    assert _before(account_number._TOLL_FREE_CUE_BEFORE, text)


@pytest.mark.parametrize("text", OLD_TOLL_FREE_AFTER)
def test_the_toll_free_cue_after_takes_what_it_took(text):
    assert account_number._TOLL_FREE_CUE_AFTER.match(text)


@pytest.mark.parametrize("text", NO_CALL_CUE)
def test_no_call_word_is_no_line_to_call(text):
    assert not _before(account_number._CALL_BEFORE, text, 24)
    assert not _before(account_number._TOLL_FREE_CUE_BEFORE, text)
    assert not account_number._TOLL_FREE_CUE_AFTER.match(" " + text)


def test_both_guards_read_one_list_of_call_words():
    assert labels.CALL_LINE_WORDS in account_number._CALL_BEFORE.pattern
    assert labels.CALL_LINE_WORDS in account_number._TOLL_FREE_CUE_BEFORE.pattern
    assert labels.LINE_WORDS in account_number._TOLL_FREE_CUE_AFTER.pattern


def _accounts(name: str, text: str) -> set[str]:
    return values_of(pairs_found(URL + name, text), "account_number")


def test_a_line_to_call_after_the_utility_letters_is_no_account():
    # the toll-free cue's words now guard the utility's letters too: a hotline or a Spanish call verb before "SCE N"
    for line in ["Outage at 12 Elm St? Call SCE 6264022200 today.",
                 "Outage at 12 Elm St? Hotline: SCE 6264022200.",
                 "Call SCE 8006554555 about outages at 12 Elm St."]:
        assert not _accounts("outages.txt", "Power outage information\n" + line), line


def test_a_customers_account_after_the_utility_letters_is_still_one():
    for line, value in [("cb 909-555-0144 - DELGADO @ 1420 W Holt Ave / SCE 8001026149", "8001026149"),
                        ("cb 626-318-4471 - OKONKWO @ 2210 N Sycamore Ave re: porch light / SCE 6031774920",
                         "6031774920"),
                        ("Rosa Delgado called about her SCE account 8001026149 after the outage.", "8001026149")]:
        assert value in _accounts("notes.txt", "Case notes\n" + line), line
