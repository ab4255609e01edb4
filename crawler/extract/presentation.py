"""PowerPoint (.pptx) -> segments and records: every slide's text in slide order (text boxes, placeholders,
grouped shapes, tables as records under their header row, SmartArt), and what a viewer of the slide show does
not see but the file publishes: speaker notes, hidden slides, hidden shapes, alt text, comments, document
properties and files embedded in the deck (a chart's workbook, an inserted spreadsheet). Charts are read as the
tables of their data (``office.read_charts``): a bar chart of customers' kWh is published as a table of them is.
Pictures on the slides (a scanned letter pasted as an image) are read by OCR, as in a Word file
(``office.read_pictures``).

The package is read with lxml straight from the zip, one XML part at a time and each part size-capped, rather
than with python-pptx, which loads every part (videos and images included) into memory on opening and does not
expose hidden shapes, SmartArt text or comments. Elements are matched by local name, so the Strict flavour of
Office Open XML (other namespaces, same names) reads the same.
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from detectors.model import Location

from . import DocumentBuilder, ExtractError, TableCell, lay_out_table
from .office import (broken_reason, children_named, descendants_named, drawing_paragraphs, drawing_text, local_name,
                     part_xml, read_charts, read_core_properties, read_custom_properties, read_embedded_files,
                     read_pictures, read_titles_of_parts, related_parts, relationship_id)

_EMBEDDINGS = "ppt/embeddings/"
_FALSE = frozenset({"0", "false", "off"})
_CHROME_PLACEHOLDERS = frozenset({"ftr", "dt", "sldNum", "hdr"})  # footer, date, slide number: on every slide
_MASTER_FIELDS = frozenset({"dt", "sldNum"})  # a master's date and slide number: fields each slide fills in
# PowerPoint's own prompts in a master's or a layout's placeholders, one a line: "Click to edit Master title style",
# "Click to edit Master text styles", "Second level" ... "Fifth level", "Click icon to add picture"
_PROMPT = re.compile(r"(?i)click (?:icon )?to (?:edit|add) (?:master )?[a-z ]{0,20}?(?:style|styles|text|title|picture|"
                     r"table|chart|media|smartart graphic|notes)|(?:second|third|fourth|fifth) level")
_NOTES_SKIPPED = frozenset({"sldImg", "sldNum", "ftr", "dt", "hdr"})  # a notes page's image of the slide, chrome
_BROKEN = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, EOFError, OSError, etree.XMLSyntaxError)


def extract_pptx(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    try:
        package = _Package(zipfile.ZipFile(io.BytesIO(body)))
        presentation = package.main_part()
        order = [relationship_id(slide) for slide in descendants_named(package.xml(presentation), "sldId")]
        slides = package.related(presentation, "slide", order)
    except _BROKEN as e:
        raise ExtractError(f"broken PPTX: {broken_reason(e)}") from None
    reader = _SlideReader(builder, package)
    for number, slide in enumerate(slides, 1):
        if builder.full:
            return
        try:
            reader.slide(slide, number)
        except _BROKEN as e:  # one damaged slide loses that slide, not the deck
            builder.not_checked(f"slide {number} unreadable: {broken_reason(e)}")
    if not builder.full:
        reader.masters(presentation)
        read_core_properties(builder, package.archive)
        read_custom_properties(builder, package.archive)
        read_titles_of_parts(builder, package.archive)
        read_embedded_files(builder, package.archive, _EMBEDDINGS)
        read_charts(builder, package.archive, "ppt/charts/")
        read_pictures(builder, package.archive, "ppt/media/")


class _Package:
    """The zip's parts and their relationships; each part is read at most to a size limit, whatever size the
    zip declares for it."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive

    def xml(self, name: str):
        return part_xml(self.archive, name)

    def main_part(self) -> str:
        parts = self.related("", "officeDocument")
        if not parts:
            raise ValueError("no presentation part")
        return parts[0]

    def related(self, part: str, kind: str, order: list[str | None] | None = None) -> list[str]:
        return related_parts(self.archive, part, kind, order)


class _SlideReader:
    def __init__(self, builder: DocumentBuilder, package: _Package):
        self.builder = builder
        self.package = package
        self.tables = 0

    def slide(self, part: str, number: int) -> None:
        root = self.package.xml(part)
        where = f"slide {number}"
        hidden = "hidden slide" if (root.get("show") or "1").lower() in _FALSE else None
        self.tables = 0
        self.shapes(_first(root, "spTree"), where, hidden)
        for data in self.package.related(part, "diagramData"):
            for text in drawing_paragraphs(self.package.xml(data)):
                self.builder.add(text, Location(element=f"{where} > diagram"), hidden=hidden)
        for notes in self.package.related(part, "notesSlide"):
            self.tables = 0
            self.shapes(_first(self.package.xml(notes), "spTree"), f"{where} notes", hidden or "speaker notes",
                        skipped=_NOTES_SKIPPED)
        for comments in self.package.related(part, "comments"):
            self.comments(self.package.xml(comments), where)

    def masters(self, presentation: str) -> None:
        """The slide masters and their layouts: a text box put on a master shows on every slide that uses it (a
        banner, a letterhead, a note left there), so it is read as chrome, hidden "slide master" or "slide
        layout". So are their placeholders: mostly the prompts a slide replaces ("Click to edit Master title
        style"), which say nothing, but a template's author types sample text there too ("Sample bill: <a
        customer's name, address and account>"), which every new slide of that layout shows until it is typed
        over and which anyone who opens the template reads in its masters."""
        for number, master in enumerate(self.package.related(presentation, "slideMaster"), 1):
            self._master_shapes(master, f"slide master {number}", "slide master")
            for layout_number, layout in enumerate(self.package.related(master, "slideLayout"), 1):
                self._master_shapes(layout, f"slide master {number} > layout {layout_number}", "slide layout")

    def _master_shapes(self, part: str, where: str, hidden: str) -> None:
        if self.builder.full:
            return
        try:
            self.shapes(_first(self.package.xml(part), "spTree"), where, hidden, skipped=_MASTER_FIELDS, on_master=True)
        except _BROKEN as e:
            self.builder.not_checked(f"{where} unreadable: {broken_reason(e)}")

    def shapes(self, tree, where: str, hidden: str | None, *, skipped: frozenset = frozenset(),
               on_master: bool = False) -> None:
        """The shapes of a shape tree or group in the order they are drawn, those of ``skipped`` placeholder types
        passed over; ``on_master``: a master's or a layout's, all of whose text is chrome."""
        if tree is None:
            return
        for shape in tree:
            if self.builder.full:
                return
            if not isinstance(shape.tag, str):  # a processing instruction
                continue
            kind = local_name(shape)
            if kind == "AlternateContent":  # the same content twice: read the application's choice only
                choice = _first_child(shape, "Choice")
                if choice is not None:
                    self.shapes(choice, where, hidden, skipped=skipped, on_master=on_master)
                continue
            own = shape[0] if len(shape) and isinstance(shape[0].tag, str) and local_name(shape[0]).startswith("nv") \
                else None  # the shape's non-visual properties: name, hidden flag, alt text, placeholder
            properties = _first_child(own, "cNvPr") if own is not None else None
            if properties is None:
                continue
            application = _first_child(own, "nvPr")
            placeholder = _first_child(application, "ph") if application is not None else None
            placeholder_type = placeholder.get("type") if placeholder is not None else None
            if placeholder_type in skipped:
                continue
            own_hidden = hidden or ("hidden shape" if (properties.get("hidden") or "").lower() in ("1", "true")
                                    else None)
            for attribute in ("descr", "title"):
                alt = " ".join((properties.get(attribute) or "").split())
                if alt:
                    self.builder.add(alt, Location(element=where), hidden=own_hidden or "alt text")
            if kind == "grpSp":
                self.shapes(shape, where, own_hidden, skipped=skipped, on_master=on_master)
            elif kind == "graphicFrame":
                for table in descendants_named(shape, "tbl"):
                    self.tables += 1
                    self.table(table, f"{where} > table {self.tables}", own_hidden)
            elif kind == "sp":
                body = _first_child(shape, "txBody")
                text = drawing_text(body) if body is not None else ""
                if on_master and placeholder is not None:
                    text = "\n".join(line for line in text.split("\n") if not _PROMPT.fullmatch(line))
                if text:
                    self.builder.add(text, Location(element=where), hidden=own_hidden,
                                     chrome=placeholder_type in _CHROME_PLACEHOLDERS or on_master)

    def table(self, table, where: str, hidden: str | None) -> None:
        """Each row a record labelled by the header row, as a Word table is read."""
        rows = [[cell for cell in children_named(tr, "tc") if (cell.get("hMerge") or "").lower() not in ("1", "true")]
                for tr in children_named(table, "tr")]
        texts = [[drawing_text(cell) for cell in row] for row in rows]
        layout = lay_out_table([[TableCell(text, span=_span(cell)) for text, cell in zip(row_texts, row)]
                                for row_texts, row in zip(texts, rows)])
        self.builder.add_table(texts, layout, where, hidden=hidden)

    def comments(self, root, where: str) -> None:
        """Review comments and their replies, in PowerPoint's legacy and modern (2018) forms."""
        number = 0
        for comment in root.iter():
            if not isinstance(comment.tag, str) or local_name(comment) not in ("cm", "reply"):
                continue
            legacy = _first_child(comment, "text")
            body = _first_child(comment, "txBody")
            text = (" ".join((legacy.text or "").split()) if legacy is not None
                    else drawing_text(body) if body is not None else "")
            if text:
                number += 1
                self.builder.add(text, Location(element=f"{where} > comment {number}"), hidden="comment")


def _span(cell) -> int:
    try:
        return max(1, int(cell.get("gridSpan") or 1))
    except ValueError:
        return 1


def _first(root, name: str):
    return next(descendants_named(root, name), None)


def _first_child(parent, name: str):
    return next(children_named(parent, name), None)
