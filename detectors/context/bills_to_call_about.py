"""A person the writer asks staff to call about the bill of a home the sentence gives: the customer.

"Please call Mrs. Ana Ruiz (951) 555-0142 about the past-due balance at 12 Elm St." is a follow-up list's item: the
person called, their number right after the name, and what the call is about, the balance of a home at its street
address, which is theirs. The sentence need not say "her balance": a bill, a balance or an account at a home is the
household's. Not the contact an office sends its readers to ("call Ms. Ruiz at (909) ... for questions about the
program", "call Ms. Ruiz at ... about your bill": the reader's, and an office's line), nor a call about a schedule or
an event at a facility: the call's matter must be a bill, a balance, an account, a payment or a shut-off, and the
address the one that matter is at.
"""
from __future__ import annotations

import re

from .cues import SERVICE_WORDS

# the instruction to call right before the name: "Please call", "call back", "Also phone", "Follow up with"
_CALL_BEFORE = re.compile(r"(?i)\b(?:call(?:\s+back)?|phone|ring|reach|contact|follow\s+up\s+with)\s+$")
# between the name and their number: nothing but a space, a bracket, a comma or "at"/"on"
_NUMBER_AFTER_NAME = re.compile(r"(?i)\s*(?:[,(\u2013-]|\bat\b|\bon\b)?\s*")
# after the number (its closing bracket, a comma), what the call is about: a bill, a balance, an account ... of the
# household, not "your" bill (the reader's) nor "questions about the program" ("the" or a possessive, a word or two
# between: "the past-due balance", "her unpaid winter bill")
_ABOUT_A_BILL = re.compile(rf"(?i)\)?\s*,?\s*(?:about|regarding|re:?|concerning)\s+(?:the|her|his|their)\s+"
                           rf"(?:[\w-]+\s+){{0,2}}(?:{SERVICE_WORDS})\b")
# the bill's home right after the matter: "... balance at 12 Elm St", "... bill for 12 Elm St", "... on the account at"
_AT_THE_HOME = re.compile(r"(?i)\s+(?:at|for|on)\s+(?:the\s+(?:home|house|residence|property|unit)\s+at\s+)?")
_REACH = 60  # characters between the matter's end and the home's start, at most


def called_about_a_home_bill(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """Of the names (segment, start, end), those a sentence asks to be called at the phone right after them about
    the bill or balance at a street address it gives, with that phone and address: (segment, start, end) each."""
    found = []
    for segment, start, end in names:
        text = segment.text
        if not _CALL_BEFORE.search(text, max(0, start - 30), start):
            continue
        phone = next((f for f in fields if f[0] == "phone" and f[1] is segment and f[2] >= end
                      and _NUMBER_AFTER_NAME.fullmatch(text, end, f[2])), None)
        matter = phone and _ABOUT_A_BILL.match(text, phone[3])
        if not matter:
            continue
        home = next((f for f in fields if f[0] == "address" and f[1] is segment
                     and matter.end() <= f[2] <= matter.end() + _REACH
                     and _AT_THE_HOME.fullmatch(text, matter.end(), f[2])), None)
        if home:
            found += [(segment, start, end), phone[1:], home[1:]]
    return found
