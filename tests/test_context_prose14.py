"""Red team prose14's causes in running text, end to end through the extractor and every registry detector: SMS,
chat-bot and social media threads whose speaker stands in brackets or is a handle, where the customer answers a
request for the account number with the bare number and goes on giving their name and phone.

Hard negatives are a city site's text: a bot's own help text, an agent's name, a public FAQ's example chat.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- cause C: SMS, chat-bot and social media threads -----------------------------------------------------------------

def test_an_sms_thread_where_the_customer_answers_the_bots_request_with_the_bare_number():
    result = found("sms.html", "<p>[PCE Bot] Hi! What can I help with today?<br>\n[Customer] my power is out<br>\n"
                   "[PCE Bot] Sorry to hear that. Please send your account number.<br>\n[Customer] 5521-30418-72<br>\n"
                   "[PCE Bot] Thanks, we are checking.<br>\n[Customer] ok. txt me at (620) 441-0372</p>")
    assert result == {"account_number": ["5521-30418-72"], "phone": ["(620) 441-0372"]}


def test_the_service_address_the_bot_reads_off_the_account_and_the_customer_confirms():
    result = found("sms.txt", "[PCE Bot] Please send your account number.\n[Customer] 5521-30418-72\n[PCE Bot] Thanks. "
                   "Is the service address c/o Estate of Lorne Whitcomb, 2207 Juniper Hollow Rd?\n[Customer] yes\n")
    assert result == {"account_number": ["5521-30418-72"], "address": ["2207 Juniper Hollow Rd"]}


def test_a_bots_question_without_an_account_given_is_no_record():
    result = found("sms.txt", "[PCE Bot] Is the outage near 100 W Main St?\n[Customer] yes\n")
    assert result == {}


def test_later_turns_of_a_customer_who_gave_a_labelled_account_are_theirs():
    result = found("sms.txt", "[Customer] my account is 7730-11842-09\n[Customer] yes. txt me at (620) 318-5520\n")
    assert result == {"account_number": ["7730-11842-09"], "phone": ["(620) 318-5520"]}


def test_a_social_reply_to_a_request_to_dm_the_account_number():
    result = found("social.html", "<p>@PCE_Energy: Sorry for the trouble! DM us your account number and we'll take a "
                   "look.</p><p>@halvard_nygaard: not on here lol. its 6618-20473-31, Halvard Nygaard, PO Box 771. "
                   "my cell +1 620 705 2219</p>")
    assert result == {"account_number": ["6618-20473-31"], "customer_name": ["Halvard Nygaard"],
                      "address": ["PO Box 771"], "phone": ["+1 620 705 2219"]}


def test_a_bots_help_text_and_an_agents_name_are_no_customer():
    result = found("faq.html", "<p>[PCE Bot] Your account number is on page 1 of your bill. Reply AGENT to chat "
                   "with Maria Delgado.<br>\n[Customer] ok thanks<br>\n[PCE Bot] You can also call us at (909) "
                   "620-2000.</p>")
    assert result == {}


def test_a_public_faq_example_chat_without_a_number_given_is_no_record():
    result = found("faq.html", "<h2>How our chat works</h2><p>Agent: Please send your account number.<br>\n"
                   "Customer: It's on my bill, right?<br>\nAgent: Yes, on page 1. Our specialist Dana Whitfield can "
                   "help at 909-620-2433.</p>")
    assert result == {}


def test_a_social_thread_of_residents_asking_about_an_outage_is_no_record():
    result = found("social.html", "<p>@rosa_whitlock: is the power out on Garey Ave again?</p><p>@PCE_Energy: Crews "
                   "expect to restore service by 5 pm. Updates at (909) 620-2000.</p><p>@rosa_whitlock: thanks!</p>")
    assert result == {}


# -- cause S: a Chinese name written surname first, the surname in capitals ------------------------------------------

def test_a_surname_in_capitals_before_a_chinese_given_name_beside_an_account():
    result = found("memo.html", "<p>Complainant: WANG Xiuying. Account no. 3817220945.</p>"
                   "<p>Customer HUANG Zhiwei called about account 6120-44871-03.</p>")
    assert result == {"customer_name": ["WANG Xiuying", "HUANG Zhiwei"],
                      "account_number": ["3817220945", "6120-44871-03"]}


def test_acronyms_before_a_word_beside_an_account_are_no_name():
    result = found("memo.html", "<p>The PCE Board approved the credit on account 6120-44871-03; the NE Office and "
                   "SCE Tariff staff reviewed it, and the CHEN Building meter was read for account 4471-20931-05.</p>")
    assert "customer_name" not in result


# -- cause F: a phone before "Customer account" is the record's, not a customer service line --------------------------

def test_a_callback_phone_followed_by_the_customer_account():
    result = found("notes.html", "<p>Callback for Keoni Alapai at 620/979-4418 Customer account 5120-33817-46.</p>")
    assert result == {"customer_name": ["Keoni Alapai"], "phone": ["620/979-4418"],
                      "account_number": ["5120-33817-46"]}


def test_an_office_line_followed_by_customer_service_stays_public():
    result = found("notes.html", "<p>Questions? Call (909) 620-2000 Customer Service. Account 5120-33817-46 is the "
                   "City Hall building's.</p>")
    assert "phone" not in result


# -- cause L: a local number without its area code after a phone cue in a customer's record ---------------------------

def test_a_local_phone_after_a_phone_label_in_a_customers_record():
    result = found("notes.html", "<p>Customer Oksana Melnyk, account 6120 44871 03, phone 472-8816.</p>"
                   "<p>Referred for collection: Brannigan, Fiadh, account 7781-22014-65, balance $88.03. Last known "
                   "phone 570-2291.</p>")
    assert result["phone"] == ["472-8816", "570-2291"]


def test_case_and_permit_numbers_amounts_and_an_office_line_are_no_local_phone():
    result = found("notes.html", "<footer>City Hall (909) 620-2000</footer><p>Customer Oksana Melnyk, account "
                   "6120 44871 03: Case 472-8816, Permit 22-4471, balance $472.88, she was told to call 620-2000 "
                   "or phone 620-2000.</p>")
    assert "phone" not in result


# -- cause R: people who stand in for the account holder or take the account over -------------------------------------

def test_an_estates_personal_representative_is_of_the_account_file():
    result = found("letter.html", "<p>Re: Estate of Gunnar Lindqvist, PCE account 5120-33817-46. We have received "
                   "the letter from the personal representative, Anjali Raman, of 2291 Cottonwood Ln, Lakeview, NE "
                   "69024 (phone 402-718-2245).</p>")
    assert result == {"customer_name": ["Gunnar Lindqvist", "Anjali Raman"], "account_number": ["5120-33817-46"],
                      "address": ["2291 Cottonwood Ln, Lakeview, NE 69024"], "phone": ["402-718-2245"]}


def test_an_executor_is_kept_and_the_estates_attorney_a_judge_and_staff_are_not():
    result = found("letter.html", "<p>Re: Estate of Harold Brandt, account 5120-33817-46. The executor, Marisol "
                   "Quintero, of 88 Alder Ct, Lakeview, NE 69024, asked for the final bill. The estate's attorney "
                   "Daniel Moss of Smith &amp; Lee LLP, 400 Main St, Lakeview, NE 69024 (402-555-0100) and Probate "
                   "Judge Ellen Hart were copied. Customer Service Representative Tina Ruiz handled it.</p>")
    assert result == {"customer_name": ["Harold Brandt", "Marisol Quintero"], "account_number": ["5120-33817-46"],
                      "address": ["88 Alder Ct, Lakeview, NE 69024"]}


def test_an_owner_taking_service_back_gives_their_mailing_address_and_phone():
    result = found("notes.html", "<p>Service transfers to the owner, Radomir Kowalczyk, acct 6618-20473-31. Owner's "
                   "mailing address is RR 3 Box 41, Lakeview, NE 69024; reach owner at 402 771 3308.</p>")
    assert result == {"customer_name": ["Radomir Kowalczyk"], "account_number": ["6618-20473-31"],
                      "address": ["RR 3 Box 41, Lakeview, NE 69024"], "phone": ["402 771 3308"]}


def test_a_shop_owner_in_a_later_sentence_stays_a_business():
    result = found("notes.html", "<p>Account 6618-20473-31 (Lena Ortiz) was closed. The shop owner Mike Dunn, Dunn "
                   "Hardware, 400 Main St, 308-555-0199, sold the meter base.</p>")
    assert result == {"account_number": ["6618-20473-31"], "customer_name": ["Lena Ortiz"]}


# -- cause A: the record's values outside the sentence of its account --------------------------------------------------

def test_a_letters_heading_names_the_customer_the_next_paragraph_speaks_to():
    result = found("letter.html", "<p>Deposit refund letter. Oskar Wieczorek, PO Box 318, Lakeview, NE 69024.</p>"
                   "<p>Your security deposit on account 5120-33817-46 has been refunded.</p>")
    assert result == {"customer_name": ["Oskar Wieczorek"], "address": ["PO Box 318, Lakeview, NE 69024"],
                      "account_number": ["5120-33817-46"]}


def test_a_final_meter_read_in_the_paragraph_after_a_record():
    result = found("notes.html", "<p>Collections referral: Kwame Asante, account 5120-33817-46, balance $412.10.</p>"
                   "<p>Final read showed 2871 kWh for the partial month.</p>")
    assert result["energy_usage"] == ["2871 kWh"]


def test_a_callback_note_names_the_resident_at_their_number():
    result = found("notes.html", "<div style='display:none'>Callback for Sefo Tupou at 620 774 3310</div>")
    assert result == {"customer_name": ["Sefo Tupou"], "phone": ["620 774 3310"]}


def test_staff_callbacks_a_class_average_and_a_bills_help_text_are_no_record():
    result = found("help.html", "<p>Collections referral: Kwame Asante, account 5120-33817-46.</p><p>The average final "
                   "read for the class was 900 kWh.</p><p>For a callback to Planning, call Senior Planner Ana Ruiz at "
                   "909-620-2433. Return call to Public Works Director Tom Reyes at 909-620-2200.</p><p>Questions? "
                   "Contact Dana Whitfield, Billing Supervisor, 909-620-2433. Your account number is on page 1 of "
                   "your bill.</p>")
    assert result == {"customer_name": ["Kwame Asante"], "account_number": ["5120-33817-46"]}


def test_the_address_a_collections_note_mailed_its_notice_to_is_the_customers():
    """A collections log's record line, then "Mailed 48-hr notice to <address>." on the next: where the notice went."""
    text = ("Collections notes (exhibit)\n05/05 - Called Oksana Rudenko at 760/555-9765 re past-due bal on W28-34864, no "
            "answer, LVM.\nMailed 48-hr notice to 1620 N Quince Grove Pl #B. Cust later called back, promised pmt Fri.")
    assert found("notes.txt", text)["address"] == ["1620 N Quince Grove Pl #B"]


def test_a_notice_mailed_to_the_public_is_no_customers_address():
    text = ("Outreach log\nThe District mailed a notice to every household on the route before the work began.\n"
            "Mailed a hearing notice to 300 Civic Center Plaza for posting.")
    assert "address" not in found("outreach.txt", text)
