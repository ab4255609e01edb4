"""A CCA's website telling customers' cases in its own way (red team site56b).

- An event's invitation ends in its contact's name, however long its clause: "To volunteer at the Sept. 21 creek
  cleanup, call NAME at PHONE" is no staff note's customer.
- A possessive ends a name: "Hiroshi's Valle Verde Clean Energy account" names no "Hiroshi's Valle"; a feature
  story's "Meet NAME:" is no word of the name.
- Chinese: a name before an honorific or the clause of the person's home ("周雅婷女士住在 ...", "孙浩然（住在 ...）",
  "居民马俊杰住在 ..."), and a phone run into its label ("电话626-418-3390") or after a Chinese comma.
- Vietnamese says whose the account is between the utility's initials and the colon ("Tài khoản VVCE của ông: ...").
- Tagalog: a name after "Gng."/"G." with a middle initial.
- An interview whose first answer introduces the interviewee ("Who are you? I'm NAME, ...").
- A textarea keeps its lines: a note pasted in from a billing system, a field a line.
- A form control's placeholder is the hint of what to type, no one's number.
- A Korean page's heading "고객 이야기" (customer stories) names no one.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.valleverdeca.gov"


def _page(body: str, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Valle Verde Clean Energy</title></head>"
            f"<body><main>{body}</main></body></html>")


def test_volunteer_invitation_after_its_event_names_no_customer():
    found = pairs_found(f"{_SITE}/news/recap.html", _page(
        "<p>Councilmember Ines Albright thanked residents for attending.</p>"
        "<p>To volunteer at the Sept. 21 creek cleanup, call Odalys Ferreira at (951) 302-7781.</p>"
        "<p>If you can help at the Oct. 5 fair, please call Kwabena Mensah at 626.915.4402.</p>"
        "<p>The City's 41 buildings used 6,120,400 kWh last year, down 8% from 2019.</p>"))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_a_customer_called_back_is_still_found():
    found = pairs_found(f"{_SITE}/news/desk.html", _page(
        "<p>Staff called Odalys Ferreira back at (951) 302-7781 about her past-due bill on SCE account "
        "2-71-450-3318; she lives at 902 Birchwood Ct.</p>"))
    assert "Odalys Ferreira" in values_of(found, "customer_name")
    assert "(951) 302-7781" in values_of(found, "phone")


def test_a_possessive_ends_the_name_and_meet_opens_no_name():
    found = pairs_found(f"{_SITE}/blog/spotlight.html", _page(
        "<p>Meet Hiroshi Tanaka: a retired machinist at 4410 Larch Ln who replaced his furnace with a heat pump. "
        "Hiroshi's Valle Verde Clean Energy account number (VVCE-4419022) showed 1,042 kWh in January. Questions? "
        "Hiroshi is happy to chat at htanaka52@gmail.com.</p>"
        "<p>Last spring Wilhelmina Osei's Valle Verde Clean Energy account VVCE-4419031 showed 2,214 kWh.</p>"))
    assert values_of(found, "customer_name") == {"Hiroshi Tanaka", "Wilhelmina Osei"}
    assert {"4410 Larch Ln", }.issubset(values_of(found, "address"))
    assert {"VVCE-4419022", "VVCE-4419031"} <= values_of(found, "account_number")


def test_chinese_names_before_an_honorific_or_their_home():
    found = pairs_found(f"{_SITE}/zh/news.html", _page(
        "<p>周雅婷女士住在2217 Vine St，六月份用电1,388 kWh，SCE账户号码：2-33-918-0456，电话626-418-3390。</p>"
        "<p>孙浩然（住在880 Olive Ave）五月份电费账单显示用电量为764 kWh，VVCE账户号码：VVCE-5520173。</p>"
        "<p>居民马俊杰住在3391 Juniper Way，其SCE账号为700233419876，电话(909) 441-2875。</p>", "zh"))
    assert values_of(found, "customer_name") == {"周雅婷", "孙浩然", "马俊杰"}
    assert values_of(found, "phone") == {"626-418-3390", "(909) 441-2875"}


def test_chinese_staff_and_office_numbers_stay_out():
    found = pairs_found(f"{_SITE}/zh/about.html", _page(
        "<p>能源项目经理许文博先生表示，本计划今年已为3,200户家庭节省电费。</p>"
        "<p>如有疑问，请致电(909) 620-2400，或发送电子邮件至energy@valleverdeca.gov。</p>", "zh"))
    assert not found


def test_vietnamese_account_whose_after_the_initials():
    found = pairs_found(f"{_SITE}/vi/tin-tuc.html", _page(
        "<p>Ông Đỗ Quang Vinh (nhà ở 5127 Aspen Pl) cho biết tháng 6 nhà ông dùng 1,912 kWh. Tài khoản VVCE của ông: "
        "VVCE-6630218.</p><p>Bà Hồ Thị Lan nói tài khoản VVCE của bà là VVCE-6630244.</p>", "vi"))
    assert {"VVCE-6630218", "VVCE-6630244"} <= values_of(found, "account_number")


def test_tagalog_name_with_a_middle_initial():
    found = pairs_found(f"{_SITE}/tl/balita.html", _page(
        "<p>Ayon kay G. Renato M. Galang ng 1520 Rosewood Ave, 1,647 kWh ang nagamit nila noong Hunyo. "
        "VVCE account: VVCE-7710329.</p>", "tl"))
    assert values_of(found, "customer_name") == {"Renato M. Galang"}


def test_interviewee_who_introduces_themselves():
    found = pairs_found(f"{_SITE}/newsletter/qa.html", _page(
        "<h2>Five questions for a heat pump owner</h2>"
        "<p><b>Tell us about yourself.</b> I'm Margarethe Vollmer, and I've owned the house at 618 Quince St since "
        "2011.</p><p><b>What did you notice?</b> My winter usage went from 1,530 kWh to 910 kWh.</p>"
        "<p><b>Can readers reach you?</b> Sure, call me at (562) 774-2039.</p>"))
    assert values_of(found, "customer_name") == {"Margarethe Vollmer"}
    assert values_of(found, "address") == {"618 Quince St"}
    assert {"1,530 kWh", "910 kWh"} <= values_of(found, "energy_usage")


def test_staff_interview_names_no_customer():
    found = pairs_found(f"{_SITE}/newsletter/staff-qa.html", _page(
        "<h2>Meet the team</h2><p><b>Who are you?</b> I'm Bea Lindgren, the program's outreach lead.</p>"
        "<p><b>What do you do?</b> I help residents apply for CARE and read their bills.</p>"
        "<p><b>How can residents reach you?</b> Call the office at (909) 620-2417.</p>"))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_textarea_keeps_its_lines():
    found = pairs_found(f"{_SITE}/programs/help.html", _page(
        "<p>Our team answers within two days.</p><textarea readonly>Copied from billing 06/02:\n"
        "CUST: OKAFOR, CHIAMAKA\nSVC ADDR: 7710 SAGEBRUSH RD\nPH: (760) 318-2204\nACCT: 700918273645\n"
        "USG: 845 kWh</textarea>"))
    assert values_of(found, "customer_name") == {"OKAFOR, CHIAMAKA"}
    assert values_of(found, "address") == {"7710 SAGEBRUSH RD"}


def test_textarea_of_a_form_is_still_its_record_field():
    found = pairs_found(f"{_SITE}/forms/move.html", _page(
        "<form><input type='hidden' name='customer' value='Aurelio Benavides'>"
        "<textarea name='notes'>Moving out of 431 Fennel Ct.\nSCE acct 700513298476</textarea></form>"))
    assert "Aurelio Benavides" in values_of(found, "customer_name")
    assert "700513298476" in values_of(found, "account_number")


def test_placeholder_is_no_ones_number_but_a_value_is():
    found = pairs_found(f"{_SITE}/forms/update.html", _page(
        "<form><label>SCE account <input name='acct' placeholder='2-45-678-9012'></label>"
        "<label>SSN <input name='ssn' placeholder='512-34-6789'></label>"
        "<label>Other account <input name='acct2' value='2-45-671-3309'></label></form>"))
    assert values_of(found, "account_number") == {"2-45-671-3309"}
    assert not values_of(found, "ssn")


def test_korean_customer_stories_heading_names_no_one():
    found = pairs_found(f"{_SITE}/ko/stories.html", _page(
        "<h1>고객 이야기</h1><p>1184 Maple Ave에 거주하는 Dara Sok 씨는 7월 사용량이 1,096 kWh였다고 말했습니다. SCE 계정 번호는 "
        "2-19-337-4410입니다.</p>", "ko"))
    assert "이야기" not in values_of(found, "customer_name")
    assert "2-19-337-4410" in values_of(found, "account_number")


def test_staff_introduction_over_an_faq_names_no_customer():
    found = pairs_found(f"{_SITE}/programs/care.html", _page(
        "<p>Hi, I'm Tobias Engqvist, your CARE enrollment coordinator at Valle Verde Clean Energy.</p>"
        "<p>How do I enroll? Call me at (909) 620-2431 or stop by 201 Civic Center Dr.</p>"
        "<p>What if my bill is past due? We can set up a plan; your usage of the last 12 months decides it.</p>"))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_tagalog_familiar_honorific_is_no_word_of_the_name():
    found = pairs_found(f"{_SITE}/tl/kuwento.html", _page(
        "<p>Nakausap namin si Mang Florencio Dimalanta ng 2207 Acacia Ave; 1,266 kWh ang konsumo niya noong Mayo at "
        "ang SCE account niya ay 2-61-229-4471.</p>", "tl"))
    assert values_of(found, "customer_name") == {"Florencio Dimalanta"}


_APPOINTMENT = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:visit-7@valleverdeca.gov\r\n"
                "DTSTART:20250811T160000Z\r\nSUMMARY:Home energy visit\r\nLOCATION:6120 Primrose Ln\\, Valle Verde\r\n"
                "ATTENDEE;CN=Ingeborg Halvorsen:mailto:ingeborg.halvorsen@gmail.com\r\n"
                "DESCRIPTION:SCE acct 2-52-660-1873. Call first.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
_BOARD_MEETING = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:board-9@valleverdeca.gov\r\n"
                  "DTSTART:20250812T010000Z\r\nSUMMARY:Streetlight retrofit kickoff\r\n"
                  "LOCATION:City Hall\\, 100 Civic Center Plaza\r\n"
                  "ORGANIZER;CN=Dana Whitlock:mailto:dwhitlock@valleverdeca.gov\r\n"
                  "ATTENDEE;CN=Marcus Oyelowo:mailto:moyelowo@valleverdeca.gov\r\n"
                  "DESCRIPTION:City streetlight SCE account 2-10-448-2291 (City of Valle Verde)\\, LS-1 rate.\r\n"
                  "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_calendar_attendee_of_an_appointment_at_a_customers_account():
    found = pairs_found(f"{_SITE}/calendar/visits.ics", _APPOINTMENT)
    assert values_of(found, "customer_name") == {"Ingeborg Halvorsen"}
    assert values_of(found, "email") == {"ingeborg.halvorsen@gmail.com"}


def test_calendar_of_staff_about_a_city_account_names_no_one():
    found = pairs_found(f"{_SITE}/calendar/meetings.ics", _BOARD_MEETING)
    assert not values_of(found, "customer_name") and not values_of(found, "email")
