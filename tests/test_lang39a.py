"""Customers' addresses written in the order of the City's other languages, and the City's own, public ones.

A customer writes their home as their language orders it, and a translated letter, form or log copies it so:
largest unit first in Chinese and Korean (state, city, street, the number marked 号/號/번지, the ZIP), the number after
the street in Spanish and Armenian ("Avenida Euclid #1420, Col. Ontario", "Norte Campus Ave 915, Upland, CA"), after
"Số" and before "đường" in Vietnamese, a city and state in Armenian or Arabic script after the street. Each is found
where the same customer's English-order address is: a letter to the customer (HTML, Word), a form (PDF), a sign-up
sheet (Excel), meeting notes that tie a resident to their account, a workshop's speaker notes (PowerPoint).
Hard negatives: the City's office address translated ("加州波莫纳市南加里大道505号": 505 S Garey Ave) in a letter's
sign-off and on a public page, a meeting place, a street closure, a shop with its address and phone (a Vietnamese or
Spanish shop's name opens with its trade: "Tiệm phở Minh Châu", "Taquería Delgado"), a rate table, a street's name
and a year in running text ("Euclid Ave 2025 repaving"), a numbered road ("Route 66, Upland, CA").
"""
import io

from detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of, workbook

from detectors.context.shapes import is_street_address, street_addresses
from detectors.public_contacts import PublicContacts

SITE = "https://www.pomonachoiceenergy.org/docs/"


def _found(name: str, body) -> set[tuple[str, str]]:
    return pairs_found(SITE + name, body)


def _page(*paragraphs: str, lang: str = "zh") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Aviso</title></head><body><header>City of Pomona'
            f"</header><main>{body}</main></body></html>")


def _addresses(text: str) -> list[str]:
    return [m.group() for m in street_addresses(text)]


def _squeezed(values: set[str]) -> set[str]:
    """Values without their spaces: extraction sets a space between scripts ("加州波莫纳市 Towne Ave1788 号")."""
    return {"".join(value.split()) for value in values}



# --- the shapes ---------------------------------------------------------------------------------------------------

def test_largest_unit_first_in_chinese_and_korean():
    assert _addresses("地址：加州安大略市N Euclid Ave1420号 91762") == ["加州安大略市N Euclid Ave1420号 91762"]
    assert _addresses("林志豪住在加州奇诺市中央大道 5120 號 91710，") == ["加州奇诺市中央大道 5120 號 91710"]
    assert _addresses("克莱蒙特市 Foothill Blvd 815 号") == ["克莱蒙特市 Foothill Blvd 815 号"]
    assert _addresses("캘리포니아주 온타리오시 W Mission Blvd 2280 (91762)") == ["캘리포니아주 온타리오시 W Mission Blvd 2280 (91762)"]
    assert _addresses("거주지 캘리포니아주 치노시 리버사이드 드라이브 4410 번지") == ["캘리포니아주 치노시 리버사이드 드라이브 4410 번지"]


def test_number_after_the_street_in_spanish_and_armenian():
    assert _addresses("vive en Avenida Euclid #1420, Col. Ontario, CA 91762; dio") == [
        "Avenida Euclid #1420, Col. Ontario, CA 91762"]
    assert _addresses("vive en Norte Campus Ave 915, Upland, CA 91786.") == ["Norte Campus Ave 915, Upland, CA 91786"]
    assert _addresses("Calle Vineyard #2214 Int. 5, Ontario, CA 91761") == ["Calle Vineyard #2214 Int. 5, Ontario, CA 91761"]
    assert _addresses("ապրում է Euclid Ave 1420, Օնտարիո, Կալիֆորնիա 91762;") == ["Euclid Ave 1420, Օնտարիո, Կալիֆորնիա 91762"]
    assert _addresses("Մաունթին պողոտա 718, Օնտարիո, Կալիֆորնիա 91762") == ["Մաունթին պողոտա 718, Օնտարիո, Կալիֆորնիա 91762"]
    # a labelled field may hold the street and its number alone
    assert is_street_address("Campus Ave 915", labelled=True)
    assert not is_street_address("Campus Ave 2025 repaving", labelled=True)


def test_vietnamese_and_arabic_order():
    assert _addresses("sống tại Số 1875 đường Euclid, TP. Ontario, CA 91762;") == ["Số 1875 đường Euclid, TP. Ontario, CA 91762"]
    assert _addresses("Số 42/7 đường Lê Lợi") == ["Số 42/7 đường Lê Lợi"]
    assert _addresses("يسكن في ٢٤١٧ Vineyard Ave، أونتاريو، كاليفورنيا ٩١٧٦١;") == ["٢٤١٧ Vineyard Ave، أونتاريو، كاليفورنيا ٩١٧٦١"]
    assert _addresses("٥٢٠ شارع هولت، أونتاريو، كاليفورنيا ٩١٧٦١") == ["٥٢٠ شارع هولت، أونتاريو، كاليفورنيا ٩١٧٦١"]


def test_a_street_and_a_number_in_running_text_are_no_address():
    assert _addresses("The Euclid Ave 2025 repaving starts in May") == []
    assert _addresses("Historic Route 66, Upland, CA 91786 hosts the parade") == []
    assert _addresses("Cierre de calle: Calle Vineyard entre Fourth y Sixth cerrada del 3 al 5 de mayo") == []
    assert _addresses("道路封闭：中央大道在 Euclid Ave 与 Vineyard Ave 之间封闭 3 天") == []
    assert _addresses("社区会议在安大略市图书馆举行，下午 6 点") == []
    # a lot's subdivision before an address in the English order is still read past
    assert _addresses("Lot 5, Sunset Estates, 1200 Industrial Way") == ["1200 Industrial Way"]


def test_the_citys_address_translated_is_still_the_citys():
    contacts = PublicContacts.from_config({})
    for public in ("加州波莫纳市南加里大道505号", "캘리포니아주 포모나시 사우스 개리 애비뉴 505 (91766)",
                   "Calle Garey #505, Pomona, CA 91766", "Sur Garey Ave 505, Pomona, CA 91766",
                   "Số 625 đường Garey, TP. Pomona, CA 91766", "٥٠٥ S Garey Ave، بومونا، كاليفورنيا ٩١٧٦٦"):
        assert contacts.address_is_public(public), public
    for private in ("加州波莫纳市南加里大道1505号", "Norte Garey Ave 505, Pomona, CA 91766", "Calle Holt #505",
                    "캘리포니아주 포모나시 사우스 개리 애비뉴 2505 (91766)"):
        assert not contacts.address_is_public(private), private


# --- in a customer's record ---------------------------------------------------------------------------------------

def test_chinese_letter_reports_the_customer_not_the_office():
    found = _found("tongzhi.html", _page(
        "Pomona Choice Energy — 通知", "2026-03-02", "欧阳秀兰", "加州波莫纳市Towne Ave1788号 91767", "您的账户号码是700223456781。",
        "尊敬的欧阳秀兰：", "根据我们的记录，您上个月的用电量为1630度。", "如有疑问，请到我们的办公室：加州波莫纳市南加里大道505号。",
        "波莫纳选择能源 · 加州波莫纳市南加里大道505号 · (909) 620-2079"))
    assert _squeezed(values_of(found, "address")) == {"加州波莫纳市TowneAve1788号91767"}
    assert ("customer_name", "欧阳秀兰") in found


def test_korean_letter_in_word():
    body = docx_paragraphs("Pomona Choice Energy — 안내문", "2026-03-02", "남궁민수", "캘리포니아주 포모나시 노스 타운 애비뉴 2211 (91767)",
                        "서비스 계정: 8000553412", "남궁민수 고객님께", "기록에 따르면 지난달 전력 사용량은 1,204kWh 입니다.",
                        "포모나 시청: 캘리포니아주 포모나시 사우스 개리 애비뉴 505 (91766)")
    found = _found("annae.docx", body)
    assert values_of(found, "address") == {"캘리포니아주 포모나시 노스 타운 애비뉴 2211 (91767)"}
    assert values_of(found, "customer_name") == {"남궁민수"}  # not the greeting "남궁민수 고객님께"


def test_spanish_and_vietnamese_forms_in_pdf():
    found = _found("solicitud.pdf", lines_pdf([
        "Solicitud CARE / CARE application", "Nombre / Name: Graciela Ybarra Soto",
        "Direccion de servicio / Service address: Norte Campus Ave 915, Upland, CA 91786",
        "Numero de cuenta / Account number: 700412398765"]))
    assert ("address", "Norte Campus Ave 915, Upland, CA 91786") in found
    found = _found("don.html", _page(
        "Đơn CARE", "Họ tên / Name: Trịnh Thị Mỹ Duyên", "Địa chỉ dịch vụ / Service address: Số 1875 đường Euclid, TP. Ontario, CA 91762",
        "Số tài khoản / Account number: 700412398766", lang="vi"))
    assert ("address", "Số 1875 đường Euclid, TP. Ontario, CA 91762") in found


def test_sign_up_sheet_in_excel():
    body = workbook({"Inscripciones": [
        ["Nombre / Name", "Correo / Email", "Dirección / 地址 / 주소"],
        ["Անի Պետրոսյան", "ani.petros88@gmail.com", "Euclid Ave 1420, Օնտարիո, Կալիֆորնիա 91762"],
        ["Trịnh Thị Mỹ Duyên", "duyen.trinh@yahoo.com", "Số 1875 đường Euclid, TP. Ontario, CA 91762"],
        ["Graciela Ybarra Soto", "gracy.ybarra@hotmail.com", "Avenida Euclid #1420, Col. Ontario, CA 91762"]]})
    assert values_of(_found("inscripciones.xlsx", body), "address") == {
        "Euclid Ave 1420, Օնտարիո, Կալիֆորնիա 91762", "Số 1875 đường Euclid, TP. Ontario, CA 91762",
        "Avenida Euclid #1420, Col. Ontario, CA 91762"}


def test_meeting_notes_tie_the_resident_to_their_home():
    found = _found("notes.html", _page(
        "Համայնքային հանդիպում — Ontario Senior Center, 225 E B St, Ontario, CA 91764.",
        "Անի Պետրոսյան ապրում է Euclid Ave 1420, Օնտարիո, Կալիֆորնիա 91762; տվեց հաշվի համարը 8000976123, "
        "խնդրեց զանգահարել (909) 555-0187.", lang="hy"))
    assert ("address", "Euclid Ave 1420, Օնտարիո, Կալիֆորնիա 91762") in found
    assert ("customer_name", "Անի Պետրոսյան") in found
    found = _found("notes-zh.html", _page(
        "林志豪住在加州奇诺市中央大道5120号 91710；提供了账户号码 700174089123，请回电 909-555-0164。"))
    assert _squeezed(values_of(found, "address")) == {"加州奇诺市中央大道5120号91710"}
    assert values_of(found, "customer_name") == {"林志豪"}  # not "林志豪住在"


def test_workshop_speaker_notes_in_powerpoint():
    from pptx import Presentation
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Caso / Case study: PCE CARE"
    rows = [("Nombre", "Número de cuenta", "Consumo"), ("Graciela Ybarra Soto", "2-46-318-7715", "1.318 kWh")]
    table = slide.shapes.add_table(2, 3, *(914400,) * 4).table
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    slide.notes_slide.notes_text_frame.text = (
        "Graciela Ybarra Soto vive en Norte Campus Ave 915, Upland, CA 91786. pidió que la llamen al (909) 555-0193.")
    out = io.BytesIO()
    deck.save(out)
    found = _found("taller.pptx", out.getvalue())
    assert ("address", "Norte Campus Ave 915, Upland, CA 91786") in found


# --- hard negatives on the City's public pages --------------------------------------------------------------------

def test_public_pages_in_other_languages_give_nothing():
    assert _found("aviso.html", _page(
        "Cierre de calle: Calle Garey entre Holt y Mission cerrada del 3 al 5 de mayo.",
        "Reunión comunitaria en la Biblioteca Pública, Calle Garey #625, Pomona, CA 91766.",
        "Patrocinador: Taquería Delgado, Calle Holt #1450, Pomona, CA 91766, (909) 555-0142.",
        "Tarifa E-1 residencial: 0,32 $/kWh; Tarifa TOU-D: 0,41 $/kWh.", lang="es")) == set()
    assert _found("gonggao.html", _page(
        "社区会议在波莫纳市图书馆举行（加州波莫纳市南加里大道625号）。", "道路封闭：米慎大道 在 Garey Ave 与 Towne Ave 之间封闭。",
        "市政厅地址：加州波莫纳市南加里大道505号 91766。", "赞助商：金龙餐厅，加州波莫纳市Holt Ave 1450号 91767，电话 (909) 555-0198。")) == set()
    assert _found("thongbao.html", _page(
        "Họp cộng đồng tại Thư viện Pomona, Số 625 đường Garey, TP. Pomona, CA 91766.",
        "Văn phòng PCE: Số 505 đường Garey, TP. Pomona, CA 91766.",
        "Tiệm phở Minh Châu, Số 1450 đường Holt, TP. Pomona, CA 91767, ĐT (909) 555-0123.", lang="vi")) == set()
    assert _found("annae.html", _page(
        "포모나 시청: 캘리포니아주 포모나시 사우스 개리 애비뉴 505 (91766)", "주민 설명회: 포모나 공공 도서관, 오후 6시", lang="ko")) == set()
