"""neg70: neg69's low leftovers under PCE-01 4.1. A council member who gives constituents her cell publishes it in a
public role, as a commissioner does (no finding); a public speaker who leaves their own number in minutes on a utility
matter (the PCE rates) is likely a customer, and their number stays a low finding for review, as a resident's cell
beside their bill is."""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/news/spring-newsletter.html"


def _phones(sentence: str) -> set[str]:
    html = f"<html><body><h1>Spring Newsletter</h1><p>{sentence}</p></body></html>"
    return {value for kind, value in pairs_found(PAGE, html, "text/html") if kind == "phone"}


@pytest.mark.parametrize("sentence", [
    "Councilmember Ofelia Wetherby held office hours on the PCE rate increase; her cell is (951) 677-3612.",
    "Council Member Demetrius Dunleavy hosts a town hall on Holt Ave; his cell is (626) 440-4066.",
])
def test_an_elected_officials_cell_given_to_constituents_is_public(sentence):
    assert not _phones(sentence)


@pytest.mark.parametrize("sentence", [
    "Public comment: Napoleon Kettleborough spoke on the PCE rate increase; he can be reached at (951) 581-4595.",
    "Ofelia Wetherby called about her bill; her cell is (951) 677-3612.",
])
def test_a_residents_own_number_beside_a_utility_matter_stays_reported(sentence):
    assert _phones(sentence)
