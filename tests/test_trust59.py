"""Red team trust59: error pages the public reads, names beside an SSN in a URL or file name, findings called resolved
that nothing checked again, text served under a type pubcheck did not list, control characters in the summary."""
from __future__ import annotations

import json

import pytest

from fault_site import body, page

# a City's own "not found" page: its departments' phones and address are public, no finding
CITY_NOT_FOUND = ("<html><head><title>Page Not Found | City of Pomona</title></head><body><h1>Page Not Found</h1>"
                  "<p>The page you asked for has moved. Call City Hall, 505 S. Garey Avenue, at (909) 620-2051, or the "
                  "Water Resources Department at (909) 620-2241.</p></body></html>")


# -- D1: the page an error answer shows is published at that URL ------------------------------------------------------
def test_a_document_link_answered_by_a_not_found_page_that_names_a_customer_is_no_green_run(tmp_path):
    from test_trust44a import crawl
    removed = ("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The statement of Leopold "
               "Ashcombe-Wray, SSN 623-58-1047, was removed on request.</p></body></html>")
    code, docs, info = crawl({"/": page("<a href='/statements/2024-11.pdf'>statement</a>"),
                              "/statements/2024-11.pdf": body(removed)}, tmp_path)
    assert code == 1
    listed = docs["statements/2024-11.pdf"]
    assert listed["status"] == "failed" and "soft 404" in listed["reason"] and listed["findings"] >= 2
    assert info["not_checked"] == 0  # still a broken link, no gap


def test_a_server_errors_debug_page_with_a_connection_string_and_a_customer_row_is_read(tmp_path):
    from test_trust44a import crawl
    debug = ("<html><head><title>Server Error in '/' Application.</title></head><body><h1>Server Error in '/' "
             "Application.</h1><pre>Line 12: var cs = \"Server=sqlprod02;Database=Billing;User Id=web_cis;"
             "Password=Quartz!Heron58;\";\nLine 13: Customer: Rosamund Tebbutt-Okafor, account number 5521-0093-4418"
             "</pre></body></html>")
    code, docs, info = crawl({"/": page("<a href='/billing/lookup.aspx'>lookup</a>"),
                              "/billing/lookup.aspx": body(debug, status=500)}, tmp_path)
    assert code == 2  # a 500 is still a page not checked as the site meant it
    listed = docs["billing/lookup.aspx"]
    assert listed["status"] == "failed" and listed["not_checked"] and listed["findings"] >= 2


def test_a_citys_not_found_page_served_for_many_broken_links_is_no_finding(tmp_path):
    from test_trust44a import crawl
    routes = {"/": page(" ".join(f"<a href='/old/agenda-{i}.pdf'>agenda {i}</a> <a href='/old/page-{i}.html'>p</a>"
                                 for i in range(4)))}
    routes.update({f"/old/agenda-{i}.pdf": body(CITY_NOT_FOUND) for i in range(4)})
    routes.update({f"/old/page-{i}.html": body(CITY_NOT_FOUND, status=404) for i in range(4)})
    code, docs, info = crawl(routes, tmp_path)
    assert code == 0, docs
    assert all(d["status"] == "failed" and not d["findings"] for url, d in docs.items() if url), docs


# -- D2: the name of the person an SSN in a URL or file name belongs to --------------------------------------------------
def test_a_scanned_files_name_holding_a_name_and_an_ssn_is_masked_in_every_output(tmp_path):
    from test_fault_site import run
    folder = tmp_path / "public"
    folder.mkdir()
    (folder / "Wilhelmina Castellane 612-47-3390.txt").write_text("Payment plan notes.\n")
    # a City's own files: a council member's office phone, a permit and a contract's vendor: no finding
    (folder / "Council Member Elena Ruiz 909-620-2051.txt").write_text("Office hours.\n")
    (folder / "Permit BLD-2024-0012345 Harlan Mercer.txt").write_text("Approved.\n")
    (folder / "Contract Westfield Paving Inc EIN 95-3512345.txt").write_text("Award.\n")
    proc, _ = run(["scan", folder, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    outputs = "".join((tmp_path / "out" / name).read_text() for name in
                      ("findings.json", "report.html", "junit.xml", "findings.sarif"))
    assert "Wilhelmina" not in outputs and "Castellane" not in outputs and "3390" in outputs
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert {(f["category"], f["url"].rsplit("/", 1)[1]) for f in findings} == {
        ("customer_name", "W********* C********* ***-**-3390.txt"), ("ssn", "W********* C********* ***-**-3390.txt")}


def test_a_slugs_hyphenated_name_beside_an_ssn_is_a_name_and_the_ssn_after_it_is_still_found():
    from crawler.url_text import path_text
    from detector_helpers import pairs_found
    assert path_text("https://www.pomonaca.gov/files/Oswin-Fairclough-Bede-611-52-7780.pdf") == \
        "files / Oswin Fairclough Bede 611-52-7780.pdf"
    assert path_text("https://www.pomonaca.gov/files/e-mail-signup-list-9096202051.pdf") == \
        "files / e-mail-signup-list 9096202051.pdf"
    found = pairs_found("https://www.pomonaca.gov/notices.html",
                        "<a href='/files/Oswin-Fairclough-611-52-7780.pdf'>notice</a>")
    assert found == {("customer_name", "Oswin Fairclough"), ("ssn", "611-52-7780")}
    assert pairs_found("https://www.pomonaca.gov/council.html",
                       "<a href='/council/Mayor-Tim-Sandoval-Memo-2024-1105-0012.pdf'>memo</a>") == set()


# -- D3: a document no page links any more, at a URL the history keeps masked, is not "resolved" ------------------------
def test_findings_of_an_unlinked_document_at_a_masked_url_are_not_called_resolved(tmp_path):
    from fault_site import FaultSite, error
    from test_fault_site import run
    record = "<p>Account holder Thomasina Merriweather, social security number 609-31-7754</p>"
    moved = "<p>Customer: Barnaby Okonkwo-Hale, social security number 608-27-1193</p>"
    routes = {"/": page("<a href='/accounts/7731004412.html'>account</a> <a href='/notices/old.html'>notice</a>"),
              "/accounts/7731004412.html": page(record), "/notices/old.html": page(moved)}
    with FaultSite(routes) as site:
        first, _ = run(["crawl", site.url, "--out", tmp_path / "one"], tmp_path)
        assert first.returncode == 1, first.stderr
        # the menu drops both links: the account page stays published, the notice is taken down
        site.routes.update({"/": page("<p>Welcome to the City of Pomona.</p>"), "/notices/old.html": error(404)})
        second, _ = run(["crawl", site.url, "--out", tmp_path / "two"], tmp_path)
    assert second.returncode == 0, second.stderr
    resolved = json.loads((tmp_path / "two" / "findings.json").read_text())["resolved"]
    assert {(r["url"].removeprefix(site.url), r["category"]) for r in resolved} == {
        ("notices/old.html", "ssn"), ("notices/old.html", "customer_name")}


# -- D4: text served under a program's, a configuration file's or a log's own type is read as text ---------------------
@pytest.mark.parametrize("content_type", ["text/yaml", "application/x-yaml", "application/toml", "text/x-ini",
                                          "text/x-log", "application/x-httpd-php", "application/x-ndjson"])
def test_text_under_a_type_of_its_own_is_read_as_text(content_type):
    from detector_helpers import pairs_found
    dump = ("# exported settings\nsmtp_password = Kestrel!Moor2291\n"
            "last_caller = Customer: Evangeline Whitcombe, social security number 607-44-2815\n")
    found = pairs_found("https://www.pomonaca.gov/deploy/settings", dump, content_type)
    assert {("credential", "Kestrel!Moor2291"), ("ssn", "607-44-2815")} <= found


def test_binary_bytes_under_a_text_type_stay_unread():
    from crawler.extract import UnsupportedDocument, extract
    with pytest.raises(UnsupportedDocument):
        extract("https://www.pomonaca.gov/files/blob", bytes(range(256)) * 40, "text/x-custom")


# -- D5: a hostile file name in the nightly summary ----------------------------------------------------------------------
def test_the_summary_shows_a_file_names_control_characters_written_out(tmp_path):
    from test_fault_site import run
    folder = tmp_path / "uploads"
    folder.mkdir()
    hostile = "notes\x1b[2K\rpubcheck: exit 0: nothing found\x1b[8m\u202e.txt"
    (folder / hostile).write_text("Customer: Hortensia Vilkas-Brand, social security number 606-18-2274\n")
    scan, _ = run(["scan", folder, "--out", tmp_path / "out"], tmp_path)
    assert scan.returncode == 1, scan.stderr
    summary, _ = run(["summary"], tmp_path)
    assert summary.returncode == 0, summary.stderr
    assert "\x1b" not in summary.stdout and "\r" not in summary.stdout and "\u202e" not in summary.stdout
    assert "notes\\x1b[2K\\rpubcheck: exit 0: nothing found\\x1b[8m[U+202E].txt (" in summary.stdout
