"""Red team prose20's causes: Ukrainian labels, an Arabic label glued to its Latin value, and a reporter named with
his outlet right after a customer's note."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def test_a_ukrainian_notices_labels():
    text = ("Шановний(а) Halyna Melnyk, номер рахунку: 8827-576766, адреса обслуговування: 3726 Juniper Ridge Rd. "
            "телефон: +1 208 299 0395.\n")
    result = found("notice.txt", text)
    assert result["customer_name"] == ["Halyna Melnyk"]
    assert result["account_number"] == ["8827-576766"]
    assert result["phone"] == ["+1 208 299 0395"]


def test_an_arabic_label_glued_to_its_latin_value():
    text = "السيد/السيدة Layla Haddad, رقم الحسابPCT-5991-6738, عنوان الخدمة1437 Lava Rock Dr. الهاتف208/244-3754.\n"
    result = found("notice.txt", text)
    assert result["account_number"] == ["PCT-5991-6738"]
    assert result["phone"] == ["208/244-3754"]


def test_a_ukrainian_notice_of_public_figures_gives_nothing():
    text = "Середнє споживання: 640 кВт·год. Телефон відділу: (208) 555-0100. Адреса: 411 W First St.\n"
    assert found("notice.txt", text) == {}


def test_a_reporter_after_a_customers_note_is_no_customer():
    text = ("10/16 14:40 re-read done at prem 3293 Cottonwood St; read confirmed, 907 kWh for cycle. Left vm for cust. "
            "Tyler Bybee of KPVI News 6 attended.\n")
    assert "customer_name" not in found("notes.txt", text)
