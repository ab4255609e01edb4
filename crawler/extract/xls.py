"""Legacy Excel 97-2003 (.xls, BIFF) -> segments and records, as ``office.extract_xlsx`` reads an .xlsx: each
cell a segment, each row under a header row a record labelled by it, and what Excel hides from a reader marked
hidden: hidden and very hidden sheets, hidden rows and columns, cells hidden by the ";;;" format, cell notes.

xlrd 2 (BSD) is the kept reader of the format (it reads only .xls since 2.0). Sheets are loaded one at a time
and released, so a workbook of many large sheets holds one in memory.
"""
from __future__ import annotations

import datetime
import os
import struct

from detectors.model import Location

from . import (DocumentBuilder, ExtractError, PasswordProtected, form_label, looks_like_header_row, measured,
               pivot_measure)
from .office import MAX_CELLS, sheet_reference, whole_number_as_shown
from .text import column_letter

_HIDING_FORMAT = ";;;"


def extract_xls(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    import xlrd
    from xlrd.compdoc import CompDocError

    broken = (xlrd.XLRDError, CompDocError, struct.error, AssertionError, IndexError, KeyError, ValueError,
              UnicodeDecodeError, EOFError)
    with open(os.devnull, "w") as discard:  # xlrd writes its warnings to stdout otherwise
        try:
            book = xlrd.open_workbook(file_contents=body, formatting_info=True, on_demand=True, logfile=discard)
        except broken as e:
            if "encrypted" in str(e).lower():
                raise PasswordProtected("the workbook needs a password to open") from None
            raise ExtractError(f"broken XLS: {type(e).__name__}: {e}"[:200]) from None
        budget = [MAX_CELLS]
        try:
            for index in range(book.nsheets):
                try:
                    sheet = book.sheet_by_index(index)
                except broken as e:  # one damaged sheet loses that sheet, not the workbook
                    builder.not_checked(f"sheet {index + 1} unreadable: {type(e).__name__}: {e}"[:200])
                    continue
                _read_sheet(builder, book, sheet, budget)
                book.unload_sheet(index)
                if budget[0] <= 0:
                    builder.warn(f"stopped after {MAX_CELLS} cells")
                    break
                if builder.full:
                    break
        finally:
            book.release_resources()


def _read_sheet(builder: DocumentBuilder, book, sheet, budget: list[int]) -> None:
    sheet_hidden = "hidden sheet" if sheet.visibility else None  # 1 hidden, 2 "very hidden" (only code shows it)
    hidden_rows = {r for r, info in sheet.rowinfo_map.items() if info.hidden}
    hidden_columns = {c for c, info in sheet.colinfo_map.items() if info.hidden}
    prefix = sheet_reference(sheet.name)
    notes = {(note.rowx, note.colx): " ".join(note.text.split()) for note in sheet.cell_note_map.values()}
    header: dict[int, str] | None = None
    filled_rows = 0
    above: list[str] = []  # the filled row above, whose caption may name a pivot's measure
    form: list = []  # the fields of the form rows ("Customer Name:" | value) read so far: one record
    form_rows: list[int] = []  # the numbers of those rows
    for r in range(sheet.nrows):
        row = sheet.row(r)
        budget[0] -= len(row)
        cells = [(c, text, _format(book, cell)) for c, cell in enumerate(row) if (text := _display(book, cell))]
        if not cells:
            continue
        filled_rows += 1
        texts = [text for _, text, _ in cells]
        if header is None and filled_rows <= 5 and looks_like_header_row(texts):
            measure = pivot_measure(above)
            header = {c: measured(text, measure) if k else text for k, (c, text, _) in enumerate(cells)}
            for c, text, _ in cells:
                builder.add(text, _where(prefix, r, c), hidden=sheet_hidden)
            continue
        above = texts
        label = form_label(texts) if header is None else None
        if label is None and form:
            builder.add_record(form, Location(element=f"{prefix}!{form_rows[0]}:{form_rows[-1]}"))
            form, form_rows = [], []
        fields = []
        for k, (c, text, number_format) in enumerate(cells):
            hidden = (sheet_hidden or ("hidden row" if r in hidden_rows else None)
                      or ("hidden column" if c in hidden_columns else None)
                      or ("hidden by number format" if number_format == _HIDING_FORMAT else None))
            if label is not None:  # the form's label cell is no field of it; its values are labelled by it
                segment = builder.add(text, _where(prefix, r, c), hidden=hidden, label=label if k else None)
                if k:
                    form.append(segment)
            else:
                fields.append(builder.add(text, _where(prefix, r, c), hidden=hidden,
                                          label=header.get(c) if header else None))
        if label is None:
            builder.add_record(fields, Location(element=f"{prefix}!{r + 1}:{r + 1}"))
        else:
            form_rows.append(r + 1)
        if budget[0] <= 0 or builder.full:
            break
    if form:
        builder.add_record(form, Location(element=f"{prefix}!{form_rows[0]}:{form_rows[-1]}"))
    if budget[0] <= 0 or builder.full:
        return
    for (r, c), text in notes.items():
        if text and not builder.full:
            builder.add(text, _where(prefix, r, c), hidden="cell comment")


def _where(prefix: str, r: int, c: int) -> Location:
    return Location(element=f"{prefix}!{column_letter(c)}{r + 1}")


def _format(book, cell) -> str:
    try:
        return book.format_map[book.xf_list[cell.xf_index].format_key].format_str
    except (IndexError, KeyError, TypeError):
        return ""


def _display(book, cell) -> str:
    """The cell as Excel shows it, where that matters for detection (see ``office._display``)."""
    import xlrd

    value = cell.value
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return " ".join(value.split())
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        if value.is_integer() and abs(value) < 1e15:
            return whole_number_as_shown(int(value), _format(book, cell))
        return str(value)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate_as_datetime(value, book.datemode)
        except (xlrd.xldate.XLDateError, OverflowError, ValueError):
            return str(value)
        return moment.date().isoformat() if moment.time() == datetime.time() else moment.isoformat(sep=" ")
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    return ""  # empty, blank, or an error value (#N/A): nothing a reader could take for data
