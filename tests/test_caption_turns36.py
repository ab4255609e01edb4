"""Auto-captions that mark no speaker run a meeting's turns together in one text (red team speech33's last false
finding): a resident reads their account number and yields, and the next resident opens with "good evening my name
is ...". The next resident spoke of no account of theirs: their name is nobody's record, though it stands in the same
unpunctuated text as the account number before it. The resident who read the account is still reported, and so is a
letter's writer who gives their name and then their account number in one line.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_above_low, values_of

_CAPTIONS = "https://www.pomonachoiceenergy.org/board/captions/2025-03-board.srt"


def _srt(*cues: str) -> str:
    return "\n".join(f"{i}\n00:14:{i:02d},100 --> 00:14:{i:02d},900\n{text}\n" for i, text in enumerate(cues, 1))


def test_the_next_speakers_name_after_an_account_number_is_not_the_customers():
    found = pairs_above_low(_CAPTIONS, _srt(
        "hi good evening um i'm marguerite ostrowska and",
        "i'm a pomona choice energy customer last month",
        "we used about 1,150 kwh and the bill",
        "doubled my cell is 909 555 0163 the",
        "account is 7002 3318 4460 i yield my",
        "time",
        "good evening my name is Anselm Dervishi",
        "and i've lived in ward three for",
        "nineteen years i'm here to support the",
        "community solar item and i urge a yes vote",
    ))
    assert "Anselm Dervishi" not in values_of(found, "customer_name")
    assert values_of(found, "account_number") == {"7002 3318 4460"}
    assert "909 555 0163" in values_of(found, "phone")
    assert values_of(found, "energy_usage") == {"1,150 kwh"}


def test_a_speaker_who_reads_their_account_after_introducing_themself_is_reported():
    found = pairs_above_low(_CAPTIONS, _srt(
        "thank you next speaker",
        "good evening my name is Anselm Dervishi",
        "and my pce account is 7002 3318 4460",
        "my bill said 1,150 kilowatt hours in july",
        "thank you",
    ))
    assert values_of(found, "customer_name") == {"Anselm Dervishi"}
    assert values_of(found, "account_number") == {"7002 3318 4460"}


def test_a_letters_writer_who_names_themself_before_their_account_number():
    page = ("<html><body><h1>Correspondence received</h1><p>Dear Board members, hello my name is Anselm Dervishi "
            "and my Pomona Choice Energy account number is 7002 3318 4460. My bill in July was 1,150 kWh and I "
            "cannot pay it.</p></body></html>")
    found = pairs_above_low("https://www.pomonachoiceenergy.org/board/correspondence.html", page)
    assert "Anselm Dervishi" in values_of(found, "customer_name")
    assert values_of(found, "account_number") == {"7002 3318 4460"}
