"""The header of a PDF table a page break cut, for the header-less rows the next page opens with.

A packet's table of customers runs over two pages with its header printed on the first only ("Name | Service Address
| Svc Agmt | kWh" over two rows at the foot of page 175, two more rows at the top of page 176). The first page's rows
are read as a table's records, labelled by their columns; the next page's rows come as lines of cells with no header
line over them, and a bare account number or a name in a row of cells names no one. When a page's text ends with a
table's row (only its running foot after it) and the next page's text opens (past its running head) with a row of as
many cells, that row is the same table's, read under the same header.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Segment
from .analysis import Analysis, page_of


@dataclass
class PageEdges:
    """Per page of a paged file: the first segment of its text and the labels of the table row that ends it."""

    first: dict[int, Segment]
    ending_row: dict[int, tuple[str, ...]]


def page_edges(analysis: Analysis) -> PageEdges:
    """Where each page's text starts and which table row, if any, ends it, its running head and foot aside."""
    first: dict[int, Segment] = {}
    last: dict[int, Segment] = {}
    for segment in analysis.segments:
        page = page_of(segment)
        if (not isinstance(page, int) or segment.hidden or segment.chrome or not segment.text.strip()
                or id(segment) in analysis.running_lines):
            continue
        first.setdefault(page, segment)
        last[page] = segment
    ends = {id(segment): page for page, segment in last.items()}
    ending_row: dict[int, tuple[str, ...]] = {}
    for record in analysis.document.records:
        if record.fields and id(record.fields[-1]) in ends:
            labels = tuple(field.label or "" for field in record.fields)
            if all(labels):
                ending_row[ends[id(record.fields[-1])]] = labels
    return PageEdges(first, ending_row)


def header_carried_over(edges: PageEdges, segment: Segment, width: int) -> tuple[str, ...] | None:
    """The header of the table that ended the page before, for a row of ``width`` cells that opens its page."""
    page = page_of(segment)
    if not isinstance(page, int) or edges.first.get(page) is not segment:
        return None
    labels = edges.ending_row.get(page - 1)
    return labels if labels and len(labels) == width else None
