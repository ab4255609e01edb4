"""Tables whose columns lost their gaps: a header line of known column labels one space apart ("Service Address
Customer Meter No. Notify Tel") over rows typed the same way ("256 W. Foothill Blvd. Karen Mehta 812677890 (626)
329-4458"), as a report pasted into a word processor, a PDF made from it or OCR leaves them.

Nothing on the page tells such a row's cells apart: not the characters (one space between cells as between words)
nor where they are drawn (in a proportional font each row's cells start where its text before them ends, so the
columns do not line up; where a PDF does place its cells at column stops, the layout already reads the gap as a
tab and ``fixed_width`` or the table rules read the row). What does is the header's order and the shape of each
kind of value: a street address opens on a house number and closes on a street's type or a unit ("3886 Arbolada
Circle Unit B"), a name is two to four capitalised words or "LAST, FIRST", a phone, an account, a figure, a date
each have theirs. A row is read by fitting its words to the header's columns in order, each column's words in its
shape (``_fit``); the cells are then judged as any table's are, by their header and their values.

Only a header made wholly of labels of a customer record is read this way (``_LABELS``: who, where, which
account, how to reach them, how much they used, paid or were credited, when), and only one naming an account, a
meter or usage, or calling its people customers: a staff roster ("Name Title Phone"), a budget's schedule ("Fund
Department Amount") or a vendor's payments ("Vendor Address Amount") hold a label of no such record and are left as
lines of text. The header is looked for only on short lines without digits that open on a label's first word and hold
one of the labels' key words (``_FIRST_WORDS``, ``_KEY_WORD``): a long text's other lines cost a set look-up each.
"""
from __future__ import annotations

import re
from functools import lru_cache

from detectors.streets import DIRECTIONS, MORE_SUFFIXES, PRE_TYPES, SUFFIXES, UNITS, alternation

from .fixed_width import Table

# the kinds of a column, by the shape of their values
NAME, ADDRESS, ACCOUNT, PHONE, EMAIL, FIGURE, DATE, REST = ("name", "address", "account", "phone", "email", "figure",
                                                           "date", "rest")

# the labels of a customer record's columns, one space apart as they are typed, each a whole label (matched whole,
# case-insensitive), by the kind of value under it
_LABELS = {
    # who the row is: the customer, the account's holder, the household a credit or a notice went to
    NAME: r"(?:customer|cust\.?|account\s+holder|acct\.?\s+holder|holder|ratepayer|recipient|occupant|resident|"
          r"tenant)(?:\s+name)?|name|bill[\s-]to",
    # where: the service or mailing address, the premises
    ADDRESS: r"(?:(?:service|svc\.?|site|premises?|mailing|billing|street)\s+)?(?:address|addr\.?|location|loc\.?)|"
             r"premises?",
    # which account: the utility's account, agreement, premise or meter number, by any of their system's names
    ACCOUNT: r"(?:(?:ub|util\.?|utility|water|sewer|refuse|electric|gas|bill|billing|contract|customer|cust\.?|"
             r"service|svc\.?|cis)\s+)?(?:account|acct\.?|a/c)(?:\s+(?:no\.?|#|number|num\.?|id))?|"
             r"(?:ub|cis|sa|cust\.?|customer|premise|prem\.?|loc\.?)\s*(?:#|no\.?|id)|"
             r"(?:svc\.?|service)\s+(?:agmt\.?|agreement)(?:\s+(?:id|no\.?|#))?|sa|"
             r"(?:meter|mtr\.?)(?:\s+(?:no\.?|#|number|id))?",
    # how to reach them
    PHONE: r"(?:(?:notify|contact|home|cell|mobile|day|primary|alt\.?)\s+)?(?:phone|tel\.?|telephone|ph\.?)"
           r"(?:\s+(?:no\.?|#|number|[12]))?|cell|mobile|call[\s-]?back(?:\s+(?:no\.?|#))?|contact\s+(?:#|no\.?)",
    EMAIL: r"e-?mail(?:\s+address)?",
    # how much: usage, and the money billed, owed, paid or credited
    FIGURE: r"(?:(?:avg\.?|average)\s+)?(?:(?:mo\.?|monthly|annual|yearly|12[\s-]?mo\.?|total|peak|daily)\s+)?"
            r"(?:kwh|usage|consumption|therms|ccf|hcf)(?:\s+\((?:kwh|therms)\))?|kwh\s+used|"
            r"credit|amount|amt\.?|balance|past\s+due|amount\s+due|bill\s+amount|credit\s+amount|payment|deposit|"
            r"arrears|refund|adjustment",
    DATE: r"(?:notice|shutoff|shut[\s-]off|disconnect|read|due|service|start|move[\s-]in|credit|payment)?\s*date",
    # a free text column, read only as a row's last
    REST: r"notes?|comments?|remarks?|status|reason|action",
}
_LABEL = {kind: re.compile(rf"(?i)(?:{pattern})") for kind, pattern in _LABELS.items()}
# the kinds that tie a row to a utility's customer: an account or meter, usage, or a column calling them customers
_CUSTOMER_NAME = re.compile(r"(?i)(?:customer|cust\.?|account\s+holder|acct\.?\s+holder|ratepayer)(?:\s+name)?")
_USAGE = re.compile(r"(?i).*\b(?:kwh|usage|consumption|therms|ccf|hcf)\b.*")
# the words a header's first label opens on (``_LABELS``): the cheap look that spares a long text's other lines the rest
_FIRST_WORDS = frozenset("""
customer cust cust. account acct acct. holder ratepayer recipient occupant resident tenant name bill-to bill service
svc svc. site premise premises mailing billing street address addr addr. location loc loc. ub util util. utility water
sewer refuse electric gas contract cis a/c sa prem prem. meter mtr mtr. notify contact home cell mobile day primary alt
alt. phone tel tel. telephone ph ph. callback call-back call e-mail email avg avg. average mo mo. monthly annual yearly
12-mo 12 total peak daily kwh usage consumption therms ccf hcf credit amount amt amt. balance past payment deposit
arrears refund adjustment notice shutoff shut shut-off disconnect read due start move move-in date
""".split())
_KEY_WORD = re.compile(r"(?i)\b(?:acct|account|a/c|meter|mtr|sa|kwh|usage|consumption|customer|cust|holder|"
                       r"ratepayer|agmt|agreement|premise|prem|cis|ub)\b")
_DIGIT = re.compile(r"\d")
_MAX_HEADER = 120  # characters of a header line, at most
_MAX_LABEL_WORDS = 4
_MIN_COLUMNS = 3
_MAX_COLUMNS = 10

_SUFFIX = alternation(SUFFIXES | MORE_SUFFIXES)
_UNIT = alternation(u for u in UNITS if u != "#")
_DIRECTION = alternation(DIRECTIONS)
_WORD = r"[A-Z\u00c0-\u00de0-9][\w'\u2019.-]*"  # a street's word: capitalised, or a number ("3rd", "10th")
_HOUSE = r"\d{1,6}(?:-?[A-Za-z]|\s1/2)?"
_UNIT_PART = rf"(?:(?:{_UNIT})\.?\s?[A-Za-z0-9-]{{1,6}}|\#\s?[A-Za-z0-9-]{{1,6}})"
_CITY_PART = r",\s(?:[A-Z][\w'.-]*\s){0,2}[A-Z][\w'.-]*(?:,?\s(?:CA|California))?(?:\s\d{5}(?:-\d{4})?)?"
# a street address: its number, a direction, the street's name and type ("W. Foothill Blvd."), or the type first
# ("Calle Almendro"), then a unit ("Unit B", "#12") and a city after a comma
_ADDRESS = re.compile(
    rf"(?i:{_HOUSE})\s(?:(?i:{_DIRECTION})\.?\s)?"
    rf"(?:(?:{_WORD}\s){{1,4}}(?i:{_SUFFIX})\.?|(?i:{alternation(PRE_TYPES)})\s(?:(?:de|del|la|las|los)\s)?"
    rf"(?:{_WORD}\s){{0,2}}{_WORD})"
    rf"(?:\s(?i:{_DIRECTION})\.?)?(?:,?\s(?i:{_UNIT_PART}))?(?:{_CITY_PART})?")
_GIVEN_OR_SURNAME = r"[A-Z\u00c0-\u00de][\w'\u2019-]*\.?|[A-Z]\."
_PARTICLE = r"(?:de|del|de\sla|van|von|da|di|dos|le|la|bin|y)"
# a person's name: two to four capitalised words, particles between them ("Ana de la Cruz"), two given names joined
# ("Ana & Luis Ruiz"); or "LAST, FIRST" as billing systems print it ("LEE, SOO-YEON"); or a name in a script
# without capitals, one word ("王伟", "김민준")
_NAME = re.compile(
    rf"(?:{_GIVEN_OR_SURNAME})(?:\s(?:{_PARTICLE}\s)?(?:&\s|and\s)?(?:{_GIVEN_OR_SURNAME})){{1,3}}|"
    rf"(?:{_GIVEN_OR_SURNAME})(?:[\s-](?:{_GIVEN_OR_SURNAME}))?,\s(?:{_GIVEN_OR_SURNAME})(?:\s(?:{_GIVEN_OR_SURNAME})){{0,2}}|"
    r"[\u3400-\u9fff\uac00-\ud7af]{2,6}")
# the words a name right after an address does not open on: a unit's, a street's type or a direction left over
_NOT_A_NAME_START = re.compile(rf"(?i)(?:{_UNIT}|{_SUFFIX}|{_DIRECTION})\.?\s")
# an account, agreement, premise or meter number: a letter prefix of its own or joined ("RF 6798-5458", "SW-989026",
# "V415-429131"), then groups of digits, capitals among them or not ("1234 567 890 1", "073.8154.990", "0144923S",
# "V482N-133779"); five digits at least
_ACCOUNT = re.compile(r"(?:[A-Z]{1,4}\s)?#?(?:[A-Z]{0,4}-?\d[\dA-Z./-]*)(?:\s\d[\d./-]*){0,3}")
# (a "1" before the area code only joined to it, "1-626-...": "1 (626) ..." would take an account's last group)
_PHONE = re.compile(r"(?:\+1[\s.-]?|1[.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FIGURE = re.compile(r"(?i)\(?-?\$?\s?\d[\d,]*(?:\.\d+)?\)?(?:\s?(?:kwh|therms|cr))?")
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}")
_SHAPES = {NAME: _NAME, ADDRESS: _ADDRESS, ACCOUNT: _ACCOUNT, PHONE: _PHONE, EMAIL: _EMAIL, FIGURE: _FIGURE,
           DATE: _DATE}
_MAX_WORDS = {NAME: 5, ADDRESS: 14, ACCOUNT: 5, PHONE: 4, EMAIL: 1, FIGURE: 2, DATE: 3, REST: 40}
_MIN_ACCOUNT_DIGITS = 5


def spaced_tables(lines: list[str]) -> list[Table]:
    """The tables of single-spaced rows under a header of a customer record's labels, top to bottom."""
    found: list[Table] = []
    index = 0
    while index < len(lines):
        table = _table_at(lines, index)
        found += [table] if table else []
        index = table.end if table else index + 1
    return found


def _table_at(lines: list[str], index: int) -> Table | None:
    line = lines[index].strip()
    if len(line) > _MAX_HEADER or line.split(" ", 1)[0].lower() not in _FIRST_WORDS or "|" in line \
            or "\t" in line or _DIGIT.search(line) or not _KEY_WORD.search(line):
        return None
    best: Table | None = None
    for columns in _headers(tuple(line.split())):
        table = Table(index, [name for name, _ in columns])
        kinds = [kind for _, kind in columns]
        number = index + 1
        while number < len(lines):
            cells = _fit(lines[number].split(), kinds)
            if cells is None and number + 1 < len(lines) and table.rows \
                    and _fit(lines[number + 1].split(), kinds) is not None:
                number += 1  # a note between two rows: its text, the table goes on
                continue
            if cells is None:
                break
            table.rows.append((number, cells))
            number += 1
        if table.rows and (best is None or len(table.rows) > len(best.rows)):
            best = table
    return best


def _headers(words: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    """Each way of reading the words as a customer record's header: (label, kind) for each column, the labels
    covering the words in order."""
    return [columns for columns in _readings(words) if _MIN_COLUMNS <= len(columns) <= _MAX_COLUMNS
            and REST not in [kind for _, kind in columns[:-1]] and _of_a_customer(columns)]


@lru_cache(maxsize=256)
def _readings(words: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    if not words:
        return [[]]
    found = []
    for size in range(1, min(_MAX_LABEL_WORDS, len(words)) + 1):
        label = " ".join(words[:size])
        kind = next((kind for kind, pattern in _LABEL.items() if pattern.fullmatch(label)), None)
        if kind is not None:
            found += [[(label, kind), *rest] for rest in _readings(words[size:])]
    return found


def _of_a_customer(columns: list[tuple[str, str]]) -> bool:
    """Whether the header is a customer record's: a person's or a home's column beside an account, a meter or usage,
    or a column calling its people customers."""
    kinds = {kind for _, kind in columns}
    tied = ACCOUNT in kinds or any(_USAGE.fullmatch(label) or _CUSTOMER_NAME.fullmatch(label) for label, _ in columns)
    return tied and bool(kinds & {NAME, ADDRESS})


def _fit(words: list[str], kinds: list[str]) -> list[str] | None:
    """The row's cells, its words fitted to the columns in order, each column's words in its kind's shape; the
    shortest cell first where a column could take more (the address's unit then goes to it only when the next
    cell cannot open on it). None when the words fit no way."""
    if not words:
        return None
    failed: set[tuple[int, int]] = set()  # (word, column) from which the rest fits no way: each tried once

    def fit_from(start: int, column: int) -> list[str] | None:
        if column == len(kinds):
            return [] if start == len(words) else None
        if (start, column) in failed:
            return None
        kind = kinds[column]
        last = len(words) if kind == REST else min(len(words), start + _MAX_WORDS[kind])
        for end in range(start + 1, last + 1):
            cell = " ".join(words[start:end])
            if _fits(cell, kind, kinds[column - 1] if column else None):
                rest = fit_from(end, column + 1)
                if rest is not None:
                    return [cell, *rest]
        failed.add((start, column))
        return None

    return fit_from(0, 0)


def _fits(cell: str, kind: str, before: str | None) -> bool:
    """Whether the cell has the shape of its column's kind; a name right after an address does not open on the
    address's last words ("Unit B Hye-won Park")."""
    if kind == REST:
        return True
    if not _SHAPES[kind].fullmatch(cell):
        return False
    if kind == NAME:
        return before != ADDRESS or not _NOT_A_NAME_START.match(cell + " ")
    if kind == ACCOUNT:
        return sum(c.isdigit() for c in cell) >= _MIN_ACCOUNT_DIGITS
    return True
