"""A paragraph that tells one private person's utility case ties them to the details its other sentences give
(red team site45, detectors/context/case_stories.py): the home, usage, phone and mailbox a pronoun or an anaphora
gives after the name ("Their home at ...", "Her service address, ...", "The unit at ...", "Su correo es ..."), or
before it ("a customer moving from ... We fixed it for ..."). Hard negatives: a staff member and the office's
phone, an invitation to call, an official's story and a facility's usage, two people and their shop, an area's
usage, a public comment."""
from __future__ import annotations

from tests.detector_helpers import pairs_found

_SITE = "https://www.riverbend.gov"


def _page(*paragraphs: str, path: str = "energy/blog/post-7.html") -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>Energy news</title></head><body><main><h1>Energy news</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/{path}", page)


def test_next_paragraph_refers_back_to_the_enrolled_customer():
    found = _page("When Rosalind Okonkwo enrolled in our Cool Homes pilot last spring, the family's bill was the "
                  "highest on the street.",
                  "Their home at 4417 N Juniper Ln used 1,512 kWh last July. After new insulation, this July it used "
                  "1,102 kWh.",
                  "Our whole service area used 312,400 kWh last year, so every household counts.")
    assert {("customer_name", "Rosalind Okonkwo"), ("address", "4417 N Juniper Ln"),
            ("energy_usage", "1,102 kWh")} <= found
    assert ("energy_usage", "312,400 kWh") not in found


def test_the_unit_after_a_respondent_named():
    found = _page("One respondent described charging from an extension cord. That respondent is Tomasz Wielgus.",
                  "The unit at 2290 E Laurel St shows usage of 905 kWh in the billing data, about 300 above the block "
                  "average of 610 kWh.", path="departments/planning/staff-report.html")
    assert {("customer_name", "Tomasz Wielgus"), ("address", "2290 E Laurel St"), ("energy_usage", "905 kWh")} <= found
    assert ("energy_usage", "610 kWh") not in found


def test_name_after_the_details_and_name_given_by_her_name_was():
    found = _page("Last month a customer moving from 3812 W Sycamore Ave to a new apartment was billed for both "
                  "units. We fixed it the same day for Imani Okafor.")
    assert {("customer_name", "Imani Okafor"), ("address", "3812 W Sycamore Ave")} <= found
    found = _page("For example, a customer on 771 Pepper Tree Rd called us after seeing two generation charges. Her "
                  "name was Gloria Castellanos and she had been charged twice. We refunded the SCE portion.")
    assert {("customer_name", "Gloria Castellanos"), ("address", "771 Pepper Tree Rd")} <= found


def test_caller_and_resident_connected_at_their_number():
    found = _page("One caller, Ignacio Villalobos Mena, relies on an oxygen machine. We escalated to SCE and had a "
                  "generator delivered to 9120 Olive Ave Unit 3 within three hours.")
    assert {("customer_name", "Ignacio Villalobos Mena"), ("address", "9120 Olive Ave Unit 3")} <= found
    found = _page("Want a call back? Text my scheduler. Last month Marguerite Sorensen did, and we connected them at "
                  "760.284.3391 with the CARE team the same day.")
    assert {("customer_name", "Marguerite Sorensen"), ("phone", "760.284.3391")} <= found


def test_spanish_and_vietnamese_case():
    found = _page("Sí. Por ejemplo, ayudamos a Rajesh Iyer. Su correo es rajesh_iyer@yahoo.com y su teléfono "
                  "1-951-402-7781; ahora recibe un 30% de descuento.", path="energy/es/preguntas.html")
    assert {("customer_name", "Rajesh Iyer"), ("phone", "1-951-402-7781")} <= found
    found = _page("Ông Trần Văn Hùng đã đăng ký qua điện thoại 1-951-377-2045. Mã khách hàng: 3185520417.", path="energy/vi/hoi-dap.html")
    assert {("customer_name", "Trần Văn Hùng"), ("phone", "1-951-377-2045")} <= found


def test_pdf_line_after_the_name_refers_back():
    found = pairs_found(f"{_SITE}/report.txt", "Staff report\n\nGenevieve Marchetti wrote to staff in May.\n"
                        "Her service address, 6631 W Canyon Crest Dr, is on a small lot.\n")
    assert {("customer_name", "Genevieve Marchetti"), ("address", "6631 W Canyon Crest Dr")} <= found


def test_staff_member_and_office_line_are_no_case():
    found = _page("Maria Delgado helped customers enroll in CARE last year. Her direct line is (951) 555-0101.",
                  "Customers with billing questions can reach Oscar Whitfield, our CARE specialist, at "
                  "(951) 555-0102.")
    assert not {v for c, v in found if c in ("customer_name", "phone")}


def test_invitation_to_call_is_no_customer_phone():
    found = _page("We helped Rosa Quintero enroll in CARE. If you need help, call (951) 555-0142.")
    assert ("phone", "(951) 555-0142") not in found
    assert ("customer_name", "Rosa Quintero") not in found


def test_official_story_and_facility_usage():
    found = _page("Councilmember Dana Whitfield toured the library with customers. The building used 40,000 kWh "
                  "on its SCE account last year.", path="council/newsletter.html")
    assert not {v for c, v in found if c in ("customer_name", "energy_usage")}


def test_two_people_and_their_shop():
    found = _page("Ana Petrovic and Jorge Salcedo opened Sunrise Bakery in March, and we helped them enroll. Their shop "
                  "at 1234 W Holt Ave was billed for both SCE and our generation.")
    assert not {v for c, v in found if c in ("customer_name", "address")}
