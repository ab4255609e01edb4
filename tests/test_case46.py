"""A paragraph that tells one private utility customer's case ties them to the details its other sentences give
(detectors/context/case_stories.py; red team site45): a later sentence referring back ("Their home at ...", "Her
service address, ...", "The unit at ...", "She lives at ...", "Su teléfono ..."), the next sentence's delivery to
their home, an earlier sentence's unnamed customer that the name's sentence identifies ("Her name was ...", "We
fixed it for ...", "That was ...'s home"). Hard negatives: staff and volunteers who help, an official's own story, a
business spotlight, a proclamation, a staff bio, a rate explainer's example, an invitation to call, an area's usage,
two people, a public comment."""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.riverbend.gov"


def _page(*paragraphs: str, path: str = "energy/blog/post-7.html", title: str = "Energy news") -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/{path}", page)


def _people_and_details(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(c, v) for c, v in found if c in ("customer_name", "address", "phone", "email", "energy_usage")}


def test_later_sentence_refers_back_to_the_enrolled_customer():
    found = _page("When Rosalind Okonkwo enrolled in our Cool Homes pilot last spring, the family's bill was the "
                  "highest on the street. Their home at 4417 N Juniper Ln used 1,512 kWh last July. After new "
                  "insulation, this July it used 1,102 kWh. Our whole service area used 312,400 kWh last year.")
    assert {("customer_name", "Rosalind Okonkwo"), ("address", "4417 N Juniper Ln"), ("energy_usage", "1,512 kWh"),
            ("energy_usage", "1,102 kWh")} <= found


def test_first_name_and_pronouns_carry_the_case_on():
    found = _page("Marisol Ortega called us in July about a high bill. She lives at 1423 Olive Ave, and her June "
                  "bill showed 1,140 kWh. We found a failing pool pump.")
    assert {("customer_name", "Marisol Ortega"), ("address", "1423 Olive Ave"), ("energy_usage", "1,140 kWh")} <= found


def test_the_unit_in_the_paragraph_after_a_respondent_named():
    found = _page("One respondent described charging from an extension cord. That respondent is Tomasz Wielgus.",
                  "The unit at 2290 E Laurel St shows usage of 905 kWh in the billing data, about 300 above the block "
                  "average of 610 kWh.", path="departments/planning/staff-report.html", title="Staff report")
    assert {("customer_name", "Tomasz Wielgus"), ("address", "2290 E Laurel St"), ("energy_usage", "905 kWh")} <= found
    assert ("energy_usage", "610 kWh") not in found


def test_name_after_the_details_identifies_the_unnamed_customer():
    found = _page("Last month a customer moving from 3812 W Sycamore Ave to a new apartment was billed for both "
                  "units. We fixed it the same day for Imani Okafor.")
    assert {("customer_name", "Imani Okafor"), ("address", "3812 W Sycamore Ave")} <= found
    found = _page("For example, a customer on 771 Pepper Tree Rd called us after seeing two generation charges. Her "
                  "name was Gloria Castellanos and she had been charged twice. We refunded the SCE portion.",
                  path="energy/faq.html", title="FAQ")
    assert {("customer_name", "Gloria Castellanos"), ("address", "771 Pepper Tree Rd")} <= found
    found = _page("After the June heat wave, a crew restored service at 5120 N Acacia Ave after a 30-hour outage. "
                  "That was Rosa Delgado's home.", path="news/2024/june.html", title="News")
    assert {("customer_name", "Rosa Delgado"), ("address", "5120 N Acacia Ave")} <= found


def test_caller_whose_home_staff_served_and_resident_connected_at_their_number():
    found = _page("One caller, Ignacio Villalobos Mena, relies on an oxygen machine during outages. We escalated to "
                  "SCE and had a generator delivered to 9120 Olive Ave Unit 3 within three hours. If you need help, "
                  "call (951) 555-0142.")
    assert {("customer_name", "Ignacio Villalobos Mena"), ("address", "9120 Olive Ave Unit 3")} <= found
    assert ("phone", "(951) 555-0142") not in found
    found = _page("Want a call back? Text my scheduler. Last month Marguerite Sorensen did, and we connected them at "
                  "760.284.3391 with the CARE team the same day.", path="council/newsletter.html", title="Newsletter")
    assert {("customer_name", "Marguerite Sorensen"), ("phone", "760.284.3391")} <= found


def test_spanish_and_vietnamese_case():
    found = _page("Sí. Por ejemplo, ayudamos a Rajesh Iyer. Su correo es rajesh_iyer@yahoo.com y su teléfono "
                  "1-951-402-7781; ahora recibe un 30% de descuento.", path="energy/es/preguntas.html")
    assert {("customer_name", "Rajesh Iyer"), ("phone", "1-951-402-7781")} <= found
    found = _page("Ông Trần Văn Hùng đã đăng ký qua điện thoại 1-951-377-2045. Mã khách hàng: 3185520417.",
                  path="energy/vi/hoi-dap.html")
    assert {("customer_name", "Trần Văn Hùng"), ("phone", "1-951-377-2045")} <= found


def test_pdf_line_after_the_name_refers_back():
    found = pairs_found(f"{_SITE}/report.txt", "Staff report\n\nGenevieve Marchetti wrote to staff in May.\n"
                        "Her service address, 6631 W Canyon Crest Dr, is on a small lot.\n")
    assert {("customer_name", "Genevieve Marchetti"), ("address", "6631 W Canyon Crest Dr")} <= found


def test_staff_who_help_and_their_lines_are_no_case():
    found = _page("Maria Delgado helped more than 300 customers enroll in CARE last year. Her direct line is "
                  "(951) 555-0101.",
                  "Customers with billing questions can reach Oscar Whitfield, our CARE specialist, at "
                  "(951) 555-0102.")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_staff_bio_volunteer_profile_and_business_spotlight():
    """The paragraph after names no case's customer: a staff member who joined, a volunteer who helps (the one who
    helped, not the one helped), a business's owner (the paragraph names the business)."""
    bio = _page("Meet our team: Rosa Delgado joined Riverbend Community Energy in 2019 and helps customers enroll "
                "in CARE.", "Her direct line is (951) 555-0131.", path="energy/about/team.html", title="About us")
    volunteer = _page("Retired teacher Harold Jensen has helped more than 200 neighbors enroll in CARE.",
                      "He takes calls at (951) 555-0177 on Tuesdays at the Senior Center, 855 E Orchard Ave.",
                      path="energy/blog/volunteer.html")
    shop = _page("Ana Petrovic opened Sunrise Bakery in 2015 and enrolled it in our Prime plan last year.",
                 "Her shop at 1234 W Holt Ave used 4,200 kWh in July. Call (951) 555-0188 to order.",
                 path="energy/blog/business.html")
    assert not _people_and_details(bio | volunteer | shop)


def test_officials_own_story_and_proclamation_are_public():
    """A council member telling of her own solar roof on her district page is her own public statement, no
    customer record the City keeps; a proclamation honours a resident."""
    found = _page("Councilmember Dana Whitfield on going solar",
                  "When Dana Whitfield enrolled her home in the green option in 2019, her bill went up four dollars.",
                  "Her home at 812 Linden Ave made 3,900 kWh last year.", path="council/district2/solar.html",
                  title="District 2")
    assert not _people_and_details(found)
    found = _page("WHEREAS, Eleanor Voss enrolled in the first solar rebate program in 1982;",
                  "Her home at 455 Maple St was the first in the city to cut its bill by half; NOW, THEREFORE, the "
                  "City Council honors her.", path="council/proclamations/voss.html", title="Proclamation")
    assert not _people_and_details(found)


def test_rate_explainers_example_and_invitation_to_call():
    found = _page("Suppose Maria Lopez enrolled on the Tier 1 rate.",
                  "Her home at 100 Main St uses 500 kWh a month, and her bill would be about 120 dollars.",
                  path="energy/rates.html")
    assert not _people_and_details(found)
    found = _page("We helped Rosa Quintero enroll in CARE. If you need help, call (951) 555-0142.")
    assert not _people_and_details(found)


def test_two_people_an_official_and_a_facility():
    found = _page("Ana Petrovic and Jorge Salcedo enrolled in March, and we helped them. Their home at 1234 W Holt "
                  "Ave was billed for both SCE and our generation.")
    assert not values_of(found, "customer_name")
    found = _page("Councilmember Dana Whitfield toured the library with customers. The building used 40,000 kWh on "
                  "its SCE account last year.", path="council/newsletter.html")
    assert not _people_and_details(found)
