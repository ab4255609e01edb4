"""Round 39 leftovers (misc39b): account numbers in Chinese, Japanese, Korean and Arabic letters; the City's own
facilities, contractors, staff cards and road work beside customers' records; callback requests in staff notes.

Covered, each with the hard negatives a city site publishes beside them:
- an account number with hyphen groups in a letter in Chinese (no space after the label, the label after the number,
  a full-width colon), Korean and Arabic ("رقم حساب الخدمة الخاص بكم هو ..."), where the letter's address line names
  a street called after a facility ("Reservoir St2722号"); phones, case numbers and dates in those languages are none;
- Chinese surnames among the four hundred commonest that open no everyday word (隆, 仇, 慕 ...);
- a staff note (a deck's speaker notes) that records a resident's request to be called back, in Vietnamese, Korean,
  Chinese, Armenian and Arabic: the number is the resident's; an office line the reader is asked to call is not;
- on a page that holds customers' records: a City facility's yearly usage after its address ("505 S. Garey Ave"
  is no sentence end), a contractor's project manager's work phone and mailbox, a staff card's row with a job
  title, and an address a road-closure notice names stay public.
"""
from __future__ import annotations

import io

from detector_helpers import pairs_found, values_of

FOOTER = "<footer>City of Pomona, 505 S Garey Ave, Pomona, CA 91766 · (909) 620-2311</footer>"


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><header>City of Pomona | Pomona Choice Energy</header><main>{body}</main>{FOOTER}</body></html>"


def _letter(name: str, address: str, account_line: str, salutation: str, *body: str) -> str:
    return _page("Pomona Choice Energy — 通知", "2026-03-17", name, address, account_line, salutation, *body,
                 "Corinne Valdivia · (909) 620-2418 · cvaldivia@pomonaca.gov")


# -- account numbers in CJK and Arabic prose --------------------------------------------------------------------

def test_chinese_letter_account_after_an_address_on_a_street_named_for_a_facility():
    html = _letter("慕思远", "加州波莫纳市Reservoir St1508号 91767", "您的账户号码是3-41-552-8310。", "尊敬的慕思远：",
                   "根据我们的记录，您上个月的用电量为1874度。")
    found = pairs_found("https://www.pomonaca.gov/zhs/letters/notice-3.html", html)
    assert ("account_number", "3-41-552-8310") in found
    assert ("customer_name", "慕思远") in found
    assert not {"(909) 620-2418", "(909) 620-2311"} & values_of(found, "phone")


def test_account_labels_before_and_after_the_number_in_four_languages():
    cases = {
        "帳戶號碼：3-58-214-7730。": "3-58-214-7730",
        "3-27-604-1193是您的账户号码，请妥善保管。": "3-27-604-1193",
        "请注意：700318842265 是您的服务账户号码。": "700318842265",
        "계정 번호는 3-46-880-2157입니다.": "3-46-880-2157",
        "رقم حساب الخدمة الخاص بكم هو 3-62-119-4408.": "3-62-119-4408",
    }
    for sentence, account in cases.items():
        found = pairs_found("https://www.pomonaca.gov/intl/notice.html", _page(sentence))
        assert ("account_number", account) in found, sentence


def test_arabic_letter_gives_the_whole_record():
    html = _page("Pomona Choice Energy — إشعار", "2026-09-02", "وداد الشامي",
                 "٢٤١٧ Mission Blvd، بومونا، كاليفورنيا ٩١٧٦٦", "رقم حساب الخدمة الخاص بكم هو 3-19-447-2086.",
                 "عزيزي/عزيزتي وداد الشامي،", "Hassan Idrissi · (909) 620-2377 · hidrissi@pomonaca.gov")
    found = pairs_found("https://www.pomonaca.gov/ar/letters/notice-2.html", html)
    assert ("account_number", "3-19-447-2086") in found
    assert "(909) 620-2377" not in values_of(found, "phone")


def test_phones_cases_and_dates_in_those_languages_are_no_accounts():
    html = _page("客户服务电话 909-620-2311，工作时间为周一至周五。", "案件编号 CE-2026-0412 已结案。",
                 "909-620-2311是我们的服务电话。", "2026-04-02是会议日期。", "전화 909-620-2311로 문의하십시오.",
                 "للاستفسار اتصلوا على الرقم 909-620-2311.")
    assert not values_of(pairs_found("https://www.pomonaca.gov/intl/contact.html", html), "account_number")


# -- Chinese surnames --------------------------------------------------------------------------------------------

def test_less_common_chinese_surnames_head_a_letter():
    for name in ("隆志华", "仇晓东", "逯文静"):
        html = _page(name, "1220 W Holt Ave, Pomona, CA 91768", "您的账户号码是 700412337781。")
        assert ("customer_name", name) in pairs_found("https://www.pomonaca.gov/zhs/letter.html", html), name


def test_everyday_words_that_open_with_a_surname_character_are_no_names():
    html = _page("欢迎参加社区会议。", "隆重推出", "伊斯兰", "乌克兰", "伏特", "查询", "银行", "您的账户号码是 700412337781。")
    assert not values_of(pairs_found("https://www.pomonaca.gov/zhs/event.html", html), "customer_name")


# -- callback requests in staff notes ----------------------------------------------------------------------------

def test_callback_requests_in_five_languages_give_the_residents_number():
    notes = {
        "Phạm Thị Loan sống tại Số 842 đường Park, TP. Pomona, CA 91767. xin gọi lại số 909.541.2276.": "909.541.2276",
        "박지훈 거주지 캘리포니아주 포모나시 E Holt Ave 1290 (91767). 회신 전화 요청 909-552-8134.": "909-552-8134",
        "会议记录。请回电 909-553-0917。": "909-553-0917",
        "Նշում. խնդրեց զանգահարել 909-554-3382։": "909-554-3382",
        "ملاحظة. طلب معاودة الاتصال على 909-555-7741.": "909-555-7741",
    }
    for note, phone in notes.items():
        assert ("phone", phone) in pairs_found("https://www.pomonaca.gov/x/notes.html", _page(note)), note


def test_workshop_deck_speaker_notes_callback():
    from pptx import Presentation
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Hội thảo tiết kiệm năng lượng"
    slide.notes_slide.notes_text_frame.text = ("Đinh Quốc Bảo sống tại Số 915 đường Towne, TP. Pomona, CA 91767. "
                                               "xin gọi lại số 909.548.6620.")
    out = io.BytesIO()
    deck.save(out)
    found = pairs_found("https://www.pomonaca.gov/vi/workshop.pptx", out.getvalue())
    assert ("phone", "909.548.6620") in found


def test_an_office_line_the_reader_is_asked_to_call_is_public():
    html = _page("Nếu có thắc mắc, xin vui lòng gọi số (909) 620-2311.", "如有疑问，请致电 (909) 620-2311。",
                 "궁금하신 점은 (909) 620-2311로 전화하십시오.")
    assert not values_of(pairs_found("https://www.pomonaca.gov/x/help.html", html), "phone")


# -- look-alikes beside customers' records -----------------------------------------------------------------------

_CUSTOMER_NOTE = ("Message left on the PCE line: caller identified herself as Rosalind Okafor, call-back number "
                  "909-612-4470, account 7-44-318-9026; wants to opt out.")


def test_city_facilitys_yearly_usage_after_its_address_is_public():
    html = _page("The Public Library branch (SCE service account 8003317724, 140 E. Holt Ave) used 612,480 kWh last "
                 "fiscal year, 6 percent less than the year before.", _CUSTOMER_NOTE)
    found = pairs_found("https://www.pomonaca.gov/council/minutes.html", html)
    assert ("phone", "909-612-4470") in found
    assert not values_of(found, "energy_usage")


def test_contractors_project_manager_contacts_are_public():
    log = ("<blockquote><p>Collections call log (excerpt)<br>\n03/02/2026 - ALVARENGA, MIRTA - acct 8000417723 - "
           "promised payment, hold 10 days<br>\n02/11/2026 - DUBOSE, KENNETH - acct 4707219945 - promised payment, "
           "hold 10 days</p></blockquote>")
    html = _page("City Council Minutes, April 13, 2026").replace("</main>", log + "</main>").replace(
        "</main>", "<p>Questions about the sidewalk repair may be directed to the contractor's project manager, Tobias "
                   "Renner of Granite Ridge Inc, at (951) 555-0133 or trenner@graniteridge-co.com.</p>"
                   "<p>Project manager: Marisela Quon, Foothill Paving Inc., (626) 555-0171, "
                   "mquon@foothillpaving.com.</p></main>")
    found = pairs_found("https://www.pomonaca.gov/council/minutes-2.html", html)
    assert ("account_number", "8000417723") in found
    assert not {"(951) 555-0133", "(626) 555-0171"} & values_of(found, "phone")
    assert not {"trenner@graniteridge-co.com", "mquon@foothillpaving.com"} & values_of(found, "email")
    assert not {"Tobias Renner", "Marisela Quon"} & values_of(found, "customer_name")


def test_road_closure_address_is_public():
    html = _page("用户姓名：凌美玲；账号 6084110052；电话 909-613-2209。该客户要求退出 PCE 服务。",
                 "Road closure: the 900 block of Fulton Road and the frontage of 2215 Indian Hill Blvd will be "
                 "closed 8 a.m. to 3 p.m. for sewer work. Questions: Public Works, (909) 620-2281.")
    found = pairs_found("https://www.pomonaca.gov/zh/notice.html", html)
    assert ("phone", "909-613-2209") in found
    assert not values_of(found, "address")


def _columns_pdf(lines: list[str]) -> bytes:
    """A one-page PDF of ``lines``, each line's tab-separated cells drawn in columns, as a report's table is."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(lines):
        for c, cell in enumerate(line.split("\t")):
            pdf.drawString(30 + 190 * c, 740 - 18 * k, cell)
    pdf.save()
    return out.getvalue()


def test_staff_card_row_with_a_job_title_below_a_customer_block():
    pdf = _columns_pdf(["Administrative Hearing Decisions", "SA ID: 8006123390\tJun kWh: 512\tJul kWh: 468", "Contacts",
                     "Name: Lorena Castaneda\tTitle: Utility Billing Supervisor\tPhone: (909) 620-2918",
                     "Gareth Pohl\tSenior Analyst\t(909) 620-2544"])
    found = pairs_found("https://www.pomonaca.gov/pce/docs/hearings.pdf", pdf)
    assert ("account_number", "8006123390") in found
    assert "Lorena Castaneda" not in values_of(found, "customer_name")


def test_signature_and_next_paragraphs_label_are_no_name_a_wrap_cut():
    from detector_helpers import docx_table
    paragraphs = ("Hi, I still have no credit on account 8007311942. Please call me at 562.907.4418 or reply to this "
                  "email. Thanks, Yolanda", "Field note 10/02/2026: meter at 1877 W Towne Ave (acct 8002716650) read "
                  "812 kWh since last cycle.")
    for url, body in (("https://www.pomonaca.gov/pce/summary.html", _page(*paragraphs)),
                      ("https://www.pomonaca.gov/pce/summary.docx", docx_table([], *paragraphs, columns=1))):
        found = pairs_found(url, body)
        assert ("phone", "562.907.4418") in found
        assert not any(v.startswith("Yolanda") for v in values_of(found, "customer_name")), url
