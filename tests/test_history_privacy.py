"""The history never holds a raw value: not in findings, not in URLs (a PDF named after the account number in
it), not in a page's stored links. Checked by grepping the database files for every planted value after a
full and an incremental crawl."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zlib

import pytest

from conftest import ROOT
from crawler.demo.server import LocalSite, SiteBehaviour
from crawler.demo.site import write_pdf

SSN, ACCOUNT, NAMED_ACCOUNT = "512-34-6789", "2-23-456-7891", "2-23-456-7890"
NAME, PHONE = "Maria Lopez", "(909) 555-0142"
PLANTED = [SSN, ACCOUNT, NAMED_ACCOUNT, NAME, PHONE]


def forms(value: str) -> list[bytes]:
    """The ways a value could sit in a file: as written, digits only, lower case."""
    digits = "".join(c for c in value if c.isdigit())
    return [value.encode(), value.lower().encode()] + ([digits.encode()] if len(digits) >= 7 else [])


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("privacy")
    root = tmp / "site"
    (root / "docs").mkdir(parents=True)
    statement = f"docs/statement-{NAMED_ACCOUNT}.pdf"
    (root / "index.html").write_text(
        f'<html><body><a href="/notices.html">Notices</a> <a href="/billing.html">Billing</a>'
        f' <a href="/{statement}">Statement</a></body></html>')
    (root / "notices.html").write_text(f"<html><body><p>Applicant SSN: {SSN}</p>"
                                       f"<!-- Customer Account {ACCOUNT} --></body></html>")
    (root / "billing.html").write_text(
        "<html><body><table><tr><th>Customer Name</th><th>Account Number</th><th>Phone</th></tr>"
        f"<tr><td>{NAME}</td><td>{ACCOUNT}</td><td>{PHONE}</td></tr></table></body></html>")
    write_pdf(root / statement, [f"Customer Account {NAMED_ACCOUNT}", "Amount due: $84.12"])
    db = tmp / "history.sqlite"
    outs = []
    with LocalSite(root, SiteBehaviour(calendar_path=None)) as site:
        for name in ("full", "incremental"):
            out = tmp / name
            proc = subprocess.run(
                [sys.executable, "-m", "crawler.cli", "crawl", site.url + "index.html", "--out", str(out),
                 "--db", str(db)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                env={**os.environ, "HOME": str(tmp / "home"), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)})
            assert proc.returncode == 1, proc.stderr
            outs.append(out)
    return {"db": db, "site": site.url, "outs": outs, "statement": statement}


def test_planted_values_were_found(crawled):
    data = json.loads((crawled["outs"][0] / "findings.json").read_text())
    categories = {(f["category"], f["masked"]) for f in data["findings"]}
    assert ("ssn", "***-**-6789") in categories and ("customer_name", "M**** L****") in categories
    assert any(f["category"] == "account_number" and f["url"].endswith("statement-*-**-***-7890.pdf")
               for f in data["findings"])  # the report masks the value in the document's own URL


def test_database_files_hold_no_raw_value(crawled):
    files = [p for p in crawled["db"].parent.iterdir() if p.name.startswith(crawled["db"].name)]
    assert crawled["db"] in files
    content = b"".join(p.read_bytes() for p in files)
    for value in PLANTED:
        for form in forms(value):
            assert form not in content, (value, form)
    with sqlite3.connect(crawled["db"]) as db:  # compressed page links are checked decompressed
        links = [zlib.decompress(blob).decode() for (blob,) in db.execute("SELECT links FROM page_links")]
        urls = [url for (url,) in db.execute("SELECT url FROM documents")]
    assert links, "pages' links were stored"
    for text in links + urls:
        for value in PLANTED:
            assert value not in text
    assert any("statement-*-**-***-7890.pdf" in url for url in urls)


def test_database_is_owner_only(crawled):
    assert crawled["db"].stat().st_mode & 0o077 == 0


def test_pages_whose_links_hold_a_value_are_fetched_again(crawled):
    """The home page links to the statement named after an account number: its links are not kept, so the
    incremental run downloads it again; the statement, stored under a masked URL, is still recognised by the keyed
    hash of its raw URL (crawler.history.keys): unchanged, its findings carried forward."""
    docs = {d["url"]: d for d in json.loads((crawled["outs"][1] / "findings.json").read_text())["documents"]}
    site = crawled["site"]
    assert docs[site + "index.html"]["unchanged"] is False
    assert docs[site + "notices.html"]["unchanged"] is True and docs[site + "billing.html"]["unchanged"] is True
    statement = [d for url, d in docs.items() if "statement-" in url]
    assert len(statement) == 1 and statement[0]["unchanged"] is True and statement[0]["status"] == "scanned"
    assert statement[0]["findings"]
