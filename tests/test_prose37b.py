"""Customer records told in the prose of the City's translated pages (red team prose36: Vietnamese, Korean, Chinese,
Tagalog and Spanish documents).

- A name an honorific or a holder's word marks: Vietnamese ông/bà/chị before the family name ("Chị Phạm Thị Lan"),
  Korean 씨 after the name ("최민준 씨의 집"), Chinese between a holder's word and a verb ("客户陈美玲的家庭"), Tagalog
  si/kay/ni ("Ayon kay Rodel Manalo Cruz"): the whole name, which the record around it ties.
- A customer called "clienta" in Spanish, as "cliente" already was.
- A usage series whose thousands are grouped by dots, joined by the language's "and" ("1.842, 1.190 và 1.507 kWh").
- Hard negatives: the mayor and a council member named with their title in Chinese, Vietnamese, Tagalog and Spanish
  beside a customer's record; the City's hotline.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonaca.gov/pce"


def _page(name: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{name}", f"<html><body><h1>Pomona Choice Energy</h1>{body}</body></html>",
                       "text/html")


# --- Korean: a name marked 씨 ----------------------------------------------------------------------------------------

def test_korean_name_marked_ssi_with_home_and_usage():
    found = _page("jeongjeon-annae-ko.html",
                  "시의원 김도현 의원은 주민 지원을 약속했습니다.",
                  "최민준 씨의 집(2741 Larkhaven Dr)은 의료용 기본 할당 대상이며, 9월 사용량은 812 kWh였습니다.")
    assert "최민준" in values_of(found, "customer_name")
    assert "2741 Larkhaven Dr" in values_of(found, "address")
    assert "812 kWh" in values_of(found, "energy_usage")
    assert not any("김도현" in name for name in values_of(found, "customer_name"))  # the council member


# --- Chinese: a name between a holder's word and a verb ---------------------------------------------------------------

def test_chinese_customer_named_between_holder_word_and_verb():
    found = _page("tingdian-zh.html",
                  "市长 Daniel Okafor 表示，市政府将协助受影响的居民。",
                  "另一位客户陈美玲的家庭上月用电 1,932 kWh。",
                  "如需帮助，请致电 (855) 274-9032。")
    assert "陈美玲" in values_of(found, "customer_name")
    assert "1,932 kWh" in values_of(found, "energy_usage")
    assert not any("Okafor" in name for name in values_of(found, "customer_name"))  # the mayor
    assert "(855) 274-9032" not in values_of(found, "phone")


def test_chinese_holder_of_an_account_named_before_a_verb():
    found = _page("tousu-zh.html", "账户 7003 4418 2095 的持有人周建华表示可拨打 626-318-4470 与他联系。")
    assert "周建华" in values_of(found, "customer_name")


# --- Vietnamese: ông/bà/chị before the family name --------------------------------------------------------------------

def test_vietnamese_name_after_chi_is_the_whole_name():
    found = _page("khieu-nai-vi.html",
                  "Chị Phạm Thị Lan, khách hàng của Pomona Choice Energy, đã khiếu nại về hóa đơn. Số tài khoản SCE "
                  "của chị là 2-41-806-3327.")
    names = values_of(found, "customer_name")
    assert "Phạm Thị Lan" in names
    assert not any(name.startswith("Chị") for name in names)


def test_vietnamese_usage_series_grouped_by_dots():
    found = _page("dieu-tran-vi.html",
                  "Nghị viên Trần Quốc Huy đã phát biểu tại phiên điều trần.",
                  "Bà Lê Ngọc Hân là người đứng tên tài khoản 700418275530. Mức tiêu thụ của gia đình từ tháng 4 đến "
                  "tháng 6 lần lượt là 1.842, 1.190 và 1.507 kWh.")
    usage = values_of(found, "energy_usage")
    assert {"1.842", "1.190"} <= usage and any(value.startswith("1.507") for value in usage)
    assert "Lê Ngọc Hân" in values_of(found, "customer_name")
    assert not any("Quốc Huy" in name for name in values_of(found, "customer_name"))  # the council member


# --- Tagalog: si / kay / ni -------------------------------------------------------------------------------------------

def test_tagalog_name_after_kay_with_account():
    found = _page("ulat-tl.html",
                  "Pinasasalamatan namin si Konsehala Rowena Dimaculangan sa kanyang suporta.",
                  "Ayon kay Rodel Manalo Cruz, ang kanyang SCE account number ay 700-552-918-046.")
    names = values_of(found, "customer_name")
    assert "Rodel Manalo Cruz" in names
    assert not any("Dimaculangan" in name for name in names)  # the council member


# --- Spanish: "clienta" --------------------------------------------------------------------------------------------

def test_spanish_clienta_with_her_home():
    found = _page("informe-defensoria.html",
                  "La concejal Teresa Quintanilla pidió al personal dar seguimiento.",
                  "Marisol Ortega Vidal, clienta de Pomona Choice Energy con domicilio en 418 Fernleaf Court, Pomona, "
                  "CA 91767, presentó una queja el 9 de mayo por un cobro elevado.")
    assert "Marisol Ortega Vidal" in values_of(found, "customer_name")
    assert any(value.startswith("418 Fernleaf Court") for value in values_of(found, "address"))
    assert not any("Quintanilla" in name for name in values_of(found, "customer_name"))
