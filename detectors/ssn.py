"""Social Security numbers (PCE-01 4.1, rule 6.3).

Only numbers valid by python-stdnum's rules count (no area 000, 666 or 9xx, no group 00, no serial
0000, not a known advertising number such as 078-05-1120). The dashed (512-34-6789) and spaced
(512 34 6789) forms count anywhere, since no public city number has that shape; beside an SSN label
also the forms typed or extracted looser (065  98  5485, 065.98.5485), a comb field's one digit a box
(0 6 5 – 9 8 – 5 4 8 5) and nine bare digits (512346789; the label may be a word of a camelCase key:
"ssnOnFile": "512346789"; or the label in brackets after it: "023472085 (SSN)"; or, in a paragraph about Social
Security numbers, called a person's number: "the dependent's number should read 644629492"; or in a headerless table's
column whose other cells hold SSNs in groups: "233 58 9016" over "518204477"), because invoice, permit and parcel
numbers run to nine digits too. Never findings:
placeholders (XXX-XX-1234, ***-**-6789), a form's example (after "e.g.", "format:", "enter as"; not one said to come
"from training" or a real case: "Example from training: 740-81-1528" is a person's), numbers no one is
issued in practice (123-45-6789, 111-11-1111) even beside a label, an unlabelled number under
another kind of label ("Invoice No. 512-34-6789"), a budget's old account code in a row beside the new one
("571-69-5210 | 570-4910-52100 | Purchased power") or under a column of such codes, in a row naming no person, and a
city's general-ledger account written in the SSN's shape, fund-department-object ("under account 400-43-2935", a
budget book's tables; ``context.ledger_codes``).

Options (``[detectors.ssn]``):
  labels          extra label phrases for the labelled forms (default: SSN, SS#, ss no., S.S.N.,
                  Social Security No./Number, Soc Sec, Número de Seguro Social; "social" in a sentence)
  replace_labels  true to use only ``labels`` instead of the defaults (default false)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.us import ssn

from .context.ledger_codes import ledger_account_code
from .context.shapes import DIGIT_WORD_RE, spelt_digits
from .facts import DocumentFacts
from .labels import DASH
from .model import Segment
from .numbers import (SPACE, Candidate, LabelledNumberDetector, Shape, Verdict, another_numbers_column,
                      chart_of_accounts_code, example, groups_in_cells, unissued)

# an example said to come from real work, not made up for the page: "Example from training: 740-81-1528", "a real
# customer's SSN as an example", "from an actual case" (not a sample to use "in training")
_FROM_REAL_WORK = re.compile(r"(?i)\b(?:from\s+(?:a\s+|an\s+|the\s+|our\s+|last\s+\w+['\u2019]s\s+)?"
                             r"(?:training|real|actual|live|production)\b|(?:real|actual)\s+(?:customer|caller|account|"
                             r"case|person)|safe\s+to\s+use)")
_REAL_WORK_REACH = 60


def _made_up_example(candidate: Candidate) -> bool:
    """A form's or a guide's sample SSN (``numbers.example``), unless the text says the example comes from a training
    session or a real case ("Example from training: 740-81-1528"): a valid number (stdnum's rules leave out the
    advertised samples, 078-05-1120, 987-65-432x) staff were shown is a real person's; a number no one is issued
    (123-45-6789) stays a sample."""
    return example(candidate) and (unissued(candidate.digits) or _FROM_REAL_WORK.search(
        candidate.text, max(0, candidate.start - _REAL_WORK_REACH), candidate.start) is None)


# "SS" alone is a label in capitals only (in lower case it is a word of some language); followed by "No", "Num" or
# "#" it is one in any case, as call notes write it ("gave ss no. 247.55.0968", "ss# 247550968")
LABELS = ("SSN", "SSNs", "SS", "SS No", "SS Num", "SS Number", "SS#", "S.S.N.", "S.S.", "Social Security",
          "Social Sec", "Soc Sec", "Soc. Sec.", "SocSec", "Seguro Social")

# nine digits with the label after them, in brackets ("wrote the taxpayer number as 023472085 (SSN) on the form", "512
# 34 6789 (Social Security No.)"): the brackets must hold the label and nothing more
LABEL_AFTER_FORM = Shape("SSN its label follows", r"\d{3}[ .]?\d{2}[ .]?\d{4}", anywhere=True)
_LABEL_AFTER = re.compile(r"(?<![\w/.-])(?P<value>\d{3}(?P<gap>[ .]?)\d{2}(?P=gap)\d{4})(?![\w/-])[ \t]*\([ \t]*"
                          r"(?:SSN|SS#|S\.S\.N\.|Social[ \t]+Security(?:[ \t]+(?:No\.?|Number|#))?|Soc\.?[ \t]+Sec\.?"
                          r"(?:[ \t]+No\.?)?|Seguro[ \t]+Social)[ \t]*\)")

# nine bare digits a paragraph about Social Security numbers calls a person's "number" ("CalPERS has the employee as
# 620-57-8894; the dependent's number should read 644629492", "her number is 512346789"): the paragraph's subject
# names the kind, the possessive whose it is; an invoice's, a permit's or a case's number is no person's
PERSONS_NUMBER_FORM = Shape("SSN a paragraph about SSNs calls a person's number", r"\d{9}", anywhere=True)
_SSN_SUBJECT = re.compile(r"(?i)\bsocial[ \t]+security\b|\bSSNs?\b")
_PERSONS_NUMBER = re.compile(
    r"(?i)\b(?:his|her|their|(?:the|each|every)[ \t]+(?:dependent|spouse|child|son|daughter|wife|husband|partner|"
    r"employee|retiree|member|beneficiary|applicant|customer|claimant|survivor|annuitant)['\u2019]s?)"
    r"[ \t]+(?:(?:correct|right|new|own|actual|full|real)[ \t]+)?number[ \t]*(?:(?:is|was|reads|should[ \t]+(?:read|be)|"
    r"must[ \t]+(?:read|be)|as|of)[ \t]+|[:=][ \t]*)(?P<value>\d{9})(?![\w/-])")


# nine bare digits in a table's column whose other cells hold SSNs written in groups ("365 83 2936", "168-90-6118"): a
# hand-kept list types some with their dashes and some without, the column says what they all are
COLUMN_FORM = Shape("SSN in a column of SSNs", r"\d{9}", anywhere=True)
_BARE_CELL = re.compile(r"\s*(?P<value>\d{9})\s*")
_GROUPED = re.compile(rf"\s*(?P<value>\d{{3}}(?P<gap>{DASH}| )\d{{2}}(?P=gap)\d{{4}})\s*")
# a table cell's column: the table's path and the cell's place in its row ("... > tr:nth-of-type(3) > td:nth-of-type(6)",
# "table 1 > row 3 > cell 6", "Sheet1!F7")
_CELL_COLUMN = re.compile(r"(?P<table>.*) > (?:tr(?::nth-of-type\(\d+\))? > t[dh](?::nth-of-type\((?P<td>\d+)\))?"
                          r"|row \d+ > cell (?P<cell>\d+))|(?P<sheet>.+)!\$?(?P<letters>[A-Z]{1,3})\$?\d+")


def _column_of(segment: Segment) -> tuple | None:
    cell = _CELL_COLUMN.fullmatch(segment.location.element or "")
    if cell is None:
        return None
    return (segment.location.page, cell["table"] or cell["sheet"], cell["td"] or cell["cell"] or cell["letters"] or "1")


def _columns_of_ssns(document) -> dict[tuple, list[Segment]]:
    """The headerless table columns that hold a valid SSN written in groups, and those cells."""
    columns: dict[tuple, list[Segment]] = {}
    for segment in document.segments:
        if (segment.label is None and _GROUPED.fullmatch(segment.text) and ssn.is_valid(re.sub(r"\D", "", segment.text))
                and (column := _column_of(segment)) is not None):
            columns.setdefault(column, []).append(segment)
    return columns


class SsnDetector(LabelledNumberDetector):
    category = "ssn"
    rule = "PCE-01 6.3"
    noun = "valid SSN"
    labels = LABELS
    # "social" alone names the number in a sentence ("gave her social 612.44.0971"), not as a column's name
    text_labels = ("Social",)
    # nine digits read out after the label, as a voicemail's transcription writes them ("they asked for my social,
    # it's five three nine ...")
    read_out_digits = (9, 9)
    # an SSN's label names the number wherever it stands in a key ("ssnOnFile", "payeeSsn", "customerSSN")
    labels_in_camel_case = True
    reads_wrapped = True
    filters = (_made_up_example, another_numbers_column, chart_of_accounts_code, ledger_account_code)
    shapes = (
        Shape("3-2-4", rf"\d{{3}}(?P<dash>{DASH})\d{{2}}(?P=dash)\d{{4}}", anywhere=True),
        # one space between the groups, and no digit group just before or after ("Meter 101 512 34 6789")
        Shape("3-2-4", r"(?<!\d )\d{3} \d{2} \d{4}(?! \d)", anywhere=True),
        Shape("spaced", rf"\d{{3}}(?P<gap>\.|{SPACE}{{1,3}})\d{{2}}(?P=gap)\d{{4}}"),
        Shape("bare", r"\d{9}"),
        # one digit per box of a form's comb field, as a flat page's text gives it ("1 1 1 – 9 4 – 5 4 0 8")
        Shape("comb", rf"\d(?: \d){{2}}(?P<box>{SPACE}?{DASH}{SPACE}?|{SPACE}{{2,3}})\d \d(?P=box)\d(?: \d){{3}}"),
    )

    def valid(self, candidate: Candidate) -> bool:
        return ssn.is_valid(candidate.digits)

    def has_extra(self, segment: Segment) -> bool:
        return ("(" in segment.text and _LABEL_AFTER.search(segment.text) is not None) or _persons_number_told(segment) \
            or "\t" in segment.text or "|" in segment.text or _BARE_CELL.fullmatch(segment.text) is not None

    def extra_candidates(self, segment: Segment, facts: DocumentFacts | None) -> Iterator[Candidate]:
        yield from groups_in_cells(self, segment, facts)
        bare = _BARE_CELL.fullmatch(segment.text) if facts is not None and segment.label is None else None
        grouped = facts.computed(_columns_of_ssns).get(_column_of(segment), ()) if bare else ()
        # (a column of the City's ledger codes in the SSN's shape is no column of SSNs: "571-69-5210 | 571695230"; the
        # grouped cells must be SSNs as the filters read them)
        if any(self._reads_as_ssn(cell, facts) for cell in grouped[:3]):
            yield Candidate(self, segment, bare.start("value"), bare.end("value"), COLUMN_FORM, facts)
        for match in _LABEL_AFTER.finditer(segment.text):
            yield Candidate(self, segment, match.start("value"), match.end("value"), LABEL_AFTER_FORM, facts)
        if _persons_number_told(segment):
            for match in _PERSONS_NUMBER.finditer(segment.text):
                yield Candidate(self, segment, match.start("value"), match.end("value"), PERSONS_NUMBER_FORM, facts)

    def _reads_as_ssn(self, cell: Segment, facts: DocumentFacts) -> bool:
        """Whether a cell holding an SSN's groups alone passes the filters, as a finding of it would."""
        value = _GROUPED.fullmatch(cell.text)
        shape = self.shapes[1] if value["gap"] == " " else self.shapes[0]
        candidate = Candidate(self, cell, *value.span("value"), shape, facts)
        return not any(is_false_positive(candidate) for is_false_positive in self.filters)

    def verdict(self, candidate: Candidate) -> Verdict | None:
        if candidate.shape is LABEL_AFTER_FORM:
            return Verdict(f"{self.noun} with its label after it")
        if candidate.shape is COLUMN_FORM:
            return Verdict(f"{self.noun} in a column of SSNs written in groups")
        if candidate.shape is PERSONS_NUMBER_FORM:
            return Verdict(f"{self.noun} a paragraph about Social Security numbers calls a person's number")
        return super().verdict(candidate)

    def mask(self, value: str) -> str:
        """The customary ***-**-6789 whatever the form, so the mask does not show how it was written."""
        digits = spelt_digits(value) if DIGIT_WORD_RE.search(value) else re.sub(r"\D", "", value)  # read out in words
        return "***-**-" + digits[-4:]


def _persons_number_told(segment: Segment) -> bool:
    """Whether the paragraph speaks of Social Security numbers and calls nine digits someone's number (the cheap
    look first: "number" and the subject's words)."""
    text = segment.text
    return "number" in text.lower() and _SSN_SUBJECT.search(text) is not None and _PERSONS_NUMBER.search(text) is not None
