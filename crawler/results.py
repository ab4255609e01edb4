"""The run's result: the typed records the collector hands to the reports and to the exit code.

``crawl`` and ``scan`` both end in a :class:`RunResult`: every URL met, as a :class:`DocumentResult`, every
finding, as a :class:`~detectors.model.Detection`, and the run's own facts (:class:`RunInfo`). Raw values live
only in ``Detection.value`` and ``Detection.key``; :meth:`RunResult.redacted` gives the copy that unrevealed
outputs are written from.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from detectors.model import Detection, severity_rank

if TYPE_CHECKING:
    from reports.redact import ShownText

    from .history.model import RunComparison

STATUSES = ("scanned", "failed", "skipped")
# referrers an output lists per document, the first ones found: outputs grow with documents, not with links
REFERRERS_KEPT = 3


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(slots=True)
class DocumentResult:
    """One URL (or file) the run met, and what became of it."""

    url: str
    kind: str = "document"  # page | document | sitemap
    status: str = "skipped"  # scanned | failed | skipped
    reason: str | None = "not fetched"
    content_type: str | None = None
    http_status: int | None = None
    size: int | None = None
    pages: int | None = None
    findings: int = 0
    referrers: Sequence[str] = ()  # the first ones found (the collector keeps REFERRERS_KEPT)
    referrer_count: int = 0  # how many pages link here in all; at least len(referrers)
    # the URLs filed under this one, and oddities that lost no text: usually none, and then the one empty tuple
    # every document shares instead of two empty lists each (a run lists every document it met)
    redirected_from: Sequence[str] = ()
    warnings: Sequence[str] = ()
    # Why this published document counts as not checked, or None. A failed extraction, a 5xx or a timeout, a
    # file too large or in a format the public can read but pubcheck cannot, a part that needs OCR, a URL left
    # out by the page limit. A broken link (404), a password-protected file or a URL outside the crawl's scope
    # is listed but is not a gap in the check.
    not_checked: str | None = None
    # what the history keeps to ask next time whether it changed (see crawler.incremental)
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None  # SHA-256 of the body as fetched
    unchanged: bool = False  # the same as when a previous run checked it in full: its findings were carried forward


@dataclass(slots=True)
class RunInfo:
    """What the run was: its command, targets, times, limits and the errors that stopped it doing its job."""

    command: str  # crawl | scan
    targets: list[str]
    started: str  # ISO 8601
    finished: str = ""
    tool: str = "pubcheck"
    version: str = ""
    reveal: bool = False
    errors: list[str] = field(default_factory=list)  # run errors: the check did not happen as asked
    interrupted: str | None = None  # how a run stopped before it finished ("interrupted by SIGINT"), else None
    limits: dict = field(default_factory=dict)
    detectors_off: list[str] = field(default_factory=list)  # switched off by the configuration, by category
    suppressed: dict[str, int] = field(default_factory=dict)  # findings dropped by a rule, by rule
    timings: dict[str, float] = field(default_factory=dict)  # summed seconds: fetch, queue_wait, extraction ...


@dataclass(slots=True)
class RunResult:
    run: RunInfo
    findings: list[Detection]
    documents: list[DocumentResult]  # by URL
    # every detection before the cross-page rules (findings plus the contacts the site repeats), for the history
    detections: list[Detection] = field(default_factory=list)
    history: RunComparison | None = None  # new, recurring, accepted and resolved, when a history is kept

    def max_severity(self) -> str | None:
        return max({f.severity for f in self.findings}, key=severity_rank, default=None)

    def blocking_severity(self) -> str | None:
        """The highest severity among the findings that can fail the run: not accepted, and not already on
        the production site a ``--baseline`` run is compared with. Each severity that occurs is ranked
        once, not each finding's (a leaked export's 100,000)."""
        waived = self.history.waived if self.history else (lambda fingerprint: False)
        return max({f.severity for f in self.findings if not waived(f.fingerprint)}, key=severity_rank, default=None)

    def not_checked(self) -> list[DocumentResult]:
        """The published documents the run could not check: each one makes the verdict incomplete."""
        return [d for d in self.documents if d.not_checked]

    def compacted(self) -> RunResult:
        """A copy whose documents list only their first :data:`REFERRERS_KEPT` referrers, with the total
        in ``referrer_count``, as every output writes them. A document that is so already (as the collector
        keeps them) is shared, not copied."""
        documents = [d if len(d.referrers) <= REFERRERS_KEPT and d.referrer_count >= len(d.referrers)
                     else replace(d, referrers=d.referrers[:REFERRERS_KEPT],
                                  referrer_count=max(d.referrer_count, len(d.referrers)))
                     for d in self.documents]
        return replace(self, documents=documents)

    def redacted(self, redact: ShownText) -> RunResult:
        """A result in which every crawled string has gone through ``redact`` (which masks raw finding values
        wherever else they turn up: a PDF named after the account number in it, a mailto: link); a finding with
        nothing to redact is shared, not copied, and each finding is redacted once however many results share
        it (:meth:`ShownText.detection`: the history's comparison, its record and the reports). Raw values
        stay only under ``value`` and ``key``, which no unrevealed output writes."""
        def each(items, show=redact):
            return [show(item) for item in items]

        # a target and a document's URL or path are shown as places (a URL, or a scanned file's path); a reason, a
        # warning and an error can carry a crawled or scanned name (a zip member's name in a reason): shown as names are
        place, name = redact.place, redact.name
        run = replace(self.run, targets=each(self.run.targets, place), errors=each(self.run.errors, name))

        def document(d: DocumentResult) -> DocumentResult:
            shown = (place(d.url), d.reason and name(d.reason), d.content_type and redact(d.content_type),
                     each(d.referrers, place), each(d.redirected_from, place), each(d.warnings, name),
                     d.not_checked and name(d.not_checked))
            if shown == (d.url, d.reason, d.content_type, list(d.referrers), list(d.redirected_from),
                         list(d.warnings), d.not_checked):
                return d  # the usual case, shared as findings are: 100,000 copies would only cost memory
            url, reason, content_type, referrers, redirected_from, warnings, not_checked = shown
            return replace(d, url=url, reason=reason, content_type=content_type, referrers=referrers,
                           redirected_from=redirected_from, warnings=warnings, not_checked=not_checked)

        findings = redact.detections(self.findings)
        documents = [document(d) for d in self.documents]
        return replace(self, run=run, findings=findings, documents=documents, detections=[])
