"""site72c red team: what a page's source holds but the browser does not show.

- An attribute's value written percent-encoded as a whole (a ``data-*`` a script decodes, ``data-contact=
  "ana.ruiz%40gmail.com"``, a hidden input's ``value="Ana%20Ruiz"``) is read decoded, as anyone reading the source
  reads it; text with a space in it ("50%25 off") and a password stay as written.
- Inline elements side by side with no space between them, each named by a class of its own (a template's
  ``<span class="cust-name">`` then ``<span class="cust-email">``), are fields apart, not one run-on word; the halves of
  a word styled apart stay one word.
- A wrapper whose children are each one field named by its class and show no label (a template's ``cust-name``,
  ``cust-email``, ``cust-usage``) is one record of those labels, as a ``<dl>`` of them is; a staff card with a title,
  a vendor's, a council member's or a park's card, and a sentence with a styled name in it, stay what they were.
"""
from __future__ import annotations

from crawler.extract import extract
from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/utility/field-log.html"


def _html(body: str) -> str:
    return (f"<html><head><title>Field log</title></head><body><h1>Field log</h1><main>{body}</main>"
            "<footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")


def _found(body: str) -> set[tuple[str, str]]:
    return pairs_found(PAGE, _html(body), "text/html")


def _texts(body: str) -> list[str]:
    return [segment.text for segment in extract(PAGE, _html(body).encode(), "text/html").segments]


def test_percent_encoded_data_attributes_of_an_account_holder_are_read_decoded():
    found = _found("<div class='log' data-acct-holder='Hyacinth%20Oyelaran' data-contact='hy.oyelaran7%40gmail.com' "
                   "data-acct='PCE-00%2D41278853'>Entry 1</div>")
    assert values_of(found, "customer_name") == {"Hyacinth Oyelaran"}
    assert values_of(found, "email") == {"hy.oyelaran7@gmail.com"}
    assert values_of(found, "account_number") == {"PCE-00-41278853"}


def test_percent_encoded_hidden_inputs_of_a_form_are_read_decoded():
    found = _found("<form action='/pay'><input type='hidden' name='acctHolder' value='Dorotea+Wainwright'>"
                   "<input type='hidden' name='email' value='dwainwright%40yahoo.com'>"
                   "<input type='hidden' name='serviceAgreementNo' value='7%2D004%2D1123%2D45'><button>Pay</button>"
                   "</form>")
    assert "dwainwright@yahoo.com" in values_of(found, "email")
    assert values_of(found, "account_number") == {"7-004-1123-45"}


def test_percent_signs_in_text_and_passwords_stay_as_written():
    texts = _texts("<span title='Save 50%25 off' data-share='100%'>Sale</span>"
                   "<form><input type='password' name='pw' value='Tr%40in7'></form>")
    assert "Save 50%25 off" in texts and "100%" in texts
    assert "Tr%40in7" in texts


def test_percent_encoded_staff_and_facility_data_stay_public():
    found = _found("<div class='card' data-name='Roberta%20Kincaid' data-title='Parks%20Supervisor' "
                   "data-phone='%28714%29%20555-0142'>Parks office</div>"
                   "<div class='marker' data-place='Heritage%20Park' data-address='1900%20W%20Lincoln%20Ave'>"
                   "Map</div><a data-track='utm_source%3Dnews%26utm_medium%3Demail'>News</a>")
    assert not values_of(found, "customer_name") and not values_of(found, "address")
    assert not values_of(found, "phone")


def test_classed_fields_side_by_side_in_a_template_are_read_apart():
    texts = _texts("<template id='row'><div class='cust'><span class='alpha'>Ignatia Beaumont-Roy</span>"
                   "<span class='beta'>ibeaumontroy@aol.com</span><span class='gamma'>Usage: 1,204 kWh"
                   "</span></div></template>")
    assert "Ignatia Beaumont-Roy ibeaumontroy@aol.com Usage: 1,204 kWh" in texts
    found = _found("<template id='row'><div><span class='holder'>Ignatia Beaumont-Roy</span><span class='mail'>"
                   "ibeaumontroy@aol.com</span></div></template>")
    assert values_of(found, "email") == {"ibeaumontroy@aol.com"}


def test_the_halves_of_a_word_styled_apart_stay_one_word():
    texts = _texts("<p>Visit <span class='hl'>Heri</span><span class='hl'>tage</span> Park or <b class='cap'>W"
                   "</b><span class='rest'>x</span>ilson Hall, <span class='a'>Sun</span><span class='b'>,</span> 9am</p>")
    assert "Visit Heritage Park or Wxilson Hall, Sun, 9am" in texts



def test_a_templates_fields_named_by_their_classes_are_one_labelled_record():
    found = _found("<template id='row'><div class='cust'><span class='cust-name'>Ignatia Beaumont-Roy</span>"
                   "<span class='cust-email'>ibeaumontroy@aol.com</span><span class='cust-usage'>Usage: 1,204 kWh"
                   "</span></div></template>")
    assert values_of(found, "customer_name") == {"Ignatia Beaumont-Roy"}
    assert values_of(found, "energy_usage") == {"1,204 kWh"}


def test_cards_of_staff_vendors_members_and_parks_named_by_classes_stay_public():
    found = _found("<div class='card'><span class='staff-name'>Roberta Kincaid</span><span class='staff-title'>Parks "
                   "Supervisor</span><span class='staff-phone'>(714) 555-0142</span></div>"
                   "<div class='m'><span class='member-name'>Councilmember Dov Abernathy</span><span class='member-phone'>"
                   "(714) 555-0107</span><span class='member-email'>dabernathy@cityofexample.org</span></div>"
                   "<div class='v'><span class='vendor-name'>Sierra Grid LLC</span><span class='vendor-address'>2250 "
                   "Foothill Blvd</span><span class='vendor-phone'>(909) 593-4410</span></div>"
                   "<div class='p'><span class='park-name'>Heritage Park</span><span class='park-address'>1900 W "
                   "Lincoln Ave</span></div>"
                   "<p class='story'>Thanks to <span class='cust-name'>Ignatia Beaumont-Roy</span> for <span "
                   "class='cust-usage'>1,204 kWh</span> of ideas.</p>")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")
    assert not values_of(found, "address") and not values_of(found, "energy_usage")
