"""Serve a generated site on 127.0.0.1 and crawl it with the ``pubcheck`` CLI of a checkout, in a subprocess
(Scrapy's reactor runs once per process)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from crawler.demo.server import LocalSite


@dataclass(frozen=True)
class Crawl:
    result: subprocess.CompletedProcess
    out: Path
    data: dict  # findings.json, every URL made relative to the site root


def crawl_site(root: Path, out: Path, checkout: Path, home: Path, reveal: bool, timeout: int = 600) -> Crawl:
    """``pubcheck crawl`` of the site under ``root``, reports written to ``out``."""
    env = {**os.environ, "HOME": str(home), "PUBCHECK_FINGERPRINT_KEY": "recall-test", "PYTHONPATH": str(checkout)}
    with LocalSite(root) as site:
        result = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "crawl", site.url + "index.html", "--out", str(out),
             *(["--reveal"] if reveal else [])],
            cwd=checkout, capture_output=True, text=True, timeout=timeout, env=env)
        data = json.loads((out / "findings.json").read_text()) if (out / "findings.json").exists() else {}
        for record in [*data.get("findings", []), *data.get("documents", [])]:
            record["url"] = record["url"].removeprefix(site.url)
    return Crawl(result, out, data)
