"""Stand-in pages: the one HTML page a site answers the URLs of its documents with (and often every URL, its home
page too) while in maintenance, behind a sign-in page or a bot check, on a night after a run found confidential
information in those documents.

A URL that served a document (not an HTML page) with findings on the last run and now answers ``200`` with an HTML
page (also through a redirect, which is then filed only if the page is read) is held until the crawl has met every
answer (:meth:`SiteSpider.settle_stand_ins`), whatever order the answers
come in: when that same page also answers another document URL or the start URL (asked once more as the crawl
settles them), it stands in for the document, which was not checked, and its findings are not resolved. A page of
its own (a CMS that now shows a viewer page for it) is read as the page it is. Only the history tells such a page
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

    def answer(self, key: str, url: str) -> None:
        """``url`` (a document's or a start URL) was answered by the page of ``key``."""
        self.answered.setdefault(key, set()).add(url)

    def hold(self, host: str, entry: tuple) -> None:
        self.held.setdefault(host, []).append(entry)
        self.answer(entry[4], entry[5])

    def lead(self, start: str, target: str) -> None:
        """Start URL ``start`` redirects to ``target``: what answers there answers the start URL."""
        self.led_to.setdefault(target, set()).add(start)

    def holding(self) -> int:
        return sum(map(len, self.held.values()))

    def stood_in(self, url: str, key: str) -> bool:
        """Whether the page of ``key`` that answered ``url`` answered another document URL or a start URL too."""
        return bool(self.answered.get(key, set()) - {url})
