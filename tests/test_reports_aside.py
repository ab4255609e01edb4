"""The crawl's last step, with a history: the reports are written by a forked copy of the process while the
history records the run. The reports are those written in process; a history that fails while they are being
written is still a run error in them (they are written again); a copy that fails leaves them to this process."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from scrapy.signalmanager import SignalManager

from crawler.collect import Collector
from crawler.config import Config
from crawler.history.session import HistoryOptions, RunHistory, rules_of
from crawler.history.store import HistoryStore
from crawler.pipelines import CollectPipeline, run_finished
from crawler.worker import Outcome
from generated_runs import customer_export_run
from reports import ReportsAside, write_reports
from reports.redact import shown_text

KEY = b"k" * 32


def comparable(out: Path) -> dict:
    """The outputs but for what says when they were written (``run.finished``, the report timings)."""
    data = json.loads((out / "findings.json").read_text())
    data["run"].pop("finished")
    data["run"]["timings"] = {k: v for k, v in data["run"]["timings"].items() if not k.startswith("report_")}
    sarif = json.loads((out / "findings.sarif").read_text())
    sarif["runs"][0]["invocations"][0].pop("endTimeUtc", None)
    return {"json": data, "sarif": sarif, "junit": (out / "junit.xml").read_text().count("<testcase")}


def test_reports_written_aside_are_the_reports_written_in_process(tmp_path):
    result, _ = customer_export_run(300)
    masking = shown_text(result.findings, reveal=False)
    aside = ReportsAside(result, tmp_path / "aside", masking=masking)
    assert aside.started and aside.wait()
    write_reports(result, tmp_path / "here", masking=masking)
    assert comparable(tmp_path / "aside") == comparable(tmp_path / "here")
    assert sorted(p.name for p in (tmp_path / "aside").iterdir()) == sorted(p.name for p in (tmp_path / "here").iterdir())
    assert (tmp_path / "aside" / "findings.json").stat().st_mode & 0o777 == 0o600


def pipeline(tmp_path: Path, history: RunHistory) -> CollectPipeline:
    """The collecting pipeline at the end of a crawl that fetched one leaked export."""
    result, export = customer_export_run(200)
    signals = SignalManager()
    collector_pipeline = CollectPipeline(
        out_dir=str(tmp_path / "out"), reveal=False, pool=None, probe=None, memory_mb=0, key=KEY, site_wide_pages=3,
        limits={}, stats=None, signal_manager=signals, history=history)
    collector = collector_pipeline.collector = Collector(command="crawl", targets=[export], limits={}, key=KEY)
    history.begin(collector.run)
    findings = [replace(f, fingerprint="", value_id="") for f in result.findings]
    collector.analysed(export, Outcome("scanned", content_type="text/csv", findings=findings), kind="document",
                       http_status=200, size=21_000)
    return collector_pipeline


def history_of(tmp_path: Path) -> RunHistory:
    options = HistoryOptions(db=str(tmp_path / "history.sqlite"), rules=rules_of(Config()))
    return RunHistory(options, command="crawl", reveal=False, report_dir=str(tmp_path / "out"))


def test_the_history_is_recorded_while_the_reports_are_written_aside(tmp_path):
    history = history_of(tmp_path)
    finished = []
    end = pipeline(tmp_path, history)
    end.signals.connect(lambda result: finished.append(result), signal=run_finished, weak=False)
    end._finish(None)
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert len(data["findings"]) == 1200 and data["run"]["errors"] == []
    assert {f["status"] for f in data["findings"]} == {"new"}
    with HistoryStore(history.options.db) as store:
        assert store.db.execute("SELECT COUNT(*) FROM detections").fetchone()[0] == 1200
        assert store.db.execute("SELECT outcome FROM runs").fetchone()[0] == "findings"
    assert len(finished) == 1 and finished[0].history is not None


def test_a_history_that_fails_while_the_reports_are_written_aside_is_a_run_error_in_them(tmp_path, monkeypatch):
    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(RunHistory, "record", full_disk)
    pipeline(tmp_path, history_of(tmp_path))._finish(None)
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert len(data["findings"]) == 1200
    assert data["run"]["errors"] == [f"history database {tmp_path / 'history.sqlite'}: database or disk is full"]
    assert "database or disk is full" in (tmp_path / "out" / "report.html").read_text()


def test_reports_the_copy_could_not_write_are_written_in_process(tmp_path, monkeypatch):
    def out_of_memory(*args):
        raise MemoryError

    monkeypatch.setattr("reports._write_aside", out_of_memory)  # the copy dies before writing anything
    pipeline(tmp_path, history_of(tmp_path))._finish(None)
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert len(data["findings"]) == 1200 and data["run"]["errors"] == []


def test_where_processes_cannot_fork_the_reports_are_not_started_aside(tmp_path, monkeypatch):
    monkeypatch.setattr("multiprocessing.get_all_start_methods", lambda: ["spawn"])  # as on Windows
    result, _ = customer_export_run(10)
    aside = ReportsAside(result, tmp_path / "out")
    assert not aside.started and not aside.wait() and not (tmp_path / "out").exists()
