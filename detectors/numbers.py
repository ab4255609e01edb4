"""A declarative base for the detectors of labelled numbers (``ssn``, ``taxpayer_id``, ``account_number``).

A city site is full of public numbers, so a digit run means little on its own: its written form and its
label say what it is. Each such detector is a short declaration, in the style of detect-secrets' plugins:

- ``shapes``: the written forms it looks for, each a regular expression of the value; a form that no
  public number shares counts ``anywhere`` ("512-34-6789"), the others only beside a label;
- ``labels``: the phrases that name it ("SSN", "Acct #"), just before the value or as its field name;
- ``valid``: the check its digits must pass (python-stdnum's rules, an IRS group ...);
- ``filters``: the false-positive layer, functions of a :class:`Candidate` that drop it (a form's
  example, a number under another kind of label, a sample bill, an organization's own EIN ...);
- ``verdict``: why what is left is a finding, and how severe (by default: beside one of its labels, or in
  a form that counts anywhere and under no other label).

The base finds candidates with one fast pass per segment for digit runs of the detector's lengths (most
text has none), tries the shapes only there and looks for labels only around what a shape matched.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar, NamedTuple

from .base import QUOTE_MARKS, Detector, line_of
from .context.shapes import spelt_number_opening, spelt_number_spans
from .facts import DocumentFacts
from .labels import (DASH, RIGHT, WIDTH, WORD_CHAR, compile_labels, has_stand_in, is_example, label_before,
                     label_filling_cell, label_of_field, label_pattern, marked_a_sample, other_label_beside, unissued)
from .model import Document, Finding, Segment

# what may separate the digit groups of one number: a dash, a dot, or a few spaces (PDF text and
# hand-typed notes space groups out, sometimes with no-break or thin spaces)
SPACE = "[ \u00a0\u2009\u202f]"
_SEPARATORS = "-\u2010-\u2013. \u00a0\u2009\u202f"
_GROUP_START = re.compile(rf"(?<={DASH}|\.|{SPACE})\d")
# a letter prefix glued to a number ("PCE-20481357", "SA-448120"), with nothing word-like before it
_PREFIX = re.compile(rf"(?<![\w/\u2010-\u2013-])[A-Z]{{1,5}}{DASH}?$")
_NOT_DIGIT = re.compile(r"\D")
# digit groups closing a line (a dash may close it too: "SSN 450-58-" / "4287"), and those opening the next one
_GROUPS_AT_END = re.compile(rf"(?<![\w./-])\d+(?:(?:{DASH}|{SPACE})\d+)*{DASH}?[ \t]*$")
_GROUPS_OPENING = re.compile(rf"[ \t]*(?P<groups>\d+(?:(?:{DASH}|{SPACE})\d+)*)(?![\w-])")


def digits_of(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


@dataclass(frozen=True)
class Shape:
    """One written form of a number. ``pattern`` matches the value (without a letter prefix); the base
    adds the right-hand boundary, and the left-hand one is the candidate finder's."""

    name: str
    pattern: str
    anywhere: bool = False  # the form alone says what it is: counts without a label
    prefixed: bool = False  # may follow a letter prefix ("PCE-20481357")


class Verdict(NamedTuple):
    why: str
    severity: str | None = None  # None: the detector's own


class WrappedReading(NamedTuple):
    """A number read across a line break (``LabelledNumberDetector.wrapped_readings``): its candidate, where its part
    on the cut line ends, where its rest on the next line ends, and what joins the two."""
    candidate: Candidate
    end: int
    continued_end: int
    joint: str = " "


class Candidate:
    """A value a shape matched, and what stands around it, for ``valid``, the filters and the verdict.
    What costs a look around (labels, the document's pages) is worked out on first use."""

    def __init__(self, detector: LabelledNumberDetector, segment: Segment, start: int, end: int, shape: Shape,
                 facts: DocumentFacts | None):
        self.detector = detector
        self.segment = segment
        self.start = start
        self.end = end
        self.shape = shape
        self.facts = facts

    @property
    def text(self) -> str:
        return self.segment.text

    @property
    def value(self) -> str:
        return self.segment.text[self.start:self.end]

    @cached_property
    def digits(self) -> str:
        return digits_of(self.value)

    @cached_property
    def label(self) -> str | None:
        """The detector's label phrase the value stands under (in the text just before, or its field name)."""
        return (self.label_in_text or label_of_field(self.segment, self.start, self.detector.label_in_field_name)
                or self.label_in_cell_before)

    @cached_property
    def label_in_cell_before(self) -> str | None:
        """The detector's label phrase that fills the cell before the value's in its row, the value filling its own
        (an opt-out list's "Lang | Label on letter | ID | Name" over "vi | Mã khách hàng | PC-304-3100 | ..."): the
        row names what its next cell holds, as "Mã khách hàng: PC-304-3100" would in a line; not where the value's
        own column names another kind of number. A label in a row's first cell names the whole row (a transposed
        sheet's "Utility Acct | Site A's | Site B's", a key-value table's): the tables' context reads those."""
        segment = self.segment
        record = self.facts.record_of(segment) if self.facts is not None and segment.label else None
        if record is None or segment.text.strip() != self.value or self.other_label:
            return None
        at = next(i for i, field in enumerate(record.fields) if field is segment)
        return label_filling_cell(record.fields[at - 1].text, self.detector.label_re) if at > 1 else None

    @cached_property
    def label_of_column(self) -> str | None:
        """The detector's label phrase in the header cell above the value's cell, in a table laid out as lines of
        tab-separated cells (a PDF's table: "Member | ESI ID | Service Address" above "Dwayne Ortiz | 1044... | ..."):
        the nearest line above, through rows of as many cells, with as many cells and no digit. Not beside another
        kind of number's label in the cell."""
        if other_label_beside(self.segment, self.start):
            return None
        header = self.header_above
        found = header and self.detector.label_re.search(header)
        return found.group(0) if found else None

    @property
    def header_above(self) -> str | None:
        """The header cell above the value's cell in a table laid out as lines of tab-separated cells."""
        header = self.header_cells_above
        return header[self.segment.text.count("\t", 0, self.start)] if header else None

    @property
    def header_cells_above(self) -> list[str] | None:
        """The header cells of a table laid out as lines of tab-separated cells, over the value's row (see
        ``DocumentFacts.header_cells_above``)."""
        return self.facts.header_cells_above(self.segment) if self.facts is not None else None

    @cached_property
    def label_in_text(self) -> str | None:
        """The detector's label phrase right before the value in the text ("Acct # ", "his account number is "), or
        across the line break before it when the value stands near its line's start: the whole label at the end of
        the line before ("... (PCE Acct" / "PCE-9935-181909) ...") or its first word there and the rest here ("(Acct."
        / "No.  4795-94874-2)", a narrow column's wrap); the label must still stand right before the value. A reply's
        quote marks opening the value's line are no text between them ("> ... The account number is" / "> 3004...")."""
        found = label_before(self.segment, self.start, self.detector.label_re, self.detector.text_label_re)
        if found is None and (joined := self._joined_with_line_above) is not None:
            found = label_before(joined, len(joined.text), self.detector.label_re, self.detector.text_label_re)
        return found

    @cached_property
    def _joined_with_line_above(self) -> Segment | None:
        """The line before the value's line and the value's line up to the value, as one text, when the value stands
        near its line's start: where a narrow column's wrap left the value's label; None otherwise."""
        if self.facts is None or self.start >= WIDTH:
            return None
        above = self.facts.line_before(self.segment)
        if above is None:
            return None
        head = self.segment.text[:self.start]
        quoted = QUOTE_MARKS.match(head)
        head = head[quoted.end():] if quoted and quoted.end() == len(head) else head
        return Segment(f"{above.text}\n{head}", above.location)

    @cached_property
    def other_label(self) -> bool:
        """Labelled as another kind of number ("PO# ...", an APN column), on its line or across the line break before
        it ("Greenline Landscape Co., Invoice No." / "694 70 8289, paid 4/25/2026", a narrow column's wrap)."""
        return self._labelled_otherwise(vague=True)

    @cached_property
    def named_otherwise(self) -> bool:
        """Labelled as a particular other kind of number ("PO# ...", an APN column), not a mere "Ref" or "Ticket"."""
        return self.other_label and self._labelled_otherwise(vague=False)

    def _labelled_otherwise(self, vague: bool) -> bool:
        """``other_label_beside`` on the value's line, then across the line break before it."""
        if other_label_beside(self.segment, self.start, vague=vague):
            return True
        joined = self._joined_with_line_above
        return joined is not None and other_label_beside(joined, len(joined.text), vague=vague)

    @property
    def page(self):
        """The PDF page (None for HTML and text) the value is on: the unit of budgets and W-9s."""
        return self.segment.location.page


Filter = Callable[[Candidate], bool]


# --- false-positive filters shared by the declarations ------------------------------------------------

def example(candidate: Candidate) -> bool:
    """A form's sample rather than someone's number: "e.g. 512-34-6789", 123-45-6789, 111-11-1111. Not a real
    person's record that staff call an example ("[internal: example account 7281-9025-66, Margaret Mai,
    562-611-9399]"): a number no one is issued is a sample whatever surrounds it, but beside a real-looking name
    with no stand-in on its line, the word "example" makes no one's account made up. A value marked a sample right
    after it ("Account Number: 12-604-3156-02 (sample)", see ``marked_a_sample``) is one too, and so is a form
    control's placeholder, the hint of what to type in it ("2-12-345-6789")."""
    if candidate.segment.hidden == "placeholder attribute":
        return True
    if not (is_example(candidate.text, candidate.start, candidate.digits)
            or marked_a_sample(candidate.text, candidate.end) or _stand_ins_example(candidate)
            or _next_in_a_list_of_examples(candidate)):
        return False
    if unissued(candidate.digits):
        return True
    if _CASE_IN_POINT.search(candidate.text, 0, candidate.start) and _TOLD_EVENT.match(candidate.text, candidate.end):
        return False
    line = line_of(candidate.text, candidate.start)
    return has_stand_in(line) or not _real_looking_name(line)


# an example opened earlier in the number's sentence: "In our example, Chris Customer of 789 Elm Street (service
# account ...)", "On the sample bill below, ..." (not a stand-in's own word: "1234 N. Example Ave")
_EXAMPLE_IN_SENTENCE = re.compile(r"(?i)(?:\b(?:in|on)\s+(?:our|this|the|an?)\s+(?:example|sample)\b|"
                                  r"\bfor\s+(?:example|instance)\b|\be\.g\.|\bexample:|\bpor\s+ejemplo\b|"
                                  r"\ben\s+(?:el|este|nuestro)\s+ejemplo\b)[^.!?\n]*$")


def _stand_ins_example(candidate: Candidate) -> bool:
    """A number in a sentence that opens an example and shows its stand-in customer ("In our example, Chris Customer of
    789 Elm Street (service account 3-123-4567-89) used 512 kWh"): the example's number, not only the one right after
    "e.g."; a real-looking person in an example ("For example, Ana Ruiz ...") shows no stand-in."""
    line = line_of(candidate.text, candidate.start)
    opened = _EXAMPLE_IN_SENTENCE.search(candidate.text, max(0, candidate.start - WIDTH * 3), candidate.start)
    return opened is not None and has_stand_in(line)


# the example before the number in its list: a number, then a comma or "and" and the next value's label (", Service
# Account ", " and meter number ")
_LIST_GAP = re.compile(r"(?P<number>\d[\d-]{5,}\d)[ \t]*(?:,|;|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?"
                       r"[A-Za-z][A-Za-z .#]{0,30}[ \t:#]*$")


def _next_in_a_list_of_examples(candidate: Candidate) -> bool:
    """A number right after another that is a form's example in the same list ("for example: Customer Account
    2-12-345-6789, Service Account 3-123-4567-89"): the list's examples go on past the cue's reach."""
    before = _LIST_GAP.search(candidate.text, max(0, candidate.start - WIDTH * 2), candidate.start)
    if before is None:
        return False
    digits = re.sub(r"\D", "", before["number"])
    return is_example(candidate.text, before.start("number"), digits)


def test_fixture_record(candidate: Candidate) -> bool:
    """A field of a developer's test fixture ("{acct: '1234567890', name: 'Test Customer', email: '...@example.com'}"):
    no one's number."""
    return candidate.facts is not None and candidate.facts.in_test_fixture(candidate.segment)


# "For example, service account 3-219-... was credited $184.22 on March 14": a sentence that opens on "for example"
# and tells what happened to the number is a real case in point, not the format of one ("for example, 3-123-4567-89")
_CASE_IN_POINT = re.compile(r"(?i)(?:^|[.;:!?]\s+)(?:for (?:example|instance)|as an example),[^.;:!?\d]{0,25}$")
_TOLD_EVENT = re.compile(r"\)?,?\s+(?:was|were|had|has been|received|paid|got)\s+(?:\w+\s+){0,2}(?:\$\s?\d|on\s)"
                         r"|\)?,?\s+(?:was|were|had been)\s+(?:credited|billed|charged|refunded|disconnected|"
                         r"reconnected|overbilled|underbilled)\b")


def _real_looking_name(line: str) -> bool:
    from .context.persons import names_in, named_officially  # the name lists load on first use

    return any(not named_officially(line, a, b) for a, b in names_in(line, anchored=True))


def sample_bill(candidate: Candidate) -> bool:
    """In a sample bill of a visibly made-up customer ("How to read your bill")."""
    return candidate.facts is not None and candidate.facts.in_sample(candidate.segment)


# a column header naming a number of its own kind: "Report ID", "Survey No.", "Batch #", "Record Number"
_NUMBER_COLUMN = re.compile(r"(?i).*[^\W\d_].*\b(?:id|no|nbr|num|number)\.?\s*|.*[^\W\d_].*#\s*")


def another_numbers_column(candidate: Candidate) -> bool:
    """A 3-2-4 under a table column headed by another kind of number ("Report ID", "Ref #", "Confirmation No."),
    with none of the detector's labels, in a row that names no person and has no customer's column: a statistics
    table's or a work log's own reference numbers, which share an SSN's form. Beside a person's name, an account
    or a contact column, the number stays a finding."""
    segment, facts = candidate.segment, candidate.facts
    if facts is None or not segment.label or candidate.shape.name != "3-2-4" or candidate.label:
        return False
    if not (other_label_beside(segment, candidate.start) or _numbers_column(segment.label)):
        return False
    record = facts.record_of(segment)
    return record is not None and not _names_a_person(record.fields)


# a chart of accounts' code: fund, department and object in three digit groups or more ("570-4910-52100",
# "101.4120.5310"), ten digits or more (a date has eight); a phone's 3-3-4 is none
_LEDGER_CODE = re.compile(r"\d{2,5}(?:(?P<sep>[-.])\d{2,6})(?:(?P=sep)\d{2,6}){1,3}")
_PHONE_GROUPS = re.compile(r"\d{3}[-.]\d{3}[-.]\d{4}")
# a column of such codes: "Old account (FY19 chart)", "GL account", "Object code", "Account code"
_LEDGER_COLUMN = re.compile(r"(?i)\b(?:(?:gl|g/l|ledger|budget|old|new|prior|former|legacy|fund|object|expense|"
                            r"expenditure|revenue)\s+(?:account|acct|code)|(?:account|acct)\s+codes?|chart)\b")


def _ledger_code(text: str) -> bool:
    text = text.strip()
    return (bool(_LEDGER_CODE.fullmatch(text)) and not _PHONE_GROUPS.fullmatch(text)
            and len(digits_of(text)) >= 10)


def chart_of_accounts_code(candidate: Candidate) -> bool:
    """A 3-2-4 with no label of its own in a table row beside a chart of accounts' code ("571-69-5210 |
    570-4910-52100 | Purchased power"), or under a column of such codes ("Old account (FY19 chart)"), in a row that
    names no person: a budget's crosswalk from old account codes to new ones, which share an SSN's form."""
    segment, facts = candidate.segment, candidate.facts
    if facts is None or candidate.shape.name != "3-2-4" or candidate.label:
        return False
    record = facts.record_of(segment)
    if record is not None:
        fields, header = record.fields, segment.label
        others = [f.text for f in fields if f is not segment]
    elif "\t" in segment.text:
        fields, header = [segment], candidate.header_above
        column = segment.text.count("\t", 0, candidate.start)
        others = [cell for i, cell in enumerate(segment.text.split("\t")) if i != column]
    else:
        return False
    if not (any(_ledger_code(cell) for cell in others) or (header and _LEDGER_COLUMN.search(header))):
        return False
    return not _names_a_person(fields)


def _numbers_column(label: str) -> bool:
    from .context.headers import header_kind  # the context package loads the name lists: only for such a column

    return bool(_NUMBER_COLUMN.fullmatch(label)) and header_kind(label)[0] is None


# a column holding each row's person by what they are to the list: an HR roster's "Employee", a program's "Participant"
_PERSONS_COLUMN = re.compile(r"(?i)\b(?:employees?|members?|participants?|applicants?|recipients?|payees?|"
                             r"enrollees?)\b")


def _names_a_person(fields: list[Segment]) -> bool:
    """Whether a table's row has a column of a person's or a customer's field, or a cell naming a person (a name the
    Census lists know, or any name read as one under a column of the row's person: "Employee | Perpetua Zepeda")."""
    from .context.headers import PERSONS_FIELD_KINDS, header_kind
    from .context.persons import names_in, named_officially, person_name

    return any(header_kind(f.label or "")[0] in PERSONS_FIELD_KINDS or any(
        not named_officially(f.text, a, b) for a, b in names_in(f.text, anchored=True))
        or (f.label and _PERSONS_COLUMN.search(f.label) and person_name(f.text)) for f in fields)


_FIELD_NAMES_KEPT = 4096  # field names whose label ``label_in_field_name`` keeps: a crawl's forms, tables and JSON keys


# --- the base -------------------------------------------------------------------------------------------

class LabelledNumberDetector(Detector):
    """A detector declared by its shapes, labels, validity check and false-positive filters."""

    labels: ClassVar[tuple[str, ...]] = ()
    text_labels: ClassVar[tuple[str, ...]] = ()  # labels that count in the text before a value, not as a field's name
    labels_in_camel_case: ClassVar[bool] = False  # a label counts as one word of a camelCase key ("ssnOnFile")
    shapes: ClassVar[tuple[Shape, ...]] = ()
    filters: ClassVar[tuple[Filter, ...]] = (example,)
    fewest_digits: ClassVar[int] = 9  # of any shape: shorter runs are not looked at
    noun: ClassVar[str] = "number"  # what the default verdict calls it ("valid SSN")
    option_keys: ClassVar[tuple[str, ...]] = ("labels", "replace_labels")
    needs_facts: ClassVar[bool] = True
    # how many digits a number read out in words right after a label has (``_read_out``); None: never read out
    read_out_digits: ClassVar[tuple[int, int] | None] = None
    # whether a labelled number a line break cut between its groups is read as one (``_wrapped``)
    reads_wrapped: ClassVar[bool] = False

    def __init__(self, options: Mapping | None = None, public: Mapping | None = None):
        super().__init__(options, public)
        self.label_re = self.compiled_labels()
        self.text_label_re = compile_labels(list(self.text_labels)) if self.text_labels and not self.options.get(
            "replace_labels") else None
        # one pass for runs of digits and separators long enough to hold the fewest digits of a shape; a
        # leading literal \d and one character class let the regex engine skip ahead fast
        self._finder = re.compile(rf"\d[{_SEPARATORS}\d]{{{self.fewest_digits - 2},}}\d")
        self._shapes = [(shape, re.compile(f"(?:{shape.pattern}){RIGHT}")) for shape in self.shapes]
        self._field_labels: dict[str, str | None] = {}

    def compiled_labels(self) -> re.Pattern:
        """The pattern of the detector's labels (its ``labels`` and the ``labels`` option)."""
        return label_pattern(list(self.labels), self.options, in_camel_case=self.labels_in_camel_case)

    # --- the declaration's hooks ------------------------------------------------------------------------

    def valid(self, candidate: Candidate) -> bool:
        return True

    def verdict(self, candidate: Candidate) -> Verdict | None:
        if candidate.label:
            return Verdict(f"{self.noun} beside label '{candidate.label}'")
        if candidate.shape.anywhere and not candidate.named_otherwise:
            return Verdict(f"{self.noun} in the {candidate.shape.name} form")
        return None

    def extra_candidates(self, segment: Segment, facts: DocumentFacts | None) -> Iterator[Candidate]:
        """Candidates the digit-run pass cannot see (configured patterns, four digits after "ending in")."""
        return iter(())

    # --- the scan ---------------------------------------------------------------------------------------

    def scan(self, document: Document, facts: DocumentFacts | None = None) -> Iterator[Finding]:
        facts = facts or DocumentFacts(document)
        finder, has_extra = self._finder, self.has_extra
        for segment in document.segments:
            run = finder.search(segment.text)
            if run:
                yield from self._scan(segment, facts, run)
            elif has_extra(segment):  # most segments: no run at all; asked once, not again in ``_scan``
                yield from self._scan(segment, facts, run, extra=True)
        if self.read_out_digits:
            yield from self._read_out(document, facts)
        if self.reads_wrapped:
            yield from self._wrapped(document, facts)

    def _read_out(self, document: Document, facts: DocumentFacts) -> Iterator[Finding]:
        """Numbers read out in words (or words and digits mixed) right after one of the detector's labels ("My
        account number is seven zero zero, eight one four, ...", "they asked for my social, it's five three nine
        ..."), as a verbatim transcript or a voicemail's transcription writes them; a number a line break cut after
        a comma goes on at the start of the next line."""
        fewest, most = self.read_out_digits
        following = None
        for segment in document.segments:
            for start, end, digits in facts.per_text(spelt_number_spans, segment.text):
                rest, rest_end = None, 0
                if segment.text[end:].strip() in ("", ","):
                    following = following if following is not None else document.next_lines()
                    below = following.get(id(segment))
                    opening = below is not None and spelt_number_opening(below.text)
                    if opening:
                        rest, (rest_end, more) = below, opening
                        digits += more
                candidate = _ReadOutCandidate(self, segment, start, end, facts, digits)
                if not fewest <= len(digits) <= most or not candidate.label_in_text or not self.valid(candidate) or \
                        any(is_false_positive(candidate) for is_false_positive in self.filters):
                    continue
                verdict = self.verdict(candidate)
                if verdict:
                    yield self.finding(segment, start, end, why=verdict.why, severity=verdict.severity,
                                       normalized=digits, continued=rest, continued_end=rest_end)

    def _wrapped(self, document: Document, facts: DocumentFacts) -> Iterator[Finding]:
        """A number a line break cut between its groups, its label before it: a PDF's or a text file's wrapped line
        ("... Utilities. SSN 450 58" / "4287. Reason: ..."). The detector's hooks say which closing digits may open
        such a number (``wrapped_tail``) and how they read with the next line (``wrapped_readings``); what they read
        is judged as any labelled number is. Not a table's cells, whose lines are rows of their own."""
        following = None
        for segment in document.segments:
            tail = None if segment.label else self.wrapped_tail(segment)
            if tail is None:
                continue
            following = following if following is not None else document.next_lines()
            below = following.get(id(segment))
            if below is None or below.label:
                continue
            for reading in self.wrapped_readings(segment, tail, below, facts):
                candidate = reading.candidate
                if not candidate.label_in_text or \
                        any(is_false_positive(candidate) for is_false_positive in self.filters):
                    continue
                verdict = self.verdict(candidate)
                if verdict:
                    yield self.finding(segment, candidate.start, reading.end, why=verdict.why,
                                       severity=verdict.severity, normalized=candidate.digits, continued=below,
                                       continued_joint=reading.joint, continued_end=reading.continued_end)
                    break

    def wrapped_tail(self, segment: Segment) -> re.Match | None:
        """The digit groups closing a line that may be the first part of a number a line break cut (``_wrapped``):
        too few digits for any shape."""
        tail = _GROUPS_AT_END.search(segment.text)
        return None if tail is None or len(digits_of(tail.group(0))) >= self.fewest_digits else tail

    def wrapped_readings(self, segment: Segment, tail: re.Match, below: Segment,
                         facts: DocumentFacts) -> Iterator[WrappedReading]:
        """The numbers across the cut after ``tail`` (``wrapped_tail``): the line's closing digits read with the digit
        groups opening the next line as one line, each shape's match that spans the cut. Every reading is a valid
        value, as ``_shape_at`` gives them."""
        head = _GROUPS_OPENING.match(below.text)
        if not head:
            return
        cut = len(segment.text[:tail.end()].rstrip())
        joint = "" if segment.text[cut - 1] in _SEPARATORS.replace(" ", "") else " "
        joined = Segment(segment.text[:cut] + joint + head.group("groups"), segment.location, segment.hidden)
        for candidate in self._candidates(joined, facts, self._finder.search(joined.text, tail.start())):
            if candidate.start < cut < candidate.end:
                yield WrappedReading(candidate, cut, head.start("groups") + candidate.end - cut - len(joint), joint)

    def label_in_field_name(self, name: str) -> str | None:
        """One of the detector's labels in a field's name ("Account Number", "PCE_ACCT_NO"), or None. Searched once a
        name: every cell of a column has the same one, and the labels' pattern (some 90,000 characters for accounts)
        cost tens of microseconds a search, a third of reading a 20,000-row export's account column."""
        if name not in self._field_labels:
            if len(self._field_labels) >= _FIELD_NAMES_KEPT:
                self._field_labels.clear()
            found = self.label_re.search(name)
            self._field_labels[name] = found.group(0) if found else None
        return self._field_labels[name]

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        return self._scan(segment, None, self._finder.search(segment.text))

    def has_extra(self, segment: Segment) -> bool:
        """Whether ``extra_candidates`` may find anything in the segment: a cheap look before the search."""
        return False

    def _scan(self, segment: Segment, facts: DocumentFacts | None, run: re.Match | None,
              extra: bool | None = None) -> Iterator[Finding]:
        """The findings of the segment from its first digit run ``run`` on; ``extra``: ``has_extra(segment)`` when the
        caller asked it already (None: not asked)."""
        taken = 0  # end of the last finding: one value is reported once
        candidates = list(self._candidates(segment, facts, run))
        if self.has_extra(segment) if extra is None else extra:
            extra = [c for c in self.extra_candidates(segment, facts) if self.valid(c)]
            candidates = sorted(candidates + extra, key=lambda c: (c.start, -c.end))
        for candidate in candidates:
            if candidate.start < taken:
                continue
            if not candidate.shape.anywhere and not segment.label and not candidate.label and not candidate.header_above:
                continue  # a form that needs a label, and none is there (nor a caption over its cell): no need to ask
                # the filters
            if any(is_false_positive(candidate) for is_false_positive in self.filters):
                continue
            verdict = self.verdict(candidate)
            if verdict:
                taken = candidate.end
                yield self.finding(segment, candidate.start, candidate.end, why=verdict.why,
                                   severity=verdict.severity, normalized=candidate.digits)

    def _candidates(self, segment: Segment, facts: DocumentFacts | None, run: re.Match | None) -> Iterator[Candidate]:
        """Each run's shape matches, tried at the run's start and at each of its digit groups ("Unit 12
        512-34-6789" still yields the SSN; "Acct 8001026149 2024" the account alone; "909 359 1564 7005 7223
        4915" the account after a phone, though "1564 7005 7223 4915" matched first); ``_scan`` keeps the first
        that passes."""
        text = segment.text
        fewest = self.fewest_digits
        while run is not None:
            end = run.end()
            if sum(c.isdigit() for c in run.group(0)) >= fewest:
                starts = [run.start()] + [m.start() for m in _GROUP_START.finditer(text, run.start() + 1, end)]
                for start in starts:  # each start, even inside an earlier match that a filter may yet refuse
                    found = self._shape_at(segment, start, facts)
                    if found:
                        yield found
                        end = max(end, found.end)
            run = self._finder.search(text, end)

    def _shape_at(self, segment: Segment, start: int, facts: DocumentFacts | None) -> Candidate | None:
        """The first shape that matches at ``start`` and gives a valid value."""
        text = segment.text
        prefix_start = None
        if start and not _left_clear(text, start):
            prefix = _PREFIX.search(text, max(0, start - 7), start)
            if prefix is None or not _left_clear(text, prefix.start()):
                return None
            prefix_start = prefix.start()
        for shape, regex in self._shapes:
            if prefix_start is not None and not shape.prefixed:
                continue
            match = regex.match(text, start)
            if match:
                candidate = Candidate(self, segment, start if prefix_start is None else prefix_start, match.end(),
                                      shape, facts)
                if self.valid(candidate):
                    return candidate
        return None


# an SSN's or an ITIN's three groups each in its own cell of a line of text, as a form's boxes give them (a tab, or a
# bar between spaces: "Social security number\t523\t88\t1047", "SSN: 523 | 88 | 1047"); beside its label only
IN_CELLS = Shape("3-2-4 in cells", r"(?!)")
_IN_CELLS = re.compile(r"(?<![\w.-])\d{3}(?P<gap>[ \t]*(?:\t|\|)[ \t]*)\d{2}(?P=gap)\d{4}(?![\w.-])")


def groups_in_cells(detector: LabelledNumberDetector, segment: Segment,
                    facts: DocumentFacts | None) -> Iterator[Candidate]:
    """The 3-2-4 numbers of ``segment`` whose groups stand in cells of their own (``IN_CELLS``)."""
    if "\t" in segment.text or "|" in segment.text:
        for match in _IN_CELLS.finditer(segment.text):
            yield Candidate(detector, segment, match.start(), match.end(), IN_CELLS, facts)


# a number read out in words: its digits are the words' (and those of its rest on the next line)
READ_OUT = Shape("number read out in words", r"(?!)")


class _ReadOutCandidate(Candidate):
    """A number read out in words, whose digits the words say."""

    def __init__(self, detector: LabelledNumberDetector, segment: Segment, start: int, end: int,
                 facts: DocumentFacts | None, digits: str):
        super().__init__(detector, segment, start, end, READ_OUT, facts)
        self.spoken = digits

    @cached_property
    def digits(self) -> str:
        return self.spoken


def _left_clear(text: str, start: int) -> bool:
    """Nothing glued to the left of ``start``: no letter or digit, nor one joined by a dash or slash
    ("1-512-34-6789", "CV-12-3456789"), nor a decimal point after a digit ("3.512346789")."""
    if start == 0:
        return True
    before = text[start - 1]
    if WORD_CHAR.match(before):
        return False
    if start >= 2 and WORD_CHAR.match(text[start - 2]):
        if before in "-\u2010\u2011\u2012\u2013/":
            return False
        if before == "." and text[start - 2].isdigit():
            return False
    return True
