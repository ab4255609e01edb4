"""``pubcheck demo`` as a new user runs it: the bundled site is served on 127.0.0.1 and crawled
(production and password-protected staging); the customer data is found and none of the City's own
public contacts are."""
from __future__ import annotations

import json
from collections import defaultdict

from conftest import check_contract
from crawler.demo.site import PLANTED

PUBLIC_PAGES = ("index.html", "departments.html", "council.html", "utility.html", "news.html", "history.html")


def test_demo_finds_the_planted_values_and_no_public_contact(run_pubcheck, tmp_path):
    out = tmp_path / "demo"
    result = run_pubcheck("demo", "--out", out, "--reveal")
    assert result.returncode == 0, result.stderr
    assert "open " in result.stderr and "report.html" in result.stderr
    data = json.loads((out / "findings.json").read_text())
    check_contract(out / "findings.json", revealed=True)
    found = defaultdict(set)
    for f in data["findings"]:
        found[f["category"]].add(f["value"])
    for category, values in PLANTED.items():
        for value in values:
            assert any(value in v or v in value for v in found[category]), (category, value, found[category])
    assert not [f for f in data["findings"] if f["url"].rsplit("/", 1)[-1] in PUBLIC_PAGES]
    by_url = {d["url"].split("/", 3)[-1]: d for d in data["documents"]}
    assert by_url["docs/broken-scan.pdf"]["status"] == "failed"
    assert by_url["staging/draft.html"]["status"] == "scanned"


def test_demo_without_reveal_writes_no_planted_value(run_pubcheck, tmp_path):
    out = tmp_path / "demo"
    assert run_pubcheck("demo", "--out", out).returncode == 0
    text = "".join(p.read_text(encoding="utf-8") for p in out.iterdir())
    for values in PLANTED.values():
        for value in values:
            assert value not in text, value


def test_the_demo_run_starts_when_the_command_does(monkeypatch, tmp_path):
    """The demo's report gives the whole command's time, the building and serving of its site included, as a
    crawl's does (its start was taken when the crawl began: the report said 1 s of a 3 s command)."""
    import crawler.run
    from crawler.config import Config
    from crawler.demo import run_demo

    crawled = {}

    def crawl(urls, out, config, **options):
        crawled.update(options, urls=urls)

    monkeypatch.setattr(crawler.run, "run_crawl", crawl)
    run_demo(str(tmp_path / "demo"), Config.load(None, {}), started="2026-12-06T22:00:00+00:00")
    assert crawled["started"] == "2026-12-06T22:00:00+00:00"
    assert crawled["urls"][1].endswith("/staging/") and crawled["urls"][0].startswith("http://127.0.0.1:")
