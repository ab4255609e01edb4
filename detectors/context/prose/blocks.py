"""Whether two lines of running text are of one block: one page, equally hidden, one note, the same
document part (a page's head is no part of its body). Every reading of a record's reach builds on it: a
record's fields are read within their block, never across a footnote's or a hidden element's edge.
"""
from __future__ import annotations

import re

from ...model import ELEMENT_DESCRIPTIONS, Segment
from ..analysis import Analysis, Line, page_of


# the element of a list item, a table cell or a speaker's turn of captions ("cue 00:12:01"): a unit of its own
ITEM = re.compile(r"(?:^|[\s>])(?:li|td|th|dd|dt|cell \d+|option|cue [\d:]+)(?::nth-of-type\(\d+\))?$")


def same_block(above: Line, below: Line, across_pages: bool = False) -> bool:
    """Whether two lines are of the same block of text: one page (or, ``across_pages``, the end of one page and the
    start of the next: see ``_over_page_break``), equally hidden (or two attributes describing one element: a photo's
    alt sentence naming the customer and its title giving the account), both in a page's head or its body, both in its
    running header or footer or neither, no list item or table cell of their own."""
    return above.segment is below.segment or not (
        (page_of(above.segment) != page_of(below.segment) and not across_pages)
        or (above.segment.hidden != below.segment.hidden and not _describe_one_element(above.segment, below.segment))
        or _in_head(above.segment) != _in_head(below.segment)  # a page's <title> is no sentence of its body
        or above.segment.chrome != below.segment.chrome  # nor a file's running header or footer
        or _note_of(above.segment) != _note_of(below.segment)  # nor a footnote and the body's last line above it
        or ITEM.search(above.segment.location.element or "") or ITEM.search(below.segment.location.element or ""))


# a Word or OpenDocument footnote's or endnote's element ("footnote 2 > paragraph 1", "endnote 1"): the reader puts
# the notes after the body's last paragraph, a signature's "Tel. ..." line, whose sentence they do not go on
_NOTE = re.compile(r"(?:.*> )?((?:foot|end)note \d+)")


def _note_of(segment) -> str | None:
    """The footnote or endnote a segment is of, None for the body's."""
    match = _NOTE.match(segment.location.element or "")
    return match.group(1) if match else None


def _describe_one_element(one: Segment, other: Segment) -> bool:
    """Whether two segments are attributes describing the same element (see ``ELEMENT_DESCRIPTIONS``)."""
    return one.hidden in ELEMENT_DESCRIPTIONS and other.hidden in ELEMENT_DESCRIPTIONS \
        and one.location.element is not None and one.location.element == other.location.element


def _in_head(segment) -> bool:
    return (segment.location.element or "").startswith("head")


def cue_in(analysis: Analysis, kind: str, pieces: list[Line]) -> bool:
    return any(analysis.cues.any(kind, analysis.offset(p.segment) + p.start, analysis.offset(p.segment) + p.end)
               for p in pieces)
