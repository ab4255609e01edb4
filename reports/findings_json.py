"""findings.json: the machine-readable result, the DESIGN.md contract and its extensions
(reports/findings.schema.json is its JSON Schema).

Every object is written from the typed result field by field, so internal fields (the raw ``key``,
``public_if_repeated``, ``seq``, whatever comes next) can never slip into the file, and ``value`` is
written only for a revealed run. Each finding and each document is one line: the file stays readable with
a pager and grep, without spending indentation on every key of 100,000 documents.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from crawler.results import DocumentResult, RunResult
from detectors.model import Detection

from .model import finding_order


def _finding(f: Detection, reveal: bool) -> dict:
    out = {"url": f.url, "category": f.category, "severity": f.severity, "rule": f.rule, "masked": f.masked}
    if reveal:
        out["value"] = f.value
    out.update(location=f.location_dict(), context=f.context, fingerprint=f.fingerprint, why=f.why)
    return out


def _document(d: DocumentResult) -> dict:
    return {"url": d.url, "status": d.status, "reason": d.reason, "content_type": d.content_type,
            "referrers": d.referrers, "referrer_count": max(d.referrer_count, len(d.referrers)), "kind": d.kind,
            "http_status": d.http_status, "size": d.size, "pages": d.pages, "findings": d.findings,
            "redirected_from": d.redirected_from, "warnings": d.warnings, "not_checked": d.not_checked}


def chunks(result: RunResult, reveal: bool = False) -> Iterator[str]:
    """The file's text, a piece at a time (a run's 100,000 findings are never all in memory as JSON), from a
    result as :func:`reports.model.shown_result` gives it: ``run`` indented, then one finding a line (by URL
    and document order), then one document a line (by URL). ASCII escapes keep it valid whatever bytes a
    hostile page smuggled into a string."""
    run = result.run
    head = {"tool": run.tool, "version": run.version, "started": run.started, "finished": run.finished,
            "targets": run.targets, "command": run.command, "reveal": reveal, "errors": run.errors,
            "not_checked": len(result.not_checked()), "interrupted": run.interrupted, "limits": run.limits, "suppressed": run.suppressed,
            "timings": run.timings}
    yield '{\n  "run": ' + json.dumps(head, indent=2).replace("\n", "\n  ")
    findings = (_finding(f, reveal) for f in sorted(result.findings, key=lambda f: (f.url, *finding_order(f))))
    documents = (_document(d) for d in sorted(result.documents, key=lambda d: (d.url, d.status)))
    for key, items in (("findings", findings), ("documents", documents)):
        separator = "\n    "
        yield f',\n  "{key}": ['
        for item in items:
            yield separator + json.dumps(item, separators=(",", ":"))
            separator = ",\n    "
        yield "]" if separator == "\n    " else "\n  ]"
    yield "\n}\n"
