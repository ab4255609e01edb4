"""Precision and recall on a city site pubcheck has no config for: one crawl of the generated public website
of Mesa Linda (``city_corpus``) served on 127.0.0.1. Public content must give no finding at all, not even a
low one (a tool that cries wolf gets switched off); every planted leak must be found in its category."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from city_corpus import build
from conftest import ROOT, check_contract
from crawler.demo.server import LocalSite


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """(findings.json's data, the site's files, the planted leaks, the findings.json path); URLs and files are
    paths relative to the site root."""
    tmp = tmp_path_factory.mktemp("city")
    root = tmp / "site"
    root.mkdir()
    leaks = build(root)
    out = tmp / "out"
    with LocalSite(root) as site:
        result = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "crawl", site.url + "index.html", "--out", str(out), "--reveal"],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
            env={**os.environ, "HOME": str(tmp / "home"), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1, result.stderr  # high findings: the leaks
    data = json.loads((out / "findings.json").read_text())
    for record in [*data["findings"], *data["documents"]]:
        record["url"] = record["url"].removeprefix(site.url)
    files = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    return data, files, leaks, out / "findings.json"


def test_findings_json_meets_the_contract(crawl):
    check_contract(crawl[3], revealed=True)


def test_every_file_of_the_site_was_scanned(crawl):
    data, files, _, _ = crawl
    scanned = {d["url"] for d in data["documents"] if d["status"] == "scanned"}
    assert files <= scanned, files - scanned


def test_no_finding_on_public_content(crawl):
    data, _, leaks, _ = crawl
    leaky = {leak.path for leak in leaks}
    public = [(f["severity"], f["category"], f["url"], f["value"], f["why"]) for f in data["findings"]
              if f["url"] not in leaky]
    assert public == []


def test_every_planted_leak_is_found_in_its_category(crawl):
    data, _, leaks, _ = crawl
    found = {(f["url"], f["category"], f["value"]) for f in data["findings"]}
    missed = [leak for leak in leaks if (leak.path, leak.category, leak.value) not in found]
    assert missed == []


def test_leaks_in_customer_records_and_secrets_are_high(crawl):
    data, _, leaks, _ = crawl
    severity = {(f["url"], f["category"], f["value"]): f["severity"] for f in data["findings"]}
    low = [leak for leak in leaks if severity.get((leak.path, leak.category, leak.value)) != "high"]
    # only a complainant's cell and mailbox in a log are loose contacts outside any customer record
    assert {(leak.category, leak.value) for leak in low} == {("phone", "(760) 555-0182"),
                                                             ("email", "ritamoreno1961@gmail.com")}
