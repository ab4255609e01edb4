"""A staff report on a customer's appeal goes on about "the Appellant" after the record's lines (red team site35):
"The Appellant was notified in writing and by telephone at ... and by e-mail to ...". "The Appellant" is the case's
own party called back, not another person or firm whose number it would be; the number is the customer's.

Hard negatives: a number in the same report's later sentence about an office ("The Treasurer may be reached at
...", "Contact the Hearing Officer at ..."), which names someone else.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_REPORT = "https://www.pomonachoiceenergy.org/documents/staff-reports/2025-031-appeal.pdf"


def _report(*after: str) -> bytes:
    return lines_pdf([
        "CITY OF POMONA - POMONA CHOICE ENERGY",
        "STAFF REPORT NO. 2025-031",
        "SUBJECT: APPEAL OF A BILLING DETERMINATION",
        "BACKGROUND",
        "On February 6, 2025, Teuila Fanene-Marsh (the \"Appellant\") disputed PCE charges on account",
        "7003 4419 2086 for the service address 1429 W Jefferson Ave, Pomona.",
        "The Appellant contends that a heat pump installed in January doubled the winter bill.",
        "Customer Care reviewed the interval data provided by SCE and confirmed the meter read",
        *after,
        "RECOMMENDATION",
        "Deny the appeal.",
    ])


def test_the_appellants_number_told_after_the_record():
    found = pairs_found(_REPORT, _report(
        "correctly. The Appellant was notified in writing and by telephone at 626-555-0187 and by e-mail",
        "to tfmarsh@att.net. The Appellant filed a timely appeal.",
    ))
    assert "Teuila Fanene-Marsh" in values_of(found, "customer_name")
    assert "626-555-0187" in values_of(found, "phone")


def test_an_offices_number_in_the_same_report_is_not_the_appellants():
    found = pairs_found(_REPORT, _report(
        "correctly. The Treasurer may be reached at 909-555-0140 about payment plans generally.",
        "Questions may go to the Hearing Officer at 909-555-0161.",
    ))
    assert "Teuila Fanene-Marsh" in values_of(found, "customer_name")
    assert not values_of(found, "phone") & {"909-555-0140", "909-555-0161"}
