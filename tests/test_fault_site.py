"""pubcheck against a site full of faults, as a CI gate meets them: every URL ends with a true status and
reason and its referrers, coverage decides the exit code, nothing hangs or crashes the run, signals end it
cleanly, and bad configuration or output folders are refused before anything is fetched."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

from conftest import ROOT, RecordingSite
from fault_site import (UNREAD_OLE2, FaultSite, basic_auth_required, body, budget_book, delayed, error, page,
                        redirect, reset, static, text_pdf, too_large)

sys.path.insert(0, str(ROOT / "benchmarks"))
from process_tree import fork_server_workers  # noqa: E402  (the benchmarks' count of pubcheck's workers)

JS_LINK = "javascript:void(0)"
STALE = "A previous run's report"
CONFIG = """
[crawl]
timeout = 2
retries = 1
max_depth = 3
max_document_mb = 20
extract_timeout = 5
extract_memory_mb = 400
workers = 2
"""


def locked_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "Customer SSN 512-34-6789")
    pdf.set_encryption(owner_password="owner", user_password="secret", encryption_method=EncryptionMethod.AES_128)
    return bytes(pdf.output())


def fault_routes(url: str, other: str) -> dict:
    home = static(f"""<h1>City of Faultville</h1>
        <a href="/notices.html">Notices</a> <a href="docs/Permit Form 2024.pdf">Permit form</a>
        <a href="/permits.html">Permits</a> <a href="/loop-a">Loop</a> <a href="/self-loop">Self</a>
        <a href="/away">Partner</a> <a href="/js-redirect">JS</a> <a href="/bad-location">Bad</a>
        <a href="{JS_LINK}">Menu</a> <a href="ftp://files.example.gov/budget.pdf">FTP</a> <a href="http://[bad">Typo</a>
        <a href="mailto:clerk@faultville.gov">Clerk</a> <a href="#top">Top</a>
        <a href="/boom.html">Error</a> <a href="/slow.html">Slow</a> <a href="/reset.html">Reset</a>
        <a href="/gone.html">Gone</a> <a href="/missing.html">Missing</a> <a href="/docs/huge.pdf">Huge</a>
        <a href="/docs/site-plan.vsd">Site plan</a> <a href="/docs/locked.pdf">Locked</a>
        <a href="/docs/budget-book.pdf">Budget</a> <a href="/exports/customers.txt">Export</a>
        <a href="/deep/1">Deep</a> <a href="/encoding.html">Old page</a>""")
    routes = {
        "/": home,
        "/index.html": home,
        "/notices.html": page("<p>Applicant SSN: 512-34-6789</p>"),
        "/permits.html": page(f"""<a href="docs/Permit%20Form%202024.pdf">Form</a>
            <a href="HTTP://{url.split('//')[1]}docs/Permit%20Form%202024.pdf#page=2">Form, page 2</a>
            <a href="/index.html">Home</a>"""),
        "/docs/Permit Form 2024.pdf": body(text_pdf("Permit application form"), "application/pdf"),
        "/loop-a": redirect("/loop-b"),
        "/loop-b": redirect(url + "loop-a"),
        "/self-loop": redirect("/self-loop"),
        "/away": redirect(other + "partner.html"),
        "/js-redirect": redirect("javascript:alert(1)"),
        "/bad-location": redirect("http://[bad"),
        "/boom.html": error(500),
        "/slow.html": delayed(4, page("<p>late</p>")),
        "/reset.html": reset,
        "/gone.html": error(410),
        "/missing.html": error(404),
        "/docs/huge.pdf": too_large(30),
        "/docs/site-plan.vsd": body(UNREAD_OLE2, "application/vnd.visio"),
        "/docs/locked.pdf": body(locked_pdf(), "application/pdf"),
        "/docs/budget-book.pdf": body(budget_book(3000), "application/pdf"),  # tens of seconds of work
        # a 12 MB export whose 3 million lines need far more than the worker's 400 MB to read
        # 15 MB of short lines: read into more objects at once than the worker's memory holds, at once, not after
        # seconds of work that a loaded machine stretches past extract_timeout
        "/exports/customers.txt": body(b"Customer Name,Account\n" + b"ab\n" * 5_000_000, "text/plain"),
        "/deep/1": page('<a href="/deep/2">2</a>'),
        "/deep/2": page('<a href="/deep/3">3</a>'),
        "/deep/3": page('<a href="/deep/4">4</a>'),
        # declares a charset that does not exist, holds bytes that are no UTF-8, and links on after them
        "/encoding.html": body(b"<html><body><p>Caf\xe9 \xff\xfe\x00 menu</p><a href='/after-encoding.html'>next</a>"
                               b"</body></html>", "text/html; charset=x-no-such-charset"),
        "/after-encoding.html": page("<p>Reached past the broken bytes.</p>"),
        "/sitemap.xml": body(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>orphan-relative.html</loc></url><url><loc>http://[bad</loc></url>"
            f"<url><loc>javascript:alert(1)</loc></url><url><loc>{url}orphan.html</loc></url></urlset>",
            "application/xml"),
        "/orphan-relative.html": page("<p>Found through a relative loc.</p>"),
        "/orphan.html": page("<p>Service Account: 3-012-3456-78</p>"),
        # start URLs that cannot be checked
        "/private/": basic_auth_required,
        "/big-start.pdf": too_large(30),
    }
    return routes


def run(args: list, tmp: Path, *, env: dict | None = None, timeout: float = 300) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=environment(tmp, env))
    return proc, time.monotonic() - started


def environment(tmp: Path, extra: dict | None = None) -> dict:
    return {**os.environ, "HOME": str(tmp / "home"), "PUBCHECK_FINGERPRINT_KEY": "k", "PYTHONPATH": str(ROOT),
            **(extra or {})}


def documents(out: Path) -> dict:
    return {d["url"]: d for d in json.loads((out / "findings.json").read_text())["documents"]}


@pytest.fixture(scope="module")
def faults(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    other = RecordingSite()
    site = FaultSite({})
    site.routes.update(fault_routes(site.url, other.url))
    (tmp / "pubcheck.toml").write_text(CONFIG)
    with site:
        starts = [site.url, site.url + "loop-a", site.url + "big-start.pdf", site.url + "intro.mp4",
                  site.url + "private/"]
        proc, seconds = run(["crawl", *starts, "--out", tmp / "out", "--config", tmp / "pubcheck.toml"], tmp)
    other.stop()
    data = json.loads((tmp / "out" / "findings.json").read_text())
    return {"proc": proc, "seconds": seconds, "site": site.url, "other": other, "data": data,
            "docs": {d["url"]: d for d in data["documents"]}, "served": site.served}


def test_fault_site_run_is_incomplete_and_bounded(faults):
    assert faults["proc"].returncode == 2, faults["proc"].stderr
    assert faults["seconds"] < 120
    assert "Traceback" not in faults["proc"].stderr, faults["proc"].stderr


def test_start_urls_that_yield_nothing_scanned_are_run_errors(faults):
    site = faults["site"]
    assert faults["data"]["run"]["errors"] == [
        f"start URL {site}loop-a was not checked: redirect loop: {site}loop-a \u2192 {site}loop-b \u2192 {site}loop-a",
        f"start URL {site}big-start.pdf was not checked: too large: 30.0 MB, over the 20 MB document limit",
        f"start URL {site}intro.mp4 was not checked: not a document type (audio/video, .mp4)",
        f"start URL {site}private/ was not checked: password-protected (HTTP 401): not checked; "
        "give credentials with --auth-env to check it",
    ]


def test_every_document_has_its_true_status_reason_and_gap(faults):
    site, docs = faults["site"], faults["docs"]
    expected = {  # url: (status, reason, not checked: a gap in the check)
        f"{site}loop-b": ("failed", f"redirect loop: {site}loop-a \u2192 {site}loop-b \u2192 {site}loop-a", False),
        f"{site}self-loop": ("failed", f"redirect loop: {site}self-loop \u2192 {site}self-loop", False),
        f"{faults['other'].url}partner.html": ("skipped", f"redirect to another host "
                                               f"({faults['other'].url.split('//')[1].rstrip('/')}), not followed", False),
        f"{site}js-redirect": ("failed", "HTTP 302 redirect to 'javascript:alert(1)': javascript: link (runs a script "
                               "in the browser; no document to fetch)", False),
        f"{site}bad-location": ("failed", "HTTP 302 redirect to 'http://[bad': invalid URL (Invalid IPv6 URL)", False),
        JS_LINK: ("skipped", "javascript: link (runs a script in the browser; no document to fetch)", False),
        "ftp://files.example.gov/budget.pdf": ("skipped", "unsupported URL scheme (ftp:), not fetched", False),
        "http://[bad": ("skipped", "invalid URL (Invalid IPv6 URL)", False),
        f"{site}boom.html": ("failed", "HTTP 500 Internal Server Error", True),
        f"{site}slow.html": ("failed", "timed out after 2 s (1 retry)", True),
        f"{site}reset.html": ("failed", "connection reset by the server (1 retry)", True),
        f"{site}gone.html": ("failed", "HTTP 410 Gone", False),
        f"{site}missing.html": ("failed", "HTTP 404 Not Found", False),
        f"{site}docs/huge.pdf": ("skipped", "too large: 30.0 MB, over the 20 MB document limit", True),
        f"{site}docs/site-plan.vsd": ("skipped", "Microsoft Visio drawing (.vsd): format not read by pubcheck", True),
        f"{site}docs/locked.pdf": ("failed", "encrypted PDF (password required)", False),
        f"{site}exports/customers.txt": ("failed", "out of memory reading the file (it expands beyond the worker's "
                                         "memory limit)", True),
        f"{site}deep/4": ("skipped", "depth limit reached (3 links from the start URL)", False),
        f"{site}big-start.pdf": ("skipped", "too large: 30.0 MB, over the 20 MB document limit", True),
        f"{site}intro.mp4": ("skipped", "not a document type (audio/video, .mp4)", False),
        f"{site}private/": ("failed", "password-protected (HTTP 401): not checked; "
                            "give credentials with --auth-env to check it", False),
    }
    actual = {url: (docs[url]["status"], docs[url]["reason"], bool(docs[url]["not_checked"]))
              for url in expected if url in docs}
    assert actual == expected
    # the budget book runs out of time: while its pages are read (the pages read are checked, the rest listed as not
    # read), or while they are checked, which a quiet machine reaches with more pages read than a loaded one
    book = docs[f"{site}docs/budget-book.pdf"]
    # (or, on a machine too busy to give its worker 5 s of work in 100 s, by the wall-clock backstop, which says so)
    assert (book["status"], book["reason"]) == ("failed", "extraction timed out after 5 s") or (
        book["status"] == "scanned" and " not read within the time limit" in book["not_checked"]) or (
        book["status"] == "failed" and book["reason"].startswith("extraction did not end in 100 s of wall-clock time"))
    assert book["not_checked"]
    assert faults["data"]["run"]["not_checked"] == sum(gap for _, _, gap in expected.values()) + 1


def test_no_url_is_left_without_a_true_reason(faults):
    for doc in faults["docs"].values():
        assert "pubcheck recorded no outcome" not in (doc["reason"] or ""), doc
        assert "interrupted" not in (doc["reason"] or ""), doc
    assert faults["other"].requests == []  # the redirect to another host was not followed


def test_redirects_and_links_list_their_referrers(faults):
    site, docs = faults["site"], faults["docs"]
    assert docs[f"{site}loop-b"]["redirected_from"] == [f"{site}loop-a"]
    assert docs[f"{site}loop-b"]["referrers"] == [site]
    assert docs[f"{faults['other'].url}partner.html"]["redirected_from"] == [f"{site}away"]
    assert docs[f"{faults['other'].url}partner.html"]["referrers"] == [site]
    assert docs[JS_LINK]["referrers"] == [site]
    assert docs[f"{site}deep/4"]["referrers"] == [f"{site}deep/3"]


def test_one_document_one_entry_whatever_the_spelling(faults):
    site, docs = faults["site"], faults["docs"]
    form = docs[f"{site}docs/Permit%20Form%202024.pdf"]
    assert form["status"] == "scanned" and form["referrers"] == [site, f"{site}permits.html"]
    assert not [url for url in docs if "Permit" in url and url != form["url"]]
    home = docs[site]  # the server answers / and /index.html with one file (same bytes, same ETag)
    assert home["status"] == "scanned" and home["redirected_from"] == [f"{site}index.html"]
    assert f"{site}index.html" not in docs
    assert f"{site}permits.html" in home["referrers"]
    notices = [f for f in faults["data"]["findings"] if f["url"].endswith("notices.html")]
    assert len(notices) == 1  # the home page was analysed once, so its links were met once


def test_bad_sitemap_entries_and_bad_bytes_do_not_lose_the_rest(faults):
    site, docs = faults["site"], faults["docs"]
    assert docs[f"{site}orphan.html"]["status"] == "scanned"
    assert docs[f"{site}orphan.html"]["referrers"] == [f"{site}sitemap.xml"]
    assert docs[f"{site}orphan-relative.html"]["status"] == "scanned"
    assert f"{site}sitemap.xml" in docs["http://[bad"]["referrers"]
    assert docs["javascript:alert(1)"]["status"] == "skipped"
    assert [f["url"] for f in faults["data"]["findings"] if f["category"] == "account_number"] == [f"{site}orphan.html"]
    assert docs[f"{site}encoding.html"]["status"] == "scanned"
    assert docs[f"{site}after-encoding.html"]["status"] == "scanned"


def test_broken_links_and_locked_files_do_not_make_a_run_incomplete(tmp_path):
    routes = {"/": page('<a href="/missing.html">a</a> <a href="/gone.html">b</a> <a href="/locked.pdf">c</a>'),
              "/gone.html": error(410), "/locked.pdf": body(locked_pdf(), "application/pdf")}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    docs = documents(tmp_path / "out")
    assert {url: (d["status"], d["not_checked"]) for url, d in docs.items()} == {
        site.url: ("scanned", None), site.url + "missing.html": ("failed", None),
        site.url + "gone.html": ("failed", None), site.url + "locked.pdf": ("failed", None)}


def test_a_cut_compressed_page_and_a_crawler_blocked_document_make_the_run_incomplete(tmp_path):
    """A gzip body cut short while its Content-Length matches, and a 403 a firewall gives crawlers only: the
    public reads both, pubcheck read neither to its end, so the gate must not pass."""
    whole = gzip.compress(b"<html><body><p>Notice.</p>" + b"<p>Filler paragraph.</p>" * 400
                          + b"<p>Applicant SSN 512-34-6789</p></body></html>")
    routes = {"/": page('<a href="/cut.html">a</a> <a href="/blocked.pdf">b</a>'),
              "/cut.html": body(whole[:len(whole) // 2], headers={"Content-Encoding": "gzip"}),
              "/blocked.pdf": error(403)}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    docs = documents(tmp_path / "out")
    assert docs[site.url + "cut.html"]["status"] == "failed"
    assert "compressed body truncated (gzip)" in docs[site.url + "cut.html"]["not_checked"]
    assert docs[site.url + "blocked.pdf"]["not_checked"]


def test_past_the_page_limit_every_link_is_refused_with_its_own_reason(tmp_path):
    """A page with thousands of links and a small page limit: what the limit leaves out is listed as not
    checked, links refused for another reason keep theirs, and the run ends incomplete (the scheduler refuses
    the queue in bulk, without sending each link through the downloader)."""
    links = "".join(f'<a href="/minutes/{i}.html">Minutes {i}</a>' for i in range(3000))
    routes = {"/": page(links + '<a href="https://elsewhere.example/">Partner</a> <a href="/logo.png">Logo</a>'
                        + '<a href="/budget.pdf">Budget</a>'),
              "/budget.pdf": body(b"%PDF-1.4 not really", "application/pdf")}
    (tmp_path / "c.toml").write_text("[crawl]\nmax_pages = 25\n")
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "c.toml"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    docs = documents(tmp_path / "out")
    fetched = [url for url, d in docs.items() if d["status"] != "skipped"]
    limited = [url for url, d in docs.items() if (d["reason"] or "").startswith("page limit reached (25")]
    assert len(fetched) == 25 and site.url + "budget.pdf" in fetched  # documents are fetched first
    assert len(fetched) + len(limited) == 3003 and all(docs[url]["not_checked"] for url in limited)
    assert docs["https://elsewhere.example/"]["reason"] == "off-site link (not fetched)"
    assert not docs["https://elsewhere.example/"]["not_checked"]


@pytest.mark.parametrize("setting, message", [
    ("concurrency = 0", "[crawl] concurrency must be at least 1, got 0"),
    ("timeout = 0", "[crawl] timeout must be at least 1, got 0"),
    ("max_pages = 0", "[crawl] max_pages must be at least 1, got 0"),
    ("retries = 1000000", "[crawl] retries must be at most 10, got 1000000"),
    # several workers, each short of memory: still one line, no worker's traceback or MemoryError
    ("extract_memory_mb = 10\nworkers = 2", "is [crawl] extract_memory_mb = 10 too small?"),
])
def test_bad_limits_are_refused_before_anything_is_fetched(tmp_path, setting, message):
    (tmp_path / "c.toml").write_text(f"[crawl]\n{setting}\n")
    with FaultSite({"/": page("<p>Home</p>")}) as site:
        proc, seconds = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "c.toml"],
                            tmp_path, timeout=60)
    assert proc.returncode == 2 and message in proc.stderr.strip().splitlines()[-1], proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout and "MemoryError\n" not in proc.stderr, proc.stderr
    assert site.served == [] and not (tmp_path / "out" / "findings.json").exists()
    assert seconds < 30


def test_output_folder_is_checked_before_the_crawl(tmp_path):
    a_file = tmp_path / "report.txt"
    a_file.write_text("not a folder")
    # a folder nobody may write into: for root, a kernel folder, where permissions do not stop root
    unwritable = Path("/sys/fs") if os.geteuid() == 0 else tmp_path / "locked"
    if unwritable != Path("/sys/fs"):
        unwritable.mkdir(mode=0o500)
    with FaultSite({"/": page("<p>Home</p>")}) as site:
        for out, message in [(unwritable, f"cannot write the reports into {unwritable}"),
                             (a_file / "sub", f"cannot write the reports into {a_file / 'sub'}"),
                             (a_file, f"--out {a_file} is a file, not a folder")]:
            proc, _ = run(["crawl", site.url, "--out", out], tmp_path, timeout=60)
            assert proc.returncode == 2 and message in proc.stderr, proc.stderr
            assert "Traceback" not in proc.stderr
        assert site.served == []
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "notes.txt").write_text("nothing here")
    proc, _ = run(["scan", folder, "--out", a_file], tmp_path, timeout=60)
    assert proc.returncode == 2 and f"--out {a_file} is a file, not a folder" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and a_file.read_text() == "not a folder"


def test_scan_lists_special_files_and_never_blocks(tmp_path):
    folder = tmp_path / "webroot"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "notes.txt").write_text("Customer SSN: 512-34-6789\n")
    os.mkfifo(folder / "pipe")
    (folder / "null").symlink_to("/dev/null")
    (folder / "docs" / "loop").symlink_to(folder)  # a folder link back up the tree
    (folder / "mirror").symlink_to(folder / "docs")  # the same folder a second time
    (folder / "dangling.pdf").symlink_to(folder / "no-such.pdf")
    (folder / "self.pdf").symlink_to(folder / "self.pdf")
    unreadable = folder / "secret.txt"
    if os.geteuid() == 0:  # root reads any file: a file whose reads fail instead
        unreadable.symlink_to("/proc/self/mem")
    else:
        unreadable.write_text("x")
        unreadable.chmod(0)
    proc, seconds = run(["scan", folder, "--out", tmp_path / "out", "--allow-unchecked", 1], tmp_path, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert seconds < 60
    docs = documents(tmp_path / "out")
    shown = {Path(url).relative_to(folder).as_posix(): (d["status"], d["reason"], bool(d["not_checked"]))
             for url, d in docs.items()}
    error = "Input/output error" if os.geteuid() == 0 else "Permission denied"
    assert shown == {
        "docs/notes.txt": ("scanned", None, False),
        "pipe": ("skipped", "not a regular file: a named pipe (FIFO)", False),
        "null": ("skipped", "not a regular file: a character device", False),
        "docs/loop": ("skipped", "symbolic link loop: leads back to a folder that contains it", False),
        "mirror": ("skipped", f"the same folder as {folder}/docs, scanned there", False),
        "dangling.pdf": ("failed", f"broken symbolic link (to {folder}/no-such.pdf)", False),
        "self.pdf": ("failed", "symbolic link loop", False),
        "secret.txt": ("failed", f"cannot read file: {error}", True),
    }


def interrupted_site() -> dict:
    """A crawl still busy when the signal comes: a budget book in analysis, pages slow to answer."""
    links = "".join(f'<a href="/slow/{i}.html">{i}</a>' for i in range(6))
    routes = {"/": page(f'<a href="/budget-book.pdf">Budget</a> {links}'),
              "/budget-book.pdf": body(budget_book(3000), "application/pdf")}
    routes.update({f"/slow/{i}.html": delayed(60, page("<p>late</p>")) for i in range(6)})
    return routes


def crawl_and_signal(tmp_path: Path, signals: list[int]) -> tuple[int, float, str, Path]:
    """Start a crawl, wait until it is busy, send ``signals`` 0.3 s apart (SIGINT to the process group, as a
    terminal's Ctrl-C does); the exit status, seconds from the first signal to the exit, stderr, --out."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "findings.json").write_text('{"stale": "a previous run"}')
    (out / "report.html").write_text(f"<p>{STALE}: no confidential information found.</p>")
    (tmp_path / "c.toml").write_text("[crawl]\ntimeout = 60\nretries = 0\nworkers = 1\n")
    with FaultSite(interrupted_site()) as site:
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", out, "--config",
                                 tmp_path / "c.toml"], cwd=ROOT, env=environment(tmp_path), stderr=subprocess.PIPE,
                                text=True, start_new_session=True)
        try:
            assert site.wait_for("/budget-book.pdf") and site.wait_for("/slow/1.html")
            time.sleep(1.0)  # the budget book is in analysis, the slow pages in download
            sent = time.monotonic()
            for number, signum in enumerate(signals):
                if number:
                    time.sleep(0.3)
                if signum == signal.SIGINT:
                    os.killpg(proc.pid, signum)
                else:
                    proc.send_signal(signum)
            _, stderr = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, time.monotonic() - sent, stderr, out


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_one_signal_ends_the_run_with_a_report_marked_interrupted(tmp_path, signum):
    status, seconds, stderr, out = crawl_and_signal(tmp_path, [signum])
    assert status == 2, stderr
    assert seconds < 15, stderr
    assert "Traceback" not in stderr, stderr
    data = json.loads((out / "findings.json").read_text())
    name = signal.Signals(signum).name
    assert data["run"]["errors"] == [f"the run was interrupted by {name} before it finished: 6 URLs not reached"]
    docs = {url.rsplit("/", 1)[-1]: d for url, d in ((d["url"], d) for d in data["documents"])}
    assert docs["budget-book.pdf"]["status"] == "failed"
    assert docs["budget-book.pdf"]["reason"] == "not checked: the run was interrupted while this document was being analysed"
    assert docs["3.html"]["reason"] == "not fetched: the run was interrupted before reaching it"
    assert docs["3.html"]["referrers"] and docs["3.html"]["not_checked"]
    report = (out / "report.html").read_text()
    assert STALE not in report and "Incomplete" in report


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_second_signal_stops_at_once_and_leaves_no_report_claiming_completeness(tmp_path, signum):
    status, seconds, stderr, out = crawl_and_signal(tmp_path, [signum, signum])
    assert status == 2, stderr
    assert seconds < 10, stderr
    assert "stopped at once" in stderr
    findings = out / "findings.json"
    if findings.exists():  # written whole by the first signal before the second came: it says so
        assert json.loads(findings.read_text())["run"]["errors"][0].startswith("the run was interrupted")
    if (out / "report.html").exists():
        report = (out / "report.html").read_text()
        assert STALE not in report and "Incomplete" in report


def worker_cpu_seconds(pid: int) -> float:
    """The CPU time the extraction workers of ``pid`` have used so far."""
    total = 0.0
    for child in fork_server_workers(pid):
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
    return total


def test_a_worker_crash_is_a_document_not_checked(tmp_path):
    routes = {"/": page('<a href="/budget-book.pdf">Budget</a>'),
              "/budget-book.pdf": body(budget_book(3000), "application/pdf")}
    (tmp_path / "c.toml").write_text("[crawl]\nworkers = 1\n")
    with FaultSite(routes) as site:
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", tmp_path / "out",
                                 "--config", tmp_path / "c.toml"], cwd=ROOT, env=environment(tmp_path),
                                stderr=subprocess.PIPE, text=True)
        try:
            assert site.wait_for("/budget-book.pdf")
            time.sleep(1.5)  # the budget book is in analysis: its worker dies, as one killed by the OOM killer
            workers = fork_server_workers(proc.pid)
            assert len(workers) == 1
            os.kill(workers[0], signal.SIGKILL)
            _, stderr = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 2, stderr
    doc = documents(tmp_path / "out")[site.url + "budget-book.pdf"]
    assert (doc["status"], doc["reason"]) == ("failed", "extraction worker died (exit code -9)")
    assert doc["not_checked"] == doc["reason"]


def test_one_signal_ends_a_scan_with_a_report_marked_interrupted(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "a-notes.txt").write_text("Customer SSN: 512-34-6789\n")
    (folder / "b-budget-book.pdf").write_bytes(budget_book(3000))
    (folder / "c-later.txt").write_text("nothing")
    (tmp_path / "c.toml").write_text("[crawl]\nworkers = 1\n")
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "scan", folder, "--out", tmp_path / "out",
                             "--config", tmp_path / "c.toml"], cwd=ROOT, env=environment(tmp_path),
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        # the worker has started (about a second of CPU), read the notes and is seconds into the budget book
        while worker_cpu_seconds(proc.pid) < 4 and time.monotonic() < deadline:
            time.sleep(0.2)
        sent = time.monotonic()
        os.killpg(proc.pid, signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 2, stderr
    assert time.monotonic() - sent < 10 and "Traceback" not in stderr, stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert data["run"]["errors"] == ["the run was interrupted by SIGINT before it finished"]
    docs = {Path(d["url"]).name: (d["status"], d["reason"]) for d in data["documents"]}
    assert docs["b-budget-book.pdf"] == ("failed", "not checked: the run was interrupted while this file was "
                                         "being analysed")
    assert [f["masked"] for f in data["findings"]] == ["***-**-6789"]
