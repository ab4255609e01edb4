"""Red team site53 (round 53): rules fixed on branch fix/site53d, with hard negatives.

- A letter whose salutation names a person over their street and city lines ("Kính gửi Đặng Thu Trang" / "3910
  Tamarind Ave." / "Paloma Quebrada, CA 91762") and that gives an identifier is to a customer, in Vietnamese as in
  English, with no "your account" and no closing; the account's label may hold the utility's initials ("Tài khoản
  PQHP số ...", "cuenta SCE número ...").
- A customer row's free-text cell (a CRM export's "Description") gives the customer's address, though most of the
  column's cells end in a mailbox; a staff member's direct line or a contractor's number there stays theirs.
- One person of the case's household who called the office, at the number they called on ("Son called us at ..."); a
  call with the case's party the text names by its role, on a day ("Staff spoke with the appellant on March 11 at
  ..."); a running footer's line about the constituent, complainant or tenant of the case ("constituent tel. ...").
- A number with an extension after it is a desk's line at an office: staff's comment "Call me at ... ext. 4412".
"""
from __future__ import annotations

from tests.detector_helpers import docx_memo, docx_paragraphs, pairs_found, values_of

_SITE = "https://www.palomaquebrada.gov/"


def _docx(body: bytes, name: str = "docs/letters/letter.docx") -> set[tuple[str, str]]:
    return pairs_found(_SITE + name, body)


def _page(html: str, name: str = "council/item.html") -> set[tuple[str, str]]:
    return pairs_found(_SITE + name, f"<html><body>{html}</body></html>", "text/html")


# -- a letter greeting its addressee over their home ----------------------------------------------------------------

def test_a_vietnamese_letter_greeting_its_addressee_over_their_home_is_a_customers():
    found = _docx(docx_paragraphs(
        "Ngày 12 tháng 8 năm 2024",
        "Kính gửi Đặng Thu Trang\n3910 Tamarind Ave.\nPaloma Quebrada, CA 91762",
        "V/v: Tài khoản PQHP số PQHP-814-97691. Lượng điện tiêu thụ tháng 7 là 1,776 kilowatt-hours. Chúng tôi sẽ gọi "
        "quý vị theo số (626)265-0084."))
    assert found == {("customer_name", "Đặng Thu Trang"), ("address", "3910 Tamarind Ave.\nPaloma Quebrada, CA 91762"),
                     ("account_number", "PQHP-814-97691"), ("energy_usage", "1,776 kilowatt-hours"),
                     ("phone", "(626)265-0084")}


def test_the_same_letter_in_english_is_read_alike():
    found = _docx(docx_paragraphs(
        "August 12, 2024", "Dear Jane Whitfield\n3910 Tamarind Ave.\nPaloma Quebrada, CA 91762",
        "Re: PQHP account no. PQHP-814-97691. Electricity consumption in July was 1,776 kilowatt-hours."))
    assert {("customer_name", "Jane Whitfield"), ("address", "3910 Tamarind Ave.\nPaloma Quebrada, CA 91762"),
            ("account_number", "PQHP-814-97691")} <= found


def test_an_accounts_label_with_the_utilitys_initials_inside_it():
    assert values_of(_docx(docx_paragraphs("Tài khoản PQHP số PQHP-814-97691 đã được ghi có.")),
                     "account_number") == {"PQHP-814-97691"}
    assert values_of(_page("<p>Estimada Ana Ruiz: su cuenta SCE número 2994451463 tiene un saldo.</p>"),
                     "account_number") == {"2994451463"}


def test_a_vietnamese_public_notice_keeps_the_citys_line_and_office():
    found = _docx(docx_paragraphs(
        "THÔNG BÁO", "Kính gửi Quý khách hàng,",
        "Thành phố sẽ thay đồng hồ nước trong tháng 9. Mọi thắc mắc xin gọi tổng đài chăm sóc khách hàng "
        "(909) 555-0100 hoặc đến văn phòng tại 505 Civic Center Dr, Paloma Quebrada, CA 91762.",
        "Trân trọng,", "Phòng Tiện ích"))
    assert found == set()


def test_a_greeting_to_residents_over_the_citys_office_names_no_customer():
    found = _docx(docx_paragraphs("Kính gửi Quý cư dân\n505 Civic Center Dr\nPaloma Quebrada, CA 91762",
                                  "V/v: Tài khoản PQHP số PQHP-814-97691."))
    assert found == {("account_number", "PQHP-814-97691")}


def test_a_letter_greeting_a_person_over_their_home_without_any_identifier_is_no_record():
    found = _docx(docx_paragraphs("Dear Jane Whitfield\n3910 Tamarind Ave.\nPaloma Quebrada, CA 91762",
                                  "Thank you for volunteering at the library book sale."))
    assert found == set()


# -- a customer row's free-text cell -----------------------------------------------------------------------------------

_CRM = ("CaseNo,Opened,Contact,ContactPhone,Subject,Description\n"
        'C-24-20572,07/05/2024,Fernando Ochoa,714-522-5039,Autopay,"Move-out. New mailing addr 3108 Bonita Avenue, '
        'Riverside CA 92503. Final bill to acct 8000017557."\n'
        "C-24-63047,07/11/2024,Khanh Pham,1-714-689-7413,Billing question,Caller at 2207 Arbolada Circle wants autopay "
        "off. a/c# 700 808 250 715. email khanhpham94@yahoo.com\n"
        "C-24-60831,07/13/2024,Roberto Manalo,714 571 8529,Move out,Caller at 2305 Rancho Camino Dr wants autopay off. "
        "a/c# 1351808S. email robertomanalo98@yahoo.com\n")


def test_a_crm_description_gives_the_customers_address():
    found = pairs_found(_SITE + "exports/crm_cases.csv", _CRM)
    assert values_of(found, "address") == {"3108 Bonita Avenue, Riverside CA 92503", "2207 Arbolada Circle",
                                           "2305 Rancho Camino Dr"}


def test_a_crm_description_keeps_staffs_direct_line_and_a_contractors_number():
    text = ("CaseNo,Opened,Contact,ContactPhone,Subject,Description\n"
            "C-24-1,07/05/2024,Fernando Ochoa,714-522-5039,Meter box,Transferred to Maria Lopez in billing, direct "
            "line 909-555-0142. acct 8000017557. email fochoa@yahoo.com\n"
            "C-24-2,07/06/2024,Khanh Pham,1-714-689-7413,Meter box,Contractor Acme Plumbing Inc 909-555-0177 will "
            "repair the meter box. a/c# 700 808 250 715. email khanhpham94@yahoo.com\n")
    found = pairs_found(_SITE + "exports/crm_cases.csv", text)
    assert values_of(found, "phone") == {"714-522-5039", "1-714-689-7413"}


def test_a_public_comment_card_list_stays_public():
    text = ("Speaker,Topic,Comment\n"
            "Ana Whitfield,Item 4 - Park,I live at 412 Elm Street and support the new playground at Central Park.\n"
            "Luis Soto,Item 5 - Library,Please keep the branch at 88 Oak Avenue open on Sundays for our kids.\n")
    found = pairs_found(_SITE + "council/comment_cards.csv", text)
    assert not values_of(found, "address") and not values_of(found, "customer_name")


# -- the household's call, the party's call, the footer's party ---------------------------------------------------------

def test_a_relative_who_called_the_office_gives_the_customers_number():
    found = _docx(docx_memo("MEMORANDUM", "Staff will call every Medical Baseline household.", "Second paragraph.",
                            comment=(0, "This was Ligaya Pangilinan on 2853 Juniper Pl - SA 735-1749542. Son called us "
                                        "at 562.581.6415.")), "docs/memos/outreach.docx")
    assert values_of(found, "phone") == {"562.581.6415"}


def test_customers_who_called_the_offices_line_give_no_number():
    found = _page("<p>Ana Ruiz, SA 735-1749542, was billed twice. During the outage customers called us at "
                  "(909) 555-0190 all week.</p>")
    assert values_of(found, "phone") == set()


def test_a_staff_comment_with_their_extension_keeps_their_desk_line():
    found = _docx(docx_memo("MEMORANDUM", "Staff will call every Medical Baseline household.", "Second paragraph.",
                            comment=(0, "Ligaya Pangilinan, SA 735-1749542 - checked the file. Call me at x4412 or "
                                        "(909) 555-0190 ext. 4412. - J. Lee")), "docs/memos/outreach.docx")
    assert values_of(found, "phone") == set()


def test_staff_spoke_with_the_appellant_on_a_day_at_their_number():
    found = _page("<p>The appellant, Kourosh Rahimi, disputes service agreement 963-2749103.</p>"
                  "<p>Staff spoke with the appellant on March 11 at (951) 697-8146.</p>")
    assert values_of(found, "phone") == {"(951) 697-8146"}


def test_the_appellant_told_to_reach_staff_gives_no_number():
    found = _page("<p>The appellant, Kourosh Rahimi, disputes service agreement 963-2749103. The appellant may "
                  "reach staff on weekdays at (909) 555-0190.</p>")
    assert values_of(found, "phone") == set()


_REFERRAL = ("Referral to: Utilities Department. Constituent Duc Le reports that gas service (SoCalGas account "
             "6398 125 413 3) and water were both shut off at 4575 Citrus Grove Dr during the street project.")


def test_a_footers_constituent_line_gives_the_cases_number():
    found = _docx(docx_memo("Office of Council Member Hagop Hovhannisyan", _REFERRAL,
                            footer="Referral #381 | constituent tel. 1-626-957-8517"), "docs/council/referral.docx")
    assert values_of(found, "phone") == {"1-626-957-8517"}


def test_a_footers_constituent_services_line_is_the_offices():
    for footer in ("Constituent services (626) 555-0188", "Council Office | Constituent hotline 626-555-0188"):
        found = _docx(docx_memo("Office of Council Member Hagop Hovhannisyan", _REFERRAL, footer=footer),
                      "docs/council/referral.docx")
        assert values_of(found, "phone") == set(), footer


def test_a_callback_owed_at_a_number_with_an_extension_is_the_persons():
    found = _page("<p>Callback requested: Rosalind Okafor, tel. 951.337.4820 ext. 15, about the payment arrangement on "
                  "her account 963-2749103.</p>")
    assert values_of(found, "phone") == {"951.337.4820"}
