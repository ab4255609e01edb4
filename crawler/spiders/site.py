"""The ``site`` spider: every same-site page, sitemap entry and linked document of the start URLs.

It only fetches and reports what it met; scope and limits live in ``ScopeMiddleware``, analysis in the
collecting pipeline. ``scrapy crawl site -a start_urls=https://a,https://b`` works from the checkout.
"""
from __future__ import annotations

from urllib.parse import urljoin

import scrapy
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from ..items import FetchedItem, LinksItem, RedirectItem, StatusItem
from ..scope import clean_url, host_key, strip_userinfo
from ..failures import failure_reason

# where pages link to things a reader can open: anchors, image maps, frames, <link rel=alternate> etc.
LINK_SELECTOR = "a::attr(href), area::attr(href), iframe::attr(src), frame::attr(src), link::attr(href)"
HTML_TYPES = (b"text/html", b"application/xhtml")
REDIRECTS = (301, 302, 303, 307, 308)


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(self, start_urls: str | list[str] = "", *args, **kwargs):
        super().__init__(*args, **kwargs)
        urls = start_urls.split(",") if isinstance(start_urls, str) else list(start_urls)
        self.start_urls = [clean_url(strip_userinfo(u.strip())) for u in urls if u.strip()]
        if not self.start_urls:
            raise ValueError("give at least one start URL: -a start_urls=https://www.example.gov/")
        self.auth_hosts = {host_key(u) for u in self.start_urls}  # credentials go to these hosts only
        self.site_hosts = set(self.auth_hosts)  # plus the hosts start URLs redirect to
        # a city page links to the same navigation on every page: a URL is requested once here, before
        # a Request, its fingerprint and the scheduler's de-duplication cost anything
        self.requested: set[str] = set(self.start_urls)

    async def start(self):
        probed = set()
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True,
                                 meta={"pubcheck_kind": "page", "pubcheck_start": True})
            root = urljoin(url, "/")
            if root not in probed:
                probed.add(root)
                yield self.probe(urljoin(root, "robots.txt"), self.parse_robots)
                yield self.probe(urljoin(root, "sitemap.xml"), self.parse_sitemap)

    def probe(self, url, callback):
        """A request for a file that may well not exist (robots.txt, /sitemap.xml): a 404 is no failure."""
        return scrapy.Request(url, callback=callback, errback=self.probe_failed,
                              meta={"pubcheck_probe": True, "pubcheck_kind": "sitemap"})

    def redirect(self, response, callback):
        """Follow a redirect as a new link, so that scope, limits and de-duplication apply to its target
        and the collector can file the old URL under the new one. A start URL that redirects to another
        host (example.gov -> www.example.gov) takes that host into the site."""
        location = response.headers.get(b"Location", b"").decode("latin-1").strip()
        if not location:
            yield StatusItem(clean_url(response.url), "failed", f"HTTP {response.status} redirect without a Location",
                             kind=response.meta.get("pubcheck_kind"), http_status=response.status)
            return
        target = clean_url(response.urljoin(location))
        if response.meta.get("pubcheck_start"):
            self.site_hosts.add(host_key(target))
        yield RedirectItem(url=clean_url(response.url), target=target)
        meta = {k: v for k, v in response.meta.items() if k.startswith("pubcheck_")}
        request = response.request.replace(url=target, callback=callback, meta=meta, dont_filter=False)
        request.headers.pop(b"Authorization", None)  # BasicAuthMiddleware adds it again for the start hosts only
        yield request

    def parse(self, response):
        if response.status in REDIRECTS:
            yield from self.redirect(response, self.parse)
            return
        kind = response.meta.get("pubcheck_kind", "document")
        is_html = response.headers.get(b"Content-Type", b"").lower().startswith(HTML_TYPES) \
            and hasattr(response, "css")
        item_kind = "page" if is_html else "document" if kind != "sitemap" else "sitemap"
        yield FetchedItem(url=response.url, body=response.body,
                          content_type=response.headers.get(b"Content-Type", b"").decode("latin-1") or None,
                          http_status=response.status, kind=item_kind,
                          fetch_seconds=response.meta.get("download_latency"))
        if is_html:
            links = self.links_of(response)
            yield LinksItem(referrer=response.url, urls=links)
            for link in links:
                if link not in self.requested:
                    self.requested.add(link)
                    yield scrapy.Request(link, callback=self.parse, errback=self.failed)

    def links_of(self, response) -> list[str]:
        links, seen = [], set()
        for href in response.css(LINK_SELECTOR).getall():
            href = href.strip()
            if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:", "sms:")):
                continue
            url = clean_url(response.urljoin(href))
            if url not in seen and url.startswith(("http://", "https://")):
                seen.add(url)
                links.append(url)
        return links

    def parse_robots(self, response):
        if response.status in REDIRECTS:
            yield from self.redirect(response, self.parse_robots)
            return
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed,
                                 meta={"pubcheck_kind": "sitemap"})

    def parse_sitemap(self, response):
        if response.status in REDIRECTS:
            yield from self.redirect(response, self.parse_sitemap)
            return
        try:
            body = response.body
            if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            sitemap = Sitemap(body)
        except Exception:  # lxml or gzip say why, but a broken sitemap is no reason to stop the crawl
            sitemap = None
        if sitemap is None or sitemap.type not in ("urlset", "sitemapindex"):
            if not response.meta.get("pubcheck_probe"):  # /sitemap.xml answering with a "not found" page is common
                yield StatusItem(response.url, "failed", "not a readable XML sitemap", kind="sitemap",
                                 http_status=response.status)
            return
        urls = [clean_url(entry["loc"]) for entry in sitemap if entry.get("loc")]
        yield StatusItem(response.url, "scanned", None, kind="sitemap", http_status=response.status)
        yield LinksItem(referrer=response.url, urls=urls)
        for url in urls:
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed,
                                     meta={"pubcheck_kind": "sitemap"})
            elif url not in self.requested:
                self.requested.add(url)
                yield scrapy.Request(url, callback=self.parse, errback=self.failed)

    def failed(self, failure):
        request = failure.request
        refusal = failure_reason(failure, self.settings)
        http_status = failure.value.response.status if failure.check(HttpError) else None
        yield StatusItem(clean_url(request.url), refusal.status, refusal.reason, kind=request.meta.get("pubcheck_kind"),
                         http_status=http_status, not_checked=refusal.not_checked)

    def probe_failed(self, failure):
        if not failure.check(HttpError, IgnoreRequest, StopDownload):
            yield from self.failed(failure)
