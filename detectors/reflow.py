"""A document's hard-wrapped prose read again as paragraphs.

A PDF's narrow column, a text file wrapped at a fixed width, a Word paragraph broken by a hard return and a page's
``<br>``-broken or ``<pre>`` text cut a record's sentences and fields at every line end ("Caller states she is" /
"ROSENZWEIG, Yesenia and that the lights" / "at 14365 1/2 Mission Ter, ..."). The record rules read lines, and
follow a cut only where they know its shape; the engine reads such a document a second time with its wrapped lines
joined into one paragraph each, as a page's ``<p>`` gives them, and keeps what that reading adds (see
``detectors.engine``). Lines are joined only where the first ends in mid-phrase and the second opens no new item:
no list item, no label, no row of a table laid out in text, no line ending on a label's colon, and the first long
enough to be a wrapped line of prose (a block's short lines, an address's, a salutation's, are fields of their own).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .context.shapes import column_gap
from .model import Document, Finding, Segment

# a line that ends its sentence: a stop (Armenian's, CJK's, Devanagari's, Burmese's, Arabic's too), not an abbreviation
# that never ends one, left by a wrap at a line's end ("Apt." / "C", "Mr." / "Osvaldo Mwangi", "22306 E." / "Manzanita
# Loop"); a street's "St." or a "Dept." may end a sentence, and joins nothing
_ENDS_SENTENCE = re.compile(r"[.!?:;\u0589\u3002\uff01\uff1f\u0964\u104b\u06d4\u061f][\"'\u201d\u2019)\]]*$")
_ABBREVIATION_AT_END = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|(?i:apt|ste|mr|mrs|ms|mx|dr|no|p\.o))\.$")
# a line that opens a new item: a list's marker, a field's label ("Phone: ...", "Account No.: ..."), a speaker's
# name in lower case ("siranush tashjian: this is ...", a comment thread's next comment), a log's dated or timed
# entry ("04/04 9:26 R. Castellanos: ...", "[10:42] ...")
_OPENS_ITEM = re.compile(r"(?:[-*\u2022\u25aa\u25e6\u2023\u2013]|\d{1,2}[.)]|\(?[a-z][.)])[ \t]+\S"
                         r"|[A-Z][\w .#/&'-]{0,28}:(?:[ \t]|$)|[a-z]+(?:[ \t][a-z'-]+){0,3}:[ \t]"
                         r"|\[?(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2})\b")
# a line shorter than this is no wrapped line of prose but a block's (a letterhead's "100 Civic Center Plaza" over
# "San Teodoro, CA 91793", a salutation, a heading), whose lines are fields of their own
_SHORTEST_WRAPPED_LINE = 30
_WRAPPED_FIELD = 60  # a labelled line shorter than this is a field of a form, longer a labelled note's wrapped text
_SALUTATION = re.compile(r"(?i)(?:dear|hi|hello|greetings|estimad[oa]s?|querid[oa]s?)\b")
_PARAGRAPH = re.compile(r"paragraph (\d+)$")
_PREFORMATTED = re.compile(r"(?:^|[ >])pre(?::nth-of-type\(\d+\))?$")  # a page's <pre>, each of its lines a segment


def _joins(above: str, below: str) -> bool:
    """Whether ``below`` goes on with the paragraph ``above`` ends: ``above`` ends in mid-phrase and ``below`` opens
    no item of its own. A line that ends its sentence ends the paragraph as far as this reading goes: a file laid out
    in lines does not say whether the next sentence is the same paragraph's or the next item's (minutes' next
    speaker, a signature's name), and the line rules read across such breaks already."""
    above, below = above.rstrip(), below.lstrip()
    if len(above) < _SHORTEST_WRAPPED_LINE or not below or _OPENS_ITEM.match(below) or _SALUTATION.match(above) \
            or column_gap(above) or column_gap(below):
        return False
    if above[-1].isdigit():
        return False  # a figure the break cut ("owes $909" / "392 2571 is the ledger"): the line rules read those
    if len(above) < _WRAPPED_FIELD and _OPENS_ITEM.match(above):
        return False  # a form's field and its value ("Svc Address: 87 Tamarind Way, La Candela"), not a note wrapped
    return not _ENDS_SENTENCE.search(above) or bool(_ABBREVIATION_AT_END.search(above))


def _next_line(above: Segment, below: Segment) -> bool:
    """Whether ``below`` is the next line of ``above``'s paragraph as the file lays it out: a PDF's or a text
    file's next line on the same page (a blank line between them numbers one more), a page's ``<pre>`` text's next
    line, or a Word document's next paragraph; both visible or hidden alike, neither a table's cell, a field's value
    or the page's chrome."""
    one, other = above.location, below.location
    if above.hidden != below.hidden or above.label or below.label or above.chrome or below.chrome \
            or one.attachment != other.attachment or one.page != other.page or one.ocr != other.ocr:
        return False
    if one.element is None and other.element is None:
        return None not in (one.line, other.line) and other.line == one.line + 1
    if one.element == other.element and _PREFORMATTED.search(one.element or ""):
        return True
    first, second = _PARAGRAPH.match(one.element or ""), _PARAGRAPH.match(other.element or "")
    return bool(first and second) and int(second.group(1)) == int(first.group(1)) + 1


def _unwrapped(segment: Segment) -> str:
    """The segment's text with each line break inside it that a wrap made read as a space: the same length, so that
    a place in one is the same place in the other. A field's value (a table's cell, a labelled value) keeps its
    lines: a cell's address over its phone are two values."""
    text = segment.text
    if "\n" not in text or segment.label:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for above, below in zip(lines, lines[1:]):
        out.append(" " if _joins(above, below) else "\n")
        out.append(below)
    return "".join(out)


class Reflowed:
    """``document`` with its wrapped lines joined into paragraphs, and the way back from a finding in a paragraph to
    the lines it came from."""

    def __init__(self, document: Document):
        # each joined paragraph's id: the lines it joins, with where each starts in its text
        self._parts: dict[int, list[tuple[Segment, int]]] = {}
        self._joined_line: dict[int, Segment] = {}
        segments: list[Segment] = []
        run: list[Segment] = []  # the lines of the paragraph being read; its last is the line above
        for segment in document.segments:
            if run and _next_line(run[-1], segment) and _joins(run[-1].text, segment.text):
                run.append(segment)
                continue
            if run:
                segments.append(self._paragraph(run))
            run = [segment]
        if run:
            segments.append(self._paragraph(run))
        self.reflowed = replace(document, segments=segments, warnings=[], unchecked=[])

    def _paragraph(self, run: list[Segment]) -> Segment:
        texts = [_unwrapped(s) for s in run]
        if len(run) == 1 and texts[0] == run[0].text:
            return run[0]
        parts, at = [], 0
        for segment, text in zip(run, texts):
            parts.append((segment, at))
            at += len(text) + 1
        joined = replace(run[0], text=" ".join(texts))
        self._parts[id(joined)] = parts
        for segment in run:
            self._joined_line[id(segment)] = joined
        return joined

    def paragraph_of(self, segment: Segment) -> Segment | None:
        """The joined paragraph ``segment`` is a line of, if a wrap joined it to another."""
        return self._joined_line.get(id(segment))

    def original(self, finding: Finding) -> Finding | None:
        """``finding`` of the reflowed document placed in the document's own lines: in the line it starts in, and,
        when it runs on, in the start of the next (``Finding.continued``); None when it spans more than two lines."""
        parts = self._parts.get(id(finding.segment))
        if parts is None:
            return finding if finding.continued is None or id(finding.continued) not in self._parts else None
        if finding.continued is not None:
            return None
        for k, (segment, at) in enumerate(parts):
            end_of_part = at + len(segment.text)
            if not at <= finding.start < end_of_part:
                continue
            if finding.end <= end_of_part:
                return replace(finding, segment=segment, start=finding.start - at, end=finding.end - at)
            if k + 1 < len(parts):
                following, next_at = parts[k + 1]
                if finding.end <= next_at + len(following.text):
                    return replace(finding, segment=segment, start=finding.start - at, end=end_of_part,
                                   continued=following, continued_end=finding.end - next_at)
            return None
        return None
