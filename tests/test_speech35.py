"""Spoken words a phone system or a court reporter took down (red team speech33, round 35).

- A voicemail log's table (Received | From | Transcription): a caller who opens their message with their name ("hi
  this is ...", "good morning it's ...") and tells of their own bill, account or usage is a customer whether or not
  they give an account number: their name, the details they leave and the caller-ID number are reported.
- Hard negatives: a vendor returning a call, a resident calling about a pothole or a permit (no bill of theirs), a
  caller who gives their name and bill but no way to reach them and nothing else of theirs, and a public comment
  line's voicemail that speaks of a bill but gives no account number or consumption figure.
"""
from __future__ import annotations

from tests.detector_helpers import numbered_lines_pdf, pairs_above_low, pairs_found, values_of

_LOG = "https://www.pomonachoiceenergy.org/customer-care/voicemails.html"


def _log(*rows: tuple[str, str], title: str = "Customer Care Voicemail Transcriptions") -> str:
    body = "".join(f"<tr><td>8/{i + 3}/2024 9:1{i} AM</td><td>{caller}</td><td>0:4{i}</td><td>{said}</td>"
                   f"<td>Open</td></tr>" for i, (caller, said) in enumerate(rows))
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            "<p>Main line (909) 620-2311. Transcribed automatically; review before reply.</p>"
            "<table><tr><th>Received</th><th>From</th><th>Length</th><th>Transcription</th><th>Status</th></tr>"
            f"{body}</table></body></html>")


def test_a_caller_telling_of_their_bill_without_an_account_number():
    found = pairs_above_low(_LOG, _log(
        ("(909) 555-0143", "hi um yes my name is Delfina Okonkwo-Reyes i'm calling about my electric account my bill "
                           "says 1,240 kilowatt hours for august my email is dokreyes at gmail dot com the service "
                           "address is 1875 West Orchard Street thank you"),
    ))
    assert values_of(found, "customer_name") == {"Delfina Okonkwo-Reyes"}
    assert values_of(found, "phone") == {"(909) 555-0143"}
    assert values_of(found, "email") == {"dokreyes at gmail dot com"}
    assert values_of(found, "address") == {"1875 West Orchard Street"}
    assert values_of(found, "energy_usage") == {"1,240 kilowatt hours"}


def test_a_caller_who_says_its_their_name_and_gives_their_usage_in_words():
    found = pairs_above_low(_LOG, _log(
        ("(626) 555-0178", "good morning it's Teodora Vukasinovic we went from like five hundred to one thousand two "
                           "hundred kilowatt hours my number is 626 555 0178 please call back"),
    ))
    assert "Teodora Vukasinovic" in values_of(found, "customer_name")
    assert "(626) 555-0178" in values_of(found, "phone")
    assert values_of(found, "energy_usage")


def test_a_caller_about_their_bill_who_leaves_a_mailbox():
    found = pairs_above_low(_LOG, _log(
        ("(909) 555-0112", "hello this is Grzegorz Wieczorek calling about my bill it doubled since may my email is "
                           "g w i e c z o r e k at outlook dot com thanks"),
    ))
    assert values_of(found, "customer_name") == {"Grzegorz Wieczorek"}
    assert "(909) 555-0112" in values_of(found, "phone")


def test_no_customer_in_a_vendors_or_a_residents_voicemail():
    found = pairs_above_low(_LOG, _log(
        ("(909) 555-0190", "hi this is the office of Okafor Plumbing and Heating returning the city's call about the "
                           "rebate flyer you can reach us at the main office number thanks"),
        ("(909) 555-0121", "hi my name is Ludmila Harcourt i'm calling about the pothole on my street it's been there "
                           "since march you can call me back at 909 555 0121 thank you"),
        ("(909) 555-0155", "good afternoon it's Ramon Achterberg about the permit for my fence i live at 2410 North "
                           "Linden Avenue please call"),
        ("(909) 555-0166", "hi this is Wendell Abernathy i own Abernathy Bakery and our business account bill is too "
                           "high my number is 909 555 0166"),
        ("(909) 555-0177", "hello it's Priyamvada Lakshman calling about my bill please call back thanks"),
    ))
    assert values_of(found, "customer_name") == set()
    assert not {"(909) 555-0190", "(909) 555-0121", "(909) 555-0155", "(909) 555-0177"} & values_of(found, "phone")
    assert values_of(found, "address") == set()


def test_a_public_comment_lines_voicemail_needs_an_account_or_a_figure():
    page = _log(
        ("(909) 555-0134", "hi my name is Octavia Brennan-Lowe i'm calling for the public comment on item seven my "
                           "bill is too high and i oppose the rate increase call me at 909 555 0134"),
        title="City Council Public Comment Voicemails")
    found = pairs_above_low("https://www.pomonaca.gov/council/public-comment-voicemails.html", page)
    assert values_of(found, "customer_name") == set()
    assert "(909) 555-0134" not in values_of(found, "phone")


_TRANSCRIPT = "https://www.pomonaca.gov/council/transcripts/special-meeting.pdf"


def test_a_phone_read_out_that_a_transcripts_line_break_cuts():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "CHAIR WEXLER: next speaker please",
        "PUBLIC SPEAKER: hi this is bartholomew nakagawa i'm a pce customer",
        "my bill says 1,460 kwh for june my number is nine oh nine five",
        "five five zero one eight four i yield my time",
        "PUBLIC SPEAKER: good evening my name is siobhan adeyemi-ruiz the account is",
        "seven zero zero one four four two nine three eight one you can call me back at",
        "six two six, five five five, zero one nine nine thank you",
    ), "application/pdf")
    phones = {value for category, value in found if category == "phone"}
    assert any(value.startswith("nine oh nine five") and value.endswith("one eight four") for value in phones)
    assert any(value.startswith("six two six, five five five") for value in phones)


def test_no_phone_where_the_cut_words_are_the_citys_line_a_sponsors_or_a_count():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "COUNCILMEMBER ITURBE: residents with questions can call the city's line at nine zero nine",
        "six two zero, two three one one monday through thursday",
        "ANNOUNCER: this broadcast is brought to you by Sunvale Roofing call nine zero nine, five",
        "five five, zero one six two for a free estimate",
        "CITY CLERK: the vote was four to one with item nine two three",
        "four five six seven eight nine continued to june",
        "PUBLIC SPEAKER: my number is nine oh nine five five five",
        "zero one two three four five six and i oppose item seven",
    ), "application/pdf")
    assert {value for category, value in found if category == "phone"} == set()


def test_a_home_in_words_that_a_transcripts_line_break_cuts_after_a_long_word():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "PUBLIC SPEAKER: yes this is marguerite oyelowo-brandt we're on the pce green",
        "plan my account number is seven oh oh two eight four one nine three six five",
        "two nine we're at twenty-seven eighty-three Cordillera",
        "Avenue in pomona thank you",
        "CITY CLERK: the next item is at seventeen hundred Mission Boulevard city yard",
    ), "application/pdf")
    addresses = {value for category, value in found if category == "address"}
    assert len(addresses) == 1 and next(iter(addresses)).startswith("twenty-seven eighty-three Cordillera")
