"""Middlewares: the crawl's scope and limits, HTTP basic auth for the start hosts, robots.txt (when obeyed) as
a gap in the check, a check that a compressed body decodes to its end, a check that a 206 is no part taken for
the whole, and a guard that turns an error in a spider callback into a reported gap instead of a
lost page."""
from __future__ import annotations

import base64
import logging
import os
import re
import zlib
from collections import defaultdict
from http.cookiejar import DefaultCookiePolicy, request_host

try:
    import brotli
except ImportError:  # Scrapy decodes brotli with either
    import brotlicffi as brotli

from scrapy import signals
from scrapy.downloadermiddlewares.httpcompression import ACCEPTED_ENCODINGS
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http.cookies import CookieJar
from tldextract import TLDExtract

from .failures import IncompleteBody, TooLarge
from .items import CrawlErrorItem
from .scope import PICTURE, AllowedHosts, CrawlTrapGuard, host_key, not_a_document, origin
from .spiders.served_elsewhere import SERVED_FROM

logger = logging.getLogger(__name__)
ADMITTED = "pubcheck_admitted"  # request meta: the URL ScopeMiddleware admitted this request with
LISTED = "pubcheck_listed"  # request meta: a page of another path links this URL with a query (scope.listed_elsewhere)
# Signal sent once, with refusal=ScopeMiddleware.refusal, when the page limit first refuses a request: from then
# on nothing new is admitted, and the scheduler refuses what it holds without a trip through the downloader.
page_limit_reached = object()


class PageLimitReached(IgnoreRequest):
    """A request left out by the page limit: a published URL the run did not check."""

    not_checked = True


class PictureLimitReached(IgnoreRequest):
    """A page's picture left out by the picture limit: published, and not checked."""

    not_checked = True


class ScopeMiddleware:
    """Admits a request only if it is on the site, within the limits and not a crawl trap.

    Refused requests raise IgnoreRequest with the reason, which the spider's errback records as a
    skipped document: every URL met is accounted for, nothing is dropped silently. Redirects and
    retries pass through here again, so a redirect off the site is refused too (not a document link's:
    see ``spiders.served_elsewhere``).
    """

    def __init__(self, *, max_pages: int, max_depth: int, allowed_hosts: list[str], guard: CrawlTrapGuard,
                 signal_manager=None, max_pictures: int = 0):
        self.max_pages = max_pages
        self.max_pictures = max_pictures
        self.signals = signal_manager
        self.max_depth = max_depth
        self.extra_hosts = AllowedHosts(allowed_hosts)
        self.guard = guard
        self.site_hosts: set[str] = set()  # the spider's: the start hosts and those they redirect to
        self.admitted = 0  # requests admitted against the page limit
        self.pictures = 0  # pages' pictures admitted against their own limit: they take no page or document's place
        self.limit_announced = False

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        middleware = cls(max_pages=settings.getint("PUBCHECK_MAX_PAGES"), max_depth=settings.getint("PUBCHECK_MAX_DEPTH"),
                         allowed_hosts=settings.getlist("PUBCHECK_ALLOWED_HOSTS"),
                         guard=CrawlTrapGuard(settings.getint("PUBCHECK_MAX_QUERY_VARIANTS"),
                                              settings.getint("PUBCHECK_MAX_URL_LENGTH"),
                                              settings.getint("PUBCHECK_MAX_FUTURE_YEARS")),
                         signal_manager=crawler.signals, max_pictures=settings.getint("PUBCHECK_MAX_PICTURES"))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider):
        self.site_hosts = spider.site_hosts  # the same set: it grows as start URLs redirect

    def process_request(self, request, spider=None):
        refusal = self.refusal(request)
        if refusal is not None:
            raise refusal
        return None

    def refusal(self, request) -> IgnoreRequest | None:
        """Why ``request`` is not fetched (what its errback gets), or None when it is admitted: counted against
        the page limit and marked, so that its retries pass."""
        url = request.url
        if request.meta.get(ADMITTED) == url:
            return None  # a retry: a copy of a request admitted already (a redirect's target has another URL)
        if not url.startswith(("http://", "https://")):
            return IgnoreRequest("not an http(s) URL")
        host = host_key(url)
        if host not in self.site_hosts and host not in self.extra_hosts and request.meta.get(SERVED_FROM) != host:
            if request.meta.get("pubcheck_chain"):
                return IgnoreRequest(f"redirect to another host ({host}), not followed")
            return IgnoreRequest("off-site link (not fetched)")
        if request.meta.get("pubcheck_probe"):
            return None  # robots.txt and /sitemap.xml of a start host: no page, no limit
        # sitemap.xml.gz is a document, and so are a script's source map (a style sheet's .map is none) and the
        # style sheets and SVG drawings a page uses (the spider's assets)
        reason = (request.meta.get("pubcheck_kind") != "sitemap" and not request.meta.get("pubcheck_asset")
                  and not_a_document(url))
        if reason:
            return IgnoreRequest(reason)
        if request.meta.get(PICTURE):  # part of the page that shows it, whatever its depth: no page's place taken
            if self.pictures >= self.max_pictures:
                return PictureLimitReached(f"picture limit reached ({self.max_pictures}; see max_pictures)")
            self.pictures += 1
            request.meta[ADMITTED] = url
            return None
        if request.meta.get("depth", 0) > self.max_depth:
            return IgnoreRequest(f"depth limit reached ({self.max_depth} links from the start URL)")
        reason = self.guard.check(url, listed=bool(request.meta.get(LISTED)))
        if reason:
            return IgnoreRequest(reason)
        if self.admitted >= self.max_pages:
            if not self.limit_announced and self.signals is not None:
                self.limit_announced = True
                self.signals.send_catch_log(page_limit_reached, refusal=self.refusal)
            return PageLimitReached(f"page limit reached ({self.max_pages}; see --max-pages)")
        self.admitted += 1
        request.meta[ADMITTED] = url  # no set of every URL admitted: the spider de-duplicates them
        return None


class RobotsDisallowed(IgnoreRequest):
    """A request robots.txt disallows, with ``obey_robots_txt = true``: the document is still published (robots.txt
    asks crawlers, it locks nothing), so it is a document the run did not check."""

    not_checked = True


class ObeyedRobotsTxt(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, whose refusal says why the document went unchecked and counts as a gap:
    Scrapy's own ("Forbidden by robots.txt") read as a link pubcheck chose not to follow, and a run that skipped
    a published document exited 0, "complete"."""

    def process_request_2(self, rp, request) -> None:
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            raise RobotsDisallowed("disallowed by robots.txt (obey_robots_txt = true): not checked") from None


class SuffixListCookiePolicy(DefaultCookiePolicy):
    """The standard library's cookie policy, with a cookie's domain checked against the Public Suffix List as
    Scrapy's own cookie handling checks it (a cookie for ``.gov`` or ``.ca.us`` is refused; one a public suffix's own
    host sets is kept for that host alone), the list read from tldextract's bundled snapshot only: Scrapy's own check
    downloads it from publicsuffix.org and GitHub on the first cookie a site sets, and caches it under ``~/.cache``.
    A crawl must contact no host but the site's (a locked-down server logs the attempt, and offline each try printed
    a traceback), nor write outside pubcheck's own state."""

    suffixes = TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True,
                          include_psl_private_domains=True)

    def __init__(self):
        # a cookie set without a Domain is its host's alone, as browsers keep it (the standard library's liberal
        # default sends it to the host's subdomains too)
        super().__init__(strict_ns_domain=DefaultCookiePolicy.DomainStrictNonDomain)

    def set_ok_domain(self, cookie, request) -> bool:
        domain = cookie.domain.removeprefix(".")
        if domain and not self.suffixes(domain).domain:  # a public suffix: this host's only
            host = request_host(request)
            if domain != host:
                return False
            cookie.domain, cookie.domain_specified = host, False
        return super().set_ok_domain(cookie, request)


class OfflineCookies:
    """The site's cookies (a CMS's session, a load balancer's affinity), kept and sent back as a browser does, in
    Scrapy's cookie jar (``scrapy.http.cookies.CookieJar``, one per ``cookiejar`` request meta key, none for a
    request marked ``dont_merge_cookies``) with a :class:`SuffixListCookiePolicy`: Scrapy's public API only, in place
    of its ``CookiesMiddleware``, whose suffix check fetches the list. pubcheck sets no cookies of its own on a
    request; a ``Cookie`` header a request carries is replaced by the jar's, as Scrapy's middleware does."""

    suffixes = SuffixListCookiePolicy.suffixes

    def __init__(self):
        self.jars: defaultdict[object, CookieJar] = defaultdict(lambda: CookieJar(SuffixListCookiePolicy()))

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("COOKIES_ENABLED"):
            raise NotConfigured
        return cls()

    def process_request(self, request, spider=None):
        if request.meta.get("dont_merge_cookies", False):
            return None
        request.headers.pop("Cookie", None)
        self.jars[request.meta.get("cookiejar")].add_cookie_header(request)
        return None

    def process_response(self, request, response, spider=None):
        if not request.meta.get("dont_merge_cookies", False):
            self.jars[request.meta.get("cookiejar")].extract_cookies(response, request)
        return response


class BasicAuthMiddleware:
    """Sends HTTP basic auth to the start URLs' origins only: their exact scheme, host and port, as browsers key
    it. A hard-coded ``http://`` link or a redirect from an ``https://`` start URL to its ``http://`` twin gets
    none: the password would cross the network in clear.

    With one start origin the credentials are plainly its own and go with every request to it. With several
    (production and staging in one run) pubcheck cannot tell which one they are for, so an origin gets them once
    it asks: its start URL, ``robots.txt`` or ``sitemap.xml`` answers ``401`` (what a site behind basic auth as a
    whole does), and that request is sent again with them, as is a ``401`` from that origin to a request that
    left before it asked. A public production site, even with a password-protected document of its own, never
    receives the staging password.

    The setting holds the *name* of an environment variable, never the secret, so Scrapy's settings log and
    any report show nothing but the name. Without it the middleware is off.
    """

    def __init__(self, credentials: str):
        if ":" not in credentials:
            raise ValueError("basic auth credentials must be USER:PASSWORD")
        self.header = b"Basic " + base64.b64encode(credentials.encode())
        self.start_origins: set[str] = set()
        self.asked: set[str] = set()  # start origins that get the credentials
        self.send_to_all = False  # to every start origin from the first request

    @classmethod
    def from_crawler(cls, crawler):
        env_var = crawler.settings.get("PUBCHECK_AUTH_ENV", "")
        if not env_var:
            raise NotConfigured  # no credentials: nothing to send
        if ":" not in os.environ.get(env_var, ""):
            raise ValueError(f"environment variable {env_var} must hold USER:PASSWORD")
        middleware = cls(os.environ[env_var])
        # a node joining a crawl across machines fetches no start URL, so it cannot hear which origin asks
        middleware.send_to_all = crawler.settings.get("PUBCHECK_NODE_ROLE") == "join"
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider):
        self.start_origins = {origin(url) for url in spider.start_urls}
        if len(self.start_origins) == 1 or self.send_to_all:
            self.asked = set(self.start_origins)

    def process_request(self, request, spider=None):
        if origin(request.url) in self.asked:
            request.headers.setdefault(b"Authorization", self.header)
        return None

    def process_response(self, request, response, spider=None):
        if response.status != 401 or request.headers.get(b"Authorization"):
            return response
        where = origin(request.url)
        if where not in self.start_origins:
            return response
        if where not in self.asked:
            if not (request.meta.get("pubcheck_start") or request.meta.get("pubcheck_probe")):
                return response  # a password-protected document of a public site: not what the credentials are for
            self.asked.add(where)
        return request.replace(dont_filter=True)  # process_request adds the credentials


CHECK_CHUNK = 64 * 1024  # decoded bytes produced at a time while checking a stream (and thrown away)


class CompressedBodyCheck:
    """Fails a response whose gzip, deflate or brotli body does not decode to its end.

    When the HTTP framing is complete (the Content-Length was met, or the server closed a close-delimited
    answer) but the compressed stream inside was cut short or broken part-way (a proxy, a CDN or a crashed
    server), Scrapy's HttpCompressionMiddleware decodes what it can and drops the rest silently: the page would
    count as checked though its end (or, for deflate and brotli, nearly all of it) was never read. It must sit
    between the download and HttpCompressionMiddleware (a higher number than its 590). Only a 2xx answer's body
    and its outermost encoding are checked; the decoded bytes are thrown away as they come, and the check stops
    past DOWNLOAD_MAXSIZE, so a compression bomb costs no memory: a body that decodes past the limit is refused
    as too large, a document not checked, as one whose Content-Length says so is (Scrapy's own refusal of it,
    "exceeded DOWNLOAD_MAXSIZE during decompression", read as a link pubcheck chose not to fetch, and the run
    exited 0).
    """

    def __init__(self, max_size: int):
        self.max_size = max_size

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("DOWNLOAD_MAXSIZE"))

    def process_response(self, request, response, spider=None):
        encodings = response.headers.getlist("Content-Encoding")
        if request.method == "HEAD" or not encodings or not response.body or not 200 <= response.status < 300:
            return response  # a redirect's or an error's body is never read: a 404 stays a broken link
        unknown = unknown_encodings(encodings)
        if unknown:
            raise IncompleteBody(f"not checked: unknown Content-Encoding {unknown[0][:40]}")
        encoding = encodings[-1].decode("latin-1").strip().lower()
        max_size = request.meta.get("download_maxsize", self.max_size)
        problem = _decoding_problem(encoding, response.body, max_size)
        if problem is PAST_LIMIT:
            raise TooLarge(f"too large: over the {max_size / 1048576:g} MB document limit once decompressed "
                           f"({encoding}, {len(response.body) / 1048576:.1f} MB as sent)")
        if problem:
            raise IncompleteBody(f"{problem} ({encoding}): the page or document was not read to its end")
        return response


class PartialContentCheck:
    """Fails a 206 Partial Content answer to a request that asked for no range, unless its range is the whole
    representation. A misconfigured cache or server may send the first bytes of a file as a 206 to a plain GET;
    Scrapy hands the part over as the response, which would count as the whole document checked though its
    rest (a customer list past the cut) was never read."""

    def process_response(self, request, response, spider=None):
        if response.status != 206 or request.headers.get(b"Range"):
            return response
        problem = partial_content_problem(response.headers.get(b"Content-Range"))
        if problem:
            raise IncompleteBody(f"the server sent part of it ({problem}): not checked")
        return response


_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)


def partial_content_problem(content_range: bytes | None) -> str | None:
    """What part of the document a 206's ``Content-Range`` says was sent ("HTTP 206, bytes 0-59 of 205"), or None
    when the range is the whole document."""
    match = _CONTENT_RANGE.match((content_range or b"").decode("latin-1").strip())
    if not match:
        return "HTTP 206 without a byte range"
    first, last, total = match.groups()
    if total != "*" and int(first) == 0 and int(last) + 1 >= int(total):
        return None
    return f"HTTP 206, bytes {first}-{last} of {'an unknown length' if total == '*' else total}"


def unknown_encodings(headers: list[bytes]) -> list[str]:
    """The codings of ``Content-Encoding`` headers that neither Scrapy's HttpCompressionMiddleware decodes nor
    leave the body as it is (``identity``). Scrapy keeps such a body encoded without a word, and its bytes
    would be read as if they were the document (random bytes "scanned", nothing found): a browser cannot
    read it either, but pubcheck did not check what it is."""
    known = {coding.decode() for coding in ACCEPTED_ENCODINGS} | {"x-gzip", "identity", ""}
    codings = (coding.strip().lower() for header in headers for coding in header.decode("latin-1").split(","))
    return [coding for coding in codings if coding not in known]


PAST_LIMIT = "decodes past the size limit"  # _decoding_problem's answer for a body larger than max_size decoded


def compressed_body_problem(encoding: str, body: bytes, max_size: int = 0) -> str | None:
    """Why a body compressed with ``encoding`` does not decode to its end, or None (also for an encoding not
    checked here, and for a stream that decodes past ``max_size``, which CompressedBodyCheck refuses as too
    large)."""
    problem = _decoding_problem(encoding, body, max_size)
    return None if problem is PAST_LIMIT else problem


def _decoding_problem(encoding: str, body: bytes, max_size: int = 0) -> str | None:
    """As :func:`compressed_body_problem`, but :data:`PAST_LIMIT` for a stream that decodes past ``max_size``."""
    if encoding in ("gzip", "x-gzip"):
        return _zlib_problem(body, 31, max_size)
    if encoding == "deflate":
        # zlib-wrapped as the standard says, or raw deflate as some servers send it (Scrapy reads both)
        return _zlib_problem(body, 15, max_size) if _is_zlib_header(body) else _zlib_problem(body, -15, max_size)
    if encoding == "br":
        return _brotli_problem(body, max_size)
    return None


def _is_zlib_header(body: bytes) -> bool:
    return len(body) >= 2 and body[0] & 0x0F == 8 and (body[0] << 8 | body[1]) % 31 == 0


def _zlib_problem(body: bytes, wbits: int, max_size: int) -> str | None:
    """The problem of a zlib, raw deflate or gzip stream (gzip: each of its concatenated members)."""
    data, decoded = body, 0
    while data:
        decompressor = zlib.decompressobj(wbits)
        try:
            decoded += len(decompressor.decompress(data, CHECK_CHUNK))
            while decompressor.unconsumed_tail and not decompressor.eof:
                if max_size and decoded > max_size:
                    return PAST_LIMIT
                decoded += len(decompressor.decompress(decompressor.unconsumed_tail, CHECK_CHUNK))
        except zlib.error:
            return "compressed body corrupt"
        if not decompressor.eof:
            return "compressed body truncated"
        # another gzip member follows, or (ignored, as browsers do) padding or junk after a complete stream
        data = decompressor.unused_data if wbits == 31 and decompressor.unused_data[:2] == b"\x1f\x8b" else b""
    return None


def _brotli_problem(body: bytes, max_size: int) -> str | None:
    decompressor = brotli.Decompressor()
    try:
        decoded = len(decompressor.process(body, output_buffer_limit=CHECK_CHUNK))
        while not decompressor.is_finished():
            if max_size and decoded > max_size:
                return PAST_LIMIT
            chunk = decompressor.process(b"", output_buffer_limit=CHECK_CHUNK)
            if not chunk:
                return "compressed body truncated"
            decoded += len(chunk)
    except brotli.error:
        return "compressed body corrupt"
    return None


class CallbackErrors:
    """Spider middleware: an exception in a spider callback (a bug, or input nobody foresaw) would drop the
    rest of that page's or sitemap's links without a word. It is logged with its traceback and reported as
    a crawl error, which makes the run incomplete."""

    def process_spider_exception(self, response, exception, spider=None):
        logger.error("error reading %s", response.url, exc_info=exception)
        return [CrawlErrorItem(response.url, f"{type(exception).__name__}: {exception}")]
