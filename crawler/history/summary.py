"""``pubcheck summary``: the latest run of each target as a few lines of plain text that can be mailed.

Counts and links only, never a value: policy PCE-01 forbids emailing confidential information, so even the
masked values and contexts stay in the report. URLs come from the history, where any that held a found
value is stored masked.
"""
from __future__ import annotations

import json
import os

from crawler.url_text import controls_escaped, path_uri
from detectors.model import SEVERITIES
from reports.bidi import bidi_shown

from .store import HistoryStore

OUTCOMES = {
    "clean": "clean: nothing that fails the run",
    "findings": "FINDINGS that fail the run",
    "incomplete": "INCOMPLETE: published documents could not be checked",
    "error": "ERROR: the check did not run as asked",
    "interrupted": "INTERRUPTED: stopped (a signal or its time limit) before every document was checked",
}
MAX_URLS = 20  # new findings listed by URL; the report has the rest


def _shown(name: str) -> str:
    """A URL or a scanned file's path as a terminal or a mail shows it: a hostile name's control characters and
    bidirectional overrides written out, not obeyed ("\\x1b[2K" erases no line of the summary)."""
    return bidi_shown(controls_escaped(name))


def _number(counts: dict, key: str) -> int:
    return int(counts.get(key, 0) or 0)


def summary_lines(store: HistoryStore, runs) -> list[str]:
    lines = []
    for run in runs:
        counts = json.loads(run["counts"] or "{}")
        findings = counts.get("findings", {})
        statuses = counts.get("status", {})
        documents = counts.get("documents", {})
        total = sum(findings.values())
        lines.append(f"pubcheck {run['command']} of {', '.join(map(_shown, store.run_targets(run['id'])))}")
        lines.append(f"  run:        {run['started']} to {run['finished'] or '(did not finish)'}")
        resumable = run["outcome"] == "interrupted" and run["command"] == "crawl"
        lines.append(f"  outcome:    {OUTCOMES.get(run['outcome'], run['outcome'])}"
                     + ("; a crawl goes on where it stopped with --resume" if resumable else ""))
        for later in store.unfinished_after(run["id"]):
            report = (f" (its report: {path_uri(os.path.join(later['report'], 'report.html'))})"
                      if later["report"] else "")
            lines.append(f"  WARNING:    a later run, started {later['started']}, is not recorded: it is still "
                         f"running, or it ended without its record (a full disk, a killed process){report}; this "
                         "is not the latest check")
        by_severity = ", ".join(f"{findings.get(s, 0)} {s}" for s in SEVERITIES)
        lines.append(f"  findings:   {total} ({by_severity}); {_number(statuses, 'new')} new, "
                     f"{_number(statuses, 'recurring')} recurring, {_number(statuses, 'accepted')} accepted; "
                     f"{_number(counts, 'resolved')} resolved since the previous run")
        if counts.get("key_changed"):
            lines.append("  WARNING:    another fingerprint key than the previous run's: not compared with it, "
                         "acceptances made under the old key no longer match")
        not_looked_for = counts.get("not_looked_for") or {}
        if not_looked_for:
            lines.append(f"  not looked for: {sum(not_looked_for.values())} earlier findings of detectors this run "
                         f"switched off ({', '.join(sorted(not_looked_for))}): neither resolved nor new")
        if run["baseline"]:
            lines.append(f"  baseline:   {_number(counts, 'in_baseline')} already on {run['baseline']}")
        lines.append(f"  documents:  {_number(documents, 'scanned')} scanned ({_number(counts, 'unchanged')} "
                     f"unchanged), {_number(documents, 'failed')} failed, {_number(documents, 'skipped')} skipped; "
                     f"{_number(counts, 'not_checked')} not checked")
        if counts.get("reports_unwritten"):
            lines.append(f"  report:     NOT WRITTEN: {counts['reports_unwritten']}")
        elif run["report"]:
            lines.append(f"  report:     {path_uri(os.path.join(run['report'], 'report.html'))}")
        new = store.new_in_run(run["id"])
        if new:
            lines.append("  new findings on:")
            for url, categories in new[:MAX_URLS]:
                lines.append(f"    {_shown(url)} ({', '.join(f'{n} {c}' for c, n in categories)})")
            if len(new) > MAX_URLS:
                lines.append(f"    and {len(new) - MAX_URLS} more pages and documents: see the report")
        lines.append("")
    return lines
