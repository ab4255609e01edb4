"""Customer data in verbatim meeting transcripts whose speaker label calls the speaker the customer ("SPEAKER 3
(CUSTOMER):"): the home, number, mailbox and consumption the speaker gives about their own bill are the customer's
though they give no name and no account, and in a plain-text transcript the turn runs on over its wrapped lines; a
name the account "is under" is the customer's; a speaker named by title who gives their account in one turn is
the customer in their other turns too (their name, their usage); a usage read out in words whose unit a line break
cuts ("nineteen hundred kilowatt" / "hours") is one figure.

Hard negatives are a city site's: a customer-labelled speaker who talks of a park, not of their bill; a resident's
and a business owner's turn without the customer label; staff quoting aggregate loads.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

FOUND = ("customer_name", "address", "phone", "email", "energy_usage")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    values = values_found(name, body, FOUND)
    return {category: values.get(category, []) for category in FOUND}


def flat(values: list[str]) -> list[str]:
    return [" ".join(value.split()).rstrip(".,") for value in values]


HTML_TURNS = """<html><body><h1>Regular Meeting of the City Council: Verbatim Transcript</h1>
<p><b>MAYOR PRO TEM LINDQVIST:</b> Next card, please.</p>
<p><b>SPEAKER 2 (CUSTOMER):</b> Okay, I'd rather keep my name off the record. I'm at 3308 West Orchard Lane,
upstairs. My Choice Energy bill jumped from 520 kilowatt hours to 1,645 kWh in one month. You can call me at
(909) 481-2267.</p>
<p><b>COUNCILMEMBER FAIRBANKS:</b> Thank you. Staff will follow up.</p>
<p><b>UTILITY DIRECTOR OKONJO:</b> For context, residential load was 41,200 megawatt hours in March.</p>
</body></html>"""


def test_an_anonymous_customer_labelled_turn_gives_the_customers_home_phone_and_usage():
    values = found("council-transcript.html", HTML_TURNS)
    assert flat(values["address"]) == ["3308 West Orchard Lane"]
    assert flat(values["energy_usage"]) == ["520 kilowatt hours", "1,645 kWh"]
    assert flat(values["phone"]) == ["(909) 481-2267"]
    assert values["customer_name"] == []


PLAIN_TURNS = """                 VERBATIM TRANSCRIPT - CITY COUNCIL

     MAYOR LINDQVIST:  Next speaker, please.

     SPEAKER 7 (CUSTOMER):  I won't give my name. My aunt's
account is under Bartholomew Ekwueme-Strand, at 915 North
Towne Avenue, and they charged her twice in April. Her email is
b.ekwueme.strand@gmail.com if someone can help.

     MAYOR LINDQVIST:  Thank you. Staff will reach out.
"""


def test_a_plain_text_customer_turn_runs_on_over_its_wrapped_lines():
    values = found("council-transcript.txt", PLAIN_TURNS)
    assert flat(values["customer_name"]) == ["Bartholomew Ekwueme-Strand"]
    assert flat(values["address"]) == ["915 North Towne Avenue"]
    assert flat(values["email"]) == ["b.ekwueme.strand@gmail.com"]


NOT_A_BILL = """<html><body><h1>City Council Verbatim Transcript</h1>
<p><b>MAYOR LINDQVIST:</b> Next speaker.</p>
<p><b>SPEAKER 5 (CUSTOMER):</b> Hi. I live at 2706 Sunset Ridge Drive and I want more shade trees in Ganesha
Park. The playground gets too hot for the kids. My number is (909) 555-0143 if Parks wants to talk.</p>
<p><b>MS. VILLANUEVA-BRANDT:</b> Maribel Villanueva-Brandt, I live at 1180 Kingsley Avenue. I am here
about the library hours.</p>
<p><b>MR. OYELOWO:</b> I own Eastside Tire at 455 East Holt Avenue and our store's bill went up; our store line is
(909) 629-7781.</p>
<p><b>UTILITY DIRECTOR OKONJO:</b> Citywide we delivered 612,000 megawatt hours last year.</p>
</body></html>"""


def test_speakers_off_their_own_bill_or_without_the_customer_label_stay_silent():
    values = found("council-transcript.html", NOT_A_BILL)
    assert values["address"] == [] and values["customer_name"] == [] and values["energy_usage"] == []


SPLIT_TURNS = """                 PCE COMMISSION - TRANSCRIPT OF PUBLIC COMMENT

     CHAIR MONTOYA-BELL:  Next speaker, please.

     MR. ADEYEMI-FORS:  Good evening. My name is Olumide Adeyemi-Fors.
I have been on Choice Energy since it started.

     CHAIR MONTOYA-BELL:  Go ahead, sir. And for everyone waiting, we
are keeping comments to three minutes tonight because we have
a long agenda, including the rate item and the budget, and the
clerk has twelve more cards. Please come up to the podium when
your name is called and speak into the microphone so the
recording picks it up.

     MR. ADEYEMI-FORS:  In April they said I owed a deposit. The account
number is 700 318 559 204. They also say I used 2,975 kilowatt hours
in March, and I live alone.

     COMMISSIONER HUANG:  Thank you. Staff will look into it.

     MR. PETROSYAN:  Armen Petrosyan, I live on Fifth Street. My name is
on the sign-in sheet; I am here about tree trimming on Holt.
"""


def test_a_titled_speakers_name_and_usage_in_turns_beside_the_one_with_the_account():
    values = found("commission-transcript.txt", SPLIT_TURNS)
    assert flat(values["customer_name"]) == ["Olumide Adeyemi-Fors"]
    assert flat(values["energy_usage"]) == ["2,975 kilowatt hours"]


WORDS_CUT = """     SPEAKER 9 (CUSTOMER):  My uncle's account is under Casimir Ndiaye-Holm, at 3170 West
Mission Boulevard, and he was billed for nineteen hundred kilowatt
hours in July. He lives alone.

     UTILITY DIRECTOR OKONJO:  For context, a typical home here uses six hundred kilowatt
hours a month, and the plant on Mission makes forty-five hundred kilowatt
hours on a sunny day.
"""


def test_a_customers_usage_in_words_cut_by_a_line_break_is_one_figure():
    values = found("council-transcript.txt", WORDS_CUT)
    assert flat(values["energy_usage"]) == ["nineteen hundred kilowatt hours"]


def test_one_customer_labelled_line_is_a_field_not_a_transcript_turn():
    """A lone "Customer:" line with no other speaker is a labelled field: its findings do not say "transcript"."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors

    body = (b"Shut-off notice list\nCustomer: Maria Delgado, account 2-44-851-2290, 1450 N Garey Ave, Pomona CA 91767,"
            b" used 812 kWh in May.\n")
    findings = scan_document(extract("https://x/notice.txt", body, "text/plain"), load_detectors())
    assert {f.category for f in findings} >= {"customer_name", "address", "energy_usage", "account_number"}
    assert not [f.why for f in findings if "transcript" in f.why]
