"""OCR of scanned pages and images with Tesseract, in the worker process itself.

Tesseract runs through tesserocr (its C++ API, in process), not as a child program: the worker that
runs it is the only process, so when the per-document deadline kills the worker no OCR outlives it, and
no image is written to disk. The language data comes from the system's Tesseract (Debian
``tesseract-ocr``); without it nothing can be read, and the caller marks the part as not checked with
:data:`NEEDS_OCR` rather than passing it silently.

Words come back with their boxes and are joined into visual lines the same way as a PDF's text layer
(``crawler.extract.layout``), so a label and its value on a scanned form stay one segment.
"""
from __future__ import annotations

import functools
import glob
import os
import re
from dataclasses import dataclass

from detectors.model import Location

from .layout import Word, add_line, form_rows, lines_of

NEEDS_OCR = "needs OCR: Tesseract not installed"
LANGUAGE = "eng"
OCR_DPI = 300  # resolution scanned pages are rendered at: what Tesseract is trained for
MAX_PIXELS = 12_000_000  # larger images are scaled down first: a letter page at 300 dpi has 8.4 million
_MIN_SIDE = 1200  # smaller images (a phone photo of a letter, scaled down) are enlarged to read small type
_MIN_CONFIDENCE = 30  # words Tesseract is less sure of are noise: the texture of a photo, a signature
# ...except a number: Tesseract may rate a table cell of digits read right at 0 ("884047 -23" on a route sheet),
# and a photo's texture or a signature does not read as a run of digits
_NUMBER = re.compile(r"[#(]?[-./()]?\d[\d\-./()]*\d[-./()]?")
_TESSDATA_PLACES = ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
                    "/opt/homebrew/share/tessdata")


class OcrTimeout(Exception):
    """The time left for the document ran out before the image was read."""


@dataclass
class OcrEngine:
    """One Tesseract instance (loading a language takes a while, so a worker keeps it)."""

    api: object

    def runs(self, image, seconds: float | None = None) -> list[list[Word]]:
        """Words of ``image`` (PIL), per Tesseract text line; boxes in pixels with y growing upwards."""
        import tesserocr

        self.api.SetImage(image)
        timeout = 0 if seconds is None else max(int(seconds * 1000), 1)
        if not self.api.Recognize(timeout=timeout):
            raise OcrTimeout()
        height = image.height
        runs: list[list[Word]] = []
        iterator = self.api.GetIterator()
        level = tesserocr.RIL.WORD
        while iterator is not None:
            if iterator.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) or not runs:
                runs.append([])
            try:
                text = (iterator.GetUTF8Text(level) or "").strip()
            except RuntimeError:  # tesserocr's way of saying the word has no text
                text = ""
            box = iterator.BoundingBox(level)
            if text and box and (iterator.Confidence(level) >= _MIN_CONFIDENCE or _NUMBER.fullmatch(text)):
                x0, top, x1, bottom = box
                runs[-1].append(Word(text, x0, height - bottom, x1, height - top))
            if not iterator.Next(level):
                break
        self.api.Clear()
        return [_line_high(run) for run in runs if run]


def _line_high(run: list[Word]) -> list[Word]:
    """The words of one Tesseract line as phrases as tall as the line. A word's own box is as tall as its letters
    (x-height for "on") and a comma's or a colon's ends early, so a gap measured against them reads a typed
    scan's word gap as a column's ("Account<TAB>Holder:"): words closer than two of the line's characters are one
    phrase; wider gaps (a form's tab stop, a table's column) stay for the layout to read."""
    bottom, top = min(w.y0 for w in run), max(w.y1 for w in run)
    widths = sorted((w.x1 - w.x0) / len(w.text) for w in run)
    joined = 2 * widths[len(widths) // 2]
    phrases = [Word(run[0].text, run[0].x0, bottom, run[0].x1, top)]
    for word in run[1:]:
        last = phrases[-1]
        if word.x0 - last.x1 < joined:
            phrases[-1] = Word(f"{last.text} {word.text}", last.x0, bottom, word.x1, top)
        else:
            phrases.append(Word(word.text, word.x0, bottom, word.x1, top))
    return phrases


@functools.cache
def engine() -> OcrEngine | None:
    """This process's Tesseract, or None when it is not installed (no tesserocr or no language data)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one document per worker process: no thread pool
    try:
        import tesserocr
    except ImportError:
        return None
    path = tessdata()
    if path is None:
        return None
    try:
        return OcrEngine(tesserocr.PyTessBaseAPI(path=path, lang=LANGUAGE, psm=tesserocr.PSM.AUTO))
    except RuntimeError:
        return None


def tessdata() -> str | None:
    """The folder holding Tesseract's English language data: $TESSDATA_PREFIX, else the system's."""
    prefix = os.environ.get("TESSDATA_PREFIX")
    places = [prefix, os.path.join(prefix, "tessdata")] if prefix else \
        [p for pattern in _TESSDATA_PLACES for p in sorted(glob.glob(pattern), reverse=True)]
    for place in places:
        if os.path.isfile(os.path.join(place, f"{LANGUAGE}.traineddata")):
            return place.rstrip("/") + "/"
    return None


def prepared(image):
    """A grey image of a size Tesseract reads well, within the memory a worker has."""
    from PIL import Image

    image = image.convert("L") if image.mode != "L" else image
    pixels = image.width * image.height
    if pixels > MAX_PIXELS:
        factor = (MAX_PIXELS / pixels) ** 0.5
        image = image.resize((max(int(image.width * factor), 1), max(int(image.height * factor), 1)),
                             Image.Resampling.BOX)
    elif max(image.size) < _MIN_SIDE and pixels * 4 <= MAX_PIXELS:
        image = image.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS)
    return image


def read_image(builder, image, page: int | None, what: str) -> bool:
    """OCR ``image`` into ``builder`` as lines located "page N (OCR)". False, with the part marked as not
    checked, when Tesseract is missing or the document's time ran out."""
    ocr = engine()
    if ocr is None:
        builder.not_checked(NEEDS_OCR)
        return False
    seconds = builder.seconds_left()
    if seconds is not None and seconds <= 1:
        builder.not_checked(f"needs OCR: {what} not read within the time limit")
        return False
    try:
        runs = ocr.runs(prepared(image), seconds)
    except OcrTimeout:
        builder.not_checked(f"needs OCR: {what} not read within the time limit")
        return False
    texts = lines_of(runs)
    forms = form_rows(texts)
    for number, text in enumerate(texts, 1):
        add_line(builder, text, forms.get(number - 1), Location(page=page, line=number, ocr=True))
        if builder.full:
            break
    return True



