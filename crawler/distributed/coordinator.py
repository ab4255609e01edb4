"""The starting process of a crawl across machines: it crawls its share like any node, collects what the joins
found, tells when the crawl has ended, and writes the one report.

Its pipeline is the collecting pipeline of a crawl on one machine, fed besides with the records the joins send
(:class:`CoordinatorPipeline`). Every :data:`~.crawl.TICK` its housekeeping (:class:`Coordinator`) renews the
crawl's heartbeat, moves the in-flight requests of a join whose heartbeat has lapsed back to the frontier,
collects the joins' result batches, and wakes its own engine when the frontier has work for it.

The crawl has ended when this process is idle (nothing to download, nothing in analysis, its start requests
all sent) and Redis holds no work in one consistent look (one Lua script): the frontier is empty, no join
holds a request, and no result batch waits. Every request is always in exactly one of those places, or in this
process: a join takes a request by moving it into its in-flight set, queues what it links to before it settles
it, and settles it by moving its results into the results list, each in one step. So nothing can appear once
the look found nothing. The crawl's state then becomes ``finished``, the joins leave, and the report is written.
"""
from __future__ import annotations

import asyncio
import logging
import sys
import time

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from ..extensions import run_interrupted
from ..collect import fingerprint_key
from ..pipelines import CollectPipeline
from .connection import connect_from_settings, shown
from .crawl import FINISHED, INTERRUPTED, RECORD, STARTER_ALIVE_SECONDS, STOPPED, TICK, CrawlKeys, close_crawl
from .frontier import frontier_lost, requeue
from .sealing import Sealer, SealError
from .transport import AnalysedItem, open_batch

logger = logging.getLogger(__name__)

remote_item = object()  # signal sent with item= for each record a join sent
crawl_error = object()  # signal sent with message= when the crawl across machines cannot go on

BATCHES_PER_TICK = 200  # result batches collected per tick, so that the engine keeps its turn
_WORK_LEFT = """
local work = redis.call('ZCARD', KEYS[1]) + redis.call('LLEN', KEYS[2])
for _, node in ipairs(redis.call('SMEMBERS', KEYS[3])) do work = work + redis.call('ZCARD', ARGV[1] .. node) end
return work
"""


class CoordinatorPipeline(CollectPipeline):
    """The collecting pipeline, taking the joins' records too: a document a join analysed is recorded as one
    analysed here is, the rest goes through the same steps as this process's own items."""

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = super().from_crawler(crawler)
        crawler.signals.connect(pipeline.process_item, signal=remote_item)
        crawler.signals.connect(pipeline.crawl_error, signal=crawl_error)
        return pipeline

    async def process_item(self, item, spider=None):
        if isinstance(item, AnalysedItem):
            if not self.finished:
                self._analysed_remotely(item)
            return None
        return await super().process_item(item, spider)

    def _analysed_remotely(self, item: AnalysedItem) -> None:
        same = self.indexes.same_digest_as(item.url, item.digest, item.etag)
        if same:  # /dir/index.html after /dir/: one document, listed once under both URLs
            self.collector.same_document(item.url, same)
            return
        outcome = item.outcome
        self.collector.analysed(item.url, outcome, kind=item.kind, http_status=item.http_status, size=item.size,
                                fetch_seconds=item.fetch_seconds)
        self.stats.inc_value(f"pubcheck/{outcome.status}")
        self.stats.inc_value("pubcheck/findings", len(outcome.findings or ()))

    def crawl_error(self, message: str) -> None:
        if self.collector is not None:
            self.collector.errors.append(message)


class Coordinator:
    """The starting process's housekeeping (see the module's docstring)."""

    def __init__(self, crawler, server, keys: CrawlKeys, sealer: Sealer, redis_url: str, progress=None):
        self.crawler = crawler
        self.server = server
        self.keys = keys
        self.sealer = sealer
        self.redis_url = redis_url
        self.progress = progress
        self._work_left = server.register_script(_WORK_LEFT)
        self.nodes: set[str] = set()  # the joins seen taking part
        self.active: set[str] = set()  # those taking part now
        self.ended = False
        self._task: asyncio.Task | None = None
        self._failing_since: float | None = None
        self._beaten: float | None = None  # when this process last renewed the crawl's heartbeat (monotonic)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if settings.get("PUBCHECK_NODE_ROLE") != "start":
            raise NotConfigured
        keys = CrawlKeys(settings.get("PUBCHECK_CRAWL_ID"))
        coordinator = cls(crawler, connect_from_settings(settings, name="pubcheck coordinator"), keys,
                          Sealer(fingerprint_key(settings.get("PUBCHECK_FINGERPRINT_KEY_FILE")), keys.crawl_id),
                          settings.get("PUBCHECK_REDIS_URL"),
                          progress=sys.stderr if settings.getbool("PUBCHECK_PROGRESS") else None)
        crawler.signals.connect(coordinator.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(coordinator.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(coordinator.interrupted, signal=run_interrupted)
        crawler.signals.connect(coordinator.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(coordinator.stop, signal=frontier_lost)
        return coordinator

    def spider_opened(self, spider):
        self._task = asyncio.ensure_future(self._run())

    async def _run(self):
        while not self.ended:
            try:
                await self.tick()
                self._failing_since = None
            except redis.RedisError as e:
                self._failing_since = self._failing_since or time.monotonic()
                if time.monotonic() - self._failing_since > STARTER_ALIVE_SECONDS:
                    self.stop(f"lost the connection to Redis at {shown(self.redis_url)} ({e}); the crawl is "
                              "incomplete")
            except Exception as e:  # a bug here must end the run as incomplete, not hang it
                logger.exception("error in the crawl across machines")
                self.stop(f"internal error in the crawl across machines: {type(e).__name__}: {e}")
            await asyncio.sleep(TICK)

    async def tick(self):
        current = self.server.hget(RECORD, "id")
        if current != self.keys.crawl_id.encode():
            self.stop(self.replaced(current))
            return
        self.server.set(self.keys.alive, "running", ex=STARTER_ALIVE_SECONDS)
        self._beaten = time.monotonic()
        self.watch_nodes()
        await self.collect()
        engine = self.crawler.engine
        if engine.spider is None:
            return
        if engine.spider_is_idle() and self._work_left(keys=[self.keys.frontier, self.keys.results, self.keys.nodes],
                                                       args=[self.keys.in_flight_prefix]) == 0:
            self.ended = True
            self.say(f"the crawl across machines has ended ({len(self.nodes)} join"
                     f"{'s' if len(self.nodes) != 1 else ''} took part)")
            deferred_from_coro(engine.close_spider_async(reason="finished"))
            return
        scheduler = engine.scheduler
        if not engine.needs_backout() and not scheduler.woken and scheduler.has_pending_requests():
            request = scheduler.wake()
            if request is not None:
                engine.crawl(request)

    def replaced(self, current: bytes | None) -> str:
        """Why this crawl's record is gone from Redis. A new crawl replaces this one only once its heartbeat has
        lapsed; a record gone while the heartbeat was fresh, or gone with nothing in its place, was lost by Redis
        itself (restarted without persistence, or flushed), and blaming another crawl would send the operator
        after the wrong fault."""
        lapsed = self._beaten is None or time.monotonic() - self._beaten > STARTER_ALIVE_SECONDS
        if current is not None and lapsed:
            return ("another crawl replaced this one on Redis (this process had stopped answering for more than "
                    f"{STARTER_ALIVE_SECONDS} s): the crawl across machines could not go on")
        since = ", and another crawl has started there since" if current is not None else ""
        return (f"Redis lost this crawl's state (restarted or flushed?) at {shown(self.redis_url)}{since}; the crawl "
                "is incomplete")

    def watch_nodes(self):
        """Announce joins and leaves, and move the in-flight requests of joins whose heartbeat lapsed back to the
        frontier."""
        current = {node.decode() for node in self.server.smembers(self.keys.nodes)}
        for node in sorted(current - self.active):
            self.say(f"node {node} joined the crawl")
        for node in sorted(self.active - current):
            self.say(f"node {node} left the crawl")
        self.nodes |= current
        self.active = current
        for node in sorted(current):
            returned = requeue(self.server, self.keys, node, only_if_silent=True)
            if returned >= 0:
                self.active.discard(node)
                self.say(f"node {node} stopped answering; the {returned} request{'s' if returned != 1 else ''} it "
                         "had taken went back to the frontier")

    async def collect(self):
        """Feed the joins' result batches to the pipeline."""
        for _ in range(BATCHES_PER_TICK):
            sealed = self.server.lpop(self.keys.results)
            if sealed is None:
                return
            try:
                records = open_batch(self.sealer, sealed)
            except SealError as e:
                logger.error("dropped a result batch: %s", e)
                continue
            for record in records:
                await self.crawler.signals.send_catch_log_async(remote_item, item=record)

    def spider_idle(self, spider=None):
        if not self.ended:
            raise DontCloseSpider  # the crawl ends when every node is done, not when this one is idle

    def stop(self, message: str) -> None:
        """End the run as incomplete: the check did not happen as asked."""
        if self.ended:
            return
        self.ended = True
        logger.error(message)
        self.crawler.signals.send_catch_log(crawl_error, message=message)
        if self.crawler.engine.spider is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="stopped"))

    def interrupted(self, reason: str):
        self.ended = True
        self._close(INTERRUPTED)

    def spider_closed(self, spider, reason):
        self.ended = True
        if self._task is not None and not self._task.done() and self._task is not asyncio.current_task():
            self._task.cancel()
        self._close(FINISHED if reason == "finished" else INTERRUPTED if reason == "interrupted" else STOPPED)

    def _close(self, state: str) -> None:
        try:
            close_crawl(self.server, self.keys.crawl_id, state)
        except redis.RedisError as e:
            logger.error("could not record the end of the crawl in Redis: %s", e)

    def say(self, message: str) -> None:
        if self.progress:
            print(f"pubcheck: {message}", file=self.progress, flush=True)
