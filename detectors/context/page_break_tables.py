"""The header of a PDF table a page break cut, for the header-less rows the next page opens with.

A packet's table of customers runs over two pages with its header printed on the first only ("Name | Service Address
| Svc Agmt | kWh" over two rows at the foot of page 175, two more rows at the top of page 176). The first page's rows
are read as a table's records, labelled by their columns; the next page's rows come as lines of cells with no header
line over them, and a bare account number or a name in a row of cells names no one. When a page's text ends with a
table's row (only its running foot after it) and the next page's text opens (past its running head, and past a line
that says the table goes on: "Exhibit B (continued)") with a row of as many cells, in the same shapes, that row is
the same table's, read under the same header. A row of other shapes is another table's: a budget's header
("Department | Fund | FY25 Actual") or a vote table's ("Member | Item 4 | Item 7") after a customer table's page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Segment
from .analysis import Analysis, page_of
from .glued_cells import digit_led, unglued_spans

# a short line that says what follows goes on from the page before: "Exhibit B - Enrollees (continued)", "Cont'd"
_GOES_ON_LINE = re.compile(r"(?i)\b(?:continued|cont(?:'d|inued|\.)|continúa|continuación)(?=\W|$)")
_GOES_ON_CHARS = 120


@dataclass
class EndingRow:
    """The table row that ends a page, as full as its page's rows of that table: its cells' column labels and texts."""

    labels: tuple[str, ...]
    texts: tuple[str, ...]


@dataclass
class PageEdges:
    """Per page of a paged file: the first segment of its text and the table row that ends it."""

    first: dict[int, Segment]
    ending_row: dict[int, EndingRow]


def _says_it_goes_on(segment: Segment) -> bool:
    """Whether a page's opening line only says the page before goes on here ("Table 3 (continued)")."""
    text = segment.text.strip()
    return len(text) <= _GOES_ON_CHARS and "\t" not in text and bool(_GOES_ON_LINE.search(text))


def page_edges(analysis: Analysis) -> PageEdges:
    """Where each page's text starts and which table row, if any, ends it, its running head and foot (and a line
    saying the page before goes on) aside."""
    first: dict[int, Segment] = {}
    last: dict[int, Segment] = {}
    for segment in analysis.segments:
        page = page_of(segment)
        if (not isinstance(page, int) or segment.hidden or segment.chrome or not segment.text.strip()
                or id(segment) in analysis.running_lines):
            continue
        if page not in first and _says_it_goes_on(segment):
            continue
        first.setdefault(page, segment)
        last[page] = segment
    ends = {id(segment): page for page, segment in last.items()}
    ends.update(_overflowing_last_rows(analysis, last))
    rows: dict[int, list[EndingRow]] = {}  # each page's labelled rows so far
    ending_row: dict[int, EndingRow] = {}
    for record in analysis.document.records:
        labels = tuple(field.label or "" for field in record.fields)
        if not record.fields or not all(labels):
            continue
        row = EndingRow(labels, tuple(field.text for field in record.fields))
        page = page_of(record.fields[-1])
        rows.setdefault(page, []).append(row)
        if id(record.fields[-1]) in ends:
            ending_row[page] = max((other for other in rows[page] if _within(labels, other.labels)),
                                   key=lambda other: len(other.labels))
    return PageEdges(first, ending_row)


def _overflowing_last_rows(analysis: Analysis, last: dict[int, Segment]) -> dict[int, int]:
    """The last field of a table's record right before a page's last line when that line is a row of cells the
    table's reading left out (a fixed-width report's last row whose address overflowed its column and pushed the
    account past the next: "Ana Ruiz | 3078 N. Juniper Ridge Hollow Terrace7778 1872 88 | 1315"), by page: the
    table still ends the page, and the next page's rows go on with it."""
    found: dict[int, int] = {}
    for page, segment in last.items():
        if "\t" not in segment.text and not _cell_overflow(segment):
            continue
        at = analysis.segment_index.get(id(segment))
        before = analysis.segments[at - 1] if at else None
        if before is not None and before.label and page_of(before) == page:
            found[id(before)] = page
    return found


# the rest of a cell its column's width wrapped onto a line of its own: a street's last words ("Hollow Court"), a
# unit and a city ("Apt 4, Pomona CA 91767"); no sentence (a note under the table ends with a stop, "See note 3.")
_OVERFLOW_LINE = re.compile(r"[ \t]*[\w#][\w#.,' -]{0,38}\w[ \t]*")
_OVERFLOW_WORDS = 5


def _cell_overflow(segment: Segment) -> bool:
    """Whether a page's last line is only a cell's rest (``_OVERFLOW_LINE``): a fixed-width report's last row whose
    address overflowed its column onto the next line ("Ana Ruiz  8952 E. Wildrose Hollow  P-079294  626" over
    "Court")."""
    return bool(_OVERFLOW_LINE.fullmatch(segment.text)) and len(segment.text.split()) <= _OVERFLOW_WORDS


def _within(labels: tuple[str, ...], columns: tuple[str, ...]) -> bool:
    """Whether a row's labels are some of a table's ``columns``, in their order: the last row lacks a cell (empty,
    or run into the next one) that the table's other rows fill."""
    rest = iter(columns)
    return all(label in rest for label in labels)


def same_shapes(row: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    """Whether a row's cells lead with a digit where the other row's do (an address, an account, a figure) and with
    a letter where they do (a name): one column in four may differ (an account that opens with letters)."""
    differ = sum(digit_led(a) != digit_led(b) for a, b in zip(row, texts) if a.strip() and b.strip())
    return differ <= len(row) // 4


@dataclass
class CarriedRow:
    """The header a page's opening row is read under, and the spans of that row's cells (two a value that filled
    its column ran together cut apart: ``glued_cells``)."""

    labels: tuple[str, ...]
    spans: list[tuple[int, int]]


def header_carried_over(edges: PageEdges, segment: Segment, spans: list[tuple[int, int]]) -> CarriedRow | None:
    """The header of the table that ended the page before, for a row of cells at ``spans`` that opens its page."""
    page = page_of(segment)
    if not isinstance(page, int) or edges.first.get(page) is not segment:
        return None
    ending = edges.ending_row.get(page - 1)
    if ending is None:
        return None
    spans = unglued_spans(segment.text, spans, ending.texts) or spans
    cells = tuple(segment.text[a:b] for a, b in spans)
    if len(ending.labels) != len(cells) or not same_shapes(cells, ending.texts):
        return None
    return CarriedRow(ending.labels, spans)


# what a wrapped cell's rest holds and a title does not: a ZIP code ("Apt 12, Pomona CA 91768")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_TITLE_WORDS = 3


def heads_another_part(edges: PageEdges, segment: Segment, titles: list[str]) -> bool:
    """Whether a line of no cells that opens its page (past its running head, not saying the page before goes on)
    heads another part of the packet, so that the rows under it are no rows of the table the page before ended with:
    a title of its own ("Warrant register - vendor payments" over a vendor's rows, in a customer's shapes), not the
    table's own title repeated (its ``titles``), nor the rest of a cell the page break cut (an address's unit and
    ZIP, a name's last word)."""
    page = page_of(segment)
    text = " ".join(segment.text.split())
    return isinstance(page, int) and edges.first.get(page) is segment and len(text.split()) >= _TITLE_WORDS \
        and not _ZIP.search(text) and text.casefold() not in {" ".join(t.split()).casefold() for t in titles}
