"""Trust leftovers, round 48: what the outputs and the crawl's scope must do however a site is written or answers.

- an ``allowed_hosts`` entry of an IPv6 address matches it on any port bare (``::1``, ``[::1]``) and on its port
  only with one (``[::1]:8080``); an internationalised host matches in either spelling (Unicode or punycode);
- two crawls of the same site, answering in a different order each time with several requests at once, write the
  same findings.json, findings.sarif and junit.xml but for their times;
- a site's cookies are kept by Scrapy's public cookie jar with a policy that checks a cookie's domain against
  tldextract's bundled Public Suffix List: nothing is fetched from publicsuffix.org;
- a failed document's reason (a parser's exception, which can quote the document's own bytes or its name) is masked
  as other text is, before it is stored anywhere.

Crawls run against a real HTTP server on 127.0.0.1 that the test starts and stops, with a fresh HOME.
"""
from __future__ import annotations

import json
import random
import re
import socket
import threading
import time
import zipfile
from io import BytesIO
from pathlib import Path
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fault_site import FaultSite, body, page

SSN = "512-34-6789"
PASSWORD = "Zq9-Secr3t-Pw!x"
RECORD = "Customer Maria Delgado, SSN 536-90-4417, service at 1412 W Holt Ave, Pomona."


# -- allowed_hosts: IPv6 and internationalised names --------------------------------------------------------------

def test_an_ipv6_allowed_host_matches_on_any_port_bare_and_on_its_port_with_one():
    from crawler.scope import AllowedHosts, host_key
    assert host_key("http://[::1]:8080/a.pdf") == "[::1]:8080"
    assert host_key("http://[::1]/a.pdf") == "::1"
    for entry in ("::1", "[::1]", "[0:0:0:0:0:0:0:1]"):
        allowed = AllowedHosts([entry])
        for url in ("http://[::1]/a.pdf", "http://[::1]:8080/a.pdf", "https://[::1]:9443/a.pdf"):
            assert host_key(url) in allowed, (entry, url)
        assert host_key("http://[::2]:8080/a.pdf") not in allowed
        assert host_key("http://127.0.0.1:8080/a.pdf") not in allowed
    allowed = AllowedHosts(["[::1]:8080", "[2001:db8::7]:443"])
    assert host_key("http://[::1]:8080/a.pdf") in allowed
    assert host_key("http://[::1]:9090/a.pdf") not in allowed
    assert host_key("http://[::1]/a.pdf") not in allowed
    assert host_key("https://[2001:db8::7]/a.pdf") in allowed  # :443, the scheme's default, is left out of a URL
    assert host_key("https://[2001:db8::7]:8443/a.pdf") not in allowed
    # an address that a port would spell alike unbracketed ("::1:8080" is an address of its own) is no match
    assert host_key("http://[::1:8080]/a.pdf") not in allowed
    assert host_key("http://[::1:8080]/a.pdf") not in AllowedHosts(["::1"])


def test_an_internationalised_allowed_host_matches_in_either_spelling():
    from crawler.scope import AllowedHosts, host_key
    for entry in ("bücher.example", "xn--bcher-kva.example", "BÜCHER.example."):
        allowed = AllowedHosts([entry])
        for url in ("https://bücher.example/a.pdf", "https://xn--bcher-kva.example/a.pdf",
                    "https://XN--BCHER-KVA.example:8443/a.pdf"):
            assert host_key(url) in allowed, (entry, url)
        assert host_key("https://bucher.example/a.pdf") not in allowed
    with_port = AllowedHosts(["bücher.example:8443"])
    assert host_key("https://xn--bcher-kva.example:8443/a.pdf") in with_port
    assert host_key("https://xn--bcher-kva.example/a.pdf") not in with_port


def test_ipv6_and_internationalised_allowed_hosts_are_valid_configuration(tmp_path, run_pubcheck):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notice.txt").write_text("Public notice about parks.")
    # every entry is checked on its own as the file is read, before the scan starts: one run of the five (a
    # refused one would be named on stderr), not a run for each
    entries = ("::1", "[::1]", "[::1]:8080", "bücher.example", "xn--bcher-kva.example:8443")
    config = tmp_path / "pubcheck.toml"
    listed = ", ".join(f'"{entry}"' for entry in entries)
    config.write_text(f"[crawl]\nallowed_hosts = [{listed}]\n", encoding="utf-8")
    result = run_pubcheck("scan", tmp_path / "docs", "--out", tmp_path / "out", "--config", config)
    assert result.returncode == 0, result.stderr


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def _serve_on_ipv6_loopback(text: str) -> tuple[_IPv6Server, list[str]]:
    served: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            served.append(self.path)
            data = text.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = _IPv6Server(("::1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, served


def test_a_crawl_follows_links_to_an_ipv6_allowed_host_on_its_port_only(tmp_path, run_pubcheck):
    try:
        allowed, allowed_served = _serve_on_ipv6_loopback(RECORD)
        other, other_served = _serve_on_ipv6_loopback(RECORD.replace("4417", "4418"))
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")
    try:
        port, other_port = allowed.server_address[1], other.server_address[1]
        with FaultSite({"/": page(f'<a href="http://[::1]:{port}/docs/allowed.txt">docs</a> '
                                  f'<a href="http://[::1]:{other_port}/docs/other.txt">other</a>')}) as site:
            config = tmp_path / "pubcheck.toml"
            config.write_text(f'[crawl]\nallowed_hosts = ["[::1]:{port}"]\n')
            result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", config)
    finally:
        for server in (allowed, other):
            server.shutdown()
            server.server_close()
    assert result.returncode == 1, result.stderr
    assert allowed_served == ["/docs/allowed.txt"] and other_served == []
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert {(f["category"], f["masked"]) for f in data["findings"] if f["category"] == "ssn"} == {
        ("ssn", "***-**-4417")}
    off_site = [d for d in data["documents"] if d["url"] == f"http://[::1]:{other_port}/docs/other.txt"]
    assert len(off_site) == 1 and off_site[0]["status"] == "skipped", off_site


# -- the same site twice: the same outputs -----------------------------------------------------------------------

def _jittery_site(documents: int) -> dict:
    """A site whose pages and documents answer after a random delay: each run completes them in another order."""
    jitter = random.Random()

    def slow(route):
        def answer(handler):
            time.sleep(jitter.random() * 0.2)
            route(handler)
        return answer

    routes = {"/": page(" ".join(f'<a href="/d{i}.txt">d</a> <a href="/p{i}.html">p</a>' for i in range(documents)))}
    for i in range(documents):
        routes[f"/d{i}.txt"] = slow(body(f"Customer Person{chr(65 + i)} Lastname, SSN 512-34-{6789 - i:04d}, "
                                         f"account 8{i:09d}, {100 + i} Main St, Pomona\n", "text/plain"))
        routes[f"/p{i}.html"] = slow(page(f"<p>Public page {i}</p><a href='/d{(i * 7) % documents}.txt'>again</a>"
                                          f"<p>Call 909-555-{1000 + i} or write to resident{i}@example.com</p>"))
    return routes


# what two runs may write differently: when they ran (timestamps) and how long their parts took
_TIMES = re.compile(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?|'
                    r'"timings": \{[^{}]*\}|'
                    r' time="[0-9.]+"')


def _without_times(text: str) -> str:
    return _TIMES.sub("TIME", text)


def test_two_crawls_of_the_same_site_write_the_same_outputs_but_for_their_times(tmp_path, run_pubcheck):
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nconcurrency = 8\nautothrottle = false\n")
    with FaultSite(_jittery_site(12)) as site:
        runs = [run_pubcheck("crawl", site.url, "--out", tmp_path / f"out{n}", "--config", config,
                             "--db", tmp_path / f"h{n}.sqlite") for n in (1, 2)]
    for result in runs:
        assert result.returncode == 1, result.stderr
    for name in ("findings.json", "findings.sarif", "junit.xml"):
        first, second = (_without_times((tmp_path / f"out{n}" / name).read_text()) for n in (1, 2))
        assert first == second, name
    sarif = json.loads((tmp_path / "out1" / "findings.sarif").read_text())
    data = json.loads((tmp_path / "out1" / "findings.json").read_text())
    # SARIF lists its results in findings.json's order: by URL, then place in the document, then category
    assert [r["partialFingerprints"]["pubcheck/v1"] for r in sarif["runs"][0]["results"]] == [
        f["fingerprint"] for f in data["findings"]]
    assert [f["url"] for f in data["findings"]] == sorted(f["url"] for f in data["findings"])
    assert len(data["findings"]) >= 12 * 3


# -- cookies: Scrapy's public cookie jar, the bundled suffix list -------------------------------------------------

def test_cookies_are_kept_by_scrapys_jar_with_a_policy_on_the_bundled_suffix_list(monkeypatch):
    from scrapy.http import HtmlResponse, Request

    from crawler.middlewares import OfflineCookies
    from crawler.settings import DOWNLOADER_MIDDLEWARES

    def no_network(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    # Scrapy's own CookiesMiddleware (and its private suffix check, which fetches the list) is not in the chain
    assert DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.cookies.CookiesMiddleware"] is None
    assert not hasattr(OfflineCookies, "_process_cookies")
    cookies = OfflineCookies()
    page_url = "https://www.ci.pomona.ca.us/news"
    set_cookies = [b"session=s1; Path=/", b"wide=w1; Domain=.ca.us; Path=/", b"gov=g1; Domain=gov; Path=/",
                   b"site=c1; Domain=.ci.pomona.ca.us; Path=/", b"private=p1; Domain=github.io; Path=/"]
    request = Request(page_url)
    response = HtmlResponse(page_url, body=b"<p>hi</p>", headers={"Set-Cookie": set_cookies}, request=request)
    assert cookies.process_response(request, response) is response
    sent = Request("https://www.ci.pomona.ca.us/parks")
    assert cookies.process_request(sent) is None
    assert sorted(sent.headers.get("Cookie", b"").decode().split("; ")) == ["session=s1", "site=c1"]
    other_city = Request("https://www.ci.ontario.ca.us/")
    cookies.process_request(other_city)
    assert other_city.headers.get("Cookie") is None  # a cookie for a public suffix reaches no other site
    sibling = Request("https://files.ci.pomona.ca.us/a.pdf")
    cookies.process_request(sibling)
    assert sibling.headers.get("Cookie") == b"site=c1"
    apart = Request("https://www.ci.pomona.ca.us/parks", meta={"dont_merge_cookies": True}, headers={"Cookie": "x=1"})
    cookies.process_request(apart)
    assert apart.headers.get("Cookie") == b"x=1"
    # a public suffix's own host keeps the cookie it sets for itself, for itself alone
    suffix_host = "https://github.io/"
    request = Request(suffix_host)
    cookies.process_response(request, HtmlResponse(suffix_host, body=b"", request=request,
                                                   headers={"Set-Cookie": b"own=o1; Domain=github.io"}))
    again, elsewhere = Request(suffix_host), Request("https://someone.github.io/")
    cookies.process_request(again)
    cookies.process_request(elsewhere)
    assert again.headers.get("Cookie") == b"own=o1" and elsewhere.headers.get("Cookie") is None


# -- a failed document's reason: masked as other text ------------------------------------------------------------

_CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="{}"/></Types>')
_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>')
CUSTOMER = "Maria Delgado"
RAW = (CUSTOMER, SSN, "512346789", PASSWORD, "2-35-123-4567")


def _docx_of_content_type(content_type: str) -> bytes:
    """A Word package whose main part declares ``content_type``: python-docx refuses it, quoting the type."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES.format(content_type))
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
                                              'openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>')
    return buffer.getvalue()


def _zip_with_a_bad_member(name: str) -> bytes:
    """An archive whose one member fails its CRC check: zipfile's error quotes the member's name."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "A public notice about street sweeping.")
    data = bytearray(buffer.getvalue())
    data[data.index(b"A public")] = ord("a")
    return bytes(data)


def test_a_parsers_exception_quoting_the_documents_values_is_masked_in_the_worker(monkeypatch):
    from crawler import worker
    from detectors.registry import load_detectors
    monkeypatch.setattr(worker, "_detectors", load_detectors({}, {}))
    failed = worker.analyze("https://www.pomonaca.gov/files/notice.docx", _docx_of_content_type(
        f"Customer {CUSTOMER}, SSN {SSN}, password: {PASSWORD}"), None)
    assert failed.status == "failed"
    assert failed.reason == ("broken DOCX: file 'notice.docx' is not a Word file, content type is "
                             "'Customer M**** D******, SSN ***-**-6789, password: ********'")
    scanned = worker.analyze("https://www.pomonaca.gov/files/bills.zip", _zip_with_a_bad_member(
        f"Customer {CUSTOMER} SSN {SSN} acct 2-35-123-4567.txt"), None)
    assert scanned.status == "scanned"
    assert scanned.unchecked == ["member Customer M**** D****** SSN ***-**-6789 acct *-**-***-4567.txt unreadable: "
                                 "BadZipFile: Bad CRC-32 for file 'Customer M**** D****** SSN ***-**-6789 acct "
                                 "*-**-***-4567.txt'"]
    # a reason that quotes nothing of the kind is kept as it is
    public = worker.analyze("https://www.pomonaca.gov/files/agenda.docx", _docx_of_content_type("text/plain"), None)
    assert public.reason == "broken DOCX: file 'agenda.docx' is not a Word file, content type is 'text/plain'"
    assert worker.masked_note("corrupt ZIP archive: File is not a zip file") == (
        "corrupt ZIP archive: File is not a zip file")


def test_a_failed_documents_reason_holds_no_value_in_any_output_or_the_history(tmp_path, run_pubcheck):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notice.docx").write_bytes(_docx_of_content_type(f"Customer {CUSTOMER}, SSN {SSN}, password: {PASSWORD}"))
    (docs / "Delgado_512346789.docx").write_bytes(_docx_of_content_type("application/octet-stream"))
    (docs / "bills.zip").write_bytes(_zip_with_a_bad_member(f"Customer {CUSTOMER} SSN {SSN}.txt"))
    (docs / "public.txt").write_text("Street sweeping resumes Monday on Holt Avenue.")
    result = run_pubcheck("scan", docs, "--out", tmp_path / "out")
    assert result.returncode == 2, result.stderr  # two documents could not be checked
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    reasons = {Path(d["url"]).name: d["reason"] or d["not_checked"] for d in data["documents"]}
    assert reasons["notice.docx"] == ("broken DOCX: file 'notice.docx' is not a Word file, content type is "
                                      "'Customer M**** D******, SSN ***-**-6789, password: ********'")
    assert reasons["bills.zip"].startswith("member Customer M**** D****** SSN ***-**-6789.txt unreadable")
    written = "\n".join(path.read_bytes().decode("utf-8", "replace")
                        for folder in (tmp_path / "out", tmp_path / "home") for path in folder.rglob("*")
                        if path.is_file())
    for raw in RAW:
        assert raw not in written, raw
        assert raw not in result.stdout + result.stderr, raw
