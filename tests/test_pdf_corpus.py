"""Every PDF of the shared corpus of odd and broken files (from public test suites) comes back as a
Document, ExtractError or UnsupportedDocument: never another exception, a crash or a hang.

Files run in a pebble process pool, as in production: each under a time limit and with its address
space capped, so that a decompression bomb fails with an ExtractError instead of taking the machine.
"""
from __future__ import annotations

import os
import resource
import time
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pytest
from pebble import ProcessExpired, ProcessPool

from crawler.extract import ExtractError, UnsupportedDocument, extract

CORPUS = Path(__file__).parents[1] / "../shared/corpus/pdfs"
SECONDS_PER_FILE = 120  # the production default of [crawl] extract_timeout
MEMORY_BYTES = 2 << 30


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def _extract_file(path: str) -> tuple[str, str, float]:
    """(outcome, detail, seconds) for one file, in a worker process."""
    started = time.perf_counter()
    try:
        document = extract(path, Path(path).read_bytes())
        outcome, detail = "extracted", f"{document.pages} pages, {len(document.segments)} segments"
    except (ExtractError, UnsupportedDocument) as e:
        outcome, detail = "error", str(e)
    except Exception as e:  # anything else is the failure this test looks for
        outcome, detail = "other exception", f"{type(e).__name__}: {e}"
    return outcome, detail, time.perf_counter() - started


@pytest.mark.timeout(1800)
def test_every_corpus_pdf_extracts_or_fails_cleanly(capsys):
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is not beside this checkout")
    files = sorted(CORPUS.glob("*.pdf"), key=lambda p: -p.stat().st_size)  # big first: better packing
    started = time.perf_counter()
    results: dict[str, tuple[str, str, float]] = {}
    with ProcessPool(max_workers=min(os.cpu_count() or 2, 4), initializer=_limit_memory) as pool:
        tasks = {path.name: pool.schedule(_extract_file, args=(str(path),), timeout=SECONDS_PER_FILE)
                 for path in files}
        for name, task in tasks.items():
            try:
                results[name] = task.result()
            except FutureTimeout:
                results[name] = ("timeout", f"over {SECONDS_PER_FILE} s", SECONDS_PER_FILE)
            except ProcessExpired as e:
                results[name] = ("worker died", f"exit code {e.exitcode}", 0.0)
    elapsed = time.perf_counter() - started
    counts = {outcome: sum(1 for r in results.values() if r[0] == outcome)
              for outcome in ("extracted", "error", "timeout", "worker died", "other exception")}
    slowest = sorted(results.items(), key=lambda item: -item[1][2])[:3]
    summary = (f"PDF corpus: {len(files)} files in {elapsed:.0f} s: "
               + ", ".join(f"{count} {outcome}" for outcome, count in counts.items())
               + "; slowest: " + ", ".join(f"{name} {r[2]:.1f} s" for name, r in slowest))
    with capsys.disabled():
        print("\n" + summary)
    bad = {name: r for name, r in results.items() if r[0] not in ("extracted", "error")}
    assert not bad, f"{summary}\n" + "\n".join(f"{name}: {r[0]}: {r[1]}" for name, r in sorted(bad.items()))
    assert counts["extracted"] >= len(files) * 3 // 4, summary
