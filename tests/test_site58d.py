"""Round 58 (site58d): a multilingual city's customer letters, labels and units.

A mail merge of letters, one a page, each opening with a salutation and no closing; a city line written with its
accents; a password's label with an aside in brackets; the kilowatt-hour spelt in Korean and Khmer. Names, numbers
and wording differ from the red-team site's.
"""
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from detectors.registry import load_detectors

from tests.detector_helpers import make_document

_DETECTORS = load_detectors({})


def _pages(*pages: list[str]) -> Document:
    segments = [Segment(text, Location(page=n, line=k)) for n, lines in enumerate(pages, start=1)
                for k, text in enumerate(lines, start=1)]
    return Document(url="https://www.example-city.gov/docs/merge.pdf", content_type="application/pdf", segments=segments)


def _found(document: Document) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(document, _DETECTORS)}


def _letter(name: str, street: str, city: str, account: str, utility: str, greeting: str) -> list[str]:
    """One page of a mail merge: letterhead, title, date, inside address, account, salutation, body, and a signature
    of a name over a title with no closing word before it."""
    return ["Valle Sereno Clean Power · Valle Sereno, CA 91790", "Confirmación de inscripción", "4 de marzo de 2025",
            name, street, city, f"Número de cuenta: {account}\t·\tSCE: {utility}", greeting,
            "Le confirmamos que su cuenta ha sido inscrita en Valle Sereno Clean Power a partir del 2 de",
            "abril de 2025.", "Si desea darse de baja, llame al (626) 580-2100.", "Maribel Quintanilla",
            "Coordinadora de Programas"]


def test_each_letter_of_a_mail_merge_names_its_addressee_and_home():
    document = _pages(
        _letter("Graciela Nava Olmedo", "2291 Calle Robles", "La Cañada Flintridge, CA 91011", "VSC-448210",
                "7001928374", "Estimado(a) Graciela:"),
        _letter("Teodoro Quiroga", "815 Avenida Alta", "Piñon Hills, CA 92372", "VSC-771034", "7004412290",
                "Estimado(a) Teodoro:"),
        _letter("Lương Thị Diễm", "4407 Đường Hoa Sen", "Río Dell, CA 95562", "VSC-602215", "7009981273",
                "Kính gửi Diễm,"))
    found = _found(document)
    for name, street in (("Graciela Nava Olmedo", "2291 Calle Robles"), ("Teodoro Quiroga", "815 Avenida Alta"),
                         ("Lương Thị Diễm", "4407 Đường Hoa Sen")):
        assert ("customer_name", name) in found
        assert any(c == "address" and v.startswith(street) for c, v in found)
    assert not any(v == "Maribel Quintanilla" for _, v in found)


def test_a_letter_greeting_the_addressee_by_given_name_keeps_a_name_a_parser_calls_a_firm():
    document = _pages(["Valle Sereno Clean Power", "Kumpirmasyon", "Rowena Dimalanta", "5120 Sampaguita Ave",
                       "Valle Sereno, CA 91790", "Numero ng account: VSC-339018", "Mahal na Rowena,",
                       "Naka-enroll na ang inyong account."])
    assert ("customer_name", "Rowena Dimalanta") in _found(document)


def test_a_mail_merge_to_a_vendor_names_no_customer():
    document = _pages(
        ["City of Valle Sereno · Purchasing", "Notice of award", "Cañada Tree Care Inc.", "1800 Industrial Way",
         "La Cañada Flintridge, CA 91011", "Contract No. C-2025-114", "Estimado proveedor:",
         "Su propuesta fue aceptada por el Concejo."])
    found = _found(document)
    assert not any(c in ("customer_name", "address") for c, _ in found)


def test_a_password_label_with_the_login_it_is_for_in_brackets_labels_its_cell():
    for label in ("Password (online account)", "Contraseña (Mi Cuenta)", "密码 (网上账户)", "비밀번호 (온라인)"):
        document = make_document([("Nombre", "Zoila Paredes"), (label, "Quetzal#1971")])
        assert ("credential", "Quetzal#1971") in _found(document), label


def test_a_password_label_whose_aside_says_example_or_hint_labels_no_password():
    for label in ("Password (example)", "Contraseña (ejemplo)", "Password (hint)"):
        document = make_document([("Campo", "Descripción"), (label, "Quetzal#1971")])
        assert ("credential", "Quetzal#1971") not in _found(document), label


def test_the_kilowatt_hour_spelt_in_korean_or_khmer_is_a_customers_usage_in_their_note():
    found = _found(make_document("백승우 님 해지 요청. 계좌 VSC-550917, 지난달 사용량 1,344 킬로와트시."))
    assert ("energy_usage", "1,344 킬로와트시") in found
    found = _found(make_document(
        "Customer Srey Neang Phal asked to opt out. Account VSC-550918. ការប្រើប្រាស់ 972 គីឡូវ៉ាត់ម៉ោង"))
    assert any(c == "energy_usage" and v.startswith("972") for c, v in found)


def test_a_korean_rate_table_per_kilowatt_hour_is_no_usage():
    found = _found(make_document(["주거용 요금표: 1단계 0-400 킬로와트시 $0.29", "킬로와트시당 요금 $0.31",
                                  "평균 가정 사용량 520 킬로와트시"]))
    assert not any(c == "energy_usage" for c, _ in found)


def test_a_label_blocks_address_ends_at_a_semicolon_before_the_next_field():
    found = _found(make_document("3. Trịnh Văn Lộc — Địa chỉ dịch vụ: 9023 Đường Hoa Sen #12; Số tài khoản 5530 2174 90; "
                                 "Số điện thoại 626.204.7718. Điện năng tiêu thụ 1.204 kWh/tháng."))
    assert ("address", "9023 Đường Hoa Sen #12") in found
    assert ("account_number", "5530 2174 90") in found
    assert any(c == "energy_usage" and v.startswith("1.204") for c, v in found)


def test_a_tier_per_month_in_vietnamese_is_no_usage():
    found = _found(make_document(["Bậc 1: 0-400 kWh/tháng, 0,29 đô la mỗi kWh",
                                  "Mức tiêu thụ trung bình của các hộ gia đình trong thành phố: 550 kWh/tháng"]))
    assert not any(c == "energy_usage" for c, _ in found)


def test_the_readers_own_average_in_chinese_is_their_usage_and_a_citys_is_not():
    found = _found(make_document(["许志明", "您的账户 VSC-338812 已获批准。您每月平均用电量为 1,415 度。"]))
    assert any(c == "energy_usage" and v.startswith("1,415") for c, v in found)
    found = _found(make_document(["本市住户平均用电量为 520 度。", "每户平均 480 千瓦时。"]))
    assert not any(c == "energy_usage" for c, _ in found)


def test_ten_digits_after_the_utilitys_name_on_a_line_labelling_another_account_are_an_account():
    found = _found(make_document(["Gerardo Zepeda Luna", "Número de cuenta: VSC-448210 · SCE: 7001928374"]))
    assert ("account_number", "7001928374") in found
    found = _found(make_document(["Lưu Quang Vinh", "Số tài khoản: 4410 2281 07 · Edison: 7008812245"]))
    assert ("account_number", "7008812245") in found


def test_an_english_label_blocks_address_ends_at_a_semicolon_too():
    found = _found(make_document("Item 2. Odessa Freeland — Service address: 6610 Tamarack Ln Apt 9; Account 4410 2281 07; "
                                 "Phone 951.338.2046."))
    assert ("address", "6610 Tamarack Ln Apt 9") in found


def test_a_call_notes_customer_in_khmer_script_and_their_account_word():
    found = _found(make_document(["យឹម សុគន្ធា ស្នើសុំចាកចេញពីកម្មវិធី។ គណនី VSC-880214 អ៊ីមែល sokunthea.y@gmail.com",
                                  "អតិថិជន ទេព រតនា បានទូរស័ព្ទមក (562) 417-3390 អំពីវិក្កយបត្រ។ លេខគណនី គឺ 7006612458"]))
    assert ("customer_name", "យឹម សុគន្ធា") in found
    assert ("account_number", "VSC-880214") in found
    assert ("email", "sokunthea.y@gmail.com") in found
    assert ("customer_name", "ទេព រតនា") in found
    assert ("account_number", "7006612458") in found


def test_khmer_text_of_a_program_page_names_no_one():
    found = _found(make_document(["កម្មវិធីនេះ ជា កម្មវិធីថាមពលស្អាតរបស់ទីក្រុង។ សូមទូរស័ព្ទមក (626) 580-2100។",
                                  "សុខ ភាព និងសុវត្ថិភាព ជា អាទិភាព។"]))
    assert not any(c == "customer_name" for c, _ in found)


def test_the_account_word_alone_in_armenian_labels_a_notes_number():
    found = _found(make_document("Սոնա Աբրահամյան-ը խնդրեց դուրս գալ ծրագրից։ Հաշիվ 7004418265, էլ. փոստ sona.ab@yahoo.com"))
    assert ("account_number", "7004418265") in found
    assert ("email", "sona.ab@yahoo.com") in found


def test_a_chinese_call_notes_customer_run_into_the_word_for_customer_and_the_verb_of_calling():
    found = _found(make_document("客户冯秀兰来电（626-318-2290），询问账单。账户号码：3-402-7781-16。"))
    assert ("customer_name", "冯秀兰") in found
    found = _found(make_document("客户服务中心来电时间为周一至周五。客户要求退款请拨打 (626) 580-2100。"))
    assert not any(c == "customer_name" for c, _ in found)


def test_a_filipino_surname_with_its_particle_after_the_tagalog_person_marker():
    found = _found(make_document("Ang pamilya ni Rodrigo delos Santos sa 4120 Jacaranda Ave ay nag-enroll sa CARE. "
                                 "Ang numero ng account nila sa SCE ay 2-31-552-8190."))
    assert ("customer_name", "Rodrigo delos Santos") in found
    found = _found(make_document("Nagpasalamat si Konsehala Imelda de la Paz sa lahat ng dumalo."))
    assert not any(c == "customer_name" for c, _ in found)
