"""The checkout is a Scrapy project: ``scrapy crawl site -a start_urls=...`` gives the same outputs."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, check_contract
from crawler.demo.server import LocalSite


def test_scrapy_crawl_site_from_the_checkout(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text('<p>Speaker card SSN 512-34-6789</p><a href="b.html">b</a>')
    (root / "b.html").write_text("<p>Nothing here but Resolution No. 2020-123.</p>")
    out = tmp_path / "out"
    with LocalSite(root) as site:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"start_urls={site.url}index.html",
             "-s", f"PUBCHECK_OUT={out}", "-s", "LOG_LEVEL=WARNING"], cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, "HOME": str(tmp_path), "PUBCHECK_FINGERPRINT_KEY": "k"}, timeout=300)
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "findings.json").read_text())
    assert [(f["category"], f["masked"]) for f in data["findings"]] == [("ssn", "***-**-6789")]
    assert {d["url"]: d["status"] for d in data["documents"]} == {site.url + "index.html": "scanned",
                                                                  site.url + "b.html": "scanned"}
    check_contract(out / "findings.json")
