"""Word 97-2003 (``.doc``) -> segments and records, per [MS-DOC].

The document's characters are listed by its piece table (the ``Pcdt`` of the Clx in the table stream, ``0Table``
or ``1Table`` as the FIB's fWhichTblStm names): each piece a run of character positions held in the
``WordDocument`` stream, cp1252 one byte a character ("compressed") or UTF-16LE. The positions run through the
stories in a fixed order, their lengths in the FIB: the main text (ccpText), footnotes (ccpFtn), headers and
footers (ccpHdd), a reserved story, comments (ccpAtn), endnotes (ccpEdn), text boxes (ccpTxbx) and the headers'
text boxes (ccpHdrTxbx). A story's paragraphs end with ``\\r``; a table's cells with ``\\x07``, its row with one more
``\\x07`` (read as a row once the row holds as many cells as the table's first row: an empty cell is also a lone
``\\x07``), so a table is read as a table, a header row labelling each row's record. A field shows its result: its
code (``\\x13 code \\x14 result \\x15``) is left out, but for the value a blank result would show. Formatting
(hidden text, revisions) is not read: the text of a run formatted hidden is read as visible.

An encrypted document (fEncrypted) needs a password: the public cannot read it either. Bounded for hostile files:
the pieces' count and positions are checked against the streams, and no more characters are read than the
document's text budget holds.
"""
from __future__ import annotations

import re
import struct

from detectors.model import Location

from . import DocumentBuilder, ExtractError, PasswordProtected, TableCell, lay_out_table
from .ole import read_summary_properties, stream
from .fixed_width import lines_and_tables
from .text import read_table
from .word_fields import OpenField, kept_value, stored_values

_WORD_IDENTIFIER = 0xA5EC
_FIRST_WORD97_FIB = 0x65  # nFib of Word 97's format; older ones (Word 6, Word 95) lay out the FIB differently
_ENCRYPTED, _TABLE_STREAM_1 = 0x0100, 0x0200
_FC_CLX = 33  # the Clx's (offset, size) pair in the FIB's FibRgFcLcb
# the stories in the order their characters follow the main text: (FibRgLw index of its length, how the report
# names it, hidden: why a reader of the page does not see it, chrome: printed on every page)
_STORIES = ((3, "paragraph", None, False), (4, "footnote", None, False), (5, "header or footer", None, True),
            (6, "", None, False), (7, "comment", "comment", False), (8, "endnote", None, False),
            (9, "text box", None, False), (10, "header text box", None, True))
_MAX_PIECES = 1_000_000
_FIELD_MARKS = re.compile("[\x13\x14\x15]")
_UNIT = re.compile("([^\r\x07]*)([\r\x07]|$)")  # a paragraph or a cell, and the mark that ends it
# marks with no text of their own: an inline picture, a drawn object, a footnote's or a comment's reference mark,
# an optional hyphen, a column or section break (``\x0c`` is a page break: a paragraph's end)
_NO_TEXT = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x0e\x1f\x00"), None) | {
    ord("\x0b"): "\n", ord("\x0c"): "\r", ord("\x1e"): "-", ord("\xa0"): " "}


def read_doc(builder: DocumentBuilder, ole) -> None:
    word = stream(ole, "WordDocument", "DOC")
    try:
        identifier, version = struct.unpack_from("<HH", word, 0)
        (flags,) = struct.unpack_from("<H", word, 0x0A)
    except struct.error:
        raise ExtractError("broken DOC: the WordDocument stream is too short for its header") from None
    if identifier != _WORD_IDENTIFIER:
        raise ExtractError("broken DOC: the WordDocument stream is no Word document")
    if flags & _ENCRYPTED:
        raise PasswordProtected("the document needs a password to open")
    if version < _FIRST_WORD97_FIB:
        raise ExtractError("Word 6/95 .doc (older than Word 97) is not read; convert to .docx or PDF")
    table_name = "1Table" if flags & _TABLE_STREAM_1 else "0Table"
    if not ole.exists(table_name):
        raise ExtractError(f"broken DOC: its table stream {table_name} is missing")
    try:
        lengths, clx_at, clx_size = _fib(word)
        table = stream(ole, table_name, "DOC")
        text = _text(word, _pieces(table, clx_at, clx_size), min(sum(lengths), builder.room + 1))
    except struct.error:
        raise ExtractError("broken DOC: its header or piece table is cut short") from None
    start = 0
    for length, (_, name, hidden, chrome) in zip(lengths, _STORIES):
        story, start = text[start:start + length], start + length
        if name and story:
            _story(builder, _field_results(story), name, hidden, chrome)
        if builder.full:
            return
    read_summary_properties(builder, ole)


def _fib(word: bytes) -> tuple[list[int], int, int]:
    """The stories' lengths in characters, and the Clx's offset and size in the table stream, from the FIB: its
    FibRgW, FibRgLw and FibRgFcLcb blocks, each after its count."""
    at = 32
    (words,) = struct.unpack_from("<H", word, at)
    at += 2 + 2 * words
    (longs,) = struct.unpack_from("<H", word, at)
    if longs < 11:
        raise ExtractError("broken DOC: its header lists too few story lengths")
    lengths = [max(0, n) for n in struct.unpack_from("<8i", word, at + 2 + 4 * 3)]
    at += 2 + 4 * longs
    (pairs,) = struct.unpack_from("<H", word, at)
    if pairs <= _FC_CLX:
        raise ExtractError("broken DOC: its header does not locate the piece table")
    clx_at, clx_size = struct.unpack_from("<II", word, at + 2 + 8 * _FC_CLX)
    return lengths, clx_at, clx_size


def _pieces(table: bytes, at: int, size: int) -> list[tuple[int, int, int, bool]]:
    """The piece table's pieces: (first character position, next piece's, offset in the WordDocument stream,
    compressed). The Clx's property runs (Prc, clxt 1) before it are skipped."""
    end = at + size
    if size == 0 or end > len(table):
        raise ExtractError("broken DOC: its piece table lies outside the table stream")
    while at < end and table[at] == 1:
        (grpprl,) = struct.unpack_from("<h", table, at + 1)
        at += 3 + max(0, grpprl)
    if at >= end or table[at] != 2:
        raise ExtractError("broken DOC: no piece table in its Clx")
    (plc_size,) = struct.unpack_from("<I", table, at + 1)
    at += 5
    count = (plc_size - 4) // 12
    if plc_size < 16 or at + plc_size > end or count > _MAX_PIECES:
        raise ExtractError("broken DOC: its piece table's size is wrong")
    positions = struct.unpack_from(f"<{count + 1}I", table, at)
    pieces = []
    for index in range(count):
        (fc,) = struct.unpack_from("<I", table, at + 4 * (count + 1) + 8 * index + 2)
        compressed = bool(fc & 0x40000000)
        offset = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        pieces.append((positions[index], positions[index + 1], offset, compressed))
    return pieces


def _text(word: bytes, pieces: list[tuple[int, int, int, bool]], limit: int) -> str:
    """The document's characters in position order, up to ``limit`` of them."""
    parts, read = [], 0
    for first, after, offset, compressed in pieces:
        if read >= limit:
            break
        count = min(after - first, limit - read)
        if count <= 0:
            continue
        width = 1 if compressed else 2
        data = word[offset:offset + count * width]
        if len(data) < count * width:
            raise ExtractError("broken DOC: a piece of its text lies outside the WordDocument stream")
        parts.append(data.decode("cp1252" if compressed else "utf-16-le", errors="replace"))
        read += count
    return "".join(parts)


_FIELD_CODE = re.compile("\x13([^\x13\x14\x15]*)")  # a field's code, up to its separator or a nested field


def _field_results(text: str) -> str:
    """The text as Word shows it: each field's result (between ``\\x14`` and ``\\x15``) in place of the field, its
    code (between ``\\x13`` and ``\\x14``) left out; fields nest. A field whose result is blank and whose code keeps
    the value it would show (a QUOTE's text, a FILLIN's default answer: :mod:`.word_fields`) shows that value."""
    if "\x13" not in text:
        return text
    kept: list[str] = []
    fields: list[OpenField] = []  # the fields begun and not ended, innermost last
    # what the document's SETs store, which its REFs show: the last SET before a REF, else the document's last
    stored, current = stored_values(_FIELD_CODE.findall(text)), {}
    position = 0
    for mark in _FIELD_MARKS.finditer(text):
        _read_into(kept, fields, text[position:mark.start()])
        position = mark.end()
        if mark.group() == "\x13":
            fields.append(OpenField())
        elif mark.group() == "\x14" and fields:
            fields[-1].separated = True
        elif mark.group() == "\x15" and fields:
            field = fields.pop()
            current.update(stored_values([field.instruction]))
            value = kept_value(field.instruction, "", field.result, {**stored, **current})
            _read_into(kept, fields, value.text if value and value.in_place else field.result)
    _read_into(kept, fields, text[position:])
    while fields:  # a field never ended shows what its result holds so far
        _read_into(kept, fields, fields.pop().result)
    return "".join(kept)


def _read_into(kept: list[str], fields: list[OpenField], piece: str) -> None:
    """Add a piece of text to the innermost open field's code or result, or to the text shown when none is open."""
    if not fields:
        kept.append(piece)
    elif fields[-1].separated:
        fields[-1].result += piece
    else:
        fields[-1].instruction += piece


def _story(builder: DocumentBuilder, text: str, name: str, hidden: str | None, chrome: bool) -> None:
    """A story's paragraphs, "NAME N", and tables, "table N", in order. Paragraphs typed as a table, cells a tab or
    a run of spaces apart under a line of column names (a list pasted from a billing system as plain text), are read
    as the table they show (``fixed_width.lines_and_tables``), as an RTF file's lines are: folded to sentences, a
    row's account at its end would have no label."""
    paragraphs = tables = 0
    prefix = "" if name == "paragraph" else f"{name} "
    for run in _runs(_blocks(text.translate(_NO_TEXT))):
        if builder.full:
            return
        if isinstance(run[0], list):
            tables += 1
            layout = lay_out_table([[TableCell(cell) for cell in row] for row in run])
            builder.add_table(run, layout, f"{prefix}table {tables}", hidden=hidden, chrome=chrome)
            continue
        for index, table in lines_and_tables(run):
            if table is not None:
                tables += 1
                read_table(builder, run, table, f"{prefix}table {tables}", hidden=hidden, chrome=chrome)
            else:
                paragraphs += 1
                builder.add(_tidy(run[index]), Location(element=f"{name} {paragraphs}"), hidden=hidden, chrome=chrome)
            if builder.full:
                return


def _runs(blocks):
    """``blocks`` as runs: a table's rows, or consecutive paragraphs."""
    paragraphs: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            paragraphs.append(block)
            continue
        if paragraphs:
            yield paragraphs
            paragraphs = []
        yield block
    if paragraphs:
        yield paragraphs


def _blocks(text: str):
    """The story's paragraphs (text, its tabs kept) and tables (lists of rows of cell texts), in order. A cell's
    paragraphs after its first are joined to it by newlines; a row ends at a ``\\x07`` after an empty cell once it
    holds as many cells as the table's first row."""
    rows: list[list[str]] = []
    cells: list[str] = []
    cell: list[str] = []  # the paragraphs of the cell being read
    for unit in _UNIT.finditer(text):
        content, end = _tidy(unit.group(1)), unit.group(2)
        if end != "\x07":  # a paragraph's end, or the end of text cut at the budget
            if cells:
                cell.append(content)
                continue
            if rows:
                yield rows
                rows = []
            if content:
                yield unit.group(1)
            continue
        cell.append(content)
        whole = "\n".join(part for part in cell if part)
        cell = []
        if not whole and cells and len(cells) >= (len(rows[0]) if rows else 1) and not unit.group(1):
            rows.append(cells)
            cells = []
        else:
            cells.append(whole)
    if cells:
        rows.append(cells)
    if rows:
        yield rows


def _tidy(text: str) -> str:
    """A paragraph's text, spaces collapsed on each line (a line break stays)."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
