"""Limits that hold across all the nodes of a crawl: the page limit, the crawl-trap guard's query variants, and
the site's hosts.

Each node's ScopeMiddleware applies the crawl's scope and limits as a crawl on one machine does. What they
count (URLs admitted under ``max_pages``, query variants of one path under ``max_query_variants``) is counted
here once more, across nodes, each check and count one step in Redis; so is the set of the site's hosts (a
start URL that redirects to another host takes it into the site on every node). A node's own counts never run
ahead of the crawl's (a node counts only what the crawl admitted, until the crawl's limit is reached), so the
crawl's limit is the one that binds, and a refusal reads as it does on one machine. Depth travels with each
request (``depth`` in its meta); the other traps need no count.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from ..middlewares import LISTED, PageLimitReached
from ..scope import host_key
from .connection import connect_from_settings
from .crawl import CrawlKeys

_ADMIT = """
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[1])
return 1
"""
_QUERY_VARIANT = """
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
if tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0') >= tonumber(ARGV[3]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[1])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
return 1
"""


def _fingerprint(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest()


class SharedLimits:
    """Downloader middleware after ScopeMiddleware: the crawl-wide page limit and query-variant count."""

    def __init__(self, server, keys: CrawlKeys, *, max_pages: int, max_query_variants: int):
        self.keys = keys
        self.max_pages = max_pages
        self.max_query_variants = max_query_variants
        self._admit = server.register_script(_ADMIT)
        self._query_variant = server.register_script(_QUERY_VARIANT)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(connect_from_settings(settings, name="pubcheck limits"),
                   CrawlKeys(settings.get("PUBCHECK_CRAWL_ID")),
                   max_pages=settings.getint("PUBCHECK_MAX_PAGES"),
                   max_query_variants=settings.getint("PUBCHECK_MAX_QUERY_VARIANTS"))

    def process_request(self, request, spider=None):
        if request.meta.get("pubcheck_probe"):
            return None  # robots.txt and /sitemap.xml of a start host: no page, no limit (as ScopeMiddleware)
        url = request.url
        parts = urlsplit(url)
        if parts.query and not request.meta.get(LISTED):
            path = f"{host_key(url)}{parts.path}"
            if not self._query_variant(keys=[self.keys.query_variants, self.keys.query_variant_counts],
                                       args=[_fingerprint(f"{path}\x00{parts.query}"), _fingerprint(path),
                                             self.max_query_variants]):
                raise IgnoreRequest(f"crawl trap: more than {self.max_query_variants} query variants of "
                                    f"{parts.path or '/'}")
        if not self._admit(keys=[self.keys.admitted], args=[_fingerprint(url), self.max_pages]):
            raise PageLimitReached(f"page limit reached ({self.max_pages}; see --max-pages)")
        return None


class SharedHosts:
    """The spider's ``site_hosts`` (the start hosts and those start URLs redirected to), kept in Redis: a set
    that answers ``in`` and takes ``add``, as the spider and ScopeMiddleware use it."""

    def __init__(self, server, key: str, hosts=()):
        self.server = server
        self.key = key
        self._known = set(hosts)
        if self._known:
            server.sadd(key, *self._known)

    def __contains__(self, host) -> bool:
        if not host:
            return False  # a URL without a host (host_key's None) is no site's, as in a local set
        if host in self._known:
            return True
        if self.server.sismember(self.key, host):
            self._known.add(host)
            return True
        return False

    def add(self, host: str) -> None:
        self._known.add(host)
        self.server.sadd(self.key, host)

    def __iter__(self):
        return iter(self._known | {host.decode() for host in self.server.smembers(self.key)})

    def __len__(self) -> int:
        return len(set(self))
