"""Records in correspondence (``detectors.context.letters``): letters and e-mails *from* a person that give
their own account or identifier. Letters and notices *to* a customer are in ``test_customer_context``."""
from __future__ import annotations

import pytest

from tests.test_context_prose import fields_by_kind
from detectors.address import AddressDetector
from detectors.energy_usage import EnergyUsageDetector
from tests.test_customer_context import findings, lines
from tests.detector_helpers import values_found

FOUND = {
    # from a consumer provider's mailbox, an identifier makes the writer the customer without "my account"
    "move-out e-mail from a personal mailbox": (
        lines("From: Ishaan Kapoor <ikapoor58@outlook.com>\nTo: billing@pomonachoiceenergy.org\nSubject: Service transfer"
              "\nHi, I am moving out of 2714 N Towne Ave on the 30th. Account 2-48-594-6271. New phone 626-258-7817."),
        {"name": ["Ishaan Kapoor"], "email": ["ikapoor58@outlook.com"], "address": ["2714 N Towne Ave"],
         "phone": ["626-258-7817"]}),
    "complaint e-mail in a packet": (
        lines("From: Maria Lopez <mlopez77@gmail.com>\nSent: Monday, June 10, 2024 4:12 PM\n"
              "To: PCE Customer Care <info@pomonachoiceenergy.org>\nSubject: overcharged\n"
              "My account 2-23-456-7890 at 1234 W Holt Ave was billed for 1,240 kWh in May.\nMaria"),
        {"name": ["Maria Lopez"], "email": ["mlopez77@gmail.com"], "address": ["1234 W Holt Ave"],
         "usage": ["1,240 kWh"]}),
    # the writer's block at the head of their letter ends at the date; the utility's inside address under it is
    # the office's, though the letter's reference lines reach into it
    "letter with a sender block and the utility's inside address": (
        lines("Marguerite Oyelaran\n4410 Salt Marsh Ct\nAltamaha Bluff, GA 31599\nPhone: (912) 555-8181\n"
              "November 3, 2026\nRiver Bend Utilities Customer Service\nP.O. Box 1180\nAltamaha Bluff, GA 31599\n"
              "Re: Electric Acct No. E7781-20345\nDear Sir or Madam,\nMy October bill is twice what I normally use.\n"
              "Sincerely,\nMarguerite Oyelaran"),
        {"name": ["Marguerite Oyelaran", "Marguerite Oyelaran"], "address": ["4410 Salt Marsh Ct"],
         "phone": ["(912) 555-8181"]}),
    # no closing word: the name the sender block opens with signs the letter
    "letter signed without a closing word": (
        lines("Tomasz Adeyemi-Ruiz\n7730 Laurel Oak Ct\n(706) 555-6198\ntadeyemi74@yahoo.com\n"
              "To the Mayor and Council:\nMy bill is too high. My account number is W-2261096 and I used 1,422 kWh "
              "in August.\nTomasz Adeyemi-Ruiz"),
        {"name": ["Tomasz Adeyemi-Ruiz"], "address": ["7730 Laurel Oak Ct"], "phone": ["(706) 555-6198"],
         "email": ["tadeyemi74@yahoo.com"], "usage": ["1,422 kWh"]}),
    "letter to the council with the writer's account": (
        lines("Dear Mayor Okafor and Councilmembers:\nMy SCE account 2-38-226-4419 was shut off in error.\n"
              "Sincerely,\nJames Garcia\n15612 Juniper Lane\n(760) 508-2264\njgarcia.ml@gmail.com"),
        {"name": ["James Garcia"], "address": ["15612 Juniper Lane"], "phone": ["(760) 508-2264"],
         "email": ["jgarcia.ml@gmail.com"]}),
    "letter to the council opening with its addressee, not 'Dear'": (
        lines("Sep. 10, 2025\nHonorable Mayor and Members of the City Council\nRE: opt-out\nI never asked to be "
              "enrolled. My service address is 391 West Avenida Opal and my Acct. No. 7004 6124 5982. Please\n"
              "take me off the program.\nSincerely,\nLeah Dizon-Turci\n661.814.8212"),
        {"address": ["391 West Avenida Opal"], "name": ["Leah Dizon-Turci"], "phone": ["661.814.8212"]}),
    "letter in a PDF whose line break splits 'My' from 'bill'": (
        lines("Dear Members of the Council,\nI enrolled the first month (SCE acct 2-38-226-4419) and my\n"
              "bill at 8810 Tamarind Way went up though we used 612 kWh. Please look into it.\nRespectfully,\n"
              "Odalys Ferreira\nodalys.ferreira@outlook.com\n+1 626 410 3391"),
        {"name": ["Odalys Ferreira"], "address": ["8810 Tamarind Way"], "usage": ["612 kWh"],
         "email": ["odalys.ferreira@outlook.com"], "phone": ["+1 626 410 3391"]}),
    "letter signed with a surname that is also a place word": (
        lines("Dear Councilmembers,\nI have been a PCE customer since it started (PCE acct 2-38-226-4419). My "
              "bill at 77 Oriole Ct went up though we used 702 kWh.\nRespectfully,\nSeo-yeon Park\n"
              "spark88@yahoo.com"),
        {"name": ["Seo-yeon Park"], "address": ["77 Oriole Ct"], "usage": ["702 kWh"],
         "email": ["spark88@yahoo.com"]}),
    "letter signed with a given name that is also a word": (
        lines("Dear Councilmembers,\nMy bill on PCE acct 2-38-226-4419 went up.\nRespectfully,\nMy Nguyen\n"
              "nguyen.my@live.com"),
        {"name": ["My Nguyen"], "email": ["nguyen.my@live.com"]}),
    "letter signed surname first, in capitals": (
        lines("Dear Council,\nMy bill on SCE acct 2-38-226-4419 doubled.\nSincerely,\nBRANDAO, ILSE\n"
              "(626) 555-0148"),
        {"name": ["BRANDAO, ILSE"], "phone": ["(626) 555-0148"]}),
    "letter whose writer gives their name and home before their account": (
        lines("Dear Pomona Choice Energy, my name is Renata Solis and I live at 4418 W. Mission Blvd, Pomona, CA "
              "91766.\nMy PCE account number is 5520918834 and my bill shows 702 kWh for July."),
        {"name": ["Renata Solis"], "address": ["4418 W. Mission Blvd, Pomona, CA 91766"], "usage": ["702 kWh"]}),
    "e-mail from a resident giving their usage, with no account": (
        lines("From: Tomas Reyes <treyes88@charter.net>\nTo: customercare@pomonachoiceenergy.org\n"
              "Subject: high bill\nHi, my bill says 1,652 kWh this month and my apartment is small.\nTomas Reyes\n"
              "2214 Fremont Ave\nPomona, CA 91767"),
        {"name": ["Tomas Reyes"], "email": ["treyes88@charter.net"], "usage": ["1,652 kWh"],
         "address": ["2214 Fremont Ave"]}),
    "printed e-mail whose writer says what they owe and where they live": (
        lines("From: ESTRADA, NOEMI [mailto:noemi.estrada@att.net]\nDate: 3/4/2025\nRe: shutoff\n"
              "They say I owe $412.10 on PCE acct 2-38-226-4419. I live at 880 Quail Run Rd and never used "
              "1,402 kWh."),
        {"name": ["ESTRADA, NOEMI"], "email": ["noemi.estrada@att.net"], "address": ["880 Quail Run Rd"],
         "usage": ["1,402 kWh"]}),
}

NOT_FOUND = {
    # a contractor's company mailbox about a customer's account: the contractor is no customer
    "contractor's e-mail about a customer's account": lines(
        "From: Dale Whitcomb <dwhitcomb@sunridgesolar.com>\nTo: interconnection@pomonachoiceenergy.org\n"
        "Subject: Permit 24-1187\nThe inverter for account 2-48-594-6271 passed inspection today."),
    "letter giving an account, signed with no one's name": lines(
        "Dear Council,\nMy bill on SCE acct 2-38-226-4419 doubled.\nSincerely,\n"
        "Concerned Resident\n(626) 555-0148"),
    "letter of a person who lives in town, with no identifier": lines(
        "Dear Council,\nI live at 880 Quail Run Rd and I owe it to my neighbors to ask for longer library hours."
        "\nSincerely,\nNoemi Estrada\n(626) 555-0148"),
    "comment letter to the council opening with its addressee": lines(
        "June 11, 2024\nHonorable Mayor and Members of the City Council\nRE: Item 4.4\nI have lived at 762 Amber "
        "Trail for many years and ask the Council to keep the library open.\nSincerely,\nGail Myers\n"
        "762 Amber Trail\n1-661-407-4567\nmyersg97@me.com"),
    "letter to the council without an identifier": lines(
        "Dear Mayor Okafor and Councilmembers:\nMy water bill went from $84 to $131.\nSincerely,\nJames Garcia\n"
        "15612 Juniper Lane\n(760) 508-2264\njgarcia.ml@gmail.com"),
    "e-mail to the council without an identifier": lines(
        "From: Karen Whitfield <kwhitfield55@yahoo.com>\nTo: Public Comment <publiccomment@mesalindaca.gov>\n"
        "I support the energy efficiency program.\nKaren Whitfield\nCell: 760-244-9031"),
    "letter whose account is the City's, wrapped across lines": lines(
        "Dear Members of the Council,\nThe library's SCE acct 2-38-226-4419 shows our\nbills rising; staff will "
        "report in May.\nRespectfully,\nOdalys Ferreira\n+1 626 410 3391"),
    "letter to an agency that names an account, with no 'your'": lines(
        "Dear Members of the Board,\nThe Senior Center's SCE acct 2-38-226-4419 moves to PCE on July 1.\n"
        "Sincerely,\nOdalys Ferreira, Facilities Manager\n505 S. Garey Ave\n(626) 410-3391"),
    "staff member introducing themself beside the City's account": lines(
        "Good morning, my name is Odalys Ferreira, Facilities Manager.\nThe Senior Center's SCE acct 2-38-226-4419 "
        "moves to PCE on July 1; questions to 505 S. Garey Ave."),
    "resident introducing themself with no identifier": lines(
        "Dear Council, my name is Noemi Estrada and I live at 880 Quail Run Rd.\nPlease keep the library open."),
    "staff e-mail about the program's usage": lines(
        "From: Priya Raman <praman@pomonaca.gov>\nTo: Energy Team\nOur program usage fell to 1,200,000 kWh.\n"
        "Priya Raman\n505 S. Garey Ave"),
    "resident's letter signed without a closing word, with no identifier": lines(
        "Tomasz Adeyemi-Ruiz\n7730 Laurel Oak Ct\nTo the Mayor and Council:\nMy street needs a crosswalk before "
        "the school year.\nTomasz Adeyemi-Ruiz"),
    "staff memo": lines("STAFF REPORT\nFROM: Thomas Whitaker, City Manager\nSUBJECT: Budget\n"
                        "Our account 101-4310-5101 funds the program."),
}


@pytest.mark.parametrize("parts, expected", FOUND.values(), ids=list(FOUND))
def test_writers_giving_their_identifier_are_customers(parts, expected):
    assert fields_by_kind(parts) == expected


@pytest.mark.parametrize("parts", NOT_FOUND.values(), ids=list(NOT_FOUND))
def test_other_correspondence_stays_public(parts):
    assert fields_by_kind(parts) == {}


def test_the_signer_of_a_letter_to_a_customer_is_staff():
    letter = lines("Dear Ms. Lopez,\nWe reviewed your account 2-23-456-7890.\nSincerely,\nJane Doe, Customer Care")
    assert fields_by_kind(letter)["name"] == ["Ms. Lopez"]


def test_the_number_a_letter_will_call_its_customer_at_is_theirs_not_the_office_s():
    letter = lines("Dear Mr. Lin:\nOur review found that your meter recorded 1,172 kWh in February. A field technician "
                   "will call you at 562.835.8426 to schedule a visit. Questions? Call our Customer Care line at "
                   "(909) 620-2311 or (909) 555-0100.\nSincerely,\nDenise Alvarado")
    assert fields_by_kind(letter)["phone"] == ["562.835.8426"]
    # the words that make it theirs cut by a line break, as a scanned letter's lines are
    scanned = lines("Dear Ilse Lozano:\nOur records show your account 8001234567 used 845 kWh. Please reply to the phone\n"
                    "number we have on file, (909) 621-4432, so we can review your account. Or reply to\n"
                    "our office at (909) 555-0100.\nSincerely,\nBilling Office")
    assert fields_by_kind(scanned)["phone"] == ["(909) 621-4432"]


@pytest.mark.parametrize("text, expected", [
    # the identifier in the reference line above a salutation no list knows
    ("RE: Account 3-221-4410-17\nTo Pomona Choice Energy,\nPlease stop my service, I am moving.\nThank you,\n"
     "Armen Petrosyan\n1183 N Garey Ave Apt 12\nPomona, CA 91767",
     {"name": ["Armen Petrosyan"], "address": ["1183 N Garey Ave Apt 12"]}),
    # an e-mail body with no salutation: read back from its closing
    ("Subject: my bill\nMy PCE account is 3-221-4410-17. The charge is wrong.\nRegards,\nLiwayway Dela Cruz\n"
     "(909) 437-2281", {"name": ["Liwayway Dela Cruz"], "phone": ["(909) 437-2281"]}),
    # staff signing a note about an account: not the writer's own
    ("Staff reviewed account 3-221-4410-17 for the audit. The program is on track.\nThank you,\n"
     "Jane Doe, Program Manager", {}),
])
def test_writers_without_a_salutation(text, expected):
    assert fields_by_kind(lines(text)) == expected


def test_a_letter_with_an_identifier_is_to_a_customer_without_saying_your_account():
    """'We received your hardship application for Utility Acct ...': the identifier says whose the letter is, so
    its address block is the customer's, whether or not it speaks of "your account"."""
    letter = lines("June 3, 2026\nDarnell Whitcomb\n611 Juniper Crest Ct\nPomona, CA 91767\nDear Darnell,\n"
                   "We received the hardship application for Utility Acct 0031-559802-14.\nSincerely,\n"
                   "Billing Supervisor")
    assert fields_by_kind(letter) == {"name": ["Darnell Whitcomb"],
                                      "address": ["611 Juniper Crest Ct"]}


def test_a_letter_without_a_closing_is_no_customer_s_over_the_packet_s_next_pages():
    """A letter in an agenda packet that names an account but never closes: without a "your account" the pages
    after it (a purchase order to a firm, a program's average) are not its body."""
    packet = [*lines("Dear Pomona Choice Energy,\nThe meter on acct 5520918834 was read twice in June.", page=4),
              *lines("Agenda Item 12\nThe average residential customer used 518 kWh per month.", page=5),
              *lines("Agenda Item 13\nPurchase order 4500219920 was issued to Arroyo Sign Co., 318 S Second Ave, "
                     "Covina, CA 91723, tel", page=6)]
    assert not findings(AddressDetector, packet) and not findings(EnergyUsageDetector, packet)


def test_an_average_in_a_resident_s_e_mail_is_no_usage_of_theirs():
    found = fields_by_kind(lines("From: Tomas Reyes <treyes88@charter.net>\nTo: customercare@pomonachoiceenergy.org\n"
                                 "My bill is too high; the average home uses 500 kWh.\nTomas Reyes\n2214 Fremont Ave"))
    assert "usage" not in found and "address" not in found


def test_a_service_requests_applicant_block_over_its_account():
    """A permit portal's record: the applicant's address block ("Meadowcrest CO, 81520": a comma after the state too)
    over a description that gives the customer's account."""
    record = lines("Record SR26-1403: Utility Billing Inquiry\nApplicant:\nDrew Simmons\n3556 Rood Road\n"
                   "Meadowcrest CO, 81520\nHome Phone:(970) 612-4471\n"
                   "Project Description: Customer states bill for account PB-7708435-03 doubled; requests rebill.")
    found = fields_by_kind(record)
    assert found["name"] == ["Drew Simmons"] and found["address"][0].startswith("3556 Rood Road")


def test_staff_forwarding_a_customer_s_e_mail_is_no_customer():
    """A packet's forwarded e-mail: the "From:" line and the signature are the City's staff member's (a government
    mailbox); the customer is the one quoted under "On ... wrote:"."""
    found = fields_by_kind(lines(
        "From: Odalys Brennan <obrennan@riverbend-ca.gov>\nSubject: FW: billing question\n\n"
        "On Mon, Mar 3, 2025 at 9:12 AM Kofi Mensah <kmensah44@outlook.com> wrote:\n> My account number is 4417203-551.\n"
        "\n--\nOdalys Brennan | Customer Programs Manager | (951) 330-2217"))
    assert "Odalys Brennan" not in found.get("name", [])
    assert "(951) 330-2217" not in found.get("phone", [])
    assert "kmensah44@outlook.com" in found.get("email", [])
    assert "Kofi Mensah" in found.get("name", [])


def test_a_forwarded_e_mail_s_quoted_writer_gives_their_contacts_without_an_account_word_nearby():
    """The quoted writer's mailbox, home and usage are theirs, though the only identifier is in a later line."""
    found = fields_by_kind(lines(
        "From: Odalys Brennan <obrennan@riverbend-ca.gov>\nSubject: FW: high bill\n\nForwarding for the packet.\n\n"
        "On Tue, Feb 4, 2025 at 7:18 PM Talia Seumalo talia_seumalo61@sbcglobal.net wrote:\n"
        "> Dear Council, I live at 3902 East Ocotillo Way.\n> My account number is W604412-09 and my January bill "
        "shows 3,021 kWh.\n\n--\nOdalys Brennan | Customer Programs Manager | (951) 330-2217"))
    assert "talia_seumalo61@sbcglobal.net" in found.get("email", [])
    assert "(951) 330-2217" not in found.get("phone", [])
    assert "Odalys Brennan" not in found.get("name", [])


def test_a_deposit_letter_gives_its_customer_s_usage_and_phone_on_file():
    """"Your deposit" speaks to a customer as "your bill" does; the usage and the phone on file in the body are theirs."""
    found = fields_by_kind(lines("Dalia Ferreira\n2417 E Mission Blvd\nDear Dalia Ferreira,\nYour deposit was refunded. "
                                 "Usage history verified: 1,204.5 kWh; phone on file 626-718-3390.\nSincerely,\n"
                                 "Billing Services"))
    assert found.get("phone") == ["626-718-3390"]
    assert "Dalia Ferreira" in found.get("name", [])


def test_a_contact_block_on_file_under_a_notice_is_the_customer_s():
    found = fields_by_kind(lines("Dalia Ferreira\n2417 E Mission Blvd\nPomona, CA 91766\n\nYour account is past due.\n\n"
                                 "CONTACT ON FILE\nPhone: 626-718-3390\nEmail: dferreira12@gmail.com"))
    assert found.get("phone") == ["626-718-3390"]


def test_a_letter_to_no_named_customer_keeps_the_office_s_line():
    found = fields_by_kind(lines("Dear Customer,\nYour deposit will be refunded after 12 months of on-time payments.\n"
                                 "Questions? Phone: 626-718-3300\nSincerely,\nBilling Services"))
    assert found == {}


def test_a_customer_whose_surname_is_a_place_word_in_a_letters_block_and_salutation():
    """No one writes "Dear Victoria Park," to a park: a given name and a surname that is a place word ("Hall")
    are the customer's name in a letter's address block and salutation."""
    letter = lines("Lakeview Public Power\nCustomer Service Division\n\nMarch 14, 2026\n\nVictoria Hall\n"
                   "3824 W Saguaro Bloom St\nLakeview, NV 89410\n\nRE: Account Number 7640-363927-44\n\n"
                   "Dear Victoria Hall,\nOur records show your electricity use was 2,772 kWh for February.\n\n"
                   "Sincerely,\n\nCustomer Service Division")
    found = fields_by_kind(letter)
    assert found["name"] == ["Victoria Hall", "Victoria Hall"] and found["address"] == ["3824 W Saguaro Bloom St"]
    venue = lines("Lakeview Parks and Recreation\n\nDear Residents,\nThe spring concert moves to Victoria Park, "
                  "3824 W Saguaro Bloom St, on May 2.\n\nSincerely,\n\nParks Staff")
    assert "name" not in fields_by_kind(venue)



def test_a_letter_signed_by_staff_without_a_closing_word_ends_at_the_signature_or_the_next_item():
    """A packet's letter whose writer signs with a name and a title and no "Sincerely": what follows (a vendor's
    award, a class's usage) is no part of it."""
    packet = ("LETTER - APPEAL DECISION\n\nMs. Ines Carvalho\n266 Norway Pine Ct\nLakeview, WI 54308\n\n"
              "RE: Your appeal of account 2-56-783-1134\n\nDear Ms. Carvalho:\n\nYour meter was tested on "
              "November 20 and found accurate; the 1,545 kWh billed for October stands.\n\n"
              "Dale Ortiz, Customer Service Supervisor\n\nBUDGET AMENDMENT - Item 8.6\n\n"
              "Staff recommends award of Contract No. 2026-89 to Fox Valley Meter Services, 455 Commerce Ct, "
              "Neenah, WI 54956.\n\nIn 2025 the residential class used 62,351,180 kWh across 12,397 accounts.\n")
    found = values_found("packet.txt", packet, ("address", "energy_usage"))
    assert found == {"address": ["266 Norway Pine Ct"], "energy_usage": ["1,545 kWh"]}
    heading = ("Dear Ms. Carvalho:\nYour account 2-56-783-1134 used 1,545 kWh.\n\nATTACHMENT B - CONTRACT\n"
               "Fox Valley Meter Services, 455 Commerce Ct, Neenah, WI 54956, used 88,120 kWh.\n")
    assert values_found("packet.txt", heading, ("address", "energy_usage")) == {"energy_usage": ["1,545 kWh"]}


def test_a_customers_letter_gives_the_sender_blocks_address_and_no_date_for_one():
    letter = ("<blockquote>Ines Carvalho<br>4411 Riverside Dr<br>Lakeview, WI 54309<br><br>December 2, 2026<br><br>"
              "Lakeview Light &amp; Water<br>Attn: Utility Commission<br><br>To the Commission,<br><br>I am writing to "
              "appeal the disconnection notice on my account 57-481784-05. Please call me at (920) 630-3350.<br><br>"
              "Sincerely,<br>Ines Carvalho</blockquote>")
    found = values_found("letter.html", letter, ("address", "customer_name", "phone"))
    assert found == {"address": ["4411 Riverside Dr"], "phone": ["(920) 630-3350"], "customer_name": ["Ines Carvalho"]}


def test_a_customers_e_mail_gives_the_senders_mailbox_not_the_recipients():
    mail = ("From: Ines Carvalho <ines.carvalho@yahoo.com>\nTo: Utility Commission <commission@lakeviewlw.org>\n"
            "Cc: Billing Office <billing@lakeviewlw.org>\nSubject: Appeal of my shutoff notice\n\n"
            "My electric account is 0262646867. You can reach me at (715) 628-4071.\n")
    assert values_found("appeal.eml", mail, ("email",)) == {"email": ["ines.carvalho@yahoo.com"]}


def test_a_page_holding_a_customers_record_is_no_notice_to_them():
    """A web page (or a packet's page) with one customer's record and no address block of its own is no notice:
    a contractor's office address further down stays the contractor's."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    page = (b"<main><p>Summary of allegations: the customer alleges that the District disconnected service without "
            b"the 7-day notice. Customer e-mail on file: oyelaran.t88@hotmail.com.</p><p>Voicemail transcription: "
            b"&quot;Hi, this is Ikenna Obi calling about my bill, account number 0477 1490 23. We're at 3931 Sandhill "
            b"Ct, Red Willow, NE 69001.&quot;</p><p>Contractor Prairie Meter Works (FEIN 46-0912287, 2300 Industrial "
            b"Rd, Kearney, NE 68847, 308-555-9100) performed the work.</p></main>")
    found = scan_document(extract("https://pud.example/case.html", page), load_detectors({}))
    assert [d.value for d in found if d.category == "address"] == ["3931 Sandhill Ct, Red Willow, NE 69001"]
