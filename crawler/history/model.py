"""The history's typed records: what a run is compared with, and what the comparison says.

None of them holds a raw value: URLs, masks, contexts and reasons are stored as the unrevealed outputs show
them, and a value is known only by its keyed ``value_id`` and ``fingerprint``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from detectors.model import Detection

STATUSES = ("new", "recurring", "accepted")


@dataclass(slots=True)
class DocumentState:
    """A URL as the last run that checked it in full left it: enough to ask the server whether it changed
    (``etag``, ``last_modified``, ``content_hash``) and, if not, to stand for it (its detections, without
    raw values, and for a page the links it makes)."""

    url: str
    run_id: int
    kind: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    content_type: str | None
    size: int | None
    pages: int | None
    warnings: list[str] = field(default_factory=list)
    detections: list[Detection] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # of a page: the URLs it linked to
    verified: str | None = None  # start of the latest run that fetched it in full (not a 304), if still recorded


@dataclass(slots=True)
class Acceptance:
    """A finding compliance staff accepted (a false positive, or data published by law), by whom and why."""

    fingerprint: str  # the whole fingerprint, or in an ignore file a prefix of 8 or more characters
    by: str
    reason: str
    at: str  # ISO 8601
    expires: str | None = None  # ISO date: valid through that day
    source: str = "database"  # or the ignore file it comes from
    revoked_at: str | None = None
    revoked_by: str | None = None

    def covers(self, fingerprint: str) -> bool:
        return fingerprint.startswith(self.fingerprint)

    def expired(self, today: str) -> bool:
        return bool(self.expires) and self.expires < today

    def as_dict(self) -> dict:
        out = {"by": self.by, "reason": self.reason, "at": self.at}
        if self.expires:
            out["expires"] = self.expires
        return out


@dataclass(slots=True)
class FindingHistory:
    """What the history says of one finding of this run."""

    status: str  # new | recurring | accepted
    first_seen: str  # start of the first run of its target that reported it (this run's, if new)
    last_seen: str | None = None  # start of the latest earlier run that reported it
    accepted: Acceptance | None = None
    in_baseline: bool | None = None  # only for a run compared with a --baseline


@dataclass(slots=True)
class ResolvedFinding:
    """A finding the previous run of the same target reported and this one does not."""

    fingerprint: str
    target: str
    category: str
    severity: str
    url: str  # as the unrevealed outputs show it
    masked: str
    first_seen: str
    last_seen: str


@dataclass(slots=True)
class TrendPoint:
    run_id: int
    started: str
    by_severity: dict[str, int]  # reported findings (accepted ones too) by severity
    current: bool = False


@dataclass(slots=True)
class TargetTrend:
    target: str
    points: list[TrendPoint]  # oldest first, this run last


@dataclass(slots=True)
class Baseline:
    """The run of another target (production) that a ``--baseline`` run is compared with."""

    target: str
    run_id: int
    started: str


@dataclass(slots=True)
class RunComparison:
    """This run against the history: per finding (by fingerprint) its status, what was resolved since the
    previous run of each target (and what was not looked for again), and the trend of findings per run."""

    findings: dict[str, FindingHistory]
    resolved: list[ResolvedFinding] = field(default_factory=list)
    # what the previous run reported in a category whose detector this run switched off: nothing of it was
    # looked for, so it is neither resolved nor new, only not looked for
    not_looked_for: list[ResolvedFinding] = field(default_factory=list)
    trends: list[TargetTrend] = field(default_factory=list)
    previous: dict[str, str] = field(default_factory=dict)  # target -> start of the run compared with
    baseline: Baseline | None = None
    # targets whose previous run used another fingerprint key: not compared (its acceptances no longer match)
    key_changed: list[str] = field(default_factory=list)

    def waived(self, fingerprint: str) -> bool:
        """True when the finding must not fail the run: accepted, or already on the baseline site."""
        history = self.findings.get(fingerprint)
        return bool(history and (history.accepted or history.in_baseline))
