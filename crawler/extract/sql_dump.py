"""Database dumps (``.sql``): a ``mysqldump`` or ``pg_dump --inserts`` file left in a published folder.

Each row an ``INSERT`` statement writes is a record of its values, labelled by the statement's column list, else
by the columns of the table's ``CREATE TABLE`` above it (``INSERT INTO customer VALUES (1001,'49-773756-32',
'Jason','Roberts',...)`` under ``CREATE TABLE customer (id INT, acct_no VARCHAR(20), first_name ..., ...)``), as a
CSV's rows are labelled by its header; a row of a table whose columns the file never names is a record of unlabelled
values. Everything else (comments, other statements) is read as text lines. Quoting follows MySQL and PostgreSQL:
``'...'`` with ``''`` or a backslash escaping a quote; names in backquotes, double quotes or brackets.
"""
from __future__ import annotations

import re

from detectors.model import Location

from . import DocumentBuilder
from .sniff import decode

_NAME = r"(?:`[^`]+`|\"[^\"]+\"|\[[^\]]+\]|[\w$]+)(?:\s*\.\s*(?:`[^`]+`|\"[^\"]+\"|\[[^\]]+\]|[\w$]+))?"
_CREATE = re.compile(rf"(?is)\bcreate\s+(?:temporary\s+)?table\s+(?:if\s+not\s+exists\s+)?(?P<table>{_NAME})\s*\(")
_INSERT = re.compile(rf"(?is)\binsert\s+(?:ignore\s+)?into\s+(?P<table>{_NAME})\s*(?:\((?P<columns>[^)]*)\))?\s*"
                     r"values\s*")
# one value of a row, and what follows it: a quoted string, NULL or another bare word, a number; then "," or ")"
_VALUE = re.compile(r"""\s*(?:'(?P<text>(?:[^'\\]|\\.|'')*)'|(?P<bare>[^,()'\s]+))\s*(?P<after>[,)])""", re.S)
_QUOTED_OR_END = re.compile(r"""'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"|`[^`]*`|;""", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "", "Z": ""}
_CONSTRAINTS = frozenset({"primary", "key", "constraint", "unique", "index", "foreign", "check", "fulltext",
                          "spatial", "exclude"})
MAX_ROWS = 200_000  # rows read of one dump; past that, reported as not checked


def extract_sql(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    text = decode(body, content_type).text
    columns: dict[str, list[str]] = {}
    headed: set[str] = set()
    rows = 0
    position = 0
    lines = _Lines(text)
    for statement in _statements(text):
        start, end, kind = statement
        _lines_between(builder, text, lines, position, start)
        position = end
        if kind == "create":
            match = _CREATE.match(text, start)
            columns[_plain(match["table"])] = _create_columns(text, match.end(), end)
            _lines_between(builder, text, lines, start, end)
            continue
        match = _INSERT.match(text, start)
        table = _plain(match["table"])
        names = [_plain(c) for c in match["columns"].split(",")] if match["columns"] else columns.get(table, [])
        line = lines.at(start)
        if table not in headed:  # the column names once over the table's rows, as a CSV's header row
            headed.add(table)
            for name in names:
                builder.add(name, Location(line=line, element=f"table {table} > header"))
        for opening, values in _rows(text, match.end(), end):
            line = lines.at(opening)  # each row on the line it starts on
            rows += 1
            if rows > MAX_ROWS:
                builder.not_checked(f"rows past the first {MAX_ROWS:,} of the dump not read")
                return
            fields = [builder.add(value, Location(line=line, element=f"table {table} > row {rows} > "
                                                                      f"{names[k] if k < len(names) else k + 1}"),
                                  label=names[k] if k < len(names) else None)
                      for k, value in enumerate(values) if value]
            builder.add_record(fields, Location(line=line, element=f"table {table} > row {rows}"))
            if builder.full:
                return
    _lines_between(builder, text, lines, position, len(text))


def _statements(text: str):
    """(start, end, "create" or "insert") of each CREATE TABLE and INSERT statement, in order."""
    found = sorted([(m.start(), "create") for m in _CREATE.finditer(text)] +
                   [(m.start(), "insert") for m in _INSERT.finditer(text)])
    last = 0
    for start, kind in found:
        if start < last:
            continue  # a statement's name inside another's quoted value
        end = _statement_end(text, start)
        yield start, end, kind
        last = end


def _statement_end(text: str, start: int) -> int:
    """Where the statement at ``start`` ends: after its ";" outside quotes, or at the end of the text."""
    for match in _QUOTED_OR_END.finditer(text, start):
        if match.group() == ";":
            return match.end()
    return len(text)


def _rows(text: str, start: int, end: int):
    """(where it opens, its values) of each row ``(...), (...)`` from ``start``, the values strings ("" for NULL)."""
    position = start
    while True:
        opening = text.find("(", position, end)
        if opening < 0:
            return
        values, position = [], opening + 1
        while position < end:
            match = _VALUE.match(text, position, end)
            if not match:
                return  # not a row of plain values (a sub-select, a function call): the rest is text
            values.append(_unquoted(match["text"]) if match["text"] is not None else
                          "" if match["bare"].upper() == "NULL" else match["bare"])
            position = match.end()
            if match["after"] == ")":
                break
        yield opening, values


def _create_columns(text: str, start: int, end: int) -> list[str]:
    """The column names of a CREATE TABLE's definition list, without its keys and constraints."""
    names, depth, piece = [], 0, []
    for char in text[start:end]:
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        if char == "," and depth == 0:
            names.append("".join(piece))
            piece = []
        else:
            piece.append(char)
    names.append("".join(piece))
    columns = []
    for definition in names:
        words = definition.split()
        if words and words[0].lower() not in _CONSTRAINTS:
            columns.append(_plain(words[0]))
    return columns


class _Lines:
    """The line numbers of positions met in order, each newline counted once (a dump of a million INSERT
    statements is not counted from its start a million times)."""

    def __init__(self, text: str):
        self.text, self.position, self.line = text, 0, 1

    def at(self, position: int) -> int:
        self.line += self.text.count("\n", self.position, position)
        self.position = position
        return self.line


def _lines_between(builder: DocumentBuilder, text: str, lines: _Lines, start: int, end: int) -> None:
    """The text between statements (comments, other statements), a segment per line."""
    for number, content in enumerate(text[start:end].split("\n"), lines.at(start)):
        if content.strip() and not builder.full:
            builder.add(content.strip(), Location(line=number))


def _plain(name: str) -> str:
    """A quoted SQL name as its words: "`customer`" -> "customer", "dbo.[acct_no]" -> "dbo.acct_no"."""
    return re.sub(r"[`\"\[\]\s]", "", name)


def _unquoted(value: str) -> str:
    value = value.replace("''", "'")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)
