"""PDF -> one segment per visual line of each page (pdfminer.six), plus what a reader does not see:
form field values, annotations, document metadata, and text covered by a black box (a failed
redaction). No OCR: a scanned page without a text layer yields nothing.

Pieces of text on the same visual line are joined (with a tab between them) even when pdfminer puts
them in different text boxes, so that "Account No.:" and its value, or the cells of a table row, stay
one segment. Layout analysis runs without box ordering (``boxes_flow=None``), which is the part of
pdfminer that turns quadratic on busy pages and which the line grouping here makes unnecessary.
"""
from __future__ import annotations

import io
import logging
import re

from lxml import etree
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTContainer, LTCurve, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFNoValidXRef, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, resolve1, stream_value
from pdfminer.psexceptions import PSEOF, PSException
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from detectors.model import Location

from . import DocumentBuilder, ExtractError, PasswordProtected

# pdfminer logs every oddity of a broken file; those that matter become document warnings
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_LAYOUT = LAParams(boxes_flow=None, all_texts=True)
_METADATA_KEYS = ("Title", "Author", "Subject", "Keywords")
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_MAX_FIELD_DEPTH = 32
_XFA_DATA = "{http://www.xfa.org/schema/xfa-data/1.0/}data"
_MIN_BOX_SIDE = 4.0  # points: thinner filled shapes are rules and borders, not redaction boxes
_DARK = 0.25  # gray level (0 black, 1 white) at or below which a fill counts as black


def extract_pdf(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    document = _open(body)
    _metadata(builder, document)
    page_numbers = _read_pages(builder, document)
    if not page_numbers:
        rescanned = _rescan(body)
        if rescanned is not None and (page_numbers := _read_pages(builder, rescanned)):
            builder.warn("cross-reference table damaged: objects found by scanning the file")
            document = rescanned
    builder.document.pages = len(page_numbers)
    found_fields = _form_fields(builder, document, page_numbers)
    found_fields += _xfa_data(builder, document)
    if not page_numbers:
        if not found_fields:
            raise ExtractError("corrupt PDF: no pages found")
        builder.warn("no pages found: only form fields and metadata were read")


def _read_pages(builder: DocumentBuilder, document: PDFDocument) -> dict[int, int]:
    """Add the text and annotations of every page; returns page object id -> page number."""
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=_LAYOUT)
    interpreter = PDFPageInterpreter(resources, device)
    page_numbers: dict[int, int] = {}
    unmapped_pages = []
    pages = PDFPage.create_pages(document)
    while True:
        try:
            page = next(pages)
        except StopIteration:
            break
        except Exception as e:
            builder.warn(f"page tree unreadable after page {len(page_numbers)}: {_reason(e)}")
            break
        number = page_numbers[page.pageid] = len(page_numbers) + 1
        if builder.full:
            continue
        try:
            interpreter.process_page(page)
            if _page_text(builder, device.get_result(), number):
                unmapped_pages.append(number)
        except Exception as e:  # one bad page (broken stream, missing font) does not lose the others
            builder.warn(f"page {number} unreadable: {_reason(e)}")
        _annotations(builder, page, number)
    if unmapped_pages:
        builder.warn(f"text without Unicode mapping left out on page(s) {_page_list(unmapped_pages)}")
    return page_numbers


class _RescannedDocument(PDFDocument):
    """The document as pdfminer reads it when the cross-reference table is unusable: by scanning
    the file for objects."""

    def find_xref(self, parser: PDFParser) -> int:
        raise PDFNoValidXRef("cross-reference table ignored")


def _rescan(body: bytes) -> PDFDocument | None:
    """pdfminer's scan finds the catalog only through a classic ``trailer``; without one it
    would only spend time (expanding every object stream) to fail."""
    if b"trailer" not in body:
        return None
    try:
        return _RescannedDocument(PDFParser(io.BytesIO(body)), password="")
    except Exception:
        return None


def _open(body: bytes) -> PDFDocument:
    if not body.strip():
        raise ExtractError("empty file")
    not_pdf = "" if body.find(b"%PDF-", 0, 1024) >= 0 else "not a PDF (no %PDF- header): "
    try:
        return PDFDocument(PDFParser(io.BytesIO(body)), password="")
    except PDFPasswordIncorrect:
        raise PasswordProtected("encrypted PDF (password required)") from None
    except PDFEncryptionError as e:
        raise ExtractError(f"encrypted PDF (unsupported encryption: {_reason(e)})") from None
    except PSEOF:
        raise ExtractError(f"{not_pdf or 'corrupt PDF: '}unexpected end of file (truncated?)") from None
    except (PSException, ValueError, TypeError, KeyError, IndexError, AttributeError, AssertionError) as e:
        raise ExtractError(f"{not_pdf or 'corrupt PDF: '}{_reason(e)}") from None


def _reason(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _page_list(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:10])) + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


# --- page text ------------------------------------------------------------------------------------------

def _page_text(builder: DocumentBuilder, layout, page: int) -> bool:
    """Add the page's visual lines; True if glyphs without Unicode mapping were left out."""
    text_lines, boxes = [], []
    _collect(layout, text_lines, boxes)
    unmapped = False
    for number, pieces in enumerate(_visual_lines(text_lines), 1):
        visible, covered = [], []
        for piece in pieces:
            text = piece.get_text().strip()
            if "(cid:" in text:
                text, count = _UNMAPPED_GLYPH.subn("", text)
                unmapped = unmapped or count > 0
                text = text.strip()
            if text:
                (covered if boxes and _is_covered(piece, boxes) else visible).append((piece, text))
        location = Location(page=page, line=number)
        if visible:
            builder.add(_join(visible), location)
        if covered:
            builder.add(_join(covered), location, hidden="under black box")
    return unmapped


def _join(pieces: list) -> str:
    """Pieces of one visual line, left to right: touching pieces are one word, a word gap is a
    space, anything wider (columns, table cells) a tab."""
    text = pieces[0][1]
    for (before, _), (piece, piece_text) in zip(pieces, pieces[1:]):
        gap = (piece.x0 - before.x1) / max(min(before.height, piece.height), 1.0)
        text += ("" if gap < 0.1 else " " if gap < 1.0 else "\t") + piece_text
    return text


def _collect(container, text_lines: list, boxes: list) -> None:
    """Text lines and black filled boxes anywhere in the layout tree (figures included)."""
    stack = [container]
    while stack:
        for item in stack.pop():
            if isinstance(item, LTTextLine):
                text_lines.append(item)
            elif isinstance(item, LTCurve):
                if item.fill and _is_dark(item.non_stroking_color) and \
                        item.width >= _MIN_BOX_SIDE and item.height >= _MIN_BOX_SIDE:
                    boxes.append(item)
            elif isinstance(item, LTContainer) and not isinstance(item, LTChar):
                stack.append(item)


def _visual_lines(text_lines: list) -> list[list]:
    """Group text lines whose vertical extents overlap by half into visual lines, top to
    bottom, each ordered left to right."""
    groups: list[list] = []
    anchor = None
    for line in sorted(text_lines, key=lambda item: (-item.y1, item.x0)):
        if anchor is not None:
            overlap = min(anchor.y1, line.y1) - max(anchor.y0, line.y0)
            if overlap >= 0.5 * min(anchor.height, line.height):
                groups[-1].append(line)
                continue
        groups.append([line])
        anchor = line
    for group in groups:
        group.sort(key=lambda item: item.x0)
    return groups


def _is_covered(piece, boxes: list) -> bool:
    """Most of the line's dark glyphs sit inside black boxes: unreadable on screen and in print
    (a box drawn over the text, or black text on black), yet still in the file."""
    near = [b for b in boxes if b.x0 < piece.x1 and piece.x0 < b.x1 and b.y0 < piece.y1 and piece.y0 < b.y1]
    if not near:
        return False
    glyphs = covered = 0
    for char in piece:
        if not isinstance(char, LTChar) or not char.get_text().strip():
            continue
        glyphs += 1
        x, y = (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
        if _is_dark(getattr(char.graphicstate, "ncolor", 0)) and \
                any(b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1 for b in near):
            covered += 1
    return glyphs > 0 and covered * 2 > glyphs


def _is_dark(color) -> bool:
    """Gray, RGB or CMYK fill colour close to black (patterns and unknowns are not)."""
    if isinstance(color, (int, float)):
        return color <= _DARK
    if isinstance(color, (tuple, list)) and all(isinstance(c, (int, float)) for c in color):
        if len(color) == 3:
            return max(color) <= _DARK
        if len(color) == 4:
            c, m, y, k = color
            return k >= 1 - _DARK or min(c, m, y) >= 1 - _DARK
    return False


# --- what a reader does not see ----------------------------------------------------------------------------

def _metadata(builder: DocumentBuilder, document: PDFDocument) -> None:
    try:
        for info in document.info:
            info = resolve1(info)
            for key in _METADATA_KEYS if isinstance(info, dict) else ():
                value = _text(info.get(key))
                if value:
                    builder.add(value, Location(element="PDF metadata"), hidden="pdf metadata", label=key)
                    if key == "Title" and not builder.document.title:
                        builder.document.title = value
    except Exception as e:
        builder.warn(f"document information unreadable: {_reason(e)}")


def _annotations(builder: DocumentBuilder, page: PDFPage, number: int) -> None:
    """Comments, notes and markup annotations; form widgets are read as form fields."""
    try:
        annotations = resolve1(page.annots) or []
        for annotation in annotations if isinstance(annotations, list) else []:
            annotation = resolve1(annotation)
            if not isinstance(annotation, dict):
                continue
            kind = _name(annotation.get("Subtype"))
            if kind in ("Widget", "Link", "Popup"):
                continue
            text = _text(annotation.get("Contents"))
            if text:
                builder.add(text, Location(page=number, element=f"{kind or 'annotation'} annotation"),
                            hidden="annotation", label=kind)
    except Exception as e:
        builder.warn(f"annotations of page {number} unreadable: {_reason(e)}")


def _form_fields(builder: DocumentBuilder, document: PDFDocument, page_numbers: dict[int, int]) -> int:
    """Filled-in AcroForm fields: a value typed into a published form is published text.
    Returns how many were found."""
    found = 0
    try:
        form = resolve1(document.catalog.get("AcroForm"))
        fields = resolve1(form.get("Fields")) if isinstance(form, dict) else None
        if not isinstance(fields, list):
            return 0
        stack = [(field, "", 0) for field in reversed(fields)]
        seen = set()
        while stack and not builder.full:
            reference, parent_name, depth = stack.pop()
            if isinstance(reference, PDFObjRef):
                if reference.objid in seen:
                    continue
                seen.add(reference.objid)
            field = resolve1(reference)
            if not isinstance(field, dict) or depth > _MAX_FIELD_DEPTH:
                continue
            partial = _text(field.get("T"))
            name = ".".join(p for p in (parent_name, partial) if p)
            value = _text(field.get("V"))
            if value:
                page = page_numbers.get(getattr(field.get("P"), "objid", None))
                builder.add(value, Location(page=page, element=f"form field {name}" if name else "form field"),
                            hidden="form field", label=_text(field.get("TU")) or partial or None)
                found += 1
            kids = resolve1(field.get("Kids"))
            if isinstance(kids, list):
                stack.extend((kid, name, depth + 1) for kid in reversed(kids))
    except Exception as e:
        builder.warn(f"form fields unreadable: {_reason(e)}")
    return found


def _xfa_data(builder: DocumentBuilder, document: PDFDocument) -> int:
    """The data of a filled-in XFA form (kept in the file as XML, outside any page). Returns how
    many values were found."""
    try:
        form = resolve1(document.catalog.get("AcroForm"))
        packets = resolve1(form.get("XFA")) if isinstance(form, dict) else None
        if not isinstance(packets, list):
            return 0
        names = [resolve1(p) for p in packets[0::2]]
        if b"datasets" not in names:
            return 0
        xml = stream_value(packets[2 * names.index(b"datasets") + 1]).get_data()
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, recover=True)
        root = etree.fromstring(xml, parser)
        data = root.find(_XFA_DATA) if root is not None else None
        found = 0
        for element in data.iter() if data is not None else ():
            if not isinstance(element.tag, str) or len(element) or not (element.text or "").strip():
                continue
            path = [etree.QName(element).localname]
            for ancestor in element.iterancestors():
                if ancestor is data or len(path) == 3:
                    break
                path.insert(0, etree.QName(ancestor).localname)
            builder.add(" ".join(element.text.split()), Location(element="XFA form data: " + " > ".join(path)),
                        hidden="xfa form data", label=path[-1])
            found += 1
            if builder.full:
                break
        return found
    except Exception as e:
        builder.warn(f"XFA form data unreadable: {_reason(e)}")
        return 0


def _text(value) -> str:
    """A PDF text string (PDFDocEncoding or UTF-16) as str; names and other objects give ''."""
    value = resolve1(value)
    if isinstance(value, bytes):
        return " ".join(decode_text(value).replace("\x00", "").split())
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):  # a multiple-choice field
        return " ".join(filter(None, map(_text, value)))
    return ""


def _name(value) -> str:
    value = resolve1(value)
    return value.name if isinstance(value, PSLiteral) else ""
