"""Customer records on the City's pages in its customers' other languages (round 39, lang39b).

Covered, each with hard negatives a city site publishes beside them:
- a letter to a customer that says it called them or sent them a copy: the number and the consumer mailbox in its body
  are the addressee's, in any language, though the signer's line and the footer give the City's contacts around them
  (not a partner firm's or an office's contacts the letter sends the reader to, nor the signer's own line);
- a resident's testimonial on a program page (their name, mailbox and usage) under the program's staff contact: no
  line of the staff member's card; names set apart before their mailbox in Hangul, Chinese and quoted Arabic;
- a log's column of the bilingual staff who served the caller, headed in the caller's language: staff's names;
- a sign-up sheet headed in three languages, its language and event columns no one's name; a translated form's
  labels ("Անուն Ազգանուն", "Số An Sinh Xã Hội") no one's name;
- a meeting's note that opens with the resident's name in Chinese or Korean and gives their account; a label that opens
  with "your" in Armenian, capitalised, is no name;
- the consumer mail providers of the City's Chinese and Korean customers.
"""
from __future__ import annotations

import csv
import io

from detector_helpers import docx_table, pairs_found, values_of

FOOTER = "<footer>City of Pomona, 505 S Garey Ave, Pomona, CA 91766 · (909) 620-2311</footer>"


def _page(*paragraphs: str, tag: str = "p") -> str:
    body = "".join(f"<{tag}>{p}</{tag}>" for p in paragraphs)
    return f"<html><body><header>City of Pomona | Pomona Choice Energy</header><main>{body}</main>{FOOTER}</body></html>"


def _letter(salutation: str, body: str, name: str = "Marisol Encarnación Ybarra") -> str:
    return _page("Pomona Choice Energy — Aviso", "2026-05-11", name, "1422 N Towne Ave, Pomona, CA 91767",
                 "Su número de cuenta es 3-52-118-4409.", salutation,
                 "Según nuestros registros, su consumo del mes pasado fue de 1,184 kWh.", body,
                 "Tomás Villegas · (909) 620-2457 · tvillegas@pomonaca.gov")


# -- a letter's body -----------------------------------------------------------------------------------------------

def test_letter_says_it_called_and_mailed_the_customer_in_spanish():
    found = pairs_found("https://www.pomonaca.gov/es/aviso.html", _letter(
        "Estimada Marisol Encarnación Ybarra:",
        "Intentamos comunicarnos al (909) 555-0163 y enviamos una copia a marisol.ybarra71@outlook.com."))
    assert ("phone", "(909) 555-0163") in found
    assert ("email", "marisol.ybarra71@outlook.com") in found
    assert not {"(909) 620-2457", "(909) 620-2311"} & values_of(found, "phone")  # the signer's, the City's


def test_letter_in_english_with_a_partner_firm_and_an_office_beside_the_customer():
    html = _page("Pomona Choice Energy — Notice", "Gideon Abernathy-Kwan", "2210 W Holt Ave, Pomona, CA 91768",
                 "Your service account is 700351289944.", "Dear Gideon Abernathy-Kwan:",
                 "Our records show your usage last month was 1,392 kWh.",
                 "We called (909) 555-0178 but could not reach you, so we e-mailed a copy to gkwan.home@gmail.com.",
                 "For a free audit, contact our partner Brightway Solar Inc. at brightwaysolar@gmail.com "
                 "or (909) 555-0139.",
                 "Questions? Call our Customer Care line at (909) 555-0100.",
                 "Renata Oduya · (909) 620-2288 · roduya@pomonaca.gov")
    found = pairs_found("https://www.pomonaca.gov/notice.html", html)
    assert ("phone", "(909) 555-0178") in found
    assert ("email", "gkwan.home@gmail.com") in found
    assert "brightwaysolar@gmail.com" not in values_of(found, "email")  # the contractor's
    assert not {"(909) 555-0139", "(909) 555-0100"} & values_of(found, "phone")


def test_letter_in_chinese_and_korean_says_it_called_the_customer():
    zh = docx_table([], "Pomona Choice Energy — 通知", "欧阳建国", "1633 E Holt Ave, Pomona, CA 91767",
                    "您的账户号码是 700412337781。", "尊敬的欧阳建国先生：", "根据我们的记录，您上个月的用电量为 1,204 kWh。",
                    "我们曾致电 909-555-0191 但未能联系到您，副本已发送至 ouyangjg@163.com。",
                    "Dana Whitfield · (909) 620-2342 · dwhitfield@pomonaca.gov", columns=1)
    found = pairs_found("https://www.pomonaca.gov/zh/letter.docx", zh)
    assert {("phone", "909-555-0191"), ("email", "ouyangjg@163.com")} <= found
    ko = _page("Pomona Choice Energy — 안내문", "남궁민수", "1480 N Garey Ave, Pomona, CA 91767",
               "서비스 계정: 8000441289", "남궁민수 고객님께", "기록에 따르면 지난달 전력 사용량은 1,102 kWh입니다.",
               "909-555-0127(으)로 연락드렸으나 통화가 되지 않아 mnamgung@naver.com(으)로 사본을 보내드렸습니다.",
               "Paula Ng · (909) 620-2210 · png@pomonaca.gov")
    found = pairs_found("https://www.pomonaca.gov/ko/letter.html", ko)
    assert {("phone", "909-555-0127"), ("email", "mnamgung@naver.com")} <= found


def test_vietnamese_letter_that_says_your_usage_and_an_armenian_your_label():
    vi = _page("Pomona Choice Energy — Thông báo", "Lâm Hữu Phước", "1402 W Holt Ave, Pomona, CA 91768",
               "Mã số tài khoản: PCE-418822-40", "Kính gửi Ông/Bà Lâm Hữu Phước,",
               "Theo hồ sơ của chúng tôi, lượng điện quý vị dùng tháng trước là 812 kWh.",
               "Chúng tôi đã gọi số 909.555.0122 nhưng không liên lạc được, và đã gửi bản sao tới phuoc.lam@yahoo.com.",
               "Hana Cole · (909) 620-2066 · hcole@pomonaca.gov")
    found = pairs_found("https://www.pomonaca.gov/vi/aviso.html", vi)
    assert {("phone", "909.555.0122"), ("email", "phuoc.lam@yahoo.com")} <= found
    hy = _page("Պետրոս Գասպարյան", "1188 N Garey Ave, Pomona, CA 91767", "Ձեր Սպասարկման հաշիվ՝ 700186259941 ։",
               "Հարգելի Պետրոս Գասպարյան,")
    names = values_of(pairs_found("https://www.pomonaca.gov/hy/aviso.html", hy), "customer_name")
    assert "Պետրոս Գասպարյան" in names and "Ձեր Սպասարկման" not in names


def test_office_number_and_signers_mailbox_in_a_customers_letter_stay_public():
    found = pairs_found("https://www.pomonaca.gov/es/aviso2.html", _letter(
        "Estimada Marisol Encarnación Ybarra:",
        "Si tiene preguntas, llame a nuestra oficina al (909) 555-0100 o visite el Centro de Servicio."))
    assert "(909) 555-0100" not in values_of(found, "phone")
    assert not values_of(found, "email")


# -- a testimonial under a program's staff contact ----------------------------------------------------------------

def _program_page(quote: str) -> str:
    return _page("PCE CARE / FERA", "Baseline: 340 kWh. Total: 6,204,118 kWh.",
                 "Bilingual staff: Oksana Feld, (909) 620-2311, ofeld@pomonaca.gov. Ganesha Community Center, "
                 "1575 N White Ave, Pomona, CA 91768.",
                 "Pomona Public Library (Account 3-34-413-8379) — City facility.", quote)


def test_testimonial_under_staff_contacts_is_a_customers_record():
    found = pairs_found("https://www.pomonaca.gov/care.html", _program_page(
        "<blockquote>“Florencio Batista Urrutia” — fbatista62@icloud.com: used 1,318 kWh.</blockquote>"))
    assert {("customer_name", "Florencio Batista Urrutia"), ("email", "fbatista62@icloud.com"),
            ("energy_usage", "1,318 kWh")} <= found
    assert "Oksana Feld" not in values_of(found, "customer_name")


def test_testimonial_names_in_hangul_chinese_and_arabic():
    for name, mailbox in (("남궁영호", "yhnamgung@daum.net"), ("司马秀兰", "smxl@qq.com"), ("وداد الحلبي", "wedad.h@gmail.com")):
        found = pairs_found("https://www.pomonaca.gov/care.html", _program_page(
            f"<blockquote>“{name}” — {mailbox}: 2,041 kWh.</blockquote>"))
        assert ("customer_name", name) in found and ("email", mailbox) in found


def test_officials_card_with_a_personal_mailbox_is_no_record():
    html = _page("Councilmember Elena Vashti, District 4", "(909) 620-2401", "evashti@pomonaca.gov",
                 "elena.vashti.d4@gmail.com", "Program savings this year: 41,200 kWh across 312 homes.")
    found = pairs_found("https://www.pomonaca.gov/council.html", html)
    assert not values_of(found, "customer_name")
    assert "elena.vashti.d4@gmail.com" not in values_of(found, "email")


# -- columns and labels in other languages ------------------------------------------------------------------------

def test_bilingual_staff_column_in_the_callers_language_holds_staff():
    rows = "".join(f"<tr><td>{d}</td><td>{n}</td><td>{a}</td><td>{s}</td></tr>" for d, n, a, s in (
        ("2026-02-03", "Lã Thị Diễm Hằng", "8000412267", "Roberta Finch"),
        ("2026-02-09", "Tăng Quốc Bảo", "8000419911", "Desmond Carrow")))
    html = _page(f"<table><tr><th>Ngày</th><th>Họ tên</th><th>Số tài khoản</th><th>Nhân viên song ngữ</th></tr>"
                 f"{rows}</table>", tag="div")
    names = values_of(pairs_found("https://www.pomonaca.gov/vi/log.html", html), "customer_name")
    assert {"Lã Thị Diễm Hằng", "Tăng Quốc Bảo"} <= names
    assert not {"Roberta Finch", "Desmond Carrow"} & names


def test_sign_up_sheet_headed_in_three_languages():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Nombre / Name / 姓名", "Idioma / Language", "Teléfono / 电话 / 전화", "Cuenta / 账户 / Account",
                     "Evento"])
    writer.writerows([["Ofelia Banderas Quiroz", "Español", "(909) 555-0114", "8000613344", "Feria de energía"],
                      ["褚明", "简体中文", "909-555-0182", "700612349918", "설명회"],
                      ["عفاف السقا", "العربية", "+1 909 555 0147", "8000617781", "박람회"],
                      ["Lương Văn Khải", "Tiếng Việt", "909.555.0133", "8000618824", "설명회"]])
    found = pairs_found("https://www.pomonaca.gov/data/signups.csv", out.getvalue())
    names = values_of(found, "customer_name")
    assert {"Ofelia Banderas Quiroz", "褚明", "عفاف السقا", "Lương Văn Khải"} <= names
    assert not {"설명회", "박람회", "Tiếng Việt", "Español", "简体中文"} & names
    assert "+1 909 555 0147" in values_of(found, "phone")


def test_translated_form_labels_are_no_names():
    form = docx_table([], "Pomona Choice Energy — CARE enrollment", "Անուն Ազգանուն / Name: Վահրամ Թորոսյան",
                      "Հաշվի համար / Account number: 8000724415", "Số An Sinh Xã Hội / Taxpayer ID: 523-41-7788",
                      columns=1)
    names = values_of(pairs_found("https://www.pomonaca.gov/forms/care.docx", form), "customer_name")
    assert "Վահրամ Թորոսյան" in names
    assert not {"Անուն Ազգանուն", "Số An Sinh Xã Hội"} & names


def test_311_requester_key_in_spanish():
    body = ('{"solicitudes": [{"id": "SR-2026-1021", "solicitante": "jacinta olmedo rivas", "telefono": "(909) 555-0155",'
            ' "direccion_servicio": "1187 N Garey Ave, Pomona, CA 91767", "tema": "Cortes de luz"}]}')
    found = pairs_found("https://www.pomonaca.gov/data/311.json", body)
    assert ("customer_name", "jacinta olmedo rivas") in found  # the key, not the words, says a person


# -- a meeting's note about a resident ----------------------------------------------------------------------------

def test_meeting_note_opening_with_the_residents_name():
    html = _page("社区会议 — Palomares Park Community Center, 499 E Arrow Hwy, Pomona, CA 91767.",
                 "卢丽华 以个人身份就公园问题发言.",
                 "褚国强 住在 1290 N Garey Ave; 提供了账户号码 700174085521, 表示电费上涨, 请回电 909-555-0172.")
    names = values_of(pairs_found("https://www.pomonaca.gov/zh/notes.html", html), "customer_name")
    assert "褚国强" in names and "卢丽华" not in names  # a public speaker on a park, no account
    ko = _page("주민 회의 — Pomona Public Library, 625 S Garey Ave, Pomona, CA 91766.",
               "김도현 공원 문제에 대해 개인 자격으로 발언.",
               "함지호 거주지 1451 E Holt Ave; 계정 번호를 알려줌 PCE-530277-14, 회신 전화 요청 909-555-0108.",
               "정전이 발생한 지역의 계정 번호 8000551249 확인 중.")
    names = values_of(pairs_found("https://www.pomonaca.gov/ko/notes.html", ko), "customer_name")
    assert "함지호" in names
    assert not {"김도현", "정전이"} & names


def test_korean_and_chinese_consumer_mailboxes_are_personal():
    found = pairs_found("https://www.pomonaca.gov/news.html", _page("Write to me at hyejin.oh@naver.com or "
                                                                    "wangli1988@163.com, my personal mailboxes."))
    assert {"hyejin.oh@naver.com", "wangli1988@163.com"} <= values_of(found, "email")
