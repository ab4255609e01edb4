"""OpenDocument (.odt, .ods, .odp: what LibreOffice saves) -> segments and records.

Read from the package's XML with lxml, the parser the Office extractors already use, rather than odfpy,
whose ``teletype.extractText`` flattens a document without telling tables, comments or hidden rows apart.
content.xml holds the body, its tables, comments (``office:annotation``), notes, tracked deletions and the values
of its user fields;
styles.xml the page headers and footers; meta.xml the document's properties. A spreadsheet's sheets go
through the same row reader as Excel's (header rows label columns; hidden sheets, rows and columns are
marked hidden, yet read: they are published). Repeated rows and cells (``number-rows-repeated``) are
expanded only while they hold text, under the same cell budget as a workbook.
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from detectors.model import Location

from . import DocumentBuilder, ExtractError, PasswordProtected, TableCell, lay_out_table
from .office import MAX_CELLS, add_link_targets, property_label, sentences_of_deletions, sheet_reference
from .sheets import Sheet, SheetCell, read_rows
from .text_fields import mend_after, mend_cut_numbers

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_MAX_XML_BYTES = 300 * 1024 * 1024  # one part, inflated (a bomb inside the package)
_PROPERTIES = ((_DC + "title", "title"), (_DC + "subject", "subject"), (_DC + "description", "comments"),
               (_META + "keyword", "keywords"), (_META + "initial-creator", "author"),
               (_DC + "creator", "last_modified_by"))
_PAGE_PARTS = {"header": "header", "header-left": "even-page header", "header-first": "first-page header",
               "footer": "footer", "footer-left": "even-page footer", "footer-first": "first-page footer"}
# elements of a paragraph read elsewhere or holding no text of it
_APART = frozenset({_OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "note", _TEXT + "tracked-changes",
                    _DRAW + "frame"})
_HIDDEN_ROW = frozenset({"collapse", "filter"})


def extract_opendocument(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    try:
        package = zipfile.ZipFile(io.BytesIO(body))
        if _encrypted(package):
            raise PasswordProtected("password-protected OpenDocument file")
        content = _part(package, "content.xml")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, etree.XMLSyntaxError) as e:
        raise ExtractError(f"broken OpenDocument file: {e}") from None
    if content is None:
        raise ExtractError("broken OpenDocument file: no content.xml")
    reader = _Reader(builder, content)
    styles = _optional(builder, package, "styles.xml")
    if styles is not None:
        reader.learn_styles(styles)
    reader.learn_styles(content)
    office_body = content.find(_OFFICE + "body")
    for kind in (office_body if office_body is not None else ()):
        if kind.tag == _OFFICE + "spreadsheet":
            reader.spreadsheet(kind)
        elif kind.tag == _OFFICE + "presentation":
            reader.presentation(kind)
        else:
            reader.blocks(kind, "paragraph")
    if styles is not None:
        reader.page_parts(styles)
    add_link_targets(builder, [link.get(_XLINK_HREF) or "" for link in content.iter(_TEXT + "a")])
    _user_fields(builder, content)
    meta = _optional(builder, package, "meta.xml")
    if meta is not None:
        _properties(builder, meta)


def _user_fields(builder: DocumentBuilder, content) -> None:
    """The values of the document's user fields (``text:user-field-decl``'s ``office:string-value``: Insert > Field >
    More Fields > Variables), each labelled by its name's words and located "user field": a template's macro or a
    mail system stores the case's values there for the fields in the text to show, and the file keeps them whatever
    a field shows now (nothing, once its value was cleared from the page). One the text shows is read there already."""
    shown = "\n".join(segment.text for segment in builder.document.segments)
    for field in content.iter(_TEXT + "user-field-decl"):
        value = " ".join((field.get(_OFFICE + "string-value") or "").split())
        if value and value not in shown:
            builder.add(value, Location(element="user field"), hidden="field code",
                        label=property_label(field.get(_TEXT + "name") or ""))


def _encrypted(package: zipfile.ZipFile) -> bool:
    """LibreOffice encrypts a protected file's parts and lists how in the manifest."""
    manifest = "META-INF/manifest.xml"
    if manifest not in package.namelist() or package.getinfo(manifest).file_size > 10_000_000:
        return False
    return b"encryption-data" in package.read(manifest)


def _part(package: zipfile.ZipFile, name: str):
    info = package.getinfo(name)
    if info.file_size > _MAX_XML_BYTES:
        raise ExtractError(f"OpenDocument part {name} inflates to {info.file_size / 1048576:,.0f} MB, over the limit")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)
    with package.open(info) as stream:
        return etree.parse(stream, parser).getroot()


def _optional(builder: DocumentBuilder, package: zipfile.ZipFile, name: str):
    """A part a document may lack; one that is there but broken is published text not checked."""
    if name not in package.namelist():
        return None
    try:
        return _part(package, name)
    except (ExtractError, zipfile.BadZipFile, ValueError, OSError, EOFError, etree.XMLSyntaxError) as e:
        builder.not_checked(f"{name} unreadable: {e}")
        return None


def _properties(builder: DocumentBuilder, meta) -> None:
    """The document's properties (meta.xml), as a Word file's are read; its keywords, one element each, are one
    property listing them parted by commas ("shutoff, Ana Ruiz, 12 Elm St"), as File > Properties shows them."""
    for tag, name in _PROPERTIES:
        values = [value for element in meta.iter(tag) if (value := " ".join("".join(element.itertext()).split()))]
        if tag == _META + "keyword" and values:
            values = [", ".join(values)]
        for value in values:
            builder.add(value, Location(element="document properties"), hidden="document properties", label=name)
            if name == "title":
                builder.document.title = builder.document.title or value
    for element in meta.iter(_META + "user-defined"):  # File > Properties > Custom Properties
        value = " ".join("".join(element.itertext()).split())
        if value:
            builder.add(value, Location(element="custom properties"), hidden="document properties",
                        label=property_label(element.get(_META + "name") or ""))


def text_of(element) -> str:
    """A paragraph's text as shown: spaces (``text:s``), tabs and line breaks spelled out; comments, notes and
    frames left to be read on their own."""
    return "".join(piece for piece, _ in _pieces(element, {}))


def _pieces(element, deleted: dict[str, str]) -> list[tuple[str, str | None]]:
    """A paragraph's text in pieces, each with the id of the tracked deletion it was (None for the text shown): the
    text of each deletion in ``deleted`` stands at its change mark (``text:change``), as before the edit."""
    pieces = [(element.text or "", None)]
    for child in element:
        if child.tag == _TEXT + "s":
            pieces.append((" " * int(child.get(_TEXT + "c", "1") or 1), None))
        elif child.tag == _TEXT + "tab":
            pieces.append(("\t", None))
        elif child.tag == _TEXT + "line-break":
            pieces.append(("\n", None))
        elif child.tag == _TEXT + "change" and child.get(_TEXT + "change-id") in deleted:
            change = child.get(_TEXT + "change-id")
            pieces.append((deleted[change], change))
        elif child.tag not in _APART and isinstance(child.tag, str):
            pieces.extend(_pieces(child, deleted))
        pieces.append((child.tail or "", None))
    return pieces


def _deletions(content) -> dict[str, str]:
    """The text of each tracked deletion by its change id, for those marked where they were cut from in the body."""
    marked = {mark.get(_TEXT + "change-id") for mark in content.iter(_TEXT + "change")}
    deleted = {}
    for region in content.iter(_TEXT + "changed-region"):
        change = region.get(_TEXT + "id") or region.get("{http://www.w3.org/XML/1998/namespace}id")
        deletion = region.find(_TEXT + "deletion")
        if change in marked and deletion is not None:
            deleted[change] = " ".join(_shown_text(p) for p in deletion.iter(_TEXT + "p", _TEXT + "h")) + " "
    return deleted


def _shown_text(paragraph) -> str:
    """A paragraph's text on one line, spaces collapsed, a number cut at its dash by a line break made whole
    ("acct 4652-" / "12528-37"), not left as two numbers a space apart."""
    lines = [" ".join(line.split()) for line in text_of(paragraph).split("\n")]
    return " ".join(" ".join(mend_cut_numbers(lines)).split())


class _Reader:
    def __init__(self, builder: DocumentBuilder, content):
        self.builder = builder
        self.content = content
        self.hidden_styles: set[str] = set()  # table, row, column and page styles that hide what uses them
        self.tables = 0
        self.comments = 0
        self.budget = [MAX_CELLS]
        self.deleted = _deletions(content)  # read in the sentence they were cut from, as Word's are

    def learn_styles(self, root) -> None:
        for style in root.iter(_STYLE + "style"):
            for properties in style:
                if (properties.get(_TABLE + "display") == "false"
                        or properties.get(_PRESENTATION + "visibility") == "hidden"):
                    self.hidden_styles.add(style.get(_STYLE + "name"))

    # --- text documents -----------------------------------------------------------------------------------

    def blocks(self, container, where: str, *, chrome: bool = False, hidden: str | None = None,
               slide: str = "") -> None:
        """Paragraphs, headings, lists, sections and tables of ``container`` in document order; on a ``slide``
        ("slide 2 (Queue)"), its tables and comments are located on it."""
        paragraphs = 0
        previous = None  # the segment of the paragraph just read: a number cut at its end is made whole there
        for element in container.iter(_TEXT + "p", _TEXT + "h", _TABLE + "table", _OFFICE + "annotation",
                                      _TEXT + "note", _TEXT + "deletion", _DRAW + "frame", _TEXT + "hidden-paragraph"):
            if self.builder.full:
                return
            if self._inside_read_elsewhere(element, container):
                continue
            tag = element.tag
            if tag == _TABLE + "table":
                self.table(element, chrome=chrome, hidden=hidden, slide=slide)
            elif tag == _OFFICE + "annotation":
                self.comments += 1
                text = " ".join(_shown_text(p) for p in element.iter(_TEXT + "p"))
                place = (f"{slide} > " if slide else "") + f"comment {self.comments}"
                self.builder.add(text.strip(), Location(element=place), hidden="comment")
            elif tag == _TEXT + "note":
                kind = element.get(_TEXT + "note-class", "footnote")
                citation = element.findtext(_TEXT + "note-citation") or ""
                for p in element.iter(_TEXT + "p"):
                    self.builder.add(_shown_text(p), Location(element=f"{kind} {citation}".strip()),
                                     hidden=hidden, chrome=chrome)
            elif tag == _TEXT + "deletion":
                if element.getparent().get(_TEXT + "id") in self.deleted:
                    continue  # read in its paragraph's sentence
                for p in element.iter(_TEXT + "p", _TEXT + "h"):
                    self.builder.add(_shown_text(p), Location(element="tracked deletion"),
                                     hidden="tracked deletion")
            elif tag == _DRAW + "frame":
                # its text box's paragraphs are reached by iter() like any other; its title and description
                # (Format > Name / Description: the alt text of a picture) are what a screen reader speaks for it
                for description in (element.find(_SVG + "title"), element.find(_SVG + "desc")):
                    text = " ".join("".join(description.itertext()).split()) if description is not None else ""
                    if text:
                        self.builder.add(text, Location(element=f"{where} {paragraphs} > frame"), hidden="alt text",
                                         chrome=chrome)
            elif tag == _TEXT + "hidden-paragraph":
                if element.getparent().tag in (_TEXT + "p", _TEXT + "h"):
                    continue  # a field inside a paragraph: its text is read with the paragraph's
                text = " ".join("".join(element.itertext()).split())  # text a condition hides, still in the file
                if text:
                    self.builder.add(text, Location(element=f"{where} {paragraphs + 1} (hidden)"),
                                     hidden="hidden paragraph", chrome=chrome)
            else:
                paragraphs += 1
                text = mend_after(self.builder, previous, _shown_text(element))  # "acct 4652-" / "12528-37) moved"
                location = Location(element=f"{where} {paragraphs}")
                previous = self.builder.add(text, location, hidden=hidden, chrome=chrome)
                if self.deleted and any(True for _ in element.iter(_TEXT + "change")):
                    for sentence in sentences_of_deletions(_pieces(element, self.deleted)):
                        self.builder.add(sentence, location, hidden="tracked deletion", chrome=chrome)

    @staticmethod
    def _inside_read_elsewhere(element, container) -> bool:
        """A paragraph inside a table, comment, note or tracked deletion is read with it, not on its own."""
        parent = element.getparent()
        while parent is not None and parent is not container:
            if parent.tag in (_TABLE + "table", _OFFICE + "annotation", _TEXT + "note", _TEXT + "deletion"):
                return True
            parent = parent.getparent()
        return False

    def table(self, table, *, chrome: bool = False, hidden: str | None = None, slide: str = "") -> None:
        """A text table: rows of cells laid out like a Word table's, each row a record under its header."""
        self.tables += 1
        where = (f"{slide} > " if slide else "") + f"table {self.tables}" + (
            f" ({table.get(_TABLE + 'name')})" if table.get(_TABLE + "name") else "")
        header_rows = sum(1 for _ in table.iter(_TABLE + "table-header-rows") for _ in _.iter(_TABLE + "table-row"))
        rows = [row for row in table.iter(_TABLE + "table-row") if _owner_table(row) is table]
        cells = [[c for c in row if c.tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell")] for row in rows]
        texts = [["\n".join(_shown_text(p) for p in c.iter(_TEXT + "p", _TEXT + "h")
                            if _owner_table(p) is table).strip() for c in row] for row in cells]
        layout = lay_out_table([[TableCell(text, span=int(c.get(_TABLE + "number-columns-spanned", "1") or 1))
                                 for text, c in zip(row_texts, row)] for row_texts, row in zip(texts, cells)],
                               header_rows)
        self.builder.add_table(texts, layout, where, hidden=hidden, chrome=chrome)
        for nested in table.iter(_TABLE + "table"):
            if nested is not table and _owner_table(nested.getparent()) is table:
                self.table(nested, chrome=chrome, hidden=hidden, slide=slide)
        for note in table.iter(_OFFICE + "annotation"):
            self.comments += 1
            text = " ".join(_shown_text(p) for p in note.iter(_TEXT + "p"))
            self.builder.add(text.strip(), Location(element=f"{where} > comment {self.comments}"), hidden="comment")

    def page_parts(self, styles) -> None:
        """Headers and footers of the master pages (styles.xml): on every printed page."""
        for page in styles.iter(_STYLE + "master-page"):
            name = page.get(_STYLE + "display-name") or page.get(_STYLE + "name") or "page"
            for part in page:
                is_style = isinstance(part.tag, str) and part.tag.startswith(_STYLE)
                kind = _PAGE_PARTS.get(etree.QName(part).localname) if is_style else None
                if kind and part.get(_STYLE + "display", "true") != "false":
                    self.blocks(part, f"{kind}, {name} page style, paragraph", chrome=True)

    # --- spreadsheets -------------------------------------------------------------------------------------

    def spreadsheet(self, workbook) -> None:
        for table in workbook.iter(_TABLE + "table"):
            if self.builder.full or self.budget[0] <= 0:
                break
            if _owner_table(table.getparent()) is not None:
                continue  # a table in a cell's text box
            title = table.get(_TABLE + "name") or f"Sheet{self.tables + 1}"
            self.tables += 1
            hidden_columns = set()
            column = 0
            for spec in table.iter(_TABLE + "table-column"):
                repeat = min(int(spec.get(_TABLE + "number-columns-repeated", "1") or 1), 16384)
                if spec.get(_TABLE + "visibility") in _HIDDEN_ROW:
                    hidden_columns.update(range(column + 1, column + repeat + 1))
                column += repeat
            sheet = Sheet(sheet_reference(title), name=table.get(_TABLE + "name"),
                          hidden="hidden sheet" if table.get(_TABLE + "style-name") in self.hidden_styles else None,
                          hidden_columns=hidden_columns)
            read_rows(self.builder, sheet, self._sheet_rows(table, sheet), self.budget)
        if self.budget[0] <= 0:
            self.builder.not_checked(f"cells past the first {MAX_CELLS:,} of the workbook not read")

    def _sheet_rows(self, table, sheet: Sheet):
        number = 0
        for row in table.iter(_TABLE + "table-row"):
            if _owner_table(row) is not table:
                continue
            cells, width = self._cells(row, number + 1)
            repeat = int(row.get(_TABLE + "number-rows-repeated", "1") or 1)
            hidden = row.get(_TABLE + "visibility") in _HIDDEN_ROW
            for _ in range(repeat if cells else 1):  # repeated blank rows are one step, however many
                number += 1
                if hidden:
                    sheet.hidden_rows.add(number)
                yield number, width, [SheetCell(c.column, f"{_column_name(c.column)}{number}", c.text,
                                                comment=c.comment) for c in cells]
            if not cells:
                number += repeat - 1

    def _cells(self, row, number: int) -> tuple[list[SheetCell], int]:
        cells, column = [], 0  # the row's width: up to its last filled cell (LibreOffice pads rows to 1,024)
        for cell in row:
            if cell.tag not in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                continue
            repeat = int(cell.get(_TABLE + "number-columns-repeated", "1") or 1)
            text = "\n".join(_shown_text(p) for p in cell if p.tag in (_TEXT + "p", _TEXT + "h")).strip()
            notes = [" ".join(_shown_text(p) for p in note.iter(_TEXT + "p"))
                     for note in cell.iter(_OFFICE + "annotation")]
            comment = " ".join(n for n in notes if n) or None
            if text or comment:
                for _ in range(min(repeat, 1024)):
                    column += 1
                    cells.append(SheetCell(column, f"{_column_name(column)}{number}", text, comment=comment))
            else:
                column += repeat
        return cells, cells[-1].column if cells else 1

    # --- presentations ------------------------------------------------------------------------------------

    def presentation(self, deck) -> None:
        for number, page in enumerate(deck.iter(_DRAW + "page"), 1):
            hidden = "hidden slide" if page.get(_DRAW + "style-name") in self.hidden_styles else None
            name = page.get(_DRAW + "name") or f"slide {number}"
            notes = page.find(_PRESENTATION + "notes")
            if notes is not None:
                page.remove(notes)
            self.blocks(page, f"slide {number} ({name}), paragraph", hidden=hidden, slide=f"slide {number} ({name})")
            if notes is not None:
                self.blocks(notes, f"slide {number} notes, paragraph", hidden="speaker notes",
                            slide=f"slide {number} notes")


def _owner_table(element):
    """The nearest table:table holding ``element`` (itself included), or None."""
    while element is not None and element.tag != _TABLE + "table":
        element = element.getparent()
    return element


def _column_name(column: int) -> str:
    name = ""
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name
