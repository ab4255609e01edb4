"""findings.json: the machine-readable result, the DESIGN.md contract and its extensions
(reports/findings.schema.json is its JSON Schema).

Every object is written from the typed result field by field, so internal fields (the raw ``key``,
``public_if_repeated``, ``seq``, whatever comes next) can never slip into the file, and ``value`` is
written only for a revealed run. Each finding and each document is one line: the file stays readable with
a pager and grep, without spending indentation on every key of 100,000 documents. With a history, each
finding carries its status (new, recurring, accepted) and the file lists what was resolved since the
previous run of the same target.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from crawler.history.model import FindingHistory, RunComparison
from crawler.results import DocumentResult, RunResult
from detectors.model import Detection

from .compact_json import dumps
from .model import output_order


def _finding(f: Detection, reveal: bool, history: RunComparison | None) -> dict:
    out = {"url": f.url, "category": f.category, "severity": f.severity, "rule": f.rule, "masked": f.masked}
    if reveal:
        out["value"] = f.value
    out.update(location=f.location_dict(), context=f.context, fingerprint=f.fingerprint, why=f.why)
    if history is not None:
        out.update(_history(history.findings[f.fingerprint], baseline=history.baseline is not None))
    return out


def _history(h: FindingHistory, baseline: bool) -> dict:
    """status (new, recurring, accepted), first and last seen, who accepted it and why, and with --baseline
    whether production already has it."""
    out = {"status": h.status, "first_seen": h.first_seen, "last_seen": h.last_seen}
    if h.accepted:
        out["accepted"] = h.accepted.as_dict()
    if baseline:
        out["in_baseline"] = bool(h.in_baseline)
    return out


def _resolved(findings: list) -> list[dict]:
    return [{"fingerprint": r.fingerprint, "category": r.category, "severity": r.severity, "url": r.url,
             "masked": r.masked, "first_seen": r.first_seen, "last_seen": r.last_seen, "target": r.target}
            for r in findings]


def _document(d: DocumentResult) -> dict:
    return {"url": d.url, "status": d.status, "reason": d.reason, "content_type": d.content_type,
            "referrers": d.referrers, "referrer_count": max(d.referrer_count, len(d.referrers)), "kind": d.kind,
            "http_status": d.http_status, "size": d.size, "pages": d.pages, "findings": d.findings,
            "redirected_from": d.redirected_from, "warnings": d.warnings, "not_checked": d.not_checked,
            "unchanged": d.unchanged}


def _lines(key: str, items) -> Iterator[str]:
    separator = "\n    "
    yield f',\n  "{key}": ['
    for item in items:
        yield separator + dumps(item)
        separator = ",\n    "
    yield "]" if separator == "\n    " else "\n  ]"


def chunks(result: RunResult, reveal: bool = False) -> Iterator[str]:
    """The file's text, a piece at a time (a run's 100,000 findings are never all in memory as JSON), from a
    result as :func:`reports.model.shown_result` gives it: ``run`` indented, then one finding a line (by URL
    and document order), then one document a line (by URL), then what was resolved. ASCII escapes keep it
    valid whatever bytes a hostile page smuggled into a string."""
    run, history = result.run, result.history
    head = {"tool": run.tool, "version": run.version, "started": run.started, "finished": run.finished,
            "targets": run.targets, "command": run.command, "reveal": reveal, "errors": run.errors,
            "not_checked": len(result.not_checked()), "interrupted": run.interrupted, "limits": run.limits,
            "detectors_off": run.detectors_off, "suppressed": run.suppressed, "timings": run.timings}
    if history is not None:
        head["compared_with"] = history.previous
        if history.key_changed:
            head["key_changed"] = history.key_changed
        if history.baseline:
            head["baseline"] = {"target": history.baseline.target, "started": history.baseline.started}
    yield '{\n  "run": ' + json.dumps(head, indent=2).replace("\n", "\n  ")
    findings = sorted(result.findings, key=output_order)
    yield from _lines("findings", (_finding(f, reveal, history) for f in findings))
    yield from _lines("documents", (_document(d) for d in sorted(result.documents, key=lambda d: (d.url, d.status))))
    if history is not None:
        yield from _lines("resolved", _resolved(history.resolved))
        if history.not_looked_for:
            yield from _lines("not_looked_for", _resolved(history.not_looked_for))
    yield "\n}\n"

