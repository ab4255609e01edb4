"""Per-page cost of ``pubcheck crawl`` (crawl and scan) against a bare Scrapy crawl of the same site, in the
same run.

    python benchmarks/throughput.py [--pages 20000] [--rounds 2]

Serves the generated city site of benchmarks/scale_site.py on 127.0.0.1 and runs, alternating, ``--rounds``
times each: a bare Scrapy crawl (benchmarks/bare_spider.py: follows every same-site link, nothing else) and
``pubcheck crawl`` with its default settings (extraction and detection in its workers, reports). For each it
prints wall-clock and CPU seconds per page served (CPU: the crawl's processes and workers; the server's is
left out) and the ratio pubcheck / bare (target: at most 1.2). The machine may be shared: wall time is noisy,
CPU time much less so, and rounds alternate so that both crawls meet the same load. Then it prints where
pubcheck's time went (``run.timings``) and the size of each output file.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from memory import output_sizes  # noqa: E402
from scale_site import ScaleSite, Timer  # noqa: E402


def crawl(command: list[str], cwd: str, env: dict, site: ScaleSite) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds and pages served of one crawl."""
    site.reset()
    with Timer() as timer:
        result = subprocess.run(command, cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"benchmark command failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-3000:]}")
    return timer.wall, timer.cpu, site.served


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2, help="alternate the two crawls this many times")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pubcheck-throughput-") as tmp, ScaleSite(args.pages) as site:
        outside = Path(tmp, "bare")  # outside the project, so that Scrapy reads no project settings
        outside.mkdir()
        bare_command = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "benchmarks/bare_spider.py"),
                        "-a", f"start={site.url}", "-s", "LOG_LEVEL=WARNING", "-s", "TELNETCONSOLE_ENABLED=False",
                        "-s", "REMOTE_CONTROL_ENABLED=False"]
        runs: dict[str, list[tuple[float, float, int]]] = {"bare": [], "pubcheck": []}
        print(f"site: {args.pages:,} generated pages on {site.url}")
        for round_ in range(args.rounds):
            out = Path(tmp, f"out{round_}")
            for name, command, cwd, env in (
                    ("bare", bare_command, str(outside), {}),
                    ("pubcheck", [sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", str(out),
                                  "--max-pages", str(args.pages + 1000), "--fail-on", "never"], str(ROOT),
                     # a fresh history each round: a later round would otherwise be an incremental re-crawl
                     {"PYTHONPATH": str(ROOT), "HOME": str(Path(tmp, f"home{round_}"))})):
                wall, cpu, pages = crawl(command, cwd, env, site)
                runs[name].append((wall, cpu, pages))
                print(f"round {round_ + 1} {name:9} {pages:7,} pages {wall:7.1f} s ({pages / wall:5.1f} pages/s) "
                      f"{wall / pages * 1000:6.2f} ms/page wall, {cpu / pages * 1000:6.2f} ms/page CPU", flush=True)
        wall_ratios = [p[0] / p[2] / (b[0] / b[2]) for b, p in zip(runs["bare"], runs["pubcheck"])]
        cpu_ratios = [p[1] / p[2] / (b[1] / b[2]) for b, p in zip(runs["bare"], runs["pubcheck"])]
        print(f"per-page ratio pubcheck / bare, by round: wall {', '.join(f'{r:.2f}' for r in wall_ratios)} "
              f"(median {statistics.median(wall_ratios):.2f}; target <= 1.2); "
              f"CPU {', '.join(f'{r:.2f}' for r in cpu_ratios)}")
        last = Path(tmp, f"out{args.rounds - 1}")
        timings = json.loads((last / "findings.json").read_text())["run"]["timings"]
        print("where pubcheck's time went (summed seconds): "
              + ", ".join(f"{key} {value:.1f}" for key, value in timings.items()))
        print(f"outputs: {output_sizes(last)}")


if __name__ == "__main__":
    main()
