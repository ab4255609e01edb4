"""Data files a page's inline script loads (fetch, $.getJSON, axios, XMLHttpRequest, a config object, a
data-url attribute) are published like links: the crawl fetches them on the site's hosts and lists the page
as their referrer. URLs built at run time, template literals, regex literals and vendors' URLs are not."""
from __future__ import annotations

import json
from urllib.parse import unquote
from http.server import BaseHTTPRequestHandler

import pytest
from lxml import html

from crawler.demo.server import LocalSite
from crawler.spiders.script_links import is_data_url, literal_urls, script_urls

from conftest import RecordingSite, serve_locally


@pytest.mark.parametrize("script, url", [
    ("fetch('/api/outages.json').then(r => r.json()).then(render);", "/api/outages.json"),
    ('$.getJSON("/data/shutoff-list.json", function (d) { fill(d); });', "/data/shutoff-list.json"),
    ("axios.get('/files/rebate-awards.csv').then(draw)", "/files/rebate-awards.csv"),
    ('var x = new XMLHttpRequest(); x.open("GET", "/api/v2/callbacks"); x.send();', "/api/v2/callbacks"),
    ('window.appConfig = {"dataUrl": "\\/api\\/rebates.json", "pageSize": 25};', "/api/rebates.json"),
    ("loadTable('reports/aging.xlsx')", "reports/aging.xlsx"),
    ("d3.json('./layers/service-points.geojson')", "./layers/service-points.geojson"),
    ("fetch('/api/accounts?status=past-due')", "/api/accounts?status=past-due"),
    # a page the script opens, as a link does (a script file's are in no link of any page)
    ("location.href = '/departments/utilities/contact-us';", "/departments/utilities/contact-us"),
    ("btn.onclick = function () { window.open('/notices/hearing-17.html'); };", "/notices/hearing-17.html"),
    ("location.assign('reports/q3.aspx')", "reports/q3.aspx"),
    # a URL a loader loads, whatever its path: its response is read by its content type
    ("fetch('/gis/rest/services/Water/Meters/MapServer/2/query?where=1%3D1&outFields=*&f=pjson')",
     "/gis/rest/services/Water/Meters/MapServer/2/query?where=1%3D1&outFields=*&f=pjson"),
    ('$.ajax({url: "/teams/Billing/_api/web/lists/getbytitle(\'Deposits\')/items", headers: h});',
     "/teams/Billing/_api/web/lists/getbytitle('Deposits')/items"),
    ("$.get('/docs/KeywordHandler.ashx?doc=55120', render);", "/docs/KeywordHandler.ashx?doc=55120"),
    ('fetch("/gql?query=%7Bpayers%7Bname%7D%7D")', "/gql?query=%7Bpayers%7Bname%7D%7D"),
    ("var recordsUrl = '/Repository/Service.aspx/Fields?doc=730'; fetch(recordsUrl).then(show);",
     "/Repository/Service.aspx/Fields?doc=730"),
    ("const q = '/odata/Payers'; axios.get(q).then(draw);", "/odata/Payers"),
    ('r.open("GET", "/v2/lookup/premises?zip=93101"); r.send();', "/v2/lookup/premises?zip=93101"),
    ("jQuery.getJSON('svc/Roster?dept=7', fill)", "svc/Roster?dept=7"),
    ("grid({endpoint: '/export/arrears', pageSize: 50})", "/export/arrears"),
    ('$.ajax({url: "/sites/Billing/_api/web/lists/getbytitle(\'Deposits\')/items?$select=Title,Phone&$top=50"})',
     "/sites/Billing/_api/web/lists/getbytitle('Deposits')/items?$select=Title,Phone&$top=50"),
    # a template literal whose parts are strings the script assigns once
    ("const dataRoot = '/static/data'; fetch(`${dataRoot}/shutoffs.json`).then(show);", "/static/data/shutoffs.json"),
    ("const layer = '/gis/rest/services/Liens/FeatureServer/0'; fetch(`${layer}/query?f=json`);",
     "/gis/rest/services/Liens/FeatureServer/0/query?f=json"),
])
def test_a_whole_literal_a_script_loads_is_found(script, url):
    assert literal_urls(script) == [url]


@pytest.mark.parametrize("script", [
    "fetch(`/api/customers/${id}.json`)",                         # a template literal: built at run time
    'fetch(apiBase + "/api/outages.json")',                       # the other part may be another host
    'fetch("/api/premises/" + premiseId + ".json")',
    'url += "/export.csv";',
    "var isData = /\\/api\\/[a-z]+\\.json$/i.test(path);",        # a regex literal
    "/*! vendor v3.1 | see https://cdn.vendor.example/license.txt */",  # prose in a comment, unquoted
    "document.querySelector('#council-members').scrollIntoView()",
    "headers: {'Accept': 'application/json', 'Content-Type': 'text/csv'}",
    "input.accept = '.pdf,.docx'; filter = '*.csv';",
    'alert("Upload your permit as a .pdf file")',
    "router.add('api/v1')",                                       # a route name, not a URL
    "window.open('#top')",                                        # an anchor of the same page
    "window.open(base + '/notices/case.html')",                   # built at run time
    "location.href = 'mailto:clerk@example.gov'",
    "modal.open('/templates/dialog.html')",                       # no navigation: a template a widget loads
    "slider({src: '/img/hero-reservoir.jpg', url: 'slides'})",    # an image; a bare word is no URL
    "fetch('/fonts/city-sans.woff2')",
    "var home = '/departments/water'; render(home);",             # a string no loader is handed
    "if (path == '/outages/map') { init(); }",
    "document.title = 'Pay your bill';",
    "const p = '/outages/'; fetch(`/page-data${p.replace(/\\/$/, '')}/page-data.json`)",  # an expression
    "let root = '/a'; root = '/b'; fetch(`${root}/list.json`)",  # assigned twice: known only at run time
    "const base = '/departments'; log(`${base}/water`)",          # no loader, no data file
])
def test_what_is_no_whole_data_url_is_not_taken(script):
    assert literal_urls(script) == []


@pytest.mark.parametrize("page_url, data_url", [
    ("https://www.example.gov/outages/restoration-log/", "/page-data/outages/restoration-log/page-data.json"),
    ("https://www.example.gov/", "/page-data/index/page-data.json"),
    ("https://www.example.gov/rates/index.html", "/page-data/rates/page-data.json"),
])
def test_a_gatsby_page_loads_its_page_data(page_url, data_url):
    page = html.fromstring('<html><body><div id="___gatsby"><div id="gatsby-focus-wrapper">Loading</div></div>'
                           '<script src="/app-91ac.js"></script></body></html>', base_url=page_url)
    assert script_urls(page) == [data_url, "/app-91ac.js"]
    other = html.fromstring('<html><body><div id="root"></div></body></html>', base_url=page_url)
    assert script_urls(other) == []


@pytest.mark.parametrize("text, expected", [
    ("https://www.example.gov/api/stations", True),
    ("//www.example.gov/docs/budget.pdf", True),
    ("mailto:utility@example.gov", False),
    ("#top", False),
    ("/images/banner.jpg", False),
    ("/js/app.min.js", False),
])
def test_data_urls_by_their_shape(text, expected):
    assert is_data_url(text) is expected


def test_data_attributes_handlers_and_embeds_are_read_with_the_scripts():
    page = html.fromstring(
        '<div id="map" data-source="/gis/streetlights.geojson" data-zoom="12"></div>'
        '<div class="widget" data-props=\'{"feed": "/api/notices.json", "title": "Notices"}\'></div>'
        '<img data-src="/images/hall.jpg" alt="City Hall">'
        '<button onclick="window.open(\'/files/rate-schedule.pdf\')">Rates</button>'
        '<object data="/files/annual-report.pdf" type="application/pdf"></object>'
        '<script>fetch("/api/outages.json").then(show);</script>'
        '<script src="/js/vendor.js"></script>')
    assert script_urls(page) == ["/api/outages.json", "/gis/streetlights.geojson", "/api/notices.json",
                                 "/files/rate-schedule.pdf", "/files/annual-report.pdf", "/js/vendor.js"]


OUTAGE_PAGE = """<html><body><h1>Planned outages</h1><table id="outages"></table>
<script>
  fetch('/api/planned-outages.json').then(r => r.json()).then(d => render(d.items));
  fetch('/api/crews/' + crewId + '.json');
  fetch(`/api/premises/${premise}.json`);
  $.getJSON('{other}api/feed.json');
  window.settings = {"callbacks": {"source": "{site}api\\/callbacks.json"}};
</script>
<div class="rebates" data-url="/files/rebate-winners.csv"></div></body></html>"""
OUTAGES = {"items": [{"customerName": "Renata Villalobos", "serviceAddress": "2290 Quail Run Ave, Pomona CA",
                      "phone": "909-555-0182"}]}


def test_an_endpoint_only_a_script_loads_is_crawled_with_its_page_as_referrer(run_pubcheck, tmp_path):
    root = tmp_path / "site"
    (root / "api").mkdir(parents=True)
    (root / "api" / "planned-outages.json").write_text(json.dumps(OUTAGES))
    (root / "api" / "callbacks.json").write_text('[{"name": "Osvaldo Quintanilla", "callback": "909-555-0147"}]')
    (root / "files").mkdir()
    (root / "files" / "rebate-winners.csv").write_text("Customer,Service Address\nLiesel Okonkwo,815 Birchwood Ln\n")
    site, data, other_requests = _crawl(run_pubcheck, root, tmp_path,
                                        lambda site, other: OUTAGE_PAGE.replace("{other}", other).replace("{site}", site))
    docs = {d["url"]: d for d in data["documents"]}
    endpoint = site + "api/planned-outages.json"
    for url in (endpoint, site + "api/callbacks.json", site + "files/rebate-winners.csv"):
        assert docs[url]["status"] == "scanned"
        assert docs[url]["referrers"] == [site]
    assert {f["value"] for f in data["findings"] if f["url"] == endpoint} >= {"Renata Villalobos", "909-555-0182"}
    assert not [url for url in docs if "crews" in url or "premises" in url or "feed.json" in url]
    assert other_requests == []


def _crawl(run_pubcheck, root, tmp_path, page) -> tuple[str, dict, list]:
    """Serve ``root`` with ``page(site URL, another host's URL)`` as its index page and crawl it: the site's URL,
    the findings.json of the run (which found something) and the requests the other host received."""
    other = RecordingSite()
    try:
        with LocalSite(root) as site:
            (root / "index.html").write_text(page(site.url, other.url))
            result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal")
    finally:
        other.stop()
    assert result.returncode == 1, result.stderr
    return site.url, json.loads((tmp_path / "out" / "findings.json").read_text()), other.requests


class ApiHandler(BaseHTTPRequestHandler):
    """A page whose script posts a form to one API and searches another with parameters: a plain GET of
    either is refused (405, 400), and one more answers 404."""
    ANSWERS = {"/": (200, "text/html", "<p>Sign up for outage alerts.</p><script>"
                                       "fetch('/api/alert-signup', {method: 'POST', body: form});"
                                       "fetch('/api/address-lookup');"
                                       "$.getJSON('/api/retired-feed.json');</script>"),
               "/api/alert-signup": (405, "application/json", '{"error": "POST only"}'),
               "/api/address-lookup": (400, "application/json", '{"error": "q is required"}')}

    def do_GET(self):
        status, content_type, body = self.ANSWERS.get(self.path, (404, "text/html", "<p>Not found</p>"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body.encode())))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


def test_an_api_a_plain_get_cannot_read_is_listed_but_leaves_nothing_unchecked(run_pubcheck, tmp_path):
    server, url = serve_locally(ApiHandler)
    try:
        result = run_pubcheck("crawl", url, "--out", tmp_path / "out")
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr
    docs = {d["url"]: d for d in json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]}
    for path, status in (("api/alert-signup", 405), ("api/address-lookup", 400), ("api/retired-feed.json", 404)):
        assert docs[url + path]["status"] == "failed"
        assert docs[url + path]["http_status"] == status
        assert docs[url + path]["referrers"] == [url]


class ServiceHandler(BaseHTTPRequestHandler):
    """A page whose scripts load a map service's query, a list service and a document handler, none shaped like
    a data file, and name a logo image and a vendor's tag manager: each service answers JSON or XML records."""
    ANSWERS = {
        "/": (200, "text/html", "<p>Arrears program</p><script>"
              "fetch('/gis/rest/services/Billing/Arrears/FeatureServer/0/query?f=json&where=1%3D1')"
              ".then(r => r.json()).then(draw);"
              "$.ajax({url: \"/teams/Billing/_api/web/lists/getbytitle('Plans')/items\"});"
              "var keysUrl = '/docs/Keys.ashx?doc=8801'; $.get(keysUrl, show);"
              "banner({src: '/img/hero.png'}); fetch('{other}gtm/collect?id=GTM-XX1');</script>"),
        "/gis/rest/services/Billing/Arrears/FeatureServer/0/query?f=json&where=1%3D1": (
            200, "application/json", '{"features": [{"attributes": {"CUSTOMER_NAME": "Teodora Vasquez-Lind", '
                                     '"SERVICE_ADDR": "2210 Larkspur Ct", "ACCOUNT": "3-417-2208-51"}}]}'),
        "/teams/Billing/_api/web/lists/getbytitle('Plans')/items": (
            200, "application/json", '{"d": {"results": [{"CustomerName": "Ignatius Obuya", '
                                     '"Phone": "(707) 555-0163", "AccountNo": "5518203-44"}]}}'),
        "/docs/Keys.ashx?doc=8801": (200, "text/xml", "<Keywords><Keyword name='Customer Name'>Marisela Tkachenko"
                                                      "</Keyword><Keyword name='Account Number'>2-58-114-3307</Keyword>"
                                                      "</Keywords>"),
    }

    def do_GET(self):
        answers = {unquote(path): answer for path, answer in self.ANSWERS.items()}
        status, content_type, body = answers.get(unquote(self.path), (404, "text/html", "<p>Not found</p>"))
        body = body.replace("{other}", self.server.other_url)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body.encode())))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


def test_services_a_script_loads_are_crawled_whatever_their_path(run_pubcheck, tmp_path):
    other = RecordingSite()
    server, url = serve_locally(ServiceHandler)
    server.other_url = other.url
    try:
        result = run_pubcheck("crawl", url, "--out", tmp_path / "out", "--reveal")
    finally:
        server.shutdown()
        server.server_close()
        other.stop()
    assert result.returncode == 1, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    docs = {unquote(d["url"]): d for d in data["documents"]}
    services = [unquote(path) for path in ServiceHandler.ANSWERS if path != "/"]
    for path in services:
        assert docs[url + path[1:]]["status"] == "scanned" and docs[url + path[1:]]["referrers"] == [url]
    found = {f["value"] for f in data["findings"]}
    assert found >= {"Teodora Vasquez-Lind", "3-417-2208-51", "Ignatius Obuya", "(707) 555-0163",
                     "Marisela Tkachenko", "2-58-114-3307"}
    assert url + "img/hero.png" not in docs and other.requests == []


STATE_SCRIPT = ('window.__INITIAL_STATE__ = {"recentPayers": [{"customerName": "Rosalind Achebe", "serviceAddr": '
                '"4471 Buckthorn Rd", "acctNum": "41-7720-93", "phone": "(970) 555-0142"}]};\n'
                'document.querySelectorAll(".payer").forEach(function (el) { el.hidden = false; });\n')


def test_the_sites_own_script_files_are_crawled_and_read_a_vendors_are_not(run_pubcheck, tmp_path):
    """A page made of nothing but ``<script src>``: the site's script carries the customer data it shows, so it is
    fetched, listed with the page as its referrer and read (its data literals as records); a vendor's script on
    another host is neither fetched nor listed."""
    root = tmp_path / "site"
    (root / "js").mkdir(parents=True)
    (root / "js" / "portal-state.js").write_text(STATE_SCRIPT)
    (root / "js" / "menu.js").write_text("function toggle(el) { el.classList.toggle('open'); }\n")
    site, data, other_requests = _crawl(
        run_pubcheck, root, tmp_path, lambda site, other: '<html><body><div id="payers"></div><script '
        f'src="/js/portal-state.js"></script><script src="js/menu.js"></script><script src="{other}cdn/analytics.js">'
        '</script></body></html>')
    docs = {d["url"]: d for d in data["documents"]}
    state = site + "js/portal-state.js"
    assert docs[state]["status"] == "scanned" and docs[state]["referrers"] == [site]
    assert docs[site + "js/menu.js"]["status"] == "scanned"
    assert {f["value"] for f in data["findings"] if f["url"] == state} >= {
        "Rosalind Achebe", "4471 Buckthorn Rd", "41-7720-93", "(970) 555-0142"}
    assert not [f for f in data["findings"] if f["url"] != state]
    assert other_requests == [] and not [url for url in docs if "analytics" in url]
