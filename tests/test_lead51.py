"""Rules of the lead's round 51, with hard negatives.

- A customer label's value that gives the person and how to reach them in one go ("Customer contact: Rosa Delgado
  (909) 622-4187", "Customer name: Rosa Delgado, 412 Olive Ave., rosa.d@gmail.com") is the name and each of those
  fields, as if each had its own label.
- A utility's staff named for the customers they serve ("Customer Advocate", "Customer Program Manager", "Customer
  Energy Advisor") are staff: their card is an office's, neither a customer label nor a customer cue.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

_SITE = "https://www.arroyoseco.gov/"


def _found(text: str, name: str = "utilities/notes.html") -> set[tuple[str, str]]:
    return pairs_found(_SITE + name, f"<html><body><p>{text}</p></body></html>")


# -- a customer label's value with the person's contact details ---------------------------------------------------------

def test_a_customer_contact_label_with_name_and_phone_in_one_value():
    assert _found("Ticket 4471 (outage). Customer contact: Maria Lopez 626-318-2270 reported the flicker.") == {
        ("customer_name", "Maria Lopez"), ("phone", "626-318-2270")}
    assert _found("Customer contact: Rosa Delgado (909) 622-4187. Account 2-44-556-7788.") == {
        ("customer_name", "Rosa Delgado"), ("phone", "(909) 622-4187"), ("account_number", "2-44-556-7788")}


def test_a_customer_name_label_with_home_mailbox_and_phone_after_commas():
    assert _found("Customer name: Rosa Delgado, 412 Olive Ave., rosa.d@gmail.com") == {
        ("customer_name", "Rosa Delgado"), ("address", "412 Olive Ave."), ("email", "rosa.d@gmail.com")}
    assert _found("Account holder: Henry Watanabe, 1820 N. Towne Ave., Arroyo Seco, CA 91767 - 909-318-5521") == {
        ("customer_name", "Henry Watanabe"), ("address", "1820 N. Towne Ave., Arroyo Seco, CA 91767"),
        ("phone", "909-318-5521")}


def test_a_customer_label_naming_no_person_before_the_contacts_is_no_record():
    assert _found("Customer name: Delgado Plumbing Inc., (909) 622-4187") == set()
    assert _found("Customer: City of Arroyo Seco, (909) 620-2341") == set()
    assert _found("Customer name: ______________ Phone: ____________") == set()
    assert _found("Customer contact: the Utility Billing office, (909) 620-2341") == set()


# -- staff named for the customers they serve ---------------------------------------------------------------------------

def test_staff_titled_for_customers_are_no_customers():
    assert _found("Customer Advocate: Ana Ruiz, (909) 620-2341") == set()
    assert _found("Customer Program Manager: Ana Ruiz  Phone: (909) 620-2341") == set()
    assert _found("Customer Energy Advisor: Tomas Nguyen, (909) 620-2388, tnguyen@arroyoseco.gov") == set()
    assert ("customer_name", "Ana Ruiz") not in _found(
        "Customer Advocate: Ana Ruiz  Phone: (909) 620-2341  Email: aruiz@gmail.com")
    assert ("customer_name", "Ana Ruiz") not in _found(
        "Our customer advocate, Ana Ruiz, can be reached at (909) 620-2341 or aruiz@gmail.com.")


def test_a_customer_is_still_one_beside_the_words_that_make_staff():
    assert _found("Customer Rosa Delgado, 909-622-4187, says her bill doubled; the customer advocate called back.") >= {
        ("customer_name", "Rosa Delgado"), ("phone", "909-622-4187")}


# -- a count of things is no street -------------------------------------------------------------------------------------

def test_a_count_of_accounts_after_of_is_no_home():
    found = _found("Audit finding 2024-03: Of 25 accounts sampled, 4 had incorrect CARE discounts, including account "
                   "700229184455 (B. Hollis).")
    assert found == {("account_number", "700229184455"), ("customer_name", "B. Hollis")}
    assert ("address", "2860 orange grove") in _found("spoke w/ dalia saleh @ 2860 orange grove; acct 700229184455")


# -- a customer's own usage told in a story -----------------------------------------------------------------------------

def test_a_quoted_residents_own_bill_in_the_next_sentence():
    assert _found('"I never used that much power," said Lucia Ferreira, who lives on Cypress Lane. Her July bill '
                  "showed 2,412 kWh.") == {("customer_name", "Lucia Ferreira"), ("energy_usage", "2,412 kWh")}


def test_a_residents_home_used_and_a_bill_opened_in_a_clause():
    assert _found("Lucia Ferreira's home used 2,412 kWh in July.") == {
        ("customer_name", "Lucia Ferreira"), ("energy_usage", "2,412 kWh")}
    assert _found("When Lucia Ferreira opened her July bill, it showed 2,412 kWh, double the year before.") == {
        ("customer_name", "Lucia Ferreira"), ("energy_usage", "2,412 kWh")}


def test_public_people_and_averages_in_stories_stay_silent():
    assert _found('"Solar is the future," said Mayor Ana Ruiz at the ribbon cutting. Her remarks drew applause.') == set()
    assert _found('"We saved a lot," said Councilmember Ana Ruiz. Her July bill showed 612 kWh.') == set()
    assert _found("A typical home used 550 kWh in July. When Ana Ruiz, our program manager, presented the data, she "
                  "noted that average bills fell.") == set()
    assert _found("Neighbors on Cypress Lane and Holt Avenue joined the tree planting. The average home used 550 kWh.") \
        == set()


# -- a home, then its resident and their phone in a bracket ------------------------------------------------------------

def test_a_home_then_its_resident_and_phone_in_a_bracket():
    assert _found("The tenant at 3796 Paseo Alegre Ave (Itzel Arellano, (818) 838-2585) reported the outage.") == {
        ("address", "3796 Paseo Alegre Ave"), ("customer_name", "Itzel Arellano"), ("phone", "(818) 838-2585")}


def test_a_venue_or_a_shop_then_a_bracketed_contact_stays_silent():
    assert _found("The shop at 3796 Paseo Alegre Ave (owner Itzel Arellano, (818) 838-2585) reported the outage.") \
        == set()
    assert _found("The event is at 3796 Paseo Alegre Ave (contact Itzel Arellano, (818) 838-2585).") == set()
    assert _found("Meet us at the Senior Center, 3796 Paseo Alegre Ave (Itzel Arellano, (818) 838-2585).") == set()


# -- a phone written with its area code apart by a hyphen and the rest run together ------------------------------------

def test_a_phone_as_area_code_hyphen_seven_digits():
    assert _found("Customer Consuelo Carrillo, 1374 Ocotillo Way, Tel. 626-9796944, called about her bill.") == {
        ("customer_name", "Consuelo Carrillo"), ("address", "1374 Ocotillo Way"), ("phone", "626-9796944")}


def test_an_account_in_the_same_shape_stays_an_account():
    found = _found("Customer Jae-hyun Kim, acct 865-8989096, 1374 Ocotillo Way, called about her bill.")
    assert ("account_number", "865-8989096") in found and ("phone", "865-8989096") not in found
    assert _found("Resolution 101-4410520 approved the transfer to the Sewer Capital fund.") == set()


# -- a resident named in apposition before their home -------------------------------------------------------------------

def test_a_resident_in_apposition_before_their_home_with_a_utility_matter():
    assert _found("Rosa Delgado, a longtime resident of 1248 Calle Luna, enrolled in CARE this spring.") == {
        ("customer_name", "Rosa Delgado"), ("address", "1248 Calle Luna")}
    assert _found("Rosa Delgado, the tenant at 1248 Calle Luna, called about her bill.") == {
        ("customer_name", "Rosa Delgado"), ("address", "1248 Calle Luna")}


def test_a_public_speaker_or_a_town_in_apposition_stays_silent():
    assert _found("Public comment: Rosa Delgado, a longtime resident of 1248 Calle Luna, spoke against the warehouse "
                  "project.") == set()
    assert _found("Rosa Delgado, a longtime resident of Arroyo Seco, enrolled in CARE this spring.") == set()


# -- a caller introducing themselves ------------------------------------------------------------------------------------

def test_a_voicemail_callers_own_name_home_and_number():
    expected = {("customer_name", "Gloria Nwosu"), ("address", "7712 Sierra Vista Rd."), ("phone", "909-555-2718")}
    assert _found("Hi, this is Gloria Nwosu at 7712 Sierra Vista Rd. My power has been out since 3 pm and my number "
                  "is 909-555-2718.") == expected
    assert _found("Hola, me llamo Gloria Nwosu, vivo en 7712 Sierra Vista Rd. No tengo luz desde las 3 y mi número "
                  "es 909-555-2718.") == expected


def test_staff_introducing_themselves_stay_silent():
    assert _found("Hi, this is Ana from Arroyo Seco Customer Care returning your call. You can reach me at "
                  "(909) 620-2341.") == set()
    assert _found("This is Ana Ruiz at 200 N. Garey Ave, City Hall. Call me back at (909) 620-2341.") == set()


# -- a record's field saying the person's matter with the utility --------------------------------------------------------

def test_a_name_and_home_taken_down_with_a_utility_matter():
    expected = {("customer_name", "Harold Brinkley"), ("address", "2281 Mesa Verde Dr.")}
    assert _found("Name: Harold Brinkley<br>Address: 2281 Mesa Verde Dr.<br>Reason: high bill") == expected
    assert pairs_found(_SITE + "x.html", "<html><body><p>Name: Harold Brinkley</p><p>Address: 2281 Mesa Verde Dr."
                                         "</p><p>Reason: high bill</p></body></html>") == expected
    assert _found("Nombre: Harold Brinkley<br>Dirección: 2281 Mesa Verde Dr.<br>Motivo: factura alta") == expected


def test_a_name_and_home_with_another_matter_or_none_stay_silent():
    assert _found("Name: Harold Brinkley<br>Address: 2281 Mesa Verde Dr.<br>Reason: street tree removal") == set()
    assert _found("Name: Harold Brinkley<br>Address: 2281 Mesa Verde Dr.") == set()
    assert _found("Speaker card<br>Name: Harold Brinkley<br>Address: 2281 Mesa Verde Dr.<br>Subject: high bills and "
                  "the CCA's rates") == set()


# -- a home's label between the name and the home ------------------------------------------------------------------------

def test_a_name_then_a_labelled_home_and_phone_in_the_citys_languages():
    assert _found("Ông Nguyễn Văn Minh, địa chỉ 2136 Cedar Mesa Ln, số điện thoại (626) 318-2270, đã gọi về hóa đơn "
                  "tháng 7.") == {("customer_name", "Nguyễn Văn Minh"), ("address", "2136 Cedar Mesa Ln"),
                                  ("phone", "(626) 318-2270")}
    assert _found("Gng. Maria Santos, tirahan 1420 Mission Blvd, telepono 626-318-2270, ay tumawag.") == {
        ("customer_name", "Maria Santos"), ("address", "1420 Mission Blvd"), ("phone", "626-318-2270")}


def test_an_events_contact_with_a_labelled_office_stays_silent():
    assert _found("Contact Ana Ruiz, address 200 N Garey Ave, phone (909) 620-2341, for event details.") == set()


# -- a utility program's letter answering the customer's own application -----------------------------------------------

def _letter(body: str) -> set[tuple[str, str]]:
    from tests.detector_helpers import docx_paragraphs
    return pairs_found(_SITE + "docs/letter.docx", docx_paragraphs(
        "June 12, 2024", "Harold Brinkley", "2281 Mesa Verde Dr.", "Arroyo Seco, CA 91767", "Dear Mr. Brinkley:", body,
        "Sincerely,", "Ana Ruiz", "Customer Programs"))


def test_a_letter_answering_a_customers_program_application():
    expected = {("customer_name", "Harold Brinkley"), ("customer_name", "Mr. Brinkley"),
                ("address", "2281 Mesa Verde Dr.")}
    assert _letter("We received your request to enroll in the Medical Baseline program. Your application is approved "
                   "effective July 1.") == expected
    assert _letter("Your enrollment in the CARE discount is approved effective July 1.") == expected


def test_a_letter_answering_a_permit_board_or_grant_application_stays_silent():
    assert _letter("Your application for a building permit for a patio cover is approved.") == set()
    assert _letter("Thank you for your application to serve on the Energy Commission program committee.") == set()
    assert _letter("Thank you for your application to the Small Business Grant program.") == set()


def test_a_customer_labels_value_ends_its_address_where_the_address_ends():
    # the sentences after the home hold the SSN and the account: they are theirs, not part of the address
    assert _found("Customer: Maria Delgado, 1412 W Holt Ave, Pomona, CA 91768. SSN 512-34-6789. PCE account "
                  "2-35-123-4567.") == {
        ("customer_name", "Maria Delgado"), ("address", "1412 W Holt Ave, Pomona, CA 91768"),
        ("ssn", "512-34-6789"), ("account_number", "2-35-123-4567")}
