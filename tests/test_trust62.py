"""Red team trust62: what a site publishes that the check passed over or misreported: a document its own link serves
from another host (a storage bucket, a CDN), credentials in a configuration dump's table, a soft 404's reason, and a
lower-case name in a broken link's path."""
from __future__ import annotations

import json
from pathlib import Path

from detector_helpers import pairs_found
from fault_site import FaultSite, body, page, redirect, text_pdf
from test_fault_site import documents, run

PERMIT = text_pdf("Permit application of Rosalind Featherstone, SSN 622-31-4408")
SHUTOFFS = "Name,Service Address,SSN\nOctavian Pembury,1187 E Grand Ave,633-41-7720\n"


def crawl_nights(url: str, tmp: Path, nights: int = 1) -> list[tuple[int, dict]]:
    """Crawls of ``url`` with one HOME (the history), each night's exit code and documents by URL."""
    (tmp / "pubcheck.toml").write_text("[crawl]\ntimeout = 5\nretries = 0\nconcurrency = 1\n")
    results = []
    for night in range(nights):
        out = tmp / f"out{night}"
        proc, _ = run(["crawl", url, "--out", out, "--config", tmp / "pubcheck.toml"], tmp)
        assert "Traceback" not in proc.stderr, proc.stderr
        results.append((proc.returncode, documents(out)))
    return results


# -- D2: a document link of the site that redirects to storage on another host --------------------------------------
def test_a_document_link_redirecting_to_another_host_is_checked_there_and_not_crawled_on(tmp_path):
    with FaultSite({"/bucket/permit-7731.pdf": body(PERMIT, "application/pdf"),
                    "/bucket/index.html": page("<a href='/bucket/other.csv'>other</a>"),
                    "/bucket/listing.pdf": page("<p>Bucket listing</p><a href='/bucket/other.csv'>other</a>"),
                    "/bucket/other.csv": body(SHUTOFFS, "text/csv")}) as bucket:
        with FaultSite({"/": page("<a href='/DocumentCenter/View/7731'>Permit</a> <a href='/files/plan.pdf'>Plan</a>"
                                  " <a href='/files/list.pdf'>List</a> <a href='/go/portal'>Portal</a>"),
                        "/DocumentCenter/View/7731": redirect(bucket.url + "bucket/permit-7731.pdf"),
                        "/files/plan.pdf": redirect(bucket.url + "bucket/permit-7731.pdf", 301),
                        "/files/list.pdf": redirect(bucket.url + "bucket/listing.pdf"),
                        "/go/portal": redirect(bucket.url + "bucket/index.html")}) as site:
            (code, docs), (again, docs_again) = crawl_nights(site.url, tmp_path, nights=2)
    stored = docs[bucket.url + "bucket/permit-7731.pdf"]
    assert code == 1 and stored["status"] == "scanned" and stored["findings"] >= 2, stored
    assert any(w.startswith("served from 127.0.0.1:") for w in stored["warnings"]), stored
    assert set(stored["redirected_from"]) == {site.url + "DocumentCenter/View/7731", site.url + "files/plan.pdf"}
    # a page there is read as the document its link named, and not followed for links
    assert docs[bucket.url + "bucket/listing.pdf"]["status"] == "scanned"
    assert bucket.url + "bucket/other.csv" not in docs or docs[bucket.url + "bucket/other.csv"]["status"] == "skipped"
    # a page link's redirect to another host is listed, not followed, as before
    portal = docs[bucket.url + "bucket/index.html"]
    assert portal["status"] == "skipped" and "redirect to another host" in portal["reason"]
    # the next night asks for the stored document again (the history's findings) and still checks it
    stored = docs_again[bucket.url + "bucket/permit-7731.pdf"]
    assert again == 1 and stored["status"] == "scanned" and stored["findings"] >= 2, stored


def test_a_direct_link_to_another_hosts_document_is_listed_not_fetched(tmp_path):
    with FaultSite({"/bucket/list.csv": body(SHUTOFFS, "text/csv")}) as bucket:
        with FaultSite({"/": page(f"<a href='{bucket.url}bucket/list.csv'>State list</a>")}) as site:
            ((code, docs),) = crawl_nights(site.url, tmp_path)
    listed = docs[bucket.url + "bucket/list.csv"]
    assert code == 0 and listed["status"] == "skipped" and listed["reason"] == "off-site link (not fetched)"


# -- D3: a debug page's environment table ---------------------------------------------------------------------------
ENVIRONMENT_TABLE = """<h1>PHP Version 8.2.7</h1><h2>Environment</h2><table>
<tr><td class="e">APP_ENV</td><td class="v">production</td></tr>
<tr><td class="e">DB_HOST</td><td class="v">sql02.internal</td></tr>
<tr><td class="e">DB_PASSWORD</td><td class="v">Lq7#vRm2Tz9w</td></tr>
<tr><td class="e">$_SERVER['SMTP_PASSWORD']</td><td class="v">Kd8!pWx3Nc5e</td></tr>
<tr><td class="e">$_ENV["PAYMENT_API_SECRET"]</td><td class="v">f3A9kQ2mZ7xR4tW8bN6c</td></tr>
</table>
<table><tr><th>Variable</th><th>Value</th></tr><tr><td>REDIS_PASSWORD</td><td>Hy6$uJ1oPq4s</td></tr></table>"""

CITY_HELP_TABLE = """<h2>Online services: your account</h2><table>
<tr><td>Password</td><td>Must be at least 12 characters, with a number and a symbol</td></tr>
<tr><td>Reset password</td><td>Call the IT Help Desk at (909) 620-2000</td></tr>
<tr><td>API key</td><td>Request one from the Information Technology Department</td></tr>
<tr><td>DB_HOST</td><td>sql02.internal</td></tr>
<tr><td>Passport photos</td><td>Tuesdays 9-11 am, City Clerk</td></tr></table>"""


def test_credentials_in_a_debug_pages_environment_table_are_found():
    found = {value for category, value in pairs_found("https://www.example.gov/info.php", ENVIRONMENT_TABLE)
             if category == "credential"}
    assert found == {"Lq7#vRm2Tz9w", "Kd8!pWx3Nc5e", "f3A9kQ2mZ7xR4tW8bN6c", "Hy6$uJ1oPq4s"}


def test_a_city_help_table_of_account_rules_is_no_credential():
    assert not [value for category, value in pairs_found("https://www.example.gov/help", CITY_HELP_TABLE)
                if category == "credential"]


# -- D4, D5: a broken link's lower-case name, a soft 404's reason ---------------------------------------------------
def test_a_lower_case_slugs_name_is_read_as_a_name_and_masked_in_every_output(tmp_path):
    routes = {"/": page("<p>Notices</p><a href='/docs/ines-valdivia-623-58-1147.pdf'>Notice</a>"
                        " <a href='/files/permit-application-645-67-3309.pdf'>Permit</a>"
                        " <a href='/staff/mayor-tim-sandoval-909-620-2051'>Mayor</a>"),
              "/docs/ines-valdivia-623-58-1147.pdf": lambda handler: handler.send_error(404)}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert {(f["category"], f["masked"]) for f in findings if f["category"] == "customer_name"} == {
        ("customer_name", "I*** V*******")}  # not the permit's words, not the mayor's
    for name in ("findings.json", "junit.xml", "report.html", "findings.sarif"):
        written = (tmp_path / "out" / name).read_text().lower()
        assert "valdivia" not in written and "ines-" not in written and "ines " not in written, name


def test_a_soft_404s_reason_says_its_page_was_read(tmp_path):
    routes = {"/": page("<a href='/Records/notice.pdf'>Notice</a>"),
              "/Records/notice.pdf": page("<title>Page Not Found</title><h1>Page not found</h1><p>Looking for the "
                                          "notice of Cosimo Pettifer, SSN 611-73-2046? It was removed.</p>")}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path)
    listed = documents(tmp_path / "out")[site.url + "Records/notice.pdf"]
    assert proc.returncode == 1 and listed["findings"] >= 2 and not listed["not_checked"], listed
    assert "soft 404" in listed["reason"] and "not checked" not in listed["reason"], listed
