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
import re
import secrets
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from detectors.model import Detection, Location

from . import __version__
from .config import ConfigError
from .history.keys import HistoryKeys
from .results import REFERRERS_KEPT, DocumentResult, RunInfo, RunResult
from .worker import Outcome

if TYPE_CHECKING:
    from .history.model import DocumentState

STATUS_RANK = {"skipped": 0, "failed": 1, "scanned": 2}
# Why a URL met has no outcome. Only an interrupted run leaves URLs unreached; in a run that finished, every
# URL the crawl met gets a status and reason from the spider, so one without is a pubcheck bug, and said so.
NOT_REACHED = "not fetched: the run was interrupted before reaching it"
INTERRUPTED_IN_ANALYSIS = "not checked: the run was interrupted while this document was being analysed"
# the same for a run its time limit (``max_minutes``) ended, which no one interrupted
TIME_LIMIT_NOT_REACHED = "not fetched: the run's time limit was reached before this URL was fetched"
TIME_LIMIT_IN_ANALYSIS = "not checked: the run's time limit was reached while this document was being analysed"
IN_ANALYSIS = frozenset({INTERRUPTED_IN_ANALYSIS, TIME_LIMIT_IN_ANALYSIS})
TIME_LIMIT_STOPPED = "stopped at its time limit"  # how a report says it (crawler.run.stopped_at_time_limit)
# the file names web servers serve a folder's URL from (Apache's DirectoryIndex, IIS's default documents)
INDEX_NAME = re.compile(r"(?:index|default|home|welcome)(?:\.[a-z0-9]{2,5})?", re.IGNORECASE)
EMPTY_BODY = "empty (0 bytes): nothing to check"
NOT_MET_AGAIN = ("not fetched: the run was resumed, and no page it fetched again linked this URL, which the"
                 " interrupted part met (see --resume)")
NO_OUTCOME = "not fetched: pubcheck recorded no outcome for this URL (a bug in pubcheck: please report it)"
KEY_ENV = "PUBCHECK_FINGERPRINT_KEY"


def at_time_limit(stopped: str) -> bool:
    """Whether a run's ``interrupted`` (how it was stopped) says that its time limit stopped it, not a signal."""
    return stopped.startswith(TIME_LIMIT_STOPPED + " (")


def not_reached(stopped: str) -> str:
    """Why a URL a stopped run had not fetched is not checked, as true for a time limit as for a signal."""
    return TIME_LIMIT_NOT_REACHED if at_time_limit(stopped) else NOT_REACHED


def stopped_in_analysis(stopped: str) -> str:
    """Why a document in analysis when the run stopped is not checked."""
    return TIME_LIMIT_IN_ANALYSIS if at_time_limit(stopped) else INTERRUPTED_IN_ANALYSIS


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def fingerprint_key_path(key_file: str = "") -> Path:
    return Path(key_file).expanduser() if key_file else Path.home() / ".config" / "pubcheck" / "fingerprint.key"


def fingerprint_key(key_file: str = "") -> bytes:
    """The secret key of finding fingerprints: stable across runs, never written into a report.

    From $PUBCHECK_FINGERPRINT_KEY, else a key file created once (mode 0600) at ``key_file`` or
    ``~/.config/pubcheck/fingerprint.key``.

    A key file that cannot be made or read (a service user's HOME that does not exist or is no folder) is a
    :class:`~crawler.config.ConfigError` saying which path and why, and how to name another.
    """
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].encode()
    path = fingerprint_key_path(key_file)
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as f:
                    f.write(secrets.token_hex(32))
            except FileExistsError:
                pass  # another run created it first
        return path.read_text().strip().encode()
    except OSError as e:
        where = f" ({e.filename})" if e.filename and str(e.filename) != str(path) else ""
        raise ConfigError(f"cannot {'read' if path.is_file() else 'create'} the fingerprint key file {path}: "
                          f"{e.strerror or e}{where}; set {KEY_ENV} or name a usable file with [report] "
                          "fingerprint_key_file") from None


class DirectoryIndexes:
    """Tells when a folder URL and a file in it are one document: ``/dir/`` and ``/dir/index.html`` (or
    ``default.aspx``, ``home.htm``: a name servers give a folder's index, see :data:`INDEX_NAME`) answered with
    the same bytes, and with the same ETag where the server sent one. Each is then listed once, with both URLs
    and all referrers. Another file with the folder's bytes (a CMS that answers any unknown path with its home
    page) is its own document: no redirect or index made them one.

    Every folder URL and index file fetched is remembered, so each costs little: a fingerprint of its folder and
    bytes, and its URL (give the collector's own string, :meth:`Collector.ledger_url`, and it costs no copy). Other
    files are neither hashed nor remembered."""

    def __init__(self):
        # fingerprint of (scheme, host, folder, query, body digest) -> each URL met with those bytes in that
        # folder, with its ETag: (URL, ETag, URL, ETag ...), or the URL alone (the usual case: one, no ETag)
        self._seen: dict[int, str | tuple[str | None, ...]] = {}

    def same_as(self, url: str, body: bytes, etag: str | None) -> str | None:
        """The URL already seen that ``url`` is the same document as, or None (and ``url`` is remembered)."""
        if not _folder_or_index(urlsplit(url).path):
            return None  # not hashed: a 40 MB PDF's bytes can be no folder's
        return self.same_digest_as(url, hashlib.sha256(body).digest(), etag)

    def same_digest_as(self, url: str, digest: bytes, etag: str | None) -> str | None:
        """:meth:`same_as` for a body known by its SHA-256 (a document another node of the crawl fetched)."""
        parts = urlsplit(url)
        if not _folder_or_index(parts.path):
            return None  # no folder's index: the same bytes at another name (a CMS's page for any path) stay apart
        folder = parts.path.rpartition("/")[0]
        key = hash((parts.scheme, parts.netloc, folder, parts.query, digest))
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


def _folder_or_index(path: str) -> bool:
    """Whether a URL's path is a folder ("/parks/") or a folder's index file ("/parks/default.aspx")."""
    name = path.rpartition("/")[2]
    return not name or INDEX_NAME.fullmatch(name) is not None


class Collector:
    """Accounts for every URL (status, reason, referrers) and gathers findings.

    The ledger of documents is the one thing that grows with the site, so each entry is kept small: a
    document keeps its first :data:`~crawler.results.REFERRERS_KEPT` referrers and a count (a city page's
    navigation links every page from every other); a URL is one string wherever the ledger names it (as a
    document, as a referrer), and the strings documents repeat (status, reason, content type) are shared.
    A document whose outcome is not known yet (still queued) has no status until :meth:`finish`."""

    def __init__(self, *, command: str, targets: list[str], limits: dict, key: bytes, site_wide_pages: int = 3,
                 reveal: bool = False, started: str | None = None, detectors_off: list[str] = ()):
        """``started``: when the run began (the command's start, before Scrapy and the workers start), now by
        default."""
        self.key = key
        self.site_wide_pages = site_wide_pages
        self.run = RunInfo(command=command, targets=list(targets), started=started or now_iso(), version=__version__,
                           reveal=reveal, limits=dict(limits), detectors_off=list(detectors_off))
        self.documents: dict[str, DocumentResult] = {}
        self.findings: list[Detection] = []
        self.carried: list[Detection] = []  # findings of unchanged documents, from the run that last checked them
        self.redirects: dict[str, str] = {}  # old URL -> the URL it redirects to
        self._folders_met_late: dict[str, str] = {}  # a folder's index file, analysed -> the folder, met after it
        self._linking: set[str] = set()  # pages whose links are counted, for a checkpoint
        self._linked_before: set[str] = set()  # the keys of those an interrupted run counted (see resume_from)
        # ledger entries of an interrupted run filed by the key of their raw URL, whose text is masked: each
        # moves to its URL when the resumed run meets it again (see document)
        self._awaiting: dict[str, str] = {}
        self._awaiting_page: dict[str, str] = {}  # the key of each one's page (see checkpoint)
        self._url_key = HistoryKeys(key).url
        self.timings: Counter = Counter()

    @property
    def errors(self) -> list[str]:
        return self.run.errors

    # -- recording ---------------------------------------------------------------------------------
    def document(self, url: str, kind: str = "document") -> DocumentResult:
        doc = self.documents.get(url)
        if doc is None:
            doc = self._met_again(url) if self._awaiting else None
            if doc is None:
                doc = self.documents[url] = DocumentResult(url, kind=kind, status=None)
        return doc

    def _met_again(self, url: str) -> DocumentResult | None:
        """The ledger entry of an interrupted run that ``url`` is (by the key of its raw form), filed under ``url``
        from now on; None if there is none."""
        filed = self._awaiting.pop(self._url_key(url), None)
        if filed is None:
            return None
        doc = self.documents.pop(filed)
        del self._awaiting_page[filed]
        doc.url = url
        self.documents[url] = doc
        return doc

    def ledger_url(self, url: str) -> str:
        """``url`` as the ledger's own string (the response's copy of a URL need not be kept beside it)."""
        doc = self.documents.get(url)
        return doc.url if doc is not None else url

    def links(self, referrer: str, urls) -> None:
        """``referrer`` links to ``urls``. A referrer already filed under another URL (``/dir/index.html``
        under ``/dir/``) is named as filed. A page whose links the interrupted run counted (it was in analysis
        then, and a resumed crawl fetches it again) is not counted twice."""
        referrer = self.final_url(referrer) if referrer in self.redirects else self.ledger_url(referrer)
        if self._linked_before and self._url_key(referrer) in self._linked_before:
            return
        self._linking.add(referrer)
        for url in urls:
            self.link(referrer, url)

    def link(self, referrer: str, url: str, kind: str = "document") -> None:
        doc = self.document(url, kind)
        if referrer != url:
            _refer(doc, referrer)

    def _settle(self, url: str, status: str, reason: str | None, kind: str | None) -> DocumentResult | None:
        """Set a URL's status unless a better one is already recorded (a scan beats a failure, and a URL is
        scanned once: fetched again, by a resumed crawl, it adds no second set of findings)."""
        doc = self.document(url, kind or "document")
        if doc.status is not None and (STATUS_RANK[doc.status] > STATUS_RANK[status] or doc.status == "scanned"):
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

    def same_document(self, url: str, same: str) -> None:
        """``url`` is the document ``same`` already is (a folder and its index file, see
        :class:`DirectoryIndexes`). It is listed under the folder's URL whichever of the two arrived first, so a
        nightly report (and the history that compares nights) names it the same way every night."""
        if urlsplit(url).path.endswith("/"):
            self._folders_met_late[same] = url
        self.redirects[url] = same

    def exposed(self, url: str, findings: list[Detection]) -> None:
        """Findings in what ``url`` published besides its content (a redirect's Location, a sitemap's <loc>
        with a password in it). A redirecting URL's are filed, as the URL itself is, under where it leads."""
        self.findings.extend(findings)

    def analysed(self, url: str, outcome: Outcome, *, kind: str, http_status: int | None = None,
                 size: int | None = None, fetch_seconds: float | None = None) -> None:
        if fetch_seconds:
            self.timings["fetch"] += fetch_seconds
        self.timings.update(outcome.timings or {})
        if size == 0 and outcome.status == "scanned":
            outcome = _empty(outcome)
        doc = self._settle(url, outcome.status, outcome.reason, kind)
        if doc is None:
            return
        doc.content_type = outcome.content_type and sys.intern(outcome.content_type)
        doc.http_status, doc.size, doc.pages = http_status, size, outcome.pages
        doc.warnings = list(outcome.warnings) if outcome.warnings else ()
        doc.not_checked = outcome.reason if outcome.not_checked else "; ".join(outcome.unchecked or ()) or None
        for d in outcome.findings or ():  # the worker's own copies, unpickled for this collector: named in place
            d.url = url
        self.findings.extend(outcome.findings or ())

    def revalidated(self, url: str, kind: str, *, etag: str | None, last_modified: str | None,
                    content_hash: str | None, previous: "DocumentState | None" = None,
                    http_status: int | None = None) -> None:
        """What the history keeps of a fetched URL (its validators and content hash); with ``previous``, the URL
        is unchanged since the run that last checked it in full: it counts as scanned and that run's detections
        are carried forward, without extraction or detection."""
        doc = self.document(url, kind)
        doc.etag, doc.last_modified, doc.content_hash = etag, last_modified, content_hash
        if previous is None or self._settle(url, "scanned", None, kind) is None:
            return
        doc.unchanged, doc.http_status, doc.not_checked = True, http_status, None
        doc.content_type, doc.size, doc.pages, doc.warnings = (previous.content_type, previous.size, previous.pages,
                                                               list(previous.warnings))
        self.carried.extend(replace(d, url=url) for d in previous.detections)

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

    def _list_start_urls(self, urls) -> None:
        """An interrupted run lists each start URL it has no outcome for as not reached (it gets the status of
        every URL met but not reached, below): a run stopped before its first page was read must not look like
        a check of an empty site."""
        for url in urls:
            self.document(self.final_url(url), "page")

    def _name_folders(self) -> None:
        """A folder met after its index file: the index file's document moves to the folder's URL."""
        for index, folder in self._folders_met_late.items():
            if self.redirects.get(folder) != index:
                continue
            del self.redirects[folder]
            self.redirects[index] = folder
            doc = self.documents.pop(index, None)
            if doc is None:
                continue
            linked = self.documents.get(folder)
            doc.url = folder
            if linked is not None:
                _refer(doc, *linked.referrers, count=linked.referrer_count)
            self.documents[folder] = doc

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
        self._name_folders()
        self._break_redirect_loops()
        self._check_start_urls(start_urls)
        self._merge_redirects()
        for filed in () if interrupted else self._awaiting.values():
            doc = self.documents[filed]
            if doc.status is None:
                doc.status, doc.reason = "skipped", NOT_MET_AGAIN
                doc.not_checked = NOT_MET_AGAIN
        if interrupted:
            self.run.interrupted = interrupted
            self._list_start_urls(start_urls)
            unreached = sum(doc.status is None for doc in self.documents.values())
            self.errors.append(f"the run was {interrupted} before it finished"
                               + (f": {unreached} URL{'' if unreached == 1 else 's'} not reached" if unreached else ""))
        for f in self.findings:
            if f.url in self.redirects:  # a redirect's own finding (see exposed), on the document it is listed in
                f.url = self.final_url(f.url)
            self.identify(f)
        detections = self.findings + self.carried
        findings, suppressed = self._drop_site_wide_contacts(detections)
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
                doc.reason = doc.not_checked = not_reached(interrupted) if interrupted else NO_OUTCOME
        self.run.finished = now_iso()
        self.run.suppressed = {"site_wide_contacts": suppressed}
        self.run.timings = {name: round(seconds, 3) for name, seconds in self.timings.items()}
        return RunResult(self.run, findings, sorted(self.documents.values(), key=lambda d: d.url), detections)

    def identify(self, finding: Detection) -> None:
        """Set the finding's fingerprint and value id, the keyed hashes the history knows it by."""
        finding.fingerprint, finding.value_id = self._fingerprint(finding), self._value_id(finding)

    # -- resuming an interrupted crawl -------------------------------------------------------------
    def checkpoint(self, redact: Callable[[str], str]) -> dict:
        """The ledger as plain data with no raw value (see :mod:`crawler.resume`): findings become masked
        detections known by fingerprint and value id (carried forward on resuming, like an unchanged document's),
        every crawled string goes through ``redact``, and every URL is known by the key of its raw form, the
        documents' and the findings' with the key of their page's (``PAGE#data-link-N``'s page)."""
        for f in self.findings:
            self.identify(f)
        documents = RunResult(self.run, [], list(self.documents.values())).redacted(redact).documents
        detections = RunResult(self.run, self.findings + self.carried, []).redacted(redact).findings
        waiting = {filed: key for key, filed in self._awaiting.items()}
        entries, recorded = [], []
        for (filed, doc), shown in zip(self.documents.items(), documents):
            key = waiting.get(filed) or self._url_key(doc.url)
            masked = filed in waiting or shown.url != doc.url
            page = doc.url.split("#")[0]
            entries.append({**asdict(shown), "key": key, "masked": masked,
                            "page_key": self._awaiting_page.get(filed) if filed in waiting else self._url_key(page)})
            if doc.status is not None and doc.reason not in IN_ANALYSIS:
                # what was in analysis or not yet reached is fetched again by the resumed crawl (crawler.resume)
                recorded.append(key)
        return {
            "started": self.run.started,
            "documents": entries,  # each with its first referrers and their count
            "recorded": recorded,
            "linking": [*self._linked_before, *map(self._url_key, self._linking)],
            "redirects": [(redact(url), self._url_key(url), redact(target), self._url_key(target),
                           redact(url) != url or redact(target) != target) for url, target in self.redirects.items()],
            "folders_met_late": {index: folder for index, folder in self._folders_met_late.items()
                                 if redact(index) == index and redact(folder) == folder},
            "detections": [{**asdict(d), "value": "", "key": "", "page_key": self._url_key(f.url.split("#")[0])}
                           for f, d in zip(self.findings + self.carried, detections)],
            "timings": dict(self.timings),
        }

    def resume_from(self, ledger: dict, refetched: set[str], rediscovered: set[str] = frozenset()) -> None:
        """Go on from a checkpoint. ``refetched``: URLs the resumed crawl fetches again (its start URLs,
        and those :func:`crawler.resume.refetched` names), and ``rediscovered``: the keys of those it meets again
        through links (:func:`crawler.resume.rediscovered`), whose earlier outcome (and that of documents read out
        of them, ``URL#...``) would otherwise count twice; they, and the URLs the checkpoint had not finished, keep
        their referrers and wait for an outcome. A URL whose text is masked is filed by its key until the resumed
        crawl meets it again (see :meth:`document`); a redirect with a masked end is left for the resumed crawl to
        follow again."""
        self.run.started = ledger["started"]
        again = {*map(self._url_key, refetched), *rediscovered}
        recorded = set(ledger["recorded"])
        for data in ledger["documents"]:
            key, page_key, masked = data["key"], data["page_key"], data["masked"]
            doc = DocumentResult(**{**{k: v for k, v in data.items() if k not in ("key", "page_key", "masked")},
                                    "referrers": tuple(data["referrers"]),
                                    "redirected_from": tuple(data["redirected_from"]),
                                    "warnings": tuple(data["warnings"])})
            if key not in recorded or page_key in again:  # with its page
                doc.status = doc.reason = doc.not_checked = None
            filed = doc.url
            if masked:
                filed = self._awaiting[key] = "\x00" + key
                self._awaiting_page[filed] = page_key
            self.documents[filed] = doc
        self._linked_before.update(ledger["linking"])
        for url, _, target, _, masked in ledger["redirects"]:
            if not masked:
                self.redirects[url] = target
        self._folders_met_late.update(ledger["folders_met_late"])
        for d in ledger["detections"]:
            page_key = d.pop("page_key")
            if page_key not in again:
                self.carried.append(Detection(**{**d, "location": Location(**d["location"])}))
        self.timings.update(ledger["timings"])

    def _drop_site_wide_contacts(self, findings: list[Detection]) -> tuple[list[Detection], int]:
        """A loose contact (not in a customer record) that the site shows on many pages is the site's own:
        a department's phone in a sidebar, a footer email. Customer-record findings are never dropped."""
        pages: dict[str, set] = defaultdict(set)
        for f in findings:
            if f.public_if_repeated:
                pages[f.value_id].add(f.url)
        repeated = {k for k, urls in pages.items() if len(urls) >= self.site_wide_pages}
        kept = [f for f in findings if not (f.public_if_repeated and f.value_id in repeated)]
        return kept, len(findings) - len(kept)

    def _fingerprint(self, finding: Detection) -> str:
        message = "\x1f".join((finding.category, finding.key, finding.url)).encode()
        return hmac.digest(self.key, message, "sha256").hex()[:32]  # one call into OpenSSL: 100,000 findings

    def _value_id(self, finding: Detection) -> str:
        message = "\x1f".join(("value", finding.category, finding.key)).encode()
        return hmac.digest(self.key, message, "sha256").hex()[:32]

def _empty(outcome: Outcome) -> Outcome:
    """A 0-byte body (a broken deploy, a file truncated to nothing) is read without error, yet nothing in it was
    checked: it is listed as skipped, "empty", never as scanned, so that an empty start URL or scanned file
    is the run error "nothing was checked" (exit 2) and an empty linked document is listed for what it is."""
    return replace(outcome, status="skipped", reason=EMPTY_BODY, findings=None, warnings=None, unchecked=None)


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
