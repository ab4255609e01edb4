"""The lead's fixes of round 39: a staff note's instruction before a customer's name; a phone with a spaced slash.

"Call Rita Ochoa (acct ...) about her bill" gave the name "Call Rita Ochoa": the verb opening the note ran into the
name beside the identifier, and the masked value and the finding's key were wrong. Hard negatives: a surname that is
such a verb ("Nathan Call", "Ingrid Ask"), and the verb inside a sentence rather than opening it.

A call note's "909 / 986-3416" (the area code set apart by a slash between spaces, red team site40) was no phone;
a ratio "110 / 240" is still none.
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
