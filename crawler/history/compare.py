"""A run against the history: which findings are new, recurring or accepted, what was resolved since the
previous run of each target, which findings the production site (``--baseline``) already has, and the trend.

Works on the raw result (fingerprints and value ids) and on its shown copy (URLs as the unrevealed outputs
write them, which is how the history stores them).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone
from functools import cache

from crawler.results import RunResult
from detectors.model import SEVERITIES, Detection

from .keys import HistoryKeys
from .model import (Acceptance, Baseline, FindingHistory, ResolvedFinding, RunComparison, TargetTrend,
                    TrendPoint)
from .store import HistoryStore
from .targets import HistoryTarget, normalise_target, relative_path, target_finder

TREND_RUNS = 30  # runs per trend chart, this one included
GONE = (404, 410)  # a document answering so is no longer published: its findings are resolved


def today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


def in_force(acceptances: list[Acceptance], on: str) -> list[Acceptance]:
    """The acceptances valid on the date ``on`` (not revoked, not expired) in the order they apply: the
    database's (exact fingerprint) before an ignore file's (prefix), the latest first. Worked out once per
    run, not once per finding."""
    ordered = sorted(acceptances, key=lambda a: (a.source == "database", a.at), reverse=True)
    return [a for a in ordered if not a.revoked_at and not a.expired(on)]


def active_acceptance(fingerprint: str, valid: list[Acceptance]) -> Acceptance | None:
    """The acceptance that covers ``fingerprint``, from the ones :func:`in_force` gives."""
    return next((a for a in valid if a.covers(fingerprint)), None)


def compare(result: RunResult, shown: RunResult, store: HistoryStore, run_id: int, *,
            acceptances: list[Acceptance], baseline: str | None = None, on: str | None = None,
            key_id: str | None = None, keys: HistoryKeys | None = None) -> RunComparison:
    """The comparison of ``result`` (run ``run_id``, not yet recorded, under the fingerprint key ``key_id``)
    with the runs before it. A previous run under another key has no fingerprint in common with this one:
    nothing is called resolved against it, and the target is listed in ``key_changed``. ``keys``: what the
    history matches targets and paths by (:mod:`crawler.history.keys`); without it, their shown forms."""
    targets = _targets(result.run.targets, keys)
    target = target_finder(targets)
    current = {f.fingerprint for f in result.findings}
    seen = store.sightings(current, before_run=run_id)
    valid = in_force(acceptances, on or today())
    production, in_baseline = _baseline(store, keys.target(baseline) if keys else normalise_target(baseline), target,
                                        keys) if baseline else (None, None)
    histories: dict[str, FindingHistory] = {}
    # the findings' histories are a handful of distinct records (a leaked export's 100,000 findings are all new,
    # or all recurring since one run): each is made once and shared, never changed once made
    distinct: dict[tuple, FindingHistory] = {}
    for f, shown_finding in zip(result.findings, shown.findings):
        first, last = seen.get(f.fingerprint, (None, None))
        accepted = active_acceptance(f.fingerprint, valid) if valid else None
        status = "accepted" if accepted else "recurring" if first else "new"
        on_production = in_baseline(f, shown_finding.url) if in_baseline else None
        key = (status, first, last, id(accepted), on_production)
        history = distinct.get(key)
        if history is None:
            history = distinct[key] = FindingHistory(status, first or result.run.started, last, accepted,
                                                     on_production)
        histories[f.fingerprint] = history

    comparison = RunComparison(histories, baseline=production)
    now = Counter((_identity(target(f.url)), f.severity) for f in result.findings)  # this run's trend points
    for each in targets:
        previous = store.latest_run(each, before=run_id, complete=True)
        if previous is not None and previous["key_id"] and previous["key_id"] != key_id:
            comparison.key_changed.append(each)
        elif previous is not None:
            comparison.previous[each] = previous["started"]
            resolved = _resolved(result, shown, current, store, previous, each, keys)
            off = set(result.run.detectors_off)
            comparison.resolved += [r for r in resolved if r.category not in off]
            comparison.not_looked_for += [r for r in resolved if r.category in off]
        comparison.trends.append(_trend(result, store, run_id, each, now))
    return comparison


def _resolved(result: RunResult, shown: RunResult, current: set[str], store: HistoryStore, previous,
              target: str, keys: HistoryKeys | None = None) -> list[ResolvedFinding]:
    """What ``previous`` reported for ``target`` and this run (whose fingerprints are ``current``) does not.
    In a run that did not check everything, only findings whose document this run checked (or found gone)
    count as resolved: the rest are unknown, not resolved. A complete crawl resolves only what it met again: a
    document whose URL is stored masked is not asked for by itself (see ``commands.reported_before``), and one no
    page links any more may still be published. A document is found by its URL's key (by its shown URL for a row
    recorded before the keys)."""
    complete = not result.run.errors and not result.not_checked()
    met_again = result.run.command == "crawl"
    documents = {} if complete and not met_again else {s.url: d for d, s in zip(result.documents, shown.documents)}
    if documents and keys is not None:
        documents.update((keys.url(d.url), d) for d in result.documents)
    rows = store.gone_since(previous["id"], target, current)
    first_seen = store.first_seen({row["fingerprint"] for row in rows})  # of the few gone, not of all
    resolved, listed = [], set()
    for row in rows:
        if row["fingerprint"] in listed:
            continue
        doc = documents.get(row["url_key"] or row["url"])
        if not complete:
            checked = doc is not None and ((doc.status == "scanned" and not doc.not_checked)
                                           or doc.http_status in GONE)
            if not checked:
                continue
        elif met_again and doc is None:
            continue
        listed.add(row["fingerprint"])
        resolved.append(ResolvedFinding(
            fingerprint=row["fingerprint"], target=target, category=row["category"], severity=row["severity"],
            url=row["url"], masked=row["masked"], first_seen=first_seen.get(row["fingerprint"], previous["started"]),
            last_seen=previous["started"]))
    return resolved


def _trend(result: RunResult, store: HistoryStore, run_id: int, target: str,
           now: Counter[tuple[str, str]]) -> TargetTrend:
    """The latest runs of ``target`` and this one, whose findings ``now`` counts by (target, severity)."""
    points = [TrendPoint(rid, started, {s: counts.get(s, 0) for s in SEVERITIES})
              for rid, started, counts in store.trend(target, TREND_RUNS) if rid != run_id][-(TREND_RUNS - 1):]
    points.append(TrendPoint(run_id, result.run.started, {s: now[_identity(target), s] for s in SEVERITIES},
                             current=True))
    return TargetTrend(target, points)


def _identity(target: str) -> str:
    """What tells targets apart in this run's counts: a :class:`HistoryTarget`'s key, else the target itself."""
    return getattr(target, "key", None) or target


def _targets(targets: list[str], keys: HistoryKeys | None) -> list[str]:
    """A run's targets as the history knows them, each once: :class:`HistoryTarget` when ``keys`` are given."""
    if keys is None:
        return list(dict.fromkeys(normalise_target(t) for t in targets))
    return list({t.key: t for t in map(keys.target, targets)}.values())


def _baseline(store: HistoryStore, baseline: str, target: Callable[[str], str],
              keys: HistoryKeys | None = None) -> tuple[Baseline, Callable[[Detection, str], bool]]:
    """The baseline run, and whether a finding (shown at a URL) is ``in_baseline``: the latest run of the
    baseline target reported the same value in the same category on the document at the same path (below each
    target's folder). Paths are matched by their keyed fingerprints (``path_key``, of the raw path: two paths
    that mask alike are two documents); a baseline run recorded before the keys, by its masked paths."""
    run = store.latest_runs([baseline])[0]
    rows = store.reported(run["id"], baseline)
    keyed = {(row["value_id"], row["path_key"]) for row in rows if row["path_key"]}
    masked = {(row["value_id"], relative_path(row["url"], baseline)) for row in rows if not row["path_key"]}

    @cache  # every finding of a document asks for its URL's paths
    def paths_of(url: str, shown: str) -> tuple[str | None, str | None]:
        home = target(url)
        key = keys.path(relative_path(url, home.normal, masked=False)) if keyed and isinstance(
            home, HistoryTarget) else None
        return key, relative_path(shown, str(home)) if masked else None

    def check(finding: Detection, url: str) -> bool:
        key, path = paths_of(finding.url, url)
        return (key is not None and (finding.value_id, key) in keyed) or (
            path is not None and (finding.value_id, path) in masked)

    return Baseline(str(baseline), run["id"], run["started"]), check
