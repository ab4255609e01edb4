"""Red team 11's causes in running text (``detectors.context.prose``, ``letters``, ``persons``), end to end through
the extractor and every registry detector: case logs and call transcripts whose later lines carry the customer of
their first, callback notes, Hangul names, and streets named after a person under a staff member's signature.

Hard negatives are a city site's text: staff logs of public projects, meeting minutes, public hearing transcripts,
staff and officials' contacts, streets named after people.
"""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors({})
CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for f in scan_document(extract(name, body.encode()), DETECTORS):
        if f.category in CONTACT:
            result.setdefault(f.category, []).append(f.value)
    return result


# -- a street named after a person is no customer's name (cause 4) -------------------------------------------

def test_a_street_named_after_a_person_after_a_staff_signature_is_no_writer():
    result = found("letter.txt", "Dear Customer,\n\nThis confirms our account number is 5183-402-771 and the "
                   "arrangement we made.\n\nSincerely,\nDesmond Achterberg, Billing Services Manager\n\n"
                   "Cesar Chavez Jr. Avenue will be closed for paving in May.\n")
    assert "customer_name" not in result
    assert result.get("account_number") == ["5183-402-771"]


def test_a_street_after_a_generational_suffix_is_no_name():
    result = found("notice.txt", "Customer account 4410-228-913 is served at the transformer on Martin Luther "
                   "King Jr. Blvd. Crews will work there on Friday.\n")
    assert "customer_name" not in result


def test_a_customers_own_signature_under_a_letter_is_still_found():
    result = found("letter.txt", "To Whom It May Concern,\n\nMy account number is 7720-318-645 and my bill "
                   "doubled last month.\n\nSincerely,\nGerald Ostrowski Jr.\n")
    assert "Gerald Ostrowski Jr" in " ".join(result.get("customer_name", []))
