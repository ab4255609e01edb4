"""Rows of delimited values typed into a page as text: an export pasted into an HTML comment, a header line
("name,service_address,account,kwh") over rows of the same width. Read as a table, each row a record under its
column names as a CSV file's rows are, not as lines of prose that name nobody's account."""
from __future__ import annotations

import csv
from html import escape

from . import looks_like_header_row

_DELIMITERS = ",;|\t"
_MIN_COLUMNS = 3  # "Name, Title" over "Ana Ruiz, Director" is a sentence's commas as often as a table
_TITLE_LINES = 3  # lines of a title or a date above the header ("export 2026-03-04")


def delimited_table(text: str) -> str | None:
    """Table markup for text whose lines, after at most ``_TITLE_LINES`` of titles (kept as paragraphs above it),
    are a header row and rows of values all split by one delimiter into the same number of cells; else None."""
    lines = [line for line in text.split("\n") if line.strip()]
    for top in range(min(len(lines) - 1, _TITLE_LINES + 1)):
        for delimiter in _DELIMITERS:
            if delimiter not in lines[top]:
                continue
            try:
                rows = [[cell.strip() for cell in row] for row in csv.reader(lines[top:], delimiter=delimiter)]
            except csv.Error:
                continue
            width = len(rows[0])
            if width < _MIN_COLUMNS or len(rows) < 2 or any(len(row) != width for row in rows) or (
                    not looks_like_header_row(rows[0])):
                continue
            titles = "".join(f"<p>{escape(line.strip())}</p>" for line in lines[:top])
            head = "".join(f"<th>{escape(cell)}</th>" for cell in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows[1:])
            return f"{titles}<table><tr>{head}</tr>{body}</table>"
    return None
