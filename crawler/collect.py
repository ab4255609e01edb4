"""The collector: one ledger of every URL met and every finding, turned into the run's data model.

Both ``crawl`` (through the Scrapy pipeline) and ``scan`` (local files) feed it; at the end
``finish()`` applies the cross-page rules (a contact the site repeats on many pages is its own),
fingerprints findings with a keyed hash and returns the typed :class:`~crawler.results.RunResult` that the
reports and the exit code are made from.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from detectors.model import Detection

from . import __version__
from .results import REFERRERS_KEPT, DocumentResult, RunInfo, RunResult
from .worker import Outcome

STATUS_RANK = {"skipped": 0, "failed": 1, "scanned": 2}
# Why a URL met has no outcome. Only an interrupted run leaves URLs unreached; in a run that finished, every
# URL the crawl met gets a status and reason from the spider, so one without is a pubcheck bug, and said so.
NOT_REACHED = "not fetched: the run was interrupted before reaching it"
NO_OUTCOME = "not fetched: pubcheck recorded no outcome for this URL (a bug in pubcheck: please report it)"
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


class DirectoryIndexes:
    """Tells when a folder URL and a file in it are one document: ``/dir/`` and ``/dir/index.html`` (or
    ``default.aspx``, whatever the server's index is called) answered with the same bytes, and with the same
    ETag where the server sent one. Each is then listed once, with both URLs and all referrers.

    Every page fetched is remembered, so each costs little: a fingerprint of its folder and bytes, and its
    URL (give the collector's own string, :meth:`Collector.ledger_url`, and it costs no copy)."""

    def __init__(self):
        # fingerprint of (scheme, host, folder, query, body digest) -> each URL met with those bytes in that
        # folder, with its ETag: (URL, ETag, URL, ETag ...), or the URL alone (the usual case: one, no ETag)
        self._seen: dict[int, str | tuple[str | None, ...]] = {}

    def same_as(self, url: str, body: bytes, etag: str | None) -> str | None:
        """The URL already seen that ``url`` is the same document as, or None (and ``url`` is remembered)."""
        parts = urlsplit(url)
        folder = parts.path.rpartition("/")[0]
        key = hash((parts.scheme, parts.netloc, folder, parts.query, hashlib.sha256(body).digest()))
        seen = self._seen.get(key, ())
        if isinstance(seen, str):
            seen = (seen, None)
        is_folder = parts.path.endswith("/")
        for other, other_etag in zip(seen[::2], seen[1::2]):
            if (is_folder != urlsplit(other).path.endswith("/")
                    and (etag is None or other_etag is None or etag == other_etag)):
                return other
        self._seen[key] = (*seen, url, etag) if seen or etag is not None else url
        return None


class Collector:
    """Accounts for every URL (status, reason, referrers) and gathers findings.

    The ledger of documents is the one thing that grows with the site, so each entry is kept small: a
    document keeps its first :data:`~crawler.results.REFERRERS_KEPT` referrers and a count (a city page's
    navigation links every page from every other); a URL is one string wherever the ledger names it (as a
    document, as a referrer), and the strings documents repeat (status, reason, content type) are shared.
    A document whose outcome is not known yet (still queued) has no status until :meth:`finish`."""

    def __init__(self, *, command: str, targets: list[str], limits: dict, key: bytes, site_wide_pages: int = 3,
                 reveal: bool = False, started: str | None = None):
        """``started``: when the run began (the command's start, before Scrapy and the workers start), now by
        default."""
        self.key = key
        self.site_wide_pages = site_wide_pages
        self.run = RunInfo(command=command, targets=list(targets), started=started or now_iso(), version=__version__,
                           reveal=reveal, limits=dict(limits))
        self.documents: dict[str, DocumentResult] = {}
        self.findings: list[Detection] = []
        self.redirects: dict[str, str] = {}  # old URL -> the URL it redirects to
        self.timings: Counter = Counter()

    @property
    def errors(self) -> list[str]:
        return self.run.errors

    # -- recording ---------------------------------------------------------------------------------
    def document(self, url: str, kind: str = "document") -> DocumentResult:
        doc = self.documents.get(url)
        if doc is None:
            doc = self.documents[url] = DocumentResult(url, kind=kind, status=None)
        return doc

    def ledger_url(self, url: str) -> str:
        """``url`` as the ledger's own string (the response's copy of a URL need not be kept beside it)."""
        doc = self.documents.get(url)
        return doc.url if doc is not None else url

    def links(self, referrer: str, urls) -> None:
        """``referrer`` links to ``urls``. A referrer already filed under another URL (``/dir/index.html``
        under ``/dir/``) is named as filed."""
        referrer = self.final_url(referrer) if referrer in self.redirects else self.ledger_url(referrer)
        for url in urls:
            self.link(referrer, url)

    def link(self, referrer: str, url: str, kind: str = "document") -> None:
        doc = self.document(url, kind)
        if referrer != url:
            _refer(doc, referrer)

    def _settle(self, url: str, status: str, reason: str | None, kind: str | None) -> DocumentResult | None:
        """Set a URL's status unless a better one is already recorded (a scan beats a failure)."""
        doc = self.document(url, kind or "document")
        if doc.status is not None and STATUS_RANK[doc.status] > STATUS_RANK[status]:
            return None
        doc.status, doc.reason = sys.intern(status), reason and sys.intern(reason)
        if kind:
            doc.kind = kind
        return doc

    def record(self, url: str, status: str, reason: str | None, kind: str | None = None,
               http_status: int | None = None, not_checked: bool = False) -> None:
        """A URL's outcome without content: failed, skipped, or a sitemap that was read. ``not_checked``: the
        URL is published but was not checked (a 5xx, a timeout, too large, left out by the page limit)."""
        doc = self._settle(url, status, reason, kind)
        if doc is not None:
            doc.not_checked = reason if not_checked else None
            if http_status:
                doc.http_status = http_status

    def redirect(self, url: str, target: str) -> None:
        self.redirects[url] = target

    def analysed(self, url: str, outcome: Outcome, *, kind: str, http_status: int | None = None,
                 size: int | None = None, fetch_seconds: float | None = None) -> None:
        if fetch_seconds:
            self.timings["fetch"] += fetch_seconds
        self.timings.update(outcome.timings or {})
        doc = self._settle(url, outcome.status, outcome.reason, kind)
        if doc is None:
            return
        doc.content_type = outcome.content_type and sys.intern(outcome.content_type)
        doc.http_status, doc.size, doc.pages = http_status, size, outcome.pages
        doc.warnings = list(outcome.warnings) if outcome.warnings else ()
        doc.not_checked = outcome.reason if outcome.not_checked else "; ".join(outcome.unchecked or ()) or None
        self.findings.extend(replace(d, url=url) for d in outcome.findings or ())

    # -- results -----------------------------------------------------------------------------------
    def final_url(self, url: str) -> str:
        """Where ``url`` leads after its redirects (a loop ends where it closes)."""
        seen = {url}
        while url in self.redirects and self.redirects[url] not in seen:
            url = self.redirects[url]
            seen.add(url)
        return url

    def _check_start_urls(self, urls) -> None:
        """A start URL that was not scanned (it failed, redirected in a loop or off the site, or was skipped as
        too large or as no document) makes the run an error: the check it asked for did not happen."""
        for url in urls:
            final = self.final_url(url)
            doc = self.documents.get(final)
            if doc is None or doc.status is None:
                continue  # not reached: the run was interrupted, which is its own error
            if doc.status != "scanned":
                self.errors.append(f"start URL {url} was not checked: {doc.reason or doc.status}")

    def _merge_redirects(self) -> None:
        """File each redirecting URL under the URL it finally leads to, with its referrers."""
        for alias in self.redirects:
            target = self.final_url(alias)
            merged = self.documents.pop(alias, None)
            doc = self.document(target)
            doc.redirected_from = [*doc.redirected_from, alias]
            if merged is not None:
                _refer(doc, *merged.referrers, count=merged.referrer_count)

    def _break_redirect_loops(self) -> None:
        """A loop the spider could not see as one chain (two chains met through Scrapy's de-duplication:
        /a -> /b requested from one page, /b -> /a from another) is recorded at the URL where it closes."""
        for start in list(self.redirects):
            chain = [start]
            while chain[-1] in self.redirects:
                target = self.redirects[chain[-1]]
                if target in chain:
                    loop = chain[chain.index(target):]
                    del self.redirects[loop[-1]]
                    self.record(loop[-1], "failed", "redirect loop: " + " \u2192 ".join([*loop, target]))
                    break
                chain.append(target)

    def finish(self, *, start_urls=(), interrupted: str | None = None) -> RunResult:
        """The run's result. Call once, at the end. ``start_urls``: the crawl's, each of which must have been
        scanned; ``interrupted``: how a run that was stopped early was stopped ("interrupted by SIGINT")."""
        self._break_redirect_loops()
        self._check_start_urls(start_urls)
        self._merge_redirects()
        if interrupted:
            self.run.interrupted = interrupted
            unreached = sum(doc.status is None for doc in self.documents.values())
            self.errors.append(f"the run was {interrupted} before it finished"
                               + (f": {unreached} URL{'' if unreached == 1 else 's'} not reached" if unreached else ""))
        findings, suppressed = self._drop_site_wide_contacts(self.findings)
        for f in findings:
            f.fingerprint = self._fingerprint(f)
        per_url = Counter(f.url for f in findings)
        for url, doc in self.documents.items():
            doc.findings = per_url.get(url, 0)
            if doc.referrers:
                # a referrer that was itself filed under another URL (/index.html under /) is named as filed
                referrers = tuple(r for r in dict.fromkeys(self.final_url(r) for r in doc.referrers) if r != url)
                doc.referrer_count -= len(doc.referrers) - len(referrers)
                doc.referrers = referrers
            if doc.status is None:  # linked, but still queued when the run stopped
                doc.status = "skipped"
                doc.reason = doc.not_checked = NOT_REACHED if interrupted else NO_OUTCOME
        self.run.finished = now_iso()
        self.run.suppressed = {"site_wide_contacts": suppressed}
        self.run.timings = {name: round(seconds, 3) for name, seconds in self.timings.items()}
        return RunResult(self.run, findings, sorted(self.documents.values(), key=lambda d: d.url))

    def _drop_site_wide_contacts(self, findings: list[Detection]) -> tuple[list[Detection], int]:
        """A loose contact (not in a customer record) that the site shows on many pages is the site's own:
        a department's phone in a sidebar, a footer email. Customer-record findings are never dropped."""
        pages: dict[tuple, set] = defaultdict(set)
        for f in findings:
            if f.public_if_repeated:
                pages[(f.category, f.key)].add(f.url)
        repeated = {k for k, urls in pages.items() if len(urls) >= self.site_wide_pages}
        kept = [f for f in findings if not (f.public_if_repeated and (f.category, f.key) in repeated)]
        return kept, len(findings) - len(kept)

    def _fingerprint(self, finding: Detection) -> str:
        message = "\x1f".join((finding.category, finding.key, finding.url)).encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()[:32]


def _refer(doc: DocumentResult, *referrers: str, count: int | None = None) -> None:
    """Count ``count`` more pages (by default one for each of ``referrers``) as linking to ``doc``, and keep
    the first :data:`REFERRERS_KEPT` referrers. A referrer ``doc`` already lists is not counted again; one
    beyond the list cannot be told from a new one, so a page linking both ``/dir/`` and ``/dir/index.html``
    may count twice."""
    count = len(referrers) if count is None else count
    for referrer in referrers:
        if referrer in doc.referrers:
            count -= 1
        elif len(doc.referrers) < REFERRERS_KEPT:
            doc.referrers = (*doc.referrers, referrer)  # a tuple: no list's spare room on 100,000 documents
    doc.referrer_count += count
