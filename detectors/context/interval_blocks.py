"""A meter's interval readings laid out as a block of text under its customer's account: a heading line holding the
account ("Service Account 7000822195 Customer: ... Premise: ..."), a grid of readings (a date or an hour, then figures:
"Date | HE02 | HE04 ..." / "08/12 | 1.24 | 2.52 ..."), and a line closing the block with its total ("Week total: 686.6
kWh", "Monthly total 812 kWh", "Total: 1,204 kWh"). The total is the customer's usage, as the account heading the block
is theirs; a study's appendix or a load-research extract prints one block a household.

Not usage: a total under no account found as a customer's (a feeder's or a City facility's block: the account detector
leaves the City's accounts out, so no anchor heads it), a total line with prose or other lines between it and the
grid, a total in another unit (therms are another rule's, dollars no usage) and a total line that names a class, a
program or the system ("System total: ...").
"""
from __future__ import annotations

import re

from .analysis import Analysis, page_of
from .shapes import COLUMN_GAP

# the line closing the block: a period's word or none, "total", maybe the measure, then the figure and its unit
_TOTAL_LINE = re.compile(r"(?i)\s*(?:(?:week|weekly|month|monthly|day|daily|period|billing\s+period|interval|block|"
                         r"meter)\s+)?total(?:\s+(?:usage|use|consumption|energy))?\s*:?\s*"
                         r"(?P<usage>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:kwh|mwh))\s*")
# a cell of the readings' grid: a figure, a date, a time or an hour ending ("08/12", "14:15", "HE02"), or a column's
# name of such a grid ("Date", "Hour", "Interval", "kWh")
_READING_CELL = re.compile(r"(?i)\s*(?:-?\d+(?:[.,]\d+)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}:\d{2}|he\s?\d{1,2}|"
                           r"date|day|hour|hr|time|interval|kwh|kw)\s*")
_CELL_BREAK = re.compile(r"\t| {2,}")
_BLOCK_LINES = 40  # a grid of a month's days, its header and a line or two of notes at most
_READING_ROWS = 2  # a grid: a total under one row is a line of a table, not a block's
_WHY = "total of the interval readings under a customer's account"


def find(analysis: Analysis) -> None:
    """Each block's total line whose grid above it opens under a line holding a customer's account."""
    lines = analysis.free_lines
    for i, line in enumerate(lines):
        text = line.text
        if "total" not in text.lower():  # the cheap look before the pattern
            continue
        total = _TOTAL_LINE.fullmatch(text)
        if total is None:
            continue
        rows, k = 0, i - 1
        while k >= 0 and i - k <= _BLOCK_LINES and page_of(lines[k].segment) == page_of(line.segment) and _readings(
                lines[k].text):
            rows, k = rows + 1, k - 1
        if rows < _READING_ROWS or k < 0 or page_of(lines[k].segment) != page_of(line.segment):
            continue
        heading = lines[k]
        if any(a.kind == "account" for a in analysis.anchors_in(heading.segment, heading.start, heading.end)):
            analysis.add("usage", line.segment, line.start + total.start("usage"), line.start + total.end("usage"),
                         _WHY)


def _readings(text: str) -> bool:
    """Whether a line is a row of a readings' grid: cells apart by tabs or wide gaps, each a reading's."""
    if "\t" not in text and not COLUMN_GAP.search(text):
        return False
    cells = [cell for cell in _CELL_BREAK.split(text.strip()) if cell.strip()]
    return len(cells) >= 2 and all(_READING_CELL.fullmatch(cell) for cell in cells)
