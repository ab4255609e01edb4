"""Trust red team, round 46 (first half): what a scan, a document's internals, a lost Redis and a configuration
must never do.

- a scanned file's name is text: an SSN in it is a finding, and the path is masked wherever it is written;
- a reason (a zip member's name in it) is masked like any other text;
- an SVG linked with <a href> is read (safely: entities refused), never skipped as an image;
- a Word document whose XML declares entities is never listed as scanned with its text silently dropped;
- an HTML page nested deeper than the parser's bound is still read, the text inside included;
- a Redis lost mid-crawl, and a memory limit too small for a worker, end with one clear line, no traceback;
- a host setting holding user-info (a password) is refused without echoing it;
- a crawl whose baseline is one of its own targets is refused;
- a damaged workbook whose sheet has no part is not checked, never green.

Crawls run against a real HTTP server on 127.0.0.1 that the test starts and stops; the Redis case starts its own
``redis-server``.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from fault_site import FaultSite, delayed, page

SSN = "512-34-6789"
PASSWORD = "Zq9-Secr3t-Pw!x"
RECORD = ("<p>Customer: Maria Delgado, 1412 W Holt Ave, Pomona, CA 91768. SSN 512-34-6789. "
          "PCE account 2-35-123-4567.</p>")


def written_text(*folders: Path) -> str:
    """Every file under the folders, as text (SQLite databases included, byte for byte)."""
    text = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if path.is_file():
                text.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(text)


def findings_of(out: Path) -> dict:
    return json.loads((out / "findings.json").read_text())


# -- D8: user-info in a host setting ------------------------------------------------------------------------------

def test_a_host_setting_with_user_info_is_refused_without_echo(tmp_path, run_pubcheck):
    config = tmp_path / "pubcheck.toml"
    config.write_text(f'[crawl]\nallowed_hosts = ["stager:{PASSWORD}@docs.example.gov"]\n')
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text("public text")
    result = run_pubcheck("scan", site, "--out", tmp_path / "out", "--config", config)
    assert result.returncode == 2, result.stderr
    assert "user-info" in result.stderr and "allowed_hosts" in result.stderr
    assert "Secr3t" not in result.stderr + result.stdout
    assert not (tmp_path / "out" / "findings.json").exists()
    assert "Secr3t" not in written_text(tmp_path / "home")


# -- D6: Redis lost mid-crawl -------------------------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_a_redis_lost_mid_crawl_ends_incomplete_in_one_line(tmp_path):
    from test_distributed import RedisServer
    server = RedisServer(tmp_path)
    routes = {"/": page("".join(f'<a href="/p{i}.html">p{i}</a>' for i in range(12)))}
    routes.update({f"/p{i}.html": delayed(1.0, page(f"<p>Page {i}</p>")) for i in range(12)})
    env = {**os.environ, "HOME": str(tmp_path / "home"), "PUBCHECK_FINGERPRINT_KEY": "test-key",
           "PYTHONPATH": str(ROOT)}
    (tmp_path / "pubcheck.toml").write_text("[crawl]\nconcurrency = 1\nautothrottle = false\nworkers = 1\n")
    try:
        with FaultSite(routes) as site:
            process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out",
                                        str(tmp_path / "out"), "--config", str(tmp_path / "pubcheck.toml"),
                                        "--redis", server.url], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, start_new_session=True)
            try:
                assert site.wait_for("/p1.html", timeout=90), "the crawl did not start"
                server.process.kill()
                server.process.wait(timeout=10)
                _, stderr = process.communicate(timeout=150)
            except BaseException:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
                raise
    finally:
        if server.process.poll() is None:
            server.stop()
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr, stderr
    assert "internal error" not in stderr, stderr
    assert "lost the connection to Redis at " + server.url in stderr, stderr
    if (tmp_path / "out" / "findings.json").exists():
        run = findings_of(tmp_path / "out")["run"]
        assert any("Redis" in e for e in run["errors"]) or run["interrupted"], run


# -- D7: a memory limit too small for a worker --------------------------------------------------------------------

def test_a_memory_limit_too_small_is_a_configuration_error_without_tracebacks(tmp_path, run_pubcheck):
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nextract_memory_mb = 10\nworkers = 2\n")
    with FaultSite({"/": page(RECORD)}) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", config)
    assert result.returncode == 2, result.stderr
    assert "extract_memory_mb = 10 too small" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert "MemoryError\n" not in result.stderr
