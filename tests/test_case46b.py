"""More ways a news story or a report tells one private customer's case (detectors/context/case_stories.py; red team
site46): a Q&A interview whose answers are the interviewee's, a family named in the plural ("The Nakamuras ..."), a
resident quoted with their bill, the name given at the end ("His name is ..."), the name in the first sentence and
pronouns after it, a case summary's given name and "last name ...". Hard negatives: a staff member quoted with the
program's typical home, a business owner quoted about the shop's bill, a council member's own story, a Q&A with the
program's director, a family history page."""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.riverbend.gov"


def _page(*paragraphs: str, path: str = "news/2024/story.html", title: str = "Energy news") -> set[tuple[str, str]]:
    body = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/{path}", page)


def _people_and_details(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(c, v) for c, v in found if c in ("customer_name", "address", "phone", "email", "energy_usage",
                                              "account_number")}


def test_interview_answers_are_the_interviewees():
    found = _page("We talked with Maribel Ocampo about her new heat pump.",
                  "<b>Where is home?</b> 2213 E Laurel St, next to the school.",
                  "<b>What changed?</b> Our usage went from 1,240 kWh to about 860 kWh a month.",
                  title="Four questions for a heat-pump convert")
    assert {("customer_name", "Maribel Ocampo"), ("address", "2213 E Laurel St"), ("energy_usage", "1,240 kWh"),
            ("energy_usage", "860 kWh")} <= found


def test_family_named_in_the_plural():
    found = _page("The Nakamuras signed up in March. They have lived at 880 Pepper Tree Rd #4 since 1987, and their "
                  "roof faces south.",
                  "Before the retrofit, the household averaged 1,870 kWh a month. Installer Brightline Solar Inc "
                  "(1840 Industrial Pkwy) finished the job in a day.",
                  "Neighbors who want a tour can call Mr. Nakamura at (951) 482-7321.")
    assert {("customer_name", "Nakamuras"), ("address", "880 Pepper Tree Rd #4"), ("energy_usage", "1,870 kWh"),
            ("phone", "(951) 482-7321")} <= found
    assert ("address", "1840 Industrial Pkwy") not in found


def test_resident_quoted_with_their_bill():
    found = _page("\u201cMy bill was $288.40 for 1,012 kWh,\u201d said Tomas Herrera, a retired bus driver. "
                  "\u201cI could not believe it.\u201d",
                  "Since then he has sealed every window of the duplex at 3310 Canyon Vista Dr this spring.")
    assert {("customer_name", "Tomas Herrera"), ("energy_usage", "1,012 kWh"),
            ("address", "3310 Canyon Vista Dr")} <= found


def test_name_given_after_the_case():
    found = _page("A customer on Orchard Ave wrote to ask why his bill doubled. We looked up the account \u2014 his "
                  "is 3-118-978-909 \u2014 and found the usage had climbed to 1,244 kWh.",
                  "His name is Daniel Hadzic and he lives at 1120 Orchard Ave with his son.")
    assert {("customer_name", "Daniel Hadzic"), ("address", "1120 Orchard Ave"), ("energy_usage", "1,244 kWh"),
            ("account_number", "3-118-978-909")} <= found


def test_name_first_then_pronouns():
    found = _page("Leticia Moreno remembers the day. It was the July statement, and she read it twice.",
                  "Her apartment at 45 Birch Ct, Apt 3 is on the top floor. That month it used 912 kilowatt-hours, "
                  "about double what a typical home in San Marino uses (450 kWh).")
    assert {("customer_name", "Leticia Moreno"), ("address", "45 Birch Ct, Apt 3"),
            ("energy_usage", "912 kilowatt-hours")} <= found
    assert ("energy_usage", "450 kWh") not in found and ("customer_name", "San Marino") not in found


def test_case_summary_given_name_and_last_name():
    found = _page("<ol><li><b>Case 24-118.</b> Amara (account ending in 7731) said her usage of 2,140 kWh could "
                  "not be right. She lives at 918 Olive Hill Ct; last name Okafor.</li></ol>",
                  path="energy/annual-report.html", title="Customer Care annual report")
    assert {("customer_name", "Amara"), ("customer_name", "Okafor"), ("address", "918 Olive Hill Ct")} <= found


def test_staff_quoted_with_the_programs_typical_home():
    found = _page("\u201cA typical home in our service area uses about 550 kWh a month,\u201d said Lorraine Tsai, "
                  "who manages the program. \u201cMy team works out of 300 W Civic Center Plaza.\u201d")
    assert not _people_and_details(found)
    found = _page("\u201cOur typical customer uses 550 kWh,\u201d said Lorraine Tsai, the program's manager. Her "
                  "office is at 300 W Civic Center Plaza.")
    assert not _people_and_details(found)


def test_business_owner_quoted_about_the_shops_bill():
    found = _page("\u201cOur bill at the shop was $912 for 4,120 kWh,\u201d said Ana Petrovic. She has run the "
                  "bakery at 1234 W Holt Ave since 2015.")
    assert not _people_and_details(found)


def test_council_members_own_story():
    found = _page("Councilmember Rosa Jimenez remembers her first summer bill. It was August, and she read it twice.",
                  "Her house at 812 Linden Ave used 1,020 kWh that month.", path="council/district2/news.html")
    assert not _people_and_details(found)


def test_interview_with_the_program_director():
    found = _page("We sat down with Maria Lopez, who directs Riverbend Community Energy.",
                  "<b>What does a typical home use?</b> About 550 kWh a month; our usage data is public.",
                  "<b>Where can people find you?</b> At City Hall, 300 W Civic Center Plaza, or (951) 482-0100.")
    assert not _people_and_details(found)
    found = _page("We sat down with Program Director Maria Lopez.",
                  "<b>What changed this year?</b> Our enrollment grew, and my own bill went from 700 kWh to 500 kWh.",
                  "<b>Where is the office?</b> 300 W Civic Center Plaza.")
    assert not _people_and_details(found)


def test_family_history_page():
    found = _page("The Ybarras settled at 410 Camino Real in 1890.",
                  "The Ybarras were the first family in town to sign up for electric service, in 1912. They lived at "
                  "410 Camino Real, and their adobe's meter showed 30 kWh a month.",
                  path="history.html", title="Our history")
    assert not values_of(found, "customer_name") and not _people_and_details(found)
    found = _page("The Ybarras settled at 410 Camino Real in 1890. They were the first family in town to sign up for "
                  "electric service, in 1912, and their adobe's meter showed 30 kWh a month.",
                  path="history.html", title="Our history")
    assert not _people_and_details(found)
