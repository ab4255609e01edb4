"""The PDF path's speed-ups (issue 8) keep what it reads: each shortcut answers as the full test it stands for."""
from __future__ import annotations

import random

from crawler.extract import is_label_like, layout
from detectors.translations import _ascii_phrase_words, _ascii_phrases_by_word, to_english


def test_phrase_index_finds_what_the_full_scan_finds():
    phrases = _ascii_phrase_words()
    by_word = _ascii_phrases_by_word()
    assert sorted(map(sorted, (p for group in by_word.values() for p in group))) == sorted(map(sorted, phrases))
    vocabulary = sorted({word for phrase in phrases for word in phrase} | {"account", "name", "the", "service"})
    rng = random.Random(41)
    for _ in range(20_000):
        words = set(rng.sample(vocabulary, rng.randint(1, 6)))
        assert any(p <= words for p in phrases) == any(
            p <= words for word in (*words, "") for p in by_word.get(word, ()))


def test_foreign_labels_still_translated_and_english_ones_kept():
    assert to_english("numero ng account") == "account number"
    assert to_english("so tai khoan") == "account number"
    assert to_english("Service Address") == "Service Address"
    assert to_english("Council agenda item 7") == "Council agenda item 7"


def test_label_like_cached_answers_unchanged():
    assert is_label_like("Account No.") and is_label_like("Account No.")
    assert not is_label_like("909-555-1234")
    assert not is_label_like("3656 Lincoln Street, Walnut, CA 91730")
    assert not is_label_like("")


def test_one_word_field_gate_skips_no_field():
    assert layout._one_word_field("Phone 818.523.9423") == ["Phone", "818.523.9423"]
    assert layout._one_word_field("Email ana.ruiz@example.net") == ["Email", "ana.ruiz@example.net"]
    assert layout._one_word_field("Phone number") == ["Phone number"]
    rng = random.Random(8)
    for _ in range(50_000):
        cell = "".join(rng.choice("ab Z1@ .-\t:x\u00a0") for _ in range(rng.randint(0, 14)))
        if layout._ONE_WORD_FIELD.fullmatch(cell):
            assert layout._DIGIT_OR_AT.search(cell.rpartition(" ")[2]), cell


def test_captioned_boxes_both_ways():
    above = ["CUSTOMER NAME\tSERVICE ADDRESS", "Ana Ruiz\t1719 W. Pasadena St",
             "HOME PHONE\tACCOUNT NUMBER", "(951) 555-0134\t2-489-117-230"]
    assert layout.captioned_boxes(above) == [
        "", "CUSTOMER NAME: Ana Ruiz\tSERVICE ADDRESS: 1719 W. Pasadena St",
        "", "HOME PHONE: (951) 555-0134\tACCOUNT NUMBER: 2-489-117-230"]
    prose = ["The council met on Tuesday to approve the budget.", "Residents spoke in favour of the park plan."]
    assert layout.captioned_boxes(prose) == prose
    # a value line under captions that names a field itself is no line of values
    assert layout.captioned_boxes(["CUSTOMER NAME\tSERVICE ADDRESS", "Phone\tAccount No.",
                                   "HOME PHONE\tACCOUNT NUMBER", "Email\tCity"]) == [
        "CUSTOMER NAME\tSERVICE ADDRESS", "Phone\tAccount No.", "HOME PHONE\tACCOUNT NUMBER", "Email\tCity"]
