"""Contact records a CMS page hides in its markup (red team cms33, round 35).

- A name, then a mailbox at a consumer provider and a phone, then the home: the fields are judged in the order the
  clause gives them, whatever order the detectors found them in ("Upgraded by ... (mailbox, phone) at 12 Elm St").
- A name no list knows is a name when the personal mailbox beside it spells it ("Advay Saran ... asaran41@"), the
  particles of a surname between its words too ("Duuk van der Horst ... dhorst88@"). Hard negatives: a shop's
  listing with its owner, a staff contact with a City number, a public commenter.
- A photo's alt sentence naming the customer and its home is one block with its title giving the account. Hard
  negative: an official's photo whose title gives a photo number.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_above_low, values_of

_SITE = "https://www.claremontvalley.example.gov"


def _page(main: str) -> set[tuple[str, str]]:
    body = ('<!DOCTYPE html><html lang="en"><head><title>Programs</title></head><body>'
            f'<main id="main"><h1>Programs</h1>{main}</main>'
            '<footer class="site-footer"><p>City Hall &middot; 207 Harvard Avenue, Claremont Valley, CA 91711 '
            '&middot; (909) 399-5400</p></footer></body></html>')
    return pairs_above_low(f"{_SITE}/utilities/programs.html", body)


def test_mailbox_and_phone_in_brackets_then_the_home_in_an_aria_hidden_span():
    found = _page('<p>New members: <span class="tip" aria-hidden="true">Enrolled by Rosa Delgado '
                  '(rdelgado17@gmail.com, (909) 447-2081) at 1619 Kellogg Lane #6</span></p>')
    assert values_of(found, "customer_name") == {"Rosa Delgado"}
    assert values_of(found, "phone") == {"(909) 447-2081"}
    assert values_of(found, "email") == {"rdelgado17@gmail.com"}
    assert any(value.startswith("1619 Kellogg Lane") for value in values_of(found, "address"))


def test_a_name_no_list_knows_is_read_where_the_personal_mailbox_spells_it():
    found = _page('<p class="cb">Oduya Kwarteng &ndash; (909) 318-6620 &ndash; okwarteng52@yahoo.com &ndash; '
                  '745 E. Bonita Ave Apt 3, Claremont Valley, CA 91711</p>'
                  '<p class="cb">Lieke van der Berkel &ndash; (909) 318-7046 &ndash; lberkel@att.net &ndash; '
                  '210 N. College Ave #12, Claremont Valley, CA 91711</p>')
    assert values_of(found, "customer_name") == {"Oduya Kwarteng", "Lieke van der Berkel"}
    assert values_of(found, "phone") == {"(909) 318-6620", "(909) 318-7046"}


def test_a_shops_owner_and_a_staff_contact_beside_a_mailbox_stay_public():
    found = _page('<p>Shop local: Kwarteng Tailoring &ndash; owner Oduya Kwarteng &ndash; (909) 318-6620 &ndash; '
                  'kwartengtailoring@gmail.com &ndash; 118 Yale Ave</p>'
                  '<p>Questions? Contact Oduya Kwarteng, Program Coordinator, (909) 399-5471.</p>')
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")


def test_a_photos_alt_sentence_and_its_title_giving_the_account_are_one_record():
    found = _page('<figure><img src="/img/heat-pump-22.jpg" alt="Heat pump water heater installed for Folasade '
                  'Adeyemi at 2231 N. Towne Avenue Apt 9, Claremont Valley, CA 91711" title="Utility acct 4471-09382">'
                  '<figcaption>A recent installation</figcaption></figure>')
    assert values_of(found, "customer_name") == {"Folasade Adeyemi"}
    assert any(value.startswith("2231 N. Towne Avenue") for value in values_of(found, "address"))
    assert values_of(found, "account_number") == {"4471-09382"}


def test_an_officials_photo_with_a_long_alt_and_a_photo_number_is_public():
    found = _page('<img src="/img/ribbon.jpg" alt="Council Member Marisol Etxeberria cuts the ribbon at the new solar '
                  'canopy of Memorial Park, 1100 N. Mills Avenue" title="Photo 2024-118, Public Works">')
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")
