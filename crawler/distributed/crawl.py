"""A crawl across machines as Redis holds it: its keys, and the record by which the starting process publishes
the crawl and a join finds it.

One Redis database holds one crawl at a time. The record (``pubcheck:crawl``, a hash) names the crawl (a random
id, in every other key's name, so that a node of an older crawl can never write into a newer one), its state,
its targets, its whole configuration (limits, scope, detectors: a join needs nothing but the Redis URL), the
check value of the fingerprint key (:mod:`.sealing`), the pubcheck build (:func:`build`), and the staging
credentials sealed with a key derived from the fingerprint key: a join needs them to fetch the staging site, and
Redis never holds them in clear. The starting process renews a heartbeat key while the crawl runs; a crawl whose
heartbeat has lapsed was abandoned, and a new crawl replaces it (or a finished one) from scratch.
"""
from __future__ import annotations

import json
import os
import secrets
import socket
import time
from dataclasses import dataclass

import redis

from .. import __version__
from ..config import ConfigError
from ..history.session import code_digest
from ..results import now_iso
from .sealing import Sealer, key_check

PREFIX = "pubcheck:"
RECORD = PREFIX + "crawl"
STARTING = PREFIX + "starting"  # held while a starting process sets a crawl up: two cannot start at once
ALIVE_SECONDS = 10  # a join whose heartbeat (renewed every TICK) lapses this long is gone: its work is taken back
# the starting process is given longer (a long pause of its own, such as reading a huge sitemap, must not send every
# join away); once it lapses, joins leave and a new crawl may replace this one
STARTER_ALIVE_SECONDS = 30
TICK = 0.25  # seconds between two rounds of a node's or the starting process's housekeeping
RUNNING, FINISHED, INTERRUPTED, STOPPED, LOST = "running", "finished", "interrupted", "stopped", "lost"


@dataclass(frozen=True)
class CrawlKeys:
    """The names of one crawl's keys."""

    crawl_id: str

    def _key(self, name: str) -> str:
        return f"{PREFIX}{self.crawl_id}:{name}"

    @property
    def frontier(self) -> str:  # sorted set: sealed requests, by priority then order of arrival
        return self._key("frontier")

    @property
    def frontier_order(self) -> str:  # counter: the order of arrival in the frontier
        return self._key("frontier-order")

    @property
    def seen(self) -> str:  # set: fingerprints of every request queued (scrapy-redis's dupefilter)
        return self._key("seen")

    @property
    def admitted(self) -> str:  # set: fingerprints of the URLs admitted under the page limit
        return self._key("admitted")

    @property
    def query_variants(self) -> str:  # set: fingerprints of (path, query) pairs admitted by the trap guard
        return self._key("query-variants")

    @property
    def query_variant_counts(self) -> str:  # hash: fingerprint of a path -> query variants admitted
        return self._key("query-variant-counts")

    @property
    def site_hosts(self) -> str:  # set: the start hosts and those a start URL redirected to
        return self._key("site-hosts")

    @property
    def nodes(self) -> str:  # set: the ids of the joins taking part
        return self._key("nodes")

    @property
    def results(self) -> str:  # list: sealed result batches, for the starting process to collect
        return self._key("results")

    @property
    def alive(self) -> str:  # the starting process's heartbeat
        return self._key("alive")

    def node(self, node_id: str) -> str:  # a join's heartbeat
        return self._key(f"node:{node_id}")

    def in_flight(self, node_id: str) -> str:  # sorted set: the requests a join has taken, with their scores
        return self._key(f"in-flight:{node_id}")

    @property
    def in_flight_prefix(self) -> str:
        return self._key("in-flight:")


@dataclass(frozen=True)
class SharedCrawl:
    """What the starting process publishes about its crawl."""

    crawl_id: str
    targets: list[str]
    config: dict  # Config's sections, as Config.from_dict reads them
    reveal: bool
    key_check: str
    version: str
    started: str
    started_by: str
    credentials: bytes | None = None  # sealed USER:PASSWORD of the start hosts, or None

    @property
    def keys(self) -> CrawlKeys:
        return CrawlKeys(self.crawl_id)

    def credentials_for(self, sealer: Sealer) -> str | None:
        return sealer.open("credentials", self.credentials).decode() if self.credentials else None


def build() -> str:
    """What a node's findings depend on, as the crawl's record names it: the version and the digest of the detector
    and extractor code and data (:func:`~crawler.history.session.code_digest`, what makes an incremental crawl scan
    afresh), as a local version label: ``0.1.0+rules.4f695191b0b5``. A join of another build, though its version
    string be the same, would find other things on its share of the pages; an older build, which compares
    the version string alone, refuses a record whose version carries a label as another version."""
    return f"{__version__}+rules.{code_digest()[:12]}"


def node_name() -> str:
    """This process, as other nodes' messages name it."""
    return f"{socket.gethostname()}:{os.getpid()}"


def open_crawl(server: redis.Redis, *, targets: list[str], config: dict, reveal: bool, fingerprint_key: bytes,
               credentials: str | None, shown_url: str) -> SharedCrawl:
    """Set a new crawl up in ``server`` and return it. A finished or abandoned crawl there is removed first;
    a running one is left alone and ConfigError raised."""
    token = secrets.token_hex(8)
    if not server.set(STARTING, token, nx=True, ex=60):
        raise ConfigError(f"another crawl is being started on Redis at {shown_url}; wait for it, or use another "
                          "database (redis://HOST:6379/1)")
    try:
        running = find_running(server)
        if running is not None:
            raise ConfigError(f"a crawl is already running on Redis at {shown_url} (started {running.started} by "
                              f"{running.started_by}, of {', '.join(running.targets)}); wait for it to end, or "
                              "use another database (redis://HOST:6379/1)")
        remove_crawls(server)
        crawl_id = secrets.token_hex(8)
        sealer = Sealer(fingerprint_key, crawl_id)
        try:
            config_json = json.dumps(config)
        except (TypeError, ValueError) as e:
            raise ConfigError(f"the configuration cannot be shared with other nodes: {e}") from None
        crawl = SharedCrawl(crawl_id=crawl_id, targets=list(targets), config=config, reveal=reveal,
                            key_check=key_check(fingerprint_key, crawl_id), version=build(), started=now_iso(),
                            started_by=node_name(),
                            credentials=sealer.seal("credentials", credentials.encode()) if credentials else None)
        record = {"id": crawl_id, "state": RUNNING, "targets": json.dumps(crawl.targets), "config": config_json,
                  "reveal": int(reveal), "key_check": crawl.key_check, "version": crawl.version,
                  "started": crawl.started, "started_by": crawl.started_by}
        if crawl.credentials:
            record["credentials"] = crawl.credentials
        with server.pipeline() as transaction:
            transaction.delete(RECORD)
            transaction.hset(RECORD, mapping=record)
            transaction.set(crawl.keys.alive, crawl.started_by, ex=STARTER_ALIVE_SECONDS)
            transaction.execute()
        return crawl
    finally:
        if server.get(STARTING) == token.encode():
            server.delete(STARTING)


def remove_crawls(server: redis.Redis) -> None:
    """Remove every key of earlier crawls but their record, which the new crawl's replaces in one step: a join of
    the old crawl never sees Redis without a record, which only a Redis that lost its data shows (see
    :func:`crawl_state`)."""
    batch = []
    for key in server.scan_iter(match=f"{PREFIX}*", count=1000):
        if key not in (STARTING.encode(), RECORD.encode()):
            batch.append(key)
        if len(batch) >= 1000:
            server.unlink(*batch)
            batch.clear()
    if batch:
        server.unlink(*batch)


def _crawl_from(record: dict[bytes, bytes]) -> SharedCrawl:
    text = {k.decode(): v for k, v in record.items()}
    return SharedCrawl(crawl_id=text["id"].decode(), targets=json.loads(text["targets"]),
                       config=json.loads(text["config"]), reveal=text["reveal"] == b"1",
                       key_check=text["key_check"].decode(), version=text["version"].decode(),
                       started=text["started"].decode(), started_by=text["started_by"].decode(),
                       credentials=text.get("credentials"))


def find_running(server: redis.Redis) -> SharedCrawl | None:
    """The crawl running in ``server``, or None (none, or it finished, or its starting process is gone)."""
    record = server.hgetall(RECORD)
    if not record or record.get(b"state") != RUNNING.encode():
        return None
    crawl = _crawl_from(record)
    return crawl if server.exists(crawl.keys.alive) else None


def wait_for_crawl(server: redis.Redis, on_wait, poll: float = 1.0) -> SharedCrawl:
    """The running crawl in ``server``, waiting for one to start; ``on_wait()`` is called once if it must wait."""
    waited = False
    while True:
        crawl = find_running(server)
        if crawl is not None:
            return crawl
        if not waited:
            on_wait()
            waited = True
        time.sleep(poll)


def crawl_state(server: redis.Redis, crawl_id: str) -> str:
    """The state of crawl ``crawl_id``: running, finished, interrupted, stopped, abandoned (its starting process
    stopped answering, or a newer crawl replaced it), or lost (Redis holds no crawl at all: it restarted without
    persistence, or was flushed)."""
    state, current = server.hmget(RECORD, ["state", "id"])
    if current is None:
        return LOST
    if current.decode() != crawl_id:
        return "abandoned"
    state = state.decode()
    if state == RUNNING and not server.exists(CrawlKeys(crawl_id).alive):
        return "abandoned"
    return state


def close_crawl(server: redis.Redis, crawl_id: str, state: str) -> None:
    """Record how crawl ``crawl_id`` ended and remove its data (frontier, seen-set, results...): joins read the
    state and leave; the record stays until the next crawl replaces it. Nothing is done if a newer crawl
    replaced this one."""
    current, recorded = server.hmget(RECORD, ["id", "state"])
    if current is None or current.decode() != crawl_id:
        return
    if recorded == RUNNING.encode():
        with server.pipeline() as transaction:
            transaction.hset(RECORD, mapping={"state": state, "finished": now_iso()})
            transaction.delete(CrawlKeys(crawl_id).alive)
            transaction.execute()
    batch = list(server.scan_iter(match=f"{PREFIX}{crawl_id}:*", count=1000))
    for start in range(0, len(batch), 1000):
        server.unlink(*batch[start:start + 1000])
