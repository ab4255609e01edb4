"""Downloader middlewares: the crawl's scope and limits, and HTTP basic auth for the start hosts."""
from __future__ import annotations

import base64
import os

from scrapy.exceptions import IgnoreRequest

from .scope import CrawlTrapGuard, host_key, not_a_document


class PageLimitReached(IgnoreRequest):
    """A request left out by the page limit: a published URL the run did not check."""

    not_checked = True


class ScopeMiddleware:
    """Admits a request only if it is on the site, within the limits and not a crawl trap.

    Refused requests raise IgnoreRequest with the reason, which the spider's errback records as a
    skipped document: every URL met is accounted for, nothing is dropped silently. Redirects and
    retries pass through here again, so a redirect off the site is refused too.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        crawl = crawler.settings.getdict("PUBCHECK_CONFIG")["crawl"]
        self.max_pages = crawl["max_pages"]
        self.max_depth = crawl["max_depth"]
        self.extra_hosts = {h.lower() for h in crawl["allowed_hosts"]}
        self.guard = CrawlTrapGuard(crawl["max_query_variants"], crawl["max_url_length"], crawl["max_future_years"])
        self.admitted: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        if request.meta.get("pubcheck_probe"):
            return None  # robots.txt and /sitemap.xml of a start host
        url = request.url
        if url in self.admitted:
            return None  # a retry or the same URL again after a redirect
        if not url.startswith(("http://", "https://")):
            raise IgnoreRequest("not an http(s) URL")
        host = host_key(url)
        if host not in self.crawler.spider.site_hosts and host.split(":")[0] not in self.extra_hosts:
            raise IgnoreRequest("off-site link (not fetched)")
        reason = request.meta.get("pubcheck_kind") != "sitemap" and not_a_document(url)  # sitemap.xml.gz is one
        if reason:
            raise IgnoreRequest(reason)
        if request.meta.get("depth", 0) > self.max_depth:
            raise IgnoreRequest(f"depth limit reached ({self.max_depth} links from the start URL)")
        reason = self.guard.check(url)
        if reason:
            raise IgnoreRequest(reason)
        if self.max_pages and len(self.admitted) >= self.max_pages:
            raise PageLimitReached(f"page limit reached ({self.max_pages}; see --max-pages)")
        self.admitted.add(url)
        return None


class BasicAuthMiddleware:
    """Sends HTTP basic auth to the start URLs' hosts only, from an environment variable.

    The setting holds the *name* of the variable, never the secret, so Scrapy's settings log and any
    report show nothing but the name.
    """

    def __init__(self, crawler, env_var: str):
        self.crawler = crawler
        self.header = None
        if env_var:
            credentials = os.environ.get(env_var, "")
            if ":" not in credentials:
                raise ValueError(f"environment variable {env_var} must hold USER:PASSWORD")
            self.header = b"Basic " + base64.b64encode(credentials.encode())

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("PUBCHECK_AUTH_ENV", ""))

    def process_request(self, request, spider=None):
        if self.header and host_key(request.url) in self.crawler.spider.auth_hosts:
            request.headers.setdefault(b"Authorization", self.header)
        return None
