"""The collecting pipeline: sends each fetched file to the worker pool and records every outcome.

When the spider closes it finishes the run (cross-page rules, fingerprints), writes the reports, so that
``scrapy crawl site`` and ``pubcheck crawl`` produce the same outputs, and sends the run's result with the
``run_finished`` signal, which is how ``pubcheck crawl`` gets it for the exit code. The progress line reads
its figures from the crawler's stats.
"""
from __future__ import annotations

import asyncio

from scrapy import signals

from reports import write_reports
from reports.model import Redactor

from .collect import Collector, fingerprint_key
from .config import Config
from .history.session import HistoryOptions, RunHistory
from .incremental import RevalidatedItem
from .items import FetchedItem, LinksItem, RedirectItem, StatusItem
from .resume import Checkpoint
from .worker import WorkerPool

run_finished = object()  # signal sent with result=RunResult when the run is finished and its reports written


class CollectPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.config = Config.from_dict(settings.getdict("PUBCHECK_CONFIG"))
        self.out_dir = settings.get("PUBCHECK_OUT")
        self.reveal = settings.getbool("PUBCHECK_REVEAL")
        crawl = self.config.crawl
        self.pool = WorkerPool(self.config.detectors, self.config.public, workers=crawl["workers"],
                               timeout=crawl["extract_timeout"], memory_mb=crawl["extract_memory_mb"])
        self.collector: Collector | None = None
        options = HistoryOptions.from_settings(settings)
        self.history = options and RunHistory(options, command="crawl", reveal=self.reveal, report_dir=self.out_dir)
        self.checkpoint = Checkpoint.from_settings(settings)  # a resumable crawl (--resume)
        crawler.signals.connect(self.finish, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        spider = self.crawler.spider
        self.collector = Collector(
            command="crawl", targets=list(spider.start_urls), limits=dict(self.config.crawl),
            key=fingerprint_key(self.config.report["fingerprint_key_file"]),
            site_wide_pages=self.config.report["site_wide_pages"], reveal=self.reveal)
        saved = self.checkpoint and self.checkpoint.load()
        if saved:
            self.collector.resume_from(saved["ledger"], refetched=set(spider.start_urls))
        if self.history:
            self.history.begin(self.collector.run, saved["history_run"] if saved else None)

    async def process_item(self, item, spider=None):
        collector = self.collector
        if isinstance(item, FetchedItem):
            outcome = await asyncio.wrap_future(self.pool.submit(item.url, item.body, item.content_type))
            collector.analysed(item.url, outcome, kind=item.kind, http_status=item.http_status, size=len(item.body),
                               fetch_seconds=item.fetch_seconds)
            self.stats.inc_value(f"pubcheck/{outcome.status}")
            self.stats.inc_value("pubcheck/findings", len(outcome.findings or ()))
        elif isinstance(item, LinksItem):
            for url in item.urls:
                collector.link(item.referrer, url)
            if self.history:
                self.history.page_links(item.referrer, item.urls)
        elif isinstance(item, RevalidatedItem):
            collector.revalidated(item.url, item.kind, etag=item.etag, last_modified=item.last_modified,
                                  content_hash=item.content_hash, previous=item.previous, http_status=item.http_status)
            if item.previous:
                self.stats.inc_value("pubcheck/scanned")
                self.stats.inc_value("pubcheck/unchanged")
                self.stats.inc_value("pubcheck/findings", len(item.previous.detections))
        elif isinstance(item, RedirectItem):
            collector.redirect(item.url, item.target)
        elif isinstance(item, StatusItem):
            collector.record(item.url, item.status, item.reason, kind=item.kind, http_status=item.http_status,
                             not_checked=item.not_checked)
            self.stats.inc_value(f"pubcheck/{item.status}")
        return None  # nothing goes on to feed exports: raw bodies and values stay here

    def finish(self, spider, reason):
        self.pool.close()
        collector = self.collector
        collector.check_start_urls(spider.start_urls)
        if reason != "finished":
            collector.errors.append(f"crawl ended early: {reason}")
        if self.checkpoint and reason != "finished":
            self.checkpoint.save(collector.checkpoint(Redactor(collector.findings)),
                                 self.history.run_id if self.history else None)
        elif self.checkpoint:
            self.checkpoint.clear()
        result = collector.finish()
        if self.history:
            self.history.finish(result, interrupted=reason != "finished")
        write_reports(result, self.out_dir, reveal=self.reveal)
        self.crawler.signals.send_catch_log(run_finished, result=result)

