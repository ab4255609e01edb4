"""Customer records in prose that a red team found missed (prose41), with their hard negatives.

- Callback lists run on in one sentence: "Attendees who asked to be called back: Name at 6265550143, Name at ..."; each
  item's name and number, bare ten digits too. Not a program's staff contacts, nor a speaker list without numbers.
- A real case in an FAQ answer: a name with their phone in brackets who "fell behind" on their bills; a PDF's answer
  whose sentence a line break cuts, on a page that also shows a sample bill with a stand-in customer.
- A grievance report told in the third person: the party named once ("a grievance filed by ..."), the account given
  later by a pronoun; the household's usage, the mailing address (a "Court" street too) and the phone.
- The sole proprietor's home address in a sentence of its own after the record ("mailed to the owner's home address").
- A call note's "spoke w/ Name, locked out of portal. reset pw to ..." and the mailbox on file.
- A street named in Spanish style with no type after it ("Vista del Mar").
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"


def _page(name: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{name}", f"<html><body><h1>Notes</h1>{body}</body></html>", "text/html")


# --- 1. callback lists in one sentence ---------------------------------------------------------------------------

def test_callback_list_in_a_sentence_each_item():
    found = _page("workshop.html", "Community Workshop Summary: Billing Help",
                  "Attendees who asked to be called back: Priya Ramaswamy at 6265550143, Tomasz Wieczorek at "
                  "(909) 555-0178; Ifeoma Chukwu at 1-562-555-0116.")
    assert {"Priya Ramaswamy", "Tomasz Wieczorek", "Ifeoma Chukwu"} <= values_of(found, "customer_name")
    assert {"6265550143", "(909) 555-0178", "1-562-555-0116"} <= values_of(found, "phone")


def test_requested_a_callback_label():
    found = _page("workshop.html", "Residents requesting a callback: Oskar Lindqvist, 909-555-0164, and Beatriz "
                  "Almeida, 626-555-0152.")
    assert {"Oskar Lindqvist", "Beatriz Almeida"} <= values_of(found, "customer_name")
    assert {"909-555-0164", "626-555-0152"} <= values_of(found, "phone")


def test_staff_contacts_and_speaker_list_are_no_callback_list():
    found = _page("workshop.html", "Community Workshop Summary: Billing Help",
                  "For questions call Marisol Vega, Program Manager, at 909-555-0131.",
                  "Speakers: Helena Marchetti, Dmitri Volkov and Aiyana Redcloud spoke about the dog park.",
                  "Staff who will return calls: Jonah Feld, Customer Programs Supervisor, 909-555-0190.")
    assert not values_of(found, "customer_name")
    assert "6265550143" not in values_of(found, "phone")


# --- 2. FAQ answers built on a real case --------------------------------------------------------------------------

def test_faq_name_with_phone_who_fell_behind():
    found = _page("faq.html", "Q: Can I get more time to pay? A: Yes. When Rosalind Achterberg (626 555 0187) fell "
                  "behind last winter, staff set up a 10-month arrangement.")
    assert values_of(found, "customer_name") == {"Rosalind Achterberg"}
    assert values_of(found, "phone") == {"626 555 0187"}


def test_project_behind_schedule_is_no_case():
    found = _page("projects.html", "Contractor lead Rosalind Achterberg (626-555-0187) fell behind schedule on the "
                  "library roof; a 6-month extension was approved.")
    assert not values_of(found, "customer_name")


def test_pdf_faq_case_cut_by_line_breaks_beside_a_sample_bill():
    pdf = lines_pdf(["Frequently Asked Questions",
                     "Q: Can a neighbor's load end up on my bill? A: It can. Last year a renter (Svetlana",
                     "Moroz, account 700512448301) found that the carport lights were on her meter,",
                     "which added about 388 kWh a month.",
                     "Q: Where is my account number? A: See the sample bill: \"John Sample, Account",
                     "1-23-456-7890\" appears at the top right."])
    found = pairs_found(f"{_SITE}/faq.pdf", pdf)
    assert "Svetlana Moroz" in values_of(found, "customer_name")
    assert "700512448301" in values_of(found, "account_number")
    assert "388 kWh" in values_of(found, "energy_usage")
    assert not {"John Sample", "Jane Sample"} & values_of(found, "customer_name")
    assert "1-23-456-7890" not in values_of(found, "account_number")


# --- 3. grievance reports told in the third person ----------------------------------------------------------------

_GRIEVANCE = ("This report concerns a complaint submitted by Tobias Wendland in March. It alleges that the household "
              "was enrolled without notice.",
              "The customer says the problem began in winter. At that time the household's usage was 2,214 kWh, which "
              "he considered too high.",
              "His account, number 3-118-4420-07, was never reviewed. Notices went to 4410 W. Alder Court, Unit 3, "
              "which the customer says is a shared mailbox.",
              "The customer asked to be contacted by phone at 909.555.0149.")


def test_grievance_party_named_once_and_their_details():
    found = _page("grievance.html", *_GRIEVANCE)
    assert values_of(found, "customer_name") == {"Tobias Wendland"}
    assert "2,214 kWh" in values_of(found, "energy_usage")
    assert "4410 W. Alder Court, Unit 3" in values_of(found, "address")
    assert "909.555.0149" in values_of(found, "phone")


def test_grievance_without_an_account_names_no_customer():
    found = _page("grievance.html", "This report concerns a complaint submitted by Tobias Wendland about the noise of "
                  "the leaf blowers in Ganesha Park.", "The complaint was referred to Public Works.")
    assert not values_of(found, "customer_name")


def test_complaint_filed_by_an_official_is_no_customer():
    found = _page("grievance.html", "A complaint filed by Councilmember Tobias Wendland asked staff to review billing "
                  "notices.", "Her account, number 3-118-4420-07, is the City Yard's.")
    assert "Tobias Wendland" not in values_of(found, "customer_name")


# --- 4. the sole proprietor's home address ------------------------------------------------------------------------

def test_owner_home_address_after_the_record():
    found = pairs_found(f"{_SITE}/rebates.docx", docx_paragraphs(
        "Moroz Tailoring is a sole proprietorship owned by Svetlana Moroz (EIN 47-3318260). Its service account, "
        "3-221-0145-66, recorded 9,412 kWh in May.",
        "The rebate check will be mailed to the owner's home address, 2217 N. Reseda Place #4."))
    assert "Svetlana Moroz" in values_of(found, "customer_name")
    assert "2217 N. Reseda Place #4" in values_of(found, "address")


def test_city_office_address_after_a_record_is_not_the_owners_home():
    found = pairs_found(f"{_SITE}/rebates.docx", docx_paragraphs(
        "Moroz Tailoring is a sole proprietorship owned by Svetlana Moroz (EIN 47-3318260).",
        "Applications may be dropped off at City Hall, 505 S. Garey Avenue."))
    assert "505 S. Garey Avenue" not in values_of(found, "address")


# --- 5. call notes: spoke w/ ... reset pw ------------------------------------------------------------------------

def test_call_note_spoke_with_portal_reset():
    note = ("4/11 09:02 - spoke w/ Halvard Ruud, locked out of portal. reset pw to Tern#5520 per cust request, "
            "email on file hruud@yahoo.com.\n")
    found = pairs_found(f"{_SITE}/notes.txt", note)
    assert "Halvard Ruud" in values_of(found, "customer_name")
    assert "hruud@yahoo.com" in values_of(found, "email")


def test_call_note_spoke_with_in_a_workbook_cell():
    book = xlsx([["Date", "Agent", "Notes"],
                 ["4/11 09:02", "Jorge Pell", "spoke w/ Halvard Ruud, locked out of portal. reset pw to Tern#5520 "
                                            "per cust request, email on file hruud@yahoo.com."]])
    found = pairs_found(f"{_SITE}/log.xlsx", book)
    assert "Halvard Ruud" in values_of(found, "customer_name")
    assert "hruud@yahoo.com" in values_of(found, "email")
    assert "Jorge Pell" not in values_of(found, "customer_name")


def test_it_note_resetting_a_vendor_portal_names_no_customer():
    note = "4/11 09:02 - spoke w/ Halvard Ruud of Ruud Paving, locked out of vendor portal. reset pw to Tern#5520.\n"
    found = pairs_found(f"{_SITE}/it-notes.txt", note)
    assert "Halvard Ruud" not in values_of(found, "customer_name")


# --- 8. Spanish-style street names with no type after them --------------------------------------------------------

def test_vista_street_without_a_type():
    found = _page("report.html", "Mrs. Consuelo Ibarra of 2291 E. Vista del Mar contacted staff after her March bill "
                  "showed 1,044 kWh.")
    assert "2291 E. Vista del Mar" in values_of(found, "address")
    assert "Mrs. Consuelo Ibarra" in values_of(found, "customer_name")


def test_vista_school_is_no_home():
    found = _page("news.html", "The 2024 Vista Unified solar array produced 412,000 kWh, the district reported.")
    assert not values_of(found, "address")


# --- 6. a customer story that opens on its figures ----------------------------------------------------------------

def test_story_figures_before_the_name():
    found = _page("newsletter.html", "From 1,402kWh down to 618 kWh: that is the story of Ingrid Solberg, our March "
                  "Energy Saver. \"We swapped the old fridge,\" she told us.")
    assert values_of(found, "customer_name") == {"Ingrid Solberg"}
    assert {"1,402kWh", "618 kWh"} <= values_of(found, "energy_usage")


def test_program_story_names_no_customer():
    found = _page("newsletter.html", "From 46,000 kWh down to 21,000 kWh: that is the story of the Civic Center "
                  "lighting retrofit.", "That is the story of Cesar Chavez, whose name the park carries.",
                  "From 9,100 kWh down to 5,200 kWh: that is the story of Mayor Ingrid Solberg's green office pledge.")
    assert not values_of(found, "customer_name")


# --- 7. ten bare digits a writer or a claimant gives to be reached at ---------------------------------------------

def test_letter_call_me_at_bare_digits():
    letter = ("Dear Councilmembers,\n\nMy account number is 700318825561 and in May you charged me for 2,914 kWh. "
              "Please call me at 9095550162 or write to me.\n\nRespectfully,\nAnneliese Brandt\n")
    found = pairs_found(f"{_SITE}/packet.txt", letter)
    assert "9095550162" in values_of(found, "phone")


def test_claim_contact_bare_digits():
    found = _page("claims.html", "Claim of Anneliese Brandt, filed May 2, 2024: claimant alleges spoiled food after "
                  "power was disconnected at 714 E. Laurel Ave. Amount claimed: $812.",
                  "Claimant's SCE account: 3-551-2090-14; contact 6265550171.")
    assert "6265550171" in values_of(found, "phone")


def test_bare_digits_after_contact_without_a_record_are_no_phone():
    found = _page("claims.html", "Claim of Southern California Gas Company for a damaged gas line: contact 6265550171 "
                  "for the adjuster.")
    assert "6265550171" not in values_of(found, "phone")


# --- 9. a deceased holder and the heir ----------------------------------------------------------------------------

def test_deceased_holder_and_heir():
    found = pairs_found(f"{_SITE}/memo.docx", docx_paragraphs(
        "The account at 2930 S. Elmhurst Dr. remained in the name of the late Siranush Hovhannisyan until her grandson, "
        "Levon Hovhannisyan, asked to transfer service. The heir can be reached at 1-909-555-0127.",
        "The old account number, 700244190338, will be closed."))
    assert {"Siranush Hovhannisyan", "Levon Hovhannisyan"} <= values_of(found, "customer_name")
    assert "2930 S. Elmhurst Dr." in values_of(found, "address")
    assert "1-909-555-0127" in values_of(found, "phone")


def test_park_named_after_the_late_founder_is_no_account():
    found = _page("parks.html", "The service building at 2930 S. Elmhurst Dr. was named for the late Siranush "
                  "Hovhannisyan, who founded the garden club. Call 909-555-0100 to reserve it.")
    assert not values_of(found, "customer_name")


def test_contact_about_a_parks_plan_is_no_case():
    found = _page("parks.html", "Questions about the 18-month plan for Ganesha Park go to Rosalind Achterberg "
                  "(626-555-0187). Work fell behind on the restrooms in June.")
    assert not values_of(found, "customer_name")


def test_pdf_callback_list_number_on_the_next_line():
    pdf = lines_pdf(["Community Workshop Summary: Billing Help",
                     "Attendees who asked to be called back: Priya Ramaswamy at (626) 555-0143, Tomasz Wieczorek at",
                     "1-909-555-0178.",
                     "Staff will follow the same schedule as last year."])
    found = pairs_found(f"{_SITE}/workshop.pdf", pdf)
    assert {"Priya Ramaswamy", "Tomasz Wieczorek"} <= values_of(found, "customer_name")
    assert {"(626) 555-0143", "1-909-555-0178"} <= values_of(found, "phone")


def test_faq_bare_digits_in_brackets_after_the_name():
    found = _page("faq.html", "Q: Will I be shut off? A: Not without notice. When Rosalind Achterberg (6265550187) "
                  "fell behind, staff set up a 12-month arrangement.")
    assert values_of(found, "customer_name") == {"Rosalind Achterberg"}
    assert values_of(found, "phone") == {"6265550187"}


def test_bare_digits_in_brackets_after_a_numbers_label_are_no_phone():
    found = _page("faq.html", "The Service Account (6265550187) of Ganesha Park fell behind, so staff set up a "
                  "12-month arrangement with Parks.")
    assert "6265550187" not in values_of(found, "phone")
