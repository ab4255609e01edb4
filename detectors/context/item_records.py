"""One person's record written over the items of one list: a case's chronology in ``<li>`` items ("Mar 3: call
from Mr. Okonkwo" / "Mar 4: meter at 1187 Laurel Ct read 1,204 kWh" / "Mar 6: callback to (626) ..."), a ``<dl>``'s
definitions, a timeline's ``<article>`` entries, a Word memo's numbered paragraphs.

Each item is a block of its own for the prose rules, since a list's items are most often things apart (a staff
list's people, an agenda's items). A short list whose items together name one person and no other is that person's
record: every item tells of them, so an item's home, phone or usage is theirs as the same lines in one paragraph
would be. A list naming two people or more (a staff list, an agenda's speakers) stays items apart.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..vocabulary import fold

# an item's element and the list it is an item of: "ul > li:nth-of-type(2)" -> "ul", "dl > dd:nth-of-type(1)" ->
# "dl", "section > article:nth-of-type(3) > p" -> "section", a Word paragraph's "paragraph 4 > item of list 2" ->
# "list 2"
_ITEM_OF = re.compile(r"(?P<list>.*?)\s*>\s*(?:(?:li|dd|dt)(?::nth-of-type\(\d+\))?"
                      r"|article(?::nth-of-type\(\d+\))?(?:\s*>\s*(?:p|div|span|time))?(?::nth-of-type\(\d+\))?)$"
                      r"|(?P<box>.*?)paragraph \d+ > item of (?P<numbering>list \d+)")
_MIN_ITEMS = 2
_MAX_ITEMS = 8  # a chronology or a card of a few entries; a longer list is a directory or a log of many cases
_MAX_ITEM_CHARS = 200  # an entry of a line or two: a longer item is a paragraph of its own


def _list_of(element: str | None) -> str | None:
    """The path of the list an element is an item of, None when it is no list's item."""
    match = _ITEM_OF.fullmatch(element or "")
    if match is None:
        return None
    return match["list"] if match["numbering"] is None else f"{match['box']}{match['numbering']}"


def one_persons_lists(items: Sequence, names: Callable[[str], list[tuple[int, int]]]) -> dict[int, tuple[int, int]]:
    """For each line of ``items`` (the document's free lines, in order) that is an item of a list naming one person
    and no other, the first and last index of that list's lines. ``names``: the spans of people's names in a text."""
    spans: dict[int, tuple[int, int]] = {}
    k = 0
    while k < len(items):
        key = _key(items[k])
        end = k + 1
        while key is not None and end < len(items) and _key(items[end]) == key:
            end += 1
        if key is not None and _one_person(items[k:end], names):
            for n in range(k, end):
                spans[n] = (k, end - 1)
        k = end
    return spans


def _key(line) -> tuple | None:
    segment = line.segment
    path = _list_of(segment.location.element)
    return None if path is None else (path, segment.hidden, segment.location.page, segment.chrome)


def _one_person(lines: Sequence, names: Callable[[str], list[tuple[int, int]]]) -> bool:
    """Whether a list's lines are few and short, and name one person only (by the same surname wherever named),
    with an item beside the naming one that names no one: the details the record spreads over."""
    if not _MIN_ITEMS <= len(lines) <= _MAX_ITEMS or any(len(line.text) > _MAX_ITEM_CHARS for line in lines):
        return False
    surnames, naming = set(), 0
    for line in lines:
        spans = names(line.text)
        naming += bool(spans)
        surnames.update(fold(line.text[a:b].split()[-1].strip(".,")) for a, b in spans)
    return len(surnames) == 1 and naming < len(lines)
