"""What red team trust44 saw leak (D6, D7, D8).

- D6: a page links ``/files/Delgado_512-34-6789.pdf`` (or a redirect leads there): the target, as published on the
  page, is text on that page, so the identifier detectors read its path (the page gets the finding, whatever the
  link answers, a 404 included), and identifier-shaped values in any URL written (SSN, account, phone, mailbox: a
  run of seven digits or more, but a date) are masked without ``--reveal``, found or not.
- D7: a start URL with values in its query (``?acct=...&ssn=...``) is masked wherever written: the report's
  "Findings per run" chart and the history's targets, which stay one key across runs.
- D8: every log record (Scrapy's "Gave up retrying <GET ...>", pubcheck's, an exception's text) is redacted.
"""
from __future__ import annotations

import io
import json
import logging
import sqlite3

from crawler.history.targets import normalise_target, target_of
from crawler.url_text import path_text
from fault_site import FaultSite, error, page, redirect
from reports.redact import Redactor, ShownText, log_text
from tests.detector_helpers import pairs_found

SSN, ACCT = "512-34-6789", "2-35-123-4567"
RAW = (SSN, SSN.replace("-", ""), ACCT, ACCT.replace("-", ""))
CONFIG = "[crawl]\ntimeout = 3\nretries = 0\n"


def _leaks(text: str) -> list[str]:
    return [v for v in RAW if v in text]


# --- D6: identifiers in a URL's path ------------------------------------------------------------------------

def test_identifier_shaped_values_in_any_url_are_masked_found_or_not():
    shown = ShownText(Redactor([]))
    assert shown.url(f"http://h/files/Delgado_{SSN}.pdf") == "http://h/files/Delgado_***-**-6789.pdf"
    assert shown.url(f"http://h/statements/{ACCT}/{SSN}.pdf") == "http://h/statements/*-**-***-4567/***-**-6789.pdf"
    assert shown.url(f"http://h/files/Delgado%20{SSN}.pdf") == "http://h/files/Delgado%20***-**-6789.pdf"
    assert shown.url("http://h/p#call-9095550142") == "http://h/p#call-******0142"
    assert "maria.delgado@gmail.com" not in shown.url("http://h/u/maria.delgado%40gmail.com/bill.pdf")
    assert shown(f"see http://h/files/{SSN}.pdf.") == "see http://h/files/***-**-6789.pdf."


def test_ordinary_urls_stay_readable():
    shown = ShownText(Redactor([]))
    for url in ("https://www.city.gov/1234/Street-Sweeping", "http://127.0.0.1:8080/page12.html",
                "https://www.pomonaca.gov/2024/01/15/council-minutes", "https://h/files/20240115_minutes.pdf",
                "https://h/files/2024-01-15-agenda.pdf", "https://h/js/jquery-3.6.0.min.js",
                "https://h/DocumentCenter/View/123456/Budget-FY2025"):
        assert shown.url(url) == url


def test_a_revealed_run_shows_the_url_as_published():
    assert ShownText(None).url(f"http://h/files/Delgado_{SSN}.pdf") == f"http://h/files/Delgado_{SSN}.pdf"


def test_a_link_targets_path_is_read_as_text_on_the_page():
    assert path_text(f"/files/Delgado_{SSN}.pdf") == f"files / Delgado {SSN}.pdf"
    assert path_text("/files/budget-2024.pdf") == "" and path_text("/2024/01/15/x") == ""
    found = pairs_found("http://h/", f'<p>Statements</p><a href="/files/Delgado_{SSN}.pdf">statement</a>', "text/html")
    assert ("ssn", SSN) in found
    found = pairs_found("http://h/", f'<a href="/statements/{ACCT}/{SSN}.pdf">bill</a>', "text/html")
    assert {("ssn", SSN), ("account_number", ACCT)} <= found


def test_an_ordinary_link_target_raises_nothing():
    links = ('<a href="/DocumentCenter/View/5123456789/Agenda">agenda</a> <a href="/files/20240115_minutes.pdf">m</a>'
             ' <a href="/news/2024/01/15/parade">parade</a> <a href="/page12.html">p</a>')
    assert pairs_found("http://h/", f"<p>News</p>{links}", "text/html") == set()


def _crawl(run_pubcheck, tmp_path, routes, *args, name="out", start=""):
    config = tmp_path / "pubcheck.toml"
    config.write_text(CONFIG)
    db = tmp_path / "history.sqlite"
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url + start, "--out", tmp_path / name, "--config", config, "--db", db,
                              *args)
    written = {p.name: p.read_bytes().decode("utf-8", "replace") for p in (tmp_path / name).iterdir()}
    written["stderr"] = result.stderr
    written["history"] = b"".join(p.read_bytes() for p in tmp_path.glob("history.sqlite*")).decode("latin-1")
    return site.url, result, written


def test_an_ssn_only_in_a_link_and_a_redirect_target_is_found_and_masked(run_pubcheck, tmp_path):
    routes = {"/": page('<p>Statements</p><a href="/files/Delgado_%s.pdf">statement</a> <a href="/r">r</a>' % SSN),
              "/r": redirect("/statements/%s/%s.pdf" % (ACCT, SSN))}
    url, result, written = _crawl(run_pubcheck, tmp_path, routes, "-v")
    assert result.returncode == 1, result.stderr[-2000:]  # the page publishes the SSN in its href: not green
    data = json.loads(written["findings.json"])
    assert {(f["url"], f["category"]) for f in data["findings"]} >= {(url, "ssn")}
    redirected = [f for f in data["findings"] if f["location"].get("element") == "redirect Location"]
    assert {f["category"] for f in redirected} >= {"ssn", "account_number"}
    assert f"{url}files/Delgado_***-**-6789.pdf" in {d["url"] for d in data["documents"]}
    assert {name: _leaks(text) for name, text in written.items() if _leaks(text)} == {}
    assert "Delgado_***-**-6789.pdf" in written["junit.xml"] and "Delgado_***-**-6789.pdf" in written["report.html"]


def test_reveal_still_shows_the_url_and_value_but_the_history_never(run_pubcheck, tmp_path):
    routes = {"/": page('<p>Statements</p><a href="/files/Delgado_%s.pdf">statement</a>' % SSN)}
    url, result, written = _crawl(run_pubcheck, tmp_path, routes, "--reveal")
    assert result.returncode == 1, result.stderr[-2000:]
    data = json.loads(written["findings.json"])
    assert SSN in {f.get("value") for f in data["findings"]}
    assert f"{url}files/Delgado_{SSN}.pdf" in {d["url"] for d in data["documents"]}
    assert _leaks(written["history"]) == [] and _leaks(written["findings.sarif"]) == []


def test_a_url_is_masked_even_when_the_detector_is_off(run_pubcheck, tmp_path):
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    routes = {"/": page('<p>Statements</p><a href="/files/Delgado_%s.pdf">statement</a>' % SSN)}
    config = tmp_path / "off.toml"
    config.write_text(CONFIG + "[detectors.ssn]\nenabled = false\n")
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", config,
                              "--db", tmp_path / "h.sqlite", "-v")
    assert result.returncode == 0, result.stderr[-2000:]
    for p in [*(tmp_path / "out").iterdir(), *tmp_path.glob("h.sqlite*")]:
        assert _leaks(p.read_bytes().decode("latin-1")) == [], p.name
    assert _leaks(result.stderr) == []


# --- D7: the start URL, the target ----------------------------------------------------------------------------

def test_a_targets_identifiers_are_masked_and_it_stays_one_key():
    target = normalise_target(f"HTTP://Host:80/?acct={ACCT}&ssn={SSN}")
    assert target == "http://host/?acct=*-**-***-4567&ssn=***-**-6789"
    assert normalise_target(f"http://host/?acct={ACCT}&ssn={SSN}") == target
    assert normalise_target("https://www.pomonaca.gov") == "https://www.pomonaca.gov/"
    assert target_of("http://host/files/a.pdf", [target]) == target


def test_a_start_url_with_values_in_its_query(run_pubcheck, tmp_path):
    config = tmp_path / "pubcheck.toml"
    config.write_text(CONFIG)
    with FaultSite({"/": page("<p>Nothing here</p>")}) as site:  # one port: one target, run twice
        for name in ("one", "two"):
            result = run_pubcheck("crawl", f"{site.url}?acct={ACCT}&ssn={SSN}", "--out", tmp_path / name,
                                  "--config", config, "--db", tmp_path / "history.sqlite")
            assert result.returncode == 0, result.stderr[-2000:]
    written = {p.name: p.read_text() for p in (tmp_path / "two").iterdir()}
    written["history"] = b"".join(p.read_bytes() for p in tmp_path.glob("history.sqlite*")).decode("latin-1")
    written["stderr"] = result.stderr
    assert {name: _leaks(text) for name, text in written.items() if _leaks(text)} == {}
    assert "Findings per run" in written["report.html"] and "acct=*-**-***-4567" in written["report.html"]
    data = json.loads(written["findings.json"])
    [target] = data["run"]["compared_with"]  # the second run is compared with the first: one key
    assert target.endswith("/?acct=*-**-***-4567&ssn=***-**-6789")
    db = sqlite3.connect(tmp_path / "history.sqlite")
    assert {t for (t,) in db.execute("SELECT target FROM run_targets")} == {target}


def test_a_failing_start_url_with_values_in_its_query(run_pubcheck, tmp_path):
    _, result, written = _crawl(run_pubcheck, tmp_path, {"/": error(500)}, start=f"?acct={ACCT}&ssn={SSN}")
    assert result.returncode == 2
    assert {name: _leaks(text) for name, text in written.items() if _leaks(text)} == {}


# --- D8: logs ---------------------------------------------------------------------------------------------------

def test_a_log_line_is_redacted():
    assert log_text(f"Gave up retrying <GET http://h/files/Delgado_{SSN}.pdf> (failed 1 times): 500") == \
        "Gave up retrying <GET http://h/files/D******_***-**-6789.pdf> (failed 1 times): 500"
    assert log_text(f"<GET http://h/svc?ssn={SSN}>") == "<GET http://h/svc?ssn=***-**-6789>"
    assert log_text(f"Account {ACCT} locked, mail maria@example.com") == \
        "Account *-**-***-4567 locked, mail m****@e******.com"
    stats = "{'downloader/request_count': 12, 'log_count/INFO': 10, 'elapsed_time_seconds': 3.25}"
    assert log_text(stats) == stats
    assert log_text("Crawled 12 pages (at 12 pages/min) http://h/2024/01/15/x") == \
        "Crawled 12 pages (at 12 pages/min) http://h/2024/01/15/x"


def test_every_log_record_and_its_exception_are_redacted():
    from crawler.log_redaction import RedactedRecord
    previous = logging.getLogRecordFactory()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("pubcheck.test44b")
    logger.addHandler(handler)
    logging.setLogRecordFactory(RedactedRecord)
    try:
        logger.error("Gave up retrying %(request)s", {"request": f"<GET http://h/svc?ssn={SSN}>"})
        try:
            raise ValueError(f"Lookup failed for account {ACCT}")
        except ValueError:
            logger.exception("failed on http://h/files/%s.pdf", SSN)
    finally:
        logging.setLogRecordFactory(previous)
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert _leaks(written) == [], written
    assert "ssn=***-**-6789" in written and "*-**-***-4567" in written and "Traceback" in written


def test_the_verbose_log_of_a_crawl_is_redacted(run_pubcheck, tmp_path):
    routes = {"/": page('<p>Nothing here</p><a href="/svc?ssn=%s">svc</a> <a href="/files/%s.pdf">f</a>' % (SSN, ACCT)),
              "/svc": error(503), f"/files/{ACCT}.pdf": error(500)}
    _, result, written = _crawl(run_pubcheck, tmp_path, routes, "-v")
    assert "Gave up retrying" in result.stderr or "INFO" in result.stderr
    assert _leaks(result.stderr) == []
