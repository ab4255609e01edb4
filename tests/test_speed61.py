"""The speed-ups of round 61 answer exactly as the code they replace: usaddress's tokenizer compiled once, the
credential hints looked for literally, overlaps resolved without a map of every segment, a long table's findings
put in order with one search per finding."""
from __future__ import annotations

import random
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from itertools import accumulate

import usaddress

from detectors import credential
from detectors.context.address_tags import tokenize
from detectors.engine import _resolve_overlaps
from detectors.facts import IdentityIndex
from detectors.model import Finding, Segment, severity_rank

TEXTS = [
    "", " ", "4418 Wisteria Ct", "Apt #4 & (rear) b,c;d\n", "77 Orchard Row &amp; 2nd St", "PO Box 1203; Claremont",
    "((12)) Elm St., Unit 3B", "1600 N. Towne Ave #B-2, Pomona CA 91767", "٥٠٥ S Garey", "Calle Olivo #88",
    "Suite 210 & #3 &#38; more", "São Paulo 14 , Rua 9", "line one\nline two\t tab", "#", "&", ",,,;;;", "日本 12",
]


def test_tokenize_is_usaddress_tokenize():
    rng = random.Random(61)
    pieces = ["12", "Oak", "Ave.", "#", "&", "&amp;", "&#38;", "(", ")", ",", ";", "\n", " ", "Ünit", "4B", "-", "."]
    texts = TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14))) for _ in range(500)]
    for text in texts:
        assert tokenize(text) == usaddress.tokenize(text), text


def _hinted_by_pattern(segments: list[Segment]) -> set[int]:
    starts = list(accumulate((len(s.text) + 1 for s in segments), initial=0))
    joined = "\x00".join(s.text for s in segments).lower()
    return {bisect_right(starts, m.start()) - 1 for m in credential._HINT.finditer(joined)}


def test_hinted_segments_as_the_pattern_finds_them():
    rng = random.Random(7)
    words = ["Parks", "Token", "PASS", "code:", " / ", "//", "İstanbul", "Key", "pin", "budget", "Contraseña", "x",
             "login", "set to", "hearing", "ghp_", "Σ", "secretary", "", "\n"]
    pages = [[], [Segment("")], [Segment("PIN"), Segment("pin pin"), Segment("none")]]
    pages += [[Segment(" ".join(rng.choice(words) for _ in range(rng.randrange(0, 6)))) for _ in range(rng.randrange(1, 9))]
              for _ in range(400)]
    for segments in pages:
        assert credential._hinted_segments(segments) == _hinted_by_pattern(segments)


def _resolved_with_a_map(findings: list[Finding]) -> list[Finding]:
    """engine._resolve_overlaps as it was: a map of every segment's findings."""
    continued: dict = {}
    for f in findings:
        if f.continued is not None:
            key = (id(f.continued), f.category)
            continued[key] = max(continued.get(key, 0), f.continued_end)
    if continued:
        findings = [f for f in findings if f.start >= continued.get((id(f.segment), f.category), 0)]
    by_segment = defaultdict(list)
    for f in findings:
        by_segment[id(f.segment)].append(f)
    kept = []
    for group in by_segment.values():
        if len(group) == 1:
            kept.append(group[0])
            continue
        group.sort(key=lambda f: (-severity_rank(f.severity), -(f.end - f.start), f.start))
        starts, ends = [], []
        for f in group:
            i = bisect_left(starts, f.end)
            if i and ends[i - 1] > f.start:
                continue
            starts.insert(i, f.start)
            ends.insert(i, f.end)
            kept.append(f)
    return kept


def test_overlaps_resolved_as_with_a_map_of_every_segment():
    rng = random.Random(3)
    for _ in range(300):
        segments = [Segment("x" * 40) for _ in range(rng.randrange(1, 8))]
        findings = []
        for _ in range(rng.randrange(0, 14)):
            start = rng.randrange(0, 30)
            cut = rng.random() < 0.1
            findings.append(Finding(rng.choice(["phone", "address", "ssn"]), rng.choice(["high", "medium", "low"]),
                                    rng.choice(segments), start, start + rng.randrange(1, 10),
                                    continued=rng.choice(segments) if cut else None, continued_end=rng.randrange(0, 9)))
        assert _resolve_overlaps(list(findings)) == _resolved_with_a_map(list(findings))


def test_each_position_as_get_gives_it():
    objects = [object() for _ in range(60)]
    index = IdentityIndex(objects + objects[:5], list(range(65)))
    keys = [id(o) for o in objects] + [id(object()), 0, 2 ** 64 - 1]
    assert index.get_each(keys, -1) == [index.get(key, -1) for key in keys]
    assert IdentityIndex([]).get_each([1, 2], 7) == [7, 7]


def test_hints_hold_no_cut_of_the_joint():
    """The literal search takes each hint as the pattern does: no hint holds the joint or a pattern's sign."""
    assert not any("\x00" in hint for hint in credential._HINTS)
    assert credential._HINT.pattern == "|".join(map(re.escape, credential._HINTS))


def test_spanish_digit_words_gated_as_ignoring_case():
    from detectors.context import shapes
    assert shapes._SPANISH_DIGIT == shapes._SPANISH_DIGIT.lower() and shapes._SPANISH_DIGIT.isascii()
    rng = random.Random(11)
    words = ["Uno", "DOS", "tres", "Cuatro-", "nueveS", "ocho,", "Seis", "x", "7", "cero1", "_cinco", "siete", " ", "\n"]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 6)))
        assert bool(shapes._SPANISH_WORD_LOWER.search(text.lower())) == bool(shapes._SPANISH_WORD.search(text)), text
