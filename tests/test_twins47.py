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
