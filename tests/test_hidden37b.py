"""What a browser loads or renders that the crawl used to leave unread: a web app manifest and the other JSON or XML
structured-syntax types (``application/manifest+json``), a declarative shadow root, the style sheets and SVG
drawings a page uses, fragments htmx and Turbo load, the next page of an infinite scroll, a service worker's
precache list, a bundle's chunk map and a script's inline source map. Unit checks of each reader, then real crawls
of a small city site on 127.0.0.1: each hidden value is found, an ordinary site's run stays complete, and nothing
off the site's hosts or beyond a whole URL is requested."""
from __future__ import annotations

import base64
import json

import pytest

from crawler.extract import extract
from crawler.extract.sniff import JSON, media_type_of, sniff_type
from fault_site import FaultSite, body, page
from tests.detector_helpers import pairs_found

LETTER = ("<p>Dear Mr. Oyelowo Barrientos, your account 7004 2281 9035 at 1842 Tamarind Way is past due; "
          "call 909-317-5582.</p>")


def _crawl(run_pubcheck, tmp_path, routes: dict) -> tuple[str, dict, int]:
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    return site.url, data, result.returncode


def _docs(data: dict) -> dict:
    return {d["url"]: d for d in data["documents"]}


def _found(data: dict, url: str) -> set[str]:
    return {f["value"] for f in data["findings"] if f["url"] == url}


# structured-syntax media types

@pytest.mark.parametrize("declared, expected", [
    ("application/manifest+json", JSON), ("application/feed+json; charset=utf-8", JSON),
    ("application/problem+json", JSON), ("application/vnd.api+json", JSON), ("application/ld+json", JSON),
    ("application/geo+json", JSON), ("application/rss+xml", "application/xml"),
    ("application/vnd.google-earth.kml+xml", "application/xml"), ("application/soap+xml", "application/xml"),
    ("application/xhtml+xml", "text/html"),          # XHTML is a page
    ("image/svg+xml", "image/svg+xml"),              # an image: read only where a page uses it as a document
])
def test_structured_syntax_types_are_read_as_json_or_xml(declared, expected):
    assert media_type_of(declared) == expected


def test_a_web_app_manifest_is_read_as_json():
    manifest = json.dumps({"name": "Pomona Utilities", "start_url": "/", "shortcuts": [
        {"name": "Pay my bill", "url": "/pay/"},
        {"name": "Test shortcut", "description": "QA login for account PCE47-208815", "url": "/qa/"}]}).encode()
    assert sniff_type("https://city.example/manifest.webmanifest", "application/manifest+json", manifest) == JSON
    assert sniff_type("https://city.example/site.webmanifest", "", manifest) == JSON
    assert ("account_number", "PCE47-208815") in pairs_found("https://city.example/manifest.webmanifest", manifest,
                                                                "application/manifest+json")


def test_a_public_manifest_raises_nothing():
    manifest = json.dumps({"name": "City of Pomona", "short_name": "Pomona", "theme_color": "#1d4e89",
                           "shortcuts": [{"name": "Council agendas", "url": "/council/agendas/"},
                                         {"name": "Report a pothole", "description": "Public Works, (909) 620-2241",
                                          "url": "/report/"}]}).encode()
    assert pairs_found("https://city.example/manifest.webmanifest", manifest, "application/manifest+json") == set()


# declarative shadow DOM

def _shadow_segments(html: str) -> list:
    document = extract("https://city.example/pce/help/", html.encode(), "text/html")
    return [s for s in document.segments if "Vasquez" in s.text]


def test_a_declarative_shadow_root_is_read_as_its_host_s_content():
    shown = _shadow_segments("<main><help-card><template shadowrootmode='open'><p>Ask Teodora Vasquez at the counter"
                             "</p></template></help-card></main>")
    assert shown and shown[0].hidden is None
    legacy = _shadow_segments("<main><help-card><template shadowroot='open'><p>Ask Teodora Vasquez</p></template>"
                              "</help-card></main>")
    assert legacy and legacy[0].hidden is None


@pytest.mark.parametrize("rule, reason", [(":host{display:none}", "display:none"),
                                          (":host { visibility: hidden; }", "visibility:hidden")])
def test_a_shadow_root_its_own_style_hides_is_hidden(rule, reason):
    hidden = _shadow_segments(f"<main><call-log><template shadowrootmode='closed'><style>{rule}</style><ol><li>"
                              "Teodora Vasquez asked for a callback</li></ol></template></call-log></main>")
    assert hidden and hidden[0].hidden == reason


def test_a_plain_template_stays_a_template():
    hidden = _shadow_segments("<main><template id='row'><p>Teodora Vasquez</p></template></main>")
    assert hidden and hidden[0].hidden == "template"


def test_a_hidden_shadow_root_s_record_is_found():
    found = pairs_found("https://city.example/utilities/queue/", "<main><h1>Service queue</h1><queue-list><template "
                        "shadowrootmode='open'><style>:host{display:none}</style><ul><li>Customer: Oyelowo Barrientos, "
                        "acct 7004 2281 9035, 1842 Tamarind Way, 909-317-5582</li></ul></template></queue-list></main>",
                        "text/html")
    assert ("account_number", "7004 2281 9035") in found and ("phone", "909-317-5582") in found


# fragments a page loads, and the assets it uses

def test_fragments_htmx_and_turbo_load_are_pages_of_the_page():
    from lxml import html
    from crawler.spiders.page_links import data_attribute_pages
    root = html.fromstring(
        "<main><div hx-get='/fragments/permit-queue' hx-trigger='load'></div>"
        "<div data-hx-get='/fragments/permit-holds'></div><form hx-post='/fragments/submit'></form>"
        "<turbo-frame id='cases' src='/frames/open-cases' loading='lazy'></turbo-frame>"
        "<ul data-next='/notices/feed/3'></ul><button data-next-url='/notices/more?page=2'>More</button>"
        "<div hx-get='/search?q={{term}}'></div><img data-next='/img/next.png'></main>")
    assert data_attribute_pages(root) == ["/fragments/permit-queue", "/fragments/permit-holds", "/frames/open-cases",
                                          "/notices/feed/3", "/notices/more?page=2"]


def test_style_sheets_and_svg_drawings_a_page_uses():
    from lxml import html
    from crawler.spiders.page_links import asset_links
    root = html.fromstring(
        "<html><head><link rel='stylesheet' href='/css/site.css'><link rel='Alternate Stylesheet' href='/css/big.css'>"
        "<link rel='icon' href='/favicon.svg'><link rel='preload' as='font' href='/fonts/a.woff2'></head><body>"
        "<object data='/maps/ward-3.svg' type='image/svg+xml'></object><embed src='/charts/usage.svg'>"
        "<object data='/video/intro.mp4'></object><img src='/img/logo.svg' alt='City seal'>"
        "<svg><use href='/img/icons.svg#bill'></use><use xlink:href='/img/icons.svg#home'></use>"
        "<use href='#local-symbol'></use></svg></body></html>")
    assert asset_links(root) == ["/css/site.css", "/css/big.css", "/maps/ward-3.svg", "/charts/usage.svg",
                                 "/img/icons.svg#bill", "/img/icons.svg#home"]


def test_a_style_sheet_s_comments_and_shown_text_are_read_not_its_rules():
    css = ("/* build 2024-03-11: QA customer Marisol Etxeberria, acct 7003 8814 2290 */\n"
           ".notice::before{content:\"Account holder: Ignatius Pembroke \\2014  909-488-2716\";display:none}\n"
           ".icon-bill::before{content:\"\\f101\"}\n"
           "body{font:16px/1.5 system-ui;color:#1b1b1b;padding:909px 4881px 2716px}\n").encode()
    document = extract("https://city.example/css/notices.css", css, "text/css")
    shown = [s for s in document.segments if s.hidden == "css content"]
    assert [s.text for s in shown] == ["Account holder: Ignatius Pembroke \u2014 909-488-2716"]
    assert not any("system-ui" in s.text or "1b1b1b" in s.text for s in document.segments)
    found = pairs_found("https://city.example/css/notices.css", css, "text/css")
    assert {("phone", "909-488-2716"), ("account_number", "7003 8814 2290")} <= found


def test_a_public_style_sheet_raises_nothing():
    css = ("/* City of Pomona theme, Public Works GIS team, (909) 620-2241 */\n"
           ".hours::after{content:\"Open Monday to Thursday, 7:30 a.m. to 6 p.m.\"}\n"
           ".phone::before{content:\"Call 311\"} a{color:#005ea2}\n").encode()
    assert pairs_found("https://city.example/css/site.css", css, "text/css") == set()


SVG_MAP = ("<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 300'>"
           "<title>Ward 3 shut-off route</title><g><circle r='4'/><text x='8' y='4' opacity='0'>"
           "2718 Corvina Loop \u00b7 Hildegard Osei \u00b7 700-381-220-946</text></g></svg>")


def test_an_svg_drawing_s_labels_are_read():
    found = pairs_found("https://city.example/maps/ward-3.svg", SVG_MAP, "image/svg+xml")
    assert {("account_number", "700-381-220-946"), ("customer_name", "Hildegard Osei")} <= found


def test_a_public_svg_raises_nothing():
    svg = ("<svg xmlns='http://www.w3.org/2000/svg'><symbol id='i-park'><title>Parks</title><desc>Ganesha Park, "
           "1575 N White Ave</desc></symbol><text x='4' y='12'>Council District 3</text></svg>")
    assert pairs_found("https://city.example/img/icons.svg", svg, "image/svg+xml") == set()


def test_what_a_page_loads_and_uses_is_crawled(run_pubcheck, tmp_path):
    site, data, code = _crawl(run_pubcheck, tmp_path, {
        "/": page("<head><link rel='stylesheet' href='/css/notices.css'><link rel='stylesheet' "
                  "href='https://fonts.example.net/css?family=Inter'></head><main><h1>Utilities</h1>"
                  "<div hx-get='/fragments/shutoff-queue' hx-trigger='load'></div>"
                  "<turbo-frame id='holds' src='/frames/holds'></turbo-frame>"
                  "<ol data-next='/notices/feed/2'></ol>"
                  "<object data='/maps/ward-3.svg' type='image/svg+xml'></object>"
                  "<svg><use href='/img/icons.svg#bill'></use></svg><img src='/img/seal.svg' alt='City seal'>"
                  "<link rel='manifest' href='/app.webmanifest'></main>"),
        "/css/notices.css": body(".notice::before{content:\"Account holder: Ignatius Pembroke \\2014  "
                                 "909-488-2716\"}", "text/css"),
        "/fragments/shutoff-queue": page(LETTER),
        "/frames/holds": page("<turbo-frame id='holds'><p>Hold: Wilhelmina Achebe, 3391 Quarry Bend, "
                              "SSN 538-21-4476</p></turbo-frame>"),
        "/notices/feed/2": body(json.dumps({"items": [{"title": "Parks reopen"}],
                                                   "next": "/notices/feed/3"}), "application/json"),
        "/notices/feed/3": body(json.dumps({"items": [{"customer": "Casimir Odunsi", "account": "7002 6610 4183",
                                                             "phone": "909-552-7034"}]}), "application/json"),
        "/maps/ward-3.svg": body(SVG_MAP, "image/svg+xml"),
        "/img/icons.svg": body("<svg xmlns='http://www.w3.org/2000/svg'><symbol id='bill'><desc>Sample from CIS: "
                               "Ottoline Brandvold, acct 7009 1173 5526</desc></symbol></svg>", "image/svg+xml"),
        "/img/seal.svg": body("<svg xmlns='http://www.w3.org/2000/svg'><text>Seal</text></svg>", "image/svg+xml"),
        "/app.webmanifest": body(json.dumps({"name": "Pomona Utilities", "shortcuts": [
            {"name": "QA bill", "description": "account PCE47-208815", "url": "/"}]}), "application/manifest+json"),
    })
    assert code == 0
    docs = _docs(data)
    assert "909-488-2716" in _found(data, site + "css/notices.css")
    assert "7004 2281 9035" in _found(data, site + "fragments/shutoff-queue")
    assert "538-21-4476" in _found(data, site + "frames/holds")
    assert docs[site + "notices/feed/2"]["status"] == "scanned"
    assert "7002 6610 4183" in _found(data, site + "notices/feed/3")
    assert "700-381-220-946" in _found(data, site + "maps/ward-3.svg")
    assert "7009 1173 5526" in _found(data, site + "img/icons.svg")
    assert "PCE47-208815" in _found(data, site + "app.webmanifest")
    assert docs[site + "img/seal.svg"]["status"] == "scanned"  # a drawing the page shows: its text read (img62)
    assert not any(d["status"] != "scanned" and d.get("not_checked") for d in data["documents"])


# a source map inlined in its script

def _inline_map(source: str, *, base64_encoded: bool = True) -> str:
    source_map = json.dumps({"version": 3, "file": "permits.min.js", "sources": ["src/fixtures/permits.ts"],
                             "sourcesContent": [source], "names": [], "mappings": "AAAA"})
    if base64_encoded:
        return "data:application/json;charset=utf-8;base64," + base64.b64encode(source_map.encode()).decode()
    from urllib.parse import quote
    return "data:application/json," + quote(source_map)


FIXTURE = ("export const PERMIT_HOLDERS = [\n  { name: 'Evander Lukashenko', email: 'evander.luk@yahoo.com', "
           "account: '700418827361', phone: '909.377.6102' },\n];\n")


@pytest.mark.parametrize("base64_encoded", [True, False])
def test_a_script_s_inline_source_map_is_read(base64_encoded):
    script = f"(()=>{{window.P=[]}})();\n//# sourceMappingURL={_inline_map(FIXTURE, base64_encoded=base64_encoded)}\n"
    found = pairs_found("https://city.example/js/permits.min.js", script, "application/javascript")
    assert {("account_number", "700418827361"), ("email", "evander.luk@yahoo.com")} <= found


def test_a_public_inline_source_map_or_a_broken_one_raises_nothing():
    public = "export const MENU = ['Pay a bill', 'Report an outage', 'Council agendas'];\n"
    script = f"menu();\n//# sourceMappingURL={_inline_map(public)}\n"
    assert pairs_found("https://city.example/js/menu.min.js", script, "application/javascript") == set()
    broken = "menu();\n//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLC!!\n"
    assert pairs_found("https://city.example/js/menu.min.js", broken, "application/javascript") == set()


# URLs only a service worker or a bundle's runtime knows

def test_a_registered_service_worker_and_its_precache_list():
    from crawler.spiders.script_links import literal_urls
    page_script = "if('serviceWorker' in navigator){navigator.serviceWorker.register('/worker.js',{scope:'/'})}"
    assert literal_urls(page_script) == ["/worker.js"]
    worker = ("const VERSION='utilities-v7';\nconst FILES=['/', '/offline/', '/js/billing-admin.4e1f.js', "
              "'/css/site.css', '/img/seal.png', '/data/holds.json?ward=3', 'https://cdn.example.net/lib.js'];\n"
              "self.addEventListener('install',e=>e.waitUntil(caches.open(VERSION).then(c=>c.addAll(FILES))));")
    assert set(literal_urls(worker)) == {"/", "/offline/", "/js/billing-admin.4e1f.js", "/data/holds.json?ward=3",
                                         "https://cdn.example.net/lib.js"}
    workbox = "precacheAndRoute([{url: '/permits/queue/', revision: 'a1b2'}, {url: '/js/app.9c.js', revision: null}]);"
    assert set(literal_urls(workbox)) == {"/permits/queue/", "/js/app.9c.js"}
    # the same strings in a script that stores nothing: a menu's routes, no URL it loads
    assert literal_urls("const MENU=['/', '/offline/', '/js/billing-admin.4e1f.js'];") == []


def test_a_bundle_s_chunk_map_under_its_public_path():
    from crawler.spiders.script_links import chunk_urls
    runtime = ('(()=>{var r={};r.p="/";r.u=e=>"static/js/"+e+"."+{31:"9ac01f2e",588:"d41d8cd9"}[e]+".chunk.js";'
               'r.e=e=>import(r.p+r.u(e))})();')
    assert chunk_urls(runtime) == ["/static/js/31.9ac01f2e.chunk.js", "/static/js/588.d41d8cd9.chunk.js"]
    cdn = 'n.p="https://www.city.example/assets/";n.u=t=>"js/"+t+"-"+{"admin":"77ab"}[t]+".js";'
    assert chunk_urls(cdn) == ["https://www.city.example/assets/js/admin-77ab.js"]
    # a public path computed at run time ("auto"): the chunks' folder is unknown, nothing is guessed
    assert chunk_urls('r.p=document.currentScript.src;r.u=e=>"js/"+e+"."+{12:"ab12"}[e]+".js";') == []


@pytest.mark.parametrize("script, expected", [
    ('window.CFG={apiBase:"/api/v2",timeout:8e3};', []),
    ('const API_BASE_URL = "/api/";', []),
    ('var urlPrefix = "/services/api/";', []),
    ('var cfg = {baseUrl: "/api/outages.json"};', ["/api/outages.json"]),   # a whole file
    ('var cfg = {database: "/api/records"};', ["/api/records"]),            # no base: an API's URL
])
def test_the_start_of_urls_the_code_builds_is_not_fetched(script, expected):
    from crawler.spiders.script_links import literal_urls
    assert literal_urls(script) == expected


def test_what_a_service_worker_and_a_runtime_load_is_crawled(run_pubcheck, tmp_path):
    site, data, code = _crawl(run_pubcheck, tmp_path, {
        "/": page("<h1>Utilities</h1><p>Pay your bill online.</p><script src='/js/runtime.11ab.js'></script>"
                  "<script>window.CFG={apiBase:'/api/v3'};navigator.serviceWorker.register('/worker.js')</script>"),
        "/worker.js": body("const FILES=['/', '/offline/', '/js/admin-tools.3c2d.js'];\nself.addEventListener("
                           "'install',e=>e.waitUntil(caches.open('v1').then(c=>c.addAll(FILES))));",
                           "application/javascript"),
        "/offline/": page("<p>You are offline. Call 311 for help.</p>"),
        "/js/admin-tools.3c2d.js": body("export const TEST_CUSTOMER = {name: 'Oyelowo Barrientos', account: "
                                        "'700422819035', ssn: '538-21-4476'};", "application/javascript"),
        "/js/runtime.11ab.js": body('(()=>{var r={};r.p="/";r.u=e=>"js/"+e+"."+{42:"5e6f7a8b"}[e]+".js"})();',
                                    "application/javascript"),
        "/js/42.5e6f7a8b.js": body("const SEED = [{holder: 'Wilhelmina Achebe', account: '700913370551', "
                                   "phone: '909-552-7034'}];", "application/javascript"),
    })
    assert code == 0
    docs = _docs(data)
    assert docs[site + "offline/"]["status"] == "scanned"
    assert "538-21-4476" in _found(data, site + "js/admin-tools.3c2d.js")
    assert "700913370551" in _found(data, site + "js/42.5e6f7a8b.js")
    assert site + "api/v3" not in docs
    assert _found(data, site + "offline/") == set() and _found(data, site) == set()


def test_a_missing_style_sheet_or_drawing_leaves_an_ordinary_site_s_run_complete(run_pubcheck, tmp_path):
    from fault_site import error
    site, data, code = _crawl(run_pubcheck, tmp_path, {
        "/": page("<head><link rel='stylesheet' href='/css/old-theme.css'></head><main><h1>Parks</h1>"
                  "<object data='/maps/parks.svg' type='image/svg+xml'></object><p>Ganesha Park is open daily.</p>"
                  "<script src='/js/app.js'></script></main>"),
        "/css/old-theme.css": error(403),  # a 403, unlike a 404, leaves a linked document unchecked
        "/maps/parks.svg": error(403),
        "/js/app.js": body("menu();\n//# sourceMappingURL=app.js.map\n", "application/javascript"),
        "/js/app.js.map": error(403),
    })
    docs = _docs(data)
    for path in ("css/old-theme.css", "maps/parks.svg", "js/app.js.map"):
        assert docs[site + path]["status"] == "failed" and not docs[site + path].get("not_checked")
    assert not any(d.get("not_checked") for d in data["documents"]) and not data["run"]["not_checked"]
    assert data["findings"] == []
