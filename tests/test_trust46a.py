"""Trust red team, round 46 (first half): what a scan, a document's internals, a lost Redis and a configuration
must never do.

- a scanned file's name is text: an SSN in it is a finding, and the path is masked wherever it is written;
- a reason (a zip member's name in it) is masked like any other text;
- an SVG linked with <a href> is read (safely: entities refused), never skipped as an image;
- a Word document whose XML declares entities is never listed as scanned with its text silently dropped;
- an HTML page nested deeper than the parser's bound is still read, the text inside included;
- a Redis lost mid-crawl ends with one clear line, no traceback (and a memory limit too small for a worker:
  test_fault_site.test_bad_limits_are_refused_before_anything_is_fetched);
- a host setting holding user-info (a password) is refused without echoing it;
- a crawl whose baseline is one of its own targets is refused;
- a damaged workbook whose sheet has no part is not checked, never green.

Crawls run against a real HTTP server on 127.0.0.1 that the test starts and stops; the Redis case starts its own
``redis-server``.
"""
from __future__ import annotations

import io
import re
import json
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from fault_site import FaultSite, delayed, page

SSN = "512-34-6789"
PASSWORD = "Zq9-Secr3t-Pw!x"
RECORD = ("<p>Customer: Maria Delgado, 1412 W Holt Ave, Pomona, CA 91768. SSN 512-34-6789. "
          "PCE account 2-35-123-4567.</p>")


def written_text(*folders: Path) -> str:
    """Every file under the folders, as text (SQLite databases included, byte for byte)."""
    text = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if path.is_file():
                text.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(text)


def findings_of(out: Path) -> dict:
    return json.loads((out / "findings.json").read_text())


# -- D8: user-info in a host setting ------------------------------------------------------------------------------

def test_a_host_setting_with_user_info_is_refused_without_echo(tmp_path, run_pubcheck):
    config = tmp_path / "pubcheck.toml"
    config.write_text(f'[crawl]\nallowed_hosts = ["stager:{PASSWORD}@docs.example.gov"]\n')
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text("public text")
    result = run_pubcheck("scan", site, "--out", tmp_path / "out", "--config", config)
    assert result.returncode == 2, result.stderr
    assert "user-info" in result.stderr and "allowed_hosts" in result.stderr
    assert "Secr3t" not in result.stderr + result.stdout
    assert not (tmp_path / "out" / "findings.json").exists()
    assert "Secr3t" not in written_text(tmp_path / "home")


# -- D6: Redis lost mid-crawl -------------------------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_a_redis_lost_mid_crawl_ends_incomplete_in_one_line(tmp_path):
    from test_distributed import RedisServer
    server = RedisServer(tmp_path)
    routes = {"/": page("".join(f'<a href="/p{i}.html">p{i}</a>' for i in range(12)))}
    routes.update({f"/p{i}.html": delayed(1.0, page(f"<p>Page {i}</p>")) for i in range(12)})
    env = {**os.environ, "HOME": str(tmp_path / "home"), "PUBCHECK_FINGERPRINT_KEY": "test-key",
           "PYTHONPATH": str(ROOT)}
    (tmp_path / "pubcheck.toml").write_text("[crawl]\nconcurrency = 1\nautothrottle = false\nworkers = 1\n")
    try:
        with FaultSite(routes) as site:
            process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out",
                                        str(tmp_path / "out"), "--config", str(tmp_path / "pubcheck.toml"),
                                        "--redis", server.url], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, start_new_session=True)
            try:
                assert site.wait_for("/p1.html", timeout=90), "the crawl did not start"
                server.process.kill()
                server.process.wait(timeout=10)
                _, stderr = process.communicate(timeout=150)
            except BaseException:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
                raise
    finally:
        if server.process.poll() is None:
            server.stop()
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr, stderr
    assert "internal error" not in stderr, stderr
    assert "lost the connection to Redis at " + server.url in stderr, stderr
    if (tmp_path / "out" / "findings.json").exists():
        run = findings_of(tmp_path / "out")["run"]
        assert any("Redis" in e for e in run["errors"]) or run["interrupted"], run


# -- D1, D2: a scanned file's name, a zip member's name ------------------------------------------------------------

def test_a_scanned_file_named_after_an_ssn_is_a_finding_and_its_path_is_masked(tmp_path, run_pubcheck):
    docs = tmp_path / "docs"
    (docs / "2024_cases").mkdir(parents=True)
    (docs / "Delgado_512-34-6789.txt").write_text("The pool opens at nine.\n")
    (docs / "2024_cases" / "notes_8001026149.txt").write_text("The library opens at ten.\n")
    (docs / "minutes_2024-01-15.txt").write_text("The council met.\n")
    out = tmp_path / "out"
    result = run_pubcheck("scan", docs, "--out", out)
    assert result.returncode == 1, result.stderr
    data = findings_of(out)
    named = [f for f in data["findings"] if f["category"] == "ssn"]
    assert named and named[0]["location"]["element"] == "file name", data["findings"]
    assert named[0]["url"].endswith("Delgado_***-**-6789.txt")
    urls = {d["url"] for d in data["documents"]}
    assert str(docs / "Delgado_***-**-6789.txt") in urls
    assert str(docs / "minutes_2024-01-15.txt") in urls  # a date identifies no one
    assert not any("8001026149" in u for u in urls), urls  # no detector's, still masked as a URL's path is
    written = written_text(out, tmp_path / "home")
    assert SSN not in written and "512346789" not in written and "8001026149" not in written
    revealed = run_pubcheck("scan", docs, "--out", tmp_path / "revealed", "--reveal")
    assert revealed.returncode == 1
    assert str(docs / "Delgado_512-34-6789.txt") in {d["url"] for d in findings_of(tmp_path / "revealed")["documents"]}


def test_a_scanned_file_given_by_name_has_its_name_read(tmp_path, run_pubcheck):
    named = tmp_path / "Delgado_512-34-6789.txt"
    named.write_text("The pool opens at nine.\n")
    result = run_pubcheck("scan", named, "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    assert [f["category"] for f in findings_of(tmp_path / "out")["findings"]] == ["ssn"]
    # the history keeps a scanned file's path as its target's key (crawler.history.targets), which the report's
    # trend names: left to the history's keys, so only the run's own outputs are looked at here
    for name in ("findings.json", "junit.xml", "findings.sarif"):
        assert SSN not in (tmp_path / "out" / name).read_text(), name


def encrypted_member_zip(members: dict[str, bytes], encrypted: str) -> bytes:
    """A zip whose member ``encrypted`` is flagged as encrypted (general purpose bit 0), as ``zip -P`` writes it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    name = encrypted.encode()
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = data.find(signature)
        while at >= 0:
            if data[at + name_at:at + name_at + len(name)] == name:
                data[at + flag_at] |= 0x1
            at = data.find(signature, at + 4)
    return bytes(data)


def test_a_zip_members_name_in_a_reason_is_masked(tmp_path, run_pubcheck):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "packet.zip").write_bytes(encrypted_member_zip(
        {"agenda.txt": b"The council meets at six.\n", "Delgado_512-34-6789.csv": b"name,ssn\nMaria Delgado,x\n"},
        "Delgado_512-34-6789.csv"))
    out = tmp_path / "out"
    result = run_pubcheck("scan", docs, "--out", out)
    assert result.returncode in (1, 2), result.stderr
    packet = next(d for d in findings_of(out)["documents"] if d["url"].endswith("packet.zip"))
    assert "Delgado_***-**-6789.csv" in (packet["not_checked"] or packet["reason"] or ""), packet
    written = written_text(out, tmp_path / "home")
    assert SSN not in written and "512346789" not in written
    # a reason is masked in the worker, before it is stored (the history never holds a raw value): --reveal shows
    # the values of findings, and the name of a member that could not be read is none
    run_pubcheck("scan", docs, "--out", tmp_path / "revealed", "--reveal")
    packet = next(d for d in findings_of(tmp_path / "revealed")["documents"] if d["url"].endswith("packet.zip"))
    assert "Delgado_***-**-6789.csv" in (packet["not_checked"] or packet["reason"] or ""), packet


# -- D3: an SVG a page links -----------------------------------------------------------------------------------------

MAP_SVG = ('<?xml version="1.0"?>%s<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100">'
           '<title>Outage map</title><text x="10" y="20">Customer: Maria Delgado%s, SSN 512-34-6789, '
           'PCE account 2-35-123-4567</text></svg>')
LAUGHS = ('<!DOCTYPE svg [<!ENTITY lol "lollollollollollollollollollol">'
          + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10) for i in range(1, 10))
          + ']>')


def crawl_svg(tmp_path, run_pubcheck, svg: str):
    routes = {"/": page('<p>See the <a href="/map.svg">outage map</a>.</p>'),
              "/map.svg": lambda handler: _send(handler, svg.encode(), "image/svg+xml")}
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out")
    data = findings_of(tmp_path / "out")
    return result, next(d for d in data["documents"] if d["url"].endswith("/map.svg")), data


def _send(handler, data: bytes, content_type: str):
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def test_an_svg_a_page_links_is_read(tmp_path, run_pubcheck):
    result, svg, data = crawl_svg(tmp_path, run_pubcheck, MAP_SVG % ("", ""))
    assert result.returncode == 1, result.stderr
    assert svg["status"] == "scanned" and svg["findings"] >= 2 and not svg["not_checked"], svg
    assert {"ssn", "account_number"} <= {f["category"] for f in data["findings"] if f["url"].endswith("/map.svg")}


def test_an_svg_that_declares_entities_is_read_without_them_and_not_checked(tmp_path, run_pubcheck):
    result, svg, data = crawl_svg(tmp_path, run_pubcheck, MAP_SVG % (LAUGHS, " &lol9;"))
    assert result.returncode == 2, result.stderr
    assert svg["status"] == "scanned" and "XML entity declarations refused" in svg["not_checked"], svg
    assert "ssn" in {f["category"] for f in data["findings"] if f["url"].endswith("/map.svg")}
    assert "lollol" not in json.dumps(data)


# -- D4: entity declarations in Office and OpenDocument XML ----------------------------------------------------------

def _with_entity(part: bytes, marker: bytes) -> bytes:
    """``part`` with a DOCTYPE declaring one harmless internal entity after its XML declaration, used right after
    the first ``marker``."""
    declaration_end = part.index(b"?>") + 2 if part.startswith(b"<?xml") else 0
    root = re.match(rb"\s*<([\w:]+)", part[declaration_end:]).group(1)
    part = part[:declaration_end] + b'<!DOCTYPE ' + root + b' [<!ENTITY city "Pomona">]>' + part[declaration_end:]
    return part.replace(marker, marker + b" &city;", 1)


def _rezipped(data: bytes, name: str, transform) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info.filename, transform(body) if info.filename == name else body)
    return out.getvalue()


def _docx() -> bytes:
    import docx
    document = docx.Document()
    document.add_paragraph("Customer Maria Delgado of 1412 W Holt Ave, SSN 512-34-6789, PCE account 2-35-123-4567.")
    out = io.BytesIO()
    document.save(out)
    return _rezipped(out.getvalue(), "word/document.xml", lambda b: _with_entity(b, b"Customer"))


def _pptx() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(2)).text_frame.text = (
        "Customer Maria Delgado, SSN 512-34-6789, PCE account 2-35-123-4567.")
    out = io.BytesIO()
    deck.save(out)
    return _rezipped(out.getvalue(), "ppt/slides/slide1.xml", lambda b: _with_entity(b, b"Customer"))


def _xlsx() -> bytes:
    import openpyxl
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Customer", "SSN", "Account"])
    sheet.append(["Maria Delgado", "512-34-6789", "2-35-123-4567"])
    out = io.BytesIO()
    workbook.save(out)
    return _rezipped(out.getvalue(), "xl/worksheets/sheet1.xml", lambda b: _with_entity(b, b"<sheetData>"))


def _odt() -> bytes:
    content = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE office:document-content [<!ENTITY city "Pomona">]>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               '<office:text><text:p>Customer &city; Maria Delgado, SSN 512-34-6789, PCE account 2-35-123-4567.'
               '</text:p></office:text></office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content)
    return out.getvalue()


@pytest.mark.parametrize("name, make, content_type", [
    ("memo.docx", _docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("deck.pptx", _pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ("list.xlsx", _xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("letter.odt", _odt, "application/vnd.oasis.opendocument.text")])
def test_entity_declarations_are_refused_alike_and_the_text_around_them_read(name, make, content_type):
    from crawler.extract import extract
    document = extract(f"https://example.gov/{name}", make(), content_type)
    text = " ".join(segment.text for segment in document.segments)
    assert SSN in text and "2-35-123-4567" in text, text
    assert "Pomona" not in text  # not expanded
    assert any("XML entity declarations refused" in reason for reason in document.unchecked), document.unchecked


def test_a_word_document_that_declares_entities_is_never_green(tmp_path, run_pubcheck):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "memo.docx").write_bytes(_docx())
    result = run_pubcheck("scan", docs, "--out", tmp_path / "out")
    assert result.returncode == 2, result.stderr
    data = findings_of(tmp_path / "out")
    memo = data["documents"][0]
    assert "XML entity declarations refused" in memo["not_checked"], memo
    assert "ssn" in {f["category"] for f in data["findings"]}


# -- D5: HTML nested deeper than the walk goes -----------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["<font size=2>x ", "<span>"])
def test_text_nested_past_the_depth_bound_is_read_flat(opening):
    from crawler.extract import extract
    count = 3000 if opening.startswith("<font") else 100_000
    html = ("<html><body>" + opening * count + "<div><p>Customer: Maria Delgado</p><p>SSN 512-34-6789</p></div>"
            "<script>var x = '1';</script></body></html>")
    document = extract("https://example.gov/old.html", html.encode(), "text/html")
    lines = [segment.text for segment in document.segments]
    assert "SSN 512-34-6789" in lines and "Customer: Maria Delgado" in lines, lines[-5:]
    assert not document.unchecked
    assert any("read as plain text" in warning for warning in document.warnings)
    assert not any("var x" in line for line in lines)


def test_a_page_of_unclosed_font_tags_is_found_not_green(tmp_path, run_pubcheck):
    html = "<html><body>" + "<font size=2>x " * 3000 + RECORD + "</body></html>"
    with FaultSite({"/": page('<a href="/old.html">old</a>'), "/old.html": page(html)}) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    old = next(d for d in findings_of(tmp_path / "out")["documents"] if d["url"].endswith("/old.html"))
    assert old["findings"] >= 2 and not old["not_checked"], old


# -- judgement calls: a damaged workbook, a run that is its own baseline -------------------------------------------

def test_a_workbook_sheet_whose_part_is_missing_is_not_checked():
    from crawler.extract import extract
    import openpyxl
    workbook = openpyxl.Workbook()
    workbook.active.append(["Notes"])
    workbook.create_sheet("Delgado 512-34-6789").append(["x"])
    out = io.BytesIO()
    workbook.save(out)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet2.xml":
                target.writestr(info.filename, source.read(info))
    document = extract("https://example.gov/list.xlsx", damaged.getvalue(),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert any("part is missing" in reason and SSN in reason for reason in document.unchecked), document.unchecked
    assert any(segment.text == "Delgado 512-34-6789" for segment in document.segments)
    assert not any("Notes" in reason for reason in document.unchecked)


def test_a_run_cannot_be_its_own_baseline(tmp_path, run_pubcheck):
    # refused from the arguments alone, before the history is asked whether the baseline was ever crawled and before
    # any page is fetched: no earlier crawl of the site is needed to show it
    with FaultSite({"/": page(RECORD)}) as site:
        result = run_pubcheck("crawl", site.url, "--baseline", site.url, "--out", tmp_path / "out2")
    assert result.returncode == 2, result.stderr
    assert "one of this run's own targets" in result.stderr
    assert "Traceback" not in result.stderr
    assert site.served == [] and not (tmp_path / "out2" / "findings.json").exists()


def test_a_broken_link_beside_a_linked_svg_is_no_crash():
    from lxml import html as lxml_html

    from crawler.spiders.page_links import asset_links
    root = lxml_html.fromstring('<p><a href="http://[::1/x.svg">broken</a> <a href="/map.svg#top">map</a></p>')
    assert asset_links(root) == ["/map.svg#top"]
