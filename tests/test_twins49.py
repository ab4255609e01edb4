"""Round 49's twins: one idea that several modules wrote each in their own words, now one shared pattern.

1. A line to call: ``account_number``'s "Call SCE 6264022200" guard and its toll-free line's cues were two word
   lists; both read ``labels.CALL_LINE_WORDS`` (the line's own words, ``labels.LINE_WORDS``, after a number too).
2. The writer giving their own contact: prose's reader's message and its "call me at", letters' "my cell is", a
   speaker's "call me" and the phone detector's "contact me at" read one family in ``labels``: ``REACH_ME`` and
   ``ASKS_TO_BE_REACHED`` (the words anywhere), ``GIVES_OWN_NUMBER`` (or "my cell"), ``OWN_CONTACT_BEFORE`` (right
   before the value; "me" only) and ``HOUSEHOLD_CONTACT_BEFORE`` ("call us at" too).
3. Whether a form, an invoice or a vendor's books give the City's own account lives in ``context.public_holders``
   with the City-holder rules (``CITY_HOLDS``, ``held_by_agency``, ``billed_to_agency``,
   ``citys_account_with_vendor``).

For each old copy, the phrasings it accepted are listed and the shared pattern must accept every one; the hard
negatives are what none of them accepted and the shared one must still refuse.
"""
from __future__ import annotations

import re

import pytest

from detectors import account_number, labels, phone
from detectors.context import letters, prose, public_holders, speakers
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


# --- 2. the writer's own contact ----------------------------------------------------------------------------------

# right before the value, as each old copy took it
OLD_PROSE_CALL_ME_BEFORE = ["Please call me at ", "text us on ", "reach me at ", "contact us at "]
OLD_PROSE_WRITERS_CONTACT_BEFORE = ["Reach me at ", "email me at ", "e-mail us at ", "write me at ", "my email is ",
                                    "my cell:", "my phone number is ", "my e-mail address: ", "my mobile is ",
                                    "contact us on "]
OLD_LETTERS_MY_NUMBER = ["Call me at ", "text me on ", "call me back at ", "phone me at ", "my cell is ",
                         "my new cell is ", "my best number is ", "my home phone is ", "my other number is, ",
                         "my cell number is: ", "my new home phone is "]
# anywhere in a speaker's turn, or in the clause before a phone
OLD_SPEAKERS_CALL_ME = ["you can call me at", "please reach me", "contact me", "text me anytime", "my cell",
                        "my phone", "my number"]
OLD_PHONE_WRITER_ASKS = ["Please contact me at", "call me", "phone me", "reach me", "text me"]
NOT_THE_WRITERS = ["call them at ", "contact the office at ", "his cell is ", "our number is ", "my bill is ",
                   "my account number is ", "my neighbor is ", "who called me at ", "my cellar is ", "recall me at "]


@pytest.mark.parametrize("text", OLD_PROSE_CALL_ME_BEFORE + OLD_PROSE_WRITERS_CONTACT_BEFORE)
def test_a_readers_message_takes_what_prose_took(text):
    assert _before(labels.HOUSEHOLD_CONTACT_BEFORE, text, 30)


@pytest.mark.parametrize("text", OLD_PROSE_CALL_ME_BEFORE)
def test_a_customers_own_message_takes_what_it_took_in_its_reach(text):
    assert _before(labels.HOUSEHOLD_CONTACT_BEFORE, text, 20)


@pytest.mark.parametrize("text", OLD_LETTERS_MY_NUMBER)
def test_an_e_mails_own_number_takes_what_letters_took(text):
    assert _before(labels.OWN_CONTACT_BEFORE, text, 30)
    assert _before(labels.HOUSEHOLD_CONTACT_BEFORE, text, 30)


@pytest.mark.parametrize("text", OLD_SPEAKERS_CALL_ME + OLD_PHONE_WRITER_ASKS)
def test_a_speakers_own_number_takes_what_speakers_took(text):
    assert labels.GIVES_OWN_NUMBER.search(text)


@pytest.mark.parametrize("text", OLD_PHONE_WRITER_ASKS)
def test_the_writer_asks_to_be_reached_as_phone_took_it(text):
    assert labels.ASKS_TO_BE_REACHED.search(text)
    assert phone._FIRST_PERSON.search(text)


def test_the_phone_detectors_first_person_still_takes_any_my():
    assert phone._FIRST_PERSON.search("my foreman's cell")
    assert not phone._FIRST_PERSON.search("the foreman's cell")


@pytest.mark.parametrize("text", NOT_THE_WRITERS)
def test_another_persons_or_an_offices_contact_is_not_the_writers(text):
    assert not _before(labels.HOUSEHOLD_CONTACT_BEFORE, text, 30)
    assert not _before(labels.OWN_CONTACT_BEFORE, text, 30)
    assert not labels.ASKS_TO_BE_REACHED.search(text)
    assert not labels.GIVES_OWN_NUMBER.search(text)


@pytest.mark.parametrize("text", ["call us at ", "Please contact us at ", "reach us on "])
def test_an_offices_call_us_is_no_writers_own_number_in_a_letter(text):
    assert not _before(labels.OWN_CONTACT_BEFORE, text, 30)
    assert _before(labels.HOUSEHOLD_CONTACT_BEFORE, text, 30)
    assert not labels.ASKS_TO_BE_REACHED.search(text)


def test_no_module_keeps_its_own_copy():
    for module, names in [(prose, ("_CALL_ME_BEFORE", "_WRITERS_CONTACT_BEFORE")), (letters, ("_MY_NUMBER",)),
                          (speakers, ("_CALL_ME",)), (phone, ("_WRITER_ASKS",))]:
        for name in names:
            assert not hasattr(module, name), f"{module.__name__}.{name}"
    assert labels.REACH_ME in phone._FIRST_PERSON.pattern


def test_an_e_mail_about_the_writers_bill_ties_their_phone():
    page = ("<html><body><h1>Correspondence</h1>"
            "<p>From: Dolores Ybarra &lt;dybarra61@gmail.com&gt;</p><p>Subject: shutoff notice</p>"
            "<p>Please stop the shutoff on my service at 1420 W Holt Ave. My new home phone is (909) 555-0144.</p>"
            "<p>Dolores Ybarra</p></body></html>")
    found = pairs_found(URL + "correspondence.html", page)
    assert "(909) 555-0144" in values_of(found, "phone")


def test_an_offices_reply_gives_its_own_line():
    page = ("<html><body><h1>Correspondence</h1>"
            "<p>From: Customer Care &lt;care@pomonachoiceenergy.org&gt;</p><p>Subject: your shutoff notice</p>"
            "<p>Your service is past due. Please call us at (909) 620-2311 to arrange a payment plan.</p>"
            "<p>Customer Care, Pomona Choice Energy</p></body></html>")
    found = pairs_found(URL + "reply.html", page)
    assert "(909) 620-2311" not in values_of(found, "phone")


# --- 3. the City's own account on a form, an invoice or in a vendor's books ----------------------------------------

def test_the_city_holder_rules_live_in_public_holders():
    for name in ("CITY_HOLDS", "FORM_BLOCK", "held_by_agency", "billed_to_agency", "citys_account_with_vendor"):
        assert hasattr(public_holders, name), name
    for name in ("_CITY_HOLDS", "_FORM_BLOCK", "_held_by_agency", "_billed_to_agency", "_citys_account_with_vendor"):
        assert not hasattr(account_number, name), name
    assert account_number.held_by_agency is public_holders.held_by_agency


@pytest.mark.parametrize("line", ["Account holder: City of Pomona", "Payee: the City of Pomona", "PAYABLE TO: County of",
                                  "Beneficiary\tCity of Pomona"])
def test_a_form_held_by_the_city(line):
    assert public_holders.CITY_HOLDS.search(line)


@pytest.mark.parametrize("line", ["Account holder: Rosa Delgado", "Payee: Delgado Plumbing", "City of Pomona",
                                  "Holder of the City of Pomona's contract: Ana Ruiz"])
def test_a_form_held_by_someone_else(line):
    assert not public_holders.CITY_HOLDS.search(line)


def test_the_citys_own_accounts_on_a_form_an_invoice_and_with_a_vendor():
    form = ("Service Application\nCustomer Name: City of Pomona - Public Works Yard\nService Address: 1580 W Mission "
            "Blvd\nService Account Number: 3-041-882-1190\n")
    assert not _accounts("application.txt", form)
    invoice = "INVOICE 20931\nBill to: City of Pomona, Accounts Payable\nCustomer No. 88217746\nNet 30\n"
    assert not _accounts("invoice.txt", invoice)
    award = "Streetlight retrofit award. City customer no. with vendor 8317740265. Term three years."
    assert not _accounts("award.txt", award)


def test_a_customers_account_on_the_same_form_is_still_one():
    form = ("Service Application\nCustomer Name: Rosa Delgado\nService Address: 1420 W Holt Ave\n"
            "Service Account Number: 3-041-882-1190\n")
    assert "3-041-882-1190" in _accounts("application.txt", form)
