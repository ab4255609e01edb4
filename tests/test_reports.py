"""Tests of reports/: findings.json contract, masking in every output, escaping of hostile content,
file permissions, JUnit counts and the summary numbers."""
from __future__ import annotations

import copy
import hashlib
import html
import json
import os
import random
import stat
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import check_contract

from crawler.results import DocumentResult, RunInfo, RunResult
from detectors.model import Detection, Location
from reports import write_reports
from reports.findings_json import chunks
from reports.model import build_model, describe_location, format_duration, shown_result
from reports.redact import Redactor

SITE = "https://www.pomonachoice.org"
CITY = "https://www.pomonaca.gov"
BOARD_PAGE = f"{SITE}/about/board-meetings"
PACKET = f"{SITE}/documents/2023-10-board-packet.pdf"
TRUE_UP = f"{SITE}/documents/true-up-3000123456.pdf"  # named after the account number inside it
W9 = f"{CITY}/DocumentCenter/View/4182"
PORTAL_HELP = f"{SITE}/staff/portal-help"
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_JS = "javascript:alert(1)"


def finding(url, category, severity, value, masked, location, context, why, normalized=None, rule="PCE-01 6.3"):
    normalized = normalized or value
    return Detection(url=url, category=category, severity=severity, rule=rule, masked=masked, value=value,
                     key=normalized, location=Location(location.get("page"), location.get("line"),
                                                       location.get("element")),
                     hidden=location.get("hidden"), label=location.get("label"), context=context, why=why,
                     fingerprint=hashlib.sha256(f"{category}:{normalized}".encode()).hexdigest()[:16])


def document(url, status="scanned", kind="page", reason=None, content_type="text/html", referrers=(), findings=0,
             http_status=200, size=18_733, pages=None, warnings=(), redirected_from=(), not_checked=None):
    return DocumentResult(url=url, status=status, reason=reason, content_type=content_type,
                          referrers=list(referrers), kind=kind, http_status=http_status, size=size, pages=pages,
                          findings=findings, redirected_from=list(redirected_from), warnings=list(warnings),
                          not_checked=not_checked)


def make_run_data():
    """A crawl of the Pomona Choice Energy site: pages, PDFs with page locations, hidden findings, a form
    with a hidden input, failed and skipped links."""
    findings = [
        finding(BOARD_PAGE, "email", "medium", "m.lopez@example.net", "m*****@e******.net",
                {"line": 214, "element": "div.minutes > comment()", "hidden": "html comment"},
                "…follow up with M**** L****, m*****@e******.net, about the bill dispute…",
                "email address beside a customer name"),
        finding(BOARD_PAGE, "customer_name", "high", "Maria Lopez", "M**** L****",
                {"line": 214, "element": "div.minutes > comment()", "hidden": "html comment"},
                "…follow up with M**** L****, m*****@e******.net, about the bill dispute…",
                "name beside an email in a billing note", normalized="maria lopez"),
        finding(BOARD_PAGE, "phone", "medium", "(909) 555-0142", "(***) ***-0142",
                {"line": 88, "element": "form#contact > input[name=phone]", "hidden": "hidden input", "label": "Phone"},
                "(***) ***-0142", "phone number in a hidden form field", normalized="9095550142"),
        finding(BOARD_PAGE, "phone", "low", "909-555-0199", "***-***-0199",
                {"line": 131, "element": "div.minutes > p:nth-of-type(6)"},
                "…questions may be directed to ***-***-0199 during business hours…",
                "phone number without customer context", normalized="9095550199"),
        finding(PACKET, "account_number", "high", "3000 4471 92", "**** **71 92",
                {"page": 31, "line": 12, "element": "table 2 > row 4 > cell 1", "label": "Account No."},
                "**** **71 92 R*** D****** **** N G**** A** *,*** k**",
                "10-digit SCE account number in a customer table", normalized="3000447192"),
        finding(PACKET, "customer_name", "high", "Rosa Delgado", "R*** D******",
                {"page": 31, "line": 12, "element": "table 2 > row 4 > cell 2", "label": "Customer"},
                "**** **71 92 R*** D****** **** N G**** A** *,*** k**", "name in a customer table row",
                normalized="rosa delgado"),
        finding(PACKET, "address", "high", "1450 N Garey Ave", "**** N G**** A**",
                {"page": 31, "line": 12, "element": "table 2 > row 4 > cell 3", "label": "Service Address"},
                "**** **71 92 R*** D****** **** N G**** A** *,*** k**", "service address in a customer table row"),
        finding(PACKET, "energy_usage", "medium", "1,482 kWh", "*,*** k**",
                {"page": 31, "line": 12, "element": "table 2 > row 4 > cell 4", "label": "Usage (kWh)"},
                "**** **71 92 R*** D****** **** N G**** A** *,*** k**", "monthly usage of a named customer",
                normalized="1482"),
        finding(PACKET, "bad_redaction", "high", "Jose Ramirez 909-555-0178", "J*** R****** ***-***-0178",
                {"page": 32, "line": 5, "hidden": "text under a black box"},
                "Complainant: J*** R****** ***-***-0178", "text still present under a filled rectangle"),
        finding(TRUE_UP, "account_number", "high", "3000123456", "******3456",
                {"page": 1, "line": 4, "label": "Account Number"}, "Account Number: ******3456",
                "10-digit SCE account number beside its label"),
        finding(TRUE_UP, "energy_usage", "medium", "6,210 kWh", "*,*** k**",
                {"page": 2, "line": 9, "label": "Annual usage"}, "Annual usage *,*** k** (net)",
                "annual usage on a customer statement", normalized="6210"),
        finding(W9, "ssn", "high", "512-34-6789", "***-**-6789",
                {"element": "table 1 > row 3 > cell 2", "label": "Social security number"}, "***-**-6789",
                "valid SSN beside label 'Social security number'"),
        finding(W9, "taxpayer_id", "high", "95-6000757", "**-***0757",
                {"element": "table 1 > row 4 > cell 2", "label": "Employer identification number"}, "**-***0757",
                "EIN beside its label"),
        finding(PORTAL_HELP, "credential", "high", "Pomona2023!", "********",
                {"line": 57, "element": "div#help > p:nth-of-type(3)"},
                "…the default password is ******** until you change it…", "password stated in text",
                rule="PCE-01 6.5"),
    ]
    documents = [
        document(f"{SITE}/"),
        document(f"{SITE}/residential/rates", referrers=[f"{SITE}/"]),
        document(BOARD_PAGE, referrers=[f"{SITE}/"], findings=4),
        document(PACKET, kind="document", content_type="application/pdf", referrers=[BOARD_PAGE], findings=5,
                 size=3_300_117, pages=48, warnings=["page 47: scanned image without a text layer, not read"]),
        document(TRUE_UP, kind="document", content_type="application/pdf", referrers=[f"{SITE}/residential/rates"],
                 findings=2, size=88_214, pages=2),
        document(W9, kind="document", referrers=[f"{SITE}/vendors"], findings=2, size=40_960,
                 content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 redirected_from=[f"{CITY}/DocumentCenter/View/4182/W9-Form"]),
        document(PORTAL_HELP, referrers=[f"{SITE}/staff"], findings=1),
        document(f"{SITE}/sitemap.xml", kind="sitemap", content_type="application/xml"),
        document(f"{SITE}/documents/customer-list-2019.xlsx", "failed", "document", "file is password protected",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [f"{SITE}/staff"]),
        document(f"{SITE}/documents/old-agenda.pdf", "failed", "document", "HTTP 404 Not Found", "text/html",
                 [BOARD_PAGE], http_status=404, size=None),
        document(f"{CITY}/DocumentCenter/View/977", "failed", "document", "timed out after 30 s", None,
                 [BOARD_PAGE], http_status=None, size=None, not_checked="timed out after 30 s"),
        document("mailto:m.lopez@example.net", "skipped", "other", "not a web link (mailto:)", None, [BOARD_PAGE],
                 http_status=None, size=None),
        document("https://www.youtube.com/watch?v=Pq7cB2xYk1", "skipped", "other", "outside the crawl scope", None,
                 [f"{SITE}/"], http_status=None, size=None),
        document("https://twitter.com/PomonaChoice", "skipped", "other", "outside the crawl scope", None,
                 [f"{SITE}/"], http_status=None, size=None),
        document(f"{SITE}/media/board-meeting-2023-10.mp4", "skipped", "document", "video/mp4 is not scanned",
                 "video/mp4", [BOARD_PAGE], size=None),
    ]
    run = RunInfo(tool="pubcheck", version="0.1.0", started="2025-03-14T09:12:05+00:00",
                  finished="2025-03-14T09:14:19+00:00", targets=[f"{SITE}/"], command="crawl", reveal=False,
                  errors=[], limits={"max_pages": 5000, "max_bytes": 52428800},
                  suppressed={"site_wide_contacts": 38, "public_contacts": 2})
    return RunResult(run, findings, documents)


def make_hostile_run_data():
    """Crawled content trying to get markup, handlers and javascript: links into the report."""
    data = make_run_data()
    evil_url = f"{SITE}/{HOSTILE_IMG}/{HOSTILE_SCRIPT}"
    data.run.targets.append(HOSTILE_JS)
    data.run.errors.append(f"could not fetch {HOSTILE_SCRIPT}")
    evil = finding(evil_url, "ssn", "high", "<script>alert(2)</script>", "***-**-6780",
                   {"line": 3, "element": f"div{HOSTILE_IMG} > {HOSTILE_SCRIPT}", "label": HOSTILE_IMG,
                    "hidden": HOSTILE_JS}, f"SSN {HOSTILE_SCRIPT} {HOSTILE_IMG} \x00\x1b", f"why {HOSTILE_SCRIPT}")
    data.findings.append(evil)
    data.documents += [
        document(evil_url, referrers=[HOSTILE_JS], findings=1, content_type=HOSTILE_SCRIPT,
                 warnings=[HOSTILE_IMG], redirected_from=[HOSTILE_JS]),
        document(f"{SITE}/doc.pdf", "failed", "document", f"{HOSTILE_SCRIPT} {HOSTILE_IMG} \x07", "application/pdf",
                 [HOSTILE_JS, evil_url], http_status=500),
        document(HOSTILE_JS, "skipped", "other", HOSTILE_SCRIPT, None, [evil_url], http_status=None),
        document(f" {HOSTILE_JS}", "failed", "page", "bad scheme", None, [f"JaVaScRiPt:{HOSTILE_SCRIPT}"]),
    ]
    return data


def raw_values(run_data):
    """Raw values and normalized keys long enough for the report writer to promise to mask them wherever they
    turn up: four characters, or seven digits for a number alone (a usage figure's "2024" is not masked in
    every URL)."""
    return {v for f in run_data.findings for v in (f.value, f.key) if len(v) >= (7 if v.isdigit() else 4)}


def findings_document(result: RunResult, reveal: bool = False) -> dict:
    return json.loads("".join(chunks(result, reveal)))


def readable_forms(path: Path) -> str:
    """The file as written plus its decoded text, so an escaped value still counts as present."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return raw + json.dumps(json.loads(raw), ensure_ascii=False)
    return raw + html.unescape(raw)


@pytest.fixture
def run_data():
    return make_run_data()


@pytest.mark.parametrize("reveal", [False, True])
def test_findings_json_follows_the_schema_and_the_contract(tmp_path, run_data, reveal):
    paths = write_reports(run_data, tmp_path, reveal=reveal)
    written = check_contract(paths["json"], revealed=reveal)
    assert (len(written["findings"]), len(written["documents"])) == (14, 15)


def test_findings_json_holds_only_allowed_keys_in_a_stable_order(run_data):
    masked = findings_document(shown_result(run_data, False))
    assert all(set(f) == {"url", "category", "severity", "rule", "masked", "location", "context", "fingerprint",
                          "why"} for f in masked["findings"])
    assert masked["run"]["reveal"] is False
    revealed = findings_document(run_data, reveal=True)
    assert all(f["value"] for f in revealed["findings"])
    assert revealed["run"]["reveal"] is True
    keys = [(f["url"], f["location"].get("page", 0), f["location"].get("line", 0)) for f in masked["findings"]]
    assert keys == sorted(keys)
    assert [d["url"] for d in masked["documents"]] == sorted(d["url"] for d in masked["documents"])
    shuffled = copy.deepcopy(run_data)
    random.Random(7).shuffle(shuffled.findings)
    random.Random(7).shuffle(shuffled.documents)
    assert findings_document(shown_result(shuffled, False)) == masked


def test_no_raw_value_in_any_output_without_reveal(tmp_path, run_data):
    paths = write_reports(run_data, tmp_path)
    for path in paths.values():
        text = readable_forms(path)
        for value in raw_values(run_data):
            assert value not in text, f"{value!r} leaked into {path.name}"
        assert "normalized" not in text and "public_if_repeated" not in text


def test_values_appear_with_reveal(tmp_path, run_data):
    paths = write_reports(run_data, tmp_path, reveal=True)
    written = json.loads(paths["json"].read_text())
    assert sorted(f["value"] for f in written["findings"]) == sorted(f.value for f in run_data.findings)
    assert "normalized" not in paths["json"].read_text()
    page = BeautifulSoup(paths["html"].read_text(), "lxml")
    assert "This report contains confidential values; handle under PCE-01" in page.get_text()
    assert "512-34-6789" in page.get_text()
    assert "512-34-6789" in paths["junit"].read_text()


def test_values_found_elsewhere_are_masked_in_urls_and_links(tmp_path, run_data):
    paths = write_reports(run_data, tmp_path)
    written = json.loads(paths["json"].read_text())
    assert f"{SITE}/documents/true-up-******3456.pdf" in {f["url"] for f in written["findings"]}
    # masked as it is written there (the finding's own mask belongs to the finding's spelling)
    assert "mailto:m******@e******.net" in {d["url"] for d in written["documents"]}
    assert "true-up-******3456.pdf" in paths["html"].read_text()


def test_redactor_leaves_words_that_merely_contain_a_value():
    redact = Redactor([finding(SITE, "customer_name", "high", "Lincoln", "L******", {}, "", "", "lincoln"),
                       finding(SITE, "account_number", "high", "3000123456", "******3456", {}, "", "")])
    assert redact("Lincoln Park") == "L****** Park"
    assert redact("Lincolnwood") == "Lincolnwood"
    assert redact("acct3000123456.pdf") == "acct******3456.pdf"
    assert redact("930001234567") == "930001234567"


def test_hostile_content_is_only_ever_text_in_the_html(tmp_path):
    for reveal in (False, True):
        paths = write_reports(make_hostile_run_data(), tmp_path / str(reveal), reveal=reveal)
        page = BeautifulSoup(paths["html"].read_text(encoding="utf-8"), "lxml")
        assert page.find_all("script") == []
        assert page.find_all("img") == []
        for element in page.find_all(True):
            assert not [name for name in element.attrs if name.lower().startswith("on")], element
        hrefs = [a["href"] for a in page.find_all("a", href=True)]
        assert hrefs and all(h.startswith((SITE, CITY, "https://www.youtube.com/", "https://twitter.com/", "#"))
                             for h in hrefs), hrefs
        text = page.get_text()
        assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text and HOSTILE_JS in text
        if reveal:
            assert "<script>alert(2)</script>" in text


def test_hostile_content_keeps_junit_and_json_well_formed(tmp_path):
    paths = write_reports(make_hostile_run_data(), tmp_path)
    suite = ET.parse(paths["junit"]).getroot().find("testsuite")
    assert any(HOSTILE_SCRIPT in (case.get("name") or "") for case in suite.iter("testcase"))
    check_contract(paths["json"])


def test_files_are_owner_only(tmp_path, run_data):
    out = tmp_path / "new" / "out"
    (tmp_path / "elsewhere").write_text("not to be overwritten")
    out.mkdir(parents=True)
    (out / "report.html").write_text("old report")
    os.chmod(out / "report.html", 0o644)
    (out / "junit.xml").symlink_to(tmp_path / "elsewhere")
    paths = write_reports(run_data, out)
    for path in paths.values():
        assert stat.S_IMODE(path.lstat().st_mode) == 0o600, path
        assert path.is_file() and not path.is_symlink()
    assert (tmp_path / "elsewhere").read_text() == "not to be overwritten"
    assert sorted(p.name for p in out.iterdir()) == ["findings.json", "findings.sarif", "junit.xml", "report.html"]

    created = tmp_path / "created" / "reports"
    write_reports(run_data, created)
    assert stat.S_IMODE(created.stat().st_mode) == 0o700


def test_junit_counts(tmp_path, run_data):
    run_data.run.errors = ["robots.txt could not be read"]
    paths = write_reports(run_data, tmp_path)
    root = ET.parse(paths["junit"]).getroot()
    suite = root.find("testsuite")
    expected = {"tests": "16", "failures": "5", "errors": "4", "skipped": "4"}
    assert {key: suite.get(key) for key in expected} == expected
    assert {key: root.get(key) for key in expected} == expected
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    failure = cases[PACKET].find("failure")
    assert failure.get("type") == "high"
    assert failure.get("message") == ("5 findings: 1 account_number, 1 customer_name, 1 address, 1 energy_usage,"
                                      " 1 bad_redaction")
    assert "[high] account_number (PCE-01 6.3) at page 31, line 12" in failure.text
    singles = [case.find("failure").get("message") for case in cases.values()
               if case.find("failure") is not None and case.find("failure").get("message").startswith("1 ")]
    assert singles and all(message.startswith("1 finding: ") for message in singles)  # one finding, not "1 findings"
    assert cases[f"{SITE}/documents/old-agenda.pdf"].find("error").get("message") == "HTTP 404 Not Found"
    assert cases[f"{SITE}/media/board-meeting-2023-10.mp4"].find("skipped").get("message") == "video/mp4 is not scanned"
    assert len(cases[f"{SITE}/"]) == 0  # a clean page passes
    # the run ends when its outputs are written: junit's time is the whole run, as findings.json states it
    run = json.loads(paths["json"].read_text())["run"]
    elapsed = datetime.fromisoformat(run["finished"]) - datetime.fromisoformat(run["started"])
    assert float(suite.get("time")) == elapsed.total_seconds() > 134


def test_summary_numbers(tmp_path, run_data):
    model = build_model(shown_result(run_data, False))
    assert model.total_findings == 14
    assert model.max_severity == "high"
    assert model.severity_totals == {"high": 9, "medium": 4, "low": 1}
    by_category = {c.category: c.total for c in model.categories}
    assert by_category == {"ssn": 1, "taxpayer_id": 1, "account_number": 2, "customer_name": 2, "address": 1,
                           "phone": 2, "email": 1, "energy_usage": 2, "credential": 1, "bad_redaction": 1}
    assert {k.label: (k.by_status, k.total) for k in model.kinds} == {
        "Pages": ({"scanned": 4, "failed": 0, "skipped": 0}, 4),
        "Documents": ({"scanned": 3, "failed": 3, "skipped": 1}, 7),
        "Sitemaps": ({"scanned": 1, "failed": 0, "skipped": 0}, 1),
        "Other files": ({"scanned": 0, "failed": 0, "skipped": 3}, 3)}
    assert model.duration == "2 min 14 s"
    assert [g.reason for g in model.skipped.items] == ["outside the crawl scope", "not a web link (mailto:)",
                                                  "video/mp4 is not scanned"]
    # a document not checked is listed once, under "Published but not checked", not again as failed
    assert [d.reason for d in model.failed.items] == ["HTTP 404 Not Found", "file is password protected"]
    assert [d.not_checked for d in model.not_checked.items] == ["timed out after 30 s"]
    assert [s.max_severity for s in model.sections] == ["high"] * 5

    page = BeautifulSoup(write_reports(run_data, tmp_path)["html"].read_text(), "lxml")
    summary = page.find(id="summary")
    assert "14 findings in 5 pages and documents. Highest severity: high." in summary.get_text()
    totals = [[td.get_text() for td in row.find_all("td")] for row in summary.select("tr.total")]
    assert totals == [["All", "9", "4", "1", "14"], ["Total", "8", "3", "4", "15"]]
    assert len(page.select("#findings article")) == 5
    assert page.find("details") is not None
    assert "This report contains confidential values" not in page.get_text()


def test_no_findings_message(tmp_path, run_data):
    clean = RunResult(run_data.run, [], [d for d in run_data.documents if not d.findings and d.status == "scanned"])
    paths = write_reports(clean, tmp_path)
    text = BeautifulSoup(paths["html"].read_text(), "lxml").get_text()
    assert "No confidential information found in 2 pages and 1 document." in text
    check_contract(paths["json"])
    assert ET.parse(paths["junit"]).getroot().get("failures") == "0"


def test_readable_locations_and_durations():
    assert describe_location({"page": 3, "line": 12}) == ["page 3, line 12"]
    assert describe_location({"element": "table > tr:nth-of-type(4)", "hidden": "html comment",
                              "label": "Account No.", "sheet": "Q3"}) == [
        "table > tr:nth-of-type(4)", "hidden: html comment", "field: Account No.", "sheet: Q3"]
    assert describe_location({"line": 7, "element": "row 6, column Account No.", "label": "Account No."}) == [
        "line 7", "row 6, column Account No."]
    assert [format_duration(s) for s in (None, 4.25, 42, 134, 3 * 3600 + 125)] == [
        "unknown", "4.2 s", "42 s", "2 min 14 s", "3 h 2 min"]


def test_an_interrupted_run_never_reads_as_a_complete_check(tmp_path, run_data):
    """Stopped before it reached anything: the verdict and the coverage say it was interrupted and that what it
    did not reach is unknown, never that every file found was scanned."""
    run = copy.deepcopy(run_data.run)
    run.interrupted = "interrupted by SIGTERM"
    run.errors = ["the run was interrupted by SIGTERM before it finished"]
    paths = write_reports(RunResult(run, [], []), tmp_path)
    text = " ".join(BeautifulSoup(paths["html"].read_text(), "lxml").get_text().split())
    assert "Every file found was scanned completely" not in text
    assert ("Incomplete: the run was interrupted by SIGTERM before it finished. Pages and documents it did not "
            "reach are not known and were not checked. No confidential information found") in text
    assert "The run was interrupted by SIGTERM before it finished: only the URLs listed here were met." in text
    data = json.loads(paths["json"].read_text())
    assert data["run"]["interrupted"] == "interrupted by SIGTERM" and data["run"]["errors"]
    check_contract(paths["json"])


def test_a_complete_clean_run_still_says_every_file_was_scanned(tmp_path, run_data):
    clean = RunResult(run_data.run, [], [d for d in run_data.documents if not d.findings and d.status == "scanned"
                                         and not d.warnings])
    text = " ".join(BeautifulSoup(write_reports(clean, tmp_path)["html"].read_text(), "lxml").get_text().split())
    assert "Every file found was scanned completely" in text and "interrupted" not in text
