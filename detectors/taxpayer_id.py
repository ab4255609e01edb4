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

from .base import Detector
from .labels import DASH, LEFT, RIGHT, is_example, label_beside, label_pattern, other_label_beside
from .masking import mask_digits
from .model import Finding, Segment

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
        published = self.options.get("public", [])
        published = [published] if isinstance(published, str) else published
        self.published = {re.sub(r"\D", "", str(number)) for number in published}
        self.unlabelled_ein = bool(self.options.get("unlabelled_ein", True))

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        for match in _NUMBER.finditer(segment.text):
            start, end = match.span()
            digits = re.sub(r"\D", "", match.group(0))
            if digits in self.published or is_example(segment.text, start, digits):
                continue
            label = label_beside(segment, start, self.labels)
            if not label and (match.group("bare") or other_label_beside(segment, start)):
                continue
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
