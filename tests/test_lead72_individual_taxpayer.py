"""A taxpayer number's holder read from the words right before its label (held-back seed 146's one miss).

"Individual Taxpayer ID" matches the shorter label "Taxpayer ID"; its first word still says the number is a
person's ITIN. A bare nine-digit number whose line names a person just before its label is that person's, though
the page's heading names the program or division that published the list. Bodies and firms before the label keep
their EINs public."""
import pytest

from tests.detector_helpers import pairs_found, values_of

_PAGE = """<html><body><h2>Rental and Bill Assistance</h2><p>The Emergency Rental and Utility Assistance Program
helps households behind on rent or energy bills. Call the Housing Division at (626) 555-0117.</p>
<h2>Applications approved this round</h2><p>Dao Minh (household 1) &middot; 4410 Olive Drive<br>
2291 Kestrel St &ndash; Marisol Quenta &ndash; {label}: 981723364<br>
Recipient Ana Velez, $312.40 credited</p></body></html>"""


@pytest.mark.parametrize("label", ["Individual Taxpayer ID", "Personal Tax ID", "Taxpayer ID", "Tax ID No."])
def test_a_persons_number_under_a_programs_heading_is_reported(label):
    found = pairs_found("http://127.0.0.1/housing/assistance.html", _PAGE.format(label=label), "text/html")
    assert values_of(found, "taxpayer_id") == {"981723364"}


_AWARDS = """<html><body><h2>Contract awards</h2><p>The Public Works Department awarded the following contracts
under the Capital Improvement Program.</p><p>{line}</p></body></html>"""


@pytest.mark.parametrize("line", [
    "Slurry seal, Phase 2 &ndash; Vista Landscape Services &ndash; Taxpayer ID: 953412345",
    "Street lights &ndash; Lincoln Electric Co. &ndash; Tax ID: 953412346",
    "Parks Department &ndash; Taxpayer ID: 953412347",
    "Fiscal agent: County of Los Angeles &ndash; Tax ID No. 953412348",
])
def test_a_bodys_or_firms_number_stays_public(line):
    found = pairs_found("http://127.0.0.1/publicworks/awards.html", _AWARDS.format(line=line), "text/html")
    assert values_of(found, "taxpayer_id") == set()
