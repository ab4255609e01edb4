"""What the detectors learn about a whole document beyond its text, worked out once per document by the engine
and handed to the detectors that declare ``needs_facts`` (``scan(document, facts)``) and to the customer context: the record each field
belongs to, the pages that present a sample bill with a stand-in customer, the pages that read as a budget, and
the facts only one detector needs (a W-9's pages), each computed on first use."""
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from .labels import BudgetPages, sample_pages
from .model import Document, Record, Segment


class DocumentFacts:
    def __init__(self, document: Document):
        self.document = document
        self._computed: dict = {}

    def computed(self, compute: Callable[[Document], object]):
        """``compute(document)``, worked out once: for the facts only one detector needs (W-9 pages)."""
        if compute not in self._computed:
            self._computed[compute] = compute(self.document)
        return self._computed[compute]

    @cached_property
    def read(self) -> list[Segment]:
        """The segments read for context: all but the header, footer and navigation a reader sees on every page
        of a site (their hidden parts are read: a record in a template's comment is on every page). A file's own
        header and footer are read: a memo's or a statement's are written for it ("Account 2-23-456-7890 -
        Jane Doe - page 2")."""
        segments = self.document.segments
        if self.document.content_type != "text/html":  # as extraction names XHTML too
            return segments  # the same list, so that what is indexed by it is shared (see ``positions``)
        return [s for s in segments if not s.chrome or s.hidden]

    @cached_property
    def positions(self) -> dict[int, int]:
        """The index of each segment (by ``id``) in the document: one map for the engine's document order and the
        customer context's neighbours. A 20,000-row table's 180,000 entries weigh 20 MB: kept once, not thrice."""
        return {id(s): i for i, s in enumerate(self.document.segments)}

    @cached_property
    def sample_pages(self) -> set:
        """The pages (None for HTML) presenting a sample bill of a visibly made-up customer."""
        return sample_pages(self.read)

    @cached_property
    def budget_pages(self) -> BudgetPages:
        return BudgetPages(self.document.segments)

    @cached_property
    def records(self) -> dict[Segment, Record]:
        """The record (table row, form, label block) each field segment belongs to. Keyed by the segment itself
        (it hashes by identity), not by its ``id``: a table's 180,000 keys need no int object each."""
        return {f: record for record in self.document.records for f in record.fields}

    def record_of(self, segment: Segment) -> Record | None:
        return self.records.get(segment)
