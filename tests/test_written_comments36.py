"""Which lines of a column candidate are its own when the layout reader asks whether the column is prose
(``layout._from_margin``): a few lines that start far left of the margin most lines start at are another column's
cells wrapped onto lines of their own (a hearing calendar's "10:00" / "a.m.", acct36b) and are left out; a whole
column of short cells left of the margin (a table of written comments: "Support", "Oppose" beside each wrapped
comment, red team site35) is no stray: the candidate is taken as it is, and the comments stay cells of their table.
"""
from __future__ import annotations

from crawler.extract.layout import Piece, _from_margin


def _piece(x0: float, y0: float, text: str) -> Piece:
    return Piece(words=text.split(), x0=x0, y0=y0, x1=x0 + 6 * len(text), y1=y0 + 8)


def test_a_few_stray_cells_left_of_the_margin_are_another_columns():
    names = [_piece(300, 700 - 20 * k, f"Appellant name {k}") for k in range(8)]
    strays = [_piece(40, 690, "a.m."), _piece(40, 630, "p.m.")]
    assert _from_margin(names + strays) == names


def test_a_whole_column_of_cells_left_of_the_margin_is_kept():
    comments = [_piece(390, 700 - 11 * k, "I am one of the PCE customers billed on the wrong rate") for k in range(8)]
    positions = [_piece(330, 700 - 33 * k, word) for k, word in enumerate(("Support", "Oppose", "Support", "Support"))]
    assert _from_margin(comments + positions) == comments + positions
