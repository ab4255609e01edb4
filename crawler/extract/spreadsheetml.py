"""Excel's "XML Spreadsheet 2003" (SpreadsheetML: ``<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">``)
-> segments and records, as ``office.extract_xlsx`` reads an .xlsx. Report writers and CIS exports still write it,
often under an ``.xls`` name that Excel opens without complaint, so it is as public as any workbook.

Each ``Worksheet`` is a sheet read by ``sheets.read_rows``: its ``Row``/``Cell``/``Data`` in place (``ss:Index``
skips to a later row or column, ``ss:MergeAcross`` spans columns), a cell's ``Comment`` its note, and what Excel
hides marked hidden: hidden and very hidden sheets (``<x:Visible>``), hidden rows and columns (``ss:Hidden``),
cells shown blank by the ";;;" number format. Parsed with defusedxml: no entity is expanded, nothing fetched.
"""
from __future__ import annotations

import datetime

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from . import DocumentBuilder, ExtractError
from .office import MAX_CELLS, sheet_reference, whole_number_as_shown
from .sheets import Sheet, SheetCell, read_rows
from .text import column_letter

NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = "{" + NAMESPACE + "}"
_EXCEL = "{urn:schemas-microsoft-com:office:excel}"
_HIDING_FORMAT = ";;;"
_MAX_COLUMNS = 16384


def extract_spreadsheetml(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    try:
        workbook = fromstring(body)
    except (ParseError, DefusedXmlException, ValueError) as e:
        raise ExtractError(f"broken XML Spreadsheet 2003: {type(e).__name__}: {e}") from None
    formats = _number_formats(workbook)
    budget = [MAX_CELLS]
    for worksheet in workbook.iter(_SS + "Worksheet"):
        _read_worksheet(builder, worksheet, formats, budget)
        if budget[0] <= 0:
            builder.warn(f"stopped after {MAX_CELLS} cells")
            break
        if builder.full:
            break


def _number_formats(workbook) -> dict[str, str]:
    """Each style's number format by its ID ("s21" -> "000-00-0000")."""
    formats = {}
    for style in workbook.iter(_SS + "Style"):
        number_format = style.find(_SS + "NumberFormat")
        if number_format is not None:
            formats[style.get(_SS + "ID", "")] = number_format.get(_SS + "Format", "")
    return formats


def _read_worksheet(builder: DocumentBuilder, worksheet, formats: dict[str, str], budget: list[int]) -> None:
    name = worksheet.get(_SS + "Name") or ""
    visible = worksheet.findtext(f"{_EXCEL}WorksheetOptions/{_EXCEL}Visible", "")
    layout = Sheet(sheet_reference(name), "hidden sheet" if visible in ("SheetHidden", "SheetVeryHidden") else None,
                   name=name)
    table = worksheet.find(_SS + "Table")
    if table is None:
        read_rows(builder, layout, iter(()), budget)
        return
    layout.hidden_columns = _hidden_columns(table)
    read_rows(builder, layout, _rows(table, layout, formats), budget)


def _hidden_columns(table) -> set[int]:
    """Column numbers from 1 of the ``<Column ss:Hidden="1">`` elements (``ss:Index`` skips, ``ss:Span`` repeats)."""
    hidden, column = set(), 0
    for spec in table.iter(_SS + "Column"):
        column = _index(spec, column + 1)
        span = min(_number(spec.get(_SS + "Span"), 0), _MAX_COLUMNS)
        if spec.get(_SS + "Hidden") == "1":
            hidden.update(range(column, column + span + 1))
        column += span
    return hidden


def _rows(table, layout: Sheet, formats: dict[str, str]):
    """(row number from 1, its width, its filled cells), as ``sheets.read_rows`` takes them."""
    number = 0
    for row in table.iter(_SS + "Row"):
        number = _index(row, number + 1)
        if row.get(_SS + "Hidden") == "1":
            layout.hidden_rows.add(number)
        cells, column = [], 0
        for cell in row.iter(_SS + "Cell"):
            column = _index(cell, column + 1)
            data = cell.find(_SS + "Data")
            text = _display(data, formats.get(cell.get(_SS + "StyleID", ""), "")) if data is not None else ""
            comment = cell.find(_SS + "Comment")
            note = " ".join(" ".join(comment.itertext()).split()) if comment is not None else ""
            if text or note:
                cells.append(SheetCell(column, f"{column_letter(column - 1)}{number}", text,
                                       formats.get(cell.get(_SS + "StyleID", "")) == _HIDING_FORMAT, note or None))
            column += min(_number(cell.get(_SS + "MergeAcross"), 0), _MAX_COLUMNS)
        yield number, column, cells


def _display(data, number_format: str) -> str:
    """The cell as Excel shows it, where that matters for detection (see ``office._display``)."""
    text = " ".join("".join(data.itertext()).split())
    kind = data.get(_SS + "Type")
    if kind == "Number":
        try:
            value = float(text)
        except ValueError:
            return text
        if value.is_integer() and abs(value) < 1e15:
            return whole_number_as_shown(int(value), number_format)
        return repr(value)
    if kind == "DateTime":
        try:
            moment = datetime.datetime.fromisoformat(text)
        except ValueError:
            return text
        return moment.date().isoformat() if moment.time() == datetime.time() else moment.isoformat(sep=" ")
    if kind == "Boolean":
        return "TRUE" if text == "1" else "FALSE"
    return "" if kind == "Error" else text


def _index(element, default: int) -> int:
    """An element's ``ss:Index`` (1-based; a row or cell after skipped empty ones), else the next position."""
    return max(default, min(_number(element.get(_SS + "Index"), default), 1_048_576))


def _number(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default
