"""Documents a reader reaches through a page's machinery rather than an ``<a href>``: the URLs a JSON file the page
fetches lists, the files a GET form's ``<select>`` or radio buttons offer, a document among an ``<img srcset>``'s
candidates, and a page a clickable tile's ``data-href`` opens. A real crawl of a site on 127.0.0.1: each record
found only that way is fetched and checked; what is no URL (a JSON name, a route pattern), a POST or sign-in form,
a select of years, a picture in another size and a lazily loaded image are not requested."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from lxml import html

from crawler.spiders.form_links import MAX_OPTIONS, form_file_urls
from crawler.spiders.json_links import MAX_LINKS, is_json, is_listed_url, json_links
from crawler.spiders.page_links import data_attribute_pages, srcset_candidates, srcset_document_urls
from fault_site import FaultSite, body, page


def _record(name: str, account: str, street: str) -> str:
    return f"Customer Name: {name}\nService Address: {street}, Pomona CA 91767\nAcct No. {account}\n"


def _crawl(run_pubcheck, tmp_path, routes: dict) -> tuple[str, dict, list[str]]:
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
        served = list(site.served)
    assert result.returncode == 0, result.stderr
    return site.url, json.loads((tmp_path / "out" / "findings.json").read_text()), served


def _docs(data: dict) -> dict:
    return {d["url"]: d for d in data["documents"]}


def _found(data: dict, url: str) -> set[str]:
    return {f["value"] for f in data["findings"] if f["url"] == url}


# JSON files

@pytest.mark.parametrize("text", [
    "/files/hearing-roster.pdf", "/notices/shutoff-appeal-17", "/board/agenda.aspx?id=4",
    "https://www.example.gov/reports/arrears.xlsx", "//www.example.gov/data/rebates.csv",
    "/api/notices.json?page=2",
])
def test_json_strings_written_as_urls_are_listed(text):
    assert is_listed_url(text)


@pytest.mark.parametrize("text", [
    "Water Division", "2024/05/01", "application/pdf", "files/relative-notice.pdf",  # no URL whose page is known
    "/permits/:permitId", "/files/{id}.pdf", "/^\\/api\\//", "/files/*.pdf", "/", "//",
    "/images/council-photo.png", "/css/site.css", "/js/app.js",  # a page's look, no record
    "mailto:utility@example.gov", "javascript:void(0)", "/files/notice 2024.pdf",
])
def test_json_strings_that_are_no_document_url_are_not(text):
    assert not is_listed_url(text)


def test_a_json_document_s_urls_in_document_order_and_bounded():
    listing = {"meta": {"next": "/api/library.json?page=2", "generated": "2024-03-11"},
               "items": [{"title": "Rate hearing roster", "href": "/files/rate-hearing.pdf", "dept": "Utilities"},
                         {"title": "Appeal", "href": "/notices/appeal-2291", "thumb": "/img/appeal.jpg"}]}
    assert json_links(json.dumps(listing).encode()) == [
        "/api/library.json?page=2", "/files/rate-hearing.pdf", "/notices/appeal-2291"]
    many = [{"url": f"/files/permit-{n}.pdf"} for n in range(MAX_LINKS + 40)]
    assert len(json_links(json.dumps(many).encode())) == MAX_LINKS
    assert json_links(b"<html>not json</html>") == []
    assert json_links(b"[" * 100_000 + b"]" * 100_000) == []  # too deep for the parser: no links, no crash


@pytest.mark.parametrize("content_type, ext, expected", [
    ("application/json; charset=utf-8", "", True), ("application/ld+json", "", True),
    ("text/plain", "json", True), ("application/octet-stream", "geojson", True),
    ("text/html", "json", False), ("application/pdf", "", False), ("text/csv", "csv", False),
])
def test_what_is_read_as_json(content_type, ext, expected):
    assert is_json(content_type, ext) is expected


def test_the_documents_a_json_file_lists_are_crawled(run_pubcheck, tmp_path):
    listing = {"documents": [
        {"title": "Deposit refunds", "url": "/records/deposit-refunds.csv"},
        {"title": "Appeal hearing", "link": "/hearings/appeal-0917"},
        {"title": "Hours", "url": "/records/office-hours.txt"},
        {"title": "Route", "url": "/hearings/:caseId"},
        {"title": "Other agency", "url": "https://county.example.org/files/other.pdf"},
        {"title": "Not a path", "url": "Customer Service Division"}]}
    site, data, served = _crawl(run_pubcheck, tmp_path, {
        "/": page("<h1>Document library</h1><div id='library'></div>"
                  "<script>fetch('/data/library.json').then(r => r.json()).then(show);</script>"),
        "/data/library.json": body(json.dumps(listing), "application/json"),
        "/records/deposit-refunds.csv": body("Customer Name,Service Address,Account\n"
                                             "Marisol Etxeberria,2817 Tamarind Way,004418-2270-31\n", "text/csv"),
        "/hearings/appeal-0917": page("<pre>" + _record("Gunnar Vasquez-Holt", "006632-1185-07",
                                                        "1190 Sandpiper Ln") + "</pre>"),
        "/records/office-hours.txt": body("Utility Services, City Hall, 505 S. Garey Ave: open Monday to Thursday, "
                                          "7:30 to 6, (909) 620-2241.", "text/plain"),
    })
    docs = _docs(data)
    for path in ("records/deposit-refunds.csv", "hearings/appeal-0917", "records/office-hours.txt"):
        assert docs[site + path]["status"] == "scanned"
        assert docs[site + path]["referrers"] == [site + "data/library.json"]
    assert {"Marisol Etxeberria", "004418-2270-31"} <= _found(data, site + "records/deposit-refunds.csv")
    assert {"Gunnar Vasquez-Holt", "006632-1185-07"} <= _found(data, site + "hearings/appeal-0917")
    assert _found(data, site + "records/office-hours.txt") == set()
    assert not [path for path in served if ":" in path or "Division" in path]
    assert not [url for url in docs if "county.example.org" in url]  # another host's: neither fetched nor listed


# GET forms

FORMS = """
<form action="/records/download" method="get">
  <input type="hidden" name="lang" value="en">
  <select name="doc"><option value="">Choose a file</option>
    <optgroup label="2024"><option value="levelized-pay-2024.xlsx">Levelized pay enrolment</option>
    <option value="medical-baseline-2024.csv">Medical baseline</option></optgroup></select>
  <button>Download</button></form>
<form action="/records/archive"><input type="radio" name="file" value="final-notices-q3.txt">Q3
  <input type="radio" name="file" value="final-notices-q4.txt">Q4</form>
<form action="/records/search" method="get"><select name="year"><option>2023</option><option>2024</option></select>
  <select name="dept"><option value="utilities">Utilities</option></select></form>
<form action="/records/request" method="post"><select name="doc"><option>ledger-2024.pdf</option></select></form>
<form action="/staff/sign-in"><input name="user"><input type="password" name="pw">
  <select name="goto"><option>payroll-2024.xlsx</option></select></form>
"""


def test_a_get_form_s_file_options_are_its_urls():
    root = html.fromstring(f"<html><body>{FORMS}</body></html>")
    assert form_file_urls(root, "https://www.example.gov/utilities/records.html") == [
        "https://www.example.gov/records/download?lang=en&doc=levelized-pay-2024.xlsx",
        "https://www.example.gov/records/download?lang=en&doc=medical-baseline-2024.csv",
        "https://www.example.gov/records/archive?file=final-notices-q3.txt",
        "https://www.example.gov/records/archive?file=final-notices-q4.txt"]


def test_a_form_with_many_files_is_bounded():
    options = "".join(f"<option>permit-{n:04d}.pdf</option>" for n in range(MAX_OPTIONS * 3))
    root = html.fromstring(f"<html><body><form action='/permits/get'><select name='f'>{options}</select>"
                           "</form></body></html>")
    assert len(form_file_urls(root, "https://www.example.gov/")) == MAX_OPTIONS


def _by_query(files: dict[str, str], asked: list[str]):
    """A route that serves ``files[doc]`` for ``?doc=...`` (or ``?file=...``) and records each query."""
    def answer(handler):
        query = parse_qs(urlsplit(handler.path).query)
        asked.append(urlsplit(handler.path).query)
        name = (query.get("doc") or query.get("file") or [""])[0]
        body(files[name], "text/csv" if name.endswith(".csv") else "text/plain")(handler) if name in files \
            else handler.send_error(404)
    return answer


def test_the_files_a_get_form_offers_are_crawled_and_no_other_form_is_submitted(run_pubcheck, tmp_path):
    asked: list[str] = []
    files = {"medical-baseline-2024.csv": "Customer,Service Address,Account Number\n"
                                          "Ingeborg Salcedo,3381 Wren Hollow Rd,008815-4402-16\n",
             "levelized-pay-2024.xlsx": "Program totals: 412 households enrolled; City Hall, (909) 620-2241.",
             "final-notices-q4.txt": _record("Cornelius Adeyemi-Falk", "002274-9931-40", "716 Bramble Ct")}
    site, data, served = _crawl(run_pubcheck, tmp_path, {
        "/": page("<a href='/records.html'>Records</a>"),
        "/records.html": page(FORMS),  # a page with a sign-in form: no start page (which would read as a login wall)
        "/records/download": _by_query(files, asked),
        "/records/archive": _by_query(files, asked),
        "/records/search": page("<p>Search results</p>"),
    })
    docs = _docs(data)
    baseline = site + "records/download?doc=medical-baseline-2024.csv&lang=en"  # as the crawl files it: sorted
    notices = site + "records/archive?file=final-notices-q4.txt"
    assert docs[baseline]["status"] == "scanned" and docs[baseline]["referrers"] == [site + "records.html"]
    assert {"Ingeborg Salcedo", "008815-4402-16"} <= _found(data, baseline)
    assert {"Cornelius Adeyemi-Falk", "002274-9931-40"} <= _found(data, notices)
    assert docs[site + "records/download?doc=levelized-pay-2024.xlsx&lang=en"]["status"] == "scanned"
    assert _found(data, site + "records/download?doc=levelized-pay-2024.xlsx&lang=en") == set()
    missing = site + "records/archive?file=final-notices-q3.txt"  # a 404 to an option: no document unchecked
    assert docs[missing]["status"] == "failed" and not docs[missing].get("not_checked")
    assert sorted(asked) == ["doc=levelized-pay-2024.xlsx&lang=en", "doc=medical-baseline-2024.csv&lang=en",
                             "file=final-notices-q3.txt", "file=final-notices-q4.txt"]
    assert "/records/search" not in served and "/records/request" not in served and "/staff/sign-in" not in served


# srcset and data attributes

def test_a_srcset_s_document_candidates():
    assert srcset_candidates("/img/a.png 1x,/img/w_200,h_90/b.png 2x, /files/c.pdf (x, y) 3x,, d.png") == [
        "/img/a.png", "/img/w_200,h_90/b.png", "/files/c.pdf", "d.png"]
    root = html.fromstring(
        "<html><body><img src='/img/notice.png' srcset='/img/notice.png 1x, /files/notice-hires.PDF 2x'>"
        "<picture><source srcset='/files/roster.docx 640w, /img/roster.webp 1280w'><img src='/img/r.png'></picture>"
        "<img srcset='/img/hall-640.jpg 640w, /img/hall-1280.jpg 1280w'></body></html>")
    assert srcset_document_urls(root) == ["/files/notice-hires.PDF", "/files/roster.docx"]


def test_the_pages_a_data_attribute_opens():
    root = html.fromstring(
        "<html><body><div class='tile' data-href='/programs/shutoff-list.html'>Shutoffs</div>"
        "<li data-url='/hearings/appeal-0412'>Appeal</li><iframe data-src='../embed/map'></iframe>"
        "<div data-link='board-minutes.aspx'>Minutes</div>"
        "<img data-src='/media/photo-1187'><video data-src='/media/clip'></video>"
        "<div data-url='true'></div><div data-href='#panel-2'></div><div data-src='{{ item.url }}'></div>"
        "<div data-href='/files/notice.pdf'></div><div data-href='tel:9096202241'></div>"
        "<div data-url='/img/banner.jpg'></div></body></html>")
    assert data_attribute_pages(root) == ["/programs/shutoff-list.html", "/hearings/appeal-0412", "../embed/map",
                                          "board-minutes.aspx"]


def test_documents_in_a_srcset_and_pages_in_data_attributes_are_crawled(run_pubcheck, tmp_path):
    site, data, served = _crawl(run_pubcheck, tmp_path, {
        "/": page("<img src='/img/letter.png' srcset='/img/letter.png 1x, /files/letter-hires.txt 2x'>"
                  "<img srcset='/img/hall-640.png 640w, /img/hall-1280.png 1280w' alt='City Hall'>"
                  "<div class='card' data-href='/programs/arrears-list.html'>Arrears</div>"
                  "<div class='card' data-url='/programs/partners'>Partners</div>"
                  "<img data-src='/media/photo-1187' alt='Crew'>"),
        "/files/letter-hires.txt": body(_record("Wilhelmina Okonjo", "007720-3318-52", "4425 Juniper Crest Dr"),
                                        "text/plain"),
        "/programs/arrears-list.html": page("<pre>" + _record("Bartholomew Quispe", "003391-8820-14",
                                                              "2208 Cottonwood Pl") + "</pre>"),
        "/programs/partners": page("<p>Program partners: Southern California Edison and Pomona Valley "
                                   "Transportation Authority; contact Utility Services, (909) 620-2241.</p>"),
    })
    docs = _docs(data)
    for path in ("files/letter-hires.txt", "programs/arrears-list.html", "programs/partners"):
        assert docs[site + path]["status"] == "scanned" and docs[site + path]["referrers"] == [site]
    assert {"Wilhelmina Okonjo", "007720-3318-52"} <= _found(data, site + "files/letter-hires.txt")
    assert {"Bartholomew Quispe", "003391-8820-14"} <= _found(data, site + "programs/arrears-list.html")
    assert _found(data, site + "programs/partners") == set()
    # the pictures the page shows, once each: a srcset's largest candidate, a lazy loader's picture (img62)
    assert sorted(path for path in served if path.startswith(("/img/hall", "/media/"))) == [
        "/img/hall-1280.png", "/media/photo-1187"]
