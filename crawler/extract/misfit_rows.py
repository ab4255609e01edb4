"""Rows commented out of a table that are no rows of it: a person's record left in a facility directory's source.

A row commented out of a table is read under the table's column headers (``crawler.extract.html``): a park dropped
from "Facility | Address | Phone" stays a facility. But an editor also parks a customer's row there
(``<!-- <tr><td>Ana Ruiz</td><td>12 Oak St</td><td>(909) ...</td></tr> -->``): under "Facility" her name would read as a
building's and her home and phone as the City's. When the column the headers give to places holds a person's name in
the commented row, while every visible row names a facility there, the headers describe the visible rows only: the
commented row is read as a record of its own, by what its cells say.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from detectors.context.headers import header_kind
from detectors.context.persons import person_name
from detectors.context.place_surnames import names_a_place
from detectors.context.shapes import FACILITY_NAMED

_PLACE_COLUMN_KINDS = frozenset({"veto", "soft"})  # "Facility", "Location", "Site": a column of what is not a person


def _cells(row: Tag) -> list[str]:
    return [" ".join(cell.get_text(" ").split()) for cell in row.find_all(("td", "th"), recursive=False)]


def _names_facility(cell: str) -> bool:
    return bool(FACILITY_NAMED.search(cell)) or names_a_place(cell)


def _persons_name(cell: str) -> bool:
    return person_name(cell) is not None and not _names_facility(cell)


def place_columns(header_rows: list[Tag], table: Tag) -> list[int]:
    """The columns of a table whose header is a place's kind and whose visible cells each name a facility (read once
    a table: a page may comment thousands of rows out of it)."""
    if not header_rows:
        return []
    headed = {id(row) for row in header_rows}
    visible = [row for row in table.find_all("tr") if id(row) not in headed and row.find_parent("table") is table]
    if not visible:
        return []
    headers = _cells(header_rows[-1])
    columns = []
    for index, header in enumerate(headers):
        if header_kind(header)[0] not in _PLACE_COLUMN_KINDS:
            continue
        shown = [cells[index] for cells in map(_cells, visible) if index < len(cells) and cells[index]]
        if shown and all(_names_facility(cell) for cell in shown):
            columns.append(index)
    return columns


def misfit_rows(columns: list[int], commented: BeautifulSoup) -> bool:
    """Whether a comment's rows (``commented``, parsed) hold a person's name in a column of places (``columns``, where
    the table's visible rows all name a facility): those rows are not read under the table's headers."""
    for row in commented.find_all("tr"):
        cells = _cells(row)
        if any(index < len(cells) and _persons_name(cells[index]) for index in columns):
            return True
    return False
