"""Red team site47 (helper a): a news story's customer whose home the next sentence gives by what happened to it
("the power at ... was out"), whose usage a later paragraph gives as "this home's usage", a customer "of <home> had
been billed twice", a story's name beside a program's or a tier's name, a blog's byline, and a table of the City's
own facilities by its "Facility" column (detectors/context/case_stories.py, tables.py, account_number.py)."""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_found, values_of, xlsx

_SITE = "https://www.lomaverde.gov"


def _page(*paragraphs: str, path: str = "news/2025/story.html", title: str = "Community news") -> set[tuple[str, str]]:
    body = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/{path}", page)


def test_home_in_the_next_sentence_and_this_homes_usage():
    found = _page("Marisol Quintero depends on a home dialysis machine. During the March storm the power at 2207 N "
                  "Olive Grove Ln was out for eleven hours.",
                  "Because the household is on the Medical Baseline list, utility crews brought a generator. Medical "
                  "Baseline adds about 12 kWh per day to a customer's allowance; this home's usage last summer was "
                  "1,318 kWh.")
    assert {("customer_name", "Marisol Quintero"), ("address", "2207 N Olive Grove Ln"),
            ("energy_usage", "1,318 kWh")} <= found
    assert "12 kWh per day" not in values_of(found, "energy_usage")


def test_customer_of_a_home_billed_twice():
    found = _page("The billing team closed 980 cases this year. One case stood out: Desmond Okafor of 3310 Juniper "
                  "Hollow Rd had been billed twice for the same month after his move.")
    assert {("customer_name", "Desmond Okafor"), ("address", "3310 Juniper Hollow Rd")} <= found


def test_owner_enrolling_a_building_in_a_named_tier():
    found = _page("Property owner Lucinda Marsh enrolled all nine units of the building at 4470 W Sage Ct in the "
                  "100% renewable Loma Verde Green tier.")
    assert {("customer_name", "Lucinda Marsh"), ("address", "4470 W Sage Ct")} <= found


def test_byline_is_the_writer_not_the_customer_sharing_a_surname():
    found = _page("By Ani Petrosyan",
                  "Lesson one: the pool pump is usually the villain. Take the call we got from Hovik Petrosyan last "
                  "June. Her bill showed 1,520 kilowatt-hours. She lives on 818 Calle Brisa.",
                  path="blog/energy-notes.html", title="What I learned reading summer bills")
    assert "Ani Petrosyan" not in values_of(found, "customer_name")
    assert "Hovik Petrosyan" in values_of(found, "customer_name")


def test_hard_negatives_official_or_public_home_story():
    # an official's praise, a power outage at a public place, a program tier with no customer
    found = _page("Mayor Renata Solis praised the crews. During the storm the power at 100 Civic Center Plaza was "
                  "out for two hours; the building's usage last month was 41,200 kWh.")
    assert not values_of(found, "customer_name") and not values_of(found, "address")
    found = _page("Councilmember Arturo Baines enrolled the Loma Verde Green tier for his office at 200 Main St.")
    assert not values_of(found, "customer_name")


def test_city_facility_table_by_its_facility_column():
    body = xlsx([("Facility", "Address", "SCE Service Account", "Annual kWh"),
                 ("Mesquite Trailhead", "5120 Mesquite Dr", "2-41-552-7713", 281440),
                 ("Arroyo Community Park", "700 Arroyo Blvd", "2-18-330-9012", 190233)])
    found = values_found("facility-usage.xlsx", body, ("customer_name", "address", "account_number", "energy_usage"))
    assert found == {}


def test_facility_named_by_a_surname_and_a_place_word():
    body = xlsx([("Facility", "Address", "SCE Service Account", "kWh 2024", "Avg kWh/mo"),
                 ("Kimura Garden", "1400 Orchard Ave", "3117323309", 82861, 6905),
                 ("Ortega Field", "88 W Lime St", "2-41-552-7713", 190233, 15853)])
    found = values_found("city-facility-electricity.xlsx", body,
                         ("customer_name", "address", "account_number", "energy_usage"))
    assert found == {}


def test_facility_column_holding_a_person_stays_a_record():
    body = xlsx([("Facility", "Address", "SCE Service Account", "Annual kWh"),
                 ("Maria Delgado", "5120 Mesquite Dr", "2-41-552-7713", 8440)])
    found = values_found("accounts.xlsx", body, ("customer_name", "account_number"))
    assert found.get("customer_name") == ["Maria Delgado"]
    assert found.get("account_number") == ["2-41-552-7713"]


def _minutes(*paragraphs: str) -> set[tuple[str, str]]:
    return _page("<h2>Public Comment</h2>", "Odalys Ferrer spoke in support of the pool hours. Anton Reyes asked "
                 "about leaf pickup on Maple Ave.", *paragraphs, path="council/minutes-2025-02.html",
                 title="City Council Minutes")


def test_write_off_consent_item_tells_one_customers_record():
    found = _minutes("<h3>Item 9. Consent: Write-off of Uncollectible Accounts</h3>",
                     "Approved the write-off list, including the largest balance, BAUTISTA, ROMEO at 8812 N "
                     "WILLOW CREEK RD (PR-5521904), and the second, Delia Whitfield at 411 E Orchard Ln (4419027731).")
    assert {("customer_name", "BAUTISTA, ROMEO"), ("address", "8812 N WILLOW CREEK RD"),
            ("account_number", "PR-5521904"), ("customer_name", "Delia Whitfield"), ("address", "411 E Orchard Ln"),
            ("account_number", "4419027731")} <= found
    assert "4419027731" not in values_of(found, "phone")
    assert not {"Odalys Ferrer", "Anton Reyes"} & values_of(found, "customer_name")


def test_write_off_hard_negatives():
    # the City's own books, a heading of no customers' accounts, a firm under the heading, no bracketed account
    found = _minutes("<h3>Item 9. Accounts Payable Write-offs</h3>",
                     "Approved the list, including Maria Lopez at 12 Elm St (PO-552190).")
    assert not values_of(found, "customer_name")
    found = _minutes("<h3>Item 9. Consent: Write-off of Uncollectible Accounts</h3>",
                     "Approved the write-off list of 212 accounts totaling $88,410; Finance Director Maria Lopez at "
                     "City Hall presented it.")
    assert not values_of(found, "customer_name")


def test_appellant_by_title_and_surname_that_is_a_word():
    found = _minutes("<h3>Item 7. Appeal of Disconnection</h3>",
                     "Staff presented the appeal of Mr. Long (Wei Long), 3921 S Palomino Dr, whose service under "
                     "premise ID PR-7730145 was scheduled for disconnection. Twelve-month usage averaged 904 kWh.")
    assert {("customer_name", "Mr. Long"), ("customer_name", "Wei Long"), ("address", "3921 S Palomino Dr"),
            ("account_number", "PR-7730145"), ("energy_usage", "904 kWh")} <= found
    assert not {"Odalys Ferrer", "Anton Reyes"} & values_of(found, "customer_name")


def test_given_name_and_initial_beside_an_account():
    found = _page("This month my office helped 14 residents. I want to share one: Armine on 4021 Cedar Bluff Way "
                  "called my office after her bill doubled. Armine K. gave me permission to tell the story; the "
                  "Edison account no. 2-31-884-5012 had been switched to an estimated read of 412 kilowatt-hours.",
                  path="council/district-2-newsletter.html", title="District 2 Newsletter")
    assert {("customer_name", "Armine"), ("customer_name", "Armine K."), ("address", "4021 Cedar Bluff Way"),
            ("account_number", "2-31-884-5012"), ("energy_usage", "412 kilowatt-hours")} <= found


def test_given_name_and_initial_in_a_case_note():
    found = values_found("crm-notes.txt", "Case 771204 | opened by Marisa\n"
                         "  Rosalind T. (acct ending 4471) emailed from rtorr88@outlook.com -- wants paperless.\n",
                         ("customer_name", "account_number", "email"))
    assert found.get("customer_name") == ["Rosalind T."]


def test_given_name_and_initial_hard_negatives():
    # an exhibit's or a plan's letter, a staff member's initial in a sentence with no identifier, a name going on
    found = _page("See Exhibit A. (account summary 2-31-884-5012 is attached).",
                  "Plan B. applies to account 2-31-884-5013 only.",
                  "Councilmember Dana R. thanked staff. Account totals rose 4%.",
                  path="council/staff-report-9.html", title="Staff report")
    assert not values_of(found, "customer_name")


_DISPUTES = ("<table><tr><th>Customer</th><th>Service address</th><th>Account</th><th>Disputed usage</th></tr>"
             "<tr><td>Rosaura Beltran</td><td>5520 N Kestrel Way</td><td>2-44-109-6631</td><td>1,212 kWh</td></tr>"
             "</table>")


def test_phone_in_the_pasted_message_of_a_customer_whose_home_the_table_holds():
    found = _page(_DISPUTES, "The following e-mail from one of the customers was received on 03/02/2025:",
                  "<blockquote>I have lived at 5520 N Kestrel Way for 22 years and never used more than 650 kWh.\n"
                  "Please call me at 951-448-2093. &mdash; Rosaura</blockquote>",
                  path="council/staff-report-4.html", title="Staff report")
    assert ("phone", "951-448-2093") in found


def test_call_me_at_in_a_message_whose_home_no_record_holds():
    found = _page("<h2>Written public comment</h2>",
                  "<blockquote>I have lived at 771 W Sparrow Ln for 22 years and I oppose the new rate.\n"
                  "Please call me at 951-448-2094. &mdash; a resident</blockquote>",
                  path="council/minutes-2025-03.html", title="City Council Minutes")
    assert ("phone", "951-448-2094") not in found


def test_office_phone_on_a_translated_page_is_the_programs():
    found = _page("ਹਰਪ੍ਰੀਤ ਗਿੱਲ (Harpreet Gill), 9120 W Olive Ave, ਖਾਤਾ ਨੰਬਰ AC5518203K, ਨੂੰ $400 ਦੀ ਸਹਾਇਤਾ ਮਿਲੀ। "
                  "ਫ਼ੋਨ: 1-951-332-7781",
                  "ਦਫ਼ਤਰ ਫ਼ੋਨ: (626) 917-4462", path="pa/khabran.html", title="ਖ਼ਬਰਾਂ")
    assert ("phone", "1-951-332-7781") in found
    assert ("phone", "(626) 917-4462") not in found
