"""Incremental re-crawl against the first crawl of the same unchanged site, measured in the same run.

    python benchmarks/incremental_crawl.py [--pages 2000] [--pdfs 200] [--changed 0]

Generates the city-like site of benchmarks/crawl.py (pages with navigation, tables, public numbers, a few
planted values; multi-page PDFs), serves it on 127.0.0.1 from a separate process (Python's file server
answers If-Modified-Since), then times with one fresh history database
1. ``pubcheck crawl`` of the site (everything fetched, extracted and scanned, the history recorded), and
2. the same command again: conditional requests, 304s, findings carried forward, links from the history;
with ``--changed N``, N pages are rewritten in between (and must be scanned again).
Prints both, their ratio (target: at most 0.25) and what the second run did; then, as the floor of the second
crawl, a bare Scrapy re-crawl of the same site that revalidates every URL the same way and does nothing else
(benchmarks/bare_revalidation_spider.py), with Scrapy's default components and with none of them.
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


# the least Scrapy runs per request: only the download timeout and the core stats
LEAN = {"DOWNLOADER_MIDDLEWARES_BASE": {"scrapy.downloadermiddlewares.downloadtimeout.DownloadTimeoutMiddleware": 350},
        "SPIDER_MIDDLEWARES_BASE": {}, "EXTENSIONS_BASE": {"scrapy.extensions.corestats.CoreStats": 0}}


def bare_revalidation(url: str, tmp: Path) -> tuple[float, float]:
    """Seconds of a bare Scrapy re-crawl of the site (after a first run that remembers its links), with
    Scrapy's default components and with none."""
    outside = tmp / "bare"  # outside the project, so Scrapy uses no project settings
    outside.mkdir(exist_ok=True)
    links = outside / "links.json"

    def run(*settings: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "scrapy", "runspider",
                        str(ROOT / "benchmarks/bare_revalidation_spider.py"),
                        "-a", f"start={url}", "-a", f"links={links}", "-s", "LOG_LEVEL=WARNING",
                        "-s", "TELNETCONSOLE_ENABLED=False",
                        "-s", "REMOTE_CONTROL_ENABLED=False", *settings], cwd=str(outside), check=True,
                       capture_output=True)
        return time.perf_counter() - started

    run()  # the first crawl: every page's links
    lean = [arg for key, value in LEAN.items() for arg in ("-s", f"{key}={json.dumps(value)}")]
    return run(), run(*lean)


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
        floor = bare_revalidation(url, Path(tmp))
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
        print(f"floor: a bare Scrapy re-crawl of the same URLs, conditional requests and nothing else: "
              f"{floor[0]:.2f} s with Scrapy's default components, {floor[1]:.2f} s with none "
              f"(pubcheck's second crawl: {second / floor[0]:.2f}x and {second / floor[1]:.2f}x)")


if __name__ == "__main__":
    main()
