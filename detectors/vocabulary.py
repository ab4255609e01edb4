"""The vocabulary shared by masking and the reading of names: which words are common words, which are people's
names, and which are both.

- wordfreq's most frequent English and Spanish words, with their frequency: a word outside them is no word a
  reader needs, and in a name it is most likely a name ("Nguyen", "Maanas", "Okonkwo");
- the US Census given-name and surname lists (the ``names`` package): how many people bear a name;
- the given names of the Social Security Administration's baby-name counts that the 1990 Census lists lack
  ("Liam", "Uma", "Nevaeh": ``data/ssa_given_names.txt``, see ``data/build_given_names.py``);
- the words of the detectors' own labels (SSN, Acct, ITIN, PCE).

``readable`` weighs them: a word that identifies no one is a common word (or a label's) that is not more often a
person's name than a word ("Security", "Recreation" are words; "Lopez", "Brown", "Mark" capitalised are names).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import names as census_names

_VOCABULARY_SIZE = {"en": 50_000, "es": 20_000}
# how much likelier a name than a word a capitalised (or upper-case) and a lower-case word must be to count as a name
_NAME_RATIO, _LOWER_CASE_NAME_RATIO = 2, 10
_COMMON = 10 ** -5.5  # a word this frequent (wordfreq's Zipf 3.5: "mechanic", "payroll") is a word of the language
_WORD = re.compile(r"[^\W\d_]+")
# the particles of surnames ("Ana de la Cruz", "Jörgen van de Kooij", "Valerie St. Kaufman"): a name's words that
# say nothing of whose it is
PARTICLES = frozenset("de del la los las van von der den da di du dos das y le bin binti binte ibn st.".split())


def fold(word: str) -> str:
    """Lower case without accents, as the Census lists spell names ("Pérez" -> "perez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """The most frequent English and Spanish words and their frequency (the higher of the two)."""
    frequencies: dict[str, float] = {}
    for language in _VOCABULARY_SIZE:
        for word, frequency in language_frequencies(language).items():
            frequencies[word] = max(frequencies.get(word, 0.0), frequency)
    return frequencies


@lru_cache(maxsize=2)
def language_frequencies(language: str) -> dict[str, float]:
    """The most frequent words of one language ("en" or "es") and their frequency in it: "torres", "salas" are
    Spanish words (towers, rooms) and in English text only surnames."""
    frequencies: dict[str, float] = {}
    count = 0
    for index, bucket in enumerate(_frequency_list(language)):
        frequency = 10 ** (-index / 100)  # wordfreq's buckets are centibels
        for word in bucket:
            if word.isalpha():
                frequencies.setdefault(word, frequency)
                count += 1
        if count >= _VOCABULARY_SIZE[language]:
            break
    return frequencies


def _frequency_list(language: str):
    """wordfreq's frequency list of a language (``wordfreq.get_frequency_list``: its buckets of words, one a
    centibel), read bucket by bucket from its data file on first use (a worker that masks nothing never reads the
    lists): only the buckets ``word_frequencies`` reads are unpacked, and wordfreq itself is not imported (its
    imports and its whole lists took a quarter of a second of a worker's first PDF with a word broken at a line's
    end). Where its data is not laid out as expected, wordfreq reads it."""
    import gzip
    import importlib.util
    spec = importlib.util.find_spec("wordfreq")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    path = Path(folders[0], "data", f"large_{language}.msgpack.gz") if folders else None
    if path is None or not path.is_file():
        import wordfreq
        yield from wordfreq.get_frequency_list(language)
        return
    import msgpack
    with gzip.open(path, "rb") as data:
        unpacker = msgpack.Unpacker(data, raw=False)
        buckets = unpacker.read_array_header()
        header = unpacker.unpack() if buckets else None
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"Unexpected header: {header!r}")
        for _ in range(buckets - 1):
            yield unpacker.unpack()


def _census(key: str) -> list[tuple[str, float]]:
    with open(census_names.FILES[key], encoding="ascii") as lines:
        return [(parts[0].lower(), float(parts[1])) for parts in (line.split() for line in lines) if parts]


@lru_cache(maxsize=1)
def _modern_given_names() -> dict[str, float]:
    """Given names the Census lists lack, with the share of people who bear them (SSA counts, births 1920-2008)."""
    with open(Path(__file__).with_name("data") / "ssa_given_names.txt", encoding="ascii") as lines:
        return {name: float(share) for name, share in (line.split() for line in lines if not line.startswith("#"))}


@lru_cache(maxsize=1)
def given_names() -> dict[str, float]:
    """Lower-case given names (17,000 of them, from James to Ngoc and Liam) with the percentage of the people of
    their sex who bear them: the US Census lists, and the SSA's given names the 1990 Census lacks."""
    found: dict[str, float] = {name: share * 200 for name, share in _modern_given_names().items()}
    for key in ("first:male", "first:female"):
        for name, frequency in _census(key):
            found[name] = max(found.get(name, 0.0), frequency)
    return found


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-case surnames of the US Census list (88,000 of them)."""
    return frozenset(surname_shares())


@lru_cache(maxsize=1)
def surname_shares() -> dict[str, float]:
    """Each surname of the Census list with the share of people who bear it, also as written with the apostrophe the
    list drops ("O'Rourke", "D'Angelo" beside "orourke", "dangelo": an "O" or a "D" before a surname of its own)."""
    shares = {name: percent / 100 for name, percent in _census("last")}
    for name, share in list(shares.items()):
        if len(name) > 4 and name[1:] in shares and (name[0] == "o" or (name[0] == "d" and name[1] in "aeiou")):
            for apostrophe in "'\u2019":
                shares.setdefault(f"{name[0]}{apostrophe}{name[1:]}", share)
    return shares


@lru_cache(maxsize=1)
def name_shares() -> dict[str, float]:
    """Each given name and surname, with the share of people who bear it."""
    shares: dict[str, float] = dict(_modern_given_names())
    given = ((name, percent / 100 * 0.5) for key in ("first:male", "first:female") for name, percent in _census(key))
    for name, share in (*surname_shares().items(), *given):  # a given name's share of one sex is half of everyone's
        shares[name] = max(shares.get(name, 0.0), share)
    return shares


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """The words of the labels the detectors declare (SSN, Acct, ITIN, PCE ...): a reader needs them. Only the
    English and Spanish ones: the other languages' labels hold words that are names in English text ("Ng", "Vu")."""
    from . import account_labels, ssn, taxpayer_id, translations  # the detectors import this module: look them up late
    foreign = translations.foreign_phrases()
    phrases = [*ssn.LABELS, *taxpayer_id.LABELS, *account_labels.GENERIC_LABELS, *account_labels.CUSTOMER_LABELS]
    return frozenset(w.lower() for phrase in phrases if phrase not in foreign for w in _WORD.findall(phrase))


@lru_cache(maxsize=65536)
def readable(word: str) -> bool:
    """A word that identifies no one: a common word or a label's, and not more often a person's name."""
    lower = word.lower()
    if len(word) == 1 or lower in label_words():
        return True
    frequency = word_frequencies().get(lower)
    if frequency is None:
        return False
    share = name_shares().get(fold(word), 0.0)
    if not share:
        return True
    return share < frequency * (_LOWER_CASE_NAME_RATIO if word.islower() else _NAME_RATIO)


def frequent(word: str) -> bool:
    """A word of the language as often as "mechanic" or "payroll" (wordfreq's Zipf 3.5) or more."""
    return word_frequencies().get(word.lower(), 0.0) >= _COMMON


@lru_cache(maxsize=65536)
def common_word(word: str) -> bool:
    """A frequent word of the language that no Census list holds as a name ("Recreation", "Payroll", "Cerro"): a
    run of capitalised words holding one is a heading or a place, not a person."""
    plain = fold(word)
    return readable(word) and frequent(word) and plain not in given_names() and plain not in surnames()


def name_like(word: str) -> bool:
    """A word that is more likely a person's name than a word: a rare word, or a name more often than a word."""
    return not readable(word)
