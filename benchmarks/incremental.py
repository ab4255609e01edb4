"""Incremental re-crawl against the first crawl of the same unchanged site, measured in the same run.

    python benchmarks/incremental.py [--pages 2000] [--pdfs 200] [--changed 0]

Generates the city-like site of benchmarks/crawl.py (pages with navigation, tables, public numbers, a few
planted values; multi-page PDFs), serves it on 127.0.0.1 from a separate process (Python's file server
answers If-Modified-Since), then times with one fresh history database
1. ``pubcheck crawl`` of the site (everything fetched, extracted and scanned, the history recorded), and
2. the same command again: conditional requests, 304s, findings carried forward, links from the history;
with ``--changed N``, N pages are rewritten in between (and must be scanned again).
Prints both, their ratio (target: at most 0.25) and what the second run did.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from crawl import build_site, serve  # noqa: E402  (the same generated site as the crawl benchmark)


def crawl(url: str, out: Path, db: Path, home: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", url, "--out", str(out), "--db", str(db),
                             "--fail-on", "never"], cwd=str(ROOT), capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home),
                                 "PUBCHECK_FINGERPRINT_KEY": "benchmark"})
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"pubcheck crawl failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--changed", type=int, default=0, help="pages rewritten between the two crawls")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pubcheck-incremental-") as tmp:
        site = Path(tmp, "site")
        site.mkdir()
        build_site(site, args.pages, args.pdfs)
        urls = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(str(site), urls), daemon=True)
        server.start()
        url = urls.get(timeout=30) + "index.html"
        db, home = Path(tmp, "history.sqlite"), Path(tmp, "home")
        first = crawl(url, Path(tmp, "first"), db, home)
        later = time.time() + 5
        for i in range(args.changed):
            page = site / f"page{i * max(1, args.pages // max(args.changed, 1))}.html"
            page.write_text(page.read_text().replace("</main>", f"<p>Revised {i}.</p></main>"))
            os.utime(page, (later, later))
        second = crawl(url, Path(tmp, "second"), db, home)
        server.terminate()
        data = json.loads(Path(tmp, "second", "findings.json").read_text())
        documents = [d for d in data["documents"] if d["status"] == "scanned"]
        unchanged = sum(1 for d in documents if d["unchanged"])
        findings = json.loads(Path(tmp, "first", "findings.json").read_text())["findings"]
        print(f"site: {args.pages} pages + {args.pdfs} PDFs on {url}; {args.changed} pages changed in between")
        print(f"first crawl (full):          {first:7.2f} s")
        print(f"second crawl (incremental):  {second:7.2f} s   {unchanged} of {len(documents)} scanned documents "
              f"unchanged, {len(data['findings'])} findings (first crawl: {len(findings)})")
        print(f"ratio second / first:        {second / first:7.2f}   (target <= 0.25)")


if __name__ == "__main__":
    main()
