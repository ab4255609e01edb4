"""Customers whose surnames are ordinary words or places (red team site65b: Park, Branch, Hall, Church, Street, Page).

Misses closed:
- A personal title before one common surname that is also a place's, a label's or a month's word ("Mr. Branch may be
  reached at ...", "Dear Ms. Church,", "Mrs. Page") names a person: no park, branch or street is "Mr." or "Ms.".
  Only the personal titles (Mr, Mrs, Ms, Miss, Mx), not "Dr." (a drive), and only a surname borne by 3 Americans in
  100,000 or more that ends the run of capitalised words ("Ms. Park Avenue" stays a street).
- The full name of a customer the text calls by that title and surname ("Chiquita Branch filed ..." / "Ms. Branch
  asked ..."): a given name before the same surname, not after "at", "the", "near" ... nor before another capitalised
  word (a place named so: "at Victoria Park", "Victoria Park Pool").
- A name an export splits into a first-name and a last-name column is a person's whatever word its surname also spells
  ("Tuan" | "Branch", "Bill" | "Ho"): a place has no first name, so the row's home and account are kept too. A
  "Surname, Given" cell whose surname is a facility's word too ("Branch, Minh") reads as a name as "Park, Joy" did.
- A given name and a place word that is a common surname right before a mailbox at a personal mail provider whose
  letters spell the two and nothing else ("Sunny Church <sunnychurch@gmail.com>", "Clay Park <claypark95@yahoo.com>")
  is a person: no church or park keeps such an address (an office's "gracechurchoffice@" stays an organization's).
"""
from __future__ import annotations

from tests.detector_helpers import docx_memo, pairs_found, values_of, workbook

_SITE = "https://www.cityofalhambra.example.gov/utilities"


def _names(found):
    return values_of(found, "customer_name")


# --- 1. a personal title before a surname that is a word ----------------------------------------------------------

def test_titled_word_surname_in_a_field_note_is_a_customer():
    html = ("<html><body><h1>Field Service Notes - Week 14</h1>"
            "<p>Our technician met Mrs. Hall at the meter on April 3; her account no. 4410 2290 13 showed 1,912 kWh "
            "for the March cycle, and she asked for a call back at (626) 308-4471.</p></body></html>")
    found = pairs_found(f"{_SITE}/field-notes.html", html)
    assert "Mrs. Hall" in _names(found)
    assert "(626) 308-4471" in values_of(found, "phone")


def test_places_named_by_the_same_words_stay_public():
    # a city's facility energy report and its directory, on a page that also names the Branch Manager
    html = ("<html><body><h1>Municipal Facility Energy Use, FY 2025</h1>"
            "<p>Victoria Park, SCE account 2-20-114-3321, used 48,120 kWh; the Grace Hall annex used 12,400 kWh.</p>"
            "<p>Questions: the Library Branch Manager, City Hall, 111 S. First Street, (626) 570-5000. The Hill "
            "Street yard and the Rose Garden irrigation meter are listed under Parks.</p></body></html>")
    found = pairs_found(f"{_SITE}/facility-energy.html", html)
    assert not _names(found)


def test_a_drive_before_a_surname_word_is_no_title():
    html = ("<html><body><h1>Street Light Outages</h1><p>Reported: 1400 block of Oak Dr. Park side, pole 22-118; "
            "Ms. Park Avenue crossing signal, ticket 4471.</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/outages.html", html))


# --- 2. the full name of a customer called by title and a word surname --------------------------------------------

def test_full_name_before_the_titled_word_surname():
    body = docx_memo("Hearing Officer's Summary",
                     "The appeal of Chiquita Branch concerns the disconnection notice mailed for 1184 W. Ninth St.",
                     "Ms. Branch asked that the late fees on account 3344 1290 88 be waived; staff called her at "
                     "(626) 289-0412 on June 2.")
    found = pairs_found(f"{_SITE}/hearing-summary.docx", body)
    assert {"Chiquita Branch", "Ms. Branch"} <= _names(found)


def test_a_park_named_like_the_customer_stays_a_place():
    body = docx_memo("Service Order Follow-up",
                     "Crews replaced the panel at Victoria Park on May 9. Victoria Park Pool reopens June 1.",
                     "Ms. Park asked that her account 7710 2281 30 be credited for the outage; staff called her at "
                     "(626) 289-7714.")
    names = _names(pairs_found(f"{_SITE}/service-order.docx", body))
    assert "Ms. Park" in names
    assert not any("Victoria" in n for n in names)


def test_letter_greeting_a_word_surname_names_its_addressee():
    body = docx_memo("City of Alhambra - Utilities Department",
                     "City Hall, 111 S. First St., Alhambra, CA 91801",
                     "June 4, 2026",
                     "Armando Street",
                     "918 Orange Grove Blvd",
                     "Pasadena, CA 91105",
                     "RE: Utility account 5521 0043 17",
                     "Dear Mr. Street,",
                     "We have reviewed the high bill you reported and found that the meter was read correctly.",
                     "Sincerely,",
                     "Utilities Customer Service")
    found = pairs_found(f"{_SITE}/letter.docx", body)
    assert {"Armando Street", "Mr. Street"} <= _names(found)


# --- 3. a name split into columns, a facility's word as its surname -----------------------------------------------

def test_split_name_columns_with_word_surnames_are_people():
    rows = [["LNAME", "FNAME", "SVC ADDR", "ACCT", "PAST DUE"],
            ["Branch", "Tuan", "2207 S. Chapel Ave", "6630 1184 09", "$412.55"],
            ["Ho", "Bill", "14 W. Norwood Pl", "6630 1190 22", "$208.10"],
            ["Okafor", "Ngozi", "301 N. Stoneman Ave", "6630 1201 35", "$97.40"]]
    found = pairs_found(f"{_SITE}/arrears.xlsx", workbook({"Arrears": rows}))
    assert {"2207 S. Chapel Ave", "14 W. Norwood Pl"} <= values_of(found, "address")
    names = _names(found)
    assert any("Branch" in n and "Tuan" in n for n in names)
    assert any("Ho" in n.split() and "Bill" in n for n in names)


def test_staff_directory_split_into_name_columns_stays_public():
    rows = [["Last Name", "First Name", "Department", "Title", "Phone"],
            ["Branch", "Tuan", "Library", "Branch Manager", "(626) 570-5028"],
            ["Hall", "June", "Utilities", "Customer Service Supervisor", "(626) 570-5140"]]
    found = pairs_found(f"{_SITE}/staff-directory.xlsx", workbook({"Directory": rows}))
    assert not _names(found) and not values_of(found, "phone")


def test_surname_first_with_a_facility_word_in_a_callback_column():
    html = ("<html><body><h1>Callback Queue</h1><table><tr><th>Received</th><th>Caller</th><th>Phone</th>"
            "<th>Acct</th><th>Summary</th></tr>"
            "<tr><td>5/2</td><td>Branch, Minh</td><td>(626) 281-3390</td><td>8812 4470 51</td>"
            "<td>asks about CARE</td></tr>"
            "<tr><td>5/2</td><td>Nakamura, Aiko</td><td>(626) 281-6621</td><td>8812 4471 08</td>"
            "<td>moving out</td></tr></table></body></html>")
    found = pairs_found(f"{_SITE}/callbacks.html", html)
    assert "Branch, Minh" in _names(found)
    assert "(626) 281-3390" in values_of(found, "phone")


# --- 4. a place-word surname beside its bearer's own mailbox ------------------------------------------------------

def test_sender_with_a_church_surname_and_her_own_mailbox_is_a_customer():
    body = docx_memo("Attachment 3 - Public Correspondence",
                     "From: Sunny Church <sunnychurch@gmail.com>",
                     "Sent: Monday, May 4, 2026 9:12 AM",
                     "Subject: late fee on my bill",
                     "My account is 4471 2093 66 and I have paid every month since the plan started. Please call me at "
                     "(626) 300-1182.")
    found = pairs_found(f"{_SITE}/correspondence.docx", body)
    assert "Sunny Church" in _names(found)
    assert "4471 2093 66" in values_of(found, "account_number")
    assert "(626) 300-1182" in values_of(found, "phone")


def test_organizations_mailboxes_named_like_a_person_stay_public():
    html = ("<html><body><h1>Community Partners</h1>"
            "<p>Grace Church &lt;gracechurchoffice@gmail.com&gt; hosts the Summer Lunch Program.</p>"
            "<p>Victoria Park &lt;victoriapark@cityofalhambra.example.gov&gt;: rentals and field permits.</p>"
            "<p>Lincoln Park Conservancy &lt;info@gmail.com&gt;, 1200 N. Main St.</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/partners.html", html))
