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

from . import DocumentBuilder, ExtractError, PasswordProtected
from .office import MAX_CELLS, sheet_reference, whole_number_as_shown
from .sheets import Sheet, SheetCell, read_rows
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
            raise ExtractError(f"broken XLS: {type(e).__name__}: {e}") from None
        budget = [MAX_CELLS]
        try:
            for index in range(book.nsheets):
                try:
                    sheet = book.sheet_by_index(index)
                except broken as e:  # one damaged sheet loses that sheet, not the workbook
                    builder.not_checked(f"sheet {index + 1} unreadable: {type(e).__name__}: {e}")
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
    """Each cell a segment; each row after a header row a record labelled by the header (see ``sheets``)."""
    layout = Sheet(sheet_reference(sheet.name), "hidden sheet" if sheet.visibility else None,  # 2: "very hidden"
                   {r + 1 for r, info in sheet.rowinfo_map.items() if info.hidden},
                   {c for c, info in sheet.colinfo_map.items() if info.hidden}, sheet.name)
    notes = {(note.rowx, note.colx): " ".join(note.text.split()) for note in sheet.cell_note_map.values()}
    read_rows(builder, layout, _rows(book, sheet, notes), budget)
    if budget[0] <= 0 or builder.full:
        return
    for (r, c), text in notes.items():  # the notes of cells that hold nothing
        if text and not builder.full:
            builder.add(text, _where(layout.prefix, r, c), hidden="cell comment")


def _rows(book, sheet, notes: dict[tuple[int, int], str]):
    """(row number from 1, its width, its filled cells); a filled cell's note goes with it and leaves ``notes``."""
    for r in range(sheet.nrows):
        row = sheet.row(r)
        cells = [SheetCell(c, f"{column_letter(c)}{r + 1}", text, _format(book, cell) == _HIDING_FORMAT,
                           notes.pop((r, c), None) or None)
                 for c, cell in enumerate(row) if (text := _display(book, cell))]
        yield r + 1, len(row), cells


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
