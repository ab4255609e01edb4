"""Red team neg41 (a public city site full of look-alikes): a directory's rows that open with a business's name are
its published contacts, at a consumer mail provider too; an event's or a program's contact given to be reached at
("Vendor inquiries: NAME, cell, mailbox") is no customer's record. Customers' rows and cases stay findings."""
from __future__ import annotations

from detector_helpers import pairs_found

from detectors.context.cues import invited_contact, invited_mailbox

URL = "https://www.cityofexample.gov/page.html"


def _page(body: str) -> str:
    return f"<html><head><title>City of Example</title></head><body><main>{body}</main></body></html>"


def _rows(rows: list[list[str]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def test_directory_rows_opening_with_a_business_are_its_public_contacts():
    body = "<h1>Buy Local Directory</h1><p>Licensed businesses that asked to be listed.</p>" + _rows([
        ["<b>Nakashima Dental Group</b><br>Owner: Kenji Nakashima", "4410 Holt Ave, Example, CA 91767",
         "(909) 481-2210", "knakashima@sbcglobal.net"],
        ["<b>Rosa's Pupusa House</b><br>Owner: Rosa Melendez", "812 E Mission Blvd, Example, CA 91766",
         "909-622-4183", "rosamelendez71@yahoo.com"],
        ["<b>Baghdasaryan Donut Shop</b><br>Owner: Ani Baghdasaryan", "2290 N Garey Ave, Example, CA 91767",
         "626 338 9017", "ani.baghdasaryan@gmail.com"],
        ["<b>Okafor Electric Inc.</b><br>Owner: Chidi Okafor", "1517 W Holt Ave, Example, CA 91768",
         "951.402.7725", "chidiokafor@outlook.com"],
    ])
    assert pairs_found(URL, _page(body), "text/html") == set()


def test_a_customer_row_without_headers_is_still_a_customers():
    body = _rows([["Rosa Melendez", "812 E Mission Blvd, Example, CA 91766", "909-622-4183",
                   "rosamelendez71@yahoo.com", "2-41-567-8901"]])
    found = pairs_found(URL, _page(body), "text/html")
    assert {("customer_name", "Rosa Melendez"), ("account_number", "2-41-567-8901"),
            ("email", "rosamelendez71@yahoo.com"), ("phone", "909-622-4183")} <= found


def test_a_business_customers_account_in_a_row_is_still_reported():
    body = _rows([["Melendez Auto Repair", "812 E Mission Blvd, Example, CA 91766", "Acct 2-41-567-8901",
                   "1,912 kWh"]])
    found = pairs_found(URL, _page(body), "text/html")
    assert ("account_number", "2-41-567-8901") in found


def test_an_events_contact_given_to_be_reached_is_public():
    body = ("<h3>Harvest Festival</h3><p>Ganesha Park. Vendor and sponsor inquiries: Marisol Quintero, "
            "909.555.7321, marisol.quintero@gmail.com</p>"
            "<h3>Youth Soccer Sign-ups</h3><p>Saturdays at Palomares Park. To volunteer, call Tevita Fifita at "
            "(626) 555-0192 or email tfifita88@yahoo.com.</p>"
            "<h3>Lunar New Year</h3><p>RSVP: Linh Tran, 951 555 0148, linhtran.events@gmail.com</p>")
    assert pairs_found(URL, _page(body), "text/html") == set()


def test_a_customers_case_with_the_same_words_stays_a_customers():
    body = ("<h3>Youth Soccer Sign-ups</h3><p>Marisol Quintero (909.555.7321, marisol.quintero@gmail.com) asked why "
            "her June bill doubled.</p>")
    found = pairs_found(URL, _page(body), "text/html")
    assert {("customer_name", "Marisol Quintero"), ("phone", "909.555.7321"),
            ("email", "marisol.quintero@gmail.com")} <= found


def test_an_invitation_is_no_customers_case():
    def named(text: str) -> bool:
        return invited_contact(text, text.index("Tevita"))

    def mailed(text: str) -> bool:
        return invited_mailbox(text, text.index("tfifita"))

    assert named("Booth inquiries: Tevita Fifita, (626) 555-0192, tfifita88@yahoo.com")
    assert mailed("Booth inquiries: Tevita Fifita, (626) 555-0192, tfifita88@yahoo.com")
    assert named("For more information, contact Tevita Fifita at (626) 555-0192.")
    assert named("Questions? Email Tevita Fifita, tfifita88@yahoo.com")
    assert not named("Billing questions: Tevita Fifita, (626) 555-0192")  # a customer's case
    assert not mailed("Outage inquiries: Tevita Fifita, (626) 555-0192, tfifita88@yahoo.com")
    assert not named("Callback requested. Contact: Tevita Fifita, 1428 W 9th St")
    assert not named("Staff will contact Tevita Fifita at (626) 555-0192 about her bill")
    assert not named("Please contact the customer, Tevita Fifita, at (626) 555-0192")
    assert not mailed("Name: Tevita Fifita. Phone: (626) 555-0192. Email: tfifita88@yahoo.com")  # a record's labels


# --- red team site43: ten digits from 8 are SCE's service account form and an 805, 818 or 858 phone alike -----------

def test_ten_digits_a_phone_cue_stands_before_are_a_phone_not_an_account():
    url = "https://www.cityofexample.gov/calllog.txt"
    found = pairs_found(url, "08/12 09:14 ANI 8057773792 caller Lorna Villanueva asked about her bill, acct "
                             "AV-877718900.", "text/plain")
    assert ("phone", "8057773792") in found and ("account_number", "8057773792") not in found
    found = pairs_found(url, "Claimant Lorna Villanueva (claim re: surge damage, account 700403015248) may be "
                             "contacted by her attorney or directly at 8187136045.", "text/plain")
    assert ("phone", "8187136045") in found and ("account_number", "8187136045") not in found
    found = pairs_found(url, "Dear Hovik Hakobyan: This confirms the payment arrangement on your account "
                             "700403015248 we discussed by telephone at 8182372042.", "text/plain")
    assert ("phone", "8182372042") in found and ("account_number", "8182372042") not in found


def test_ten_digits_from_8_under_an_account_label_stay_an_account():
    url = "https://www.cityofexample.gov/notes.txt"
    assert ("account_number", "8123456789") in pairs_found(url, "Service account 8123456789 at 12 Elm St for Ana Ruiz.",
                                                            "text/plain")
    assert ("account_number", "8123456789") in pairs_found(url, "Ana Ruiz, SA 8123456789, called on 3/4 about her bill.",
                                                            "text/plain")
    assert pairs_found(url, "The Utilities office can be reached by phone at 9096202311 for billing questions.",
                       "text/plain") == set()
