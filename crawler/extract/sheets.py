"""A spreadsheet's rows -> segments and records, whichever library read the workbook (openpyxl for .xlsx, xlrd
for .xls). A header row among the first five filled rows labels the records under it (a pivot's caption names
its measure: "Sum of kWh (Jan)"; a group row merged over its columns, "Customer" over "Name | Service Address",
names them with the header row under it: "Customer Name"); rows laid out as a form ("Customer Name:" | value, or
a sheet whose column A names a customer's fields: "Account holder" | value, "SA ID" | value) are one record
labelled by their label cells; every other row is a record of its own. A report's title block above the header
("Lakeview Water & Light | AR Aging", "Run date: ...") names no column: the row under it that does is the header.
What the sheet hides stays marked hidden: the sheet, its rows and columns, a number format that shows nothing.
The sheet's tab name is read too, before its cells: the public sees it, and a tab per customer may name them there."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, islice

from detectors.context.headers import header_kind, staff_column

from detectors.model import Location

from . import (DocumentBuilder, form_label, is_label_cell, is_label_like, measured, new_table_header,
               numbered_header_row, pivot_measure)


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
    name: str | None = None  # the name on the sheet's tab, which the public sees as the sheet's title


def read_rows(builder: DocumentBuilder, sheet: Sheet, rows: Iterable[tuple[int, int, list[SheetCell]]],
              budget: list[int]) -> None:
    """``rows``: (row number from 1, cells in the row including the empty ones, its filled cells). ``budget``
    holds the cells the workbook may still read; each row's cells are taken from it."""
    prefix = sheet.prefix
    if sheet.name:  # a tab per customer names them there ("IBARRA 3-041-2231-78") and nowhere in its cells
        builder.add(sheet.name, Location(element=f"{prefix} (sheet name)"), hidden=sheet.hidden, label=SHEET_NAME)
    head = list(islice(rows, _FORM_ROWS_SEEN))
    rows = chain(head, rows)
    form_sheet = _laid_out_as_form([[cell.text for cell in cells] for _, _, cells in head if cells])
    header: dict[int, str] | None = None
    records = 0  # rows read as records under the header
    filled_rows = 0
    above: list[str] = []  # the filled row above, whose caption may name a pivot's measure
    above_cells: list[SheetCell] = []  # ... its cells
    last_above = -1  # ... and its number
    form: list = []  # the fields of the form rows read so far: one record
    form_rows: list[int] = []
    last_filled = 0  # the number of the filled row above
    after_gap = False  # blank rows above this row, maybe then a caption: where a second table may start
    for number, width, cells in rows:
        budget[0] -= width
        if not cells:
            continue
        texts = [cell.text for cell in cells]
        # a form's rows above the table ("Name:" | ..., "Meter:" | ... of a Green Button download) are its own
        # record, not a report's title lines: the header is sought among the first five filled rows besides them
        # (nor a note's line above it: a row of one cell of prose, "Accounts are listed by route; balances as of ...")
        filled_rows += header is not None or not (form_label(texts) or _note_line(texts))
        after_gap = (records > 0 and number > last_filled + 1) or (after_gap and len(above) <= _CAPTION_CELLS)
        last_filled = number
        if after_gap and header is not None and new_table_header(texts):
            # a second table further down ("Appendix B - ...", then "Name | Address | Phone"): its own header
            header = {cell.column: cell.text for cell in cells}
            records, after_gap = 0, False
            for cell in cells:
                _add_heading(builder, prefix, cell, _hidden(sheet, number, cell))
            continue
        # (the header row under a band of group cells comes right after it, however many title lines are above)
        if (not form_sheet and (filled_rows <= 5 or header is not None and not records)
                and numbered_header_row(_without_side_note(cells))
                and (header is None or (not records and (len(cells) > len(header) or _fills_groups(cells, header)))
                     or _names_columns_instead(texts, header))):
            measure = pivot_measure(above)
            # the group row above ("Customer" merged over three columns, "Usage" over two); a report's title is none
            group = header if header and _names_a_column(header.values()) else None
            if (header is None and measure is None and number == last_above + 1 and len(above_cells) < len(cells)
                    and _group_row(above_cells, cells)):
                # ... or a band of short group cells right above that was too thin to be read as a header itself
                # ("Customer" merged over "No. | Premise")
                group = {cell.column: cell.text for cell in above_cells}
            header = {cell.column: measured(cell.text, measure) if k else cell.text for k, cell in enumerate(cells)}
            if group:
                header = _under_group(group, header)
            for cell in cells:
                _add_heading(builder, prefix, cell, _hidden(sheet, number, cell))
            continue
        above, above_cells, last_above = texts, cells, number
        records += header is not None
        label = ((form_label(texts) or (_bare_label(texts) if form_sheet else None)) if header is None
                 else _sign_off_label(texts))
        if label is None and form:
            builder.add_record(form, Location(element=f"{prefix}!{form_rows[0]}:{form_rows[-1]}"))
            form, form_rows = [], []
        fields = []
        for k, cell in enumerate(cells):
            location = Location(element=f"{prefix}!{cell.coordinate}")
            hidden = _hidden(sheet, number, cell)
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
            side = min(_summary_beside(header, cells), _table_beside(header, cells)) if header else len(fields)
            builder.add_record(fields[:side], Location(element=f"{prefix}!{number}:{number}"))
            if fields[side:]:
                builder.add_record(fields[side:], Location(element=f"{prefix}!{cells[side].coordinate}"))
        else:
            form_rows.append(number)
        if budget[0] <= 0 or builder.full:
            break
    if form:
        builder.add_record(form, Location(element=f"{prefix}!{form_rows[0]}:{form_rows[-1]}"))


def _hidden(sheet: Sheet, number: int, cell: SheetCell) -> str | None:
    """Why the cell in row ``number`` is not shown: its sheet, row or column hidden, or its number format."""
    return (sheet.hidden or ("hidden row" if number in sheet.hidden_rows else None)
            or ("hidden column" if cell.column in sheet.hidden_columns else None)
            or ("hidden by number format" if cell.shows_nothing else None))


def _add_heading(builder: DocumentBuilder, prefix: str, cell: SheetCell, hidden: str | None) -> None:
    """A header cell and its comment: a note left on a column's heading is as published as one on a value ("Acct
    for Ruiz changed to ... after the move-in"). A heading in a hidden column is hidden as the column is."""
    location = Location(element=f"{prefix}!{cell.coordinate}")
    builder.add(cell.text, location, hidden=hidden)
    if cell.comment:
        builder.add(cell.comment, location, hidden="cell comment")


SHEET_NAME = "sheet tab"  # the label of a sheet's name: a tab, which names no column's kind
_CAPTION_CELLS = 2  # a caption over a table further down a sheet: "Appendix B - ..." | "as of 3/1"
_FORM_ROWS_SEEN = 8  # the first rows, whose layout says whether the sheet is a form
_PERSONAL = frozenset({"name", "address", "phone", "email", "contact", "account", "usage", "identifier"})


def _without_side_note(cells: list[SheetCell]) -> list[str]:
    """A row's texts as a header is judged, a side note's label set aside: past a blank column, labels that
    announce a value ("Acct | Customer | kWh | | Reference (City load):") head a reference kept beside the table,
    no column of its header. The note still labels its column."""
    gap = next((k for k in range(1, len(cells)) if cells[k].column > cells[k - 1].column + 1), None)
    if gap is not None and all(is_label_cell(cell.text) for cell in cells[gap:]):
        cells = cells[:gap]
    return [cell.text for cell in cells]


# a summary's column heading: what it counts or totals over the rows ("Accounts", "Total kWh", "Sum of Amount", "# of")
_AGGREGATE = re.compile(r"(?i)\b(?:total|sum|count|accounts|customers|avg|average|mean|number\s+of|no\.\s+of)\b|"
                        r"#\s*of\b|^\s*(?:n|#)\s*$")


def _summary_beside(header: dict[int, str], cells: list[SheetCell]) -> int:
    """Where a row's cells of a summary kept beside the raw rows begin (``len(cells)`` when there is none): past a
    blank column, a header that groups by a column of the table ("RATE_CD" again) and counts or totals it ("Accounts",
    "Total kWh", from COUNTIF/SUMIF): its row is a rate class's, not the customer's on the same sheet row, and its
    total is no one's use."""
    columns = sorted(header)
    gap = next((k for k in range(1, len(columns)) if columns[k] > columns[k - 1] + 1), None)
    if gap is None or len(columns) - gap < 2:
        return len(cells)
    left = {" ".join(header[c].split()).casefold() for c in columns[:gap]}
    key, measures = columns[gap], [header[c] for c in columns[gap + 1:]]
    if " ".join(header[key].split()).casefold() not in left or not any(_AGGREGATE.search(m) for m in measures):
        return len(cells)
    return next((k for k, cell in enumerate(cells) if cell.column >= key), len(cells))


_SIDE_TABLE_COLUMNS = 3  # named columns on each side of a blank column that make two tables, not a spacer in one


def _table_beside(header: dict[int, str], cells: list[SheetCell]) -> int:
    """Where a row's cells of a second table laid beside the first begin (``len(cells)`` when there is none): past
    a column blank in the header and in the row, a header of its own of three columns or more on each side ("Facility |
    Address | SCE SA | kWh" and, two columns on, "Referred | Name | Premise ID | Phone"), as a working sheet keeps two
    lists on one tab. Each side's row is a record of its own: a City facility's account is no customer's beside the
    referral on its sheet row."""
    columns = sorted(header)
    gap = next((k for k in range(1, len(columns)) if columns[k] > columns[k - 1] + 1), None)
    if gap is None or min(gap, len(columns) - gap) < _SIDE_TABLE_COLUMNS:
        return len(cells)
    if any(columns[gap - 1] < cell.column < columns[gap] for cell in cells):
        return len(cells)  # the blank column holds this row's value: one table with an unnamed column
    return next((k for k, cell in enumerate(cells) if cell.column >= columns[gap]), len(cells))


_NOTE_WORDS = 6  # words of a lone cell from which it is a note's or a title's sentence, no record's field


def _note_line(texts: list[str]) -> bool:
    """A row of one cell that is a sentence: a note or a caption above a table, however many of them there are."""
    return len(texts) == 1 and len(texts[0].split()) >= _NOTE_WORDS


_GROUP_WORDS = 3  # words of a group cell over a header's columns, at most


def _group_row(cells: list[SheetCell], header: list[SheetCell]) -> bool:
    """Whether a row is a band of group cells, fewer than the header's under it (merged over several columns): short
    words without digits, one of them naming a field. A lone cell over the header's first column is a title ("Life-
    support follow-up (kWh)" over "Field | Case 1 | Case 2"), no group."""
    if len(cells) == 1 and cells[0].column <= header[0].column:
        return False
    return bool(cells) and all(len(cell.text.split()) <= _GROUP_WORDS and not any(ch.isdigit() for ch in cell.text)
                               for cell in cells) and any(header_kind(cell.text)[0] in _GROUP_FIELDS for cell in cells)


_GROUP_FIELDS = frozenset({"name", "address", "phone", "email", "contact", "account", "usage", "identifier"})


def _names_a_column(texts: Iterable[str]) -> bool:
    return any(header_kind(text)[0] is not None for text in texts)


def _names_columns_instead(texts: list[str], header: dict[int, str]) -> bool:
    """A row that names columns ("Account No | Customer Name | Service Address | Phone") under a header taken from a
    report's title block ("Lakeview Water & Light | AR Aging - Residential", then "Run date: ..."), which names none:
    the header is the row that names the columns, not the first worded one."""
    return not _names_a_column(header.values()) and sum(header_kind(text)[0] is not None for text in texts) >= 2


def _fills_groups(cells: list[SheetCell], header: dict[int, str]) -> bool:
    """Whether a row right under the header names the columns a header cell spans and leaves blank to its right
    ("Account | Usage (kWh) | | | Notes" over " | Jul | Aug | Sep"): a two-row header whose other cells are merged
    down, so the row has fewer cells than the header. Each of its cells stands under a group cell or in the blank
    columns right of one, without a gap, and one at least in a blank column."""
    columns = sorted(header)
    spans = []
    for k, column in enumerate(columns):
        end = columns[k + 1] if k + 1 < len(columns) else None
        spans.append((column, end))
    under = [cell.column for cell in cells]
    if not any(column not in header for column in under):
        return False
    for start, end in spans:
        inside = [column for column in under if column >= start and (end is None or column < end)]
        if inside and (inside != list(range(inside[0], inside[0] + len(inside))) or inside[0] > start + 1
                       or len(inside) == 1 and inside[0] == start):
            return False
    return all(column >= columns[0] for column in under)


def _under_group(group: dict[int, str], header: dict[int, str]) -> dict[int, str]:
    """The header row's cells named with the group cells over them (``_grouped``); a group cell with no header cell
    under it is merged down over both rows ("Account #" beside "Usage" over "Jan | Feb") and names its column alone."""
    named = {column: _grouped(group, column, text) for column, text in header.items()}
    return dict(sorted({**{column: text for column, text in group.items() if column not in header}, **named}.items()))


def _grouped(group: dict[int, str], column: int, text: str) -> str:
    """A header cell named with the group cell over it: a merged cell's text is in its first column, so the group
    of a column is the nearest filled group cell at or left of it ("Customer" + "Name" -> "Customer Name"). The
    group only qualifies the field its header row names: "Usage" over "TMCP Acct" leaves an account's column (the
    header's own kind wins where the group's words would make it another field); a group that makes the columns
    a public listing's ("Facility" over "Name | Address") still does."""
    over = [name for at, name in group.items() if at <= column]
    if not over:
        return text
    own = header_kind(text)[0]
    named = f"{over[-1]} {text}"
    return text if own is not None and header_kind(named)[0] not in (own, "veto", "soft") else named


_BY = re.compile(r"(?i)\bby$")  # a sign-off's label: "Prepared by", "Reviewed by"; not a staff member's title


def _sign_off_label(texts: list[str]) -> str | None:
    """The label of a row under a table that says who on staff made or checked it ("Prepared by" | "Ana Ruiz" |
    her phone | her mailbox): its cells are that person's, not values of the columns above them."""
    label = form_label(texts) or texts[0].strip()
    return label if len(texts) >= 2 and _BY.search(label) and is_label_like(label) and staff_column(label) else None


def _bare_label(texts: list[str]) -> str | None:
    """The label of a form's row without a colon: "Account holder" | "NARE AVETISYAN"."""
    return texts[0].strip() if len(texts) == 2 and is_label_like(texts[0]) else None


def _laid_out_as_form(rows: list[list[str]]) -> bool:
    """A sheet laid out as a form, a field a row, its labels in column A without colons ("Account holder" |
    "NARE AVETISYAN", "SA ID" | "V9068707", "Premise address" | ...), maybe under a title: two or more rows whose
    first cell names a customer's field and whose second names none, and no row wider than a label and its value;
    or a shorter form ("Applicant name" | "Ana Ruiz", "Bill Acct" | "4471902231") whose every row is a field named
    and filled, one of them a customer's. A two-column table's header ("Name" | "Phone") names a field in both
    cells; its rows in neither."""
    if any(len(texts) > 2 for texts in rows):
        return False
    pairs = [texts for texts in rows if len(texts) == 2]
    kinds = [header_kind(texts[0])[0] if is_label_like(texts[0]) and header_kind(texts[1])[0] is None else None
             for texts in pairs]
    fields = sum(kind in _PERSONAL for kind in kinds)
    return fields >= 2 or fields == 1 and None not in kinds
