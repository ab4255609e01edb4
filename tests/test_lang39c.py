"""Round 39, usage figures in the number formats and scripts of the City's other languages (red team lang39).

A customer's usage is read whole, in a letter, a service log's note or a meeting's minutes, however its language
writes the number and the unit:
- a decimal comma after dots grouping the thousands ("1.486,7 kWh", Spanish and Vietnamese) or alone ("312,4 kWh"):
  not "1.486" cut at the comma;
- Arabic-Indic and Persian digits with the Arabic thousands separator, before the Arabic or Persian kilowatt-hour
  ("٣٬٤١٧ كيلوواط ساعة", "۲٬۴۱۸ کیلووات ساعت");
- thousands grouped by a space or a no-break space, before the Armenian or Russian unit ("1 874 կՎտ·ժ", "кВт·ч") or
  kWh as French writes it ("consommation de 2 315 kWh"); after a capital's word the first number is a label's ("Zone
  3 450 kWh" is zone 3's 450 kWh).
A letter is a customer's when its Arabic salutation greets the reader in both genders, as a form letter does
("عزيزي/عزيزتي").

Hard negatives in the same languages: a rate table's prices with decimal commas ("0,25 $/kWh"), a tier's threshold
("más de 1.000 kWh"), a program's totals sheet ("kWh ahorrados" beside each language's households), a baseline on a
program page, City facilities' usage, and a customer's letter's own lines on tiers and baselines in its language
("superior a 1.000 kWh", "trên 1.000 kWh", "higit sa 1,000 kWh", "يزيد ... على ١٬٠٠٠", "1 000 կՎտ·ժ-ից ավելի",
"1,000kWh 초과", "기본 사용량은 336kWh"): now that their figures are read, their words must make them no reading.
"""
from __future__ import annotations

import io
import os

import pytest

from tests.detector_helpers import docx_table, pairs_found, values_of, xlsx

SITE = "https://www.laverneca.gov"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def usage(path: str, body: str | bytes) -> set[str]:
    return values_of(pairs_found(f"{SITE}/{path}", body), "energy_usage")


def _page(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _unicode_pdf(lines: list[str]) -> bytes:
    """A one-page PDF of ``lines`` in DejaVu Sans, which has the Armenian and Vietnamese letters Helvetica lacks."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 11)
    for k, line in enumerate(lines):
        pdf.drawString(72, 740 - 16 * k, line)
    pdf.save()
    return out.getvalue()


_needs_font = pytest.mark.skipif(not os.path.exists(FONT), reason="the DejaVu fonts are not installed")


# --- decimal commas -------------------------------------------------------------------------------------------------

def test_a_spanish_letter_reports_the_whole_figure_with_its_decimal_comma():
    page = _page("Rosaura Villalobos Quintero", "1840 N Walnut Ave, La Verne, CA 91750",
                 "Número de cuenta: 3-044-5518-07", "Estimada Rosaura Villalobos Quintero:",
                 "Según nuestros registros, su consumo del mes pasado fue de 1.486,7 kWh.",
                 "Atentamente,", "Departamento de Servicios Públicos")
    assert usage("es/aviso.html", page) == {"1.486,7 kWh"}


@_needs_font
def test_a_vietnamese_letter_in_a_pdf_reports_a_figure_with_a_decimal_comma():
    pdf = _unicode_pdf(["Trần Văn Lộc", "2217 Bonita Ave, La Verne, CA 91750",
                        "Mã số tài khoản của quý vị là 3-118-4420-65.", "Kính gửi Ông/Bà Trần Văn Lộc,",
                        "Theo hồ sơ của chúng tôi, lượng điện quý vị dùng tháng trước là 312,4 kWh.",
                        "Trân trọng,", "Phòng Dịch vụ Khách hàng"])
    assert usage("vi/thong-bao.pdf", pdf) == {"312,4 kWh"}


def test_a_service_log_note_with_a_decimal_comma_is_read_whole():
    page = ("<table><tr><th>Fecha</th><th>Nombre</th><th>Número de cuenta</th><th>Teléfono</th><th>Notas</th></tr>"
            "<tr><td>2026-04-02</td><td>Evaristo Montalvo Ruelas</td><td>8000551234</td><td>(909) 596-1183</td>"
            "<td>dijo que su factura subió: 2.064,8 kWh.</td></tr></table>")
    assert usage("es/registro.html", page) == {"2.064,8 kWh"}


def test_rates_thresholds_and_program_totals_with_decimal_commas_are_no_usage():
    page = _page("Tarifas residenciales 2026",
                 "Cargo de generación: 0,25 $/kWh; cargo de entrega: 0,118 $/kWh.",
                 "Los hogares que consumen más de 1.000 kWh al mes pasan al nivel 2.",
                 "Ahorro total del programa en 2025: 1.312.845,5 kWh entre 4.816 hogares inscritos.",
                 "Personal bilingüe: Marisela Ocampo, (909) 596-8700, mocampo@laverneca.gov.")
    assert usage("es/tarifas.html", page) == set()


# --- Arabic-Indic and Persian digits --------------------------------------------------------------------------------

def test_an_arabic_service_log_note_in_arabic_indic_digits_is_usage():
    page = ("<table><tr><th>التاريخ</th><th>الاسم</th><th>رقم الحساب</th><th>الهاتف</th><th>ملاحظات</th></tr>"
            "<tr><td>2026-05-11</td><td>نادية الخوري</td><td>8000672210</td><td>(909) 593-4471</td>"
            "<td>قال إن الفاتورة ارتفعت: ٣٬٤١٧ كيلوواط ساعة.</td></tr></table>")
    assert usage("ar/registro.html", page) == {"٣٬٤١٧ كيلوواط ساعة"}


def test_an_arabic_letter_in_word_reports_its_usage():
    body = docx_table([["رقم حساب الخدمة", "700281946620"]],
                      "سليم حداد", "2290 Wheeler Ave, La Verne, CA 91750", "السيد سليم حداد،",
                      "وفقاً لسجلاتنا، بلغ استهلاككم في الشهر الماضي ١٬٩٥٢ كيلوواط ساعة.")
    assert usage("ar/carta.docx", body) == {"١٬٩٥٢ كيلوواط ساعة"}


def test_a_persian_record_in_persian_digits_is_usage():
    page = ("<table><tr><th>نام مشتری</th><th>شماره حساب</th><th>مصرف</th></tr>"
            "<tr><td>فرهاد رستمی</td><td>8000913377</td><td>۲٬۴۱۸ کیلووات ساعت</td></tr></table>")
    assert usage("fa/records.html", page) == {"۲٬۴۱۸ کیلووات ساعت"}


def test_an_arabic_rate_page_is_no_usage():
    page = _page("الأسعار السكنية", "خط الأساس: ٣٠٣ كيلوواط ساعة شهرياً.",
                 "السعر ٠٫٢٥ دولار لكل كيلوواط ساعة للاستهلاك الذي يزيد على ١٬٠٠٠ كيلوواط ساعة.",
                 "موظف ثنائي اللغة: Rami Haddad, (909) 596-8711, rhaddad@laverneca.gov.")
    assert usage("ar/program.html", page) == set()


# --- thousands grouped by spaces ------------------------------------------------------------------------------------

def test_an_armenian_letter_reads_a_figure_grouped_by_a_no_break_space():
    page = _page("Արմեն Սարգսյան", "1720 Foothill Blvd, La Verne, CA 91750", "Հաշիվ №: 3-557-1208-44",
                 "Հարգելի Արմեն Սարգսյան,",
                 "Մեր տվյալներով՝ անցյալ ամսվա ձեր սպառումը կազմել է 1\u00a0874 կՎտ·ժ։")
    assert usage("hy/namak.html", page) == {"1 874 կՎտ·ժ"}


@_needs_font
def test_an_armenian_letter_in_a_pdf_reads_a_figure_grouped_by_a_space():
    pdf = _unicode_pdf(["Անի Մկրտչյան", "2055 3rd St, La Verne, CA 91750", "Հաշիվ №: 3-557-1290-12",
                        "Հարգելի Անի Մկրտչյան,", "Մեր տվյալներով՝ անցյալ ամսվա ձեր սպառումը կազմել է 2 306 կՎտ·ժ։"])
    assert usage("hy/namak.pdf", pdf) == {"2 306 կՎտ·ժ"}


@pytest.mark.parametrize("note, figure", [
    ("consommation de 2 315 kWh selon le client", "2 315 kWh"),
    ("потребление за май 1 482 кВт·ч", "1 482 кВт·ч"),
    # a label's number after a capital's word is not the figure's thousands
    ("Zone 3 450 kWh", "450 kWh"),
])
def test_a_note_grouping_thousands_by_a_space(note, figure):
    page = ("<table><tr><th>Customer</th><th>Account</th><th>Notes</th></tr>"
            f"<tr><td>Odile Perrault</td><td>8000447190</td><td>{note}</td></tr></table>")
    assert usage("notes.html", page) == {figure}


def test_an_armenian_program_page_baseline_is_no_usage():
    page = _page("PCE CARE / FERA", "Բազային սահմանաչափ՝ 374 կՎտ·ժ ամսական։",
                 "Ծրագրի ընդհանուր խնայողությունը՝ 2 970 864 կՎտ·ժ։",
                 "Երկլեզու աշխատակից: Lilit Avetisyan, (909) 596-8742, lavetisyan@laverneca.gov.")
    assert usage("hy/program.html", page) == set()


# --- Arabic letters; notices to every customer ---------------------------------------------------------------------

def test_an_arabic_form_letter_greeting_dear_in_both_genders_is_a_customers():
    page = _page("ناظم حداد", "2290 Wheeler Ave, La Verne, CA 91750", "رقم حساب الخدمة: 700281946655",
                 "عزيزي/عزيزتي ناظم حداد،", "وفقاً لسجلاتنا، بلغ استهلاككم في الشهر الماضي ٢٬٠٤١ كيلوواط ساعة.")
    found = pairs_found(f"{SITE}/ar/ishaar.html", page)
    assert values_of(found, "energy_usage") == {"٢٬٠٤١ كيلوواط ساعة"}
    assert ("customer_name", "ناظم حداد") in found


def test_a_korean_notice_to_customers_on_a_public_page_is_no_usage():
    page = _page("전기 요금 안내", "고객님께 알려드립니다. 기본 사용량은 336kWh이며, 초과 시 요금이 높아집니다.",
                 "문의: Sandra Lee, (909) 596-8730")
    assert usage("ko/rates.html", page) == set()


def test_a_vietnamese_faq_on_what_you_use_is_no_usage():
    page = _page("Câu hỏi thường gặp", "Nếu quý vị dùng hơn 500 kWh mỗi tháng, giá điện sẽ cao hơn.",
                 "Ví dụ: quý vị đã dùng 600 kWh; phần vượt là 100 kWh.",
                 "Nhân viên song ngữ: Tâm Nguyễn, (909) 596-8750, tnguyen@laverneca.gov.")
    assert usage("vi/faq.html", page) == set()


_LETTER_HEADS = {
    "es": ("Rosaura Villalobos", "1840 N Walnut Ave, La Verne, CA 91750", "Número de cuenta: 3-044-5518-07",
           "Estimada Rosaura Villalobos:", "Su consumo del mes pasado fue de 1.486,7 kWh."),
    "vi": ("Trần Văn Lộc", "2217 Bonita Ave, La Verne, CA 91750", "Mã số tài khoản của quý vị là 3-118-4420-65.",
           "Kính gửi Ông/Bà Trần Văn Lộc,", "Lượng điện quý vị dùng tháng trước là 312,4 kWh."),
    "tl": ("Lorna Macaraeg", "2143 Bonita Ave, La Verne, CA 91750", "Ang inyong account ay 3-220-5876-41.",
           "Mahal na Lorna Macaraeg,", "Ang inyong konsumo noong nakaraang buwan ay 1,348 kWh."),
    "ar": ("سليم حداد", "2290 Wheeler Ave, La Verne, CA 91750", "رقم حساب الخدمة: 700281946620", "السيد سليم حداد،",
           "بلغ استهلاككم في الشهر الماضي ١٬٩٥٢ كيلوواط ساعة."),
    "hy": ("Արմեն Սարգսյան", "1720 Foothill Blvd, La Verne, CA 91750", "Հաշիվ №: 3-557-1208-44",
           "Հարգելի Արմեն Սարգսյան,", "Անցյալ ամսվա ձեր սպառումը կազմել է 1\u00a0874 կՎտ·ժ։"),
    "ko": ("홍민준", "캘리포니아주 라번시 Damien Ave 2410 (91750)", "서비스 계정: 8000776102", "홍민준 고객님께",
           "지난달 귀하의 전기 사용량은 1,906kWh입니다."),
}


@pytest.mark.parametrize("language, tariff, reading", [
    ("es", "Los hogares con un consumo superior a 1.000 kWh pagan la tarifa del nivel 2.", "1.486,7 kWh"),
    ("vi", "Các hộ dùng trên 1.000 kWh mỗi tháng trả giá bậc 2; mức cơ bản là 350 kWh.", "312,4 kWh"),
    ("tl", "Ang mga sambahayang gumagamit ng higit sa 1,000 kWh ay nasa Tier 2.", "1,348 kWh"),
    ("ar", "الأسر التي يزيد استهلاكها على ١٬٠٠٠ كيلوواط ساعة تدفع سعر الشريحة الثانية، وخط الأساس ٣٠٣ كيلوواط ساعة.",
     "١٬٩٥٢ كيلوواط ساعة"),
    ("hy", "1\u00a0000 կՎտ·ժ-ից ավելի սպառողները վճարում են երկրորդ աստիճանի սակագինը։ "
           "Բազային սահմանաչափը 374 կՎտ·ժ է։",
     "1 874 կՎտ·ժ"),
    ("ko", "월 1,000kWh 초과 사용 가구는 2단계 요금이 적용되며, 기본 사용량은 336kWh입니다.", "1,906kWh"),
])
def test_a_letters_thresholds_and_baselines_in_its_language_are_no_usage(language, tariff, reading):
    assert usage(f"{language}/letter.html", _page(*_LETTER_HEADS[language], tariff)) == {reading}


# --- a program's totals sheet -------------------------------------------------------------------------------------

def test_a_totals_sheet_of_kwh_saved_by_language_is_no_usage():
    book = xlsx([["Idioma", "Hogares inscritos", "kWh ahorrados"],
                 ["Español", 2242, 438848], ["Tiếng Việt", 419, 498951], ["한국어", 1023, 804907],
                 ["Tagalog", 1580, 167907]])
    assert usage("data/totales.xlsx", book) == set()


def test_city_facilities_usage_with_decimal_commas_is_no_customers():
    page = ("<table><tr><th>Instalación</th><th>Cuenta</th><th>Consumo</th></tr>"
            "<tr><td>Biblioteca Pública</td><td>3-034-4138-79</td><td>12.480,5 kWh</td></tr>"
            "<tr><td>Centro Comunitario Las Flores</td><td>3-034-4139-02</td><td>8.317,2 kWh</td></tr></table>")
    assert usage("es/instalaciones.html", page) == set()
