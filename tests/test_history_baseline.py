"""The pre-deploy gate: staging is crawled with --baseline PRODUCTION_URL and fails only on findings the
latest production run does not already have, matched by value and by the document's path."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT
from crawler.demo.server import LocalSite, SiteBehaviour

KNOWN_SSN, NEW_SSN, ACCOUNT = "512-34-6789", "623-45-7812", "2-23-456-7890"


def write(root: Path, pages: dict[str, str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    links = " ".join(f'<a href="/{name}">{name}</a>' for name in pages)
    (root / "index.html").write_text(f"<html><body>{links}</body></html>")
    for name, body in pages.items():
        (root / name).write_text(f"<html><body>{body}</body></html>")


@pytest.fixture(scope="module")
def gate(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gate")
    write(tmp / "production", {"notices.html": f"<p>Applicant SSN: {KNOWN_SSN}</p>",
                               "records.html": f"<p>Customer Account {ACCOUNT}</p>"})
    write(tmp / "staging", {"notices.html": f"<p>Applicant SSN: {KNOWN_SSN}</p>",
                            "records.html": f"<p>Customer Account {ACCOUNT}</p>",
                            "moved.html": f"<p>Applicant SSN: {KNOWN_SSN}</p>",
                            "draft.html": f"<p>Applicant SSN: {NEW_SSN}</p>"})
    db = tmp / "history.sqlite"

    def run(*args):
        env = {**os.environ, "HOME": str(tmp / "home"), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)}
        return subprocess.run([sys.executable, "-m", "crawler.cli", *map(str, args), "--db", str(db)], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=300)

    runs = {}
    with LocalSite(tmp / "production", SiteBehaviour(calendar_path=None)) as production, \
            LocalSite(tmp / "staging", SiteBehaviour(calendar_path=None)) as staging:
        runs["unknown"] = run("crawl", staging.url, "--out", tmp / "unknown", "--baseline", production.url)
        runs["production"] = run("crawl", production.url, "--out", tmp / "production-out")
        runs["staging"] = run("crawl", staging.url, "--out", tmp / "staging-out", "--baseline", production.url)
        (tmp / "staging" / "draft.html").write_text("<html><body><p>Draft withdrawn.</p></body></html>")
        (tmp / "staging" / "moved.html").unlink()
        runs["fixed"] = run("crawl", staging.url, "--out", tmp / "fixed-out", "--baseline", production.url)
    return {"runs": runs, "tmp": tmp, "staging": staging.url, "production": production.url}


def test_baseline_without_a_recorded_run_is_an_error(gate):
    proc = gate["runs"]["unknown"]
    assert proc.returncode == 2 and "no recorded run of that target" in proc.stderr
    assert not (gate["tmp"] / "unknown").exists()


def test_staging_fails_only_on_what_production_does_not_have(gate):
    assert gate["runs"]["production"].returncode == 1
    proc = gate["runs"]["staging"]
    assert proc.returncode == 1, proc.stderr
    data = json.loads((gate["tmp"] / "staging-out" / "findings.json").read_text())
    in_baseline = {f["url"].removeprefix(gate["staging"]): f["in_baseline"] for f in data["findings"]}
    # same value on the same path: production has it; a new value, or a known one on another page: it does not
    assert in_baseline == {"notices.html": True, "records.html": True, "moved.html": False, "draft.html": False}
    assert data["run"]["baseline"]["target"] == gate["production"]


def test_staging_passes_once_it_adds_nothing_new(gate):
    proc = gate["runs"]["fixed"]
    assert proc.returncode == 0, proc.stderr  # the two findings production already has do not block the deploy
    data = json.loads((gate["tmp"] / "fixed-out" / "findings.json").read_text())
    assert len(data["findings"]) == 2 and all(f["in_baseline"] for f in data["findings"])


def test_report_says_which_findings_production_has(gate):
    soup = BeautifulSoup((gate["tmp"] / "staging-out" / "report.html").read_text(), "lxml")
    text = soup.find(id="history").get_text(" ", strip=True)
    assert f"Compared with {gate['production']}" in text
    assert "2 of 4 findings are already there and do not fail this run; 2 are not." in text
    assert len(soup.select("#findings .tag.baseline")) == 2


def test_findings_without_baseline_carry_no_in_baseline(gate):
    data = json.loads((gate["tmp"] / "production-out" / "findings.json").read_text())
    assert data["findings"] and all("in_baseline" not in f for f in data["findings"])
