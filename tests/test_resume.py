"""A long crawl interrupted (SIGINT, as Ctrl-C or a stopping service sends it) and resumed with --resume
finishes with the same findings and documents as an uninterrupted crawl, and keeps no raw value meanwhile."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import ROOT

from crawler.demo.server import LocalSite, SiteBehaviour
from crawler.results import REFERRERS_KEPT

PAGES = 48


class CountingDelays(dict):
    """SiteBehaviour.delays that also counts the requests it slows down (the pages fetched so far), and keeps
    their paths."""

    def __init__(self, *args):
        super().__init__(*args)
        self.served = 0
        self.paths: list[str] = []
        self.lock = threading.Lock()

    def __getitem__(self, key):
        with self.lock:
            self.served += 1
            self.paths.append(key)
        return super().__getitem__(key)


def build_site(root) -> None:
    root.mkdir()
    for i in range(PAGES):
        links = " ".join(f'<a href="/p{j}.html">page {j}</a>' for j in sorted({0, (i + 1) % PAGES, (i * 7) % PAGES}))
        ssn = f"<p>Applicant SSN: 512-34-{6700 + i:04d}</p>" if i % 4 == 0 else ""
        # a resident's phone on every page: dropped as the site's own only when counted across both parts
        (root / f"p{i}.html").write_text(f"<html><body><h1>Page {i}</h1>{ssn}<p>Call resident John at "
                                         f"home phone (909) 555-0142.</p>{links}</body></html>")


def crawl(url, out, home, *extra):
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", url, "--out", str(out), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "HOME": str(home), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)})


def outcome(out):
    data = json.loads((out / "findings.json").read_text())
    findings = sorted((f["fingerprint"], f["url"], f["category"], f["severity"]) for f in data["findings"])
    # every page links p0: which of its referrers an output lists depends on the crawl's order
    documents = {d["url"]: (d["status"], d["referrer_count"],
                            sorted(d["referrers"]) if d["referrer_count"] <= REFERRERS_KEPT else [])
                 for d in data["documents"]}
    return findings, documents, data


@pytest.fixture(scope="module")
def resumed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("resume")
    build_site(tmp / "site")
    config = tmp / "slow.toml"
    config.write_text("[crawl]\nconcurrency = 2\nautothrottle = false\n")
    delays = CountingDelays({f"/p{i}.html": 0.1 for i in range(PAGES)})
    with LocalSite(tmp / "site", SiteBehaviour(delays=delays, calendar_path=None)) as site:
        url = site.url + "p0.html"
        whole = crawl(url, tmp / "whole", tmp / "home-whole", "--config", config)
        whole.communicate(timeout=300)
        delays.served = 0
        first = crawl(url, tmp / "part1", tmp / "home", "--config", config, "--resume")
        deadline = time.monotonic() + 120
        while delays.served < PAGES // 3 and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.05)
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=300)
        jobs = tmp / "home" / ".local" / "state" / "pubcheck" / "jobs"
        checkpoint = b"".join(p.read_bytes() for p in jobs.rglob("*") if p.is_file())
        saved = {p.name for p in jobs.rglob("*")}
        ledger = json.loads(next(jobs.rglob("pubcheck-checkpoint.json")).read_text())["ledger"]
        served_first, delays.served, delays.paths = delays.served, 0, []
        second = crawl(url, tmp / "part2", tmp / "home", "--config", config, "--resume")
        _, second_stderr = second.communicate(timeout=300)
    return {"whole": whole, "first": first, "second": second, "second_stderr": second_stderr, "tmp": tmp, "jobs": jobs,
            "checkpoint": checkpoint, "ledger": ledger, "saved": saved, "served_first": served_first,
            "served_again": delays.paths}


def test_interrupted_crawl_is_an_incomplete_run(resumed):
    assert resumed["whole"].returncode == 1
    assert resumed["first"].returncode == 2
    _, documents, data = outcome(resumed["tmp"] / "part1")
    assert data["run"]["interrupted"] and any("interrupted" in e for e in data["run"]["errors"])
    assert resumed["served_first"] < PAGES


def test_resumed_crawl_ends_with_the_findings_of_an_uninterrupted_one(resumed):
    assert resumed["second"].returncode == 1, resumed["second_stderr"]
    whole_findings, whole_documents, whole = outcome(resumed["tmp"] / "whole")
    findings, documents, data = outcome(resumed["tmp"] / "part2")
    assert findings == whole_findings and len(findings) == PAGES // 4
    assert documents == whole_documents
    assert data["run"]["errors"] == [] and data["run"]["suppressed"] == whole["run"]["suppressed"]
    assert data["run"]["started"] < json.loads((resumed["tmp"] / "part1" / "findings.json").read_text())["run"][
        "finished"]  # one run, started before the interruption


def test_resumed_crawl_goes_on_from_where_it_stopped(resumed):
    """Each page is asked for once by the resumed part: those the interrupted part had not finished, and those it
    scanned, which may have changed since (see tests/test_trust14_faults.py); a re-crawl's validators keep an
    unchanged one's findings."""
    scanned = {d["url"].rsplit("/", 1)[1] for d in resumed["ledger"]["documents"]
               if d["status"] == "scanned" and d["url"].endswith(".html")}
    again = [path.lstrip("/") for path in resumed["served_again"]]
    assert len(again) == len(set(again))
    assert scanned <= set(again)


def test_checkpoint_keeps_no_raw_value_and_is_removed_when_done(resumed):
    # the ledger is the frontier: every URL met, finished or not (the request queue was the run's own)
    assert "pubcheck-checkpoint.json" in resumed["saved"] and "requests.queue" not in resumed["saved"]
    ledger = resumed["ledger"]
    assert len(ledger["documents"]) > len(ledger["recorded"])  # interrupted with URLs still to fetch
    for i in range(0, PAGES, 4):
        ssn = f"512-34-{6700 + i:04d}".encode()
        assert ssn not in resumed["checkpoint"] and ssn.replace(b"-", b"") not in resumed["checkpoint"]
    assert b"555-0142" not in resumed["checkpoint"]
    assert not any(resumed["jobs"].iterdir())  # the finished job's folder is gone
    assert resumed["jobs"].stat().st_mode & 0o777 == 0o700
