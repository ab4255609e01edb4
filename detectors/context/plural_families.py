"""A household called by its surname in a plural that adds nothing: "the Vargas at 1184 Elm Ave", Spanish "los
Hernández de la calle ...".

English writes the plural of a surname that ends in s or z as the surname itself as often as with "-es" ("the
Vargas", "the Salinas", "the Lopez"), and Spanish always does, after "los" ("los Hernández", "los Pacheco"); the rule
for "the Nguyens" (a listed surname's stem before the "s") never sees them. The word must be more often a surname
than a word of the language, and its stem no frequent word: "the Woods", "the Meadows", "the Padres" are a place's,
an estate's or a team's; a capitalised word after it makes it a place's name ("the Salinas Valley", "Los Robles Ave"),
and "los" after a preposition names a neighbourhood ("en Los Robles").
"""
from __future__ import annotations

import re

from ..vocabulary import fold, frequent, surname_shares, word_frequencies

UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_UNCHANGED_PLURAL = re.compile(rf"(?<![\w-])(?:(?P<the>[Tt]he)|(?P<los>[Ll]os))\s+(?P<word>[{UPPER}][{LOWER}]+)"
                               rf"\b(?!['\u2019]?\s*[{UPPER}0-9])(?!\s+(?:family|household|familia)\b)")
# "los" after a preposition names a neighbourhood ("en Los Robles"), not a household
PLACE_BEFORE_LOS = re.compile(r"(?i)\b(?:en|de|del|a|al|hacia|por|para|in|of|to|at|from)\s+$")
_HOUSEHOLD_SURNAME = 1e-5  # a surname borne by 1 in 100,000 Americans or more ("Vargas", "Salinas")


def unchanged_plural_families(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of surnames that name a household in the plural: one ending in s or z after "the", any after "los"."""
    end = len(text) if end is None else end
    found = []
    for m in _UNCHANGED_PLURAL.finditer(text, start, end):
        word = m.group("word")
        if m.group("the") and word[-1] not in "sz" or m.group("los") and PLACE_BEFORE_LOS.search(
                text, max(0, m.start() - 8), m.start()):
            continue
        share = surname_shares().get(fold(word).lower(), 0.0)
        if share >= _HOUSEHOLD_SURNAME and share > word_frequencies().get(word.lower(), 0.0) \
                and not (word[-1] == "s" and frequent(word[:-1])):
            found.append(m.span("word"))
    return found
