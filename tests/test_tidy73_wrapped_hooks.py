"""A labelled number a line break cut is read by one loop of the labelled-number base (``_wrapped``) for SSNs and
accounts alike; each detector's hooks say which closing digits may start such a number (``wrapped_tail``) and how
they read with the next line (``wrapped_readings``): an SSN's shapes across the joined lines, an account's groups as
long as its first."""
import pytest

from detectors.account_number import AccountNumberDetector
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from detectors.registry import detector_classes
from detectors.ssn import SsnDetector


def _segments(*lines: str, label: str | None = None) -> list[Segment]:
    return [Segment(text, Location(page=1, line=n), label=label) for n, text in enumerate(lines, 1)]


def _values(category: str, *lines: str, label: str | None = None) -> set[str]:
    document = Document("http://127.0.0.1/docs/digest.pdf", "application/pdf", _segments(*lines, label=label))
    return {f.value for f in scan_document(document, [cls() for cls in detector_classes()]) if f.category == category}


def test_an_ssns_tail_is_its_closing_groups_too_short_for_any_shape():
    detector = SsnDetector()
    assert detector.wrapped_tail(Segment("Leave notice for Perpetua Oyelaran. SSN 538 71", Location())) is not None
    assert detector.wrapped_tail(Segment("Leave notice. SSN 538-71-4406", Location())) is None


def test_an_accounts_tail_is_a_lone_first_group_and_no_year():
    detector = AccountNumberDetector()
    assert detector.wrapped_tail(Segment("Refund approved for account 6203", Location())).group("group") == "6203"
    assert detector.wrapped_tail(Segment("Refund approved in fiscal year 2024", Location())) is None


def test_an_accounts_reading_takes_the_groups_as_long_as_its_first():
    detector = AccountNumberDetector()
    line, below = _segments("Refund approved for account 6203", "9147 5580 after the meter test.")
    readings = list(detector.wrapped_readings(line, detector.wrapped_tail(line), below, None))
    assert [(r.candidate.digits, r.end, r.continued_end) for r in readings] == [("620391475580", len(line.text), 9)]
    uneven = Segment("91 475 after the meter test.", Location(page=1, line=2))
    assert list(detector.wrapped_readings(line, detector.wrapped_tail(line), uneven, None)) == []


@pytest.mark.parametrize("lines, value", [
    (("Per the digest, Leocadia Ferreira-Quist disputed the March bill for account 6203",
      "9147 5580 at 17 Juniper Hollow Rd."), "6203 9147 5580"),
    (("Hearing officer's summary: the refund to Acct BCP 3318", "7026, Feb read, was approved."), "BCP 3318 7026"),
])
def test_a_labelled_account_cut_after_its_first_group_is_found(lines, value):
    assert value in _values("account_number", *lines)


def test_a_labelled_ssn_cut_between_its_groups_is_still_found():
    assert _values("ssn", "Personnel action for Ignatius Brandvold, Maintenance Worker II. SSN 538 71",
                   "4406. Effective upon signature.") == {"538 71 4406"}


@pytest.mark.parametrize("lines", [
    # a year opens the next line: a council item's date, not an account's rest
    ("Staff will report on the electric account 6203", "2025 budget at the next meeting."),
    # groups of another length: a facility's meter and a count
    ("Park maintenance building, meter 6203", "91 panels installed by the vendor."),
    # no account label: a fund and a line item of the budget
    ("Fund 6203 Public Works capital transfer", "9147 5580 Professional services."),
])
def test_public_lines_are_not_joined(lines):
    assert not any(value.startswith("6203") for value in _values("account_number", *lines))


def test_a_tables_cells_are_not_joined():
    assert _values("account_number", "Account 6203", "9147 5580", label="Notes") == set()
