"""The person a list item about one customer opens with, whatever lists hold their name.

Under a heading about particular customers ("Payment arrangements", "Disconnect holds"), each item is one
customer's: "Jun Qin (3-117-204-5531), 6 installments", "Urbano Jurado, 3-221-884-9017, balance $744.74". The
item's first words, up to the separator before its account or contact, are the holder, even where the name lists
read the words as Spanish or English words ("Salud", "Jurado") or hold neither, or the surname is a place's word
after a given name that is no English word ("Leocadia Plaza", "Ezequiel Page": no plaza is named after a
Leocadia). A shop's, a place's or an office's name there ("Jurado Tire", "Plaza de Pomona", "Grace Church",
"Utility Billing") stays no one's.
"""
from __future__ import annotations

import re

from .headerless_people import person_among_people
from .persons import given_before_word_surname, trade_name
from .word_given_names import given_name_no_word

# two to four capitalised words opening an item, before a comma, a bracket or a dash and what it sets apart
_LEADING_NAME = re.compile(r"[ \t]*(?P<name>[A-Z][A-Za-z'\u2019-]+(?:[ \t]+[A-Z][A-Za-z'\u2019-]+){1,3})"
                           r"(?=[ \t]*(?:,|\(|[-\u2013\u2014/|][ \t]))")


def item_holder(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the person's name an item (``text[start:end]``) opens with, or None: words that read as a
    person's name and name no firm, trade or place, or a given name that is no word before a place's word."""
    match = _LEADING_NAME.match(text, start, end)
    if not match:
        return None
    name = match["name"]
    if person_among_people(name) or (not trade_name(name) and given_before_word_surname(name)
                                     and given_name_no_word(name.split()[0])):
        return match.span("name")
    return None
