"""Red team trust57: what made a run green while a published value stayed out of its check (documents listed by
query id cut off as a crawl trap), and what its outputs wrote raw. Real pubcheck processes, a server on 127.0.0.1."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from crawler.scope import CrawlTrapGuard, listed_elsewhere
from detectors.model import Detection, Location
from reports.redact import shown_text
from fault_site import FaultSite, page
from test_fault_site import documents, run

SSN = "548-60-7720"
NAME = "Harriet Oyelaran"


def by_query(answer) -> callable:
    """A route whose page depends on the request's query (``answer(query) -> html``)."""
    def route(handler):
        page(answer({k: v[0] for k, v in parse_qs(urlsplit(handler.path).query).items()}))(handler)
    return route


def test_documents_a_list_links_by_query_id_are_all_checked_and_a_calendar_still_capped(tmp_path):
    (tmp_path / "c.toml").write_text("[crawl]\nmax_query_variants = 5\n")
    routes = {"/": page('<a href="/calendar?month=1">calendar</a> <a href="/records.html">records</a>'),
              "/records.html": page("".join(f'<a href="/DocumentCenter/View.aspx?id={i}">Doc {i}</a>' for i in range(12))),
              "/DocumentCenter/View.aspx": by_query(lambda q: f"<p>Customer {NAME}, SSN {SSN}</p>" if q["id"] == "10"
                                                    else f"<p>Council minutes {q['id']}</p>"),
              "/calendar": by_query(lambda q: f'<a href="/calendar?month={int(q["month"]) + 1}">next month</a>')}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "c.toml"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    docs = documents(tmp_path / "out")
    listed = [d for url, d in docs.items() if "View.aspx" in url]
    assert len(listed) == 12 and all(d["status"] == "scanned" for d in listed)
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert any(f["category"] == "ssn" and "id=10" in f["url"] for f in findings)
    trapped = [d for url, d in docs.items() if "calendar" in url and d["status"] == "skipped"]
    assert len(trapped) == 1 and trapped[0]["reason"].startswith("crawl trap: more than 5 query variants")


def test_a_variant_is_listed_only_from_a_page_of_another_path():
    assert listed_elsewhere("http://h/View.aspx?id=4", "http://h/records.html")
    assert not listed_elsewhere("http://h/calendar?month=5", "http://h/calendar?month=4")
    assert not listed_elsewhere("http://h/records.html", "http://h/")
    guard = CrawlTrapGuard(max_query_variants=2)
    assert [guard.check(f"http://h/View.aspx?id={i}", listed=True) for i in range(5)] == [None] * 5
    assert [guard.check(f"http://h/View.aspx?id={i}") for i in (7, 8)] == [None, None]
    assert guard.check("http://h/View.aspx?id=9").startswith("crawl trap")  # unlisted variants are still counted


def test_a_document_reported_last_time_is_asked_for_again_when_its_link_is_gone(tmp_path):
    dirty = page(f"<p>Customer {NAME}, SSN {SSN}, service address 14 Alder Lane</p>")
    routes = {"/": page('<a href="/docs/shutoffs.html">shutoffs</a> <a href="/notice.html">notice</a>'),
              "/docs/shutoffs.html": dirty, "/notice.html": page("<p>Water main repair on Holt Ave.</p>")}
    with FaultSite(routes) as site:
        first, _ = run(["crawl", site.url, "--out", tmp_path / "first"], tmp_path)
        site.routes["/"] = page('<a href="/notice.html">notice</a>')  # the menu entry goes, the file stays
        unlinked, _ = run(["crawl", site.url, "--out", tmp_path / "unlinked"], tmp_path)
        del site.routes["/docs/shutoffs.html"]  # now the file goes too
        removed, _ = run(["crawl", site.url, "--out", tmp_path / "removed"], tmp_path)
    assert first.returncode == 1, first.stderr
    assert unlinked.returncode == 1, unlinked.stderr
    data = json.loads((tmp_path / "unlinked" / "findings.json").read_text())
    assert data["resolved"] == []
    assert {(f["category"], f["status"]) for f in data["findings"]} >= {("ssn", "recurring"), ("customer_name", "recurring")}
    assert removed.returncode == 0, removed.stderr
    resolved = json.loads((tmp_path / "removed" / "findings.json").read_text())["resolved"]
    assert {r["category"] for r in resolved} >= {"ssn", "customer_name"}
    assert documents(tmp_path / "removed")[site.url + "docs/shutoffs.html"]["http_status"] == 404


def test_a_download_named_by_content_disposition_is_judged_by_that_name_not_by_bin(tmp_path):
    from fault_site import body
    export = f"name,ssn\n{NAME},{SSN}\n"
    routes = {"/": page('<a href="/download.bin">export</a> <a href="/setup.bin">installer</a>'),
              "/download.bin": body(export, "application/octet-stream",
                                    headers={"Content-Disposition": 'attachment; filename="shutoffs-2024.csv"'}),
              "/setup.bin": body(b"MZ" + bytes(4000), "application/octet-stream",
                                 headers={"Content-Disposition": "attachment; filename*=UTF-8''Meter%20Reader.exe"})}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    docs = documents(tmp_path / "out")
    assert docs[site.url + "download.bin"]["status"] == "scanned" and docs[site.url + "download.bin"]["findings"] >= 1
    installer = docs[site.url + "setup.bin"]
    assert (installer["status"], installer["reason"], installer["not_checked"]) == (
        "skipped", "not a document type (program, .exe) (the file name the server gives)", None)



def _found(category: str, value: str, masked: str, *, element: str | None = None, label: str | None = None):
    return Detection(url="https://www.pomonaca.gov/utility/shutoffs.html", category=category, severity="high",
                     rule="PCE-01 6.3", masked=masked, value=value, key=value.lower(),
                     location=Location(element=element), hidden=None, label=label, context=masked, why="in a record",
                     fingerprint="ab" * 16)


@pytest.mark.parametrize("element, shown", [
    ("tr#row-77312345 > td:nth-of-type(1)", "tr#row-****2345 > td:nth-of-type(1)"),
    ("p#n9095550142.notice", "p#n******0142.notice"),
    ("div.cust-4410228711 > span", "div.cust-******8711 > span"),
    ("'Achterberg 536712015'!A2", "'Achterberg *****2015'!A2"),
    # what identifies no one stays: row and page numbers, a date, a short id
    ("row 18,204, column Phone", "row 18,204, column Phone"),
    ("section#minutes-20240115 > p:nth-of-type(12)", "section#minutes-20240115 > p:nth-of-type(12)"),
    ("li#item-4471 > a", "li#item-4471 > a")])
def test_an_elements_long_numbers_are_masked_found_or_not(element, shown):
    finding = _found("ssn", "548-31-7746", "***-**-7746", element=element)
    assert shown_text([finding], reveal=False).detection(finding).location.element == shown
    assert shown_text([finding], reveal=True).detection(finding).location.element == element


@pytest.mark.parametrize("label, shown", [("Oyelaran", "O*******"), ("Szczepanski:", "S**********:"),
                                          ("Quaile", "Q*****"), ("Achterberg", "A*********"),
                                          ("Service Address", "Service Address"), ("Acct #", "Acct #"),
                                          ("Phone", "Phone"), ("SSN", "SSN"), ("ESID", "ESID"), ("Premise", "Premise"),
                                          ("June", "June"), ("Payee", "Payee"), ("Addr", "Addr"),
                                          ("Requestor", "Requestor"), ("CustName", "CustName")])
def test_a_bare_surname_heading_a_persons_record_is_masked(label, shown):
    finding = _found("ssn", "548-31-7746", "***-**-7746", label=label)
    assert shown_text([finding], reveal=False).detection(finding).label == shown


def test_a_usage_figures_one_word_labels_stay_readable():
    for label in ("Therms", "Jan", "Subtotal"):
        usage = _found("energy_usage", "412 kWh", "*** kWh", label=label)
        assert shown_text([usage], reveal=False).detection(usage).label == label


def test_an_oracle_connect_strings_bare_word_password_is_found():
    from tests.detector_helpers import pairs_found
    notes = ("sqlplus billing/welcome@PROD @nightly.sql\n"
             "exp system/manager@XE file=customers.dmp\n"
             "$ imp app_owner/Kestrel@ORCL full=y\n")
    assert {v for c, v in pairs_found("https://www.pomonaca.gov/it/export.txt", notes.encode(), "text/plain")
            if c == "credential"} == {"welcome", "manager", "Kestrel"}
    documented = ("sqlplus username/password@database\n"
                  "sqlplus scott/tiger@orcl\n"
                  "connect <user>/<password>@<tns_alias>\n"
                  "The exp ratio/total@peak column shows imports.\n"
                  "Connect your laptop to the Council Chambers Wi-Fi at 505 S/Garey@City Hall.\n")
    assert {v for c, v in pairs_found("https://www.pomonaca.gov/it/help.txt", documented.encode(), "text/plain")
            if c == "credential"} == set()


def test_nul_padding_is_no_part_of_a_value(tmp_path):
    (tmp_path / "export.txt").write_bytes(f"Customer: {NAME}\x00\x00 SSN: {SSN}\x00\n".encode())
    proc, _ = run(["scan", tmp_path / "export.txt", "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert {(f["category"], f["masked"]) for f in findings} == {("customer_name", "H****** O*******"), ("ssn", "***-**-7720")}
    assert not any("\x00" in f["context"] for f in findings)


def test_a_reason_masks_the_customers_surname_written_alone():
    from reports.redact import reason_text
    shown = reason_text("Oyelaran called; H. Oyelaran consented. Decided by Olympics staff.",
                        masks=("H****** O*******",))
    assert shown == "O******* called; H. O******* consented. Decided by Olympics staff."


def test_a_right_to_left_override_in_a_name_is_shown_not_obeyed(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "invoice\u202etxt.exe.txt").write_text(f"Customer {NAME}, SSN {SSN}\n")
    proc, _ = run(["scan", tmp_path / "site", "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    for name in ("report.html", "junit.xml"):
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert "\u202e" not in text and "invoice[U+202E]txt.exe.txt" in text
