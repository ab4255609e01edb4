"""Field labels in the languages of the City's customers (``detectors.translations``): a foreign label reads as its
English equivalent in column headers, label blocks and the account detector's labels; translated public pages
(the City's own phone, program statistics, an outreach event) stay quiet. Also the premise/service-point label
family and "SA" written as an abbreviation, not the Tagalog word "sa"."""
from __future__ import annotations

import pytest

from crawler.config import Config
from crawler.extract import extract
from detectors.context.headers import header_kind
from detectors.engine import scan_document
from detectors.registry import load_detectors
from detectors.translations import to_english


@pytest.fixture(scope="module")
def scan():
    config = Config()
    detectors = load_detectors(config.detectors, config.public)

    def run(html: str) -> set[tuple[str, str]]:
        document = extract("https://www.pomonachoiceenergy.org/page.html", html.encode(), "text/html")
        return {(f.category, f.value) for f in scan_document(document, detectors)}
    return run


@pytest.mark.parametrize("label, english, kind", [
    ("Tên khách hàng", "customer name", "name"),
    ("Số tài khoản", "account number", "account"),
    ("so tai khoan", "account number", "account"),  # Vietnamese typed without its marks
    ("Địa chỉ dịch vụ", "service address", "address"),
    ("客户姓名", "customer name", "name"),
    ("帳戶號碼", "account number", "account"),
    ("電錶號碼", "meter number", "account"),
    ("用电量", "usage", "usage"),
    ("고객 번호", "customer number", "account"),
    ("휴대폰 번호", "phone number", "phone"),
    ("Numero ng Account", "account number", "account"),
    ("Pangalan ng Customer", "customer name", "name"),
    ("Հաճախորդի անուն", "customer name", "name"),
    ("Номер лицевого счёта", "account number", "account"),
    ("رقم الحساب", "account number", "account"),
    ("شماره کنتور", "meter number", "account"),
    ("お客様番号", "account number", "account"),
    ("លេខគណនី", "account number", "account"),
    ("ชื่อลูกค้า", "customer name", "name"),
    ("ग्राहक का नाम", "customer name", "name"),
    ("ਮੀਟਰ ਨੰਬਰ", "meter number", "account"),
    ("Número de cliente", "customer number", "account"),  # a number, not the customer's name
])
def test_foreign_labels_read_as_english(label, english, kind):
    assert to_english(label) == english
    assert header_kind(label)[0] == kind


@pytest.mark.parametrize("label, kind", [
    ("Premise No.", "account"), ("Prem ID", "account"), ("Premises #", "account"), ("Premise Address", "address"),
    ("参与客户数", None),  # a count of customers, as "Number of customers"
    ("平均用电量", None),  # an average, not one customer's usage
    ("행사 장소", "veto"),  # an event's venue
    ("部门", "veto"),
    ("Customer Name", "name"),  # English as it was
    ("Service Address", "address"),
])
def test_public_columns_read_as_english(label, kind):
    assert header_kind(label)[0] == kind


FOUND = {
    "Vietnamese definition list": (
        "<dl><dt>Tên khách hàng</dt><dd>Khoa Đỗ</dd><dt>Số tài khoản</dt><dd>C6947136</dd></dl>",
        {("customer_name", "Khoa Đỗ"), ("account_number", "C6947136")}),
    "Armenian table": (
        "<table><tr><th>Հաճախորդի անուն</th><th>Հաշվի համար</th></tr>"
        "<tr><td>Aram Karapetyan</td><td>1471 2577</td></tr></table>",
        {("customer_name", "Aram Karapetyan"), ("account_number", "1471 2577")}),
    "Tagalog definition list": (
        "<dl><dt>Numero ng Account</dt><dd>80094996572</dd><dt>Pangalan ng Customer</dt><dd>Jonel Soriano</dd></dl>",
        {("account_number", "80094996572"), ("customer_name", "Jonel Soriano")}),
    "Korean label block": (
        "<ul><li>고객명: Kang, Ha-eun / 고객 번호: 8036 8273 08 / 서비스 주소: 814 W La Verne Ave Spc 31 / "
        "전화번호: 951.272.2753</li></ul>",
        {("customer_name", "Kang, Ha-eun"), ("account_number", "8036 8273 08"),
         ("address", "814 W La Verne Ave Spc 31"), ("phone", "951.272.2753")}),
    "Korean table": (
        "<table><tr><th>고객명</th><th>고객 번호</th><th>서비스 주소</th><th>전화번호</th></tr><tr><td>Kang, Ha-eun</td>"
        "<td>8036 8273 08</td><td>814 W La Verne Ave Spc 31</td><td>951.272.2753</td></tr></table>",
        {("customer_name", "Kang, Ha-eun"), ("account_number", "8036 8273 08"),
         ("address", "814 W La Verne Ave Spc 31"), ("phone", "951.272.2753")}),
    "Chinese table": (
        "<p>以下客户已申请节能补贴。</p><table><tr><th>客户姓名</th><th>账户号码</th><th>服务地址</th><th>用电量</th>"
        "<th>电话</th></tr><tr><td>Zhou, Yan</td><td>6116583637</td><td>1510 W. Palomares St, Pomona, CA 91767</td>"
        "<td>2093 kWh</td><td>(951) 934-2127</td></tr></table>",
        {("customer_name", "Zhou, Yan"), ("account_number", "6116583637"),
         ("address", "1510 W. Palomares St, Pomona, CA 91767"), ("energy_usage", "2093 kWh"),
         ("phone", "(951) 934-2127")}),
    "traditional Chinese meter column": (
        "<table><tr><th>客戶姓名</th><th>電錶號碼</th></tr><tr><td>Chen, Mei-Ling</td><td>V482N-133779</td></tr></table>",
        {("customer_name", "Chen, Mei-Ling"), ("account_number", "V482N-133779")}),
    "Vietnamese sentence": (
        "<p>Nguyễn Văn An, số tài khoản là 5501238719, địa chỉ 1200 W Holt Ave.</p>",
        {("customer_name", "Nguyễn Văn An"), ("account_number", "5501238719")}),
    "Tagalog sentence, 'sa' before the phone": (
        "<p>Si Jericho M. Tolentino, nakatira sa 2146 N PEARL ST, ay may numero ng account na 0019 6037. "
        "Tawagan sa 951 379 2265.</p>",
        {("account_number", "0019 6037"), ("phone", "951 379 2265")}),
    "Russian definition list": (
        "<dl><dt>ФИО абонента</dt><dd>Irina Volkova</dd><dt>Номер лицевого счёта</dt><dd>4418229107</dd></dl>",
        {("customer_name", "Irina Volkova"), ("account_number", "4418229107")}),
    "Farsi table": (
        "<table><tr><th>نام مشتری</th><th>شماره حساب</th></tr><tr><td>Reza Tehrani</td><td>55012387</td></tr></table>",
        {("customer_name", "Reza Tehrani"), ("account_number", "55012387")}),
    # the premise family: singular or plural, whole or cut short, in labels and headers
    "Premises No. in a definition list": (
        "<dl><dt>Customer</dt><dd>Maria Lopez</dd><dt>Premises No.</dt><dd>4471998120</dd></dl>",
        {("customer_name", "Maria Lopez"), ("account_number", "4471998120")}),
    "premise family in text": (
        "<p>Customer: Maria Lopez, Premises No. 4471998120, Prem. Nbr 5512-8812</p>",
        {("account_number", "4471998120"), ("account_number", "5512-8812")}),
    "premise and service point columns": (
        "<table><tr><th>Customer</th><th>Premises No.</th><th>Service Point No.</th></tr>"
        "<tr><td>Maria Lopez</td><td>4471998120</td><td>55128812</td></tr></table>",
        {("account_number", "4471998120"), ("account_number", "55128812")}),
    # Chinese writes the number against the label's words, or after a full-width colon
    "Chinese sentence, number run together": (
        "<p>客户 王伟 的账户号码是5501238719。</p>", {("account_number", "5501238719")}),
    "Chinese lines with full-width colons": (
        "<p>客户姓名：王伟<br>账户号码：5501238719<br>电话：909-397-1234</p>",
        {("customer_name", "王伟"), ("account_number", "5501238719"), ("phone", "909-397-1234")}),
    # French (Louisiana, Québec), Haitian Creole (Florida) and Hawaiian notices
    "French label block": (
        "<p>Nom du client : Mireille Thibodeaux<br>Numéro de compte : 21-503388-02<br>Adresse de service : 418 Bayou "
        "Teche Rd<br>Téléphone : (337) 230-8995</p>",
        {("customer_name", "Mireille Thibodeaux"), ("account_number", "21-503388-02"), ("address", "418 Bayou Teche Rd"),
         ("phone", "(337) 230-8995")}),
    "Haitian Creole label block": (
        "<p>Kliyan: Wilner Désir<br>Nimewo kont: 21-504107-01<br>Telefòn: (305) 230-4471</p>",
        {("customer_name", "Wilner Désir"), ("account_number", "21-504107-01"), ("phone", "(305) 230-4471")}),
    "Hawaiian label block": (
        "<p>Inoa: Keola Kahananui<br>Helu moʻokāki: 21-509933-04<br>Kelepona: (808) 230-1187</p>",
        {("customer_name", "Keola Kahananui"), ("account_number", "21-509933-04"), ("phone", "(808) 230-1187")}),
    "Somali notice": (
        "<p>OGEYSIIS. Macmiil Faadumo Warsame, lambarka koontada 51-6193977-4. Cinwaanka adeegga: 2573 Windmill Cir "
        "Apt 4B. Taleefanka: 806-264-3519.</p>",
        {("customer_name", "Faadumo Warsame"), ("account_number", "51-6193977-4"), ("address", "2573 Windmill Cir Apt 4B."),
         ("phone", "806-264-3519")}),
    # a bilingual form's translation in brackets between the label and its value; a greeting before the name
    "Navajo gloss in brackets": (
        "<p>Yá'át'ééh Loretta Nez. Account number (bee naaltsoos bee nééhózin): 72-894977-51. Phone: 928/454-9871.</p>",
        {("customer_name", "Loretta Nez"), ("account_number", "72-894977-51"), ("phone", "928/454-9871")}),
    "SA written as an abbreviation": (
        "<p>SA# 8103947721 for Maria Lopez; S.A. 5501-23871</p>",
        {("account_number", "8103947721"), ("account_number", "5501-23871")}),
}


@pytest.mark.parametrize("html, expected", FOUND.values(), ids=FOUND.keys())
def test_found(scan, html, expected):
    assert expected <= scan(html)


NOT_FOUND = {
    # the City's number on a translated page
    "Vietnamese City phone": "<p>Số điện thoại của Thành phố: (909) 620-2311. Địa chỉ: 505 S. Garey Ave, Pomona, "
                             "CA 91766</p>",
    "Chinese program statistics": "<table><tr><th>计划</th><th>参与客户数</th><th>平均用电量</th><th>节省电量 (kWh)</th>"
                                  "</tr><tr><td>节能补贴</td><td>1,245</td><td>512 kWh</td><td>38,400</td></tr></table>",
    "Korean outreach event": "<h2>에너지 절약 행사</h2><p>행사 장소: 포모나 시청, 505 S. Garey Ave, Pomona, CA 91766</p>"
                             "<p>일시: 2025년 3월 15일</p><p>문의 전화: (909) 620-2311</p>",
    "Korean event table": "<table><tr><th>행사</th><th>장소</th><th>주소</th><th>전화</th></tr><tr><td>에너지 박람회</td>"
                          "<td>Palomares Park</td><td>499 E Arrow Hwy, Pomona, CA 91767</td><td>(909) 620-2321</td>"
                          "</tr></table>",
    "Tagalog 'po sa' before the City's number": "<p>Tawagan po sa 909 620 2311 para sa karagdagang impormasyon.</p>",
    "Tagalog 'sa' before a case number": "<p>Ang pagdinig sa 20240117 ay ipinagpaliban.</p>",
    "French office card": "<p>Service à la clientèle<br>Adresse : 505 rue Principale, Lafayette<br>Téléphone : "
                          "(337) 555-0100<br>Courriel : clientele@ville-lafayette.example</p>",
    "Haitian Creole office hours": "<p>Biwo sèvis kliyan: 505 S Garey Ave. Telefòn: (909) 620-2311. Lè: 8am-5pm.</p>",
    "Spanish department column": "<table><tr><th>Departamento</th><th>Teléfono</th></tr><tr><td>Servicios Públicos</td>"
                                 "<td>(909) 620-2241</td></tr></table>",
}


@pytest.mark.parametrize("html", NOT_FOUND.values(), ids=NOT_FOUND.keys())
def test_not_found(scan, html):
    assert scan(html) == set()


def _card_then_table(card: str, header: tuple[str, ...], row: tuple[str, ...]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header)
    values = "".join(f"<td>{v}</td>" for v in row)
    return f"<div>{card}<table><thead><tr>{cells}</tr></thead><tbody><tr>{values}</tr></tbody></table></div>"


def test_a_foreign_header_cell_after_a_customer_card_is_no_ones_name(scan):
    """A card's fields just above a Tagalog or Spanish table: the table's header row ("Pangalan ng customer |
    Address ng serbisyo") is a row of labels, not a label and its value."""
    tagalog = _card_then_table(
        "<h4>Rosario Magbanua</h4><ul><li><strong>Address ng serbisyo:</strong> 771 Kalayaan St, Arroyo Verde, CA "
        "93440</li><li><strong>Telepono:</strong> (805) 555-0171</li><li><strong>ITIN:</strong> 912-83-4410</li></ul>",
        ("Pangalan ng customer", "Address ng serbisyo", "Telepono", "Numero ng account"),
        ("Efren Dimaculangan", "3390 Bayanihan Ave, Arroyo Verde, CA 93440", "(805) 555-0144", "5520913377"))
    names = {value for category, value in scan(tagalog) if category == "customer_name"}
    assert "Address ng serbisyo" not in names and "Efren Dimaculangan" in names
    spanish = _card_then_table(
        "<ul><li><strong>Dirección de servicio:</strong> 1182 Calle Naranjo, Arroyo Verde, CA 93440</li>"
        "<li><strong>Número de cuenta:</strong> 5520913301</li></ul>",
        ("Nombre del cliente", "Dirección de servicio", "Teléfono"),
        ("Graciela Urquidi", "45 Calle Olmo, Arroyo Verde, CA 93440", "(805) 555-0139"))
    assert ("customer_name", "Dirección de servicio") not in scan(spanish)


def test_a_foreign_field_name_over_its_value_is_a_label_of_a_printed_form(scan):
    form = ("<p>Pangalan ng customer</p><p>Efren Dimaculangan</p><p>Address ng serbisyo</p>"
            "<p>3390 Bayanihan Ave, Arroyo Verde, CA 93440</p><p>SSN: 521-44-8830</p>")
    assert {("customer_name", "Efren Dimaculangan"),
            ("address", "3390 Bayanihan Ave, Arroyo Verde, CA 93440")} <= scan(form)
