"""Residents' names at public comment in auto-captions and machine transcripts (round 33, red team speech33).

Auto-captions that mark no speaker run a whole meeting into one text: a resident's turn opens where they greet the
chair and give their name ("... thank you good evening my name is ...", "... hi good evening um i'm ...") and ends
where the next resident does. A name given in lower case is one the Census lists seldom hold ("tavita olukemi"),
accents kept; a speaker who calls themself a customer ("i'm an edison customer", "we're on the pce green plan",
"it's account ...") and gives an account number or a consumption figure is a customer.

Hard negatives: a resident who speaks only on policy, in the same running text as a customer's account (their name
is nobody's record), or in a labelled transcript whose next speaker gives an account; "i'm an edison customer",
"i'm here to support" read as no name; the chair's aside inside a customer's turn does not end it.
"""
from __future__ import annotations

from tests.detector_helpers import values_of, pairs_found

SITE = "https://www.cedarbluff.gov/meetings"

# one meeting's auto-captions, no speaker marked, cues a few seconds apart: read as one running text
RUNNING = """WEBVTT
Kind: captions
Language: en

00:10:00.000 --> 00:10:03.000 align:start position:0%
we'll now open public comment each speaker has three minutes

00:10:03.100 --> 00:10:06.000 align:start position:0%
good evening my name is Brontë Halvorsen and i've lived in ward

00:10:06.100 --> 00:10:09.000 align:start position:0%
two for eleven years i support the solar item thank you

00:10:09.100 --> 00:10:12.000 align:start position:0%
thank you mayor my name is tavita

00:10:12.100 --> 00:10:15.000 align:start position:0%
olukemi we're on the pce green plan it's account 4417 2093 8815

00:10:15.100 --> 00:10:18.000 align:start position:0%
my bill says 1,320 kwh for august thank you

00:10:18.100 --> 00:10:21.000 align:start position:0%
hi good evening um i'm søren vakaloa i'm an edison customer and

00:10:21.100 --> 00:10:24.000 align:start position:0%
last month we used about 940 kwh the account is 5502 8831 0467

00:10:24.100 --> 00:10:27.000 align:start position:0%
seeing no further speakers public comment is closed
"""

LABELLED = """PUBLIC COMMENT - UTILITY COMMITTEE
[00:04:10] CHAIR OYELOWO: the next item is public comment
[00:04:20] PUBLIC SPEAKER: good evening my name is Ilse Marroquin and i've lived here thirty years i'm here to
[00:04:30] oppose the rate increase for everyone thank you
[00:04:40] PUBLIC SPEAKER: yes this is quentin adebayo-ross i'm a pce customer the account is 3309 1174 6620
[00:04:50] and we used 1,105 kwh in june please look into it
[00:05:00] CHAIR OYELOWO: thank you seeing no more speakers the comment period is closed
"""


def names(name: str, body: str, content_type: str) -> set[str]:
    return {v.lower() for v in values_of(pairs_found(f"{SITE}/{name}", body, content_type), "customer_name")}


def test_residents_in_running_captions_each_turn_opens_at_their_introduction():
    found = names("council.vtt", RUNNING, "text/vtt")
    assert "tavita olukemi" in found  # the name a cue break cut, lower case and unlisted
    assert "søren vakaloa" in found  # "i'm" after "hi good evening um", the account after "i'm an edison customer"


def test_a_policy_speaker_before_a_customer_in_running_captions_is_public():
    found = names("council.vtt", RUNNING, "text/vtt")
    assert "brontë halvorsen" not in found
    assert not any("edison" in name or "here" in name for name in found)


def test_labelled_transcript_policy_speaker_public_customer_named():
    found = names("committee.txt", LABELLED, "text/plain")
    assert found == {"quentin adebayo-ross"}


def test_no_name_read_from_a_speakers_self_description():
    from detectors.context.persons import spoken_name
    for said, start in (("i'm an edison customer and", 3), ("i'm here to support the item", 3),
                        ("this is councilmember okafor speaking", 7), ("this is about my bill", 7)):
        assert spoken_name(said, start) is None, said
    said = "my name is maria josé ferreira-lund and i"
    span = spoken_name(said, 10)
    assert span and said[span[0]:span[1]] == "maria josé ferreira-lund"


def test_a_speaker_without_an_account_or_usage_is_no_customer():
    captions = ("WEBVTT\n\n00:01:00.000 --> 00:01:03.000\nhi good evening my name is ottilie braskamp i'm a pce "
                "customer\n\n00:01:03.100 --> 00:01:06.000\nand i think the green plan is a good idea thank you\n")
    assert names("meeting.vtt", captions, "text/vtt") == set()
