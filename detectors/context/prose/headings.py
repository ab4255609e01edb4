"""Headings and titles: a heading's element, and the words of a person's own bill or meter ("my bill is
too high") outside a page's or a menu's title ("Pay My Bill"), which are a site's words to its reader and
no one's speech.
"""
from __future__ import annotations

import re

from ...model import Segment
from ..analysis import Analysis


HEADING_ELEMENT = re.compile(r"(?:^|[\s>])h[1-6](?::nth-of-type\(\d+\))?$")  # a heading's element: "main > h2"


_TITLE_WORDS = 6  # a menu's or a page's title: "Pay My Bill", "Sign In to My Account"


def possessives(analysis: Analysis, start: int = 0, end: int | None = None) -> list[int]:
    """Positions of the words that give a person's own bill or meter ("my bill is too high", "her meter"), but not in
    a page's or a menu's title ("Pay My Bill", "View My Account"): a site's words to its reader, no one's speech."""
    return [position for position in analysis.cues.find("customer possessive", start, end)
            if not _title_line(*analysis.locate(position))]


def _title_line(segment: Segment, position: int) -> bool:
    """Whether ``position`` is in a heading, or in a short line of its own that is all capitalised words and ends
    no sentence."""
    if HEADING_ELEMENT.search(segment.location.element or ""):
        return True
    text = segment.text
    line_end = text.find("\n", position)
    line = text[text.rfind("\n", 0, position) + 1:line_end if line_end >= 0 else len(text)].strip()
    words = line.split()
    return (len(words) <= _TITLE_WORDS and not line.endswith((".", "!", "?"))
            and all(w[:1].isupper() or not w[:1].isalpha() for w in words))
