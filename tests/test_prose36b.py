"""Customer records told in prose: numbers read out in words, values a line break cut, a password a note records
(red team prose36, patterns 3, 5, 6 and 8).

- An account number read out in words after how it was read and to whom ("He read his account number to staff as
  four, one seven, ...", "Account number read back as ..."), perhaps cut by a line break: the account, and with it the
  record of the customer it ties. Hard negatives: a figure read "as" with no account's label, a count said in words.
- A password an audit's or a call's note is said to record ("the note records the customer's portal password as
  Heron#2231"): the verb of keeping a record says so. Hard negatives: "the same password as before", a password "as
  required by" a policy, a different password "as" anything with no verb of record.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org/documents"


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


# --- an account number read out in words ------------------------------------------------------------------------

def test_an_account_read_to_staff_in_words_ties_the_record():
    body = ("Case 25-O-044: summer bill\n"
            "Ms. Okonkwo (Adaeze Okonkwo) lives at 1187 Larkspur Way and runs a window unit all day. She read her\n"
            "account number to staff as four, one seven, two two oh, nine five three one.\n")
    found = _found("ombudsman-q2.txt", body)
    assert any(value.startswith("four, one seven") for value in values_of(found, "account_number"))
    assert "Adaeze Okonkwo" in values_of(found, "customer_name")
    assert any(value.startswith("1187 Larkspur Way") for value in values_of(found, "address"))


def test_an_account_read_back_in_words_across_a_line_break():
    body = ("06/11 Desmond Achterberg asked why his deposit was kept. Account number read back as six, oh four, three\n"
            "eight one, oh two five five. Refund approved.\n")
    accounts = values_of(_found("call-log.txt", body), "account_number")
    assert accounts and all(value.startswith("six, oh four") for value in accounts)


def test_words_read_as_something_else_are_no_account():
    body = ("The account of the meeting was read into the record as follows: twelve members present, two absent.\n"
            "Staff read the item number to the Council as four, the second reading.\n")
    assert not values_of(_found("minutes.txt", body), "account_number")


# --- a password a note records -----------------------------------------------------------------------------------

def test_a_password_a_note_records_as_its_value():
    body = ("Finding 4: Credentials in free-text notes\n"
            "In sample 9 the adjustment note for account 2-31-884-0192 records the customer's My\n"
            "Account password as Pelican#4471. Another note, for D. Ruiz, was kept as a screenshot.\n")
    assert "Pelican#4471" in values_of(_found("audit-fy25.txt", body), "credential")
    body = "07/02 Portal locked. Her password was noted as Tern!4410 in the memo field; reset requested."
    assert "Tern!4410" in values_of(_found("notes.txt", body), "credential")


def test_a_password_said_as_something_else_is_no_value():
    body = ("Do not reuse the same password as before when you reset your My Account login.\n"
            "Choose a different password as 2FA-enabled accounts require a fresh one.\n"
            "Staff noted the password as required by IT-22 and logged the change.\n")
    assert not values_of(_found("help.txt", body), "credential")


# --- a value a line break cuts after a label told in a sentence --------------------------------------------------

def test_an_account_written_on_a_claim_form_cut_by_a_line_break():
    body = ("He is the customer of record at the home; the account number written on the claim form is 7008\n"
            "4410 2275. He can be reached at 909.662.0381.\n")
    assert "7008 4410 2275" in values_of(_found("surge-claims.txt", body), "account_number")
    body = "Staff checked the account number on the rebate application, 2-38-114-6620, against the bill.\n"
    assert "2-38-114-6620" in values_of(_found("rebates.txt", body), "account_number")


def test_a_claim_number_on_the_claim_form_is_no_account():
    body = "The claim number written on the claim form is 2024-0417; the City's adjuster reviewed it on May 2.\n"
    assert not values_of(_found("claims.txt", body), "account_number")
