"""The crawl's frontier on disk: a 100,000-page site must not wait in memory as 100,000 Request objects.

The crawl goes breadth first (pages nearest the start URLs first, so the depth and page limits keep the
pages that matter most), which means most of a large site is discovered, and queued, long before it is
fetched; a queued Request costs most of a kilobyte. :class:`FrontierScheduler` is Scrapy's own scheduler with
its queues on disk, as Scrapy keeps them under ``JOBDIR``, but in a private folder made for the run and
removed when it ends: a nightly run never resumes another's queue. :class:`RequestDiskQueue` writes each
request without credentials, and faster than Scrapy's own disk queues. The seen-set is the spider's
(``SiteSpider.requested``), checked before a Request is even made. Once the page limit is reached, what waits in
the queue is refused here, not sent one by one through the engine and the downloader to be refused there: a
page with 50,000 links and a limit of 300 costs a second, not a minute.
"""
from __future__ import annotations

import tempfile

from scrapy import Request
from scrapy.core.scheduler import Scheduler
from scrapy.squeues import MarshalFifoDiskQueue
from twisted.python.failure import Failure

from .middlewares import page_limit_reached

# Signal sent with items=[...]: what the errbacks of the requests refused in the queue gave (see next_request).
refused_in_queue = object()

# Headers the download adds again (BasicAuthMiddleware for the start hosts, CookiesMiddleware from its jar):
# a retried request carries them, and they are never written to disk.
PRIVATE_HEADERS = (b"Authorization", b"Cookie", b"Proxy-Authorization")


class FrontierScheduler(Scheduler):
    """Scrapy's scheduler, its queues on disk in a private temporary folder (``JOBDIR`` is not used)."""

    def __init__(self, dupefilter, jobdir: str | None = None, **kwargs):
        self._folder = tempfile.TemporaryDirectory(prefix="pubcheck-frontier-")
        super().__init__(dupefilter, jobdir=self._folder.name, **kwargs)
        self.refusal = None  # ScopeMiddleware.refusal, once the page limit is reached

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        crawler.signals.connect(scheduler.page_limit_reached, signal=page_limit_reached)
        return scheduler

    def page_limit_reached(self, refusal):
        self.refusal = refusal

    def enqueue_request(self, request: Request) -> bool:
        """Queues ``request``, unless the page limit is reached and it can no longer be admitted: then it is
        refused at once (queueing it only to refuse it later costs a write and a read of the disk queue)."""
        if self.refusal is not None:
            items = self._refused(request)
            if items is not None:
                self.crawler.signals.send_catch_log(refused_in_queue, items=items)
                return True
        return super().enqueue_request(request)

    def next_request(self) -> Request | None:
        """The next request to download. Past the page limit only a retry or a probe can still be admitted:
        every other request waiting is refused here, with the reason the downloader would have given, and
        their errbacks' items go to the collector in one signal."""
        request = super().next_request()
        if self.refusal is None:
            return request
        refused = []
        while request is not None:
            items = self._refused(request)
            if items is None:
                break
            refused.extend(items)
            request = super().next_request()
        if refused:
            self.crawler.signals.send_catch_log(refused_in_queue, items=refused)
        return request

    def _refused(self, request: Request) -> list | None:
        """What the errback of ``request`` gives for its refusal, or None if it is admitted after all."""
        refusal = self.refusal(request)
        if refusal is None:
            return None
        failure = Failure(refusal)
        failure.request = request
        return list(request.errback(failure) or ())

    def close(self, reason: str):
        try:
            return super().close(reason)
        finally:
            self._folder.cleanup()


class RequestDiskQueue(MarshalFifoDiskQueue):
    """Scrapy's FIFO marshal disk queue, but a request is turned into its fields directly: Scrapy's
    ``Request.to_dict`` finds the callback's name by listing every member of the spider, a tenth of a
    millisecond a request. A request that marshal cannot write (an unusual meta value) raises ValueError,
    and the scheduler keeps it in memory instead."""

    def push(self, request: Request) -> None:
        super(MarshalFifoDiskQueue, self).push(self.fields(request))  # the marshalling queue beneath Scrapy's

    def fields(self, request: Request) -> dict:
        """What ``scrapy.utils.request.request_from_dict`` needs to make the request again."""
        fields = {name: getattr(request, name) for name in request.attributes}
        fields["callback"] = self._method_name(request.callback)
        fields["errback"] = self._method_name(request.errback)
        fields["headers"] = {name: values for name, values in request.headers.items() if name not in PRIVATE_HEADERS}
        if type(request) is not Request:
            fields["_class"] = f"{type(request).__module__}.{type(request).__qualname__}"
        return fields

    def _method_name(self, method) -> str | None:
        if method is None:
            return None
        name = getattr(method, "__name__", "")
        if getattr(self.spider, name, None) != method:
            raise ValueError(f"{method!r} is not a method of the spider")
        return name
