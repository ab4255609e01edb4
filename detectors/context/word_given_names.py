"""A given name that no list holds or that English writes as a word ("Favour", "Kindness", "Cielo", and the "My",
"Won", "Long", "Sun" of Vietnamese, Korean and Chinese names) before a surname that is no word ("My Zhou", "Won Huynh",
"Favour Hakobyan") is a person where the sentence or the record makes the two words someone: a customer's role or a
complaint "from" before them, or their role and their home ("The customer at 2366 Quarry Oaks Ct, Salud Adebayo"), a
"who"/"whose ... account" clause or a person's act after them, the record's address right after a comma, or the
possessive of their account.

The given name alone says nothing ("My account", "Long Beach", "Golden Sun Market"), and extending a list of names
with every word someone bears would make every such heading a person. The surname and the record's shape decide, as
they do for a place word's surname (``place_surnames``): a firm's or a place's last word is a word of the language
("Sushi", "Market", "Beach", "Street"), a surname like "Zhou" or "Hakobyan" is not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import fold, frequent, name_like, surname_shares
from .cues import CUSTOMER_ROLE
from .place_surnames import person_by_role

# a surname borne by one American in 100,000 ("Zhou", "Huynh"): a list's surname, no stray word
_LISTED_SURNAME = 1e-5
# wordfreq's Zipf frequency in English from which a word is one of the language's ("Hill", "Sushi"; not "Ocampo", whom
# Spanish text names often)
_ENGLISH_ZIPF = 3.0
# the record's address right after the name ("Won Huynh, 2355 W. Cottonwood Way, ..."), or the possessive of what a
# customer has ("My Zhou's account", "Long Tran's service address")
_RECORD_AFTER = re.compile(r"[ \t]*,[ \t]*\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z]"
                           r"|['\u2019]s[ \t]+(?:[a-z]+[ \t]+){0,2}(?:account|bill|meter|home|usage|balance|statement)\b")
# an official's title right before the words: "Councilmember Sun Liang asked ...", "Director Won Kang said"
_TITLE_BEFORE = re.compile(r"(?i)\b(?:mayor|council\s?(?:member|woman|man)|councill?or|commissioner|director|chair|"
                           r"supervisor|manager|officer|clerk|trustee|judge|chief|president|secretary|treasurer|"
                           r"staff|coordinator|specialist|analyst|engineer|representative)[ \t]*$")

# an instruction's verb that opens a sentence before the person it is about: "Contact Hakobyan, 505 S. Garey Ave",
# "Thank Okonkwo ...": no given name
_INSTRUCTION = frozenset("ask bill call contact credit email invite notify reach refund remind see tell text thank "
                         "visit welcome write".split())
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n])[ \t]*$")


def given_and_surname_by_role(text: str, given: tuple[int, int], surname: tuple[int, int]) -> bool:
    """Whether ``text[given]`` and ``text[surname]`` (two capitalised words one space apart, the surname's possessive
    allowed; the caller has ruled out a label's, a place's or a month's first word) are a given name and a surname
    that is no frequent English word ("Oak Hill", "Kai Sushi"), listed or more likely a name than a word ("Ocampo",
    "Lagunzad"), which the sentence or the record makes a person."""
    first, last = text[given[0]:given[1]], re.sub(r"['\u2019]s$", "", text[surname[0]:surname[1]])
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (first, last)) or len(last) < 2:
        return False
    if (frequent(last) and _english_word(last)) or (
            surname_shares().get(fold(last), 0.0) < _LISTED_SURNAME and frequent(last) and not name_like(last)):
        return False
    if _TITLE_BEFORE.search(text, max(0, given[0] - 30), given[0]) or (
            first.lower() in _INSTRUCTION and _SENTENCE_OPENS.search(text, max(0, given[0] - 30), given[0])):
        return False
    end = given[1] + 1 + len(last)
    return person_by_role(text, given[0], end) or _RECORD_AFTER.match(text, end) is not None or (
        _role_at_home_before(text, given[0]))


# the customer's home between their role and their name: "The customer at 2366 Quarry Oaks Ct, Salud Adebayo, ..."
_AT_HOME_BEFORE = re.compile(r"[ \t]+at[ \t]+\d{1,6}[ \t]+[A-Z][^,;.!?\n]{1,40},[ \t]*$")
_AT_HOME_REACH = 80  # characters before the name: the role, "at" and the home's street


def _role_at_home_before(text: str, start: int) -> bool:
    """Whether a customer's role and then their home, "at" its house number, stand right before the name."""
    before = text[max(0, start - _AT_HOME_REACH):start]
    home = _AT_HOME_BEFORE.search(before)
    return home is not None and any(role.end() == home.start()
                                    for role in CUSTOMER_ROLE.finditer(before, 0, home.start()))


@lru_cache(maxsize=4096)
def _english_word(word: str) -> bool:
    """Whether ``word`` is a frequent English word, whatever other language writes it more often."""
    import wordfreq  # loaded on first use, as the vocabulary loads it
    return wordfreq.zipf_frequency(word.lower(), "en") >= _ENGLISH_ZIPF
