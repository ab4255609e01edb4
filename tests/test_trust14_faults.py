"""Faults in the verdict found by red team trust14, each proven on its own server or files: an output folder two
runs write at once, reports that cannot be written, empty start documents, bodies in a coding pubcheck cannot
decode, DOCX decompression bombs, merged look-alike URLs, a resumed run's stale verdicts and link-heavy pages
past the page limit."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from fault_site import FaultSite, page
from test_fault_site import documents, environment, run

CUSTOMER_ROW = ("<table><tr><th>Customer</th><th>Account No.</th><th>Service Address</th></tr>"
                "<tr><td>Marisol Quenneville</td><td>7-31-442-0918</td><td>4417 Tamarack Ln</td></tr></table>")


def hold_output(out, tmp):
    """Another process that has prepared ``out`` for its run and keeps it (a crawl still running)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from crawler.run import prepare_output; "
         "lock = prepare_output(sys.argv[1]); print('held', flush=True); time.sleep(120)", str(out)],
        cwd=ROOT, env=environment(tmp), stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_run_into_a_busy_output_folder_is_refused_before_it_crawls(tmp_path):
    out = tmp_path / "shared"
    holder = hold_output(out, tmp_path)
    try:
        with FaultSite({"/": page("<p>Parks and recreation</p>")}) as site:
            proc, _ = run(["crawl", site.url, "--out", out], tmp_path, timeout=120)
            assert proc.returncode == 2, proc.stderr
            assert f"--out {out} is in use by another pubcheck run (pid {holder.pid})" in proc.stderr
            assert "Traceback" not in proc.stderr and site.served == []
            scanned = tmp_path / "notice.html"
            scanned.write_text("<p>Public notice</p>")
            proc, _ = run(["scan", scanned, "--out", out], tmp_path, timeout=120)
            assert proc.returncode == 2 and "is in use by another pubcheck run" in proc.stderr, proc.stderr
            assert not (out / "report.html").exists()
            holder.kill()
            holder.wait()
            proc, _ = run(["crawl", site.url, "--out", out], tmp_path, timeout=120)  # the holder is gone: free
            assert proc.returncode == 0, proc.stderr
    finally:
        holder.kill()
        holder.wait()


FULL_DISK = ("import errno, sys; import reports; from crawler.cli import main\n"
             "def full(path, chunks): raise OSError(errno.ENOSPC, 'No space left on device')\n"
             "reports._write_private = full\n"
             "sys.exit(main(sys.argv[1:]))\n")


def test_a_report_that_cannot_be_written_says_so_without_a_traceback(tmp_path):
    notice = tmp_path / "notice.html"
    notice.write_text("<p>Public notice</p>")
    with FaultSite({"/": page("<p>Parks</p>")}) as site:
        for args in (["crawl", site.url], ["scan", notice]):
            out = tmp_path / args[0]
            proc = subprocess.run([sys.executable, "-c", FULL_DISK, *map(str, args), "--out", str(out)], cwd=ROOT,
                                  capture_output=True, text=True, timeout=300, env=environment(tmp_path))
            assert proc.returncode == 2, proc.stderr
            assert f"could not write the report to {out}: No space left on device" in proc.stderr
            assert "Traceback" not in proc.stderr and "stopped before it could write" not in proc.stderr


def test_an_empty_start_document_is_nothing_checked_and_an_empty_linked_one_is_listed_as_empty(tmp_path):
    from fault_site import body
    empty_home = {"/": body(b"")}
    with FaultSite(empty_home) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "crawl"], tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert documents(tmp_path / "crawl")[site.url]["reason"] == "empty (0 bytes): nothing to check"
    routes = {"/": page('<p>Agendas</p><a href="/minutes.csv">Minutes</a>'), "/minutes.csv": body(b"", "text/csv")}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "linked"], tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr  # nothing published there to check: no gap either
    linked = documents(tmp_path / "linked")[site.url + "minutes.csv"]
    assert (linked["status"], linked["reason"]) == ("skipped", "empty (0 bytes): nothing to check")
    empty_file = tmp_path / "empty.html"
    empty_file.write_bytes(b"")
    proc, _ = run(["scan", empty_file, "--out", tmp_path / "scan"], tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "blank.html").write_bytes(b"")
    (folder / "notice.html").write_text("<p>Public notice</p>")
    proc, _ = run(["scan", folder, "--out", tmp_path / "folder"], tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_a_body_in_a_content_encoding_pubcheck_cannot_decode_is_not_checked(tmp_path):
    from fault_site import body
    scrambled = bytes((i * 151 + 7) % 256 for i in range(4000))
    routes = {"/": page('<p>Reports</p><a href="/usage.csv">Usage</a> <a href="/plain.csv">Plain</a>'),
              "/usage.csv": body(scrambled, "text/csv", headers={"Content-Encoding": "x-custom"}),
              "/plain.csv": body(b"Month,Average kWh\nJanuary,612\n", "text/csv",
                                 headers={"Content-Encoding": "identity"})}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr
    docs = documents(tmp_path / "out")
    assert docs[site.url + "usage.csv"]["not_checked"] == "not checked: unknown Content-Encoding x-custom"
    assert docs[site.url + "plain.csv"]["status"] == "scanned"  # identity is the body as it is


def test_unknown_encodings_are_those_scrapy_leaves_encoded():
    from crawler.middlewares import unknown_encodings
    assert unknown_encodings([b"gzip", b"br"]) == []
    assert unknown_encodings([b"identity"]) == []
    assert unknown_encodings([b"gzip, X-Custom"]) == ["x-custom"]
    assert unknown_encodings([b"compress"]) == ["compress"]


def docx_bomb(path, inflated_mb: int = 200):
    """A Word file whose document.xml inflates to ``inflated_mb`` MB of repeated paragraphs (a few hundred KB
    on disk), a customer paragraph first: Word opens its first page."""
    import io
    import zipfile

    import docx
    template = io.BytesIO()
    word = docx.Document()
    word.add_paragraph("Customer Marisol Quenneville, account 7-31-442-0918")
    word.save(template)
    source = zipfile.ZipFile(template)
    xml = source.read("word/document.xml").decode()
    head, tail = xml.split("</w:body>")
    filler = "<w:p><w:r><w:t>" + "x" * 4000 + "</w:t></w:r></w:p>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for name in source.namelist():
            if name != "word/document.xml":
                bomb.writestr(name, source.read(name))
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head.encode())
            block = (filler * 256).encode()
            for _ in range(inflated_mb * 1_000_000 // len(block)):
                part.write(block)
            part.write(("</w:body>" + tail).encode())


def test_a_docx_decompression_bomb_is_refused_quickly_not_called_broken(tmp_path):
    import time

    from crawler.extract import ExtractError
    from crawler.extract.office import extract_docx
    bomb = tmp_path / "memo.docx"
    docx_bomb(bomb)
    started = time.monotonic()
    with pytest.raises(ExtractError, match=r"^refused: word/document\.xml inflates beyond 64 MB"):
        extract_docx(None, bomb.read_bytes(), None)
    assert time.monotonic() - started < 2


def test_a_resumed_crawl_checks_again_a_page_that_changed_after_the_interrupted_part_read_it(tmp_path):
    import signal

    from fault_site import delayed, static
    pages = 30
    routes = {f"/p{i}.html": delayed(0.2, static(f"<h1>Notice {i}</h1><p>Meeting schedule.</p>"
                                                 f'<a href="/p{i + 1}.html">next</a>' if i + 1 < pages else ""))
              for i in range(pages)}
    config = tmp_path / "slow.toml"
    config.write_text("[crawl]\nconcurrency = 1\nautothrottle = false\n")
    with FaultSite(routes) as site:
        command = [sys.executable, "-m", "crawler.cli", "crawl", site.url + "p0.html", "--config", str(config),
                   "--resume"]
        first = subprocess.Popen([*command, "--out", str(tmp_path / "part1")], cwd=ROOT, env=environment(tmp_path),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert site.wait_for("/p6.html")
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=120)
        assert first.returncode == 2
        assert documents(tmp_path / "part1")[site.url + "p1.html"]["status"] == "scanned"
        site.routes["/p1.html"] = static(CUSTOMER_ROW + '<a href="/p2.html">next</a>')  # changed since
        proc, _ = run([*command[3:], "--out", tmp_path / "part2"], tmp_path, timeout=300)
    assert proc.returncode == 1, proc.stderr
    found = json.loads((tmp_path / "part2" / "findings.json").read_text())["findings"]
    assert {f["url"] for f in found} == {site.url + "p1.html"}


def test_the_same_bytes_at_another_name_are_their_own_document_only_a_folder_index_is_merged(tmp_path):
    from fault_site import static
    home = static('<p>City of Lakemont</p><a href="/index.html">Home</a> <a href="/agenda-2026.pdf">Agenda</a>'
                  ' <a href="/parks/">Parks</a> <a href="/parks/default.aspx">Parks home</a>')
    parks = static("<p>Parks and trails</p>")
    routes = {"/": home, "/index.html": home, "/agenda-2026.pdf": home,  # a CMS's home page for a missing file
              "/parks/": parks, "/parks/default.aspx": parks}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    docs = documents(tmp_path / "out")
    assert docs[site.url]["redirected_from"] == [site.url + "index.html"]
    assert docs[site.url + "parks/"]["redirected_from"] == [site.url + "parks/default.aspx"]
    assert docs[site.url + "agenda-2026.pdf"]["status"] == "scanned"
    assert docs[site.url + "agenda-2026.pdf"]["redirected_from"] == []


def test_folder_index_names():
    from crawler.collect import INDEX_NAME
    for name in ("index.html", "INDEX.HTM", "default.aspx", "index.php", "home.html", "welcome.shtml", "index"):
        assert INDEX_NAME.fullmatch(name), name
    for name in ("agenda.pdf", "index-2024.html", "homeowners.html", "default-rates.pdf", "x.pdf"):
        assert not INDEX_NAME.fullmatch(name), name


def test_links_past_the_page_limit_are_one_junit_case_and_findings_json_keeps_them_all(tmp_path):
    import xml.etree.ElementTree as ET

    from crawler.results import DocumentResult, RunInfo, RunResult
    from reports import write_reports
    site = "http://127.0.0.1:8123/"
    limit = "page limit reached (300; see --max-pages)"
    scanned = [DocumentResult(f"{site}news/{i}.html", kind="page", status="scanned", reason=None) for i in range(300)]
    refused = [DocumentResult(f"{site}archive/{i:05d}.html", kind="document", status="failed", reason=limit,
                              not_checked=limit) for i in range(20_000)]
    deep = [DocumentResult(f"{site}deep/{i}.html", kind="document", status="skipped",
                           reason="depth limit reached (20 links from the start URL)") for i in range(30)]
    broken = DocumentResult(f"{site}gone.html", kind="page", status="failed", reason="HTTP 404")
    result = RunResult(RunInfo(command="crawl", targets=[site], started="2026-12-01T02:00:00+00:00"), [],
                       [*scanned, *refused, *deep, broken])
    paths = write_reports(result, tmp_path)
    suite = ET.parse(paths["junit"]).getroot()
    cases = suite.findall(".//testcase")
    assert len(cases) == 300 + 1 + 1 + 1
    assert suite.get("tests") == str(len(cases)) and suite.get("errors") == "2" and suite.get("skipped") == "1"
    limited = [c for c in cases if c.get("name").endswith(limit)]
    assert [c.get("name") for c in limited] == [f"20,000 links not fetched: {limit}"]
    listed = limited[0].find("error").text.splitlines()
    assert listed[0] == f"{site}archive/00000.html" and listed[-1].startswith("... and 19,980 more")
    assert paths["junit"].stat().st_size < 200_000
    assert len(json.loads(paths["json"].read_text())["documents"]) == len(result.documents)  # the contract


def test_report_lists_documents_unchecked_for_their_own_reason_before_page_limit_refusals():
    from crawler.results import DocumentResult, RunInfo, RunResult
    from reports.model import build_model, shown_result
    site = "http://127.0.0.1:8123/"
    limit = "page limit reached (300; see --max-pages)"
    refused = [DocumentResult(f"{site}a{i:04d}.html", kind="document", status="failed", reason=limit,
                              not_checked=limit) for i in range(1000)]
    too_large = "too large: over the 50 MB document limit"
    big = DocumentResult(f"{site}zz-budget.pdf", kind="document", status="skipped", reason=too_large,
                         not_checked=too_large)
    result = RunResult(RunInfo(command="crawl", targets=[site], started="2026-12-01T02:00:00+00:00"), [],
                       [*refused, big])
    model = build_model(shown_result(result, False))
    assert model.not_checked.items[0].url == f"{site}zz-budget.pdf"
    assert model.not_checked.total == 1001
