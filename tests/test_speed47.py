"""Speed work of round 47 that must find exactly what the code before it found.

- ``prose._UTILITY_STORY`` opens with a lookahead on the first character of its stories: each of its alternatives must
  start with a character the lookahead lets through, or a story would be lost. Checked on the parsed pattern, so a story
  added later with another first letter fails here rather than going unseen.
- A long table's row whose cell has a shape its column's sample never held goes to the full pipeline without its
  cell being read first (the reading could not have vouched for it).
"""
from __future__ import annotations

import csv
import io
import re

try:
    from re import _constants as sc, _parser as sp
except ImportError:  # Python before 3.11
    import sre_constants as sc
    import sre_parse as sp

from detectors.context.prose.utility_stories import UTILITY_STORY

from detector_helpers import pairs_found


def _first(items: list, i: int = 0) -> tuple[set[str], set[str], bool]:
    """The characters and categories a parsed sequence's first consumed character can be, and whether it can be
    empty."""
    chars: set[str] = set()
    categories: set[str] = set()
    while i < len(items):
        op, av = items[i]
        if op is sc.AT or op is sc.ASSERT or op is sc.ASSERT_NOT:
            i += 1
            continue
        if op is sc.LITERAL:
            return chars | {chr(av)}, categories, False
        if op is sc.IN:
            for kind, value in av:
                if kind is sc.LITERAL:
                    chars.add(chr(value))
                elif kind is sc.RANGE:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is sc.CATEGORY:
                    categories.add(str(value))
                else:
                    raise AssertionError(f"unexpected {kind} in a class")
            return chars, categories, False
        if op is sc.SUBPATTERN or op is sc.BRANCH or op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
            parts = [av[3]] if op is sc.SUBPATTERN else av[1] if op is sc.BRANCH else [av[2]]
            empty = op not in (sc.SUBPATTERN, sc.BRANCH) and av[0] == 0
            for part in parts:
                c, k, e = _first(list(part))
                chars |= c
                categories |= k
                empty |= e
            if not empty:
                return chars, categories, False
            i += 1
            continue
        raise AssertionError(f"unexpected {op} at a story's start")
    return chars, categories, True


def test_utility_story_lookahead_lets_every_story_through():
    head = r"(?i)\b(?=[a-il-tw\d])"
    assert UTILITY_STORY.pattern.startswith(head)
    chars, categories, empty = _first(list(sp.parse("(?i)" + UTILITY_STORY.pattern[len(head):])))
    assert not empty
    assert categories <= {str(sc.CATEGORY_DIGIT)}
    allowed = re.compile(r"(?i)[a-il-tw\d]")
    assert all(allowed.fullmatch(c) for c in chars), sorted(c for c in chars if not allowed.fullmatch(c))


def test_utility_story_still_found():
    found = [m.group() for m in UTILITY_STORY.finditer(
        "Yesterday they shut off my power. We were placed into collections; 10-day notice came. Kyle's autopay ran "
        "twice and she has been with PCE since 2004. Whose service was interrupted? Her service was interrupted.")]
    assert found == ["shut off my", "placed into collections", "10-day notice", "autopay", "she has been with P",
                     "Whose service was interrupted", "Her service was interrupted"]


def _export(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Account Number", "Customer Name", "Phone", "Usage (kWh)"])
    writer.writerows(rows)
    return out.getvalue().encode()


def test_long_table_row_of_an_unseen_shape_is_read_in_full():
    first = ["Ana", "Luis", "Maria", "Jose", "Rosa", "Carlos", "Elena", "Pedro", "Lucia", "Diego"]
    last = ["Ruiz", "Lopez", "Garcia", "Martinez", "Hernandez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres"]
    rows = [[f"3{100000000 + 7919 * i}", f"{first[i % 10]} {last[(i // 10) % 10]}", f"(909) 555-{1000 + i % 9000:04d}",
             str(100 + i % 900)] for i in range(1200)]
    rows[601] = ["3200000001", "Acme Holdings LLC", "(909) 555-7001", "n/a"]  # no sample row is 601: 300 of 1,200
    found = pairs_found("https://www.pomonachoiceenergy.org/exports/customers.csv", _export(rows), "text/csv")
    assert ("account_number", "3200000001") in found
    assert ("customer_name", "acme holdings llc") not in found
    assert ("account_number", rows[0][0]) in found and ("account_number", rows[1199][0]) in found
