"""Causes found in prose by red teams prose18 and round 19, end to end through the extractor and every registry
detector. Hard negatives are a city site's text: the utility's own phone line under a customer's record.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a line that opens with the record's field labels, under the sentence that names the customer --------------------

CERTIFICATE = ("Medical certificate approved for Evangelina Troncoso (acct 62-3318401-7). Physician certifies a "
               "household member depends on a home dialysis machine. Disconnection is deferred 60 days.\n\n"
               "Svc addr: 4410 Ocotillo Bend, Apt 3. Cust ph 575/802-4419. Approved by the billing supervisor.\n")


def test_a_line_of_customer_field_labels_under_a_record_is_that_customers():
    result = found("log.txt", CERTIFICATE)
    assert result["customer_name"] == ["Evangelina Troncoso"]
    assert result["address"] == ["4410 Ocotillo Bend, Apt 3"]
    assert result["phone"] == ["575/802-4419"]


def test_the_utilitys_customer_service_line_under_a_record_is_public():
    text = ("Medical certificate approved for Evangelina Troncoso (acct 62-3318401-7). Disconnection is deferred.\n\n"
            "Customer phone line: 575/802-4000, weekdays 8 to 5. Service center: 900 W Grand Ave.\n")
    result = found("log.txt", text)
    assert result["customer_name"] == ["Evangelina Troncoso"]
    assert "phone" not in result
    assert "address" not in result



# -- a label's value ends at its sentence's stop when a label this tool does not know follows -----------------------

def test_a_value_stops_before_a_label_in_another_language():
    text = ("<p>Yá'át'ééh Delphine Begaye. Account number: 7-30-118-4426. Service address: 5518 Juniper Mesa Rd, "
            "Shiprock, NM 87420. Kwe'é bik'i adíídíił: one thousand forty kilowatt-hours. Phone: (505) 368-2207.</p>")
    result = found("notice.html", text)
    assert result["address"] == ["5518 Juniper Mesa Rd, Shiprock, NM 87420"]
    assert result["energy_usage"] == ["one thousand forty kilowatt-hours"]


def test_an_abbreviation_inside_an_address_does_not_end_it():
    text = "<p>Customer: Delphine Begaye. Service address: 5518 W. Juniper Mesa Rd. Phone: (505) 368-2207.</p>"
    result = found("notice.html", text)
    assert [value.rstrip(".") for value in result["address"]] == ["5518 W. Juniper Mesa Rd"]


# -- a public speaker who tells the board about their own bill ------------------------------------------------------

def test_a_public_speaker_telling_their_own_usage_is_a_customer():
    text = ("<p>The next speaker, Yusra Abdikarim of 7710 N Sandhill St, told the Board her July usage was 2,064 "
            "kilowatt hours though the house was empty. She asked that someone call her at 432.615.0927.</p>")
    result = found("minutes.html", text)
    assert result["customer_name"] == ["Yusra Abdikarim"]
    assert result["address"] == ["7710 N Sandhill St"]
    assert result["energy_usage"] == ["2,064 kilowatt hours"]
    assert result["phone"] == ["432.615.0927"]


def test_a_public_speaker_on_a_public_topic_and_an_invited_speaker_are_no_customers():
    text = ("<p>The next speaker, Yusra Abdikarim of 7710 N Sandhill St, spoke against the rezoning of the Sandhill "
            "lot and asked that staff call her at 432.615.0927.</p>"
            "<p>Guest speaker: Dr. Anselm Whitfeather of 300 College Ave, who presented the average home's July usage "
            "of 1,150 kWh.</p>")
    result = found("minutes.html", text)
    assert "customer_name" not in result
    assert "energy_usage" not in result


# -- "The claimant's home ..." goes on with the paragraph that names the claimant ----------------------------------

def test_the_claimants_record_below_the_paragraph_naming_them():
    text = ("<p>Claim OC-2026-41. The claimant, Rosalind Achterberg, reports that a surge on May 9 destroyed a "
            "freezer at the residence.</p><p>The claimant's home at 2290 Mesquite Draw Rd is served from Feeder 7. "
            "The account, 58-310442-19, is current.</p>")
    result = found("claims.html", text)
    assert result["customer_name"] == ["Rosalind Achterberg"]
    assert result["address"] == ["2290 Mesquite Draw Rd"]


def test_a_paragraph_about_the_claims_process_names_no_claimant():
    text = ("<p>Claims are reviewed by Risk Manager Rosalind Achterberg within 30 days.</p><p>The claimant's "
            "account, 58-310442-19, is credited when the claim is paid.</p>")
    assert "customer_name" not in found("claims.html", text)


# -- a mailbox whose name's dots are spelt in brackets ---------------------------------------------------------------

def test_a_mailbox_with_its_names_dots_in_brackets():
    text = ("<p>The largest balance belongs to Isolde Marchetti, whose account 3236755686 is delinquent. The last "
            "e-mail on file is isolde [dot] marchetti [at] aol [dot] com.</p>")
    assert found("memo.html", text)["email"] == ["isolde [dot] marchetti [at] aol [dot] com"]


# -- round 19 (prose19): names, parties and reporters ----------------------------------------------------------------

def test_the_full_name_of_a_customer_later_called_by_title_and_surname():
    text = ("Soo-yeon Kang of 2801 Portage Ave addressed the Board regarding her January bill. Ms. Kang stated that "
            "she was billed for 837 kWh. She read her account number, 44600707, into the record.")
    assert set(found("minutes.txt", text)["customer_name"]) == {"Soo-yeon Kang", "Ms. Kang"}


def test_a_reporter_the_customer_spoke_to_is_no_customer():
    text = ('"My bill showed 842 kWh," Ms. Osman told Aisha Mohamud of Sahan Journal. Her account number is '
            "TF-4410-2291-7. Mrs. Halvorsen told Marcus Odegaard, WTFL News 6, that she paid it.")
    names = found("release.txt", text).get("customer_name", [])
    assert "Aisha Mohamud" not in names
    assert "Marcus Odegaard" not in names


def test_a_customer_at_a_street_named_like_a_newspaper_is_still_the_customer():
    text = "Customer Ana Ruiz, 14 Herald St, acct 44600707, called about her bill."
    result = found("notes.txt", text)
    assert result["customer_name"] == ["Ana Ruiz"]
    assert result["address"] == ["14 Herald St"]


def test_a_plaintiffs_record_beside_the_utility_defendants_address():
    text = ("Plaintiff: Solveig Heikkinen, 3267 E Superior St, Tamarack Falls, MN 55872, telephone (612) 819-6229. "
            "Defendant: Tamarack Falls Public Utilities, 411 W. First Street, Tamarack Falls, MN 55872.\n"
            "Statement of claim: Defendant disconnected plaintiff's electric service (account 2783915973) in January.\n")
    result = found("claim.txt", text)
    assert result["customer_name"] == ["Solveig Heikkinen"]
    assert result["address"] == ["3267 E Superior St, Tamarack Falls, MN 55872"]
    assert result["phone"] == ["(612) 819-6229"]


def test_a_bare_ten_digit_callback_number_in_a_customers_record():
    text = "Customer Maricel Bautista, 326 Portage Ave, account TF-4410-2291-7. Call-back number: 7637940062."
    assert found("notes.txt", text)["phone"] == ["7637940062"]


# -- notices in languages written without spaces, and their labels ---------------------------------------------------

def test_values_glued_to_chinese_and_korean_text():
    chinese = ("尊敬的Wei Liu：您位于326 Portage Ave的用电服务将停止。您的账号是W43737-66。二月份用电量为977 kWh。"
               "我们会拨打您的电话(320) 941-0703，或发送电子邮件至wliu@yahoo.com。")
    result = found("zh.txt", chinese)
    assert result["account_number"] == ["W43737-66"]
    assert result["phone"] == ["(320) 941-0703"]
    assert result["email"] == ["wliu@yahoo.com"]
    assert result["address"] == ["326 Portage Ave"]
    korean = "Min-jun Park 님께: 128 Lakeview Terrace의 전기 서비스가 중단될 예정입니다. 고객님의 계정 번호는 TF-4410-2291-7입니다."
    assert found("ko.txt", korean)["address"] == ["128 Lakeview Terrace"]


def test_account_labels_in_amharic_russian_and_tagalog_and_a_tagalog_month_is_no_name():
    amharic = "ውድ Meron Haile፦ በ 2898 Ore Dock Rd ያለው አገልግሎት ይቋረጣል። የሂሳብ ቁጥርዎ TF-9816-6521-6 ነው።"
    russian = "Уважаемый(ая) Olga Kuznetsov! Номер вашего лицевого счёта: 372 452 4202."
    tagalog = ("Mahal na Maricel Bautista: Ang inyong account number ay 51-6481286042-6. Noong Pebrero, gumamit kayo ng "
               "740 kWh.")
    assert found("am.txt", amharic)["account_number"] == ["TF-9816-6521-6"]
    assert found("ru.txt", russian)["account_number"] == ["372 452 4202"]
    result = found("tl.txt", tagalog)
    assert result["account_number"] == ["51-6481286042-6"]
    assert result["customer_name"] == ["Maricel Bautista"]


def test_a_chinese_notice_of_public_numbers_gives_nothing():
    text = "市政厅地址：411 W. First Street。二月份全市平均用电量为612 kWh。客服电话(218) 340-2200。"
    assert found("zh.txt", text) == {}


def test_a_call_notes_kwh_before_the_figure_with_the_period_between():
    text = ("11/17 10:57 cust Nikolai Ivanova called re hi bill. svc addr 670 Sawmill Rd. acct 51-7929056833-4. "
            "kwh this cycle 2759 vs 870 LY.\n")
    assert "2759" in found("calls.txt", text)["energy_usage"]
    assert "energy_usage" not in found("rates.txt", "Tariff note: kwh this month 2026 rates apply to the class.\n")


def test_a_russian_notice_names_its_customer_in_the_salutation():
    text = ("Уважаемый(ая) Olga Kuznetsov! Сообщаем, что электроснабжение по адресу 2572 E Superior St,\n"
            "Tamarack Falls, MN 55874 будет отключено 14 марта, если задолженность $412.60 не будет погашена.\n"
            "Номер вашего лицевого счёта: 372 452 4202.\n")
    result = found("notice.txt", text)
    assert result["customer_name"] == ["Olga Kuznetsov"]
    assert result["account_number"] == ["372 452 4202"]
