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
