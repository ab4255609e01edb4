"""Crawl extensions: refusing unwanted downloads early, and the live progress line."""
from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.exceptions import StopDownload
from twisted.internet import task

from .scope import refuse_response


class DocumentGate:
    """Stops a download as soon as its headers show it is too large or has no text to scan (a video
    linked without an extension), instead of fetching it to throw away. The spider's errback reports
    the reason from the same headers."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes

    @classmethod
    def from_crawler(cls, crawler):
        gate = cls(crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        crawler.signals.connect(gate.headers_received, signal=signals.headers_received)
        return gate

    def headers_received(self, headers, body_length, request, spider=None):
        if request.meta.get("pubcheck_probe"):
            return
        length = body_length if isinstance(body_length, int) else None  # twisted says UNKNOWN_LENGTH
        if refuse_response(headers.get(b"Content-Type", b"").decode("latin-1"), length, self.max_bytes):
            raise StopDownload(fail=True)


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
        progress = cls(crawler.stats, expected=crawler.settings.getint("PUBCHECK_EXPECTED_URLS"))
        if crawler.settings.getbool("PUBCHECK_PROGRESS"):
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
