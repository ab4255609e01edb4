"""A join of a crawl across machines: its pipeline and its housekeeping.

A join fetches requests from the shared frontier under a lease (:mod:`.frontier`), analyses each fetched
document with its own extraction workers, and keeps what came of each request (the analysed document, the
links, statuses and redirects the spider reported) with the request's lease. Every :data:`~.crawl.TICK` it
renews its heartbeat, settles the leases of the requests it is done with (their records go to the starting
process, sealed, in the same step), wakes its engine when other nodes have filled the frontier, and leaves when
the crawl ends. Interrupted (SIGINT, SIGTERM), it hands its in-flight requests back to the frontier first.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import sys
import time

import redis
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from ..extensions import run_interrupted
from ..items import ErrorPageItem, FetchedItem, StatusItem
from ..run import probe_seconds, probe_trouble, start_worker_pool_from
from .connection import connect_from_settings, shown
from .crawl import ALIVE_SECONDS, FINISHED, RUNNING, TICK, CrawlKeys, crawl_state
from .frontier import frontier_lost, requeue, requests_in_progress
from .transport import AnalysedItem

logger = logging.getLogger(__name__)

node_left = object()  # signal sent with state= (see crawl.crawl_state, or "left") and error= when a join ends
LEFT = "left"  # a join's own state once it was interrupted and handed its requests back
node_refused = object()  # signal sent with error=ConfigError when a join's workers cannot start

# KEYS: the crawl's heartbeat, the node's, the nodes; ARGV: node id, seconds
_HEARTBEAT = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'EX', ARGV[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
"""


class NodePipeline:
    """Analyses each fetched document in this node's worker pool and passes on what it came to as an
    :class:`~.transport.AnalysedItem`; other items pass as they are. NodeExtension files each with its lease."""

    def __init__(self, *, pool, probe, memory_mb: int, stats, signal_manager):
        self.pool = pool
        self.probe = probe
        self.memory_mb = memory_mb
        self.stats = stats
        self.signals = signal_manager
        self.stopped = False

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pool, probe, memory_mb = start_worker_pool_from(settings)
        pipeline = cls(pool=pool, probe=probe, memory_mb=memory_mb, stats=crawler.stats,
                       signal_manager=crawler.signals)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.interrupted, signal=run_interrupted)
        return pipeline

    async def open_spider(self, spider=None):
        trouble = await probe_trouble(self.probe, self.memory_mb, seconds=probe_seconds(self.pool))
        if trouble:
            self.interrupted()
            self.signals.send_catch_log(node_refused, error=trouble)
            raise CloseSpider("extraction workers failed to start")

    async def process_item(self, item, spider=None):
        if self.stopped:
            return None  # this node left the crawl: what it held went back to the frontier
        if isinstance(item, FetchedItem):
            outcome = await asyncio.wrap_future(self.pool.submit(item.url, item.body, item.content_type))
            self.stats.inc_value(f"pubcheck/{outcome.status}")
            self.stats.inc_value("pubcheck/findings", len(outcome.findings or ()))
            return AnalysedItem(url=item.url, kind=item.kind, http_status=item.http_status, size=len(item.body),
                                fetch_seconds=item.fetch_seconds, digest=hashlib.sha256(item.body).digest(),
                                etag=item.etag, outcome=outcome.noted(item.warning))
        if isinstance(item, ErrorPageItem):  # a join lists the URL; the error page is read by a single-machine crawl
            item = item.listed_as
        if isinstance(item, StatusItem):
            self.stats.inc_value(f"pubcheck/{item.status}")
        return item

    def interrupted(self, reason: str = ""):
        if not self.stopped:
            self.stopped = True
            self.pool.stop()

    def spider_closed(self, spider, reason):
        if not self.stopped:
            self.stopped = True
            self.pool.close()


class NodeExtension:
    """A join's housekeeping (see the module's docstring)."""

    def __init__(self, crawler, server, keys: CrawlKeys, node_id: str, redis_url: str, progress=None):
        self.crawler = crawler
        self.server = server
        self.keys = keys
        self.node_id = node_id
        self.redis_url = redis_url
        self.progress = progress
        self._heartbeat = server.register_script(_HEARTBEAT)
        self.loop = task.LoopingCall(self.tick)
        self.leases = None  # the scheduler's, once the spider is open
        self.state: str | None = None  # how the crawl ended for this node, once it has
        self.error: str | None = None
        self._failing_since: float | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if settings.get("PUBCHECK_NODE_ROLE") != "join":
            raise NotConfigured
        extension = cls(crawler, connect_from_settings(settings, name="pubcheck node"),
                        CrawlKeys(settings.get("PUBCHECK_CRAWL_ID")), settings.get("PUBCHECK_NODE_ID"),
                        settings.get("PUBCHECK_REDIS_URL"),
                        progress=sys.stderr if settings.getbool("PUBCHECK_PROGRESS") else None)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.interrupted, signal=run_interrupted)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.frontier_lost, signal=frontier_lost)
        return extension

    def frontier_lost(self, message: str):
        """Redis could not take or give a request (see SharedScheduler): this node cannot go on."""
        if self.state is None:
            self.error = message
            self.end("stopped")

    def spider_opened(self, spider):
        self.leases = self.crawler.engine.scheduler.leases
        self.beat()
        self.loop.start(TICK, now=False)

    def beat(self) -> bool:
        """Renew this node's heartbeat; False when the crawl's own heartbeat has lapsed."""
        return bool(self._heartbeat(keys=[self.keys.alive, self.keys.node(self.node_id), self.keys.nodes],
                                    args=[self.node_id, ALIVE_SECONDS]))

    def tick(self):
        if self.state is not None:
            return
        try:
            self.beat()
            state = crawl_state(self.server, self.keys.crawl_id)
            if state != RUNNING:
                self.end(state)
                return
            engine = self.crawler.engine
            self.leases.settle(requests_in_progress(engine))
            scheduler = engine.scheduler
            if not engine.needs_backout() and not scheduler.woken and scheduler.has_pending_requests():
                request = scheduler.wake()
                if request is not None:
                    engine.crawl(request)
            self._failing_since = None
        except redis.RedisError as e:
            self._failing_since = self._failing_since or time.monotonic()
            if time.monotonic() - self._failing_since > ALIVE_SECONDS:
                self.error = f"lost the connection to Redis at {shown(self.redis_url)}: {e}"
                self.end("stopped")

    def item_scraped(self, item, response, spider=None):
        request = getattr(response, "request", None)
        if request is not None and self.leases is not None:
            self.leases.record(request, item)

    def spider_idle(self, spider=None):
        if self.state is None:
            raise DontCloseSpider

    def interrupted(self, reason: str):
        """Hand every request this node holds back to the frontier and leave the crawl."""
        if self.state is None:
            self.state = LEFT
            self.hand_back()
            self.left()  # now: the process may be stopped before the spider has closed

    def hand_back(self) -> None:
        if self.leases is None:
            return
        try:
            returned = requeue(self.server, self.keys, self.node_id, only_if_silent=False)
        except redis.RedisError as e:
            logger.error("could not hand this node's requests back to the frontier: %s", e)
            return
        self.leases.forget()
        if returned and self.progress:
            print(f"pubcheck: {returned} request{'s' if returned != 1 else ''} this node had taken went back to "
                  "the frontier", file=self.progress, flush=True)

    def end(self, state: str) -> None:
        """The crawl ended (or this node cannot go on): close the spider, handing back anything still held."""
        self.state = state
        if state != FINISHED or len(self.leases):
            self.hand_back()
        if self.crawler.engine.spider is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=f"crawl {state}"))

    def spider_closed(self, spider, reason):
        if self.loop.running:
            self.loop.stop()
        if self.state is None:  # closed for another reason: the workers could not start
            self.state = "stopped"
            self.hand_back()
        self.left()

    def left(self) -> None:
        self.crawler.signals.send_catch_log(node_left, state=self.state, error=self.error,
                                            settled=self.leases.settled if self.leases is not None else 0)
