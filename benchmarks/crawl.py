"""Crawl-and-scan speed against a bare Scrapy crawl of the same site, measured in the same run.

    python benchmarks/crawl.py [--pages 2000] [--pdfs 200] [--rounds 1]

Generates a city-like site (pages with navigation, tables, public numbers and a few planted values;
multi-page PDFs, a 300-page budget book and a 40 MB staff report of site photos, both linked from the
home page), serves it on 127.0.0.1 from a separate process, then times
1. a bare Scrapy crawl (benchmarks/bare_spider.py: follow links, download documents, nothing else), and
2. ``pubcheck crawl`` of the same site (extraction, detection, reports),
and prints both, their ratio (target: at most 1.5), where pubcheck's time went (summed seconds of fetch,
queue wait, extraction and detection from findings.json's ``run.timings``) and detection throughput in
MB/s of text.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from city_pdfs import budget_book, photo_report  # noqa: E402
from process_tree import adopt_orphans, children, reap_adopted  # noqa: E402

BIG_PDFS = {"budget-book-fy2025.pdf": lambda path: budget_book(path, pages=300),
            "staff-report-site-photos.pdf": lambda path: photo_report(path, megabytes=40)}
TIMINGS = ("fetch", "queue_wait", "extraction", "detection")

WORDS = ("council water budget park library permit street hearing resolution program energy residents "
         "approve contract service community public safety planning housing grant report").split()


def paragraph(rng: random.Random, n: int = 60) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def build_site(root: Path, pages: int, pdfs: int, seed: int = 7) -> None:
    from fpdf import FPDF

    rng = random.Random(seed)
    nav = " ".join(f'<a href="/page{i}.html">Section {i}</a>' for i in range(0, 40))
    for i in range(pages):
        links = " ".join(f'<a href="/page{rng.randrange(pages)}.html">Related {j}</a>' for j in range(8))
        doc_links = " ".join(f'<a href="/docs/doc{rng.randrange(pdfs)}.pdf">Document</a>' for _ in range(2))
        rows = "".join(f"<tr><td>Resolution No. 2024-{rng.randrange(100, 999)}</td>"
                       f"<td>APN 8341-0{rng.randrange(10, 99)}-034</td><td>(909) 620-2311</td>"
                       f"<td>${rng.randrange(1000, 99999)}</td></tr>" for _ in range(10))
        planted = "<p>Applicant SSN 512-34-6789</p>" if i % 100 == 0 else ""
        body = "".join(f"<p>{paragraph(rng)}</p>" for _ in range(8))
        (root / f"page{i}.html").write_text(
            f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Page {i}</title></head><body>"
            f"<header><nav>{nav}</nav></header><main><h1>Page {i}</h1>{body}<table>{rows}</table>{planted}"
            f"<p>{links}</p><p>{doc_links}</p></main><footer>City Hall, 505 S. Garey Ave., Pomona, CA 91766 "
            f"(909) 620-2311</footer></body></html>", encoding="utf-8")
    (root / "index.html").write_text("<html><body>" + " ".join(
        f'<a href="/page{i}.html">p</a>' for i in range(pages)) + " ".join(
        f'<a href="/docs/doc{i}.pdf">d</a>' for i in range(pdfs)) + " ".join(
        f'<a href="/docs/{name}">{name}</a>' for name in BIG_PDFS) + "</body></html>")
    docs = root / "docs"
    docs.mkdir()
    for name, write in BIG_PDFS.items():
        write(docs / name)
    for i in range(pdfs):
        pdf = FPDF()
        pdf.set_font("Helvetica", size=10)
        for _ in range(3):
            pdf.add_page()
            pdf.multi_cell(0, 5, "\n".join(paragraph(rng, 40) for _ in range(6)))
        pdf.output(str(docs / f"doc{i}.pdf"))


def serve(root: str, port_queue) -> None:
    from crawler.demo.server import LocalSite, SiteBehaviour

    with LocalSite(root, SiteBehaviour(calendar_path=None)) as site:
        port_queue.put(site.url)
        while True:
            time.sleep(3600)


def timed(args: list[str], cwd: str, env: dict | None = None) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (the command and its worker processes) of one run."""
    adopt_orphans()
    kept = set(children(os.getpid()))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    reap_adopted(kept)  # the fork server and its workers: their CPU is the command's
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        sys.exit(f"benchmark command failed ({result.returncode}): {' '.join(args)}\n{result.stderr[-3000:]}")
    return elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1, help="alternate the two crawls this many times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pubcheck-bench-") as tmp:
        site_root = Path(tmp, "site")
        site_root.mkdir()
        build_site(site_root, args.pages, args.pdfs)
        urls = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(str(site_root), urls), daemon=True)
        server.start()
        url = urls.get(timeout=30)
        bare, full, timings = [], [], []
        outside = Path(tmp, "bare")  # outside the project, so Scrapy uses no project settings
        outside.mkdir()
        for round_ in range(args.rounds):
            bare.append(timed([sys.executable, "-m", "scrapy", "runspider", str(ROOT / "benchmarks/bare_spider.py"),
                               "-a", f"start={url}index.html", "-s", "LOG_LEVEL=WARNING",
                               "-s", "TELNETCONSOLE_ENABLED=False",
                               "-s", "REMOTE_CONTROL_ENABLED=False"], cwd=str(outside)))
            full.append(timed([sys.executable, "-m", "crawler.cli", "crawl", f"{url}index.html", "--out",
                               str(Path(tmp, f"out{round_}")), "--fail-on", "never",
                               "--full"],  # every round a whole crawl: not an incremental one of the round before
                              cwd=str(ROOT),
                              env={"PYTHONPATH": str(ROOT), "HOME": tmp}))
            timings.append(json.loads(Path(tmp, f"out{round_}", "findings.json").read_text())["run"].get("timings"))
        server.terminate()
        documents = args.pages + args.pdfs + len(BIG_PDFS) + 1
        (bare_wall, bare_cpu), (full_wall, full_cpu) = min(bare), min(full)
        sizes = ", ".join(f"{name} {(site_root / 'docs' / name).stat().st_size / 1048576:.1f} MB" for name in BIG_PDFS)
        print(f"site: {args.pages} pages + {args.pdfs} PDFs + {sizes} on {url} (best of {args.rounds})")
        for name, wall, cpu in (("bare Scrapy crawl", bare_wall, bare_cpu), ("pubcheck crawl and scan", full_wall, full_cpu)):
            print(f"{name + ':':25} {wall:7.2f} s  ({documents / wall:6.1f} URLs/s), CPU {cpu:6.1f} s")
        print(f"ratio pubcheck / bare:    {full_wall / bare_wall:7.2f}   (target <= 1.5); CPU {full_cpu / bare_cpu:.2f}")
        best = timings[full.index(min(full))]
        if best:
            print("where pubcheck's time went (summed over documents, s): "
                  + ", ".join(f"{key} {best.get(key, 0):.1f}" for key in TIMINGS))
        else:
            print("where pubcheck's time went: not recorded (findings.json has no run.timings)")
    from detect_throughput import main as detection_throughput
    detection_throughput(["--rounds", "3"])


if __name__ == "__main__":
    main()
