"""site73a red team: a utility program's enrollee named with their own mailbox, phone or home.

A bill-assistance page (CARE, FERA, Medical Baseline, an arrearage plan) that lists its enrollees ("Enrolled: NAME
<mailbox>", "Enrollee: NAME (phone)", "Enrolled: NAME, home address") publishes customers of a utility program:
their names and how to reach them are confidential (PCE-01 4.1). The same words on an event's, a contest's, a
grant's or volunteers' roster, and program staff's contacts, stay public.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/utility/care-enrollment.html"
_CARE = "<p>The CARE program lowers monthly electric bills for qualifying households.</p>"


def _found(body: str, title: str = "CARE enrollment") -> set[tuple[str, str]]:
    page = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><main>{body}</main>"
            "<footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")
    return pairs_found(PAGE, page, "text/html")


def test_an_enrollee_named_with_their_own_mailbox_on_a_program_page_is_a_customer():
    found = _found(_CARE + "<p>Enrolled: Anselm Wojcik &lt;awojcik4@gmail.com&gt;</p>")
    assert values_of(found, "customer_name") == {"Anselm Wojcik"}
    assert values_of(found, "email") == {"awojcik4@gmail.com"}


def test_an_enrollee_named_with_their_phone_or_home_on_a_program_page_is_a_customer():
    found = _found(_CARE + "<p>Enrollee: Cordelia Halvorsen (951) 572-7407</p>"
                   "<p>Enrolled: Lazaro Quintanilla, 1309 W Cottonwood Drive</p>")
    assert values_of(found, "customer_name") == {"Cordelia Halvorsen", "Lazaro Quintanilla"}
    assert values_of(found, "phone") == {"(951) 572-7407"}
    assert values_of(found, "address") == {"1309 W Cottonwood Drive"}


def test_workshop_contest_grant_rosters_and_program_staff_stay_public():
    found = _found(_CARE + "<p>Budget-billing workshop participants: Marisol Benavides (mbenavides7@gmail.com) and "
                   "Octavio Pineda.</p><p>Poster contest recipient: Octavio Pineda, (909) 555-0134</p>"
                   "<p>Recipient: Westside Food Pantry - (909) 623-5510</p>"
                   "<p>Participant coordinator: Prudence Adeyemi &lt;padeyemi@pomonaca.gov&gt;</p>"
                   "<p>Enrolled customers may contact Prudence Adeyemi at (909) 620-2317.</p>")
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "phone") == set()


def test_an_enrollee_line_on_a_page_of_no_utility_matter_names_no_customer():
    found = _found("<p>Thanks to our library volunteers.</p><p>Enrolled: Anselm Wojcik &lt;awojcik4@gmail.com&gt;</p>",
                   title="Summer reading")
    assert values_of(found, "customer_name") == set()
