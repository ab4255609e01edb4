"""Orphan pages reached only through sitemaps: robots.txt Sitemap lines, sitemap index files, gzipped
sitemaps, and a /sitemap.xml that answers with an HTML page (a CMS's soft 404), which is no failure."""
from __future__ import annotations

import gzip
import json

from crawler.demo.server import LocalSite

URLSET = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'
INDEX = '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</sitemapindex>'


def test_orphans_are_reached_through_robots_index_and_gzip(run_pubcheck, tmp_path):
    root = tmp_path / "site"
    (root / "maps").mkdir(parents=True)
    (root / "index.html").write_text("<p>Home</p>")
    (root / "orphan.html").write_text("<p>Applicant SSN 512-34-6789</p>")
    (root / "sitemap.xml").write_text("<html><body>Page not found</body></html>")
    with LocalSite(root) as site:
        (root / "robots.txt").write_text(f"User-agent: *\nSitemap: {site.url}maps/index.xml\n")
        (root / "maps" / "index.xml").write_text(INDEX.format(f"<sitemap><loc>{site.url}maps/pages.xml.gz</loc></sitemap>"))
        (root / "maps" / "pages.xml.gz").write_bytes(gzip.compress(
            URLSET.format(f"<url><loc>{site.url}orphan.html</loc></url>").encode()))
        result = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    docs = {d["url"]: d for d in data["documents"]}
    assert docs[site.url + "orphan.html"]["referrers"] == [site.url + "maps/pages.xml.gz"]
    assert docs[site.url + "maps/pages.xml.gz"]["referrers"] == [site.url + "maps/index.xml"]
    assert [f["url"] for f in data["findings"]] == [site.url + "orphan.html"]
    assert site.url + "sitemap.xml" not in docs
