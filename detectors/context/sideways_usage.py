"""Usage histories laid out sideways: a row of periods over a row of figures ("Month | Jan 24 | Feb 24 ..." over
"kWh | 1339 | 1534 ..."), as a bill prints its months across the page. The first cell of each row is its label, and
each column is one period's usage: a row of a Month | kWh table, left to ``tables.usage_histories`` to count on a page
that names a customer. An HTML or Word table's rows come as records labelled by the row of periods; a PDF's, a text's
or a scan's as lines of cells. Only a row of periods (months, dates) opens such a table, so a rate's seasons or tiers
("Season | Summer | Winter") and a comparison ("You | Efficient neighbors") do not; a row of another measure (cents
per kWh, an average, a total, the neighbours') is no usage; and a table with two rows of usage under its periods
("Residential kWh", "Commercial kWh") gives several meters' or classes' figures a month, no one meter's history.
"""
from __future__ import annotations

import re

from .analysis import Analysis, Cell, Line, page_of
from .headers import header_kind
from .shapes import COLUMN_GAP, PERIOD, PERIOD_LABEL
from .tables import cells_of

_FIGURE = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*")
# a row of usage that is no one meter's own: a total, an average, a comparison's
_NOT_OWN = re.compile(r"(?i)\b(?:total|sum|average|avg|mean|median|typical|neighbou?rs?|similar|efficient|class|"
                      r"system|all)\b")
_MIN_PERIODS = 3  # columns of periods that make a row a history, not a label and a date


def find(analysis: Analysis) -> None:
    _sideways_records(analysis)
    _sideways_lines(analysis)


def _sideways_records(analysis: Analysis) -> None:
    """A table's rows of figures under its row of periods: the periods a record's own cells (a table with no header
    row) or the labels of the records under it (the row of periods read as the header row)."""
    tables: dict[tuple, list] = {}  # by their row of periods: (its label cell or None, its period cells), the rows
    opened = None  # the key of the last headerless row of periods, while the records under it have as many cells
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        labels = [f.label or "" for f in fields]
        if fields and _opens_sideways(labels[0], labels[1:]):
            tables.setdefault((page_of(fields[0]), *labels), (None, [], []))[2].append(fields)
        elif fields and _opens_sideways(fields[0].text, [f.text for f in fields[1:]]):
            opened = (id(fields[0]),)
            tables[opened] = (fields[0], fields[1:], [])
        elif opened and len(fields) == len(tables[opened][1]) + 1:
            tables[opened][2].append(fields)
        else:
            opened = None
    for label, periods, rows in tables.values():
        usage = [fields for fields in rows if _own_usage_label(fields[0].text)]
        if len(usage) != 1 or not all(_FIGURE.fullmatch(f.text) for f in usage[0][1:]):
            continue
        fields = usage[0]
        period_label = label.text.strip() if label else fields[0].label or ""
        for k, f in enumerate(fields[1:]):
            period = Cell("other", periods[k], 0, len(periods[k].text), period_label) if periods else Cell(
                "other", f, 0, 0, period_label)  # the period is the cell's label
            analysis.usage_tables.append([period, Cell("usage", f, 0, len(f.text), fields[0].text.strip())])


def _sideways_lines(analysis: Analysis) -> None:
    """A line of periods in cells ("Month  Jan 24  Feb 24 ...") and the lines of as many cells under it, up to the next
    line of periods: the one of them labelled as usage, its cells figures, gives each period's usage."""
    lines = analysis.free_lines
    k = 0
    while k < len(lines):
        periods = _cells(lines[k])
        texts = [lines[k].segment.text[a:b] for a, b in periods]
        k += 1
        if not texts or not _opens_sideways(texts[0], texts[1:]):
            continue
        rows = []  # to the next row of periods: a bill's year in two halves, "Month | Jan .. Jun" then "Month | Jul .."
        while k < len(lines) and len(cells := _cells(lines[k])) == len(periods) and page_of(
                lines[k].segment) == page_of(lines[k - 1].segment) and not PERIOD_LABEL.fullmatch(
                lines[k].segment.text[slice(*cells[0])]):
            rows.append((lines[k], cells))
            k += 1
        usage = [(line, cells) for line, cells in rows if _own_usage_label(line.segment.text[slice(*cells[0])])]
        if len(usage) != 1 or not all(_FIGURE.fullmatch(usage[0][0].segment.text[a:b]) for a, b in usage[0][1][1:]):
            continue
        line, cells = usage[0]
        label = line.segment.text[slice(*cells[0])]
        for (a, b), (c, d) in zip(periods[1:], cells[1:]):
            analysis.usage_tables.append([Cell("other", lines[k - len(rows) - 1].segment, a, b, texts[0]),
                                          Cell("usage", line.segment, c, d, label)])


def _opens_sideways(label: str, periods: list[str]) -> bool:
    """Whether a row is a history's row of periods: a period's label, then periods, none repeated."""
    return (len(periods) >= _MIN_PERIODS and bool(PERIOD_LABEL.fullmatch(label))
            and all(PERIOD.fullmatch(p) for p in periods) and len({p.strip().lower() for p in periods}) == len(periods))


def _own_usage_label(label: str) -> bool:
    """A row's label that says its figures are a meter's usage ("kWh", "Usage (kWh)"), not a total's, an average's
    or the neighbours'."""
    return header_kind(label.strip().rstrip(":"))[0] == "usage" and not _NOT_OWN.search(label)


def _cells(line: Line) -> list[tuple[int, int]]:
    """The spans of a line's cells, split at column gaps; none in a line of one cell."""
    if "\t" not in line.text and not COLUMN_GAP.search(line.text):
        return []
    return cells_of(line)
