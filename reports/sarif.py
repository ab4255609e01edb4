"""findings.sarif: the run as a SARIF 2.1.0 log, for code-scanning dashboards and CI (GitHub, GitLab, Azure).

One result per finding, in the order of findings.json (by URL, then place in the document; 25,000 at most, the
most severe, as GitHub code scanning takes no more, with a notification saying how many were left out): the rule is
its category, the level its severity (high error, medium warning, low note), the location its URL with the line where
one is known and the element or PDF page as a logical location, ``partialFingerprints`` its keyed fingerprint,
``baselineState`` new or unchanged from the history, and an accepted finding carries an external suppression with who accepted it and why.

SARIF files are uploaded to third-party dashboards, so they never carry a raw value, not even from a
``--reveal`` run: a result names the masked value only.
"""
from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from functools import lru_cache

from crawler.results import RunResult
from crawler.url_text import path_uri
from detectors.model import Detection, severity_rank

from .compact_json import dumps
from .model import category_label, output_order

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"high": "error", "medium": "warning", "low": "note"}
BASELINE_STATES = {"new": "new", "recurring": "unchanged", "accepted": "unchanged"}
# GitHub code scanning refuses a run with more results (a leaked export of 5,000 rows is 26,000 findings)
MAX_RESULTS = 25_000
MAX_REASONS = 20  # kinds of "not checked" named one by one; the rest in one notification (findings.json has each)


@lru_cache(maxsize=1024)  # every finding of a document names its URL
def _uri(url: str) -> str:
    """A URI reference for a crawled URL or a scanned file's path (SARIF wants URIs, not paths)."""
    if "://" in url:
        return url
    return path_uri(url)


def _rule(category: str) -> dict:
    label = category_label(category)
    return {
        "id": category,
        "name": "".join(word.capitalize() for word in category.split("_")),
        "shortDescription": {"text": f"{label} published"},
        "fullDescription": {"text": f"{label} on a public page or in a published document: confidential under "
                                    "policy PCE-01 (section 4.1, rules 6.3 and 6.5) and never to be posted."},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["confidential-information", "PCE-01"]},
    }


def _result(f: Detection, rule_index: dict[str, int], history) -> dict:
    where = f.location
    result = {
        "ruleId": f.category,
        "ruleIndex": rule_index[f.category],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f"{category_label(f.category)} {f.masked} ({f.severity}, {f.rule})"
                            + (f": {f.why}" if f.why else "")},
        "locations": [_location(f)],
        "partialFingerprints": {"pubcheck/v1": f.fingerprint},
        "properties": {"severity": f.severity, "masked": f.masked, "context": f.context,
                       **{k: v for k, v in (("page", where.page), ("hidden", f.hidden), ("label", f.label))
                          if v is not None}},
    }
    state = history.findings.get(f.fingerprint) if history else None
    if state is not None:
        result["baselineState"] = BASELINE_STATES[state.status]
        result["properties"].update(status=state.status, firstSeen=state.first_seen)
        if state.in_baseline is not None:
            result["properties"]["inBaseline"] = state.in_baseline
        if state.accepted:
            a = state.accepted
            result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": a.reason,
                                       "properties": {"by": a.by, "at": a.at, "expires": a.expires,
                                                      "source": a.source}}]
    return result


def _location(f: Detection) -> dict:
    physical = {"artifactLocation": {"uri": _uri(f.url)}}
    if f.location.line and not f.location.page:  # a PDF's lines count per page, which a region cannot say
        physical["region"] = {"startLine": f.location.line}
    location = {"physicalLocation": physical}
    logical = []
    if f.location.page:
        line = f", line {f.location.line}" if f.location.line else ""
        logical.append({"name": f"page {f.location.page}{line}", "kind": "page"})
    if f.location.element:
        logical.append({"name": f.location.element, "kind": "element"})
    if logical:
        location["logicalLocations"] = logical
    return location


def _incomplete(result: RunResult) -> list[dict]:
    """Why the run did not check everything, as SARIF's ``toolExecutionNotifications`` (level ``error``): each run
    error, how the run stopped early (interrupted, time limit) and the published documents not checked, one
    notification per reason with its count, never one per URL (a site down at night is thousands). Empty for a
    complete run. The texts are the shown result's: masked as every report's."""
    run = result.run
    notes = [_notification(error) for error in dict.fromkeys(run.errors)]
    if run.interrupted:
        notes.append(_notification(f"the run was {run.interrupted} before it finished: pages and documents it "
                                   "did not reach were not checked"))
    reasons: dict[str, int] = {}
    for document in result.not_checked():
        reason = document.not_checked.removeprefix("not checked: ")  # a scan's reasons open so
        reasons[reason] = reasons.get(reason, 0) + 1
    ranked = sorted(reasons.items(), key=lambda item: (-item[1], item[0]))
    for reason, count in ranked[:MAX_REASONS]:
        notes.append(_notification(f"{count} published {_documents(count)} not checked: {reason}", count))
    rest = sum(count for _, count in ranked[MAX_REASONS:])
    if rest:
        notes.append(_notification(f"{rest} more published {_documents(rest)} not checked for "
                                   f"{len(ranked) - MAX_REASONS} other reasons: see findings.json", rest))
    return notes


def _documents(count: int) -> str:
    return "document" if count == 1 else "documents"


def _notification(text: str, count: int | None = None) -> dict:
    note = {"level": "error", "message": {"text": text}}
    if count is not None:
        note["properties"] = {"count": count}
    return note


def _most_severe(findings: list[Detection]) -> list[Detection]:
    """The :data:`MAX_RESULTS` findings a dashboard gets of a run that has more: the most severe first, ties in the
    order of findings.json, and kept in that order (the same findings every time for the same run)."""
    kept = sorted(range(len(findings)), key=lambda i: (-severity_rank(findings[i].severity), i))[:MAX_RESULTS]
    return [findings[i] for i in sorted(kept)]


def _left_out(count: int) -> dict:
    return {"level": "warning", "properties": {"count": count},
            "message": {"text": f"{count} findings left out of this log: code-scanning dashboards (GitHub) take "
                                f"{MAX_RESULTS:,} results a run at most, so the most severe are here; findings.json "
                                "lists them all"}}


def sarif_log(result: RunResult, version: str) -> dict:
    """The SARIF log of a result as :func:`reports.model.shown_result` gives it."""
    run = result.run
    categories = sorted({f.category for f in result.findings})
    rule_index = {category: i for i, category in enumerate(categories)}
    notifications = _incomplete(result)
    findings = sorted(result.findings, key=output_order)  # the order of findings.json (see output_order)
    left_out = len(findings) - MAX_RESULTS
    if left_out > 0:
        findings = _most_severe(findings)
    invocation = {"executionSuccessful": not notifications,
                  "toolExecutionNotifications": notifications + ([_left_out(left_out)] if left_out > 0 else [])}
    if run.started:
        invocation["startTimeUtc"] = run.started
    if run.finished:
        invocation["endTimeUtc"] = run.finished
    history = result.history
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": run.tool, "version": version, "rules": [_rule(c) for c in categories]}},
            "invocations": [invocation],
            "automationDetails": {"id": f"{run.tool}/{run.command}/{' '.join(run.targets)}/"},
            "results": (_result(f, rule_index, history) for f in findings),
            "properties": {"targets": run.targets, "notChecked": len(result.not_checked())},
        }],
    }


def chunks(result: RunResult) -> Iterator[str]:
    """The log's text, a result at a time: a leaked export is 100,000 results, never all in memory at
    once. The log is indented, each result one line."""
    log = sarif_log(result, result.run.version)
    results = log["runs"][0]["results"]
    placeholder = log["runs"][0]["results"] = f"results-{secrets.token_hex(16)}"  # in no crawled string
    head, tail = json.dumps(log, indent=2).split(f'"{placeholder}"')
    yield head + "["
    separator = "\n"
    for item in results:
        yield separator + "        " + dumps(item)
        separator = ",\n"
    yield ("\n      ]" if separator == ",\n" else "]") + tail + "\n"


def render(result: RunResult) -> str:
    return "".join(chunks(result))
