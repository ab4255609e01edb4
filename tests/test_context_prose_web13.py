"""Red team web13's causes in running text, end to end through the extractor and every registry detector: a surname
that is also a place word or a word of the language after a given name beside an identifier ("Meilin Park",
"Two Bulls"), a comment's byline above its body when a link's target stands between them, a sole proprietor's
business name beside the owner's EIN, and the office's own phone and lobby right after a customer's record.

Hard negatives are a city site's text: parks and apartments with accounts, staff notes, office invitations.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "taxpayer_id")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a surname that is a place word or a word, after a given name, beside an identifier (cause 1) --------------------

def test_a_place_word_surname_after_an_unlisted_given_name_beside_an_account():
    result = found("story.html", "<p>Customer Meilin Park, 4410 Tamarind Ct, Oakdale Flats, OR 97301, phone (541) "
                                 "555-0172, account 518273649201.</p>")
    assert result["customer_name"] == ["Meilin Park"]
    assert result["address"] == ["4410 Tamarind Ct, Oakdale Flats, OR 97301"]
    assert result["phone"] == ["(541) 555-0172"]


def test_a_surname_of_two_words_whose_first_is_a_word():
    result = found("story.html", "<p>Meet Wenona Two Bulls, a retired nurse who has lived at 318 Chokecherry Rd, "
                                 "Oakdale Flats, OR 97301 for 20 years. Her account 5123847-219 shows 640 kWh a month.</p>")
    assert result["customer_name"] == ["Wenona Two Bulls"]
    assert result["address"] == ["318 Chokecherry Rd, Oakdale Flats, OR 97301"]


def test_parks_and_apartments_with_an_account_are_no_person():
    for text in ("Ganesha Park, 1575 N White Ave, Pomona, CA 91767, account 518273649201.",
                 "Central Park irrigation, account 518273649201.",
                 "Meilin Park Apartments, 4410 Tamarind Ct, Pomona, CA 91767, account 518273649201.",
                 "Victoria Park Road lighting, account 518273649201.",
                 "Palomares Park, 499 E Arrow Hwy, Pomona, CA 91767, account 518273649201."):
        assert "customer_name" not in found("facilities.html", f"<p>{text}</p>"), text


def test_a_utilitys_name_that_goes_on_after_an_ampersand_is_no_person():
    """"Harlan Rapids Light & Water" reads as a given name, a word and a surname, as "Ximena Two Bulls" does."""
    letter = ("<blockquote>Teodora Quist<br>3254 Cedar Hollow Rd<br><br>Marlow Rapids Light &amp; Water<br>"
              "Attn: Utility Commission<br><br>I appeal the disconnection notice on my account 0627728366.<br>"
              "Sincerely,<br>Teodora Quist</blockquote>")
    assert found("appeal.html", letter)["customer_name"] == ["Teodora Quist", "Teodora Quist"]


def test_a_place_word_surname_without_an_identifier_is_not_read():
    assert "customer_name" not in found("news.html", "<p>The Meilin Park playground reopens on Saturday.</p>")


# -- a comment's byline, a link's target between it and the body (cause 6) ------------------------------------------

def test_a_comments_byline_above_a_body_with_a_mailto_link():
    result = found("blog.html", '<div class="comment"><p class="byline">Odalys Brennan \u2014 Mar 3, 2026</p>'
                                '<div class="body"><p>My acct 7719204468 was double billed. '
                                '<a href="mailto:odalys.brennan@comcast.net">email me</a></p></div></div>')
    assert result["customer_name"] == ["Odalys Brennan"]
    assert result["account_number"] == ["7719204468"]


def test_a_staff_byline_with_a_mailto_and_no_identifier_is_no_record():
    result = found("blog.html", '<div class="post"><p class="byline">Posted by Dana Whitlock \u2014 Mar 3, 2026</p>'
                                '<div class="body"><p>Crews finish the feeder upgrade this week. '
                                '<a href="mailto:dwhitlock@ci.pomona.ca.us">Contact the author</a></p></div></div>')
    assert "customer_name" not in result


# -- a sole proprietor's business is no person (F1) -------------------------------------------------------------------

def test_a_sole_proprietors_business_name_beside_the_owners_ein():
    result = found("rebates.html", "<p>Rebate paid to Quang Vo, sole proprietor of Vo Home Daycare, using his EIN "
                                   "84-3920117.</p>")
    assert result["customer_name"] == ["Quang Vo"]
    assert result["taxpayer_id"] == ["84-3920117"]


def test_a_w9_names_the_owner_and_not_the_business():
    result = found("w9.txt", "ATTACHMENT 4 - CONTRACTOR W-9 (MOWING, PARKS)\nName: Adaeze Okonjo\n"
                             "Business name: Okonjo Lawn Care\nFederal tax classification: Individual/sole "
                             "proprietor\nEmployer identification number: 47-2281934\n")
    assert result["customer_name"] == ["Adaeze Okonjo"]
    assert result["taxpayer_id"] == ["47-2281934"]


def test_a_vendor_list_of_trades_with_eins_names_no_person():
    result = found("vendors.html", "<p>Vendors paid this quarter: Castillo Hardware (EIN 84-3920117), Okonjo Lawn "
                                   "Care (EIN 47-2281934) and Vo Home Daycare (EIN 83-1029384).</p>")
    assert "customer_name" not in result


def test_trade_names_end_with_a_trade_and_names_do_not():
    from detectors.context.lists import trade_name
    assert trade_name("Okonjo Lawn Care") and trade_name("Vo Home Daycare") and trade_name("Castillo Hardware")
    assert not trade_name("Lawn Care") and not trade_name("Adaeze Okonjo") and not trade_name("Maria Baker")


# -- the office's own contacts right after a customer's record (F2) --------------------------------------------------

def test_the_offices_phone_after_a_record_is_not_the_customers():
    result = found("accordion.html", "<p>Imani Castellanos<br>8821 Wapato Loop, Oakdale Flats, OR 97301<br>"
                                     "Utility account: 6612-407731<br>Billed usage: 18,204 kilowatt-hours</p>"
                                     "<p>Questions? Call (541) 555-0199 or visit our lobby at 90 Main St, Oakdale "
                                     "Flats, OR 97301.</p>")
    assert result["customer_name"] == ["Imani Castellanos"]
    assert "(541) 555-0199" not in result.get("phone", [])
    assert result["address"] == ["8821 Wapato Loop, Oakdale Flats, OR 97301"]  # not the lobby's


def test_a_note_to_call_the_customer_keeps_the_customers_phone():
    result = found("notes.html", "<p>Customer Imani Castellanos, acct 6612-407731. Call her at (541) 555-0142 about "
                                 "the payment plan.</p>")
    assert result["phone"] == ["(541) 555-0142"]


def test_an_invitation_that_gives_the_readers_own_address_keeps_it():
    result = found("notes.html", "<p>Customer Imani Castellanos, acct 6612-407731. Call us to confirm your service "
                                 "address, 8821 Wapato Loop, Oakdale Flats, OR 97301.</p>")
    assert result["address"] == ["8821 Wapato Loop, Oakdale Flats, OR 97301"]
