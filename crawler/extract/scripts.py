"""Script text, inline in a page or a file of its own (``.js``): the data a site's code carries.

A page's script or a site's ``app-state.js`` often holds the data a page shows or a previous developer left in
(``window.__INITIAL_STATE__ = {"recentPayers": [...]}``, ``var rows = [...]; render(rows);``). Each JSON literal the
code assigns or passes is read as a JSON file is, a record per object labelled by its keys
(``crawler.extract.json_data``); the rest of the code is one hidden segment, which joins no record (so code cannot
make a customer record) but is read by the detectors (a password or a key written in the code).

A chart drawn by a script holds its data in the code, written as JavaScript rather than JSON (``labels: ['A'],
datasets: [{label: 'kWh', data: [1]}]``): a Chart.js or Highcharts chart's categories and series, a Google Charts
``arrayToDataTable([...])``, are read as the table the chart draws, a row per category, the category under "Label"
(the chart's own word for it: the category axis lists people, months or rate classes alike, so it is no "Name") and
each series' value under the series' name, so that a chart of named customers' kWh is a table of them and a chart of
months or rate classes stays one of those. When every category names an account by the same word ("Acct
2-41-833-2917", "Account #: 7720915-03"), that word is the column's name and the identifiers its values: a chart of
accounts' kWh is a table of them.

Nuxt 2 writes its page state minified, as a function called at once whose parameters are the state's repeated
values: ``window.__NUXT__=(function(a,b){return {data:[{custName:a,acctNo:b}]}}("Ana Ruiz","W12345-678"))``. The
returned object is the state: each parameter is bound to its argument and the object is read as a JSON literal is
(unquoted keys are keys; ``void 0``, ``!0``, ``!1`` are null, true, false). Nuxt 3 writes it with devalue, as one
flat array whose objects hold the indexes of their values (``__NUXT_DATA__``): it is read as the tree it stands for.

A JavaScript object or array literal of plain values, its keys bare and its strings in single quotes
(``var customers = [{name: 'Ana Ruiz', svcAddr: '...'}]``, ``JSON.stringify({memberName: ...})``), is data as a JSON
literal is. Data a script carries encoded is decoded and read the same way: JSON in a string literal assigned or
passed (``JSON.parse("{\\"holder\\": ...}")``, ``localStorage.setItem('k', '{"name": ...}')``) and a base64
string literal passed to ``atob('...')`` or ``Buffer.from('...', 'base64')`` (JSON, or text read as the code's text
is), up to a bounded size.

Angular Universal (up to version 15) writes its transfer state in a JSON script escaped with its own entities
(``{&q;body&q;:...}``: ``&q;`` a double quote, ``&s;`` a single one, ``&l;``/``&g;`` angle brackets, ``&a;`` an
ampersand): it is unescaped and read as the JSON it is.

Characters written as escapes are read as the characters they stand for: in a JSON island or literal whose writer
escaped them outside its strings too (``"name":\\u0020"Ana Ruiz"``), and in the code's text, whose strings no literal
holds (``notify("jdoe\\u0040example.com")``, ``"(909) 555\\u002d0100"``, ``"<\\/p>"``).

A data grid configured in code (DataTables, Grid.js, Handsontable: ``{columns: [{title: 'Member'}, ...],
data: [['Ana Ruiz', ...]]}``) holds its rows as arrays beside the columns' titles: it is read as the table it draws,
each row's cells under the columns' titles.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from urllib.parse import unquote_to_bytes

from detectors.model import Location

from . import DocumentBuilder, TableCell, lay_out_table
from .json_data import (escapes_outside_strings_decoded, json_records, markup_apart, parse_json, read_markup,
                        read_source_map)
from .sniff import decode

# script types whose text is JSON data; other types are code
JSON_SCRIPTS = frozenset({"application/json", "application/ld+json", "application/geo+json", "importmap",
                          "speculationrules", "text/json"})
# where a JSON literal may start in code: assigned ("var rows = [...]", "window.__DATA__ = {...}") or passed
# ("init({...})", "render(el, [...])")
_LITERAL_START = re.compile(r"(?:^|[=(,])\s*([\[{])")
# what is left of a script that only assigned its literals ("var rows = …;"): nothing to read
_BARE_ASSIGNMENTS = re.compile(r"(?:\s*(?:(?:var|let|const)\s+)?(?:[\w$.\[\]'\"]+\s*=\s*)?…\s*;?)*\s*")
_MAX_LITERAL_TRIES = 200  # a failed parse of a literal costs up to its length: bounded per script
_DECODER = json.JSONDecoder()
_JS_STRING = r"'(?:[^'\\\n]|\\.)*'" + "|" + r'"(?:[^"\\\n]|\\.)*"'  # in single or double quotes


def extract_javascript(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    """A script file the site serves (``<script src>`` on its own hosts, a linked ``.js``), and the source map it
    carries inline (see :func:`_read_inline_source_map`)."""
    text = decode(body, content_type).text
    read_script(builder, text, "script", hidden="script file")
    _read_inline_source_map(builder, text)


# the source map a bundler's development build writes into the script's last line as a data: URL
# ("//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLC...")
_INLINE_SOURCE_MAP = re.compile(r"[ \t]*//[#@][ \t]*sourceMappingURL=data:([^,\s]*),([^\s'\"]+)[ \t]*$")


def _read_inline_source_map(builder: DocumentBuilder, script: str) -> None:
    """The original files of a source map inlined in ``script``, read as a linked ``.map`` file's are: developer
    tools decode it for anyone, and its ``sourcesContent`` is the site's source (a test fixture of customers
    included), though the script shows only base64."""
    start = script.rfind("sourceMappingURL=data:")
    if start < 0:
        return
    line_start = script.rfind("\n", 0, start) + 1
    line_end = script.find("\n", start)
    match = _INLINE_SOURCE_MAP.match(script[line_start:line_end if line_end >= 0 else len(script)].rstrip("\r"))
    if not match:
        return
    header, payload = match.groups()
    try:
        if any(part.strip().lower() == "base64" for part in header.split(";")):
            raw = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            raw = unquote_to_bytes(payload)
        data = json.loads(raw.decode("utf-8-sig"))
    except (binascii.Error, ValueError, RecursionError):
        return  # not a map after all: the comment was read with the code
    read_source_map(builder, data)


def read_script(builder: DocumentBuilder, text: str, path: str, *, typed_json: bool = False,
                hidden: str = "inline script") -> None:
    """The JSON literals of ``text`` as data, the rest as one code segment, located at ``path``. A script is never
    the site's chrome, wherever the page puts it: themes write the page's own state (``__NEXT_DATA__``, Nuxt's,
    Drupal's settings) at the end of the body, often inside the footer, and what the script holds is the page's,
    not the header's or footer's text shown alike on every page."""
    if not typed_json:
        text = strings_joined(text)
    code, last = [], 0
    for start, end, data in _json_literals(text, typed_json):
        code.append(text[last:start])
        last = end
        if isinstance(data, str):  # decoded text that is no JSON, a message's lines: read as the code's text is
            builder.add(data, Location(element=f"{path} > decoded"), hidden=hidden)
            continue
        data = _devalued(data)
        rows = _flight_rows(data)
        if rows:  # Next.js's streamed server components: self.__next_f.push([1, "5:[...]"])
            for number, row in enumerate(rows):
                add_json_data(builder, row, f"{path} > row {number}", hidden=hidden)
            continue
        grid = _grid_table(data)
        if grid:
            table, data = grid
            rows = [[TableCell(cell, index == 0) for cell in row] for index, row in enumerate(table)]
            builder.add_table(table, lay_out_table(rows, 1), f"{path} > grid", hidden=hidden)
        add_json_data(builder, data, path, hidden=hidden)
    code.append(text[last:])
    for number, table in enumerate(chart_tables(text), 1):
        if builder.full:
            return
        rows = [[TableCell(cell, index == 0) for cell in row] for index, row in enumerate(table)]
        builder.add_table(table, lay_out_table(rows, 1), f"{path} > chart {number}", hidden=hidden)
    code_text = "…".join(code).strip() if len(code) > 1 else text.strip()
    if not _BARE_ASSIGNMENTS.fullmatch(code_text) and not builder.full:
        builder.add(_js_escapes_decoded(code_text), Location(element=path), hidden=hidden)


# string literals joined by "+" ('Ana' + ' ' + 'Ruiz', "(909) 555" + "-0100"): two at least, nothing else between
_JOINED_STRINGS = re.compile(rf"(?:{_JS_STRING})(?:\s*\+\s*(?:{_JS_STRING}))+")
_STRING_IN_JOIN = re.compile(_JS_STRING)
_SINGLE_QUOTED_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


# a string written by its characters' codes: String.fromCharCode(97, 110, 97) is 'ana'
_FROM_CHAR_CODES = re.compile(r"\bString\.fromCharCode\(\s*((?:0x[0-9A-Fa-f]+|\d+)(?:\s*,\s*(?:0x[0-9A-Fa-f]+|\d+))*)\s*,?\s*\)")
# an array of string literals joined into one: ["7-3", "8-2", "18-4590"].join("")
_ARRAY_JOINED = re.compile(rf"\[\s*((?:{_JS_STRING})(?:\s*,\s*(?:{_JS_STRING}))*)\s*,?\s*\]\s*\.\s*join\(\s*({_JS_STRING})?\s*\)")


def _single_quoted(text: str) -> str:
    return "'" + "".join(_SINGLE_QUOTED_ESCAPES.get(character, character) for character in text) + "'"


def _from_char_codes(match: re.Match) -> str:
    """The literal a ``String.fromCharCode(...)`` call makes, or the call as written when a code is a control
    character, half of a character or past Unicode (no text a person reads)."""
    codes = [int(code, 0) for code in re.split(r"\s*,\s*", match.group(1))]
    if not all(0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF for code in codes):
        return match.group()
    return _single_quoted("".join(map(chr, codes)))


def strings_joined(code: str) -> str:
    """``code`` with each string it builds from pieces written as the one literal it makes: a run of string literals
    joined by ``+`` (``name: 'Ana' + ' ' + 'Ruiz'`` as ``name: 'Ana Ruiz'``, ``'Acct ' + '7000' + '1234'`` as
    ``'Acct 70001234'``), an array of literals joined (``['7000', '1234'].join('')``) and a string written by its
    characters' codes (``String.fromCharCode(97, 110, 97)``). A developer splits a string across lines or to keep an
    address from scrapers; the value is the joined text, and a piece of it is no value (a name's given name alone, an
    account's first four digits). A literal joined to a name or a call (``'Dear ' + name``) stays as written."""
    if "fromCharCode" in code:
        code = _FROM_CHAR_CODES.sub(_from_char_codes, code)
    if ".join" in code:
        code = _ARRAY_JOINED.sub(lambda match: _single_quoted(
            (_js_string(match.group(2)) if match.group(2) else ",").join(
                _js_string(literal.group()) for literal in _STRING_IN_JOIN.finditer(match.group(1)))), code)
    if "+" not in code:
        return code
    def joined(match: re.Match) -> str:
        return _single_quoted("".join(_js_string(literal.group()) for literal in _STRING_IN_JOIN.finditer(match.group())))
    return _JOINED_STRINGS.sub(joined, code)


# an escape of JavaScript's strings that writes a character by its code ("\u0040", "\u{1F600}", "\x40"), or "\/"
_JS_ESCAPE = re.compile(r"\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|(/))")


def _js_escapes_decoded(code: str) -> str:
    """Code's text with the escapes its strings write characters by ("jdoe\\u0040example.com", "(909)
    555\\u002d0100", "<\\/p>") written as those characters, so that the values in strings no literal holds are read
    as they show; a control character, a surrogate (half of a character) or a code past Unicode stays as written.
    One pass."""
    def character(match: re.Match) -> str:
        if match.group(4):
            return "/"
        code = int(match.group(1) or match.group(2) or match.group(3), 16)
        return match.group() if code < 0x20 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)
    return _JS_ESCAPE.sub(character, code) if "\\" in code else code


_FLIGHT_ROW = re.compile(r"(?m)^[0-9a-f]{1,6}:(?=[\[{])")  # a React Server Components row: its id, ":", then JSON


def _flight_rows(data) -> list:
    """The JSON of the rows a Next.js page streams in ``self.__next_f.push([1, "5:[...]\\n"])``: each row is its id,
    a colon and a JSON value, so the records in it are data like any JSON island's; [] for any other literal."""
    if not isinstance(data, list) or len(data) != 2 or not isinstance(data[1], str) or not _FLIGHT_ROW.match(data[1]):
        return []
    rows = []
    for line in data[1].splitlines():
        head = _FLIGHT_ROW.match(line)
        if head:
            try:
                rows.append(json.loads(line[head.end():]))
            except (ValueError, RecursionError):
                continue
    return rows


# devalue's wrappers of a value (Nuxt 3's reactive state) and its containers written as tagged arrays
_DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef",
                               "Object", "BigInt", "Date", "RegExp", "URL", "NuxtError"})
_DEVALUE_CONTAINERS = frozenset({"Set", "Map", "null"})
_DEVALUE_TAGS = _DEVALUE_WRAPPERS | _DEVALUE_CONTAINERS


_TURBO_KEY = re.compile(r"_\d{1,9}")


def _devalued(data):
    """Nuxt 3's page state (``<script id="__NUXT_DATA__">``, written by devalue) as the tree it stands for, else
    ``data`` as it is. devalue writes a tree as one flat array: element 0 is the root, an object's members and an
    array's items are indexes of other elements (``[{"customer": 1}, {"name": 2, "acct": 3}, "Ana Ruiz", ...]``),
    and a wrapped value is a tagged array (``["ShallowReactive", 4]``). Each element is read once: a value shared
    by several objects, or an object that refers back to its parent, is recorded under the first that holds it.
    react-router's turbo-stream writes the same flat array with its members' names as indexes too
    (``{"_5": 6}``: the string at 5 names the value at 6)."""
    if not _is_devalue_payload(data):
        return data
    seen: set[int] = set()

    def member_name(key: str) -> str:
        """react-router's turbo-stream writes a member's name as an index too ("_5": the string at 5)."""
        name = data[int(key[1:])] if _TURBO_KEY.fullmatch(key) and int(key[1:]) < len(data) else key
        return name if isinstance(name, str) else key

    def element(index):
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(data) or index in seen:
            return None  # devalue's negative constants (undefined, NaN, holes), a bad index, or read already
        seen.add(index)
        item = data[index]
        if isinstance(item, dict):  # a number past the array's end is a value written as itself ("kwh": 730)
            return {member_name(key): value if _past_the_end(value, data) else element(value)
                    for key, value in item.items()}
        if not isinstance(item, list):
            return item
        tag = item[0] if item and isinstance(item[0], str) else None
        if tag in _DEVALUE_WRAPPERS:
            return element(item[1]) if len(item) > 1 else None
        if tag == "Set":
            return [element(value) for value in item[1:]]
        if tag in ("Map", "null"):  # key, value, key, value ...
            return {str(element(key)): element(value) for key, value in zip(item[1::2], item[2::2])}
        return [element(value) for value in item]

    try:
        return element(0)
    except RecursionError:  # a state nested deeper than Python recurses: read as the flat array it is
        return data


def _past_the_end(value, data: list) -> bool:
    """Whether an object's member in a devalue array is a flag or a number past the array's end: no index, a value a
    hand-written or patched payload writes as itself ("serverRendered": true, "baselineKwh": 730)."""
    return isinstance(value, bool) or isinstance(value, int) and value >= len(data)


def _is_devalue_payload(data) -> bool:
    """Whether ``data`` is devalue's flat array: its root an object or a tagged wrapper, every object and plain
    array in it made of indexes into it, and some of its elements strings (a list of objects of small numbers,
    ``[{"id": 1}, {"id": 0}]``, is data as it is)."""
    if not isinstance(data, list) or len(data) < 2:
        return False
    root = data[0]
    if not (isinstance(root, dict) or isinstance(root, list) and root and root[0] in _DEVALUE_WRAPPERS):
        return False
    containers = 0
    for item in data:
        if isinstance(item, dict):
            references = item.values()
        elif isinstance(item, list):
            tagged = bool(item) and isinstance(item[0], str)
            if tagged and item[0] not in _DEVALUE_TAGS:
                return False
            references = item[1:] if tagged else item
            if tagged and item[0] in ("Date", "RegExp", "URL", "BigInt"):
                continue  # a value written as a string
        else:
            continue
        containers += 1
        if not all(isinstance(i, int) and (isinstance(item, dict) or not isinstance(i, bool) and i < len(data))
                   for i in references):
            return False
    return containers > 0 and any(isinstance(item, str) for item in data)


def add_json_data(builder: DocumentBuilder, data, path: str, *, chrome: bool = False,
                  hidden: str | None = "inline script") -> None:
    """A JSON data island: a record per object, its members labelled by their keys (as in a JSON file), a
    segment per value of a member's list of plain values, labelled by the key, and one per list of them."""
    for where, fields, kind in json_records(data):
        if builder.full:
            return
        fields, markup = markup_apart(fields)  # a marker's popup: read as a page is
        if kind and fields:
            segments = [builder.add(f.text, Location(element=f"{path} > {f.where}"), hidden=hidden, label=f.label,
                                    chrome=chrome) for f in fields]
            builder.add_record(segments, Location(element=f"{path} > {where}"), listing=kind == "listing")
        elif fields and fields[0].label:  # a member's list of values ("kwh": ["898", "1,023"]): each under the key
            for f in fields:
                builder.add(f.text, Location(element=f"{path} > {f.where}"), hidden=hidden, label=f.label,
                            chrome=chrome)
        elif fields:
            builder.add(", ".join(f.text for f in fields), Location(element=f"{path} > {where}"), hidden=hidden,
                        chrome=chrome)
        read_markup(builder, markup, path, hidden)


def _json_literals(text: str, typed_json: bool) -> list[tuple[int, int, object]]:
    """The JSON literals a script holds, as (start, end, data): its whole text for a JSON type, else each object
    or array literal assigned or passed in the code ("var rows = [...]; render(rows);", "init({...})"); a
    JavaScript object literal that is not JSON (unquoted keys) stays code."""
    if typed_json:
        try:
            return [(0, len(text), parse_json(_transfer_state_json(text)))]
        except ValueError:  # RecursionError is a ValueError's sibling: let extraction report it
            pass  # not JSON after all: read as code
    states = _returned_states(text) + _encoded_strings(text)
    literals, position, tries = [], 0, 0
    for match in _LITERAL_START.finditer(text):
        if any(start <= match.start(1) < end for start, end, _ in states):
            continue  # inside a minified state or an encoded string read already
        if match.start(1) < position:
            continue  # inside a literal read already
        tries += 1
        if tries > _MAX_LITERAL_TRIES:
            break
        try:
            data, end = _DECODER.raw_decode(text, match.start(1))
        except ValueError:
            end = _literal_end(text, match.start(1))
            data = _literal_data(text[match.start(1):end])
        if data:
            literals.append((match.start(1), end, data))
            position = end
    return _apart(literals + states)


def _literal_data(literal: str):
    """The data of a literal that is no JSON as written: JSON once the escapes outside its strings are decoded
    (``{"name":\\u0020"Ana Ruiz"}``, see ``parse_json``), else a JavaScript literal of plain values; None when it is
    neither. The literal is tokenized once."""
    if "\\u" in literal:
        decoded = escapes_outside_strings_decoded(literal)
        if decoded != literal:
            try:
                return json.loads(decoded)
            except ValueError:
                literal = decoded
    return _js_literal(literal, {})


# Angular Universal (up to version 15) writes its TransferState JSON with its own escapes, so that no quote or angle
# bracket is in the page: '"' as "&q;", "'" as "&s;", "<" as "&l;", ">" as "&g;" and "&" as "&a;"
_TRANSFER_STATE_START = re.compile(r"\s*[{\[]\s*&q;")
_TRANSFER_STATE_ESCAPE = re.compile(r"&([qslga]);")
_TRANSFER_STATE_CHARACTERS = {"q": '"', "s": "'", "l": "<", "g": ">", "a": "&"}


def _transfer_state_json(text: str) -> str:
    """A JSON script's text as JSON: Angular's escaped transfer state (``{&q;body&q;:...}``) unescaped, any other
    text as it is."""
    if not _TRANSFER_STATE_START.match(text):
        return text
    return _TRANSFER_STATE_ESCAPE.sub(lambda m: _TRANSFER_STATE_CHARACTERS[m.group(1)], text)


def _apart(literals: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """The literals in the order they are written, one inside another read already left out (a JSON string
    inside an array literal)."""
    kept, end = [], 0
    for literal in sorted(literals, key=lambda literal: literal[0]):
        if literal[0] >= end:
            kept.append(literal)
            end = literal[1]
    return kept


# data a script keeps in a string literal: JSON assigned or passed ('{"a": 1}', JSON.parse("{\"a\": 1}")), base64
# decoded by atob('...') or Buffer.from('...', 'base64')
_JSON_STRING = re.compile(rf"[=(,]\s*({_JS_STRING})")
_BASE64_DECODE = re.compile(rf"\batob\(\s*({_JS_STRING})\s*\)"
                            rf"""|\bBuffer\.from\(\s*({_JS_STRING})\s*,\s*['"]base64['"]\s*\)""")
_MAX_ENCODED = 2_000_000  # characters of an encoded string decoded: a larger one is a bundle's asset, not data
_DECODED_TEXT = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\uffff]*")  # text, not an image's or a font's bytes


def _encoded_strings(text: str) -> list[tuple[int, int, object]]:
    """The data string literals of ``text`` hold, as (start, end, data): the JSON of a literal assigned or passed
    (``JSON.parse("...")``, ``localStorage.setItem('k', '{...}')``), the JSON or text of a base64 literal decoded by
    ``atob`` or ``Buffer.from(..., 'base64')``, and the text of a literal assigned or passed that writes several
    lines (``alert('Enrolled: Ana Ruiz\\nAccount: ...')``): a message read as its lines are, as a letter's, where
    the code's text would run them together at its escapes."""
    decoded = []
    for match in _JSON_STRING.finditer(text):
        if match.group(1)[1:2] not in ("{", "["):
            message = _js_string(match.group(1)).strip() if "\\n" in match.group(1) else ""
            if "\n" in message:  # a message of several lines: its text, line by line
                decoded.append((match.start(1), match.end(1), message))
            continue
        data = _parsed_json(_js_string(match.group(1)))
        if data:
            decoded.append((match.start(1), match.end(1), data))
    for match in _BASE64_DECODE.finditer(text):
        literal = match.group(1) or match.group(2)
        content = base64_text(_js_string(literal)) if len(literal) <= _MAX_ENCODED else None
        if content:
            decoded.append((match.start(), match.end(), _parsed_json(content) or content))
    return decoded


def _parsed_json(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def base64_text(literal: str) -> str | None:
    """A base64 string's decoded text; None when it is no base64 or decodes to bytes that are no text."""
    try:
        content = base64.b64decode(literal, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return content.strip() if _DECODED_TEXT.fullmatch(content) else None


# a grid's column list and row list: DataTables (columns, aoColumns; data, aaData), Grid.js (columns, data),
# Handsontable (colHeaders, data); a column is its title, or an object naming it
_GRID_COLUMNS = ("columns", "colHeaders", "aoColumns", "headers")
_GRID_ROWS = ("data", "aaData", "rows")
_COLUMN_TITLES = ("title", "sTitle", "name", "label", "header", "headerName", "text")


def _grid_table(data) -> tuple[list[list[str]], dict] | None:
    """The table of a data grid's configuration (see the module's docstring) and the configuration without its
    rows; None when ``data`` is no such configuration (column titles beside rows of plain values, as many)."""
    if not isinstance(data, dict):
        return None
    titles = next((_column_titles(data[key]) for key in _GRID_COLUMNS if key in data), None)
    rows_key = next((key for key in _GRID_ROWS if isinstance(data.get(key), list) and data[key]), None)
    if not titles or rows_key is None:
        return None
    rows = data[rows_key]
    if not all(isinstance(row, list) and len(row) == len(titles) and not any(isinstance(v, (list, dict)) for v in row)
               for row in rows):
        return None
    table = [titles] + [[_cell(value) for value in row] for row in rows]
    return table, {key: value for key, value in data.items() if key != rows_key}


def _column_titles(columns) -> list[str] | None:
    """A grid's column titles: its list of titles or of objects each naming its column; None for anything else."""
    if not isinstance(columns, list) or not columns:
        return None
    titles = []
    for column in columns:
        if isinstance(column, dict):
            column = next((column[key] for key in _COLUMN_TITLES if isinstance(column.get(key), str)), None)
        if not isinstance(column, str) or not column.strip():
            return None
        titles.append(column.strip())
    return titles


# a chart's categories and its series: Chart.js (labels, datasets of label and data), Highcharts (categories, series
# of name and data), their keys bare or quoted (a config the server wrote as JSON)
_CATEGORIES = re.compile(r"""\b(?:labels|categories)["']?\s*:\s*(?=\[)""")
_SERIES = re.compile(r"""\b(?:datasets|series)["']?\s*:\s*(?=\[)""")
_SERIES_NAME = re.compile(rf"""\b(?:label|name)["']?\s*:\s*({_JS_STRING})""")
_SERIES_DATA = re.compile(r"""\bdata["']?\s*:\s*(?=\[)""")
_DATA_TABLE = re.compile(r"\barrayToDataTable\s*\(\s*(?=\[)")
_CHART_REACH = 4000  # how far from its categories a chart's series may be written (the chart's own config)
# a JavaScript literal of plain values: strings in either quotes, numbers, null/true/false, brackets and commas
_JS_TOKEN = re.compile(rf"\s+|{_JS_STRING}|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|null|true|false|[\[\],]")
_BRACKET = re.compile(rf"{_JS_STRING}|[\[\]{{}}()]")  # a bracket outside strings


def chart_tables(script: str) -> list[list[list[str]]]:
    """The tables the charts of ``script`` draw, each a header row and a row per category (see the module's
    docstring); a chart whose series are no lists of plain values (points as objects) gives none."""
    tables = []
    for match in _DATA_TABLE.finditer(script):
        rows = _js_values(script, match.end())
        if isinstance(rows, list) and len(rows) > 1 and all(isinstance(r, list) and r for r in rows):
            tables.append([[_cell(v) for v in row] for row in rows])
    for match in _CATEGORIES.finditer(script):
        categories = _js_values(script, match.end())
        if not categories or not isinstance(categories, list) or any(isinstance(c, list) for c in categories):
            continue
        series = _chart_series(script, match.end())
        if series:
            label, categories = _category_column([_cell(category) for category in categories])
            header = [label, *(name for name, _ in series)]
            tables.append([header] + [[category, *(_cell(values[index]) if index < len(values) else ""
                                                   for _, values in series)]
                                      for index, category in enumerate(categories)])
    return tables


# a chart's category naming an account: its word ("Acct", "Account #:", "Service Account No.") and identifier (four
# digits at least: "Account 1" is an anonymous one)
_ACCOUNT_CATEGORY = re.compile(r"((?:service |svc |premise )?(?:acct|account|premise)(?:\s*(?:no\.?|number|id|#))?)"
                               r"\s*[:#]?\s+(?=(?:\S*\d){4})(\S.*)", re.I)


def _category_column(categories: list[str]) -> tuple[str, list[str]]:
    """The name and values of a chart's category column: "Label" and the categories, or, when every category names
    an account by the same word, that word and the accounts' identifiers."""
    matches = [_ACCOUNT_CATEGORY.fullmatch(category) for category in categories]
    words = {match.group(1).lower() for match in matches if match}
    if categories and all(matches) and len(words) == 1:
        return matches[0].group(1), [match.group(2) for match in matches]
    return "Label", categories


def _chart_series(script: str, near: int) -> list[tuple[str, list]]:
    """The named series of plain values of the chart whose categories are at ``near``: its ``datasets``/``series``
    list after them, else before them (``data: {datasets: [...], labels: [...]}``), within the chart's reach."""
    after = _SERIES.search(script, near, near + _CHART_REACH)
    before = [m for m in _SERIES.finditer(script, max(0, near - _CHART_REACH), near)]
    found = after or (before[-1] if before else None)
    if found is None:
        return []
    end = _literal_end(script, found.end())
    block = script[found.end():end]
    series, name = [], None
    for part in re.finditer(f"{_SERIES_NAME.pattern}|{_SERIES_DATA.pattern}", block):
        if part.group(1):
            name = _js_string(part.group(1))
            continue
        values = _js_values(block, part.end())
        if isinstance(values, list) and values and not any(isinstance(v, list) for v in values):
            series.append((name or "Value", values))
        name = None
    return series


def _literal_end(script: str, start: int) -> int:
    """Where the bracketed literal opening at ``start`` closes (strings skipped); the script's end if it does not."""
    depth = 0
    for token in _BRACKET.finditer(script, start):
        bracket = token.group()
        if bracket in "[{(":
            depth += 1
        elif bracket in "]})":
            depth -= 1
            if depth == 0:
                return token.end()
    return len(script)


def _js_values(script: str, start: int):
    """The JavaScript array literal of plain values (strings, numbers, nested arrays of them) opening at
    ``start``, as Python lists; None when it holds anything else (objects, names, calls)."""
    end = _literal_end(script, start)
    parts, position = [], start
    for token in _JS_TOKEN.finditer(script, start, end):
        if token.start() != position:
            return None
        position = token.end()
        text = token.group()
        parts.append(json.dumps(_js_string(text)) if text[:1] in "'\"" else text)
    if position != end:
        return None
    try:
        return json.loads(re.sub(r",\s*(?=\])", "", "".join(parts)))
    except ValueError:
        return None


# a "\x2d" escape of JavaScript's strings (after an even run of backslashes), which JSON's strings write "\u002d"
_HEX_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")


def _js_string(literal: str) -> str:
    """A JavaScript string literal's text."""
    body = literal[1:-1]
    try:
        if literal[0] == "'":  # as a JSON string: its quote need not be escaped, a double quote must be
            body = re.sub(r"\\'", "'", body).replace('"', '\\"')
        if "\\x" in body:
            body = _HEX_ESCAPE.sub(r"\1\\u00\2", body)
        return json.loads(f'"{body}"')
    except ValueError:
        return body


def _cell(value) -> str:
    """A chart's value as a table shows it: 2841 -> "2841", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# a function called at once that returns an object: Nuxt 2's minified state, "(function(a,b){return {...}}(...))"
_RETURNING_FUNCTION = re.compile(r"\(\s*function\s*\(([\w$\s,]*)\)\s*\{\s*return\s*(?=[\[{])")
_CALLED_AT_ONCE = re.compile(r"\s*;?\s*\}\s*\)?\s*(?=\()")
# a token of a JavaScript literal: a string, a number, a name (a key, a parameter, null/true/false), void 0, !0, !1,
# or punctuation
_JS_LITERAL_TOKEN = re.compile(rf"\s+|({_JS_STRING})|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(void 0|![01])"
                               r"|([A-Za-z_$][\w$]*)|([\[\]{}:,])")


def _returned_states(text: str) -> list[tuple[int, int, object]]:
    """The objects minified state functions return (see the module's docstring), as (start, end, data): from the
    returned object to the end of the call's arguments; a function whose object or arguments hold more than plain
    values, names and literals (code) gives none."""
    states = []
    for match in _RETURNING_FUNCTION.finditer(text):
        body_end = _literal_end(text, match.end())
        call = _CALLED_AT_ONCE.match(text, body_end)
        if call is None:
            continue
        arguments_end = _literal_end(text, call.end())
        arguments = _js_literal(f"[{text[call.end() + 1:arguments_end - 1]}]", {})
        if not isinstance(arguments, list):
            continue
        names = [name.strip() for name in match.group(1).split(",") if name.strip()]
        data = _js_literal(text[match.end():body_end], dict(zip(names, arguments)))
        if data:
            states.append((match.end(), arguments_end, data))
    return states


def js_object_literal(text: str):
    """The object or array a JavaScript literal of plain values writes (``{name: 'Ana Ruiz', kwh: 812}``), or None."""
    data = _js_literal(text.strip(), {}) if text.strip()[:1] in ("{", "[") else None
    return data if isinstance(data, (dict, list)) else None


def _js_literal(text: str, bindings: dict):
    """The JavaScript literal ``text`` (objects with bare or quoted keys, arrays, plain values, and names bound in
    ``bindings``) as Python data; None when it holds anything else."""
    tokens = []
    for token in _JS_LITERAL_TOKEN.finditer(text):
        if token.group().strip():
            tokens.append(token)
    if "".join(t.group() for t in _JS_LITERAL_TOKEN.finditer(text)) != text:
        return None  # code: an operator, a call
    try:
        value, used = _js_value(tokens, 0, bindings)
    except (IndexError, ValueError):
        return None
    return value if used == len(tokens) else None


def _js_value(tokens: list, index: int, bindings: dict):
    """The value starting at ``tokens[index]`` and the index after it; ValueError when it is no literal."""
    token = tokens[index]
    string, number, constant, name, punctuation = token.groups()
    if string:
        return _js_string(string), index + 1
    if number:
        return json.loads(number if not number.endswith(".") else number[:-1]), index + 1
    if constant:
        return {"void 0": None, "!0": True, "!1": False}[constant], index + 1
    if name:
        constants = {"null": None, "true": True, "false": False, "undefined": None}
        if name in constants:
            return constants[name], index + 1
        if name in bindings:
            return bindings[name], index + 1
        raise ValueError(name)
    if punctuation == "[":
        return _js_items(tokens, index + 1, "]", bindings)
    if punctuation == "{":
        return _js_items(tokens, index + 1, "}", bindings)
    raise ValueError(punctuation)


def _js_items(tokens: list, index: int, closing: str, bindings: dict):
    """An array's items or an object's members from ``tokens[index]`` to ``closing``, and the index after it."""
    items, members = [], {}
    while tokens[index].group() != closing:
        if closing == "}":
            key = tokens[index].group()
            key = _js_string(key) if key[:1] in "'\"" else key
            if tokens[index + 1].group() != ":":
                raise ValueError(key)
            members[key], index = _js_value(tokens, index + 2, bindings)
        else:
            value, index = _js_value(tokens, index, bindings)
            items.append(value)
        if tokens[index].group() == ",":
            index += 1
        elif tokens[index].group() != closing:
            raise ValueError(tokens[index].group())
    return (members if closing == "}" else items), index + 1
