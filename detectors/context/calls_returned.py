"""The number staff called a customer back at, in the account of the customer's case that named them.

A staff report, a casework log, an FAQ answer or a news story tells one customer's case in a paragraph: the customer
by name, their home, their bill, and then the call staff returned ("On May 7, 2024, Ms. Xiaoyan Liu, who receives
electric service at 988 W Cypress St, contacted the Utility Billing counter ... Staff returned the call at
(626)758-8599 and scheduled a meter re-read."). The number the call was returned at is the customer's phone, though
no word of the sentence that gives it names them: the earlier readings found the customer (their name as a
customer's, in the same paragraph, or in the lines of a PDF's paragraph above the number), and the words right
before the number say it is where the customer was or will be called back ("returned the call at", "called her back
at", "left a message at", "reached him at", "Staff will follow up at", "the caller, reachable at").

Not read: a number the words give as a line to call ("call the hotline at"), a number of the City's or any office's
(``contacts.phone_is_public``), a paragraph in which no customer was found, and a number before the customer's name.
"""
from __future__ import annotations

import re

from ..public_contacts import to_e164
from .analysis import Analysis, page_of
from .cues import PERSONAL_TITLES
from .shapes import phone_spans

# the words right before the number a customer was called back at: staff returned the call, called them back, left
# them a message, reached them ("Staff returned the call at", "called her back on", "left a voicemail at", "reached him
# at"), as a case's account tells it of staff; Spanish "le devolvió la llamada al", "le dejó un mensaje al"
_CALLED_BACK_AT = re.compile(
    r"(?i)\b(?:return(?:ed|ing)?\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:phone\s+)?call|"
    r"call(?:ed|ing)?\s+(?:him|her|them)\s+back|"
    r"left\s+(?:(?:him|her|them)\s+)?(?:a\s+)?(?:voice\s*-?\s*mail|(?:voice\s+)?message)(?:\s+for\s+(?:him|her|them))?|"
    r"reach(?:ed)?\s+(?:him|her|them)|"
    # ... or will: "Staff will follow up at", "will call her back at", "the caller, reachable at"
    r"follow(?:ed|ing)?\s+up(?:\s+with\s+(?:him|her|them))?|will\s+call\s+(?:him|her|them)(?:\s+back)?|"
    r"(?:is\s+|was\s+|are\s+|,\s*)reachable|"
    r"(?:le\s+)?devolvi[oó]\s+la\s+llamada|(?:le\s+)?dej[oó]\s+un\s+(?:mensaje|recado))"
    r"\s*(?:at|on|al|en)\s*:?\s*$")
# ... or asks for a call to the customer by name: "Can staff call Noemi at 909.319.7910?", "please call Mr. Obuya back
# on", "Staff will follow up with Radu at", "reached Ines at", the name one of the customer's names found before it
_CALL_NAMED_AT = re.compile(r"\b(?:call(?:ed|ing)?|(?i:follow(?:ed|ing|s)?[ \t-]*up)\s+with|reach(?:ed)?)\s+"
                            rf"(?:(?:{PERSONAL_TITLES})\.?\s+)?(?P<who>[A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?"
                            r"[^\W\d_]+)?(?:\s+[A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?)?)\s+(?:back\s+)?(?:at|on)\s*:?\s*$")
_REACH = 50  # characters before the number in which the words stand
_PARAGRAPH_LINES = 4  # lines of a PDF's paragraph above the number's line in which the customer may be named
_WHY = "number a customer named in the same account of their case was called back at"


def find(analysis: Analysis) -> None:
    """Add the numbers customers were called back at (see the module's docstring)."""
    lines = analysis.free_lines
    after_names: dict[int, int] = {}  # a free line's index: the start of the first customer's name in or above it
    named: dict[int, set[str]] = {}  # a free line's index: the words of the customers' names in or above it
    for field in analysis.context.fields:
        if field.kind != "name" or (i := analysis.line_at(field.segment, field.start)) is None:
            continue
        page = page_of(field.segment)
        for k in range(i, min(len(lines), i + _PARAGRAPH_LINES + 1)):
            if k > i and (page_of(lines[k].segment) != page or not lines[k].text.strip()):
                break
            at = field.start if k == i else -1  # on a line below the name's, any number comes after it
            after_names[k] = min(after_names.get(k, at), at)
            named.setdefault(k, set()).update(field.segment.text[field.start:field.end].split())
    for k, named_at in after_names.items():
        line = lines[k]
        text = line.segment.text
        for start, end in phone_spans(text, line.start, line.end):
            if start < named_at:
                continue
            before = max(line.start, start - _REACH)
            if not _CALLED_BACK_AT.search(text, before, start) and not (
                    (call := _CALL_NAMED_AT.search(text, before, start)) and set(call["who"].split()) <= named[k]):
                continue
            e164 = to_e164(text[start:end])
            if e164 is not None and not analysis.contacts.phone_is_public(e164):
                analysis.add("phone", line.segment, start, end, _WHY)
