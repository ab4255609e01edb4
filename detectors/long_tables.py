"""A long table of uniform rows (a billing system's customer export, a 20,000-row sheet) judged by a sample of its rows.

Every detector reads every cell and the customer context judges every row: about a millisecond a row, twenty
seconds for a 20,000-row export. A long table's rows are alike, so the full pipeline runs on the document with an
evenly spread sample of the table's rows in place of all of them, and what it finds there becomes a verdict per
column: "every cell of 'Customer Name' is a customer_name finding, with this reason", "'City' holds no finding".
The other rows then follow their columns' verdicts cell by cell, each value read only as its column's kind (the
key a phone, a name, an address is counted by) and checked for the shape of the sample's values.

The shortcut is taken only where it reproduces the full pipeline on the sample exactly (the same cells found, the
same keys), and a row it cannot vouch for goes through the full pipeline after all: a cell empty where the sample's
never were, a value of a shape the sample's column never held (a firm in a names column, a note in a ZIP column),
a value its column's reading refuses but of a shape the sample only ever reported. Too many such rows, and the
whole document takes the full pipeline.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .base import Detector
from .context.persons import person_name
from .context.shapes import EMAIL_RE, is_street_address, opens_an_address, phone_spans, plain_email
from .model import Document, Finding, Record, Segment
from .public_contacts import PublicContacts, canonical_address, to_e164

LONG_TABLE_ROWS = 1000  # fewer rows cost the full pipeline little
SAMPLE_ROWS = 300
MOST_LEFT_TO_CHECK = 0.2  # the share of the other rows that may need the full pipeline before the shortcut is dropped


def raw_findings_of_long_table(document: Document, detectors: list[Detector],
                               raw_findings: Callable[[Document], list[Finding]]) -> list[Finding] | None:
    """``raw_findings(document)`` (the full pipeline) with the document's long table judged by a sample of its rows,
    or None when the document holds no long uniform table or the sample does not vouch for the shortcut."""
    table = _Table.in_document(document)
    if table is None:
        return None
    run = table.run
    sample = table.sample_rows()
    sampled = raw_findings(table.document_with(sample))
    columns = _column_verdicts(table, sample, sampled, _Readers(detectors))
    if columns is None:
        return None
    taken = set(sample)
    others = [row for row in range(len(run)) if row not in taken]
    found: list[Finding] = []
    left: list[int] = []
    for row in others:
        cells = _follow(columns, run[row].fields)
        if cells is None:
            left.append(row)
        else:
            found += cells
    if len(left) > MOST_LEFT_TO_CHECK * len(others):
        return None
    if left:
        fields = {id(f) for row in left for f in run[row].fields}
        found += [f for f in raw_findings(table.document_with(left)) if id(f.segment) in fields]
    return sampled + found


def _columns(record: Record) -> tuple:
    return tuple((f.label, f.hidden, f.chrome) for f in record.fields)


class _Table:
    """A long table's rows in their document, and the document with only some of them."""

    def __init__(self, document: Document, run: list[Record], start: int, first: int):
        """``run``: the table's records, the first at ``first`` in the document's records and its first field at
        ``start`` in its segments."""
        self.document, self.run = document, run
        width = sum(len(record.fields) for record in run)
        self.before, self.after = document.segments[:start], document.segments[start + width:]
        self.records_before, self.records_after = document.records[:first], document.records[first + len(run):]

    @classmethod
    def in_document(cls, document: Document) -> _Table | None:
        """The longest run of consecutive records with the same columns (each field visible the same way as the
        first row's) whose fields follow each other in the document's segments: a table's rows. None when it has
        fewer than LONG_TABLE_ROWS, or in a page with a site's header and footer, whose contacts the detectors
        read as the office's."""
        records = document.records
        if len(records) < LONG_TABLE_ROWS:
            return None  # most documents: no run to look for
        first = length = 0  # the longest run so far
        at, head = 0, _columns(records[0])
        for i in range(1, len(records) + 1):
            columns = _columns(records[i]) if i < len(records) else None
            if columns != head:
                if i - at > length:
                    first, length = at, i - at
                at, head = i, columns
        run = records[first:first + length]
        if length < LONG_TABLE_ROWS or not run[0].fields or any(s.chrome for s in document.segments):
            return None
        fields = [f for record in run for f in record.fields]
        start = next((i for i, s in enumerate(document.segments) if s is fields[0]), None)
        if start is None or any(a is not b for a, b in zip(document.segments[start:start + len(fields)], fields)):
            return None
        return cls(document, run, start, first)

    def sample_rows(self) -> list[int]:
        """SAMPLE_ROWS row numbers spread evenly over the table: an export sorted by class or by date shows each."""
        count = len(self.run)
        return sorted({i * count // SAMPLE_ROWS for i in range(SAMPLE_ROWS)})

    def document_with(self, rows: Iterable[int]) -> Document:
        """The document with these rows of its table in place of all of them (its warnings the document's own)."""
        records = [self.run[row] for row in rows]
        d = self.document
        return Document(d.url, d.content_type, self.before + [f for r in records for f in r.fields] + self.after,
                        self.records_before + records + self.records_after, d.title, d.pages, d.warnings, d.unchecked)


class _Readers:
    """How each kind of finding in a table cell reads a value: the key the detectors count it by when they would
    report it, else None. Each is the detector's own test of a whole cell, as the sample then confirms."""

    def __init__(self, detectors: list[Detector]):
        self.by_category = {d.category: d for d in detectors}
        self.contacts = next((d.contacts for d in detectors if isinstance(getattr(d, "contacts", None),
                                                                           PublicContacts)), None)

    def reader(self, category: str) -> Callable[[Segment], str | None] | None:
        if category == "account_number" and "account_number" in self.by_category:
            return self._account
        if self.contacts is None:
            return None
        return {"customer_name": self._name, "address": self._address, "phone": self._phone, "email": self._email,
                "energy_usage": self._usage}.get(category)

    def _account(self, cell: Segment) -> str | None:
        found = list(self.by_category["account_number"].scan_segment(cell))
        whole = len(found) == 1 and (found[0].start, found[0].end) == _span(cell.text)
        return found[0].key if whole else None

    def _name(self, cell: Segment) -> str | None:
        name = person_name(cell.text.strip(), strict=False)
        return name if name and not self.contacts.name_is_public(name) else None

    def _address(self, cell: Segment) -> str | None:
        text = cell.text.strip()
        if not opens_an_address(text) or self.contacts.address_is_public(text):
            return None
        return canonical_address(text) if is_street_address(text, labelled=True) else None

    def _phone(self, cell: Segment) -> str | None:
        text = cell.text.strip()
        if phone_spans(text) != [(0, len(text))]:
            return None
        e164 = to_e164(text)
        return e164 if e164 and e164 not in self.contacts.phones else None

    def _email(self, cell: Segment) -> str | None:
        m = EMAIL_RE.fullmatch(cell.text.strip())
        address = m and plain_email(m.group()).lower()
        return address if address and not self.contacts.email_is_public(address, generic=False) else None

    def _usage(self, cell: Segment) -> str | None:
        text = cell.text.strip()
        return text.replace(",", "") if _FIGURE.fullmatch(text) else None


_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _span(text: str) -> tuple[int, int]:
    """A cell's value without the blanks around it."""
    start = len(text) - len(text.lstrip())
    return start, len(text.rstrip())


_SHAPE_CLASSES = str.maketrans({**{c: "9" for c in "0123456789"},
                                **{c: "A" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                                **{c: "a" for c in "abcdefghijklmnopqrstuvwxyz"}})
_REPEATED = re.compile(r"(.)(?=\1)")  # each character the same one follows


def shape(text: str) -> str:
    """A value's shape: its runs of digits, capitals and small letters, and everything else as written ("Ana
    Ruiz" and "Lee Chan" are "Aa Aa", "(909) 555-0143" is "(9) 9-9")."""
    return _REPEATED.sub("", text.strip().translate(_SHAPE_CLASSES))


@dataclass
class _Column:
    """What the sample says of one column: the finding its cells give (None: none) and read how; the shapes of
    the values it reported and of those it did not, the values it did not report, whether a cell was empty."""

    finding: Finding | None
    read: Callable[[Segment], str | None] | None
    reported_shapes: set[str]
    quiet_shapes: set[str]
    quiet_values: set[str]
    empty_seen: bool


def _column_verdicts(table: _Table, sample: list[int], sampled: list[Finding],
                     readers: _Readers) -> list[_Column] | None:
    """Each column's verdict from the full pipeline's findings in the sample rows, or None where a column's cells
    are not alike (two kinds of finding, a part of a cell, different reasons) or its reading disagrees with them."""
    by_cell: dict[int, list[Finding]] = {}
    for f in sampled:
        by_cell.setdefault(id(f.segment), []).append(f)
    width = len(table.run[0].fields)
    columns = []
    for c in range(width):
        cells = [table.run[row].fields[c] for row in sample]
        found = [by_cell.get(id(cell), []) for cell in cells]
        if any(len(f) > 1 for f in found):
            return None
        reported = [f[0] for f in found if f]
        first = reported[0] if reported else None
        if first is not None and any(not _alike(first, f) for f in reported):
            return None
        read = readers.reader(first.category) if first is not None else None
        if first is not None and read is None:
            return None
        column = _Column(first, read, set(), set(), set(), False)
        for cell, f in zip(cells, found):
            if not cell.text.strip():
                if f:
                    return None
                column.empty_seen = True
                continue
            if f:
                if (f[0].start, f[0].end) != _span(cell.text) or read(cell) != f[0].key:
                    return None
                column.reported_shapes.add(shape(cell.text))
            else:
                if read is not None and read(cell) is not None:
                    return None
                column.quiet_shapes.add(shape(cell.text))
                column.quiet_values.add(cell.text.strip())
        columns.append(column)
    return columns


def _alike(a: Finding, b: Finding) -> bool:
    return (a.category, a.severity, a.rule, a.why, a.public_if_repeated, a.continued, b.continued) == \
        (b.category, b.severity, b.rule, b.why, b.public_if_repeated, None, None)


def _follow(columns: list[_Column], cells: list[Segment]) -> list[Finding] | None:
    """The findings of a row that follows its columns' verdicts, or None when one of its cells is beyond them."""
    found = []
    for column, cell in zip(columns, cells):
        text = cell.text.strip()
        if not text:
            if not column.empty_seen:
                return None
            continue
        if column.finding is None:
            if text in column.quiet_values:
                continue
            form = shape(text)
            if form in column.quiet_shapes and not any(c.isalpha() for c in form):
                continue
            return None
        form = shape(text)
        if form not in column.reported_shapes and form not in column.quiet_shapes:
            return None  # a shape the sample's column never held, whatever its reading: no need to read it
        key = column.read(cell)
        if key is not None and form in column.reported_shapes:
            model = column.finding
            start, end = (0, len(text)) if len(text) == len(cell.text) else _span(cell.text)
            found.append(Finding(model.category, model.severity, cell, start, end, model.rule, model.why, key,
                                 model.public_if_repeated))
        elif key is None and form in column.quiet_shapes:
            continue
        else:
            return None
    return found
