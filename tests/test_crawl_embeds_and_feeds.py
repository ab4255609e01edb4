"""Pages a reader reaches other than by an anchor: embedded in a page (``<object data>``, ``<embed src>``, shown in
the page as an iframe's is) and linked from a feed's items (RSS ``<item><link>``, Atom ``<entry><link href>``,
a permalink ``<guid>``, an enclosure). A real crawl of a site on 127.0.0.1; the pages found only that way are
fetched and checked, with their referrer; a public page embedded or linked so raises nothing."""
from __future__ import annotations

import json

from fault_site import FaultSite, body, page


def _crawl(run_pubcheck, tmp_path, routes: dict) -> tuple[str, dict]:
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    return site.url, json.loads((tmp_path / "out" / "findings.json").read_text())


def _found(data: dict, url: str) -> set[str]:
    return {f["value"] for f in data["findings"] if f["url"] == url}


def test_pages_embedded_with_object_and_embed_are_crawled(run_pubcheck, tmp_path):
    site, data = _crawl(run_pubcheck, tmp_path, {
        "/": page('<h1>Billing dashboard</h1><object data="/widgets/arrears.html" type="text/html"></object>'
                  '<embed src="/widgets/disconnects.html" type="text/html">'
                  '<object data="/widgets/hours.html" type="text/html"></object>'),
        "/widgets/arrears.html": page("<p>Customer Name: Rosalind Achterberg, Acct No. 002291-7734-02</p>"),
        "/widgets/disconnects.html": page("<p>Customer Name: Thaddeus Okafor, Acct No. 004410-2287-09</p>"),
        "/widgets/hours.html": page("<p>Customer service: City Hall, 505 S Garey Ave, open 8 to 5, "
                                    "(909) 620-2241.</p>"),
    })
    docs = {d["url"]: d for d in data["documents"]}
    for path in ("widgets/arrears.html", "widgets/disconnects.html", "widgets/hours.html"):
        assert docs[site + path]["status"] == "scanned"
        assert docs[site + path]["referrers"] == [site]
    assert {"Rosalind Achterberg", "002291-7734-02"} <= _found(data, site + "widgets/arrears.html")
    assert {"Thaddeus Okafor", "004410-2287-09"} <= _found(data, site + "widgets/disconnects.html")
    assert _found(data, site + "widgets/hours.html") == set()


RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Utility news</title>
<link>/</link><item><title>Payment arrangement follow-up</title><link>/news/arrangements-0611.html</link>
<description>Customer Name: Hartley Venn, Acct No. 001887-5520-03</description></item>
<item><title>Board agenda posted</title><guid isPermaLink="true">{site}news/agenda-0618.html</guid></item>
<item><title>Podcast</title><guid isPermaLink="false">utility-news-0042</guid>
<enclosure url="/news/bill-assistance.pdf" type="application/pdf" length="1200"/></item></channel></rss>"""
ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Outage desk</title>
<entry><title>Medical baseline callbacks</title><link rel="alternate" href="/outages/callbacks.html"/>
<link rel="edit" href="/api/entries/77"/></entry></feed>"""


def test_the_pages_of_a_feed_s_items_are_crawled_and_the_feed_itself_is_read(run_pubcheck, tmp_path):
    routes = {
        "/": page('<link rel="alternate" type="application/rss+xml" href="/news/rss.xml"><h1>Sorrel Water</h1>'
                  '<p><a href="/outages/atom.xml">Outage feed</a></p>'),
        "/news/arrangements-0611.html": page("<p>Customer Name: Imogen Castellanos, "
                                             "Acct No. 003310-4417-06</p>"),
        "/news/agenda-0618.html": page("<p>The Board meets June 18 at 6 p.m. at City Hall, 505 S Garey Ave.</p>"),
        "/news/bill-assistance.pdf": body(b"%PDF-1.4 not really", "application/pdf"),
        "/outages/callbacks.html": page("<p>Customer Name: Bartholomew Ekwueme, Acct No. 005521-6630-01, "
                                        "call back at (541) 382-7710</p>"),
    }
    with FaultSite(routes) as site:  # the feed's permalink guid is absolute: the site's own address
        routes["/news/rss.xml"] = body(RSS.replace("{site}", site.url), "application/rss+xml")
        routes["/outages/atom.xml"] = body(ATOM, "application/atom+xml")
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never",
                              "--allow-unchecked", "5")
        served = list(site.served)
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    docs = {d["url"]: d for d in data["documents"]}
    site = site.url
    for path, feed in (("news/arrangements-0611.html", "news/rss.xml"), ("news/agenda-0618.html", "news/rss.xml"),
                       ("outages/callbacks.html", "outages/atom.xml")):
        assert docs[site + path]["status"] == "scanned"
        assert docs[site + path]["referrers"] == [site + feed]
    assert "/news/bill-assistance.pdf" in served
    assert "/api/entries/77" not in served and not any("utility-news-0042" in p for p in served)
    assert {"Imogen Castellanos", "003310-4417-06"} <= _found(data, site + "news/arrangements-0611.html")
    assert {"Bartholomew Ekwueme", "005521-6630-01"} <= _found(data, site + "outages/callbacks.html")
    assert {"Hartley Venn", "001887-5520-03"} <= _found(data, site + "news/rss.xml")
    assert _found(data, site + "news/agenda-0618.html") == set()


MEETINGS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Council meetings</title>
<item><title>Regular meeting</title><link>/meetings/2026-07-07.html</link>
<description>City Council, 6 p.m., Council Chambers, 505 S Garey Ave</description></item></channel></rss>"""


def test_a_public_meetings_feed_and_its_pages_raise_nothing(run_pubcheck, tmp_path):
    site, data = _crawl(run_pubcheck, tmp_path, {
        "/": page('<link rel="alternate" type="application/rss+xml" href="/meetings.rss"><h1>Meetings</h1>'),
        "/meetings.rss": body(MEETINGS, "application/rss+xml"),
        "/meetings/2026-07-07.html": page("<h1>City Council regular meeting</h1><p>Mayor Tim Sandoval presides. "
                                          "Contact the City Clerk, (909) 620-2341, clerk@pomonaca.gov.</p>"),
    })
    docs = {d["url"]: d for d in data["documents"]}
    assert docs[site + "meetings/2026-07-07.html"]["referrers"] == [site + "meetings.rss"]
    assert data["findings"] == []
