"""Text that is in the page's text layer but that a reader cannot see: a failed redaction.

Found the way Free Law Project's x-ray finds it, from the drawing operations and the characters' boxes
(a shape painted over the characters, or a box painted under them in their own colour), then decided
by rendering, because geometry alone is fooled by transparency, blend modes, clipping and fill rules:
the covered region is rendered with and without its text, and a character whose pixels do not change
is not seen by anyone. Unlike x-ray this needs no particular shape: a filled rectangle of any colour,
cross-hatching, a box built from many thin strokes or a dark image all hide text the same way, and a
highlight, table shading, a header bar with white text or a form field background hide nothing.

A region that hides text but does not look like a redaction (a photo or logo over a template's
placeholder) is left alone: the rendered region must be one colour, or two for hatching.
"""
from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy
import pypdfium2.raw as pdfium_c

from detectors.bad_redaction import SAME_COLOUR, UNDER_BOX, UNDER_WHITE_BOX

from . import objects as page_objects
from .objects import IMAGE, PATH, PageObject, PageObjects
from .text import PageText, PdfWord, char_box, char_fill

_SCALE = 2.0  # pixels per point of the check render
_MIN_COVER = 0.5  # share of a word's box that shapes painted over it must cover to be looked at
_MAIN_COVER = 0.2  # share of a word's box a shape must cover to count as (part of) its box
_SAME_COLOUR_COVER = 0.8  # share of a word's box a same-coloured box under it must cover
_COLOUR_TOLERANCE = 24  # per channel (0-255): two colours closer than this look the same
_MAX_VISIBLE_SHARE = 0.03  # changed pixels in a character's box, as a share of it, at or below which it is unseen
_MIN_EVIDENCE_PIXELS = 16  # a character box smaller than this (a dot, an i) tells nothing either way
_SOLID = 0.75  # share of the hidden region one colour must fill
_PATTERNED = 0.9  # share two colours must fill (cross-hatching)
_WHITE = 235  # every channel at or above this is paper white
_MAX_RENDER_PIXELS = 40_000_000
_MARGIN = 2.0  # points around a suspect word in its rendered window
_NEAR = 12.0  # points within which a suspect word joins a window rather than getting its own
_MAX_WINDOWS = 64  # windows per page; a page with more suspects scattered wider is rendered as one window
_CELLS = 4_000_000  # words x shapes compared at once (memory of the overlap matrix)
_MAX_SEGMENTS_A_PAGE = 20_000  # path segments measured a page (a hostile page: 0.3 s); the corpus needs 1,068
_WHOLE_PAGE = 0.9  # share of the page's width and height an image spans to be the page itself (a scan)
_MARGIN_BAND = 0.1  # share of the page's height at its top and at its bottom where running heads and stamps stand


@dataclass
class Redaction:
    """Hidden text under one box: what a reader sees is the box, what a copy gets is the text."""

    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in page space
    words: list[PdfWord] = field(default_factory=list)
    hidden: str = UNDER_BOX  # how it is hidden: one of detectors.bad_redaction.REDACTION_REASONS


def hidden_text(page, textpage, text: PageText, objects: PageObjects) -> list[Redaction]:
    """Redactions on ``page`` that left their text in the file."""
    if not text.words or not objects.text_depths:
        return []
    coverers = [o for o in objects.shapes  # PageObject.area >= 4, written out: pages hold thousands of objects
                if o.x1 > o.x0 and (o.x1 - o.x0) * (o.y1 - o.y0) >= 4.0]
    if not coverers:
        return []
    first_text, last_text = objects.text_depths[0], objects.text_depths[-1]  # the first and the last painted
    # what can hide a word: a shape painted after some text, or a coloured box painted before some text
    over = [o for o in coverers if o.z > first_text]
    under = [o for o in coverers if o.z < last_text and o.kind == PATH]
    # filled and coloured first: two calls per shape, where the overlap test costs one per shape and word
    under = [o for o in under if page_objects.is_filled(o) and _coloured(page_objects.fill_rgba(o))]
    if not over and not under:
        return []
    boxes = text.boxes
    candidates = set(_covered(boxes, over, _MIN_COVER, total=True))
    if under:
        under = [under[k] for k in _covering(boxes, under, _SAME_COLOUR_COVER)]
        candidates.update(_covered(boxes, under, _SAME_COLOUR_COVER, total=False))
    if not candidates:
        return []
    texts = dict(zip(map(page_objects.address, objects.texts), zip(objects.text_depths, objects.texts)))
    suspects = _suspects(textpage, text.words, boxes, sorted(candidates), texts,
                         over + [o for o in under if o.z <= first_text], under)
    return _rendered_check(page, textpage, objects, suspects) if suspects else []


def _suspects(textpage, words: list[PdfWord], boxes: numpy.ndarray, rows: list[int], texts: dict,
              shapes: list[PageObject], boxes_under: list[PageObject]) -> list[tuple[PdfWord, list[PageObject], bool]]:
    """The candidate words that, in painting order, are covered by shapes painted after them, or lie on a
    box of their own colour painted before them: (word, the shapes hiding it, same colour)."""
    shape_boxes = numpy.array([(o.x0, o.y0, o.x1, o.y1) for o in shapes], dtype=float)
    depth = numpy.array([o.z for o in shapes])
    colours = {id(o): page_objects.fill_rgba(o) for o in boxes_under}
    fills = numpy.array([id(o) in colours for o in shapes])
    invisible: dict[bytes, bool] = {}
    strokes = _Strokes()
    suspects = []
    step = max(_CELLS // len(shapes), 1)
    for start in range(0, len(rows), step):
        chunk = rows[start:start + step]
        owners = [texts.get(page_objects.address(pdfium_c.FPDFText_GetTextObject(textpage, words[i].start)))
                  for i in chunk]
        for owner in owners:
            if owner is not None and owner[0] not in invisible:
                invisible[owner[0]] = page_objects.is_invisible_text(owner[1])
        # an OCR layer is meant to be unseen, and the scan shows the same text
        kept = [k for k, owner in enumerate(owners) if owner is not None and not invisible[owner[0]]]
        if not kept:
            continue
        chunk, owners = [chunk[k] for k in kept], [owners[k] for k in kept]
        word_depth = numpy.array([depth for depth, _ in owners])[:, None]
        shares = _shares(boxes[chunk], shape_boxes)
        above = (depth[None, :] > word_depth) & (shares > 0)
        covered = (shares * above).sum(axis=1) >= _MIN_COVER
        if covered.any():  # a shape covers no more of a word than it paints: a frame around a paragraph, a thin line
            _limit_to_strokes(boxes[chunk], shares, above[covered].any(axis=0), shapes, strokes)
            covered = (shares * above).sum(axis=1) >= _MIN_COVER
        below = (depth[None, :] < word_depth) & (shares >= _SAME_COLOUR_COVER) & fills[None, :]
        for row in numpy.nonzero(covered | below.any(axis=1))[0]:
            word = words[chunk[row]]
            if covered[row]:
                # the box is what covers the word most: a stroke of many, not a table rule that grazes it
                over_word = numpy.nonzero(above[row])[0]
                main = [shapes[k] for k in over_word if shares[row, k] >= _MAIN_COVER] or [shapes[k] for k in over_word]
                suspects.append((word, main, False))
                continue
            box = shapes[numpy.nonzero(below[row])[0][-1]]  # the topmost box under the word is the one it is on
            if _same_colour(colours[id(box)], char_fill(textpage, word.start)):
                suspects.append((word, [box], True))
    return suspects


def _coloured(fill) -> bool:
    """An opaque fill that is not paper white: white text on a white box is on the page's own colour."""
    return fill is not None and fill[3] > 0 and min(fill[:3]) < _WHITE


def _covered(boxes: numpy.ndarray, shapes: list[PageObject], share: float, *, total: bool) -> list[int]:
    """Indexes of the boxes that the shapes cover by ``share`` or more: all together, or one shape alone."""
    if not shapes:
        return []
    found = numpy.zeros(len(boxes))
    step = max(_CELLS // len(boxes), 1)
    for start in range(0, len(shapes), step):
        part = numpy.array([(o.x0, o.y0, o.x1, o.y1) for o in shapes[start:start + step]], dtype=float)
        shares = _shares(boxes, part)
        found = found + shares.sum(axis=1) if total else numpy.maximum(found, shares.max(axis=1))
    return [int(i) for i in numpy.nonzero(found >= share)[0]]


def _covering(boxes: numpy.ndarray, shapes: list[PageObject], share: float) -> list[int]:
    """Indexes of the shapes that alone cover some box by ``share`` or more."""
    found = numpy.zeros(len(shapes), dtype=bool)
    step = max(_CELLS // len(boxes), 1)
    for start in range(0, len(shapes), step):
        part = numpy.array([(o.x0, o.y0, o.x1, o.y1) for o in shapes[start:start + step]], dtype=float)
        found[start:start + len(part)] = (_shares(boxes, part) >= share).any(axis=0)
    return [int(i) for i in numpy.nonzero(found)[0]]


class _Strokes:
    """Where the paths of a page can paint (``objects.stroke_boxes``), each measured once, and no more than
    _MAX_SEGMENTS_A_PAGE segments a page: a hostile page of long paths over text costs its bounding
    boxes' test beyond that, not minutes."""

    def __init__(self):
        self._boxes: dict[int, numpy.ndarray | None] = {}
        self._left = _MAX_SEGMENTS_A_PAGE

    def of(self, key: int, path: PageObject) -> numpy.ndarray | None:
        if key not in self._boxes:
            self._left -= max(pdfium_c.FPDFPath_CountSegments(path.pointer), 0)
            self._boxes[key] = page_objects.stroke_boxes(path) if self._left >= 0 else None
        return self._boxes[key]


def _limit_to_strokes(boxes: numpy.ndarray, shares: numpy.ndarray, columns: numpy.ndarray, shapes: list[PageObject],
                      strokes: _Strokes) -> None:
    """Lower ``shares`` (of ``boxes`` by ``shapes``) in the given columns to what the boxes where each path
    can paint cover: a path only stroked paints near its segments, not all of its box."""
    areas = numpy.maximum((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]), 1e-6)
    for k in numpy.nonzero(columns)[0]:
        painted = strokes.of(int(k), shapes[k]) if shapes[k].kind == PATH else None
        if painted is not None:
            shares[:, k] = numpy.minimum(shares[:, k], _overlaps(boxes, painted).sum(axis=1) / areas)


def _shares(boxes: numpy.ndarray, shapes: numpy.ndarray) -> numpy.ndarray:
    """shares[i, k]: the share of box i that shape k's box covers."""
    areas = numpy.maximum((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]), 1e-6)
    return _overlaps(boxes, shapes) / areas[:, None]


def _overlaps(boxes: numpy.ndarray, others: numpy.ndarray) -> numpy.ndarray:
    """overlaps[i, k]: the area of box i within box k of ``others`` (computed in place: the matrix of a page
    of words and shapes runs to millions of cells)."""
    width = numpy.minimum(boxes[:, None, 2], others[None, :, 2])
    start = numpy.maximum(boxes[:, None, 0], others[None, :, 0])
    width -= start
    height = numpy.minimum(boxes[:, None, 3], others[None, :, 3])
    numpy.maximum(boxes[:, None, 1], others[None, :, 1], out=start)
    height -= start
    numpy.maximum(width, 0, out=width)
    numpy.maximum(height, 0, out=height)
    width *= height
    return width


def _same_colour(a, b) -> bool:
    return a is not None and b is not None and a[3] > 0 and b[3] > 0 and \
        all(abs(x - y) <= _COLOUR_TOLERANCE for x, y in zip(a[:3], b[:3]))


class _Render:
    """The page around the suspects rendered as a reader sees it and without any text, and when that shows
    characters unseen, without the suspected shapes, with and without text. A character is hidden by the
    shapes when it changes nothing where it is, yet shows once the shapes are gone (text whose font draws
    nothing, or that is clipped away, hides behind nothing).

    Only windows around the suspect words are rendered, one per cluster of nearby words: rendering takes
    time by the pixel, and suspects are often a few words far apart on a page (a figure's frame, a form's
    boxes). pypdfium2 places every window on the pixel grid of the whole page, so a window shows the pixels
    a render of the whole page would."""

    def __init__(self, page, objects: PageObjects, shapes: list[PageObject], regions: list[tuple]):
        left, bottom, right, top = page_objects.page_box(page)
        rotation = (360 - page.get_rotation()) % 360
        self._windows = []  # (render options, scale, left, top) per region; None for one off the page
        for region in regions:
            x0, y0 = max(region[0], left), max(region[1], bottom)
            x1, y1 = min(region[2], right), min(region[3], top)
            if x1 <= x0 or y1 <= y0:
                self._windows.append(None)
                continue
            scale = _SCALE
            pixels = (x1 - x0) * (y1 - y0) * scale * scale
            if pixels > _MAX_RENDER_PIXELS:
                scale *= (_MAX_RENDER_PIXELS / pixels) ** 0.5
            options = dict(scale=scale, crop=(x0 - left, y0 - bottom, right - x1, top - y1), rotation=rotation,
                           may_draw_forms=False, draw_annots=False, rev_byteorder=True, no_smoothpath=True)
            self._windows.append((options, scale, x0, y1))
        self._page, self._objects, self._shapes = page, objects, shapes
        self.seen = self._render_all()
        with self._without_text():
            self.textless = self._render_all()
        self._uncovered: tuple | None = None

    def _render_all(self) -> list:
        return [None if window is None else self._page.render(**window[0]).to_numpy()[:, :, :3].astype(numpy.int16)
                for window in self._windows]

    @contextmanager
    def _without_text(self):
        texts = self._objects.texts
        modes = [pdfium_c.FPDFTextObj_GetTextRenderMode(t) for t in texts]
        page_objects.hide_text(self._objects)
        try:
            yield
        finally:
            for pointer, mode in zip(texts, modes):
                pdfium_c.FPDFTextObj_SetTextRenderMode(pointer, mode)

    def uncovered(self) -> tuple:
        """The windows without the suspected shapes, with and without their text (rendered when first asked:
        most suspects turn out to be seen, and then these are not needed)."""
        if self._uncovered is None:
            for shape in self._shapes:
                pdfium_c.FPDFPageObj_SetIsActive(shape.pointer, 0)
            try:
                shown = self._render_all()
                with self._without_text():
                    self._uncovered = (shown, self._render_all())
            finally:
                for shape in self._shapes:
                    pdfium_c.FPDFPageObj_SetIsActive(shape.pointer, 1)
        return self._uncovered

    def window(self, region: int, box: tuple[float, float, float, float]) -> tuple[slice, slice] | None:
        """The pixels of ``box`` in the render of ``region``."""
        if self._windows[region] is None:
            return None
        _, scale, left, top = self._windows[region]
        height, width = self.seen[region].shape[:2]
        c0 = max(int((box[0] - left) * scale), 0)
        c1 = min(int(round((box[2] - left) * scale)), width)
        r0 = max(int((top - box[3]) * scale), 0)
        r1 = min(int(round((top - box[1]) * scale)), height)
        if c1 <= c0 or r1 <= r0:
            return None
        return slice(r0, r1), slice(c0, c1)

    def hidden(self, region: int, box) -> bool | None:
        """Whether the shapes hide what is in ``box`` (of a word in ``region``); None when the box is too
        small to tell (a dot, the stem of an i)."""
        window = self.window(region, box)
        if window is None:
            return None
        seen = self.seen[region][window]
        if seen.shape[0] * seen.shape[1] < _MIN_EVIDENCE_PIXELS:
            return None
        if _changed(seen, self.textless[region][window]) > _MAX_VISIBLE_SHARE:
            return False
        shown, bare = self.uncovered()
        return _changed(shown[region][window], bare[region][window]) > _MAX_VISIBLE_SHARE

    def looks(self, boxes: list[tuple[int, tuple]]) -> tuple[bool, bool]:
        """(looks like a redaction: one colour or two over the boxes, that colour is paper white), from
        (region, box) pairs."""
        pixels = [self.seen[region][w].reshape(-1, 3) for region, box in boxes
                  if (w := self.window(region, box)) is not None]
        if not pixels:
            return False, False
        colours = numpy.concatenate(pixels) // (_COLOUR_TOLERANCE * 2)
        values, counts = numpy.unique(colours, axis=0, return_counts=True)
        order = numpy.argsort(counts)[::-1]
        shares = counts[order] / counts.sum()
        solid = shares[0] >= _SOLID or shares[:2].sum() >= _PATTERNED
        dominant = values[order[0]] * (_COLOUR_TOLERANCE * 2) + _COLOUR_TOLERANCE
        return solid, bool((dominant >= _WHITE).all())


def _changed(a: numpy.ndarray, b: numpy.ndarray) -> float:
    """The share of pixels that differ visibly between two renders of one window."""
    return float((numpy.abs(a - b) > _COLOUR_TOLERANCE).any(axis=2).mean())


def _regions(words: list[PdfWord]) -> tuple[list[tuple[float, float, float, float]], list[int]]:
    """Windows to render around ``words`` (each grown by a margin) and the window of each word: words
    within _NEAR points of a window, taken top to bottom, join it. One window holds all when there would be
    more than _MAX_WINDOWS or they would cover more than it (windows grown into each other)."""
    whole = (min(w.x0 for w in words) - _MARGIN, min(w.y0 for w in words) - _MARGIN,
             max(w.x1 for w in words) + _MARGIN, max(w.y1 for w in words) + _MARGIN)
    regions: list[list[float]] = []
    of_word = [0] * len(words)
    for index in sorted(range(len(words)), key=lambda i: (-words[i].y1, words[i].x0)):
        word = words[index]
        x0, y0, x1, y1 = word.x0 - _MARGIN, word.y0 - _MARGIN, word.x1 + _MARGIN, word.y1 + _MARGIN
        for number, region in enumerate(regions):
            if x0 - _NEAR <= region[2] and region[0] <= x1 + _NEAR and \
                    y0 - _NEAR <= region[3] and region[1] <= y1 + _NEAR:
                region[:] = min(region[0], x0), min(region[1], y0), max(region[2], x1), max(region[3], y1)
                break
        else:
            number = len(regions)
            if number == _MAX_WINDOWS:
                return [whole], [0] * len(words)
            regions.append([x0, y0, x1, y1])
        of_word[index] = number
    if sum(_area(region) for region in regions) >= _area(whole):
        return [whole], [0] * len(words)
    return [tuple(region) for region in regions], of_word


def _area(box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _rendered_check(page, textpage, objects: PageObjects,
                    suspects: list[tuple[PdfWord, list[PageObject], bool]]) -> list[Redaction]:
    regions, of_word = _regions([word for word, _, _ in suspects])
    shapes = list({o.z: o for _, group, _ in suspects for o in group}.values())
    render = _Render(page, objects, shapes, regions)
    hidden = []  # (word, the shapes hiding it, same colour, (region, box) of its hidden characters)
    for (word, word_shapes, same_colour), region in zip(suspects, of_word):
        boxes = [b for b in (char_box(textpage, i) for i in range(word.start, word.end)) if b and b[2] > b[0]]
        verdicts = [(b, render.hidden(region, b)) for b in boxes]
        evidence = [v for _, v in verdicts if v is not None]
        if sum(evidence) >= min(2, len(evidence)) and any(evidence):
            hidden.append((word, word_shapes, same_colour, [(region, b) for b, v in verdicts if v]))
    found = []
    page_box = page_objects.page_box(page)
    for group in _grouped(hidden):
        solid, white = render.looks([b for _, _, _, boxes in group for b in boxes])
        if not solid:
            continue
        group_shapes = {o.z: o for _, word_shapes, _, _ in group for o in word_shapes}.values()
        if white and _stamp_under_scan([word for word, _, _, _ in group], group_shapes, page_box):
            continue
        box = (min(o.x0 for o in group_shapes), min(o.y0 for o in group_shapes), max(o.x1 for o in group_shapes),
               max(o.y1 for o in group_shapes))
        words = sorted((word for word, _, _, _ in group), key=lambda w: w.start)
        how = UNDER_WHITE_BOX if white else SAME_COLOUR if all(s for _, _, s, _ in group) else UNDER_BOX
        found.append(Redaction(box, words, hidden=how))
    return found


def _stamp_under_scan(words: list[PdfWord], shapes, page_box: tuple[float, float, float, float]) -> bool:
    """Whether hidden words are a running head, a footer or a page stamp ("Council Packet Pg. 111") that a
    scanned page placed over them hides under its blank paper: the image spans the whole page, so it is the page
    itself, not a box put over some of its text, and the words stand in its top or bottom margin, where the
    producer of a packet stamps every page before or after placing the scan. A bar burned into the scan over
    the text (dark, not paper) is still a redaction; so is text under blank paper within the page's body."""
    left, bottom, right, top = page_box
    band = _MARGIN_BAND * (top - bottom)
    return all(o.kind == IMAGE and min(o.x1, right) - max(o.x0, left) >= _WHOLE_PAGE * (right - left)
               and min(o.y1, top) - max(o.y0, bottom) >= _WHOLE_PAGE * (top - bottom) for o in shapes) and \
        all(w.y0 >= top - band or w.y1 <= bottom + band for w in words)


def _grouped(hidden: list) -> list[list]:
    """Hidden words under the same shapes are one redaction (a box over a phrase, strokes over a line)."""
    parent = list(range(len(hidden)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with_shape: dict[int, int] = {}
    for index, (_, shapes, _, _) in enumerate(hidden):
        for shape in shapes:
            other = first_with_shape.setdefault(shape.z, index)
            parent[root(index)] = root(other)
    groups: dict[int, list] = defaultdict(list)
    for index, item in enumerate(hidden):
        groups[root(index)].append(item)
    return list(groups.values())
