"""Street addresses as auto-captions, machine transcripts and call-centre notes write them (red team speech33).

- In lower case, after words that give a home or a service address ("i live at", "we're at", "my address is", "the
  service address is", a call note's "svc addr", "service at", "moved to", "my home at"), a street that ends in a
  common street type is read whatever a caption spelt its name ("1418 north gairy avenue"), with its direction
  abbreviated ("s", "e") and its type too ("ave", "blvd"); a transcript's time stamp inside it is no part of it.
- A call note's "caller <name> stated svc addr <street>, cb# <phone>" reports the name, the address and the phone.
- Hard negatives: a time, an agenda item, a sum, a street named without a number, small words or a count between the
  number and a type word ("i live at 12 and we drive", "40 minutes down the road"), and a typeless run of words.
"""
from __future__ import annotations

import pytest

from detectors.context.shapes import street_addresses
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org"


def _streets(text: str) -> list[str]:
    return [m.group() for m in street_addresses(text)]


@pytest.mark.parametrize("text, street", [
    ("hi good evening i live at 1418 north gairy avenue please look into it", "1418 north gairy avenue"),
    ("the service address is 3307 w mission blvd and my cell is", "3307 w mission blvd"),
    ("svc addr 2275 s reservoir st, cb# 909-555-0148", "2275 s reservoir st"),
    ("we're at 6120 e phillips ave in pomona", "6120 e phillips ave"),
    ("my address is 940 san bernardino ave thank you", "940 san bernardino ave"),
    ("we started service at 517 e bonita ave apt 12 last spring", "517 e bonita ave apt 12"),
    ("we moved to 1802 w orange grove ave in march", "1802 w orange grove ave"),
    ("she said my home at 77 cedarwood ln has no power", "77 cedarwood ln"),
    ("I LIVE AT 2841 N TOWNE AVE AND THE BILL", "2841 N TOWNE AVE"),
    ("i live at eleven [00:04:12] forty-two Pearl Street thank you", "eleven [00:04:12] forty-two Pearl Street"),
    ("the service address is 5530 [00:12:09] east la verne avenue", "5530 [00:12:09] east la verne avenue"),
    ("we live at nine oh seven west willow court okay", "nine oh seven west willow court"),
])
def test_a_lower_case_street_after_words_giving_a_home(text, street):
    assert _streets(text) == [street]


@pytest.mark.parametrize("text", [
    "the meeting will resume at 5 pm in the council chambers",
    "item 12 on the agenda is the street light contract",
    "we spent 300 dollars on the new lane markings",
    "the park on holt avenue reopens in june",
    "i live at 12 and we drive to work every day",
    "my address is 40 minutes down the road from city hall",
    "we're at 3 of them on the same street already",
    "we moved to 2 accounts last year and nothing changed",
    "the service address is 300 percent higher than the street average",
    "i live at 1418 north gairy please call me",  # no street type
    "we got service at 4 locations on mission blvd",
    "call 311 north of the freeway for a street repair",
])
def test_no_street_without_a_home_cue_a_type_or_a_name(text):
    assert _streets(text) == []


def test_call_notes_report_the_caller_their_service_address_and_callback():
    notes = ("PCE Contact Center - call notes export, week 14\n\n"
             "04/02 09:12  caller Soraya Belkadi stated svc addr 1164 e holt ave, cb# 909-555-0186.\n"
             "04/02 09:48  caller Dmitri Voskuijlen stated svc addr 3021 n garey ave unit 4 cb# 909-555-0129 "
             "high bill 1,180 kwh\n")
    found = pairs_found(f"{_SITE}/customer-service/call-notes-14.txt", notes)
    assert {"1164 e holt ave", "3021 n garey ave unit 4"} <= values_of(found, "address")
    assert {"Soraya Belkadi", "Dmitri Voskuijlen"} <= values_of(found, "customer_name")
    assert {"909-555-0186", "909-555-0129"} <= values_of(found, "phone")


def test_a_public_speaker_with_their_account_gives_a_lower_case_home():
    transcript = ("[00:41:02] >> thank you mayor my name is odalys ferreira-nunes i'm a pce customer "
                  "it's account 7003 8816 2045\n"
                  "[00:41:09] i live at 2650 south [00:41:11] kingsley avenue and my bill doubled in july\n"
                  "[00:41:20] >> thank you next speaker please\n")
    found = pairs_found(f"{_SITE}/meetings/transcripts/cc-2024-09.txt", transcript)
    assert any("2650" in value and "kingsley avenue" in value for value in values_of(found, "address"))


def test_a_policy_speaker_who_names_a_lower_case_street_reports_nothing():
    transcript = ("[00:12:40] >> good evening my name is bernadette okonkwo-lee i live in district four and "
                  "i support the green rate\n"
                  "[00:12:48] the crosswalk at 300 west holt avenue needs a signal thank you\n")
    found = pairs_found(f"{_SITE}/meetings/transcripts/cc-2024-10.txt", transcript)
    assert not values_of(found, "address")
