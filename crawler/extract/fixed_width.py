"""Tables of a fixed-width printout (a meter route sheet, a billing report saved as text or shown in ``<pre>``):
a header line of column names set apart by two spaces or more, and rows aligned under it.

Each row's phrases (runs of text apart by two spaces or more) are placed in the header's columns by where
they lie: a phrase that overlaps a column's name is its cell, so a value wider than its name ("Crystal
Galloway" under "NAME") or moved by a character or two (right-aligned figures under "PREV") stays in its
column. A phrase that runs into the next column is cut where a word starts at that column's name, as a
printout cuts a value that fills its column. A line that fits no column (prose, a page footer under a
table) ends the table; blank and ruling lines ("-----  ------") and the header repeated on each page of the
printout are skipped. A title line right above the header (two phrases of words, "ROUTE 14 READ SHEET    CYCLE
07") is no header of its own.

A tab ends a phrase however narrow it expands. Lines of tab-separated cells under a header of names one tab apart
(a spreadsheet exported as text) are split on their tabs instead, their cells placed by their order, not by where
the tabs put them (``tab_tables``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import TableCell, field_phrase, is_label_column, looks_like_header_row
from .text_fields import assignment, line_pairs

_PHRASE = re.compile(r"\S+(?: \S+)*")  # text apart from its neighbours by two spaces or more
# two phrases: text, two spaces or a whitespace character other than a space (a tab), text. A line without them
# holds one phrase at most, and no header: the cheap look that spares a long text's every line the rest
_PHRASE_GAP = re.compile(r"\S(?: {2,}| *[^\S ]\s*)\S")
_RULING = re.compile(r"[\s\-=_+|*]+")
_OFFSET = 2  # characters a cell may start away from its column's name, or lie apart from it
_GLUED_FIGURE = re.compile(r"[A-Za-z.]\d")  # a word's last letter, then a figure with no space between
_MAX_HEADER_CELL = 30  # characters of a column name, at most
_TAB_STOP = 8  # columns between two tab stops, as a text editor and ``str.expandtabs`` set them


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    text: str


@dataclass
class Table:
    """A fixed-width table: its header line (an index into the lines), its column names, and its rows as
    (line index, one cell a column; "" for an empty one)."""

    header_line: int
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    headed: bool = True  # False: no header line, header_line is the first row's and every name is ""
    key_value: bool = False  # rows of "label | value": a form's fields, each value labelled by its row's first cell
    second_lines: set[int] = field(default_factory=set)  # lines read into the row above them (``_second_line``)

    @property
    def end(self) -> int:
        """The index of the line after the table's last row."""
        last = self.rows[-1][0] + 1 if self.rows else self.header_line + 1
        return last + 1 if last in self.second_lines else last


def tables(lines: list[str]) -> list[Table]:
    """The fixed-width tables among lines of text, top to bottom, each with at least one row."""
    found: list[Table] = []
    end = 0  # the line after the table found last
    for index, line in enumerate(lines):
        if index < end or not _PHRASE_GAP.search(line):
            continue  # a table's own line; a line of one phrase, no header
        table = _table_at(lines, index)
        if table is not None:
            found.append(table)
            end = table.end
    return found


def lines_and_tables(lines: list[str], *, headerless: bool = False) -> Iterator[tuple[int, Table | None]]:
    """The lines as a reader takes them: (index, None) for a line of no fixed-width table, (index of its header
    line, table) for a table, whose lines are not given again one by one. ``headerless``: a text file's tables
    with no header line of column names are looked for too (``headerless_tables``)."""
    tabbed = tab_tables(lines)
    found = [*tabbed, *_outside(tables(lines), tabbed)]
    if headerless:
        found = sorted([*found, *headerless_tables(lines, found)], key=lambda table: table.header_line)
    table_at = {table.header_line: table for table in found}
    index = 0
    while index < len(lines):
        table = table_at.get(index)
        yield index, table
        index = table.end if table else index + 1


def _outside(found: list[Table], taken: list[Table]) -> list[Table]:
    """The tables found that share no line with the tables taken."""
    lines = {number for table in taken for number in range(table.header_line, table.end)}
    return [table for table in found if not lines & set(range(table.header_line, table.end))]


def tab_tables(lines: list[str]) -> list[Table]:
    """Tables of tab-separated cells among lines of text (a spreadsheet exported or pasted as text under a title
    and above a footnote): a header line of column names one tab apart, and under it the lines of tab-separated
    cells, each cell the text between two tabs. Read by where the tabs put them, the cells do not line up: a value
    longer than its name pushes the rest of its row to a later tab stop. A header whose names are apart by
    several tabs is aligned by them and read as a fixed-width header (``_phrases``)."""
    found, index = [], 0
    while index < len(lines):
        table = _tab_table_at(lines, index)
        found += [table] if table else []
        index = table.end if table else index + 1
    return found


def _tab_table_at(lines: list[str], index: int) -> Table | None:
    header = _tab_header(lines[index])
    if header is None:
        return None
    table = Table(index, header)
    for number in range(index + 1, len(lines)):
        if not lines[number].strip():
            continue
        cells = _tab_cells(lines[number], len(header))
        if cells is None or table.end < number and lines[number].count("\t") < len(header) - 1:
            break  # past a blank line, only a row of all the columns goes on (not the "TO:<TAB>" lines of a memo)
        table.rows.append((number, cells))
    return table if table.rows else None


def _tab_header(line: str) -> list[str] | None:
    """The column names of a header line of tab-separated names (empty ones only at its end), or None."""
    if "\t" not in line.strip():
        return None
    names = [name.strip() for name in line.rstrip().split("\t")]
    if "" in names or any(len(name) > _MAX_HEADER_CELL for name in names):
        return None
    return names if looks_like_header_row(names) else None


def _tab_cells(line: str, width: int) -> list[str] | None:
    """The cells of a row of a tab-separated table ``width`` columns wide: the text between each two tabs, empty
    cells included (an export's empty column); or, when that makes more cells than columns, between runs of tabs
    (a short value padded by a second tab to line up). None for a line of one filled cell (a note, a tab-indented
    paragraph under the table: its end) or of more cells than the table's columns."""
    cells = [cell.strip() for cell in line.rstrip().split("\t")]
    if sum(bool(cell) for cell in cells) < 2:
        return None
    if len(cells) > width:
        cells = [cell.strip() for cell in re.split(r"\t+", line.strip())]
    return cells + [""] * (width - len(cells)) if len(cells) <= width else None


def _table_at(lines: list[str], index: int) -> Table | None:
    columns = _header(lines[index])
    if columns is None:
        return None
    table = Table(index, [c.text for c in columns])
    rows = _rows_by_order(lines, index, columns)
    if rows:
        table.rows = rows
        return table
    below_row = False  # the line above is a row of the table or its continuation
    for number in range(index + 1, len(lines)):
        line = lines[number]
        if _RULING.fullmatch(line) or not line.strip() or [p.text for p in _phrases(line)] == table.header:
            below_row = False
            continue  # a ruling, a blank line, the header repeated on a printout's next page
        cells = _cells(line, columns)
        if cells is None and below_row and _continues(line, columns, table.rows[-1][1]):
            continue
        if cells is None and table.rows and not _totals_row(table.rows[-1][1]) and \
                _row_follows(lines, number + 1, columns):
            below_row = False
            continue  # a note between two rows ("   W-9 on file, claimant SSN ..."): text, the table goes on
        if cells is None or not table.rows and _header(line) is not None:
            break  # the end of the table; or, right under it, the header: the line above was a title
        if below_row and _second_line(table.rows[-1][1], cells):
            # the record's cells, the shared column's two lines one above the other ("Ana Ruiz" / "1402 W Holt Ave")
            joined = ["\n".join(filter(None, pair)) for pair in zip(table.rows[-1][1], cells)]
            table.rows[-1] = (table.rows[-1][0], joined)
            table.second_lines.add(number)
            below_row = False
            continue
        table.rows.append((number, cells))
        below_row = True
    return table if table.rows else None


_ORDERED_COLUMNS = 3  # columns of a header whose rows may be read by their phrases' order, at least


def _rows_by_order(lines: list[str], index: int, columns: list[Phrase]) -> list[tuple[int, list[str]]] | None:
    """The rows under a header whose names do not stand where the rows' cells do, each row's phrases its cells in
    order: a report typed with its own padding for the header and for the rows ("Name" and 20 spaces over rows of
    "Ana Ruiz    12 Elm St    ..."), or set in a proportional font. Every line down to the table's end (blank
    lines and rulings aside) holds as many phrases as the header has names, at least two lines, and most of them
    are not read one phrase a column where they stand (a phrase run into the next column's cell, or cut). None
    when the header lines up with its rows: a phrase then lies under its name, which places it however many cells
    a row leaves empty ("GALLOWAY  CRYSTAL" under "NAME", the last column empty)."""
    if len(columns) < _ORDERED_COLUMNS:
        return None
    rows, misplaced = [], 0
    for number in range(index + 1, len(lines)):
        line = lines[number]
        if _RULING.fullmatch(line) or not line.strip():
            continue
        texts = [p.text for p in _phrases(line)]
        if len(texts) != len(columns) or looks_like_header_row(texts):
            break
        rows.append((number, texts))
        misplaced += _cells(line, columns) != texts
    return rows if len(rows) >= 2 and 2 * misplaced > len(rows) else None


def _continues(line: str, columns: list[Phrase], row: list[str]) -> bool:
    """Whether the line goes on with the cells of the row right above it, as a cell wrapped onto a second line
    does ("                      Quillan Springs, CA 92871" under the address): its first column is empty and each
    of its phrases lies under one column that the row fills. Its text is added to those cells (the row keeps it:
    the city line is part of the address)."""
    phrases = _phrases(line)
    placed = [_column_of(p, columns, None) if sum(_overlap(p, c) > 0 for c in columns) <= 1 else None
              for p in phrases]
    if not phrases or None in placed or 0 in placed or not all(row[k] for k in placed):
        return False
    for column, phrase in zip(placed, phrases):
        row[column] = f"{row[column]}, {phrase.text}"
    return True


def _second_line(row: list[str], cells: list[str]) -> bool:
    """Whether a line's cells are the second line of the record right above it, a report printing each record on
    two lines ("R24-031  Ana Ruiz" / "         1402 W Holt Ave   700-...   6,120   $38.10"): the line leaves the
    first column empty, which the row above fills, and fills the columns the row above left empty, sharing one
    column with it at most (the name's column, under which the address goes on). A report that leaves a repeated
    first cell empty ("06/02" over a blank under it) fills the same columns in both rows."""
    filled, above = {k for k, cell in enumerate(cells) if cell}, {k for k, cell in enumerate(row) if cell}
    return (bool(row[0]) and not cells[0] and len(filled & above) <= 1 and len(filled - above) >= 1
            and len(above - filled) >= 1 and max(above) < max(filled))


# a report's totals row ("TOTAL REFERRED ... 7928.08  5 ACCTS", "Grand Total"), by its first filled cell
_TOTALS = re.compile(r"(?i)\s*(?:grand\s+|report\s+)?totals?\b")


def _totals_row(cells: list[str]) -> bool:
    """Whether the row is the table's totals: text under it is the report's footer ("AGENCY CONTACT: ..." over
    "GL 570-1320-41450 UNCOLLECTIBLE ACCOUNTS  ---  END OF REPORT"), no note between two of its rows."""
    first = next((cell for cell in cells if cell), "")
    return bool(_TOTALS.match(first))


def _row_follows(lines: list[str], start: int, columns: list[Phrase]) -> bool:
    """Whether the next line that is not blank or a ruling is a row of the table: a line between two rows is
    a note on the row above, not the table's end."""
    for line in lines[start:]:
        if line.strip() and not _RULING.fullmatch(line):
            return _cells(line, columns) is not None
    return False


def _header(line: str) -> list[Phrase] | None:
    """The column names of a header line: two names at least, apart by two spaces or more, that read as a
    table's header (worded labels, no values)."""
    if not _PHRASE_GAP.search(line):
        return None
    phrases = _phrases(line)
    if len(phrases) < 2 or any(len(p.text) > _MAX_HEADER_CELL for p in phrases):
        return None
    return phrases if looks_like_header_row([p.text for p in phrases]) else None


def _phrases(line: str) -> list[Phrase]:
    """The line's phrases, placed in its columns as its tabs expand (a tab stop every 8 columns). A tab ends a
    phrase however few spaces it expands to: "Service Address<TAB>Balance" is two column names, though the tab
    after a name that ends one column short of a tab stop is one space wide."""
    phrases, column = [], 0
    for piece in line.split("\t"):
        phrases += [Phrase(column + m.start(), column + m.end(), m.group()) for m in _PHRASE.finditer(piece)]
        column += len(piece) + _TAB_STOP - (column + len(piece)) % _TAB_STOP
    return phrases


def _cells(line: str, columns: list[Phrase]) -> list[str] | None:
    """The line's cells under the columns, or None when it does not fit them: a phrase under no column, or
    across the names of three (a line of prose), or a line of one phrase, or fewer than two cells filled."""
    text = line.expandtabs(_TAB_STOP)
    phrases = _phrases(line)
    if len(phrases) < 2 or any(sum(_overlap(p, c) > 0 for c in columns) > 2 for p in phrases):
        return None
    placed: list[list[Phrase]] = [[] for _ in columns]
    last = None  # the column of the part before
    for phrase in phrases:
        for part in _cut(phrase, columns):
            last = _column_of(part, columns, last)
            if last is None:
                return None
            placed[last].append(part)
    if sum(bool(parts) for parts in placed) < 2:
        return None
    return [text[parts[0].start:parts[-1].end] if parts else "" for parts in placed]


def _overlap(part: Phrase, column: Phrase) -> int:
    """How many characters of the part lie under the column's name (negative: how far apart they are)."""
    return min(part.end, column.end) - max(part.start, column.start)


def _cut(phrase: Phrase, columns: list[Phrase]) -> list[Phrase]:
    """The phrase cut where one of its words starts at the name of a column it runs into (within _OFFSET
    characters): a value that fills its column up to one space before the next; or, with no space left, where a
    word's letter meets a figure right at the column's name (an address as long as its column run into the account
    after it: "... Canyon Court881-204417-3")."""
    parts, start = [], phrase.start
    for column in columns:
        if not start < column.start < phrase.end:
            continue
        at = next((phrase.start + m.start() for m in re.finditer(r"(?<= )\S", phrase.text)
                   if phrase.start + m.start() > start and abs(phrase.start + m.start() - column.start) <= _OFFSET),
                  None)
        if at is not None:
            parts.append(Phrase(start, at - 1, phrase.text[start - phrase.start:at - 1 - phrase.start]))
            start = at
        elif column.start - phrase.start < len(phrase.text) and _GLUED_FIGURE.match(
                phrase.text, column.start - phrase.start - 1) and " " in phrase.text[start - phrase.start:
                                                                                   column.start - phrase.start]:
            parts.append(Phrase(start, column.start, phrase.text[start - phrase.start:column.start - phrase.start]))
            start = column.start
    parts.append(Phrase(start, phrase.end, phrase.text[start - phrase.start:]))
    return parts


def _column_of(part: Phrase, columns: list[Phrase], before: int | None) -> int | None:
    """The column a part of a row lies under: the first whose name it overlaps (a value wider than its name
    runs on to the right), or else the column of the part before when it lies short of the next column's name
    (the rest of a wide value: "GALLOWAY  CRYSTAL"), or else the nearest within _OFFSET characters (a cell
    moved by a character or two); None when it lies under none."""
    overlaps = [_overlap(part, c) for c in columns]
    under = next((k for k, o in enumerate(overlaps) if o > 0), None)
    if under is not None:
        return under
    if before is not None and part.start > columns[before].start and (
            before + 1 == len(columns) or part.end < columns[before + 1].start):
        return before
    nearest = max(range(len(columns)), key=overlaps.__getitem__)  # the smallest gap
    return nearest if overlaps[nearest] >= -_OFFSET else None


_MIN_HEADERLESS_ROWS = 2  # lines alike that make a table without a header; one such line is a line of text
_MIN_GAP_CELLS = 3  # phrases of a line of a headerless table apart by wide gaps (two are a label and its value)


def headerless_tables(lines: list[str], headed: list[Table]) -> list[Table]:
    """The tables among lines of text that no header line names, outside the headed tables: Markdown's or a
    register's ``|``-separated rows (a header line of labels over them is read as the header), and lines of as
    many phrases apart by wide gaps (a write-off list under its title, a report's records under a dashed rule).
    Their columns are judged by their values, as a spreadsheet's headerless columns are."""
    taken = {number for table in headed for number in range(table.header_line, table.end)}
    found: list[Table] = []
    index = 0
    while index < len(lines):
        table = None if index in taken else _pipe_table_at(lines, index) or _gap_table_at(lines, index)
        if table is not None and not taken & set(range(table.header_line, table.end)):
            found.append(table)
            index = table.end
        else:
            index += 1
    return found


_MARKDOWN_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")  # |---|:---:|


def _fields(line: str) -> bool:
    """Whether the line gives ``KEY=value`` fields (a log line, a setting), or two phrases of a label and its value
    ("REC 014   CUST_NM: OKAFOR,ADA   ACCT_ID: 700..." of a billing extract): records of their own, no table's row."""
    return (line_pairs(line) is not None or assignment(line) is not None
            or sum(field_phrase(p.text) is not None for p in _phrases(line)) >= 2)


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a line of ``|``-separated cells (outer bars optional), or None: two cells at least."""
    text = line.strip()
    if "|" not in text or _fields(line):
        return None
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    cells = [cell.strip() for cell in text.split("|")]
    return cells if len(cells) >= 2 and sum(bool(cell) for cell in cells) >= 2 else None


def pipe_tables(lines: list[str]) -> list[Table]:
    """The ``|``-separated tables among lines whose gaps are layout, not columns (a PDF page's visual lines), top
    to bottom: a staff report's exhibit typed as "Date | Customer | Phone | Account"."""
    found, index = [], 0
    while index < len(lines):
        table = _pipe_table_at(lines, index)
        found += [table] if table else []
        index = table.end if table else index + 1
    return found


def _pipe_table_at(lines: list[str], index: int) -> Table | None:
    """The ``|``-separated rows from line ``index`` on: a table under its header line, a headerless one, or a form's
    "Customer name | Ana Ruiz |" lines (a boxed form typed or read by OCR), whose first cells label the second."""
    first = _pipe_cells(lines[index])
    if first is None:
        return None
    rows = [(index, first)]
    for number in range(index + 1, len(lines)):
        if _MARKDOWN_RULE.fullmatch(lines[number]):
            continue
        cells = _pipe_cells(lines[number])
        if cells is None or len(cells) != len(first):
            break
        rows.append((number, cells))
    if len(rows) < _MIN_HEADERLESS_ROWS:
        return None
    if is_label_column([[TableCell(cell) for cell in cells] for _, cells in rows]):
        return Table(index, [""] * len(first), rows, headed=False, key_value=True)
    headed = looks_like_header_row(first)
    return Table(index, first if headed else [""] * len(first), rows[headed:], headed=headed) if rows[headed:] else None


def _gap_table_at(lines: list[str], index: int) -> Table | None:
    """Lines of the same number of phrases (three or more) apart by wide gaps, blank lines and rulings between
    them; an indented line of one phrase right under a row is a cell of it (an address set under the name in a
    register: "      16637 Tamarind Ct"), its lines joined."""
    width = len(_phrases(lines[index])) if _PHRASE_GAP.search(lines[index]) and not _fields(lines[index]) else 0
    if width < _MIN_GAP_CELLS or looks_like_header_row([p.text for p in _phrases(lines[index])]):
        return None
    table = Table(index, [""] * width, headed=False)
    last = index  # the last line of the row read last
    for number in range(index, len(lines)):
        phrases = _phrases(lines[number])
        texts = [p.text for p in phrases]
        if len(phrases) == width and not looks_like_header_row(texts) and not _fields(lines[number]):
            table.rows.append((number, texts))
            last = number
        elif table.rows and number == last + 1 and len(phrases) == 1 and phrases[0].start > 0:
            cells = table.rows[-1][1]
            cells[width:] = [", ".join([*cells[width:], phrases[0].text])]
            last = number
        elif phrases and not _RULING.fullmatch(lines[number]):
            break
    return table if len(table.rows) >= _MIN_HEADERLESS_ROWS else None
