"""Customer data hidden in feeds and scripts (red team hidden17) and table headers naming two roles (city17)."""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_DETECTORS = load_detectors({})


def found(name: str, body: str) -> set[tuple[str, str]]:
    document = extract(name, body.encode())
    return {(f.category, f.value) for f in scan_document(document, _DETECTORS)}


def _rss(description: str) -> str:
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Light Dept news</title><item>"
            f"<title>Update</title><link>http://example.gov/n/4</link><description>{description}</description>"
            "</item></channel></rss>")


def test_an_rss_items_plain_text_description_is_read_as_prose():
    got = found("feed.xml", _rss("Reported by: Imogen Castellano, (478) 615-2290. Service address 1187 Tupelo Bend, "
                                 "Dacula, GA 30019. Account No. 552190-447. Email on file icastellano@yahoo.com."))
    assert {("customer_name", "Imogen Castellano"), ("phone", "(478) 615-2290"),
            ("account_number", "552190-447"), ("email", "icastellano@yahoo.com")} <= got
    assert any(category == "address" for category, _ in got)


def test_an_rss_news_items_description_stays_public():
    assert found("feed.xml", _rss("The Public Works Department will close Tupelo Bend between Main St and 4th Ave on "
                                  "Monday for paving. Questions: Director Harold Vance, (478) 615-2000.")) == set()
    assert found("feed.xml", _rss("Outage update")) == set()
