"""Customer records written in the words of the City's other languages, and one business's EIN in its own record.

A notice in Vietnamese, Russian, Armenian, Arabic, Chinese, Korean or Spanish names the account, the service address,
the customer's phone and their usage with words of its language in running text ("số tài khoản ...", "по поводу счёта
...", "հաշվի համարն է ...", "حساب الخدمة رقم ...", "电费账户...", "cuenta de servicio número ..."): they label their
values as the English words do. A translated City page's office phone, City Hall's address and a class's average usage
stay public. A corporation's public EIN in its own paragraph does not make a sole proprietor's EIN, name and home in
the next one public.
"""
from __future__ import annotations

import pytest

from detectors.account_number import AccountNumberDetector
from detectors.labels import label_before
from detectors.model import Location, Segment
from tests.detector_helpers import values_found

_ALL = ("customer_name", "address", "phone", "account_number", "energy_usage", "taxpayer_id", "email")


def found(body: str, name: str = "page.html") -> dict[str, list[str]]:
    return values_found(name, body, _ALL)


def _page(*paragraphs: str) -> str:
    return "<main>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main>"


# --- account labels in a sentence ---------------------------------------------------------------------------------

@pytest.mark.parametrize("before, label", [
    ("Le escribimos sobre su cuenta de servicio número ", "cuenta de servicio"),  # "su cuenta" overlaps it
    ("Tài khoản dịch vụ số ", "Tài khoản dịch vụ"),
    ("Ձեր հաշվի համարն է ", "հաշվի համարն"),
    ("نود إعلامكم بأن حساب الخدمة رقم ", "حساب الخدمة"),
    ("обратилась по поводу счёта ", "счёта"),
    ("称其电费账户", "电费账户"),
])
def test_an_account_label_in_a_sentence_labels_the_number_after_it(before, label):
    detector = AccountNumberDetector()
    text = before + "5530918274."
    segment = Segment(text, Location(line=1))
    assert label_before(segment, len(before), detector.label_re, detector.text_label_re) == label


@pytest.mark.parametrize("html, account", [
    (_page("Tài khoản dịch vụ số 5530918274 tại địa chỉ 1187 Brookmere Ave., Unit 4 đã quá hạn thanh toán."),
     "5530918274"),
    (_page("Абонент обратилась по поводу счёта 7712093348 в марте."), "7712093348"),
    (_page("Ձեր հաշվի համարն է 3390127745, ծառայության հասցեն՝ 918 Sorrel Court։"), "3390127745"),
    (_page("نود إعلامكم بأن حساب الخدمة رقم 4-551-2093-18 للعنوان 2290 Kestrel Way متأخر في السداد."),
     "4-551-2093-18"),
    (_page("客户来电，称其电费账户MCP-402217-5519的账单有误。"), "MCP-402217-5519"),
    (_page("Le escribimos en relación con su cuenta de servicio número 3-418-7720-05."), "3-418-7720-05"),
])
def test_an_account_named_in_another_language_s_sentence_is_found(html, account):
    assert account in found(html).get("account_number", [])


def test_a_chinese_address_value_ends_at_chinese_punctuation():
    """"（服务地址：3315 Bramble Lane）于九月来电，..." : the address is the street's, not the rest of the sentence."""
    values = found(_page("客户王女士（服务地址：3315 Bramble Lane）于九月来电，称其电费账户MCP-402217-5519的账单有误。"))
    assert values.get("address") == ["3315 Bramble Lane"]
    assert values.get("account_number") == ["MCP-402217-5519"]


# --- notices to a customer in their language ----------------------------------------------------------------------

def test_a_vietnamese_notice_gives_its_customer_s_name_usage_and_phone():
    values = found(_page("Kính gửi Ông Lê Văn Tâm,",
                         "Tài khoản dịch vụ số 5530918274 tại địa chỉ 1187 Brookmere Ave., Unit 4 đã quá hạn thanh toán.",
                         "Trong tháng Tám, gia đình Ông/Bà đã sử dụng 733 kWh điện. Chúng tôi đã gọi đến số "
                         "626-418-2290 nhưng không liên lạc được.",
                         "Xin vui lòng gọi 1-855-402-7700 để được hỗ trợ."))
    assert values.get("customer_name") == ["Lê Văn Tâm"]
    assert values.get("energy_usage") == ["733 kWh"]
    assert values.get("phone") == ["626-418-2290"]


def test_an_arabic_notice_gives_its_customer_s_usage_and_phone():
    values = found(_page("السيد/السيدة كريم حداد المحترم،",
                         "نود إعلامكم بأن حساب الخدمة رقم 4-551-2093-18 للعنوان 2290 Kestrel Way متأخر في السداد.",
                         "بلغ استهلاككم للكهرباء في شهر أغسطس 1844 kWh. حاولنا الاتصال بكم على الرقم (818) 402-7715.",
                         "للاستفسار يرجى الاتصال بخدمة العملاء على 1-855-402-7700."))
    assert values.get("account_number") == ["4-551-2093-18"]
    assert values.get("energy_usage") == ["1844 kWh"]
    assert values.get("phone") == ["(818) 402-7715"]


def test_a_korean_notice_gives_the_number_it_called_the_customer_at():
    values = found(_page("박서연 고객님께,",
                         "고객님의 서비스 주소 5102 Alder Crest Road의 전기 요금 계정 번호 6-204-1187-30에 대해 안내드립니다.",
                         "9월 전기 사용량은 1,408 kWh로 크게 증가하였습니다. (213) 480-6631(으)로 연락드렸으나 통화가 "
                         "되지 않았습니다.",
                         "문의: 고객센터 1-855-402-7700"))
    assert values.get("energy_usage") == ["1,408 kWh"]
    assert values.get("phone") == ["(213) 480-6631"]


def test_an_armenian_letter_gives_its_customer_s_phone():
    values = found(_page("Հարգելի Արմեն Սարգսյան,",
                         "Ձեր հաշվի համարն է 3390127745, ծառայության հասցեն՝ 918 Sorrel Court։",
                         "Մենք փորձել ենք կապվել Ձեզ հետ 747-302-8816 հեռախոսահամարով։"))
    assert values.get("account_number") == ["3390127745"]
    assert values.get("phone") == ["747-302-8816"]


def test_a_spanish_letter_gives_the_phone_staff_tried_to_reach_the_customer_at():
    values = found(_page("Estimada Rocío Villaseñor Paz:",
                         "Le escribimos en relación con su cuenta de servicio número 3-418-7720-05.",
                         "Intentamos comunicarnos con usted al teléfono (818) 402-7715 sin éxito. Por favor llame a "
                         "Servicio al Cliente al 1-855-402-7700."))
    assert values.get("account_number") == ["3-418-7720-05"]
    assert values.get("phone") == ["(818) 402-7715"]


# --- hard negatives: translated City pages ------------------------------------------------------------------------

@pytest.mark.parametrize("html", [
    _page("Văn phòng Dịch vụ Khách hàng: 2150 Civic Center Plaza. Xin vui lòng gọi (909) 620-4100.",
          "Mức tiêu thụ trung bình của mỗi hộ gia đình: 520 kWh mỗi tháng."),
    _page("Para comunicarse con nosotros al teléfono (909) 620-4100, visite la Oficina de Servicio al Cliente en "
          "2150 Civic Center Plaza.", "El hogar promedio consumió 512 kWh por mes."),
    _page("يمكنكم الاتصال بنا على الرقم (909) 620-4100. عنوان مبنى البلدية: 2150 Civic Center Plaza.",
          "متوسط الاستهلاك للأسرة 540 kWh شهريًا."),
    _page("市政厅地址：2150 Civic Center Plaza，Marlowe Heights。客服电话：(909) 620-4100。", "户均用电量：每月 498 kWh。"),
    _page("문의: 고객센터 (909) 620-4100로 전화하십시오. 시청 주소: 2150 Civic Center Plaza.",
          "가구당 평균 사용량은 505 kWh입니다."),
    _page("Звоните нам по телефону (909) 620-4100. Мэрия: 2150 Civic Center Plaza.",
          "Среднее потребление домохозяйства составило 530 kWh."),
    _page("Զանգահարեք մեզ (909) 620-4100 հեռախոսահամարով։ Քաղաքապետարան՝ 2150 Civic Center Plaza։"),
])
def test_a_translated_city_page_s_office_phone_address_and_averages_stay_public(html):
    values = found(html)
    assert not values.get("phone")
    assert not values.get("address")
    assert not values.get("energy_usage")
    assert not values.get("account_number")


# --- a business's EIN in its own record ---------------------------------------------------------------------------

_CORPORATION = "Halvorsen Traffic Engineering, Inc. (federal tax ID 94-3318207) was added for signal timing."
_PROPRIETOR = ("Marcus Ellery, a sole proprietor doing business as Ellery Tree Service, was added for street tree "
               "pruning. He registered with his own EIN, 27-4410392, and his home address, 6120 Wrenfield Court, "
               "which is also his mailing address.")


@pytest.mark.parametrize("html", [_page(_CORPORATION, _PROPRIETOR), _page(_PROPRIETOR, _CORPORATION)])
def test_a_corporation_s_ein_in_its_own_paragraph_leaves_a_sole_proprietor_s_record_his(html):
    values = found(html)
    assert values.get("taxpayer_id") == ["27-4410392"]
    assert "6120 Wrenfield Court" in values.get("address", [])
    assert values.get("customer_name") == ["Marcus Ellery"]


@pytest.mark.parametrize("html", [
    _page(_CORPORATION),
    _page(_CORPORATION, "Ridgeline Paving Co. (EIN 33-1057718) was added for slurry seal work."),
    _page("New vendors approved by Purchasing.", _CORPORATION),
])
def test_corporations_eins_stay_public(html):
    assert not found(html).get("taxpayer_id")


@pytest.mark.parametrize("html", [
    _page("عزيزي المواطن،", "يمكنكم دفع فاتورتكم عبر الإنترنت. اتصل بنا على (909) 620-4100. مكتب البلدية: 2150 Civic "
          "Center Plaza."),
    _page("Уважаемый Абонент,", "Оплатить ваш счёт можно онлайн. Звоните (909) 620-4100. Офис: 2150 Civic Center Plaza."),
    _page("Kính gửi Quý khách,", "Tiết kiệm điện trong nhà của quý vị. Gọi (909) 620-4100. Văn phòng: 2150 Civic "
          "Center Plaza. Mức tiêu thụ trung bình 540 kWh."),
    _page("고객님의 편의를 위해 온라인 결제를 제공합니다. 문의 (909) 620-4100. 사무소: 2150 Civic Center Plaza."),
])
def test_a_translated_letter_to_every_customer_names_no_one(html):
    """A salutation and "your bill" in a customer's language, with no one's account or name, is the City's word to
    all its customers: its office's phone and address stay public."""
    assert not any(found(html).values())
