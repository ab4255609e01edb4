"""The lead's fixes of round 39: a note's instruction before a name, a spaced slash in a phone, a use "went from".

"Call Rita Ochoa (acct ...) about her bill" gave the name "Call Rita Ochoa": the verb opening the note ran into the
name beside the identifier, and the masked value and the finding's key were wrong. Hard negatives: a surname that is
such a verb ("Nathan Call", "Ingrid Ask"), and the verb inside a sentence rather than opening it.

A call note's "909 / 986-3416" (the area code set apart by a slash between spaces, red team site40) was no phone;
a ratio "110 / 240" is still none. The figure a customer's use "went from" (Spanish "pasó de") shares the unit of
the one it went to; a tier's range and a class average's change do not. A CIS note's abbreviations in capitals
("REQ PMT ARR, SENT 3 INSTALLMENTS") are no name; "HALVORSEN, PER" still is one. An SSN's label in brackets after
nine digits ("wrote the taxpayer number as 023472085 (SSN)") labels them; brackets saying more do not.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_NOTES = "https://www.pomonachoiceenergy.org/customer-service/notes.html"


def _names(*paragraphs: str) -> set[str]:
    body = "<html><body><h1>Customer service notes</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    return values_of(pairs_found(_NOTES, body), "customer_name")


def test_an_instruction_opening_the_note_is_none_of_the_name():
    assert _names("Call Rosamund Teixeira (acct 700-318-2231) about her disputed bill.",
                  "Follow-up: Mention Dariusz Okafor (acct 7003182232) in the callback queue.",
                  "Text Lucia de la Barrera (acct 7003182233) when the meter is read.") == {
        "Rosamund Teixeira", "Dariusz Okafor", "Lucia de la Barrera"}


def test_a_surname_or_given_name_that_is_such_a_word_stays_whole():
    assert _names("Customer Nathan Call (acct 700-318-2234) asked about net metering.",
                  "Ingrid Ask (acct 7003182235) moved out on May 3 and left a forwarding address.") == {
        "Nathan Call", "Ingrid Ask"}


def test_a_slash_with_spaces_after_the_area_code_is_a_phone():
    found = pairs_found("https://www.pomonachoiceenergy.org/risk/claims.html",
                        "<html><body><h1>Outage claims</h1><p>Claim 24-0611: reach the claimant, Marisela Quintero, at "
                        "909 / 986-3416 (cell) about her food-loss claim on account 700-318-2236.</p>"
                        "<p>Ratio of claims paid: 110 / 240, per the 2024 - 2025 report.</p></body></html>")
    assert values_of(found, "phone") == {"909 / 986-3416"}


def test_the_figure_a_customers_use_changed_from_shares_the_unit_of_the_one_it_changed_to():
    found = pairs_found("https://www.pomonachoiceenergy.org/customer-service/high-bills.html",
                        "<html><body><h1>High bill complaints</h1><p>Evaristo Lindqvist went from 418 to 2,291 kWh "
                        "between June and August after the meter exchange at his home, 1187 W Holt Ave.</p>"
                        "<p>La cuenta 700-318-2237 de Graciela Montalvo pasó de 512 a 1.906 kWh en agosto.</p>"
                        "<p>Program enrollment went from 336 to 2,307 households this year. Tier 1 covers use from 0 to "
                        "500 kWh a month. Average residential use rose from 512 to 538 kWh.</p></body></html>")
    assert values_of(found, "energy_usage") == {"418", "2,291 kWh", "512", "1.906 kWh"}


def test_a_cis_notes_abbreviations_in_capitals_are_no_name():
    found = pairs_found("https://www.pomonachoiceenergy.org/opendata/index.html",
                        "<html><body><h1>Program data</h1><p>11/04 CSR-JM: CUST QUAN HUYNH SVC ADDR 3684 WEST REBECCA DR "
                        "ACCT# 8008452158 CB# 951-384-5486 - REQ PMT ARR, SENT 3 INSTALLMENTS. F/U 11/18.</p>"
                        "<p>11/05 CSR-AL: LVM FOR DORIS ABERNATHY ACCT# 8008452159 RE BAL DUE.</p></body></html>")
    assert values_of(found, "customer_name") == {"QUAN HUYNH", "DORIS ABERNATHY"}


def test_an_ssns_label_in_brackets_after_nine_digits():
    found = pairs_found("https://www.pomonachoiceenergy.org/finance/w9-refunds.html",
                        "<html><body><h1>W-9 refund requests</h1><p>On the refund request for account 700-318-2239, "
                        "the customer wrote the taxpayer number as 023472085 (SSN) on the form.</p>"
                        "<p>Backup: 023 47 2087 (Social Security No.)</p><p>Invoice 512346789 (SSN verification "
                        "service); permit 512346780 (SS Permit); the applicant's 512346781 (SSN).</p></body></html>")
    assert values_of(found, "ssn") == {"023472085", "023 47 2087", "512346781"}
