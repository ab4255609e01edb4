"""The run's time limit (``max_minutes``, ``--max-minutes``): a crawl of a slow site or a scan of many files ends
at it with a report of what was checked, everything else listed as not checked, and exit status 2; without it, a
site whose every document takes nearly the download or extraction timeout runs for hours with no bound."""
from __future__ import annotations

import json
import time

import pytest

from crawler.cli import build_parser
from crawler.config import Config, ConfigError
from fault_site import FaultSite, delayed, page
from test_fault_site import documents, run

RECORD = "<pre>Account holder: Rosalind Penhaligon\nUtility Account No.: 40718833\nSSN: 533-27-6190</pre>"


def run_data(out) -> dict:
    return json.loads((out / "findings.json").read_text())


@pytest.mark.parametrize("value", [90, 1.5, 0])
def test_max_minutes_takes_whole_and_decimal_minutes(value):
    assert Config.from_dict({"crawl": {"max_minutes": value}}).crawl["max_minutes"] == value


@pytest.mark.parametrize("value, message", [(-1, "must not be negative"), (True, "must be a number"),
                                            ("90", "must be a number")])
def test_a_wrong_max_minutes_is_a_configuration_error(value, message):
    with pytest.raises(ConfigError, match=message):
        Config.from_dict({"crawl": {"max_minutes": value}})


@pytest.mark.parametrize("value", ["0", "-5", "soon", "inf", "nan"])
def test_max_minutes_on_the_command_line_must_be_a_number_above_zero(value, capsys):
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["crawl", "http://127.0.0.1/", "--out", "o", "--max-minutes", value])
    assert stop.value.code == 2
    assert "--max-minutes" in capsys.readouterr().err


def test_a_crawl_of_a_slow_site_ends_at_its_time_limit_with_what_it_did_not_reach_listed(tmp_path):
    slow = {f"/minutes-{n}.html": delayed(10, page(f"<p>Minutes of meeting {n}.</p>")) for n in range(12)}
    links = "".join(f"<a href='/minutes-{n}.html'>Meeting {n}</a> " for n in range(12))
    routes = {"/": page(links + RECORD), **slow}
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nconcurrency = 1\nautothrottle = false\n")
    with FaultSite(routes) as site:
        started = time.monotonic()
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", config, "--max-minutes", "0.15"],
                      tmp_path)
        took = time.monotonic() - started
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2  # incomplete: the SSN found does not make it a plain "findings" run
    assert "time limit (0.15 min) is reached" in proc.stderr
    assert took < 12 * 10  # the twelve slow pages one at a time would take two minutes and more
    data = run_data(tmp_path / "out")
    assert data["run"]["interrupted"] == "stopped at its time limit (0.15 min; see --max-minutes)"
    assert data["run"]["limits"]["max_minutes"] == 0.15
    assert any(f["category"] == "ssn" and f["url"] == site.url for f in data["findings"])
    docs = documents(tmp_path / "out")
    assert docs[site.url]["status"] == "scanned"
    unreached = [d for url, d in docs.items() if "minutes-" in url and d["status"] != "scanned"]
    assert unreached and all(d["not_checked"] for d in unreached)
    report = (tmp_path / "out" / "report.html").read_text()
    assert "stopped at its time limit" in report


def test_a_crawl_within_its_time_limit_is_an_ordinary_run(tmp_path):
    with FaultSite({"/": page(RECORD)}) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--max-minutes", "10"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert run_data(tmp_path / "out")["run"]["interrupted"] is None


def test_a_scan_past_its_time_limit_lists_every_file_it_did_not_read(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(5):
        (folder / f"notes-{n}.txt").write_text("Account holder: Rosalind Penhaligon\nSSN: 533-27-6190\n")
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nmax_minutes = 0.0001\n")  # passed before the workers have started
    proc, _ = run(["scan", folder, "--out", tmp_path / "out", "--config", config], tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2
    data = run_data(tmp_path / "out")
    assert data["run"]["interrupted"] == "stopped at its time limit (0.0001 min; see --max-minutes)"
    docs = documents(tmp_path / "out")
    assert len(docs) == 5 and all(d["not_checked"] for d in docs.values())
    summary, _ = run(["summary"], tmp_path)  # the history tells the nightly mail it was stopped, not only incomplete
    assert summary.returncode == 0, summary.stderr
    outcome = [line for line in summary.stdout.splitlines() if line.startswith("  outcome:")]
    assert outcome == ["  outcome:    INTERRUPTED: stopped (a signal or its time limit) before every document was "
                       "checked"], summary.stdout  # and no --resume, which a scan does not have


def test_a_scan_within_its_time_limit_is_an_ordinary_run(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "notes.txt").write_text("Account holder: Rosalind Penhaligon\nSSN: 533-27-6190\n")
    proc, _ = run(["scan", folder, "--out", tmp_path / "out", "--max-minutes", "10"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert run_data(tmp_path / "out")["run"]["interrupted"] is None


def test_a_crawl_stopped_at_its_time_limit_is_resumed_the_next_run(tmp_path):
    """The time limit stops a ``--resume`` crawl as a SIGINT does: the next run goes on from there and ends with
    every finding of the site."""
    from crawler.demo.server import LocalSite, SiteBehaviour
    from test_resume import PAGES, build_site, crawl, outcome

    build_site(tmp_path / "site")
    config = tmp_path / "slow.toml"
    config.write_text("[crawl]\nconcurrency = 1\nautothrottle = false\n")
    with LocalSite(tmp_path / "site", SiteBehaviour(delays={f"/p{i}.html": 0.5 for i in range(PAGES)},
                                                    calendar_path=None)) as site:
        url = site.url + "p0.html"
        first = crawl(url, tmp_path / "part1", tmp_path / "home", "--config", config, "--resume",
                      "--max-minutes", "0.1")
        _, first_stderr = first.communicate(timeout=300)
        summary, _ = run(["summary"], tmp_path)
        second = crawl(url, tmp_path / "part2", tmp_path / "home", "--config", config, "--resume")
        _, second_stderr = second.communicate(timeout=300)
    assert first.returncode == 2, first_stderr
    _, first_documents, first_data = outcome(tmp_path / "part1")
    assert first_data["run"]["interrupted"].startswith("stopped at its time limit")
    assert sum(status == "scanned" for status, *_ in first_documents.values()) < PAGES
    assert ("  outcome:    INTERRUPTED: stopped (a signal or its time limit) before every document was checked; a "
            "crawl goes on where it stopped with --resume") in summary.stdout.splitlines(), summary.stdout
    assert second.returncode == 1, second_stderr
    findings, documents, data = outcome(tmp_path / "part2")
    assert len(findings) == PAGES // 4 and data["run"]["errors"] == [] and data["run"]["interrupted"] is None
    assert all(status == "scanned" for status, *_ in documents.values())
