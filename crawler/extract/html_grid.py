"""Tables built without ``<table>``: rows of ``<div>`` cells laid out by CSS grid or flexbox.

A reader sees columns; the markup says so in one of two ways. ARIA roles (``role="table"`` or ``"grid"``, rows
``role="row"``, cells ``"cell"``, ``"gridcell"``, ``"columnheader"``, ``"rowheader"``), which a screen reader
reads as a table; or the structure itself: a container whose children are all rows of the same element and
class, each of the same number of cells, the cells of a column of the same element and class, holding text
and no blocks of their own, under a first row of labels. Cards (a heading, paragraphs) and link lists are
no such rows: their children differ or hold blocks.
"""
from __future__ import annotations

from typing import NamedTuple

from bs4 import Tag

from . import looks_like_header_row

_TABLE_ROLES = frozenset({"table", "grid", "treegrid"})
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_HEADER_ROLES = frozenset({"columnheader", "rowheader"})
# elements that hold a row or cell of a grid, and blocks that a grid's cell does not hold
_CONTAINERS = frozenset({"div", "section", "ul", "ol"})
_ROWS = frozenset({"div", "li", "section", "article"})
_CELLS = frozenset({"div", "span", "p", "strong", "b", "em", "label", "time", "a", "dt", "dd"})
_BLOCKS = ["div", "p", "ul", "ol", "dl", "table", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "pre", "form", "li", "img", "figure", "header", "footer", "nav"]
_MAX_CELLS = 30
_HEADER_WORDS = ("head", "header", "heading", "thead", "labels")


class Grid(NamedTuple):
    rows: list[Tag]
    cells: list[list[Tag]]
    header: list[list[bool]]  # per cell: marked a header (a role, a row of class "head")


def grid_of(container: Tag, text_of) -> Grid | None:
    """The rows and cells of ``container`` when it is a table built of divs (see the module), else None.
    ``text_of`` gives an element's text."""
    if container.name not in _CONTAINERS:
        return None
    rows = [c for c in container.children if isinstance(c, Tag)]
    if len(rows) < 2:
        return None
    if (container.get("role") or "").strip().lower() in _TABLE_ROLES:
        return _by_roles(rows)
    first = rows[0]
    if first.name not in _ROWS or any(r.name != first.name for r in rows):
        return None
    if any(not isinstance(c, Tag) and str(c).strip() for row in rows for c in row.children):
        return None  # text of the row's own between its elements: a line of links, not a row of cells
    cells = [[c for c in row.children if isinstance(c, Tag)] for row in rows]
    width = len(cells[0])
    if not 2 <= width <= _MAX_CELLS or any(len(row) != width for row in cells):
        return None
    data_class = _classes(rows[1])
    if any(_classes(row) != data_class for row in rows[2:]) or not _classes(first) >= data_class - {""}:
        return None  # rows of one kind (the header may add a class of its own: "row head")
    columns = [(c.name, _classes(c)) for c in cells[1]]
    for row in cells:
        for (name, classes), cell in zip(columns, row):
            if cell.name not in _CELLS or cell.name != name or cell.find(_BLOCKS) is not None:
                return None
    for row in cells[2:]:
        if [_classes(c) for c in row] != [classes for _, classes in columns]:
            return None
    marked = _marked_header(first)
    if not marked and not looks_like_header_row([text_of(c) for c in cells[0]]):
        return None  # no header row: nothing says these are columns and not a list of cards
    return Grid(rows, cells, [[marked] * width] + [[False] * width for _ in rows[1:]])


def _by_roles(children: list[Tag]) -> Grid | None:
    """Rows and cells named by ARIA roles (rows may sit in ``role="rowgroup"`` wrappers)."""
    rows = []
    for child in children:
        role = (child.get("role") or "").strip().lower()
        if role == "rowgroup":
            rows += [r for r in child.children if isinstance(r, Tag) and (r.get("role") or "").lower() == "row"]
        elif role == "row":
            rows.append(child)
    cells = [[c for c in row.children if isinstance(c, Tag) and (c.get("role") or "").lower() in _CELL_ROLES]
             for row in rows]
    if len(rows) < 2 or not any(cells):
        return None
    header = [[(c.get("role") or "").lower() in _HEADER_ROLES for c in row] for row in cells]
    return Grid(rows, cells, header)


def _classes(element: Tag) -> frozenset[str]:
    return frozenset((element.get("class") or "").split()) or frozenset({""})


def _marked_header(row: Tag) -> bool:
    return any(word in token for token in _classes(row) for word in _HEADER_WORDS)
