"""Crawl extensions: refusing unwanted downloads early, the live progress line, ending the run when the user
interrupts it, and handing freed memory back to the system during a long crawl."""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured, StopDownload
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from .run import SignalLatch, stopped_at_time_limit
from .scope import (PICTURE, SNIFF_BYTES, document_signature, names_document, names_document_file,
                    not_a_document_type, refuse_response, saved_name)

# signal sent with reason="interrupted by SIGINT" on the first SIGINT or SIGTERM, or with the time limit's reason
run_interrupted = object()


SNIFFING = "pubcheck_sniff"  # request meta: the first bytes of a body whose declared type says it is no document


class DocumentGate:
    """Stops a download as soon as its headers show it is too large or has no text to scan (a video
    linked without an extension), instead of fetching it to throw away. The spider's errback reports
    the reason from the same headers.

    A declared type is not the last word: a CMS that serves a PDF as ``video/mp4`` publishes the PDF all the same.
    A response at a URL whose extension names a document (``.pdf``, ``.docx``) is fetched whatever its type says
    (the worker sniffs what the bytes are), and any other response declared no document is judged by its first
    bytes (:data:`~crawler.scope.SNIFF_BYTES`): the signature of a document pubcheck reads (PDF, zip, OLE2, RTF,
    PNG, JPEG, TIFF) lets it through, anything else is stopped there."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes

    @classmethod
    def from_crawler(cls, crawler):
        gate = cls(crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        crawler.signals.connect(gate.headers_received, signal=signals.headers_received)
        crawler.signals.connect(gate.bytes_received, signal=signals.bytes_received)
        return gate

    def headers_received(self, headers, body_length, request, spider=None):
        if request.meta.get("pubcheck_probe"):
            return
        length = body_length if isinstance(body_length, int) else None  # twisted says UNKNOWN_LENGTH
        disposition = headers.get(b"Content-Disposition", b"").decode("latin-1")
        reason = refuse_response(headers.get(b"Content-Type", b"").decode("latin-1"), length, self.max_bytes,
                                 asset=bool(request.meta.get("pubcheck_asset")), disposition=disposition,
                                 picture=bool(request.meta.get(PICTURE)))
        if not reason:
            return
        if not_a_document_type(reason):
            asked = (request.meta.get("pubcheck_chain") or [request.url])[0]
            if names_document(request.url) or names_document(asked) or names_document_file(saved_name(disposition)):
                return  # the URL or the file's name promises a document: its bytes decide, not its declared type
            request.meta[SNIFFING] = b""  # its first bytes decide (bytes_received)
            return
        raise StopDownload(fail=True)

    def bytes_received(self, data, request, spider=None):
        head = request.meta.get(SNIFFING)
        if head is None:
            return
        head += data[:SNIFF_BYTES]
        if document_signature(head):
            del request.meta[SNIFFING]  # a document after all: fetched and read
        elif len(head) >= SNIFF_BYTES:
            del request.meta[SNIFFING]
            raise StopDownload(fail=True)
        else:
            request.meta[SNIFFING] = head


class ProgressLine:
    """Shows pages, documents and findings while a crawl runs, with the rate and an estimate of the time left:
    a live line on a terminal, a plain line every 30 s otherwise (cron mail and CI logs stay short)."""

    def __init__(self, stats, stream=None, expected: int = 0):
        self.stats = stats
        self.expected = expected  # URLs the previous run of these targets fetched (from the history), or 0
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.loop = task.LoopingCall(self.show)
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PUBCHECK_PROGRESS"):
            raise NotConfigured
        progress = cls(crawler.stats, expected=crawler.settings.getint("PUBCHECK_EXPECTED_URLS"))
        crawler.signals.connect(progress.opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.closed, signal=signals.spider_closed)
        return progress

    def opened(self, spider=None):
        self.loop.start(1.0 if self.live else 30.0, now=False)

    def closed(self, spider=None, reason=None):
        if self.loop.running:
            self.loop.stop()
        self.show()
        if self.live:
            self.stream.write("\n")

    def line(self) -> str:
        get = self.stats.get_value
        elapsed = time.monotonic() - self.started
        fetched = get("response_received_count", 0)
        queued = get("scheduler/enqueued", 0) - get("scheduler/dequeued", 0)
        unchanged = get("pubcheck/unchanged", 0)
        return (f"pubcheck: {fetched} fetched, {get('pubcheck/scanned', 0)} scanned"
                + (f" ({unchanged} unchanged)" if unchanged else "")
                + f", {get('pubcheck/failed', 0)} failed, {get('pubcheck/skipped', 0)} skipped, "
                f"{get('pubcheck/findings', 0)} findings, {elapsed:.0f} s"
                + estimate(fetched, queued, self.expected, elapsed))

    def show(self):
        self.stream.write(("\r" + self.line() + "\033[K") if self.live else self.line() + "\n")
        self.stream.flush()


def estimate(fetched: int, queued: int, expected: int, elapsed: float) -> str:
    """", 12.5 URLs/s, about 3 min left": the rate so far, and the time the URLs still queued (or, when the
    history knows how many the previous run fetched, the rest of those) take at that rate."""
    if elapsed < 1 or not fetched:
        return ""
    rate = fetched / elapsed
    remaining = max(queued, expected - fetched)
    if not remaining:
        return f", {rate:.1f} URLs/s"
    seconds = remaining / rate
    left = f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min" if seconds < 5400 else \
        f"{seconds / 3600:.1f} h"
    return f", {rate:.1f} URLs/s, about {left} left"


class Interruption:
    """Ctrl-C, or the SIGTERM a CI runner or cron sends, ends the run cleanly and promptly, whenever it comes; so
    does the run's time limit (``max_minutes``), counted from the engine's start, the same way.

    The first signal sends ``run_interrupted``: the collecting pipeline reports at once what was checked, marked
    interrupted (exit status 2), without waiting for downloads or analyses in progress. The engine then gets
    ``grace`` seconds to close before the reactor is stopped anyway. A second signal stops the process at once:
    the extraction workers are killed and nothing more is written, so no file can claim a complete check (the
    reports are renamed into place whole, and a report already written says the run was interrupted).

    The signals are held from the start (the command's :class:`~crawler.run.SignalLatch`, or one installed when
    the extensions are built, before the history and the workers start): a signal that comes before the engine
    runs is acted on as soon as it does, not lost.
    """

    def __init__(self, crawler, grace: float, latch: SignalLatch, max_minutes: float = 0):
        self.crawler = crawler
        self.grace = grace
        self.latch = latch
        self.max_minutes = max_minutes
        self.time_limit = None  # the reactor's call of time_up, once the engine runs
        self.interrupting = False

    @classmethod
    def from_crawler(cls, crawler):
        latch = SignalLatch.installed()
        if latch is None:  # ``scrapy crawl site``: no command held them
            latch = SignalLatch()
            latch.install()
        extension = cls(crawler, crawler.settings.getfloat("PUBCHECK_INTERRUPT_GRACE"), latch,
                        crawler.settings.getfloat("PUBCHECK_MAX_MINUTES"))
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_started(self):
        from twisted.internet import reactor
        reactor.callLater(0, self.listen)  # after Scrapy's own handlers, if it installed any
        if self.max_minutes > 0:
            self.time_limit = reactor.callLater(self.max_minutes * 60, self.time_up)

    def listen(self):
        from twisted.internet import reactor
        self.latch.install()  # takes the signals back from Scrapy's handlers (``scrapy crawl``)
        self.latch.listen(lambda signame: reactor.callFromThread(self.interrupt, signame))

    def engine_stopped(self):
        self.latch.listen(None)  # the reactor is stopping: a later signal has no run left to end
        if self.time_limit is not None and self.time_limit.active():
            self.time_limit.cancel()

    def interrupt(self, signame: str):
        self.end_run(f"interrupted by {signame}", f"{signame}: reporting what was checked so far (send it again "
                     "to stop at once)")

    def time_up(self):
        self.end_run(stopped_at_time_limit(self.max_minutes), f"the run's time limit ({self.max_minutes:g} min) is "
                     "reached: reporting what was checked so far; the rest is listed as not checked")

    def end_run(self, reason: str, notice: str):
        from twisted.internet import reactor
        if self.interrupting:
            return
        self.interrupting = True
        print(f"\npubcheck: {notice}", file=sys.stderr, flush=True)
        self.crawler.signals.send_catch_log(run_interrupted, reason=reason)
        if self.crawler.engine.spider is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="interrupted"))
        reactor.callLater(self.grace, self.give_up)

    @staticmethod
    def give_up():
        """Downloads still in progress would hold the engine's close up to their timeout: stop without them.
        ``crash`` skips the reactor's shutdown, so its thread pool, which would keep the process alive, is
        stopped here."""
        from twisted.internet import reactor
        if reactor.running:
            reactor.getThreadPool().stop()
            reactor.crash()


class MemoryTrim:
    """Returns the memory a long crawl has freed to the system every ``interval`` seconds (glibc's
    ``malloc_trim``). Parsing tens of thousands of pages leaves the C allocator's heap fragmented: the crawl's
    Python objects stay small (tracemalloc counts under 20 MB after 8,000 pages) while its resident memory grew
    by 9 KB a page, 350 MB at 20,000 pages; trimmed, 251 MB (benchmarks/memory.py). Off where the C library is
    not glibc, and with ``PUBCHECK_MEMORY_TRIM_SECONDS = 0``."""

    def __init__(self, interval: float, trim):
        self.interval = interval
        self.trim = trim
        self.loop = task.LoopingCall(self.trim, 0)

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PUBCHECK_MEMORY_TRIM_SECONDS")
        trim = _malloc_trim()
        if interval <= 0 or trim is None:
            raise NotConfigured("no malloc_trim here, or switched off")
        extension = cls(interval, trim)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider=None):
        self.loop.start(self.interval, now=False)

    def closed(self, spider=None, reason=None):
        if self.loop.running:
            self.loop.stop()


def _malloc_trim():
    """glibc's ``malloc_trim(pad)``, or None where the C library has none (musl, macOS)."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
