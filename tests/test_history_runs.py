"""Nightly runs against a history: a local site crawled, changed (a violation added, one removed, one accepted)
and crawled again. Statuses, resolved findings, exit codes, the incremental crawl (304s, findings carried
forward, links of unchanged pages from the history), the report, SARIF, review and summary."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup

from conftest import check_contract
from crawler.demo.server import LocalSite, SiteBehaviour
from crawler.demo.site import write_pdf

SCHEMA = Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json"
REMOVED_SSN, ACCEPTED_ACCOUNT, PDF_SSN, ADDED_ACCOUNT = "512-34-6789", "2-23-456-7890", "623-45-7812", "3-012-3456-78"


def page(root: Path, name: str, body: str, mtime: float | None = None) -> None:
    path = root / name
    path.write_text(f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{name}</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    if mtime:  # Last-Modified has one-second resolution: a change must look newer to the server
        os.utime(path, (mtime, mtime))


def build_site(root: Path) -> None:
    page(root, "index.html", '<h1>City</h1><a href="/notices.html">Notices</a> <a href="/records.html">Records</a>'
                             ' <a href="/docs/minutes.pdf">Minutes</a> <a href="/about.html">About</a>')
    page(root, "notices.html", f"<p>Applicant SSN: {REMOVED_SSN}</p>")
    page(root, "records.html", f"<p>Customer Account {ACCEPTED_ACCOUNT}</p>")
    page(root, "about.html", '<p>About the City.</p><a href="/deep.html">History of the City</a>')
    page(root, "deep.html", "<p>Founded in 1888.</p>")
    (root / "docs").mkdir()
    write_pdf(root / "docs" / "minutes.pdf", ["Minutes, page one. Nothing here.", f"Speaker card SSN {PDF_SSN}"])


def change_site(root: Path) -> None:
    """Tonight's changes: the SSN taken down, a new page with a service account linked from the home page."""
    later = time.time() + 5
    page(root, "notices.html", "<p>The notice was withdrawn.</p>", mtime=later)
    page(root, "new.html", f"<p>Service Account: {ADDED_ACCOUNT}</p>", mtime=later)
    page(root, "index.html", '<h1>City</h1><a href="/notices.html">Notices</a> <a href="/records.html">Records</a>'
                             ' <a href="/docs/minutes.pdf">Minutes</a> <a href="/about.html">About</a>'
                             ' <a href="/new.html">New</a>', mtime=later)


def load(out: Path) -> dict:
    return json.loads((out / "findings.json").read_text(encoding="utf-8"))


def by_url(data: dict) -> dict:
    return {f["url"]: f for f in data["findings"]}


@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    """Three runs of one site, as cron would run them, with compliance's review in between."""
    from conftest import ROOT
    import subprocess
    import sys

    tmp = tmp_path_factory.mktemp("nightly")
    root = tmp / "site"
    root.mkdir()
    build_site(root)
    db = tmp / "state" / "history.sqlite"
    config = tmp / "etc" / "pubcheck.toml"
    config.parent.mkdir()
    config.write_text("[crawl]\nretries = 0\n")

    def run(*args):
        env = {**os.environ, "HOME": str(tmp / "home"), "PUBCHECK_FINGERPRINT_KEY": "history-test-key",
               "PYTHONPATH": str(ROOT)}
        return subprocess.run([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)

    runs = {}
    with LocalSite(root, SiteBehaviour(calendar_path=None)) as site:
        crawl = ["crawl", site.url + "index.html", "--db", db, "--config", config]
        runs["first"] = run(*crawl, "--out", tmp / "first"), tmp / "first"
        records = by_url(load(tmp / "first"))[site.url + "records.html"]["fingerprint"]
        runs["accept"] = run("accept", records[:10], "--reason", "Published by law: franchise list",
                             "--by", "J. Rivera, Compliance", "--db", db)
        change_site(root)
        runs["second"] = run(*crawl, "--out", tmp / "second"), tmp / "second"
        second = by_url(load(tmp / "second"))
        (config.parent / "pubcheck-ignore.toml").write_text(
            "[[accept]]\n"
            f'fingerprint = "{second[site.url + "new.html"]["fingerprint"][:12]}"\n'
            'reason = "Test account of the utility, not a customer"\nby = "M. Chen"\nat = 2026-11-30\n')
        runs["accept_pdf"] = run("accept", second[site.url + "docs/minutes.pdf"]["fingerprint"], "--reason",
                                 "Speaker card published by the Clerk", "--by", "J. Rivera", "--expires",
                                 "2099-12-31", "--db", db)
        runs["third"] = run(*crawl, "--out", tmp / "third"), tmp / "third"
        runs["review"] = run("review", "--db", db, "--config", config)
        runs["summary"] = run("summary", "--db", db)
        runs["unknown"] = run("accept", "0123456789abcdef", "--reason", "x", "--by", "y", "--db", db)
        runs["short"] = run("accept", records[:6], "--reason", "x", "--by", "y", "--db", db)
        runs["revoke"] = run("accept", "--revoke", records[:8], "--by", "J. Rivera", "--db", db)
        runs["review_after"] = run("review", "--db", db)
    return {"site": site.url, "db": db, "runs": runs, "records": records}


def test_first_run_reports_everything_as_new(nightly):
    proc, out = nightly["runs"]["first"]
    assert proc.returncode == 1, proc.stderr
    data = load(out)
    assert {f["status"] for f in data["findings"]} == {"new"}
    assert data["resolved"] == [] and data["run"]["compared_with"] == {}
    assert all(f["first_seen"] == data["run"]["started"] and f["last_seen"] is None for f in data["findings"])
    check_contract(out / "findings.json")


def test_second_run_tells_new_recurring_accepted_and_resolved(nightly):
    proc, out = nightly["runs"]["second"]
    assert nightly["runs"]["accept"].returncode == 0, nightly["runs"]["accept"].stderr
    assert proc.returncode == 1, proc.stderr  # the new service account fails the run
    data, site = load(out), nightly["site"]
    found = by_url(data)
    assert set(found) == {site + "records.html", site + "docs/minutes.pdf", site + "new.html"}
    assert found[site + "new.html"]["status"] == "new"
    assert found[site + "docs/minutes.pdf"]["status"] == "recurring"
    first = load(out.parent / "first")
    assert found[site + "docs/minutes.pdf"]["first_seen"] == first["run"]["started"]
    accepted = found[site + "records.html"]
    assert accepted["status"] == "accepted"
    assert accepted["accepted"]["by"] == "J. Rivera, Compliance"
    assert accepted["accepted"]["reason"] == "Published by law: franchise list"
    assert [(r["url"], r["category"], r["masked"]) for r in data["resolved"]] == [
        (site + "notices.html", "ssn", "***-**-6789")]
    assert data["resolved"][0]["first_seen"] == data["resolved"][0]["last_seen"] == first["run"]["started"]
    check_contract(out / "findings.json")


def test_incremental_run_revalidates_and_carries_findings_forward(nightly):
    data, site = load(nightly["runs"]["second"][1]), nightly["site"]
    docs = {d["url"]: d for d in data["documents"]}
    for unchanged in ("records.html", "docs/minutes.pdf", "about.html", "deep.html"):
        doc = docs[site + unchanged]
        assert doc["status"] == "scanned" and doc["unchanged"] is True and doc["http_status"] == 304, doc
        assert doc["not_checked"] is None
    # deep.html is linked only from about.html, which was not downloaded again: its link came from the history
    assert docs[site + "deep.html"]["referrers"] == [site + "about.html"]
    for changed in ("index.html", "notices.html", "new.html"):
        assert docs[site + changed]["unchanged"] is False and docs[site + changed]["http_status"] == 200
    pdf = by_url(data)[site + "docs/minutes.pdf"]
    assert pdf["location"]["page"] == 2 and pdf["masked"] == "***-**-7812"


def test_accepted_findings_never_fail_the_run(nightly):
    assert nightly["runs"]["accept_pdf"].returncode == 0, nightly["runs"]["accept_pdf"].stderr
    proc, out = nightly["runs"]["third"]
    assert proc.returncode == 0, proc.stderr  # every finding is accepted: in the database or the ignore file
    found = by_url(load(out))
    site = nightly["site"]
    assert {f["status"] for f in found.values()} == {"accepted"}
    assert found[site + "new.html"]["accepted"] == {"by": "M. Chen", "reason": "Test account of the utility, "
                                                    "not a customer", "at": "2026-11-30"}
    assert found[site + "docs/minutes.pdf"]["accepted"]["expires"] == "2099-12-31"
    assert load(out)["resolved"] == []


def test_report_shows_new_first_recurring_since_and_resolved(nightly):
    soup = BeautifulSoup((nightly["runs"]["second"][1] / "report.html").read_text(encoding="utf-8"), "lxml")
    history = soup.find(id="history")
    text = history.get_text(" ", strip=True)
    assert "1 new, 1 recurring, 1 accepted; 1 resolved" in text
    new_table, resolved_table = history.find_all("table")
    assert [a.get_text() for a in new_table.find_all("a")] == [nightly["site"] + "new.html"]
    assert "***-**-6789" in resolved_table.get_text() and "notices.html" in resolved_table.get_text()
    chart = history.find("svg")
    assert chart is not None and len(chart.find_all("rect")) >= 2 and not soup.find_all("script")
    findings = soup.find(id="findings").get_text(" ", strip=True)
    first_day = load(nightly["runs"]["first"][1])["run"]["started"][:10]
    assert f"since {first_day}" in findings
    assert "Accepted by J. Rivera, Compliance" in findings and "Published by law: franchise list" in findings
    # the new finding is the first row of the report after the summary
    assert soup.find(id="history").find_previous("section")["id"] == "summary"


def test_sarif_is_valid_and_carries_suppressions(nightly):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for name in ("first", "second", "third"):
        log = json.loads((nightly["runs"][name][1] / "findings.sarif").read_text(encoding="utf-8"))
        jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)
    log = json.loads((nightly["runs"]["second"][1] / "findings.sarif").read_text(encoding="utf-8"))
    results = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in log["runs"][0]["results"]}
    site = nightly["site"]
    assert len(results) == 3
    assert results[site + "new.html"]["baselineState"] == "new"
    assert results[site + "docs/minutes.pdf"]["baselineState"] == "unchanged"
    suppression = results[site + "records.html"]["suppressions"][0]
    assert suppression["kind"] == "external" and suppression["status"] == "accepted"
    assert suppression["justification"] == "Published by law: franchise list"
    assert "suppressions" not in results[site + "new.html"]
    text = json.dumps(log)
    for value in (ACCEPTED_ACCOUNT, PDF_SSN, ADDED_ACCOUNT):
        assert value not in text


def test_review_lists_acceptances_and_revoke_withdraws_one(nightly):
    review = nightly["runs"]["review"]
    assert review.returncode == 0, review.stderr
    assert nightly["records"] in review.stdout and "J. Rivera, Compliance" in review.stdout
    assert "Published by law: franchise list" in review.stdout and "2099-12-31" in review.stdout
    assert "M. Chen" in review.stdout and "pubcheck-ignore.toml" in review.stdout
    assert nightly["runs"]["revoke"].returncode == 0, nightly["runs"]["revoke"].stderr
    assert nightly["records"] not in nightly["runs"]["review_after"].stdout


def test_unknown_or_short_fingerprints_are_errors(nightly):
    unknown, short = nightly["runs"]["unknown"], nightly["runs"]["short"]
    assert unknown.returncode == 2 and "no finding with fingerprint" in unknown.stderr
    assert short.returncode == 2 and "at least its first 8" in short.stderr


def test_summary_has_counts_and_links_but_no_values(nightly):
    summary = nightly["runs"]["summary"]
    assert summary.returncode == 0, summary.stderr
    text = summary.stdout
    assert "3 (3 high, 0 medium, 0 low); 0 new, 0 recurring, 3 accepted" in text
    assert "report.html" in text and nightly["site"] in text
    for value in (REMOVED_SSN, ACCEPTED_ACCOUNT, PDF_SSN, ADDED_ACCOUNT):
        assert value not in text
    assert "*" not in text  # not even the masked values: policy PCE-01 forbids mailing them


def test_junit_fails_only_documents_with_findings_that_can_fail_the_run(nightly):
    import xml.etree.ElementTree as ET
    site = nightly["site"]
    for run, failing in (("second", {site + "new.html", site + "docs/minutes.pdf"}), ("third", set())):
        suite = ET.parse(nightly["runs"][run][1] / "junit.xml").getroot()
        cases = {case.get("name"): case for case in suite.iter("testcase")}
        assert {name for name, case in cases.items() if case.find("failure") is not None} == failing
        assert cases[site + "records.html"].find("skipped") is not None  # accepted: shown, not failed
