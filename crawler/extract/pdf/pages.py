"""One page: its visible lines, the text it hides (failed redactions, hidden layers), its annotations,
and OCR when it is a scan.

Every page takes the fast path (PDFium's text layer, two character boxes per word). A report exported with
its columns padded by spaces, one string a line, is read as the same report as text (``_padded_tables``); lines
drawn at an angle are read in their own direction (``_upright``); columns the page draws one after the other
(two frames of customer blocks) are read one after the other (``_drawn_columns``).
Only a page where shapes or images lie over words is rendered, around those words, to see whether the words are seen;
only a page whose images carry too little text for their size, or whose text layer does not read as text (glyphs
without a Unicode mapping: ``reads_as_text``), is rendered whole for OCR.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from detectors.model import Location

from .. import DocumentBuilder, is_label_like, label_text
from ..fixed_width import Table, pipe_tables, tables
from ..layout import FormLines, Piece, captioned_boxes, form_rows, justified_short_line, line_text, pieces_of, reading_lines
from ..spaced_rows import spaced_tables
from ..text_fields import mend_cut_numbers
from ..ocr import MAX_PIXELS, NEEDS_OCR, OCR_DPI, engine, paper_whitened, read_image, speckled, time_for_another
from ..text import read_table
from . import objects as page_objects
from .annotations import read_annotations
from .objects import IMAGE, PageObjects
from .redaction import Redaction, hidden_text
from .text import PageText, PdfWord, direction, page_text, reads_as_text, turned, typed_line

HIDDEN_LAYER = "hidden layer"
_SCANNED_SHARE = 0.2  # images covering this share of a page with almost no text make it a scan
_ALMOST_NO_TEXT = 50  # characters: a page number, a stamp, a header a scanner added
_MOSTLY_IMAGE = 0.5  # images covering this share of the page make it a scan...
_CHARS_PER_AREA = 1 / 2000  # ...when fewer characters per square point of image lie on them (a page of text: 1/150)
_MAX_LABEL_WORDS = 6  # "SSN on file for deposit waiver:", "RE: Valley Clean Power account": the label opens the phrase
_COLUMN_LINES = 3  # lines a column drawn after another holds beside it at least...
_GRID_COLUMN_LINES = 8  # ...and when its lines are level with those of the column before (one baseline grid)
# a picture on a page of text that may hold lines of text (a screenshot pasted into a memo, a scanned exhibit under
# a typed caption): at least this large on the page (points: a logo, a signature or an icon is smaller)...
_PICTURE_WIDTH = 144
_PICTURE_HEIGHT = 72
# ...and inked like text: mostly paper, a little dark ink, few tones between (a photo is mostly middle tones)
_PAPER = 0.6
_INK = (0.005, 0.35)
_MIDDLE_TONES = 0.25
_INK_DPI = 72  # the resolution the ink is measured at: cheap, and a line of small type still shows dark strokes
_PICTURE_CONFIDENCE = 50  # a picture read with a lower mean word confidence is a photo or a chart: nothing added
_MAX_PICTURES = 20  # pictures read by OCR per document: each takes seconds
# checking a PDF's text (the rules, the records) takes about five times what reading its pages took (a 355-page
# packet: 7 s to read, 37 s to check on a loaded machine); OCR stops where that time would run short
_CHECKING_PER_READING = 6
_LOW_RESOLUTION = 120  # dots per inch: a page scanned at this or less (100 dpi) is read from its own pixels (``_ocr``)


def read_page(builder: DocumentBuilder, pdf, index: int, hidden_layers: set[str], attached: set[str],
              links=None, scans: list[Scan] | None = None) -> int:
    """Add everything on page ``index``; returns the number of characters without Unicode mapping (all of a text
    layer that does not read as text, OCR'd instead).
    ``attached`` holds the digests of the attached files read so far; ``links``: see ``read_annotations``.
    ``scans``: when given, what the page needs OCR for is not read here but listed there, for ``read_scans``."""
    number = index + 1
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        text = page_text(textpage)
        objects = page_objects.page_objects(page)
        if objects.truncated:
            builder.warn(f"page {number}: more than {page_objects.MAX_OBJECTS:,} drawing objects; "
                         "redactions looked for among the first only")
        redactions = hidden_text(page, textpage, text, objects)
        redactions += read_annotations(builder, page, number, text.words, attached, links)
        if not reads_as_text(text.words):  # glyph codes without a Unicode mapping: the page is read as a scan is
            _scan_now_or_later(builder, page, Scan(index, None), objects, scans)
            return sum(len(w.text) for w in text.words)
        layered = _in_hidden_layers(textpage, text, objects, hidden_layers) if hidden_layers else []
        _add_text(builder, page, textpage, number, text, redactions, layered)
        if _is_scanned(page, text, objects):
            _scan_now_or_later(builder, page, Scan(index, None), objects, scans)
        elif pictures := _text_pictures(page, text, objects):
            _scan_now_or_later(builder, page, Scan(index, pictures), objects, scans)
        return text.unmapped
    finally:
        textpage.close()
        page.close()


@dataclass
class Scan:
    """What of page ``index`` is read by OCR: the whole page (``pictures`` None) or those pictures of a page of
    text (``_text_pictures``)."""

    index: int
    pictures: list[tuple[int, tuple[float, ...]]] | None


def _scan_now_or_later(builder: DocumentBuilder, page, scan: Scan, objects: PageObjects,
                       scans: list[Scan] | None) -> None:
    if scans is not None:
        scans.append(scan)
    elif scan.pictures is None:
        _ocr(builder, page, scan.index + 1, objects)
    else:
        _ocr_pictures(builder, page, scan.index + 1, scan.pictures)


def read_scans(builder: DocumentBuilder, pdf, scans: list[Scan], text_seconds: float) -> None:
    """OCR what ``read_page`` left in ``scans``, in page order, while the document's time lasts, keeping for the
    checking of the pages' text _CHECKING_PER_READING times what reading it took (``text_seconds``). A packet's
    scanned letters take seconds each: read page by page among the typed pages, twenty of them used up a 355-page
    packet's time by page 200 and its typed pages after that (a delinquency list on page 280) went unread; read
    after every page's text, and stopped in time for that text to be checked, they cost only the scans the time
    does not reach, listed as not read."""
    kept = _CHECKING_PER_READING * text_seconds
    for position, scan in enumerate(scans):
        if builder.full:
            return
        left = builder.seconds_left()
        if not time_for_another(None if left is None else left - kept):
            unread = [s.index + 1 for s in scans[position:]]
            builder.not_checked(f"needs OCR: page{'s' if len(unread) > 1 else ''} {page_list(unread)} "
                                "not read within the time limit")
            return
        page = pdf[scan.index]
        try:
            _scan_now_or_later(builder, page, scan, page_objects.page_objects(page), None)
        finally:
            page.close()


def page_list(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:10])) + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


def _add_text(builder: DocumentBuilder, page, textpage, number: int, text: PageText, redactions: list[Redaction],
              layered: list[PdfWord]) -> None:
    taken = {id(w) for r in redactions for w in r.words} | {id(w) for w in layered}
    runs = [[w for w in run if id(w) not in taken] for run in text.runs] if taken else text.runs
    runs, turned_lines = _upright(textpage, [run for run in runs if run])
    typed, padded = _padded_tables(textpage, runs)
    in_tables = {index for _, table in padded for index in range(table.header_line, table.end)}
    lines = [line for column in _drawn_columns([run for index, run in enumerate(runs) if index not in in_tables])
             for line in reading_lines(pieces_of(column))]
    texts = captioned_boxes(mend_cut_numbers([line_text(line) for line in lines]),
                            [(max(p.y1 for p in line), min(p.y0 for p in line)) for line in lines])
    form_lines = FormLines(builder, form_rows(texts))
    piped = {table.header_line: table for table in pipe_tables(texts)}
    piped |= {table.header_line: table for table in spaced_tables(texts) if table.header_line not in piped}
    piped_end = 0  # the line after the |-separated or single-spaced table read last
    for line_number, (line, text) in enumerate(zip(lines, texts), 1):
        while padded and padded[0][0] >= max(p.y1 for p in line):  # a table read where it stands on the page
            form_lines.close()
            read_table(builder, typed, padded.pop(0)[1], page=number)
        if line_number - 1 in piped:
            form_lines.close()
            table = piped[line_number - 1]
            read_table(builder, texts, table, page=number)
            piped_end = table.end
        elif line_number > piped_end:
            form_lines.add(line_number - 1, text, Location(page=number, line=line_number))
    form_lines.close()
    for _, table in padded:
        read_table(builder, typed, table, page=number)
    for line_number, line in enumerate(turned_lines, len(lines) + 1):
        builder.add(line_text(line), Location(page=number, line=line_number))
    if layered:
        for line in reading_lines(pieces_of([layered])):
            builder.add(line_text(line), Location(page=number, element="hidden layer"), hidden=HIDDEN_LAYER)
    for redaction in redactions:
        words = [w for w in redaction.words if id(w) in taken]
        if not words:
            continue
        taken -= {id(w) for w in words}  # a word under two boxes is reported once
        line_number, label = _line_and_label(lines, words[0])
        builder.add(" ".join(w.text for w in words),
                    Location(page=number, line=line_number, box=displayed_box(page, redaction.box)),
                    hidden=redaction.hidden, label=label)


def displayed_box(page, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """``box`` (page space: x0, y0, x1, y1, y up) as a reader sees it on the page: in points from the top-left
    corner of the page as displayed, its /Rotate applied (a page turned 90 degrees shows its left edge on top)."""
    left, bottom, right, top = page_objects.page_box(page)
    x0, y0, x1, y1 = box
    rotation = page.get_rotation() % 360
    if rotation == 90:
        return y0 - bottom, x0 - left, y1 - bottom, x1 - left
    if rotation == 180:
        return right - x1, y0 - bottom, right - x0, y1 - bottom
    if rotation == 270:
        return top - y1, right - x1, top - y0, right - x0
    return x0 - left, top - y1, x1 - left, top - y0


def _upright(textpage, runs: list[list[PdfWord]]) -> tuple[list[list[PdfWord]], list[list[Piece]]]:
    """The upright runs of a page, and the visual lines of the text drawn at an angle (a line set sideways in a
    margin, a stamp, a table turned on a landscape page): read in its own direction, each direction apart, after
    the upright text. On the page its words stack one under the other, and read as upright lines they would
    come apart word by word. A word drawn alone at an angle is read where it stands, beside what it names (a
    sideways column header, "Form" beside a form's number), unless it is the last line of a turned paragraph,
    right beside one of its lines. One matrix a PDFium line is asked for, not one a word."""
    upright: list[list[PdfWord]] = []
    by_angle: dict[int, list[list[PdfWord]]] = {}
    alone: list[tuple[int, list[PdfWord]]] = []
    for run, angle in _directed(textpage, runs):
        if not angle:
            upright.append(run)
        elif len(run) > 1:
            by_angle.setdefault(angle, []).append(run)
        else:
            alone.append((angle, run))
    for angle, run in alone:
        if any(_beside(run[0], line) for line in by_angle.get(angle, ())):
            by_angle[angle].append(run)
        else:
            upright.append(run)
    return upright, [line for angle, group in sorted(by_angle.items())
                     for line in reading_lines(pieces_of([turned(run, angle) for run in group]))]


def _directed(textpage, runs: list[list[PdfWord]]) -> list[tuple[list[PdfWord], int]]:
    """The runs of a page each with its direction (``direction``). PDFium may give text drawn in two directions
    as one line: a heading, then a ruled table drawn turned under it (a landscape table printed sideways on a
    portrait page, its cells drawn one by one), with no line break between them. Such a run does not end level
    with its start, so only a run whose last word is not level with its first is asked word by word and cut where
    the direction changes; a line of one direction stays one run, read as before."""
    directed = []
    for run in runs:
        first, last = run[0], run[-1]
        if len(run) < 2 or min(first.y1, last.y1) - max(first.y0, last.y0) > 0.5 * min(first.height, last.height):
            directed.append((run, direction(textpage, run)))
            continue
        angles = [direction(textpage, [word]) for word in run]
        cuts = [0, *(k for k in range(1, len(run)) if angles[k] != angles[k - 1]), len(run)]
        directed.extend((run[a:b], angles[a]) for a, b in zip(cuts, cuts[1:]))
    return directed


def _beside(word: PdfWord, run: list[PdfWord]) -> bool:
    """Whether a word lies within a line height of one of the words of a line (the narrow side of a word's box
    is its line height, whatever its angle)."""
    reach = min(word.x1 - word.x0, word.y1 - word.y0)
    return any(other.x0 - reach <= word.x1 and word.x0 <= other.x1 + reach and
               other.y0 - reach <= word.y1 and word.y0 <= other.y1 + reach for other in run)


def _drawn_columns(runs: list[list[PdfWord]]) -> list[list[list[PdfWord]]]:
    """The runs of a page as the columns its content draws one after the other, each read apart: a page set in two
    frames (a Word or ReportLab layout of customer blocks, a newsletter) draws its left column to the end, then goes
    back up to draw the right one. Read as visual lines across the page, a block's name and phone would pair with
    the lines of the block beside it. Where the drawing goes back up by _COLUMN_LINES lines or more, the text drawn
    after is a column of its own when it lies beside what was drawn before (``_beside_column``); anything else that
    goes back up (a running header drawn last, a table's wrapped cell, a form's values drawn over its labels) stays
    with the text before it. Most pages never go back up so far, and are one column as before."""
    columns: list[list[list[PdfWord]]] = [[]]
    for run in runs:
        column = columns[-1]
        if column and _goes_back_up(column[-1], run):
            if len(columns) > 1 and not _beside_column(columns[-2], column):
                columns[-2].extend(columns.pop())  # the last part proved no column: joined back before a new one
            columns.append([])
        columns[-1].append(run)
    if len(columns) > 1 and not _beside_column(columns[-2], columns[-1]):
        columns[-2].extend(columns.pop())
    below: list[list[PdfWord]] = []  # a footer drawn with the first column ("Page 93 of 120"): read after them all
    for column, following in zip(columns, columns[1:]):
        foot = _foot(column, min(run[0].y0 for run in following))
        if foot:
            column[:] = [run for run in column if not any(run is f for f in foot)]
            below += foot
    return columns + [below] if below else columns


def _foot(column: list[list[PdfWord]], lowest: float) -> list[list[PdfWord]]:
    """The runs of a column that are the page's foot, under the ``lowest`` line of the column beside it and set
    apart by _COLUMN_LINES line heights from the column's text above: its lines under all of the next column's, or
    only its lowest ones when the column's own last lines run longer than the next ("... meter at 6883" over a
    gap and "Page 5" at the foot: the address goes on at the top of the next column, not after the page's number)."""
    under = [run for run in column if run[0].y1 < lowest]
    kept = [run for run in column if run[0].y1 >= lowest]
    if not under or not kept:
        return []
    if min(run[0].y0 for run in kept) - max(run[0].y1 for run in under) >= _COLUMN_LINES * max(kept[-1][0].height, 1.0):
        return under
    ordered = sorted(under, key=lambda run: run[0].y0)
    for k in range(1, len(ordered)):
        if ordered[k][0].y0 - ordered[k - 1][0].y1 >= _COLUMN_LINES * max(ordered[k][0].height, 1.0):
            return ordered[:k]
    return []


def _goes_back_up(before: list[PdfWord], run: list[PdfWord]) -> bool:
    """Whether a run starts _COLUMN_LINES line heights or more above the run drawn before it."""
    return run[0].y0 - before[0].y1 >= (_COLUMN_LINES - 1) * max(before[0].height, 1.0)


def _beside_column(before: list[list[PdfWord]], after: list[list[PdfWord]]) -> bool:
    """Whether the runs drawn ``after`` are a column beside those drawn ``before``: over the height both take, at
    least _COLUMN_LINES lines of each, the later ones all right of the earlier ones, and either most of them not
    level with an earlier line, or _GRID_COLUMN_LINES of them and both sides mixing lines with figures and lines
    without (entries of a name, a street, a phone, set on one baseline grid). A table drawn column by column, or a
    form's values drawn after its labels, are level with the rows and labels they belong to, and one of the two
    sides holds one kind of line (names, phones, labels); a table row's wrapped cells, drawn one after the other,
    are level and a few lines each: read as rows."""
    top = min(max(run[0].y1 for run in before), max(run[0].y1 for run in after))
    bottom = max(min(run[0].y0 for run in before), min(run[0].y0 for run in after))
    left = [run for run in before if bottom <= run[0].y0 and run[0].y1 <= top]
    right = [run for run in after if bottom <= run[0].y0 and run[0].y1 <= top]
    if len(left) < _COLUMN_LINES or len(right) < _COLUMN_LINES:
        return False
    if max(w.x1 for run in left for w in run) > min(run[0].x0 for run in right):
        return False
    level = sum(any(_level(run[0], other[0]) for other in left) for run in right)
    return 2 * level < len(right) or (len(right) >= _GRID_COLUMN_LINES and _mixed(left) and _mixed(right))


def _mixed(runs: list[list[PdfWord]]) -> bool:
    """Whether some of the runs hold a digit and some do not."""
    kinds = {any(c.isdigit() for word in run for c in word.text) for run in runs}
    return len(kinds) == 2


def _level(word: PdfWord, other: PdfWord) -> bool:
    """Whether two words' vertical extents overlap by half the lower one's height."""
    return min(word.y1, other.y1) - max(word.y0, other.y0) >= 0.5 * min(word.height, other.height)


def _padded_tables(textpage, runs: list[list[PdfWord]]) -> tuple[list[str], list[tuple[float, Table]]]:
    """The tables of a report exported with its columns padded by spaces, one string a line, found as in the same
    report as text (``crawler.extract.fixed_width``): in a proportional font such a row's columns do not line
    up where they are drawn, and a full column leaves one space before the next, so only the characters typed
    tell its cells apart. A short line of justified prose, its gap stretched, is typed with no padding. Returns
    the runs' lines of text and each table with the top of its header."""
    typed = [None if justified_short_line(run, runs[max(index - 2, 0):index] + runs[index + 1:index + 3])
             else typed_line(textpage, run) for index, run in enumerate(runs)]
    if not any(line and "  " in line for line in typed):
        return [], []
    lines = [line if line is not None else " ".join(w.text for w in run) for line, run in zip(typed, runs)]
    return lines, [(max(w.y1 for w in runs[table.header_line]), table) for table in tables(lines)
                   if all(typed[index] is not None for index in range(table.header_line, table.end))]


def _line_and_label(lines: list[list[Piece]], word: PdfWord) -> tuple[int | None, str | None]:
    """The visible line a hidden word sits on, and the label just before it there ("SSN:"). Where columns
    split a visual line, the word's line is the one of the column starting nearest to its left."""
    middle = (word.y0 + word.y1) / 2
    level = [(number, line) for number, line in enumerate(lines, 1) if any(p.y0 <= middle <= p.y1 for p in line)]
    if not level:
        return None, None
    number, line = max(level, key=lambda item: (item[1][0].x0 <= word.x0 + 1, -abs(item[1][0].x0 - word.x0)))
    before = [p for p in line if p.x1 <= word.x0 + 1]
    if not before:
        return number, None
    words = " ".join(w.text for w in before[-1].words).split()[-_MAX_LABEL_WORDS:]
    label = label_text(" ".join(words))
    return number, label if is_label_like(label) else None


def _in_hidden_layers(textpage, text: PageText, objects: PageObjects, hidden_layers: set[str]) -> list[PdfWord]:
    """Words whose text object is marked as content of a layer the viewer hides by default."""
    hidden_objects = {page_objects.address(t) for t in objects.texts
                      if hidden_layers.intersection(page_objects.marked_content_names(t))}
    if not hidden_objects:
        return []
    return [w for w in text.words
            if page_objects.address(pdfium_c.FPDFText_GetTextObject(textpage, w.start)) in hidden_objects]


def _is_scanned(page, text: PageText, objects: PageObjects) -> bool:
    """A scan without a text layer: images cover most of the page and carry too little text for their
    size, or cover a good part of a page that has almost no text (a scanned half-page memo). A page of
    typed text with photos or a logo, or a scan with an OCR layer, has plenty of text."""
    images = objects.of_kind(IMAGE)
    if not images:
        return False
    left, bottom, right, top = page_objects.page_box(page)
    page_area = max((right - left) * (top - bottom), 1.0)
    image_area = min(sum(_clipped_area(o, (left, bottom, right, top)) for o in images), page_area)
    if image_area < _SCANNED_SHARE * page_area:
        return False
    if sum(len(w.text) for w in text.words) < _ALMOST_NO_TEXT:
        return True
    if image_area < _MOSTLY_IMAGE * page_area:
        return False
    large = [o for o in images if o.area >= 0.05 * page_area][:50]
    on_images = sum(len(w.text) for w in text.words
                    if any(o.x0 <= (w.x0 + w.x1) / 2 <= o.x1 and o.y0 <= (w.y0 + w.y1) / 2 <= o.y1 for o in large))
    return on_images < image_area * _CHARS_PER_AREA


def _clipped_area(obj, box) -> float:
    width = min(obj.x1, box[2]) - max(obj.x0, box[0])
    height = min(obj.y1, box[3]) - max(obj.y0, box[1])
    return max(width, 0.0) * max(height, 0.0)


def _ocr(builder: DocumentBuilder, page, number: int, objects: PageObjects) -> None:
    """OCR a scanned page. A page scanned at a low resolution (_LOW_RESOLUTION: 100 dpi), or a speckled one (a
    fax's, a poor scanner's lone dark pixels) under OCR_DPI, is rendered at its scan's own resolution, the enlargement
    to OCR_DPI left to the OCR (``ocr.prepared``), which clears the specks first and enlarges smoothly. Rendered at
    OCR_DPI by PDFium, a fax's specks are enlarged with the type into dark blobs Tesseract reads as marks in and around
    the letters (a table's "ACCOUNT" header and half its account numbers dropped), and a 100 dpi page's strokes
    come out as steps ("Pamona, CA 917/66", "Sj ncerely"). A clean 150 dpi page reads as well either way and is
    rendered as before (a skewed form's rulings, smoothed, no longer whiten whole)."""
    if engine() is None:
        builder.not_checked(NEEDS_OCR)
        return
    resolution = _scan_resolution(objects)
    image = None
    if resolution and resolution < OCR_DPI:
        image = _rendered(page, (0, 0, 0, 0), resolution)
        if resolution > _LOW_RESOLUTION and not speckled(paper_whitened(image)):
            image = None
    read_image(builder, image or _rendered(page, (0, 0, 0, 0), OCR_DPI), number, f"page {number}")


def _scan_resolution(objects: PageObjects) -> float | None:
    """The resolution (pixels per inch) of the page's largest image as it is displayed, None without one whose
    pixels PDFium can tell. Pixels over area: an image placed turned a quarter gives the same figure."""
    images = objects.of_kind(IMAGE)
    if not images:
        return None
    largest = max(images, key=lambda image: image.area)
    width, height = ctypes.c_uint(), ctypes.c_uint()
    if largest.area <= 0 or not pdfium_c.FPDFImageObj_GetImagePixelSize(largest.pointer, width, height):
        return None
    return (width.value * height.value / largest.area) ** 0.5 * 72 or None


def _ocr_pictures(builder: DocumentBuilder, page, number: int, pictures: list[tuple[int, tuple[float, ...]]]) -> None:
    """OCR the pictures of a page of text that look like they hold text (``_text_pictures``), each located
    "page N, image K (OCR)": a screenshot of a billing system or a scanned exhibit pasted on a typed page is as
    readable as the same image alone. Bounded by _MAX_PICTURES a document and by the document's time limit."""
    read = len({(s.location.page, s.location.element) for s in builder.document.segments
                if s.location.ocr and s.location.element})
    for index, crop in pictures:
        if builder.full:
            return
        if read >= _MAX_PICTURES:
            builder.not_checked(f"needs OCR: pictures on pages after the first {_MAX_PICTURES} not read")
            return
        read += 1
        image = _rendered(page, crop, OCR_DPI)
        if not read_image(builder, image, number, f"page {number} image {index}", element=f"image {index}",
                          least_confidence=_PICTURE_CONFIDENCE):
            return


def _text_pictures(page, text: PageText, objects: PageObjects) -> list[tuple[int, tuple[float, ...]]]:
    """The pictures of the page (number on the page, crop for ``page.render``) large enough to hold lines of text,
    over which the text layer has almost nothing (a scan with its OCR layer is read already), and inked like text:
    paper, a little dark ink, few middle tones. A photo, a logo, a signature or a colour chart is passed over."""
    found = []
    width, height = page.get_size()
    images = sorted(enumerate(objects.of_kind(IMAGE), 1), key=lambda pair: -pair[1].area)[:_MAX_PICTURES]
    for index, image in sorted(images, key=lambda pair: pair[0]):  # a page tiled in images: its largest only
        left, top, right, bottom = displayed_box(page, (image.x0, image.y0, image.x1, image.y1))
        left, top, right, bottom = max(left, 0.0), max(top, 0.0), min(right, width), min(bottom, height)
        if right - left < _PICTURE_WIDTH or bottom - top < _PICTURE_HEIGHT:
            continue
        on_it = sum(len(w.text) for w in text.words
                    if image.x0 <= (w.x0 + w.x1) / 2 <= image.x1 and image.y0 <= (w.y0 + w.y1) / 2 <= image.y1)
        if on_it >= _ALMOST_NO_TEXT:
            continue
        crop = (left, height - bottom, width - right, top)
        if _inked_like_text(_rendered(page, crop, _INK_DPI)):
            found.append((index, crop))
    return found


def _rendered(page, crop: tuple[float, ...], dpi: int):
    """The part of the page inside ``crop`` (points cut off the left, bottom, right and top) in grey at ``dpi``,
    scaled down to MAX_PIXELS."""
    width, height = page.get_size()
    area = max((width - crop[0] - crop[2]) * (height - crop[1] - crop[3]), 1.0)
    scale = min(dpi / 72, (MAX_PIXELS / area) ** 0.5)
    return page.render(scale=scale, crop=crop, grayscale=True, may_draw_forms=False).to_pil().convert("L")


def _inked_like_text(image) -> bool:
    tones = image.histogram()
    total = max(sum(tones), 1)
    paper, ink = sum(tones[200:]) / total, sum(tones[:128]) / total
    return paper >= _PAPER and _INK[0] <= ink <= _INK[1] and 1 - paper - ink <= _MIDDLE_TONES
