"""The fast text path: a page's words and their boxes from PDFium's text layer.

PDFium hands the page's text in one call, with its own line breaks, and boxes per character. Asking for
every character's box is what makes text extraction slow in Python, so only the first and the last
character of each word are measured: enough to join words into visual lines and to tell a word gap
from a table's column gap (see ``crawler.extract.layout``).
"""
from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from ..layout import Word

_WORD = re.compile(r"\S+")
# characters PDFium gives for glyphs it cannot map to Unicode, and control characters
_UNMAPPED = frozenset("\ufffd\ufffe\uffff")


@dataclass(slots=True)
class PdfWord(Word):
    start: int = 0  # index of its first character in the text page
    end: int = 0  # one past its last


@dataclass
class PageText:
    words: list[PdfWord]
    runs: list[list[PdfWord]]  # words per PDFium text line
    unmapped: int  # characters without a Unicode mapping, left out


def page_text(textpage) -> PageText:
    """Words of a pypdfium2 PdfTextPage, grouped in PDFium's lines. The loop runs once per word of the
    page, so it calls PDFium with the raw handle."""
    textpage = textpage.raw
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return PageText([], [], 0)
    text = _text_range(textpage, count)
    if len(text) != count:  # characters outside the BMP or without a code: rebuild one character per index
        unicode_of = pdfium_c.FPDFText_GetUnicode
        text = "".join([chr(unicode_of(textpage, i) or 0xFFFD) for i in range(count)])
    rect = pdfium_c.FS_RECTF()
    box = pdfium_c.FPDFText_GetLooseCharBox
    words: list[PdfWord] = []
    runs: list[list[PdfWord]] = []
    run: list[PdfWord] = []
    unmapped = 0
    maybe_unmapped = not _UNMAPPED.isdisjoint(text)  # most pages have none: no word then needs the check
    line_end = text.find("\n")
    for match in _WORD.finditer(text):
        start, end = match.span()
        if 0 <= line_end < start:  # the word is on a later PDFium line
            if run:
                runs.append(run)
                run = []
            line_end = text.find("\n", start)
        word_text = match.group()
        if not word_text.isprintable() or maybe_unmapped and not _UNMAPPED.isdisjoint(word_text):
            cleaned = _clean(word_text)
            unmapped += len(word_text) - len(cleaned)
            if not cleaned:
                continue
            word_text = cleaned
        if not box(textpage, start, rect):
            continue
        x0, x1, y0, y1 = rect.left, rect.right, rect.bottom, rect.top
        if end - start > 1 and box(textpage, end - 1, rect):
            # min() and max() written out (once per word of every page): the same values, a fifth of the time
            left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
            if left < x0:
                x0 = left
            if right > x1:
                x1 = right
            if bottom < y0:
                y0 = bottom
            if top > y1:
                y1 = top
        word = PdfWord(word_text, x0, min(y0, y1), x1, max(y0, y1), start, end)
        words.append(word)
        run.append(word)
    if run:
        runs.append(run)
    return PageText(words, runs, unmapped)


def _text_range(textpage, count: int) -> str:
    """All characters of the page, PDFium's line breaks and generated spaces included."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    return buffer.raw[:max(written - 1, 0) * 2].decode("utf-16-le", errors="replace")


def _clean(text: str) -> str:
    return "".join(c for c in text if c not in _UNMAPPED and unicodedata.category(c) not in ("Cc", "Cs", "Cn", "Co"))


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
