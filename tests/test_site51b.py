"""Hidden HTML text read with its context, Word comments and running footers, and staff titles and CJK phrases that
are no customer's name (red team site51).

- An image's alt text naming one person right before the program's equipment at a street address ("NAME with the new
  heat pump at ADDRESS"), and its title naming that person with a phone: the participant's name, home and phone
  (``image_texts``). Hard negatives: an official, a firm's crew, an installer of a firm, two people, a park.
- A month's consumption set beside a name by a comma, in an aside or an example ("(e.g. NAME, 1,125 kWh in July)",
  an aria-hidden span is shown on screen): the person's usage (``prose``). Hard negatives: a staff member or an
  official so written, an average home.
- A Word comment saying who the paragraph's unnamed customer is, with their phone ("This is NAME, he called twice,
  PHONE" on "a customer on ADDRESS"): the name, the phone and the home (``review_comments``). Hard negatives: a staff
  member the comment names with an office line, a comment on a paragraph that places no customer at a home.
- A running footer "Occupant contact: NAME PHONE" (a party's contact label) and a header filing the document under a
  premise and a meter: the occupant's name and phone, and the body's address of "the occupant" (``persons``,
  ``running_heads``). Hard negatives: a footer's "Contact: NAME, Clerk", an account-filed memo's City Hall address.
- A staff title before a hyphenated given name ("Deputy City Clerk Soo-ah Bergstrom") is no part of the name and makes
  the person staff; Korean, Chinese and Japanese function phrases ("예를 들어", "예컨대", "例如", "例えば") are no one's
  name (``persons``), and the number
  "담당자가" (the staff member, a verb's subject) called back is no staff line (``public_contacts``).
"""
from __future__ import annotations

import html

from detectors.context.persons import names_in, person_name
from tests.detector_helpers import docx_memo, pairs_found, values_of

_SITE = "https://www.robledoheights.gov"


def _raw(path: str, body: str, title: str = "Page") -> set[tuple[str, str]]:
    page = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main>"
            "<footer>City of Robledo Heights · 2100 Civic Center Plaza, Robledo Heights, CA 91794 · (909) 620-4100"
            "</footer></body></html>")
    return pairs_found(f"{_SITE}/{path}", page)


def _figure(alt: str, title: str | None = None, caption: str = "Energy upgrades, June 2024") -> str:
    titled = f' title="{html.escape(title)}"' if title else ""
    return (f'<figure><img src="../img/p.png" alt="{html.escape(alt)}"{titled}>'
            f"<figcaption>{caption}</figcaption></figure>")


def _memo(*paragraphs: str, header: str | None = None, footer: str | None = None,
          comment: tuple[int, str] | None = None) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/documents/memo.docx", docx_memo("Interoffice Memo", *paragraphs, header=header, footer=footer, comment=comment))


# --- an image's text -------------------------------------------------------------------------------------------------

def test_alt_text_of_a_person_with_the_programs_equipment_at_their_home_and_the_title_phone():
    found = _raw("news/photo-gallery.html",
                 _figure("Esteban Cervantes with the new heat pump at 600 W Kingsley Dr",
                         "Esteban Cervantes (909-409-6858)")
                 + _figure("Rubén Barajas next to his new solar panels on 20319 N Hillcrest Blvd",
                           "Rubén Barajas - rbarajas71@gmail.com"),
                 "Photo Gallery: Energy Upgrades")
    assert values_of(found, "customer_name") == {"Esteban Cervantes", "Rubén Barajas"}
    assert values_of(found, "address") == {"600 W Kingsley Dr", "20319 N Hillcrest Blvd"}
    assert values_of(found, "phone") == {"909-409-6858"}
    assert values_of(found, "email") == {"rbarajas71@gmail.com"}


def test_official_crew_installer_two_people_and_a_park_in_a_gallery_stay_public():
    found = _raw("news/photo-gallery.html",
                 _figure("Mayor Ana Ruiz with the new EV chargers at 1200 Civic Center Dr", "Mayor Ana Ruiz")
                 + _figure("Sunrise Solar crew with the new panels at 600 W Kingsley Dr",
                           "Sunrise Solar (909-555-0100)")
                 + _figure("Luis Ortega of Sunrise Solar with the new heat pump at 714 N Olive Ave",
                           "Luis Ortega (909-555-0101)")
                 + _figure("Councilmember Priya Raman with the new solar array at Ganesha Park")
                 + _figure("Ana Ruiz and Luis Soto with the new heat pump at 512 E Holt Ave")
                 + _figure("Parks Director Dana Whitfield with the new chargers at 455 N Garey Ave",
                           "Dana Whitfield (909-620-2200)"),
                 "Photo Gallery: Energy Upgrades")
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()
    assert values_of(found, "phone") == set()


# --- a month's usage beside a name -----------------------------------------------------------------------------------

def test_aria_hidden_example_of_a_households_monthly_usage():
    found = _raw("rcp/care-enrollment.html",
                 "<p>Households in the program saved an average of $38 a month.<span aria-hidden=\"true\">"
                 " (e.g. Nasrin Tehrani, 1,125 kWh in July)</span></p>", "CARE and FERA Discounts")
    assert values_of(found, "customer_name") == {"Nasrin Tehrani"}
    assert values_of(found, "energy_usage") == {"1,125 kWh"}


def test_monthly_figure_beside_staff_an_official_or_an_average_home_is_no_ones_usage():
    found = _raw("rcp/care-enrollment.html",
                 "<p>Program manager Nasrin Tehrani, 1,125 kWh in July is the program's average.</p>"
                 "<p>The average home, 1,125 kWh in July, saved the most.</p>"
                 "<p>Councilmember Dana Whitfield, 980 kWh last month, toured the site.</p>", "CARE and FERA Discounts")
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "energy_usage") == set()


# --- Word: a comment and a running footer ----------------------------------------------------------------------------

def test_comment_names_the_paragraphs_unnamed_customer_with_their_phone():
    found = _memo("A rate-code error applied the wrong rate to 554 accounts for one cycle.",
                  "The first complaint came from a customer on 967 S Hillcrest Blvd who noticed the rate on the bill.",
                  "Refunds will be automatic.",
                  comment=(1, "This is Arturo Carrillo, he called twice, 909 543 6345. Please do not name her in the "
                              "council memo."))
    assert values_of(found, "customer_name") == {"Arturo Carrillo"}
    assert values_of(found, "phone") == {"909 543 6345"}
    assert values_of(found, "address") == {"967 S Hillcrest Blvd"}


def test_comment_naming_staff_or_on_a_paragraph_without_a_customers_home_makes_no_record():
    found = _memo("The first complaint came from a customer on 967 S Hillcrest Blvd who noticed the rate on the bill.",
                  comment=(0, "Check with Dana Whitfield, Senior Analyst, at (909) 620-4100 before sending."))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "phone") == set()
    found = _memo("Corrected bills go out next week to the affected accounts.",
                  comment=(0, "This is Arturo Carrillo, he called twice, 909 543 6345."))
    assert values_of(found, "address") == set()
    assert values_of(found, "customer_name") == set()


def test_footer_gives_the_occupants_contact_and_the_body_the_premises_address():
    found = _memo("The occupant refused access for the AMI meter exchange on three occasions citing health concerns. "
                  "Field notes: dog in yard, gate code on file, side entrance on 21532 Cypress St.",
                  header="METER EXCHANGE EXCEPTION – Premise P8160475 / Meter 3S4185791",
                  footer="Occupant contact: Itzel Medrano 951 637 9840")
    assert values_of(found, "customer_name") == {"Itzel Medrano"}
    assert values_of(found, "phone") == {"951 637 9840"}
    assert values_of(found, "address") == {"21532 Cypress St."}
    assert values_of(found, "account_number") == {"P8160475", "3S4185791"}


def test_footer_of_staff_and_a_city_office_in_an_account_filed_memo_stay_public():
    found = _memo("The customer may pay the manual-read fee at City Hall, 2100 Civic Center Plaza.",
                  "Staff met the crew at the Corporation Yard.",
                  header="METER EXCHANGE EXCEPTION – Premise P8160475 / Meter 3S4185791",
                  footer="Contact: Dana Whitfield, Deputy City Clerk, (909) 620-4100")
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()
    assert values_of(found, "phone") == set()


# --- staff titles and Korean phrases ---------------------------------------------------------------------------------

def test_staff_title_before_a_hyphenated_given_name_is_no_part_of_it():
    text = ("Deputy City Clerk Soo-ah Bergstrom summarized a voicemail received from Gary Pritchard of 13280 S "
            "Kingsley Dr.")
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Soo-ah Bergstrom", "Gary Pritchard"]
    for title in ("Captain", "Sergeant", "Deputy", "Chief", "Recording Secretary"):
        text = f"{title} Ji-ho Ames read the item."
        assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Ji-ho Ames"]
    text = "PARK, YOUNG-HO, acct 123"
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["PARK, YOUNG-HO"]


def test_clerk_summarising_a_voicemail_in_minutes_is_staff():
    found = _raw("government/minutes-2024-05-14.html",
                 "<p>Deputy City Clerk Soo-ah Bergstrom summarized a voicemail received from Gary Pritchard of 13280 "
                 "S Kingsley Dr, Robledo Heights, who stated that his Utility Billing acct. 08885-597915 had been "
                 "charged twice and that he used only 522 kWh last month. Mr. Pritchard asked for a refund.</p>",
                 "Minutes of the Regular Meeting")
    assert values_of(found, "customer_name") == {"Gary Pritchard", "Mr. Pritchard"}
    assert values_of(found, "account_number") == {"08885-597915"}


def test_korean_function_phrases_are_no_name():
    for phrase in ("예를 들어", "예컨대", "하지만", "이를테면", "한편"):
        assert person_name(phrase) is None
    for name in ("김민서", "박 민서", "남궁 민수"):
        assert person_name(name) == name
    for phrase in ("例如 住在", "比如 张三", "例えば 山田", "たとえば 田中"):  # Chinese and Japanese phrases
        assert person_name(phrase) is None
    assert person_name("王 秀英") and person_name("山田 太郎") and person_name("王秀英")
    found = _raw("rcp/faq-ko.html",
                 "<p>예를 들어 2044 S Gardenia Way에 거주하는 Hyun-soo Cho 고객님(계정 번호 RCP-33246883)은 한 달 사용량이 "
                 "1,816kWh로 표시되어 문의하셨습니다. 담당자가 626.967.1346(으)로 회신 전화를 드렸습니다.</p>"
                 "<p>요금 담당자: 박지훈 주무관, 909-620-4188</p>", "자주 묻는 질문")
    assert values_of(found, "customer_name") == {"Hyun-soo Cho"}
    assert values_of(found, "address") == {"2044 S Gardenia Way"}
    # the number the staff member called the customer back at is the customer's; the staff line's is public
    assert values_of(found, "phone") == {"626.967.1346"}
