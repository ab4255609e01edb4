"""What the spider hands to the collector: one item per URL outcome, plus the links each page makes."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FetchedItem:
    """A downloaded response, to be extracted and scanned off the reactor."""

    url: str
    body: bytes
    content_type: str | None
    http_status: int
    kind: str  # page (HTML reached by a link), document (anything else), sitemap
    fetch_seconds: float | None = None  # Scrapy's download latency
    etag: str | None = None  # the server's ETag: tells whether /dir/ and /dir/index.html are one document
    warning: str | None = None  # how the crawl met it, for its listing (a document served from another host)


@dataclass
class LinksItem:
    """The URLs a page or sitemap points to, so every target can list its referrers."""

    referrer: str
    urls: list[str]


@dataclass
class RedirectItem:
    """``url`` answered with a redirect to ``target``: reports file it under the target."""

    url: str
    target: str


@dataclass
class StatusItem:
    """A URL's outcome without content to analyse: failed (HTTP error, timeout), skipped (scope, limits,
    too large) or, for a sitemap, read."""

    url: str
    status: str  # scanned | failed | skipped
    reason: str
    kind: str | None = None
    http_status: int | None = None
    not_checked: bool = False  # published but not checked (a 5xx, a timeout, too large, the page limit)


@dataclass
class ErrorPageItem:
    """The body of an error answer (a 404 or 500 page, a document URL answered 200 by a "Not Found" page): the
    public reads it at ``listed_as.url``, so its text is scanned, while the URL is listed as ``listed_as`` says (a
    broken link, a document not checked)."""

    body: bytes
    content_type: str | None
    listed_as: StatusItem


@dataclass
class CrawlErrorItem:
    """Reading ``url`` went wrong in pubcheck itself (a spider callback raised): the links after the error
    were not followed, so the run is incomplete."""

    url: str
    message: str
