"""Where a crawl finds the documents a reader can open beyond a page's plain links: relative links under a page's
``<base href>``, pages a site's own script file opens, a PDF's links to its attachments, CSS ``url()``s of
documents, and documents held in a page's ``data:`` links. A real crawl of a site on 127.0.0.1: each document
found only that way is fetched (or decoded) and checked; what a city site publishes so innocently raises nothing."""
from __future__ import annotations

import base64
import json
from urllib.parse import quote

import pytest
from fpdf import FPDF
from lxml import html

from crawler.spiders.page_links import css_document_urls, data_links, decode_data_url, page_base
from crawler.spiders.pdf_links import pdf_links
from fault_site import FaultSite, body, page

RECORD = ("<pre>Customer Name: Leopold Achterberg\nService Address: 4417 Larkspur Ct\n"
          "Acct No. 007731-4420-05\nSSN: 512-48-3391</pre>")


def _crawl(run_pubcheck, tmp_path, routes: dict) -> tuple[str, dict]:
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    return site.url, json.loads((tmp_path / "out" / "findings.json").read_text())


def _docs(data: dict) -> dict:
    return {d["url"]: d for d in data["documents"]}


def _found(data: dict, url: str) -> set[str]:
    return {f["value"] for f in data["findings"] if f["url"] == url}


def _pdf(text: str, link: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(120, 10, text, link=link or "")
    return bytes(pdf.output())


# <base href>

@pytest.mark.parametrize("base, expected", [
    ("/library/", "http://h.example/library/"),
    ("../archive/2024/", "http://h.example/archive/2024/"),
    ("https://cdn.example.gov/docs/", "https://cdn.example.gov/docs/"),
    ("javascript:void(0)", "http://h.example/dept/index.html"),   # no http(s) base: the page's own URL
    ("", "http://h.example/dept/index.html"),
])
def test_the_base_of_a_page(base, expected):
    root = html.fromstring(f"<html><head><base href='{base}'></head><body><a href='x.pdf'>x</a></body></html>")
    assert page_base(root, "http://h.example/dept/index.html") == expected


def test_a_page_s_relative_links_lead_under_its_base(run_pubcheck, tmp_path):
    site, data = _crawl(run_pubcheck, tmp_path, {
        "/": page("<a href='records/'>Records</a>"),
        "/records/": page("<head><base href='/records/archive/'></head><body>"
                          "<a href='hearing-0412.html'>Hearing</a><a href='/staff.html'>Staff</a>"
                          "<iframe src='minutes.html'></iframe></body>"),
        "/records/archive/hearing-0412.html": page(RECORD),
        "/records/archive/minutes.html": page("<p>Council Member Rosa Delgado moved to approve; "
                                              "Public Works Director Sam Ortiz, (909) 620-2241.</p>"),
        "/staff.html": page("<p>City Clerk: Janet Oyelaran, 505 S Garey Ave</p>"),
    })
    docs = _docs(data)
    hearing = site + "records/archive/hearing-0412.html"
    assert docs[hearing]["status"] == "scanned" and docs[hearing]["referrers"] == [site + "records/"]
    assert {"512-48-3391", "007731-4420-05"} <= _found(data, hearing)
    assert docs[site + "staff.html"]["status"] == "scanned"
    assert docs[site + "records/archive/minutes.html"]["status"] == "scanned"
    assert site + "records/hearing-0412.html" not in docs  # not resolved against the page: no bogus 404
    assert _found(data, site + "records/archive/minutes.html") == set()
    assert _found(data, site + "staff.html") == set()


# a site's own script file

def test_a_page_a_site_s_script_file_opens_is_crawled(run_pubcheck, tmp_path):
    site, data = _crawl(run_pubcheck, tmp_path, {
        "/": page("<head><script src='/assets/portal.js'></script></head><body>Notices</body>"),
        "/assets/portal.js": body("document.getElementById('n').onclick = function () {"
                                  " window.open('/notices/shutoff-0719.html'); };\n"
                                  "var rates = '/files/rate-schedule.pdf';\n"
                                  "function go(id) { location.href = '/notices/' + id + '.html'; }\n",
                                  "application/javascript"),
        "/notices/shutoff-0719.html": page(RECORD),
        "/files/rate-schedule.pdf": body(_pdf("Residential rate: 12.4 cents per kWh"), "application/pdf"),
    })
    docs = _docs(data)
    notice = site + "notices/shutoff-0719.html"
    assert docs[notice]["status"] == "scanned" and docs[notice]["referrers"] == [site + "assets/portal.js"]
    assert "512-48-3391" in _found(data, notice)
    assert docs[site + "files/rate-schedule.pdf"]["status"] == "scanned"
    assert _found(data, site + "files/rate-schedule.pdf") == set()
    assert not [url for url in docs if "undefined" in url or url.endswith("/notices/")]


# a PDF's links

def test_pdf_link_actions_are_read_from_the_file():
    packet = _pdf("See attachment A", "http://h.example/agendas/attachment-a.pdf")
    assert pdf_links(packet) == ["http://h.example/agendas/attachment-a.pdf"]
    escaped = b"%PDF-1.4\n1 0 obj << /A << /S /URI /URI (/files/exhibit\\(2\\).pdf) >> >> endobj\n" \
              b"2 0 obj << /A << /URI <2F66696C65732F622E706466> >> >> endobj\n"
    assert pdf_links(escaped) == ["/files/exhibit(2).pdf", "/files/b.pdf"]
    assert pdf_links(b"<html>/URI (/x.pdf)</html>") == []


def test_documents_linked_only_from_a_pdf_are_crawled(run_pubcheck, tmp_path):
    routes = {"/": page("<a href='/agendas/packet-0611.pdf'>Packet</a><a href='/agendas/packet-0618.pdf'>P</a>")}
    with FaultSite(routes) as site:  # the packets link the site's absolute URLs, known once it listens
        routes["/agendas/packet-0611.pdf"] = body(_pdf("See attachment A", site.url + "agendas/attachment-a.pdf"),
                                                  "application/pdf")
        routes["/agendas/attachment-a.pdf"] = body(_pdf("Customer Name: Leopold Achterberg  SSN: 512-48-3391"),
                                                   "application/pdf")
        routes["/agendas/packet-0618.pdf"] = body(_pdf("Parks master plan", "https://www.parks.example.org/"),
                                                  "application/pdf")
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    docs = _docs(data)
    attachment = site.url + "agendas/attachment-a.pdf"
    assert docs[attachment]["status"] == "scanned"
    assert docs[attachment]["referrers"] == [site.url + "agendas/packet-0611.pdf"]
    assert "512-48-3391" in _found(data, attachment)
    assert not [url for url in docs if "parks.example.org" in url]  # another site's link is not listed


# CSS url()

@pytest.mark.parametrize("css, expected", [
    ("a.print { background: url('/files/notice-0412.pdf') }", ["/files/notice-0412.pdf"]),
    ("div{background:url(exports/callbacks.csv)}", ["exports/callbacks.csv"]),
    ("body { background: url(/img/hero.jpg); font: url('/fonts/a.woff2') }", []),
    ("li { list-style-image: url(data:image/png;base64,iVBORw0KGgo=) }", []),
    ("@import url('/css/theme.css');", []),
    ("div { background: url(http://[broken/notice.pdf) }", []),
])
def test_document_urls_of_css(css, expected):
    assert css_document_urls(css) == expected


def test_a_document_a_page_s_style_names_is_crawled(run_pubcheck, tmp_path):
    site, data = _crawl(run_pubcheck, tmp_path, {
        "/": page("<head><style>.notice { background: url('/files/disconnects.csv') }</style></head>"
                  "<body><div style=\"background-image: url('/img/city-hall.jpg')\">Welcome</div></body>"),
        "/files/disconnects.csv": body("Customer Name,Service Address,SSN\n"
                                       "Leopold Achterberg,4417 Larkspur Ct,512-48-3391\n", "text/csv"),
    })
    docs = _docs(data)
    csv_url = site + "files/disconnects.csv"
    assert docs[csv_url]["status"] == "scanned" and docs[csv_url]["referrers"] == [site]
    assert "512-48-3391" in _found(data, csv_url)
    # a picture the style shows is fetched as the page's picture (img62): missing, it is a broken picture, no gap
    picture = docs[site + "img/city-hall.jpg"]
    assert picture["http_status"] == 404 and not picture.get("not_checked")


# data: links

def test_data_links_that_hold_documents():
    record = base64.b64encode(RECORD.encode()).decode()
    root = html.fromstring(f'<a href="data:text/html;base64,{record}">a</a><img src="data:image/png;base64,AAAA">'
                           f'<a href="data:image/svg+xml,%3Csvg%3E">logo</a>'
                           f'<iframe src="data:text/plain;charset=utf-8,{quote("Acct No. 1")}"></iframe>')
    links = data_links(root)
    assert len(links) == 2
    assert decode_data_url(links[0], 1 << 20) == ("text/html", RECORD.encode(), None)
    assert decode_data_url(links[1], 1 << 20) == ("text/plain; charset=utf-8", b"Acct No. 1", None)
    assert decode_data_url("data:text/html;base64,QUJD", 2)[2] == "data: link over the 0 MB document limit"
    assert decode_data_url("data:text/html;base64", 1 << 20)[2] == "data: link without a ',' before its content"


def test_a_document_in_a_data_link_is_scanned_as_the_page_s(run_pubcheck, tmp_path):
    record = base64.b64encode(f"<html><body>{RECORD}</body></html>".encode()).decode()
    site, data = _crawl(run_pubcheck, tmp_path, {
        "/": page(f'<a href="data:text/html;base64,{record}">Open the notice</a>'
                  f'<object data="data:text/plain,{quote("Office hours: 8 to 5, City Hall, 505 S Garey Ave")}">'
                  f'</object><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">'),
    })
    docs = _docs(data)
    held = site + "#data-link-1"
    assert docs[held]["status"] == "scanned"
    assert {"512-48-3391", "007731-4420-05"} <= _found(data, held)
    assert docs[site + "#data-link-2"]["status"] == "scanned" and _found(data, site + "#data-link-2") == set()
    assert site + "#data-link-3" not in docs  # an image is no document
