"""A table's column of people: its other rows' names read as people's plainly, so a row's "Sky Church" or "Joy
Hall" there is a person too, whatever place or word its words also spell.

Read alone, a cell of a given name that is also a word and a place word that is a surname ("Sky Church", "Hope
Hall") is a church's or a hall's name as often as a person's; its column decides. A list of the City's facilities
has facilities in its other rows ("Ganesha Park", "Memorial Hall"), a list of customers has people ("Ivy Ford",
"Rafael Rose").
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import Segment
from ..vocabulary import fold, given_names, surname_shares

# a table's row in an element's path: "table 1 > row 4 > cell 1" (Word, PDF), "tr:nth-of-type(4)" (HTML)
_ROW_IN_PATH = re.compile(r"\brow \d+|tr(?::nth-of-type\(\d+\))?")
# a name cell of two capitalised words: "Sky Church", not "Ganesha Park Picnic Area" nor "St. Mary's"; or of the
# surname, a comma and the given name, as an export writes it, in capitals too ("HALL, JUNE", "Ford, Bill")
_TWO_WORDS = re.compile(r"(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?P<surname>[A-Z][a-z]+)")
_SURNAME_FIRST = re.compile(r"(?P<surname>[A-Z][a-z]+|[A-Z]+), (?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]+(?:-[A-Z]+)?)")
_PEOPLE_AT_LEAST = 2  # rows of the column plainly people's, besides the one asked of, for any given name
_SURNAME_SHARE = 1e-5  # one American in 100,000 bears the last word as a surname


def column_key(segment: Segment) -> tuple[str, str] | None:
    """The column a table cell is in: its element's path without the row, and its header (none in a headerless
    table, whose column its path alone keys); None for no table's."""
    element = segment.location.element or ""
    if not _ROW_IN_PATH.search(element):
        return None
    return _ROW_IN_PATH.sub("row", element), segment.label or ""


def columns(segments: Iterable[Segment]) -> dict[tuple[str, str], list[Segment]]:
    """The document's table cells by column."""
    by_column: dict[tuple[str, str], list[Segment]] = defaultdict(list)
    for segment in segments:
        key = column_key(segment)
        if key is not None:
            by_column[key].append(segment)
    return by_column


def name_shaped(value: str, listed_given: bool = True) -> bool:
    """Two capitalised words, a listed surname and a listed given name (or any word, without ``listed_given``: "Sky
    Church", "CHURCH, SKY")."""
    name = _TWO_WORDS.fullmatch(value) or _SURNAME_FIRST.fullmatch(value)
    return (name is not None and surname_shares().get(fold(name["surname"]), 0.0) >= _SURNAME_SHARE
            and (not listed_given or fold(name["given"]) in given_names()))


@dataclass(frozen=True)
class ColumnPeople:
    """How a column's filled cells read: how many there are, how many plainly name a person, and how many do
    neither that nor look like a given name and a surname (a facility's "Ganesha Park", "Memorial Hall")."""
    cells: int
    plain: int
    unlike_names: int


def column_people(cells: list[Segment], plainly_person: Callable[[Segment], bool]) -> ColumnPeople:
    filled = [s for s in cells if s.text.strip()]
    plain = [plainly_person(s) for s in filled]
    return ColumnPeople(len(filled), sum(plain),
                        sum(1 for s, p in zip(filled, plain) if not p and not name_shaped(s.text.strip())))


def person_by_column(value: str, column: ColumnPeople) -> bool:
    """Whether a cell ``value`` that does not plainly name a person, two words and a listed surname, is a person's
    because its column's other rows are people's: most of them plainly, two at least; or one at least with every
    other one a given name and a surname too, as the cell's own ("June Ford", "June Park", "Art Hall"; a facilities list
    has "Ganesha Park" or "Memorial Hall" among them)."""
    if not name_shaped(value.strip(), listed_given=False):
        return False
    if column.plain >= _PEOPLE_AT_LEAST and 2 * column.plain > column.cells - 1:
        return True
    return column.plain >= 1 and column.unlike_names == 0 and name_shaped(value.strip())
