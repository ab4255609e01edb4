"""The HTML report in a real browser (headless Chromium): hostile crawled content stays inert, and the
page renders as a page, not as markup. Chromium is installed by .ci/run."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from reports import write_reports

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update"]
ATTACK = ('<script>document.body.setAttribute("data-pwned","script")</script>'
          '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'img\')">')


def hostile_run() -> dict:
    url = "http://127.0.0.1:8000/notices.html?q=" + ATTACK
    return {
        "run": {"tool": "pubcheck", "version": "0.1.0", "started": "2026-11-24T02:00:00+00:00",
                "finished": "2026-11-24T02:05:00+00:00", "targets": [url], "command": "crawl", "reveal": False,
                "errors": [], "limits": {}},
        "findings": [{"url": url, "category": "ssn", "severity": "high", "rule": "PCE-01 6.3", "masked": "***-**-6789",
                      "value": "512-34-6789", "normalized": "512346789",
                      "location": {"element": "main > p" + ATTACK, "hidden": "html comment", "label": ATTACK},
                      "context": "SSN ***-**-6789 " + ATTACK, "fingerprint": "f" * 32, "why": ATTACK,
                      "public_if_repeated": False}],
        "documents": [{"url": url, "status": "scanned", "reason": None, "content_type": "text/html",
                       "referrers": ["javascript:alert(1)"], "kind": "page", "http_status": 200, "size": 10,
                       "pages": None, "findings": 1, "redirected_from": [], "warnings": []},
                      {"url": "http://127.0.0.1:8000/x.pdf", "status": "failed", "reason": ATTACK,
                       "content_type": None, "referrers": [url], "kind": "document", "http_status": None,
                       "size": None, "pages": None, "findings": 0, "redirected_from": [], "warnings": []}],
    }


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
