"""neg66: what a city's parks, police, fire, HR, council and CCA pages publish on purpose that read as confidential,
each beside the nearest true case that must stay a finding.

- a list of special event permits or of facility reservations names each permit's holder with the phone and the
  mailbox they gave for it ("Permit holder: ...", "Reserved by: ...", "Renter:" under picnic shelter rentals): a
  permit is a public record; a renter in a list of shut-off notices, or a line about the holder's bill, stays a
  customer's;
- minutes that honour a resident ("honoring Bao Nguyen ... Mr. Nguyen coached ...") above a customer's letter of the
  same surname: the title and surname speak of the person the text last named in full, not of the customer; the
  customer's own "Ms. Nguyen" after the letter stays hers.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of

_PARKS_URL = "https://www.sanbelmonte.gov/parks/permits.html"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"


# --- the holder of a special event permit or of a facility reservation ---------------------------------------------

def test_special_event_permit_holders_are_public():
    body = _page("Special Event Permits", "<h2>Permits issued for December</h2><ul>"
                 "<li><b>Winter Lantern Walk</b> (Eastside Neighbors Circle), Dec 12, Olive St closed 4-9 pm. "
                 "Permit holder: Oksana Belyaeva, (714) 208-3391, oksana.lanterns@gmail.com</li>"
                 "<li><b>Toy Drive 10K</b>, Dec 19, Creekside Park. Permittee: Tevita Hufanga, (714) 462-9013, "
                 "thufanga88@yahoo.com</li></ul>")
    found = pairs_found(_PARKS_URL, body)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "phone"), found
    assert not values_of(found, "email"), found


def test_picnic_shelter_renters_are_public():
    body = _page("Picnic Shelter Rentals", "<p>Shelters reserved for the weekend of March 7:</p><ul>"
                 "<li>Shelter 2, Creekside Park - Renter: Yesenia Cardoso, (714) 330-1288, ycardoso.fam@gmail.com</li>"
                 "<li>Shelter 5, Alder Grove - Reserved by: Dong-hyun Seo, (562) 771-0954, dhseo@hotmail.com</li>"
                 "</ul>")
    found = pairs_found(_PARKS_URL, body)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "phone"), found


def test_renter_in_a_list_of_shut_off_notices_is_a_customer():
    body = _page("Field Services", "<p>Shut-off notices posted this week:</p><ul>"
                 "<li>1187 Alder Ct - Renter: Yesenia Cardoso, (714) 330-1288, ycardoso.fam@gmail.com</li></ul>")
    found = pairs_found(_PARKS_URL, body)
    assert values_of(found, "customer_name") == {"Yesenia Cardoso"}, found
    assert values_of(found, "phone") == {"(714) 330-1288"}, found


def test_permit_holder_telling_of_her_bill_is_a_customer():
    body = _page("Special Event Permits", "<ul><li><b>Winter Lantern Walk</b>, Dec 12. Permit holder: Oksana "
                 "Belyaeva, (714) 208-3391, oksana.lanterns@gmail.com, asks that the power for the booths be billed "
                 "to her account 3-449-0182-77.</li></ul>")
    found = pairs_found(_PARKS_URL, body)
    assert "Oksana Belyaeva" in values_of(found, "customer_name"), found
    assert "3-449-0182-77" in values_of(found, "account_number"), found


# --- a title and surname after another bearer's full name -----------------------------------------------------------

_MINUTES_URL = "https://www.sanbelmonte.gov/clerk/minutes-2026-11-18.docx"
_HONOUR = ("Mayor Ilse Marquardt presented a proclamation honoring Dariusz Wojcik for forty years at the Eastside "
           "Senior Center. Mr. Wojcik chaired the utility's Community Advisory Committee, which reviews customer "
           "programs and rates.")
_LETTER = ("Correspondence: letter from customer Halina Wojcik, 2290 Sycamore Bend, SCE account 2-118-4406-93, "
           "(714) 650-2217, disputing her October bill.")


def test_honoree_sharing_a_customers_surname_is_public():
    found = pairs_found(_MINUTES_URL, docx_paragraphs("PROCLAMATIONS", _HONOUR, "CORRESPONDENCE", _LETTER))
    assert values_of(found, "customer_name") == {"Halina Wojcik"}, found


def test_customer_named_again_by_title_after_her_letter_stays_hers():
    found = pairs_found(_MINUTES_URL, docx_paragraphs("PROCLAMATIONS", _HONOUR, "CORRESPONDENCE", _LETTER,
                                                      "Ms. Wojcik asked that the bill be recalculated."))
    assert values_of(found, "customer_name") == {"Halina Wojcik", "Ms. Wojcik"}, found


# --- a payee's wire instructions, each field a line of its own --------------------------------------------------------

_REMIT_URL = "https://www.sanbelmontpower.org/suppliers/remittance.docx"
_WIRE = ("SUPPLIER PAYMENTS - WIRE AND ACH INSTRUCTIONS", "Beneficiary name: San Belmonte Community Power",
         "Beneficiary account no.: 4730018826", "Routing number: 121000358",
         "Bank: Bank of America, N.A., 555 California St, San Francisco, CA 94104",
         "Questions: Treasury Analyst Priyanka Venkat, (714) 380-4412")


def test_wire_instructions_on_lines_of_their_own_are_public():
    found = pairs_found(_REMIT_URL, docx_paragraphs(*_WIRE))
    assert not values_of(found, "account_number"), found
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "phone"), found


def test_customers_autopay_form_on_lines_of_their_own_stays_a_record():
    body = docx_paragraphs("AUTOMATIC PAYMENT AUTHORIZATION", "Customer name: Wilhelmina Osei-Bonsu",
                           "PCE account number: 5-221-8830-417", "Routing number: 322271627",
                           "Checking account number: 88019273")
    found = pairs_found("https://www.sanbelmontpower.org/forms/autopay-signed.docx", body)
    assert "Wilhelmina Osei-Bonsu" in values_of(found, "customer_name"), found
    assert "5-221-8830-417" in values_of(found, "account_number"), found


# --- a CCA named as the holder of its own account -------------------------------------------------------------------

def test_ccas_own_account_named_by_the_ccas_name_is_public():
    body = docx_paragraphs("HOW TO PAY SAN BELMONTE COMMUNITY POWER INVOICES", "Account name: San Belmonte Community Power",
                           "Account number: 4730018826", "Reference the invoice number with each payment.")
    found = pairs_found(_REMIT_URL, body)
    assert not values_of(found, "account_number"), found
    assert not values_of(found, "customer_name"), found


def test_persons_account_under_the_same_labels_stays_a_record():
    body = docx_paragraphs("HOW TO PAY SAN BELMONTE COMMUNITY POWER INVOICES", "Account name: Bartholomew Nkemelu",
                           "Account number: 4730018826", "Reference the invoice number with each payment.")
    found = pairs_found(_REMIT_URL, body)
    assert values_of(found, "account_number") == {"4730018826"}, found
    assert values_of(found, "customer_name") == {"Bartholomew Nkemelu"}, found


# --- a board's seat for customers, which an appointee fills -----------------------------------------------------------

_APPOINTMENTS_URL = "https://www.sanbelmonte.gov/clerk/agenda-2026-12-02-item-11.docx"


def test_applicant_for_a_customer_seat_is_public():
    body = docx_paragraphs("ITEM 11 - APPOINTMENT TO THE RATEPAYER ADVISORY BOARD",
                           "Applicant: Chiamaka Eze, 3817 Larkspur Way, San Belmonte 92704; (714) 291-5530; "
                           "chiamaka.eze@outlook.com. Residential customer seat. "
                           "Ms. Eze teaches physics at Valle Verde High and chairs her block's tree committee.")
    found = pairs_found(_APPOINTMENTS_URL, body)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "address"), found
    assert not values_of(found, "phone"), found


def test_customer_asking_about_a_seat_stays_a_customer():
    body = docx_paragraphs("Call notes: customer Chiamaka Eze, 3817 Larkspur Way, (714) 291-5530, asked how to apply "
                           "for a seat on the advisory board and about her past-due bill.")
    found = pairs_found("https://www.sanbelmonte.gov/cs/call-notes.docx", body)
    assert values_of(found, "customer_name") == {"Chiamaka Eze"}, found
    assert values_of(found, "phone") == {"(714) 291-5530"}, found
