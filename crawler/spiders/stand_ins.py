"""Stand-in pages: the one HTML page a site answers the URLs of its documents with (and often every URL, its home
page too) while in maintenance, behind a sign-in page or a bot check, on a night after a run found confidential
information in those documents.

A URL that served a document (not an HTML page) with findings on the last run and now answers ``200`` with an HTML
page (also through a redirect, which is then filed only if the page is read) is held until the crawl has met every
answer (:meth:`SiteSpider.settle_stand_ins`), whatever order the answers
come in: when that same page also answers another document URL or the start URL (asked once more as the crawl
settles them), it stands in for the document, which was not checked, and its findings are not resolved. A page of
its own (a CMS that now shows a viewer page for it) is read as the page it is; so is the site's home page answering a
document no page links any more while the site serves other pages: the document was taken down and the CMS answers
its path with the home page, as many do, and its findings are resolved; and so is a page of the site's that
answers no start URL and only documents no page links any more (a CMS's one "this document has been removed" or
"archived record" page for every path taken down, in words no 404 page has), while the site serves its other pages.
Such a page that also answers a document a page still links, or the start URL, stands in for it. Only the history tells such a page
from a fresh site's: a first run reads one viewer page served for every ``.pdf`` as pages (see .stock_pages).
"""
from __future__ import annotations

STOOD_IN = ("answered with an HTML page instead of the document it served on the last run: not checked; the same "
            "page answers other document URLs or the start page (a maintenance, sign-in or block page the site "
            "answers every URL with), so the findings the last run reported there are not resolved")


class StandIns:
    """The held answers of URLs that served a document with findings on the last run, and the pages other
    document URLs and the start URLs were answered with (by :func:`.stock_pages.page_key`)."""

    def __init__(self, documents):
        self.documents = set(documents)  # the URLs that served a document with findings on the last run
        self.held: dict[str, list] = {}  # by host: (URL, kind, HTTP status, read(), page_key, URL first asked)
        self.answered: dict[str, set[str]] = {}  # page_key: the document and start URLs it answered
        self.settling: set[str] = set()  # the hosts whose start URL is being asked for once more
        self.led_to: dict[str, set[str]] = {}  # a URL start URLs redirect to: those start URLs
        self.home_pages: set[str] = set()  # the page_keys that answered a start URL
        self.pages: set[str] = set()  # page_keys of the site's other pages read (two tell a site that is up)
        self.linked: set[str] = set()  # the documents a page read this run still links to

    def answer(self, key: str, url: str, start: bool = False) -> None:
        """``url`` (a document's or a start URL, ``start``) was answered by the page of ``key``."""
        self.answered.setdefault(key, set()).add(url)
        if start:
            self.home_pages.add(key)

    def wants_pages(self) -> bool:
        """Whether the keys of the pages read are still wanted (:meth:`page_read`)."""
        return bool(self.documents) and len(self.pages) < 2

    def page_read(self, key: str) -> None:
        self.pages.add(key)

    def link(self, url: str) -> None:
        if url in self.documents:
            self.linked.add(url)

    def hold(self, host: str, entry: tuple) -> None:
        self.held.setdefault(host, []).append(entry)
        self.answer(entry[4], entry[5])

    def lead(self, start: str, target: str) -> None:
        """Start URL ``start`` redirects to ``target``: what answers there answers the start URL."""
        self.led_to.setdefault(target, set()).add(start)

    def holding(self) -> int:
        return sum(map(len, self.held.values()))

    def stood_in(self, url: str, key: str) -> bool:
        """Whether the page of ``key`` that answered ``url`` answered another document URL or a start URL too, and
        is not, on a site that is up, the home page or a page that answers only documents no page links any more
        (a CMS's one "document removed" page for every path it took down)."""
        answered = self.answered.get(key, set())
        taken_down = url not in self.linked and bool(self.pages - {key}) and (
            key in self.home_pages or not answered & self.linked)
        return bool(self.answered.get(key, set()) - {url}) and not taken_down
