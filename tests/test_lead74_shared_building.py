"""A complex's account told by its possessive plural name, whose sentence goes on to the community's shared building
("The Terraces' account ... at 114 W ... St covers the clubhouse and pool", neg74's seed-35 false finding) is the
complex's, not a household's; a household's own pool, or a clubhouse told in another sentence, keeps the record."""
import pytest

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.ci.pomona.ca.us/sustainability/complexes.html"


@pytest.mark.parametrize("sentence", [
    "The Terraces' account 700-145-812-082 at 114 W Philadelphia St covers the clubhouse and pool.",
    "The Willows' meter at 2210 N. Towne Ave serves the gatehouse and common areas.",
])
def test_a_complexs_account_by_its_shared_building_is_public(sentence):
    found = pairs_found(URL, f"<p>{sentence}</p>", "text/html")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_a_complexs_account_number_in_the_utilitys_form_names_no_household():
    """The complex is a customer too: its account number in SCE's form is still reported, not as a household's."""
    found = pairs_found(URL, "<p>The Cedars' account 838 828 9205 at 3694 W. Thornapple Avenue pays for the community "
                             "room lights.</p>", "text/html")
    assert not values_of(found, "customer_name")
    assert "838 828 9205" in values_of(found, "account_number")


@pytest.mark.parametrize("sentence", [
    "Separately, the Stones' account 838 828 9205 at 3694 W. Thornapple Avenue was closed after their pool pump "
    "failed.",
    "The Stones' account 838 828 9205 at 3694 W. Thornapple Avenue was closed. They rent the clubhouse on weekends.",
])
def test_a_households_account_keeps_its_record(sentence):
    found = pairs_found(URL, f"<p>{sentence}</p>", "text/html")
    assert "Stones" in values_of(found, "customer_name")
    assert "3694 W. Thornapple Avenue" in values_of(found, "address")
