"""The whole product as a webmaster runs it: crawl a real local site (production and password-protected
staging), scan pages and documents, write the reports, gate on the exit code."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, RecordingSite, check_contract
from crawler.demo.server import LocalSite, SiteBehaviour
from crawler.demo.site import write_pdf

STAGING_AUTH = "webmaster:s3cret-Staging-Pass"
PLANTED = ["512-34-6789", "2-23-456-7890", "623-45-7812", "3-012-3456-78", "545-12-3456", "912-70-1234"]
HOSTILE = '<script>document.title="pwned"</script><img src=x onerror="document.body.dataset.pwned=1">'


def build_site(root: Path, offsite_url: str, base_url: str) -> SiteBehaviour:
    def page(name, body):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{name}</title></head>"
                                 f"<body>{body}</body></html>", encoding="utf-8")

    page("index.html", f"""<h1>City of Testville</h1>
        <a href="/notices.html">Notices</a> <a href="/docs/minutes.pdf">Minutes</a>
        <a href="/docs/broken.pdf">Broken packet</a> <a href="/boom.html">Error page</a>
        <a href="/moved">Moved page</a> <a href="{offsite_url}partner.html">Partner site</a>
        <a href="/calendar?month=2026-11">Calendar</a> <a href="/slow.html">Slow page</a>
        <a href="/docs/huge.pdf">Huge file</a> <a href="/agenda.html">Agenda</a>""")
    page("notices.html", f"""<p>Applicant SSN: 512-34-6789</p>
        <!-- billing export: Customer Account 2-23-456-7890 -->
        <p>Posted by {HOSTILE}</p><p>Hostile SSN note {HOSTILE} 545-12-3456</p>""")
    page("agenda.html", """<p>Resolution No. 2020-123; APN 8341-012-034; Case No. 12-3456; ZIP 91766-1234;
        call (909) 620-2311; Invoice No. 2045678; meeting on 2024-03-05.</p>""")
    page("moved-here.html", "<p>Nothing confidential here.</p>")
    page("orphan.html", "<p>Taxpayer ITIN 912-70-1234</p>")
    page("staging/index.html", '<p>Draft: <a href="draft.html">draft</a></p>')
    page("staging/draft.html", "<p>Service Account: 3-012-3456-78</p>")
    (root / "docs").mkdir(exist_ok=True)
    write_pdf(root / "docs" / "minutes.pdf", ["Minutes, page one. Nothing here.", "Speaker card SSN 623-45-7812"])
    (root / "docs" / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> garbage")
    (root / "docs" / "huge.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024))
    (root / "sitemap.xml").write_text(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{base_url}index.html</loc></url><url><loc>{base_url}orphan.html</loc></url></urlset>")
    return SiteBehaviour(protected_prefix="/staging/", credentials=STAGING_AUTH, redirects={"/moved": "/moved-here.html"},
                         statuses={"/boom.html": 500}, delays={"/slow.html": 4})


CONFIG = """
[crawl]
timeout = 2
retries = 1
max_query_variants = 8
max_document_mb = 1
"""


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of the test site, shared by the assertions below (a crawl takes seconds)."""
    tmp = tmp_path_factory.mktemp("e2e")
    root = tmp / "site"
    root.mkdir()
    offsite = RecordingSite()
    site = LocalSite(root)
    site.behaviour = build_site(root, offsite.url, site.url)
    (tmp / "pubcheck.toml").write_text(CONFIG)
    results = {}
    with site:
        for mode in ("masked", "revealed"):
            out = tmp / mode
            args = [sys.executable, "-m", "crawler.cli", "crawl", site.url + "index.html", site.url + "staging/",
                    "--out", str(out), "--config", str(tmp / "pubcheck.toml"), "--auth-env", "STAGING_AUTH"]
            env = {**os.environ, "STAGING_AUTH": STAGING_AUTH, "HOME": str(tmp / "home"),
                   "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)}
            # verbose logs must not leak either; the masked run tolerates the site's four planted faults
            extra = ["--reveal", "--verbose"] if mode == "revealed" else ["--allow-unchecked", "4"]
            proc = subprocess.run(args + extra, cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=300)
            results[mode] = (proc, out)
    offsite.stop()
    return {"site": site.url, "offsite_requests": offsite.requests, **results}


def load(out: Path) -> dict:
    return json.loads((out / "findings.json").read_text(encoding="utf-8"))


def docs_by_url(data: dict) -> dict:
    return {d["url"]: d for d in data["documents"]}


def test_exit_code_gates_on_high_findings(crawled):
    proc, _ = crawled["masked"]
    assert proc.returncode == 1, proc.stderr


def test_documents_not_checked_make_the_run_incomplete(crawled):
    proc, out = crawled["revealed"]
    assert proc.returncode == 2, proc.stderr  # findings too, but an incomplete check wins
    data, site = load(out), crawled["site"]
    not_checked = {d["url"]: d["not_checked"] for d in data["documents"] if d["not_checked"]}
    assert set(not_checked) == {site + "docs/broken.pdf", site + "boom.html", site + "slow.html",
                                site + "docs/huge.pdf"}
    assert not_checked[site + "boom.html"] == "HTTP 500 Internal Server Error"
    assert data["run"]["not_checked"] == 4
    text = BeautifulSoup((out / "report.html").read_text(), "lxml").get_text()
    assert "Incomplete: 4 documents not checked." in text


def test_progress_line_reports_pages_documents_and_findings(crawled):
    stderr = crawled["masked"][0].stderr
    assert "fetched," in stderr and "scanned," in stderr and "findings," in stderr


def test_findings_json_meets_the_contract(crawled):
    check_contract(crawled["masked"][1] / "findings.json")
    check_contract(crawled["revealed"][1] / "findings.json", revealed=True)


def test_finds_planted_values_with_locations(crawled):
    data, site = load(crawled["revealed"][1]), crawled["site"]
    found = {(f["url"], f["category"], f["value"]) for f in data["findings"]}
    assert (site + "notices.html", "ssn", "512-34-6789") in found
    assert (site + "notices.html", "account_number", "2-23-456-7890") in found
    assert (site + "orphan.html", "taxpayer_id", "912-70-1234") in found
    assert (site + "staging/draft.html", "account_number", "3-012-3456-78") in found
    pdf = [f for f in data["findings"] if f["url"] == site + "docs/minutes.pdf"]
    assert [(f["category"], f["location"]["page"]) for f in pdf] == [("ssn", 2)]
    comment = next(f for f in data["findings"] if f["value"] == "2-23-456-7890")
    assert comment["location"]["hidden"] == "html comment"


def test_public_numbers_are_not_findings(crawled):
    data = load(crawled["masked"][1])
    assert not [f for f in data["findings"] if f["url"].endswith("agenda.html")]


def test_every_url_is_accounted_for(crawled):
    docs, site = docs_by_url(load(crawled["masked"][1])), crawled["site"]
    assert docs[site + "docs/broken.pdf"]["status"] == "failed"
    assert "PDF" in docs[site + "docs/broken.pdf"]["reason"]
    assert docs[site + "docs/broken.pdf"]["referrers"] == [site + "index.html"]
    assert docs[site + "boom.html"]["status"] == "failed" and "HTTP 500" in docs[site + "boom.html"]["reason"]
    assert docs[site + "slow.html"]["status"] == "failed" and "timed out" in docs[site + "slow.html"]["reason"]
    assert docs[site + "docs/huge.pdf"]["status"] == "skipped" and "too large" in docs[site + "docs/huge.pdf"]["reason"]
    moved = docs[site + "moved-here.html"]
    assert moved["status"] == "scanned" and moved["redirected_from"] == [site + "moved"]
    assert site + "index.html" in moved["referrers"]
    orphan = docs[site + "orphan.html"]
    assert orphan["status"] == "scanned" and orphan["referrers"] == [site + "sitemap.xml"]
    offsite = [d for d in docs.values() if d["url"].endswith("partner.html")]
    assert offsite and offsite[0]["status"] == "skipped" and "off-site" in offsite[0]["reason"]
    assert docs[site + "staging/draft.html"]["status"] == "scanned"


def test_offsite_links_are_never_fetched(crawled):
    assert crawled["offsite_requests"] == []


def test_crawl_trap_is_cut_short(crawled):
    docs = load(crawled["masked"][1])["documents"]
    calendar = [d for d in docs if "/calendar" in d["url"]]
    trapped = [d for d in calendar if d["status"] == "skipped" and "crawl trap" in (d["reason"] or "")]
    assert trapped, calendar
    assert len([d for d in calendar if d["status"] == "scanned"]) <= 9


def test_no_raw_value_or_password_in_any_output_without_reveal(crawled):
    proc, out = crawled["masked"]
    outputs = [p.read_text(encoding="utf-8", errors="replace") for p in out.iterdir()] + [proc.stdout, proc.stderr]
    for text in outputs:
        assert STAGING_AUTH.split(":")[1] not in text
        for value in PLANTED:
            assert value not in text
            assert value.replace("-", "") not in text.replace("-", "")
    revealed = (crawled["revealed"][1] / "findings.json").read_text()
    assert "512-34-6789" in revealed
    assert STAGING_AUTH.split(":")[1] not in revealed + crawled["revealed"][0].stderr


def test_output_files_are_owner_only(crawled):
    for path in crawled["masked"][1].iterdir():
        assert path.stat().st_mode & 0o077 == 0, path


def test_report_html_shows_findings_and_coverage_and_is_inert(crawled):
    html = (crawled["masked"][1] / "report.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "lxml")
    text = soup.get_text(" ")
    assert "***-**-6789" in text and "HTTP 500" in text and "crawl trap" in text
    assert crawled["site"] + "docs/minutes.pdf" in text
    assert not soup.find_all(attrs={"onerror": True})
    assert all("pwned" not in (s.string or "") for s in soup.find_all("script"))
