"""Lists of customers' accounts under a heading that says whose they are: "Accounts referred to collections (>120
days)" over "Jose D. Espinoza" / "CHCP-566057  $847.24", a budget book's collections page, a sheet titled "Past-due
accounts" with a name column and a column of numbers no header names.

A budget or a finance report gives such a list once, under a heading that names customer accounts in a state of
collection or care (past due, delinquent, referred to collections, written off, on a payment plan, closed, on the
medical baseline; Spanish "cuentas vencidas", "cuentas morosas"), and each entry as a name and then the account, on the
next line or in the next column, with no label beside the number: the heading is the number's label. Each entry of a
person's name and an account-shaped number under such a heading is a customer's record: the name, and the number as
the account (``account_number.scan_records``). Two entries or more make a list; a table's rows count one by one.

Not read: a heading of the City's own books ("Accounts payable", "Chart of accounts", "Accounts receivable summary"
with totals, a bank's or a fund's account), a heading of the City's facilities' accounts, an entry naming a firm or a
facility, and a number that is a phone's, a date's, a general-ledger account's or a year-numbered document's (an
invoice's "INV-2024-00123").
"""
from __future__ import annotations

import re
from collections import Counter

from ..labels import OTHER_LABELS, is_date, is_ledger_account, is_phone_number
from ..model import Segment
from ..vocabulary import readable
from .analysis import Analysis, Cell, Line, page_of
from .headers import header_kind
from .lists import business_name
from .persons import named_officially, person_name
from .shapes import phone_spans, street_addresses

# the state of a customer's account a heading lists them in: collections, arrears, write-off, a payment plan, a
# program's care, closed or cut off
_STATE = (r"(?:referred|sent|assigned|placed|turned\s+over|transferred)\s+(?:to|for|with)\s+(?:an?\s+|the\s+)?"
          r"collections?(?:\s+agency)?|in\s+collections?|collections?\s+(?:referrals?|lists?|placements?)|"
          r"past[\s-]?due|over[\s-]?due|delinquen\w*|in\s+arrears|arrearages?|written[\s-]+off|write[\s-]?offs?|"
          r"uncollect(?:ible|ed)|bad\s+debts?|(?:on|in|with)\s+(?:a\s+)?payment\s+(?:plans?|arrangements?)|"
          r"payment[\s-]+(?:plans?|arrangements?)|medical[\s-]+baseline|life[\s-]+support|closed|"
          r"disconnect(?:ed|ions?)|shut[\s-]?offs?|terminated|final[\s-]+billed")
_ACCOUNTS = r"(?:(?:customer|utility|electric|residential|service)\s+)?(?:accounts|accts|account\s?holders)"
_ACCOUNTS_HEADING = re.compile(
    rf"(?i)\b(?:{_ACCOUNTS}\b[^\n]{{0,40}}?\b(?:{_STATE})\b|(?:{_STATE})\s+(?:[\w-]+\s+)?{_ACCOUNTS}\b|"
    # Spanish: "Cuentas vencidas", "Cuentas morosas", "Cuentas enviadas a cobranza", "Cuentas con plan de pagos"
    r"cuentas\s+(?:de\s+clientes\s+)?(?:vencidas|morosas|atrasadas|en\s+(?:mora|cobranza|cobro|atraso)|"
    r"(?:enviadas|referidas|remitidas)\s+a\s+(?:la\s+)?(?:cobranza|agencia\s+de\s+cobro)|canceladas|cerradas|"
    r"desconectadas|incobrables|castigadas|con\s+(?:un\s+)?(?:plan(?:es)?\s+de\s+pagos?|convenios?\s+de\s+pago|"
    r"saldos?\s+vencidos?))|clientes\s+morosos)")
# a heading of the City's own books or accounts, not its customers': its ledger, its bills, its banks, its buildings
_CITYS_BOOKS = re.compile(r"(?i)\b(?:payables?|chart\s+of|general\s+ledger|g/?l|ledger|funds?|object\s+codes?|"
                          r"bank(?:ing)?|checking|savings|investments?|trust|escrow|grants?|city|town|county|"
                          r"municipal|facilit(?:y|ies)|vendors?|suppliers?|por\s+pagar|municipales)\b")
_HEADING_CHARS, _HEADING_WORDS = 120, 18
_TITLE_LINES = 2  # lines between a heading and its list's first entry at most (a column header, a note)
_ENTRIES = 2  # entries of a list laid out as lines, at least

# a number in an account's shape: 6 to 16 digits in groups apart by a dash or one space, maybe after a program's or a
# utility's letters ("CHCP-566057", "6-37-224-2172", "7156 3413 57"), not followed by more of a figure (".80", ",000")
# nor by a unit that makes it a count ("1200 kWh", "140 days")
_NUMBER = (r"#?[ \t]?(?P<number>(?:[A-Z]{2,6}[-\u2010-\u2013])?\d{1,12}(?:[-\u2010-\u2013]\d{1,12}|[ ]\d{1,12}){0,5})"
           r"(?![\d.,/%]|[-\u2010-\u2013]\w)"
           r"(?![ \t]*(?i:k?wh|kw|therms?|days?|d[ií]as|mos?|months?|yrs?|years?|%)\b)")
_REST = r"(?:(?:[ \t]{2,}|\t|[ \t](?=[$(\d]))[^\n]{0,60}?)?[ \t]*"  # what follows the number: an amount, a date
_NUMBER_LINE = re.compile(rf"[ \t]*{_NUMBER}{_REST}")
_ITEM = r"[ \t]*(?:\d{1,3}[.)][ \t]+|[-*\u2022\u25aa][ \t]*)?"  # a list's bullet or number before the name
_NAME_LINE = re.compile(rf"{_ITEM}(?P<name>[^\d\t$#@|/:;()]{{3,60}}?)[ \t]*")
_NAME_AND_NUMBER = re.compile(rf"{_ITEM}(?P<name>[^\d\t$#@|/:;()]{{3,60}}?)(?:[ \t]*[,|/\u2013\u2014-][ \t]*|\t+[ \t]*|"
                              rf"[ \t]+){_NUMBER}{_REST}")
_NUMBER_CELL = re.compile(rf"[ \t]*{_NUMBER}[ \t]*")
_DIGITS_RANGE = range(6, 17)
_YEAR_FIRST = re.compile(r"(?:[A-Z]{1,6}[-\u2010-\u2013 ])?(?:19|20)\d\d[-\u2010-\u2013 ]\d")  # "INV-2024-00123"
# a table cell's element: an HTML table's, a Word table's, a sheet's ("'Past-due accounts'!B2")
_TABLE_CELL = re.compile(r"(?:^|[\s>])(?:t[dh]|cell \d+|column\b)|![A-Z]{1,3}\d+$")
_WHY = "customer's name and account in a list under a heading of customers' accounts"
# an entry told in a sentence of the paragraph right under the heading, as minutes write a consent item ("Approved
# the write-off list, including the largest balance, LOPEZ, MARIA at 12 W ELM ST (PR-1234567)"): a name (surname
# first with a comma, or given name first), "at" or "of" its home, the account in brackets
_NAME_WORD = r"[A-Z][A-Za-z'\u2019-]+"
_TOLD_ENTRY = re.compile(rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?,[ \t]+{_NAME_WORD}(?:[ \t][A-Z]\.?)?|"
                         rf"{_NAME_WORD}(?:[ \t][A-Z]\.)?[ \t]{_NAME_WORD})[ \t]+(?:at|of)[ \t]+"
                         r"(?P<address>\d[^()\n]{4,60}?)[ \t]*\((?P<number>[A-Z0-9][A-Z0-9 -]{4,22}[0-9A-Z])\)")
_TOLD_LINES = 2  # lines of the heading's page after it that may tell its entries
_TOLD_WHY = "customer's name, home and account told under a heading of customers' accounts"


def find(analysis: Analysis) -> None:
    if not analysis.may_hold("account", "acct", "cuenta", "clientes"):
        return
    _listed_lines(analysis)
    _titled_rows(analysis)
    _told_entries(analysis)


def accounts_heading(text: str) -> bool:
    """Whether a line is a heading (or a table's caption, a list's lead line) naming customers' accounts in a state
    of collection or care, not the City's own books."""
    text = text.strip()
    return (len(text) <= _HEADING_CHARS and len(text.split()) <= _HEADING_WORDS and not text.endswith(".")
            and _may_name_accounts(text) and bool(_ACCOUNTS_HEADING.search(text)) and not _CITYS_BOOKS.search(text))


# what every heading ``_ACCOUNTS_HEADING`` matches holds in lower case: "acc" ("accounts", "accts", "account holders"),
# "cuenta" ("cuentas ..."), "ente" ("clientes morosos"); none of their letters is one that the pattern, ignoring case,
# reads as another ("\u0131" and "\u0130" as an i, "\u017f" as an s, the Kelvin sign as a k)
_ACCOUNTS_HEADING_WORDS = ("acc", "cuenta", "ente")


def _may_name_accounts(text: str) -> bool:
    """Whether ``text`` may be a heading of customers' accounts: one of ``_ACCOUNTS_HEADING_WORDS`` in it, a look at
    the lower-cased line some twenty times cheaper than the pattern that needs one (every line of a page is asked)."""
    lower = text.lower()
    return any(word in lower for word in _ACCOUNTS_HEADING_WORDS)


def _account_shaped(text: str) -> bool:
    """Whether a number reads as a customer's account: 6 to 16 digits, no phone, date, ledger account or document
    numbered by its year."""
    digits = sum(c.isdigit() for c in text)
    return (digits in _DIGITS_RANGE and not is_phone_number(text) and not phone_spans(text) and not is_date(text)
            and not is_ledger_account(text) and not _YEAR_FIRST.match(text) and len(set(text) - set(" -#")) > 1)


def _phone_shaped_account(text: str) -> bool:
    """Whether a number is an account's in all but its phone's shape: ten digits in three groups, no date's, ledger
    account's or year-numbered document's."""
    return (sum(c.isdigit() for c in text) in _DIGITS_RANGE and not is_date(text) and not is_ledger_account(text)
            and not _YEAR_FIRST.match(text) and len(set(text) - set(" -#")) > 1)


def _private_name(analysis: Analysis, segment: Segment, start: int, end: int, alone: bool = False) -> bool:
    """Whether ``segment.text[start:end]`` is a private person's name: no firm's, facility's or official's; a line
    that is a name alone is no heading of words a dictionary holds ("Closed Accounts", "Rebate Winners")."""
    name = segment.text[start:end].strip()
    if not name or not person_name(name, strict=True) or business_name(name):
        return False
    if alone and all(map(readable, name.replace(",", " ").split())):
        return False
    return not named_officially(segment.text, start, end) and analysis.names_person(Cell("name", segment, start, end))


def _listed_lines(analysis: Analysis) -> None:
    """The entries laid out as lines under a heading: a name line then a number line ("Linh Aguilar" / "7156 3413 57
    $2,016.80"), or a name and a number on one line ("Linh Aguilar    7156 3413 57    $2,016.80"), on the heading's
    page, up to the first line of another kind."""
    lines = analysis.free_lines
    k = 0
    while k < len(lines):
        title = lines[k]
        k += 1
        if not accounts_heading(title.text):
            continue
        entries: list[tuple[Line, tuple[int, int], Line, tuple[int, int]]] = []
        pending: tuple[Line, tuple[int, int]] | None = None
        skipped = 0
        while k < len(lines) and page_of(lines[k].segment) == page_of(title.segment):
            line = lines[k]
            entry = _entry(analysis, line, pending)
            if entry == "name":
                pending = (line, _NAME_LINE.fullmatch(line.text).span("name"))
            elif entry is not None:
                entries.append(entry)
                pending = None
            elif entries or pending or skipped >= _TITLE_LINES or accounts_heading(line.text):
                break
            else:
                skipped += 1
            k += 1
        if len(entries) < _ENTRIES:
            continue
        for name_line, name, number_line, number in entries:
            analysis.add("name", name_line.segment, name_line.start + name[0], name_line.start + name[1], _WHY)
            analysis.add("number", number_line.segment, number_line.start + number[0], number_line.start + number[1],
                         _WHY)
        analysis.anchor_pages.add(page_of(title.segment))


def _entry(analysis: Analysis, line: Line, pending: tuple[Line, tuple[int, int]] | None):
    """What a line under the heading is: "name" (a name alone, its number to come on the next line), an entry
    (name line, name span, number line, number span; spans within their lines), or None."""
    text = line.text
    if pending is not None:
        number = _NUMBER_LINE.fullmatch(text)
        if number and _account_shaped(number.group("number")):
            return (*pending, line, number.span("number"))
        return None
    both = _NAME_AND_NUMBER.fullmatch(text)
    if both and _account_shaped(both.group("number")) and _private_name(
            analysis, line.segment, line.start + both.start("name"), line.start + both.end("name")):
        return line, both.span("name"), line, both.span("number")
    alone = _NAME_LINE.fullmatch(text)
    if alone and _private_name(analysis, line.segment, line.start + alone.start("name"), line.start + alone.end("name"),
                               alone=True):
        return "name"
    return None


def _titled_rows(analysis: Analysis) -> None:
    """The rows of a table right under such a heading (an HTML heading or caption, a Word paragraph, a sheet's name)
    that give a person's name and, in a column no header names (or an account's), an account-shaped number. The
    heading reaches to the next heading; a paragraph of text between them and a table's header row do not end it."""
    facts = analysis.facts
    if not analysis.document.records:
        return
    title, page, seen = None, object(), set()
    lists: list[tuple[Segment, list[list[Segment]]]] = []  # each heading's rows
    for segment in analysis.segments:
        if facts.in_record(segment):
            record = facts.record_of(segment)
            if title is not None and record is not None and id(record) not in seen:
                seen.add(id(record))
                if not lists or lists[-1][0] is not title:
                    lists.append((title, []))
                lists[-1][1].append(record.fields)
            continue
        if page_of(segment) != page:
            title, page = None, page_of(segment)
        text = segment.text.strip()
        if _TABLE_CELL.search(segment.location.element or "") or "\n" in text or len(text) > _HEADING_CHARS \
                or text.endswith("."):
            continue  # a header row's cell, a paragraph
        title = segment if accounts_heading(text) else None
    for _, rows in lists:
        accounts = Counter(column for fields in rows for column, f in enumerate(fields)
                           if (number := _NUMBER_CELL.fullmatch(f.text)) and _account_shaped(number.group("number")))
        for fields in rows:
            _titled_row(analysis, fields, accounts)


def _titled_row(analysis: Analysis, fields: list[Segment], accounts: Counter) -> None:
    """A row's one person's name (in a name column or one no header names, maybe after the list's number: "1. Rosa
    Villanueva") and its account-shaped numbers in a column no header names or an account's. A number written as a
    phone is ("834-029-3101") is an account too in a column whose other rows, two or more, give accounts of no phone's
    shape ("MCP-7714411001"): the list's accounts column, as the heading says, where a utility's accounts may be
    written in three groups; a list whose numbers are all phones' is a call list's."""
    names = [(f, name.span("name")) for f in fields if (not f.label or header_kind(f.label)[0] == "name")
             and (name := _NAME_LINE.fullmatch(f.text)) and _private_name(analysis, f, *name.span("name"))]
    numbers = [(f, number.span("number")) for column, f in enumerate(fields) if (not f.label or (
        header_kind(f.label)[0] in (None, "account") and not OTHER_LABELS.search(f.label)))
        and (number := _NUMBER_CELL.fullmatch(f.text)) and (_account_shaped(number.group("number")) or (
            accounts[column] >= _ENTRIES and _phone_shaped_account(number.group("number"))))]
    if len(names) != 1 or not numbers:
        return
    analysis.add("name", names[0][0], *names[0][1], _WHY)
    for segment, span in numbers:
        analysis.add("number", segment, *span, _WHY)


def _told_entries(analysis: Analysis) -> None:
    """The entries a paragraph right under such a heading tells in a sentence (see ``_TOLD_ENTRY``): the name, its
    home (a street address) and its account-shaped number are one customer's record."""
    lines = analysis.free_lines
    for k, title in enumerate(lines):
        if not accounts_heading(title.text):
            continue
        for line in lines[k + 1:k + 1 + _TOLD_LINES]:
            if page_of(line.segment) != page_of(title.segment) or accounts_heading(line.text):
                break
            text, offset = line.text, line.start
            for m in _TOLD_ENTRY.finditer(text):
                home = street_addresses(m.group("address"))
                if not (home and home[0].start() == 0 and _account_shaped(m.group("number"))
                        and _private_name(analysis, line.segment, offset + m.start("name"), offset + m.end("name"))):
                    continue
                analysis.add("name", line.segment, offset + m.start("name"), offset + m.end("name"), _TOLD_WHY)
                at = offset + m.start("address")
                analysis.add("address", line.segment, at + home[0].start(), at + home[0].end(), _TOLD_WHY)
                for kind in ("number", "account"):  # reported as the account, however phone-shaped its digits
                    analysis.add(kind, line.segment, offset + m.start("number"), offset + m.end("number"), _TOLD_WHY)
