"""Red team trust44 (crawl verdict): credentials refused part-way, a session that expires into a sign-in redirect,
a compressed body that inflates past the limit, a PDF served as video/mp4 and a .pdf link answered by an HTML error
page must not pass green; a protected document on a public site, a "My account" sign-in link, a 401 start page and
an HTML viewer page at a .pdf URL stay as documented. Every crawl runs against a real server on 127.0.0.1."""
from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path

from lxml import html as lxml_html

from crawler.spiders.soft_errors import error_page, soft_error_reason
from fault_site import FaultSite, basic_auth_required, body, page, redirect, text_pdf, with_basic_auth
from test_fault_site import documents, run

SSN_PDF = "Customer statement. Customer: Rosalind Penhaligon. SSN: 533-27-6190"
USER, PASSWORD = "stager", "Zq9-Secr3t-Pw!x"


def crawl(routes: dict, tmp: Path, *args, env: dict | None = None, config: str = "") -> tuple[int, dict, dict]:
    (tmp / "pubcheck.toml").write_text("[crawl]\ntimeout = 5\nretries = 0\nconcurrency = 1\n" + config)
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp / "out", "--config", tmp / "pubcheck.toml", *args], tmp,
                      env=env)
    assert "Traceback" not in proc.stderr, proc.stderr
    run_info = json.loads((tmp / "out" / "findings.json").read_text())["run"]
    return proc.returncode, {u.removeprefix(site.url): d for u, d in documents(tmp / "out").items()}, run_info


class Expiring:
    """Routes that answer as given for the first ``good`` requests, then with ``after`` (a 401, a sign-in redirect)."""

    def __init__(self, routes: dict, good: int, after):
        self.count, self.lock = 0, threading.Lock()
        self.routes = {path: self.wrap(path, route, after) for path, route in routes.items()}
        self.good = good

    def wrap(self, path, route, after):
        def answer(handler):
            with self.lock:
                self.count += 1
                expired = self.count > self.good
            (after(path) if expired else route)(handler)
        return answer


def staging(pdf_text: str = "Public agenda packet") -> dict:
    routes = {"/": page(" ".join(f"<a href='/p{i}.html'>p{i}</a>" for i in range(6))
                        + " <a href='/packet.pdf'>packet</a>")}
    routes.update({f"/p{i}.html": page(f"<p>Public page {i}.</p>") for i in range(6)})
    routes["/packet.pdf"] = body(text_pdf(pdf_text), "application/pdf")
    return routes


# -- D1: the start hosts' own credentials refused part-way -----------------------------------------------------------
def test_credentials_refused_mid_crawl_make_the_run_incomplete(tmp_path):
    site = Expiring(staging(), good=2, after=lambda path: basic_auth_required)
    routes = {path: with_basic_auth(route) for path, route in site.routes.items()}
    code, docs, info = crawl(routes, tmp_path, "--auth-env", "STAGING_AUTH",
                             env={"STAGING_AUTH": f"{USER}:{PASSWORD}"})
    assert code == 2
    refused = [d for d in docs.values() if d["http_status"] == 401]
    assert refused and all(d["not_checked"] and "credentials of --auth-env were refused" in d["reason"]
                           for d in refused)
    assert info["not_checked"] >= len(refused)


def test_credentials_refused_after_a_finding_still_exit_2(tmp_path):
    """2 wins over 1: the SSN found before the password expired does not make the verdict complete."""
    routes = staging(SSN_PDF)
    routes["/"] = page("<a href='/packet.pdf'>packet</a> "
                       + " ".join(f"<a href='/p{i}.html'>p{i}</a>" for i in range(6)))
    site = Expiring(routes, good=2, after=lambda path: basic_auth_required)
    code, docs, _ = crawl({p: with_basic_auth(r) for p, r in site.routes.items()}, tmp_path,
                          "--auth-env", "STAGING_AUTH", env={"STAGING_AUTH": f"{USER}:{PASSWORD}"})
    assert docs["packet.pdf"]["status"] == "scanned" and docs["packet.pdf"]["findings"]
    assert code == 2


def test_a_401_start_page_still_exits_2(tmp_path):
    code, docs, _ = crawl({"/": basic_auth_required}, tmp_path)
    assert code == 2
    assert docs[""]["status"] == "failed"


# -- D2: a session that expires into sign-in redirects -------------------------------------------------------------
def sign_in_redirect(path):
    return redirect("/login?next=" + path)


def test_a_session_that_expires_into_sign_in_redirects_is_incomplete(tmp_path):
    site = Expiring(staging(), good=2, after=sign_in_redirect)
    routes = {**site.routes, "/login": page("<form method=post><input name=u><input type=password name=p>"
                                            "<button>Sign in</button></form>")}
    code, docs, info = crawl(routes, tmp_path)
    assert code == 2
    assert not any("login" in url for url, d in docs.items() if d["status"] == "scanned")
    walled = [d for url, d in docs.items() if url.startswith("p")]
    assert walled and all(d["status"] == "failed" and d["not_checked"] and "sign-in page" in d["reason"]
                          for d in walled if d["http_status"] == 302)
    assert info["not_checked"] >= 1


def test_a_my_account_link_to_a_sign_in_page_on_a_public_site_stays_green(tmp_path):
    """A public site's protected area (its "My account" link redirects to a sign-in page, the home page stays
    readable) is listed as password-protected, no gap, and the sign-in page is not listed as scanned."""
    routes = {"/": page("<a href='/account'>My account</a> <a href='/parks.html'>Parks</a>"),
              "/account": redirect("/login?next=/account"),
              "/parks.html": page("<p>Lakeview Park pavilion rentals.</p>"),
              "/login": page("<form method=post><input name=u><input type=password name=p></form>")}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 0
    assert docs["account"]["status"] == "failed" and docs["account"]["not_checked"] is None
    assert docs["account"]["reason"].startswith("password-protected (redirected to a sign-in page)")
    assert docs["parks.html"]["status"] == "scanned"


# -- D3: a compression bomb -------------------------------------------------------------------------------------------
def test_a_gzip_body_inflating_past_the_limit_is_too_large_not_checked(tmp_path):
    bomb = gzip.compress(b"<p>" + b" " * (12 * 1024 * 1024) + b"</p>", 9)
    routes = {"/": page("<a href='/bomb.html'>bomb</a>"),
              "/bomb.html": body(bomb, headers={"Content-Encoding": "gzip"})}
    code, docs, info = crawl(routes, tmp_path, config="max_document_mb = 5\n")
    assert code == 2
    doc = docs["bomb.html"]
    assert doc["reason"].startswith("too large") and doc["not_checked"]
    assert "DOWNLOAD_MAXSIZE" not in doc["reason"]
    assert info["not_checked"] == 1


def test_a_small_gzip_page_is_read(tmp_path):
    routes = {"/": page("<a href='/notice.html'>notice</a>"),
              "/notice.html": body(gzip.compress(b"<p>Street sweeping on Tuesday.</p>"),
                                   headers={"Content-Encoding": "gzip"})}
    code, docs, _ = crawl(routes, tmp_path, config="max_document_mb = 5\n")
    assert code == 0 and docs["notice.html"]["status"] == "scanned"


# -- D4: a document served as a video ----------------------------------------------------------------------------------
def test_a_pdf_served_as_video_is_read(tmp_path):
    routes = {"/": page("<a href='/statement.pdf'>statement</a> <a href='/dl?id=7'>download</a>"),
              "/statement.pdf": body(text_pdf(SSN_PDF), "video/mp4"),
              "/dl": body(text_pdf(SSN_PDF), "video/mp4")}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1
    assert docs["statement.pdf"]["status"] == "scanned" and docs["statement.pdf"]["findings"]
    assert docs["dl?id=7"]["status"] == "scanned" and docs["dl?id=7"]["findings"]


def test_a_real_video_without_an_extension_is_still_skipped(tmp_path):
    video = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 200_000
    routes = {"/": page("<a href='/watch?v=3'>council meeting video</a>"), "/watch": body(video, "video/mp4")}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 0
    assert docs["watch?v=3"]["status"] == "skipped" and docs["watch?v=3"]["reason"] == "not a document type (video/mp4)"


# -- D5: a .pdf link answered by an HTML page ----------------------------------------------------------------------------
def error_html(title: str, heading: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{heading}</h1>"
            "<p>The server is temporarily unable to service your request. Please try again later.</p></body></html>")


def test_a_pdf_link_answered_by_an_error_page_is_not_checked(tmp_path):
    routes = {"/": page("<a href='/statement.pdf'>statement</a>"),
              "/statement.pdf": body(error_html("503 Service Unavailable", "Service Temporarily Unavailable"))}
    code, docs, info = crawl(routes, tmp_path)
    assert code == 2
    doc = docs["statement.pdf"]
    assert doc["status"] == "failed" and doc["not_checked"] and "error page" in doc["reason"]
    assert info["not_checked"] == 1


def test_a_pdf_link_answered_by_a_not_found_page_is_a_soft_broken_link(tmp_path):
    routes = {"/": page("<a href='/old-statement.pdf'>statement</a>"),
              "/old-statement.pdf": body(error_html("Page Not Found | City of Pomona", "Page not found"))}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 0
    doc = docs["old-statement.pdf"]
    assert doc["status"] == "failed" and doc["not_checked"] is None and "soft 404" in doc["reason"]


def test_an_html_viewer_page_at_a_pdf_url_is_read_with_a_warning(tmp_path):
    viewer = ("<!DOCTYPE html><html><head><title>Agenda packet - Document viewer</title></head><body>"
              "<h1>Agenda packet</h1><p>Customer Rosalind Penhaligon, SSN 533-27-6190.</p></body></html>")
    routes = {"/": page("<a href='/packet.pdf'>packet</a>"), "/packet.pdf": body(viewer)}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1
    doc = docs["packet.pdf"]
    assert doc["status"] == "scanned" and doc["findings"]
    assert any("names a PDF file but the answer is an HTML page" in w for w in doc["warnings"])


def test_error_page_headings():
    def judged(title, heading=""):
        return error_page(lxml_html.fromstring(f"<html><head><title>{title}</title></head>"
                                               f"<body><h1>{heading}</h1><p>x</p></body></html>"))
    assert judged("503 Service Unavailable")[1] == 503
    assert judged("City of Pomona", "Internal Server Error")[1] == 503
    assert judged("Error 404")[1] == 404
    assert judged("Access Denied")[1] == 503
    assert judged("401(k) Plan Summary") is None
    assert judged("Form 503 Instructions", "Form 503") is None
    assert judged("Statement for March") is None
    assert soft_error_reason(503)[1] is True and soft_error_reason(404)[1] is False
