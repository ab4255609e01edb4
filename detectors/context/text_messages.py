"""The number a text message came from, in a log of the texts a utility's line received.

An SMS export, or a phone's screenshots transcribed into a page, opens each message with the number it came from on a
line of its own, with the time it came ("(909) 555-0148  6:57 PM", "+1 562 453 7284 - 6/3 8:12 PM"), then what the
sender wrote ("This is Ana Ruiz at 12 Elm St, power out since 4pm", "still no power at 88 Oak Ave!! acct 3505469233").
A message about the sender's own service (their power, bill, account or meter, or any message of a log whose title says
it is of a utility's line: "Texts to the outage line") that names them or gives their home or an identifier is a
customer's: the number it came from is theirs, and so are the name they give ("this is ...",
"its ...") and the street they give.

Not read: the City's or any office's number (``contacts.phone_is_public``), a directory's entry (an office's hours after
the number, an office's words under it), a message about no service of the sender's (a volunteer's "running 10 min
late"), and a message that neither names its sender nor gives their home or an identifier.
"""
from __future__ import annotations

import re

from ..public_contacts import to_e164
from .analysis import Analysis, Line, page_of
from .persons import named_officially, names_in, person_name
from .shapes import phone_spans, street_addresses

# what may follow the sender's number on its line: the time and the date the message came
_WHEN = re.compile(r"(?i)(?:[ \t]*[-\u2013\u2014|\u00b7,@][ \t]*|[ \t]+)(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?|"
                   r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|today|yesterday)")
# the sender's own service, which the message is about
_OWN_SERVICE = re.compile(r"(?i)\b(?:power|outage|lights?|electric(?:ity)?|bill|acct|account|meter|shut-?off|"
                          r"disconnect(?:ed|ion)?|kwh|service)\b")
# how a sender introduces themselves: "This is Ana Ruiz", "hi its Ana Ruiz", "my name is ..."
# an office's or a facility's words: a directory's entry under its number, no one's message
_OFFICE = re.compile(r"(?i)\b(?:city\s+hall|office|department|dept|hours|open|closed|counter|library|center|centre)\b")
_INTRODUCTION = re.compile(r"(?i)\b(?:this\s+is|it'?s|it\s+is|my\s+name\s+is|i'?m|i\s+am)\s+")
_MESSAGE_LINES = 3  # lines of a message under its sender's number
_TITLE_LINES = 3  # the lines atop a document that say what its messages are about
_WHY = "the sender of a text message about their own service"


def find(analysis: Analysis) -> None:
    """Add the senders' numbers, names and homes of customers' text messages (see the module's docstring)."""
    lines = analysis.free_lines
    of_service = any(_OWN_SERVICE.search(line.text) for line in lines[:_TITLE_LINES])
    for i, line in enumerate(lines):
        sender = _sender_number(line)
        if sender is None:
            continue
        message = []
        for below in lines[i + 1:i + 1 + _MESSAGE_LINES]:
            if page_of(below.segment) != page_of(line.segment) or _sender_number(below) is not None or (
                    below.segment is not line.segment and message):
                break
            message.append(below)
        if message:
            _judge(analysis, line, sender, message, of_service)


def _sender_number(line: Line) -> tuple[int, int] | None:
    """The span of the number a line gives alone, with only the time or date after it: a message's sender line."""
    text = line.segment.text
    spans = phone_spans(text, line.start, line.end)
    if not spans or text[line.start:spans[0][0]].strip(" \t+"):
        return None
    at, times = spans[0][1], 0
    while (when := _WHEN.match(text, at, line.end)) is not None:
        at, times = when.end(), times + (":" in when.group())
    # one time: the message's; two are an office's hours ("(909) 620-2311  8:00 AM - 5:00 PM")
    return spans[0] if not text[at:line.end].strip() and times <= 1 else None


def _judge(analysis: Analysis, line: Line, sender: tuple[int, int], message: list[Line], of_service: bool) -> None:
    """Add the sender's number, name and home when the message is a customer's about their own service."""
    said = " ".join(k.text for k in message)
    if not of_service and not _OWN_SERVICE.search(said) or _OFFICE.search(said):
        return
    names = [(k, span) for k in message for span in _introduced(k)]
    homes = [(k, m) for k in message for m in street_addresses(k.segment.text, k.start, k.end)]
    anchored = any(analysis.anchors_in(k.segment, k.start, k.end) for k in message)
    if not (names or homes or anchored):
        return
    e164 = to_e164(line.segment.text[sender[0]:sender[1]])
    if e164 is None or analysis.contacts.phone_is_public(e164):
        return
    analysis.add("phone", line.segment, *sender, _WHY)
    for k, (start, end) in names:
        analysis.add("name", k.segment, start, end, _WHY)
    for k, m in homes:
        analysis.add("address", k.segment, m.start(), m.end(), _WHY)


def _introduced(line: Line) -> list[tuple[int, int]]:
    """The name the sender introduces themselves by, right after "this is", "its", "my name is"."""
    text = line.segment.text
    found = []
    for intro in _INTRODUCTION.finditer(text, line.start, line.end):
        for a, b in names_in(text, intro.end(), line.end, anchored=True):
            if a == intro.end() and person_name(text[a:b], strict=True) and not named_officially(text, a, b):
                found.append((a, b))
            break
    return found
