"""Twin rules made one (review of pubcheck, round 47).

1. Chinese words that open with a surname's character ("金額" amount, "夏季" summer, "常住" permanent residence, "包括"
   including, "董事" director, "任何" any) are one set, ``honorifics.CHINESE_WORDS``, asked through ``chinese_word``
   by every reader of Chinese names: the holder's and the home clause's (``honorific_names``), the standalone name of
   a record (``persons.names_in``) and a value read as a name (``persons.person_name``). Before, two lists held half
   each, and the home clause's reader and ``person_name`` asked only one of them.
2. A note (``notes``) asks ``public_people.of_another_kind`` of its line, as prose and case stories ask it of their
   paragraph: a rate explainer's worked example ("Let's say Tom Baker at 45 Oak St uses 700 kWh", "Supongamos que
   ...") names no customer.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found

from detectors.context.honorifics import honorific_names
from detectors.context.persons import names_in, person_name


def _honorific(text: str) -> list[str]:
    return [text[a:b] for a, b in honorific_names(text)]


def _standalone(text: str) -> list[str]:
    return [text[a:b] for a, b in names_in(text, 0, len(text), True)]


# the words one of the two lists held before, and a word of both
_ONCE_ONLY_ONE_LIST = ("金額", "金额", "付費", "方案", "程序", "高峰", "夏季", "周期", "範圍", "任何", "曾經", "马上", "董事",
                       "萬元", "關係", "管理", "費用", "高齡", "高收入", "常住", "萬一", "方面", "車輛", "包括", "申請")


@pytest.mark.parametrize("word", _ONCE_ONLY_ONE_LIST)
def test_chinese_words_are_no_names_in_any_reader(word):
    assert _honorific(f"客户{word}的说明见附表。") == []
    assert _honorific(f"住在本市的{word}，请见附表。") == []
    assert _standalone(f"{word} 864 kWh") == []
    assert person_name(word) is None


def test_chinese_words_a_home_clause_runs_into():
    assert _honorific("家住本市的董事、员工和家属均可参加。") == []
    assert _honorific("住在本市的任何（包括租户）居民均可申请。") == []
    assert _honorific("住在 12 Elm St 的周期，以账单为准。") == []
    assert _honorific("客户夏季的用电量较高。") == []
    assert _standalone("常住 479 Laurel Glen Ave") == []
    assert _standalone("董事 (818) 791-4010") == []


def test_names_that_open_like_a_word_are_still_names():
    assert _honorific("客户夏雨婷女士表示账单有误。") == ["夏雨婷"]
    assert _honorific("住在 371 Olive Hill Ct 的常宇女士说，七月用电 864 度。") == ["常宇"]
    assert _honorific("用户包小龙说电表读数不对。") == ["包小龙"]
    assert _standalone("金小燕 21188 Larkspur Terrace") == ["金小燕"]
    assert person_name("董明珠") == "董明珠"
    assert person_name("王秀英") == "王秀英"


_RATES = "https://www.cityofx.gov/energy/rates.html"


def _rates_page(*paragraphs: str) -> str:
    return ("<html><body><h1>Understanding Your Bill</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</body></html>")


@pytest.mark.parametrize("example", [
    "Let's say Tom Baker at 45 Oak St uses 700 kWh.",
    "Let's say Tom Baker at 45 Oak St uses 700 kWh a month on the Tier 1 rate.",
    "Suppose Tom Baker at 45 Oak St uses 700 kWh.",
    "For example, imagine Tom Baker at 45 Oak St uses 700 kWh.",
    "Take a hypothetical customer, Tom Baker at 45 Oak St, who uses 700 kWh.",
    "Say Tom Baker at 45 Oak St uses 700 kWh in July.",
    "Pretend Tom Baker lives at 45 Oak St and uses 700 kWh.",
    "Supongamos que Tom Baker vive en 45 Oak St y usa 700 kWh.",
    "Imaginemos que Tomás Bermúdez vive en 45 Oak St y usa 700 kWh al mes.",
    "Digamos que un cliente hipotético, Tomás Bermúdez, vive en 45 Oak St y usa 700 kWh.",
])
def test_a_worked_examples_person_is_no_customer(example):
    assert pairs_found(_RATES, _rates_page(example)) == set()


def test_a_real_customer_beside_an_example_stays_found():
    found = pairs_found(_RATES, _rates_page(
        "Suppose a home uses 700 kWh: its bill would be about 120 dollars.",
        "Follow-up: Tom Baker lives at 45 Oak St and wants a callback about his high bill, (909) 555-0142."))
    assert found == {("customer_name", "Tom Baker"), ("address", "45 Oak St"), ("phone", "(909) 555-0142")}
    found = pairs_found(_RATES, _rates_page("Tomás Bermúdez vive en 45 Oak St y usa 700 kWh al mes."))
    assert found == {("customer_name", "Tomás Bermúdez"), ("address", "45 Oak St"), ("energy_usage", "700 kWh")}


def _letter_page(*lines: str) -> str:
    return _rates_page(*lines, "Dear Olinda Power Collective,",
                       "My February bill shows 2,729 kWh, twice my usual. Please check my meter.",
                       "Sincerely,", "Tom Baker", "45 Oak St, Santa Olinda, CA 91797")


def test_a_letter_introduced_as_a_template_or_a_sample_is_no_customers():
    assert pairs_found(_RATES, _letter_page("Use this template to write to us:")) == set()
    assert pairs_found(_RATES, _letter_page("Sample letter (hypothetical customer):")) == set()
    assert pairs_found(_RATES, _letter_page("Sample letter:")) == set()


def test_a_customers_letter_stays_found():
    letter = {("customer_name", "Tom Baker"), ("address", "45 Oak St, Santa Olinda, CA 91797"),
              ("energy_usage", "2,729 kWh")}
    assert pairs_found(_RATES, _letter_page()) == letter
    assert pairs_found(_RATES, _letter_page("Letters we received this month:")) == letter
    assert pairs_found(_RATES, _letter_page("Olinda Power Co.", "Attn: Billing Department")) == letter
    imagine = _rates_page("Dear Olinda Power Collective,",
                          "Imagine my surprise: my February bill shows 2,729 kWh, twice my usual. "
                          "Please check my meter.",
                          "Sincerely,", "Tom Baker", "45 Oak St, Santa Olinda, CA 91797")
    assert pairs_found(_RATES, imagine) == letter


def test_a_story_customer_called_by_title_and_surname_is_the_same_customer():
    """PCE-01 4.1: a news story that gives a household's home, its monthly use and the number neighbours may call
    names a customer; the title and surname it calls them by later is that customer's name too (red team site46's
    "Ms. Bautista": its truth listed only "the Bautistas"). Offering to host an open house is no leave to publish the
    household's record."""
    page = ('<html lang="en"><head><title>Solar group buy | City of Mesa Verde</title></head><body><header>City of '
            "Mesa Verde &middot; Mesa Verde Community Power</header><main><h1>Solar group buy: the first twenty "
            "rooftops</h1><p>The Okonkwos were the first to sign up. They have lived at\n"
            "2210 E Mesa Verde Dr #12 since "
            "1988, and their roof faces west.</p><p>Before the panels, the household averaged 1,140 kilowatt-hours a "
            "month. Installer BrightRoof Energy Services LLC\n(400 Commerce Way, Suite C) finished the job in three "
            "days.</p><p>Neighbors on the street who want to see the system can call Mr. Okonkwo at (626)555-0199;\n"
            "he has offered "
            "to host an open house.</p></main><footer><p>City of Mesa Verde &middot; 100 Civic Center Dr, Mesa Verde, "
            "CA 91700 &middot; Mesa Verde Community Power Customer Care (833) 555-0100</p></footer></body></html>")
    found = pairs_found("https://www.cityofx.gov/news/2024-07-story.html", page)
    assert found == {("customer_name", "Okonkwos"), ("customer_name", "Mr. Okonkwo"),
                     ("address", "2210 E Mesa Verde Dr #12"), ("energy_usage", "1,140 kilowatt-hours"),
                     ("phone", "(626)555-0199")}


def test_business_name_helpers_agree_on_a_names_own_words():
    from detectors.context.lists import business_name, named_as_a_business
    from detectors.context.tables import _firm
    for firm in ("Okafor Electric Inc.", "Miguel's Pho House", "Bui & Sons", "Hakobyan Auto Repair",
                 "Tanaka Accounting, CPA"):
        assert named_as_a_business(firm) and business_name(firm) and _firm(firm), firm
    # a household or an estate is no firm in a customer column, though probablepeople reads one
    for household in ("The Ruiz Family", "Ruiz Family Trust", "Estate of Ana Ruiz"):
        assert not _firm(household), household
    # a rare name probablepeople calls a firm: a customer column's person, a directory's firm
    assert not _firm("Ottilie Brandvold") and not named_as_a_business("Ottilie Brandvold")
    assert not _firm("Ana Ruiz") and not business_name("Ana Ruiz")
