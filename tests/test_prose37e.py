"""The cues that tie a person to a home or a phone in the prose of the City's translated pages (red team prose36:
Spanish, Tagalog and Vietnamese case reports).

- A party of a utility case called so in Spanish, Tagalog or Vietnamese (inquilina/arrendador, umuupa/may-ari ng
  bahay, chủ nhà): the home where they live or get the bills ("vive en", "con domicilio en", "recibe las facturas
  en", "nakatira sa", "tumatanggap ng bill sa") is their own.
- A name right before "vive en", "nakatira sa", "tại", "thuê nhà tại" in a page about a utility matter
  (the translated "Ana Ruiz lives at ...", "Ana Ruiz at ..."), a Vietnamese name read with the honorific before it.
- A person's meter or bill in Tagalog ("metro ni G. ...") and Vietnamese ("đồng hồ điện của ông ...") ties the
  number given to reach them.
- Hard negatives: the City's office and a business's published address, a council member's and staff's phone, in
  each language.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonaca.gov/pce"


def _page(name: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{name}", f"<html><body><h1>Pomona Choice Energy</h1>{body}</body></html>",
                       "text/html")


# --- Spanish ----------------------------------------------------------------------------------------------------------

def test_spanish_tenant_and_landlord_with_their_homes():
    found = _page("informe-defensoria-es.html",
                  "Caso 4. La inquilina, Graciela Montoya Ibarra, vive en 2874 Kestrel Ridge Rd, Apt. 12. La cuenta "
                  "de luz sigue a nombre de su arrendador, Efraín Solórzano Duarte, quien recibe las facturas en 615 "
                  "Juniper Hollow Ave, Chino.",
                  "Para más información, visite la oficina en 505 S Garey Ave o llame al (909) 620-2251.")
    assert "Graciela Montoya Ibarra" in values_of(found, "customer_name")
    assert "Efraín Solórzano Duarte" in values_of(found, "customer_name")
    assert "2874 Kestrel Ridge Rd, Apt. 12" in values_of(found, "address")
    assert "615 Juniper Hollow Ave" in values_of(found, "address")
    assert not any("Garey" in a for a in values_of(found, "address"))  # the City's office


def test_spanish_party_with_domicile():
    found = _page("caso-es.html",
                  "El arrendatario, Rubén Quiñones Delgado, con domicilio en 1937 Pinecrest Ln, disputa el cobro de "
                  "su medidor.")
    assert "Rubén Quiñones Delgado" in values_of(found, "customer_name")
    assert "1937 Pinecrest Ln" in values_of(found, "address")


def test_spanish_business_and_council_member_are_not_parties():
    found = _page("noticias-es.html",
                  "La panadería La Estrella, en 418 W Holt Ave, ofrece descuentos a sus clientes sobre las facturas.",
                  "La concejala Beatriz Olmedo Salas atenderá preguntas sobre las facturas de luz en la oficina en "
                  "505 S Garey Ave; su teléfono es (909) 620-2397.")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")
    assert not values_of(found, "phone")


# --- Tagalog ----------------------------------------------------------------------------------------------------------

def test_tagalog_renter_and_house_owner_with_their_homes():
    found = _page("ulat-tl.html",
                  "Kaso 5. Ang umuupa na si Rosalinda Pascual Ignacio ay nakatira sa 4120 Meadowlark Way, Unit 3. "
                  "Nakapangalan pa rin ang account sa may-ari ng bahay, si Teodoro Macaraeg Lopez, na tumatanggap ng "
                  "bill sa 88 Foxtail Ct, Upland.")
    assert "Rosalinda Pascual Ignacio" in values_of(found, "customer_name")
    assert "Teodoro Macaraeg Lopez" in values_of(found, "customer_name")
    assert "4120 Meadowlark Way, Unit 3" in values_of(found, "address")
    assert "88 Foxtail Ct" in values_of(found, "address")


def test_tagalog_meter_of_a_person_ties_the_number_to_reach_them():
    found = _page("reklamo-tl.html",
                  "Kaso 6. Mali ang pagbasa sa metro ni G. Villanueva. Ayon kay Crisanto Lumbera Villanueva, "
                  "maaari siyang tawagan sa (626) 318-5590.")
    assert "Crisanto Lumbera Villanueva" in values_of(found, "customer_name")
    assert "(626) 318-5590" in values_of(found, "phone")


def test_tagalog_councilmember_and_office_are_not_customers():
    found = _page("balita-tl.html",
                  "Para sa tanong tungkol sa bill sa kuryente, tumawag kay Konsehala Marilou Dizon Reyes sa "
                  "(909) 620-2341 o pumunta sa opisina sa 505 S Garey Ave.")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")
    assert not values_of(found, "address")


# --- Vietnamese -------------------------------------------------------------------------------------------------------

def test_vietnamese_name_at_home_and_rented_home():
    found = _page("bao-cao-vi.html",
                  "Trường hợp 4. Hóa đơn tiền điện của hộ gia đình ông Trịnh Quốc Huy tại 3308 Sandpiper Ln tăng "
                  "gấp đôi.",
                  "Trường hợp 5. Chị Võ Thị Ngọc Hân thuê nhà tại 971 Bristlecone Dr, Unit D. Tài khoản điện vẫn "
                  "đứng tên chủ nhà.")
    assert "Trịnh Quốc Huy" in values_of(found, "customer_name")
    assert "3308 Sandpiper Ln" in values_of(found, "address")
    assert "Võ Thị Ngọc Hân" in values_of(found, "customer_name")
    assert "971 Bristlecone Dr, Unit D" in values_of(found, "address")


def test_vietnamese_meter_of_a_person_ties_the_number_to_reach_him():
    found = _page("khieu-nai-vi.html",
                  "Trường hợp 6. Đồng hồ điện của ông Khải bị ghi sai chỉ số. Ông Phan Minh Khải cho biết có thể "
                  "liên lạc với ông qua số 951.274.6630.")
    assert "Phan Minh Khải" in values_of(found, "customer_name")
    assert "951.274.6630" in values_of(found, "phone")


def test_vietnamese_office_business_and_council_member_are_not_customers():
    found = _page("thong-bao-vi.html",
                  "Nghị viên Đỗ Thanh Tùng sẽ trả lời câu hỏi về hóa đơn tiền điện; liên lạc với ông qua số "
                  "(909) 620-2315.",
                  "Văn phòng thành phố tại 505 S Garey Ave mở cửa từ thứ Hai đến thứ Sáu.",
                  "Tiệm bánh Hương Quê tại 1220 E Holt Ave nhận thanh toán hóa đơn tiền điện.")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")
    assert not values_of(found, "address")
