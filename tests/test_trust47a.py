"""Trust red team, round 47 (first half): what a crawl, a scan, the history and an acceptance must never do.

- an SSN or account glued into a file name by hyphens, underscores or letters is a finding of the page that links
  it (and of a scanned file), and its raw form (``512_34_6789`` included) is written nowhere;
- a linked style sheet's ``url()`` documents, and those of the sheets it ``@import``s, are followed; so is a
  page's HTTP ``Refresh`` header;
- an ``allowed_hosts`` entry with a port (or a root dot) matches that host; one that names no host is refused;
- a site's cookies never make the crawl fetch the Public Suffix List from the internet;
- a damaged history database is one line and exit 2, the file left in place;
- an acceptance's reason holding the customer's values is stored and shown masked.

Crawls run against a real HTTP server on 127.0.0.1 that the test starts and stops, with a fresh HOME.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from fault_site import FaultSite, body, page

SSN = "512-34-6789"
ACCOUNT = "2-35-123-4567"
PASSWORD = "Zq9-Secr3t-Pw!x"
RAW_FORMS = (SSN, "512_34_6789", "512346789", ACCOUNT, "2_35_123_4567", "2351234567", PASSWORD)
RECORD = ("<p>Customer: Maria Delgado, 1412 W Holt Ave, Pomona, CA 91768. SSN 512-34-6789. "
          "PCE account 2-35-123-4567.</p>")
RECORD_TEXT = "Customer Maria Delgado, SSN 536-90-4417, service at 1412 W Holt Ave, Pomona."


def written_text(*folders: Path) -> str:
    """Every file under the folders, as text (SQLite databases included, byte for byte)."""
    return "\n".join(path.read_bytes().decode("utf-8", "replace")
                     for folder in folders for path in Path(folder).rglob("*") if path.is_file())


def findings_of(out: Path) -> list[tuple[str, str]]:
    data = json.loads((out / "findings.json").read_text())
    return sorted((f["category"], f["masked"]) for f in data["findings"])


def assert_no_raw_value(*folders: Path) -> None:
    text = written_text(*folders)
    for raw in RAW_FORMS:
        assert raw not in text, raw


# -- D1: values glued into file names ----------------------------------------------------------------------------

def test_a_file_name_is_read_however_its_words_and_groups_are_glued():
    from crawler.url_text import file_path_text, path_text
    assert path_text("/files/Delgado-512-34-6789-notice.txt") == "files / Delgado 512-34-6789 notice.txt"
    assert path_text("/files/2024_Delgado_512_34_6789.txt") == "files / 2024 Delgado 512-34-6789.txt"
    assert path_text("/files/SSN512346789.txt") == "files / SSN 512346789.txt"
    assert path_text("/files/acct_2_35_123_4567.pdf") == "files / acct 2-35-123-4567.pdf"
    assert path_text("/files/stmt_512346789_2024.txt") == "files / stmt 512346789 2024.txt"  # two numbers
    assert file_path_text("2024_Delgado_512_34_6789.txt") == "2024 Delgado 512-34-6789.txt"
    assert path_text("/files/agenda_2024_01_15.pdf") == "files / agenda 2024-01-15.pdf"  # read, a date: no finding
    # nothing identifier-shaped: no text to read
    for public in ("/files/item_12_345.pdf", "/media/mp3_128kbps.mp3",
                   "/a/2024/123.pdf"):
        assert path_text(public) == "", public


def test_an_underscore_grouped_number_is_masked_in_every_url_and_path():
    from reports.redact import Redactor, ShownText
    shown = ShownText(Redactor([]))
    assert shown.url("http://h/files/2024_Delgado_512_34_6789.txt") == "http://h/files/2024_Delgado_***_**_6789.txt"
    assert shown.url("http://h/x/acct_2_35_123_4567.txt") == "http://h/x/acct_*_**_***_4567.txt"
    assert shown.place("/srv/docs/2024_Delgado_512_34_6789.txt") == "/srv/docs/2024_Delgado_***_**_6789.txt"
    # dates and short numbers stay readable
    assert shown.url("http://h/files/agenda_2024_01_15.pdf") == "http://h/files/agenda_2024_01_15.pdf"
    assert shown.url("http://h/files/item_12_345.pdf") == "http://h/files/item_12_345.pdf"


GLUED = ["/files/Delgado-512-34-6789-notice.txt", "/files/2024_Delgado_512_34_6789.txt",
         "/files/acct_2_35_123_4567.txt"]
PUBLIC_NAMES = ["/files/agenda_2024_01_15.txt", "/files/Resolution-2024-512.txt", "/files/Council_Minutes_03_12.txt"]


def test_glued_values_in_link_targets_are_findings_and_never_written_raw(tmp_path, run_pubcheck):
    routes = {"/": page(" ".join(f'<a href="{p}">notice</a>' for p in GLUED + PUBLIC_NAMES))}
    routes.update({p: body("Public notice about parks.", "text/plain") for p in GLUED + PUBLIC_NAMES})
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    assert findings_of(tmp_path / "out") == [("account_number", "*-**-***-4567"), ("ssn", "***-**-6789"),
                                             ("ssn", "***-**-6789")]
    assert_no_raw_value(tmp_path / "out", tmp_path / "home")


def test_glued_values_in_scanned_file_names_are_findings_and_never_written_raw(tmp_path, run_pubcheck):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in GLUED + PUBLIC_NAMES:
        (docs / Path(name).name).write_text("Public notice about parks.")
    result = run_pubcheck("scan", docs, "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert sorted((f["category"], f["masked"], f["location"]["element"]) for f in data["findings"]) == [
        ("account_number", "*-**-***-4567", "file name"), ("ssn", "***-**-6789", "file name"),
        ("ssn", "***-**-6789", "file name")]
    assert_no_raw_value(tmp_path / "out", tmp_path / "home")


# -- D2, D3, D4 and the Refresh header: one site ------------------------------------------------------------------

def test_stylesheets_refresh_header_allowed_host_port_and_cookies_offline(tmp_path, run_pubcheck):
    from crawler.middlewares import OfflineCookies
    from crawler.settings import DOWNLOADER_MIDDLEWARES
    # the suffix list is the bundled snapshot: no URL to fetch it from, no cache written
    assert OfflineCookies.suffixes.suffix_list_urls == ()
    assert OfflineCookies.suffixes.fallback_to_snapshot is True
    assert DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.cookies.CookiesMiddleware"] is None
    assert DOWNLOADER_MIDDLEWARES["crawler.middlewares.OfflineCookies"] == 700

    with FaultSite({}) as site:
        port = site.server.server_address[1]
        site.routes.update({
            # the start page sends a cookie and refreshes by header only (no <meta>)
            "/": body('<html><head><link rel="stylesheet" href="/css/site.css"></head><body>Welcome</body></html>',
                      headers={"Set-Cookie": "ASP.NET_SessionId=abc123; Path=/; HttpOnly",
                               "Refresh": "0; url=/home.html"}),
            "/home.html": page(f'<a href="http://localhost:{port}/docs/allowed.txt">docs</a>'),
            "/css/site.css": body('@import url("print.css");\n.hero{background:url("/files/linked.txt") no-repeat}',
                                  "text/css"),
            "/css/print.css": body(".p{background:url(../files/imported.txt)}", "text/css"),
            "/files/linked.txt": body(RECORD_TEXT, "text/plain"),
            "/files/imported.txt": body(RECORD_TEXT.replace("Maria", "Rosa"), "text/plain"),
            "/docs/allowed.txt": body(RECORD_TEXT.replace("Maria", "Ana"), "text/plain"),
        })
        config = tmp_path / "pubcheck.toml"
        config.write_text(f'[crawl]\nallowed_hosts = ["localhost:{port}"]\n')
        # a proxy that leads nowhere: any fetch off the site would fail (and print) rather than leave the machine
        proxy = {"https_proxy": "http://192.0.2.1:9", "http_proxy": "http://192.0.2.1:9",
                 "no_proxy": "127.0.0.1,localhost"}
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", config, env=proxy)
    assert result.returncode == 1, result.stderr
    for path in ("/home.html", "/css/site.css", "/css/print.css", "/files/linked.txt", "/files/imported.txt",
                 "/docs/allowed.txt"):
        assert path in site.served, path
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert "publicsuffix" not in result.stderr
    assert not (tmp_path / "home" / ".cache" / "python-tldextract").exists()
    assert findings_of(tmp_path / "out").count(("ssn", "***-**-4417")) == 3


def test_an_allowed_host_is_matched_by_host_and_port_and_a_root_dot():
    from crawler.scope import AllowedHosts, host_key
    allowed = AllowedHosts(["docs.pomonaca.gov:8443", "Files.PomonaCA.gov.", "www.pomonaca.gov:443"])
    assert host_key("https://docs.pomonaca.gov:8443/a.pdf") in allowed
    assert host_key("https://docs.pomonaca.gov/a.pdf") not in allowed
    assert host_key("https://docs.pomonaca.gov:9443/a.pdf") not in allowed
    assert host_key("https://files.pomonaca.gov:8080/a.pdf") in allowed
    assert host_key("https://files.pomonaca.gov./a.pdf") in allowed
    assert host_key("https://www.pomonaca.gov/a.pdf") in allowed  # :443 is the scheme's default, left out
    assert host_key("https://evil.example.com/a.pdf") not in allowed


def test_an_allowed_hosts_entry_that_names_no_host_is_refused(tmp_path, run_pubcheck):
    (tmp_path / "docs").mkdir()
    for entry in ("https://docs.pomonaca.gov/", "docs.pomonaca.gov/files", "docs.pomonaca.gov:99999"):
        config = tmp_path / "pubcheck.toml"
        config.write_text(f'[crawl]\nallowed_hosts = ["{entry}"]\n')
        result = run_pubcheck("scan", tmp_path / "docs", "--out", tmp_path / "out", "--config", config)
        assert result.returncode == 2, result.stderr
        assert "allowed_hosts must name hosts, as host or host:port" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


# -- D5: a damaged history database -------------------------------------------------------------------------------

def test_a_damaged_history_database_is_one_line_and_left_in_place(tmp_path, run_pubcheck):
    with FaultSite({"/": page('<a href="/n.txt">n</a>'), "/n.txt": body(RECORD_TEXT, "text/plain")}) as site:
        assert run_pubcheck("crawl", site.url, "--out", tmp_path / "out1").returncode == 1
        db = tmp_path / "home" / ".local" / "state" / "pubcheck" / "history.sqlite"
        connection = sqlite3.connect(db)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        with open(db, "r+b") as f:  # the header stays valid, the pages after it are overwritten
            f.seek(4096)
            f.write(bytes(range(256)) * 32)
        damaged = db.read_bytes()
        crawl = run_pubcheck("crawl", site.url, "--out", tmp_path / "out2")
    summary = run_pubcheck("summary")
    for result in (crawl, summary):
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
        assert f"pubcheck: the history database {db} is damaged (database disk image is malformed)" \
            in result.stderr, result.stderr
    assert db.read_bytes() == damaged


# -- D6: an acceptance's reason holding the customer's values -----------------------------------------------------

def test_an_acceptance_reason_is_masked_before_it_is_stored_or_shown(tmp_path, run_pubcheck):
    with FaultSite({"/": page('<a href="/n.html">n</a>'), "/n.html": page(RECORD)}) as site:
        assert run_pubcheck("crawl", site.url, "--out", tmp_path / "out1").returncode == 1
        data = json.loads((tmp_path / "out1" / "findings.json").read_text())
        fingerprint = next(f["fingerprint"] for f in data["findings"] if f["category"] == "ssn")
        accept = run_pubcheck("accept", fingerprint[:12], "--by", "J. Rivera, Compliance", "--reason",
                              f"Customer asked, SSN {SSN}, account {ACCOUNT}, password {PASSWORD}, is his own")
        review = run_pubcheck("review")
        again = run_pubcheck("crawl", site.url, "--out", tmp_path / "out2")
    assert accept.returncode == 0 and review.returncode == 0, accept.stderr + review.stderr
    assert again.returncode == 1, again.stderr
    masked = "Customer asked, SSN ***-**-6789, account *-**-***-4567, password ********, is his own"
    assert f"reason:   {masked}" in review.stdout
    assert "by:       J. Rivera, Compliance" in review.stdout
    accepted = [f["accepted"] for f in json.loads((tmp_path / "out2" / "findings.json").read_text())["findings"]
                if f.get("accepted")]
    assert [a["reason"] for a in accepted] == [masked]
    assert_no_raw_value(tmp_path / "out1", tmp_path / "out2", tmp_path / "home")
    for output in (accept, review, again):
        assert not any(raw in output.stdout + output.stderr for raw in RAW_FORMS)


def test_an_ignore_file_reason_is_masked_as_read(tmp_path):
    from crawler.review import load_ignore_file
    ignore = tmp_path / "pubcheck-ignore.toml"
    ignore.write_text('[[accept]]\nfingerprint = "3f2a9c1d"\nby = "J. Rivera"\n'
                      'reason = "Customer 512-34-6789 asked; mail maria.delgado@gmail.com"\n'
                      '[[accept]]\nfingerprint = "4f2a9c1d"\nby = "J. Rivera"\n'
                      'reason = "Published by law: Resolution 2024-15 of 2024-01-15"\n')
    assert [a.reason for a in load_ignore_file(str(ignore))] == [
        "Customer ***-**-6789 asked; mail m************@g****.com",
        "Published by law: Resolution 2024-15 of 2024-01-15"]


# -- judgement call: hyperlinks inside Office files ---------------------------------------------------------------

def _docx_with_links(targets: list[str]) -> bytes:
    import io

    import docx
    from docx.oxml.shared import OxmlElement, qn
    document = docx.Document()
    paragraph = document.add_paragraph("Agenda packet. See the attachments: ")
    for target in targets:
        rid = document.part.relate_to(target, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                              "hyperlink", is_external=True)
        link, run, text = OxmlElement("w:hyperlink"), OxmlElement("w:r"), OxmlElement("w:t")
        link.set(qn("r:id"), rid)
        text.text = "attachment"
        run.append(text)
        link.append(run)
        paragraph._p.append(link)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def test_office_file_hyperlinks_are_read_as_links():
    import io

    import openpyxl
    from crawler.spiders.office_links import office_links
    assert office_links(_docx_with_links(["/attach/a.txt", "mailto:clerk@pomonaca.gov", "https://example.org/b.pdf",
                                          "exhibit-c.pdf"])) == ["/attach/a.txt", "https://example.org/b.pdf",
                                                                 "exhibit-c.pdf"]
    book = openpyxl.Workbook()
    book.active["A1"].hyperlink = "https://www.pomonaca.gov/files/rates.pdf"
    data = io.BytesIO()
    book.save(data)
    assert office_links(data.getvalue()) == ["https://www.pomonaca.gov/files/rates.pdf"]
    assert office_links(b"PK\x03\x04 broken") == [] and office_links(b"%PDF-1.7") == []


def test_a_word_packets_hyperlink_to_an_attachment_is_followed(tmp_path, run_pubcheck):
    with FaultSite({}) as site:
        site.routes.update({
            "/": page('<a href="/agenda/packet.docx">packet</a>'),
            "/agenda/packet.docx": body(_docx_with_links([site.url + "attach/n.txt", "exhibit-b.txt",
                                                          "https://example.org/other.pdf"]),
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "/attach/n.txt": body(RECORD_TEXT, "text/plain"),
            "/agenda/exhibit-b.txt": body("Exhibit B: the parks budget.", "text/plain"),
        })
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    assert "/attach/n.txt" in site.served and "/agenda/exhibit-b.txt" in site.served
    assert findings_of(tmp_path / "out").count(("ssn", "***-**-4417")) == 1
