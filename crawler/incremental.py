"""Incremental crawls: ask the server whether a page or document changed since the last run checked it.

``ConditionalRequests`` (a downloader middleware) sends ``If-None-Match`` and ``If-Modified-Since`` with the
validators the history kept for the URL, and lets a ``304 Not Modified`` through to the spider middleware.
``RevalidatedResponses`` (a spider middleware) then stands in for the spider: an unchanged URL (a 304, or a
200 whose body has the content hash the history kept) becomes a :class:`RevalidatedItem` that carries the
previous run's detections forward, without extraction or detection, and an unchanged page's links come from
the history (links only, never page text) and are followed as the spider would. For every URL fetched afresh
it records the validators and the content hash that the next run asks with.

A changed page is always scanned again, and a 304 is trusted only for ``recheck_after_days`` after the URL's body
was last fetched and checked: then it is asked for without validators, as a page that held documents in ``data:``
links always is (they are read from its body), so that a proxy or CDN that answers 304
to every conditional request cannot hide a change for ever (a body with the content hash kept is unchanged). Sitemaps and ``robots.txt`` are always fetched in full. With
``--reveal`` or ``--full`` no conditional request is sent: only a fresh scan has raw values to reveal.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured

from .history.keys import HistoryKeys
from .history.model import DocumentState
from .history.session import HistoryOptions, run_store
from .history.store import HistoryStore
from .items import FetchedItem

STATE_META = "revalidating"  # the DocumentState a request asks about (no pubcheck_ prefix: redirects drop it)
NOT_MODIFIED = 304


@dataclass
class RevalidatedItem:
    """A fetched URL's validators and content hash, for the history; with ``previous``, the URL is unchanged
    since that state and stands for it."""

    url: str
    kind: str
    http_status: int
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    previous: DocumentState | None = None
    # an unchanged page's links, from the history: the run's referrers (the history has them already)
    links: list[str] | None = None


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1").strip() or None if value else None


class ConditionalRequests:
    """Adds the history's validators to each page and document request (downloader middleware)."""

    def __init__(self, store: HistoryStore, rules: str, allowed_statuses: list[int], recheck_after_days: int = 7,
                 key_id: str | None = None, keys: HistoryKeys | None = None):
        self.store = store
        self.rules, self.key_id = rules, key_id
        self.keys = keys or HistoryKeys(b"")
        self.allowed_statuses = [*allowed_statuses, NOT_MODIFIED]
        self.trusted_since = datetime.now(timezone.utc) - timedelta(days=recheck_after_days)

    @classmethod
    def from_crawler(cls, crawler):
        options = HistoryOptions.from_settings(crawler.settings)
        if options is None or not options.incremental or crawler.settings.getbool("PUBCHECK_REVEAL"):
            raise NotConfigured
        middleware = cls(run_store(options.db), options.rules, crawler.settings.getlist("HTTPERROR_ALLOWED_CODES"),
                         options.recheck_after_days, options.key_id, options.keys())
        crawler.signals.connect(middleware.store.close, signal=signals.spider_closed)
        return middleware

    def _trusted(self, state: DocumentState) -> bool:
        """Whether a 304 may stand for ``state``: its body was fetched and checked recently enough."""
        return state.verified is not None and datetime.fromisoformat(state.verified) >= self.trusted_since

    def process_request(self, request, spider=None):
        for header in (b"If-None-Match", b"If-Modified-Since"):  # a redirect's request copies the old URL's
            request.headers.pop(header, None)
        request.meta.pop(STATE_META, None)
        if (request.meta.get("pubcheck_probe") or request.meta.get("pubcheck_kind") == "sitemap"
                or request.meta.get("pubcheck_recheck")):  # a check whether the site still lets pubcheck in
            return None
        state = self.store.document_state(request.url, self.keys.url(request.url), self.rules, self.key_id)
        if state is None or not (state.etag or state.last_modified) or not self._trusted(state) or (
                state.kind == "page" and self.store.holds_data_documents(
                    self.keys.url(f"{request.url.split('#')[0]}#data-link-1"))):
            if state is not None:  # no validators, or not trusted: the content hash decides once the body is here
                request.meta[STATE_META] = state
            return None
        request.meta[STATE_META] = state
        if state.etag:
            request.headers[b"If-None-Match"] = state.etag
        if state.last_modified:
            request.headers[b"If-Modified-Since"] = state.last_modified
        request.meta["handle_httpstatus_list"] = self.allowed_statuses
        return None


class RevalidatedResponses:
    """Stands in for the spider on unchanged URLs and records validators of the others (spider middleware)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if HistoryOptions.from_settings(crawler.settings) is None:
            raise NotConfigured
        return cls(crawler)

    @property
    def requested(self) -> set[str]:
        """The crawl's one seen-set, the spider's (``SiteSpider.requested``): an unchanged page's links are
        requested only if nothing else asked for them, be it the spider following a changed page, a start URL
        or the interrupted run a resumed one goes on from (which met them all)."""
        return self.crawler.spider.requested

    def process_spider_output(self, response, result, spider=None):
        previous = response.meta.get(STATE_META)
        if previous is not None and response.status == NOT_MODIFIED:
            yield from self._unchanged(response, previous)
            return
        for output in result:
            if isinstance(output, FetchedItem) and output.url == response.url:
                yield self._revalidated(response, output, previous)
                if previous is not None and previous.content_hash == content_hash(output.body):
                    continue
            yield output

    async def process_spider_output_async(self, response, result, spider=None):
        previous = response.meta.get(STATE_META)
        if previous is not None and response.status == NOT_MODIFIED:
            for output in self._unchanged(response, previous):
                yield output
            return
        async for output in result:
            if isinstance(output, FetchedItem) and output.url == response.url:
                yield self._revalidated(response, output, previous)
                if previous is not None and previous.content_hash == content_hash(output.body):
                    continue
            yield output

    @staticmethod
    def _revalidated(response, item: FetchedItem, previous: DocumentState | None) -> RevalidatedItem:
        digest = content_hash(item.body)
        unchanged = previous is not None and previous.content_hash == digest
        return RevalidatedItem(url=item.url, kind=item.kind, http_status=response.status,
                               etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
                               content_hash=digest, previous=previous if unchanged else None)

    def _unchanged(self, response, previous: DocumentState):
        """A 304: the previous state stands for the URL, and a page's links come from the history."""
        page = previous.kind == "page"
        yield RevalidatedItem(url=response.url, kind=previous.kind, http_status=response.status,
                              etag=_header(response, b"ETag") or previous.etag,
                              last_modified=_header(response, b"Last-Modified") or previous.last_modified,
                              content_hash=previous.content_hash, previous=previous,
                              links=previous.links if page else None)
        if not page:
            return
        request = response.request
        for link in previous.links:  # followed as the spider follows a page's links
            if link not in self.requested:
                self.requested.add(link)
                yield Request(link, callback=request.callback, errback=request.errback)
