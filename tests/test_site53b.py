"""Customer records in the text a page publishes but shows no one (an HTML comment, a meta description, an image's
alt or title, a button's aria-label), read as blocks of their own, and their hard negatives (red team site53)."""
from __future__ import annotations

from tests.detector_helpers import pairs_found

URL = "https://www.cityname.gov/departments/page.html"
FOOTER = "<footer>City Hall, 100 Civic Center Plaza &middot; (909) 378-4100</footer>"


def _page(body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>Page</title>{head}</head><body><header class='site-header'>"
            f"<a href='/'>City</a></header><main><h1>Utilities</h1>{body}</main>{FOOTER}</body></html>")


def test_comment_note_of_an_applicant_is_a_record():
    found = pairs_found(URL, _page(
        "<p>The rebate provides up to $3,000.</p><!-- TODO remove before publishing: test case from intake\n"
        "     Applicant: Marguerite Fairweather  1447 E. Quebrada Blvd.\n"
        "     PQHP acct CCA 454663142  ph 1-909-736-5255\n     12-mo usage 17,298 kilowatt-hours -->"
        "<p>Apply online.</p>"))
    assert {("customer_name", "Marguerite Fairweather"), ("address", "1447 E. Quebrada Blvd."),
            ("phone", "1-909-736-5255"), ("energy_usage", "17,298 kilowatt-hours"),
            ("account_number", "CCA 454663142")} <= found


def test_comment_quote_with_home_and_phone_is_a_record():
    found = pairs_found(URL, _page(
        '<ul><li>News</li></ul><!-- draft pull quote, approved? "Bijan Kashefi at 2453 Alvarado St. saved $40/mo" '
        '- call 909.954.5883 to confirm -->'))
    assert {("customer_name", "Bijan Kashefi"), ("address", "2453 Alvarado St."), ("phone", "909.954.5883")} <= found


def test_meta_description_naming_a_household():
    found = pairs_found(URL, _page(
        "<p>Trash is collected weekly.</p>",
        '<meta name="description" content="Refuse service change for Parvaneh Tehrani, 4237 Tamarind Ave.">'))
    assert {("customer_name", "Parvaneh Tehrani"), ("address", "4237 Tamarind Ave.")} <= found


def test_call_back_button_labelled_with_a_person():
    found = pairs_found(URL, _page(
        '<p>Your day did not change.</p><button aria-label="Call Ligaya Macaraeg at (562)678-5265">Call back</button>'))
    assert {("customer_name", "Ligaya Macaraeg"), ("phone", "(562)678-5265")} <= found


def test_photo_alt_and_link_title_naming_residents():
    found = pairs_found(URL, _page(
        '<p>Volunteers sealed windows at 40 homes.</p>'
        '<img src="1.jpg" alt="Volunteers at the home of Vartan Petrossian, 3777 Sunflower Ct.">'
        '<a href="3.jpg" title="Wen Zhou (562-586-1015) thanks the crew">Photo 3</a>'))
    assert {("customer_name", "Vartan Petrossian"), ("address", "3777 Sunflower Ct."),
            ("customer_name", "Wen Zhou"), ("phone", "562-586-1015")} <= found


def test_screen_reader_note_and_button_are_blocks_of_their_own():
    """An off-screen note's record does not run on into the City's line in the next paragraph."""
    found = pairs_found(URL, _page(
        '<p>Your collection day did not change.</p>'
        '<span class="sr-only" style="position:absolute;left:-9999px">Route 7 exception: Ji-woo Kang refuse acct '
        'R-6992552</span><button aria-label="Call Ligaya Macaraeg at (562)678-5265">Call back</button>'
        '<p>Bulky item pickup: (909) 378-4390.</p>'))
    assert ("customer_name", "Ji-woo Kang") in found
    assert ("phone", "(909) 378-4390") not in found


def test_hard_negatives_of_unseen_text():
    found = pairs_found(URL, _page(
        "<!-- build 2024-05-01: header partial v3.2 (ticket 4471), <div class='hero'>{{ page.title }}</div> -->"
        '<p>Bill assistance for income-qualified households.</p>'
        '<img src="m.jpg" alt="Mayor Guadalupe Camarena with volunteers at 1100 Bonita Avenue">'
        '<img src="c.jpg" alt="Councilmember Rowena Manansala at 1100 Bonita Avenue">'
        '<p>Maria Lopez, Billing Supervisor</p>'
        '<a href="/staff/lopez" title="Maria Lopez (909) 555-4123">Maria Lopez</a>'
        '<a href="/staff/kim" title="Daniel Kim (909) 378-4123">Daniel Kim</a>'
        '<a href="/staff/ortiz" title="Irene Ortiz, Customer Service Representative, (909) 555-4188">Irene Ortiz</a>'
        '<button aria-label="Call the Utility Billing office at (909) 378-4105">Call</button>',
        '<meta name="description" content="The Utility Assistance Program pays up to $300 a year; call (909) 378-4700.">'))
    assert not {value for kind, value in found if kind in ("customer_name", "address", "phone")}


def test_hidden_copy_of_a_shown_card_is_read_as_shown():
    """A card the page shows, copied into a panel for small screens that the style hides, is no hidden note."""
    found = pairs_found(URL, _page(
        '<div class="desktop"><p>Garden tour host: Elena Marquez, 455 Olive St</p></div>'
        '<div style="display:none"><p>Garden tour host: Elena Marquez, 455 Olive St</p></div>'))
    assert ("customer_name", "Elena Marquez") not in found


def test_minutes_name_the_customer_after_the_name():
    found = pairs_found("https://www.cityname.gov/council/minutes/2024-05-14.html", _page(
        "<p>Mayor Pro Tem Chen requested a list of affected customers; the Director said staff would provide it to "
        "Council confidentially.\nAlejandro Quintana of 1357 Juniper Pl was mentioned as the customer whose complaint "
        "first identified the problem.</p>"))
    assert {("customer_name", "Alejandro Quintana"), ("address", "1357 Juniper Pl")} <= found


def test_minutes_naming_staff_or_a_speaker_are_no_customers():
    found = pairs_found("https://www.cityname.gov/council/minutes/2024-05-14.html", _page(
        "<p>Dariush Tehrani of 12 Oak St spoke in support of the skate park. Staff was identified as the customer "
        "service lead.</p><p>Robert Lee of 40 Pine Ave was named as the customer service liaison.</p>"))
    assert not {value for kind, value in found if kind in ("customer_name", "address")}


def test_noscript_table_of_applicants_and_their_sewer_accounts():
    found = pairs_found(URL, _page(
        "<p>The program pays up to $300 a year.</p><noscript><table><tr><th>Applicant</th><th>Phone</th>"
        "<th>Sewer</th></tr><tr><td>Ramón Ochoa</td><td>909.580.1524</td><td>SW-678392</td></tr></table></noscript>"))
    assert {("customer_name", "Ramón Ochoa"), ("phone", "909.580.1524"), ("account_number", "SW-678392")} <= found


def test_a_firms_application_under_a_service_column_is_no_account():
    found = pairs_found(URL, _page(
        "<table><tr><th>Applicant</th><th>Project</th><th>Sewer</th></tr>"
        "<tr><td>Acme Builders LLC</td><td>Warehouse addition</td><td>SW-678392</td></tr>"
        "<tr><td>Mesa Verde Partners</td><td>Retail center</td><td>8-inch lateral</td></tr></table>"))
    assert not {value for kind, value in found if kind in ("customer_name", "account_number", "phone")}
