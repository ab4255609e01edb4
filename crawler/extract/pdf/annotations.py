"""What a page's annotations publish: comments, notes, popups and free text; files attached to the page;
and redactions made with annotations, which hide nothing of the text layer (a Redact annotation never
applied, a black highlight or filled box annotation drawn over text)."""
from __future__ import annotations

import ctypes
import re
from collections.abc import Callable

import pypdfium2.raw as pdfium_c

from detectors.bad_redaction import UNAPPLIED, UNDER_DARK_ANNOTATION
from detectors.context.headers import header_kind
from detectors.model import Location

from .. import DocumentBuilder, is_label_like, label_text
from .attachments import read_attachment
from .redaction import Redaction
from .structure import MANY_ANNOTATIONS
from .text import PdfWord

MAX_ANNOTATIONS = 50_000  # per page: beyond this a page is a hostile file, not a marked-up one
_KINDS = {getattr(pdfium_c, f"FPDF_ANNOT_{name.upper()}"): name for name in (
    "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline",
    "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Sound", "Movie", "Widget",
    "Screen", "PrinterMark", "TrapNet", "Watermark", "ThreeD", "RichMedia", "XFAWidget", "Redact")}
_NOT_COMMENTS = ("Widget", "Link", "XFAWidget")  # form fields are read from the form; links hold no text
_DARK = 80  # luminance (0-255) at or below which an annotation's colour hides text
_OPAQUE = 200  # alpha (0-255) at or above which it does
_MIN_COVER = 0.5
_TAG = re.compile(r"<[^>]*>")


def read_annotations(builder: DocumentBuilder, page, number: int, words: list[PdfWord],
                     attached: set[str], links: Callable[[int, int, int], set[int]] | None = None) -> list[Redaction]:
    """Add the text of the page's annotations and read the files attached to the page (``attached``: the
    digests of files already read); returns the redactions made with annotations. ``links(index, count, limit)``, when
    given, tells which of a page's many annotations (up to MAX_ANNOTATIONS) are links without PDFium parsing them
    (``structure.link_annotations``): they are passed over, as a link PDFium parses is."""
    total = count = pdfium_c.FPDFPage_GetAnnotCount(page)
    if count > MAX_ANNOTATIONS:
        builder.not_checked(f"page {number}: annotations after the first {MAX_ANNOTATIONS:,} not read "
                            f"({count:,} on the page)")
        count = MAX_ANNOTATIONS
    known_links = links(number - 1, total, count) if links is not None and count >= MANY_ANNOTATIONS else ()
    seen: set[str] = set()
    redactions = []
    for index in range(max(count, 0)):
        if builder.full:
            break
        if index in known_links:
            continue
        annotation = pdfium_c.FPDFPage_GetAnnot(page, index)
        if not annotation:
            continue
        try:
            kind = _KINDS.get(pdfium_c.FPDFAnnot_GetSubtype(annotation), "")
            if kind in _NOT_COMMENTS:
                continue
            text = _string(annotation, b"Contents") or " ".join(_TAG.sub(" ", _string(annotation, b"RC")).split())
            if text and text not in seen:  # a popup repeats its parent's text
                seen.add(text)
                label = _label_beside(annotation, words) if kind == "FreeText" else None
                builder.add(text, Location(page=number, element=f"{kind or 'annotation'} annotation"),
                            hidden="annotation", label=label or kind or None)
            if kind == "FileAttachment":
                attachment = pdfium_c.FPDFAnnot_GetFileAttachment(annotation)
                if attachment:
                    read_attachment(builder, attachment, f"page {number}", attached)
            redaction = _redaction(annotation, kind, words)
            if redaction is not None:
                redactions.append(redaction)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annotation)
    return redactions


_BLANK = re.compile(r"[_.\u2026]*")  # the blank line a form's value is typed on: "________", "........"
_LABEL_GAP = 1.5  # text heights between two words of one label


def _label_beside(annotation, words: list[PdfWord]) -> str | None:
    """The printed label a free-text annotation stands beside, on its baseline and left of it: a flat form filled in
    with a viewer's "add text" tool ("Customer name ______" with "Ana Ruiz" typed over the blank) labels its value
    as a form field's name does. None where the words there name no field."""
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFAnnot_GetRect(annotation, rect):
        return None
    left, bottom, top = min(rect.left, rect.right), min(rect.bottom, rect.top), max(rect.bottom, rect.top)
    row = sorted((w for w in words if w.x1 <= left + 2 and not _BLANK.fullmatch(w.text)
                  and min(w.y1, top) - max(w.y0, bottom) >= 0.5 * w.height), key=lambda w: -w.x1)
    phrase: list[PdfWord] = []
    for word in row:
        if phrase and phrase[-1].x0 - word.x1 > _LABEL_GAP * word.height:
            break
        phrase.append(word)
    label = label_text(" ".join(_BLANK.sub("", w.text) for w in reversed(phrase)).strip())
    return label if is_label_like(label) and header_kind(label)[0] is not None else None


def _redaction(annotation, kind: str, words: list[PdfWord]) -> Redaction | None:
    if kind == "Redact":
        hidden = UNAPPLIED
    elif kind in ("Highlight", "Square"):
        hidden = UNDER_DARK_ANNOTATION
    else:
        return None
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFAnnot_GetRect(annotation, rect):
        return None
    box = (min(rect.left, rect.right), min(rect.bottom, rect.top), max(rect.left, rect.right),
           max(rect.bottom, rect.top))
    if hidden == UNDER_DARK_ANNOTATION and not _appears_dark(annotation, kind, box):
        return None
    under = [w for w in words if _covered(w, box) >= _MIN_COVER]
    return Redaction(box, under, hidden=hidden) if under else None


def _covered(word: PdfWord, box: tuple) -> float:
    width = min(word.x1, box[2]) - max(word.x0, box[0])
    height = min(word.y1, box[3]) - max(word.y0, box[1])
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / max((word.x1 - word.x0) * (word.y1 - word.y0), 1e-6)


def _appears_dark(annotation, kind: str, box: tuple) -> bool:
    """The annotation shows as an opaque dark box. What a viewer shows is its appearance stream when it has one
    (PDFium gives no colour of an annotation that has one: its /C and /IC are then not read), else its colour:
    a highlight's /C, a square's fill /IC. An annotation made see-through by its /CA hides nothing."""
    if _alpha(annotation) < _OPAQUE:
        return False
    count = pdfium_c.FPDFAnnot_GetObjectCount(annotation)
    if count > 0:
        return any(_dark_fill(pdfium_c.FPDFAnnot_GetObject(annotation, index), box) for index in range(count))
    if kind == "Highlight":
        return _is_dark(annotation, b"C", pdfium_c.FPDFANNOT_COLORTYPE_Color)
    return _is_dark(annotation, b"IC", pdfium_c.FPDFANNOT_COLORTYPE_InteriorColor)


def _alpha(annotation) -> float:
    """The annotation's constant opacity /CA, 0 to 255 (255 when not set)."""
    value = ctypes.c_float(1.0)
    if pdfium_c.FPDFAnnot_HasKey(annotation, b"CA"):
        pdfium_c.FPDFAnnot_GetNumberValue(annotation, b"CA", value)
    return value.value * 255


def _dark_fill(path, box: tuple) -> bool:
    """``path`` (an object of an appearance stream) is a filled shape, opaque and dark, over at least half of
    the annotation's box: a box that hides, not a dark border, an icon or a tick."""
    if not path or pdfium_c.FPDFPageObj_GetType(path) != pdfium_c.FPDF_PAGEOBJ_PATH:
        return False
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(path, fill, stroke) or not fill.value:
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(path, r, g, b, a) or a.value < _OPAQUE or \
            0.299 * r.value + 0.587 * g.value + 0.114 * b.value > _DARK:
        return False
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(path, left, bottom, right, top):
        return False
    area = (right.value - left.value) * (top.value - bottom.value)
    return area >= _MIN_COVER * (box[2] - box[0]) * (box[3] - box[1])


def _is_dark(annotation, key: bytes, colour_type: int) -> bool:
    """The annotation's colour (``/C``) or fill (``/IC``) is set, opaque and dark."""
    if not pdfium_c.FPDFAnnot_HasKey(annotation, key):
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFAnnot_GetColor(annotation, colour_type, r, g, b, a):
        return False
    return a.value >= _OPAQUE and 0.299 * r.value + 0.587 * g.value + 0.114 * b.value <= _DARK


def _string(annotation, key: bytes) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annotation, key, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAnnot_GetStringValue(annotation, key, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return " ".join(buffer.raw[:size].decode("utf-16-le", errors="replace").rstrip("\x00").split())
