"""Peak memory of a long crawl: ``pubcheck crawl`` of a generated 20,000-page site, sampled as it runs.

    python benchmarks/memory.py [--pages 20000] [--pdfs 200] [--interval 0.5]

Generates the city-like site of benchmarks/crawl.py (every page with the site's navigation, a table, public
numbers, links to related pages and to PDFs), serves it on 127.0.0.1 from a separate process and crawls it
once with a fresh history. Samples the resident memory of the crawl process and of its extraction workers
every ``--interval`` seconds, and prints the peak RSS of the crawl process (target: at most 400 MB), the
peak of the whole process tree, and the RSS at 25, 50, 75 and 100 % of the crawl, to show whether memory
stays flat as the crawl goes on.
"""
from __future__ import annotations

import argparse
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

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_SIZE / 1048576
    except (OSError, IndexError, ValueError):
        return 0.0


def descendants(pid: int) -> list[int]:
    children, queue = [], [pid]
    while queue:
        parent = queue.pop()
        try:
            with open(f"/proc/{parent}/task/{parent}/children") as f:
                found = [int(c) for c in f.read().split()]
        except OSError:
            found = []
        children += found
        queue += found
    return children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pubcheck-memory-") as tmp:
        site = Path(tmp, "site")
        site.mkdir()
        build_site(site, args.pages, args.pdfs)
        urls = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(str(site), urls), daemon=True)
        server.start()
        url = urls.get(timeout=30) + "index.html"
        config = Path(tmp, "pubcheck.toml")
        config.write_text(f"[crawl]\nmax_pages = {args.pages + args.pdfs + 100}\n")
        started = time.perf_counter()
        crawl = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", url, "--out", str(Path(tmp, "out")), "--config",
             str(config), "--db", str(Path(tmp, "history.sqlite")), "--fail-on", "never"],
            cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": tmp, "PUBCHECK_FINGERPRINT_KEY": "benchmark"})
        samples: list[tuple[float, float, float]] = []  # (seconds, crawl process MB, process tree MB)
        while crawl.poll() is None:
            main_mb = rss_mb(crawl.pid)
            tree_mb = main_mb + sum(rss_mb(child) for child in descendants(crawl.pid))
            samples.append((time.perf_counter() - started, main_mb, tree_mb))
            time.sleep(args.interval)
        elapsed = time.perf_counter() - started
        stderr = crawl.stderr.read()
        server.terminate()
        if crawl.returncode not in (0, 1) or not samples:
            sys.exit(f"pubcheck crawl failed ({crawl.returncode}):\n{stderr[-3000:]}")
        documents = len(list(site.glob("*.html"))) + args.pdfs
        print(f"site: {args.pages} pages + {args.pdfs} PDFs on {url}; crawl took {elapsed:.0f} s "
              f"({documents / elapsed:.1f} URLs/s)")
        print(f"peak RSS, crawl process:     {max(s[1] for s in samples):7.1f} MB   (target <= 400 MB)")
        print(f"peak RSS, with its workers:  {max(s[2] for s in samples):7.1f} MB")
        quarters = [samples[min(len(samples) - 1, int(len(samples) * q))] for q in (0.25, 0.5, 0.75)] + [samples[-1]]
        print("crawl process RSS at 25/50/75/100 % of the run: "
              + ", ".join(f"{s[1]:.0f} MB ({s[0]:.0f} s)" for s in quarters))


if __name__ == "__main__":
    main()
