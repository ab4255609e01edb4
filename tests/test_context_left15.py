"""Red teams city15, prose15 and pdf15's remaining causes, end to end through the extractor and every registry
detector: a small co-op's coded accounts, names written with an ʻokina, greetings, wrapped labels and notes.

Hard negatives are a city site's text: forms, routes, bills and statutes in the coded account's look, a letter's
staff contact, a physician's office.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- 1: a co-op's coded account, letters, a space and digits -------------------------------------------------------

def test_a_coded_account_after_an_account_label_in_a_sentence():
    result = found("notes.txt", "Customer Tevita Havili phoned about her propane acct KRP 48213, billed twice.")
    assert result["account_number"] == ["KRP 48213"]


def test_a_coded_account_after_a_co_op_member_label():
    result = found("notes.txt", "Cascade Rural Gas Co-op member #: CRG 70451")
    assert result == {"account_number": ["CRG 70451"]}


def test_a_coded_account_in_an_account_column_of_a_customer_table():
    result = found("t.html", "<table><tr><th>Customer</th><th>Account</th></tr>"
                   "<tr><td>Nani Kahale</td><td>KRP 51930</td></tr></table>")
    assert result["account_number"] == ["KRP 51930"]


@pytest.mark.parametrize("text", [
    "Please submit Form ABC 12345 to the City Clerk.",
    "Take Route SR 12544 north to the treatment plant.",
    "Unit APT 20422 is the model unit.",
    "Purchase order PO 45123 was approved by Council.",
    "Council adopted HB 12345 and ORS 65612 applies.",
    "Budget Account: FY 20261 appropriations.",
    "The Cascade Rural Gas Co-op serves 4,200 homes; see KRP 48213 on the map.",
])
def test_the_coded_look_without_an_account_label_is_no_account(text):
    assert "account_number" not in found("page.txt", text)


# -- 8: "first", "next", "additional" name a tier only right before its figure ----------------------------------------

def test_a_customers_first_bill_gives_its_reading():
    result = found("story.html", "<p>When Ruth Okonkwo called us, she had just moved into 4120 W Sandia Vista Rd. "
                   "Her first bill showed 2,318 kilowatt hours.</p>")
    assert result["energy_usage"] == ["2,318 kilowatt hours"]


def test_a_tiers_first_and_next_blocks_are_no_reading():
    result = found("rates.html", "<p>Customer Ruth Okonkwo of 4120 Sandia Vista Rd is on Tier 1: the first 300 kWh "
                   "are billed at 9 cents, the next 500 kWh at 12 cents, and each additional 100 kWh costs more.</p>")
    assert "energy_usage" not in result


# -- 6: the ʻokina is a letter of a Hawaiian name ---------------------------------------------------------------------

@pytest.mark.parametrize("given", ["Leiʻnani", "Lei\u2018nani", "Lei\u2019nani"])
def test_a_name_written_with_an_okina(given):
    result = found("notes.txt", f"{given} Kahananui (self-employed) - 5120 Koa Pl - acct 5172-448190.")
    assert result["customer_name"] == [f"{given} Kahananui"]


def test_a_quoted_place_name_keeps_its_quote_out():
    result = found("notes.txt", "The \u2018Kalama Park\u2019 project was approved by Council.")
    assert result == {}


# -- 12: a hyphenated given name, a middle initial and a place word's surname -----------------------------------------

def test_a_hyphenated_given_name_a_middle_initial_and_park():
    result = found("notes.txt", "Customer Min-jae K. Park, 3318 Birch Ct, acct 6630-118274.")
    assert result["customer_name"] == ["Min-jae K. Park"]


# -- 5: a customer portal's e-mail: its greeting and "account for" --------------------------------------------------

def test_a_portal_emails_greeting_names_the_customer():
    result = found("notice.txt", "Dear Oksana Verbytska, your password has been reset.")
    assert result == {"customer_name": ["Oksana Verbytska"]}


def test_a_portal_account_for_a_number():
    result = found("notice.txt", "Your MyMeter account for 61-4402-83 has been locked.")
    assert result == {"account_number": ["61-4402-83"]}


@pytest.mark.parametrize("text", [
    "Dear Oksana Verbytska, thank you for your comments on the Riverside Park plan.",
    "Residential customers account for 45 percent of sales in 2024-2025.",
    "These funds account for 2024-25 capital costs.",
])
def test_a_thank_you_letter_and_account_for_as_a_verb(text):
    assert found("page.txt", text) == {}


# -- false findings: a letter's staff contact, a customer's physician -------------------------------------------------

def test_the_staff_member_a_letter_sends_questions_to_is_no_customer():
    result = found("letter.txt", "Dear Tomasz Wrobel:\n\nWe received your application for a deposit waiver. We "
                   "verified your identity using ITIN 912-81-4420. Questions: call Ingrid Solberg at (541) 388-2207. "
                   "We have your contact number as 541-612-9034.\n\nSincerely,\nBilling Office")
    assert "Ingrid Solberg" not in result.get("customer_name", [])
    assert "(541) 388-2207" not in result.get("phone", [])
    assert "Tomasz Wrobel" in result["customer_name"]


def test_a_customer_with_questions_in_a_case_note_keeps_their_phone():
    result = found("notes.txt", "Customer Ana Ruiz (acct 4417-220931) had questions, call her at 909-412-7730.")
    assert result["phone"] == ["909-412-7730"]


@pytest.mark.parametrize("text", [
    "Dr. Valdez's office faxed the medical certificate for Rina Takeda this morning. Flag Account No. 5528-331904.",
    "Medical certificate signed by Dr. Valdez for Rina Takeda, Account No. 5528-331904.",
])
def test_the_customers_physician_is_no_customer(text):
    result = found("note.txt", text)
    assert result["customer_name"] == ["Rina Takeda"]


def test_a_customer_called_doctor_with_a_given_name_is_found():
    result = found("note.txt", "Dr. Meera Patel, 412 Alder St, acct 4417-220931, called about her bill.")
    assert result["customer_name"] == ["Dr. Meera Patel"]


# -- 2: a column's wrapped lines: an organisation's abbreviation, a street cut at its type, a phone's sentence -------

def test_a_line_ending_in_an_utilitys_abbreviation_runs_on_to_the_account():
    result = found("packet.txt", "Appeal 7-02. Tekle Gebru of 5521 Juniper Bench Rd\n(phone (541) 288-0416) "
                   "requested relief on NW Util.\nAccount 63-2291-40. Winter usage reached 1,884\nkWh.\n")
    assert result["customer_name"] == ["Tekle Gebru"]
    assert result["phone"] == ["(541) 288-0416"]
    assert result["account_number"] == ["63-2291-40"]


def test_a_street_cut_before_its_type_keeps_the_phone_after_it():
    result = found("packet.txt", "Appeal 7-03. Liesel Brandt of 2290 Aspen\nHollow Rd (phone (541) 288-7731) "
                   "requested relief on\nAcct 5530-118274. Winter usage reached 842 kWh.\n")
    assert result["phone"] == ["(541) 288-7731"]


def test_a_street_whose_name_ends_in_a_type_word_and_whose_type_opens_the_next_line_is_whole():
    """"7702 Willow Hollow" is a whole address by its shape, but the next line's "Rd" is its type."""
    result = found("packet.txt", "Appeal 7-04. Oskar Lindqvist of 7702 Willow Hollow\nRd (phone (541) 288-1093) "
                   "requested relief on\nAcct 5530-118290. Winter usage reached 917 kWh.\n")
    assert result["address"] == ["7702 Willow Hollow Rd"]
    assert result["phone"] == ["(541) 288-1093"]


@pytest.mark.parametrize("below", ["Road crews repaired the main on Tuesday.", "St. Luke's parish hall hosts the clinic."])
def test_a_line_opening_with_a_street_word_in_a_sentence_of_its_own_does_not_extend_an_address(below):
    result = found("packet.txt", f"Customer Oskar Lindqvist, acct 5530-118290, 7702 Willow Hollow\n{below}\n")
    assert result["address"] == ["7702 Willow Hollow"]


def test_a_firms_phone_in_the_next_sentence_after_a_department_stays_out():
    result = found("packet.txt", "Customer Liesel Brandt, acct 5530-118274, was referred to the Finance Dept.\n"
                   "Larkfield Hardware at 1880 Foothill Blvd, (541) 555-0144, donated the heaters.\n")
    assert "(541) 555-0144" not in result.get("phone", [])
    assert "1880 Foothill Blvd" not in result.get("address", [])


def test_a_firms_phone_in_a_sentence_the_line_above_opens_stays_out():
    """A column's wrap: "... Larkfield Hardware at 1880" / "Foothill Blvd, (541) 555-0144, donated ..." is one
    sentence, which names the firm."""
    result = found("minutes.txt", "Item 4: Claim of Oskar Lindqvist. The claimant, who resides at 7702 Willow Ave, "
                   "alleges that a power\nsurge damaged a freezer. Marta Kowal reported that the claimant\ncan be "
                   "reached at (541) 288-1093. The committee recommended denial. Larkfield Hardware at 1880\n"
                   "Foothill Blvd, Brookton, (541) 555-0144, donated the space heaters.\n")
    assert result["phone"] == ["(541) 288-1093"]


# -- 3: a label sentence that ends its line on its verb, the value alone on the next --------------------------------

@pytest.mark.parametrize("last", ["My account number is 6610-448203.", "I was billed twice on acct 6610-448203."])
def test_an_address_alone_after_a_sentence_left_open_on_its_verb(last):
    result = found("letter.txt", f"My name is Halvard Roos and my service address is\n7731 Sandpiper Ln.\n{last}\n")
    assert result["address"] == ["7731 Sandpiper Ln."]


def test_an_offices_address_alone_after_its_sentence_stays_out():
    result = found("notice.txt", "The mailing address of the Utility Billing office is\n410 Tidewater Ave.\n"
                   "Customer Halvard Roos paid acct 6610-448203 in full.\n")
    assert "address" not in result


# -- 9: a log's key=value lines in an HTML <pre> ----------------------------------------------------------------------

def test_a_log_line_in_a_pre_is_a_record_of_its_keys():
    result = found("log.html", '<h2>From the log</h2><pre>acct=WB55120394 read_kwh=2871 cust="Oyelaran Adebisi"\n'
                   "acct=WB55120411 read_kwh=906 cust=\"Marguerite Paquin\"</pre>")
    assert result["energy_usage"] == ["2871", "906"]
    assert result["customer_name"] == ["Oyelaran Adebisi", "Marguerite Paquin"]


def test_a_code_example_of_pairs_in_a_pre_is_no_record():
    assert found("dev.html", "<pre>x=10 y=20 width=400 height=300\nGET /status?page=2&amp;sort=name 200</pre>") == {}


# -- 4: a note's name, account and ITIN one after another --------------------------------------------------------------

def test_a_comments_name_account_and_itin_with_no_labels_between():
    result = found("page.html", "<p>Records are posted monthly.</p><!-- staff: Mose Tauiliili 6230-448172 ITIN "
                   "912-74-3310 used for deposit waiver, do not release -->")
    assert result["customer_name"] == ["Mose Tauiliili"]
    assert result["account_number"] == ["6230-448172"]


def test_a_staff_contact_with_no_identifier_stays_out():
    result = found("page.html", "<p>Staff: Mose Tauiliili, Billing Supervisor, (541) 388-2100</p>")
    assert "customer_name" not in result


# -- 7: a customer's home and mailbox in a note that does not name them ------------------------------------------------

def test_a_customer_who_lives_at_an_address_in_speaker_notes():
    result = found("slides.txt", "Speaker notes: customer email leilani.akana@comcast.net, lives at 2208 Kiawe Pl")
    assert result["address"] == ["2208 Kiawe Pl"]
    assert result["email"] == ["leilani.akana@comcast.net"]


@pytest.mark.parametrize("text", [
    "The average customer lives at 1 Main St, the example on our bill.",
    "Our customer service manager lives at 1400 Civic Center Dr in town.",
])
def test_a_generic_customer_or_the_service_desk_has_no_home(text):
    assert "address" not in found("page.txt", text)


# -- 10, 11: ten bare digits after a call; a customer's accented given name ------------------------------------------

def test_ten_bare_digits_someone_calls_are_a_customers_phone():
    result = found("notes.html", "<p>One customer, Hae-won Shin, kept getting our calls at 5414471290 after she "
                   "moved.</p>")
    assert result == {"customer_name": ["Hae-won Shin"], "phone": ["5414471290"]}


def test_ten_bare_digits_of_a_part_or_an_order_are_no_phone():
    result = found("notes.html", "<p>Customer Hae-won Shin (acct 4417-220931) ordered part 5414471290 for the "
                   "meter.</p>")
    assert "phone" not in result


def test_a_customer_with_an_accented_given_name_keeps_the_phone_staff_called():
    result = found("notes.txt", "Called customer Élodie Marchand at (760) 418-2207 re: acct 8388 992 801 6, she "
                   "qualifies - add as example?")
    assert result["phone"] == ["(760) 418-2207"]
