"""The collecting pipeline: sends each fetched file to the worker pool and records every outcome.

When the run ends it finishes the result (cross-page rules, fingerprints), writes the reports, so that
``scrapy crawl site`` and ``pubcheck crawl`` produce the same outputs, and sends the result with the
``run_finished`` signal, which is how ``pubcheck crawl`` gets it for the exit code. The run ends when the
spider closes, or at once when the run is interrupted (``run_interrupted``): what was checked is reported, the
rest is listed as not reached, and the report says the run was interrupted. The progress line reads its
figures from the crawler's stats.
"""
from __future__ import annotations

import asyncio
import hashlib
import sys

from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro

from detectors.model import Document, Location, Segment
from reports import ReportWriteError, write_reports
from reports.redact import shown_text

from .collect import Collector, DirectoryIndexes, fingerprint_key, stopped_in_analysis
from .config import detectors_off
from .cycles import no_cycle_collection
from .extensions import run_interrupted
from .frontier import refused_in_queue
from .history.session import HistoryOptions, RunHistory
from .incremental import RevalidatedItem
from .items import CrawlErrorItem, ErrorPageItem, FetchedItem, LinksItem, RedirectItem, StatusItem
from .resume import Checkpoint, rediscovered, refetched
from .run import (SignalLatch, prepare_output, probe_seconds, probe_trouble, start_worker_pool_from,
                  submit_probe)
from .settings import crawl_limits
from .spiders.url_credentials import SAVED_NAME, UrlCredentialsItem
from .url_text import file_path_text, names_cased, path_text
from .worker import WorkerPool

run_finished = object()  # signal sent with result=RunResult when the run is finished and its reports written
report_unwritten = object()  # signal sent with error=ReportWriteError when the reports could not be written
run_refused = object()  # signal sent with error=ConfigError when the run cannot start; nothing was checked


def interrupted_already() -> bool:
    """Whether a SIGINT or SIGTERM came already (the Interruption extension acts on it once the engine runs)."""
    latch = SignalLatch.installed()
    return bool(latch and latch.received)


# what a published URL can hold: a password (rule 6.5), identifiers a file name or a path carries, and the name of the
# person they belong to ("/customers/Ana Ruiz/512-34-6789.pdf": the name detector needs the identifier beside it)
URL_CATEGORIES = frozenset({"credential", "ssn", "taxpayer_id", "account_number", "phone", "email", "customer_name"})


class CollectPipeline:
    def __init__(self, *, out_dir: str, reveal: bool, pool: WorkerPool, probe, memory_mb: int, key: bytes,
                 site_wide_pages: int, limits: dict, stats, signal_manager, started: str | None = None,
                 detectors_off: list[str] = (), detector_options: dict | None = None, public: dict | None = None,
                 progress=None, history: RunHistory | None = None, checkpoint: Checkpoint | None = None):
        self.out_dir = out_dir
        self.reveal = reveal
        self.started = started
        self.progress = progress  # where to say what the run is doing after the crawl, or None
        self.pool = pool
        self.probe = probe  # the future outcome of the page the workers read first
        self.workers_ready = False  # the workers have read it
        self.memory_mb = memory_mb
        self.key = key
        self.site_wide_pages = site_wide_pages
        self.limits = limits
        self.detectors_off = list(detectors_off)
        self.detector_options, self.public = detector_options or {}, public or {}
        self._credential_detectors = None  # built for the first URL with user-info in a redirect or sitemap
        self.stats = stats
        self.signals = signal_manager
        self.indexes = DirectoryIndexes()
        self.collector: Collector | None = None
        self.start_urls: list[str] = []
        self.pending: dict[asyncio.Future, FetchedItem | StatusItem] = {}  # documents in analysis
        self.error_pages_read: set[bytes] = set()  # digests of the error pages scanned: a site's 404 page once
        self.finished = False
        self.history = history  # compared with and recorded into, when the run keeps a history
        self.checkpoint = checkpoint  # a resumable crawl (--resume)
        self.close_crawl = None  # starts closing the crawl when the workers fail to start

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        out_dir = settings.get("PUBCHECK_OUT")
        # before any fetching: an unwritable or busy folder is found now, not after the crawl
        output_lock = prepare_output(out_dir)
        reveal = settings.getbool("PUBCHECK_REVEAL")
        options = HistoryOptions.from_settings(settings)
        history = options and RunHistory(options, command="crawl", reveal=reveal, report_dir=out_dir)
        # a re-crawl that asks the server what changed may have nothing to read: its workers start with the first
        # changed document, not before the crawl (on a 2-core machine they would take the crawl's CPU)
        revalidating = bool(history) and options.incremental and not reveal and history.crawled_before(
            list(getattr(crawler.spider, "start_urls", ())))
        pool, probe, memory_mb = start_worker_pool_from(settings, probe=not revalidating)
        pipeline = cls(out_dir=out_dir, reveal=reveal, pool=pool, probe=probe,
                       memory_mb=memory_mb,
                       key=fingerprint_key(settings.get("PUBCHECK_FINGERPRINT_KEY_FILE")),
                       site_wide_pages=settings.getint("PUBCHECK_SITE_WIDE_PAGES"), limits=crawl_limits(settings),
                       detectors_off=detectors_off(settings.getdict("PUBCHECK_DETECTORS")),
                       detector_options=settings.getdict("PUBCHECK_DETECTORS"),
                       public=settings.getdict("PUBCHECK_PUBLIC"),
                       stats=crawler.stats, signal_manager=crawler.signals,
                       started=settings.get("PUBCHECK_STARTED") or None,
                       progress=sys.stderr if settings.getbool("PUBCHECK_PROGRESS") else None,
                       history=history or None, checkpoint=Checkpoint.from_settings(settings))
        pipeline.output_lock = output_lock  # held until the process ends (or by the command that runs the crawl)
        pipeline.close_crawl = lambda: deferred_from_coro(
            crawler.engine.close_spider_async(reason="extraction workers failed to start"))
        crawler.signals.connect(pipeline.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.interrupted, signal=run_interrupted)
        crawler.signals.connect(pipeline.refused_in_queue, signal=refused_in_queue)
        return pipeline

    async def open_spider(self, spider=None):
        """Before anything is fetched: the workers must have read the probe page (unless they start later, see
        :meth:`_workers_ready`)."""
        if self.probe is None:
            return
        trouble = await probe_trouble(self.probe, self.memory_mb, give_up=interrupted_already,
                                     seconds=probe_seconds(self.pool))
        if interrupted_already():
            return  # the signal (which may have stopped the workers as they started) ends the run once it runs
        self.workers_ready = trouble is None
        if trouble:
            self.finished = True  # no report: the run did not happen
            self.pool.stop()
            self.signals.send_catch_log(run_refused, error=trouble)
            raise CloseSpider("extraction workers failed to start")

    async def _workers_ready(self) -> bool:
        """Whether the workers, started now with the probe page if they have not been, have read it (looked at
        until they have, not again for every document). If they could not, the run is refused as a configuration
        error, as it is before the crawl: no report, no run in the history."""
        if self.workers_ready:
            return True
        if self.probe is None:
            self.probe = submit_probe(self.pool)
        trouble = await probe_trouble(self.probe, self.memory_mb, seconds=probe_seconds(self.pool))
        self.workers_ready = trouble is None
        if trouble and not self.finished:
            self.finished = True
            self.pool.stop()
            if self.history:
                self.history.abandon()
            self.signals.send_catch_log(run_refused, error=trouble)
            self.close_crawl()  # not awaited: closing waits for the items in progress, this one among them
        return trouble is None

    def spider_opened(self, spider):
        self.start_urls = list(spider.start_urls)
        self.collector = Collector(command="crawl", targets=self.start_urls, limits=self.limits, key=self.key,
                                   site_wide_pages=self.site_wide_pages, reveal=self.reveal, started=self.started,
                                   detectors_off=self.detectors_off)
        saved = self.checkpoint and self.checkpoint.load()
        if saved:
            self.collector.resume_from(saved["ledger"], refetched={*self.start_urls, *refetched(saved["ledger"])},
                                       rediscovered=rediscovered(saved["ledger"]))
        if self.history:
            self.history.begin(self.collector.run, saved["history_run"] if saved else None)

    async def process_item(self, item, spider=None):
        if self.finished:
            return None  # the run was interrupted and its report written; late arrivals are not in it
        collector = self.collector
        if isinstance(item, FetchedItem):
            url = collector.ledger_url(item.url)  # the one string of this URL, which the index of folders keeps
            same = self.indexes.same_as(url, item.body, item.etag)
            if same:  # /dir/index.html after /dir/: one document, listed once under both URLs
                collector.same_document(url, same)
                return None
            if not await self._workers_ready():
                return None
            future = asyncio.wrap_future(self.pool.submit(item.url, item.body, item.content_type))
            self.pending[future] = item
            try:
                outcome = await future
            except asyncio.CancelledError:
                return None  # the run was interrupted: interrupted() recorded this document
            finally:
                self.pending.pop(future, None)
            if self.finished:
                return None  # interrupted while this one was in analysis, and recorded as such
            collector.analysed(item.url, outcome.noted(item.warning), kind=item.kind, http_status=item.http_status,
                               size=len(item.body),
                               fetch_seconds=item.fetch_seconds)
            self.stats.inc_value(f"pubcheck/{outcome.status}")
            self.stats.inc_value("pubcheck/findings", len(outcome.findings or ()))
        elif isinstance(item, LinksItem):
            collector.links(item.referrer, item.urls)
            if self.history:
                self.history.page_links(item.referrer, item.urls)
        elif isinstance(item, RevalidatedItem):
            collector.revalidated(item.url, item.kind, etag=item.etag, last_modified=item.last_modified,
                                  content_hash=item.content_hash, previous=item.previous, http_status=item.http_status)
            if item.links is not None:  # an unchanged page: its links are the history's already
                collector.links(item.url, item.links)
            if item.previous:
                self.stats.inc_value("pubcheck/scanned")
                self.stats.inc_value("pubcheck/unchanged")
                self.stats.inc_value("pubcheck/findings", len(item.previous.detections))
        elif isinstance(item, RedirectItem):
            collector.redirect(item.url, item.target)
        elif isinstance(item, ErrorPageItem):
            await self._read_error_page(item)
        elif isinstance(item, StatusItem):
            self._record(item)
        elif isinstance(item, UrlCredentialsItem):
            collector.exposed(item.url, self._credentials_in(item))
        elif isinstance(item, CrawlErrorItem):
            collector.errors.append(f"links after an error reading {item.url} were not followed: {item.message}")
        return None  # nothing goes on to feed exports: raw bodies and values stay here

    async def _read_error_page(self, item: ErrorPageItem) -> None:
        """An error answer's page is scanned as any page (its findings are published at its URL) and the URL listed
        as its status says; the same page served for many URLs (a site's 404 page) is scanned once."""
        listed = item.listed_as
        digest = hashlib.sha256(item.body).digest()
        if digest not in self.error_pages_read and await self._workers_ready():
            self.error_pages_read.add(digest)
            future = asyncio.wrap_future(self.pool.submit(listed.url, item.body, item.content_type))
            self.pending[future] = listed
            try:
                outcome = await future
            except asyncio.CancelledError:
                return  # the run was interrupted: interrupted() recorded this URL
            finally:
                self.pending.pop(future, None)
            if self.finished:
                return
            for detection in outcome.findings or ():
                detection.url = listed.url
            self.collector.exposed(listed.url, list(outcome.findings or ()))
        self._record(listed)

    def _credentials_in(self, item: UrlCredentialsItem) -> list:
        """The findings in a URL that a redirect or a sitemap published, or in a download's file name (see
        ``spiders.url_credentials``), read as a link's target is: the credential detector's in the URL (user-info),
        the identifier detectors' in its path (or the name) read as words (``crawler.url_text``); none of a detector
        switched off. The detectors are loaded here, for
        the first such URL: the crawl process runs none otherwise."""
        from detectors.engine import scan_document
        from detectors.registry import detector_classes
        if self._credential_detectors is None:
            self._credential_detectors = []
            for cls in detector_classes():
                if cls.category in URL_CATEGORIES:
                    options = dict(self.detector_options.get(cls.category, {}))
                    if options.pop("enabled", True):
                        self._credential_detectors.append(cls(options, self.public))
        # a download's file name is read as a scanned file's is; a URL as itself and its path as words
        texts = ([file_path_text(item.written)] if item.where == SAVED_NAME
                 else [item.written, names_cased(path_text(item.written))])
        segments = [Segment(text, Location(element=item.where), hidden=item.where) for text in texts if text]
        return scan_document(Document(item.url, "text/uri-list", segments), self._credential_detectors)

    def _record(self, item: StatusItem) -> None:
        self.collector.record(item.url, item.status, item.reason, kind=item.kind, http_status=item.http_status,
                              not_checked=item.not_checked)
        self.stats.inc_value(f"pubcheck/{item.status}")

    def refused_in_queue(self, items: list) -> None:
        """The scheduler's refusals past the page limit (see ``FrontierScheduler.next_request``)."""
        if not self.finished:
            for item in items:
                self._record(item)

    def interrupted(self, reason: str):
        """The user (or the run's time limit) stopped the run: report now what was checked. Documents still in
        analysis are listed as not checked, the workers are killed, and URLs not yet fetched are listed as not
        reached."""
        if self.finished or self.collector is None:
            return
        for future, item in list(self.pending.items()):
            self.collector.record(item.url, "failed", stopped_in_analysis(reason), kind=item.kind,
                                  http_status=item.http_status, not_checked=True)
            future.cancel()
        self.pool.stop()
        self._finish(reason)

    def spider_closed(self, spider, reason):
        if self.finished:
            return
        self.pool.close()
        self._finish(None if reason == "finished" else "interrupted" if reason == "shutdown" else f"stopped ({reason})")

    def _finish(self, interrupted: str | None) -> None:
        self.finished = True
        with no_cycle_collection():
            self._report(interrupted)

    def _report(self, interrupted: str | None) -> None:
        """Finish the result, record it in the history, write the reports and send ``run_finished``."""
        collector = self.collector
        if self.checkpoint and interrupted:
            self.checkpoint.save(collector.checkpoint(shown_text(collector.findings, reveal=False)),
                                 self.history.run_id if self.history else None)
        elif self.checkpoint:
            self.checkpoint.clear()
        result = collector.finish(start_urls=self.start_urls, interrupted=interrupted)
        masking = shown_text(result.findings, reveal=False)  # built once: the history's and every report's
        if self.history:
            self.history.finish(result, masking)
        if self.progress:
            print(f"pubcheck: writing reports ({len(result.findings):,} findings, {len(result.documents):,} URLs)",
                  file=self.progress, flush=True)
        try:
            write_reports(result, self.out_dir, reveal=self.reveal, masking=masking)
        except ReportWriteError as e:  # a full disk: the command says so, not a signal handler's traceback
            if self.history:
                self.history.reports_unwritten(e)
            self.signals.send_catch_log(report_unwritten, error=e)
            return
        self.signals.send_catch_log(run_finished, result=result)
