"""Translated pages read as their English originals: an average's, a median's, a typical or a per-household figure's
label in a customer's language names no one's usage, and an office's address and service line on a translated
contact page are the office's."""
from __future__ import annotations

import pytest

from detectors.context.headers import header_kind
from tests.test_translations import scan  # noqa: F401 (the fixture: a page's findings through every detector)


@pytest.mark.parametrize("label", ["Karaniwang konsumo", "Katamtamang konsumo ng kuryente", "平均用电量", "户均用电量",
                                   "每户用电量", "가구당 사용량", "중앙값 사용량", "Consumo promedio", "Consumo típico",
                                   "Consumo por hogar", "mức tiêu thụ trung bình", "Tipikal na konsumo"])
def test_a_translated_statistic_column_names_no_ones_usage(label):
    """An average, median, typical or per-household figure, in a customer's language, is a class's statistic."""
    assert header_kind(label)[0] is None


@pytest.mark.parametrize("label", ["Konsumo", "用电量", "사용량", "Consumo"])
def test_the_usage_label_alone_stays_usage(label):
    assert header_kind(label)[0] == "usage"


def test_an_average_label_written_onto_its_qualifier_in_chinese_is_no_usage_field(scan):
    """"平均家庭用电量：" is an average's label: the characters written before "用电量" qualify it, as the words
    before an English label do ("Average household usage:")."""
    html = "<p>客服电话：(909) 620-2079。平均家庭用电量：每月 497 kWh。</p>"
    assert not {value for category, value in scan(html) if category == "energy_usage"}


_LIAISON = {"zh": "社区联络员：Helen Tran，htran@valleypower.org，(951) 555-0131。平均家庭用电量：每月 488 kWh。",
            "tl": "Tagapag-ugnay: Helen Tran, htran@valleypower.org, (951) 555-0131. Karaniwang konsumo: 488 kWh.",
            "es": "Enlace comunitario: Helen Tran, htran@valleypower.org, (951) 555-0131. Consumo: 488 kWh por mes."}


@pytest.mark.parametrize("html", [
    f"<p>客服电话：(951) 555-0100。办公地址：2210 Orchard Ridge Pkwy, Suite 300, Pomona, CA 91767。{_LIAISON['zh']}</p>",
    f"<p>Telepono ng tanggapan: (951) 555-0100. Opisina: 2210 Orchard Ridge Pkwy, Suite 300, Pomona, CA 91767. "
    f"{_LIAISON['tl']}</p>",
    f"<p>Línea de atención: (951) 555-0100. Oficina: 2210 Orchard Ridge Pkwy, Suite 300, Pomona, CA 91767. "
    f"{_LIAISON['es']}</p>",
])
def test_a_translated_contact_pages_office_address_and_service_line_stay_quiet(scan, html):
    """The words of an office and a service line in a customer's language make the number and the address
    the office's, as "Office:" and "Customer service line" do in English, whatever else the page says."""
    found = scan(html)
    assert ("phone", "(951) 555-0100") not in found
    assert not {value for category, value in found if category == "address"}


@pytest.mark.parametrize("html, phone, address", [
    ("<p>客户姓名：王建华</p><p>客户电话：(626) 555-0177</p><p>服务地址：918 Larkspur Ln, Pomona, CA 91767</p>"
     "<p>账户号码：7730219845</p>", "(626) 555-0177", "918 Larkspur Ln, Pomona, CA 91767"),
    ("<p>Nombre del titular: Rosa Garza</p><p>Teléfono: (626) 555-0177</p>"
     "<p>Dirección de servicio: 918 Larkspur Ln, Pomona, CA 91767</p><p>Número de cuenta: 7730219845</p>",
     "(626) 555-0177", "918 Larkspur Ln, Pomona, CA 91767"),
])
def test_a_translated_customer_record_keeps_its_phone_and_address(scan, html, phone, address):
    found = scan(html)
    assert ("phone", phone) in found and ("address", address) in found


@pytest.mark.parametrize("line", [
    "Tagapag-ugnay: Rosalinda Manalo, rmanalo@valleypower.org, (626) 418-3307. Karaniwang konsumo: 540 kWh bawat buwan.",
    "社区联络员：Helen Zhou，hzhou@valleypower.org，(626) 418-3312。平均家庭用电量：每月 540 kWh。",
    "Điều phối viên: Thanh Tran, ttran@valleypower.org, (626) 418-3319. Mức tiêu thụ trung bình: 540 kWh mỗi tháng.",
    "Enlace comunitario: Graciela Ibarra, gibarra@valleypower.org, (626) 418-3321.",
])
def test_a_translated_staff_liaison_and_the_average_beside_her_are_public(scan, line):
    """A contact page's liaison, titled in the customer's language, is staff as "Coordinator:" is in English, and the
    average household figure on the same line is a statistic."""
    assert scan(f"<main><p>{line}</p></main>") == set()


def test_a_customer_named_on_a_translated_page_is_still_found(scan):
    found = scan("<main><p>Kostumer: Rosalinda Manalo, 4127 Calle Pinon, Pomona, (626) 418-3307, konsumo 1,240 kWh"
                 " noong Hulyo.</p></main>")
    assert ("customer_name", "Rosalinda Manalo") in found and ("energy_usage", "1,240 kWh") in found
