"""Red team memo17's causes in prose, letters, memos and e-mails, end to end through the extractor and every registry
detector: a hearing witness's testimony, a customer's e-mail signed under "Thanks,", ...

Hard negatives are a city site's text: a staff witness, a staff e-mail signed with a title.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "credential",
           "taxpayer_id")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- C1: a hearing transcript's witness, who gives the account number when asked -------------------------------------

HEARING = ("RATE APPEALS PANEL - VERBATIM RECORD\n\n"
           "PRESIDING OFFICER: Please state your name and your service address for the record.\n\n"
           "THE WITNESS: My name is Ottilie Brandauer. I live at 2281 Prairie Clover Ln Apt 6, here in town.\n\n"
           "PRESIDING OFFICER: And your account number?\n\n"
           "THE WITNESS: It's 71-40318-22. It's on the statement.\n")


def test_a_witness_who_gives_their_account_number_is_the_customer():
    result = found("hearing.txt", HEARING)
    assert result["customer_name"] == ["Ottilie Brandauer"]
    assert result["address"] == ["2281 Prairie Clover Ln Apt 6"]
    assert result["account_number"] == ["71-40318-22"]


def test_a_staff_witness_naming_their_office_is_no_customer():
    text = ("PRESIDING OFFICER: Please state your name for the record.\n\n"
            "THE WITNESS: My name is Dorrit Kuhlmann, Meter Services Supervisor for the utility.\n\n"
            "PRESIDING OFFICER: Which account number did you review?\n\n"
            "THE WITNESS: Account 71-40318-22, at the request of the panel.\n")
    assert "customer_name" not in found("hearing.txt", text)


# -- C2: a customer's e-mail from a bare mailbox, signed under "Thanks," ---------------------------------------------

SIGNED = ("From: wrenfamily88@prairienet.net\nSent: Monday, April 6, 2026 8:14 AM\nTo: billing@cityutility.org\n"
          "Subject: budget billing\n\nHello, I want to sign up for budget billing. Our bill last month was $280 and "
          "we used 1,145 kWh. We are retired.\n\nThanks,\nHelmut Wrenberg\n6120 Bur Oak Ct Apt 2B\n(620) 441-7083\n")


def test_a_customers_e_mail_signed_under_thanks_gives_name_home_and_phone():
    result = found("memo.txt", SIGNED)
    assert result["customer_name"] == ["Helmut Wrenberg"]
    assert result["address"] == ["6120 Bur Oak Ct Apt 2B"]
    assert result["phone"] == ["(620) 441-7083"]
    assert result["energy_usage"] == ["1,145 kWh"]


def test_a_staff_e_mail_signed_with_a_title_is_the_citys():
    text = ("From: jkessler@cityutility.org\nTo: council@cityutility.org\nSubject: outage update\n\n"
            "Crews restored power to the Bur Oak feeder at 4 pm. The average home used 612 kWh in March.\n\n"
            "Thanks,\nJana Kessler, Distribution Superintendent\n400 N Main St\n(620) 441-7000\n")
    assert found("memo.txt", text) == {}


# -- C4: the usage of a case's bill in the next numbered paragraph ----------------------------------------------------

def test_the_disputed_bills_kwh_in_the_next_finding_is_the_customers():
    text = ("FINDINGS OF FACT\n\n1. Appellant Ludmila Sedlacek is the customer of record at 3309 Foxtail Ct under "
            "Customer No. 551902.\n\n2. The disputed bill reflects 2,214 kWh for the period of November 4 through "
            "December 5, 2025.\n")
    assert found("decision.txt", text)["energy_usage"] == ["2,214 kWh"]


def test_a_class_average_after_a_case_is_no_customers_usage():
    text = ("1. Appellant Ludmila Sedlacek is the customer of record under Customer No. 551902.\n\n"
            "2. The average residential customer used 640 kWh in December; the disputed bill was reviewed by staff.\n")
    assert "energy_usage" not in found("decision.txt", text)


# -- packet17 E: a Tongan name whose okina is typed as an apostrophe ---------------------------------------------------

OKINA_LETTER = ("November 2, 2026\n\n{name}\n2716 Sagebrush Bend\nMesa Hollow, UT 84733\n\n"
                "To whom it may concern,\n\nI am writing about my bill for account 0533-71904-16. The October bill says "
                "we used 1,904 kWh. Please call me at (435) 772-3158.\n\nSincerely,\n\n{name}\n")


def test_a_name_opening_with_an_apostrophe_okina_signs_the_letter():
    for name in ("'Ofa Vaipulu", "\u2018Ofa Vaipulu", "\u02bbOfa Vaipulu"):
        assert set(found("letter.txt", OKINA_LETTER.format(name=name))["customer_name"]) == {name}


def test_a_quoted_program_name_is_no_person():
    text = "Customer No. 551902 enrolled in the 'Budget Billing' plan on March 3.\n"
    assert "customer_name" not in found("note.txt", text)


# -- packet17 G: the utility's own address in the inside address of a customer's letter -------------------------------

def test_the_office_under_an_attention_line_is_not_the_writers_address():
    text = ("November 2, 2026\n\nRavi Thapa Magar\n611 W 400 N\nMesa Hollow, UT 84733\n\nPinyon Valley Power & Light\n"
            "Attn: Billing\n25 S 300 E\nMesa Hollow, UT 84733\n\nI am writing about my bill for account SGC-448120-07. "
            "Please call me at (435) 772-9021.\n\nSincerely,\nRavi Thapa Magar\n")
    result = found("letter.txt", text)
    assert result["address"] == ["611 W 400 N"]
    assert result["customer_name"] == ["Ravi Thapa Magar"]


# -- C9, C12: the customer's own contact preference in a letter to them ------------------------------------------------

PREFERENCE = ("Re: Your letter of April 2 regarding Premise 50218834\n\nDear Mr. Okonkwo:\n\n"
              "You asked that we use {contact} for future contact; we have updated your preferences accordingly. "
              "For questions about the adjustment, e-mail our billing desk at billing@pinyonpower.org or call our "
              "supervisor, Marta Jelinek, at 620-555-0100 or mjelinek@pinyonpower.org.\n\nSincerely,\n\nMarta Jelinek\n"
              "Customer Service Supervisor\n")


def test_a_phone_the_customer_asked_us_to_use_is_theirs():
    for phone in ("(620) 318-4470", "620.318.4470", "620 318 4470"):
        result = found("letter.txt", PREFERENCE.format(contact=phone))
        assert result["phone"] == [phone]


def test_a_mailbox_at_a_regional_provider_the_customer_asked_us_to_use_is_theirs():
    result = found("letter.txt", PREFERENCE.format(contact="okonkwofam@prairiewave.net and 620.318.4470"))
    assert result["email"] == ["okonkwofam@prairiewave.net"]
    assert result["phone"] == ["620.318.4470"]


# -- city17: a utility's inside address in a customer's letter; staff headers above a quoted customer's e-mail -------

def test_the_light_plants_inside_address_is_not_the_customers():
    text = ("Tomasz Wierzba\n88 Cranberry Bog Rd\nMill Harbor, MA 02370\n\nMarch 3, 2026\n\n"
            "Mill Harbor Municipal Light Plant\n15 Depot Sq\n\nRe: Account 05-2210-07\n")
    result = found("letter.txt", text)
    assert result["address"] == ["88 Cranberry Bog Rd"]


def test_staff_mailboxes_in_the_outer_headers_of_a_quoted_customer_e_mail_are_the_citys():
    text = ("From: Renata Kowalczyk <rkowalczyk@millharborlight.com>\nTo: Dev Ramnarine <dramnarine@millharborlight.com>\n"
            "Subject: RE: payment plan\n\nDev - can you look at this one too?\n\nRenata\n\n-----Original Message-----\n"
            "From: Ilse Brandvold <ilse.brandvold@comcast.net>\nSent: Monday, March 2, 2026 7:10 PM\n"
            "To: billing@millharborlight.com\nSubject: payment plan\n\nI am writing about account 05-3318-02 at 19 Pond St. "
            "My February usage was 1,912 kWh and I need a payment plan.\n\nThank you,\nIlse Brandvold\n")
    result = found("thread.eml", text)
    assert result["email"] == ["ilse.brandvold@comcast.net"]
    assert set(result["customer_name"]) == {"Ilse Brandvold"}


# -- memo17: a newsletter's title and issue read as "Last, First" -----------------------------------------------------

def test_a_newsletters_title_and_season_is_no_name():
    text = ("Power Lines - Mill Harbor Light Customer Newsletter, Winter 2026\n\nMeet your neighbors! Ingrid Solberg "
            "of 77 Kiln Rd enrolled in Budget Billing. Last winter her household used 1,402 kWh.\n")
    result = found("newsletter.txt", text)
    assert result["customer_name"] == ["Ingrid Solberg"]


def test_a_customer_named_last_first_with_a_season_given_name_is_still_a_name():
    result = found("note.html", "<p>Customer Ruiz, Summer called from 909-555-0142 about acct 5521-33098.</p>")
    assert result["customer_name"] == ["Ruiz, Summer"]


# -- C7: Burmese and Karen names, whose syllables may be English words ------------------------------------------------

def test_burmese_and_karen_names_beside_a_home_and_usage():
    for name in ("Khin Mya Thwe", "Saw Htoo Moo", "Naw Paw Eh Htoo", "Ma Ei Phyu"):
        text = f"<p>{name} of 2210 Bluestem Ave enrolled in Budget Billing. Last winter the household used 1,377 kWh.</p>"
        assert found("story.html", text)["customer_name"] == [name]


def test_a_karen_name_keeps_its_honorific_beside_an_account():
    result = found("note.txt", "Saw Eh Ku Htoo (Customer No. 204417) asked for a payment extension.\n")
    assert result["customer_name"] == ["Saw Eh Ku Htoo"]


def test_english_words_that_are_also_name_syllables_are_no_name():
    assert "customer_name" not in found("flyer.html", "<p>Say Win Big at the Harvest Fair! Call 620-555-0100 or "
                                        "visit 400 N Main St. Tickets May Win prizes.</p>")


# -- city17 E: a name a PDF's line break cuts after a sentence's end --------------------------------------------------

def test_a_name_cut_by_a_line_break_before_its_home_in_an_anchored_record():
    text = ("Abatement appeal. Mele\nFaleafa of 218 Cordwood Ln appealed the denial of an abatement on account\n"
            "09-5521-04.\n")
    result = found("packet.txt", text)
    assert result["customer_name"] == ["Mele Faleafa"]  # one finding over both lines
    assert result["address"] == ["218 Cordwood Ln"]


def test_a_sentences_first_word_over_a_count_is_no_name():
    text = ("Meter audit of account 09-5521-04 closed. Phase\nTwo of 3 crews resumed work on the feeder.\n")
    assert "customer_name" not in found("packet.txt", text)


# -- C11: a bare "Name - Address" line on a page that names an account ------------------------------------------------

def test_a_name_and_home_line_beside_an_accounts_review_is_a_customers():
    text = ("DEPOSIT WAIVER REVIEW\n\nAccount 3390-1187-2 was reviewed for a deposit waiver.\n\n"
            "Yadira Xicay Tzul - 1420 Bluestem Ct Apt 5\n")
    result = found("review.txt", text)
    assert result["customer_name"] == ["Yadira Xicay Tzul"]
    assert result["address"] == ["1420 Bluestem Ct Apt 5"]


def test_offices_firms_and_staff_lines_beside_an_account_are_no_customers():
    text = ("DEPOSIT WAIVER REVIEW\n\nAccount 3390-1187-2 was reviewed for a deposit waiver.\n\n"
            "Customer Service Office - 400 N Commerce St\nPrairie Solar Installers - 12 Industrial Way\n"
            "Jana Kessler, Billing Supervisor - 400 N Commerce St\n")
    assert set(found("review.txt", text)) == {"account_number"}


def test_a_name_and_address_line_on_a_page_naming_no_account_is_left_alone():
    text = "HISTORIC HOMES WALKING TOUR\n\nAugusta Pfannenstiel - 214 W 3rd St\nOtto Brackmann - 306 W 3rd St\n"
    assert found("tour.txt", text) == {}


# -- docs16: a note's payment arrangement "per" a tenant, and a staff member's approval -------------------------------

def test_a_payment_arrangement_per_a_tenant_gives_the_tenants_name_and_phone():
    result = found("note.html", "<p>Pmt arrangement per Roswitha Kampe (tenant), call (440) 512-3386 after 5pm - JM</p>")
    assert result == {"customer_name": ["Roswitha Kampe"], "phone": ["(440) 512-3386"]}


def test_a_payment_arrangement_per_a_supervisor_is_staffs():
    assert found("note.html", "<p>Pmt arrangement approved per Dana Kirsch (supervisor), call (440) 512-3000 "
                              "with questions.</p>") == {}


# -- packet17 F: a staff reply that gives the customer's reading --------------------------------------------------------

REPLY = ("From: Odile Marchetti <omarchetti@pinyonvalley.gov>\nSent: Tuesday, September 8, 2026 3:12 PM\n"
         "To: Kasimir Wendt <kwendt58@hotmail.com>\nSubject: RE: high bill\n\nHi Kasimir, {sentence} Let me know if "
         "you need anything else.\n\nOdile\n")


def test_a_staff_reply_to_a_customers_mailbox_gives_their_reading():
    result = found("reply.txt", REPLY.format(sentence="the reread came back at 1,846 kWh so the bill stands."))
    assert result["energy_usage"] == ["1,846 kWh"]


def test_a_staff_reply_quoting_the_class_average_gives_no_reading():
    result = found("reply.txt", REPLY.format(sentence="the average home here uses 612 kWh in September."))
    assert "energy_usage" not in result
