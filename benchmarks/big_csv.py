"""A leaked customer export on a city site: total time and peak memory against a bare Scrapy crawl.

    python benchmarks/big_csv.py [--rows 20000] [--pages 300] [--pdfs 30]

Generates the city-like site of benchmarks/crawl.py plus a customer export linked from one of its pages
(``exports/customers.csv``: account number, name, service address, phone, email and monthly kWh of
``--rows`` customers, about 2 MB at 20,000 rows, made with Faker), serves it on 127.0.0.1 from a separate
process, then runs
1. a bare Scrapy crawl of the site (benchmarks/bare_spider.py), and
2. ``pubcheck crawl`` of it (extraction, detection, reports),
and prints both wall-clock times and their ratio (target: at most 1.5), the peak resident memory of each
main process and of the largest pubcheck worker (target: under 400 MB), where pubcheck's time went
(findings.json's ``run.timings``), the size of each output file (report.html target: under 5 MB) and, where
Chromium is installed, how long headless Chromium takes to load and lay out report.html against an empty page.
"""
from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from crawl import build_site, serve  # noqa: E402
from process_tree import descendants  # noqa: E402


def write_customer_export(path: Path, rows: int, seed: int = 11) -> None:
    """A billing system's customer export, as a careless upload would publish it."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as file:
        out = csv.writer(file)
        out.writerow(["Account Number", "Customer Name", "Service Address", "City", "ZIP", "Phone", "Email",
                      "Usage (kWh)", "Rate Plan"])
        for _ in range(rows):
            out.writerow([f"3{rng.randrange(10**8, 10**9)}", fake.name(), fake.street_address(), "Pomona",
                          f"917{rng.randrange(66, 70)}", fake.numerify("(909) ###-####"), fake.email(),
                          f"{rng.randrange(80, 2400):,}", rng.choice(("PCE Basic", "PCE Plus", "PCE Prime"))])


def peak_memory(pid: int) -> tuple[int, int]:
    """Peak resident kB so far of process ``pid`` and the largest of the processes below it (its fork server's
    workers; 0 when gone)."""
    def status(p: int, field: str) -> int:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    return status(pid, "VmHWM"), max((status(p, "VmHWM") for p in descendants(pid)), default=0)


def measured(args: list[str], cwd: str, env: dict | None = None) -> tuple[float, int, int]:
    """Wall-clock seconds, peak resident MB of the main process and of the largest process below it, of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    main_kb = child_kb = 0
    while process.poll() is None:
        main_now, child_now = peak_memory(process.pid)
        main_kb, child_kb = max(main_kb, main_now), max(child_kb, child_now)
        time.sleep(0.1)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read()
    if process.returncode not in (0, 1):
        sys.exit(f"benchmark command failed ({process.returncode}): {' '.join(args)}\n{stderr[-3000:]}")
    return elapsed, main_kb // 1024, child_kb // 1024


def browser_seconds(page: Path, profile: Path) -> float:
    """Seconds headless Chromium takes to open ``page`` and write out its laid-out DOM."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    started = time.perf_counter()
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", f"--user-data-dir={profile}",
                    "--dump-dom", page.as_uri()], capture_output=True, timeout=600)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--pdfs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pubcheck-bigcsv-") as tmp:
        site_root = Path(tmp, "site")
        site_root.mkdir()
        build_site(site_root, args.pages, args.pdfs)
        (site_root / "exports").mkdir()
        export = site_root / "exports" / "customers.csv"
        write_customer_export(export, args.rows)
        page = site_root / "page1.html"
        page.write_text(page.read_text().replace(
            "</main>", '<p><a href="/exports/customers.csv">Customer list (CSV)</a></p></main>'))
        urls = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(str(site_root), urls), daemon=True)
        server.start()
        url = urls.get(timeout=30)
        outside = Path(tmp, "bare")  # outside the project, so Scrapy uses no project settings
        outside.mkdir()
        out = Path(tmp, "out")
        bare = measured([sys.executable, "-m", "scrapy", "runspider", str(ROOT / "benchmarks/bare_spider.py"),
                         "-a", f"start={url}index.html", "-s", "LOG_LEVEL=WARNING",
                         "-s", "TELNETCONSOLE_ENABLED=False", "-s", "REMOTE_CONTROL_ENABLED=False"], cwd=str(outside))
        full = measured([sys.executable, "-m", "crawler.cli", "crawl", f"{url}index.html", "--out", str(out),
                         "--fail-on", "never", "--allow-unchecked", "1000"], cwd=str(ROOT),
                        env={"PYTHONPATH": str(ROOT), "HOME": tmp})
        server.terminate()
        print(f"site: {args.pages} pages + {args.pdfs} PDFs + customers.csv ({args.rows:,} rows, "
              f"{export.stat().st_size / 1048576:.1f} MB) on {url}")
        for name, (wall, main_mb, child_mb) in (("bare Scrapy crawl", bare), ("pubcheck crawl and scan", full)):
            workers = f", largest worker {child_mb} MB" if child_mb else ""
            print(f"{name + ':':25} {wall:7.2f} s   peak memory: main process {main_mb} MB{workers}")
        print(f"ratio pubcheck / bare:    {full[0] / bare[0]:7.2f}   (target <= 1.5; peak memory target < 400 MB)")
        data = json.loads((out / "findings.json").read_text())
        csv = next((d for d in data["documents"] if d["url"].endswith("/exports/customers.csv")), None)
        if csv is None or csv["status"] != "scanned" or csv.get("not_checked"):
            reason = csv and (csv.get("not_checked") or csv.get("reason"))
            sys.exit(f"customers.csv was not checked ({reason or 'not in findings.json'}): the figures above measure a "
                     "crawl that skipped it (a loaded machine hits extract_timeout); rerun on a quieter machine")
        timings = data["run"].get("timings") or {}
        print("where the time went (run.timings, seconds; per-document phases are summed over workers):")
        for phase, seconds in timings.items():
            print(f"  {phase:28} {seconds:9.2f}")
        print(f"findings: {len(data['findings']):,} in {sum(1 for d in data['documents'] if d['findings'])} "
              f"documents; {len(data['documents']):,} documents")
        for name in ("report.html", "findings.json", "junit.xml"):
            print(f"  {name:14} {(out / name).stat().st_size / 1048576:7.2f} MB")
        if shutil.which("chromium") or shutil.which("chromium-browser"):
            empty = Path(tmp, "empty.html")
            empty.write_text("<!DOCTYPE html><title>empty</title><p>empty</p>")
            profile = Path(tmp, "profile")
            baseline = min(browser_seconds(empty, profile) for _ in range(2))
            report = min(browser_seconds(out / "report.html", profile) for _ in range(2))
            print(f"headless Chromium opens report.html in {report:.2f} s, an empty page in {baseline:.2f} s "
                  f"(report.html costs {report - baseline:.2f} s more)")


if __name__ == "__main__":
    main()
