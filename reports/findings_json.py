"""findings.json: the machine-readable result, the DESIGN.md contract and its extensions.

Every object is written from the typed result field by field, so internal fields (the raw ``key``,
``public_if_repeated``, ``seq``, whatever comes next) can never slip into the file, and ``value`` is
written only for a revealed run.
"""
from __future__ import annotations

import json

from crawler.history.model import FindingHistory, RunComparison
from crawler.results import DocumentResult, RunResult
from detectors.model import Detection

from .model import finding_order


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


def _resolved(history: RunComparison) -> list[dict]:
    return [{"fingerprint": r.fingerprint, "category": r.category, "severity": r.severity, "url": r.url,
             "masked": r.masked, "first_seen": r.first_seen, "last_seen": r.last_seen, "target": r.target}
            for r in history.resolved]


def _document(d: DocumentResult) -> dict:
    return {"url": d.url, "status": d.status, "reason": d.reason, "content_type": d.content_type,
            "referrers": d.referrers, "kind": d.kind, "http_status": d.http_status, "size": d.size,
            "pages": d.pages, "findings": d.findings, "redirected_from": d.redirected_from,
            "warnings": d.warnings, "not_checked": d.not_checked, "unchanged": d.unchanged}


def findings_document(result: RunResult, reveal: bool = False) -> dict:
    """The findings.json object of a result as :func:`reports.model.shown_result` gives it: findings by URL
    and document order, documents by URL."""
    run = result.run
    findings = sorted(result.findings, key=lambda f: (f.url, *finding_order(f)))
    documents = sorted(result.documents, key=lambda d: (d.url, d.status))
    history = result.history
    out = {
        "run": {"tool": run.tool, "version": run.version, "started": run.started, "finished": run.finished,
                "targets": run.targets, "command": run.command, "reveal": reveal, "errors": run.errors,
                "not_checked": len(result.not_checked()), "limits": run.limits, "suppressed": run.suppressed,
                "timings": run.timings},
        "findings": [_finding(f, reveal, history) for f in findings],
        "documents": [_document(d) for d in documents],
    }
    if history is not None:
        out["run"]["compared_with"] = history.previous
        if history.baseline:
            out["run"]["baseline"] = {"target": history.baseline.target, "started": history.baseline.started}
        out["resolved"] = _resolved(history)
    return out


def render(result: RunResult, reveal: bool = False) -> str:
    # ASCII escapes keep the file valid whatever bytes a hostile page smuggled into a string
    return json.dumps(findings_document(result, reveal), indent=2) + "\n"
