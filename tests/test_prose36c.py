"""Customer records told as prose on a city site (red team prose36, part c).

- The City's own facilities: a service account and the annual kWh of a pump station, a senior center or a library
  that a disclosure, a minute or a staff report names, where the sentence runs over a wrapped line ("... Pump
  Station, 410 Alder Road (SCE service account" / "3-021-4471-09) also tripped offline") or shares its paragraph
  with a person (a history piece's electrician, a staff member presenting). Hard negatives (still reported): a
  customer's account in a sentence that also names a facility ("Ana Ruiz, who lives by the Library, ..."), a
  household's use near a park.
- A customer record with no account: a news item, press release or FAQ that names a resident with their home and says
  they are a utility customer in that story (enrolled in Medical Baseline or CARE, "an Edison customer at ...", their
  home lost power), though an age stands between the name and the home ("Ana Ruiz, 81, of ...") or a PDF's line break
  cuts the sentence before the program is named. Hard negatives: a block party's host, a landmark's owner in a history
  piece, a shop owner at the shop's address.
- A named saver's own use at a time of day ("cut his evening use to 58 kWh per day"). Hard negatives: an average
  household's evening use told by a councilmember, participants' average told by a program manager.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tests.detector_helpers import pairs_found

_SITE = "https://www.cityofsanleandro.example.gov/energy"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _categories(found: set[tuple[str, str]], value: str) -> set[str]:
    return {category for category, found_value in found if found_value == value}


# --- the City's own facilities ------------------------------------------------------------------------------------

def test_a_facilitys_account_wrapped_onto_the_next_line_of_minutes_is_the_citys():
    minutes = (
        "CITY OF SAN LEANDRO - BUDGET WORKSHOP - MARCH 3, 2025\n"
        "\n"
        "Vice Mayor Okonkwo opened the workshop at 6:00 p.m. Deputy Finance Director\n"
        "Teodora Villaseñor-Hart presented the utility budget. City facilities are\n"
        "budgeted at 9,800 MWh, including the Eastgate Pump Station No. 2, 410 Alder\n"
        "Road (SCE service account 3-021-4471-09), which used 287,560 kWh last fiscal\n"
        "year.\n"
        "\n"
        "Councilmember Dubois asked about delinquent accounts.\n")
    found = _found("minutes-2025-03-03.txt", minutes)
    assert not _categories(found, "3-021-4471-09")
    assert not _categories(found, "287,560 kWh")
    assert not _categories(found, "Teodora Villaseñor-Hart")


def test_a_facilitys_account_in_a_history_paragraph_that_names_people_is_the_citys():
    page = ("<html><body><main><h1>A Century of Street Lights</h1>"
            "<p>Ignatius Wendeborn, a lineman who strung the first arc lamps along the creek, is remembered in the "
            "name of Ignatius Wendeborn Street; the Wendeborn Senior Center, 1840 Ignatius Wendeborn Street (SCE "
            "service account 3-052-8813-46), which used 96,215 kWh last fiscal year. Ignatius Wendeborn's "
            "cottage, the Wendeborn House at 517 Quartzfield Lane, is a City landmark.</p>"
            "<p>Questions: City Clerk's office.</p></main></body></html>")
    found = _found("history.html", page)
    assert not _categories(found, "3-052-8813-46")
    assert not _categories(found, "96,215 kWh")
    assert not _categories(found, "Ignatius Wendeborn")


def test_a_facility_disclosure_in_a_list_keeps_no_account_or_kwh():
    page = ("<html><body><main><h1>City Facility Energy Use</h1>"
            "<p>The energy used by City buildings, which the City pays for like any other account. All figures are "
            "public.</p><ul>"
            "<li>Marlowe Branch Library, 77 Fennel Court (SCE service account 3-019-2240-65), which used 58,302 kWh "
            "last fiscal year.</li>"
            "<li>Corporation Yard, 2209 Teasel Avenue (SCE service account 3-019-7781-12), which used 211,470 kWh "
            "last fiscal year.</li></ul></main></body></html>")
    found = _found("facility-use.html", page)
    for value in ("3-019-2240-65", "58,302 kWh", "3-019-7781-12", "211,470 kWh"):
        assert not _categories(found, value), value


def test_a_customers_account_in_a_sentence_naming_a_facility_is_still_reported():
    page = ("<html><body><main><h1>Outage follow-up</h1>"
            "<p>Rosalind Achterberg, who lives across from the Marlowe Branch Library, asked staff to check her SCE "
            "account 2-33-918-4402, which used 1,284 kWh in August.</p></main></body></html>")
    found = _found("outage-follow-up.html", page)
    assert "account_number" in _categories(found, "2-33-918-4402")
    assert "energy_usage" in _categories(found, "1,284 kWh")


def test_a_households_use_near_a_park_is_still_reported():
    page = ("<html><body><main><h1>Bill review</h1>"
            "<p>Customer Dariusz Wolanski, 3308 Bramblewood Drive, (510) 883-2974, told staff his house by "
            "Cherryland Park used 1,910 kWh in July.</p></main></body></html>")
    found = _found("bill-review.html", page)
    assert "energy_usage" in _categories(found, "1,910 kWh")
    assert "customer_name" in _categories(found, "Dariusz Wolanski")


# --- customer records with no account in news, press releases and FAQs -------------------------------------------

def _news(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><main><h1>City News</h1>{body}</main></body></html>"


def _pdf(lines: list[str]) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    y = 720
    for line in lines:
        page.drawString(72, y, line)
        y -= 16
    page.save()
    return out.getvalue()


def test_a_residents_age_between_name_and_home_in_a_medical_baseline_story():
    found = _found("storm-recap.html", _news(
        "Crews restored service to the east side by Sunday morning.",
        "Among the residents affected was Henrietta Okafor-Lindqvist, 77, of 5128 Wrenfield Court, who uses a "
        "home dialysis machine and is enrolled in the Medical Baseline program."))
    assert ("customer_name", "Henrietta Okafor-Lindqvist") in found
    assert ("address", "5128 Wrenfield Court") in found


def test_a_press_release_pdf_whose_line_break_cuts_the_sentence_before_the_program():
    found = _found("storm-recap.pdf", _pdf([
        "FOR IMMEDIATE RELEASE",
        "Power was restored to 1,940 homes within a day of the October 2 windstorm.",
        "Among those affected was Bartholomew Ekwueme, 84, of 2271 Foxtail Terrace, who relies",
        "on a powered wheelchair and is enrolled in the Medical Baseline program. His son",
        "drove him to a cooling center.",
        "Media contact: Public Information Office",
    ]))
    assert ("customer_name", "Bartholomew Ekwueme") in found
    assert ("address", "2271 Foxtail Terrace") in found


def test_a_longtime_customer_at_a_home_address_in_a_news_item():
    found = _found("outage-update.html", _news(
        "Longtime resident Evangelos Marchetti, whose family has been an Edison customer at 719 Ridgecrest Avenue "
        "since 1981, said neighbors shared extension cords."))
    assert ("customer_name", "Evangelos Marchetti") in found
    assert ("address", "719 Ridgecrest Avenue") in found


def test_a_neighbors_home_that_keeps_losing_power():
    found = _found("outage-faq.html", _news(
        "Who do I call first? Call the utility, then the City.",
        "Her neighbor Cornelius Abernathy keeps a log of every outage since 2020; his home at 4402 Juniperhill Road "
        "has lost power nine times."))
    assert ("customer_name", "Cornelius Abernathy") in found
    assert ("address", "4402 Juniperhill Road") in found


def test_a_block_party_host_with_a_home_address_is_no_customer():
    found = _found("neighborhood-news.html", _news(
        "Block party host Dana Whitfield-Osei, 52, of 412 Larkspur Street invites neighbors to bring a dish; the "
        "street will be closed from noon to 6 p.m."))
    assert not {pair for pair in found if pair[0] in ("customer_name", "address")}


def test_a_landmarks_owner_in_a_history_piece_is_no_customer():
    found = _found("history.html", _news(
        "Electric streetcars reached the east side in 1912. Wilhelmina Oduya, 64, of 88 Cedar Lane, whose bungalow "
        "is a City landmark, gives tours of the house on Saturdays."))
    assert not {pair for pair in found if pair[0] in ("customer_name", "address")}


def test_a_shop_owner_at_the_shops_address_is_no_customer_record():
    found = _found("business-news.html", _news(
        "Bakery owner Ignacio Valdepeñas, of 301 Main Street, said his shop lost power for six hours and he is "
        "enrolled in the PCE business rate plan."))
    assert ("address", "301 Main Street") not in found


# --- a named saver's evening use ------------------------------------------------------------------------------------

def test_a_top_savers_evening_use_in_a_flex_alert_release():
    found = _found("flex-alert.html", _news(
        "Conserve between 4 and 9 p.m. Last summer's top saver, Rosamund Achebe-Whitlock, cut her evening use to "
        "58 kWh per day during alerts and earned a $19 bill credit."))
    assert ("customer_name", "Rosamund Achebe-Whitlock") in found
    assert ("energy_usage", "58 kWh") in found


def test_an_average_households_or_participants_evening_use_is_no_ones():
    found = _found("flex-alert.html", _news(
        "Councilmember Philippa Varga-Noor said the average household's evening use is about 12 kWh a day in August.",
        "Program manager Tobias Wrenfield said participants cut their evening use to 9 kWh per day on average."))
    assert not {pair for pair in found if pair[0] in ("customer_name", "energy_usage")}
