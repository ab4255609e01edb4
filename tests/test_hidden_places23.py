"""Customer data a web page keeps in encoded or unusual places: Angular's escaped transfer state, JSON written as a
string inside JSON, props bound in Vue or a web component's markup, a customer picker's options, CSS ``content``
text, a script's source map, and GraphQL type names that are no values. Each with the public look-alikes a city
site publishes in the same places, which stay silent."""
from __future__ import annotations

import html
import json

from crawler.extract import extract
from crawler.extract.html import shown_by_css
from crawler.extract.json_data import json_in_string
from crawler.spiders.script_links import source_map_urls
from detectors.engine import scan_document
from detectors.registry import load_detectors
from fault_site import FaultSite, body, page


def _found(markup: str, url: str = "https://city.example/billing.html") -> dict[str, set[str]]:
    document = extract(url, f"<!DOCTYPE html><html><head><title>Billing</title></head><body>{markup}</body></html>"
                       .encode(), "text/html")
    kinds: dict[str, set[str]] = {}
    for finding in scan_document(document, load_detectors()):
        kinds.setdefault(finding.category, set()).add(finding.value)
    return kinds


# B. Angular Universal transfer state, escaped with &q; &s; &l; &g; &a;

def test_angular_escaped_transfer_state_is_read_as_json():
    state = ('{&q;G.https://api.city.example/outage?&q;:{&q;body&q;:{&q;requester&q;:&q;Ilse Varga&q;,'
             '&q;location&q;:&q;2870 Hollyhock Ln Unit 9&q;,&q;callback&q;:&q;(951) 330-4418&q;,'
             '&q;acct&q;:&q;552-8801937-4&q;,&q;note&q;:&q;gate &l;code&g; &a; dog&q;},&q;status&q;:200}}')
    found = _found(f'<script id="serverApp-state" type="application/json">{state}</script>')
    assert "Ilse Varga" in found.get("customer_name", set())
    assert "552-8801937-4" in found.get("account_number", set())
    assert "(951) 330-4418" in found.get("phone", set())


def test_angular_transfer_state_of_public_data_stays_silent():
    state = ('{&q;G.https://api.city.example/offices&q;:{&q;body&q;:[{&q;office&q;:&q;Utility Billing&q;,'
             '&q;address&q;:&q;100 Civic Center Plz&q;,&q;hours&q;:&q;8-5&q;}],&q;status&q;:200}}')
    assert _found(f'<script id="serverApp-state" type="application/json">{state}</script>') == {}


# H. JSON in a string member of JSON

def test_a_json_string_member_is_read_as_the_record_it_holds():
    inner = json.dumps({"applicant": "Tobias Lindqvist", "site": "1142 Marigold Ave Apt 3",
                        "mail": "tlindq61@outlook.com", "acct": "3310 0927 4418"})
    found = _found('<script type="application/json" data-sveltekit-fetched data-url="/api/s">'
                   + json.dumps({"status": 200, "body": inner}) + "</script>")
    assert "Tobias Lindqvist" in found.get("customer_name", set())
    assert "1142 Marigold Ave Apt 3" in found.get("address", set())


def test_json_in_string_is_bounded_and_only_objects_or_arrays():
    assert json_in_string('{"a": 1}') == {"a": 1}
    assert json_in_string("[1, 2]") == [1, 2]
    assert json_in_string("{not json}") is None
    assert json_in_string("Office hours {weekdays}") is None
    assert json_in_string("{}") is None
    assert json_in_string(12) is None
    assert json_in_string("[" + "1," * 600_000 + "1]") is None


def test_a_json_string_of_public_data_stays_silent():
    inner = json.dumps([{"facility": "Willow Park Pool", "address": "800 Willow Park Dr", "phone": "(951) 555-0190"}])
    found = _found('<script type="application/json">' + json.dumps({"status": 200, "body": inner}) + "</script>")
    assert "customer_name" not in found and "account_number" not in found


# E. props bound in markup: Vue's :prop / v-bind:prop, a web component's JSON or JS literal

def test_a_vue_bound_prop_holding_json_is_read_as_data():
    props = html.escape(json.dumps({"name": "Renata Okafor", "sms": "(909) 227-3315", "premise": "55 Briar Glen Ct",
                                    "account": "7781-20394"}), quote=True)
    found = _found(f'<usage-alert :subscriber="{props}"></usage-alert>')
    assert "Renata Okafor" in found.get("customer_name", set())
    assert "7781-20394" in found.get("account_number", set())


def test_a_js_object_literal_in_v_bind_is_read_as_data():
    found = _found("<div v-bind:holder=\"{name: 'Casimir Wojcik', svcAddr: '906 Larch Hollow Rd',"
                   " acctNo: '4471-009215'}\"></div>")
    assert "Casimir Wojcik" in found.get("customer_name", set())
    assert "4471-009215" in found.get("account_number", set())


def test_bound_expressions_and_staff_props_stay_silent():
    found = _found("<div :class=\"{active: isActive}\" :items=\"[1, 2, 3]\"></div>"
                   "<staff-card :person='{\"name\": \"Dana Whitcomb\", \"title\": \"Billing Supervisor\","
                   " \"phone\": \"(951) 555-0142\"}'></staff-card>")
    assert found == {}


# F/K. an option whose text is a customer's name and address (or account) is a customer's record

def test_an_option_of_name_and_address_is_a_customer_record_whatever_the_list():
    found = _found("<label for=slot>Choose appointment</label><select id=slot name=slot>"
                   "<option value='218-4407731-2'>Greta Halvorsen - 3390 Quail Run Rd Apt 12</option></select>")
    assert found.get("account_number") == {"218-4407731-2"}
    assert "Greta Halvorsen" in found.get("customer_name", set())


def test_a_datalist_option_of_name_and_long_number_gives_the_account():
    found = _found("<label for=a>Service address</label><input id=a list=s><datalist id=s>"
                   "<option value='7702 E Poppy Field Way'>Benedikt Sauer &middot; 604417729381</option></datalist>")
    assert "604417729381" in found.get("account_number", set())


def test_public_selects_stay_silent():
    found = _found(
        "<select name=dept><option value='4410221'>Utility Billing - 100 Civic Center Plz</option>"
        "<option value='4410222'>Parks and Recreation - 1200 Orchard St</option></select>"
        "<select name=staff><option value='dwhit'>Dana Whitcomb - Clerk</option>"
        "<option value='8812345'>Omar Castellanos - Utilities Supervisor</option></select>"
        "<select name=facility><option value='20011234'>Maple Grove Library - 1200 Orchard St</option></select>"
        "<select name=district><option value='3'>District 3 - Council Member Maria Lopez</option></select>"
        "<select name=time><option value='202612031000'>9:00 AM - 9:30 AM</option></select>")
    assert "account_number" not in found and "customer_name" not in found and "address" not in found


# G. microdata <meta itemprop content> joins its item's record

def test_microdata_meta_properties_join_the_item_record():
    found = _found("<div itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='Ottilie Brandt'>"
                   "<meta itemprop='address' content='4025 Sparrow Hill Dr'>"
                   "<meta itemprop='telephone' content='(760) 318-2290'></div>")
    assert "Ottilie Brandt" in found.get("customer_name", set())
    assert "4025 Sparrow Hill Dr" in found.get("address", set())


def test_a_staff_microdata_item_stays_silent():
    found = _found("<div itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='Dana Whitcomb'>"
                   "<meta itemprop='jobTitle' content='Utility Billing Manager'>"
                   "<meta itemprop='telephone' content='(951) 555-0142'>"
                   "<meta itemprop='email' content='billing@city.example'></div>")
    assert "customer_name" not in found


# C. CSS content text

def test_css_content_text_is_read():
    found = _found("<style>.who::after{content:\"Ratepayer Henrike Maas, 1617 Juniper Bluff Rd, account 9020-338814\"}"
                   "</style><span class=who></span>")
    assert "Henrike Maas" in found.get("customer_name", set())
    assert "9020-338814" in found.get("account_number", set())
    assert "Henrike Maas" in _found("<span style=\"content:'Ratepayer Henrike Maas, 1617 Juniper Bluff Rd, account "
                                    "9020-338814'\"></span>").get("customer_name", set())


def test_css_glyphs_quotes_counters_and_decorations_are_not_text():
    css = ('.i:before{content:"\\f101"} q::before{content:"\\201C"} li::before{content: counter(item) ". "}'
           ' .sep::after{content:" | "} .req::after{content:"*"} .new::after{content:"New!"} a{background:url(x.png)}'
           " .x::after{content:'Ref ' attr(data-x)}")
    assert shown_by_css(css) == []
    assert shown_by_css('.n::before{content:"Office hours: 8 to 5"}') == ["Office hours: 8 to 5"]


# X3. GraphQL type names and Apollo cache keys are no values

def test_graphql_typename_is_no_customer_name():
    state = {"Customer:66120": {"__typename": "Customer", "fullName": "Wendeline Ashby",
                                "serviceAddress": "511 Sorrel Creek Rd", "accountNumber": "310-5519028-6"}}
    found = _found(f"<script>window.__APOLLO_STATE__={json.dumps(state)};</script>")
    assert found.get("customer_name") == {"Wendeline Ashby"}
    public = {"Department:4": {"__typename": "Department", "name": "Utility Billing", "phone": "(951) 555-0100"}}
    assert _found(f"<script>window.__APOLLO_STATE__={json.dumps(public)};</script>") == {}


# D. a script's source map

def test_source_map_urls_from_comment_and_header():
    assert source_map_urls("console.log(1);\n//# sourceMappingURL=app.js.map\n", []) == ["app.js.map"]
    assert source_map_urls("x()\n//@ sourceMappingURL=/maps/x.map", ["/maps/h.map"]) == ["/maps/h.map", "/maps/x.map"]
    assert source_map_urls("x()\n//# sourceMappingURL=data:application/json;base64,e30=\n", []) == []
    assert source_map_urls("var s = '//# sourceMappingURL=' + name;", []) == []


def _source_map(source: str) -> str:
    return json.dumps({"version": 3, "file": "bill.js", "sources": ["../src/fixtures/bill.ts"],
                       "sourcesContent": [source], "names": [], "mappings": "AAAA"})


def test_a_script_s_source_map_is_crawled_and_its_sources_read(run_pubcheck, tmp_path):
    fixture = ("export const ratepayers = [{ name: 'Linnea Strand', address: '2281 Thistle Cove Rd',"
               " acct: '660-2219048-1' }];\n")
    routes = {
        "/": page("<script src='/js/bill.js'></script><script src='/js/nav.js'></script>"
                  "<link rel=stylesheet href='/css/site.css'>Pay your bill"),
        "/js/bill.js": body("render();\n//# sourceMappingURL=bill.js.map\n", "application/javascript"),
        "/js/bill.js.map": body(_source_map(fixture), "application/json"),
        "/js/nav.js": body("menu();\n", "application/javascript", headers={"SourceMap": "/maps/nav.js.map"}),
        "/maps/nav.js.map": body(_source_map("export const menu = ['Pay', 'Outages'];\n"), "application/json"),
        "/css/site.css": body("body{color:#333}\n/*# sourceMappingURL=site.css.map */", "text/css"),
        "/css/site.css.map": body(_source_map("body{color:#333}"), "application/json"),
    }
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
        served = list(site.served)
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    documents = {d["url"]: d for d in data["documents"]}
    bill_map = site.url + "js/bill.js.map"
    assert documents[bill_map]["status"] == "scanned"
    assert {"Linnea Strand", "660-2219048-1"} <= {f["value"] for f in data["findings"] if f["url"] == bill_map}
    assert documents[site.url + "maps/nav.js.map"]["status"] == "scanned"
    assert not [f for f in data["findings"] if f["url"] == site.url + "maps/nav.js.map"]
    assert "/css/site.css.map" not in served


def test_one_sheet_s_texts_are_read_together_and_a_public_sheet_stays_silent():
    found = _found("<style>.card .to::before{content:\"Wilhelmina Oduya, 7720 Cinder Rock Rd Unit 5\"}"
                   " .card .acct::after{content:\"Acct 612-4470913-2\"}</style>"
                   "<div class=card><span class=to></span><span class=acct></span></div>")
    assert "Wilhelmina Oduya" in found.get("customer_name", set())
    assert "612-4470913-2" in found.get("account_number", set())
    assert _found("<style>.hq::before{content:\"City Hall, 100 Civic Center Plz\"}"
                  " .hours::after{content:\"Open Monday to Friday\"} .tel::after{content:\"Call (951) 555-0100\"}"
                  "</style><span class=hq></span>") == {}


# react-router's turbo-stream: a flat array whose members' names are indexes too

def test_turbo_stream_member_names_are_resolved():
    flat = json.dumps([{"_1": 2}, "routes/move", {"_3": 4}, "move", {"_5": 6, "_7": 8, "_9": 10},
                       "customer", "Evander Quist", "fromAddress", "2214 Saddle Brook Ln", "account", "5508-71124"])
    found = _found(f"<script>window.__reactRouterContext.streamController.enqueue({json.dumps(flat)});</script>")
    assert "5508-71124" in found.get("account_number", set())
    assert "Evander Quist" in found.get("customer_name", set())
    public = json.dumps([{"_1": 2}, "routes/parks", {"_3": 4}, "park", "Willow Park", ])
    assert _found(f"<script>window.__reactRouterContext.streamController.enqueue({json.dumps(public)});</script>") == {}
