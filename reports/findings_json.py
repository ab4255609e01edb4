"""findings.json: the machine-readable result, exactly the DESIGN.md contract.

Every object is rebuilt from an allow-list of keys, so internal fields the collector carries
(``normalized``, ``public_if_repeated``, whatever comes next) can never slip into the file, and ``value``
is written only for a revealed run.
"""
from __future__ import annotations

import json

from .model import finding_sort_key, redact_run_data

RUN_KEYS = ("tool", "version", "started", "finished", "targets", "command", "reveal", "errors", "limits",
            "suppressed")
FINDING_KEYS = ("url", "category", "severity", "rule", "masked", "value", "location", "context", "fingerprint",
                "why")
LOCATION_KEYS = ("page", "line", "element", "hidden", "label")  # written first, in this order
DOCUMENT_DEFAULTS = {"url": None, "status": None, "reason": None, "content_type": None, "referrers": (),
                     "kind": None, "http_status": None, "size": None, "pages": None, "findings": 0,
                     "redirected_from": (), "warnings": ()}


def _location(location: dict) -> dict:
    order = [k for k in LOCATION_KEYS if k in location] + sorted(k for k in location if k not in LOCATION_KEYS)
    return {key: location[key] for key in order}


def _finding(finding: dict, reveal: bool) -> dict:
    out = {key: finding[key] for key in FINDING_KEYS if key in finding and (reveal or key != "value")}
    out["location"] = _location(finding.get("location") or {})
    return out


def findings_document(run_data: dict, reveal: bool = False) -> dict:
    """The findings.json object, findings sorted by URL, location and category, documents by URL."""
    if not reveal:
        run_data = redact_run_data(run_data)
    run = {key: run_data["run"][key] for key in RUN_KEYS if key in run_data["run"]}
    run["reveal"] = reveal  # what this file actually holds, whatever the collector meant
    findings = sorted(run_data.get("findings", []), key=finding_sort_key)
    documents = [{key: doc.get(key, default) for key, default in DOCUMENT_DEFAULTS.items()}
                 for doc in run_data.get("documents", [])]
    documents.sort(key=lambda d: (d["url"], d["status"] or ""))
    return {"run": run, "findings": [_finding(f, reveal) for f in findings], "documents": documents}


def render(run_data: dict, reveal: bool = False) -> str:
    # ASCII escapes keep the file valid whatever bytes a hostile page smuggled into a string
    return json.dumps(findings_document(run_data, reveal), indent=2) + "\n"
