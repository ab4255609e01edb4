"""Round 57, the lead's own fixes: each test fails before its fix."""

import detectors.engine

from crawler.worker import analyze
from tests.detector_helpers import pairs_found

_SITE = "https://www.lacandela.gov/"


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


def _found(text: str, name: str = "accounts.txt") -> set[tuple[str, str]]:
    return pairs_found(_SITE + "energy/" + name, text)


def test_a_service_address_labelled_over_a_customer_account_is_the_customer_s():
    """No name, but a utility record's premise above its account: the service address is the account's, as the
    usage after it is (PCE-01 4.1 names service addresses)."""
    found = _found("Service address: 2210 Calle Mirasol, La Candela CA 91750\n"
                   "CCE account 7720045519, usage 418 kWh\n")
    assert {("address", "2210 Calle Mirasol, La Candela CA 91750"), ("account_number", "7720045519"),
            ("energy_usage", "418 kWh")} <= found
    found = _found("Svc Address: 87 Tamarind Way, La Candela\nSCE acct 2-40-118-7731\n")
    assert ("address", "87 Tamarind Way") in found


def test_a_facility_s_or_a_sample_s_service_address_over_its_account_stays_public():
    assert _found("City facility accounts\nLa Candela Senior Center\n"
                  "Service address: 300 N Vineyard Ave, La Candela CA 91750\n"
                  "SCE account 2-40-118-7731, usage 84,210 kWh\n"
                  "Facility: Vineyard Park\nService address: 1401 E Mesa St, La Candela CA 91750\n"
                  "SCE account 2-40-118-7744, usage 12,900 kWh\n") == set()
    assert _found("Sample bill (all values made up)\nService address: 123 Main St, Anytown CA 90000\n"
                  "CCE account 0000000000\n") == set()
