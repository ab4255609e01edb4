"""Red team prose15's narrative causes, end to end through the extractor and every registry detector: customers
introduced by a story's verbs, cues to reach a customer's phone written loosely, notices in other languages, kWh in
the next paragraph of a case, mailing addresses in desk notes, and the utility's own contacts beside a customer's.

Hard negatives are a city site's text: the office's line in a footer or an FAQ answer, "call 811", public commenters
named alone, staff thanked by a customer, a public aggregate after a customer's paragraph.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- C5: loose cues to a customer's phone -------------------------------------------------------------------------

def test_drop_her_a_line_or_call_gives_the_customers_phone():
    result = found("notes.txt", "Customer Marisol Etsitty. Drop her a line or call (505) 412-7730.")
    assert result == {"customer_name": ["Marisol Etsitty"], "phone": ["(505) 412-7730"]}


def test_a_customer_who_keeps_getting_our_calls_at_a_number():
    result = found("notes.txt", "One customer, Min-seo Kang, kept getting our calls at 915-208-4471 after she moved.")
    assert result == {"customer_name": ["Min-seo Kang"], "phone": ["915-208-4471"]}


def test_an_appellant_who_testified_by_telephone_from_a_number():
    result = found("appeal.html", "<p>Appeal of a disputed electric bill.</p><p>Appellant Quang Vo testified by "
                   "telephone from 575-610-2289.</p>")
    assert result == {"customer_name": ["Quang Vo"], "phone": ["575-610-2289"]}


def test_the_office_line_and_811_are_no_customers_phone():
    result = found("faq.html", "<p>Questions? Call us at (575) 412-1000 or call 811 before you dig. Drop us a line "
                   "or call (575) 412-1000.</p>")
    assert result == {}


# -- F3: the utility's own contacts beside a customer's record -------------------------------------------------------

def test_an_faq_answer_ending_with_the_offices_line_that_the_footer_gives():
    result = found("faq.html", "<html><body><main><dl><dt>Can I be on a payment plan?</dt><dd>Yes. When Keoni Akana "
                   "(acct 6615-20734-18) called in April we set up four installments. Call (505) 771-3000.</dd></dl>"
                   "</main><footer>Town of Mesa Alta &middot; 12 Plaza Real, Mesa Alta, NM 87501 &middot; "
                   "(505) 771-3000</footer></body></html>")
    assert result == {"customer_name": ["Keoni Akana"], "account_number": ["6615-20734-18"]}


def test_a_notices_footer_naming_the_utility_below_the_customers_paragraph():
    result = found("aviso.txt", "Estimado/a Ignacio Benavidez: su cuenta 5512-88013-2 del servicio en 77 Camino "
                   "Largo tiene un saldo vencido.\n\nMesa Alta Municipal Light & Water · 12 Plaza Real, Mesa Alta, "
                   "NM 87501 · (505) 771-3000 · Dolores Apodaca\n")
    assert result["address"] == ["77 Camino Largo"]
    assert "12 Plaza Real, Mesa Alta, NM 87501" not in str(result)


# -- F2: the member of staff a customer thanks -----------------------------------------------------------------------

def test_the_staff_member_a_commenter_thanks_for_a_payment_plan_is_no_customer():
    result = found("minutes.html", "<p>Speaking next, Halona Begaye (27 E Cholla Ct; 505-318-0442) thanked Imelda "
                   "Archuleta for setting up a payment plan on account no. 5512-88013-2.</p>")
    assert result == {"customer_name": ["Halona Begaye"], "address": ["27 E Cholla Ct"], "phone": ["505-318-0442"],
                      "account_number": ["5512-88013-2"]}


def test_a_customer_thanked_for_her_comments_stays_a_customer():
    result = found("notes.txt", "Staff thanked Halona Begaye for her comments on account no. 5512-88013-2.")
    assert result == {"customer_name": ["Halona Begaye"], "account_number": ["5512-88013-2"]}


# -- C6: notices in Vietnamese, Tagalog and Spanish ------------------------------------------------------------------

def test_a_vietnamese_notice_gives_the_account_after_tai_khoan_so():
    result = found("thongbao.txt", "Kính gửi Trinh Van Hoa: tài khoản số 5518320-7 còn nợ.")
    assert result == {"customer_name": ["Trinh Van Hoa"], "account_number": ["5518320-7"]}


def test_a_vietnamese_sentence_gives_the_usage_of_the_account():
    result = found("thongbao.txt", "Mức tiêu thụ điện của tài khoản 5518320-7 là 1.9 MWh.")
    assert result == {"account_number": ["5518320-7"], "energy_usage": ["1.9 MWh"]}


def test_a_tagalog_notice_gives_your_account_after_inyong_account_na():
    result = found("paunawa.txt", "Mahal na Rodel Bautista, ang inyong account na 7140882261 para sa 904 S Piñon "
                   "Way ay may balanse.")
    assert result == {"customer_name": ["Rodel Bautista"], "account_number": ["7140882261"],
                      "address": ["904 S Piñon Way"]}


def test_a_spanish_notice_gives_the_number_we_called_the_customer_at():
    result = found("aviso.txt", "Estimado/a Ramón Quintana: su cuenta 6581203978 del servicio en 412 N Acoma Dr "
                   "tiene un saldo vencido.\nLe llamamos al +1 505 527 4410 sin respuesta.\n")
    assert result["phone"] == ["+1 505 527 4410"]


def test_a_vietnamese_program_page_names_no_account():
    result = found("chuongtrinh.html", "<p>Quý khách có thể mở tài khoản trực tuyến. Gọi (505) 771-3000 để biết "
                   "thêm chi tiết.</p><p>Trưởng phòng Nguyen Thi Lan, tài khoản email lan@mesaalta.gov</p>")
    assert result == {}


# -- C3: customers introduced by a story's or a memo's words ------------------------------------------------------

def test_a_memo_telling_each_case_in_short_paragraphs():
    result = found("memo.html", "<p>The second exception concerns Anselmo Trujillo.</p><p>The customer has an oxygen "
                   "concentrator. Service is at 2241 N Piñon Ridge Rd.</p><p>The account number is RB-612-40917-5 and "
                   "the last cycle showed 1,318 kilowatt hours.</p><p>He can be reached at (505) 620-1187.</p>"
                   "<p>Next is Dolores Yepa.</p>")
    assert result == {"customer_name": ["Anselmo Trujillo"], "address": ["2241 N Piñon Ridge Rd."],
                      "account_number": ["RB-612-40917-5"], "energy_usage": ["1,318 kilowatt hours"],
                      "phone": ["(505) 620-1187"]}


def test_minutes_quoting_commenters_who_read_from_their_bills():
    result = found("minutes.txt", "Commenter Farah Osman (resides at 3310 E Mesquite Ct) thanked Councilor "
                   "Redhouse and read from\nher bill: \"1,902 kWh, account 13-5520418877-2.\"\nCommenter Tuan Le "
                   "(resides at 418 W Agave Pl) thanked Councilor Redhouse and read from his\nbill: \"2,215 kWh.\"\n")
    assert result["customer_name"] == ["Farah Osman", "Tuan Le"]
    assert result["address"] == ["3310 E Mesquite Ct", "418 W Agave Pl"]


def test_a_public_commenter_named_alone_is_a_public_record():
    result = found("minutes.html", "<p>Halona Begaye addressed Council regarding water rates. Commenter Tuan Le "
                   "spoke in favor of the solar ordinance and thanked Councilor Redhouse.</p><p>The account "
                   "number format will change in July.</p>")
    assert result == {}


# -- C9: the case's kWh and contacts in the next paragraphs --------------------------------------------------------

def test_an_appeal_decisions_numbered_findings_in_separate_paragraphs():
    result = found("decision.html", "<p>FINDINGS. 1. Appellant is the customer of record for electric account no. "
                   "RB-318-77102-4, serving the premises at 640 W Sandia Loop.</p><p>2. For the billing period ending "
                   "April 2, 2026, the meter registered 3,118 kWh, roughly double the prior year.</p><p>3. Appellant "
                   "testified by telephone from 505-862-4410.</p>")
    assert result == {"account_number": ["RB-318-77102-4"], "address": ["640 W Sandia Loop."],
                      "energy_usage": ["3,118 kWh"], "phone": ["505-862-4410"]}


def test_the_meter_reading_in_the_paragraph_after_the_customers():
    result = found("notes.txt", "Customer Ignacio Benavidez, account 5512190-4.\n\nFor the billing period ending "
                   "May 4, 2026, the meter registered 1,407 kWh.\n")
    assert result == {"customer_name": ["Ignacio Benavidez"], "account_number": ["5512190-4"],
                      "energy_usage": ["1,407 kWh"]}


def test_a_public_aggregate_in_the_paragraph_after_a_customers_is_no_usage_of_theirs():
    result = found("notes.txt", "Customer Ignacio Benavidez, account 5512190-4.\n\nSystemwide, customers used "
                   "38,900,000 kWh in May; the meter readings of all homes averaged 598 kWh.\n")
    assert result == {"customer_name": ["Ignacio Benavidez"], "account_number": ["5512190-4"]}


# -- C12: the mailing address of a desk note ----------------------------------------------------------------------

def test_a_desk_notes_mailing_address_after_mail_to():
    result = found("notes.txt", "w/i cust Lucinda Tso, c/o Marcus Tso, mail to 2207 W Piedra Lisa Trl. ph "
                   "(505)318-2290")
    assert result["address"] == ["2207 W Piedra Lisa Trl."]
    assert result["phone"] == ["(505)318-2290"]


def test_the_offices_mail_payments_to_address_beside_a_customers_record_stays_public():
    result = found("notes.txt", "Customer Lucinda Tso, acct 5512-88013-2. Mail payments to 12 Plaza Real, Mesa Alta. "
                   "Mail to: Billing Office, PO Box 660.")
    assert result == {"customer_name": ["Lucinda Tso"], "account_number": ["5512-88013-2"]}


# -- C8: a rebate winner's home, a person's own contact card -------------------------------------------------------

def test_a_rebate_winners_home_in_a_pages_description():
    result = found("winners.html", '<html><head><meta name="description" content="Heat pump rebate winner Ifrah '
                   'Warsame of 2718 Cholla Vista Ln"></head><body><p>Rebate winners</p></body></html>')
    assert result == {"customer_name": ["Ifrah Warsame"], "address": ["2718 Cholla Vista Ln"]}


def test_a_list_of_rebate_winners_with_their_homes():
    result = found("winners.html", "<p>Cooler rebate winners: Lucinda Tso of 412 E Piñon St and Tuan Le of 77 W "
                   "Agave Ave.</p>")
    assert result == {"customer_name": ["Lucinda Tso", "Tuan Le"], "address": ["412 E Piñon St", "77 W Agave Ave."]}


def test_a_rebate_program_page_naming_staff_firms_and_the_drawing_place_is_no_record():
    result = found("rebates.html", "<p>Rebate recipient Marisol Lopez of Lopez Bakery, 12 Main St, Mesa Alta. Rebate "
                   "Program Manager Dana Whitfield of 12 Plaza Real approved the winners. Winners of the Cooler "
                   "Rebate Drawing at 12 Plaza Real were announced.</p>")
    assert result == {}


def test_a_persons_own_contact_card_of_name_phone_and_personal_mailbox():
    result = found("card.html", "<template><p>Abdullahi K. Farah &middot; 505 699 2231 &middot; "
                   "akfarah61@outlook.com</p></template>")
    assert result == {"customer_name": ["Abdullahi K. Farah"], "phone": ["505 699 2231"],
                      "email": ["akfarah61@outlook.com"]}


def test_staff_and_board_members_contact_lines_are_public():
    result = found("board.html", "<ul><li>Dana Whitfield &middot; (505) 771-3004 &middot; dwhitfield@mesaalta.gov</li>"
                   "<li>Board Member Lucinda Tso &middot; (505) 412-8890 &middot; ltso.board@gmail.com</li>"
                   "<li>Chair Tuan Le | (505) 412-8891 | tuanle.board@gmail.com</li></ul>")
    assert "customer_name" not in result and "phone" not in result


def test_a_story_naming_a_resident_after_the_rebate_sentence_is_no_winner():
    result = found("news.html", "<p>The cooler rebate drew 400 entries this year. Lucinda Tso of 412 E Piñon St "
                   "spoke at the meeting.</p>")
    assert result == {}


def test_winners_announced_after_an_exclamation():
    result = found("news.html", "<p>Congratulations! Heat pump rebate winners: Lucinda Tso of 412 E Piñon St.</p>")
    assert result == {"customer_name": ["Lucinda Tso"], "address": ["412 E Piñon St."]}


def test_a_route_sheets_call_ahead_note_gives_the_customers_phone():
    result = found("route.txt", "SEQ  ACCOUNT        CUSTOMER                  SERVICE ADDRESS        KWH   NOTES\n"
                   "011  5518320-7      Ifrah Warsame             P.O. Box 7712          1288  call ahead 5056102291\n"
                   "012  5518321-7      Tuan Le                   P.O. Box 7713          1302  ticket 5056102292\n")
    assert result["phone"] == ["5056102291"]


def test_a_story_telling_a_customers_case_in_short_paragraphs():
    result = found("story.html", "<main><p>Last winter we heard from Ignacio Benavidez, a grandfather raising two "
                   "grandchildren.</p><p>He rents a mobile home at 2207 W Piedra Lisa Trl, and his furnace had failed."
                   "</p><p>His account, 6-518-3320-07, had fallen behind by $912.40. That month the home used 3,410 kWh."
                   "</p><p>He can be reached at 505 811 2290 if donors want to help.</p><p>Donations go through "
                   "Sagebrush Hardware, 1120 E. Main St.</p></main>")
    assert result == {"customer_name": ["Ignacio Benavidez"], "address": ["2207 W Piedra Lisa Trl"],
                      "account_number": ["6-518-3320-07"], "energy_usage": ["3,410 kWh"], "phone": ["505 811 2290"]}


def test_a_spotlights_drop_her_a_line_at_a_mailbox_or_call_a_number():
    result = found("spotlight.html", "<p>Customer spotlight: Lucinda Tso has kept her home at 412 E Piñon St under "
                   "2,310 kilowatt hours all year. Drop her a line at ltso61@yahoo.com or call (505)318-2290.</p>")
    assert result["phone"] == ["(505)318-2290"]


def test_a_notice_whose_salutation_opens_the_sentence_that_a_line_break_cuts():
    result = found("paunawa.txt", "Mahal na Rodel Bautista, ang inyong account na 7140882261 para sa 904 S Piñon Way ay\n"
                   "may balanse. Gumamit kayo ng 611 kilowatt hours noong nakaraang buwan. Tinawagan namin kayo sa\n"
                   "505-536-2210.\n")
    assert result["energy_usage"] == ["611 kilowatt hours"]
    assert result["phone"] == ["505-536-2210"]
