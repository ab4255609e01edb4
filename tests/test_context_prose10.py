"""Red team 10's causes in running text (``detectors.context.prose``, ``analysis``, ``persons``), end to end through
the extractor and every registry detector: case narratives, call and claim notes that name a customer without the
word "customer".

Hard negatives are a city site's text: an official's contact card, a resident's e-mail to the council, staff and
firms with their phones and offices, historic figures, a newspaper.
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


# -- a government mailbox near a case narrative makes no contact card of it (cause 1) ---------------------------

NARRATIVE = ("The inspector interviewed Tuyet Nhung Vo, the account holder at 5518 E Larchmont Way. She sent "
             "pictures from tnvo.larch@yahoo.com. Her usage was 1,350 kwh.")


def test_a_case_narrative_above_a_footer_with_the_citys_mailbox_is_still_a_record():
    result = found("report.txt", NARRATIVE + "\n\nQuestions? Write to clerk@larkfield.gov.\n")
    assert result.get("customer_name") == ["Tuyet Nhung Vo"]
    assert result.get("email") == ["tnvo.larch@yahoo.com"]
    assert "5518 E Larchmont Way" in " ".join(result.get("address", []))


def test_a_staff_e_mail_to_the_council_is_no_public_comment():
    """An investigator's e-mail from a government mailbox to the council: the City's own correspondence about a
    customer, not a resident's comment to a public body."""
    result = found("findings.eml", "From: Odell Marsh <omarsh@larkfield.gov>\nTo: council@larkfield.gov\n"
                   "Subject: Findings\n\n" + NARRATIVE.replace(" Her usage was 1,350 kwh.", "") + "\n")
    assert result.get("customer_name") == ["Tuyet Nhung Vo"]
    assert result.get("email") == ["tnvo.larch@yahoo.com"]


def test_a_residents_e_mail_to_the_council_stays_a_public_comment():
    result = found("comment.eml", "From: Delia Farnsworth <dfarns77@gmail.com>\nTo: council@larkfield.gov\n"
                   "Subject: Rate increase\n\nI live at 4410 W Sandpiper Ln and oppose the rate increase. My bill is "
                   "already too high. Call me at 626-555-0183.\n")
    assert "customer_name" not in result


def test_an_officials_card_is_still_no_record():
    result = found("council.txt", "Councilmember Rosa Quintanar, District 2\n(626) 555-0120\n"
                   "rquintanar@larkfield.gov\n200 Civic Center Plaza\n\nResidents may call her office with "
                   "questions about their bill.\n")
    assert result == {}
