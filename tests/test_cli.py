"""The command-line contract: exit codes 0/1/2, scan of local files, clear errors for bad input."""
from __future__ import annotations

import json
import logging
import socket
import sqlite3
import sys

from conftest import check_contract
from crawler.demo.server import LocalSite
from crawler.run import history_errors_briefly


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_start_url_is_a_run_error(run_pubcheck, tmp_path):
    config = tmp_path / "c.toml"
    config.write_text("[crawl]\nretries = 0\ntimeout = 5\n")
    url = f"http://127.0.0.1:{closed_port()}/"
    result = run_pubcheck("crawl", url, "--out", tmp_path / "out", "--config", config)
    assert result.returncode == 2, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert data["run"]["errors"] == [f"start URL {url} was not checked: connection refused"]
    check_contract(tmp_path / "out" / "findings.json")


def test_bad_config_is_a_usage_error(run_pubcheck, tmp_path):
    for text, message in [("[crawl]\nmax_pagez = 3\n", "unknown key 'max_pagez'"),
                          ("[crawl\n", "not valid TOML"),
                          ("[detectors.sssn]\n", "no detector for [detectors.sssn]"),
                          ('[detectors.account_number]\npatterns = ["(unclosed"]\n', "c.toml"),
                          ("[detectors.ssn]\nlabel = ['SS No']\n", "has no option 'label'; known: labels"),
                          ("[public]\nphone = ['909-555-0100']\n", "[public] has no key 'phone'"),
                          ("[crawl]\nconcurrency = 0\n", "[crawl] concurrency must be at least 1, got 0"),
                          ("[crawl]\nextract_timeout = -5\n", "[crawl] extract_timeout must be at least 1"),
                          ("[crawl]\nretries = -1\n", "[crawl] retries must not be negative"),
                          ('[crawl]\ntimeout = "30"\n', "[crawl] timeout must be an integer, got '30'")]:
        config = tmp_path / "c.toml"
        config.write_text(text)
        result = run_pubcheck("scan", tmp_path, "--out", tmp_path / "out", "--config", config)
        assert result.returncode == 2 and message in result.stderr, (text, result.stderr)


def test_help_lists_the_exit_codes(run_pubcheck):
    for command in ([], ["crawl"], ["scan"]):
        text = run_pubcheck(*command, "--help").stdout
        assert "exit status:" in text and "--allow-unchecked" in text, command
        assert all(f"\n  {code}  " in text for code in "012"), text


def test_bad_command_line_counts_are_usage_errors(run_pubcheck, tmp_path):
    for args in (["crawl", "http://127.0.0.1:9/", "--max-pages", "0"], ["scan", tmp_path, "--allow-unchecked", "-1"]):
        result = run_pubcheck(*args, "--out", tmp_path / "out")
        assert result.returncode == 2 and "must be at least" in result.stderr, result.stderr
        assert not (tmp_path / "out").exists()


def test_missing_credentials_variable_is_a_usage_error(run_pubcheck, tmp_path):
    result = run_pubcheck("crawl", "http://127.0.0.1:9/", "--out", tmp_path / "o", "--auth-env", "NO_SUCH_VAR")
    assert result.returncode == 2 and "NO_SUCH_VAR" in result.stderr


def test_credentials_in_a_start_url_are_refused_without_echoing_them(run_pubcheck, tmp_path):
    result = run_pubcheck("crawl", "http://admin:Hunter2-secret@127.0.0.1:9/", "--out", tmp_path / "o")
    assert result.returncode == 2 and "--auth-env" in result.stderr
    assert "Hunter2-secret" not in result.stderr + result.stdout and not (tmp_path / "o").exists()


def test_scan_folder_reports_paths_and_gates_on_severity(run_pubcheck, tmp_path):
    folder = tmp_path / "export"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "notes.txt").write_text("Customer SSN: 512-34-6789\n")
    (folder / "agenda.html").write_text("<p>Resolution No. 2020-123, APN 8341-012-034</p>")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    out = tmp_path / "out"
    result = run_pubcheck("scan", folder, "--out", out)
    assert result.returncode == 2, result.stderr  # the broken PDF was not checked: incomplete
    assert run_pubcheck("scan", folder, "--out", out, "--allow-unchecked", 1).returncode == 1
    data = json.loads((out / "findings.json").read_text())
    assert data["run"]["not_checked"] == 1
    assert [(f["url"], f["category"], f["masked"]) for f in data["findings"]] == [
        (f"{folder}/sub/notes.txt", "ssn", "***-**-6789")]
    statuses = {d["url"]: d["status"] for d in data["documents"]}
    assert statuses == {f"{folder}/agenda.html": "scanned", f"{folder}/broken.pdf": "failed",
                        f"{folder}/sub/notes.txt": "scanned"}
    check_contract(out / "findings.json")
    assert run_pubcheck("scan", folder, "--out", out, "--fail-on", "never", "--allow-unchecked", 1).returncode == 0
    assert run_pubcheck("scan", folder / "agenda.html", "--out", out).returncode == 0


def test_page_limit_skips_the_rest_with_a_reason(run_pubcheck, tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text("".join(f'<a href="p{i}.html">{i}</a>' for i in range(10)))
    for i in range(10):
        (root / f"p{i}.html").write_text(f"<p>Page {i}</p>")
    with LocalSite(root) as site:
        result = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / "out", "--max-pages", 4)
    assert result.returncode == 2, result.stderr  # the pages left out by the limit were not checked
    docs = json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]
    statuses = [d["status"] for d in docs]
    assert statuses.count("scanned") == 4 and statuses.count("skipped") == 7
    assert all("page limit reached" in d["reason"] and d["not_checked"] for d in docs if d["status"] == "skipped")
    assert all(d["referrers"] == [site.url + "index.html"] for d in docs if d["status"] == "skipped")


def test_extraction_is_bounded_in_time(run_pubcheck, tmp_path):
    """A document whose analysis outlasts the time limit (a customer export of 60,000 rows, which takes many
    seconds) is cut off and listed as failed."""
    given = ["Maria", "Robert", "Ana", "James", "Priya", "Kevin", "Lucia", "Omar", "Grace", "Tomas"]
    family = ["Lopez", "Chen", "Ruiz", "Garcia", "Raman", "Nguyen", "Herrera", "Haddad", "Park", "Okafor"]
    rows = ["Customer Name,Service Address,Phone,Account Number,Usage (kWh)"] + [
        f"{given[i % 10]} {family[i // 10 % 10]},{i + 100} W Holt Ave,(909) 555-{i % 10000:04d},"
        f"2-{i % 90 + 10}-{i % 900 + 100}-{i % 9000 + 1000},{i % 2000 + 100}" for i in range(60_000)]
    slow = tmp_path / "export" / "customers.csv"
    slow.parent.mkdir()
    slow.write_text("\n".join(rows))
    config = tmp_path / "c.toml"
    config.write_text("[crawl]\nextract_timeout = 1\n")
    result = run_pubcheck("scan", slow, "--out", tmp_path / "out", "--config", config)
    assert result.returncode == 2, result.stderr  # a timed-out extraction is a document not checked
    doc, = json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]
    assert doc["status"] == "failed" and doc["reason"] == "extraction timed out after 1 s"


def test_a_detector_switched_off_is_named_in_every_verdict(run_pubcheck, tmp_path):
    """A green run that did not look for SSNs must not read as "no SSN found"."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "notes.txt").write_text("Customer SSN: 512-34-6789\n")
    (tmp_path / "pubcheck.toml").write_text("[detectors.ssn]\nenabled = false\n")
    out = tmp_path / "out"
    result = run_pubcheck("scan", folder, "--out", out, "--config", tmp_path / "pubcheck.toml")
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "findings.json").read_text())
    assert data["run"]["detectors_off"] == ["ssn"] and data["findings"] == []
    html = (out / "report.html").read_text()
    assert "Not looked for (switched off in the configuration): ssn" in html
    assert "Not looked for (detectors switched off): ssn." in html
    run_pubcheck("scan", folder, "--out", out)
    assert json.loads((out / "findings.json").read_text())["run"]["detectors_off"] == []


def test_a_scan_target_under_which_nothing_was_scanned_is_a_run_error(run_pubcheck, tmp_path):
    """An empty build folder, or one of files that are no documents, must not pass a gate as "nothing found"."""
    empty, media, good = tmp_path / "empty", tmp_path / "media", tmp_path / "good"
    for folder in (empty, media, good):
        folder.mkdir()
    (media / "intro.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    (good / "notice.txt").write_text("Resolution No. 2024-17, adopted.\n")
    out = tmp_path / "out"
    assert run_pubcheck("scan", empty, media, good, "--out", out).returncode == 2
    errors = json.loads((out / "findings.json").read_text())["run"]["errors"]
    assert errors == [f"{empty} was not checked: nothing under it was scanned",
                      f"{media} was not checked: nothing under it was scanned"]
    assert run_pubcheck("scan", good, "--out", out).returncode == 0


def test_a_history_database_error_in_a_crawl_signal_handler_is_one_line_without_a_traceback():
    """The run reports it (run.errors, exit 2); stderr must not also show a traceback that reads like a crash.
    Any other exception there keeps its traceback: it is a bug."""
    def logged(error: Exception) -> logging.LogRecord:
        try:
            raise error
        except Exception:
            record = logging.LogRecord("scrapy.utils.signal", logging.ERROR, __file__, 1,
                                       "Error caught on signal handler: %(receiver)s",
                                       ({"receiver": "CollectPipeline.spider_opened"},), sys.exc_info())
        assert history_errors_briefly(record)
        return record

    database = logged(sqlite3.OperationalError("attempt to write a readonly database"))
    assert database.getMessage() == "history database: attempt to write a readonly database"
    assert database.exc_info is None
    bug = logged(KeyError("collector"))
    assert bug.exc_info is not None and "Error caught on signal handler" in bug.getMessage()


def test_a_site_folders_style_sheets_are_read_as_text_not_left_unchecked(run_pubcheck, tmp_path):
    """A scan of a web root meets its CSS: published text (a comment can hold anything), read, not listed as a
    format pubcheck cannot read (which made every such scan incomplete)."""
    folder = tmp_path / "www"
    (folder / "css").mkdir(parents=True)
    (folder / "index.html").write_text("<h1>City of Lakeview</h1><p>Council meets Tuesdays at 6 pm.</p>")
    (folder / "css" / "site.css").write_text("body { color: #1b1b1b; max-width: 1200px; }\n"
                                             ".btn { background: #005ea2; padding: 8px 16px; }\n")
    out = tmp_path / "out"
    assert run_pubcheck("scan", folder, "--out", out).returncode == 0
    (folder / "css" / "site.css").write_text("/* QA account: customer Rosalind Okafor, acct 61-40928-07 */\n"
                                             "body { color: #1b1b1b; }\n")
    assert run_pubcheck("scan", folder, "--out", out).returncode == 1
