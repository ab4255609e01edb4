"""Base class of detector plugins and the helpers they share.

A detector is one small module in this package: a subclass of :class:`Detector` that declares its
``category``, ``severity`` and ``rule`` and implements ``scan_segment`` (text patterns) and/or ``scan``
(whole-document structure such as records). The registry finds it; nothing else needs to change.

The engine runs detectors in two phases. First those that read the text alone (the identifiers: SSNs,
taxpayer IDs, account numbers; credentials). Then those that declare ``needs_context``: they read the
document's customer context (``detectors.context``), which the engine works out once per document from
the first phase's findings and passes to ``scan(document, context)``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, ClassVar

from .masking import mask_generic
from .model import DEFAULT_RULE, Document, Finding, Segment

if TYPE_CHECKING:
    from .numbers import Candidate


class Detector:
    """One kind of confidential information."""

    category: ClassVar[str]  # a findings.json category: ssn, taxpayer_id, account_number, ...
    severity: ClassVar[str] = "high"
    rule: ClassVar[str] = DEFAULT_RULE
    needs_context: ClassVar[bool] = False  # scan(document, context) in the engine's second phase
    needs_facts: ClassVar[bool] = False  # scan(document, facts): the engine's per-document facts (detectors.facts)
    # scan_records(document, context) too, after the context: its values that no label names in a customer's record
    reads_records: ClassVar[bool] = False
    option_keys: ClassVar[tuple[str, ...]] = ()  # the keys its ``[detectors.<category>]`` table may hold

    def __init__(self, options: Mapping | None = None, public: Mapping | None = None):
        """``options`` is this detector's ``[detectors.<category>]`` config table; ``public`` the shared
        ``[public]`` table of the City's own published contacts. An unknown option is an error: a
        misspelt key must not silently leave a default in force."""
        self.options = dict(options or {})
        self.public = dict(public or {})
        unknown = sorted(set(self.options) - set(self.option_keys))
        if unknown:
            known = ", ".join(self.option_keys) or "none but enabled"
            raise ValueError(f"[detectors.{self.category}] has no option {unknown[0]!r}; known: {known}")

    def scan(self, document: Document) -> Iterator[Finding]:
        for segment in document.segments:
            yield from self.scan_segment(segment)

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        return iter(())

    def mask(self, value: str) -> str:
        """How the value shows in reports; override where the category has a customary mask."""
        return mask_generic(value)

    def finding(self, segment: Segment, start: int, end: int, *, severity: str | None = None,
                why: str = "", normalized: str | None = None, public_if_repeated: bool = False,
                continued: Segment | None = None, continued_end: int = 0, continued_joint: str = " ") -> Finding:
        return Finding(category=self.category, severity=severity or self.severity, segment=segment,
                       start=start, end=end, rule=self.rule, why=why, normalized=normalized,
                       public_if_repeated=public_if_repeated, continued=continued, continued_end=continued_end,
                       continued_joint=continued_joint)


def as_list(value) -> list:
    """A config value given as one string or as a list of them ("labels = 'Acct'" or "['Acct', 'SA']")."""
    return [value] if isinstance(value, str) else list(value or [])


def text_before(text: str, start: int, width: int = 40) -> str:
    """The text just before a match, where its label would be ("SSN: ", "Acct #")."""
    return text[max(0, start - width):start]


def text_after(text: str, end: int, width: int = 40) -> str:
    return text[end:end + width]


def line_of(text: str, at: int) -> str:
    """The line of ``text`` that holds the position ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def sentence_of(text: str, at: int) -> str:
    """The sentence around ``at``: from the last ". " or line break before it to the next after it."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


_WRAPPED_LINE = 60  # characters of a line that a paragraph's wrap ended; a shorter one ends a field or a paragraph


def with_line_above(candidate: Candidate, reach: int) -> tuple[str, int, int]:
    """The value's text and the value's span in it; when fewer than ``reach`` characters of its line stand before the
    value and the line before is the same block's, long as a wrapped line of prose is (a PDF paragraph's wrap: "...
    Wells Fargo Bank, ABA Routing No." / "121000358, Account No. 1495 002 817."), that line is joined before it with
    a space, so that a wrapped paragraph is read as the same paragraph unwrapped is (a page's, a Word file's)."""
    segment, facts, start, end = candidate.segment, candidate.facts, candidate.start, candidate.end
    if facts is None or start >= reach or "\n" in segment.text[:start]:
        return segment.text, start, end
    above = facts.line_before(segment)
    if above is None or len(above.text) < _WRAPPED_LINE or "\t" in above.text or "\t" in segment.text[:start]:
        return segment.text, start, end  # a form's field of its own ("ABA Routing #:\t3220..." above the account's)
    shift = len(above.text) + 1
    return f"{above.text} {segment.text}", start + shift, end + shift


# the marks an e-mail's reply puts before each line it quotes: "> ", ">> ", "> > "
QUOTE_MARKS = re.compile(r"[ \t]*>(?:[ \t]*>)*[ \t]?")


def line_text_start(text: str) -> int:
    """Where a line's own text starts: past its indent and the quote marks of a reply ("> Sunrise-8812! - it ...")."""
    quoted = QUOTE_MARKS.match(text)
    start = quoted.end() if quoted else 0
    return len(text) - len(text[start:].lstrip())
