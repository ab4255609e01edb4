"""robots.txt's plain Allow and Disallow paths are pages the crawl fetches (round 27): a page kept from search
engines is published all the same, and a draft or preview path robots.txt names is often linked nowhere else.
Patterns ("/*?print=1", "/*.pdf$") name no page, and a listed path that answers an error (403, 404, a /cgi-bin/'s
500) leaves no document unchecked."""
from __future__ import annotations

import json

from crawler.demo.server import LocalSite, SiteBehaviour

ROBOTS = """User-agent: *
Disallow: /cms-preview/page-5521.html   # waiver drafts
Disallow: /board-packets/
Disallow: /*?print=1
Disallow: /*.docx$
Disallow: /vault/
Allow: /board-packets/2025-agenda.html
Disallow: /retired-page.html
Disallow: /cgi-bin/
"""


def test_plain_robots_paths_are_fetched_and_listed_with_robots_as_referrer(run_pubcheck, tmp_path):
    root = tmp_path / "site"
    (root / "cms-preview").mkdir(parents=True)
    (root / "board-packets").mkdir()
    (root / "index.html").write_text("<h1>City of Alderbrook</h1><p>Welcome.</p>")
    (root / "robots.txt").write_text(ROBOTS)
    (root / "cms-preview" / "page-5521.html").write_text(
        "<h1>Deposit waiver (draft)</h1><p>Customer: Svetlana Morozova, 4410 Quarry Rd, Alderbrook, OR 97302, "
        "SSN 521-40-8837, account 3-620-1184-09.</p>")
    (root / "board-packets" / "index.html").write_text("<p>Board packets are posted a week before each meeting.</p>")
    (root / "board-packets" / "2025-agenda.html").write_text(
        "<p>Utility Board agenda, June 12, 2025. Contact the Board Clerk, Dana Whitfield, (503) 555-2204.</p>")
    with LocalSite(root, SiteBehaviour(statuses={"/vault/": 403, "/cgi-bin/": 500})) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal")
    assert result.returncode == 1, result.stderr  # findings, and no document left unchecked (not 2)
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    docs = {d["url"]: d for d in data["documents"]}
    robots = site.url + "robots.txt"
    preview = site.url + "cms-preview/page-5521.html"
    assert docs[preview]["status"] == "scanned" and docs[preview]["referrers"] == [robots]
    assert docs[site.url + "board-packets/2025-agenda.html"]["status"] == "scanned"
    assert docs[site.url + "board-packets/"]["status"] == "scanned"
    for missing in ("vault/", "retired-page.html", "cgi-bin/"):
        assert docs[site.url + missing]["not_checked"] is None
    assert not any("print=1" in url or url.endswith(".docx") for url in docs)
    assert {(f["category"], f["value"]) for f in data["findings"] if f["url"] == preview} >= {
        ("ssn", "521-40-8837"), ("customer_name", "Svetlana Morozova")}
    assert {f["url"] for f in data["findings"]} == {preview}


def test_an_obeyed_robots_txt_seeds_nothing(run_pubcheck, tmp_path):
    """With obey_robots_txt = true its paths are not fetched, so one linked nowhere leaves no gap either."""
    root = tmp_path / "site"
    (root / "cms-preview").mkdir(parents=True)
    (root / "index.html").write_text("<h1>City of Alderbrook</h1><p>Welcome.</p>")
    (root / "robots.txt").write_text(ROBOTS)
    (root / "cms-preview" / "page-5521.html").write_text("<p>Customer: Svetlana Morozova, SSN 521-40-8837.</p>")
    (tmp_path / "pubcheck.toml").write_text("[crawl]\nobey_robots_txt = true\n")
    with LocalSite(root) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert site.url + "cms-preview/page-5521.html" not in {d["url"] for d in data["documents"]}
