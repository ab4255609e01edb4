"""Plain text (one segment per line, an overlong line in pieces: :func:`line_pieces`; captions and timed
transcripts a speaker's turn per segment, ``crawler.extract.captions``; ``KEY=value`` fields as records, the rows
of a fixed-width table under its header line as records labelled by it: ``crawler.extract.fixed_width``; an X12
EDI interchange its transaction sets as records: ``crawler.extract.x12``), CSV (one record per row, labelled by the
header row), and XML by its own reader (``crawler.extract.xml_data``)."""
from __future__ import annotations

import csv
import re

from detectors.context.headers import header_kind
from detectors.model import Location

from ..cycles import no_cycle_collection
from . import DocumentBuilder, is_label_like, label_text, looks_like_header_row, new_table_header
from .captions import is_captions, read_captions
from .fixed_width import Table, lines_and_tables
from .sniff import decode
from .text_fields import assignment, join_dumped_values, line_pairs, mend_cut_numbers
from .x12 import looks_like_x12, read_x12

_DELIMITERS = ",;\t|"
_SNIFF_LINES = 50
_PREAMBLE_ROWS = 10  # a header row is looked for below at most this many rows of titles ("Report: ...", "Run date")


def extract_text(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    if _is_xml(builder.document.content_type, body):
        from .xml_data import read_xml
        if read_xml(builder, body):
            return
    text = _decoded(builder, body, content_type)
    if looks_like_x12(text):  # an EDI interchange, whatever it was posted as: its segments read as fields
        read_x12(builder, text)
        return
    lines = _lines(text)
    if is_captions(lines):  # captions or a timed transcript: each speaker's turn read as running text
        read_captions(builder, lines)
        return
    if _tab_separated(lines[:_SNIFF_LINES]):  # a spreadsheet saved as .txt: read its rows like a CSV's
        read_csv(builder, text)
        return
    read_lines(builder, *join_dumped_values(mend_cut_numbers(lines)))


# a style sheet's comment (an unclosed one runs to the end, as a browser reads it)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_NOT_LINE_BREAKS = re.compile(r"[^\r\n]+")


def extract_stylesheet(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    """A style sheet's words: its comments, line by line where they stand (a developer may have written anything
    there), and the text its ``content`` declarations have the browser show (``.ticket::before{content: "Callback:
    ..."}``, its escapes read), one segment hidden "css content" as a page's inline style's
    (``crawler.extract.html``). Its rules' selectors and values (colours, sizes, an inlined font's base64) are no
    text anyone reads."""
    from .html import css_link_targets, shown_by_css
    text = _decoded(builder, body, content_type)
    kept, end = [], 0
    for comment in _CSS_COMMENT.finditer(text):
        kept += [_NOT_LINE_BREAKS.sub("", text[end:comment.start()]), comment.group()]
        end = comment.end()
    read_lines(builder, _lines("".join(kept)))
    shown = shown_by_css(text)
    if shown:
        builder.add("\n".join(shown), Location(element="content declarations"), hidden="css content")
    for target in css_link_targets(text):  # a password in a url() or @import (see .html.css_link_targets)
        builder.add(target, Location(element="url"), hidden="link target")


def read_lines(builder: DocumentBuilder, lines: list[str], emptied: set[int] = frozenset()) -> None:
    """One segment per line; a block of ``KEY=value`` lines is one record of fields labelled by their keys, and a
    line of two pairs or more (a log line) a record of its own (``crawler.extract.text_fields``). The lines at
    ``emptied`` are skipped: a dump's values ``join_dumped_values`` moved up to their keys' lines."""
    block: list = []  # the fields of the KEY=value lines read so far
    block_start = 0
    for index, table in lines_and_tables(lines, headerless=True):
        number, line = index + 1, lines[index]
        if index in emptied:
            continue
        if table is not None:
            if block:
                builder.add_record(block, Location(line=block_start, element=f"lines {block_start}-{number - 1}"))
                block = []
            read_table(builder, lines, table)
            continue
        pairs = line_pairs(line)
        assigned = assignment(line) if pairs is None else None
        if assigned is None and block:
            builder.add_record(block, Location(line=block_start, element=f"lines {block_start}-{number - 1}"))
            block = []
        if pairs is not None:
            fields, rest = pairs
            builder.add(rest, Location(line=number))
            builder.add_record([builder.add(f.value, Location(line=number, element=f.key), label=f.key)
                                for f in fields], Location(line=number))
        elif assigned is not None:
            block_start = block_start if block else number
            block.append(builder.add(assigned.value, Location(line=number, element=assigned.key),
                                     label=assigned.key))
        elif line.strip():
            for piece in line_pieces(line.rstrip()):
                builder.add(piece, Location(line=number))
        if builder.full:
            break
    if block:
        builder.add_record(block, Location(line=block_start, element=f"lines {block_start}-{len(lines)}"))


# an overlong line is read in pieces of at most this many characters, each cut at the strongest separator among the
# last _CUT_WINDOW characters before the limit: between two records of a minified JSON, between two quoted fields,
# at a sentence's end, at a comma, after a bracket, a quote or an equals sign (which no value holds), at a blank
LONG_LINE = 10_000
_CUT_WINDOW = 2_000
_CUTS = [re.compile(p) for p in (r"[}\]]\s*,\s*(?=[{\[])", r"[\"']\s*[,;|\t]\s*(?=[\"'])", r"[.!?;]\s", r"[,|\t]",
                                 r"[{}\[\]\"<>=]", r"\s")]


def line_pieces(line: str) -> list[str]:
    """``line`` in pieces of at most :data:`LONG_LINE` characters, cut between values (see ``_CUTS``); a line no
    longer than that is one piece. A minified JSON or a CSV without line breaks (megabytes on one line) is read as a
    page's lines are: some rules look at a segment's whole text for each value they weigh, which in one 5 MB segment
    cost minutes (a 4.9 MB line timed out while the same text in short lines was read in 75 s)."""
    if len(line) <= LONG_LINE:
        return [line]
    pieces, start = [], 0
    while len(line) - start > LONG_LINE:
        limit = start + LONG_LINE
        cut = limit
        for separator in _CUTS:
            last = None
            for last in separator.finditer(line, limit - _CUT_WINDOW, limit):
                pass
            if last is not None:  # cut after the separator: "}," | "{", ". " | "Next"
                cut = last.end()
                break
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def read_table(builder: DocumentBuilder, lines: list[str], table: Table, where: str | None = None, *,
               hidden: str | None = None, chrome: bool = False, page: int | None = None, ocr: bool = False) -> None:
    """A fixed-width table: its header's names, then each row a record of its cells labelled by their column;
    the lines between rows (rulings, blank lines) as text. ``where`` is the element the lines are in (an HTML
    ``<pre>``, a picture on a PDF page), their line numbers then counted in it; ``hidden`` and ``chrome`` are that
    element's; ``page`` the PDF page they are on; ``ocr`` whether OCR read them."""
    def location(index: int, column: int | None = None) -> Location:
        name = None if column is None else f"column {table.header[column] if table.headed else column + 1}"
        if where is None:
            return Location(page=page, line=index + 1, element=name, ocr=ocr)
        return Location(page=page, element=" > ".join(filter(None, (where, f"line {index + 1}", name))), ocr=ocr)

    for column, name in enumerate(table.header if table.headed else ()):
        builder.add(name, location(table.header_line, column), hidden=hidden, chrome=chrome)
    rows = dict(table.rows)
    form = []  # the values of a form's "label | value" lines: one record
    for index in range(table.header_line + table.headed, table.end):
        cells = rows.get(index)
        if cells is None:
            if lines[index].strip() and index not in table.second_lines:
                builder.add(lines[index].rstrip(), location(index), hidden=hidden, chrome=chrome)
            continue
        if table.key_value:  # a form's "label | value" line: the value labelled as "label:" would
            builder.add(cells[0], location(index), hidden=hidden, chrome=chrome)
            form.append(builder.add(cells[1], location(index), label=label_text(cells[0]), hidden=hidden,
                                    chrome=chrome))
            continue
        builder.add_record([builder.add(cell, location(index, column), label=_column_name(table.header, column),
                                        hidden=hidden, chrome=chrome) for column, cell in enumerate(cells)],
                           location(index))
    builder.add_record(form, location(table.header_line))


# an XML document's root element without the "<?xml" declaration (which is optional): an export's "<accounts>" ...
# "</accounts>", a tool's "<Customers xmlns=...>" served as text/plain
_BARE_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(?:\s[^<>]*)?>")


def _is_xml(media_type: str, body: bytes) -> bool:
    """Whether ``body`` is XML to read as records: by its type, its ``<?xml`` declaration, or a root element that opens
    the file and is closed at its end (a text that merely begins with a tag is no XML document)."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if media_type in ("text/xml", "application/xml") or head.startswith(b"<?xml"):
        return True
    root = _BARE_ROOT.match(head)
    if not root or not body.rstrip().endswith(b"</" + root.group(1) + b">"):
        return False
    from .xml_data import well_formed
    return well_formed(body)


def extract_csv(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    read_csv(builder, _decoded(builder, body, content_type))


def read_csv(builder: DocumentBuilder, text: str) -> None:
    """One record per row, labelled by the header row (looked for below a few lines of titles). The lines above
    a header are the export's preface ("Meter 2226..., SA 3-189-..., KONG, YANG, 2042 N TOWNE AVE"): text, read as
    a page's lines are, whose customer the rows under the header are about."""
    with no_cycle_collection():
        _read_csv(builder, text)


def _read_csv(builder: DocumentBuilder, text: str) -> None:
    lines = _lines(text)
    header, header_row = None, 0
    widest = 0  # filled cells of the widest title so far: a header is wider than the title lines above it
    # a header is as wide as no row of values above it (rows of values before a text row are data, not a preface)
    preface: list[tuple[int, int, list[str]]] = []  # (line, row number, cells) above the header, while it is sought
    kept: list[dict[str, str]] = []  # each column's values so far (see _one_copy)
    columns: dict[int, list[tuple[str, str | None]]] = {}  # (name, label) of each column, by row width
    after_gap = False  # a blank line under a table's rows, maybe then a title: where a stacked table may start
    delimiter = _delimiter(lines[:_SNIFF_LINES])
    pairs = _key_value_preamble(lines, delimiter)  # a record of its own: the header is sought in the rows under it
    form = []  # the values of the preamble's "key,value" rows: one record

    def add_row(line: int, row_number: int, cells: list[str]) -> None:
        kept.extend({} for _ in range(len(cells) - len(kept)))
        named = columns.get(len(cells))
        if named is None:  # worked out once per header and width: 20,000 rows have the same 9 columns
            named = columns[len(cells)] = [(_column_name(header, c) or column_letter(c), _column_name(header, c))
                                           for c in range(len(cells))]
        add, element = builder.add, f"row {row_number}, column "
        fields = [add(_one_copy(seen, cell.strip()), Location(line=line, element=element + name), label=label)
                  for cell, seen, (name, label) in zip(cells, kept, named)]
        builder.add_record(fields, Location(line=line, element=f"row {row_number}"))

    for row_number, (line, cells) in enumerate(_rows(lines, delimiter), 1):
        if isinstance(cells, csv.Error):  # e.g. a field past the csv module's size limit
            builder.warn(f"CSV unreadable from line {line} ({cells}); the rest read as plain text")
            for number, text_line in enumerate(lines[line - 1:], line):
                if text_line.strip() and not builder.full:
                    builder.add(text_line.rstrip(), Location(line=number))
            return
        if row_number in pairs:
            builder.add(cells[0].strip(), Location(line=line, element=f"row {row_number}, column A"))
            form.append(builder.add(cells[1].strip(), Location(line=line, element=f"row {row_number}, column B"),
                                    label=label_text(cells[0])))
            continue
        if form:
            builder.add_record(form, Location(line=line, element=f"rows 1-{row_number - 1}"))
            form = []
        if not any(c.strip() for c in cells):
            after_gap = header is not None and row_number > header_row + 1
            continue
        if after_gap and new_table_header([c.strip() for c in cells]):
            # a second table stacked under the first after a blank line ("Company | Contact | Phone"): its own header
            header, header_row = [c.strip() for c in cells], row_number
            columns.clear()
            for column, cell in enumerate(header):
                builder.add(cell, _cell_location(line, row_number, column, header))
            continue
        after_gap = after_gap and _title(cells)  # a title line may stand between the blank line and the header
        if header is not None and row_number == header_row + 1 and (joined := _two_line_header(header, cells)):
            header = joined  # "Service" over "Address": the column is the service address
            columns.clear()
            for column, cell in enumerate(cells):
                builder.add(cell.strip(), _cell_location(line, row_number, column, header))
            continue
        if widest >= 0:
            width = sum(1 for c in cells if c.strip())
            in_preamble = row_number - len(pairs) <= _PREAMBLE_ROWS
            if (width > widest and in_preamble and looks_like_header_row([c.strip() for c in cells])
                    and not (_title(cells) and not any(header_kind(c.strip())[0] for c in cells))
                    and not any(len(row) == len(cells) and not _comment(row) and not _title(row)
                                for _, _, row in preface)):
                header, header_row = [c.strip() for c in cells], row_number
                columns.clear()
                for column, cell in enumerate(header):
                    builder.add(cell, _cell_location(line, row_number, column, header))
                for number, _, _ in preface:
                    builder.add(lines[number - 1].strip(), Location(line=number))
                widest, preface = -1, []
                continue
            if in_preamble and (_comment(cells) or not (
                    preface and width > 2 and len(preface[-1][2]) == len(cells))):
                widest = max(widest, width) if width <= 2 else widest  # a title or "Run date, 2025-03-01"
                preface.append((line, row_number, cells))
                continue
            widest = -1  # two rows alike (data) or past the preamble: no header, the rows so far are records
            for row in preface:
                add_row(*row)
            preface = []
        add_row(line, row_number, cells)
        if builder.full:
            return
    for row in preface:
        add_row(*row)
    builder.add_record(form, Location(line=1, element="preamble"))


def _key_value_preamble(lines: list[str], delimiter: str) -> set[int]:
    """The row numbers of a key/value preamble at the top of an export, above its table (a utility's "download my
    data" file: "Name,TREVOR SALINAS" / "Address,3780 VIA VERDE ..." / "Account Number,..."): two rows or more of
    two cells each, a field's name then a value, at the start or under the export's title line ("Interval Usage
    Export"). Its first row is no header of two columns: its second cell names no field, and neither does the row
    under it read as a row of values under "Name | ...". """
    rows = []
    for row_number, (_, cells) in enumerate(_rows(lines[:_PREAMBLE_ROWS], delimiter), 1):
        if not rows and row_number == 1 and not isinstance(cells, csv.Error) and _title_line(cells):
            continue
        if isinstance(cells, csv.Error) or not (_key_and_value(cells) or len(rows) >= 2 and _setting(cells)):
            break
        rows.append(row_number)
    return set(rows) if len(rows) >= 2 else set()


def _setting(cells: list[str]) -> bool:
    """A preamble's row of two cells that names no customer's field but a setting of the export ("Units,kWh", "Time
    zone,PST"): under two rows of the preamble's fields it is one of them, not the table's two-column header."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) == 2 and filled == [c.strip() for c in cells[:2]] and is_label_like(filled[0])


def _title_line(cells: list[str]) -> bool:
    """A title in the first cell alone ("Pomona Choice Energy - Interval Usage Export")."""
    return bool(cells) and bool(cells[0].strip()) and not any(c.strip() for c in cells[1:])


def _key_and_value(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return (len(filled) == 2 and filled == [c.strip() for c in cells[:2]] and header_kind(filled[0])[0] is not None
            and header_kind(filled[0])[0] != "veto" and header_kind(filled[1])[0] is None)


def _two_line_header(header: list[str], cells: list[str]) -> list[str] | None:
    """The header's names with the row under it, when that row is the header's second line ("Premise | Customer |
    Service" over "No. | Name | Address"): as wide, worded labels too, and read together they name more columns'
    kinds than the first line alone."""
    if len(cells) != len(header) or not looks_like_header_row([c.strip() for c in cells]):
        return None
    joined = [f"{top} {bottom.strip()}".strip() for top, bottom in zip(header, cells)]
    # the first column alone named by the row under it is a table laid out sideways, its fields down the first
    # column ("Field | Case 1 | Case 2" over "Name | Ana Ruiz | Li Wei"): that row is its first record
    named = sum(header_kind(name)[0] is not None for name in joined[1:])
    return joined if named > sum(header_kind(name)[0] is not None for name in header[1:]) else None


def _title(cells: list[str]) -> bool:
    """A title line of two filled cells at most, padded to the sheet's width by the commas of an Excel export
    ("Run date: 10/02/2026,,,,,,"): no row of values. Two cells after an empty first one are no title but the header
    of a table whose first column names its rows (",Case 1,Case 2" over "Name,Ana Ruiz,Li Wei")."""
    filled = sum(1 for c in cells if c.strip())
    return filled <= 1 or filled == 2 and bool(cells[0].strip())


def _comment(cells: list[str]) -> bool:
    """A comment line above a CSV's header ("# Interval data export, meter ..."): never a row of data."""
    return cells[0].lstrip().startswith("#")


def _tab_separated(sample: list[str]) -> bool:
    """Lines of tab-separated cells: nearly all filled lines hold the same number of tabs between at least two
    filled cells (text indented by tabs holds one filled cell a line)."""
    filled = [line for line in sample if line.strip()]
    if len(filled) < 2:
        return False
    tabs = [line.count("\t") for line in filled]
    common = max(set(tabs), key=tabs.count)
    rows = [line for line, count in zip(filled, tabs) if count == common]
    return (common >= 1 and 5 * len(rows) >= 4 * len(filled)
            and sum(sum(1 for c in line.split("\t") if c.strip()) >= 2 for line in rows) * 5 >= 4 * len(rows))


_VALUES_KEPT = 256  # distinct values remembered per column: a column of names or phones stops growing there


def _one_copy(seen: dict[str, str], text: str) -> str:
    """``text`` as one string object for every row of its column that holds it: an export repeats a city, a ZIP
    code, a rate plan or a status in every row (60,000 of a 20,000-row customer export's 180,000 cells)."""
    found = seen.get(text)
    if found is not None:
        return found
    if len(seen) < _VALUES_KEPT:
        seen[text] = text
    return text


def _column_name(header: list[str] | None, column: int) -> str | None:
    return header[column] or None if header and column < len(header) else None


def _cell_location(line: int, row_number: int, column: int, header: list[str] | None) -> Location:
    name = _column_name(header, column) or column_letter(column)
    return Location(line=line, element=f"row {row_number}, column {name}")


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": the spreadsheet name of a column."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _decoded(builder: DocumentBuilder, body: bytes, content_type: str | None) -> str:
    decoded = decode(body, content_type)
    if decoded.warning:
        builder.warn(decoded.warning)
    return decoded.text


def _lines(text: str) -> list[str]:
    """Lines as an editor numbers them (only CR LF, LF and CR end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _delimiter(sample: list[str]) -> str:
    """The delimiter that splits the first lines into the most, equally long, rows."""
    def score(delimiter: str) -> tuple[int, int]:
        widths = [len(row) for row in csv.reader([line for line in sample if line.strip()], delimiter=delimiter)]
        if not widths:
            return (0, 0)
        common = max(set(widths), key=widths.count)
        return (widths.count(common) if common > 1 else 0, common)
    try:
        return max(_DELIMITERS, key=score)
    except csv.Error:
        return ","


# Excel's way to keep a CSV cell text when opened (no leading zeros dropped, no phone read as a sum): ="00123"
_TEXT_FORMULA = re.compile(r'\s*="((?:[^"]|"")*)"\s*')


def _formula_text(cell: str) -> str:
    """A cell written as Excel's text formula, ="(562) 453-3602", as the text Excel shows: (562) 453-3602."""
    formula = _TEXT_FORMULA.fullmatch(cell) if cell.startswith(("=", " ")) else None
    return formula.group(1).replace('""', '"') if formula else cell


def _rows(lines: list[str], delimiter: str):
    """(line number where the row starts, cells) for each row, as a spreadsheet numbers them
    (quoted cells may span lines); a row the csv module cannot read ends them as (its line, the error)."""
    reader = csv.reader((line + "\n" for line in lines), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            yield start, [_formula_text(cell) for cell in cells]
            start = reader.line_num + 1
    except csv.Error as e:
        yield start, e
