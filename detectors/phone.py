"""Customers' telephone numbers (PCE-01 4.1, rule 6.3).

In a customer context (a customer record's phone column, a label block, a list of people; see
``customer_context``) a number is high. Elsewhere in a page body a number is probably a person's when
nothing calls it an office's: low, and the collector drops it when the same number shows on many pages
of the site (then it is the site's own). Never findings: the City's published numbers and anything in
their exchange (``public_contacts``), toll-free numbers, numbers in the page's header, footer or
navigation and in their exchanges, numbers labelled as a department's, office's, hotline's, fax, TTY
or a firm's ("Media inquiries: ... (909) 620-2000", "Fax: ..."), numbers in a staff or facility
listing, and digit runs labelled as another kind of number ("Acct # 909-555-0147"). A cue that names a
person ("cell", "home", "resident") wins over an office cue farther away.

Options (``[detectors.phone]``):
  outside_context  false to report only numbers in a customer context, none at low severity
                   (default true)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Detector, text_after, text_before
from .customer_context import analyze, phone_spans
from .masking import mask_digits
from .model import Document, Finding
from .public_contacts import PublicContacts, exchange, public_cue, to_e164

# labels of numbers that are not telephone numbers, right before the digits
_OTHER_NUMBER = re.compile(r"(?i)\b(?:account|acct|sa|invoice|inv|order|case|permit|apn|parcel|ref|reference|"
                           r"claim|file|item|resolution|po|contract|meter|serial)\b(?:\W{0,3}(?:no|number|id))?"
                           r"\W{0,4}$")
_CLAUSE_END = re.compile(r".*(?:[.!?;]\s+(?=[A-Z])|\n)", re.DOTALL)  # not after "No. " or "St. 1"


def clause_before(text: str, start: int, width: int = 60) -> str:
    """The words just before a value, back to the start of its line or sentence."""
    before = text_before(text, start, width)
    cut = _CLAUSE_END.match(before)
    return before[cut.end():] if cut else before


class PhoneDetector(Detector):
    category = "phone"
    severity = "high"
    rule = "PCE-01 6.3"
    description = "Customers' telephone numbers; a person's number in a page body (low)"
    option_keys = ('outside_context',)

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.contacts = PublicContacts.from_config(self.public)

    def scan(self, document: Document) -> Iterator[Finding]:
        context = analyze(document, self.contacts)
        claimed: dict[int, list[tuple[int, int]]] = {}
        for f in context.of_kind("phone", "contact", "other"):
            for start, end in phone_spans(f.segment.text, f.start, f.end, bare=f.kind == "phone"):
                e164 = to_e164(f.segment.text[start:end])
                if e164 and e164 not in self.contacts.phones:
                    claimed.setdefault(id(f.segment), []).append((start, end))
                    yield self.finding(f.segment, start, end, why=f.why, normalized=e164)
        if self.options.get("outside_context", True):
            yield from self._outside(document, context, claimed)

    def _outside(self, document, context, claimed) -> Iterator[Finding]:
        site = None  # exchanges of the numbers in the page's header and footer, looked up when needed
        for segment in document.segments:
            found = context.phones.get(id(segment))
            if not found or id(segment) in context.listing:
                continue
            taken = claimed.get(id(segment), ())
            for start, end in found:
                if any(s < end and start < e for s, e in taken):
                    continue
                e164 = to_e164(segment.text[start:end])
                if not e164 or self.contacts.phone_is_public(e164, generic=True):
                    continue
                if site is None:
                    site = {exchange(e) for s in document.segments if s.chrome
                            for a, b in phone_spans(s.text) if (e := to_e164(s.text[a:b]))}
                before = clause_before(segment.text, start)
                if exchange(e164) in site or _OTHER_NUMBER.search(before) or public_cue(
                        f"{segment.label or ''} {before}", text_after(segment.text, end, 20)):
                    continue
                yield self.finding(segment, start, end, severity="low", normalized=e164, public_if_repeated=True,
                                   why="phone number in page text, not labelled as an office's")

    def mask(self, value: str) -> str:
        return mask_digits(value, keep_last=4)
