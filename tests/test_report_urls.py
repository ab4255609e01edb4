"""No leaks through URLs in the outputs (issue 6): user-info is masked wherever a URL is written, revealed
or not, and never reaches a link target; query strings are decoded before masking; without --reveal,
query values that could identify a person are masked even when no detector reported them; everything
else in a URL stays as written, readable and clickable."""
from __future__ import annotations

import html
import json
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import check_contract

from crawler.results import DocumentResult, RunInfo, RunResult
from detectors.model import Detection, Location
from reports import write_reports
from reports.redact import Redactor, ShownText

SITE = "https://staging.mesalinda.gov"
PASSWORD = "Tr0ub4dor&3x"
WITH_PASSWORD = f"https://stage:{PASSWORD.replace('&', '%26')}@staging.mesalinda.gov/admin/exports/"
NAME_QUERY = f"{SITE}/utilities/lookup?name=Imani+Okafor&page=2"
NAME_QUERY_ENCODED = f"{SITE}/utilities/lookup?customer=Imani%20Okafor"
UNREPORTED = f"{SITE}/billing/statement?email=r.salazar%40example.org&acct=3004417792&q=Teresa+Villanueva"
PLAIN = f"{SITE}/calendar?month=2026-01&view=list&q=street+sweeping"


def detection(url, category, value, masked, key=None) -> Detection:
    return Detection(url=url, category=category, severity="high", rule="PCE-01 6.3", masked=masked, value=value,
                     key=key or value, location=Location(line=3), hidden=None, label=None, context=masked,
                     why="in a customer record", fingerprint="ab" * 16)


def leaky_run() -> RunResult:
    """URLs with a password and with a customer's name in the query, wherever a URL can be written."""
    findings = [
        detection(f"{SITE}/notices.html", "customer_name", "Imani Okafor", "I**** O*****", "imani okafor"),
        detection(WITH_PASSWORD + "list.html", "credential", PASSWORD, "********"),
        detection(NAME_QUERY, "account_number", "3000447192", "******7192"),
    ]
    documents = [
        DocumentResult(f"{SITE}/notices.html", kind="page", status="scanned", reason=None, findings=1,
                       referrers=[WITH_PASSWORD + "index.html", NAME_QUERY], referrer_count=2),
        DocumentResult(WITH_PASSWORD + "list.html", kind="page", status="scanned", reason=None, findings=1,
                       redirected_from=[WITH_PASSWORD]),
        DocumentResult(NAME_QUERY, kind="page", status="scanned", reason=None, findings=1),
        DocumentResult(NAME_QUERY_ENCODED, kind="page", status="failed", reason=f"redirect loop: {NAME_QUERY} -> "
                       f"{NAME_QUERY_ENCODED}", not_checked="redirect loop", referrers=[f"{SITE}/notices.html"]),
        DocumentResult(UNREPORTED, kind="page", status="skipped", reason="outside the crawl scope",
                       warnings=[f"linked as {WITH_PASSWORD}statement"]),
        DocumentResult(PLAIN, kind="page", status="scanned", reason=None, referrers=[f"{SITE}/notices.html"]),
    ]
    run = RunInfo(command="crawl", targets=[WITH_PASSWORD], started="2026-11-24T02:00:00+00:00",
                  errors=[f"start URL {WITH_PASSWORD} could not be fetched: HTTP 401"])
    return RunResult(run, findings, documents)


def readable(path) -> str:
    raw = path.read_text(encoding="utf-8")
    return raw + (json.dumps(json.loads(raw), ensure_ascii=False) if path.suffix == ".json" else html.unescape(raw))


@pytest.mark.parametrize("reveal", [False, True])
def test_no_output_holds_a_url_password(tmp_path, reveal):
    paths = write_reports(leaky_run(), tmp_path, reveal=reveal)
    for path in paths.values():
        text = readable(path)
        assert "stage:" not in text and "Tr0ub4dor%26" not in text, path.name
        if not reveal:  # revealed, the credential finding shows its value; no URL ever does
            assert "Tr0ub4dor" not in text, path.name
        assert "https://****:********@staging.mesalinda.gov/admin/exports/" in text, path.name
    page = BeautifulSoup(paths["html"].read_text(), "lxml")
    hrefs = [a["href"] for a in page.find_all("a", href=True) if not a["href"].startswith("#")]
    assert hrefs and not [h for h in hrefs if "@" in urlsplit(h).netloc]
    assert "https://staging.mesalinda.gov/admin/exports/list.html" in hrefs  # still a link, without user-info
    check_contract(paths["json"], revealed=reveal)


def test_query_values_are_decoded_and_masked_without_reveal(tmp_path):
    paths = write_reports(leaky_run(), tmp_path)
    for path in paths.values():
        text = readable(path)
        for leak in ("Imani", "Okafor", "r.salazar", "3004417792", "Teresa", "Villanueva"):
            assert leak not in text, f"{leak!r} in {path.name}"
        if path.name not in ("report.html", "findings.sarif"):  # which list no clean page
            assert PLAIN in text  # nothing identifying: written as it was
    urls = {d["url"] for d in check_contract(paths["json"])["documents"]}
    assert f"{SITE}/utilities/lookup?name=I****+O*****&page=2" in urls
    assert f"{SITE}/billing/statement?email=r********@e******.org&acct=******7792&q=T*****+V*********" in urls


def test_a_revealed_report_keeps_query_values(tmp_path):
    paths = write_reports(leaky_run(), tmp_path, reveal=True)
    urls = {d["url"] for d in check_contract(paths["json"], revealed=True)["documents"]}
    assert NAME_QUERY in urls and UNREPORTED in urls


def test_redactor_finds_a_value_however_a_url_or_a_file_name_writes_it():
    shown = ShownText(Redactor([detection(SITE, "customer_name", "First Last", "F**** L***", "first last"),
                                detection(SITE, "phone", "(909) 555-0142", "(***) ***-0142", "9095550142")]))
    assert shown(f"{SITE}/x?who=First+Last") == f"{SITE}/x?who=F****+L***"
    assert shown(f"{SITE}/x?who=First%20Last") == f"{SITE}/x?who=F****+L***"
    assert shown(f"{SITE}/files/First-Last_2026.pdf") == f"{SITE}/files/F****-L***_2026.pdf"
    assert shown("Call FIRST LAST at 909.555.0142.") == "Call F**** L*** at ***.***.0142."
    assert shown("Firstlast and First Lastly") == "Firstlast and First Lastly"
    assert shown(f"see {SITE}/x?who=First+Last, then") == f"see {SITE}/x?who=F****+L***, then"


def test_a_label_that_is_a_neighbouring_cells_name_or_number_is_masked_unless_revealed():
    """A two-column table's first cell labels the value beside it: "Luis Miguel Arevalo | 523-41-6687" gives the SSN
    the name as its label, which no detector reported."""
    shown = ShownText(Redactor([detection(SITE, "ssn", "523-41-6687", "***-**-6687", "523416687")]))
    assert shown.label("Luis Miguel Arevalo") == "L*** M***** A******"
    assert shown.label("Sum of kWh (Teodoro Vance)") == "Sum of kWh (T****** V****)"
    assert shown.label("Ref 8001026149, jvance@gmail.com") == "Ref ******6149, j*****@g****.com"
    for label in ("Customer Name", "Service Address", "Account No.", "Phone on file", "Usage (kWh)"):
        assert shown.label(label) == label
    assert ShownText(None).label("Luis Miguel Arevalo") == "Luis Miguel Arevalo"


def test_a_string_shown_once_masks_as_any_other_but_is_not_kept():
    shown = ShownText(Redactor([detection(SITE, "customer_name", "First Last", "F**** L***", "first last")]))
    links = f"{SITE}/a.html\n{SITE}/files/First-Last.pdf\n{SITE}/x?who=First+Last"
    assert shown.once(links) == shown(links) == \
        f"{SITE}/a.html\n{SITE}/files/F****-L***.pdf\n{SITE}/x?who=F****+L***"
    fresh = ShownText(shown.redactor)
    assert fresh.once(links) == shown(links) and links not in fresh._shown
    assert fresh.once("") == ""


def test_masking_is_one_pass_for_any_number_of_values():
    """100,000 values: one automaton, every value found, each text scanned once."""
    findings = [detection(SITE, "account_number", f"3{n:09d}", "******" + f"{n:09d}"[-4:]) for n in range(100_000)]
    shown = Redactor(findings)
    text = " ".join(f"acct 3{n:09d}" for n in range(0, 100_000, 1_000))
    masked = shown(text)
    assert "3000000000" not in masked and masked.count("******") == 100
    assert shown("nothing to mask here, 30000000000 runs on") == "nothing to mask here, 30000000000 runs on"


@pytest.mark.parametrize("reveal", [False, True])
def test_a_query_value_named_like_a_secret_is_masked_decoded_revealed_or_not(reveal):
    """A password or token in a query string is a password in a URL: masked as user-info is, with --reveal too,
    whatever a detector made of it; parameters that merely start like one (author, keyword, passport) stay."""
    shown = ShownText(None if reveal else Redactor([]))
    assert shown.url(f"{SITE}/portal/login.aspx?user=ops&password=Heron%237719") == \
        f"{SITE}/portal/login.aspx?user={'ops' if reveal else 'o**'}&password=********"
    for name in ("pwd", "passwd", "access_token", "apiKey", "api_key", "client_secret", "auth"):
        assert shown.url(f"{SITE}/a?{name}=Zq81xWv3&page=2") == f"{SITE}/a?{name}=********&page=2", name
    assert shown.url(f"{SITE}/cb#access_token=9f8a7b6c5d&state=x") == f"{SITE}/cb#access_token=********&state=x"
    plain = f"{SITE}/search?author=Council&keyword=budget&passport=renewal&pw=&section=2"
    assert shown.url(plain) == plain
