"""The kinds of place a page's own title and headings are about, for a lone row whose holder ends with that kind's
word: "Garfield Park | 1200 N Gibbs St | (909) 620-2210 | 48 kW" on a page titled "Park Solar Lighting".

A given name before "Park" or "Hall" reads as a person ("Rosa Park", "Ana Hall"), and one hidden row of a home, a
phone and a usage figure is a household's record by its shape (``lone_rows``): nothing in the row tells a park named
after a president from a customer named Park. The page does: a title or heading that opens with the place's word or
names it in the plural ("Park Usage", "Neighborhood Parks", "Halls for Rent") is about such places in general, and a
row under it whose holder ends with that word names one of them. One place's own name in a heading ("City Hall
counter log") is no such heading: the word is a name's part there, not the page's subject.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Document

# the kinds of place a City names after people, as a holder's last word: parks, halls, plazas, fields and centres
_PLACE_KIND = r"park|hall|plaza|field|garden|center|centre|library|pool|church|school|square"
# a heading opening with the kind's word ("Park Solar Lighting") or naming it in the plural anywhere ("Neighborhood
# Parks", "Our Community Centers")
_KIND_IN_HEADING = re.compile(rf"(?i)^\W*(?P<opening>{_PLACE_KIND})\b|\b(?P<plural>{_PLACE_KIND})s\b")
_HEADING_ELEMENT = re.compile(r"(?:^|[ >])(?:h[1-3]|caption|title)(?::nth-of-type\(\d+\))?$")
_HOLDER_KIND = re.compile(rf"(?i)\b(?P<kind>{_PLACE_KIND})\W*$")


def heading_place_kinds(document: Document) -> frozenset[str]:
    """The kinds of place (lower case, singular) the document's title and headings are about."""
    headings: Iterable[str] = [document.title or ""] + [
        segment.text for segment in document.segments
        if segment.location.element and _HEADING_ELEMENT.search(segment.location.element)]
    kinds = set()
    for heading in headings:
        for match in _KIND_IN_HEADING.finditer(heading):
            kinds.add((match["opening"] or match["plural"]).lower())
    return frozenset(kinds)


def names_headed_place(holder: str, kinds: frozenset[str]) -> bool:
    """Whether a row's holder ends with the word of a kind of place the page's headings are about."""
    match = _HOLDER_KIND.search(holder)
    return bool(match) and match["kind"].lower() in kinds
