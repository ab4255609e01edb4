"""Red team site45's leftover misses (round 46).

- (miss) A label in a language that puts whose number it is after the noun, with the utility's or program's initials
  between the label and its colon: Vietnamese "Mã khách hàng AGCE: 3184137693", Chinese "客户编号 AGCE:", Korean
  "고객 번호 AGCE:", Tagalog "numero ng account ng AGCE:", Spanish "Número de cliente de SCE:", English "Customer number
  AGCE:". The number is the label's; in a FAQ that retells a case ("Ông Bùi Thanh Sơn đã đăng ký qua điện thoại
  1-442-833-1271. Mã khách hàng AGCE: ...") the person and their phone are then the account's customer's. Hard
  negatives: another kind of number's initials before the colon ("Customer number APN:"), a translated sample bill, a
  translated notice's office phone.
- (twin rules) ``letters``' phone label beside the customer's own mailbox is ``labels.phone_label_pattern(home=True)``:
  the account and phone detectors' label (``PHONE_LABEL_BEFORE``) plus "Home", one definition.
"""
from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from detectors.context.letters import _PHONE_LABEL_BEFORE as LETTERS_PHONE_LABEL
from detectors.labels import PHONE_LABEL_BEFORE
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofexample.gov"


def _page(path: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{path}", f"<html><body><main>{body}</main></body></html>")


def _pages_pdf(*pages: list[str]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(40, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize("label", ["Mã khách hàng AGCE:", "客户编号 AGCE:", "고객 번호 AGCE:", "계좌 번호 SCE:",
                                   "numero ng account ng AGCE:", "Número de cliente de SCE:", "Customer number AGCE:",
                                   "Account number (AGCE):"])
def test_an_account_label_with_the_utilitys_initials_before_its_colon(label):
    assert values_of(_page("energy/faq.html", f"{label} 3184137693."), "account_number") == {"3184137693"}


def test_a_vietnamese_faq_case_with_the_customer_number_after_the_programs_initials():
    found = _page("energy/vi/hoi-dap.html",
                  "Chương trình Alder Grove Community Energy cung cấp điện sạch. Gọi (909) 418-2400 để được hỗ trợ.",
                  "Làm sao để đăng ký CARE? Ông Bùi Thanh Sơn đã đăng ký qua điện thoại 1-442-833-1271. "
                  "Mã khách hàng AGCE: 3184137693.")
    assert values_of(found, "account_number") == {"3184137693"}
    assert values_of(found, "customer_name") == {"Bùi Thanh Sơn"}
    assert values_of(found, "phone") == {"1-442-833-1271"}


def test_a_korean_faq_case_with_the_customer_number_after_the_programs_initials():
    found = _page("energy/ko/faq.html",
                  "CARE 신청 방법? 김민준 씨는 전화 909-379-6791 로 신청했습니다. 고객 번호 AGCE: 3184137693.")
    assert values_of(found, "account_number") == {"3184137693"}
    assert values_of(found, "customer_name") == {"김민준"}
    assert values_of(found, "phone") == {"909-379-6791"}


@pytest.mark.parametrize("label", ["Customer number APN:", "Account number PO:"])
def test_another_kind_of_numbers_initials_before_the_colon_make_no_account(label):
    assert not values_of(_page("planning/parcels.html", f"{label} 3184137693."), "account_number")


def test_a_translated_sample_bill_and_a_translated_notices_office_phone_are_silent():
    found = _page("energy/vi/hoa-don-mau.html", "Hóa đơn mẫu (cách đọc hóa đơn)", "Khách hàng: Nguyễn Văn A",
                  "Mã khách hàng AGCE: 3184137693", "Sử dụng: 560 kWh")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")
    found = _page("energy/zh/sample.html", "示例账单", "客户姓名: 张三", "客户编号 AGCE: 3184137693")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")
    found = _page("energy/vi/thong-bao.html", "Văn phòng Chương trình AGCE", "Điện thoại: (909) 418-2400",
                  "Giờ làm việc: 8 giờ sáng - 5 giờ chiều")
    assert not values_of(found, "phone")


@pytest.mark.parametrize("before", ["Tel ", "cb: ", "ph# ", "teléfono ", "Cell: ", "ANI ", "call ", "Phone number: "])
def test_the_shared_phone_label_keeps_its_labels(before):
    assert PHONE_LABEL_BEFORE.search(before)
    assert LETTERS_PHONE_LABEL.search(before)


def test_only_the_letters_contact_line_reads_home_as_a_phones_label():
    assert LETTERS_PHONE_LABEL.search("Home: ") and LETTERS_PHONE_LABEL.search("home ")
    assert not PHONE_LABEL_BEFORE.search("Home: ")
    assert not LETTERS_PHONE_LABEL.search("Homeowner ") and not LETTERS_PHONE_LABEL.search("Mobile home: x")


def _packet(contact_line: str) -> bytes:
    return _pages_pdf(["City Council Agenda Packet - April 8, 2025",
                       "Item 7: Appeal of Administrative Billing Determination",
                       "BACKGROUND: On February 3, 2025 staff received a written appeal from a residential customer.",
                       "The letter is attached as Attachment B."],
                      ["Attachment B - Customer Letter", "Alejandro Sarkisian", "217 Arrow Hwy, Loma Serena, CA 91788",
                       contact_line, "Re: Account No. LSCE-12525434",
                       "To the City Council: My December bill showed 1,629 kWh compared with 737 kWh the year before."])


@pytest.mark.parametrize("label", ["Phone:", "Home:", "Cell #:"])
def test_a_customer_letters_phone_labelled_beside_their_own_mailbox(label):
    contact_line = f"{label} (951) 806-5621\tEmail: asarkisian@att.net"
    found = pairs_found(f"{_SITE}/council/agenda-packet.pdf", _packet(contact_line))
    assert values_of(found, "phone") == {"(951) 806-5621"}


def test_an_offices_letter_keeps_its_contact_line_public():
    office = _pages_pdf(["Loma Serena Community Energy", "March 3, 2025", "Dear Ms. Ruiz:",
                         "We reviewed your account LSCE-12525434 and found no billing error.",
                         "Sincerely,", "Maria Lopez, Billing Specialist",
                         "Phone: (909) 555-0142\tEmail: mlopez@lomaserenaenergy.org"])
    assert not values_of(pairs_found(f"{_SITE}/energy/letter.pdf", office), "phone")
