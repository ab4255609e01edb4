"""What the customer context hands on: the anchors it starts from and the customer fields it finds."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ..model import Finding, Segment
from .shapes import spelt_number_spans

# the identifier detectors whose findings anchor a record, and the kind of field each finding is in one
ANCHOR_KINDS = {"account_number": "account", "ssn": "identifier", "taxpayer_id": "identifier"}


@dataclass(frozen=True)
class Anchor:
    """A personal identifier the identifier detectors found (an account number, an SSN, an ITIN): a record
    is built around it, so its patterns live in those detectors only."""

    kind: str  # "account" or "identifier"
    segment: Segment
    start: int
    end: int

    @classmethod
    def from_findings(cls, findings: Iterable[Finding]) -> list[Anchor]:
        """The anchors among raw findings: the identifiers' high ones (a medium finding is a maybe, such as an
        unlabelled EIN-shaped reference number)."""
        return [cls(ANCHOR_KINDS[f.category], f.segment, f.start, f.end) for f in findings
                if f.category in ANCHOR_KINDS and f.severity == "high"]


@dataclass(slots=True)
class CustomerField:
    """A span of customer data. ``kind``: name, address, phone, email, contact, account, usage, other
    (a customer record's column of no known kind), number (a bare number standing as a field of a customer's
    record in running text: its account) or zone (text of a letter to a customer, in which the address and
    usage detectors look for their own values)."""

    kind: str
    segment: Segment
    start: int
    end: int
    why: str

    @property
    def text(self) -> str:
        return self.segment.text[self.start:self.end]


@dataclass
class CustomerContext:
    """A document's customer context, as the contact detectors read it."""

    fields: list[CustomerField] = field(default_factory=list)
    listing: set[int] = field(default_factory=set)  # ids of segments of public listings (staff, facilities)
    phones: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # phone spans of the segments read
    mail: list[Segment] = field(default_factory=list)  # segments that may hold a mailbox ("@", "[at]"), in document order
    # pages (Location.page; None for HTML) of what residents submit to a public body: letters and e-mails to
    # the council, comment cards. A public record (the Brown Act), so the writer's own contacts are no leak
    public_comment: set = field(default_factory=set)
    official: set[int] = field(default_factory=set)  # ids of segments beside a government mailbox: a contact card
    running: set[int] = field(default_factory=set)  # ids of a paged file's running heads and feet (no text's)
    positions: Mapping[int, int] = field(default_factory=dict)  # id of each segment -> its index in the document
    # spelt_number_spans of a text, read once per text of the document (the facts' ``per_text``)
    spelt_numbers: Callable[[str], list[tuple[int, int, str]]] = field(default=spelt_number_spans)

    def of_kind(self, *kinds: str) -> list[CustomerField]:
        return [f for f in self.fields if f.kind in kinds]
