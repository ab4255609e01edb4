"""OCR of scanned pages and images with Tesseract, in the worker process itself.

Tesseract runs through tesserocr (its C++ API, in process), not as a child program: the worker that
runs it is the only process, so when the per-document deadline kills the worker no OCR outlives it, and
no image is written to disk. The language data comes from the system's Tesseract (Debian
``tesseract-ocr``); without it nothing can be read, and the caller marks the part as not checked with
:data:`NEEDS_OCR` rather than passing it silently.

Words come back with their boxes and are joined into visual lines the same way as a PDF's text layer
(``crawler.extract.layout``), so a label and its value on a scanned form stay one segment.

A scan is not always upright: a page fed a few degrees askew loses whole lines (Tesseract cuts its slanted
lines into blocks it reads as pictures), and a page fed sideways or upside down reads as noise. A page is
straightened before it is read (its angle, within a few degrees, is the one that makes its text rows sharpest),
and a page read with low confidence, or read in lines written top to bottom, is turned the way Tesseract's
orientation detection (OSD) says and read again, the better reading kept: an upright page pays only the angle
estimate. A speckled page (a fax, a poor scanner: lone dark pixels all over, which Tesseract reads as marks in
and around the letters, or as nothing) is read through a median filter, which removes the specks and keeps the
strokes (a small image is cleared of its lone specks before it is enlarged). Grey paper is whitened first: inside
a white margin, Tesseract would read it as one dark mass (minutes spent, nothing read). A page whose reading stays
unsure is noted in the document's warnings, so a poor scan is not passed as checked without a word.
"""
from __future__ import annotations

import functools
import glob
import os
import re
from dataclasses import dataclass

from detectors import work_clock
from detectors.model import Location

from .fixed_width import pipe_tables
from .sheet_chrome import sheet_rows
from .spaced_rows import spaced_tables
from .layout import FormLines, Word, captioned_boxes, form_rows, lines_of
from .text import read_table
from .text_fields import mend_cut_numbers

NEEDS_OCR = "needs OCR: Tesseract not installed"
LANGUAGE = "eng"
OCR_DPI = 300  # resolution scanned pages are rendered at: what Tesseract is trained for
MAX_PIXELS = 12_000_000  # larger images are scaled down first: a letter page at 300 dpi has 8.4 million
_MIN_SIDE = 2200  # smaller images (a page scanned at 150 dpi, a phone photo scaled down) are enlarged twice: the
# small type of a form or a card is a few pixels high at 150 dpi, and Tesseract reads it as marks
_SMALL_SIDE = 1200  # ...and three times when smaller still (a letter page scanned at 100 dpi): at 200 dpi its type still
# reads as steps ("Sj ncerely", a form's captions lost), and its boxes' rulings stay (see ``unruled``)
_WHITE_PAPER = 235  # a page whose paper (its commonest tone) is darker is grey paper or a grey scan...
_DARKEST_PAPER = 128  # ...down to this tone; a darker image is a photo, not paper with ink on it
_PAPER_MARGIN = 0.85  # tones above this share of the paper's are paper (its grain and noise) and turned white
_BAND_ROW = 0.5  # a row with this share of its width dark lies in a band of white type on a dark fill...
_BAND_HEIGHT = 100  # ...when such rows run at least a hundredth of the page's height...
_BAND_GAP = 40  # ...counting rows between two such rows less than a fortieth of the page's height apart
_MIN_CONFIDENCE = 30  # words Tesseract is less sure of are noise: the texture of a photo, a signature
# ...except a number: Tesseract may rate a table cell of digits read right at 0 ("884047 -23" on a route sheet),
# and a photo's texture or a signature does not read as a run of digits
_NUMBER = re.compile(r"[#(]?[-./()]?\d[\d\-./()]*\d[-./()]?")
_DOUBTFUL_CONFIDENCE = 60  # a page read with a lower mean word confidence may be sideways or upside down
# a "word" this many times taller than the reading's middle word, and taller than wide, is a column of figures or a
# ruling read as letters (a spreadsheet screenshot's row numbers "1 2 3 4 5" read as "nt" across five rows): kept,
# it makes one line of all the rows beside it
_TOWERING = 3
_MAX_SKEW = 6.0  # degrees: a page fed askew; a steeper angle is a drawing or a stamp, not a skewed scan
_SKEW_STEP = 0.25
_MIN_SKEW = 0.5  # Tesseract reads a smaller tilt as it is; turning the page would only blur it
_SHARPER = 1.15  # the tilted rows' profile must beat the level one by this much: a photo or a form's grid
# has no rows to straighten, and its best angle is noise
_SPECKLED = 0.02  # a page with more of its dark pixels standing alone (no dark neighbour) is speckled: a clean
# scan's strokes and dots are several pixels wide, so it has next to none; 2% salt-and-pepper noise gives about 10%
_SKEW_SAMPLE_SIDE = 700  # the angle is estimated on the page scaled down to about this width
_RULING_WIDTH = 8  # a horizontal ruling runs an eighth of the page's width at least
_RULING_HEIGHT = 50  # a box's side a fiftieth of its height (a fifth of an inch on a letter page): a letter is shorter
_MIN_LINE = 8  # pixels: a shorter run of inked rows is a ruling's thickness or a speck, not a line of type
# a page as rendered for OCR, whose rulings' lengths above hold; a picture's scale is unknown
_RULED_PAGE_HEIGHT = 8 * OCR_DPI
_RULING_THICKNESS = 8  # pixels: a ruling is thinner (a heading's stroke, a filled box are not whitened)
_TESSDATA_PLACES = ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
                    "/opt/homebrew/share/tessdata")


class OcrTimeout(Exception):
    """The time left for the document ran out before the image was read."""


@dataclass
class Reading:
    """The words Tesseract read on an image, per text line, and its mean word confidence (0 to 100).
    ``sideways``: most words stand in lines written top to bottom. Tesseract reads a page turned 270 degrees
    that way, confidently, but its lines are then columns of the image that the layout would join across."""

    runs: list[list[Word]]
    confidence: int
    sideways: bool = False

    def doubtful(self) -> bool:
        return self.sideways or self.confidence < _DOUBTFUL_CONFIDENCE

    def rank(self) -> tuple[bool, int]:
        """Which of two readings of a page to keep: lines across the page first, then the more confident."""
        return not self.sideways, self.confidence


@dataclass
class OcrEngine:
    """One Tesseract instance (loading a language takes a while, so a worker keeps it), and one for orientation
    detection (None without Tesseract's ``osd`` data: pages are then read as they come)."""

    api: object
    osd: object | None = None

    def turn(self, image) -> int:
        """The angle (90, 180 or 270, counter-clockwise) that puts ``image``'s text upright by OSD; 0 when it
        is upright, when OSD cannot tell (too little text) or is not installed."""
        if self.osd is None:
            return 0
        self.osd.SetImage(image)
        found = self.osd.DetectOrientationScript()
        self.osd.Clear()
        return found["orient_deg"] if found and found["orient_deg"] in (90, 180, 270) else 0

    def read(self, image, seconds: float | None = None) -> Reading:
        """What Tesseract reads on ``image`` (PIL) within ``seconds``, per text line; boxes in pixels with y
        growing upwards. OcrTimeout when the seconds run out."""
        import tesserocr

        self.api.SetImage(image)
        # (Tesseract waits by the wall clock: ``seconds`` of work take longer on a busy machine)
        timeout = 0 if seconds is None else max(int(work_clock.wall_seconds(seconds) * 1000), 1)
        if not self.api.Recognize(timeout=timeout):
            raise OcrTimeout()
        height = image.height
        runs: list[list[Word]] = []
        vertical = set()  # the indexes of the runs written top to bottom
        iterator = self.api.GetIterator()
        level = tesserocr.RIL.WORD
        while iterator is not None:
            if iterator.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) or not runs:
                runs.append([])
                if iterator.Orientation()[1] == tesserocr.WritingDirection.TOP_TO_BOTTOM:
                    vertical.add(len(runs) - 1)
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
        confidence = self.api.MeanTextConf()
        self.api.Clear()
        words = sum(len(run) for run in runs)
        sideways = 2 * sum(len(runs[index]) for index in vertical) > words
        if not sideways:
            runs = _without_towers(runs)
        return Reading([_line_high(run) for run in runs if run], confidence, sideways)


def _without_towers(runs: list[list[Word]]) -> list[list[Word]]:
    """The runs without their towering words (``_TOWERING``)."""
    heights = sorted(w.y1 - w.y0 for run in runs for w in run)
    if not heights:
        return runs
    tallest = _TOWERING * heights[len(heights) // 2]
    return [[w for w in run if not (w.y1 - w.y0 > tallest and w.y1 - w.y0 > w.x1 - w.x0)] for run in runs]


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
        api = tesserocr.PyTessBaseAPI(path=path, lang=LANGUAGE, psm=tesserocr.PSM.AUTO)
    except RuntimeError:
        return None
    return OcrEngine(api, _orientation_api(path))


def _orientation_api(path: str):
    """A Tesseract instance for orientation detection only. Its own instance: asking the reading one
    (``DetectOrientationScript`` with ``eng`` loaded) aborts the process."""
    import tesserocr

    if not os.path.isfile(os.path.join(path, "osd.traineddata")):
        return None
    try:
        return tesserocr.PyTessBaseAPI(path=path, lang="osd", psm=tesserocr.PSM.OSD_ONLY)
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
    """A grey image of a size Tesseract reads well, within the memory a worker has: grey paper whitened, a small
    image cleared of specks and enlarged two or three times."""
    from PIL import Image

    image = image.convert("L") if image.mode != "L" else image
    image = paper_whitened(image)
    pixels = image.width * image.height
    if pixels > MAX_PIXELS:
        factor = (MAX_PIXELS / pixels) ** 0.5
        image = image.resize((max(int(image.width * factor), 1), max(int(image.height * factor), 1)),
                             Image.Resampling.BOX)
    elif max(image.size) < _MIN_SIDE and pixels * 4 <= MAX_PIXELS:
        factor = 3 if max(image.size) < _SMALL_SIDE and pixels * 9 <= MAX_PIXELS else 2
        image = specks_cleared(image).resize((image.width * factor, image.height * factor), Image.Resampling.LANCZOS)
    return image


def paper_whitened(image):
    """``image`` (grey) with its paper white when it is grey paper or a grey scan. Tesseract splits the tones
    of a page in two (Otsu): on grey paper with a white margin or a white fill around a straightened page, the
    split falls between the grey paper and the white, the whole page reads as ink, and Tesseract spends minutes
    finding no text in it. The tones of the paper, its grain and noise turn white, darker tones are
    stretched to the full range (anti-aliased strokes keep their edges). A white page, or a photo whose
    commonest tone is dark, is left as it is."""
    import numpy as np

    paper = float(np.median(np.asarray(image)[::4, ::4]))
    if paper >= _WHITE_PAPER or paper < _DARKEST_PAPER:
        return image
    cut = paper * _PAPER_MARGIN
    return image.point([min(255, round(tone * 255 / cut)) for tone in range(256)])


def _band_rows(dark):
    """Which rows of a page (``dark``: its dark pixels) lie in a band of white type on a dark fill: a bill's or a
    form's heading band, a table's dark header row. A band is a run of rows mostly dark across the page, at least a
    hundredth of the page high; the rows through its white letters, less dark, lie between two band rows close by.
    """
    import numpy as np

    height = dark.shape[0]
    in_band = np.zeros(height, dtype=bool)
    band_rows = np.flatnonzero(dark.mean(axis=1) >= _BAND_ROW)
    breaks = np.flatnonzero(np.diff(band_rows) >= max(height // _BAND_GAP, 2))
    for run in np.split(band_rows, breaks + 1):
        if len(run) and run[-1] + 1 - run[0] >= max(height // _BAND_HEIGHT, 2):
            in_band[run[0]:run[-1] + 1] = True
    return in_band


def skew(image) -> float:
    """The angle (degrees, counter-clockwise) ``image`` (grey) is tilted by, 0 when level or when it has no text
    rows to tell by. The rows of a level page's text give sharp peaks in the count of dark pixels per row; the
    angle whose sheared count is sharpest (largest sum of squares), within a few degrees, is the tilt."""
    import numpy as np

    factor = max(image.width // _SKEW_SAMPLE_SIDE, 1)
    pixels = np.asarray(image.reduce(factor) if factor > 1 else image)
    rows, columns = np.nonzero(pixels < 128)
    if len(rows) < 200:
        return 0.0
    columns = columns - pixels.shape[1] / 2
    reach = int(np.abs(columns).max() * np.tan(np.radians(_MAX_SKEW))) + 1

    def sharpness(angle: float) -> float:
        counts = np.bincount((rows + reach + columns * np.tan(np.radians(angle))).astype(np.int64))
        return float(np.square(counts, dtype=np.float64).sum())

    angles = np.arange(-_MAX_SKEW, _MAX_SKEW + _SKEW_STEP / 2, _SKEW_STEP)
    scores = [sharpness(angle) for angle in angles]
    best, level = int(np.argmax(scores)), round(_MAX_SKEW / _SKEW_STEP)  # angles[level] is 0: the page as it is
    if abs(angles[best]) < _MIN_SKEW or scores[best] < _SHARPER * scores[level]:
        return 0.0
    return float(angles[best])


def straightened(image):
    """``image`` turned level when it is a page scanned a few degrees askew (white fills the corners)."""
    from PIL import Image

    angle = skew(image)
    if not angle:
        return image
    # bilinear: as sharp for Tesseract as bicubic, at less than half the time on a 300 dpi page
    return image.rotate(-angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)


def speckled(image) -> bool:
    """Whether ``image`` (grey) is strewn with specks: lone dark pixels, the salt-and-pepper noise of a fax or a
    poor scanner, which Tesseract reads as marks around and inside the letters (or reads nothing at all)."""
    import numpy as np

    dark = np.asarray(image) < 128
    total = int(dark.sum())
    return bool(total) and int(_lone(dark).sum()) > _SPECKLED * total


def specks_cleared(image):
    """``image`` (grey) with its lone dark pixels white. A small image is cleared before it is enlarged: a speck
    enlarged is a blob no longer alone, that :func:`clean_reading` does not see, and a median filter on the
    small image would take the thin strokes of its small type with the specks."""
    import numpy as np
    from PIL import Image

    lone = _lone(np.asarray(image) < 128)
    if not lone.any():
        return image
    pixels = np.asarray(image).copy()
    pixels[lone] = 255
    return Image.fromarray(pixels)


def _lone(dark):
    """Which dark pixels have no dark pixel among their eight neighbours."""
    import numpy as np

    padded = np.pad(dark, 1)
    height, width = dark.shape
    near = np.zeros_like(dark)  # a dark pixel beside each pixel
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dy or dx:
                near |= padded[1 + dy:height + 1 + dy, 1 + dx:width + 1 + dx]
    return dark & ~near


def clean_reading(ocr: OcrEngine, image, seconds_left) -> tuple[Reading, object]:
    """The reading of ``image`` and the image read. A speckled page is read through a median filter (3 pixels: a
    speck goes, a stroke stays); when Tesseract is unsure of that reading, the page as it is is read too and the
    better reading kept (a halftone photo's dots are specks too, and its caption may read better unfiltered)."""
    from PIL import ImageFilter

    if not speckled(image):
        return ocr.read(image, seconds_left()), image
    cleaned = image.filter(ImageFilter.MedianFilter(3))
    reading = ocr.read(cleaned, seconds_left())
    if not reading.doubtful() or not time_for_another(seconds_left()):
        return reading, cleaned
    as_is = ocr.read(image, seconds_left())
    return max((reading, cleaned), (as_is, image), key=lambda pair: (bool(pair[0].runs), pair[0].rank()))


def unruled(image):
    """``image`` (grey), a page rendered for OCR, with its thin rulings whitened: dark runs an eighth of the page long
    across or a fiftieth down, a few pixels thick. Tesseract's layout takes a boxed form's fields for a table's
    cells: it reads a box's sides as bars ("SSN | 519-10-8800 |"), drops boxed lines, or reads the labels' column as one line. A letter's
    stroke is shorter, a heading's thicker. A band of white type on a dark fill is left whole: the narrow dark gaps
    between its letters run down like rulings, and whitening them cuts every letter out of the band."""
    import numpy as np
    from PIL import Image

    if image.height < _RULED_PAGE_HEIGHT:
        return image
    dark = np.asarray(image) < 128
    across = _in_runs(dark, image.width // _RULING_WIDTH, 1)
    down = _in_runs(dark, image.height // _RULING_HEIGHT, 0)
    line = _line_height(dark & ~down)  # (a grid's sides run through every row: the lines are told apart without them)
    if line > image.height // _RULING_HEIGHT:
        down = _in_runs(dark, line, 0)  # type taller than a page's: no stroke of a letter is a box's side
    rulings = (across & ~_in_runs(across, _RULING_THICKNESS, 0)) | (down & ~_in_runs(down, _RULING_THICKNESS, 1))
    rulings[_band_rows(dark)] = False
    if not rulings.any():
        return image
    pixels = np.asarray(image).copy()
    pixels[rulings] = 255
    return Image.fromarray(pixels)


def _line_height(dark) -> int:
    """The middle height of ``dark``'s lines of type (pixels): the runs of rows holding dark pixels, each a line's
    from its ascenders to its descenders. No upright stroke of a letter is taller than its line, and a box drawn
    round a field is taller than the line it holds; a picture of a form enlarged to a page's size has lines taller
    than a page's (type of 36 pixels enlarged twice: stems of 50), which a ruling's length for a page's type would
    whiten stroke by stroke (``unruled``)."""
    import numpy as np

    inked = np.pad(dark.any(axis=1), 1).astype(np.int8)
    edges = np.diff(inked)
    heights = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
    lines = heights[heights >= _MIN_LINE]
    return int(np.median(lines)) if len(lines) else 0


def _in_runs(dark, length: int, axis: int):
    """Which pixels lie in a run of ``length`` dark pixels along ``axis``, at least."""
    import numpy as np

    length = max(length, 2)
    counts = np.cumsum(dark, axis=axis, dtype=np.int32)
    counts = np.insert(counts, 0, 0, axis=axis)
    size = dark.shape[axis]
    starts = np.take(counts, range(length, size + 1), axis=axis) - np.take(counts, range(0, size - length + 1),
                                                                            axis=axis) == length
    # a pixel lies in a run when a window of ``length`` holding it is all dark: one starting within length - 1 before
    covered = np.cumsum(starts, axis=axis, dtype=np.int32)
    covered = np.insert(covered, 0, 0, axis=axis)
    index = np.arange(size)
    high, low = np.minimum(index, size - length) + 1, np.clip(index - length + 1, 0, size - length + 1)
    return np.take(covered, high, axis=axis) - np.take(covered, low, axis=axis) > 0


def upright_reading(ocr: OcrEngine, image, seconds_left) -> Reading:
    """The reading of ``image`` (grey, prepared) straightened, cleaned of specks; when Tesseract is
    unsure of it or reads its lines top to bottom, the page is turned as OSD says and read again, and the better
    reading kept. ``seconds_left()`` is the document's time left (None: no limit); OcrTimeout when it runs out."""
    reading, image = clean_reading(ocr, unruled(straightened(image)), seconds_left)
    if not reading.doubtful() or not time_for_another(seconds_left()):
        return reading
    turn = ocr.turn(image)
    if not turn or not time_for_another(seconds_left()):
        return reading
    turned = ocr.read(straightened(image.rotate(turn, expand=True, fillcolor=255)), seconds_left())
    return max(reading, turned, key=Reading.rank)


def brackets_mended(line: str) -> str:
    """A line with the brace Tesseract reads for a parenthesis made one again where it closes a parenthesis ("(951}
    876-3328", "usage (from bill}:") or opens one that a parenthesis closes ("{909) 555-0142"): a phone's or a label's
    brackets then read whole. Braces that pair with each other stay, and so does a cell's (a tab ends it)."""
    chars = list(line)
    opened: list[int] = []
    for index, char in enumerate(chars):
        if char == "\t":
            opened.clear()
        elif char in "({":
            opened.append(index)
        elif char in ")}" and opened:
            start = opened.pop()
            if chars[start] == "(" and char == "}":
                chars[index] = ")"
            elif chars[start] == "{" and char == ")":
                chars[start] = "("
    return "".join(chars)


# a bar Tesseract reads for the capital pronoun "I" in a sans-serif letter ("| am Ana Ruiz and | rent at ...", "in
# June. | was"): a bar at the line's start or after a word, before a verb or an adverb that follows "I" in a writer's
# sentence or a contraction ("|'m"). A table's ruling stands between cells, which open with a capital, a figure or a
# label ("Program | was: $12.00").
_PRONOUN_BAR = re.compile(
    r"(?:^|(?<=[\w.,;:!?\"')\u201d] ))\|(?=['\u2019](?:m|ve|d|ll)\b| (?:am|was|have|had|do|did|don['\u2019]t|"
    r"didn['\u2019]t|can|can['\u2019]t|cannot|could|would|will|won['\u2019]t|should|must|may|might|need|needed|want|"
    r"wanted|live|lived|rent|rented|own|owned|moved|called|paid|pay|received|got|get|think|believe|noticed|"
    r"just|also|never|still|only|really|tried|asked|hope|know|see|saw|spoke|sent|emailed|wrote|requested|feel|"
    r"found|checked|use|used|haven['\u2019]t|wasn['\u2019]t|recently|understand|work|signed|applied|disagree|agree)\b(?!\s*:))")


def pronoun_mended(line: str) -> str:
    """A line with the bars Tesseract reads for the pronoun "I" made the letter again (see ``_PRONOUN_BAR``): read
    as bars, a letter's sentences are cut into a table's cells, and its writer's name, usage and phone lose their
    sentence."""
    return _PRONOUN_BAR.sub("I", line) if "|" in line else line


def time_for_another(seconds: float | None) -> bool:
    """Whether the document's time left (None: no limit) still allows a reading: more than a second."""
    return seconds is None or seconds > 1


def read_image(builder, image, page: int | None, what: str, *, element: str | None = None,
               least_confidence: int = 0) -> bool:
    """OCR ``image`` into ``builder`` as lines located "page N (OCR)" (in ``element``: a picture on the page).
    False, with the part marked as not checked, when Tesseract is missing or the document's time ran out. A
    reading with a mean word confidence under ``least_confidence`` adds nothing: a picture that is a photo or a
    chart reads as stray marks, not lines of text."""
    ocr = engine()
    if ocr is None:
        builder.not_checked(NEEDS_OCR)
        return False
    if not time_for_another(builder.seconds_left()):
        builder.not_checked(f"needs OCR: {what} not read within the time limit")
        return False
    try:
        reading = upright_reading(ocr, prepared(image), builder.seconds_left)
    except OcrTimeout:
        builder.not_checked(f"needs OCR: {what} not read within the time limit")
        return False
    if reading.confidence < least_confidence:
        return True
    if reading.runs and reading.confidence < _DOUBTFUL_CONFIDENCE:
        builder.warn(f"{what} (OCR): low recognition confidence, {reading.confidence}%")
    runs = reading.runs
    texts = sheet_rows(captioned_boxes(mend_cut_numbers([pronoun_mended(brackets_mended(line))
                                                          for line in lines_of(runs)])))
    form_lines = FormLines(builder, form_rows(texts))
    # the rulings of a boxed form or a table read as bars: "Customer name | Ana Ruiz |" lines, read as a page's are
    piped = {table.header_line: table for table in pipe_tables(texts)}
    # and a table whose gaps OCR read as single spaces ("Service Address Customer Meter No. ..."): ``spaced_rows``
    piped |= {table.header_line: table for table in spaced_tables(texts) if table.header_line not in piped}
    piped_end = 0  # the line after the |-separated or single-spaced lines read last
    for number, text in enumerate(texts, 1):
        if number - 1 in piped:
            form_lines.close()
            read_table(builder, texts, piped[number - 1], element, page=page, ocr=True)
            piped_end = piped[number - 1].end
        elif number > piped_end:
            form_lines.add(number - 1, text, Location(page=page, line=number, element=element, ocr=True))
        if builder.full:
            break
    form_lines.close()
    return True



