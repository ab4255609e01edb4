"""Every PDF of the shared corpus of odd and broken files (from public test suites) goes through the
production worker pool (extraction and every detector, under the default time limit and memory cap)
and comes back scanned, or failed or skipped with a reason: never a crash, a hang or a bug's traceback.
"""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from crawler.config import CRAWL_DEFAULTS
from crawler.worker import WorkerPool

CORPUS = Path(__file__).parents[1] / "../shared/corpus/pdfs"
# reasons that mean pubcheck, not the file, is at fault: an exception no reader anticipated ("unreadable
# application/pdf: SomeError: ..."), a bug's traceback, a crashed worker
BUG_REASONS = ("extraction error:", "extraction worker died", "unreadable application/pdf")


@pytest.mark.timeout(1800)
def test_every_corpus_pdf_is_scanned_or_fails_cleanly(capsys):
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is not beside this checkout")
    files = sorted(CORPUS.glob("*.pdf"), key=lambda p: -p.stat().st_size)  # big first: better packing
    pool = WorkerPool({}, {}, timeout=CRAWL_DEFAULTS["extract_timeout"], memory_mb=CRAWL_DEFAULTS["extract_memory_mb"])
    started = time.perf_counter()
    try:
        futures = {path.name: pool.submit(str(path), path.read_bytes(), None) for path in files}
        outcomes = {name: future.result() for name, future in futures.items()}
    finally:
        pool.close()
    elapsed = time.perf_counter() - started
    counts = Counter(o.status for o in outcomes.values())
    timeouts = sum("timed out" in (o.reason or "") for o in outcomes.values())
    summary = (f"PDF corpus: {len(files)} files in {elapsed:.0f} s: "
               + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) + f" ({timeouts} timed out)")
    with capsys.disabled():
        print("\n" + summary)
    bugs = {name: o.reason for name, o in outcomes.items() if (o.reason or "").startswith(BUG_REASONS)}
    assert not bugs, f"{summary}\n" + "\n".join(f"{name}: {reason}" for name, reason in sorted(bugs.items()))
    assert all(o.reason for o in outcomes.values() if o.status != "scanned"), summary
    assert timeouts == 0 and counts["scanned"] >= len(files) * 3 // 4, summary
