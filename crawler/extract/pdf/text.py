"""The fast text path: a page's words and their boxes from PDFium's text layer.

PDFium hands the page's text in one call, with its own line breaks, and boxes per character. Asking for
every character's box is what makes text extraction slow in Python, so only the first and the last
character of each word are measured: enough to join words into visual lines and to tell a word gap
from a table's column gap (see ``crawler.extract.layout``). The words are found and their boxes combined
with numpy over the whole page; the one loop left per word is the two calls to PDFium, which write the
boxes into one array.
"""
from __future__ import annotations

import ctypes
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass

import numpy
import pypdfium2.raw as pdfium_c

from ..layout import Word
from .objects import address

# characters PDFium gives for glyphs it cannot map to Unicode, and control characters
_UNMAPPED = frozenset("\ufffd\uffff")
_NEWLINE = ord("\n")
# what PDFium gives for a hyphen ending a line after a letter: the line break after it is dropped, the word's two
# halves and the rest of the next line run on in one line of text ("Mar\ufffeigold Ter\ufffferace St. She ...")
_LINE_END_HYPHEN = "\ufffe"
# which characters are white space (str.isspace), for the code points up to the last one that is (U+3000)
_BLANK = numpy.array([chr(code).isspace() for code in range(0x3001)])
# word gaps of one line, in spaces: alike within _ALIKE of a space; a whole number of spaces within _WHOLE
_ALIKE = 0.25
_WHOLE = 0.05
_UPRIGHT = 10  # degrees a line may lean and still be read as upright (a scan's text layer set a little askew)
# FPDFText_GetLooseCharBox taking the text page and the box as plain addresses: the two calls a word then pass
# integers, where pypdfium2's typed binding wants a struct view of the array built per word (``rects[k]``), which
# cost half again as much as the call itself
_LOOSE_CHAR_BOX = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(
    ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)


@dataclass(slots=True)
class PdfWord(Word):
    start: int = 0  # index of its first character in the text page
    end: int = 0  # one past its last


@dataclass
class PageText:
    words: list[PdfWord]
    runs: list[list[PdfWord]]  # words per PDFium text line
    unmapped: int  # characters without a Unicode mapping, left out
    boxes: numpy.ndarray  # one row per word: x0, y0, x1, y1


def page_text(textpage) -> PageText:
    """Words of a pypdfium2 PdfTextPage, grouped in PDFium's lines."""
    textpage = textpage.raw
    count = pdfium_c.FPDFText_CountChars(textpage)
    text = _text_range(textpage, count) if count > 0 else ""
    if len(text) != count:  # characters outside the BMP or without a code: rebuild one character per index
        unicode_of = pdfium_c.FPDFText_GetUnicode
        text = "".join([chr(unicode_of(textpage, i) or 0xFFFD) for i in range(count)])
    starts, ends, lines = _word_spans(text) if text else (numpy.empty(0, dtype=int),) * 3
    if not len(starts):
        return PageText([], [], 0, numpy.empty((0, 4)))
    texts = text.split()  # the same words: str.split and the spans both split at str.isspace characters
    last = (ends - 1).tolist()
    if _LINE_END_HYPHEN in text:  # a word broken at a line's end: one word on its first line, measured there
        for k, word in enumerate(texts):
            if _LINE_END_HYPHEN in word:
                last[k] = starts[k] + word.index(_LINE_END_HYPHEN)
                texts[k] = dehyphenated(word)
    unmapped = 0
    printed = "".join(texts)
    if not printed.isprintable() or not _UNMAPPED.isdisjoint(printed):  # most pages have nothing to clean
        texts = [_paired(word) if not word.isprintable() else word for word in texts]
        cleaned = [_clean(word) if not word.isprintable() or not _UNMAPPED.isdisjoint(word) else word
                   for word in texts]
        unmapped = sum(map(len, texts)) - sum(map(len, cleaned))
        texts = cleaned
    first = starts.tolist()
    rects = (pdfium_c.FS_RECTF * (2 * len(first)))()  # left, top, right, bottom of each word's two characters
    box, size = _LOOSE_CHAR_BOX, ctypes.sizeof(pdfium_c.FS_RECTF)
    handle, at = ctypes.cast(textpage, ctypes.c_void_p).value, ctypes.addressof(rects)
    measured = [box(handle, index, at + 2 * k * size) for k, index in enumerate(first)]
    measured_last = [end > start and box(handle, end, at + (2 * k + 1) * size)
                     for k, (start, end) in enumerate(zip(first, last))]
    corners = numpy.frombuffer(rects, dtype=numpy.float32).reshape(-1, 2, 4).astype(float)
    left, top, right, bottom = corners[:, 0].T
    # the last character widens the box where it reaches further (as min() and max() would take it)
    both = numpy.array(measured_last, dtype=bool)
    left = numpy.where(both & (corners[:, 1, 0] < left), corners[:, 1, 0], left)
    right = numpy.where(both & (corners[:, 1, 2] > right), corners[:, 1, 2], right)
    bottom = numpy.where(both & (corners[:, 1, 3] < bottom), corners[:, 1, 3], bottom)
    top = numpy.where(both & (corners[:, 1, 1] > top), corners[:, 1, 1], top)
    low = numpy.where(top < bottom, top, bottom)
    high = numpy.where(top > bottom, top, bottom)
    kept = numpy.array(measured, dtype=bool) & numpy.array([bool(word) for word in texts])
    if not kept.all():
        starts, ends, lines = starts[kept], ends[kept], lines[kept]
        left, low, right, high = left[kept], low[kept], right[kept], high[kept]
        texts = list(itertools.compress(texts, kept.tolist()))
    words = list(map(PdfWord, texts, left.tolist(), low.tolist(), right.tolist(), high.tolist(), starts.tolist(),
                     ends.tolist()))
    breaks = [0, *(numpy.flatnonzero(lines[1:] != lines[:-1]) + 1).tolist(), len(words)]
    runs = [words[a:b] for a, b in zip(breaks, breaks[1:]) if b > a]
    boxes = numpy.column_stack((left, low, right, high))
    long_words = numpy.flatnonzero(ends - starts >= _GLUED_LENGTH).tolist()
    if long_words and (glued := _glued_words(handle, words, long_words)):
        runs = [[part for word in run for part in glued.get(id(word), (word,))] for run in runs]
        words = [word for run in runs for word in run]
        boxes = numpy.array([(w.x0, w.y0, w.x1, w.y1) for w in words], dtype=float)
    return PageText(words, runs, unmapped, boxes)


# a word of at least this many characters may be two strings drawn over each other (_glued_words): a table cell's
# text running on into the next column, whose own text is drawn over its end ("CA 91768" under "3-61-761-8941");
# shorter words are not looked at, the check costing a call to PDFium a word
_GLUED_LENGTH = 8
_KERNED = 0.25
_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _glued_words(handle: int, words: list[PdfWord], candidates: list[int]) -> dict[int, tuple[PdfWord, ...]]:
    """The words PDFium ran together from two strings, one drawn over the other's end, each as its parts (by id of
    the word): where a string overflows its table cell, the next cell's string starts left of where the first one
    ended, and PDFium, finding no gap, puts no space between them ("917683-61-761-8941" for the ZIP code "91768"
    and the account "3-61-761-8941"). Such a word starts and ends in two text objects and has a character that
    starts back over the one before it (``_drawn_over``), which no spacing within a string does; it is split there.
    A word broken by a hyphen at a line's end, or cleaned of unmapped characters, is left whole."""
    glued: dict[int, tuple[PdfWord, ...]] = {}
    for index in candidates:
        word = words[index]
        if len(word.text) != word.end - word.start or _TEXT_OBJECT(handle, word.start) == \
                _TEXT_OBJECT(handle, word.end - 1):
            continue
        boxes = [_loose_box(handle, at) for at in range(word.start, word.end)]
        cuts = [k for k in range(1, len(boxes)) if _drawn_over(boxes[k - 1], boxes[k])]
        if cuts:
            glued[id(word)] = tuple(_part(word, boxes, a, b) for a, b in zip([0, *cuts], [*cuts, len(boxes)]))
    return glued


def _drawn_over(before: tuple[float, float, float, float], after: tuple[float, float, float, float]) -> bool:
    """Whether a character starts back over the one before it on its line, by more than kerning brings two letters
    together (_KERNED of the text height)."""
    height = before[3] - before[1]
    return after[0] < before[2] - _KERNED * height and after[1] < before[3] and before[1] < after[3]


def _loose_box(handle: int, index: int) -> tuple[float, float, float, float]:
    """Left, bottom, right and top of character ``index``'s loose box."""
    rect = pdfium_c.FS_RECTF()
    _LOOSE_CHAR_BOX(handle, index, ctypes.addressof(rect))
    return rect.left, min(rect.top, rect.bottom), rect.right, max(rect.top, rect.bottom)


def _part(word: PdfWord, boxes: list[tuple[float, float, float, float]], a: int, b: int) -> PdfWord:
    part = boxes[a:b]
    return PdfWord(word.text[a:b], min(box[0] for box in part), min(box[1] for box in part),
                   max(box[2] for box in part), max(box[3] for box in part), word.start + a, word.start + b)


# a text layer that does not read as text: the codes of a font without a Unicode mapping (a Type 3 font drawn from its
# own glyphs, no ToUnicode), which PDFium hands on as if they were letters ("5PNOKIBM1 3?KNBAB ;>H>IF" for "Customer:
# Abosede Salami"). Judged on a page with at least _FEWEST_WORDS words of three letters or more...
_FEWEST_WORDS = 20
# ...by the share of them that hold letters glued to punctuation no word is spelled with ("3?KNBAB", "=@@LAMM"; not
# "AT&T", "O'Brien", "and/or", "customer(s)", "Acct#4421"; a mailbox's "@" now and then)...
_GLUED = re.compile(r"[^\W_][?;<=>@[\\\]^!\"$%*]+[^\W\d_]")
_MOST_GLUED = 0.3
# ...and the share of them that are words of English or Spanish, or names: a page of text, a table of figures with
# its headers, a staff report in Spanish have most; a parts list or a page in Vietnamese has few, but no glued letters
_FEWEST_KNOWN = 0.25
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def reads_as_text(words: list[PdfWord]) -> bool:
    """Whether a page's text layer reads as text, not as the codes of glyphs without a Unicode mapping. Cheap on a
    page of text: the word lists are looked up only on a page where most words hold glued punctuation."""
    if len(_GLUED.findall(" ".join([w.text for w in words]))) < _MOST_GLUED * _FEWEST_WORDS:
        return True  # a page of text: one pass of a pattern
    lettered = [w.text for w in words if sum(c.isalpha() for c in w.text) >= 3]
    if len(lettered) < _FEWEST_WORDS:
        return True
    if sum(1 for word in lettered if _GLUED.search(word)) < _MOST_GLUED * len(lettered):
        return True
    from detectors.vocabulary import fold, given_names, surnames, word_frequencies
    vocabulary, given, family = word_frequencies(), given_names(), surnames()
    cores = (_EDGE_PUNCTUATION.sub("", word).lower() for word in lettered)
    known = sum(1 for core in cores if core in vocabulary or fold(core) in given or fold(core) in family)
    return known >= _FEWEST_KNOWN * len(lettered)


def _word_spans(text: str) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Start and end of each run of characters that are not white space (what ``str.split`` gives), and the
    number of line breaks before each."""
    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    blank = numpy.ones(len(codes) + 2, dtype=bool)
    if codes.max() < len(_BLANK):
        blank[1:-1] = _BLANK[codes]
    else:  # a character past the table: looked up one by one, each distinct code once
        beyond = codes >= len(_BLANK)
        blank[1:-1][~beyond] = _BLANK[codes[~beyond]]
        blank[1:-1][beyond] = numpy.isin(codes[beyond], [c for c in numpy.unique(codes[beyond]).tolist()
                                                        if chr(c).isspace()])
    edges = numpy.flatnonzero(blank[1:] != blank[:-1])
    starts, ends = edges[0::2], edges[1::2]
    # a hyphen at a line's end ends PDFium's line as its dropped line break would: the words after it are the next line's
    breaks = (codes == _NEWLINE) | (codes == ord(_LINE_END_HYPHEN))
    return starts, ends, numpy.cumsum(breaks)[starts] if len(starts) else starts


def _text_range(textpage, count: int) -> str:
    """All characters of the page, PDFium's line breaks and generated spaces included."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    return buffer.raw[:max(written - 1, 0) * 2].decode("utf-16-le", errors="replace")


def dehyphenated(word: str) -> str:
    """A word a hyphen broke at a line's end, as it is read: the halves joined where the next line goes on in lower
    case and the whole is no pair of words ("Ter-" / "race" -> "Terrace", "ac-" / "count" -> "account", "Batj-" /
    "argal" -> "Batjargal"); the hyphen kept before a capital or a figure ("Pomona-" / "Claremont", "PCE-" / "1532")
    and between two words that make no word joined ("self-" / "service")."""
    head, *tails = word.split(_LINE_END_HYPHEN)
    for tail in tails:
        head += tail if _joined_at_break(head, tail) else "-" + tail
    return head


def _joined_at_break(head: str, tail: str) -> bool:
    if not tail[:1].islower():
        return False
    before, after = _LAST_LETTERS.search(head), _FIRST_LETTERS.match(tail)
    if before is None or after is None:
        return True
    from detectors.vocabulary import frequent  # the word lists are loaded only for a page with a broken word
    halves = before.group(), after.group()
    return frequent("".join(halves)) or not all(len(half) >= _WORD_HALF and frequent(half) for half in halves)


_WORD_HALF = 3  # letters a half must have to be a word of its own ("Ba-" / "ins" is a name broken)
_LAST_LETTERS = re.compile(r"[^\W\d_]+$")
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")


def _paired(word: str) -> str:
    """A character beyond the BMP (an emoji, a mathematical digit) is two PDFium characters, the halves of its
    UTF-16 surrogate pair: joined into one here (a lone half becomes U+FFFD, left out as unmapped)."""
    if not any("\ud800" <= c <= "\udfff" for c in word):
        return word
    return word.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _clean(text: str) -> str:
    return "".join(c for c in text if c not in _UNMAPPED and unicodedata.category(c) not in ("Cc", "Cs", "Cn", "Co"))


def direction(textpage, run: list[PdfWord]) -> int:
    """The direction a PDFium line runs in, in whole degrees counter-clockwise from left to right (its first
    character's matrix, page rotation and the character's own included); 0 for a line upright within _UPRIGHT
    degrees, or one PDFium gives no matrix for."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(textpage.raw, run[0].start, matrix):
        return 0
    angle = round(math.degrees(math.atan2(matrix.b, matrix.a))) % 360
    return 0 if min(angle, 360 - angle) <= _UPRIGHT else angle


def turned(run: list[PdfWord], angle: int) -> list[PdfWord]:
    """The words of a line drawn at ``angle`` degrees with their boxes turned back by that angle, so that the
    line runs left to right and the next line of its paragraph lies below it, as on an upright page."""
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    words = []
    for word in run:
        xs = [x * cos + y * sin for x in (word.x0, word.x1) for y in (word.y0, word.y1)]
        ys = [y * cos - x * sin for x in (word.x0, word.x1) for y in (word.y0, word.y1)]
        words.append(PdfWord(word.text, min(xs), min(ys), max(xs), max(ys), word.start, word.end))
    return words


def typed_line(textpage, run: list[PdfWord]) -> str | None:
    """A PDFium line drawn as one string (a report exported with its columns padded by spaces), with the
    spaces it was typed with: PDFium keeps one space of a run, so the count is the gap between two words over
    the width of a space in the string's font. The columns then lie at the same characters as in the export
    as text (``crawler.extract.fixed_width``), whatever the font's widths. None for a line of several strings
    (its columns are placed by where they are drawn), without a font to measure, or of justified
    text (``_stretched``)."""
    textpage = textpage.raw
    first = run[0].start
    drawn_by = pdfium_c.FPDFText_GetTextObject(textpage, first)
    # its first and last word from one string: two calls a line, where asking for every word's would slow a page
    if not drawn_by or address(pdfium_c.FPDFText_GetTextObject(textpage, run[-1].start)) != address(drawn_by):
        return None
    space = _space_width(textpage, drawn_by, first)
    if space is None:
        return None
    widths = [(after.x0 - before.x1) / space for before, after in zip(run, run[1:])]
    if _stretched(widths):
        return None
    gaps = [" " * max(1, round(width)) for width in widths]
    return " " * _leading_spaces(drawn_by, run[0], space) + "".join(
        word.text + gap for word, gap in zip(run, gaps)) + run[-1].text


_MAX_INDENT = 60  # spaces a padded line may be typed with before its first word


def _leading_spaces(text_object, first: PdfWord, space: float) -> int:
    """The spaces the string was typed with before its first word, which PDFium drops: the gap between where the
    string starts (its text object's origin) and its first word, over a space's width. A two-line record's second
    line ("R24-031  Ana Ruiz" / "         1402 W Holt Ave   700-...   6,120") stays under its columns. None (0) for
    a string drawn turned or scaled apart from its page (its origin then is no point of the line)."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(text_object, matrix) or matrix.b or matrix.c or matrix.a <= 0:
        return 0
    spaces = round((first.x0 - matrix.e) / space)
    return spaces if 0 < spaces <= _MAX_INDENT else 0


def _stretched(widths: list[float]) -> bool:
    """Whether a line's word gaps (in spaces) are the spaces of justified text: a word spacing (Tw) set for the
    line widens every space alike, by any amount, where padding adds whole spaces, a different number a column.
    Gaps all alike and wider than a space by a fraction are stretched spaces; a padded row of one-word cells of
    one width (meter reads) has gaps alike too, but a whole number of spaces each."""
    if len(widths) < 2 or max(widths) - min(widths) > _ALIKE:
        return False
    width = sum(widths) / len(widths)
    return width > 1 + _WHOLE and abs(width - round(width)) > _WHOLE


def _space_width(textpage, text_object, index: int) -> float | None:
    """The width of a space in the font and size character ``index`` is drawn in, in page units."""
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    width = ctypes.c_float()
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    if not font or size <= 0 or not pdfium_c.FPDFFont_GetGlyphWidth(font, ord(" "), ctypes.c_float(size), width):
        return None
    return width.value if width.value > 0 else None


def char_box(textpage, index: int) -> tuple[float, float, float, float] | None:
    """The tight box of one character (x0, y0, x1, y1), or None."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    if not pdfium_c.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
        return None
    return left.value, bottom.value, right.value, top.value


def char_fill(textpage, index: int) -> tuple[int, int, int, int] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFText_GetFillColor(textpage, index, r, g, b, a):
        return None
    return r.value, g.value, b.value, a.value
