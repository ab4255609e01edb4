"""Tables built without ``<table>``: rows of ``<div>`` cells laid out by CSS grid or flexbox.

A reader sees columns; the markup says so in one of two ways. ARIA roles (``role="table"`` or ``"grid"``, rows
``role="row"``, cells ``"cell"``, ``"gridcell"``, ``"columnheader"``, ``"rowheader"``), which a screen reader
reads as a table; or the structure itself: a container whose children are all rows of the same element and
class, each of the same number of cells, the cells of a column of the same element and class, holding text
and no blocks of their own, under a first row of labels. Cards (a heading, paragraphs) and link lists are
no such rows: their children differ or hold blocks.

A CSS grid may also hold its cells with no element for a row: ``<div class="grid g6">`` of header cells then data
cells, the stylesheet wrapping them every six (``grid-template-columns: repeat(6, 1fr)``). Its rows are then said by
a run of header cells opening it (``role="columnheader"``, a class "hd", "th", "head..."), the rest of its cells
a whole number of rows of that width and none of them marked a header; or by a column count the container names
(a class "g6", "cols-6", "grid-cols-6", an inline ``grid-template-columns``) over a first row naming fields.
A nav bar or a grid of tiles opens with no such header and its cells hold links, images or blocks.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from bs4 import Tag

from . import looks_like_header_row, new_table_header

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
_HEADER_TOKENS = frozenset({"hd", "th", "hdr", "colhead", "col-head"})
# a grid container's column count in its class ("g6", "cols-6", "grid-cols-6", "grid-6", "columns-6") or style
_COLUMN_CLASS = re.compile(r"(?:g|grid|cols|grid-cols|grid-columns|columns)-?([2-9]|1\d|20)")
_TEMPLATE_COLUMNS = re.compile(r"grid-template-columns\s*:\s*([^;]+)", re.IGNORECASE)
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,", re.IGNORECASE)
_FLAT_CELLS = frozenset({"div", "span", "p", "strong", "b", "em", "label", "time"})


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
    if flat := _flat_grid(container, rows, text_of):
        return flat
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


def _flat_grid(container: Tag, cells: list[Tag], text_of) -> Grid | None:
    """A grid of cells with no row elements (see the module): the cells cut into rows of the header's width."""
    if container.name != "div" or any(c.name not in _FLAT_CELLS for c in cells) or len(cells) < 4:
        return None
    if any(not isinstance(c, Tag) and str(c).strip() for c in container.children):
        return None
    headed = [_header_cell(c) for c in cells]
    width = headed.index(False) if False in headed else len(cells)
    marked = width >= 2
    if marked and any(headed[width:]):
        return None  # headers further on: row headers or sections, not one header over rows of cells
    if not marked:
        width = _named_width(container)
    if not 2 <= width <= _MAX_CELLS or len(cells) < 2 * width or len(cells) % width:
        return None
    if any(c.find(_BLOCKS) is not None for c in cells):
        return None
    if not marked and not new_table_header([text_of(c) for c in cells[:width]]):
        return None  # labels that name fields ("Name | Address | Phone"), not a grid of links' words ("Pay a bill")
    rows = [cells[i:i + width] for i in range(0, len(cells), width)]
    return Grid([row[0] for row in rows], rows, [[marked] * width] + [[False] * width for _ in rows[1:]])


def _header_cell(cell: Tag) -> bool:
    if (cell.get("role") or "").strip().lower() == "columnheader":
        return True
    classes = _classes(cell)
    return bool(classes & _HEADER_TOKENS) or any(word in token for token in classes for word in _HEADER_WORDS)


def _named_width(container: Tag) -> int:
    """The column count the container's class or inline style names, else 0."""
    style = _TEMPLATE_COLUMNS.search(container.get("style") or "")
    if style:
        tracks = style.group(1).strip()
        repeat = _REPEAT.search(tracks)
        return int(repeat.group(1)) if repeat else len(re.sub(r"\([^)]*\)", "", tracks).split())
    counts = {int(m.group(1)) for token in _classes(container) if (m := _COLUMN_CLASS.fullmatch(token.lower()))}
    return counts.pop() if len(counts) == 1 else 0


def _classes(element: Tag) -> frozenset[str]:
    return frozenset((element.get("class") or "").split()) or frozenset({""})


def _marked_header(row: Tag) -> bool:
    return any(word in token for token in _classes(row) for word in _HEADER_WORDS)
