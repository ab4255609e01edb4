"""The courtesy titles written once in ``cues`` (tidy75): each named set holds what the patterns that used to spell
it out held, and the readings built on them still tell a titled surname as before."""
import re

from detectors.context import cues
from detectors.context.prose import names, places


def _words(alternation: str) -> set[str]:
    return set(alternation.split("|"))


def test_the_sets_are_the_ones_the_patterns_spelled_out():
    assert _words(cues.HONORIFICS) == {"Mr", "Mrs", "Ms", "Mx"}
    assert _words(cues.PERSONAL_TITLES) == {"Mr", "Mrs", "Ms", "Mx", "Dr"}
    assert _words(cues.SPANISH_TITLES) == {"Sr", "Sra", "Srta"}
    assert _words(cues.ABBREVIATED_TITLES) == {"Mr", "Mrs", "Ms", "Mx", "Dr", "Sr", "Sra", "Srta"}
    assert _words(cues.COURTESY_TITLES) == _words(cues.ABBREVIATED_TITLES) | {"Miss"}


def test_every_title_is_a_whole_word_before_a_stop_or_a_space():
    # so the order of a set's words never changes what a pattern built on it matches
    pattern = re.compile(rf"(?:{cues.COURTESY_TITLES})\.?\s")
    for title in _words(cues.COURTESY_TITLES):
        assert pattern.fullmatch(f"{title}. ") and pattern.fullmatch(f"{title} ")
    assert not pattern.match("Mrsa ") and not pattern.match("Srx. ")


def test_a_titled_surname_is_still_read_as_one():
    assert places.TITLED.match("Ms. Kang asked")
    assert places.TITLED.match("Sra. Arreola")
    assert places.TITLED.match("Miss Okafor")
    assert not places.TITLED.match("Mission Street")  # no title's word: "Miss" is followed by a letter
    assert names.ROLE_ENDS_LINE.fullmatch("customer Sra.", len("customer"))
    assert not names.ROLE_ENDS_LINE.fullmatch("customer Miss", len("customer"))  # "Miss" takes no stop: not listed
