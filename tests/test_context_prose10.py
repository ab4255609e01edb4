"""Red team 10's causes in running text (``detectors.context.prose``, ``analysis``, ``persons``), end to end through
the extractor and every registry detector: case narratives, call and claim notes that name a customer without the
word "customer".

Hard negatives are a city site's text: an official's contact card, a resident's e-mail to the council, staff and
firms with their phones and offices, historic figures, a newspaper.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a government mailbox near a case narrative makes no contact card of it (cause 1) ---------------------------

NARRATIVE = ("The inspector interviewed Tuyet Nhung Vo, the account holder at 5518 E Larchmont Way. She sent "
             "pictures from tnvo.larch@yahoo.com. Her usage was 1,350 kwh.")


def test_a_case_narrative_above_a_footer_with_the_citys_mailbox_is_still_a_record():
    result = found("report.txt", NARRATIVE + "\n\nQuestions? Write to clerk@larkfield.gov.\n")
    assert result.get("customer_name") == ["Tuyet Nhung Vo"]
    assert result.get("email") == ["tnvo.larch@yahoo.com"]
    assert "5518 E Larchmont Way" in " ".join(result.get("address", []))


def test_a_staff_e_mail_to_the_council_is_no_public_comment():
    """An investigator's e-mail from a government mailbox to the council: the City's own correspondence about a
    customer, not a resident's comment to a public body."""
    result = found("findings.eml", "From: Odell Marsh <omarsh@larkfield.gov>\nTo: council@larkfield.gov\n"
                   "Subject: Findings\n\n" + NARRATIVE.replace(" Her usage was 1,350 kwh.", "") + "\n")
    assert result.get("customer_name") == ["Tuyet Nhung Vo"]
    assert result.get("email") == ["tnvo.larch@yahoo.com"]


def test_a_residents_e_mail_to_the_council_stays_a_public_comment():
    result = found("comment.eml", "From: Delia Farnsworth <dfarns77@gmail.com>\nTo: council@larkfield.gov\n"
                   "Subject: Rate increase\n\nI live at 4410 W Sandpiper Ln and oppose the rate increase. My bill is "
                   "already too high. Call me at 626-555-0183.\n")
    assert "customer_name" not in result


def test_an_officials_card_is_still_no_record():
    result = found("council.txt", "Councilmember Rosa Quintanar, District 2\n(626) 555-0120\n"
                   "rquintanar@larkfield.gov\n200 Civic Center Plaza\n\nResidents may call her office with "
                   "questions about their bill.\n")
    assert result == {}


# -- a person staff reached about a utility matter is the customer, though no word calls them one (cause 2) -------

def test_a_collections_note_names_the_customer_called():
    result = found("notes.txt", "3/02 - Called Gurpreet Kaur Dhillon at 562-410-7725 re past-due bal, no answer, LVM. "
                   "Mailed 48-hr notice to 8812 Vista Serena Ct.\n")
    assert result.get("customer_name") == ["Gurpreet Kaur Dhillon"]
    assert result.get("phone") == ["562-410-7725"]
    assert "8812 Vista Serena Ct" in " ".join(result.get("address", []))


def test_a_claim_names_its_claimant_and_their_home():
    result = found("minutes.txt", "Item 5: Claim of Rima Haddad. The claimant, who resides at 2215 1/2 W Olive Grove "
                   "Rd, alleges that a power surge damaged her washer. She can be reached at 714-382-9051.\n")
    assert result.get("customer_name") == ["Rima Haddad"]
    assert result.get("phone") == ["714-382-9051"]
    assert "2215 1/2 W Olive Grove Rd" in " ".join(result.get("address", []))


def test_an_interpreter_note_names_the_customer_spoken_with():
    result = found("interp.txt", "Spoke with Tariq Al-Hashimi through the interpreter. He gave his phone as "
                   "626-904-3318 and confirmed the service address is 417 Sycamore Bend Ln.\n")
    assert result.get("customer_name") == ["Tariq Al-Hashimi"]
    assert result.get("phone") == ["626-904-3318"]


def test_a_note_by_what_the_customer_said_names_them():
    """"Per Denise Allen (Customer No. ...)": the source of a note is staff's word unless their own account follows."""
    result = found("page.html", "<p>Per Lorena Whitcombe (Customer No. 734-55102), the meter at 6120 Camino Alto "
                   "Dr was read twice.</p>")
    assert result.get("customer_name") == ["Lorena Whitcombe"]
    result = found("page.html", "<p>Per Lorena Whitcombe (Fresno County Water Works Acct 4418207-311), the meter at"
                   " 6120 Camino Alto Dr was read twice.</p>")
    assert result.get("customer_name") == ["Lorena Whitcombe"]
    result = found("page.html", "<p>Per Lorena Whitcombe (Fresno County Water Works Department), the meter at 6120"
                   " Camino Alto Dr was read twice. SCE acct 2-23-456-7890.</p>")
    assert "customer_name" not in result


def test_per_a_staff_member_is_no_customer():
    result = found("page.html", "<p>Per Lorena Whitcombe, Customer Service Manager, the meter at 6120 Camino Alto Dr "
                   "was tested. SCE acct 2-23-456-7890.</p>")
    assert "customer_name" not in result


def test_a_firms_person_called_about_a_meter_is_no_customer():
    result = found("log.txt", "Called Hector Villanueva of Villanueva Electric at (909) 555-0101 about the meter "
                   "panel upgrade at 300 W Holt Ave.\n")
    assert "customer_name" not in result


def test_a_code_enforcement_call_is_no_utility_case():
    result = found("log.txt", "Called Hector Villanueva at 909-555-0133 about the barking dog complaint; he will "
                   "keep the dog inside.\n")
    assert "customer_name" not in result


def test_an_official_spoken_with_about_an_outage_is_no_customer():
    result = found("log.txt", "Staff spoke with Councilmember Hector Villanueva at (909) 620-2051 about the outage on "
                   "Holt Ave.\n")
    assert "customer_name" not in result


# -- a later sentence about someone else is no part of the customer's record (cause 5) ----------------------------

CUSTOMER = "Customer Yelena Markarian, service address 3307 Quail Run Ct, phone 714-662-0938. "


def test_the_customers_record_is_still_found_whole():
    result = found("case.txt", CUSTOMER + "She can be reached at 714-662-0977 after five.\n")
    assert result.get("customer_name") == ["Yelena Markarian"]
    assert result.get("phone") == ["714-662-0938", "714-662-0977"]


def test_a_staff_member_named_in_the_next_sentence_is_no_customer():
    result = found("case.txt", CUSTOMER + "Rowan Ashcombe arranged a meter test, which found the meter accurate.\n")
    assert result.get("customer_name") == ["Yelena Markarian"]


def test_a_newspaper_and_a_historic_figure_are_no_customers():
    result = found("case.txt", CUSTOMER + "\u201cWe owe every ratepayer an answer,\u201d Councilmember Dana Ferris told "
                   "the Larkfield Ledger. The tract is named for Don Ygnacio Palomares, who ranched the valley.\n")
    assert result.get("customer_name") == ["Yelena Markarian"]


def test_a_shops_and_a_contractors_address_and_phone_are_not_the_customers():
    result = found("case.txt", CUSTOMER + "Larkfield Hardware at 1880 Foothill Blvd, (714) 555-0150, donated the "
                   "heaters. The contractor, Quail Plumbing & Rooter, Inc. (EIN 95-4412873), is located at 410 Canal "
                   "Bank Rd, Suite 4.\n")
    assert result.get("phone") == ["714-662-0938"]
    assert result.get("address") == ["3307 Quail Run Ct"]


def test_a_staff_contacts_number_after_the_customers_sentence_is_not_theirs():
    result = found("case.txt", "The inspector interviewed Nadia Okonkwo-Reyes, the account holder at 2044 S Arroyo "
                   "Vista Dr. For questions, contact Priya Santhanam, Customer Programs Manager, at (714) 555-4100 "
                   "ext. 3312.\n")
    assert result.get("customer_name") == ["Nadia Okonkwo-Reyes"]
    assert "phone" not in result


# -- names outside the Census lists, after a customer word (prose10 cause C) ------------------------------------

def test_persian_haitian_and_hmong_names_after_a_customer_word_are_names():
    for name in ("Golnaz Dehghanpour", "Wislande Saint-Hilaire", "Kou Her"):
        result = found("note.txt", f"Customer {name}, phone 714-300-8812, service address 918 Juniper Hollow Ln.\n")
        assert result.get("customer_name") == [name], name
        assert result.get("phone") == ["714-300-8812"], name  # "service address" after it is no service desk


def test_her_as_a_pronoun_or_a_headings_verb_is_no_surname():
    result = found("page.html", "<p>Customer Ana Ruiz called. Ask Her about the bill at 714-300-8812.</p>")
    assert result.get("customer_name") == ["Ana Ruiz"]


def test_a_customer_desk_after_a_customer_word_is_no_name():
    assert found("page.html", "<p>The customer Kiosk Terminal at 505 S Garey Ave, 909-555-0134.</p>") == {}


# -- a name a line break cut (prose10 cause H) -------------------------------------------------------------------

def test_a_customers_name_cut_by_a_line_break_is_found_with_the_record():
    result = found("wo.txt", "WO 884120 - Tech arrived at 6150 W Mesquite Flats Rd Space 14 approx 8:40, spoke w/ "
                   "cust Vardan\nKhachatryan re: dimming lights. Cust asked for callback, CB 951-402-7716.\n")
    assert result.get("customer_name") == ["Vardan Khachatryan"]  # one finding over both lines
    assert result.get("phone") == ["951-402-7716"]
    assert "6150 W Mesquite Flats Rd" in " ".join(result.get("address", []))


def test_a_day_after_a_given_name_at_a_line_break_is_no_surname():
    result = found("wo.txt", "WO 884121 - Tech met cust Rosa\nMonday at 9, CB 951-402-7716.\n")
    assert "Rosa Monday" not in " ".join(result.get("customer_name", []))
    assert "Monday" not in result.get("customer_name", [])


def test_a_case_narrative_with_an_account_keeps_to_the_customer():
    """The customer named in the sentence before "The customer, whose account is ...": the ombudsman of the next
    sentence and a shop's address and phone are not the customer's."""
    result = found("report.txt", "Case 12. Soraya Behzadi contacted the Ombudsman after a bill for 1,640 kilowatt-hours "
                   "at her home at 4821 E Quail Run Ct. The customer, whose account is 4309 8534 624, believed the "
                   "meter was faulty. Rowan Ashcombe arranged a meter test. Larkfield Hardware at 1880 Foothill Blvd, "
                   "(714) 555-0150, donated the heaters.\n")
    assert result.get("customer_name") == ["Soraya Behzadi"]
    assert "phone" not in result
    assert "1880 Foothill Blvd" not in " ".join(result.get("address", []))


def test_a_name_and_its_account_on_lines_of_their_own_stay_one_record():
    result = found("list.txt", "Payment arrangement approved for\nDelphine Okafor-Mbeki\nSCE acct 2-31-884-1209, "
                   "callback 714-662-0938\n")
    assert result.get("customer_name") == ["Delphine Okafor-Mbeki"]
    assert result.get("phone") == ["714-662-0938"]


def test_a_blog_storys_staff_contact_is_not_the_residents():
    result = found("story.html", "<p>When Yer Moua moved into the house at 5120 E Tamarind Ave, her bills were high: "
                   "she used 1,900 kWh in July. Priya Santhanam, Utility Ombudsman, can be reached at "
                   "(714) 555-4155.</p>")
    assert result.get("customer_name") == ["Yer Moua"]
    assert "phone" not in result


def test_a_shop_after_an_account_note_is_not_the_account_holders():
    result = found("notes.txt", "Acct 4414 5086 707 reviewed; service at 4608 Arroyo Vista Dr Space 33, meter re-read. "
                   "Larkfield Hardware at 1880 Foothill Blvd, San Marcelo, (714) 555-0150, donated the space heaters.\n")
    assert "1880 Foothill Blvd" not in " ".join(result.get("address", []))
    assert "customer_name" not in result and "phone" not in result
    assert "4608 Arroyo Vista Dr Space 33" in " ".join(result.get("address", []))


def test_a_follow_up_line_naming_a_staff_contact_is_not_the_customers():
    result = found("case.txt", "Customer Yelena Markarian, service address 3307 Quail Run Ct, phone 714-662-0938.\n"
                   "Update: the account was credited. For questions, contact Priya Santhanam at (714) 555-4100.\n")
    assert result.get("phone") == ["714-662-0938"]


# -- a claimant is a party of a utility claim, and "Claimant" no part of their name ------------------------------

def test_a_claimants_role_word_is_no_part_of_the_name():
    result = found("settlement.txt", "Claimant Soraya Behzadi's Social Security number, 532-71-9043, is provided "
                   "for IRS Form 1099 reporting.\n")
    assert result.get("customer_name") == ["Soraya Behzadi"]


def test_a_claimant_of_a_power_surge_claim_is_the_customer():
    result = found("claims.txt", "Claimant Rima Haddad, 2215 W Olive Grove Rd, alleges a power surge damaged her "
                   "washer; she can be reached at 714-382-9051.\n")
    assert result.get("customer_name") == ["Rima Haddad"]
    assert result.get("phone") == ["714-382-9051"]


def test_a_pothole_claimant_is_no_utility_customer():
    assert found("page.html", "<p>Claims received: Claimant Rima Haddad, 2215 W Olive Grove Rd, alleges a pothole "
                 "on Holt Ave damaged her tire.</p>") == {}


def test_an_interpreter_note_with_a_phone_in_words_is_still_a_record():
    result = found("interp.txt", "Interpreter notes (Russian): Spoke with Tariq Al-Hashimi through the interpreter. He "
                   "gave his phone as nine zero nine, two six eight, two one six eight and confirmed the service "
                   "address is 417 Sycamore Bend Ln, Unit 4.\n")
    assert result.get("customer_name") == ["Tariq Al-Hashimi"]
    assert "417 Sycamore Bend Ln" in " ".join(result.get("address", []))


def test_a_meeting_with_a_firms_person_on_a_utility_page_is_no_record():
    assert found("page.html", "<p>Electric utility update: staff met with Hector Villanueva of Villanueva Solar at "
                 "300 W Holt Ave, Suite 2, about the meter panel program.</p>") == {}


def test_a_staff_member_who_reported_the_claimants_number_is_no_customer():
    """Two claims in one block: the staff member of each item's later sentence stays out of both records."""
    result = found("minutes.txt", "Claims Committee minutes\n"
                   "Item 4: Claim of Rima Haddad. The claimant, who resides at P.O. Box 905, alleges that a power surge "
                   "damaged a washer. Celia Bramwell reported that the claimant can be reached at 626-376-2820.\n"
                   "Item 5: Claim of Omid Farahani. The claimant, who resides at 6219 E Adobe Springs Rd, alleges that a "
                   "power surge damaged a dryer. Celia Bramwell reported that the claimant can be reached at "
                   "(760) 980-9173.\n")
    assert sorted(result.get("customer_name", [])) == ["Omid Farahani", "Rima Haddad"]


def test_a_field_s_label_of_two_capitalised_words_names_no_other_person():
    """"Home Ph.:" is a label, not a second person's name: the phone on its line is the customer's, as the usage is."""
    got = found("notes.txt", "Account Holder: OKAFOR, ADAEZE\nService Address: 2408 N Towne Ave, Pomona, CA 91767\n"
                             "Home Ph.: 909.382.5517\nConsumption (kWh): 488 kWh\n")
    assert got["phone"] == ["909.382.5517"] and got["energy_usage"] == ["488 kWh"]


def test_a_usage_figure_in_a_sentence_that_names_an_office_stays_the_customer_s():
    """"The Hearing Officer finds that the meter recorded ..." names a role, not another person: the usage told after
    the appellant's record is still the appellant's, while a neighbour's named usage is not."""
    page = ("<main><p>Appellant Yohannes Tekle resides at 4471 Wren Hollow Rd. #2 and is the customer of record on"
            " account no. 3004 5521 8876.</p><p>The Hearing Officer finds that the meter recorded 2,918 kWh for the"
            " billing period ending May 9, and that the Appellant's claim is not supported.</p></main>")
    assert found("decision.html", page)["energy_usage"] == ["2,918 kWh"]
    neighbour = page.replace("The Hearing Officer finds that the meter", "The Appellant compared it with neighbor"
                             " Dolores Aguirre, whose meter")
    assert "energy_usage" not in found("decision.html", neighbour)


def test_the_customer_named_again_by_given_name_is_no_other_person():
    """"Reach Dariusz at ..." speaks of the customer again: the phone is theirs; a staff member named in the same
    way is someone else."""
    page = ("<p>Customer Dariusz Kowalczyk, PCE account 48821093. The customer says usage doubled after a meter"
            " exchange. Reach Dariusz at 909-317-6624 or dkowal88@gmail.com.</p>")
    assert found("case.html", page)["phone"] == ["909-317-6624"]
    other = page.replace("Reach Dariusz at", "For questions, contact Teodora Vlasic at")
    assert "phone" not in found("case.html", other)


# -- an account named by a verb or a noun of billing, without the word "account" (round 2) ----------------------

def test_a_collections_note_reports_the_account_its_balance_is_on():
    body = ("<p>09/22 - Called Ilse Marrow at 714-552-8031 re past-due bal on 5530 2174 906, no answer, LVM. "
            "Mailed 48-hr notice to 2210 W Birchfield Ave.</p>"
            "<p>09/23 - Called Osei Danquah at 714-552-9174 re past-due bal on KR-771204-33, no answer. "
            "Mailed notice to 418 Quarry Ln.</p>"
            "<p>09/24 - Called Lena Oduya at 714-552-7716 re balance on 4-218-667-3091, promised pmt Mon.</p>")
    accounts = found("notes.html", body).get("account_number", [])
    assert "5530 2174 906" in accounts and "KR-771204-33" in accounts and "4-218-667-3091" in accounts


def test_a_settlement_reports_the_account_it_credits_and_the_claimant_not_the_city():
    body = ("<p>This Settlement Agreement is entered into between the City of Harlow Springs and Dario Quist, "
            "residing at 77 Fenwick Rd (\"Claimant\"). The City shall credit 6612 0938 174 in the amount of "
            "$1,980.00 in full settlement of the claim.</p>")
    result = found("settlement.html", body)
    assert result.get("account_number") == ["6612 0938 174"]
    assert result.get("customer_name") == ["Dario Quist"]


def test_billing_words_before_amounts_dates_phones_and_case_numbers_name_no_account():
    body = ("<p>The Finance Department will credit 1,250,000 to the reserve. The balance on 10/14/2025 was "
            "$4,210.55. Past-due balances for 2024-2025 fell. For a balance on your bill call 714-552-2000. "
            "Credits posted to CL-2025-0418 and permit B25-8159 were refunded.</p>")
    assert not found("finance.html", body).get("account_number")


# -- a place's name before "and" is no couple's given name --------------------------------------------------------

def test_a_couple_still_shares_the_surname():
    from detectors.context.persons import couple_start
    text = "Spoke with Emeka and Adebayo Abiodun at the counter"
    assert text[couple_start(text, text.index("Adebayo")):].startswith("Emeka and")


def test_the_city_before_and_is_no_couple():
    from detectors.context.persons import couple_start
    text = "an agreement between the County of Vell Marrow and Dario Quist"
    at = text.index("Dario")
    assert couple_start(text, at) == at


# -- a utility matter's words across a line break of a PDF or a text file ------------------------------------------

CLAIM_LINES = ("Claims Committee minutes\n"
               "Item 4: Claim of Osei Danquah. The claimant, who resides at 3107 N Brackett Ct #A, alleges that a power\n"
               "surge on May 2 damaged a freezer. Staff reported that the claimant\n"
               "can be reached at (714) 552-6620. The committee recommended payment.\n")


def test_a_claim_whose_power_surge_a_line_break_cuts_is_a_utility_matter():
    result = found("minutes.txt", CLAIM_LINES)
    assert result.get("customer_name") == ["Osei Danquah"]
    assert result.get("phone") == ["(714) 552-6620"]


def test_a_claim_about_a_fence_cut_by_a_line_break_is_no_utility_matter():
    body = CLAIM_LINES.replace("a power\nsurge on May 2 damaged a freezer", "a city\ntruck on May 2 damaged a fence")
    assert not found("minutes.txt", body).get("customer_name")


# -- the Hmong surname Her beside an identifier ----------------------------------------------------------------------

def test_a_given_name_and_the_surname_her_beside_an_identifier_is_a_name():
    from detectors.context.persons import names_in
    text = "an agreement with Yeng Her, residing at 611 Quarry Ln, SSN 612-40-7719"
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Yeng Her"]


def test_the_pronoun_her_after_a_capitalised_word_is_no_surname():
    from detectors.context.persons import names_in
    for text in ("We Love Her Stories, SSN 612-40-7719", "Then Mariana gave Her keys", "Ask Her about it"):
        assert not names_in(text, anchored=True)


# -- a vCard's city after the street, apart by a semicolon, is no name ----------------------------------------------

def test_a_vcards_city_after_its_street_is_no_customer_name():
    body = ("<p>Rate notice</p><!-- BEGIN:VCARD\nVERSION:3.0\nFN:Dorian Wexley\n"
            "ADR;TYPE=home:;;4471 Quail Run Rd;Santa Lucinda;CA;92011\nTEL;TYPE=cell:(714) 552-3391\n"
            "EMAIL:dwexley@att.net\nNOTE:SoCalGas acct 5512 308 771 4\nX-USAGE:1,122 kWh\nEND:VCARD \n-->")
    names = found("card.html", body).get("customer_name", [])
    assert "Santa Lucinda" not in names and "Dorian Wexley" in names


# -- a firm's address in a letter to a customer is no customer's ------------------------------------------------------

LETTER = ("<p>Dear Customer,</p><p>Your electric account 5530 2174 906 was reviewed after your call to our office. "
          "Our records show the service at 3107 N Brackett Ct used 884 kWh during the July billing period. {}</p>"
          "<p>Sincerely,</p><p>Billing Services</p>")


def test_a_contractors_office_in_a_letter_to_a_customer_is_no_customer_address():
    body = LETTER.format("The contractor, Pellman Roofing &amp; Gutter, Inc. (EIN 95-4410032), is located at "
                         "815 Orchard Gate Rd, Suite 2.")
    addresses = " | ".join(found("letter.html", body).get("address", []))
    assert "3107 N Brackett Ct" in addresses and "815 Orchard Gate" not in addresses


def test_a_stores_address_in_a_letter_to_a_customer_is_no_customer_address():
    body = LETTER.format("Quarry Valley Hardware at 240 Mill Creek Blvd donated the fans.")
    addresses = " | ".join(found("letter.html", body).get("address", []))
    assert "3107 N Brackett Ct" in addresses and "240 Mill Creek" not in addresses


def test_the_customers_new_home_in_a_letter_stays_found_though_a_contractor_visits_it():
    body = LETTER.format("A contractor will visit your new home at 58 Tern Hollow Ln next week.")
    assert "58 Tern Hollow Ln" in " | ".join(found("letter.html", body).get("address", []))


# -- an ombudsman named with the title after the name, a newspaper's name ----------------------------------------

def test_an_ombudsman_after_a_customer_letter_is_no_customer():
    body = ("<p>Dear Ms. Quist,</p><p>Your SCE account 8004417720 was reviewed. Our records show the service at "
            "77 Fenwick Rd used 1,050 kWh in August. Dana Whitcombe, Utility Ombudsman, can be reached at "
            "(714) 552-4155.</p><p>Sincerely,</p><p>Billing Services</p>")
    result = found("letter.html", body)
    assert "Dana Whitcombe" not in result.get("customer_name", [])
    assert "(714) 552-4155" not in result.get("phone", [])
    assert "77 Fenwick Rd" in " | ".join(result.get("address", []))


def test_a_newspaper_is_no_customer_name():
    from detectors.context.persons import names_in
    text = "Dario Quist, SSN 612-40-7719, told the Fenwick Courier and the Harlow Gazette about it."
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Dario Quist"]


# -- a PDF line break between an official's title and the name; a quote's "we owe" ---------------------------------

WRAPPED = ("Harlow Springs Utility review\n"
           "Your SCE account 8004417720 was reviewed after your call. The service at 77 Fenwick Rd\n"
           "used 1,050 kWh in August. \u201cWe owe every ratepayer an answer,\u201d said Councilmember\n"
           "{} at the meeting.\n")


def test_an_official_whose_title_ends_the_line_above_is_no_customer():
    assert "Lorna Feist" not in found("review.txt", WRAPPED.format("Lorna Feist")).get("customer_name", [])


def test_a_customer_whose_line_above_ends_with_a_plain_word_is_still_one():
    body = WRAPPED.replace("said Councilmember", "the account holder is").format("Lorna Feist")
    assert "Lorna Feist" in found("review.txt", body).get("customer_name", [])


def test_a_quoted_we_owe_is_no_writer_speaking_of_their_own_account():
    from detectors.context.letters import _OWN_ACCOUNT
    assert not _OWN_ACCOUNT.search("\u201cWe owe every ratepayer a straight answer,\u201d she said")
    assert _OWN_ACCOUNT.search("I still owe $640 on the account") and _OWN_ACCOUNT.search("we owe the city $95")


def test_an_abbreviation_s_stop_ends_no_sentence_of_a_record():
    """"Acct. No." is one label: the name before it stays in the sentence of the account it gives."""
    page = ("<p>Aprobado: Lucia Ferreyra &#150; 7714 N Calle Mirador &#150; cuenta 4412.3381.9027 &#150; consumo 512kWh"
            "</p><p>Aprobado: Tomas Okwuosa &#150; 318 W Sierra Linda Rd &#150; Acct. No. 8-441-903-215 &#150; consumo"
            " 688kWh</p>")
    assert found("approvals.html", page)["customer_name"] == ["Lucia Ferreyra", "Tomas Okwuosa"]


def test_a_list_line_of_name_mailbox_and_usage_after_an_account_line_keeps_its_own_name():
    """A payment-plan exhibit: an account line, then a line of another customer's name, mailbox and usage. The usage
    ties that line's name as the account ties its own."""
    text = ("EXHIBIT 2 - CUSTOMERS ON EXTENDED PAYMENT PLANS\n"
            "acct 700418236655 - GRISELDA OYELARAN - 4127 Vista Cordoba Dr - (760) 402-5518\n"
            "Mrs. Seo-yeon Baek ... seoyeon.baek@charter.net ... 2,318 kWh\n")
    got = found("exhibit.txt", text)
    assert "Mrs. Seo-yeon Baek" in got["customer_name"] and "GRISELDA OYELARAN" in got["customer_name"]
