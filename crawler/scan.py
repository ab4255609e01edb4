"""``pubcheck scan``: the same extraction, detection and report for files on disk.

A folder is walked recursively; each file's ``url`` is the path as given joined with its path inside
the folder. Files are read a few at a time so that a large archive does not sit in memory at once.
"""
from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, wait
from pathlib import Path

from .collect import Collector, fingerprint_key
from .config import Config
from .results import RunResult
from .worker import WorkerPool


def files_under(paths: list[str]):
    for given in paths:
        if os.path.isdir(given):
            for folder, dirs, names in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    yield os.path.join(folder, name)
        else:
            yield given


def scan_paths(paths: list[str], config: Config, *, reveal: bool = False) -> RunResult:
    """Scan files and folders; returns the run's result, as a crawl does."""
    crawl = config.crawl
    collector = Collector(command="scan", targets=list(paths), limits=dict(crawl),
                          key=fingerprint_key(config.report["fingerprint_key_file"]),
                          site_wide_pages=config.report["site_wide_pages"], reveal=reveal)
    pool = WorkerPool(config.detectors, config.public, workers=crawl["workers"], timeout=crawl["extract_timeout"],
                      memory_mb=crawl["extract_memory_mb"])
    max_bytes = crawl["max_document_mb"] * 1024 * 1024
    in_flight: dict = {}
    try:
        for path in files_under(paths):
            if len(in_flight) >= 8:
                _settle(collector, in_flight, wait(in_flight, return_when=FIRST_COMPLETED).done)
            try:
                size = os.path.getsize(path)
                if size > max_bytes:
                    collector.record(path, "skipped", f"too large: {size / 1048576:.1f} MB, over the "
                                     f"{crawl['max_document_mb']} MB document limit", not_checked=True)
                    continue
                body = Path(path).read_bytes()
            except OSError as e:
                collector.record(path, "failed", f"cannot read file: {e.strerror}", not_checked=True)
                continue
            in_flight[pool.submit(path, body, None)] = (path, size)
        _settle(collector, in_flight, wait(in_flight).done)
    finally:
        pool.close()
    return collector.finish()


def _settle(collector: Collector, in_flight: dict, done) -> None:
    for future in done:
        path, size = in_flight.pop(future)
        outcome = future.result()
        kind = "page" if outcome.content_type == "text/html" else "document"
        collector.analysed(path, outcome, kind=kind, size=size)
