"""What the history must not take on trust: a database another process holds locked (wait a little, say so,
then stop), one that cannot be written (a run error, no traceback), a server that answers 304 to everything
(trusted for a bounded time only), a detector switched off (its findings are not "resolved") and a changed
fingerprint key (said, and never read as "everything new, everything resolved")."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from conftest import ROOT
from crawler.history import store as store_module
from crawler.history.store import HistoryError, HistoryStore

HOLD_LOCK = ("import sqlite3, sys, time\n"
             "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "c.execute('PRAGMA locking_mode = EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
             "c.execute('CREATE TABLE IF NOT EXISTS held (x)')\n"
             "print('held', flush=True); time.sleep(float(sys.argv[2]))\n")


def _hold_lock(path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.fixture
def short_lock_waits(monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(store_module, "LOCK_WAIT_SECONDS", 2)


def test_a_database_locked_by_another_process_is_waited_for_briefly_and_said(tmp_path, capsys, short_lock_waits):
    path = tmp_path / "h.sqlite"
    HistoryStore(path).close()
    holder = _hold_lock(path, 30)
    try:
        started = time.monotonic()
        with pytest.raises(HistoryError, match="database is locked"):
            HistoryStore(path)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert waited < 4
    assert "waiting for the history database" in capsys.readouterr().err


def test_a_lock_released_while_waiting_lets_the_run_go_on(tmp_path, capsys, short_lock_waits):
    path = tmp_path / "h.sqlite"
    HistoryStore(path).close()
    holder = _hold_lock(path, 0.8)
    try:
        with HistoryStore(path) as store:
            run = store.begin_run(command="scan", started="2026-11-30T02:00:00+00:00", targets=["/srv/docs"],
                                  rules="r", reveal=False, incremental=True, report=None, baseline=None, limits={})
            assert store.run(run)["outcome"] == "running"
    finally:
        holder.wait()
    assert "locked by another process" in capsys.readouterr().err


def _docs(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "billing.txt").write_text("Customer: Odalys Ferreira\nAccount No.: 7-204-5518-02\n"
                                      "Service address: 418 Quarry Hill Rd\n")
    return docs


@pytest.mark.skipif(not shutil.which("setpriv"), reason="needs setpriv to drop root's override of file modes")
def test_a_read_only_database_is_a_run_error_without_a_traceback(run_pubcheck, tmp_path):
    docs, db = _docs(tmp_path), tmp_path / "state" / "h.sqlite"
    first = run_pubcheck("scan", docs, "--out", tmp_path / "o1", "--db", db)
    assert first.returncode == 1, first.stderr
    for path in db.parent.iterdir():
        path.chmod(0o400)
    proc = subprocess.run(
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all",
         sys.executable, "-m", "crawler.cli", "scan", str(docs), "--out", str(tmp_path / "o2"), "--db", str(db)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "HOME": str(tmp_path / "home"), "PUBCHECK_FINGERPRINT_KEY": "test-key",
             "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = json.loads((tmp_path / "o2" / "findings.json").read_text())["run"]["errors"]
    assert any("readonly" in e or "read-only" in e for e in errors), errors


def test_findings_of_a_detector_switched_off_are_not_resolved_but_not_looked_for(run_pubcheck, tmp_path):
    docs, db = tmp_path / "docs", tmp_path / "h.sqlite"
    docs.mkdir()
    (docs / "calls.txt").write_text("UTILITY BILLING - CALL NOTES\nCustomer: Teodoro Vasquez\n"
                                    "Account No.: 5-332-8127-44\nSeptember usage: 734 kWh\n")
    (docs / "intake.txt").write_text("Applicant SSN: 523-41-6687\n")
    first = run_pubcheck("scan", docs, "--out", tmp_path / "o1", "--db", db)
    assert first.returncode == 1, first.stderr
    assert "energy_usage" in {f["category"] for f in json.loads((tmp_path / "o1" / "findings.json").read_text())
                              ["findings"]}
    (docs / "intake.txt").write_text("Applicant SSN: on file\n")  # really removed: resolved
    config = tmp_path / "c.toml"
    config.write_text("[detectors.energy_usage]\nenabled = false\n")
    second = run_pubcheck("scan", docs, "--out", tmp_path / "o2", "--db", db, "--config", config)
    assert second.returncode == 1, second.stderr
    data = json.loads((tmp_path / "o2" / "findings.json").read_text())
    assert data["run"]["detectors_off"] == ["energy_usage"]
    assert [r["category"] for r in data["resolved"]] == ["ssn"]
    assert [r["category"] for r in data["not_looked_for"]] == ["energy_usage"]
    assert "1 earlier finding of detectors switched off in this run (Energy usage figure): neither resolved nor new" \
        in (tmp_path / "o2" / "report.html").read_text()
    summary = run_pubcheck("summary", "--db", db)
    assert "not looked for: 1 earlier findings of detectors this run switched off (energy_usage)" in summary.stdout
    assert "1 resolved since the previous run" in summary.stdout


class LyingCache:
    """Pages on 127.0.0.1 behind a "cache" that answers 304 Not Modified to every conditional request, whether
    the page changed or not; ``fetched`` lists (path, status) of each answer."""

    def __init__(self, pages: dict[str, str]):
        from http.server import BaseHTTPRequestHandler

        from conftest import serve_locally
        self.pages, self.fetched = pages, []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                    self.send_response(304)
                    self.send_header("ETag", '"v1"')
                    self.end_headers()
                    site.fetched.append((self.path, 304))
                    return
                data = site.pages[self.path].encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("ETag", '"v1"')
                self.send_header("Last-Modified", "Mon, 02 Nov 2026 08:00:00 GMT")
                self.end_headers()
                self.wfile.write(data)
                site.fetched.append((self.path, 200))

            def log_message(self, *args):
                pass

        self.server, self.url = serve_locally(Handler)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def _age_runs(db, days: int) -> None:
    """Make every recorded run ``days`` older, as if the nights had passed."""
    with sqlite3.connect(db) as conn:
        for run_id, started in conn.execute("SELECT id, started FROM runs").fetchall():
            older = (datetime.fromisoformat(started) - timedelta(days=days)).isoformat(timespec="seconds")
            conn.execute("UPDATE runs SET started = ? WHERE id = ?", (older, run_id))


def test_a_304_is_trusted_only_for_a_bounded_time_after_the_last_full_check(run_pubcheck, tmp_path):
    site = LyingCache({"/index.html": '<h1>Utilities</h1><a href="/rates.html">Rates</a>',
                       "/rates.html": "<p>Residential rates are set by council each June.</p>"})
    db = tmp_path / "h.sqlite"

    def crawl(out, *extra):
        proc = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / out, "--db", db, *extra)
        assert proc.returncode in (0, 1), proc.stderr
        return json.loads((tmp_path / out / "findings.json").read_text())

    try:
        assert crawl("o1")["findings"] == []
        site.pages["/rates.html"] += ("<p>Customer: Marisol Kettering, 77 Larch Bend Ct, Account No. 3-908-4416-21,"
                                      " usage 1,142 kWh</p>")
        site.fetched.clear()
        trusted = crawl("o2")  # last fetched in full tonight: the 304 is believed, as documented
        assert trusted["findings"] == [] and ("/rates.html", 304) in site.fetched
        _age_runs(db, 8)  # more than recheck_after_days (7) since the body was last fetched in full
        site.fetched.clear()
        rechecked = crawl("o3")
        assert ("/rates.html", 200) in site.fetched and ("/rates.html", 304) not in site.fetched
        assert {f["url"].removeprefix(site.url) for f in rechecked["findings"]} == {"rates.html"}
        site.fetched.clear()
        crawl("o4")  # checked in full just now: conditional requests again
        assert ("/rates.html", 304) in site.fetched
        config = tmp_path / "c.toml"
        config.write_text("[history]\nrecheck_after_days = 0\n")
        site.fetched.clear()
        crawl("o5", "--config", config)  # 0: never take a 304's word
        assert ("/rates.html", 200) in site.fetched and ("/rates.html", 304) not in site.fetched
    finally:
        site.stop()


def test_a_changed_fingerprint_key_is_said_and_never_compared_across(run_pubcheck, tmp_path):
    site = LyingCache({"/index.html": '<h1>Billing</h1><a href="/notes.html">Notes</a>',
                       "/notes.html": "<p>Customer: Anselm Brightwater, Account No. 6-417-2093-58, 2210 Sorrel Way,"
                                      " usage 688 kWh</p>"})
    db = tmp_path / "h.sqlite"

    def crawl(out, key):
        proc = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / out, "--db", db,
                            env={"PUBCHECK_FINGERPRINT_KEY": key})
        assert proc.returncode == 1, proc.stderr
        return json.loads((tmp_path / out / "findings.json").read_text()), proc.stderr

    try:
        first, _ = crawl("o1", "key-of-the-nightly-server")
        accepted = first["findings"][0]["fingerprint"]
        assert run_pubcheck("accept", accepted, "--reason", "test", "--by", "QA", "--db", db).returncode == 0
        second, warned = crawl("o2", "a-mistyped-ci-secret")
        summary = run_pubcheck("summary", "--db", db).stdout
        third, quiet = crawl("o3", "a-mistyped-ci-secret")
    finally:
        site.stop()
    assert "fingerprint key is not the one the previous run" in warned and "no longer match" in warned
    assert "another fingerprint key than the previous run's" in summary
    # not carried forward from the old key's run: checked afresh, with fingerprints under the new key
    assert not any(d.get("unchanged") for d in second["documents"])
    assert not {f["fingerprint"] for f in first["findings"]} & {f["fingerprint"] for f in second["findings"]}
    assert second["resolved"] == [] and {f["status"] for f in second["findings"]} == {"new"}
    assert second["run"]["key_changed"] and "key_changed" not in third["run"]
    assert "the fingerprint key changed since its last run" in (tmp_path / "o2" / "report.html").read_text()
    # the same key again: no warning, incremental, compared as usual
    assert "fingerprint key" not in quiet
    assert any(d.get("unchanged") for d in third["documents"])
    assert {f["status"] for f in third["findings"]} == {"recurring"} and third["resolved"] == []


def test_a_database_of_the_first_schema_gains_the_key_identifier(tmp_path):
    path = tmp_path / "v1.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(store_module.MIGRATIONS[0])
        db.execute("INSERT INTO runs (command, started, outcome, rules) VALUES ('crawl', '2026-10-01', 'clean', 'r')")
        db.execute("PRAGMA user_version = 1")
    with HistoryStore(path) as store:
        assert store.run(1)["key_id"] is None and store.run(1)["outcome"] == "clean"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
