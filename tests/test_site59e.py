"""How documents are reached (red team site59e): the sources of links a city site publishes besides its pages.

- A text sitemap (sitemaps.org: a UTF-8 file of absolute URLs, one a line), named by robots.txt's ``Sitemap:``,
  lists files no page links: its URLs are followed and the file read as a sitemap is. Hard negatives: a "not
  found" page, a robots.txt or a note quoting a URL is no text sitemap.
- An XML sitemap's ``<xhtml:link rel="alternate" hreflang=...>`` names the page's other languages: followed as
  its ``<loc>`` is.
- A calendar feed (iCalendar ``.ics``) links each event's agenda or notice: its ``URL``, an ``ATTACH`` by
  reference and the addresses of its ``DESCRIPTION`` are followed as a news feed's items are; an inline binary
  ``ATTACH`` is no link. Hard negative: a contact card is no calendar.
- A link an editor commented out (``<!-- <a href=...> -->``) still publishes its file: followed as a script's URL is
  (a 4xx is no broken link); a commented-out picture or script is not.
"""
from __future__ import annotations

import gzip

from scrapy import Request
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings

from crawler.items import FetchedItem, LinksItem, StatusItem
from crawler.spiders.calendar_links import calendar_links
from crawler.spiders.site import SiteSpider
from crawler.spiders.text_sitemap import text_sitemap_urls

_SITE = "https://www.cityofalderwood.org"


def _spider() -> SiteSpider:
    spider = SiteSpider(start_urls=f"{_SITE}/")
    spider.settings = Settings({"DOCUMENT_PRIORITY": 10})
    return spider


def _sitemap_items(path: str, body: bytes, content_type: str = "text/plain") -> list:
    response = Response(f"{_SITE}{path}", body=body, headers={"Content-Type": content_type},
                        request=Request(f"{_SITE}{path}", meta={"pubcheck_kind": "sitemap"}))
    return list(_spider().parse_sitemap(response))


def _links(items: list) -> list[str]:
    return [url for item in items if isinstance(item, LinksItem) for url in item.urls]


# --- 1. a text sitemap ---------------------------------------------------------------------------------------

TEXT_SITEMAP = (f"{_SITE}/departments/utilities\r\n{_SITE}/uploads/2026/03/shutoff-list-march.xlsx\r\n\r\n"
                f"{_SITE}/Uploads/Medical%20Baseline%20Renewals.pdf\r\n")


def test_a_text_sitemaps_urls_are_followed_and_the_file_read():
    items = _sitemap_items("/sitemap-files.txt", TEXT_SITEMAP.encode())
    assert _links(items) == [f"{_SITE}/departments/utilities", f"{_SITE}/uploads/2026/03/shutoff-list-march.xlsx",
                             f"{_SITE}/Uploads/Medical%20Baseline%20Renewals.pdf"]
    [fetched] = [item for item in items if isinstance(item, FetchedItem)]
    assert fetched.kind == "sitemap"
    assert not [item for item in items if isinstance(item, StatusItem)]


def test_a_gzipped_text_sitemap_is_read_too():
    items = _sitemap_items("/sitemap.txt.gz", gzip.compress(TEXT_SITEMAP.encode()), "application/gzip")
    assert f"{_SITE}/uploads/2026/03/shutoff-list-march.xlsx" in _links(items)


def test_what_is_no_list_of_urls_is_no_text_sitemap():
    for body in (b"<html><body><h1>Page Not Found</h1></body></html>",
                 b"User-agent: *\nDisallow: /admin/\nSitemap: https://www.cityofalderwood.org/sitemap.xml\n",
                 f"Our new site map is at {_SITE}/sitemap\n".encode(), b"", b"\xff\xfe\x00garbage"):
        assert text_sitemap_urls(body) == []
        items = _sitemap_items("/sitemap-files.txt", body)
        assert _links(items) == []
        assert [item.reason for item in items if isinstance(item, StatusItem)] == ["not a readable XML sitemap"]


# --- 2. a sitemap's language alternates ----------------------------------------------------------------------

ALTERNATES = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>{_SITE}/utilities/assistance</loc>
<xhtml:link rel="alternate" hreflang="es" href="{_SITE}/es/utilities/asistencia-solicitudes.docx"/>
<xhtml:link rel="alternate" hreflang="vi" href="{_SITE}/vi/utilities/tro-giup"/></url>
<url><loc>{_SITE}/parks</loc></url></urlset>"""


def test_a_sitemaps_language_alternates_are_followed():
    items = _sitemap_items("/sitemap.xml", ALTERNATES.encode(), "application/xml")
    assert _links(items) == [f"{_SITE}/utilities/assistance", f"{_SITE}/es/utilities/asistencia-solicitudes.docx",
                             f"{_SITE}/vi/utilities/tro-giup", f"{_SITE}/parks"]


# --- 3. a calendar feed's events -----------------------------------------------------------------------------

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Alderwood//Events//EN\r\n"
    "BEGIN:VEVENT\r\nUID:ev-311@alderwood\r\nDTSTART:20260310T180000Z\r\nSUMMARY:Utility Commission\r\n"
    f"URL;VALUE=URI:{_SITE}/calendar/utility-commission-0310\r\n"
    f"ATTACH;FMTTYPE=application/pdf:{_SITE}/AgendaCenter/ViewFile/Agenda/_03102026-\r\n 2291\r\n"
    "DESCRIPTION:Item 4 appeals: see the staff report\\, "
    f"{_SITE}/uploads/appeals/hardship-appeals-q1.docx.\\nPublic comment welcome.\r\n"
    "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:ev-312@alderwood\r\nSUMMARY:Arbor Day\r\n"
    "ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=image/png:iVBORw0KGgoAAAANSUhEUgAAAAE=\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_calendar_feeds_event_links_are_its_links():
    assert calendar_links(CALENDAR.encode()) == [
        f"{_SITE}/calendar/utility-commission-0310", f"{_SITE}/AgendaCenter/ViewFile/Agenda/_03102026-2291",
        f"{_SITE}/uploads/appeals/hardship-appeals-q1.docx"]


def test_a_crawled_calendar_feed_leads_to_its_events_documents():
    url = f"{_SITE}/calendar/events.ics"
    response = TextResponse(url, body=CALENDAR.encode(), headers={"Content-Type": "text/calendar; charset=utf-8"},
                            request=Request(url))
    items = list(_spider().parse(response))
    assert f"{_SITE}/uploads/appeals/hardship-appeals-q1.docx" in _links(items)
    assert [item for item in items if isinstance(item, FetchedItem)][0].url == url


def test_a_contact_card_or_a_text_is_no_calendar():
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Utility Billing\r\nURL:https://www.cityofalderwood.org/billing\r\n"
            "END:VCARD\r\n")
    assert calendar_links(card.encode()) == []
    assert calendar_links(b"Meeting notes. URL:https://www.cityofalderwood.org/x.pdf\n") == []


# --- 4. links an editor commented out ------------------------------------------------------------------------

COMMENTED = """<html><head><!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]--></head><body>
<h1>Utility Assistance</h1><ul><li><a href="/uploads/assistance-brochure.pdf">Brochure</a></li>
<!-- pulled 5/2026 per Finance, file left on server:
<li><a href='/uploads/2026/05/Arrearage Plan Enrollees.xlsx'>Arrearage plan enrollees</a></li> -->
<!-- <li><a href="/utilities/old-rates">Old rates</a></li> --><!-- <img src="/img/banner-old.png"> -->
<!-- <embed src="/uploads/deposit-waivers.pdf" type="application/pdf"> -->
<!-- Google Tag Manager --></ul></body></html>"""


def test_the_links_an_editor_commented_out_are_followed_quietly():
    from crawler.spiders.comment_links import commented_links
    from lxml import html
    assert commented_links(html.fromstring(COMMENTED)) == [
        "/uploads/2026/05/Arrearage Plan Enrollees.xlsx", "/utilities/old-rates", "/uploads/deposit-waivers.pdf"]
    url = f"{_SITE}/utilities/assistance"
    response = TextResponse(url, body=COMMENTED.encode(), headers={"Content-Type": "text/html; charset=utf-8"},
                            request=Request(url))
    requests = {request.url: request for request in _spider().parse(response) if isinstance(request, Request)}
    commented = requests[f"{_SITE}/uploads/2026/05/Arrearage%20Plan%20Enrollees.xlsx"]
    assert commented.meta.get("pubcheck_script")  # a 404 to it is no broken link a reader meets
    assert not requests[f"{_SITE}/uploads/assistance-brochure.pdf"].meta.get("pubcheck_script")
    assert f"{_SITE}/img/banner-old.png" not in requests and f"{_SITE}/js/html5shiv.js" not in requests

