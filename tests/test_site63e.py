"""Round 63 (site63e): a city publishing in many languages; the general causes of its misses and false findings."""
from __future__ import annotations

from detector_helpers import pairs_found, values_of, xlsx

LOG = "https://www.example-city.gov/documents/service-log.xlsx"


def test_a_header_naming_the_account_twice_does_not_lose_the_sheet():
    """A bilingual or doubled header ("Account / Meter", "Cuenta / Account") names no person's part: the sheet is
    still read, not failed whole."""
    rows = [["Date / Fecha", "Customer / Cliente", "Account / Meter", "Phone / Teléfono", "Notes / Notas"],
            ["2026-08-04", "Rosalind Okafor", "7-41-205-3398", "(626) 318-4470", "called about bill"],
            ["2026-08-05", "Bartolomé Icaza", "8832019475", "951-207-6613", "pidió plan de pagos"]]
    found = pairs_found(LOG, xlsx(rows))
    assert values_of(found, "account_number") == {"7-41-205-3398", "8832019475"}
    assert values_of(found, "customer_name") == {"Rosalind Okafor", "Bartolomé Icaza"}
    rows[0][2] = "Cuenta / Account"
    assert values_of(pairs_found(LOG, xlsx(rows)), "account_number") == {"7-41-205-3398", "8832019475"}


def test_a_doubled_account_header_over_city_facilities_stays_quiet():
    rows = [["Facility / Instalación", "Account / Meter", "Annual kWh"],
            ["Main Library", "2-19-447-0381", "412,330"], ["Fire Station 3", "2-19-447-0390", "98,120"]]
    assert not pairs_found(LOG, xlsx(rows))


NOTICE = "https://www.example-city.gov/es/avisos/aviso-2026.pdf"


def _found(text: str, url: str = NOTICE) -> set[tuple[str, str]]:
    return pairs_found(url.replace(".pdf", ".txt"), text)


def test_a_usage_label_qualified_by_its_unit_and_period():
    """A field's label may carry its unit in brackets and the period it covers before the colon, in any language."""
    text = ("Nombre del titular: Casimira Olazábal\nNúmero de cuenta: 3-58-902-1147\n"
            "Dirección de servicio: 2291 Nogal Ct, Riverbend, CA 92503\n"
            "Consumo (kWh) del mes anterior: 512\nConsumo de gas: 19 termias\n")
    assert {"512", "19 termias"} <= values_of(_found(text), "energy_usage")
    english = ("Customer: Isidore Makarov\nAccount number: 3-58-902-1147\nUsage (kWh) for the last billing period: 642\n")
    assert "642" in values_of(_found(english), "energy_usage")


def test_foreign_labels_with_a_unit_in_brackets():
    vi = ("Tên khách hàng: Quan Thị Bích Ngà\nSố tài khoản: 4410238857\nĐịa chỉ dịch vụ: 915 Larkspur St, Riverbend, CA 92503\n"
          "Lượng điện tiêu thụ (kWh): 733\n")
    assert "733" in values_of(_found(vi), "energy_usage")
    hy = ("Հաճախորդի անուն՝ Շողիկ Դավթյան\nՀաշվի համար՝ 6-02-775-3190\nԾառայության հասցե՝ 407 Quince Ave, Riverbend, CA 92503\n"
          "Սպառում (կՎտ·ժ)՝ 577\n")
    assert "577" in values_of(_found(hy), "energy_usage")


def test_an_account_label_naming_its_utility_in_brackets_or_on_file():
    text = ("Customer: Isidore Makarov\nService address: 2291 Nogal Ct, Riverbend, CA 92503\n"
            "Gas account (SoCalGas) on file: 0418 229 310 7\nCuenta de gas en archivo: 0552 108 733 2\n")
    assert {"0418 229 310 7", "0552 108 733 2"} <= values_of(_found(text), "account_number")


def test_a_qualified_label_of_a_class_or_a_rate_stays_public():
    text = ("Program summary, fiscal year 2025\nResidential customers enrolled: 41,280\n"
            "Average usage (kWh) last year: 540\nRate (per kWh) this period: $0.31\n"
            "Baseline allowance (kWh) per month: 350\nCall 1-866-482-2870 for help.\n")
    assert not _found(text, "https://www.example-city.gov/reports/summary.pdf")


def test_a_vietnamese_letter_greeting_its_customer_by_title():
    """'Kính gửi Cô/Bác/Chú ...' greets the customer; 'mức tiêu thụ ... của quý vị' is their usage; the phone the
    letter will call, beside their own mailbox, is theirs."""
    text = ("Chương trình Năng lượng Sạch — THÔNG BÁO\nNgày 3 tháng 4 năm 2026\nKính gửi Cô Lê Thị Hồng Nhung,\n"
            "Tài khoản số 8840215563 tại địa chỉ 3120 Primrose Ln, Riverbend, CA 92503 đã được ghi danh.\n"
            "Mức tiêu thụ điện tháng này của quý vị là 842 kWh.\n"
            "Chúng tôi sẽ liên lạc với quý vị qua số điện thoại 951 302 4417 hoặc email nhung.le58@yahoo.com.\n"
            "Trân trọng, Phòng Dịch vụ Khách hàng\n")
    found = _found(text)
    assert "Lê Thị Hồng Nhung" in values_of(found, "customer_name")
    assert "842 kWh" in values_of(found, "energy_usage")
    assert "951 302 4417" in values_of(found, "phone")


def test_a_vietnamese_notice_to_residents_names_no_customer():
    text = ("Kính gửi Quý cư dân,\nHội thảo tiết kiệm điện sẽ được tổ chức tại Thư viện Công cộng, 140 Mesa St.\n"
            "Mức tiêu thụ trung bình của một hộ gia đình là 540 kWh mỗi tháng.\n"
            "Xin gọi số điện thoại 1-866-482-2872 hoặc email hoithao@example-city.gov.\nTrân trọng, Văn phòng Thành phố\n")
    found = _found(text, "https://www.example-city.gov/vi/hoi-thao.pdf")
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage") and not values_of(found, "phone")


def test_a_translated_chat_whose_customer_turns_are_labelled_in_vietnamese():
    html = ("<html><body><h3>Hội thoại #4410</h3><ol><li><b>Mai Anh Tran:</b> Xin chào, tôi có thể giúp gì?</li>"
            "<li><b>Khách hàng:</b> Tôi là 梁秀英, số tài khoản 58120447.</li>"
            "<li><b>Mai Anh Tran:</b> Xin xác nhận địa chỉ dịch vụ?</li>"
            "<li><b>Khách hàng:</b> 2716 Wisteria Ct, Riverbend.</li>"
            "<li><b>Khách hàng:</b> Email của tôi là xiuying.liang@gmail.com, điện thoại 951.440.2871.</li>"
            "<li><b>Mai Anh Tran:</b> Cảm ơn. Tháng trước quý vị dùng 612 kWh.</li></ol></body></html>")
    found = pairs_found("https://www.example-city.gov/vi/ho-tro/hoi-thoai.html", html, "text/html")
    assert "梁秀英" in values_of(found, "customer_name")
    assert "2716 Wisteria Ct" in " ".join(values_of(found, "address"))
    assert "951.440.2871" in values_of(found, "phone") and "612 kWh" in values_of(found, "energy_usage")
    assert "Mai Anh Tran" not in values_of(found, "customer_name")


def test_a_chinese_letter_greeting_by_title_and_the_number_it_will_call():
    text = ("尊敬的冯丽娟女士：\n您的账户（账户号码：5-20-338-1946）已加入本市清洁能源计划。服务地址：880 Alder Glen Rd, Riverbend, CA 92503。\n"
            "如有疑问，我们会致电 909 771 2046 或发送电子邮件至 lijuan.feng@outlook.com。\n"
            "中文服务热线：1-866-482-2873。\n")
    found = _found(text, "https://www.example-city.gov/zh/tongzhi.pdf")
    assert "冯丽娟" in values_of(found, "customer_name")
    assert "909 771 2046" in values_of(found, "phone")
    assert "1-866-482-2873" not in values_of(found, "phone")


def test_korean_words_with_their_particle_and_interpreters_are_no_customers():
    html = ("<html><body><h2>Public Comment</h2>"
            "<p><strong>Kim Do-yun</strong> (speaking through interpreter Graciela Ybarra):</p>"
            "<blockquote lang=\"ko\">안녕하세요. 제 이름은 김도윤입니다. 주소는 4410 Juniper Ave입니다. 계정 번호는 6-11-402-7735입니다. "
            "전화번호는 (626) 904-3318입니다.</blockquote>"
            "<p><em>Interpretation:</em> Hello. My name is Kim Do-yun. My address is 4410 Juniper Ave. My account number is "
            "6-11-402-7735. My phone number is (626) 904-3318.</p></body></html>")
    found = pairs_found("https://www.example-city.gov/council/minutes.html", html, "text/html")
    names = values_of(found, "customer_name")
    assert "Kim Do-yun" in names
    assert not any("주소" in n or "Ybarra" in n or "안녕" in n for n in names)


def test_a_sample_account_in_a_translated_guide_makes_no_record_of_the_partners_phones():
    html = ("<html><body><h1>社区合作伙伴</h1><ul><li>Riverbend Family Resource Center 电话：(951) 222-4180</li>"
            "<li>Inland Vietnamese Senior Association 电话：(951) 222-7719</li></ul>"
            "<p>中文热线：1-866-482-2873。示例账户号码：1-23-456-7890（仅供参考）。</p>"
            "<p>Sample account number: 3-48-210-5567 (for reference only).</p></body></html>")
    assert not pairs_found("https://www.example-city.gov/zh/partners.html", html, "text/html")


def test_an_address_ends_before_the_utility_letters_of_the_next_label():
    """A field's value on a line of several ends before the next label's qualifier: "..., OPC account: ...";
    an SSN or account after the address is still its own finding."""
    text = ("<html><body><main><p>The board heard the complaint of Leocadia Funes. Address: 4471 Birchwood Ct, VCE "
            "account: VC40218837, SSN: 512-44-1093, monthly usage: 1,108 kWh.</p></main></body></html>")
    found = pairs_found("https://www.example-city.gov/council/summary.html", text, "text/html")
    assert ("address", "4471 Birchwood Ct") in found
    assert ("ssn", "512-44-1093") in found and "VC40218837" in values_of(found, "account_number")


def test_a_facility_reports_account_and_usage_under_its_name_stay_public():
    """The City's energy report lists each facility's name over its account and usage: the City's own, no customer's;
    a customer's account under a line naming their street ("... at 12 Park Ave") is still theirs."""
    report = ("Energy report of City facilities, fiscal year 2025\nCity Hall, 505 Civic Center Dr\n"
              "Account (SCE): 2-19-447-0381\nUsage (kWh) last year: 412,330\n"
              "Main Library, 140 Mesa St\nAccount (SCE): 2-19-447-0390\nUsage (kWh) last year: 98,120\n")
    assert not _found(report, "https://www.example-city.gov/reports/facilities.pdf")
    letter = "RE: your service at 12 Park Ave, Riverbend\nAccount (SCE): 3-48-210-5567\nUsage (kWh) last month: 1,240\n"
    assert {("account_number", "3-48-210-5567"), ("energy_usage", "1,240")} <= _found(letter)
