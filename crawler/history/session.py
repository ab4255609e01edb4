"""A run's link to the history: opened when the run starts, it compares the finished result with the runs
before it (statuses, resolved findings, baseline, trend) and then records it.

``pubcheck crawl`` (through the collecting pipeline, from flat Scrapy settings) and ``pubcheck scan`` use it
alike; :class:`HistoryOptions` is what the command line and the ``[history]`` config section decide.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from crawler import __version__
from crawler.collect import fingerprint_key, now_iso
from crawler.results import RunResult
from crawler.review import load_ignore_file
from reports.redact import ShownText

from .compare import compare
from .keys import HistoryKeys, key_id_of  # noqa: F401 (key_id_of: imported from here by the commands)
from .model import Acceptance
from .record import record_run
from .store import HistoryDiskError, HistoryError, HistoryStore, disk_fault

CODE_FOLDERS = ("detectors", "crawler/extract")  # what decides what a document's findings are


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of pubcheck's version and every file under :data:`CODE_FOLDERS`, subfolders and data files
    included (``detectors/context/``, ``detectors/data/``): two builds with the same digest find the same
    things in the same document. A build that changed one rule or one word list has another digest, though
    its version string may be the same."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(__file__).resolve().parents[2]
    for folder in CODE_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def rules_of(config) -> str:
    """A digest of everything that decides a document's findings: :func:`code_digest` (pubcheck's version,
    the extractors and detectors and their data) and their configuration. Findings are carried forward only
    from a run with the same rules; any change makes the next run scan everything afresh."""
    digest = hashlib.sha256(code_digest().encode())
    settings = {"detectors": config.detectors, "public": config.public,
                "site_wide_pages": config.report["site_wide_pages"]}
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:32]


def run_store(path: str) -> HistoryStore:
    """The history database a ``crawl`` or ``scan`` opens before it fetches or reads anything: a full or failing
    disk under it stops the run there, saying that it is not recorded."""
    try:
        return HistoryStore(path)
    except HistoryDiskError as e:
        raise HistoryDiskError(f"{e}; this run is not recorded: it stopped before anything was checked (free space "
                               "there, or give --db another database)") from e


@dataclass
class HistoryOptions:
    """How a run uses the history, as the command line and ``[history]`` decide."""

    db: str
    rules: str
    incremental: bool = True  # conditional requests and carried-forward findings (never with --reveal)
    baseline: str | None = None  # the production target a staging run is compared with
    ignore_file: str | None = None  # acceptances kept in version control
    keep_document_runs: int = 0  # document lists kept for this many latest runs (0: all)
    # a 304 is trusted for a URL whose body was fetched and checked within this many days; after that it is
    # fetched without validators (a proxy or CDN answering 304 to everything would hide every change forever)
    recheck_after_days: int = 7
    expected_urls: int = 0  # URLs the latest runs of the same targets fetched: the progress line's estimate
    # the URLs the latest complete runs of the same targets reported findings on, asked for again whether a page
    # still links them or not (see crawler.history.commands.reported_before)
    reported_urls: list[str] = field(default_factory=list)
    # those of them that served a document (not an HTML page) then: an HTML page in its place may stand in for it
    # (see crawler.spiders.stand_ins)
    reported_documents: list[str] = field(default_factory=list)
    key_id: str | None = None  # :func:`key_id_of` the fingerprint key the run uses
    # the fingerprint key itself, which the history's keys of raw URLs derive from: never a Scrapy setting (they are
    # logged), worked out again where needed; empty: the key of $PUBCHECK_FINGERPRINT_KEY or the default key file
    fingerprint_key: bytes = field(default=b"", repr=False)

    def keys(self) -> HistoryKeys:
        """The keyed fingerprints the history matches URLs and targets by (see :mod:`crawler.history.keys`)."""
        return HistoryKeys(self.fingerprint_key or fingerprint_key())

    def settings(self) -> dict:
        """The flat Scrapy settings that carry these options to the crawl's components."""
        return {"PUBCHECK_HISTORY_DB": self.db, "PUBCHECK_HISTORY_RULES": self.rules,
                "PUBCHECK_EXPECTED_URLS": self.expected_urls,
                "PUBCHECK_REPORTED_URLS": self.reported_urls,
                "PUBCHECK_REPORTED_DOCUMENTS": self.reported_documents,
                "PUBCHECK_HISTORY_INCREMENTAL": self.incremental, "PUBCHECK_HISTORY_BASELINE": self.baseline or "",
                "PUBCHECK_HISTORY_IGNORE_FILE": self.ignore_file or "",
                "PUBCHECK_HISTORY_KEEP_DOCUMENT_RUNS": self.keep_document_runs,
                "PUBCHECK_HISTORY_RECHECK_AFTER_DAYS": self.recheck_after_days,
                "PUBCHECK_HISTORY_KEY_ID": self.key_id or ""}

    @classmethod
    def from_settings(cls, settings) -> "HistoryOptions | None":
        if not settings.get("PUBCHECK_HISTORY_DB"):
            return None
        rules = settings.get("PUBCHECK_HISTORY_RULES")
        if not rules:  # a plain `scrapy crawl`: the built-in configuration
            from crawler.config import Config
            rules = rules_of(Config())
        key = fingerprint_key(settings.get("PUBCHECK_FINGERPRINT_KEY_FILE") or "")
        return cls(db=settings.get("PUBCHECK_HISTORY_DB"), rules=rules, fingerprint_key=key,
                   incremental=settings.getbool("PUBCHECK_HISTORY_INCREMENTAL", True),
                   baseline=settings.get("PUBCHECK_HISTORY_BASELINE") or None,
                   ignore_file=settings.get("PUBCHECK_HISTORY_IGNORE_FILE") or None,
                   keep_document_runs=settings.getint("PUBCHECK_HISTORY_KEEP_DOCUMENT_RUNS"),
                   recheck_after_days=settings.getint("PUBCHECK_HISTORY_RECHECK_AFTER_DAYS", 7),
                   key_id=settings.get("PUBCHECK_HISTORY_KEY_ID") or key_id_of(key))


class PageLinks:
    """The links each fetched page made, until the run is recorded. Each page's list is compressed against
    the first one's: a site's navigation is on every page, so a page costs tens of bytes, not a kilobyte (a
    100,000-page crawl keeps them all)."""

    def __init__(self):
        self._dictionary = b""  # the first page's links, zlib's preset dictionary
        self._blobs: dict[str, bytes] = {}

    def add(self, url: str, links: list[str]) -> None:
        text = "\n".join(links).encode("utf-8")
        if not self._dictionary:
            self._dictionary = text[-32768:]  # zlib looks back 32 KB at most
        compressor = zlib.compressobj(9, zdict=self._dictionary) if self._dictionary else zlib.compressobj(9)
        self._blobs[url] = compressor.compress(text) + compressor.flush()

    def get(self, url: str) -> str | None:
        """The links ``url`` made, one a line, or None if it made none this run."""
        blob = self._blobs.get(url)
        if blob is None:
            return None
        d = zlib.decompressobj(zdict=self._dictionary) if self._dictionary else zlib.decompressobj()
        return (d.decompress(blob) + d.flush()).decode("utf-8")

    def clear(self) -> None:
        self._blobs.clear()


class RunHistory:
    """One run's use of the history database."""

    def __init__(self, options: HistoryOptions, *, command: str, reveal: bool, report_dir: str | None):
        self.options = options
        self.store = run_store(options.db)
        self.keys = options.keys()
        self.command, self.reveal, self.report_dir = command, reveal, report_dir
        self.run_id: int | None = None
        self.failure: str | None = None  # why the run's record could not be opened: a run error at the end
        self._page_links = PageLinks()

    def begin(self, result_run, run_id: int | None = None) -> int | None:
        """Open the run's record (a resumed run goes on with the record of its interrupted part). A database
        that cannot be written (read-only, locked too long) does not stop the run here, in the middle of the
        crawl's start-up: it is the run's error when the run finishes, and nothing is recorded."""
        try:
            self.run_id = self._begin(result_run, run_id)
        except (HistoryError, sqlite3.Error) as e:
            self.failure = self._failure(e)
        return self.run_id

    def _failure(self, error: Exception) -> str:
        """The run error for a history that failed: a full or failing disk said as such."""
        disk = disk_fault(self.store.path, error)
        return f"{disk}; this run is not recorded" if disk else f"history database {self.store.path}: {error}"

    def _begin(self, result_run, run_id: int | None) -> int:
        if run_id is not None and self.store.run(run_id) is not None:
            return run_id
        return self.store.begin_run(
                command=self.command, started=result_run.started,
                targets=[self.keys.target(t) for t in result_run.targets], rules=self.options.rules,
                reveal=self.reveal, incremental=self.options.incremental and not self.reveal,
                report=str(Path(self.report_dir).resolve()) if self.report_dir else None,
                baseline=self.keys.target(self.options.baseline) if self.options.baseline else None,
                limits=result_run.limits, key_id=self.options.key_id)

    def crawled_before(self, urls: list[str]) -> bool:
        """Whether a finished run of any of these start URLs fetched something: a crawl of them now revalidates."""
        return self.store.fetched_before([self.keys.target(u) for u in urls]) > 0

    def abandon(self) -> None:
        """The run could not start its work after all (its workers): no record of it is kept."""
        if self.run_id is not None:
            self.store.drop_run(self.run_id)
            self.run_id = None
        self.close()

    def page_links(self, url: str, links: list[str]) -> None:
        """The links a fetched page made, kept (compressed) until the run is recorded."""
        self._page_links.add(url, links)

    def compare(self, result: RunResult, shown: RunResult) -> None:
        """Set ``result.history``: statuses, resolved findings, baseline and trend."""
        result.history = compare(result, shown, self.store, self.run_id, acceptances=self.acceptances(),
                                 baseline=self.options.baseline, key_id=self.options.key_id, keys=self.keys)

    def acceptances(self) -> list[Acceptance]:
        ignored = load_ignore_file(self.options.ignore_file) if self.options.ignore_file else []
        return self.store.acceptances() + ignored

    def record(self, result: RunResult, shown: RunResult, masking: ShownText) -> None:
        record_run(self.store, self.run_id, result, shown, masking, finished=now_iso(),
                   page_links=self._page_links,
                   keep_document_runs=self.options.keep_document_runs, keys=self.keys)
        self._page_links.clear()

    def finish(self, result: RunResult, masking: ShownText) -> None:
        """Compare the result with the history, then record it. ``masking`` is what an unrevealed report
        shows (the history holds no more): the run's one :class:`ShownText`, whose cache then serves the
        reports. A history that fails is a run error in the reports, never a lost report."""
        if self.failure:
            result.run.errors.append(self.failure)
            self.close()
            return
        try:
            shown = result.redacted(masking)  # for the comparison and the record alike
            keys, self.keys = self.keys, self.keys.shown_by(masking)
            try:
                self.compare(result, shown)
                self.record(result, shown, masking)
            finally:
                self.keys = keys
        except (HistoryError, sqlite3.Error) as e:
            result.run.errors.append(self._failure(e))
        except Exception as e:  # a bug in the history must cost the history, never the run's report
            result.run.errors.append(f"history not recorded (a bug in pubcheck): {type(e).__name__}: {e}")
        finally:
            self.close()

    def reports_unwritten(self, error: Exception) -> None:
        """The run's record says its reports could not be written (see :meth:`HistoryStore.reports_unwritten`).
        The store was closed when the run was recorded; a history that fails now costs nothing more: the
        command says the reports were not written and exits 2 anyway."""
        if self.run_id is None or self.failure:
            return
        try:
            with HistoryStore(self.options.db) as store:
                store.reports_unwritten(self.run_id, str(error))
        except (HistoryError, sqlite3.Error):
            pass

    def close(self) -> None:
        self.store.close()
