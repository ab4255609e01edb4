"""A page's drawing operations as PDFium parsed them: every text, path, image and shading object in
painting order (``z``), with its box on the page, descending into form XObjects.

What can hide text is decided from these: a shape or image painted after a word and over it, or a box
painted before it in the word's own colour. Images also tell a scanned page from a text page.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import numpy
import pypdfium2.raw as pdfium_c

MAX_OBJECTS = 50_000  # per page: a map of a million strokes is read as text only, with a warning
_MAX_SEGMENTS_MEASURED = 10_000  # a stroked path with more is taken to paint its whole box
_MITER_LIMIT = 10.0  # PDF's default (PDFium does not tell a path's own): a miter reaches this many half widths
_THINNEST_LINE = 1.0  # points: a viewer draws a thinner line (width 0 included) a device pixel wide; taken as this
_MAX_FORM_DEPTH = 12
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
PATH = pdfium_c.FPDF_PAGEOBJ_PATH
IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
SHADING = pdfium_c.FPDF_PAGEOBJ_SHADING
FORM = pdfium_c.FPDF_PAGEOBJ_FORM
_SHAPES = (PATH, IMAGE, SHADING)
_INVISIBLE_TEXT_MODES = (pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP)


@dataclass(slots=True)
class PageObject:
    """A path, image or shading and its box on the page."""

    kind: int  # PATH, IMAGE or SHADING
    z: int  # painting order on the page
    x0: float
    y0: float
    x1: float
    y1: float
    pointer: object = None
    transform: tuple | None = None  # matrix from the form XObject holding the object to the page (None on the page)

    @property
    def area(self) -> float:
        return max(self.x1 - self.x0, 0.0) * max(self.y1 - self.y0, 0.0)


@dataclass
class PageObjects:
    """The leaf objects of a page. Text objects are kept apart, as bare handles with their painting order:
    a page holds thousands, their boxes are their words', and only a page whose words shapes may hide
    looks them up."""

    shapes: list[PageObject]  # paths, images and shadings in painting order
    texts: list  # FPDF_PAGEOBJECT of each text object, in painting order
    text_depths: list[int]  # painting order of each text object
    truncated: bool = False  # more than MAX_OBJECTS: not all were read

    def of_kind(self, kind: int) -> list[PageObject]:
        return [o for o in self.shapes if o.kind == kind]


def page_box(page) -> tuple[float, float, float, float]:
    """The page's visible area (crop box within media box, inherited ones too): left, bottom, right, top."""
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page, rect):
        width, height = page.get_size()
        return 0.0, 0.0, width, height
    return (min(rect.left, rect.right), min(rect.bottom, rect.top), max(rect.left, rect.right),
            max(rect.bottom, rect.top))


def address(pointer) -> bytes:
    """A pointer's value as a dictionary key (its raw bytes: several times faster than ``ctypes.cast``)."""
    return bytes(pointer)


def page_objects(page) -> PageObjects:
    """Leaf objects of ``page`` (a pypdfium2 PdfPage) in painting order, boxes in page space (text objects
    have none: their words have). A page can hold tens of thousands of objects, so the walk calls PDFium
    with raw handles and transforms boxes only inside form XObjects that move them."""
    objects = PageObjects([], [], [])
    _walk(page.raw, None, None, 0, objects, 0)
    return objects


def _walk(page, form, transform: tuple | None, depth: int, objects: PageObjects, z: int) -> int:
    """Add the leaf objects of the page (``form`` None) or of one of its form XObjects, whose matrix to
    page space is ``transform`` (None for the identity), numbered in painting order from ``z``; returns the
    number reached. Stops, marking ``objects`` truncated, once MAX_OBJECTS were read."""
    if form is None:
        holder, count, get_object = page, pdfium_c.FPDFPage_CountObjects(page), pdfium_c.FPDFPage_GetObject
    else:
        holder, count, get_object = form, pdfium_c.FPDFFormObj_CountObjects(form), pdfium_c.FPDFFormObj_GetObject
    get_type, get_bounds = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetBounds
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    add_shape, add_text, add_depth = objects.shapes.append, objects.texts.append, objects.text_depths.append
    for index in range(count):
        pointer = get_object(holder, index)
        if not pointer:
            continue
        kind = get_type(pointer)
        if kind == FORM:
            matrix = pdfium_c.FS_MATRIX()
            if depth < _MAX_FORM_DEPTH and pdfium_c.FPDFPageObj_GetMatrix(pointer, matrix):
                inner = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), transform or _IDENTITY)
                z = _walk(page, pointer, None if inner == _IDENTITY else inner, depth + 1, objects, z)
                if objects.truncated:
                    return z
            continue
        if z >= MAX_OBJECTS:
            objects.truncated = True
            return z
        if kind == TEXT:  # matched to words by handle; its box is the words'
            add_text(pointer)
            add_depth(z)
        elif not get_bounds(pointer, left, bottom, right, top):
            continue
        elif kind not in _SHAPES:  # an object of a kind PDFium does not know: counted, never drawn over words
            pass
        elif transform is None:
            add_shape(PageObject(kind, z, left.value, bottom.value, right.value, top.value, pointer))
        else:
            add_shape(PageObject(kind, z, *_transform_box(transform, left.value, bottom.value, right.value, top.value),
                                 pointer, transform))
        z += 1
    return z


def _multiply(m: tuple, n: tuple) -> tuple:
    """The matrix of applying ``m`` then ``n`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _transform_box(m: tuple, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    """The box around the four transformed corners. A corner's x is a*x + c*y + e, so the least is made of
    the least a*x and the least c*y (and so on), the same sums the corners give, without forming them all."""
    a, b, c, d, e, f = m
    ax0, ax1, cy0, cy1 = a * x0, a * x1, c * y0, c * y1
    bx0, bx1, dy0, dy1 = b * x0, b * x1, d * y0, d * y1
    return (min(ax0, ax1) + min(cy0, cy1) + e, min(bx0, bx1) + min(dy0, dy1) + f,
            max(ax0, ax1) + max(cy0, cy1) + e, max(bx0, bx1) + max(dy0, dy1) + f)


def stroke_boxes(obj: PageObject) -> numpy.ndarray | None:
    """Where a path that is only stroked can paint, in page space: one box per line segment, and per curve
    around its control points (which hold the curve), grown by the reach of the pen (half the line width;
    a mitred corner reaches further). A frame drawn around a paragraph has every word in its box, yet
    paints nowhere near them. None for what may paint its whole box (a filled path, one too long to
    measure, an image, a shading); no boxes for a path neither filled nor stroked."""
    if obj.kind != PATH:
        return None
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj.pointer, fill_mode, stroke) or fill_mode.value != 0:
        return None
    if not stroke.value:
        return numpy.empty((0, 4))
    count = pdfium_c.FPDFPath_CountSegments(obj.pointer)
    matrix, width = pdfium_c.FS_MATRIX(), ctypes.c_float()
    if not 0 <= count <= _MAX_SEGMENTS_MEASURED or not pdfium_c.FPDFPageObj_GetMatrix(obj.pointer, matrix) or \
            not pdfium_c.FPDFPageObj_GetStrokeWidth(obj.pointer, width):
        return None
    a, b, c, d, e, f = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
                                 obj.transform or _IDENTITY)
    squares, determinant = a * a + b * b + c * c + d * d, a * d - b * c
    # the most the matrix stretches any length: the pen is at most this much wider than the line width
    stretch = math.sqrt((squares + math.sqrt(max(squares * squares - 4 * determinant * determinant, 0.0))) / 2)
    line = max(width.value * stretch, _THINNEST_LINE)
    mitred = pdfium_c.FPDFPageObj_GetLineJoin(obj.pointer) == pdfium_c.FPDF_LINEJOIN_MITER
    reach = line / 2 * (_MITER_LIMIT if mitred else math.sqrt(2))  # a square cap's corner: half a diagonal
    x, y = ctypes.c_float(), ctypes.c_float()
    points = []  # the path's points in page space
    boxes = []  # the points each line segment or curve lies within
    start = piece = 0  # where the subpath and the segment being read begin
    for index in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj.pointer, index)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            return None
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        points.append((a * x.value + c * y.value + e, b * x.value + d * y.value + f))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or index == 0:
            if index - piece > 1:  # a curve cut short
                boxes.append(points[piece:index])
            start = piece = index
        elif kind != pdfium_c.FPDF_SEGMENT_BEZIERTO or index - piece == 3:  # a line, or a curve's end point
            boxes.append(points[piece:index + 1])
            piece = index
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            boxes.append((points[index], points[start]))
    if piece < len(points) - 1:  # a curve cut short
        boxes.append(points[piece:])
    if not boxes:
        return numpy.empty((0, 4))
    corners = [(min(p[0] for p in box), min(p[1] for p in box), max(p[0] for p in box), max(p[1] for p in box))
               for box in boxes]
    return numpy.array(corners, dtype=float) + numpy.array([-reach, -reach, reach, reach])


def fill_rgba(obj: PageObject) -> tuple[int, int, int, int] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj.pointer, r, g, b, a):
        return None
    return r.value, g.value, b.value, a.value


def is_filled(obj: PageObject) -> bool:
    """A path whose inside is painted (by either fill rule)."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    return bool(pdfium_c.FPDFPath_GetDrawMode(obj.pointer, fill_mode, stroke)) and fill_mode.value != 0


def is_invisible_text(text) -> bool:
    """Text (an FPDF_PAGEOBJECT) drawn with render mode 3 or 7: never painted, as in the text layer of a
    scanned page."""
    return pdfium_c.FPDFTextObj_GetTextRenderMode(text) in _INVISIBLE_TEXT_MODES


def hide_text(objects: PageObjects) -> None:
    """Make every text object of the page invisible (in memory), to render the page without its text."""
    for text in objects.texts:
        pdfium_c.FPDFTextObj_SetTextRenderMode(text, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)


def marked_content_names(pointer) -> list[str]:
    """The ``/Name`` of each optional content group the object (an FPDF_PAGEOBJECT) is marked as belonging
    to (``/OC`` marks)."""
    names = []
    for index in range(max(pdfium_c.FPDFPageObj_CountMarks(pointer), 0)):
        mark = pdfium_c.FPDFPageObj_GetMark(pointer, index)
        if not mark or _mark_name(mark) != "OC":
            continue
        value = _mark_string(mark, b"Name")
        if value:
            names.append(value)
    return names


def _mark_name(mark) -> str:
    size = ctypes.c_ulong()
    if not pdfium_c.FPDFPageObjMark_GetName(mark, None, 0, size) or size.value <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size.value)
    pdfium_c.FPDFPageObjMark_GetName(mark, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size.value, size)
    return buffer.raw[:size.value].decode("utf-16-le", errors="replace").rstrip("\x00")


def _mark_string(mark, key: bytes) -> str:
    size = ctypes.c_ulong()
    if not pdfium_c.FPDFPageObjMark_GetParamStringValue(mark, key, None, 0, size) or size.value <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size.value)
    pdfium_c.FPDFPageObjMark_GetParamStringValue(mark, key, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)),
                                                 size.value, size)
    return buffer.raw[:size.value].decode("utf-16-le", errors="replace").rstrip("\x00")
