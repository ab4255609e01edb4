"""Round 57, the lead's own fixes: each test fails before its fix."""

import detectors.engine

from crawler.worker import analyze


def test_a_document_whose_check_runs_out_of_memory_is_failed_with_that_reason(monkeypatch):
    """A 3,000-page budget book read whole whose records are too many for the worker's memory: the reason says
    so, in pubcheck's words, not a bare "extraction error: MemoryError" from the pool."""
    def out_of_memory(document, detectors):
        raise MemoryError

    monkeypatch.setattr(detectors.engine, "detections", out_of_memory)
    outcome = analyze("https://city.example.gov/budget.txt", b"Fund 101 line item 12,345.67\n", "text/plain")
    assert (outcome.status, outcome.reason, outcome.not_checked) == (
        "failed", "checking the document ran out of memory (see [crawl] extract_memory_mb)", True)
    assert outcome.content_type == "text/plain"
