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
