"""The history's parts on their own: the database file and its schema versions, targets, acceptances and the
ignore file, AutoThrottle on 304s, the progress estimate."""
from __future__ import annotations

import json
import sqlite3
from types import SimpleNamespace

import pytest

from crawler.extensions import estimate
from crawler.history.compare import active_acceptance, in_force
from crawler.history.model import Acceptance
from crawler.history.store import RECORD_CACHE_KB, SCHEMA_VERSION, HistoryError, HistoryStore, default_path
from crawler.history.targets import normalise_target, relative_path, target_finder, target_of
from crawler.review import ReviewError, accept, load_ignore_file, resolve, revoke
from crawler.throttle import RevalidationAutoThrottle
from scrapy.extensions.throttle import AutoThrottle


def test_database_is_created_owner_only_in_wal_mode(tmp_path):
    path = tmp_path / "state" / "pubcheck" / "history.sqlite"
    with HistoryStore(path) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o077 == 0


def test_default_path_follows_xdg_state_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "pubcheck" / "history.sqlite"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_path() == tmp_path / "home" / ".local" / "state" / "pubcheck" / "history.sqlite"


def test_reopening_keeps_data_and_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "h.sqlite"
    with HistoryStore(path) as store:
        run = store.begin_run(command="crawl", started="2026-11-30T02:00:00+00:00", targets=["https://a.gov/"],
                              rules="r", reveal=False, incremental=True, report=None, baseline=None, limits={})
    with HistoryStore(path) as store:  # a second open migrates nothing and loses nothing
        assert store.run(run)["outcome"] == "running"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(HistoryError, match="newer pubcheck"):
        HistoryStore(path)


def test_an_old_schema_is_migrated(tmp_path):
    """A file at version 0 (created before the history existed, or by an interrupted first run) gets the
    schema in one transaction."""
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()
    with HistoryStore(path) as store:
        tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"runs", "run_targets", "documents", "detections", "page_links", "acceptances"} <= tables


@pytest.mark.parametrize("given, key", [
    ("HTTPS://WWW.PomonaCA.gov", "https://www.pomonaca.gov/"),
    ("https://www.pomonaca.gov:443/", "https://www.pomonaca.gov/"),
    ("http://staging.pomonaca.gov:80/Dept/", "http://staging.pomonaca.gov/Dept/"),
    ("http://127.0.0.1:8080/index.html", "http://127.0.0.1:8080/index.html"),
    ("https://www.pomonaca.gov/#top", "https://www.pomonaca.gov/"),
])
def test_targets_are_normalised_start_urls(given, key):
    assert normalise_target(given) == key


def test_each_url_belongs_to_the_closest_target():
    targets = ["https://www.pomonaca.gov/", "https://www.pomonaca.gov/staging/", "https://docs.pomonaca.gov/"]
    assert target_of("https://www.pomonaca.gov/staging/draft.html", targets) == targets[1]
    assert target_of("https://www.pomonaca.gov/notices.html", targets) == targets[0]
    assert target_of("https://DOCS.pomonaca.gov/a.pdf", targets) == targets[2]
    assert target_of("https://cdn.example.net/x.pdf", targets) == targets[0]
    assert target_of("http://[bad", targets) == targets[0]  # an invalid link met is filed, not a crash
    finder = target_finder(targets)  # the same answers, each URL worked out once
    for url in ("https://www.pomonaca.gov/staging/draft.html", "https://DOCS.pomonaca.gov/a.pdf", "http://[bad"):
        assert finder(url) == finder(url) == target_of(url, targets)
    assert relative_path("https://staging.pomonaca.gov/site/a.pdf?v=2", "https://staging.pomonaca.gov/site/") == \
        "a.pdf?v=2"
    assert relative_path("https://www.pomonaca.gov/a.pdf", "https://www.pomonaca.gov/index.html") == "a.pdf"
    assert relative_path("https://other.gov/a.pdf", "https://www.pomonaca.gov/") is None


def _store_with_findings(tmp_path, fingerprints):
    store = HistoryStore(tmp_path / "h.sqlite")
    run = store.begin_run(command="crawl", started="2026-11-30T02:00:00+00:00", targets=["https://a.gov/"],
                          rules="r", reveal=False, incremental=True, report=None, baseline=None, limits={})
    with store.transaction() as db:
        db.executemany("INSERT INTO detections (run_id, target, url, fingerprint, value_id, reported, category,"
                       " severity, rule, masked, context, why, location, hidden, label, seq, public_if_repeated)"
                       " VALUES (?, 'https://a.gov/', 'https://a.gov/x', ?, 'v', 1, 'ssn', "
                       "'high', 'PCE-01 6.3', '***-**-6789', '', '', '{}', NULL, NULL, 0, 0)",
                       [(run, f) for f in fingerprints])
    return store


def test_accept_needs_a_known_unique_prefix_of_eight(tmp_path):
    store = _store_with_findings(tmp_path, ["abcdef0123456789", "abcdef0199999999", "1234567890abcdef"])
    assert resolve(store, "12345678") == "1234567890abcdef"
    with pytest.raises(ReviewError, match="at least its first 8"):
        resolve(store, "1234567")
    with pytest.raises(ReviewError, match="ambiguous"):
        resolve(store, "abcdef01")
    with pytest.raises(ReviewError, match="no finding"):
        resolve(store, "ffffffff")
    with pytest.raises(ReviewError, match="in the past"):
        accept(store, "12345678", reason="law", by="me", at="2026-11-30", expires="2020-01-01")
    accepted = accept(store, "abcdef0123", reason="law", by="me", at="2026-11-30", expires="2027-01-31")
    assert accepted.fingerprint == "abcdef0123456789"
    assert [a.fingerprint for a in store.acceptances()] == ["abcdef0123456789"]
    assert revoke(store, "abcdef01", at="2026-12-01", by="me") == "abcdef0123456789"
    assert store.acceptances() == [] and store.acceptances(include_revoked=True)[0].revoked_by == "me"
    store.close()


def test_expired_or_revoked_acceptances_no_longer_hold():
    current = Acceptance("abcdef01", by="a", reason="r", at="2026-01-01", expires="2026-12-31", source="file")
    assert active_acceptance("abcdef0123456789", in_force([current], on="2026-12-31")) is current
    assert active_acceptance("abcdef0123456789", in_force([current], on="2027-01-01")) is None
    revoked = Acceptance("abcdef0123456789", by="a", reason="r", at="2026-01-01", revoked_at="2026-02-01")
    assert active_acceptance("abcdef0123456789", in_force([revoked], on="2026-06-01")) is None


def test_the_databases_latest_acceptance_applies_before_an_ignore_files():
    older = Acceptance("abcdef0123456789", by="a", reason="old", at="2026-01-01")
    newer = Acceptance("abcdef0123456789", by="b", reason="new", at="2026-03-01")
    prefix = Acceptance("abcdef01", by="c", reason="file", at="2026-06-01", source="ignore.toml")
    valid = in_force([prefix, older, newer], on="2026-07-01")
    assert active_acceptance("abcdef0123456789", valid) is newer
    assert active_acceptance("abcdef01ffff", valid) is prefix
    assert active_acceptance("12345678", valid) is None


def test_ignore_file_entries_are_checked(tmp_path):
    good = tmp_path / "ok.toml"
    good.write_text('[[accept]]\nfingerprint = "ABCDEF0123"\nreason = "published by law"\nby = "J. Rivera"\n'
                    "expires = 2027-06-30\n")
    [entry] = load_ignore_file(str(good))
    assert (entry.fingerprint, entry.expires, entry.source) == ("abcdef0123", "2027-06-30", str(good))
    for text, message in [('[[accept]]\nfingerprint = "abc"\nreason = "r"\nby = "b"\n', "first 8"),
                          ('[[accept]]\nfingerprint = "abcdef0123"\nby = "b"\n', "reason is required"),
                          ('[[accept]]\nfingerprint = "abcdef0123"\nreason = "r"\nby = "b"\nwhy = "x"\n',
                           "unknown key 'why'"),
                          ('[[accept]]\nfingerprint = "abcdef0123"\nreason = "r"\nby = "b"\nexpires = "soon"\n',
                           "must be a date"),
                          ("[accept\n", "not valid TOML")]:
        bad = tmp_path / "bad.toml"
        bad.write_text(text)
        with pytest.raises(ReviewError, match=message):
            load_ignore_file(str(bad))


class FakeSlot:
    def __init__(self, delay):
        self.delay = delay


def _throttle(cls):
    throttle = cls.__new__(cls)
    throttle.target_concurrency, throttle.mindelay, throttle.maxdelay = 4.0, 0.0, 10.0
    return throttle


def test_autothrottle_lowers_its_delay_on_304s():
    not_modified = SimpleNamespace(status=304, replace=lambda status: SimpleNamespace(status=status))
    stock, ours = FakeSlot(0.25), FakeSlot(0.25)
    for _ in range(10):
        _throttle(AutoThrottle)._adjust_delay(stock, 0.004, not_modified)
        _throttle(RevalidationAutoThrottle)._adjust_delay(ours, 0.004, not_modified)
    assert stock.delay == 0.25  # Scrapy's would crawl an unchanged site at its start delay
    assert ours.delay < 0.01


def test_progress_estimate_uses_the_queue_or_the_previous_run():
    assert estimate(0, 10, 0, 5) == ""
    assert estimate(100, 0, 0, 10) == ", 10.0 URLs/s"
    assert estimate(100, 50, 0, 10) == ", 10.0 URLs/s, about 5 s left"
    assert estimate(100, 50, 2000, 10) == ", 10.0 URLs/s, about 3 min left"  # 1,900 left of the 2,000 last time


def test_history_options_that_cannot_work_are_usage_errors(run_pubcheck, tmp_path):
    resume_reveal = run_pubcheck("crawl", "http://127.0.0.1:9/", "--out", tmp_path / "o", "--resume", "--reveal")
    assert resume_reveal.returncode == 2 and "--resume cannot be combined with --reveal" in resume_reveal.stderr
    config = tmp_path / "c.toml"
    config.write_text(f'[report]\nfingerprint_key_file = "{tmp_path / "out" / "key"}"\n')
    inside = run_pubcheck("scan", tmp_path, "--out", tmp_path / "out", "--config", config,
                          env={"PUBCHECK_FINGERPRINT_KEY": ""})
    assert inside.returncode == 2 and "must not be inside the report folder" in inside.stderr


def test_config_names_the_database_relative_to_itself(run_pubcheck, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Applicant SSN: 512-34-6789\n")
    (tmp_path / "etc").mkdir()
    config = tmp_path / "etc" / "pubcheck.toml"
    config.write_text('[history]\ndb = "state/history.sqlite"\n')
    first = run_pubcheck("scan", tmp_path / "docs", "--out", tmp_path / "o1", "--config", config)
    second = run_pubcheck("scan", tmp_path / "docs", "--out", tmp_path / "o2", "--config", config)
    assert first.returncode == second.returncode == 1, second.stderr
    assert (tmp_path / "etc" / "state" / "history.sqlite").exists()
    statuses = [json.loads((tmp_path / o / "findings.json").read_text())["findings"][0]["status"] for o in ("o1", "o2")]
    assert statuses == ["new", "recurring"]  # runs of the same folder are compared with each other


def test_only_the_findings_gone_are_read_in_full(tmp_path):
    fingerprints = ["f5", "f1", "f4", "f2", "f3"]
    store = _store_with_findings(tmp_path, fingerprints)
    with store.transaction() as db:  # a contact the run did not report is never gone
        db.execute("UPDATE detections SET reported = 0 WHERE fingerprint = 'f3'")
    gone = store.gone_since(1, "https://a.gov/", {"f1", "f2"})
    assert [row["fingerprint"] for row in gone] == ["f5", "f4"]  # in the order the run reported them
    assert [tuple(row)[1:] for row in gone] == [tuple(row) for row in store.reported(1, "https://a.gov/")
                                                if row["fingerprint"] in ("f5", "f4")]
    assert store.gone_since(1, "https://b.gov/", set()) == []
    store.close()


def test_a_runs_rows_are_written_with_a_larger_page_cache_given_back_after(tmp_path):
    with HistoryStore(tmp_path / "h.sqlite") as store:
        default = store.db.execute("PRAGMA cache_size").fetchone()[0]
        with store.bulk_transaction() as db:
            assert db.execute("PRAGMA cache_size").fetchone()[0] == -RECORD_CACHE_KB
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == default
        with pytest.raises(sqlite3.IntegrityError), store.bulk_transaction() as db:
            db.execute("INSERT INTO runs (id, command, started, outcome, rules) VALUES (1, 'c', 's', 'o', 'r')")
            db.execute("INSERT INTO runs (id, command, started, outcome, rules) VALUES (1, 'c', 's', 'o', 'r')")
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == default
        assert store.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0  # rolled back


def test_document_lists_of_old_runs_are_pruned_but_runs_stay(tmp_path):
    from crawler.history.record import record_run
    from crawler.results import DocumentResult, RunInfo, RunResult
    from reports.redact import shown_text

    with HistoryStore(tmp_path / "h.sqlite") as store:
        for day in (1, 2, 3):
            started = f"2026-11-0{day}T02:00:00+00:00"
            run = store.begin_run(command="crawl", started=started, targets=["https://a.gov/"], rules="r",
                                  reveal=False, incremental=True, report=None, baseline=None, limits={})
            result = RunResult(RunInfo("crawl", ["https://a.gov/"], started=started),
                               [], [DocumentResult("https://a.gov/", kind="page", status="scanned", reason=None)])
            masking = shown_text([], reveal=False)
            record_run(store, run, result, result.redacted(masking), masking, finished=started,
                       page_links={}, keep_document_runs=2)
        assert [row[0] for row in store.db.execute("SELECT DISTINCT run_id FROM documents ORDER BY 1")] == [2, 3]
        assert [row["outcome"] for row in store.db.execute("SELECT outcome FROM runs")] == ["clean"] * 3
