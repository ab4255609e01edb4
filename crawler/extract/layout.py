"""Words with boxes -> the visual lines a reader sees, for PDF pages and OCR'd images alike.

Pieces of text on the same visual line are joined (with a tab between distant ones) even when the
file or the OCR engine gives them as separate runs, so that "Account No.:" and its value, or the cells
of a table row, stay one segment.
"""
from __future__ import annotations

from dataclasses import dataclass

# a gap, in multiples of the text height, up to which two words are one word, then one phrase; wider is a tab
_TOUCHING = 0.1
_WORD_GAP = 1.0


@dataclass(slots=True)
class Word:
    """A run of text without spaces and its box (y grows upwards, as in PDF user space)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(slots=True)
class Piece:
    """Words of one run of text, left to right, close enough to be read as a phrase."""

    words: list[Word]
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def pieces_of(runs: list[list[Word]]) -> list[Piece]:
    """Split runs of words (a PDF text line, an OCR line) where a gap is wider than a word gap or the
    next word leaves the run's height: the cells of a table row, a value set apart from its label."""
    pieces: list[Piece] = []
    # min(), max() and the heights written out: this runs once per word of every PDF page
    for run in runs:
        current: Piece | None = None
        for word in run:
            if current is not None:
                current_height, word_height = current.y1 - current.y0, word.y1 - word.y0
                lower = word_height if word_height < current_height else current_height
                gap = (word.x0 - current.x1) / (1.0 if 1.0 > lower else lower)
                overlap = (word.y1 if word.y1 < current.y1 else current.y1) - \
                    (word.y0 if word.y0 > current.y0 else current.y0)
                if -_WORD_GAP <= gap < _WORD_GAP and overlap >= 0.5 * lower:
                    current.words.append(word)
                    if word.x1 > current.x1:
                        current.x1 = word.x1
                    if word.y0 < current.y0:
                        current.y0 = word.y0
                    if word.y1 > current.y1:
                        current.y1 = word.y1
                    continue
            current = Piece([word], word.x0, word.y0, word.x1, word.y1)
            pieces.append(current)
    return pieces


def visual_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """Group pieces whose vertical extents overlap by half into visual lines, top to bottom, each
    ordered left to right."""
    groups: list[list[Piece]] = []
    anchor = None
    for piece in sorted(pieces, key=lambda item: (-item.y1, item.x0)):
        if anchor is not None:
            overlap = min(anchor.y1, piece.y1) - max(anchor.y0, piece.y0)
            if overlap >= 0.5 * min(anchor.height, piece.height):
                groups[-1].append(piece)
                continue
        groups.append([piece])
        anchor = piece
    for group in groups:
        group.sort(key=lambda item: item.x0)
    return groups


def line_text(line: list[Piece]) -> str:
    """The pieces of one visual line, left to right: touching pieces are one word, a word gap is a
    space, anything wider (columns, table cells) a tab."""
    text = piece_text(line[0])
    for before, piece in zip(line, line[1:]):
        gap = (piece.x0 - before.x1) / max(min(before.height, piece.height), 1.0)
        text += ("" if gap < _TOUCHING else " " if gap < _WORD_GAP else "\t") + piece_text(piece)
    return text


def piece_text(piece: Piece) -> str:
    return " ".join(word.text for word in piece.words)


def lines_of(runs: list[list[Word]]) -> list[str]:
    """The text of each visual line, top to bottom."""
    return [line_text(line) for line in visual_lines(pieces_of(runs))]
