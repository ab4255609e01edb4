"""The shared frontier of a crawl across machines: scrapy-redis's scheduler, queue and dupefilter, made reliable.

scrapy-redis keeps the frontier (a priority queue of requests) and the seen-set (request fingerprints) in Redis,
so that every node takes its requests from one queue and a URL is requested once across all nodes. What a
crawl that must lose nothing adds, each step a Lua script that Redis runs whole:

- a new request is marked seen and queued in one step: a node that dies between the two cannot leave a URL
  seen but never queued;
- a join takes a request by moving it from the frontier into its own in-flight set (a lease, :class:`Leases`).
  The lease is settled once the node is done with the request (downloaded, its links queued, its document
  analysed): the request leaves the in-flight set and its results go into the results list in one step. The
  in-flight set of a join that stops answering is moved back to the frontier (:func:`requeue`), so whatever
  it had taken is fetched again by another node, and a settlement that comes too late is refused: each
  request's results arrive once;
- a retry of a leased request replaces it in one step.

Entries are sealed JSON (:mod:`.transport`); within a priority the frontier is first in, first out. The starting
process takes requests without a lease: if it dies, the crawl ends with it.
"""
from __future__ import annotations

import itertools
import logging
from collections import deque
from dataclasses import dataclass, field

import redis
from scrapy import Request
from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from ..collect import fingerprint_key
from .connection import connect_from_settings, shown
from .crawl import RECORD, RUNNING, CrawlKeys
from .sealing import Sealer, SealError
from .transport import FrontierSerializer, dumps, seal_batch

logger = logging.getLogger(__name__)

LEASE = "pubcheck_lease"  # request meta: the id of the lease a join holds the request under (never sent)
frontier_lost = object()  # signal sent with message= when Redis could not take or give a request
PRIORITY_SPAN = 2 ** 40  # score = order of arrival - priority * span: priority first, then first in, first out

# Every script below takes the crawl's record as KEYS[1] and the crawl's id as ARGV[1], and does nothing once
# the crawl has ended: a node that has not noticed yet cannot write into a crawl that is over.
_RUNNING = f"""
local crawl = redis.call('HMGET', KEYS[1], 'id', 'state')
if crawl[1] ~= ARGV[1] or crawl[2] ~= '{RUNNING}' then return false end
"""
_QUEUE = f"""
local function queue(frontier, order, entry, priority)
  redis.call('ZADD', frontier, redis.call('INCR', order) - tonumber(priority) * {PRIORITY_SPAN}, entry)
end
"""
# KEYS: record, frontier, order; ARGV: crawl, entry, priority
_PUSH = _RUNNING + _QUEUE + "queue(KEYS[2], KEYS[3], ARGV[2], ARGV[3]) return 1"
# KEYS: record, frontier, order, seen; ARGV: crawl, entry, priority, fingerprint
_PUSH_UNSEEN = _RUNNING + _QUEUE + """
if redis.call('SADD', KEYS[4], ARGV[4]) == 0 then return 0 end
queue(KEYS[2], KEYS[3], ARGV[2], ARGV[3])
return 1
"""
# KEYS: record, frontier, in-flight set, nodes; ARGV: crawl, node id
_LEASE = _RUNNING + """
local entry = redis.call('ZPOPMIN', KEYS[2])
if #entry == 0 then return false end
redis.call('ZADD', KEYS[3], entry[2], entry[1])
redis.call('SADD', KEYS[4], ARGV[2])
return entry[1]
"""
# KEYS: record, frontier, order, in-flight set; ARGV: crawl, new entry, priority, leased entry
_REPLACE = _RUNNING + _QUEUE + """
if redis.call('ZREM', KEYS[4], ARGV[4]) == 0 then return 0 end
queue(KEYS[2], KEYS[3], ARGV[2], ARGV[3])
return 1
"""
# KEYS: record, in-flight set, results; ARGV: crawl, leased entry, sealed batch or ''
_SETTLE = _RUNNING + """
if redis.call('ZREM', KEYS[2], ARGV[2]) == 0 then return 0 end
if ARGV[3] ~= '' then redis.call('RPUSH', KEYS[3], ARGV[3]) end
return 1
"""
# KEYS: in-flight set, frontier, nodes, the node's heartbeat; ARGV: node id, '1' to requeue only a silent node
_REQUEUE = """
if ARGV[2] == '1' and redis.call('EXISTS', KEYS[4]) == 1 then return -1 end
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #entries, 2 do redis.call('ZADD', KEYS[2], entries[i + 1], entries[i]) end
redis.call('DEL', KEYS[1], KEYS[4])
redis.call('SREM', KEYS[3], ARGV[1])
return #entries / 2
"""


def requeue(server, keys: CrawlKeys, node_id: str, *, only_if_silent: bool) -> int:
    """Move the in-flight requests of join ``node_id`` back to the frontier and take it off the crawl; with
    ``only_if_silent``, only if its heartbeat has lapsed. The number of requests moved, -1 if it is alive."""
    script = server.register_script(_REQUEUE)
    return int(script(keys=[keys.in_flight(node_id), keys.frontier, keys.nodes, keys.node(node_id)],
                      args=[node_id, "1" if only_if_silent else "0"]))


def _sendable(value) -> bool:
    """Whether a request's meta value can travel (JSON): what cannot (an object a middleware keeps in the meta
    for its own use on this node) stays behind rather than lose the request."""
    try:
        dumps(value)
    except TypeError:
        return False
    return True


def requests_in_progress(engine) -> set[Request]:
    """The requests this process's engine is downloading, or whose response or failure it is processing (links
    being queued, items in the pipeline): the sets Scrapy's own engine status report reads. A request leaves
    them only when everything that came of it has been handled."""
    busy = set(engine.downloader.active)
    slot = engine.scraper.slot
    if slot is not None:
        busy.update(slot.active)
        busy.update(request for _result, request, _deferred in slot.queue)
    scheduler = engine.scheduler
    busy.update(getattr(scheduler, "woken", ()))
    return busy


class SharedQueue(PriorityQueue):
    """scrapy-redis's priority queue with sealed JSON entries, first in first out within a priority, and the
    atomic steps above. The serializer drops node-only headers; the lease mark is dropped here."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        self.keys = CrawlKeys(spider.settings.get("PUBCHECK_CRAWL_ID"))
        self._push = server.register_script(_PUSH)
        self._push_unseen = server.register_script(_PUSH_UNSEEN)
        self._lease = server.register_script(_LEASE)
        self._replace = server.register_script(_REPLACE)

    def _encode_request(self, request):
        entry = request.to_dict(spider=self.spider)
        entry["meta"] = {k: v for k, v in entry["meta"].items() if k != LEASE and _sendable(v)}
        return self.serializer.dumps(entry)

    def push(self, request):
        self._push(keys=[RECORD, self.key, self.keys.frontier_order],
                   args=[self.keys.crawl_id, self._encode_request(request), request.priority])

    def push_unseen(self, request, seen_key: str, fingerprint: str) -> bool:
        """Mark ``request`` seen and queue it, unless it was seen already (False)."""
        return bool(self._push_unseen(keys=[RECORD, self.key, self.keys.frontier_order, seen_key],
                                      args=[self.keys.crawl_id, self._encode_request(request), request.priority,
                                            fingerprint]))

    def pop(self, timeout=0):
        entries = self.server.zpopmin(self.key)
        return self._decoded(entries[0][0]) if entries else None

    def lease(self, in_flight_key: str, node_id: str) -> tuple[bytes, Request | None] | None:
        """Move the first request into ``in_flight_key``: (its entry, the request), or None if the frontier is
        empty."""
        member = self._lease(keys=[RECORD, self.key, in_flight_key, self.keys.nodes],
                             args=[self.keys.crawl_id, node_id])
        return None if member is None else (member, self._decoded(member))

    def replace(self, in_flight_key: str, member: bytes, request) -> bool:
        """Queue ``request`` in place of the leased entry ``member``; False if that lease was taken back."""
        return bool(self._replace(keys=[RECORD, self.key, self.keys.frontier_order, in_flight_key],
                                  args=[self.keys.crawl_id, self._encode_request(request), request.priority, member]))

    def _decoded(self, member: bytes) -> Request | None:
        try:
            return self._decode_request(member)
        except SealError as e:
            logger.error("dropped a frontier entry: %s", e)
            return None


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis's dupefilter on this crawl's seen-set, connected with the crawl's Redis password."""

    @classmethod
    def from_spider(cls, spider):
        settings = spider.settings
        return cls(connect_from_settings(settings, name="pubcheck seen-set"),
                   key=settings.get("SCHEDULER_DUPEFILTER_KEY"), debug=settings.getbool("DUPEFILTER_DEBUG"))


@dataclass
class Lease:
    member: bytes  # the entry as the in-flight set holds it
    request: Request
    records: list = field(default_factory=list)  # what came of the request, for the starting process


class Leases:
    """The requests a join has taken and not yet settled, with what came of each (its items, as the pipeline
    made them). See the module's docstring."""

    def __init__(self, server, keys: CrawlKeys, node_id: str, sealer: Sealer):
        self.keys = keys
        self.node_id = node_id
        self.in_flight = keys.in_flight(node_id)
        self.sealer = sealer
        self._settle = server.register_script(_SETTLE)
        self._held: dict[int, Lease] = {}
        self._ids = itertools.count(1)
        self.settled = 0  # requests this node accounted for
        self.refused = 0  # settlements refused: the lease had been taken back

    def __len__(self) -> int:
        return len(self._held)

    def take(self, member: bytes, request: Request) -> None:
        lease_id = next(self._ids)
        request.meta[LEASE] = lease_id
        self._held[lease_id] = Lease(member, request)

    def of(self, request: Request) -> Lease | None:
        return self._held.get(request.meta.get(LEASE))

    def record(self, request: Request, item) -> None:
        lease = self.of(request)
        if lease is not None and item is not None:
            lease.records.append(item)

    def drop(self, lease: Lease) -> None:
        self._held.pop(lease.request.meta.get(LEASE), None)

    def settle(self, in_progress: set[Request]) -> int:
        """Settle every lease whose request is no longer in progress; the number settled."""
        done = [lease for lease in self._held.values() if lease.request not in in_progress]
        for lease in done:
            batch = seal_batch(self.sealer, lease.records) if lease.records else b""
            if self._settle(keys=[RECORD, self.in_flight, self.keys.results],
                            args=[self.keys.crawl_id, lease.member, batch]):
                self.settled += 1
            else:
                self.refused += 1
                logger.warning("%s was taken back from this node (it was taken for dead); another node fetches it",
                               lease.request.url)
            self.drop(lease)
        return len(done)

    def discard(self, member: bytes) -> None:
        """Remove an in-flight entry that could not be opened (see SharedQueue._decoded)."""
        self._settle(keys=[RECORD, self.in_flight, self.keys.results], args=[self.keys.crawl_id, member, b""])

    def forget(self) -> None:
        """Forget every lease (they were handed back to the frontier)."""
        self._held.clear()


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler on this crawl's frontier and seen-set, with joins' leases (see the module's
    docstring) and a way to wake an idle engine when other nodes fill the frontier (:meth:`wake`)."""

    def __init__(self, *, engine_of, leases: Leases | None, **kwargs):
        super().__init__(**kwargs)
        self._engine_of = engine_of
        self.leases = leases
        self.woken: deque[Request] = deque()  # taken by wake(), handed back by the engine, not yet started
        self.crawler = None
        self.settings_url = ""
        self._waking: Request | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        keys = CrawlKeys(settings.get("PUBCHECK_CRAWL_ID"))
        sealer = Sealer(fingerprint_key(settings.get("PUBCHECK_FINGERPRINT_KEY_FILE")), keys.crawl_id)
        server = connect_from_settings(settings, name="pubcheck frontier")
        join = settings.get("PUBCHECK_NODE_ROLE") == "join"
        scheduler = cls(engine_of=lambda: crawler.engine,
                        leases=Leases(server, keys, settings.get("PUBCHECK_NODE_ID"), sealer) if join else None,
                        server=server, persist=True, queue_key=keys.frontier, queue_cls=f"{__name__}.SharedQueue",
                        dupefilter_key=keys.seen, dupefilter_cls=f"{__name__}.SharedDupeFilter",
                        serializer=FrontierSerializer(sealer))
        scheduler.stats = crawler.stats
        scheduler.crawler = crawler
        scheduler.settings_url = settings.get("PUBCHECK_REDIS_URL")
        return scheduler

    def open(self, spider):
        """scrapy-redis's ``open`` without its notice of a resumed crawl (a join always finds requests queued),
        which calls the deprecated ``Spider.log``."""
        self.spider = spider
        self.queue = load_object(self.queue_cls)(server=self.server, spider=spider, key=self.queue_key,
                                                 serializer=self.serializer)
        self.df = load_object(self.dupefilter_cls).from_spider(spider)

    def __len__(self):
        return len(self.woken) + len(self.queue)

    def has_pending_requests(self):
        try:
            return bool(self.woken) or len(self.queue) > 0
        except (redis.ConnectionError, redis.TimeoutError) as e:
            self._lost(e)
            return bool(self.woken)

    def enqueue_request(self, request):
        try:
            return self._enqueue(request)
        except (redis.ConnectionError, redis.TimeoutError) as e:
            self._lost(e)
            return False

    def _lost(self, error: Exception) -> None:
        """Redis cannot be reached: a request could not be queued or taken, so the crawl is incomplete. Said in
        one line (no traceback: a lost server is no bug of pubcheck), and the node's housekeeping ends the run
        (see :data:`frontier_lost`)."""
        message = (f"lost the connection to Redis at {shown(self.settings_url)} ({error}); "
                   "the crawl is incomplete")
        if self.crawler is not None:
            self.crawler.signals.send_catch_log(frontier_lost, message=message)
        else:
            logger.error(message)

    def _enqueue(self, request):
        if request is self._waking:  # engine.crawl() handing back the request wake() took: it waits in woken
            self._waking = None
            return True
        lease = self.leases.of(request) if self.leases is not None else None
        if lease is not None and lease.request not in requests_in_progress(self._engine_of()):
            # a downloader middleware (a retry) gave back a copy of a leased request instead of a response
            if not self.queue.replace(self.leases.in_flight, lease.member, request):
                logger.warning("%s was taken back from this node (it was taken for dead); not retried here",
                               request.url)
            self.leases.drop(lease)
        elif request.dont_filter:
            self.queue.push(request)
        elif not self.queue.push_unseen(request, self.df.key, self.df.request_fingerprint(request)):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self):
        try:
            request = self.woken.popleft() if self.woken else self._take()
        except (redis.ConnectionError, redis.TimeoutError) as e:
            self._lost(e)
            return None
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def wake(self) -> Request | None:
        """Take a request to be started first, and return it for the caller to hand to ``engine.crawl()``: that
        makes an idle engine, which otherwise looks at the frontier only every few seconds, start work at once
        (the call hands the request back here, where it is already waiting)."""
        request = self._take()
        if request is not None:
            self.woken.append(request)
        self._waking = request
        return request

    def _take(self) -> Request | None:
        if self.leases is None:
            return self.queue.pop()
        while True:
            taken = self.queue.lease(self.leases.in_flight, self.leases.node_id)
            if taken is None:
                return None
            member, request = taken
            if request is not None:
                self.leases.take(member, request)
                return request
            self.leases.discard(member)
