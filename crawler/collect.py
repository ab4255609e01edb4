"""The collector: one ledger of every URL met and every finding, turned into the run's data model.

Both ``crawl`` (through the Scrapy pipeline) and ``scan`` (local files) feed it; at the end
``finish()`` applies the cross-page rules (a contact the site repeats on many pages is its own),
fingerprints findings with a keyed hash and hands a plain dict to ``reports.write_reports``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

from detectors.model import severity_rank

from . import __version__
from .worker import Outcome

STATUS_RANK = {"skipped": 0, "failed": 1, "scanned": 2}
KEY_ENV = "PUBCHECK_FINGERPRINT_KEY"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def fingerprint_key(key_file: str = "") -> bytes:
    """The secret key of finding fingerprints: stable across runs, never written into a report.

    From $PUBCHECK_FINGERPRINT_KEY, else a key file created once (mode 0600) at ``key_file`` or
    ``~/.config/pubcheck/fingerprint.key``.
    """
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].encode()
    path = Path(key_file).expanduser() if key_file else Path.home() / ".config" / "pubcheck" / "fingerprint.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
        except FileExistsError:
            pass  # another run created it first
    return path.read_text().strip().encode()


class Collector:
    """Accounts for every URL (status, reason, referrers) and gathers findings."""

    def __init__(self, *, command: str, targets: list[str], limits: dict, key: bytes, site_wide_pages: int = 3,
                 reveal: bool = False):
        self.command = command
        self.targets = targets
        self.limits = limits
        self.key = key
        self.site_wide_pages = site_wide_pages
        self.reveal = reveal
        self.started = now_iso()
        self.documents: dict[str, dict] = {}
        self.findings: list[dict] = []
        self.errors: list[str] = []
        self.redirects: dict[str, str] = {}  # old URL -> the URL it redirects to

    # -- recording ---------------------------------------------------------------------------------
    def document(self, url: str, kind: str = "document") -> dict:
        doc = self.documents.get(url)
        if doc is None:
            doc = self.documents[url] = {
                "url": url, "status": "skipped", "reason": "not fetched", "content_type": None,
                "referrers": [], "kind": kind, "http_status": None, "size": None, "pages": None,
                "findings": 0, "redirected_from": [], "warnings": [], "_recorded": False}
        return doc

    def link(self, referrer: str, url: str, kind: str = "document") -> None:
        doc = self.document(url, kind)
        if referrer not in doc["referrers"] and referrer != url:
            doc["referrers"].append(referrer)

    def _settle(self, url: str, status: str, reason: str | None, kind: str | None) -> dict | None:
        """Set a URL's status unless a better one is already recorded (a scan beats a failure)."""
        doc = self.document(url, kind or "document")
        if doc["_recorded"] and STATUS_RANK[doc["status"]] > STATUS_RANK[status]:
            return None
        doc.update(status=status, reason=reason, _recorded=True)
        if kind:
            doc["kind"] = kind
        return doc

    def record(self, url: str, status: str, reason: str | None, kind: str | None = None,
               http_status: int | None = None) -> None:
        """A URL's outcome without content: failed, skipped, or a sitemap that was read."""
        doc = self._settle(url, status, reason, kind)
        if doc is not None and http_status:
            doc["http_status"] = http_status

    def redirect(self, url: str, target: str) -> None:
        self.redirects[url] = target

    def analysed(self, url: str, outcome: Outcome, *, kind: str, http_status: int | None = None,
                 size: int | None = None) -> None:
        doc = self._settle(url, outcome.status, outcome.reason, kind)
        if doc is None:
            return
        doc.update(content_type=outcome.content_type, http_status=http_status, size=size, pages=outcome.pages,
                   warnings=outcome.warnings or [])
        for d in outcome.findings or ():  # bridge to the dict model until the typed run result lands
            self.findings.append({"url": url, "category": d.category, "severity": d.severity, "rule": d.rule,
                                  "masked": d.masked, "value": d.value, "normalized": d.key,
                                  "location": d.location_dict(), "context": d.context, "why": d.why,
                                  "public_if_repeated": d.public_if_repeated, "seq": d.seq})

    # -- results -----------------------------------------------------------------------------------
    def max_severity(self) -> str | None:
        return max((f["severity"] for f in self.findings), key=severity_rank, default=None)

    def final_url(self, url: str) -> str:
        """Where ``url`` leads after its redirects (a loop ends where it closes)."""
        seen = {url}
        while url in self.redirects and self.redirects[url] not in seen:
            url = self.redirects[url]
            seen.add(url)
        return url

    def check_start_urls(self, urls: list[str]) -> None:
        """A start URL that could not be fetched makes the run an error: the check did not happen."""
        for url in urls:
            doc = self.documents.get(self.final_url(url))
            if doc and doc["status"] == "failed":
                self.errors.append(f"start URL {url} could not be fetched: {doc['reason']}")

    def _merge_redirects(self) -> None:
        """File each redirecting URL under the URL it finally leads to, with its referrers."""
        for alias in self.redirects:
            target = self.final_url(alias)
            old = self.documents.pop(alias, None)
            doc = self.document(target)
            doc["redirected_from"].append(alias)
            for referrer in old["referrers"] if old else ():
                self.link(referrer, target)

    def finish(self) -> dict:
        """The run's data model, as ``reports.write_reports`` takes it. Call once, at the end."""
        self._merge_redirects()
        findings, suppressed = self._drop_site_wide_contacts(self.findings)
        self.findings = findings
        for f in findings:
            f["fingerprint"] = self._fingerprint(f)
        per_url = Counter(f["url"] for f in findings)
        for url, doc in self.documents.items():
            doc["findings"] = per_url.get(url, 0)
            if not doc.pop("_recorded"):  # linked, but still queued when the crawl stopped
                doc["reason"] = "not fetched: the crawl ended before reaching it"
        return {
            "run": {"tool": "pubcheck", "version": __version__, "started": self.started, "finished": now_iso(),
                    "targets": self.targets, "command": self.command, "reveal": self.reveal,
                    "errors": self.errors, "limits": self.limits,
                    "suppressed": {"site_wide_contacts": suppressed}},
            "findings": findings,
            "documents": sorted(self.documents.values(), key=lambda d: d["url"]),
        }

    def _drop_site_wide_contacts(self, findings: list[dict]) -> tuple[list[dict], int]:
        """A loose contact (not in a customer record) that the site shows on many pages is the site's own:
        a department's phone in a sidebar, a footer email. Customer-record findings are never dropped."""
        pages: dict[tuple, set] = defaultdict(set)
        for f in findings:
            if f.get("public_if_repeated"):
                pages[(f["category"], f["normalized"])].add(f["url"])
        repeated = {k for k, urls in pages.items() if len(urls) >= self.site_wide_pages}
        kept = [f for f in findings if not (f.get("public_if_repeated") and (f["category"], f["normalized"]) in repeated)]
        return kept, len(findings) - len(kept)

    def _fingerprint(self, finding: dict) -> str:
        message = "\x1f".join((finding["category"], finding["normalized"], finding["url"])).encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()[:32]
