"""Numbers and mailboxes said aloud, as captions, verbatim transcripts and a voicemail's transcription write them (red
team speech33): one reading of a number read out (``shapes.spelt_number_spans``) for phones, accounts and SSNs.

- A phone read out word by word, with "oh", in pairs ("forty-one thirty-four") or in words and a recogniser's digit
  groups mixed ("951 two six four 73 oh one"), after words that give it as the speaker's own ("my cell is", "call me
  back at"). Hard negatives: a City line read out for residents to call, a year said in words before a business's
  number, a sponsor's number read on air.
- An SSN read out after "social" ("they asked for my social, it's ..."). Hard negative: a number of another length.
- A house number said in words before a street, after words that give a home ("we're at twenty-two forty North Towne
  Avenue"). Hard negative: a time said before a street's name ("see you at two thirty Main Street Plaza").
- A month's use in plain "kilowatts" where the bill or the month is spoken of. Hard negatives: a plant's or an array's
  kilowatts, an aggregate of the whole program.
- A mailbox spelt letter by letter or with its digits as words is found whole.
"""
from __future__ import annotations

from detectors.context.shapes import (ADDRESS_RE, EMAIL_RE, mask_spelt, plain_email, spelt_number_spans,
                                      usage_figures)
from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.lindenvale.gov/utilities"


def _voicemail_log(*rows: tuple[str, str]) -> str:
    cells = "".join(f"<tr><td>{when}</td><td>{words}</td><td>Open</td></tr>" for when, words in rows)
    return ("<html><body><h1>Customer Care Voicemail Transcriptions</h1><table><tr><th>Received</th>"
            f"<th>Transcription</th><th>Status</th></tr>{cells}</table></body></html>")


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{SITE}/{name}", body, "text/html")


# --- one reading of a number read out ---------------------------------------------------------------------------

def test_numbers_read_out_in_words_pairs_and_digit_groups():
    text = ("cell is nine oh nine, three one four, forty-one thirty-four or 951 two six four 73 oh one "
            "and double five eight")
    assert [digits for _, _, digits in spelt_number_spans(text)] == ["9093144134", "9512647301", "558"]
    assert not spelt_number_spans("call 909 644 3324 today")  # digits alone: a written number's shapes
    assert mask_spelt("nine oh nine four eight five forty-one thirty-four") == (
        "**** ** **** **** ***** **** forty-one thirty-four")
    assert mask_spelt("909 644 3324") is None


# --- phones ------------------------------------------------------------------------------------------------------

def test_a_callers_phone_read_out_in_a_voicemail_is_found():
    found = _found("voicemail.html", _voicemail_log(
        ("3/2/2025 9:14 AM", "good morning it's about the bill my number is six two six, four one oh, "
                             "seven seven two three thanks"),
        ("3/3/2025 10:02 AM", "hello you can call me back at 951 two six four 73 oh one okay bye"),
        ("3/4/2025 4:40 PM", "hi my cell is nine zero nine five five two forty-one thirty-eight please call"),
    ))
    phones = values_of(found, "phone")
    assert {"six two six, four one oh, seven seven two three", "951 two six four 73 oh one",
            "nine zero nine five five two forty-one thirty-eight"} <= phones


def test_an_office_line_read_out_and_a_sponsors_number_stay_public():
    found = _found("voicemail.html", _voicemail_log(
        ("3/5/2025 8:00 AM", "residents with questions can call the utility office at nine zero nine, "
                             "five five five, zero one nine eight during business hours"),
    ))
    assert not values_of(found, "phone")
    captions = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nthis meeting is brought to you by Okonkwo Auto Glass "
                "serving Lindenvale since nineteen eighty-seven\n\n00:00:04.500 --> 00:00:07.000\n"
                "call 626 555 0142 or visit our shop\n\n00:00:08.000 --> 00:00:11.000\n"
                ">> good evening my name is Teodora Vasquez i'm an edison customer my account number is "
                "8004417263\n")
    found = pairs_found(f"{SITE}/board.vtt", captions, "text/vtt")
    assert ("phone", "626 555 0142") not in found


# --- SSNs ------------------------------------------------------------------------------------------------------

def test_an_ssn_read_out_after_social_is_found_and_masked():
    found = _found("voicemail.html", _voicemail_log(
        ("2/11/2025 1:15 PM", "hi it's about my refund and they asked for my social it's four eight one "
                              "two two seven oh five six"),
        ("2/12/2025 2:15 PM", "hi they asked for my social it's four eight one two two"),
    ))
    assert values_of(found, "ssn") == {"four eight one two two seven oh five six"}
    from detectors.ssn import SsnDetector
    assert SsnDetector().mask("four eight one two two seven oh five six") == "***-**-7056"


# --- house numbers in words ---------------------------------------------------------------------------------------

def test_a_house_number_said_in_words_before_its_street():
    for said, street in (("we're at twenty-two forty North Towne Avenue in town", "twenty-two forty North Towne Avenue"),
                         ("the service address is nine oh five Holt Avenue", "nine oh five Holt Avenue"),
                         ("i live at fourteen hundred Orange Grove Avenue", "fourteen hundred Orange Grove Avenue")):
        assert [m.group() for m in ADDRESS_RE.finditer(said)] == [street]
    assert not ADDRESS_RE.search("see you at two thirty Main Street Plaza")
    assert not ADDRESS_RE.search("the two Main Street projects and three twenty Garey Avenue lots")


# --- kilowatts said of a bill --------------------------------------------------------------------------------------

def test_kilowatts_said_of_a_bill_or_a_month_are_a_homes_use():
    def figures(text):
        return [text[a:b] for a, b in usage_figures(text)]
    assert figures("my bill says twelve hundred kilowatts for march") == ["twelve hundred kilowatts"]
    assert figures("last month we used about 930 kilowatts and it doubled") == ["930 kilowatts"]
    assert figures("we went from like five hundred to two thousand kilowatts") == ["two thousand kilowatts"]
    assert not figures("the new solar array produces five hundred kilowatts at peak")
    assert not figures("a 250 kW battery at the yard")


def test_a_voicemails_kilowatts_are_reported():
    found = _found("voicemail.html", _voicemail_log(
        ("1/7/2025 9:30 AM", "hi this is Marguerite Okafor calling about my bill my account number is "
                             "8004417263 and my bill says fourteen hundred kilowatts for december"),
    ))
    assert values_of(found, "energy_usage") == {"fourteen hundred kilowatts"}


# --- mailboxes read out ----------------------------------------------------------------------------------------

def test_a_mailbox_spelt_or_with_its_digits_said_is_found_whole():
    for said, mailbox in (("OR EMAIL ME AT R Q U I N N AT GMAIL DOT COM THANKS", "rquinn@GMAIL.COM"),
                          ("my email is l o r e n a dot v e g a at yahoo dot com", "lorena.vega@yahoo.com"),
                          ("email me at teodorav seven two at icloud dot com okay", "teodorav72@icloud.com"),
                          ("it's m a l i k 4 1 at aol dot com", "malik41@aol.com")):
        assert [plain_email(m.group()) for m in EMAIL_RE.finditer(said)] == [mailbox]
    assert not EMAIL_RE.search("we meet at nine at city hall dot")


def test_a_sponsors_number_read_in_words_between_the_turns_is_public():
    cues = ["we'll now open public comment each speaker has three minutes",
            "thank you mayor my name is ines carvalho i'm an edison customer the service address is 1410 n towne ave",
            "last month we used about 1320 kilowatt hours the account is 8000 5531 27 i yield my time",
            "this broadcast is brought to you by",
            "Okoye Family Dental serving pomona since nineteen",
            "ninety-eight call nine zero nine, four eight",
            "seven, one eight zero three or write to info at okoyedental dot com",
            "seeing no further speakers public comment is closed"]
    vtt = "WEBVTT\n\n" + "\n\n".join(f"00:08:{10 + 3 * k:02d}.000 --> 00:08:{12 + 3 * k:02d}.000\n{cue}"
                                      for k, cue in enumerate(cues))
    found = pairs_found("https://www.pomonaca.gov/meetings/cc-2026-02.vtt", vtt)
    assert "8000 5531 27" in values_of(found, "account_number")
    assert values_of(found, "phone") == set()
