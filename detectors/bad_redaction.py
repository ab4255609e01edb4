"""Failed redactions (PCE-01 6.3): text a PDF shows as blacked out that is still in its text layer.

Anyone can select, copy or search what lies under a box drawn over text, so the "redacted" value is
published. PDF extraction (``crawler/extract/pdf/redaction.py``) finds such text by rendering and hands
it on as a segment whose ``hidden`` reason is one of :data:`REDACTION_REASONS`, located by page, line and
the box's position. Each such segment is one finding, high severity; a box in paper white (text covered
up rather than blacked out, often a template's leftover) is medium. The hidden text also goes through
every other detector like any text: an SSN under a box is an ``ssn`` finding too.

False-positive filters (as in x-ray): nothing is reported for hidden text that says nothing, such as a
lone character, a run of one character ("XXXX", "****", "____"), no letter or digit at all, or the words
a redaction tool stamps into its own box ("REDACTED", "(b)(6)", "Withheld").

No options.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Detector
from .model import Finding, Segment

UNDER_BOX = "under a redaction box"
SAME_COLOUR = "in the colour of the box under it"
UNDER_WHITE_BOX = "covered by a white box"
UNAPPLIED = "marked for redaction, never applied"
UNDER_DARK_ANNOTATION = "under a dark highlight or box annotation"
REDACTION_REASONS = frozenset({UNDER_BOX, SAME_COLOUR, UNDER_WHITE_BOX, UNAPPLIED, UNDER_DARK_ANNOTATION})
_MEDIUM = frozenset({UNDER_WHITE_BOX})

# what redaction tools write into the box (FOIA-style exemption codes too): a label, not the hidden value
_STAMP_WORDS = frozenset({"redacted", "redaction", "withheld", "removed", "privileged", "confidential", "exempt",
                          "exemption", "exemptions", "privacy", "foia", "ex", "b"})
_CODE_PART = re.compile(r"^(?:\d{1,2}|[a-f])$")  # the 6 of "(b)(6)", the C of "(b)(7)(C)"
_TOKEN = re.compile(r"[a-z]+|\d+")


def says_nothing(text: str) -> bool:
    """Hidden text with no value in it: blank, punctuation, one character, one character repeated, or
    the stamp of a redaction tool."""
    compact = "".join(text.split())
    if len(compact) <= 1 or not any(c.isalnum() for c in compact):
        return True
    if len(set(compact.lower())) == 1:
        return True
    tokens = _TOKEN.findall(text.lower())
    stamped = any(t in _STAMP_WORDS for t in tokens)
    return stamped and all(t in _STAMP_WORDS or _CODE_PART.match(t) for t in tokens)


class BadRedactionDetector(Detector):
    category = "bad_redaction"
    severity = "high"
    rule = "PCE-01 6.3"
    description = "Text under a redaction box that is still in the PDF's text layer"

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        if segment.hidden not in REDACTION_REASONS or says_nothing(segment.text):
            return
        # a view of the segment of its own: the engine keeps one finding per characters of a segment, and
        # the SSN or name another detector finds in the same hidden text must be kept beside this one
        view = Segment(segment.text, segment.location, hidden=segment.hidden, label=segment.label,
                       chrome=segment.chrome)
        severity = "medium" if segment.hidden in _MEDIUM else self.severity
        yield self.finding(view, 0, len(view.text), severity=severity, why=f"text {segment.hidden} is still in "
                           "the PDF: anyone can select and copy it", normalized=" ".join(segment.text.split()))
