"""Memory of a large crawl: resident memory of pubcheck's main process and of its largest extraction
worker as the page count grows.

    python benchmarks/memory.py [--pages 100000] [--every 10000]

Serves the generated city site of benchmarks/scale_site.py (``--pages`` pages, navigation, related and
next links, no findings) on 127.0.0.1, runs ``pubcheck crawl`` of it, and every ``--every`` pages served
prints the resident memory (RSS) of the main process and of the largest worker now, and the peaks so far
(targets: at most 300 MB each, flat beyond the frontier's own footprint). At the end: the peaks over the
whole run (report writing included), pages/s and the size of each output file (targets at 10,000 pages:
findings.json 5 MB, junit.xml 2 MB, report.html 5 MB).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from process_tree import fork_server_workers  # noqa: E402
from scale_site import ScaleSite, proc_status_kb  # noqa: E402

MB = 1024


def output_sizes(out: Path) -> str:
    return ", ".join(f"{name} {(out / name).stat().st_size / 1048576:.2f} MB"
                     for name in ("findings.json", "junit.xml", "report.html") if (out / name).exists())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between memory readings")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pubcheck-memory-") as tmp, ScaleSite(args.pages) as site:
        out = Path(tmp, "out")
        command = [sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", str(out),
                   "--max-pages", str(args.pages + 1000), "--fail-on", "never"]
        print(f"site: {args.pages:,} generated pages on {site.url}\n"
              f"{'pages':>8} {'s':>6} {'main MB':>8} {'peak':>6} {'worker MB':>10} {'peak':>6}")
        started = time.perf_counter()
        log = open(Path(tmp, "stderr.txt"), "w+")  # a file, not a pipe: a full pipe would stall the crawl
        crawl = subprocess.Popen(command, cwd=tmp, stdout=subprocess.DEVNULL, stderr=log, text=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": tmp})
        main_peak = worker_peak = 0
        mark = args.every
        while crawl.poll() is None:
            main_peak = max(main_peak, proc_status_kb(crawl.pid, "VmHWM"))
            pool = fork_server_workers(crawl.pid)
            worker_now = max((proc_status_kb(w, "VmRSS") for w in pool), default=0)
            worker_peak = max([worker_peak] + [proc_status_kb(w, "VmHWM") for w in pool])
            if site.served >= mark:
                print(f"{site.served:8,} {time.perf_counter() - started:6.0f} "
                      f"{proc_status_kb(crawl.pid, 'VmRSS') / MB:8.0f} {main_peak / MB:6.0f} "
                      f"{worker_now / MB:10.0f} {worker_peak / MB:6.0f}", flush=True)
                mark += args.every
            time.sleep(args.interval)
        elapsed = time.perf_counter() - started
        log.seek(0)
        stderr = log.read()
        log.close()
        if crawl.returncode not in (0, 1):
            sys.exit(f"pubcheck crawl failed ({crawl.returncode}):\n{stderr[-3000:]}")
        run = json.loads((out / "findings.json").read_text())
        statuses: dict[str, int] = {}
        for document in run["documents"]:
            statuses[document["status"]] = statuses.get(document["status"], 0) + 1
        print(f"done: {site.served:,} pages served in {elapsed:.0f} s ({site.served / elapsed:.1f} pages/s); "
              f"documents {statuses}, findings {len(run['findings'])}")
        print(f"peak resident memory (readings every {args.interval:g} s): main process {main_peak / MB:.0f} MB, "
              f"largest worker {worker_peak / MB:.0f} MB (target: 300 MB each)")
        print(f"outputs: {output_sizes(out)}")


if __name__ == "__main__":
    main()
