"""Social Security numbers (PCE-01 4.1, rule 6.3).

Only numbers valid by python-stdnum's rules count (no area 000, 666 or 9xx, no group 00, no serial
0000, not a known advertising number such as 078-05-1120). The dashed (512-34-6789) and spaced
(512 34 6789) forms count anywhere, since no public city number has that shape; nine bare digits
(512346789) count only beside an SSN label, because invoice, permit and parcel numbers run to nine
digits too. Never findings: placeholders (XXX-XX-1234, ***-**-6789), a form's example (after "e.g.",
"format:", "enter as"), numbers no one is issued in practice (123-45-6789, 111-11-1111) even beside a
label, and an unlabelled number under another kind of label ("Invoice No. 512-34-6789").

Options (``[detectors.ssn]``):
  labels          extra label phrases for bare nine-digit numbers (default: SSN, SS#, S.S.N.,
                  Social Security No./Number, Soc Sec, Número de Seguro Social)
  replace_labels  true to use only ``labels`` instead of the defaults (default false)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.us import ssn

from .base import Detector
from .labels import DASH, LEFT, RIGHT, is_example, label_beside, label_pattern, other_label_beside
from .model import Finding, Segment

LABELS = ["SSN", "SSNs", "SS", "S.S.N.", "S.S.", "Social Security", "Social Sec", "Soc Sec", "Soc. Sec.",
          "SocSec", "Seguro Social"]

_NUMBER = re.compile(LEFT + rf"(?:\d{{3}}(?P<dash>{DASH})\d{{2}}(?P=dash)\d{{4}}"
                     r"|(?<!\d )\d{3} \d{2} \d{4}(?! \d)|(?P<bare>\d{9}))" + RIGHT)


class SsnDetector(Detector):
    category = "ssn"
    severity = "high"
    rule = "PCE-01 6.3"
    description = "Social Security numbers (valid area, group and serial)"
    option_keys = ('labels', 'replace_labels')

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.labels = label_pattern(LABELS, self.options)

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        for match in _NUMBER.finditer(segment.text):
            digits = re.sub(r"\D", "", match.group(0))
            if not ssn.is_valid(digits) or is_example(segment.text, match.start(), digits):
                continue
            label = label_beside(segment, match.start(), self.labels)
            if label:
                why = f"valid SSN beside label '{label}'"
            elif match.group("bare") or other_label_beside(segment, match.start()):
                continue
            else:
                why = "valid SSN in the 3-2-4 form"
            yield self.finding(segment, match.start(), match.end(), why=why, normalized=digits)

    def mask(self, value: str) -> str:
        """The customary ***-**-6789 whatever the form, so the mask does not show how it was written."""
        return "***-**-" + re.sub(r"\D", "", value)[-4:]
