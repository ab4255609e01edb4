"""Red team trust65: a gate that flips with the machine's load, and what an ops leftover or a misleading type hides.

- L1: a document's time limit was one of wall-clock time, so a scanned letter read whole on a quiet night "timed out"
  on a busy one (a CI runner shared with other jobs, two crawls at once): exit 0/1 one run, 2 the next, on the same
  site. It is now one of work done (the worker's CPU time), the wall clock a backstop far past it.
- P1: passwords an ops leftover gives as its tools take them: an FTP script's ``user NAME PASSWORD`` after its
  ``open HOST`` (or ``quote USER`` / ``quote PASS``), ``net use \\\\server\\share PASSWORD /user:...``,
  ``ConvertTo-SecureString -AsPlainText -Force -String '...'``.
- T1: an XML export without its optional ``<?xml`` declaration served as text/plain (or as a download) was read as one
  line of text: its records' names, addresses and accounts never found.
"""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import Future, TimeoutError as FutureTimeout
from pathlib import Path

import pytest

from conftest import ROOT
from detector_helpers import pairs_found, values_of
from fault_site import FaultSite, body, page
from test_fault_site import documents, environment, fork_server_workers, run, worker_cpu_seconds

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _scanned_letter() -> bytes:
    """A one-page letter as a scanner makes it: an image in a PDF, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    if not Path(FONT).exists():
        pytest.skip("no DejaVu font to draw the letter")
    font = ImageFont.truetype(FONT, 34)
    image = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(["Valle Verde Community Power - Customer Care", "Re: request to opt out",
                              "My name is Rosalind Kowalczyk and my service address is 4410 Reservoir St,",
                              "Valle Verde, CA 93021. My account number is 3048817265.",
                              "Please call me back at (626) 481-3307. Thank you."]):
        draw.text((220, 250 + 70 * n), line, fill=0, font=font)
    out = io.BytesIO()
    image.save(out, "PDF", resolution=300)
    return out.getvalue()


# -- L1: a busy machine does not turn a document that is read whole into one "timed out" -------------------------------
def test_a_scanned_letter_is_read_whole_though_the_machine_gives_its_worker_no_time_for_a_while(tmp_path):
    """The worker is stopped (SIGSTOP) for longer than extract_timeout while it reads the letter, as a machine busy
    with other jobs leaves it waiting: the letter still takes the same work, so it is read whole and its account
    found, as on a quiet machine. Before, the pool killed it at extract_timeout of wall-clock time: exit 2."""
    from crawler.extract.ocr import engine
    if engine() is None:
        pytest.skip("Tesseract is not installed")
    routes = {"/": page("<h1>Board correspondence</h1><a href='/DocumentCenter/View/118'>Letter</a>"),
              "/DocumentCenter/View/118": body(_scanned_letter(), "application/pdf")}
    (tmp_path / "c.toml").write_text("[crawl]\ntimeout = 20\nretries = 0\nworkers = 1\nextract_timeout = 8\n")
    with FaultSite(routes) as site:
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", tmp_path / "out",
                                 "--config", tmp_path / "c.toml"], cwd=ROOT, env=environment(tmp_path),
                                stderr=subprocess.PIPE, text=True)
        try:
            assert site.wait_for("/DocumentCenter/View/118", timeout=300)
            idle = worker_cpu_seconds(proc.pid)
            started = time.monotonic()
            while worker_cpu_seconds(proc.pid) < idle + 0.05 and time.monotonic() - started < 60:
                time.sleep(0.01)  # the worker has begun on the letter
            workers = fork_server_workers(proc.pid)
            assert len(workers) == 1
            os.kill(workers[0], signal.SIGSTOP)
            time.sleep(12)  # longer than extract_timeout: the machine gave the worker no CPU meanwhile
            try:
                os.kill(workers[0], signal.SIGCONT)
            except ProcessLookupError:
                pass  # the pool killed the worker at its wall-clock limit meanwhile
            _, stderr = proc.communicate(timeout=600)
        finally:
            if proc.poll() is None:
                proc.kill()
    doc = documents(tmp_path / "out")[site.url + "DocumentCenter/View/118"]
    assert (doc["status"], doc["not_checked"]) == ("scanned", None), doc
    assert proc.returncode == 1, stderr
    found = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert "account_number" in {f["category"] for f in found}


def test_a_document_that_outworks_its_limit_is_stopped_at_it_and_said_so():
    """A task stopped by the kernel at its limit of work (SIGXCPU) timed out; one stopped by the wall-clock backstop
    says it was not its work that ran out."""
    from pebble import ProcessExpired

    from crawler.worker import WorkerPool, wall_limit

    expired = Future()
    expired.set_exception(ProcessExpired("Abnormal termination", code=-signal.SIGXCPU, pid=1))
    assert WorkerPool._outcome_of(expired, "text/csv", 30, wall_limit(30)).reason == "extraction timed out after 30 s"
    late = Future()
    late.set_exception(FutureTimeout())
    reason = WorkerPool._outcome_of(late, "application/pdf", 30, wall_limit(30)).reason
    assert reason.startswith(f"extraction did not end in {wall_limit(30):g} s of wall-clock time") and "busy" in reason
    probe = Future()
    probe.set_exception(FutureTimeout())  # the probe's limit is one of the wall clock: said as before
    assert WorkerPool._outcome_of(probe, "text/html", 120, 120).reason == "extraction timed out after 120 s"
    assert wall_limit(120) > 3 * 120


def test_a_busy_machine_stretches_the_wall_clock_wait_of_a_library_that_waits_by_it(monkeypatch):
    from detectors import work_clock
    wall, work = [100.0], [10.0]
    monkeypatch.setattr(work_clock.time, "monotonic", lambda: wall[0])
    monkeypatch.setattr(work_clock, "now", lambda: work[0])
    work_clock.start_document()
    wall[0] += 3.0
    work[0] += 1.0  # a third of the wall clock given to this worker
    assert work_clock.wall_seconds(2.0) == pytest.approx(6.0)
    wall[0] += 100.0  # stopped for a long while: stretched at most MAX_STRETCH
    assert work_clock.wall_seconds(2.0) == pytest.approx(2.0 * work_clock.MAX_STRETCH)
    work_clock.start_document()
    wall[0] += 1.0
    work[0] += 1.0  # a quiet machine: as given
    assert work_clock.wall_seconds(2.0) == pytest.approx(2.0)
    assert work_clock.wall_seconds(None) is None


# -- P1: passwords as an ops leftover's tools take them ------------------------------------------------------------------
@pytest.mark.parametrize("text, password", [
    # a Windows ftp -s: script, a Unix here-document with raw commands, a batch file writing its script
    ("open ftp.countyassessor.net\nuser parcel_sync Madrone!Creek28\nbinary\ncd /outbound\nmget *.csv\nquit\n",
     "Madrone!Creek28"),
    ("ftp -inv 10.12.0.40 <<EOF\nquote USER gisdrop\nquote PASS Sandpiper#2031\nput parcels.zip\nbye\nEOF\n",
     "Sandpiper#2031"),
    ("@echo off\r\necho open sftp-gw.vendor.com 21> %TEMP%\\f.txt\r\necho user cis_out Ventana77>> %TEMP%\\f.txt\r\n"
     "ftp -n -s:%TEMP%\\f.txt\r\n", "Ventana77"),
    # net use with the password before /user, as Microsoft's syntax puts it
    ("net use R: \\\\records01\\Scans Larkspur-2022 /user:VVCP\\scanclerk /persistent:no\r\n", "Larkspur-2022"),
    ("NET USE \\\\10.8.1.20\\IPC$ Brisa$Norte9 /USER:10.8.1.20\\Administrator\r\n", "Brisa$Norte9"),
    # PowerShell with its switches first
    ("$secret = ConvertTo-SecureString -AsPlainText -Force -String \"Cuesta.Grade.61\"\n", "Cuesta.Grade.61"),
])
def test_an_ops_leftovers_login_is_a_credential(text, password):
    assert password in values_of(pairs_found("https://www.valleverde.gov/it/old/run.txt", text, "text/plain"),
                                 "credential")


@pytest.mark.parametrize("text", [
    # an IT help page and a vendor's manual, as cities publish them
    "Connecting by FTP\nopen files.valleverde.gov\nuser <your login> <your password>\nuser anonymous guest@valleverde.gov\n",
    "open ftp.example.com\nuser anonymous jdoe@example.com\nquote PASS ****\n",
    "net use Z: \\\\server\\share * /user:DOMAIN\\jdoe\nnet use H: \\\\fs01\\home /persistent:yes\n"
    "net use P: \\\\fs01\\Planning password /user:CITY\\you\n",
    "$pw = Read-Host -AsSecureString\n$s = ConvertTo-SecureString -String $env:SVC_PW -AsPlainText -Force\n",
    # a library's events page and a council agenda: "Open House" over a line of three words is no FTP script
    "Open House\nUser Guide Download\nOpen Saturdays\nuser group meets 2nd Tuesday\n",
    "Item 4. Open Session\nuser fees schedule 2024-25 adopted\n",
])
def test_manuals_and_prose_about_those_commands_hold_no_credential(text):
    assert not values_of(pairs_found("https://www.valleverde.gov/it/help.txt", text, "text/plain"), "credential")


# -- T1: an XML export without its declaration, served as text or as a download -----------------------------------------
EXPORT = ("<CustomerList><Customer><CustomerName>Anselmo Villarreal</CustomerName><ServiceAddress>2207 Kingsley Ave"
          "</ServiceAddress><ServiceAccountNumber>7700418823</ServiceAccountNumber></Customer><Customer><CustomerName>"
          "Henrietta Ashdown</CustomerName><ServiceAddress>918 Towne Ave</ServiceAddress><ServiceAccountNumber>"
          "7700419014</ServiceAccountNumber></Customer></CustomerList>")


def test_an_xml_export_without_its_declaration_served_as_text_is_read_as_records(tmp_path):
    routes = {"/": page("<a href='/exports/enrollment'>Enrollment</a> <a href='/exports/enrollment-2.dat'>Part 2</a> "
                        "<a href='/about/notes.txt'>Notes</a>"),
              "/exports/enrollment": body(EXPORT, "text/plain; charset=utf-8"),
              "/exports/enrollment-2.dat": body(EXPORT.replace("77004", "77005"), "application/octet-stream"),
              # a note that begins and ends with a tag of its own is read as before
              "/about/notes.txt": body("<draft>Board retreat moved to the Library, 140 S Main St.</draft>\n"
                                       "Call the Clerk's office at (909) 620-2341.\n", "text/plain")}
    (tmp_path / "c.toml").write_text("[crawl]\ntimeout = 10\nretries = 0\nconcurrency = 1\n")
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "c.toml"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = json.loads((tmp_path / "out" / "findings.json").read_text())
    found = {(f["url"].removeprefix(site.url.rstrip("/")), f["category"]) for f in report["findings"]}
    for path in ("/exports/enrollment", "/exports/enrollment-2.dat"):
        assert {(path, "account_number"), (path, "customer_name")} <= found, found
    assert not any(path == "/about/notes.txt" for path, _ in found), found
    text = (tmp_path / "out" / "report.html").read_text()
    assert "7700418823" not in text and "Anselmo Villarreal" not in text


@pytest.mark.parametrize("text", [
    "<note>call back</note> and more after it",  # text that begins with a tag but is not one element
    "Meeting notes\n<draft>agenda item 3</draft>",
    "<b>Reminder</b>: bring the permit\n<b>Due</b>",
])
def test_a_text_that_is_not_one_xml_element_is_not_read_as_xml(text):
    from crawler.extract.text import _is_xml
    assert not _is_xml("text/plain", text.encode())


# -- L2: a scan's time limit covers the wait for its workers to start ---------------------------------------------------
def test_a_scans_time_limit_is_kept_while_its_workers_are_slow_to_start(tmp_path, monkeypatch):
    """`scan --max-minutes 0.2` on a busy machine ran 59 s: the wait for the workers to read their first page (up to
    the longer of extract_timeout and 120 s) was outside the time limit. The scan now stops at its limit, its files
    listed as not checked for that reason."""
    from crawler import run
    from crawler.config import Config
    from crawler.scan import scan_paths

    class SlowPool:  # workers that have not answered yet, as on a machine busy with other jobs
        timeout = 120
        stopped = False

        def stop(self):
            SlowPool.stopped = True

    monkeypatch.setattr(run, "start_worker_pool", lambda *a, **k: (SlowPool(), Future()))
    folder = tmp_path / "public"
    folder.mkdir()
    (folder / "notice.txt").write_text("Service account 7700418823, Anselmo Villarreal, 2207 Kingsley Ave\n")
    monkeypatch.setenv("PUBCHECK_FINGERPRINT_KEY", "k")
    started = time.monotonic()
    result = scan_paths([str(folder)], Config.from_dict({"crawl": {"max_minutes": 0.02}}))
    assert time.monotonic() - started < 10
    assert SlowPool.stopped
    assert "time limit" in result.run.interrupted
    doc, = result.documents
    assert doc.not_checked and "time limit" in doc.not_checked
