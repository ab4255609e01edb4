"""The history's part of the report model: each finding's status, what is new and what was resolved since
the last run of the same target, the ``--baseline`` comparison, and the trend chart's geometry.

Everything a reader sees is worked out here, down to the chart's bar positions, so that the template only
draws it (an inline SVG: no script, no external asset).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from crawler.history.model import FindingHistory, RunComparison, TargetTrend
from detectors.model import SEVERITIES, Detection, severity_rank

CHART_WIDTH, CHART_HEIGHT = 640, 190
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 40, 12, 12, 34  # margins around the bars
STACK_ORDER = tuple(reversed(SEVERITIES))  # low on top of medium on top of high


def day(iso: str | None) -> str:
    """The date of an ISO 8601 time ("2026-11-30")."""
    return (iso or "")[:10] or "unknown"


@dataclass
class StatusTag:
    """What a finding row shows of its history."""

    status: str  # new | recurring | accepted
    label: str  # "new", "since 2026-11-02", "accepted"
    note: str | None  # who accepted it, when and why
    in_baseline: bool | None  # None without --baseline


def status_tag(history: FindingHistory | None) -> StatusTag | None:
    if history is None:
        return None
    label = {"new": "new", "recurring": f"since {day(history.first_seen)}", "accepted": "accepted"}[history.status]
    note = None
    if history.accepted:
        a = history.accepted
        note = (f"Accepted by {a.by}" + (f" on {day(a.at)}" if a.at else "") + f": {a.reason}"
                + (f" (until {a.expires})" if a.expires else ""))
    return StatusTag(history.status, label, note, history.in_baseline)


@dataclass
class Bar:
    severity: str
    x: float
    y: float
    width: float
    height: float


@dataclass
class Column:
    label: str  # tooltip: date and counts
    bars: list[Bar]
    current: bool


@dataclass
class Tick:
    x: float
    y: float
    label: str


@dataclass
class TrendChart:
    target: str
    width: int
    height: int
    plot_left: float
    plot_right: float
    plot_bottom: float
    columns: list[Column]
    y_ticks: list[Tick]
    x_labels: list[Tick]
    description: str  # the chart in words, for screen readers and print


def _nice_ceiling(value: int) -> int:
    if value <= 4:
        return max(value, 1)
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return value


def trend_chart(trend: TargetTrend) -> TrendChart:
    """Stacked bars of findings per run by severity, oldest run left, this run right."""
    points = trend.points
    top = _nice_ceiling(max((sum(p.by_severity.values()) for p in points), default=0))
    plot_width = CHART_WIDTH - PLOT_LEFT - PLOT_RIGHT
    plot_height = CHART_HEIGHT - PLOT_TOP - PLOT_BOTTOM
    base = PLOT_TOP + plot_height
    slot = plot_width / max(len(points), 1)
    bar_width = min(28.0, slot * 0.7)
    columns = []
    for i, point in enumerate(points):
        x = PLOT_LEFT + i * slot + (slot - bar_width) / 2
        y, bars = base, []
        for severity in reversed(STACK_ORDER):
            count = point.by_severity.get(severity, 0)
            if count:
                height = plot_height * count / top
                y -= height
                bars.append(Bar(severity, round(x, 1), round(y, 1), round(bar_width, 1), round(height, 1)))
        counts = ", ".join(f"{point.by_severity.get(s, 0)} {s}" for s in SEVERITIES)
        columns.append(Column(f"{day(point.started)}{' (this run)' if point.current else ''}: {counts}", bars,
                              point.current))
    values = range(top + 1) if top <= 4 else (0, top // 2, top) if top % 2 == 0 else (0, top)
    y_ticks = [Tick(PLOT_LEFT - 6, round(base - plot_height * v / top, 1), str(v)) for v in values]
    every = max(1, math.ceil(len(points) / 6))  # about six dates under the bars, never crowding "this run"
    labelled = [i for i in range(0, len(points) - 1, every) if len(points) - 1 - i >= every / 2] + [len(points) - 1]
    x_labels = [Tick(round(PLOT_LEFT + i * slot + slot / 2, 1), base + 16,
                     "this run" if points[i].current else day(points[i].started)[5:]) for i in labelled if points]
    current = points[-1] if points else None
    description = (f"Findings per run for {trend.target}, {len(points)} run{'s' if len(points) != 1 else ''}"
                   + (f"; this run: {sum(current.by_severity.values())}" if current else "") + ".")
    return TrendChart(trend.target, CHART_WIDTH, CHART_HEIGHT, PLOT_LEFT, CHART_WIDTH - PLOT_RIGHT, base, columns,
                      y_ticks, x_labels, description)


@dataclass
class ChangeRow:
    """A finding new since the last run, linking to where the report lists it."""

    severity: str
    category: str
    url: str
    anchor: str
    location: list[str]
    shown_value: str


@dataclass
class ResolvedRow:
    severity: str
    category: str
    url: str
    masked: str
    first_seen: str
    last_seen: str


@dataclass
class HistoryView:
    compared: list[str]  # what this run was compared with, one sentence per target
    counts: dict[str, int]  # new, recurring, accepted
    baseline: str | None  # the --baseline comparison in a sentence
    waived: str | None  # why some findings do not fail the run
    new: list[ChangeRow] = field(default_factory=list)  # the first ``limit``, most severe first
    resolved: list[ResolvedRow] = field(default_factory=list)
    charts: list[TrendChart] = field(default_factory=list)
    new_total: int = 0
    resolved_total: int = 0


def history_view(history: RunComparison | None, findings: list[Detection], anchors: dict[str, str], *,
                 describe, category_label, shown_value, when, limit: int) -> HistoryView | None:
    """The history part of the report for ``findings`` (as shown); ``anchors`` maps a URL to its section.
    The keyword functions are the report model's own (location phrases, category labels, the value shown,
    times), so these rows read as the rest of the report. The new and resolved lists show their first
    ``limit`` rows (a leaked export is 100,000 new findings); findings.json lists them all."""
    if history is None:
        return None
    counts = {s: sum(1 for f in findings if history.findings[f.fingerprint].status == s)
              for s in ("new", "recurring", "accepted")}
    compared = [f"{target}: compared with the run of {when(started)}." for target, started in history.previous.items()]
    if not history.previous:
        compared = ["No earlier complete run of this target is recorded: every finding is new."]
    compared += [f"{target}: the fingerprint key changed since its last run, so this run is compared with none: every "
                 f"finding is new, and findings accepted under the old key no longer match." for target in history.key_changed]
    if history.not_looked_for:
        off = ", ".join(sorted({category_label(r.category) for r in history.not_looked_for}))
        count = len(history.not_looked_for)
        compared.append(f"{count} earlier finding{'s' if count != 1 else ''} of detectors switched off in this run "
                        f"({off}): neither resolved nor new, since {'they were' if count != 1 else 'it was'} not "
                        f"looked for.")
    baseline = None
    if history.baseline:
        on_production = sum(1 for f in findings if history.findings[f.fingerprint].in_baseline)
        baseline = (f"Compared with {history.baseline.target} (run of {when(history.baseline.started)}): "
                    f"{on_production} of {len(findings)} findings are already there and do not fail this run; "
                    f"{len(findings) - on_production} are not.")
    waived = [what for what, present in (("accepted findings", counts["accepted"]),
                                         ("findings the baseline site already has", baseline)) if present]
    waived = f"{' and '.join(waived).capitalize()} are listed but never fail the run." if waived else None
    first_new = sorted((f for f in findings if history.findings[f.fingerprint].status == "new"),
                       key=lambda f: (-severity_rank(f.severity), f.url))[:limit]
    new = [ChangeRow(f.severity, category_label(f.category), f.url, anchors.get(f.url, ""),
                     describe(f.location_dict()), shown_value(f)) for f in first_new]
    resolved = [ResolvedRow(r.severity, category_label(r.category), r.url, r.masked, day(r.first_seen),
                            day(r.last_seen)) for r in history.resolved[:limit]]
    return HistoryView(compared, counts, baseline, waived, new, resolved,
                       [trend_chart(t) for t in history.trends], new_total=counts["new"],
                       resolved_total=len(history.resolved))
