"""Red team site57b (structured data published on a city's web site): a drawing a sitemap lists before the page that
shows it, a permit number beside a customer's utility account, ... Each true case in other words and names than the
red team's site, beside hard negatives of a city's open data."""
from __future__ import annotations

import json

from fault_site import FaultSite, body, page

CHART = ("<svg xmlns='http://www.w3.org/2000/svg'><title>Top residential users</title>"
         "<text x='10' y='20'>Oyinkansola Bergstrom (CCE acct 5512 0938 47)</text>"
         "<text x='300' y='20'>4,812 kWh</text></svg>")


def test_a_drawing_a_sitemap_lists_first_is_still_read_as_the_page_s_asset(run_pubcheck, tmp_path):
    """A sitemap lists every file of the site, drawings included: met there first, an SVG chart is refused as a link
    (no document), and must still be read when the page that shows it is crawled."""
    routes = {
        "/": page("<main><h1>City of Vista Lomas</h1><p><a href='/reports/energy'>Energy reports</a></p></main>"),
        "/reports/energy": page("<main><h1>Energy reports</h1><object data='/charts/top-users.svg' "
                                "type='image/svg+xml'></object></main>"),
        "/charts/top-users.svg": body(CHART, "image/svg+xml"),
        "/charts/logo.svg": body("<svg xmlns='http://www.w3.org/2000/svg'><text>Vista Lomas</text></svg>",
                                 "image/svg+xml"),
    }
    with FaultSite(routes) as site:
        locs = "".join(f"<url><loc>{site.url}{path}</loc></url>" for path in
                       ("charts/top-users.svg", "charts/logo.svg", "reports/energy"))
        site.routes["/sitemap.xml"] = body("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/"
                                           f"sitemap/0.9'>{locs}</urlset>", "application/xml")
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
        data = json.loads((tmp_path / "out" / "findings.json").read_text())
        found = {f["value"] for f in data["findings"] if f["url"] == site.url + "charts/top-users.svg"}
        docs = {d["url"]: d for d in data["documents"]}
    assert result.returncode == 0
    assert "5512 0938 47" in found
    assert docs[site.url + "charts/top-users.svg"]["status"] == "scanned"
    assert docs[site.url + "charts/logo.svg"]["status"] == "skipped"  # listed, shown by no page: no document
