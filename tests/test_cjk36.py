"""A customer the City's translated notices name after the word for customer, with their home or phone.

Chinese runs the name into 客户/用户 and closes it with an honorific ("客户陈丽华女士"), Korean writes 고객 apart from a
name marked 씨 or 님 ("고객 윤미경 씨"), Vietnamese puts khách hàng before Ông/Bà and the name: a customer named so beside their service address or phone in the same sentence
is a record, as "Customer Ana Ruiz (2210 Example Dr)" is in English. The mayor, staff, the customer-service desk and
its hotline stay public.
"""
from __future__ import annotations

import pytest

from detectors.context.cues import CUSTOMER_ROLE
from tests.detector_helpers import values_found

_ALL = ("customer_name", "address", "phone", "account_number", "energy_usage", "email")


def found(*paragraphs: str) -> dict[str, list[str]]:
    return values_found("notice.html", "<main>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main>", _ALL)


def test_a_chinese_customer_named_with_an_honorific_and_their_home():
    values = found("案例一 客户陈丽华女士（住址：4187 Sandpiper Court）于六月投诉电费过高，要求重新读表。")
    assert values.get("customer_name") == ["陈丽华"]
    assert values.get("address") == ["4187 Sandpiper Court"]


def test_a_chinese_user_named_with_an_honorific_and_their_phone():
    values = found("用户郭志强先生的联系电话是(909) 318-5520，他表示电表读数有误。")
    assert values.get("customer_name") == ["郭志强"]
    assert values.get("phone") == ["(909) 318-5520"]


def test_a_korean_customer_marked_ssi_with_their_home():
    values = found("사례 1 고객 윤미경 씨(주소: 2716 Meadowlark Drive)는 8월 요금이 두 배로 올랐다고 신고했습니다.")
    assert values.get("customer_name") == ["윤미경"]
    assert values.get("address") == ["2716 Meadowlark Drive"]


def test_a_vietnamese_customer_with_an_honorific_and_the_number_to_reach_them():
    values = found("Trường hợp 2: Khách hàng Bà Lâm Ngọc Trinh cho biết có thể gọi cho bà qua số 909-472-6618.")
    assert values.get("customer_name") == ["Bà Lâm Ngọc Trinh"]
    assert values.get("phone") == ["909-472-6618"]


@pytest.mark.parametrize("paragraph", [
    "市长王建国先生（办公地址：505 S Garey Ave）出席了社区会议。",  # the mayor at City Hall
    "客户服务中心主任林志远先生表示，如需帮助请致电(909) 620-2241。",  # the desk's head and its line
    "시장 최영수 씨는 시청(505 S Garey Ave)에서 회의를 주재했습니다.",  # the mayor
    "고객센터 담당자 한지민 씨에게 (909) 620-2241로 문의하십시오.",  # the customer-service desk's staff
    "Thị trưởng Ông Phạm Quốc Minh tiếp dân tại Tòa Thị chính, điện thoại (909) 620-2241.",  # the mayor
    "Nhân viên chăm sóc khách hàng Bà Trương Thị Lan trực đường dây nóng (909) 620-2241.",  # the desk's staff
])
def test_officials_staff_and_the_desk_stay_public(paragraph):
    values = found(paragraph)
    assert "customer_name" not in values and "phone" not in values


@pytest.mark.parametrize("text, calls", [
    ("客户陈丽华女士", True), ("PCE 고객인 윤미경 씨는", True), ("Khách hàng Bà Lý Thu Hà", True),
    ("客户服务中心", False), ("고객센터", False), ("고객 번호 5521", False), ("số khách hàng 2,400", False),
    ("dịch vụ khách hàng ông", False), ("chăm sóc khách hàng Bà Lan", False),
])
def test_the_word_for_customer_is_a_person_s_role_not_the_desk_s(text, calls):
    assert bool(CUSTOMER_ROLE.search(text)) is calls
