"""An analysis outcome crosses from a worker to the collector as it was, findings and all, and the collector's
process unpickles the findings without its cyclic garbage collector, which it finds switched on afterwards."""
from __future__ import annotations

import gc
import pickle
from multiprocessing.reduction import ForkingPickler

from crawler.worker import Outcome
from generated_runs import customer_export_run


def test_an_outcome_is_unpickled_as_it_was_pickled():
    result, export = customer_export_run(50)
    outcomes = [Outcome("scanned", content_type="text/csv", findings=result.findings, warnings=["delimiter ';'"],
                        unchecked=["text cut at 20,000,000 characters, the extraction limit"],
                        timings={"queue_wait": 0.5, "extraction": 1.0, "detection": 2.0}),
                Outcome("scanned", content_type="text/html", findings=[]),
                Outcome("failed", "extraction timed out after 120 s", content_type="application/pdf",
                        not_checked=True)]
    for outcome in outcomes:
        for dumps in (pickle.dumps, lambda o: bytes(ForkingPickler.dumps(o))):  # as the pool sends it
            assert pickle.loads(dumps(outcome)) == outcome
    assert gc.isenabled()


def test_a_worker_detects_without_the_cyclic_collector_and_hands_it_back_everything_the_next_time(monkeypatch):
    """The objects of a document's detection are frozen (not walked while the outcome is sent), and the next
    analysis unfreezes them: cyclic garbage among them is collected then, never kept for good."""
    from crawler import worker
    from detectors import engine

    monkeypatch.setattr(worker, "_detectors", [])
    seen = []
    monkeypatch.setattr(engine, "detections",  # what detection finds the collector doing
                        lambda document, detectors, deadline=None, limit=None:
                        seen.append((gc.isenabled(), gc.get_freeze_count())) or [])
    body = b"Account Number,Customer Name\n3585738843,Justin Glass\n"
    try:
        first = worker.analyze("https://www.mesalinda.gov/customers.csv", body, "text/csv")
        assert first.status == "scanned" and seen == [(False, 0)]
        assert gc.isenabled() and gc.get_freeze_count() > 0
        worker.analyze("https://www.mesalinda.gov/other.csv", body, "text/csv")
        assert seen == [(False, 0), (False, 0)] and gc.isenabled()
    finally:
        gc.unfreeze()


def test_the_crawl_process_does_not_import_the_extractors_and_detectors():
    """Only workers run them: the command line and a re-crawl of an unchanged site, which starts no worker, do not
    pay for loading the detectors' patterns and name lists."""
    import subprocess
    import sys

    loaded = subprocess.run([sys.executable, "-c", "import sys, crawler.cli, crawler.pipelines, reports; "
                             "print(sorted(m for m in sys.modules if m.startswith(('crawler.extract', "
                             "'detectors.context', 'detectors.engine', 'detectors.registry'))))"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"
