"""Customer records in the City's other languages: sample bills, passwords, Farsi application labels, usage figures.

A translated "how to read your bill" page marks its made-up values as samples in its own language ("（範例）",
"예시 청구서", "Иван Иванов"): it stays quiet as the English one does. A password given in Chinese, Korean or a Spanish
sentence ("新密碼：...", "su contraseña ... es ...", wrapped onto the next line) is a credential. A Farsi application's
"applicant name" and "service location address" label their values. A figure whose thousands a space groups
("2 145 կՎտժ") is read whole, but a tier's number before a figure ("Tier 1 300 kWh") is not joined to it.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import values_found

_ALL = ("customer_name", "address", "phone", "account_number", "energy_usage", "credential")


def found(body: str, name: str = "page.html") -> dict[str, list[str]]:
    return values_found(name, body, _ALL)


# --- sample pages in other languages -------------------------------------------------------------------------------

@pytest.mark.parametrize("intro, name, mark", [
    ("本頁以範例帳單說明各欄位：", "張三", "（範例）"),
    ("아래는 예시 청구서입니다.", "홍길동", "(예시)"),
    ("Ниже приведён образец счёта.", "Иван Иванов", "(образец)"),
])
def test_a_translated_sample_bill_stays_quiet(intro, name, mark):
    page = (f"<p>{intro}</p><table><tr><th>帳戶號碼 / Account number</th><td>8100-0000-0000{mark}</td></tr>"
            f"<tr><th>Customer name</th><td>{name}{mark}</td></tr>"
            f"<tr><th>Service address</th><td>456 Garey Ave., Pomona, CA 91767{mark}</td></tr></table>")
    assert found(page) == {}


def test_a_real_record_in_chinese_is_still_reported():
    page = ("<table><tr><th>帳戶號碼</th><td>8134-2270-5591</td></tr><tr><th>客戶姓名</th><td>林美華</td></tr>"
            "<tr><th>服務地址</th><td>2210 N. Garey Ave., Pomona, CA 91767</td></tr></table>")
    result = found(page)
    assert result.get("account_number") and result.get("customer_name") and result.get("address")


# --- passwords ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, password", [
    ("帳戶號碼：812345670981\n客戶忘記網上帳戶密碼，重設後新密碼：Lin@5521pw（已告知勿外傳）。\n", "Lin@5521pw"),
    ("Account: 812345670981\n密码：Wang$880zx\n", "Wang$880zx"),
    ("Cuenta 8123-4567-0981. La contraseña de su portal es Ibarra77#x (no compartir)\n", "Ibarra77#x"),
    ("Cuenta 8123-4567-0981. Le dije que la contraseña de su portal es\nIbarra77#x y que no la comparta.\n",
     "Ibarra77#x"),
])
def test_a_password_in_another_language_is_a_credential(text, password):
    assert found(text, "notes.txt").get("credential") == [password]


@pytest.mark.parametrize("text", [
    "如果忘記密碼，請點擊「重設密碼」。密碼須至少8個字元。\n",
    "Su contraseña debe tener al menos 8 caracteres. La contraseña es obligatoria.\n",
    "Para restablecer su contraseña del portal es\nnecesario llamar a la oficina.\n",
])
def test_password_help_on_a_public_page_is_no_credential(text):
    assert "credential" not in found(text, "help.txt")


# --- Farsi application labels -------------------------------------------------------------------------------------

def test_a_farsi_application_names_its_applicant_and_service_address():
    page = ("<dl><dt>نام متقاضی</dt><dd>زهرا کریمی</dd><dt>نشانی محل سرویس</dt>"
            "<dd>2245 N. Towne Ave., Pomona, CA 91767</dd><dt>تلفن</dt><dd>۹۰۹-۴۱۲-۷۷۰۳</dd>"
            "<dt>شماره حساب</dt><dd>۸۱۲۳۴۵۶۷۰۹۸۱</dd></dl>")
    result = found(page)
    assert result.get("customer_name") and result.get("address") and result.get("phone")


def test_a_farsi_office_page_stays_public():
    page = ("<dl><dt>نشانی دفتر</dt><dd>505 S. Garey Ave., Pomona, CA 91766</dd><dt>تلفن</dt>"
            "<dd>(909) 620-2251</dd><dt>ساعات کاری</dt><dd>دوشنبه تا جمعه</dd></dl>")
    result = found(page)
    assert "address" not in result and "phone" not in result


# --- usage with thousands grouped by a space ----------------------------------------------------------------------

@pytest.mark.parametrize("line, figure", [
    ("Սպառում: 2 145 կՎտժ", "2 145 կՎտժ"),  # the Armenian unit read as a unit since round 39
    ("Usage: 2 480 kWh", "2 480 kWh"),
])
def test_a_figure_grouped_by_a_space_is_read_whole(line, figure):
    assert found(f"Account: 6102 5583 9014\n{line}\n", "record.txt").get("energy_usage") == [figure]


def test_a_tier_number_is_not_joined_to_the_figure_after_it():
    text = "Account: 6102 5583 9014\nTier 1 300 kWh included at the baseline price.\n"
    assert "1 300" not in " ".join(found(text, "record.txt").get("energy_usage", []))
