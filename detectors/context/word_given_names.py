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

from ..vocabulary import fold, frequent, given_names, name_like, surname_shares
from .cues import CUSTOMER_ROLE
from .family_first import syllable_and_family
from .place_surnames import person_after, person_by_role

# a surname borne by one American in 100,000 ("Zhou", "Huynh"): a list's surname, no stray word
_LISTED_SURNAME = 1e-5
# wordfreq's Zipf frequency in English from which a word is one of the language's ("Hill", "Sushi"; not "Ocampo", whom
# Spanish text names often)
_ENGLISH_ZIPF = 3.0
# the Zipf frequency in English below which a listed given name is read as a name, not as the word it also spells
_GIVEN_NAME_ZIPF = 3.5
# the record's address right after the name ("Won Huynh, 2355 W. Cottonwood Way, ..."), or the possessive of what a
# customer has ("My Zhou's account", "Long Tran's service address")
_HOLDINGS_AFTER = re.compile(r"['\u2019]s[ \t]+(?:[a-z]+[ \t]+){0,2}"
                             r"(?:account|bill|meter|home|usage|balance|statement)\b")
_RECORD_AFTER = re.compile(rf"[ \t]*,[ \t]*\d{{1,6}}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z]|{_HOLDINGS_AFTER.pattern}")
# the account right after an East Asian given name and family name ("Jun Seo, acct PCE-99802405"): no place or firm is
# named so, as a park may be after a given name and a place word ("Laurel Park, acct ...")
_ACCOUNT_AFTER = re.compile(r"(?i)[ \t]*(?:,|\(|[-\u2013\u2014][ \t])[ \t]*(?:acct|account|a/c)\b")
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
    that is no frequent English word ("Oak Hill", "Kai Sushi") but an East Asian family name ("Won Kang") or two
    surnames joined ("Salud Underwood-Sanders"), or one after a given name that is no word where a person's act or
    clause follows ("Rosendo Cases called about account ..."), listed or more likely a name than a word ("Ocampo",
    "Lagunzad"), which the sentence or the record makes a person."""
    first, last = text[given[0]:given[1]], re.sub(r"['\u2019]s$", "", text[surname[0]:surname[1]])
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (first, *last.split("-"))) or len(last) < 2:
        return False
    end = given[1] + 1 + len(last)
    word = frequent(last) and (_english_word(last) or (
        surname_shares().get(fold(last), 0.0) < _LISTED_SURNAME and not name_like(last)))
    if word and not syllable_and_family(first, last) and not (given_name_no_word(first) and person_after(text, end)):
        return False
    if _TITLE_BEFORE.search(text, max(0, given[0] - 30), given[0]) or (
            first.lower() in _INSTRUCTION and _SENTENCE_OPENS.search(text, max(0, given[0] - 30), given[0])):
        return False
    return person_by_role(text, given[0], end) or _RECORD_AFTER.match(text, end) is not None or (
        syllable_and_family(first, last) and _ACCOUNT_AFTER.match(text, end) is not None) or (
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


def double_surname(word: str) -> bool:
    """Whether ``word`` is two listed surnames joined by a hyphen ("Underwood-Sanders", "Whitlock-Ames"): a person's
    surname, which no place, firm or label is named by."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and p.isalpha()
                                   and surname_shares().get(fold(p), 0.0) >= _LISTED_SURNAME for p in parts)


def holdings_after(text: str, end: int) -> bool:
    """Whether the possessive of what a customer has follows the name ending at ``end`` ("... Parks's account")."""
    return _HOLDINGS_AFTER.match(text, end) is not None


def given_name_no_word(word: str) -> bool:
    """Whether ``word`` names no thing before a place's word: no frequent word at all ("Leocadia"), or a listed given
    name that English writes less often than "mechanic" ("Ezequiel", "Gideon", "Carole": their Zipf frequency is
    that of the people named so); not "Grace", "Hope", "Rich", "Lincoln", whose parks, halls and plazas are named
    after the word or a president."""
    return not frequent(word) or (fold(word) in given_names() and _english_zipf(word) < _GIVEN_NAME_ZIPF)


def _english_word(word: str) -> bool:
    """Whether ``word`` is a frequent English word, whatever other language writes it more often."""
    return _english_zipf(word) >= _ENGLISH_ZIPF


@lru_cache(maxsize=4096)
def _english_zipf(word: str) -> float:
    import wordfreq  # loaded on first use, as the vocabulary loads it
    return wordfreq.zipf_frequency(word.lower(), "en")
