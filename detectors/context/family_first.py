"""Names written family name first, as Vietnamese, Korean and Chinese write them: "Nguyen Duc Anh", "Jeon Mi Hye",
"Cho Duc Young", "Tran Thi Thu Trang".

The lists read such a name by its parts, and its parts are often words too ("Mi", "Duc", "Young", "Sun", "My"): the
run reader keeps the two it can read as a given name and a surname ("Mi Hye", "Song Jae", "Minh Sun") and leaves the
family name or the last syllable out, half a name. A family name of these traditions followed by one syllable of a
given name after another is the whole name, whatever English or Census list its syllables are also in: a firm's or a
place's word is no syllable of a name ("Beach", "Market", "Park"), and syllables are short.
"""
from __future__ import annotations

import re

# the family names most Vietnamese, Koreans and Chinese bear, romanised as they are in the United States
VIETNAMESE_FAMILIES = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh "
                                "doan lam mai trinh luong luu quach chau ta cao thai tang kieu diep vuong".split())
KOREAN_FAMILIES = ("Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo",
                   "Yoon", "Yun", "Jang", "Chang", "Lim", "Han", "Oh", "Seo", "Suh", "Shin", "Kwon", "Hwang", "Ahn",
                   "Song", "Ryu", "Yoo", "Hong", "Jeon", "Chun", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam",
                   "Noh", "Roh", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Min", "Won", "Byun", "Hyun", "Ham",
                   "Seok", "Uhm", "Chae", "Yeo")
CHINESE_FAMILIES = frozenset("wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao zheng "
                             "liang xie tang feng deng peng zeng xiao tian pan yuan cai jiang du wei su lu ding shen "
                             "yao qin zhong tan chan wong cheung leung ng chow lau kwok yip".split())
_FAMILIES = VIETNAMESE_FAMILIES | CHINESE_FAMILIES | frozenset(f.lower() for f in KOREAN_FAMILIES)

# a syllable of a romanised Korean given name ("Seo", "Hye", "Jun", "Kyung"); and of a Vietnamese one without its
# marks: an onset, a vowel cluster Vietnamese writes and a final ("Phuong", "Nguyen", "Thanh", "Quoc")
KOREAN_SYLLABLE = re.compile(r"(?:[gkndrmbpsjht]|ch|ss|jj|kk|tt|pp|sh|)"
                             r"(?:yeo|yae|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)(?:ng|k|n|l|m|p)?")
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?"
                                  r"(?:uye|uya|ieu|yeu|uoi|uou|oai|oay|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|"
                                  r"ui|uo|uu|uy|ye|a|e|i|o|u|y)(?:ng|nh|ch|[cmnpt])?")
# Korean syllables English spelling keeps, whose "w" or "y" the syllable's pattern has no onset for ("Young-ho",
# "Cho Duc Young", "Kwon Woo Bin", "Yoo-jin")
_SPELT_ALONE = frozenset({"young", "woo", "wook", "yoo"})
_MAX_SYLLABLE = 6
_MAX_GIVEN = 3  # "Tran Thi Thu Trang": a middle name and a given name of two syllables
_WORD = re.compile(r"[A-Z][a-z]+")
_POSSESSIVE = re.compile(r"['\u2019]s$")


def given_syllable(word: str) -> bool:
    """Whether ``word`` (capitalised) is one syllable of a Korean or Vietnamese given name written in roman
    letters."""
    plain = word.lower()
    return bool(_WORD.fullmatch(word)) and len(plain) <= _MAX_SYLLABLE and (
        plain in _SPELT_ALONE or bool(KOREAN_SYLLABLE.fullmatch(plain)) or bool(_VIETNAMESE_SYLLABLE.fullmatch(plain)))


def family_first_name(words: list[str]) -> bool:
    """Whether ``words`` are a family name of these traditions and two or three given syllables, the last maybe a
    possessive's ("Baek Jun Hye's account")."""
    words = [*words[:-1], _POSSESSIVE.sub("", words[-1])] if words else words
    return 3 <= len(words) <= _MAX_GIVEN + 1 and bool(_WORD.fullmatch(words[0])) and words[0].lower() in _FAMILIES \
        and all(map(given_syllable, words[1:]))


def syllable_and_family(given: str, family: str) -> bool:
    """Whether ``given`` is a syllable of such a given name before a family name of these traditions, written given
    name first ("Won Kang", "Jun Seo", "My Baek"): the family name is a name whatever English text writes it as
    often as a word ("Kang", "Seo", "Yuan")."""
    return given_syllable(given) and family.lower() in _FAMILIES


def whole_names(text: str, tokens: list[tuple[int, int]], found: list[tuple[int, int]],
                anchored: bool) -> list[tuple[int, int]]:
    """``found`` with each name that is part of a family-name-first name (its words among ``tokens``, one space
    apart, the last ending their run) widened to the whole: "Mi Hye" of "Jeon Mi Hye", "Song Jae" of "Song Jae Mi";
    in text an identifier anchors, such a name that no other reading found is one too ("Jeon Mi Hye, 621 Haven Ave,
    Account No. ..."), as a given name and a surname any list holds are there."""
    widened = []
    for a, b in found:
        inside = [k for k, (s, e) in enumerate(tokens) if a <= s and e <= b]
        span = _whole_within(text, tokens, inside[0] - 1, inside[-1]) if len(inside) >= 2 else None
        widened.append(span if span and span[0] <= a and b <= span[1] else (a, b))
    if anchored:
        for k in range(len(tokens)):
            span = _whole_within(text, tokens, k, k)
            if span and span[0] == tokens[k][0] and not _joined(text, tokens, k - 1) and not any(
                    s < span[1] and span[0] < e for s, e in widened):
                widened.append(span)
    return sorted(set(widened))


def _joined(text: str, tokens: list[tuple[int, int]], k: int) -> bool:
    """Whether token ``k`` and the next are one space apart, words of one run."""
    return 0 <= k < len(tokens) - 1 and text[tokens[k][1]:tokens[k + 1][0]] == " "


def _whole_within(text: str, tokens: list[tuple[int, int]], first: int, last: int) -> tuple[int, int] | None:
    """The family-name-first name whose family name is token ``first`` (or the next) and that holds token
    ``last`` and ends its run of words one space apart."""
    for i in range(max(0, first), first + 2):
        j = i
        while _joined(text, tokens, j):
            j += 1
        if j >= last and family_first_name([text[s:e] for s, e in tokens[i:j + 1]]):
            return tokens[i][0], tokens[j][1]
    return None
