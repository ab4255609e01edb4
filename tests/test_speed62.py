"""Speed changes of round 62 that must change no finding: the label before a value, kept for the texts asked last."""
from __future__ import annotations

import gc

from detectors import labels
from detectors.labels import OTHER_LABELS, compile_labels

BEFORES = ["Account Number: ", "Acct # ", "Phone (home): ", "SSN on file: ", "call 909 555 ", "", "   ", "Meter No. ",
           "the account number is ", "Resolution No. ", "APN ", "EIN: ", "Service Acct No.", "su cuenta de servicio número "]


def _fresh(pattern, before):
    found = labels._last_adjacent(pattern, before)
    return found and (found.start(), found.end(), found.group(0))


def _kept(pattern, before):
    found = labels._adjacent(pattern, before)
    return found and (found.start(), found.end(), found.group(0))


def test_a_label_kept_is_the_label_searched_for_each_pattern_and_text():
    accounts = compile_labels(["account number", "acct", "service acct no", "cuenta de servicio"])
    for _ in range(2):  # asked twice: the second answer is the kept one
        for pattern in (accounts, OTHER_LABELS):
            for before in BEFORES:
                assert _kept(pattern, before) == _fresh(pattern, before)


def test_a_new_pattern_never_gets_the_answers_kept_for_an_earlier_one():
    for n in range(50):  # patterns made and dropped: a new one may take a freed one's id
        pattern = compile_labels(["account number"] if n % 2 else ["meter no"])
        for before in ("Account Number: ", "Meter No. "):
            assert _kept(pattern, before) == _fresh(pattern, before)
        del pattern
        gc.collect()


def test_the_texts_kept_are_bounded():
    pattern = compile_labels(["acct"])
    for n in range(labels._ADJACENT_KEPT + 10):
        labels._adjacent(pattern, f"acct {n} ")
    assert len(labels._adjacent_found[id(pattern)][1]) <= labels._ADJACENT_KEPT
    assert _kept(pattern, "Acct # ") == _fresh(pattern, "Acct # ")


def test_a_north_american_number_in_its_usual_forms_reads_as_phonenumbers_parses_it():
    import random

    import phonenumbers

    from detectors.public_contacts import _parsed, to_e164
    rng = random.Random(62)
    texts = ["(909) 620-2311", "909-620-2311", "(800) 555-0100", "(999) 999-9999", "(234) 567-8901", "(212) 000-0000",
             "(909) 111-2222", "(555) 555-1212", "(787) 722-1234", "(868) 625-1234", "(416) 555-0199", "(200) 100-0000",
             "(909) 620-2311 ", "909.620.2311", "(909)620-2311", "+1 909-620-2311", "1-909-620-2311", "(109) 620-2311",
             "(909) ٦٢٠-٢٣١١", "909-620-2311 x12", "(052) 620-2311"]
    for _ in range(20000):
        area, exchange, line = rng.randint(200, 999), rng.randint(0, 999), rng.randint(0, 9999)
        texts.append(f"({area}) {exchange:03d}-{line:04d}" if rng.random() < 0.5 else f"{area}-{exchange:03d}-{line:04d}")
    for text in texts:
        try:
            expected = phonenumbers.parse(text, "US")
        except phonenumbers.NumberParseException:
            expected = None
        try:
            got = _parsed(text)
        except phonenumbers.NumberParseException:
            got = None
        assert got == expected, text
    assert to_e164("(909) 620-2311") == "+19096202311" and to_e164("(909) 111-2222") is None
