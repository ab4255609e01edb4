"""The verdict of a crawl of a real server (tests/fault_site.py on 127.0.0.1): a page that refreshes to another
is scanned and its target followed, a text file in UTF-16 without a byte-order mark is read, a document robots.txt
keeps a crawler from is a document not checked, and a password-protected one is listed as such."""
from __future__ import annotations

import json
from pathlib import Path

from fault_site import FaultSite, basic_auth_required, body, page
from test_fault_site import documents, run

RECORD = "<pre>Account holder: Rosalind Penhaligon\nUtility Account No.: 40718833\nSSN: 533-27-6190</pre>"


def refreshing(target: str, delay: int, text: str) -> str:
    return (f"<html><head><meta http-equiv='refresh' content='{delay}; url={target}'></head>"
            f"<body>{text}</body></html>")


def crawl(routes: dict, tmp: Path, *args) -> tuple[int, dict, str]:
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp / "out", "--reveal", *args], tmp)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, {url.removeprefix(site.url): d for url, d in documents(tmp / "out").items()}, site.url


def ssn_urls(tmp: Path) -> set[str]:
    return {f["url"].rsplit("/", 1)[-1] for f in json.loads((tmp / "out" / "findings.json").read_text())["findings"]
            if f["category"] == "ssn"}


def test_a_page_with_a_meta_refresh_is_scanned_and_its_target_followed(tmp_path):
    routes = {"/": page("<a href='/moved.html'>Utility billing</a>"),
              "/moved.html": body(refreshing("billing.html", 5, "This page has moved. " + RECORD)),
              "/billing.html": page("<p>Pay your utility bill online.</p>")}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1
    assert docs["moved.html"]["status"] == "scanned" and docs["billing.html"]["status"] == "scanned"
    assert ssn_urls(tmp_path) == {"moved.html"}


def test_a_refresh_loop_loses_neither_page(tmp_path):
    routes = {"/": page("<a href='/first.html'>Notices</a>"),
              "/first.html": body(refreshing("second.html", 0, "Redirecting")),
              "/second.html": body(refreshing("/first.html", 0, RECORD))}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1
    assert {url: d["status"] for url, d in docs.items()} == {"": "scanned", "first.html": "scanned",
                                                             "second.html": "scanned"}
    assert ssn_urls(tmp_path) == {"second.html"}


def test_a_refresh_to_a_public_page_raises_nothing(tmp_path):
    routes = {"/": page("<a href='/old-parks.html'>Parks</a>"),
              "/old-parks.html": body(refreshing("/parks/", 0, "Parks and Recreation has moved to a new page.")),
              "/parks/": page("<p>Lakeview Park pavilion rentals: call the Parks office at City Hall.</p>")}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 0
    assert docs["parks/"]["status"] == "scanned" and not docs["old-parks.html"]["not_checked"]


def test_a_page_in_utf16_without_a_byte_order_mark_is_read(tmp_path):
    wide = f"<html><body>{RECORD}</body></html>".encode("utf-16-le")
    routes = {"/": page("<a href='/dispute.html'>Dispute</a> <a href='/export.csv'>Export</a>"),
              "/dispute.html": body(wide, "text/html"),
              "/export.csv": body("Name,Account No.,SSN\r\nPerpetua Vandersloot,40718834,533-27-6191\r\n"
                                  .encode("utf-16-be"), "text/csv")}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1
    assert ssn_urls(tmp_path) == {"dispute.html", "export.csv"}


def test_a_document_robots_txt_disallows_is_not_checked_when_robots_txt_is_obeyed(tmp_path):
    routes = {"/": page("<a href='/records/ledger.html'>Ledger</a> <a href='/news.html'>News</a>"),
              "/robots.txt": body("User-agent: *\nDisallow: /records/\n", "text/plain"),
              "/records/ledger.html": page(RECORD), "/news.html": page("<p>Library hours extended.</p>")}
    (tmp_path / "pubcheck.toml").write_text("[crawl]\nobey_robots_txt = true\n")
    code, docs, _ = crawl(routes, tmp_path, "--config", tmp_path / "pubcheck.toml")
    assert code == 2
    ledger = docs["records/ledger.html"]
    assert ledger["status"] == "skipped"
    assert ledger["reason"] == "disallowed by robots.txt (obey_robots_txt = true): not checked"
    assert ledger["not_checked"] and docs["news.html"]["status"] == "scanned"
    assert not docs["news.html"]["not_checked"]


def test_robots_txt_disallows_nothing_when_it_is_not_obeyed(tmp_path):
    routes = {"/": page("<a href='/records/ledger.html'>Ledger</a>"),
              "/robots.txt": body("User-agent: *\nDisallow: /records/\n", "text/plain"),
              "/records/ledger.html": page(RECORD)}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1 and docs["records/ledger.html"]["status"] == "scanned"


def test_a_password_protected_document_is_listed_as_not_checked_but_is_no_gap(tmp_path):
    """The public cannot open it either (the contract: no gap), but its reason must not read as checked."""
    routes = {"/": page("<a href='/council/closed-session.pdf'>Closed session</a>"),
              "/council/closed-session.pdf": basic_auth_required}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 0
    protected = docs["council/closed-session.pdf"]
    assert (protected["status"], protected["not_checked"]) == ("failed", None)
    assert protected["reason"] == ("password-protected (HTTP 401): not checked; "
                                   "give credentials with --auth-env to check it")
    assert "password-protected (HTTP 401)" in (tmp_path / "out" / "report.html").read_text()


def test_refused_credentials_are_named_as_such(tmp_path):
    routes = {"/": page("<a href='/council/closed-session.pdf'>Closed session</a>"),
              "/council/closed-session.pdf": basic_auth_required}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--auth-env", "STAGING_LOGIN"], tmp_path,
                      env={"STAGING_LOGIN": "reviewer:not-the-password"})
    reason = documents(tmp_path / "out")[site.url + "council/closed-session.pdf"]["reason"]
    assert reason == "password-protected (HTTP 401): not checked; the credentials of --auth-env were refused"
