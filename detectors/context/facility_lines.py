"""Lines of one shape, and a table's column, that each name a place of the City's: a list of its buildings, a hall or
a park among them.

An energy manager's memo or a demand-response list writes one line a site: "City Hall (SCE account 2-...) recorded a
Billed Demand of 310 kW", "Harold Hall (SCE account 2-...) recorded a Billed Demand of 278 kW", "Corporate Yard - SCE
acct ... - peak 90 kW". "Harold Hall" reads as a man's name beside an account, but the page says what it is: its
sibling lines, in the same words up to their first number, open with the City's facilities (a city hall, a fire
station, a yard), or the page's own heading lists buildings or facilities, or every line of the form opens with a
place's name. A hall, a park or a church among them is a
building of the City's, its account and demand the City's.
A customers' list has no sibling line opening with a city hall, and a name that is no place's (no Park, Hall, Church
... last) is never read as one here.
A table's column does the same (a facility directory's "Name | Hall | Address | Phone" of "Morgan Church", "Curtis
Park", "Madison Hall"): when most of its cells name parks, halls and churches, it is a column of places, its rows
facilities, though no header says "Site".
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Document
from .place_surnames import names_a_place
from .shapes import FACILITY_NAMED

# a line's opening name: capitalised words (a numbered station's number too), up to the first word that is not
# (its words one or two spaces apart: a tab or a wider gap is a text table's next column, "City Hall<tab>4742 ...")
_OPENING_NAME = re.compile(r"[ \t]*(?:[A-Z][\w'\u2019.-]* {1,2}){0,4}(?:[A-Z][\w'\u2019.-]*(?=\W)|No\.? ?\d+|"
                           r"#?\d{1,4}(?= {1,2}\S| ?[(:,]))")
# an utility's or a label's letters right after the name, which are the line's form, no part of the name ("Lowell
# Park SCE 2-...", "City Hall SA 8...")
_LETTERS_AFTER = re.compile(r"(?:[ \t]+[A-Z]{2,5})+$")
# the words between the name and the first number: the lines' shared form ("(SCE account", "- SCE acct")
_FORM = re.compile(r"[^\d\n]{1,40}?(?=\d)")
# a heading or a title that lists a body's buildings: "City facilities", "Buildings on the demand response program"
_BUILDINGS_TITLE = re.compile(r"(?i)\b(?:facilities|buildings|municipal\s+(?:sites|accounts))\b")
_PEOPLE_TITLE = re.compile(r"(?i)\b(?:customers?|residents?|households?|account\s*holders?|ratepayers?|tenants?)\b")
_TITLE_CHARS = 90  # a title's or a heading's line is short
_SIBLINGS = 2  # a list of sites: two lines of one form at least
_PLACES_SHARE = 2 / 3  # a column of places: most of its cells name one (a "Senior Center" row among them)
_ALL_PLACES = 3  # lines of one form that all open with a place's name: no customers' list is all Halls and Parks


def place_lines(document: Document) -> frozenset[tuple[int, int]]:
    """(segment id, line start) of each line that opens with a park's, a hall's or a church's name and is one of a
    list of the City's sites: lines of its form open with the City's facilities, or the document's title or a
    heading names buildings or facilities (and no customers), or three lines of the form or more all open with places."""
    forms: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    titled = False
    for segment in document.segments:
        start = 0
        for line in segment.text.split("\n"):
            if len(line) <= _TITLE_CHARS and _BUILDINGS_TITLE.search(line) and not _PEOPLE_TITLE.search(line):
                titled = True
            opening = _OPENING_NAME.match(line)
            if opening:
                name = _LETTERS_AFTER.sub("", opening.group())
                form = _FORM.match(line, len(name))
                if form:
                    key = re.sub(r"\s+", " ", form.group()).strip().lower()
                    forms[key].append((id(segment), start, name.strip()))
            start += len(line) + 1
    found = set()
    for lines in forms.values():
        places = [(key, start) for key, start, name in lines if names_a_place(name)]
        facilities = [name for _, _, name in lines if FACILITY_NAMED.match(name)]
        if places and len(lines) >= _SIBLINGS and (facilities or titled or len(places) == len(lines) >= _ALL_PLACES):
            found.update(places)
    return frozenset(found)


def place_columns(document: Document) -> frozenset[int]:
    """The ids of the cells of each table column (records of one header, three rows or more) whose cells mostly name
    parks, halls and churches (``names_a_place``): a column of the City's places, whatever its header."""
    columns: dict[tuple, list] = defaultdict(list)
    for record in document.records:
        labels = tuple(field.label or "" for field in record.fields)
        for i, field in enumerate(record.fields):
            columns[(labels, i)].append(field)
    found: set[int] = set()
    for cells in columns.values():
        if len(cells) >= _ALL_PLACES and sum(names_a_place(c.text.strip()) for c in cells) >= _PLACES_SHARE * len(cells):
            found.update(id(c) for c in cells)
    return frozenset(found)
