"""The bad_redaction detector: one finding per hidden segment extraction marks as a failed redaction,
kept beside the other detectors' findings in the same text; nothing for text that says nothing."""
from __future__ import annotations

import pytest

from detectors.bad_redaction import UNDER_BOX, UNDER_WHITE_BOX, BadRedactionDetector, says_nothing
from detectors.model import Location, Segment
from detectors.ssn import SsnDetector
from tests.detector_helpers import findings_for


def hidden(text: str, how: str = UNDER_BOX) -> Segment:
    return Segment(text, Location(page=2, line=7, box=(72.0, 140.5, 160.25, 152.0)), hidden=how)


def test_hidden_text_under_a_box_is_one_high_finding_with_its_box():
    [finding] = findings_for(BadRedactionDetector, hidden("Jane Doe, 4471 Orchard Lane"))
    assert (finding.category, finding.severity, finding.masked) == ("bad_redaction", "high", "J*** D**, **** O****** L***")
    assert finding.location.as_dict() == {"page": 2, "line": 7, "box": [72.0, 140.5, 160.2, 152.0]}
    assert "still in the PDF" in finding.why


def test_the_ssn_under_the_box_is_reported_too():
    found = findings_for([BadRedactionDetector, SsnDetector], hidden("SSN 512-34-6789"))
    assert sorted((f.category, f.severity) for f in found) == [("bad_redaction", "high"), ("ssn", "high")]


def test_a_white_box_is_medium():
    [finding] = findings_for(BadRedactionDetector, hidden("Jane Doe", UNDER_WHITE_BOX))
    assert finding.severity == "medium"


def test_visible_and_other_hidden_text_is_not_a_redaction():
    assert findings_for(BadRedactionDetector, [Segment("Jane Doe 512-34-6789", Location(page=1)),
                                               Segment("Jane Doe", hidden="annotation")]) == []


@pytest.mark.parametrize("text", ["X", "XXXXXXX", "**** ****", "____", "--", "(b)(6)", "(b)(7)(C)", "REDACTED",
                                  "[Redacted]", "Exemption 6", "Withheld"])
def test_text_that_says_nothing(text):
    assert says_nothing(text)
    assert findings_for(BadRedactionDetector, hidden(text)) == []


@pytest.mark.parametrize("text", ["34", "Jane Doe", "512-34-6789", "b12 Main", "Redacted by Jane Doe"])
def test_text_that_says_something(text):
    assert not says_nothing(text)
