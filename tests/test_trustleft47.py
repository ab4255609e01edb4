"""Leftovers of the trust work of round 46, each run end to end as a user runs pubcheck.

1. The checkpoint of an interrupted ``--resume`` crawl knows each URL as the history does, by a keyed hash of its
   raw form beside its masked text: two URLs that mask alike (``/View/11115678``, ``/View/22225678``) stay two, a URL
   whose text is masked is never written raw (it is met again through the links of the pages the resumed run
   fetches again), and the masked text is never requested as if it were a URL.
2. With ``-v``, Scrapy's stats dump keeps its counters readable (``downloader/response_bytes``), its names and any
   value that is not a number masked as any log text is.
3. A mailbox in a link's path is an ``email`` finding of the page: a file named after it too
   (``/img/jane.doe@gmail.com.png``: its extension is no top-level domain), an ``_`` in its local part kept.
4. ``pubcheck scan`` of one file: the history's target is shown as the document's path is, with what the run found
   in it masked, and runs of it still match.
5. A log line masks a number glued to a name by ``_`` (``Delgado_***-**-6789.txt``, ``acct_******5678_bill.pdf``).
"""
from __future__ import annotations

import io
import json
import logging
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT

from crawler.log_redaction import RedactedRecord
from crawler.url_text import file_path_text, path_text
from fault_site import FaultSite, body, delayed, page
from reports.redact import Redactor, ShownText, log_stats_text, log_text
from tests.detector_helpers import pairs_found

CONFIG = "[crawl]\ntimeout = 5\nretries = 0\n"


def _outputs(folder) -> dict[str, str]:
    return {p.name: p.read_bytes().decode("utf-8", "replace") for p in folder.iterdir()}


def _history(path) -> str:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*")).decode("latin-1")


# --- 1. resuming an interrupted crawl -------------------------------------------------------------------------

PAGES = 16
ONE, TWO, GONE = "/View/11115678", "/View/22225678", "/View/44445678"  # each '/View/****5678' unrevealed
RESUME_RAW = ("11115678", "22225678", "44445678", "512-34-67", "Delgado_512")


def _resume_routes() -> dict:
    links = " ".join(f'<a href="{path}">record</a>' for path in (ONE, TWO, GONE))
    links += " ".join(f'<a href="/p{i}.html">page {i}</a>' for i in range(PAGES))
    routes = {"/": page(f"<h1>Records</h1>{links}"),
              ONE: page("<p>Applicant SSN: 512-34-6701</p><a href='/files/Delgado_512-34-6789.pdf'>file</a>"),
              TWO: page("<p>Applicant SSN: 512-34-6702</p>")}
    for i in range(PAGES):
        routes[f"/p{i}.html"] = delayed(0.5, page(f"<p>Page {i}</p>"))
    return routes


def _crawl_process(site, tmp_path, out, home, *args):
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", str(tmp_path / out), "--config",
         str(tmp_path / "slow.toml"), *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "HOME": str(tmp_path / home), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)})


def _outcome(folder, url):
    data = json.loads((folder / "findings.json").read_text())
    return (sorted((f["url"].replace(url, "/"), f["category"], f["masked"], f["fingerprint"])
                   for f in data["findings"]),
            sorted((d["url"].replace(url, "/"), d["status"], d["reason"], d["referrer_count"])
                   for d in data["documents"]))


def test_a_resumed_crawl_keeps_urls_that_mask_alike_apart_and_never_writes_them_raw(tmp_path):
    (tmp_path / "slow.toml").write_text(CONFIG + "concurrency = 2\nautothrottle = false\n")
    with FaultSite(_resume_routes()) as site:
        whole = _crawl_process(site, tmp_path, "whole", "home-whole")
        whole.communicate(timeout=300)
        site.served.clear()
        first = _crawl_process(site, tmp_path, "part1", "home", "--resume")
        deadline = time.monotonic() + 120
        # the record pages, linked first and served at once, are read well before the slow pages run out
        while sum(p.startswith("/p") for p in site.served) < PAGES - 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=300)
        jobs = tmp_path / "home" / ".local" / "state" / "pubcheck" / "jobs"
        saved = b"".join(p.read_bytes() for p in jobs.rglob("*") if p.is_file()).decode("latin-1")
        ledger = json.loads(next(jobs.rglob("pubcheck-checkpoint.json")).read_text())["ledger"]
        site.served.clear()
        second = _crawl_process(site, tmp_path, "part2", "home", "--resume")
        _, stderr = second.communicate(timeout=300)
        served_again = list(site.served)
    assert (whole.returncode, first.returncode, second.returncode) == (1, 2, 1), stderr[-3000:]
    assert [v for v in RESUME_RAW if v in saved] == []
    views = [d for d in ledger["documents"] if d["url"].endswith("/View/****5678")]
    assert len(views) == 3 and len({d["key"] for d in views}) == 3 and all(d["masked"] for d in views)
    assert any(d["status"] == "scanned" for d in views) and any(d["status"] == "failed" for d in views)
    # the masked text is no URL to ask for; the 404 is not asked for again; each record page once, from its link
    assert not any("*" in path for path in served_again)
    assert GONE not in served_again and "/files/Delgado_512-34-6789.pdf" not in served_again
    assert sorted(p for p in served_again if p.startswith("/View/")) == [ONE, TWO]
    assert _outcome(tmp_path / "part2", site.url) == _outcome(tmp_path / "whole", site.url)
    findings, documents = _outcome(tmp_path / "part2", site.url)
    assert [(url, masked) for url, _, masked, _ in findings] == [
        ("/View/****5678", "***-**-6701"), ("/View/****5678", "***-**-6702"), ("/View/****5678", "***-**-6789")]
    assert [d[1:] for d in documents if d[0] == "/View/****5678"] == [
        ("failed", "HTTP 404 Not Found", 1), ("scanned", None, 1), ("scanned", None, 1)]
    assert not any(jobs.iterdir())
    for name, text in _outputs(tmp_path / "part2").items():
        assert [v for v in RESUME_RAW if v in text] == [], name


# --- 2. Scrapy's stats dump ------------------------------------------------------------------------------------

def test_the_stats_dump_keeps_its_counters_readable_and_masks_the_rest():
    dump = ("Dumping Scrapy stats:\n{'downloader/response_bytes': 12345678,\n 'elapsed_time_seconds': 12.5,\n"
            " 'finish_reason': 'closed for acct 3012345678',\n 'memusage/max': 123456789,\n"
            " 'spider_exceptions/Delgado_512-34-6789': 2}")
    assert log_stats_text(dump) == (
        "Dumping Scrapy stats:\n{'downloader/response_bytes': 12345678,\n 'elapsed_time_seconds': 12.5,\n"
        " 'finish_reason': 'closed for acct ******5678',\n 'memusage/max': 123456789,\n"
        " 'spider_exceptions/Delgado_***-**-6789': 2}")


def test_a_verbose_crawl_shows_the_stats_counters(run_pubcheck, tmp_path):
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    robots = "User-agent: *\nAllow: /\n" + "# " + "x" * 1_100_000 + "\n"  # a megabyte: a seven-digit byte count
    routes = {"/": page('<p>Records</p><a href="/files/acct_3012345678_bill.pdf">bill</a>'),
              "/robots.txt": body(robots, "text/plain")}
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml",
                              "--db", tmp_path / "history.sqlite", "-v")
    assert result.returncode == 1, result.stderr[-3000:]  # the account number in the link's path
    counted = re.search(r"'downloader/response_bytes': (\d+)", result.stderr)
    assert counted and int(counted[1]) > 1_000_000, result.stderr[-3000:]
    assert "3012345678" not in result.stderr


# --- 3. a mailbox in a link's path -----------------------------------------------------------------------------

def test_a_mailbox_in_a_path_is_read_as_a_mailbox():
    assert path_text("/img/jane.doe@gmail.com.png") == "img / jane.doe@gmail.com .png"
    assert path_text("/files/jane.doe%40gmail.com.pdf") == "files / jane.doe@gmail.com .pdf"
    assert path_text("/x/jane_doe@gmail.com_resume.docx") == "x / jane_doe@gmail.com resume.docx"
    assert path_text("mailto:maria.delgado@gmail.com") == "maria.delgado@gmail.com"
    assert file_path_text("cases/Delgado maria.delgado@yahoo.com.txt") == "cases / Delgado maria.delgado@yahoo.com .txt"
    # a domain whose last label is also a file type, and retina images' names, stay as they are
    assert path_text("/u/ana@city.zip") == "u / ana@city.zip" and path_text("/img/logo@2x.png") == "img / logo@2x.png"


def test_a_mailbox_in_a_link_target_is_found_and_public_ones_are_not():
    found = pairs_found("http://h/", '<p>Staff</p><img src="/img/jane.doe@gmail.com.png" alt="photo">'
                                     ' <a href="/files/rosa_perez%40yahoo.com.pdf">resume</a>', "text/html")
    assert found == {("email", "jane.doe@gmail.com"), ("email", "rosa_perez@yahoo.com")}
    found = pairs_found("http://h/", "<p>Customer Maria Delgado, account 3012345678, called about her bill.</p>"
                                     '<a href="/cases/maria.delgado@acmelogistics.com.pdf">her letter</a>', "text/html")
    assert found == {("customer_name", "Maria Delgado"), ("account_number", "3012345678"),
                     ("email", "maria.delgado@acmelogistics.com")}
    negatives = ('<h2>City Clerk</h2><img src="/img/logo@2x.png"> <img src="/img/icon@3x.webp">'
                 ' <a href="/staff/jdoe@cityofpomona.gov">Jane Doe, City Clerk</a>'
                 ' <a href="mailto:clerk@cityofpomona.gov">e-mail the clerk</a> <a href="/fonts/font@1.2.3.woff">f</a>'
                 ' <a href="/files/2024-01-15-agenda.pdf">agenda</a> <a href="/u/ana@city.zip">archive</a>')
    assert pairs_found("http://h/", negatives, "text/html") == set()


def test_a_crawl_reports_a_mailbox_in_a_link_s_path(run_pubcheck, tmp_path):
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    routes = {"/": page('<h2>Staff photos</h2><img src="/img/jane.doe@gmail.com.png" alt="Jane">'
                        ' <a href="/files/rosa.perez%40yahoo.com.pdf">resume</a>'
                        ' <img src="/img/logo@2x.png" alt="City seal">')}
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml",
                              "--db", tmp_path / "history.sqlite", "-v", "--fail-on", "low")
    assert result.returncode == 1, result.stderr[-3000:]
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    # personal mailboxes alone on a page: low, as in the page's text (no customer's record around them)
    assert sorted((f["category"], f["severity"], f["masked"], f["location"].get("hidden"))
                  for f in data["findings"]) == [("email", "low", "j*******@g****.com", "link target"),
                                                 ("email", "low", "r*********@y****.com", "link target")]
    written = {**_outputs(tmp_path / "out"), "stderr": result.stderr, "history": _history(tmp_path / "history.sqlite")}
    assert {name for name, text in written.items() if "jane.doe" in text or "rosa.perez" in text} == set()


# --- 4. a scanned file given itself ----------------------------------------------------------------------------

def test_a_scanned_file_s_history_target_is_masked_as_its_path(run_pubcheck, tmp_path):
    folder = tmp_path / "Maria Delgado"
    folder.mkdir()
    bill = folder / "Maria Delgado bill.txt"
    bill.write_text("Customer: Maria Delgado\nService address: 1637 N Gary Ave, Pomona\nAccount number: 3012345678\n")
    db = tmp_path / "history.sqlite"
    results = [run_pubcheck("scan", bill, "--out", tmp_path / name, "--db", db) for name in ("one", "two")]
    assert [r.returncode for r in results] == [1, 1], results[-1].stderr[-3000:]
    with sqlite3.connect(db) as history:
        targets = history.execute("SELECT target FROM run_targets UNION SELECT target FROM documents"
                                  " UNION SELECT target FROM detections").fetchall()
    assert targets == [(f"{tmp_path}/M**** D******/M**** D****** bill.txt",)]
    assert "Delgado" not in _history(db)
    report = (tmp_path / "two" / "report.html").read_text()
    assert f"Findings per run for {tmp_path}/M**** D******/M**** D****** bill.txt, 2 runs" in report
    for name in ("one", "two"):
        assert {n for n, text in _outputs(tmp_path / name).items() if "Delgado" in text} == set()


def test_a_scanned_folder_s_target_is_shown_as_given(run_pubcheck, tmp_path):
    folder = tmp_path / "packets"
    folder.mkdir()
    (folder / "bill.txt").write_text("Customer: Maria Delgado\nAccount number: 3012345678\n")
    result = run_pubcheck("scan", folder, "--out", tmp_path / "out", "--db", tmp_path / "history.sqlite")
    assert result.returncode == 1, result.stderr[-3000:]
    with sqlite3.connect(tmp_path / "history.sqlite") as history:
        assert history.execute("SELECT target FROM run_targets").fetchall() == [(str(folder),)]


# --- 5. values glued by "_" in log lines -----------------------------------------------------------------------

def test_a_log_line_masks_values_glued_by_underscores():
    assert log_text("member Delgado_512-34-6789.txt not read") == "member Delgado_***-**-6789.txt not read"
    assert log_text("read acct_3012345678_bill.pdf: encrypted") == "read acct_******5678_bill.pdf: encrypted"
    assert log_text("account CHCP-5660571 locked") == "account CHCP-***0571 locked"
    for kept in ("Scrapy 2.19.0 started", "digest a1234567b", "kWh_2024 and page_12", "minutes_2024_01_15.pdf",
                 "Crawled 12 pages (at 12 pages/min)"):
        assert log_text(kept) == kept


def test_a_label_masks_values_glued_by_underscores():
    """A finding's label (a table's first cell) in findings.json, the SARIF log and the report: the same gap."""
    shown = ShownText(Redactor([]))
    assert shown.label("Delgado_512-34-6789") == "Delgado_***-**-6789"
    assert shown.label("acct_3012345678_bill") == "acct_******5678_bill"
    assert shown.label("kWh_2024") == "kWh_2024" and shown.label("Form W-9 2024") == "Form W-9 2024"


def test_every_log_record_masks_glued_values():
    previous = logging.getLogRecordFactory()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("pubcheck.test_trustleft47")
    logger.addHandler(handler)
    logging.setLogRecordFactory(RedactedRecord)
    try:
        try:
            raise ValueError("cannot open Delgado_512-34-6789.txt")
        except ValueError:
            logger.exception("reading acct_%s_bill.pdf failed", "3012345678")
    finally:
        logging.setLogRecordFactory(previous)
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert "512-34-6789" not in written and "3012345678" not in written, written
    assert "Delgado_***-**-6789.txt" in written and "acct_******5678_bill.pdf" in written
