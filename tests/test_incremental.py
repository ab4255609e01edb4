"""Incremental crawls against servers that validate differently: with ETags (If-None-Match), and with no
validators at all, where the content hash tells an unchanged page. A changed page is always scanned again."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler

import pytest

from conftest import ROOT, serve_locally


class Site:
    """Pages from a dict on 127.0.0.1; ``etags`` says whether it sends ETags and answers If-None-Match."""

    def __init__(self, pages: dict[str, str], etags: bool):
        self.pages, self.statuses = pages, []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = site.pages.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    site.statuses.append((self.path, 404))
                    return
                data = body.encode()
                tag = '"' + hashlib.md5(data).hexdigest() + '"'
                if etags and self.headers.get("If-None-Match") == tag:
                    self.send_response(304)
                    self.send_header("ETag", tag)
                    self.end_headers()
                    site.statuses.append((self.path, 304))
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                if etags:
                    self.send_header("ETag", tag)
                self.end_headers()
                self.wfile.write(data)
                site.statuses.append((self.path, 200))

            def log_message(self, *args):
                pass

        self.server, self.url = serve_locally(Handler)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def crawl(site: Site, out, home, db) -> dict:
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", site.url + "index.html", "--out", str(out),
                           "--db", str(db)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "HOME": str(home), "PUBCHECK_FINGERPRINT_KEY": "k",
                               "PYTHONPATH": str(ROOT)})
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads((out / "findings.json").read_text())


@pytest.mark.parametrize("etags", [True, False], ids=["etag", "content-hash"])
def test_unchanged_pages_are_not_scanned_again_and_changed_ones_are(tmp_path, etags):
    site = Site({"/index.html": '<a href="/a.html">a</a> <a href="/b.html">b</a>',
                 "/a.html": "<p>Applicant SSN: 512-34-6789</p>", "/b.html": "<p>Nothing here.</p>"}, etags)
    try:
        first = crawl(site, tmp_path / "1", tmp_path, tmp_path / "h.sqlite")
        site.statuses.clear()
        site.pages["/b.html"] = "<p>Customer Account 2-23-456-7890</p>"
        second = crawl(site, tmp_path / "2", tmp_path, tmp_path / "h.sqlite")
    finally:
        site.stop()
    docs = {d["url"].removeprefix(site.url): d for d in second["documents"]}
    assert docs["index.html"]["unchanged"] and docs["a.html"]["unchanged"]
    assert not docs["b.html"]["unchanged"] and docs["b.html"]["status"] == "scanned"
    statuses = dict(site.statuses)
    assert statuses["/a.html"] == (304 if etags else 200) and statuses["/b.html"] == 200
    found = {(f["url"].removeprefix(site.url), f["category"], f["status"]) for f in second["findings"]}
    assert found == {("a.html", "ssn", "recurring"), ("b.html", "account_number", "new")}
    assert [f["fingerprint"] for f in first["findings"]] == [f["fingerprint"] for f in second["findings"]
                                                            if f["url"].endswith("a.html")]


def test_full_and_revealed_runs_scan_everything_again(tmp_path):
    site = Site({"/index.html": '<a href="/a.html">a</a>', "/a.html": "<p>Applicant SSN: 512-34-6789</p>"}, True)
    env = {**os.environ, "HOME": str(tmp_path), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)}
    try:
        crawl(site, tmp_path / "1", tmp_path, tmp_path / "h.sqlite")
        for extra in (["--full"], ["--reveal"]):
            site.statuses.clear()
            subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", site.url + "index.html", "--out",
                            str(tmp_path / "x"), "--db", str(tmp_path / "h.sqlite"), *extra], cwd=ROOT, env=env,
                           capture_output=True, timeout=300)
            assert {status for _, status in site.statuses} == {200, 404}, extra  # 404: robots.txt, sitemap.xml
            data = json.loads((tmp_path / "x" / "findings.json").read_text())
            assert not any(d["unchanged"] for d in data["documents"])
        assert data["findings"][0]["value"] == "512-34-6789" and data["findings"][0]["status"] == "recurring"
    finally:
        site.stop()


def test_a_recrawl_starts_its_workers_with_the_first_changed_document(tmp_path):
    """A re-crawl of an unchanged site reads nothing, so its extraction workers never start; a changed page starts
    them, and a memory limit too small for them is then the same configuration error as before a first crawl: exit
    2, no report, no run in the history."""
    site = Site({"/index.html": '<a href="/a.html">a</a>', "/a.html": "<p>Applicant SSN: 512-34-6789</p>"}, True)
    (tmp_path / "small.toml").write_text("[crawl]\nextract_memory_mb = 20\n")
    env = {**os.environ, "HOME": str(tmp_path), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT)}

    def small_crawl(out):
        return subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", site.url + "index.html", "--out",
                               str(tmp_path / out), "--db", str(tmp_path / "h.sqlite"), "--config",
                               str(tmp_path / "small.toml")], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=300)
    try:
        crawl(site, tmp_path / "1", tmp_path, tmp_path / "h.sqlite")
        unchanged = small_crawl("2")  # no worker needed: the limit is never tried
        site.pages["/a.html"] = "<p>Applicant SSN: 512-34-6789. Revised.</p>"
        changed = small_crawl("3")
    finally:
        site.stop()
    assert unchanged.returncode == 1, unchanged.stderr  # the carried-forward SSN
    data = json.loads((tmp_path / "2" / "findings.json").read_text())
    assert all(d["unchanged"] for d in data["documents"] if d["status"] == "scanned")
    assert changed.returncode == 2 and "is [crawl] extract_memory_mb = 20 too small?" in changed.stderr, changed.stderr
    assert not (tmp_path / "3" / "findings.json").exists()
    import sqlite3
    with sqlite3.connect(tmp_path / "h.sqlite") as db:
        assert [row[0] for row in db.execute("SELECT outcome FROM runs ORDER BY id")] == ["findings", "findings"]


def test_a_page_holding_data_link_documents_is_read_again_so_their_findings_stay(tmp_path):
    """A ``data:`` link's document is read from its page's body: a page that held one is fetched in full (the content
    hash then tells it unchanged), never taken on a 304's word, or its documents' findings would read as resolved."""
    import base64
    record = base64.b64encode(b"Customer Ines Oduya, Account 2-23-456-7890, 41 Larch St").decode()
    site = Site({"/index.html": f'<a href="data:text/plain;base64,{record}">case</a> <a href="/a.html">a</a>',
                 "/a.html": "<p>Applicant SSN: 512-34-6789</p>"}, True)
    try:
        first = crawl(site, tmp_path / "1", tmp_path, tmp_path / "h.sqlite")
        site.statuses.clear()
        second = crawl(site, tmp_path / "2", tmp_path, tmp_path / "h.sqlite")
    finally:
        site.stop()
    statuses = dict(site.statuses)
    assert statuses["/index.html"] == 200 and statuses["/a.html"] == 304
    linked = {f["fingerprint"] for f in first["findings"] if "#data-link-" in f["url"]}
    assert linked and linked <= {f["fingerprint"] for f in second["findings"]}
    assert not second["resolved"]
