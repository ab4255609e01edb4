"""Two cells of a row laid out in text that a value filling its column ran together.

A fixed-width report pads each value to its column's width ("{address:<31}"), so an address exactly that long runs
into the account after it with no space between: "Bartolome Quintanilla | 9264 S. Hawthorne Hollow Circle6597 9270 88
| 1748" reads as three cells under a four-column header, and the row is lost (a page's first row under the header the
page before carried over, a short row under its own header). Where a worded cell's last word runs straight into a
figure, and cutting it there gives the row the cells, and each cell the shape, of the table's full row (a figure where
that row has one, words where it has words), the cut is the column's edge.
"""
from __future__ import annotations

import re

# a worded value's last letter (or its abbreviation's stop) right before a figure: "Circle6597", "Ave.4410"
_GLUE = re.compile(r"(?<=[A-Za-z.])(?=\d)")


def digit_led(text: str) -> bool:
    """Whether a cell's text opens with a digit (a figure's cell: "6597 9270 88", "1748") rather than words: the
    shape a cell is compared by, here and in ``page_break_tables``."""
    return text.strip()[:1].isdigit()


def unglued_spans(text: str, spans: list[tuple[int, int]],
                  full: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """The spans of a row's cells with the one cell that holds two columns' values cut in two, when the row has one
    cell fewer than the table's ``full`` row (its cells' texts) and one cut of a worded cell (several words before
    the figure: no code like "SA4412093") gives every cell the full row's shape; None otherwise."""
    if len(spans) != len(full) - 1:
        return None
    for k, (start, end) in enumerate(spans):
        for glue in _GLUE.finditer(text, start, end):
            cut = glue.start()
            if cut <= start or " " not in text[start:cut].strip():
                continue
            cells = [*spans[:k], (start, cut), (cut, end), *spans[k + 1:]]
            if all(digit_led(text[a:b]) == digit_led(other) and bool(text[a:b].strip()) == bool(other.strip())
                   for (a, b), other in zip(cells, full)):
                return cells
    return None
