"""Script text, inline in a page or a file of its own (``.js``): the data a site's code carries.

A page's script or a site's ``app-state.js`` often holds the data a page shows or a previous developer left in
(``window.__INITIAL_STATE__ = {"recentPayers": [...]}``, ``var rows = [...]; render(rows);``). Each JSON literal the
code assigns or passes is read as a JSON file is, a record per object labelled by its keys
(``crawler.extract.json_data``); the rest of the code is one hidden segment, which joins no record (so code cannot
make a customer record) but is read by the detectors (a password or a key written in the code).
"""
from __future__ import annotations

import json
import re

from detectors.model import Location

from . import DocumentBuilder
from .json_data import json_records
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


def extract_javascript(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    """A script file the site serves (``<script src>`` on its own hosts, a linked ``.js``)."""
    read_script(builder, decode(body, content_type).text, "script", hidden="script file")


def read_script(builder: DocumentBuilder, text: str, path: str, *, typed_json: bool = False, chrome: bool = False,
                hidden: str = "inline script") -> None:
    """The JSON literals of ``text`` as data, the rest as one code segment, located at ``path``."""
    code, last = [], 0
    for start, end, data in _json_literals(text, typed_json):
        code.append(text[last:start])
        last = end
        add_json_data(builder, data, path, chrome=chrome, hidden=hidden)
    code.append(text[last:])
    code_text = "…".join(code).strip() if len(code) > 1 else text.strip()
    if not _BARE_ASSIGNMENTS.fullmatch(code_text) and not builder.full:
        builder.add(code_text, Location(element=path), hidden=hidden, chrome=chrome)


def add_json_data(builder: DocumentBuilder, data, path: str, *, chrome: bool = False,
                  hidden: str | None = "inline script") -> None:
    """A JSON data island: a record per object, its members labelled by their keys (as in a JSON file), a
    segment per value of a member's list of plain values, labelled by the key, and one per list of them."""
    for where, fields, is_object in json_records(data):
        if builder.full:
            return
        if is_object:
            segments = [builder.add(f.text, Location(element=f"{path} > {f.where}"), hidden=hidden, label=f.label,
                                    chrome=chrome) for f in fields]
            builder.add_record(segments, Location(element=f"{path} > {where}"))
        elif fields[0].label:  # a member's list of values ("kwh": ["898", "1,023"]): each under the key
            for f in fields:
                builder.add(f.text, Location(element=f"{path} > {f.where}"), hidden=hidden, label=f.label,
                            chrome=chrome)
        else:
            builder.add(", ".join(f.text for f in fields), Location(element=f"{path} > {where}"), hidden=hidden,
                        chrome=chrome)


def _json_literals(text: str, typed_json: bool) -> list[tuple[int, int, object]]:
    """The JSON literals a script holds, as (start, end, data): its whole text for a JSON type, else each object
    or array literal assigned or passed in the code ("var rows = [...]; render(rows);", "init({...})"); a
    JavaScript object literal that is not JSON (unquoted keys) stays code."""
    if typed_json:
        try:
            return [(0, len(text), json.loads(text))]
        except ValueError:  # RecursionError is a ValueError's sibling: let extraction report it
            pass  # not JSON after all: read as code
    literals, position, tries = [], 0, 0
    for match in _LITERAL_START.finditer(text):
        if match.start(1) < position:
            continue  # inside a literal read already
        tries += 1
        if tries > _MAX_LITERAL_TRIES:
            break
        try:
            data, end = _DECODER.raw_decode(text, match.start(1))
        except ValueError:
            continue
        if data:
            literals.append((match.start(1), end, data))
            position = end
    return literals
