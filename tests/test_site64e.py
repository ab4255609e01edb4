"""Round 64 (site64e): Word memos and other office documents, second pass; the general causes of its misses.

Each true case is worded apart from the red team's generator; each hard negative is what a city's public pages say.
"""
from __future__ import annotations

from detector_helpers import pairs_found, values_of

NOTE = "https://www.example-city.gov/documents/council-followup.txt"


def _found(text: str) -> set[tuple[str, str]]:
    return pairs_found(NOTE, text)


def test_the_number_staff_called_the_named_customer_at():
    """'... called the customer NAME at PHONE': the number is the named customer's, whoever called them (staff, a
    supervisor: office words before the customer word say who called, not whose the number is)."""
    found = _found("Staff phoned the customer Anneliese Okoro on 951-274-6630 and walked through the rate change.")
    assert values_of(found, "phone") == {"951-274-6630"}
    assert values_of(found, "customer_name") == {"Anneliese Okoro"}
    found = _found("After the hearing, the billing supervisor called the ratepayer, Mx. Teodor Ibekwe, at "
                   "(626) 491-3307 to set up the arrangement.")
    assert values_of(found, "phone") == {"(626) 491-3307"}


def test_an_office_named_after_the_customer_word_stays_public():
    assert not _found("For questions about your bill, call the customer Service Center at (909) 620-2251.")
    assert not _found("Contact the customer care supervisor, Lorna Fitzgerald, at (909) 620-3310.")
    assert not _found("Residents may call the Customer Relations Office at (909) 620-2251 or visit City Hall.")
    assert not _found("Questions about the new rates? Call the customer Contact Center at (909) 620-2251.")


def test_a_site_label_under_the_customer_line_is_their_service_address():
    """A call-out box or a field card gives the customer on one line and 'Site:' on the next: the label opens its own
    line, so the words above it make no works' name with it (no 'Okonjo Site' like 'Well Site')."""
    text = ("Account holder: Wen-Li Okonjo\nSite: 1182 Buckthorn Ln, Fontana, CA 92335\nCell: (909) 274-6630\n"
            "Meter: V221-40917")
    assert values_of(_found(text), "address") == {"1182 Buckthorn Ln, Fontana, CA 92335"}


def test_a_works_site_and_a_project_site_stay_public():
    """A facility list's entry and a capital project's card ('Site:' under the facility's or the project's name)."""
    assert not values_of(_found("Corporate Yard\nSite: 1475 N. Hamilton Blvd, Pomona, CA 91768\n"
                                "SCE account: 2-19-447-0381\n"), "address")
    assert not _found("Project: Ganesha Park restroom\nSite: 1575 N. White Ave, Pomona, CA 91768\n"
                      "Contractor: Tri-Valley Builders Inc., (909) 274-6630")
    assert not _found("Well Site 24\nSite: 1575 N. White Ave, Pomona, CA 91768\nSCE account: 2-19-447-0381")


def test_the_customer_locked_out_of_the_portal_whose_password_is_reset():
    """The person a note says could not log in (or was locked out), whose temporary password it then gives: the
    login is theirs, a customer's where the note says it is the portal's or My Account."""
    found = _found("Oksana Petrenko was locked out of the customer portal; reset pw to Harbor#4471 and told her by "
                   "phone.")
    assert values_of(found, "customer_name") == {"Oksana Petrenko"}
    found = _found("Gustavo Lindgren couldn't sign in to My Account after the upgrade. New password: Orchard#2291 "
                   "(he will change it).")
    assert values_of(found, "customer_name") == {"Gustavo Lindgren"}
    assert values_of(found, "credential") == {"Orchard#2291"}


def test_a_staff_login_or_a_help_page_names_no_customer():
    found = _found("Marisol Ortega could not log in to Munis this morning. Her temporary password is Welcome2026! "
                   "- IT ticket 4471.")
    assert not values_of(found, "customer_name")
    assert not _found("If you cannot log in to My Account, click Forgot Password and we will e-mail you a temporary "
                      "password.")


LETTER = "https://www.example-city.gov/documents/usage-review-letter.docx"


def _letter(*paragraphs: str) -> set[tuple[str, str]]:
    from detector_helpers import docx_paragraphs
    return pairs_found(LETTER, docx_paragraphs(*paragraphs))


def test_a_titled_salutation_greets_the_name_over_the_inside_address():
    """'Dear Ms. Lindqvist:' greets the 'Ezekiel Lindqvist' of the address block above it, whatever a parser makes
    of a name no Census list holds (it read this one as a firm's): the title is no word of the name."""
    found = _letter("November 13, 2026", "Ezekiel Lindqvist", "7631 W. Larkspur Pl", "Riverbend, CA 92503",
                    "Dear Ms. Lindqvist:", "We looked into the charges on your account. Your September bill showed "
                    "612 kWh, read from the meter on September 28.")
    assert values_of(found, "address") == {"7631 W. Larkspur Pl"}
    assert "Ezekiel Lindqvist" in values_of(found, "customer_name")
    found = _letter("Ezekiel Lindqvist", "7631 W. Larkspur Pl", "Riverbend, CA 92503", "Dear Mr. and Mrs. Lindqvist:",
                    "Your enrollment in the budget billing plan begins with your November bill.")
    assert values_of(found, "address") == {"7631 W. Larkspur Pl"}


def test_a_letter_to_a_firm_greeting_its_owner_by_title_stays_a_firms():
    """A business license renewal to 'Hamilton Hardware' greeting 'Mr. Hamilton': the block is the shop's."""
    found = _letter("November 13, 2026", "Hamilton Hardware", "7631 W. Larkspur Pl", "Riverbend, CA 92503",
                    "Dear Mr. Hamilton:", "Thank you for renewing your business license for 2027. Your certificate is "
                    "enclosed; please post it where customers can see it.")
    assert not values_of(found, "address")


def test_your_most_recent_bill_speaks_to_the_customer():
    """'your most recent bill' says 'your bill' as 'your recent bill' does: the letter is to the customer it greets,
    whose home is the inside address over the greeting."""
    found = _letter("November 14, 2026", "Keiko Nakamura", "9208 N. Orange Grove Rd", "Riverbend, CA 92503",
                    "Dear Ms. Nakamura:", "Thank you for enrolling in Level Pay. Your most recent bill showed 1,850 kWh, "
                    "so your monthly amount will be $212 starting in December.")
    assert values_of(found, "address") == {"9208 N. Orange Grove Rd"}
    assert "1,850 kWh" in values_of(found, "energy_usage")


def test_a_help_page_on_reading_your_most_recent_bill_stays_quiet():
    page = ("How to read your bill\nTo see your most recent bill online, sign in to My Account. The 1,850 kWh shown in "
            "our sample bill is a typical summer month for a three-bedroom home.\nQuestions? Call Customer Care at "
            "(909) 620-2251.\nMarisol Ortega, Customer Care Manager")
    assert not pairs_found("https://www.example-city.gov/billing/how-to-read-your-bill", page)


def _memo_with_notes(body: list[str], notes: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """(category, value) found in a Word memo's body paragraphs followed by its notes, as the Word reader orders them
    (the notes after the body's last paragraph), each note by its element ("footnote 1 > paragraph 1")."""
    from detector_helpers import _all_detectors
    from detectors.engine import scan_document
    from detectors.model import Document, Location, Segment
    segments = [Segment(text, Location(element=f"paragraph {k}")) for k, text in enumerate(body, 1)]
    segments += [Segment(text, Location(element=element)) for element, text in notes]
    document = Document(url="https://www.example-city.gov/documents/audit-memo.docx",
                        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        segments=segments)
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def test_a_footnote_is_no_part_of_the_signature_above_it():
    """The Word reader puts the footnotes after the body: the signature's office phone is no part of the first
    note's customer record, which keeps its own values."""
    found = _memo_with_notes(
        ["Three manual adjustments were reviewed this quarter.", "Respectfully,", "Dana Whitfield",
         "Senior Accountant", "Tel. (909) 621-1541 | dwhitfield@example-city.gov"],
        [("footnote 1 > paragraph 1", "Credit for Ilse Vandermeer, account 8834 9619 87, was approved by the "
                                      "supervisor."),
         ("footnote 2 > paragraph 1", "See account 2101 9789 98 (Rosa Quiñones, 988 Olive Rd, Ontario, CA 91762).")])
    assert not values_of(found, "phone")
    assert {"8834 9619 87", "2101 9789 98"} <= values_of(found, "account_number")
    assert {"Ilse Vandermeer", "Rosa Quiñones"} <= values_of(found, "customer_name")
    assert values_of(found, "address") == {"988 Olive Rd, Ontario, CA 91762"}


def test_a_footnote_of_two_paragraphs_is_one_record():
    found = _memo_with_notes(
        ["Adjustments reviewed."],
        [("footnote 1 > paragraph 1", "Account 8834 9619 87 was credited $212.40 on October 3."),
         ("footnote 1 > paragraph 2", "The customer, Ilse Vandermeer, called from (626) 491-3307 to confirm.")])
    assert "(626) 491-3307" in values_of(found, "phone")
