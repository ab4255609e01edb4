"""Long City PDFs (red team bigpdf37): text layers that do not read as text, words a hyphen breaks at a line's end,
spaced account numbers a line's end cuts.

- A page whose fonts have no Unicode mapping (a Type 3 font drawn from its own glyphs) gives PDFium glyph codes for
  text ("5UTWNHJW1 0I=>?"): such a page is read by OCR as a scan is, and the warning names it. A page in Vietnamese,
  a parts list of codes, a table of figures read as text.
- A hyphen ending a line inside a word (PDFium's U+FFFE) joins the word on its first line ("Jac-" / "aranda" ->
  "Jacaranda"), keeping the hyphen before a capital or between two words ("Upland-" / "Claremont"); the warning of
  unmapped text no longer lands on such a page.
- "on account 7100" / "385 264. The ..." in wrapped prose is one account; "ledger account 4410" / "2025 budget" is not.
"""
from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from crawler.extract import extract
from crawler.extract.pdf.text import dehyphenated, page_text, reads_as_text
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofpomona.example.gov/agendas"


def _pdf(lines: list[str], size: int = 10) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", size)
    for k, line in enumerate(lines):
        pdf.drawString(60, 740 - 14 * k, line)
    pdf.save()
    return out.getvalue()


def _words(body: bytes):
    document = pdfium.PdfDocument(body)
    page = document[0]
    textpage = page.get_textpage()
    try:
        return page_text(textpage).words
    finally:
        textpage.close()
        page.close()
        document.close()


_FILLER = ("The Public Works Department completed the annual pavement survey and the results were presented to the "
           "commission at its regular meeting in the spring, with staff recommending approval of the program.")


# --- 1. a text layer that does not read as text -----------------------------------------------------------------

_GLYPH_CODES = ["6SEH?GP 4 % 5QOPLJCN 4GIIGKE ;QJJ>NT \"RCKBLN MNGKP#", "5QOPLJCN1 0I=>?@ :;>BL ;>?",
                "9CNRG@C >BBNCOO1 *)0' :CB?QB 5NLOOGKE 7K$ 9LJLK> 53 0(.-.",
                "3@@LQKP KQJ?CN1 956%,)**%-).//'", "<CICMDLKC1 ,-)%,),%.)0/",
                "6J>GI1 >?LOLBC&O>I>JG2EJ>GI&@LJ", "4GIICB QO>EC$ 8@PL?CN @T@IC1 )$*+) H=F",
                "9NCM>NCB ?T PDC ?GIIGKE RCKBLN DLN PDC N>PC >MMC>I DC>NGKE&"]


def test_glyph_codes_without_a_unicode_mapping_do_not_read_as_text():
    assert not reads_as_text(_words(_pdf(_GLYPH_CODES)))
    assert reads_as_text(_words(_pdf([_FILLER[:95], _FILLER[95:], "Contact: Engineering Division, 909-620-2281"] * 3)))


def test_a_page_of_glyph_codes_is_read_by_ocr_and_named_in_the_warning():
    body = _pdf([_FILLER[:95], _FILLER[95:]])
    document = pdfium.PdfDocument(body)
    codes = pdfium.PdfDocument(_pdf(_GLYPH_CODES))
    document.import_pages(codes)
    out = io.BytesIO()
    document.save(out)
    extracted = extract(f"{_SITE}/packet.pdf", out.getvalue(), "application/pdf")
    second = [s for s in extracted.segments if s.location.page == 2]
    assert second and all(s.location.ocr for s in second)
    assert not any(s.location.ocr for s in extracted.segments if s.location.page == 1)
    assert "text without Unicode mapping left out on page(s) 2" in extracted.warnings


def test_foreign_languages_parts_lists_and_figures_read_as_text():
    vietnamese = ["Thông báo về hóa đơn tiền điện của quý khách. Chương trình năng lượng sạch của thành phố",
                  "cung cấp điện cho cư dân. Nếu quý vị có câu hỏi, xin vui lòng gọi cho bộ phận dịch vụ",
                  "khách hàng trong giờ làm việc từ thứ Hai đến thứ Sáu. Quý vị có thể chọn không tham gia",
                  "chương trình bất cứ lúc nào mà không mất phí và không ảnh hưởng đến dịch vụ điện."]
    parts = [f"{code}  {qty} EA  {price}" for code, qty, price in [
        ("XFMR-25KVA-1PH", 12, "1,240.00"), ("CKT-BRKR-20A", 40, "18.50"), ("PNL-200A-3PH", 2, "2,980.00"),
        ("WR-THHN-12AWG", 500, "0.42"), ("CND-PVC-SCH40", 300, "1.10"), ("BKR-QO120", 25, "9.80"),
        ("MTR-SKT-200", 6, "88.00"), ("GND-RD-8FT", 10, "14.25"), ("SPLC-KIT-15KV", 8, "140.00"),
        ("FUSE-K-T65", 30, "6.75"), ("TRMNL-BLK-12", 12, "4.40"), ("STRP-HNGR-PVC", 50, "1.05")]]
    figures = ["Fund  Department  FY2024  FY2025  Change"] + [
        f"{100 + k}  Dept-{k:02d}  ${k * 13171:,}  ${k * 14033:,}  {k * 0.7:.1f}%" for k in range(1, 25)]
    for lines in (vietnamese, parts, figures):
        assert reads_as_text(_words(_pdf(lines, size=8)))


# --- 2. a word a hyphen breaks at a line's end --------------------------------------------------------------------

def test_a_line_end_hyphen_joins_a_word_and_keeps_a_compound():
    assert dehyphenated("Jac\ufffearanda") == "Jacaranda"
    assert dehyphenated("ac\ufffecount") == "account"
    assert dehyphenated("Oye\ufffelaran,") == "Oyelaran,"
    assert dehyphenated("Upland\ufffeClaremont") == "Upland-Claremont"
    assert dehyphenated("self\ufffeservice") == "self-service"


def test_a_staff_report_with_words_broken_at_line_ends():
    lines = ["In May the Customer Service Division received a billing dispute from Ms. Temperance Oye-",
             "laran, who receives service at 2518 Jac-",
             "aranda Ter St. She reported that her usage was billed twice on ac-",
             "count 6-71-204-",
             "3398. She can be reached at 909-662-4170. Staff issued a credit for the Upland-",
             "Claremont corridor billing error."]
    extracted = extract(f"{_SITE}/report.pdf", _pdf(lines), "application/pdf")
    assert not extracted.warnings
    texts = [s.text for s in extracted.segments]
    assert any(text.endswith("Temperance Oyelaran,") for text in texts)
    assert any("2518 Jacaranda" in text for text in texts)
    assert any("Upland-Claremont" in text for text in texts)
    found = pairs_found(f"{_SITE}/report.pdf", _pdf(lines))
    assert "6-71-204-3398" in values_of(found, "account_number")
    assert any("Jacaranda" in value for value in values_of(found, "address"))


# --- 3. a spaced account a line's end cuts ------------------------------------------------------------------------

def test_a_spaced_account_cut_after_its_label_in_wrapped_prose():
    body = ("In April the division received a complaint from Mr. Osvaldo Trinidad, who was billed twice on account 7100\n"
            "385 264. He can be reached at (909) 441-7713. Staff confirmed the duplicate charge and issued a credit.\n")
    assert "7100 385 264" in values_of(pairs_found(f"{_SITE}/complaints.txt", body), "account_number")


def test_an_account_and_a_year_on_the_next_line_are_not_joined():
    from crawler.extract.text_fields import mend_cut_numbers
    line = "The transfer was posted by the Finance Department to the general ledger account 4410"
    assert mend_cut_numbers([line, "2025 budget adjustments were approved in June."]) == [
        line, "2025 budget adjustments were approved in June."]
