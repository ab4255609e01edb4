"""A SIGINT or SIGTERM while a crawl is still starting (the command reading its configuration and history, the
extraction workers starting, the start page downloading) ends the run like one in the middle of it: exit 2,
and either a report marked interrupted that lists what was not reached, or, before anything could be checked,
a clear message and no report. Never a run that goes on to the end, and never a report claiming full coverage.
Real runs against a site on 127.0.0.1, as a nightly job or a terminal's Ctrl-C meets them."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from fault_site import FaultSite, delayed, page
from test_fault_site import fork_server_workers

STALE = "A previous run's report"
COMPLETE = "Every file found was scanned completely"


def site_routes() -> dict:
    """A city home page slow to answer, linking a few notices."""
    links = "".join(f'<a href="/notices/{i}.html">Notice {i}</a>' for i in range(5))
    routes = {"/": delayed(30, page(f"<h1>City of Westbrook</h1>{links}"))}
    routes.update({f"/notices/{i}.html": page(f"<p>Council notice {i}</p>") for i in range(5)})
    return routes


def catches(pid: int, signum: int) -> bool:
    """Whether process ``pid`` has a handler of its own for ``signum`` (the SigCgt mask in /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    return False


def worker_started(pid: int) -> bool:
    """Whether an extraction worker (a child of the multiprocessing fork server) of ``pid`` runs."""
    return bool(fork_server_workers(pid))


def wait_until(check, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


def crawl_signalled_at(tmp_path: Path, moment: str, signum: int,
                       to_group: bool) -> tuple[int, float, str, Path, str]:
    """Start a crawl, send ``signum`` (to its process group: ``to_group``) at ``moment`` of its start; the exit
    status, seconds from the signal to the exit, stderr, --out and the site's URL."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text(f"<p>{STALE}: no confidential information found.</p>")
    (tmp_path / "c.toml").write_text("[crawl]\ntimeout = 60\nretries = 0\nworkers = 1\n")
    env = {**os.environ, "HOME": str(tmp_path / "home"), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)}
    with FaultSite(site_routes()) as site:
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", out, "--config",
                                 tmp_path / "c.toml", "--db", tmp_path / "history.sqlite"], cwd=ROOT, env=env,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            if moment == "held":  # the command holds the signals: it is reading its configuration and history
                assert wait_until(lambda: catches(proc.pid, signal.SIGTERM))
            elif moment == "workers":  # the extraction worker is starting, nothing is fetched yet
                assert wait_until(lambda: worker_started(proc.pid))
                assert not site.served
            else:  # the start page is downloading
                assert site.wait_for("/")
            sent = time.monotonic()
            if to_group:  # as a terminal's Ctrl-C, or a service manager stopping the whole group, does
                os.killpg(proc.pid, signum)
            else:  # as ``kill`` does
                proc.send_signal(signum)
            _, stderr = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, time.monotonic() - sent, stderr, out, site.url


@pytest.mark.parametrize("moment,signum,to_group", [
    ("held", signal.SIGTERM, False), ("held", signal.SIGINT, True),
    # a Ctrl-C to the group while a worker's Python starts kills that worker with a traceback of its own
    ("workers", signal.SIGINT, False), ("workers", signal.SIGTERM, True),
    ("start page", signal.SIGINT, True)])
def test_a_signal_while_the_crawl_starts_ends_it(tmp_path, moment, signum, to_group):
    status, seconds, stderr, out, url = crawl_signalled_at(tmp_path, moment, signum, to_group)
    name = signal.Signals(signum).name
    assert status == 2, stderr
    assert seconds < 20, stderr
    assert "Traceback" not in stderr, stderr
    findings = out / "findings.json"
    if moment == "held" and not findings.exists():  # before the crawl could start: said so, no report
        assert f"interrupted by {name} before the crawl started: nothing was checked" in stderr
        assert not (out / "report.html").exists()
        return
    assert findings.exists(), stderr
    data = json.loads(findings.read_text())
    assert data["run"]["interrupted"] == f"interrupted by {name}"
    assert data["run"]["not_checked"] >= 1
    start = {d["url"]: d for d in data["documents"]}[url]
    assert start["reason"] == "not fetched: the run was interrupted before reaching it" == start["not_checked"]
    report = (out / "report.html").read_text()
    assert STALE not in report and COMPLETE not in report
    assert f"Incomplete: the run was interrupted by {name} before it finished" in report
    assert "Pages and documents it did not reach are not known" in report
