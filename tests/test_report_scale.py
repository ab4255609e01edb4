"""Outputs that grow with findings and documents, not with the links between them (issue 10), and a leaked
customer export rolled up instead of listed in full (issue 6). Sizes are measured on generated run
results (no crawl) and printed; ``pytest -s`` shows them."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

from bs4 import BeautifulSoup
from conftest import check_contract
from generated_runs import SITE, customer_export_run, site_run

from crawler.history.model import Acceptance, FindingHistory, RunComparison
from crawler.results import REFERRERS_KEPT, DocumentResult, RunInfo, RunResult
from detectors.model import Detection, Location
from reports import HTML_LIMIT, write_reports
from reports.findings_json import chunks
from reports.model import FINDINGS_PER_DOCUMENT, shown_result

MB = 1024 * 1024


def shown_json(result: RunResult) -> str:
    return "".join(chunks(shown_result(result, reveal=False)))


def sizes(paths) -> dict[str, int]:
    return {kind: path.stat().st_size for kind, path in paths.items()}


def test_outputs_of_a_10000_page_site_without_findings_stay_compact(tmp_path):
    """The generated site of issue 10, as served on 127.0.0.1, crawled with no findings."""
    result = site_run(10_000)
    paths = write_reports(result, tmp_path)
    size = sizes(paths)
    print(f"\n10,000 documents, no findings: findings.json {size['json'] / MB:.2f} MB "
          f"({size['json'] / 10_000:.0f} bytes a document), junit.xml {size['junit'] / MB:.2f} MB, "
          f"report.html {size['html'] / MB:.2f} MB")
    assert size["json"] <= 5 * MB
    assert size["junit"] <= 2 * MB
    assert size["html"] <= 5 * MB

    written = check_contract(paths["json"])
    linked_everywhere = [d for d in written["documents"] if d["referrer_count"] == 9_999]
    assert len(linked_everywhere) == 40
    assert linked_everywhere and all(len(d["referrers"]) == REFERRERS_KEPT for d in linked_everywhere)
    assert all(len(d["referrers"]) <= REFERRERS_KEPT and d["referrer_count"] >= len(d["referrers"]) for d in written["documents"])

    suite = ET.parse(paths["junit"]).getroot().find("testsuite")
    assert suite.get("tests") == "10000" and suite.get("failures") == "0"
    broken = next(case for case in suite.iter("testcase") if case.find("error") is not None)
    linked = broken.find("error").text
    assert linked.startswith("linked from: http://") and linked.count("http://") <= 5

    page = BeautifulSoup(paths["html"].read_text(), "lxml")
    assert "No confidential information found" in page.find(id="summary").get_text()



def test_findings_json_grows_with_documents_not_with_links():
    """A document's line costs its URL, its first few referrers and a fixed part, however many pages link
    to it: every page of the site linking to every document, or each linked from a few pages."""
    linked_from_five = site_run(2_000, city_urls=True)
    linked_from_all = site_run(2_000, city_urls=True)
    every_page = [d.url for d in linked_from_all.documents]
    for few, everywhere in zip(linked_from_five.documents, linked_from_all.documents):
        everywhere.referrers = every_page[:]  # a collector that kept every referrer
        everywhere.referrer_count = 0
        few.referrers, few.referrer_count = every_page[:REFERRERS_KEPT], len(every_page)
    assert shown_json(linked_from_all) == shown_json(linked_from_five)

    city = site_run(10_000, city_urls=True)
    written = shown_json(city)
    urls = sum(len(d.url) + sum(map(len, d.referrers[:REFERRERS_KEPT])) for d in city.documents)
    print(f"\n10,000 documents with city-site URLs ({urls / (10_000 * (1 + REFERRERS_KEPT)):.0f} characters on "
          f"average): findings.json "
          f"{len(written) / MB:.2f} MB, {(len(written) - urls) / 10_000:.0f} bytes a document besides its URL "
          f"and referrers")
    assert (len(written) - urls) / 10_000 < 300
    assert len(written) <= 5 * MB  # the target for a 10,000-page site


def test_a_document_linked_from_every_page_lists_its_first_referrers_and_the_count(tmp_path):
    pages = [f"{SITE}/page-{i}" for i in range(18_000)]
    export = f"{SITE}/files/old-export.pdf"
    result = RunResult(
        RunInfo(command="crawl", targets=[f"{SITE}/"], started="2026-11-24T02:00:00+00:00"),
        [], [DocumentResult(export, status="failed", reason="extraction timed out after 120 s",
                            not_checked="extraction timed out after 120 s", referrers=pages)])
    paths = write_reports(result, tmp_path)
    document = check_contract(paths["json"])["documents"][0]
    kept = REFERRERS_KEPT
    assert document["referrers"] == pages[:kept] and document["referrer_count"] == 18_000
    junit = paths["junit"].read_text()
    assert f"and {18_000 - kept:,} more" in junit and pages[kept] not in junit
    page = BeautifulSoup(paths["html"].read_text(), "lxml")
    row = page.find("td", string=re.compile("timed out")).parent
    assert [a["href"] for a in row.select("td:last-child a")] == pages[:kept]
    assert f"and {18_000 - kept:,} more" in row.get_text()
    assert pages[kept] not in paths["html"].read_text()


def test_a_customer_export_is_rolled_up(tmp_path):
    result, export = customer_export_run(2_000)
    paths = write_reports(result, tmp_path)
    size = sizes(paths)
    print(f"\ncustomer export of 2,000 rows (12,000 findings): report.html {size['html'] / MB:.2f} MB, "
          f"findings.json {size['json'] / MB:.2f} MB, junit.xml {size['junit'] / MB:.2f} MB")

    written = check_contract(paths["json"])
    assert len(written["findings"]) == 12_000  # findings.json lists them all

    page = BeautifulSoup(paths["html"].read_text(), "lxml")
    article = page.select_one("#findings article")
    assert article.select_one(".rollup").get_text() == (
        "12,000 findings on 2,000 lines: 2,000 account numbers, 2,000 customer names, 2,000 addresses, "
        "2,000 phone numbers, 2,000 email addresses, 2,000 energy usage figures")
    assert len(article.select("tbody tr")) == FINDINGS_PER_DOCUMENT
    assert "The first 50 of 12,000 findings are shown; findings.json lists them all." in article.get_text()

    case = next(c for c in ET.parse(paths["junit"]).getroot().iter("testcase") if c.get("name") == export)
    failure = case.find("failure")
    assert failure.get("message").startswith("12,000 findings: ")
    assert sum(line.startswith("[") for line in failure.text.splitlines()) == FINDINGS_PER_DOCUMENT
    assert failure.text.rstrip().endswith("... and 11,950 more findings: findings.json lists them all")

    every_output = "".join(path.read_text() for path in paths.values())
    for finding in result.findings[::997]:
        assert finding.value not in every_output


def test_report_html_stays_under_its_limit_whatever_the_run(tmp_path):
    """Thousands of documents with findings, long URLs and a different reason for every failure."""
    findings, documents = [], []
    for i in range(4_000):
        url = f"{SITE}/calendar?view=month&date=2026-{i:05d}&" + "filter=" + "x" * 1_500
        documents.append(DocumentResult(url, kind="page", status="scanned", reason=None, findings=20,
                                        referrers=[f"{SITE}/calendar?page={j}&" + "y" * 1_500 for j in range(5)],
                                        referrer_count=40))
        documents.append(DocumentResult(f"{url}&broken", status="failed", reason=f"HTTP 500 on attempt {i}",
                                        not_checked="server error", referrers=[url]))
        documents.append(DocumentResult(f"{url}&skipped", status="skipped", reason=f"redirect loop {i}: " + url))
        findings += [Detection(url=url, category="ssn", severity="high", rule="PCE-01 6.3", masked="***-**-6789",
                               value="512-34-6789", key="512346789", location=Location(line=n), hidden=None,
                               label=None, context="SSN ***-**-6789 " + "z" * 300, why="valid SSN beside its label",
                               fingerprint=f"{i:08x}{n:08x}") for n in range(20)]
    result = RunResult(RunInfo(command="crawl", targets=[f"{SITE}/"], started="2026-11-24T02:00:00+00:00"),
                       findings, documents)
    paths = write_reports(result, tmp_path)
    print(f"\n12,000 documents with 3 KB URLs, 80,000 findings: report.html {paths['html'].stat().st_size / MB:.2f} MB")
    assert paths["html"].stat().st_size <= HTML_LIMIT
    text = BeautifulSoup(paths["html"].read_text(), "lxml").get_text()
    assert "80,000 findings in 4,000 pages and documents" in text
    assert "not listed here: findings.json lists them all" in text


def test_junit_fails_a_document_whose_unaccepted_finding_is_beyond_the_ones_shown(tmp_path):
    """junit.xml lists a document's first 50 findings; whether it fails depends on all of them."""
    result, export = customer_export_run(20)  # 120 findings, 6 a line
    last_line = max(f.location.line for f in result.findings)
    accepted = Acceptance("", by="compliance", reason="published by law", at="2026-11-01T00:00:00+00:00")

    def history(accept_last_line: bool) -> RunComparison:
        return RunComparison({f.fingerprint: FindingHistory("accepted", "2026-11-01T00:00:00+00:00", accepted=accepted)
                              if accept_last_line or f.location.line != last_line
                              else FindingHistory("recurring", "2026-11-01T00:00:00+00:00")
                              for f in result.findings})

    for accept_last_line, outcome in ((False, "failure"), (True, "skipped")):
        paths = write_reports(replace(result, history=history(accept_last_line)), tmp_path / outcome)
        case = next(c for c in ET.parse(paths["junit"]).getroot().iter("testcase") if c.get("name") == export)
        assert [child.tag for child in case] == [outcome]


def test_a_leaked_export_new_since_the_last_run_lists_its_first_new_findings(tmp_path):
    """Every finding of a leaked export is new: the history part lists the most severe first, not 12,000 rows."""
    result, export = customer_export_run(2_000)
    history = RunComparison({f.fingerprint: FindingHistory("new", "2026-11-30T02:00:00+00:00")
                             for f in result.findings}, previous={f"{SITE}/": "2026-11-29T02:00:00+00:00"})
    paths = write_reports(replace(result, history=history), tmp_path)
    page = BeautifulSoup(paths["html"].read_text(), "lxml")
    heading = page.find("h3", string=re.compile("New since the last run"))
    assert heading.get_text() == "New since the last run (12,000)"
    rows = heading.find_next("table").select("tbody tr")
    assert 0 < len(rows) < 12_000 and all("high" in row.td.get_text() for row in rows)  # the most severe first
    assert "new findings are shown, the most severe first; findings.json lists them all" in page.get_text()
    assert paths["html"].stat().st_size < HTML_LIMIT
