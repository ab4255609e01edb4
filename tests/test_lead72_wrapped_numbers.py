"""A labelled SSN a line break cut between its groups, as a PDF's or a text file's wrapped line gives it (dev seed
93's personnel notice: "... Utilities. SSN 450 58" / "4287. Reason: ..."): read as one number across the cut, beside
its label only."""
import pytest

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from detectors.registry import detector_classes


def _findings(*lines: str, label: str | None = None):
    segments = [Segment(text, Location(page=2, line=n), label=label) for n, text in enumerate(lines, 1)]
    document = Document("http://127.0.0.1/docs/hr/notice.pdf", "application/pdf", segments)
    return scan_document(document, [cls() for cls in detector_classes()])


def _ssns(*lines: str, label: str | None = None) -> set[str]:
    return {f.value for f in _findings(*lines, label=label) if f.category == "ssn"}


@pytest.mark.parametrize("lines, value", [
    (("The following change takes effect on Sep. 15, 2024: Tomasz Wrobel, Building Inspector I. SSN 517 62",
      "4415. Reason: administrative leave. Mailing address: 8810 Quartz Lane."), "517 62 4415"),
    (("Payroll correction for Irene Castellucci, Account Clerk II, Finance Department. SSN: 517-62-",
      "4415 effective with the next pay period."), "517-62-4415"),
    (("Per the garnishment order the employee's Social Security No. 517",
      "62 4415 is to appear on each remittance."), "517 62 4415"),
])
def test_a_labelled_ssn_cut_by_a_line_break_is_found(lines, value):
    assert _ssns(*lines) == {value}


def test_the_finding_is_placed_at_the_line_it_starts_and_masked_whole():
    finding = next(f for f in _findings("Tomasz Wrobel, Building Inspector I, Public Works Department. SSN 517 62",
                                        "4415. Reason: administrative leave.") if f.category == "ssn")
    assert finding.location.line == 1 and finding.key == "517624415" and finding.masked == "***-**-4415"
    assert "4415" not in finding.context.replace("***-**-4415", "")


@pytest.mark.parametrize("lines", [
    # no SSN label right before the cut digits: a budget's figures, a room, a phone extension, a parcel
    ("Fund 450 Public Works Department maintenance and operations transfer, line 58",
     "4415 Professional services, contract amendment No. 3"),
    ("The Social Security Administration office moved to Suite 517 at Civic Center, room 62",
     "4415 Garey Avenue, Pomona, open weekdays."),
    ("Appendix B lists the Social Security offices; see page 517 62",
     "4415 for the regional map."),
    # a complete SSN at the line's end is read on its own line, not again with the next
    ("Employee verification form sample only: SSN 123-45-6789", "2024 Payroll calendar follows."),
])
def test_digits_cut_without_a_label_or_already_whole_are_not_joined(lines):
    assert _ssns(*lines) == set()


def test_a_tables_cells_are_not_joined():
    assert _ssns("SSN 517 62", "4415", label="Notes") == set()
