"""Taxpayer identification numbers: EINs and ITINs (PCE-01 4.1, rule 6.3).

- An ITIN (9DD-DD-DDDD with an IRS group digit pair) identifies a person: high, in the dashed or spaced
  form anywhere, as nine bare digits beside a taxpayer ID label.
- An EIN (DD-DDDDDDD with a prefix the IRS assigns, python-stdnum's campus table) beside a label (EIN,
  FEIN, Tax ID, TIN, ...) is high. Without a label it is medium: year-first reference numbers share the
  shape (police report "20-1234567"), so it asks a reviewer to look rather than fail the run.
- Nine bare digits beside a taxpayer ID label count when they are a valid EIN, ITIN or SSN (a sole
  proprietor's TIN on a W-9 is the owner's SSN). A dashed SSN beside "TIN" is the ``ssn`` detector's.
Never findings: the organization's own published EINs (``public``), a form's example ("e.g.
95-1234567", 12-3456789), an unlabelled number under another kind of label ("Case No. 20-1234567",
"DR# 20-1234567") and digits bounded by other digits or letters (ZIP+4, 2020-1234567, CV-12-3456789).
Nor is an EIN an organization publishes as its own: a government or a firm named in the words before it
("City of Mesa Linda Federal Tax ID: ...", "the City's EIN is ...", "ABC Paving, Inc. EIN ..."), or on a
W-9 whose name line names one (the City's W-9 for its vendors); nor an unlabelled year-first reference
number with a zero-padded serial ("24-0031312", a police report).

Options (``[detectors.taxpayer_id]``):
  public          the organization's own EINs, which it publishes (on its W-9): never findings
  unlabelled_ein  false to report EINs only beside a label (default true: medium without one)
  labels          extra label phrases (default: EIN, FEIN, Employer Identification No./Number,
                  Federal ID, Tax ID, TIN, Taxpayer ID/Identification No., ITIN and the Spanish
                  Número de Identificación (Personal) del Contribuyente / Patronal)
  replace_labels  true to use only ``labels`` instead of the defaults (default false)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.us import ein, ssn

from .base import Detector, as_list
from .labels import DASH, LEFT, RIGHT, is_example, label_beside, label_pattern, other_label_beside
from .masking import mask_digits
from .model import Document, Finding, Segment
from .public_contacts import clause_before

LABELS = ["EIN", "FEIN", "Employer Identification", "Employer ID", "Employer I.D.", "Federal ID",
          "Federal I.D.", "Federal Tax ID", "Fed ID", "Fed Tax ID", "Tax ID", "Tax I.D.", "Tax Identification",
          "TIN", "Taxpayer ID", "Taxpayer I.D.", "Taxpayer Identification", "ITIN",
          "Individual Taxpayer Identification", "Identificación del Contribuyente",
          "Identificación Personal del Contribuyente", "Identificación Patronal"]

# IRS ITIN groups (4th and 5th digits). python-stdnum 2.2's us.itin still accepts only 70-88, 90-92
# and 94-99, without the 50-65 range the IRS also issues, so the ranges are kept here.
_ITIN_GROUPS = frozenset(range(50, 66)) | frozenset(range(70, 89)) | {90, 91, 92} | frozenset(range(94, 100))

_NUMBER = re.compile(LEFT + rf"(?:(?P<ein>\d{{2}}{DASH}\d{{7}})|\d{{3}}(?P<dash>{DASH})\d{{2}}(?P=dash)\d{{4}}"
                     r"|(?<!\d )\d{3} \d{2} \d{4}(?! \d)|(?P<bare>\d{9}))" + RIGHT)


# an organization named as the holder of an EIN: a government or a firm, which publishes its own number
_ORGANIZATION = re.compile(r"(?i)\b(?:city|county|town|village|state|commonwealth)(?:'s|\u2019s|\s+of)\b|"
                           r"\b(?:authority|district|agency|department|commission|government|municipal|inc|llc|llp|"
                           r"corp|corporation|company|foundation|association)\b")
# line 1 of a W-9: "Name (as shown on your income tax return)" or, since 2024, "Name of entity/individual"
_W9_NAME = re.compile(r"(?i)\bname\s*(?:\(as shown on your income tax return\)|of entity/individual)[^:\n]*:?")


def _organizations_w9(segments: list[Segment]) -> set:
    """The pages (None for HTML) of W-9s whose name line (its value on the same line or the next) names a
    government or a firm: a packet may hold one vendor's W-9 after another's."""
    pages = set()
    for i, segment in enumerate(segments):
        found = _W9_NAME.search(segment.text)
        if found:
            value = segment.text[found.end():found.end() + 80].split("\n", 1)[0]
            if not value.strip() and i + 1 < len(segments):
                value = segments[i + 1].text[:80]
            if _ORGANIZATION.search(value):
                pages.add(segment.location.page)
    return pages


def is_itin(digits: str) -> bool:
    return len(digits) == 9 and digits[0] == "9" and int(digits[3:5]) in _ITIN_GROUPS


class TaxpayerIdDetector(Detector):
    category = "taxpayer_id"
    severity = "high"
    rule = "PCE-01 6.3"
    description = "Employer and individual taxpayer identification numbers (EIN, ITIN)"
    option_keys = ('public', 'unlabelled_ein', 'labels', 'replace_labels')

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.labels = label_pattern(LABELS, self.options)
        self.published = {re.sub(r"\D", "", str(number)) for number in as_list(self.options.get("public"))}
        self.unlabelled_ein = bool(self.options.get("unlabelled_ein", True))

    def scan(self, document: Document) -> Iterator[Finding]:
        own_w9 = None  # looked up once an EIN is found: most pages have none
        for segment in document.segments:
            for found in self.scan_segment(segment):
                if not is_itin(found.normalized):  # an ITIN is a person's, whoever's W-9 it is on
                    own_w9 = _organizations_w9(document.segments) if own_w9 is None else own_w9
                    if segment.location.page in own_w9:
                        continue
                yield found

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        for match in _NUMBER.finditer(segment.text):
            start, end = match.span()
            digits = re.sub(r"\D", "", match.group(0))
            if digits in self.published or is_example(segment.text, start, digits):
                continue
            label = label_beside(segment, start, self.labels)
            if not label and (match.group("bare") or other_label_beside(segment, start)):
                continue
            if match.group("ein") and not is_itin(digits) and (
                    _ORGANIZATION.search(clause_before(segment.text, start, 100))
                    or not label and digits[2:4] == "00"):
                continue  # an organization's own EIN, or a reference number such as 24-0031312
            beside = f" beside label '{label}'" if label else ""
            if is_itin(digits):
                yield self.finding(segment, start, end, why="ITIN with an IRS group" + beside, normalized=digits)
            elif match.group("ein") and ein.is_valid(digits):
                if label:
                    yield self.finding(segment, start, end, why="EIN with an IRS prefix" + beside,
                                       normalized=digits)
                elif self.unlabelled_ein:
                    yield self.finding(segment, start, end, severity="medium", normalized=digits,
                                       why=f"unlabelled number shaped like an EIN (IRS prefix {digits[:2]})")
            elif match.group("bare") and (ein.is_valid(digits) or ssn.is_valid(digits)):
                yield self.finding(segment, start, end, why="valid EIN or SSN" + beside, normalized=digits)

    def mask(self, value: str) -> str:
        return mask_digits(value)
