"""The ``site`` spider: every same-site page, sitemap entry and linked document of the start URLs, the pages a
linked news feed's items lead to (see ``feed_links``), the data files and documents the pages' own scripts load
(``fetch('/api/outages.json')``; see ``script_links``) and the URLs those JSON files list (see ``json_links``), the
pages a clickable tile's ``data-href`` opens and the documents of a ``srcset`` (see ``page_links``), the files a
GET form's options name (see ``form_links``), the documents a viewer's link shows and the URLs of a jump menu (see
``viewer_links``), the links a page's comments still hold (see ``comment_links``), the
URLs of a text sitemap (see ``text_sitemap``) and the links of a calendar feed's events (see ``calendar_links``).

It only fetches and reports what it met; scope and limits live in ``ScopeMiddleware``, analysis in the
collecting pipeline. Every URL it meets is normalised once (``crawler.scope.normalise_url``) and every link it
does not follow is reported with the reason, so the report accounts for each. Its callbacks take hostile input
(a relative or broken ``<loc>``, a ``javascript:`` Location, undecodable bytes) without raising: one bad link
must not cost the rest of the page or sitemap. ``scrapy crawl site -a start_urls=https://a,https://b`` works
from the checkout.
"""
from __future__ import annotations

import re
from functools import cached_property
from urllib.parse import urljoin

import scrapy
from lxml import etree
from scrapy import Selector
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest, StopDownload
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.response import get_meta_refresh
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from ..failures import failure_reason
from ..middlewares import ADMITTED, LISTED
from ..items import ErrorPageItem, FetchedItem, LinksItem, RedirectItem, StatusItem
from ..collect import fingerprint_key
from ..history.keys import HistoryKeys
from ..resume import Checkpoint, SeenURLs
from ..scope import (DOCUMENT_EXTENSIONS, PICTURE, AllowedHosts, InvalidURL, LinkResolver, asset_only, extension,
                     host_key, listed_elsewhere, normalise_url, resolve_link, saved_name)
from ..url_text import file_path_text
from .calendar_links import calendar_links
from .comment_links import commented_links
from .feed_links import feed_links
from .form_links import form_file_urls
from .json_links import is_json, json_links
from .page_links import (asset_links, data_attribute_pages, data_links, decode_data_url, page_base,
                         srcset_document_urls, style_urls, stylesheet_links)
from .office_links import office_links
from .page_pictures import is_drawing, picture_unread, shown_pictures
from .pdf_links import pdf_links
from .script_links import SOURCE_MAP_HEADERS, literal_urls, script_urls, source_map_urls
from .soft_errors import blocked_reason, error_page, soft_error_reason
from .served_elsewhere import SERVED_FROM, document_redirect, served_from_note
from .stock_pages import STOCK_DOCUMENT, STOCK_PAGE, page_key
from .stand_ins import STOOD_IN, StandIns
from .sign_in import ANSWERED_BY_SIGN_IN, REDIRECTED_TO_SIGN_IN, SIGNED_OUT, is_sign_in_page, is_sign_in_url
from .text_sitemap import text_sitemap_urls
from .viewer_links import jump_menu_urls, viewed_documents
from .url_credentials import REDIRECT_LOCATION, SAVED_NAME, SITEMAP_LOC, UrlCredentialsItem, publishes_value

# Where pages link to things a reader can open: anchors (an inline SVG's too, whose target is often written
# xlink:href, which the HTML parser keeps as an attribute of that name), image maps, frames,
# <link rel=alternate> etc., and the pages and documents a page embeds (<object data>, <embed src>: the browser
# shows them in the page, as an iframe's). Plain strings (lxml's "smart" ones would keep the whole parsed page
# alive), without a parsel Selector for each.
PAGE_LINKS = etree.XPath("//a/@href | //a/@*[name() = 'xlink:href'] | //area/@href | //iframe/@src | //frame/@src"
                         " | //link/@href | //object/@data | //embed/@src", smart_strings=False)
HTML_TYPES = ("text/html", "application/xhtml")
SCRIPT_TYPES = ("application/javascript", "text/javascript", "application/x-javascript", "application/ecmascript",
                "text/ecmascript")
SCRIPT_EXTENSIONS = ("js", "mjs")
REDIRECTS = (301, 302, 303, 307, 308)
# request meta of a reported document's redirects (see .stand_ins): the (URL, target) pairs not filed yet, and whether
# the last target had been asked for already through another URL (then it is not read twice)
REDIRECTS_HELD, READ_ALREADY = "pubcheck_redirects_held", "pubcheck_read_already"


class SiteSpider(scrapy.Spider):
    name = "site"
    stand_ins = StandIns(())  # see .stand_ins: the history's documents, set by from_crawler
    page_pictures = False  # the pictures pages show are fetched and read (see .page_pictures): the page_pictures key

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.page_pictures = crawler.settings.getbool("PUBCHECK_PAGE_PICTURES")
        spider.stand_ins = StandIns(crawler.settings.getlist("PUBCHECK_REPORTED_DOCUMENTS"))
        crawler.signals.connect(spider.settle_at_idle, signal=signals.spider_idle)
        return spider

    def __init__(self, start_urls: str | list[str] = "", *args, **kwargs):
        super().__init__(*args, **kwargs)
        given = start_urls.split(",") if isinstance(start_urls, str) else list(start_urls)
        self.start_urls = []
        for url in (u.strip() for u in given if u.strip()):
            try:
                self.start_urls.append(normalise_url(url))
            except InvalidURL as e:
                raise ValueError(f"start URL {url!r}: {e}") from None
        if not self.start_urls:
            raise ValueError("give at least one start URL: -a start_urls=https://www.example.gov/")
        self.auth_hosts = {host_key(u) for u in self.start_urls}  # credentials go to these hosts only
        self.site_hosts = set(self.auth_hosts)  # plus the hosts start URLs redirect to
        # The crawl's one seen-set (Scrapy's dupefilter is off): a city page links to the same navigation on
        # every page, so a URL is requested (or refused) once here, before a Request costs anything. Its
        # strings are the ones the collector files the URLs under, so it costs a set's slots, not a copy.
        self.requested: set[str] = set(self.start_urls)
        # the style sheets and drawings requested as plain links (refused as such), which a page may still show
        self.refused_as_links: set[str] = set()
        self.resolve = LinkResolver()
        # Sign-in walls met part-way (see :meth:`behind_sign_in`), by host: a page the host served (to ask again),
        # the URLs redirected to a sign-in page since it was last found readable, whether that check is under way,
        # how many were made and how many walls met since the last, and the hosts that let pubcheck in no more
        self.readable: dict[str, str] = {}
        # that page's words when first read, and the stock page a host answers every URL with once it stopped
        # serving pubcheck (see .stock_pages), by their page_key
        self.readable_keys: dict[str, str] = {}
        self.stock_pages: dict[str, str] = {}
        self.behind_wall: dict[str, list[tuple[str, str | None, int]]] = {}
        self.rechecking: set[str] = set()
        self.rechecks: dict[str, int] = {}
        self.walls_since_recheck: dict[str, int] = {}
        self.signed_out: set[str] = set()
        # ordinary pages answered by a sign-in form while credentials were given, or by an error page, waiting for
        # that check's answer (see held_at_wall): small pages, by definition
        self.held: dict[str, list] = {}

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
        for url in self.settings.getlist("PUBCHECK_REPORTED_URLS"):  # see crawler.history.commands.reported_before
            if url not in self.requested:
                self.requested.add(url)
                yield self.asked_again(url)
        checkpoint = Checkpoint.from_settings(self.settings)
        if checkpoint:  # a resumed crawl: what the interrupted one left, and scanned, is requested once more
            met, met_keys, again = checkpoint.frontier()
            again = [url for url in again if url not in self.requested]
            if met_keys:
                key = fingerprint_key(self.settings.get("PUBCHECK_FINGERPRINT_KEY_FILE"))
                self.requested = SeenURLs(self.requested, met_keys, HistoryKeys(key).url)
            self.requested.update(met)
            for url in again:
                yield self.asked_again(url)

    def asked_again(self, url: str):
        """A request for a URL an earlier run checked (one it reported findings on, or one an interrupted run
        scanned): on another host, it is a document the site served from there (see .served_elsewhere)."""
        host = host_key(url)
        return scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True,
                              meta={} if self.crawls(host) else {SERVED_FROM: host})

    def probe(self, url, callback):
        """A request for a file that may well not exist (robots.txt, /sitemap.xml): a 404 is no failure. It is
        not de-duplicated, so a page that links the same file still gets it fetched, and reported, as a link."""
        return scrapy.Request(url, callback=callback, errback=self.probe_failed, dont_filter=True,
                              meta={"pubcheck_probe": True, "pubcheck_kind": "sitemap"})

    def follow(self, referrer: str, links: list[str], callback, kind: str | None = None,
               scripted: frozenset[str] = frozenset(), base: str | None = None,
               assets: frozenset[str] = frozenset(), unlinked: bool = False, pictures: frozenset[str] = frozenset()):
        """Items and requests for ``links`` (as written) found at ``referrer``: the links for the referrers
        list, a request for each new URL, and the reason for each link that cannot be fetched. ``scripted``:
        those of the links that only the page's scripts, data attributes, GET forms or JSON files name, where a
        4xx shows no reader a document (see :meth:`failed`); ``base``: the URL they are relative to, when not
        ``referrer`` (a page's ``<base href>``); ``assets``: those that are a script's
        source map, a page's style sheet or an SVG drawing it shows, fetched and read though such a file is otherwise no
        document (a style sheet's ``.map``, a font, a picture); ``unlinked``: the
        links are paths no reader follows (robots.txt's), where an error status leaves no document unchecked;
        ``pictures``: those that are pictures the page shows (see .page_pictures), read when they may hold text."""
        urls: dict[str, None] = {}
        document_priority = self.settings.getint("DOCUMENT_PRIORITY")
        documents, pages = [], []  # documents yielded first: the engine may start requests before the last link
        for written in links:
            resolved = self.resolve(base or referrer, written)
            if resolved is None:
                continue
            url, refusal = resolved
            urls[url] = None
            self.stand_ins.link(url)
            if url in self.requested:
                if written not in assets or url not in self.refused_as_links:
                    continue
                self.refused_as_links.discard(url)  # a drawing a sitemap listed first: read now as the page's asset
            self.requested.add(url)
            if refusal:
                yield StatusItem(url, "skipped", refusal, kind=kind)
            else:
                if written not in assets and asset_only(url):
                    self.refused_as_links.add(url)
                meta = {"pubcheck_kind": kind} if kind else {}
                if written in scripted:
                    meta["pubcheck_script"] = True
                    meta["pubcheck_page_base"] = base or referrer  # a script file's URLs are relative to the page
                if written in assets:
                    meta["pubcheck_asset"] = True
                if written in pictures:
                    meta[PICTURE] = True
                if unlinked:
                    meta["pubcheck_unlinked"] = True
                if listed_elsewhere(url, referrer):
                    meta[LISTED] = True
                document = extension(url) in DOCUMENT_EXTENSIONS
                (documents if document else pages).append(scrapy.Request(
                    url, callback=callback, errback=self.failed, priority=document_priority if document else 0,
                    meta=meta))
        yield from documents
        yield from pages
        yield LinksItem(referrer=referrer, urls=list(urls))

    def redirect(self, response, callback):
        """Follow a redirect as a new link, so that scope, limits and de-duplication apply to its target
        and the collector can file the old URL under the new one. A start URL that redirects to another
        host (example.gov -> www.example.gov) takes that host into the site; a document link's redirect to another
        host is followed to read that one file there (see .served_elsewhere). A loop, a chain longer than
        REDIRECT_MAX_TIMES and a Location that leads nowhere are recorded, with the chain, at the last URL
        (a probe for robots.txt or /sitemap.xml is followed quietly: it is no published document)."""
        url, meta = response.url, response.meta
        chain = [*meta.get("pubcheck_chain", ()), url]
        target, trouble = self.redirect_target(response, chain)
        probe = meta.get("pubcheck_probe")
        location = _header_text(response.headers.get(b"Location"))
        if publishes_value(location) and not probe:  # a password or identifier published in the redirect
            yield UrlCredentialsItem(url, location, REDIRECT_LOCATION)
        if trouble:
            if not probe:
                yield StatusItem(url, "failed", trouble, kind=meta.get("pubcheck_kind"), http_status=response.status)
            return
        if is_sign_in_url(target) and not probe:  # a login wall (see .sign_in), for a page as for a document
            yield from self.behind_sign_in(response)
            return
        if meta.get("pubcheck_start"):
            self.site_hosts.add(host_key(target))
            self.stand_ins.lead(chain[0], target)
        followed = {k: v for k, v in meta.items() if k.startswith("pubcheck_") and k != SERVED_FROM}
        if not probe and chain[0] in self.stand_ins.documents and not meta.get("pubcheck_start"):
            # a document the last run reported findings on: its answer is asked for even when another URL led to it
            # already, and its redirects are filed once it is settled (see .stand_ins)
            followed[REDIRECTS_HELD] = [*meta.get(REDIRECTS_HELD, ()), (url, target)]
            followed[READ_ALREADY] = meta.get(READ_ALREADY) or target in self.requested
            self.requested.add(target)
        elif not probe:
            yield RedirectItem(url=url, target=target)
            if target in self.requested:
                return  # fetched or queued already: the collector files this URL under it
            self.requested.add(target)
        host = host_key(target)
        if not probe and not self.crawls(host) and document_redirect(chain, target):
            followed[SERVED_FROM] = host  # a document the site serves from storage elsewhere
        request = response.request.replace(url=target, callback=callback,
                                           dont_filter=bool(probe) or REDIRECTS_HELD in followed,
                                           meta={**followed, "pubcheck_chain": chain})
        request.headers.pop(b"Authorization", None)  # BasicAuthMiddleware adds it again for the start hosts only
        yield request

    MAX_RECHECKS = 10  # per host, one for each sign-in redirect; then one for every tenth

    def behind_sign_in(self, response, reason: str = REDIRECTED_TO_SIGN_IN, kind: str | None = None):
        """A URL that redirects to a sign-in page. On a public site that is a protected area (a "My account"
        link), listed as password-protected and no gap, as a 401 is. But a site that signs pubcheck out
        part-way (a staging session or password that expires mid-crawl) answers every later URL so, and those
        were published to pubcheck's reader a moment ago: so the first page the host served is asked for again
        (:meth:`recheck_access`); if it too now leads to a sign-in page (or a 401), each URL redirected to one on
        that host is a document not checked, and the run is incomplete."""
        url, host = response.url, host_key(response.url)
        kind = kind or response.meta.get("pubcheck_kind")
        if host in self.signed_out:
            yield StatusItem(url, "failed", SIGNED_OUT, kind=kind, http_status=response.status, not_checked=True)
            return
        yield StatusItem(url, "failed", reason, kind=kind, http_status=response.status)
        readable = self.readable.get(host)
        if readable is None:
            return  # nothing on the host was ever readable: a wall from the start (a start URL's is an error)
        self.behind_wall.setdefault(host, []).append((url, kind, response.status))
        yield from self.ask_again(host)

    def ask_again(self, host: str):
        """Ask for the page the host served again (:meth:`recheck_access`), unless that is under way already, or
        (past :data:`MAX_RECHECKS`) until ten more walls were met since the last time."""
        walls = self.walls_since_recheck[host] = self.walls_since_recheck.get(host, 0) + 1
        made = self.rechecks.get(host, 0)
        if host in self.rechecking or (made >= self.MAX_RECHECKS and walls < self.MAX_RECHECKS):
            return
        self.rechecking.add(host)
        self.rechecks[host], self.walls_since_recheck[host] = made + 1, 0
        readable = self.readable[host]
        yield scrapy.Request(readable, callback=self.recheck_access, errback=self.recheck_failed, dont_filter=True,
                             priority=self.settings.getint("DOCUMENT_PRIORITY") + 1,
                             meta={"pubcheck_recheck": host, ADMITTED: readable})

    def answered_by_sign_in_while_signed_in(self, response, root) -> bool:
        """Whether an ordinary page (no start URL, no document's URL) of a start host, whose URL names no sign-in
        page, is answered ``200`` by a sign-in form and little else (:func:`.sign_in.is_sign_in_page`: a login
        box in a page's header or beside its content is not) while ``--auth-env``'s credentials were sent: what a
        staging site whose session expired answers every page with."""
        return (response.status == 200 and bool(self.settings.get("PUBCHECK_AUTH_ENV"))
                and host_key(response.url) in self.auth_hosts and not is_sign_in_url(response.url)
                and is_sign_in_page(root))

    def answered_by_error_page(self, response, root) -> str | None:
        """For an ordinary page answered ``200`` by an HTTP error page that stands for a gap (a "Service
        Unavailable", "Access Denied" or a firewall's "Request Rejected" page, see :mod:`.soft_errors`), the reason
        it is listed with when its host turns out to have stopped serving pubcheck (:meth:`held_at_wall`): what a
        firewall or rate limit that starts blocking the crawler part-way answers every URL with. Else None."""
        soft = error_page(root) if response.status == 200 else None
        return blocked_reason(soft[1]) if soft and soft_error_reason(soft[1])[1] else None

    def held_at_wall(self, response, item_kind: str, walled: str, read, stock: str | None = None):
        """A page answered by a sign-in form (:meth:`answered_by_sign_in_while_signed_in`) or by an error page
        (:meth:`answered_by_error_page`) as the 302-to-sign-in case decides: when the page the host served first
        now gets such an answer too (or is refused), the site stopped letting pubcheck in, and the page is not
        checked (the run is incomplete), listed with the reason ``walled``; when it is still readable, the page
        is a public page that is mostly a sign-in form, or is titled as an error, and is read as any page
        (``read()`` gives what the spider makes of it). The page waits for that answer; on a host found shut
        out already it is not checked at once. ``stock``, the page_key of a document URL's HTML answer, makes the
        host shut out too when the page it served first now answers with that same page (see .stock_pages)."""
        host = host_key(response.url)
        if host in self.signed_out:
            yield StatusItem(response.url, "failed", walled, kind=item_kind, http_status=response.status,
                             not_checked=True)
            return
        if host not in self.readable:
            yield from read()  # nothing on the host was readable before: no access to have been lost
            return
        self.held.setdefault(host, []).append((response.url, item_kind, response.status, read, walled, stock))
        asked = list(self.ask_again(host))
        if not asked and host not in self.rechecking:  # no check now (see ask_again): readable when last asked
            for _, _, _, waiting, _, _ in self.held.pop(host, []):
                yield from waiting()
        yield from asked

    def recheck_access(self, response):
        """The answer to :meth:`behind_sign_in`'s question: is the page the host served still readable (no
        redirect to a sign-in page, no sign-in form, no error page in its place, not the stock page a document URL
        was answered with in place of its own)?"""
        host = response.meta["pubcheck_recheck"]
        location = _header_text(response.headers.get(b"Location"))
        target = resolve_link(response.url, location) if response.status in REDIRECTS and location else None
        walled = bool(target and not target[1] and is_sign_in_url(target[0]))
        if not walled and response.status == 200 and hasattr(response, "css"):
            root = Selector(response=response).root
            walled = is_sign_in_page(root) or error_page(root) is not None
            answer = page_key(root)
            if not walled and answer != self.readable_keys.get(host) and any(
                    entry[5] == answer for entry in self.held.get(host, [])):
                self.stock_pages[host], walled = answer, True
        yield from self.access_checked(host, walled)

    def settle_at_idle(self):
        """Once every answer is in, ask each host whose document URLs were answered by an HTML page (see
        .stand_ins) for its start URL once more, and settle them with that answer."""
        hosts = [host for host in self.stand_ins.held if host not in self.stand_ins.settling]
        for host in hosts:
            self.stand_ins.settling.add(host)
            start = next((url for url in self.start_urls if host_key(url) == host),
                         urljoin(self.stand_ins.held[host][0][0], "/"))
            self.crawler.engine.crawl(scrapy.Request(
                start, callback=self.settle_stand_ins, errback=self.stand_ins_unsettled, dont_filter=True,
                meta={"pubcheck_recheck": host, "pubcheck_settle": start, ADMITTED: start}))
        if hosts:
            raise DontCloseSpider

    def settle_stand_ins(self, response):
        """The start URL's answer now: an HTML page that also answers a held document URL stands in for it."""
        content_type = _header_text(response.headers.get(b"Content-Type"))
        if response.status == 200 and content_type.lower().startswith(HTML_TYPES) and hasattr(response, "css"):
            self.stand_ins.answer(page_key(Selector(response=response).root), response.meta["pubcheck_settle"],
                                  start=True)
        yield from self.stand_ins_settled(response.meta["pubcheck_recheck"])

    def stand_ins_unsettled(self, failure):
        """The start URL cannot be fetched now: the held document URLs are settled by each other's answers."""
        yield from self.stand_ins_settled(failure.request.meta["pubcheck_recheck"])

    def stand_ins_settled(self, host: str):
        self.stand_ins.settling.discard(host)
        held = self.stand_ins.held.pop(host, [])
        for url, _, _, _, key, _ in held:  # a start URL that redirects where a held document's answer came from
            for start in self.stand_ins.led_to.get(url, ()):
                self.stand_ins.answer(key, start, start=True)
        for _, kind, status, read, key, asked in held:
            if self.stand_ins.stood_in(asked, key):  # listed at its own URL: its redirects are not filed
                yield StatusItem(asked, "failed", STOOD_IN, kind=kind, http_status=status, not_checked=True)
            else:
                yield from read()

    def recheck_failed(self, failure):
        """The page the host served cannot be fetched now (a 401, a 5xx, a timeout): the site no longer lets
        pubcheck read it, so what redirected to a sign-in page meanwhile was not checked."""
        yield from self.access_checked(failure.request.meta["pubcheck_recheck"], True)

    def access_checked(self, host: str, walled: bool):
        self.rechecking.discard(host)
        behind = self.behind_wall.pop(host, [])
        held = self.held.pop(host, [])
        if not walled:  # the site still lets pubcheck in: those URLs are a protected area, listed as such,
            for _, _, _, read, _, _ in held:  # and the pages answered by a sign-in form or an error page are read
                yield from read()
            return
        self.signed_out.add(host)
        for url, kind, status in behind:
            yield StatusItem(url, "failed", SIGNED_OUT, kind=kind, http_status=status, not_checked=True)
        for url, kind, status, _, reason, _ in held:
            yield StatusItem(url, "failed", reason, kind=kind, http_status=status, not_checked=True)

    def redirect_target(self, response, chain: list[str]) -> tuple[str | None, str | None]:
        """(the URL a redirect leads to, None), or (None, why it leads nowhere)."""
        location = _header_text(response.headers.get(b"Location"))
        if not location:
            return None, f"HTTP {response.status} redirect without a Location"
        resolved = resolve_link(response.url, location)
        if resolved is None or resolved[1]:
            return None, (f"HTTP {response.status} redirect to {location[:200]!r}: "
                          f"{resolved[1] if resolved else 'a link to no document'}")
        target = resolved[0]
        if target in chain:
            return None, "redirect loop: " + " \u2192 ".join([*chain, target])
        limit = self.settings.getint("REDIRECT_MAX_TIMES")
        if len(chain) > limit:
            return None, f"more than {limit} redirects: " + " \u2192 ".join([*chain, target])
        return target, None

    def parse(self, response):
        if response.status in REDIRECTS or REDIRECTS_HELD not in response.meta:
            yield from self.answered(response)
            return
        held = self.stand_ins.holding()
        outputs = list(self.answered(response))
        if self.stand_ins.holding() == held:  # a reported document's answer that is not held: filed now
            yield from self.redirects_filed(response.meta)
            if not response.meta.get(READ_ALREADY):
                yield from outputs

    @staticmethod
    def redirects_filed(meta):
        """The redirects of a reported document held back (see .stand_ins), filed."""
        for url, target in meta.get(REDIRECTS_HELD, ()):
            yield RedirectItem(url=url, target=target)

    def answered(self, response):
        if response.status in REDIRECTS:
            yield from self.redirect(response, self.parse)
            return
        kind = response.meta.get("pubcheck_kind", "document")
        content_type = _header_text(response.headers.get(b"Content-Type"))
        is_html = content_type.lower().startswith(HTML_TYPES) and hasattr(response, "css")
        if response.meta.get(PICTURE) and not is_html and (unread := picture_unread(response)):
            yield unread  # an icon, a spacer, a damaged picture: not sent to a worker (see .page_pictures)
            return
        item_kind = "page" if is_html else "document" if kind != "sitemap" else "sitemap"
        # a Selector of its own, not response.css(): the response's cached one would keep the parsed page in
        # memory for as long as the response waits for its analysis
        root = Selector(response=response).root if is_html else None
        if is_html and self.asked_for_content(response) and is_sign_in_page(root):
            yield from self.behind_sign_in(response, ANSWERED_BY_SIGN_IN, item_kind)
            return
        if is_html and self.asked_for_content(response) and (soft := error_page(root)):
            # a .pdf link (or a start URL) answered 200 with a "503 Service Unavailable" page (see .soft_errors)
            reason, gap = soft_error_reason(soft[1])
            yield ErrorPageItem(response.body, content_type or None, StatusItem(
                response.url, "failed", reason, kind=item_kind, http_status=response.status, not_checked=gap))
            return
        if is_html and self.answered_by_sign_in_while_signed_in(response, root):
            yield from self.held_at_wall(response, item_kind, SIGNED_OUT,
                                         lambda: self.read(response, content_type, item_kind))
            return
        if is_html and (blocked := self.answered_by_error_page(response, root)):
            yield from self.held_at_wall(response, item_kind, blocked,
                                         lambda: self.read(response, content_type, item_kind))
            return
        if is_html and response.status == 200 and (stock := self.stock_pages.get(host_key(response.url))) and (
                page_key(root) == stock):  # what the site answers every URL with since it stopped serving pubcheck
            reason = STOCK_DOCUMENT if self.asked_as_document(response) else STOCK_PAGE
            yield StatusItem(response.url, "failed", reason, kind=item_kind, http_status=response.status,
                             not_checked=True)
            return
        if is_html and response.status == 200 and self.stand_ins.documents and (
                self.asked_as_document(response) or response.meta.get("pubcheck_start")
                or self.asked_url(response) in self.stand_ins.documents):
            asked, key = self.asked_url(response), page_key(root)
            if asked in self.stand_ins.documents and not response.meta.get("pubcheck_start"):
                self.stand_ins.hold(host_key(response.url), (response.url, item_kind, response.status,
                                                             lambda: self.filed_and_read(response, content_type,
                                                                                         item_kind),
                                                             key, asked))
                return
            self.stand_ins.answer(key, asked, start=bool(response.meta.get("pubcheck_start")))
        if is_html and response.status == 200 and self.asked_as_document(response):
            # a .pdf or .csv link answered by an HTML page: a viewer page, or a stock page (see .stock_pages)
            yield from self.held_at_wall(response, item_kind, STOCK_DOCUMENT,
                                         lambda: self.read(response, content_type, item_kind), page_key(root))
            return
        if is_html and response.status == 200 and not is_sign_in_url(response.url):
            host = host_key(response.url)
            if host not in self.readable:  # see behind_sign_in
                self.readable[host], self.readable_keys[host] = response.url, page_key(root)
            if self.stand_ins.wants_pages() and not response.meta.get("pubcheck_start"):
                self.stand_ins.page_read(page_key(root))  # a site that is up (see .stand_ins)
        yield from self.read(response, content_type, item_kind, root)

    def filed_and_read(self, response, content_type: str, item_kind: str, root=None):
        """A reported document's held redirects filed (see .stand_ins), and the response read unless another URL's
        redirect had it read already."""
        yield from self.redirects_filed(response.meta)
        if not response.meta.get(READ_ALREADY):
            yield from self.read(response, content_type, item_kind, root)

    def read(self, response, content_type: str, item_kind: str, root=None):
        """The response as fetched (for the collector) and the URLs it leads to, followed."""
        is_html = item_kind == "page"
        if is_html and root is None:
            root = Selector(response=response).root
        served_from = response.meta.get(SERVED_FROM)
        if served_from in self.site_hosts:  # a host a start URL has redirected to since: the site's own
            served_from = None
        yield FetchedItem(url=response.url, body=response.body, content_type=content_type or None,
                          http_status=response.status, kind=item_kind,
                          fetch_seconds=response.meta.get("download_latency"),
                          etag=_header_text(response.headers.get(b"ETag")) or None,
                          warning=served_from and served_from_note(served_from))
        saved_as = saved_name(_header_text(response.headers.get(b"Content-Disposition")))
        if saved_as and file_path_text(saved_as):  # "Delgado 512-34-6789.pdf" as the browser saves /download?id=7
            yield UrlCredentialsItem(response.url, saved_as, SAVED_NAME)
        if served_from:
            return  # another host's file, checked as the site's document: nothing there is crawled on from
        if is_html:
            base = page_base(root, response.url)
            pictures = self.site_urls(base, shown_pictures(root)) if self.page_pictures else []
            assets = list(dict.fromkeys([*self.site_urls(base, asset_links(root)), *filter(is_drawing, pictures)]))
            links = [*PAGE_LINKS(root), *assets, *style_urls(root), *srcset_document_urls(root),
                     *refresh_links(response)]
            linked = set(links)
            loaded = [*script_urls(root), *data_attribute_pages(root), *form_file_urls(root, base),
                      *commented_links(root), *viewed_documents(links, base), *jump_menu_urls(root)]
            scripted = [url for url in dict.fromkeys(self.site_urls(base, loaded)) if url not in linked]
            shown = [url for url in pictures if url not in linked and url not in scripted]
            yield from self.follow(response.url, [*links, *scripted, *shown], self.parse,
                                   scripted=frozenset(scripted), base=base, assets=frozenset(assets),
                                   pictures=frozenset(shown))
            yield from self.data_documents(response.url, data_links(root))
        elif item_kind == "document" and self.is_script(response, content_type):
            # the site's own script file: it loads and opens URLs as an inline script does (see .script_links)
            base = response.meta.get("pubcheck_page_base") or response.url
            text = response.body.decode("utf-8", "replace")
            scripted = self.site_urls(base, literal_urls(text))
            yield from self.follow(response.url, scripted, self.parse, scripted=frozenset(scripted), base=base)
            # its source map, relative to the script itself (see .script_links.source_map_urls)
            headers = [_header_text(response.headers.get(name)) for name in SOURCE_MAP_HEADERS]
            maps = self.site_urls(response.url, source_map_urls(text, [h for h in headers if h]))
            yield from self.follow(response.url, maps, self.parse, assets=frozenset(maps))
        elif item_kind == "document" and self.is_stylesheet(response, content_type):
            # a linked style sheet's url() documents and @import-ed sheets, relative to the sheet (see .page_links)
            imports, documents = stylesheet_links(response.body.decode("utf-8", "replace"))
            imports = self.site_urls(response.url, imports)
            yield from self.follow(response.url, [*documents, *imports], self.parse, assets=frozenset(imports))
        elif item_kind == "document" and is_json(content_type, extension(response.url)) and (
                listed := self.site_urls(response.url, json_links(response.body))):
            # the URLs a JSON file lists, which the page that loads it shows as links (see .json_links)
            yield from self.follow(response.url, listed, self.parse, scripted=frozenset(listed))
        elif item_kind == "document" and (links := self.site_urls(response.url, pdf_links(response.body))):
            # a packet's links to its attachments: followed as a page's are, on the site's hosts (see .pdf_links)
            yield from self.follow(response.url, links, self.parse)
        elif item_kind == "document" and (links := self.site_urls(response.url, office_links(response.body))):
            # a Word, Excel or PowerPoint packet's hyperlinks to its attachments, as a PDF's (see .office_links)
            yield from self.follow(response.url, links, self.parse)
        elif item_kind == "document" and (links := feed_links(response.body)):
            # a news feed: its items' pages are links a reader follows, as a sitemap's are (see .feed_links)
            yield from self.follow(response.url, links, self.parse)
        elif item_kind == "document" and (links := calendar_links(response.body)):
            # a calendar feed: its events' agendas and notices, as a news feed's items (see .calendar_links)
            yield from self.follow(response.url, links, self.parse)

    @staticmethod
    def asked_url(response) -> str:
        """The URL first asked for, before any redirect."""
        return (response.meta.get("pubcheck_chain") or [response.url])[0]

    @staticmethod
    def asked_for_content(response) -> bool:
        """Whether the URL first asked for (before any redirect) was a start URL or a document's (``.pdf``,
        ``.csv``...): what an HTML sign-in page in its place hides (see .sign_in)."""
        asked = SiteSpider.asked_url(response)
        return bool(response.meta.get("pubcheck_start")) or extension(asked) in DOCUMENT_EXTENSIONS

    @staticmethod
    def asked_as_document(response) -> bool:
        """Whether the URL first asked for (before any redirect) names a document (``.pdf``, ``.csv``...) and is
        no start URL."""
        asked = SiteSpider.asked_url(response)
        return not response.meta.get("pubcheck_start") and extension(asked) in DOCUMENT_EXTENSIONS

    @staticmethod
    def is_script(response, content_type: str) -> bool:
        """Whether ``response`` is a script file: by its media type, or by its extension when the server sends
        a generic one (text/plain, application/octet-stream)."""
        media_type = content_type.split(";")[0].strip().lower()
        return media_type in SCRIPT_TYPES or (extension(response.url) in SCRIPT_EXTENSIONS
                                              and not media_type.startswith(HTML_TYPES))

    @staticmethod
    def is_stylesheet(response, content_type: str) -> bool:
        """Whether ``response`` is a style sheet: by its media type, or by its ``.css`` extension when the server
        sends a generic one."""
        media_type = content_type.split(";")[0].strip().lower()
        return media_type == "text/css" or (extension(response.url) == "css" and not media_type.startswith(HTML_TYPES))

    def data_documents(self, page: str, links: list[str]):
        """The documents the page holds in its ``data:`` links (see :mod:`.page_links`), each scanned as a
        document named ``PAGE#data-link-N`` (the page's URL says where it is; it is no link of the page's
        history, as nothing is fetched), or listed with the reason it cannot be read."""
        for number, link in enumerate(links, 1):
            url = f"{page.split('#')[0]}#data-link-{number}"
            content_type, body, trouble = decode_data_url(link, self.settings.getint("DOWNLOAD_MAXSIZE"))
            if body is None:
                yield StatusItem(url, "skipped", trouble, kind="document")
            else:
                yield FetchedItem(url=url, body=body, content_type=content_type, http_status=200, kind="document")

    def site_urls(self, page: str, written: list[str]) -> list[str]:
        """Of the URLs the page's scripts load (see :mod:`.script_links`) or a PDF's links open (``page``: the
        URL they are relative to), those on the site's own hosts. A script's URL of another host (a vendor's CDN,
        an analytics endpoint) is no document of this site and no link a reader follows, so it is not listed as
        an off-site link either (nor a PDF's link to another agency's site, which a packet may repeat on every
        page); an unresolvable one neither."""
        kept = []
        for text in written:
            resolved = self.resolve(page, text)
            if resolved is None or resolved[1]:
                continue
            if self.crawls(host_key(resolved[0])):
                kept.append(text)
        return kept

    def crawls(self, host: str | None) -> bool:
        """Whether the crawl fetches and follows URLs on ``host``: the site's own hosts and those the configuration
        allows."""
        return host in self.site_hosts or host in self.allowed_hosts

    @cached_property
    def allowed_hosts(self) -> AllowedHosts:
        """The hosts beyond the site's that the configuration lets the crawl fetch (read once, not per page)."""
        return AllowedHosts(self.settings.getlist("PUBCHECK_ALLOWED_HOSTS"))

    def parse_robots(self, response):
        if response.status in REDIRECTS:
            yield from self.redirect(response, self.parse_robots)
            return
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            try:
                url = normalise_url(url)
            except InvalidURL:
                continue  # robots.txt is a probe: a broken Sitemap line in it is not a published document
            if url not in self.requested:
                self.requested.add(url)
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed,
                                     meta={"pubcheck_kind": "sitemap"})
        if not self.settings.getbool("ROBOTSTXT_OBEY"):
            # the paths it keeps from search engines are published all the same, and often linked nowhere else
            yield from self.follow(response.url, robots_paths(response.body), self.parse, unlinked=True)

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
            if listed := text_sitemap_urls(body):  # a sitemap.txt: one URL a line (see .text_sitemap)
                yield self.fetched_sitemap(response)
                yield from self.follow(response.url, listed, self.parse)
            elif not response.meta.get("pubcheck_probe"):  # /sitemap.xml answering with a "not found" page is common
                yield StatusItem(response.url, "failed", "not a readable XML sitemap", kind="sitemap",
                                 http_status=response.status)
            return
        locs, broken = [], None
        try:
            for entry in sitemap:
                if entry.get("loc"):
                    locs.append(entry["loc"])
                locs += entry.get("alternate", [])  # a page's other languages (<xhtml:link rel="alternate">)
        except Exception as e:  # lxml gave up part-way: keep what it read
            broken = f"sitemap unreadable after {len(locs)} entries ({type(e).__name__})"
        if broken:
            yield StatusItem(response.url, "failed", broken, kind="sitemap", http_status=response.status)
            for loc in filter(publishes_value, locs):  # a password or identifier in the sitemap (see .url_credentials)
                yield UrlCredentialsItem(response.url, loc, SITEMAP_LOC)
        else:
            # a sitemap is published text, read as any file is: its images' captions and titles, its videos'
            # descriptions, a password in a <loc>'s user-info (crawler.extract.xml_data)
            yield self.fetched_sitemap(response)
        if sitemap.type == "sitemapindex":
            yield from self.follow(response.url, locs, self.parse_sitemap, kind="sitemap")
        else:
            yield from self.follow(response.url, locs, self.parse)

    @staticmethod
    def fetched_sitemap(response) -> FetchedItem:
        """The sitemap as fetched, for the collector to read as the text it publishes."""
        return FetchedItem(url=response.url, body=response.body, http_status=response.status, kind="sitemap",
                           content_type=_header_text(response.headers.get(b"Content-Type")) or None,
                           fetch_seconds=response.meta.get("download_latency"),
                           etag=_header_text(response.headers.get(b"ETag")) or None)

    def failed(self, failure):
        request = failure.request
        yield from self.redirects_filed(request.meta)
        if request.meta.get(READ_ALREADY):
            return  # the URL another redirect led to: listed by that request
        refusal = failure_reason(failure, self.settings)
        http_status = failure.value.response.status if failure.check(HttpError) else None
        if http_status and ((http_status < 500 and (request.meta.get("pubcheck_script")
                                                    or request.meta.get("pubcheck_asset")
                                                    or request.meta.get(PICTURE)))
                            or request.meta.get("pubcheck_unlinked")):
            # A script may call its URL otherwise (a POST, with parameters or headers), a JSON file's path or a
            # form's option may name no file served, a style sheet, a drawing or a source map may be gone (a build
            # deployed without its .map files), a page's picture may be broken: a 4xx to a plain GET says nothing
            # is published there for anyone to read, no document left unchecked. A robots.txt path no reader
            # follows may name a folder, a script's endpoint or a page long gone: any error status there (a
            # /cgi-bin/ answering 500) is listed, but shows no one a document.
            refusal = refusal._replace(not_checked=False)
        listed = StatusItem(request.url, refusal.status, refusal.reason, kind=request.meta.get("pubcheck_kind"),
                            http_status=http_status, not_checked=refusal.not_checked)
        shown = error_body(failure.value.response) if http_status else None
        yield ErrorPageItem(*shown, listed) if shown else listed

    def probe_failed(self, failure):
        """A probe that could not be fetched (a refused connection, a timeout) is listed with its reason, but
        robots.txt and /sitemap.xml are no published documents: they leave no document unchecked (the start
        URL, which fails the same way, says the run is incomplete)."""
        if not failure.check(HttpError, IgnoreRequest, StopDownload):
            for item in self.failed(failure):
                item.not_checked = False
                yield item


# a robots.txt rule of a plain path: "Disallow: /admin-preview/page-12", "Allow: /files/" (not "Disallow: /")
_ROBOTS_PATH = re.compile(rb"(?im)^[ \t]*(?:dis)?allow[ \t]*:[ \t]*(/[^\s#]+)")


def error_body(response) -> tuple[bytes, str] | None:
    """(body, Content-Type) of an error answer a browser shows as a page (a 404 page, a server's debug page with its
    stack trace), or None: what it shows is published at that URL (see ``ErrorPageItem``)."""
    content_type = _header_text(response.headers.get(b"Content-Type"))
    if response.body.strip() and content_type.lower().startswith((*HTML_TYPES, "text/plain")):
        return response.body, content_type
    return None


def robots_paths(body: bytes) -> list[str]:
    """The plain paths robots.txt's Allow and Disallow rules name, as links on its host; a pattern ("/*?sort=",
    "/*.pdf$") names no page."""
    paths = (match.group(1).decode("utf-8", "replace") for match in _ROBOTS_PATH.finditer(body))
    return [path for path in paths if not path.startswith("//") and "*" not in path and "$" not in path]


def refresh_links(response) -> list[str]:
    """The target of a page's ``<meta http-equiv=refresh>`` and of its HTTP ``Refresh`` header (which an IIS or
    ASP site sends in its place, and browsers follow alike), as links. A reader sees the refreshing page (for its
    delay, or until the next refresh), so it is a page to scan and its target a page it links: a loop of
    refreshes is then two pages that link each other, both scanned (settings.py turns off Scrapy's
    MetaRefreshMiddleware, which handled a refresh as a redirect)."""
    _, url = get_meta_refresh(response)
    header = _REFRESH_HEADER.match(_header_text(response.headers.get(b"Refresh")))
    return list(dict.fromkeys(filter(None, [url, header and header.group(2).strip()])))


# "0; url=/home.html", "5;URL='/home.html'", "0, /home.html": a delay, then the target
_REFRESH_HEADER = re.compile(r"""\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(["']?)([^"']+)\1\s*$""", re.IGNORECASE)


def _header_text(value: bytes | None) -> str:
    """A header as text: UTF-8 where it is (a Location with an accented file name), else Latin-1."""
    if not value:
        return ""
    try:
        return value.decode("utf-8").strip()
    except UnicodeDecodeError:
        return value.decode("latin-1").strip()
