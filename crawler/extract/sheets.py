"""A spreadsheet's rows -> segments and records, whichever library read the workbook (openpyxl for .xlsx, xlrd
for .xls). A header row among the first five filled rows labels the records under it (a pivot's caption names
its measure: "Sum of kWh (Jan)"); rows laid out as a form ("Customer Name:" | value) are one record labelled by
their label cells; every other row is a record of its own. What the sheet hides stays marked hidden: the sheet,
its rows and columns, a number format that shows nothing."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from detectors.model import Location

from . import DocumentBuilder, form_label, looks_like_header_row, measured, pivot_measure


@dataclass(slots=True)
class SheetCell:
    column: int
    coordinate: str  # "B7"
    text: str  # as Excel shows it
    shows_nothing: bool = False  # a number format of ";;;": the value is there, the sheet shows a blank
    comment: str | None = None


@dataclass
class Sheet:
    """What a sheet hides, and where its cells are written in the report ("'Detail'!B7")."""

    prefix: str
    hidden: str | None = None  # "hidden sheet" or None
    hidden_rows: set[int] = field(default_factory=set)  # row numbers from 1
    hidden_columns: set[int] = field(default_factory=set)  # column numbers as the reader gives them


def read_rows(builder: DocumentBuilder, sheet: Sheet, rows: Iterable[tuple[int, int, list[SheetCell]]],
              budget: list[int]) -> None:
    """``rows``: (row number from 1, cells in the row including the empty ones, its filled cells). ``budget``
    holds the cells the workbook may still read; each row's cells are taken from it."""
    prefix = sheet.prefix
    header: dict[int, str] | None = None
    filled_rows = 0
    above: list[str] = []  # the filled row above, whose caption may name a pivot's measure
    form: list = []  # the fields of the form rows read so far: one record
    form_rows: list[int] = []
    for number, width, cells in rows:
        budget[0] -= width
        if not cells:
            continue
        filled_rows += 1
        texts = [cell.text for cell in cells]
        if header is None and filled_rows <= 5 and looks_like_header_row(texts):
            measure = pivot_measure(above)
            header = {cell.column: measured(cell.text, measure) if k else cell.text for k, cell in enumerate(cells)}
            for cell in cells:
                builder.add(cell.text, Location(element=f"{prefix}!{cell.coordinate}"), hidden=sheet.hidden)
            continue
        above = texts
        label = form_label(texts) if header is None else None
        if label is None and form:
            builder.add_record(form, Location(element=f"{prefix}!{form_rows[0]}:{form_rows[-1]}"))
            form, form_rows = [], []
        fields = []
        for k, cell in enumerate(cells):
            location = Location(element=f"{prefix}!{cell.coordinate}")
            hidden = (sheet.hidden or ("hidden row" if number in sheet.hidden_rows else None)
                      or ("hidden column" if cell.column in sheet.hidden_columns else None)
                      or ("hidden by number format" if cell.shows_nothing else None))
            if label is not None:  # the form's label cell is no field of it; its values are labelled by it
                segment = builder.add(cell.text, location, hidden=hidden, label=label if k else None)
                if k:
                    form.append(segment)
            else:
                fields.append(builder.add(cell.text, location, hidden=hidden,
                                          label=header.get(cell.column) if header else None))
            if cell.comment:
                builder.add(cell.comment, location, hidden="cell comment")
        if label is None:
            builder.add_record(fields, Location(element=f"{prefix}!{number}:{number}"))
        else:
            form_rows.append(number)
        if budget[0] <= 0 or builder.full:
            break
    if form:
        builder.add_record(form, Location(element=f"{prefix}!{form_rows[0]}:{form_rows[-1]}"))
