"""The layout's shortcuts (crawler.extract.layout) answer as the plain rules they stand for, on random lines."""
import random

from crawler.extract.layout import (Piece, Word, _apart_from_above, _cut, _has_figure, _same_entries, _set_apart,
                                    _entry_lines, line_text, _ENTRIES, _REGION_BREAK, _ALIGNED)

_TEXTS = ["Quarterly", "report", "Acct", "4471-208", "$1,250.00", "Suite", "12B", "and", "x\u00b2", "Ortega,", "2024"]


def _piece(rng: random.Random, top: float) -> Piece:
    height = rng.choice([0.4, 0.9, 1.0, 6.0, 9.5, 12.0])
    x0 = rng.uniform(0, 500)
    words = [Word(rng.choice(_TEXTS), x0 + 30 * k, top - height, x0 + 30 * k + 25, top) for k in range(rng.randint(1, 3))]
    return Piece(words, x0, top - height, words[-1].x1, top, cell=rng.random() < 0.2)


def _line(rng: random.Random, top: float) -> list[Piece]:
    return sorted((_piece(rng, top) for _ in range(rng.randint(1, 4))), key=lambda p: p.x0)


def _page(rng: random.Random) -> list[list[Piece]]:
    lines, top = [], 700.0
    for _ in range(rng.randint(2, 30)):
        lines.append(_line(rng, top))
        top -= rng.choice([0.5, 2.0, 2.5, 3.0, 11.0, 14.0, 40.0])
    return lines


def test_set_apart_is_a_gap_wider_than_region_break_line_heights():
    rng = random.Random(7)
    for _ in range(3000):
        upper, lower = _line(rng, 100.0), _line(rng, 100.0 - rng.choice([0.5, 2.4, 2.5, 2.6, 8.0, 30.0]))
        height = max(min(p.height for p in upper + lower), 1.0)
        expected = min(p.y0 for p in upper) - max(p.y1 for p in lower) > _REGION_BREAK * height
        assert _set_apart(upper, lower) == expected


def test_apart_from_above_asks_each_pair_of_neighbours():
    rng = random.Random(8)
    for _ in range(200):
        lines = _page(rng)
        assert _apart_from_above(lines) == [False] + [_set_apart(a, b) for a, b in zip(lines, lines[1:])]


def test_has_figure_is_any_digit_and_remembers_pieces():
    rng = random.Random(9)
    figures: dict[int, bool] = {}
    lines = []  # kept alive, as a page's lines are while columns() reads them: an id names one piece
    for _ in range(500):
        line = _line(rng, 50.0)
        lines.append(line)
        expected = any(ch.isdigit() for piece in line for word in piece.words for ch in word.text)
        assert _has_figure(line, figures) == expected
        assert _has_figure(line, figures) == expected  # asked again: from what it kept


def test_same_entries_as_the_plain_rule():
    rng = random.Random(10)
    for _ in range(2000):
        left = [_line(rng, 50.0) for _ in range(rng.randint(1, 9))]
        right = [_line(rng, 50.0) for _ in range(rng.randint(1, 9))]
        kinds = sorted(([any(c.isdigit() for p in part for w in p.words for c in w.text) for part in side]
                        for side in (left, right)), key=len)
        shorter, longer = kinds
        period = _entry_lines(longer)
        expected = longer[:len(shorter)] == shorter and period is not None and len(shorter) >= _ENTRIES * period
        assert _same_entries(left, right, {}) == expected


def test_line_text_gaps_as_the_plain_rule():
    rng = random.Random(11)
    for _ in range(1000):
        line = _line(rng, 50.0)
        text = " ".join(w.text for w in line[0].words)
        for before, piece in zip(line, line[1:]):
            gap = (piece.x0 - before.x1) / max(min(before.height, piece.height), 1.0)
            text += ("\t" if piece.cell or gap < -0.25 else "" if gap < 0.1 else " " if gap < 1.0 else "\t") + \
                " ".join(w.text for w in piece.words)
        assert line_text(line) == text


def test_cut_leaves_a_piece_within_one_column_whole():
    words = [Word("Service", 10, 0, 50, 10), Word("Address", 55, 0, 95, 10)]
    piece = Piece(words, 10, 0, 95, 10)
    assert _cut([piece], [[0.0, 100.0], [120.0, 200.0]]) == [piece]
    # across two columns, a word at the next column's edge starts the next cell
    wide = Piece([Word("Ana", 10, 0, 40, 10), Word("Ruiz", 120 + _ALIGNED, 0, 150, 10)], 10, 0, 150, 10)
    assert [[w.text for w in p.words] for p in _cut([wide], [[0.0, 100.0], [120.0, 200.0]])] == [["Ana"], ["Ruiz"]]
