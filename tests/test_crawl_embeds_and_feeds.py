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
