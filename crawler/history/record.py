"""Writes a finished run into the history, as the unrevealed outputs show it: no raw value reaches the file.

Every string that came from the crawl (URLs, reasons, contexts, labels, element paths) is stored as
:func:`reports.model.shown_result` masks it, a finding is known by its fingerprint and value id, a URL, a target
and a path below it are matched by keyed fingerprints of their raw forms (:mod:`crawler.history.keys`), and a
page's links are kept only when none of them holds a value the run found (a PDF named after the account number
in it): such a page is simply fetched in full again next time.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Iterator
from functools import cache

from crawler.results import RunResult
from detectors.model import SEVERITIES
from reports.compact_json import dumps
from reports.redact import ShownText

from .keys import HistoryKeys
from .store import HistoryStore
from .targets import relative_path, target_finder


def outcome_of(result: RunResult) -> str:
    if result.run.interrupted:  # a signal or the time limit stopped it, a crawl or a scan alike
        return "interrupted"
    if result.run.errors:
        return "error"
    if result.not_checked():
        return "incomplete"
    return "findings" if result.blocking_severity() else "clean"


def counts_of(result: RunResult) -> dict:
    history = result.history
    statuses = Counter(history.findings[f.fingerprint].status for f in result.findings) if history else Counter()
    severities = Counter(f.severity for f in result.findings)
    return {
        "findings": {s: severities[s] for s in SEVERITIES},
        "status": dict(statuses),
        "resolved": len(history.resolved) if history else 0,
        "key_changed": list(history.key_changed) if history else [],
        "not_looked_for": dict(Counter(r.category for r in history.not_looked_for)) if history else {},
        "in_baseline": sum(1 for h in history.findings.values() if h.in_baseline) if history else 0,
        "documents": dict(Counter(d.status for d in result.documents)),
        "unchanged": sum(1 for d in result.documents if d.unchanged),
        "not_checked": len(result.not_checked()),
    }


def record_run(store: HistoryStore, run_id: int, result: RunResult, shown: RunResult, redact: ShownText, *,
               finished: str, page_links, keep_document_runs: int = 0,
               keys: HistoryKeys | None = None) -> None:
    """Store run ``run_id``'s documents, detections and page links and close its record. ``redact`` masks the
    run's raw values as an unrevealed report does and ``shown`` is ``result.redacted(redact)``, which the
    comparison made already; ``page_links.get(url)`` gives the links a fetched page made, one a line (a
    :class:`crawler.history.session.PageLinks`, or a dict). A resumed run replaces what its interrupted part
    stored. ``keys`` (:class:`crawler.history.keys.HistoryKeys`, of the run's fingerprint key) make the keys rows
    are matched by (none given: an empty key's, that no run's lookups match)."""
    keys = keys or HistoryKeys(b"")
    targets = list({t.key: t for t in map(keys.target, result.run.targets)}.values())
    target = target_finder(targets)

    @cache  # a leaked export's 100,000 detections share one URL: its path's key is worked out once
    def path_key(url: str) -> str | None:
        return keys.path(relative_path(url, target(url).normal, masked=False))

    detections = RunResult(result.run, result.detections, []).redacted(redact).findings
    reported = {f.fingerprint for f in result.findings}
    # rows made as they are written: a 100,000-document (or -detection) run never holds them all at once
    document_rows = ((
        run_id, str(home := target(raw.url)), doc.url, doc.kind, doc.status, doc.reason, doc.http_status,
        doc.content_type, doc.etag, doc.last_modified, doc.content_hash, doc.size, doc.pages,
        json.dumps(doc.warnings), int(doc.unchanged), int(doc.status == "scanned" and not doc.not_checked),
        home.key, keys.url(raw.url))
        for raw, doc in zip(result.documents, shown.documents))
    detection_rows = ((
        run_id, str(home := target(raw.url)), d.url, d.fingerprint, d.value_id, int(d.fingerprint in reported),
        d.category, d.severity, d.rule, d.masked, d.context, d.why, dumps(d.location.as_dict()), d.hidden,
        d.label, d.seq, int(d.public_if_repeated), home.key, keys.url(raw.url),
        path_key(raw.url)) for raw, d in zip(result.detections, detections))
    stale: list[str] = []
    link_rows = _page_links(result, redact, page_links, stale, keys)
    with store.bulk_transaction() as db:
        db.execute("DELETE FROM documents WHERE run_id = ?", (run_id,))
        db.execute("DELETE FROM detections WHERE run_id = ?", (run_id,))
        db.executemany(f"INSERT OR REPLACE INTO documents ({DOCUMENT_COLUMNS}) VALUES ({_marks(DOCUMENT_COLUMNS)})",
                       document_rows)
        db.executemany(f"INSERT INTO detections ({DETECTION_COLUMNS}) VALUES ({_marks(DETECTION_COLUMNS)})",
                       detection_rows)
        db.executemany("INSERT OR REPLACE INTO page_links (url_key, content_hash, links) VALUES (?, ?, ?)", link_rows)
        db.executemany("DELETE FROM page_links WHERE url_key = ?", [(key,) for key in stale])
        # the targets as shown once the run's findings are known (a scanned file's name holds what was found in it)
        db.executemany("UPDATE run_targets SET target = ? WHERE run_id = ? AND target_key = ?",
                       [(str(t), run_id, t.key) for t in targets])
        db.execute("UPDATE runs SET finished = ?, outcome = ?, counts = ?, errors = ?, limits = ? WHERE id = ?",
                   (finished, outcome_of(result), json.dumps(counts_of(result)),
                    json.dumps(shown.run.errors), json.dumps(result.run.limits, default=str), run_id))
        if keep_document_runs:
            db.execute("DELETE FROM documents WHERE run_id IN (SELECT id FROM runs ORDER BY id DESC LIMIT -1 OFFSET ?)",
                       (keep_document_runs,))


def _page_links(result: RunResult, redact: ShownText, page_links, stale: list[str], keys) -> Iterator[tuple]:
    """Rows of the pages scanned afresh whose links hold no found value (and no identifier-shaped value an
    unrevealed output masks), by the key of the page's URL; the pages whose links do, whose stored links must
    go, are added to ``stale``."""
    for doc in result.documents:
        if doc.kind != "page" or doc.unchanged or doc.status != "scanned" or not doc.content_hash:
            continue
        text = page_links.get(doc.url)
        if text is None:
            continue  # none made this run
        if redact.once(text) != text:
            stale.append(keys.url(doc.url))
        else:
            yield keys.url(doc.url), doc.content_hash, zlib.compress(text.encode("utf-8"))


DOCUMENT_COLUMNS = ("run_id, target, url, kind, status, reason, http_status, content_type, etag, last_modified,"
                    " content_hash, size, pages, warnings, unchanged, checked, target_key, url_key")
DETECTION_COLUMNS = ("run_id, target, url, fingerprint, value_id, reported, category, severity, rule, masked,"
                     " context, why, location, hidden, label, seq, public_if_repeated, target_key, url_key, path_key")


def _marks(columns: str) -> str:
    return ", ".join("?" * len(columns.split(",")))
