"""The HTML report in a real browser (headless Chromium): hostile crawled content stays inert, and the
page renders as a page, not as markup. Chromium is installed by .ci/run."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from crawler.results import DocumentResult, RunInfo, RunResult
from detectors.model import Detection, Location
from reports import write_reports

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update"]
ATTACK = ('<script>document.body.setAttribute("data-pwned","script")</script>'
          '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'img\')">')


def hostile_run() -> RunResult:
    url = "http://127.0.0.1:8000/notices.html?q=" + ATTACK
    finding = Detection(url=url, category="ssn", severity="high", rule="PCE-01 6.3", masked="***-**-6789",
                        value="512-34-6789", key="512346789", location=Location(element="main > p" + ATTACK),
                        hidden="html comment", label=ATTACK, context="SSN ***-**-6789 " + ATTACK, why=ATTACK,
                        fingerprint="f" * 32)
    documents = [DocumentResult(url, kind="page", status="scanned", reason=None, content_type="text/html",
                                http_status=200, size=10, findings=1, referrers=["javascript:alert(1)"]),
                 DocumentResult("http://127.0.0.1:8000/x.pdf", status="failed", reason=ATTACK, referrers=[url])]
    run = RunInfo(command="crawl", targets=[url], started="2026-11-24T02:00:00+00:00",
                  finished="2026-11-24T02:05:00+00:00", version="0.1.0")
    return RunResult(run, [finding], documents)


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (.ci/run installs it)")
def test_hostile_content_does_not_run_in_a_browser(tmp_path):
    paths = write_reports(hostile_run(), tmp_path / "out")
    profile = tmp_path / "profile"
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=2000",
                          "--dump-dom", paths["html"].as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "<body" in dom, "the report did not render"
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "***-**-6789" in dom and "512-34-6789" not in dom
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--window-size=1280,1600",
                    f"--screenshot={shot}", paths["html"].as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000  # a rendered page, not an empty canvas
