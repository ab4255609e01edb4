"""Staff reaching a household by its surname in the plural ("Staff reached the Szymanskis at ...") reads the surname
as every household's sentence does (plural_families' one name pattern): an accented or a double-barrelled surname too,
where the reading used to stop at ASCII letters and the sentence's own reading then did not match it."""
import pytest

from detectors.context.plural_families import household_reached


def _reached(text: str) -> bool:
    return household_reached(text, text.index("(909)"))


@pytest.mark.parametrize("text", [
    "Field staff reached the Szymanskis at (909) 555-0143 about their past-due electric bill.",
    "Field staff reached the Muñozes at (909) 555-0143 about their past-due electric bill.",
    "Customer care contacted the Ibáñezes on (909) 555-0143 about the shut-off notice on their account.",
    "Staff phoned the Okafor-Nnamdis back at (909) 555-0143 about the arrears on their bill.",
])
def test_a_household_reached_about_its_utility_matter(text):
    assert _reached(text)


@pytest.mark.parametrize("text", [
    "Recreation staff called the Dodgers at (909) 555-0143 for the summer camp's tickets.",
    "Staff contacted the Ángeles at (909) 555-0143 about the park's picnic shelter rental.",
    "The clerk reached the Parks and Recreation Commission at (909) 555-0143 about the agenda.",
])
def test_a_team_a_place_or_a_body_stays_public(text):
    assert not _reached(text)
