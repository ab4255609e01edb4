"""Trust round 49 (a): what a crawl across machines and the history say when something outside pubcheck fails.

- A join of another build is refused before it takes work, though its version string is the same: the crawl's
  record names the build (the version and the digest of the detector and extractor code and data, the one an
  incremental crawl rescans on), so an older build, which compares the version string alone, refuses it too.
- A Redis that lost the crawl's keys (restarted without persistence, flushed) is named as that, not as another
  crawl that replaced this one after this process stopped answering.
- A full or failing disk under the history says so, and that the run is not recorded; ``summary`` says when a
  later run of a target began but has no record (the history holds its start).
- A crawl's stderr carries no Scrapy deprecation warning for the DNS resolver setting (IPv6 lookups kept).
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from fault_site import FaultSite, body, delayed, page
from test_distributed import finish

needs_redis = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
KEY = "trust49a-test-key"
SSN = "512-34-6789"


def environment(tmp: Path, tree: Path = ROOT) -> dict:
    return {**os.environ, "HOME": str(tmp / "home"), "PUBCHECK_FINGERPRINT_KEY": KEY, "PYTHONPATH": str(tree)}


def pubcheck(args, tmp: Path, tree: Path = ROOT) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=tree,
                            env=environment(tmp, tree), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


@pytest.fixture
def redis_server(tmp_path):
    from test_distributed import RedisServer

    folder = tmp_path / "redis"
    folder.mkdir()
    server = RedisServer(folder)
    yield server
    server.stop()


def tree_copy(tmp: Path, name: str) -> Path:
    """A copy of this checkout's code: another machine's install of pubcheck."""
    copy = tmp / name
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", "tests", "benchmarks", "__pycache__"))
    return copy


def build_of(tree: Path) -> str:
    return subprocess.run([sys.executable, "-c", "from crawler.distributed.crawl import build; print(build())"],
                          cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True,
                          check=True).stdout.strip()


# -- D1: a join of another build ----------------------------------------------------------------------------------

@needs_redis
def test_a_join_of_another_build_with_the_same_version_is_refused_before_it_takes_work(tmp_path, redis_server):
    from crawler import __version__
    from crawler.config import Config
    from crawler.distributed.crawl import build, close_crawl, find_running, open_crawl
    from crawler.distributed.runner import config_sections

    same = tree_copy(tmp_path, "same-build")
    other = tree_copy(tmp_path, "other-build")
    names = other / "detectors" / "data" / "ssa_given_names.txt"
    names.write_text(names.read_text() + "Zebulonia\n")  # one word list changed: other findings, same version
    assert build_of(same) == build() != build_of(other)  # the content decides, not where the tree lives
    assert build().startswith(__version__ + "+rules.")

    server = redis_server.client
    crawl = open_crawl(server, targets=["http://127.0.0.1:9/"], config=config_sections(Config()), reveal=False,
                       fingerprint_key=KEY.encode(), credentials=None, shown_url="test")
    try:
        # an older build compares the record's version with its own version string: the label makes them differ
        assert find_running(server).version == build() != __version__
        started = time.monotonic()
        code, stderr = finish(pubcheck(["join", "--redis", redis_server.url], tmp_path, other), timeout=60)
        assert code == 2, stderr
        assert (f"the crawl was started by pubcheck {build()} and this is pubcheck {build_of(other)}: every node of "
                "a crawl must run the same build (the same version, detectors and extractors: they decide what a "
                "node finds on its share of the pages)") in stderr, stderr
        assert "Traceback" not in stderr and time.monotonic() - started < 30
        assert server.scard(crawl.keys.nodes) == 0  # it never took part
    finally:
        close_crawl(server, crawl.crawl_id, "stopped")


def test_the_rules_digest_covers_subfolders_and_data_files(tmp_path, monkeypatch):
    """Findings are carried forward only under the same rules: a changed customer-record rule (detectors/context/)
    or word list (detectors/data/) is a change of rules, as a changed top-level detector is."""
    from crawler.history import session

    def digest_with(change: str) -> str:
        tree = tmp_path / f"tree{len(list(tmp_path.iterdir()))}"
        shutil.copytree(ROOT / "detectors", tree / "detectors", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "crawler" / "extract", tree / "crawler" / "extract",
                        ignore=shutil.ignore_patterns("__pycache__"))
        if change:
            path = tree / change
            path.write_bytes(path.read_bytes() + b"\n")
        monkeypatch.setattr(session, "__file__", str(tree / "crawler" / "history" / "session.py"))
        session.code_digest.cache_clear()
        try:
            return session.code_digest()
        finally:
            session.code_digest.cache_clear()

    unchanged = digest_with("")
    assert digest_with("detectors/context/__init__.py") != unchanged
    assert digest_with("detectors/data/ssa_given_names.txt") != unchanged
    assert digest_with("crawler/extract/pdf/text.py") != unchanged
    assert digest_with("") == unchanged


# -- D3: Redis lost the crawl's state -----------------------------------------------------------------------------

@needs_redis
def test_a_redis_that_lost_the_crawls_keys_is_named_as_that_not_as_another_crawl(tmp_path, redis_server):
    routes = {"/": page(" ".join(f'<a href="/p{i}.html">p{i}</a>' for i in range(12)))}
    for i in range(12):
        routes[f"/p{i}.html"] = delayed(1.0, page(f"<p>Note {i}. Applicant SSN: {SSN}</p>" if i == 0 else
                                                  f"<p>Street sweeping, route {i}.</p>"))
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nconcurrency = 2\nautothrottle = false\nworkers = 1\n")
    with FaultSite(routes) as site:
        join = pubcheck(["join", "--redis", redis_server.url], tmp_path)
        start = pubcheck(["crawl", site.url, "--out", tmp_path / "out", "--config", config,
                          "--redis", redis_server.url], tmp_path)
        deadline = time.monotonic() + 90
        while sum(p.startswith("/p") for p in site.served) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        redis_server.client.flushall()  # what a Redis restarted without persistence holds
        code, stderr = finish(start)
        join_code, join_stderr = finish(join)
    assert code == 2, stderr
    run = json.loads((tmp_path / "out" / "findings.json").read_text())["run"]
    lost = (f"Redis lost this crawl's state (restarted or flushed?) at {redis_server.url}; the crawl is "
            "incomplete")
    assert lost in run["errors"] and lost in stderr, (run["errors"], stderr)
    assert not any("another crawl" in e or "stopped answering" in e for e in run["errors"]), run["errors"]
    assert "another crawl" not in stderr and "stopped answering" not in stderr
    assert run["not_checked"] >= 1
    assert join_code == 2, join_stderr
    assert "Redis lost the crawl's state (restarted or flushed?); the crawl is incomplete" in join_stderr
    assert "abandoned" not in join_stderr
    # Scrapy's deprecation warning for DNS_RESOLVER is no longer on every crawl's stderr
    assert "DNS_RESOLVER" not in stderr and "ScrapyDeprecationWarning" not in stderr, stderr


@needs_redis
def test_a_crawl_replaced_after_its_heartbeat_lapsed_still_says_so(redis_server):
    from crawler.distributed.coordinator import Coordinator
    from crawler.distributed.crawl import STARTER_ALIVE_SECONDS, CrawlKeys

    coordinator = Coordinator(None, redis_server.client, CrawlKeys("c1"), None, redis_server.url)
    coordinator._beaten = time.monotonic() - STARTER_ALIVE_SECONDS - 5  # this process was frozen
    assert coordinator.replaced(b"c2").startswith("another crawl replaced this one on Redis (this process had "
                                                  "stopped answering for more than 30 s)")
    assert coordinator.replaced(None) == (f"Redis lost this crawl's state (restarted or flushed?) at "
                                          f"{redis_server.url}; the crawl is incomplete")
    coordinator._beaten = time.monotonic()  # answering all along: the record went with the rest of Redis's data
    assert coordinator.replaced(b"c2") == (f"Redis lost this crawl's state (restarted or flushed?) at "
                                           f"{redis_server.url}, and another crawl has started there since; the "
                                           "crawl is incomplete")


@needs_redis
def test_a_join_sees_a_replaced_crawl_as_abandoned_and_an_empty_redis_as_lost(redis_server):
    from crawler.distributed.crawl import LOST, crawl_state, open_crawl

    server = redis_server.client
    first = open_crawl(server, targets=["http://127.0.0.1:9/"], config={}, reveal=False, fingerprint_key=b"k",
                       credentials=None, shown_url="test")
    server.delete(first.keys.alive)
    second = open_crawl(server, targets=["http://127.0.0.1:9/"], config={}, reveal=False, fingerprint_key=b"k",
                        credentials=None, shown_url="test")
    assert crawl_state(server, first.crawl_id) == "abandoned"
    server.flushall()
    assert crawl_state(server, second.crawl_id) == LOST


# -- J3: a full disk under the history ----------------------------------------------------------------------------

# the history's SQLite gets a page limit, the way a full disk refuses the next page: SQLite's own SQLITE_FULL
FULL_FROM_START = ("import sys; from crawler.history import store; from crawler.cli import main\n"
                   "migrate = store.HistoryStore._migrate\n"
                   "def full(self):\n"
                   "    self.db.execute('PRAGMA max_page_count = 1')\n"
                   "    migrate(self)\n"
                   "store.HistoryStore._migrate = full\n"
                   "sys.exit(main(sys.argv[1:]))\n")
FULL_AFTER_BEGIN = ("import sys; from crawler.history import store; from crawler.cli import main\n"
                    "begin = store.HistoryStore.begin_run\n"
                    "def full(self, **kwargs):\n"
                    "    run_id = begin(self, **kwargs)\n"
                    "    pages = self.db.execute('PRAGMA page_count').fetchone()[0]\n"
                    "    self.db.execute(f'PRAGMA max_page_count = {pages}')\n"
                    "    return run_id\n"
                    "store.HistoryStore.begin_run = full\n"
                    "sys.exit(main(sys.argv[1:]))\n")


def scan(tmp: Path, folder: Path, out: str, db: Path, script: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "crawler.cli"]
    return subprocess.run([*command, "scan", str(folder), "--out", str(tmp / out), "--db", str(db)], cwd=ROOT,
                          env=environment(tmp), capture_output=True, text=True, timeout=300)


def test_a_history_on_a_full_disk_says_so_and_that_the_run_is_not_recorded(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notice.txt").write_text(f"Applicant SSN: {SSN}\n")
    # findings enough that their record needs new pages of the database
    (folder / "applicants.csv").write_text("Applicant,SSN\n" + "".join(f"Applicant {i},512-34-{1000 + i}\n"
                                                                       for i in range(300)))
    db = tmp_path / "db" / "history.sqlite"

    result = scan(tmp_path, folder, "out0", db, FULL_FROM_START)
    assert result.returncode == 2, result.stderr
    assert (f"pubcheck: the history could not be written: disk full or I/O error at {db} (database or disk is "
            "full); this run is not recorded: it stopped before anything was checked (free space there, or give "
            "--db another database)") in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out0" / "findings.json").exists()
    db.unlink()

    assert scan(tmp_path, folder, "out1", db).returncode == 1  # recorded
    result = scan(tmp_path, folder, "out2", db, FULL_AFTER_BEGIN)  # the disk fills during the run
    assert result.returncode == 2, result.stderr
    errors = json.loads((tmp_path / "out2" / "findings.json").read_text())["run"]["errors"]
    assert errors == [f"the history could not be written: disk full or I/O error at {db} (database or disk is "
                      "full); this run is not recorded"], errors

    summary = subprocess.run([sys.executable, "-m", "crawler.cli", "summary", "--db", str(db)], cwd=ROOT,
                             env=environment(tmp_path), capture_output=True, text=True, timeout=120)
    assert summary.returncode == 0, summary.stderr
    lines = summary.stdout.splitlines()
    warnings = [line for line in lines if "is not recorded" in line]
    report = (tmp_path / "out2" / "report.html").resolve().as_uri()
    assert len(warnings) == 1 and warnings[0].startswith("  WARNING:    a later run, started 20"), lines
    assert warnings[0].endswith(f"is not recorded: it is still running, or it ended without its record (a full "
                                f"disk, a killed process) (its report: {report}); this is not the latest check")
    assert str((tmp_path / "out1").resolve().as_uri()) in summary.stdout  # the latest recorded run, shown as such


def test_summary_warns_of_no_later_run_it_has_no_record_of(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notice.txt").write_text("Street sweeping on Tuesdays.\n")
    db = tmp_path / "history.sqlite"
    assert scan(tmp_path, folder, "out1", db).returncode == 0
    assert scan(tmp_path, folder, "out2", db).returncode == 0
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Parks.\n")
    with sqlite3.connect(db) as connection:  # another target's run that never finished concerns no other target
        connection.execute("INSERT INTO runs (command, started, outcome, rules, reveal, incremental, limits) "
                           "VALUES ('scan', '2099-01-01T00:00:00+00:00', 'running', 'r', 0, 1, '{}')")
        run_id = connection.execute("SELECT max(id) FROM runs").fetchone()[0]
        connection.execute("INSERT INTO run_targets (run_id, target) VALUES (?, ?)", (run_id, str(other)))
    summary = subprocess.run([sys.executable, "-m", "crawler.cli", "summary", "--db", str(db)], cwd=ROOT,
                             env=environment(tmp_path), capture_output=True, text=True, timeout=120)
    assert summary.returncode == 0, summary.stderr
    assert "WARNING" not in summary.stdout and "not recorded" not in summary.stdout, summary.stdout


def test_disk_faults_are_told_from_other_database_errors(tmp_path):
    from crawler.history.store import disk_fault

    path = tmp_path / "history.sqlite"
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"
    io = sqlite3.OperationalError("disk I/O error")
    io.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorname = "SQLITE_BUSY"
    for error in (full, io, OSError(errno.ENOSPC, "No space left on device")):
        assert str(disk_fault(path, error)) == (f"the history could not be written: disk full or I/O error at {path} "
                                                f"({error})")
    assert disk_fault(path, locked) is None and disk_fault(path, OSError(errno.EACCES, "denied")) is None


# -- noise: the DNS resolver setting ------------------------------------------------------------------------------

def test_the_resolver_is_set_by_the_name_the_installed_scrapy_reads():
    from scrapy.settings import SETTINGS_PRIORITIES, Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    assert settings["TWISTED_DNS_RESOLVER"] == "scrapy.resolver.CachingHostnameResolver"  # IPv6 as well as IPv4
    # the deprecated name left at Scrapy's default: set above it, Scrapy warns on every crawl
    assert settings.getpriority("DNS_RESOLVER") == SETTINGS_PRIORITIES["default"]


def test_a_plain_crawl_prints_no_deprecation_warning(tmp_path):
    with FaultSite({"/": page('<p>Parks</p><a href="/a.txt">a</a>'), "/a.txt": body("Hours.\n", "text/plain")}) as site:
        code, stderr = finish(pubcheck(["crawl", site.url, "--out", tmp_path / "out"], tmp_path))
    assert code == 0, stderr
    assert "Warning" not in stderr and "DNS_RESOLVER" not in stderr, stderr
