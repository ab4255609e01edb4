"""Word (.docx) and Excel (.xlsx) -> segments and records, including what the application hides
from a reader: comments, tracked deletions, hidden text, document properties; hidden sheets, rows,
columns and cell comments.

DOCX paragraphs are read from their XML rather than with python-docx's ``paragraph.text``, which
leaves out deleted text, hidden runs and text boxes. Pictures in a Word or PowerPoint file (a scanned letter
pasted into a page or a slide) are read by OCR as an image linked on its own is: :func:`read_pictures`. A chart
in a Word or PowerPoint file is read as the table of its data (:func:`read_charts`): the figures a bar chart plots
are published as surely as a table's, customer names as its categories and their kWh as its values. A workbook's
charts mostly plot its own cells, which are read already; one whose sheet is gone still caches its data, read so.
A sheet's print header and footer and the file's custom properties are read too: both are in the file, in no cell
or paragraph.
"""
from __future__ import annotations

import datetime
import io
import posixpath
import re
import warnings
import zipfile
from collections.abc import Callable
from urllib.parse import unquote

from lxml import etree

from detectors.context.cues import SENTENCE_END
from detectors.context.headers import header_kind
from detectors.context.shapes import CITY_LINE_RE
from detectors.model import Location

from . import DocumentBuilder, ExtractError, TableCell, extract_embedded, lay_out_table
from ..pictures import may_hold_text, open_image
from .captions import paragraphs_as_captions
from .ocr import read_image
from .sheets import Sheet, SheetCell, read_rows
from .fixed_width import tab_tables
from .text import column_letter, read_table
from .text_fields import mend_after, mend_cut_lines
from .word_fields import kept_field_texts

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BLOCK_WRAPPERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml"})
_SKIPPED = frozenset({_W + "rPr", _W + "pPr", _W + "instrText", _W + "delInstrText"})
_DELETIONS = frozenset({_W + "del", _W + "moveFrom"})
_INSERTIONS = frozenset({_W + "ins", _W + "moveTo"})
_DRAWING_PROPERTIES = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_VML = "{urn:schemas-microsoft-com:vml}"
_DRAWING_TEXT = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"  # a DrawingML shape's own text
_CHARACTERS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_FALSE = frozenset({"0", "false", "off"})
# core properties (docProps/core.xml) by their elements' names, named alike for Word, Excel and PowerPoint
_CORE_PROPERTIES = {"title": "title", "creator": "author", "subject": "subject", "keywords": "keywords",
                    "description": "comments", "lastModifiedBy": "last_modified_by", "category": "category"}
# docProps/app.xml's own fields that a person types into File > Properties > Summary
_APP_PROPERTIES = frozenset({"Manager", "Company"})
# where Office's tags part ("shutoff; Ana Ruiz; 12 Elm St")
_TAG_SEPARATOR = re.compile(r"\s*;\s*")
_NOTES = {"/word/footnotes.xml": "footnote", "/word/endnotes.xml": "endnote"}
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})
MAX_CELLS = 2_000_000  # cells read per workbook
_STREAMING_XML_BYTES = 50_000_000  # sheets larger than this are read in openpyxl's streaming mode
_DIGIT_PATTERN = re.compile(r"^[0#]+(?:[- ][0#]+)*$")  # number formats like 000-00-0000 or 00000
PICTURE_TYPES = (".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".bmp", ".gif")  # raster pictures OCR can read
MAX_PICTURES = 40  # pictures read by OCR per document: each takes seconds
MAX_PICTURE_BYTES = 40_000_000  # one picture's file: a larger one is not a page of text
MAX_EMBEDDED_BYTES = 100_000_000  # a workbook or document embedded in an Office file
MAX_PART_BYTES = 64_000_000  # one part's XML inflated: a part holding more is a decompression bomb or garbage
_PART_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)
MAX_CHART_BYTES = 16_000_000  # one chart part's XML: a chart plots at most a few thousand points
_CHART_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


def unreadable(kind: str, error: Exception) -> ExtractError:
    """The reason a Word or Excel file could not be read. libxml2's safety limit (a text node over 10 MB, nesting
    too deep: what a decompression bomb expands to) is pubcheck's refusal, not a broken file, and its own hint,
    "try XML_PARSE_HUGE", must not reach a reviewer as advice to switch that limit off."""
    message = str(error)
    if "XML_PARSE_HUGE" in message or "Resource limit exceeded" in message:
        return ExtractError(f"refused: an XML part of the {kind} expands past the limit (a text run over 10 MB or "
                            "nesting too deep, as in a decompression bomb)")
    return ExtractError(f"broken {kind}: {message}")


# --- DOCX --------------------------------------------------------------------------------------------

def extract_docx(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    import docx
    try:
        package = zipfile.ZipFile(io.BytesIO(body))
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise unreadable("DOCX", e) from None
    refuse_inflated_parts(package)
    stream = io.BytesIO(as_word_document(package, body))
    try:
        document = docx.Document(stream)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, OSError) as e:
        raise unreadable("DOCX", _naming_file(e, stream, builder.document.url)) from None
    except Exception as e:  # python-docx's PackageNotFoundError and kin
        raise ExtractError(f"broken DOCX: {type(e).__name__}: {_naming_file(e, stream, builder.document.url)}"
                           ) from None
    reader = _WordReader(builder, {comment.comment_id: comment.text.strip() for comment in document.comments},
                         _notes_by_reference(document.part.package), _list_styles(document))
    first = len(builder.document.segments)
    reader.blocks(document.element.body, "paragraph", "")
    paragraphs_as_captions(builder, first, "paragraph")
    for number, section in enumerate(document.sections, 1):
        for kind, part in (("header", section.header), ("first-page header", section.first_page_header),
                           ("even-page header", section.even_page_header), ("footer", section.footer),
                           ("first-page footer", section.first_page_footer),
                           ("even-page footer", section.even_page_footer)):
            if not part.is_linked_to_previous:
                reader.blocks(part.part.element, f"{kind}, section {number}, paragraph", "", chrome=True)
    reader.notes()
    for comment_id in list(reader.comments):
        reader.comment(comment_id)
    main_part = str(document.part.partname).lstrip("/")
    read_inserted_files(builder, package, main_part)
    read_link_targets(builder, document)
    read_building_blocks(reader, package, main_part)
    read_document_variables(builder, package, main_part)
    read_custom_xml(builder, package)
    read_embedded_files(builder, package, "word/embeddings/")
    read_charts(builder, package, "word/charts/")
    read_diagrams(builder, package, [main_part] + [str(rel.target_part.partname).lstrip("/")
                                                   for rel in document.part.rels.values() if not rel.is_external
                                                   and rel.reltype.endswith(("/header", "/footer"))])
    read_pictures(builder, package, "word/media/")
    read_core_properties(builder, package)
    read_custom_properties(builder, package)
    read_titles_of_parts(builder, package)


# the main part's content type of a macro-enabled document (.docm), a template (.dotx) and a macro-enabled template
# (.dotm): the same WordprocessingML as a .docx's, which python-docx refuses to open by its type alone
_WORD_MAIN_TYPES = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_DOCX_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def as_word_document(archive: zipfile.ZipFile, body: bytes) -> bytes:
    """The package with a .docm's, .dotx's or .dotm's main part declared a .docx's, so python-docx opens it: Word
    opens all four alike and each is published as readable. The package's parts are copied as they are (their
    sizes were checked by :func:`refuse_inflated_parts`), only [Content_Types].xml is rewritten; a .docx is
    returned unchanged."""
    try:
        types = part_bytes(archive, "[Content_Types].xml", MAX_PART_BYTES)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return body  # python-docx says what is wrong with it
    if not any(kind in types for kind in _WORD_MAIN_TYPES):
        return body
    for kind in _WORD_MAIN_TYPES:
        types = types.replace(kind, _DOCX_MAIN_TYPE)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
        for info in archive.infolist():
            if info.filename == "[Content_Types].xml":
                copy.writestr(info.filename, types)
            elif not info.is_dir():
                with archive.open(info) as source, copy.open(info.filename, "w", force_zip64=True) as target:
                    while chunk := source.read(1 << 20):
                        target.write(chunk)
    return out.getvalue()


def _naming_file(error: Exception, stream, url: str) -> str:
    """python-docx's message with the file it read named by the document's own name, not the in-memory stream's
    repr ("file '<_io.BytesIO object at 0x7f...>' is not a Word file")."""
    name = posixpath.basename(url.split("?", 1)[0].rstrip("/")) or url
    return str(error).replace(str(stream), name)


def read_building_blocks(reader: "_WordReader", archive: zipfile.ZipFile, main_part: str) -> None:
    """The document's glossary (word/glossary/document.xml): the building blocks and AutoText entries saved in the
    file, each located "building block NAME". Word keeps them for Insert > Quick Parts and shows them in no page,
    but anyone who opens the file can insert them, and a case block saved there holds what was typed into it."""
    for part in related_parts(archive, main_part, "glossaryDocument"):
        glossary = readable_part(reader.builder, archive, part)
        if glossary is None:
            continue
        for number, block in enumerate(glossary.iter(_W + "docPart"), 1):
            if reader.builder.full:
                return
            name = block.find(f"{_W}docPartPr/{_W}name")
            title = " ".join((name.get(_W + "val") or "").split()) if name is not None else ""
            for content in block.iter(_W + "docPartBody"):
                reader.blocks(content, "paragraph", f"building block {title or number} > ")


def read_diagrams(builder: DocumentBuilder, archive: zipfile.ZipFile, parts: list[str]) -> None:
    """The text of a SmartArt graphic (an org chart, a process, a case's escalation steps): Word keeps its nodes in
    the diagram's data part (word/diagrams/dataN.xml), not in the page's text, and draws them from there; each
    node a segment located "diagram N"."""
    seen = []
    for part in parts:
        seen += [data for data in related_parts(archive, part, "diagramData") if data not in seen]
    for number, data in enumerate(seen, 1):
        root = readable_part(builder, archive, data)
        if root is None:
            continue
        for text in drawing_paragraphs(root):
            builder.add(text, Location(element=f"diagram {number}"))


def read_inserted_files(builder: DocumentBuilder, archive: zipfile.ZipFile, main_part: str) -> None:
    """Files a ``<w:altChunk>`` inserts into the document (an HTML report pasted from a billing system, an RTF or
    another document): Word shows their content in the page, while the package keeps them as parts of their own
    format, each read by the extractor of its type and located "inserted NAME"."""
    for part in related_parts(archive, main_part, "aFChunk"):
        if builder.full:
            return
        _extract_part(builder, archive, part, posixpath.basename(part), "inserted")


# a HYPERLINK field's target in its code: HYPERLINK "mailto:ana@example.com" (the field's result may say "email her");
# an RTF writer may escape the quotes (HYPERLINK \"mailto:...\")
FIELD_LINK = re.compile(r'\bHYPERLINK\s+\\?"((?:mailto|tel):[^"\\]+)\\?"', re.I)


def read_link_targets(builder: DocumentBuilder, document) -> None:
    """The addresses of the body's ``mailto:`` and ``tel:`` links whose text does not show them ("reply sent",
    "her personal address"): a click opens them, and the file keeps them in its relationships or in a HYPERLINK
    field's code."""
    targets = [rel.target_ref for rel in document.part.rels.values()
               if rel.is_external and rel.reltype.endswith("/hyperlink")]
    targets += [m.group(1) for text in document.element.iter(_W + "instrText") if text.text
                for m in FIELD_LINK.finditer(text.text)]
    add_link_targets(builder, targets)


def add_link_targets(builder: DocumentBuilder, targets: list[str]) -> None:
    """The addresses of a document's ``mailto:`` and ``tel:`` link targets (a Word, OpenDocument or RTF file's), each
    located "link target"; one the text shows is read there already."""
    shown = "\n".join(segment.text for segment in builder.document.segments)
    for target in dict.fromkeys(targets):
        scheme, _, rest = target.partition(":")
        if scheme.lower() not in ("mailto", "tel"):
            continue
        address = unquote(rest.split("?", 1)[0]).strip()
        if address and address not in shown:
            builder.add(address, Location(element="link target"), hidden="link target",
                        label="email" if scheme.lower() == "mailto" else "phone")


def read_document_variables(builder: DocumentBuilder, archive: zipfile.ZipFile, main_part: str) -> None:
    """The document's variables (``<w:docVar>`` in its settings): a template's macro or a mail system stores the
    case's values there ("CustName", "CustAcct") for DOCVARIABLE fields to show; anyone who opens the file can
    list them. They are one record, labelled by their names' words, as custom properties are."""
    _read_named_values(builder, archive, related_parts(archive, main_part, "settings"), "document variables",
                       "document variables", lambda settings: (
                           (variable.get(_W + "name") or "", variable.get(_W + "val") or "")
                           for variable in settings.iter(_W + "docVar")))


def read_custom_xml(builder: DocumentBuilder, archive: zipfile.ZipFile) -> None:
    """The package's custom XML data parts (customXml/item1.xml ...), each read as an XML file is, by records of
    fields labelled by their elements' names, located "customXml/itemN.xml/ELEMENT". A content control bound to
    such a part shows its value, and the part keeps the value whatever the control shows now ("[Customer Name]"
    after its text was cleared); SharePoint's columns and a cover page's fields are kept there too. The root
    element is the data store's container: its name ("case", "root") is no word of its fields' labels. The
    parts' item properties (itemProps*.xml) hold only a schema reference and are passed over, as is the
    bibliography Word adds to every file (``<b:Sources SelectedStyle="/APA.XSL">``): the citation style and the
    works the document cites, bound to no control."""
    from .xml_data import read_xml
    for name in sorted(n for n in archive.namelist() if _CUSTOM_XML_ITEM.fullmatch(n)):
        if builder.full:
            return
        try:
            data = part_bytes(archive, name, MAX_PART_BYTES)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
            builder.not_checked(f"{name} not read: {broken_reason(e)}")
            continue
        if _root_namespace(data) == _BIBLIOGRAPHY:
            continue
        if not read_xml(builder, data, container=name):
            builder.not_checked(f"{name} not read: no well-formed XML within the text limit")


_CUSTOM_XML_ITEM = re.compile(r"customXml/item\d*\.xml", re.I)
_BIBLIOGRAPHY = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"


def _root_namespace(data: bytes) -> str | None:
    """The namespace of the part's root element, read from its start tag alone; None when it cannot be parsed."""
    try:
        for _, root in etree.iterparse(io.BytesIO(data), events=("start",), resolve_entities=False, no_network=True):
            return etree.QName(root).namespace
    except etree.XMLSyntaxError:
        return None
    return None


def refuse_inflated_parts(archive: zipfile.ZipFile) -> None:
    """Refuse, before python-docx loads every part of the package into memory, a package whose XML part inflates
    beyond MAX_PART_BYTES or other part beyond MAX_EMBEDDED_BYTES: a decompression bomb (a 1.5 MB file whose
    document.xml is 1.5 GB) would otherwise run the worker out of memory, and be reported as a broken file, after
    many seconds. The declared size is what zipfile inflates a member to at most, so it is checked, not inflated."""
    for info in archive.infolist():
        limit = MAX_PART_BYTES if info.filename.endswith((".xml", ".rels")) else MAX_EMBEDDED_BYTES
        if info.file_size > limit:
            raise ExtractError(f"refused: {info.filename} inflates beyond {limit // 1_000_000} MB "
                               "(a decompression bomb, or no Word document)")


def read_embedded_files(builder: DocumentBuilder, archive: zipfile.ZipFile, folder: str) -> None:
    """Files embedded in the document (a workbook inserted as an object, a document in a document) under
    ``folder``, each read by the extractor of its own type and located "embedded NAME": double-clicking the object
    opens all of it, not only the rows its picture shows. What cannot be read is not checked."""
    for name in sorted(n for n in archive.namelist() if n.startswith(folder) and not n.endswith("/")):
        if builder.full:
            return
        _extract_part(builder, archive, name, name[len(folder):], "embedded")


def _extract_part(builder: DocumentBuilder, archive: zipfile.ZipFile, part: str, short: str, kind: str) -> None:
    """A file the package holds as a part, read by the extractor of its own type and located "KIND SHORT"; one
    that cannot be read out of the package is not checked."""
    try:
        data = part_bytes(archive, part, MAX_EMBEDDED_BYTES)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        builder.not_checked(f"{kind} {short} not read: {broken_reason(e)}")
        return
    extract_embedded(builder, short, data, kind=kind)


def part_xml(archive: zipfile.ZipFile, name: str):
    """A part's XML, size-capped, with no entity expanded and nothing fetched."""
    return etree.fromstring(part_bytes(archive, name, MAX_PART_BYTES), _PART_PARSER)


def readable_part(builder: DocumentBuilder, archive: zipfile.ZipFile, part: str):
    """A part's parsed XML, or None when it cannot be read: then the part is noted as not checked."""
    try:
        return part_xml(archive, part)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, etree.XMLSyntaxError) as e:
        builder.not_checked(f"{part} not read: {broken_reason(e)}")
        return None


def broken_reason(error: Exception) -> str:
    """A short reason for the report: a size limit's own message, or the library's error with its kind."""
    return str(error) if type(error) is ValueError and str(error) else f"{type(error).__name__}: {error}"


def part_bytes(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A part of the package read to ``limit`` bytes, whatever size the zip declares for it."""
    with archive.open(name) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"{name} inflates beyond {limit // 1_000_000} MB")
    return data


def read_core_properties(builder: DocumentBuilder, archive: zipfile.ZipFile) -> None:
    """The file's core properties (docProps/core.xml: File > Info's title, subject, tags, comments, author, last editor,
    category), each a "document properties" segment labelled as ``_CORE_PROPERTIES`` names it; the title is the
    document's title. Staff name a case's file there for the case ("Shutoff notice - Ana Ruiz - 12 Elm St"), and
    anyone who opens the file reads it. Its tags, which Office parts by semicolons, are written as a list, parted
    by commas: a tag is no clause of a sentence."""
    for part in related_parts(archive, "", "core-properties"):
        root = readable_part(builder, archive, part)
        if root is None:
            continue
        for element in root:
            name = _CORE_PROPERTIES.get(local_name(element))
            value = " ".join((element.text or "").split())
            if not name or not value:
                continue
            if name == "keywords":
                value = _TAG_SEPARATOR.sub(", ", value).strip(", ")
            builder.add(value, Location(element="document properties"), hidden="document properties", label=name)
            if name == "title":
                builder.document.title = value


def read_custom_properties(builder: DocumentBuilder, archive: zipfile.ZipFile) -> None:
    """The file's custom properties (docProps/custom.xml: File > Properties > Custom, or fields a system stamps on
    the files it writes), each value labelled by its name's words ("CustomerEmail" -> "customer email"): Word,
    Excel and PowerPoint show them to anyone who opens the file's properties. They are one record, as a form's
    fields are: a system stamps the case's customer, account, phone and address on the same file, and the phone
    is the customer's because the account beside it is."""
    _read_named_values(builder, archive, related_parts(archive, "", "custom-properties"), "custom properties",
                       "document properties", lambda properties: (
                           (element.get("name") or "", " ".join(element.itertext()))
                           for element in children_named(properties, "property")))


def read_titles_of_parts(builder: DocumentBuilder, archive: zipfile.ZipFile) -> None:
    """The titles the application listed in docProps/app.xml (``TitlesOfParts``): a Word file's title as it was
    when last saved by Word, which stays when the core title is changed or cleared ("Final Notice - <customer>"),
    a workbook's sheet names, a deck's slide titles. File > Properties shows them; a title no segment has read
    yet is read as a document property. Its Manager and Company (File > Properties > Summary) are read as the
    core properties are: a case's file is filed under the customer's name or account there as well."""
    read = {segment.text for segment in builder.document.segments}
    for part in related_parts(archive, "", "extended-properties"):
        root = readable_part(builder, archive, part)
        if root is None:
            continue
        for element in root:
            name = local_name(element)
            if name in _APP_PROPERTIES and (value := " ".join((element.text or "").split())):
                builder.add(value, Location(element="document properties"), hidden="document properties",
                            label=name.lower())
        for titles in descendants_named(root, "TitlesOfParts"):
            for title in descendants_named(titles, "lpstr"):
                text = " ".join((title.text or "").split())
                if text and text not in read:
                    read.add(text)
                    builder.add(text, Location(element="document properties"), hidden="document properties",
                                label="title of part")


def _read_named_values(builder: DocumentBuilder, archive: zipfile.ZipFile, parts: list[str], element: str,
                       hidden: str, named_values: Callable) -> None:
    """Each part's (name, value) pairs (``named_values`` of its XML) as one record, each value's white space
    folded and labelled by its name's words, located ``element``; a part that cannot be read is not checked."""
    location = Location(element=element)
    for part in parts:
        root = readable_part(builder, archive, part)
        if root is None:
            continue
        builder.add_record([builder.add(" ".join(value.split()), location, hidden=hidden, label=property_label(name))
                            for name, value in named_values(root)], location)


def property_label(name: str) -> str | None:
    """A property's name as the words of a label: "CustomerEmail", "customer_email", "Customer-Email" ->
    "customer email"; "SAID" stays "said", an acronym is one word. A number is a word of its own ("Phone2",
    "ServiceAddr1", the index a system adds to a name used twice -> "phone 2", "service addr 1"): glued to the
    name it would hide the name's last word. A letter and a digit stay one word ("W9")."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z]{2})(?=[0-9])|[_\-.]+", " ",
                   name.strip())
    return " ".join(words.lower().split()) or None


def read_charts(builder: DocumentBuilder, archive: zipfile.ZipFile, folder: str,
                sheets: set[str] | None = None, cells: set[str] | None = None,
                label_of: Callable[[str], str] | None = None) -> None:
    """Each chart part under ``folder`` (word/charts/, ppt/charts/, xl/charts/) as the table of its data, located
    "chart NAME": its title and axis titles as text, then a header of the category axis's title (or nothing) and
    the series' names, one row per category with each series' value. The values cached in the chart are what a
    viewer shows, whether or not the chart's workbook is embedded. ``sheets``, for a workbook's own charts: its
    sheets' names; a chart plotting only their cells gives its typed titles alone, as those cells are read
    already, while one whose cells are gone (a sheet deleted, another workbook) is read whole. So is one whose
    cached points are not among ``cells`` (the workbook's cell values, ``_cell_texts``): its sheet was cleared or
    overwritten after the chart last drew it ("data sheet trimmed"), and the chart still shows the old data.
    ``label_of``, for a workbook's own charts: the label a reference's cells carry in the sheet (``_sheet_label``),
    so that such a chart's table is headed as the sheet's was ("Customer", "Aug kWh") where the chart caches no
    name for its series and no title for its categories."""
    for name in sorted(n for n in archive.namelist() if n.startswith(folder) and _is_chart_part(n[len(folder):])):
        if builder.full:
            return
        short = name[len(folder):]
        try:
            chart = _chart_xml(archive, name)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, etree.XMLSyntaxError) as e:
            builder.not_checked(f"chart {short} not read: {e}")
            continue
        where = f"chart {short}"
        plots_read_cells = sheets is not None and _plots_only(chart, sheets) and (
            cells is None or _cache_shown_in(chart, cells))
        for title in _chart_titles(chart, typed_only=plots_read_cells):
            builder.add(title, Location(element=where))
        if plots_read_cells:
            continue
        table = _chart_table(chart, label_of)
        if len(table) > 1:
            builder.add_table(table, lay_out_table([[TableCell(t) for t in row] for row in table], 1), where)


def _is_chart_part(name: str) -> bool:
    return "/" not in name and name.startswith("chart") and name.endswith(".xml")


def _chart_xml(archive: zipfile.ZipFile, name: str):
    if archive.getinfo(name).file_size > MAX_CHART_BYTES:
        raise ValueError(f"larger than {MAX_CHART_BYTES // 1_000_000} MB")
    with archive.open(name) as stream:
        return etree.fromstring(stream.read(MAX_CHART_BYTES + 1), _CHART_PARSER)


def local_name(element) -> str:
    """An lxml node's tag without its namespace; "" for a comment or a processing instruction."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def children_named(parent, name: str):
    return (child for child in parent if local_name(child) == name)


def descendants_named(root, name: str):
    return (element for element in root.iter() if local_name(element) == name)


def _chart_titles(chart, typed_only: bool = False) -> list[str]:
    """The chart's title and its axes' titles, in document order; ``typed_only``: those typed into the chart, not
    taken from a cell (a ``c:f`` reference)."""
    return [text for element in descendants_named(chart, "title")
            if not (typed_only and next(descendants_named(element, "f"), None) is not None)
            for text in [_chart_text(element)] if text]


# the sheet a chart's reference names: 'Cust detail'!$B$1, Usage!$A$2:$A$13, [1]Usage!$B$2 (another workbook's)
_REFERENCED_SHEET = re.compile(r"(?:'((?:[^']|'')+)'|([^\s'!(),]+))!")


def _plots_only(chart, sheets: set[str]) -> bool:
    """Whether every series, category and title of a workbook's chart refers to cells of ``sheets`` (or to a
    defined name): no literal data typed into the chart, no sheet since deleted, no other workbook."""
    if any(local_name(element) in ("strLit", "numLit") for element in chart.iter()):
        return False
    for formula in descendants_named(chart, "f"):
        for quoted, plain in _REFERENCED_SHEET.findall(formula.text or ""):
            if (quoted.replace("''", "'") if quoted else plain) not in sheets:
                return False
    return True


def _cache_shown_in(chart, cells: set[str]) -> bool:
    """Whether every point a chart caches (a series' categories and values) is a value of ``cells``."""
    return all(_cached_text(_chart_text(point)) in cells for kind in ("cat", "val", "xVal", "yVal")
               for reference in descendants_named(chart, kind) for point in descendants_named(reference, "pt")
               if _chart_text(point))


def _chart_text(element) -> str:
    """A title's or a series name's text: its rich text runs, or the text cached from its cell."""
    return " ".join(" ".join(t.text or "" for t in element.iter() if local_name(t) in ("t", "v")).split())


def _chart_table(chart, label_of: Callable[[str], str] | None = None) -> list[list[str]]:
    """[category axis title or "", series names...], then per category its label and each series' value. With
    ``label_of``, a series named by a cell whose text the chart did not cache is named by that cell, one named by
    nothing by the header over the values it plots, and the categories by the header over theirs."""
    series = list(descendants_named(chart, "ser"))
    columns, labels = [], {}
    category_header = ""
    for number, ser in enumerate(series, 1):
        name = next((_chart_text(tx) for tx in children_named(ser, "tx")), "")
        if not name and label_of:
            name = next((label_of(f.text or "") for tx in children_named(ser, "tx") for f in descendants_named(tx, "f")),
                        "") or next((label_of(f.text or "") for kind in ("val", "yVal") for val in children_named(ser, kind)
                                     for f in descendants_named(val, "f")), "")
        name = name or f"Series {number}"
        if label_of and not category_header:
            category_header = next((label_of(f.text or "") for kind in ("cat", "xVal") for cat in children_named(ser, kind)
                                    for f in descendants_named(cat, "f")), "")
        for kind in ("cat", "xVal"):
            for cat in children_named(ser, kind):
                labels.update((index, text) for index, text in _chart_points(cat).items() if index not in labels)
        values = {}
        for kind in ("val", "yVal"):
            for val in children_named(ser, kind):
                values.update(_chart_points(val))
        columns.append((name, values))
    indexes = sorted(set(labels).union(*(values for _, values in columns)))
    axis = category_header or next((_chart_text(title) for ax in chart.iter() if local_name(ax) in ("catAx", "dateAx")
                                    for title in children_named(ax, "title")), "")
    if not axis and labels and all(_PERIOD_LABEL.fullmatch(label) for label in labels.values()):
        axis = "Period"  # an untitled axis of months or dates: the series are figures over time
    return [[axis, *(name for name, _ in columns)]] + [
        [labels.get(index, ""), *(values.get(index, "") for _, values in columns)] for index in indexes]


# a category naming a month or a day: "Jan", "Sept '25", "March 2026", "2026-03", "3/2026", "03/15/26"
_PERIOD_LABEL = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[ -]?'?\d{2}|\s\d{4})?"
                           r"|\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}/(?:\d{1,2}/)?\d{2,4}")


def _chart_points(reference) -> dict[int, str]:
    """A category or value reference's cached points by index; of multi-level categories, the innermost level
    (the first ``lvl``), the one next to the plotted values."""
    level = next(descendants_named(reference, "lvl"), reference)
    points = {}
    for pt in level.iter():
        if local_name(pt) == "pt" and pt.get("idx", "").isdigit():
            points.setdefault(int(pt.get("idx")), _chart_text(pt))
    return points


def read_pictures(builder: DocumentBuilder, archive: zipfile.ZipFile, folder: str) -> None:
    """OCR the raster pictures stored under ``folder`` of an Office package (word/media/, ppt/media/), each
    located "image NAME" (OCR): a scanned letter pasted into a document is published as readable as the same
    scan in a PDF. Pictures too small to hold a line of text (icons, bullets, logos) are passed over; the rest
    are bounded in number, in file size and by the document's time limit. Without Tesseract the document is
    marked as needing OCR, as a scanned PDF is."""
    names = sorted(n for n in archive.namelist() if n.startswith(folder) and n.lower().endswith(PICTURE_TYPES))
    read = 0
    for name in names:
        if builder.full:
            return
        short = name[len(folder):]
        image = _picture(builder, archive, name, short)
        if image is None or not may_hold_text(image.size):
            continue
        if read == MAX_PICTURES:
            builder.not_checked(f"needs OCR: pictures after the first {MAX_PICTURES} not read")
            return
        read += 1
        if not read_image(builder, image, None, f"image {short}", element=f"image {short}"):
            return


def _picture(builder: DocumentBuilder, archive: zipfile.ZipFile, name: str, short: str):
    """The picture's first frame decoded, or None (noted as not checked) when it is too large or unreadable."""
    try:
        if archive.getinfo(name).file_size > MAX_PICTURE_BYTES:
            raise ValueError(f"larger than {MAX_PICTURE_BYTES // 1_000_000} MB")
        with archive.open(name) as stream:
            data = stream.read(MAX_PICTURE_BYTES + 1)
        if len(data) > MAX_PICTURE_BYTES:
            raise ValueError(f"inflates beyond {MAX_PICTURE_BYTES // 1_000_000} MB")
        image = open_image(data)  # a decompression bomb refused as a linked image's is
        image.load()
        return image
    except (zipfile.BadZipFile, OSError, ValueError, SyntaxError, EOFError) as e:
        builder.not_checked(f"needs OCR: image {short} not read: {e}")
        return None


class _WordReader:
    """Walks block containers (body, header, cell, text box) in document order."""

    def __init__(self, builder: DocumentBuilder, comments: dict[int, str], notes: dict[tuple[str, str], object],
                 list_styles: dict[str, str]):
        self.builder = builder
        self.tables = 0
        self.comments = comments  # the comments not read yet, by id
        self.unread_notes = notes  # the footnotes and endnotes not read yet, by (kind, id)
        self.list_styles = list_styles  # the numbered or bulleted list of each paragraph style that makes one

    def comment(self, comment_id: int) -> None:
        text = self.comments.pop(comment_id, None)
        if text is not None:
            self.builder.add(text, Location(element=f"comment {comment_id}"), hidden="comment")

    def blocks(self, container, paragraph_name: str, prefix: str, *, chrome: bool = False,
               cell: str | None = None) -> list[str]:
        """Add the container's paragraphs and tables. In a table cell (``cell`` is its location)
        the visible text of its paragraphs is returned instead, to become the cell's one segment."""
        texts = []
        paragraphs = 0
        previous = None  # the paragraph just read, when its segment is the last one added
        elements = list(_block_elements(container))
        typed = {} if cell is not None else _tab_typed_tables(elements)
        for position, element in enumerate(elements):
            if self.builder.full:
                break
            if element.tag == _W + "tbl":
                self.tables += 1
                self.table(element, f"{prefix}table {self.tables}", chrome)
                continue
            paragraphs += 1
            where = cell or f"{prefix}{paragraph_name} {paragraphs}"
            if cell is None and (numbering := _list_of(element, self.list_styles)):
                where = f"{where} > item of list {numbering}"  # read as an HTML list's item is
            visible, hidden, deletions, text_boxes, alt_texts = _paragraph_text(element)
            location = Location(element=where)
            if position in typed:  # a row of a table typed with tabs: read with its table, at its header
                previous = None
                if typed[position]:
                    self.tables += 1
                    read_table(self.builder, *typed[position], f"{prefix}table {self.tables}", chrome=chrome)
            elif cell is None:
                previous = self._paragraph(visible, location, chrome, previous)
            elif visible:
                texts.append(visible)
            self.builder.add(hidden, location, hidden="hidden text", chrome=chrome)
            for deleted in deletions:
                self.builder.add(deleted, location, hidden="tracked deletion", chrome=chrome)
            for alt in alt_texts:
                self.builder.add(alt, location, hidden="alt text", chrome=chrome)
            for number, box in enumerate(text_boxes, 1):
                if isinstance(box, str):  # WordArt's text, shown as a text box's
                    self.builder.add(box, Location(element=f"{where} > text box {number}"), chrome=chrome)
                else:
                    self.blocks(box, "paragraph", f"{where} > text box {number} > ", chrome=chrome)
            if cell is None and not chrome:
                self._comments_on(element)
        return texts

    def _comments_on(self, paragraph) -> None:
        """The comments whose range ends in a body paragraph, read right after it: Word shows a comment beside the
        words it is on, and those words say whom it speaks of ("Smith receives service at ..." on a paragraph naming
        Sarah Smith); a table or a footnote between them would part a follow-up from its case."""
        for reference in paragraph.iter(_W + "commentReference"):
            try:
                self.comment(int(reference.get(_W + "id")))
            except (TypeError, ValueError):
                continue

    def _paragraph(self, text: str, location: Location, chrome: bool, previous):
        """Add a paragraph's visible text; a number the paragraph just before ended with, cut at its dash by the
        paragraph's end ("... (acct 4652-" / "12528-37) moved out."), is made whole there, where it starts."""
        return self.builder.add(mend_after(self.builder, previous, text), location, chrome=chrome)

    def table(self, tbl, where: str, chrome: bool) -> None:
        rows = list(_children(tbl, _W + "tr", _BLOCK_WRAPPERS))
        cells = [list(_children(tr, _W + "tc", _BLOCK_WRAPPERS)) for tr in rows]
        header_rows = 0
        for tr in rows:
            if tr.find(f"{_W}trPr/{_W}tblHeader") is None:
                break
            header_rows += 1
        cell_texts = [[" ".join(_paragraph_text(p)[0] for p in _block_elements(tc) if p.tag == _W + "p")
                       for tc in row] for row in cells]
        layout = lay_out_table([[TableCell(text.strip(), span=_grid_span(tc)) for text, tc in zip(texts, row)]
                                for texts, row in zip(cell_texts, cells)], header_rows)
        if layout.message_header:
            self.builder.add_message_header(cell_texts, where, chrome=chrome)
            return
        whole_table = [] if layout.key_value else None
        laid_out = _laid_out_row(cells)
        for row_number, row in enumerate(cells, 1):
            fields = [] if whole_table is None else whole_table
            notes = []  # the footnotes and endnotes marked in the row's cells
            for cell_number, (tc, role) in enumerate(zip(row, layout.roles[row_number - 1]), 1):
                cell_where = f"{where} > row {row_number} > cell {cell_number}"
                texts = self.blocks(tc, "paragraph", f"{cell_where} > ", chrome=chrome, cell=cell_where)
                segment = self.builder.add(_without_own_label("\n".join(texts), role.label),
                                           Location(element=cell_where), label=role.label, chrome=chrome)
                if role.is_field and row_number - 1 not in layout.header_rows:
                    fields.append(segment)
                    notes += self._notes_on(tc)
            if whole_table is None and row_number - 1 not in layout.header_rows and not laid_out:
                self.builder.add_record(fields, Location(element=f"{where} > row {row_number}"))
            for kind, number, note in notes:
                self.blocks(note, "paragraph", f"{kind} {number} > ", chrome=chrome)
        if whole_table is not None:
            self.builder.add_record(whole_table, Location(element=where))

    def _notes_on(self, cell) -> list[tuple[str, str, object]]:
        """The footnotes and endnotes whose marks are in a table row's cell, (kind, id, note) each, to be read right
        after the row: a note on a customer's row tells of that customer ("Customer asked to be called after 5 p.m.
        at ..." marked on the name in an escalation log), as a comment on a paragraph tells of it, and read at the
        document's end it would follow some other record."""
        found = []
        for reference in cell.iter(_W + "footnoteReference", _W + "endnoteReference"):
            kind = "footnote" if reference.tag == _W + "footnoteReference" else "endnote"
            note = self.unread_notes.pop((kind, reference.get(_W + "id")), None)
            if note is not None:
                found.append((kind, reference.get(_W + "id"), note))
        return found

    def notes(self) -> None:
        """Footnotes and endnotes no table row marks: printed with the document, kept in parts of their own."""
        for (kind, number), note in list(self.unread_notes.items()):
            self.blocks(note, "paragraph", f"{kind} {number} > ")
        self.unread_notes.clear()


def _notes_by_reference(package) -> dict[tuple[str, str], object]:
    """The document's footnotes and endnotes by ("footnote" or "endnote", id), in their parts' order."""
    notes = {}
    for part in package.iter_parts():
        kind = _NOTES.get(str(part.partname))
        if kind is None:
            continue
        root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, huge_tree=True))
        for note in root:
            if note.get(_W + "type") not in _NOTE_SEPARATORS:
                notes[(kind, note.get(_W + "id"))] = note
    return notes


def _tab_typed_tables(elements: list) -> dict[int, tuple | None]:
    """The block elements that are the lines of a table typed with tabs (``fixed_width.tab_tables``: a line of column
    names, then lines of cells a tab apart), as a list pasted from a billing system as plain text lands in a memo: by
    their position, (the lines of their run of paragraphs, the table) for its header line, None for its other lines.
    Read as sentences, the tabs folded to spaces, a row's account at its end would have no label."""
    typed: dict[int, tuple | None] = {}
    run: list[int] = []  # the positions of a run of paragraphs
    for position, element in enumerate([*elements, None]):
        if element is not None and element.tag == _W + "p":
            run.append(position)
            continue
        lines = [_tabbed_line(elements[at]) for at in run]
        for table in tab_tables(lines) if any("\t" in line for line in lines) else ():
            for line in range(table.header_line, table.end):
                typed[run[line]] = None
            typed[run[table.header_line]] = (lines, table)
        run = []
    return typed


def _tabbed_line(paragraph) -> str:
    """A paragraph's typed text with its tabs: what sets out a list typed as columns."""
    return "".join("\t" if element.tag == _W + "tab" else element.text or ""
                   for element in paragraph.iter(_W + "t", _W + "tab"))


def _list_styles(document) -> dict[str, str]:
    """The list (its ``numId``) each paragraph style numbers or bullets its paragraphs in ("List Number")."""
    styles = {}
    try:
        root = document.styles.element
    except (KeyError, ValueError, AttributeError):  # no styles part
        return styles
    for style in root.iter(_W + "style"):
        number = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        if number is not None and style.get(_W + "styleId"):
            styles[style.get(_W + "styleId")] = number.get(_W + "val")
    return styles


def _list_of(paragraph, list_styles: dict[str, str]) -> str | None:
    """The list a paragraph is an item of (Word's ``numId``: its own numbering, else its style's), None outside one
    (``numId`` 0 takes a styled paragraph out of its list)."""
    if paragraph.tag != _W + "p" or (properties := paragraph.find(_W + "pPr")) is None:
        return None
    number = properties.find(f"{_W}numPr/{_W}numId")
    if number is not None:
        numbering = number.get(_W + "val")
    else:
        style = properties.find(_W + "pStyle")
        numbering = list_styles.get(style.get(_W + "val")) if style is not None else None
    return numbering if numbering and numbering != "0" else None


def _block_elements(container):
    """The container's paragraphs and tables, looking through content controls."""
    stack = list(reversed(container))
    while stack:
        element = stack.pop()
        if element.tag in (_W + "p", _W + "tbl"):
            yield element
        elif element.tag in _BLOCK_WRAPPERS:
            stack.extend(reversed(element))


def _children(parent, tag: str, wrappers: frozenset):
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in wrappers:
            yield from _children(child, tag, wrappers)


def _laid_out_row(cells: list[list]) -> bool:
    """Whether a table is one row that places a letter's address block on the page (a window envelope's: the
    addressee's name, street and city lines in one cell, the date beside it): the page's layout, read as paragraphs
    so that the block over the salutation is the letter's addressee, not one record's fields. A cell that opens
    with a field's label ("Customer" over the name) is a form's field, and its row stays a record."""
    if len(cells) != 1:
        return False
    blocks = [[text for p in _block_elements(tc) if p.tag == _W + "p" and (text := _paragraph_text(p)[0].strip())]
              for tc in cells[0]]
    return any(len(lines) >= 2 and CITY_LINE_RE.fullmatch(lines[-1]) for lines in blocks) and not any(
        lines and header_kind(lines[0])[0] for lines in blocks)


def _grid_span(tc) -> int:
    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
    try:
        return max(1, int(span.get(_W + "val"))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _paragraph_text(p) -> tuple[str, str, list[str], list, list[str]]:
    """(visible text, hidden-formatted text, tracked deletions, text boxes, alt texts) of a paragraph. A tracked
    deletion is read in the sentence it was cut from, as that sentence read before the edit ("Customer <del>Ana Ruiz
    at 12 Elm St</del><ins>[withheld]</ins> disputes ..." gives "Customer Ana Ruiz at 12 Elm St disputes ..."):
    Word's "Show markup" still shows it there, and the words around it say whose it is. A picture's or a shape's
    alt text and title (``wp:docPr`` descr and title, a VML shape's alt) are what a screen reader speaks for it
    and what a caption of a photo is typed into; the legacy VML copy of a drawing (``mc:Fallback``) is passed
    over when its choice holds text, which it repeats (:func:`_alternative_shows_text`). A text box is its
    ``w:txbxContent``, or WordArt's text, which an older Word keeps in a VML shape's ``v:textpath`` attribute
    ``string`` and shows as large as the page. A field's code that
    keeps a value its result does not show (:mod:`.word_fields`: a legacy form field's default text, a QUOTE's text)
    is read where the field stands when the field would show it there, else with the hidden text."""
    visible, hidden, alt_texts = [], [], []
    before_edit: list[tuple[str, object]] = []  # the paragraph's text before its tracked changes, by deletion
    text_boxes = []
    kept_by_fields = kept_field_texts(p)
    stack = [(child, None, False, False) for child in reversed(p)]
    while stack:
        element, deletion, vanish, inserted = stack.pop()
        tag = element.tag
        if tag in _SKIPPED or not isinstance(tag, str) or (tag == _MC_FALLBACK and _alternative_shows_text(element)):
            continue
        if (kept := kept_by_fields.get(element)) and deletion is None:
            if kept.in_place and not vanish:
                visible.append(kept.text)
            else:
                hidden.append(f" {kept.text} ")
        if tag == _W + "txbxContent":
            text_boxes.append(element)
            continue
        if tag == _VML + "textpath" and (word_art := " ".join((element.get("string") or "").split())):
            text_boxes.append(word_art)
            continue
        for alt in _alt_texts(element):
            if alt not in alt_texts:
                alt_texts.append(alt)
        if tag in (_W + "t", _W + "delText") or tag in _CHARACTERS:
            text = element.text or "" if tag in (_W + "t", _W + "delText") else _CHARACTERS[tag]
            if deletion is None:
                (hidden if vanish else visible).append(text)
            if not (vanish or inserted):
                before_edit.append((text, deletion))
            continue
        if tag == _W + "sdt" and _shows_placeholder(element):
            continue
        if tag in _DELETIONS:
            deletion = element
        elif tag in _INSERTIONS:
            inserted = True
        elif tag == _W + "r":
            vanish = vanish or _is_vanished(element)
        elif (tag == _W + "sdt" and deletion is None and (title := _control_title(element))
              and not _label_typed_before(visible, title)):
            visible.append(title)
            if not (vanish or inserted):
                before_edit.append((title, None))
        stack.extend((child, deletion, vanish, inserted) for child in reversed(element))
    return (_clean("".join(visible)), _clean("".join(hidden)), sentences_of_deletions(before_edit), text_boxes,
            alt_texts)


def _alternative_shows_text(fallback) -> bool:
    """Whether the ``mc:Choice`` beside a ``mc:Fallback`` holds text of its own, which the fallback (a VML copy of
    a drawing for older readers) repeats; a choice that draws from a part of its own (ink, a 3-D model) leaves the
    words to the fallback alone, and Word shows them when it cannot draw the choice."""
    parent = fallback.getparent()
    choices = [] if parent is None else [sibling for sibling in parent if sibling is not fallback]
    return any(next(choice.iter(_W + "t", _VML + "textpath", _DRAWING_TEXT), None) is not None for choice in choices)


def _without_own_label(text: str, label: str | None) -> str:
    """A cell's text without the label its row already shows, when a content control's title repeats it before the
    value ("Name of account holder" | a control titled so: "Name of account holder: Ana Ruiz"): the value alone, as
    the cell shows it."""
    if label:
        title = f"{label.strip().rstrip(':').rstrip()}: "
        if len(text) > len(title) and text[:len(title)].casefold() == title.casefold():
            return text[len(title):]
    return text


def _label_typed_before(visible: list[str], title: str) -> bool:
    """Whether the paragraph's text before a content control already ends with the control's title, as a form's
    printed label ("Applicant name: [control titled Applicant name]"): the title written again would make the label
    read twice ("Applicant name: Applicant name: Ana Ruiz"), and no value after it. A title written as a field's
    name ("CustomerName", "Customer_Name") is the printed label's words ("Customer name:") run together."""
    before, title = _squashed("".join(visible)), _squashed(title)
    return bool(before) and bool(title) and before.endswith(title)


def _squashed(text: str) -> str:
    """Letters and digits only, case folded: "Customer_Name:" and "Customer name" read alike."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _shows_placeholder(sdt) -> bool:
    """Whether a content control shows its placeholder ("Click or tap here to enter text.", "Enter the customer's
    name"): Word's prompt, greyed, that nobody typed; a value typed in replaces it and clears the flag."""
    properties = sdt.find(_W + "sdtPr")
    return properties is not None and properties.find(_W + "showingPlcHdr") is not None


def _control_title(sdt) -> str | None:
    """An inline content control's title as its value's label ("SA #: "), when its value does not say it already: a
    form typed into controls ("Customer information: [SA #] 3290... [Usage] 443 kWh") shows its labels only as the
    controls' title tabs, and the values alone are bare numbers. None for a control showing its placeholder."""
    properties = sdt.find(_W + "sdtPr")
    alias = properties.find(_W + "alias") if properties is not None else None
    title = " ".join((alias.get(_W + "val") or "").split()) if alias is not None else ""
    if not title or _shows_placeholder(sdt):
        return None
    content = " ".join("".join(t.text or "" for t in sdt.iter(_W + "t")).split())
    if not content or content.lower().startswith(title.lower()):
        return None
    return f"{title}: "


def _alt_texts(element) -> list[str]:
    """The alt text and title a drawing's properties or a VML shape give, spaces collapsed."""
    if element.tag == _DRAWING_PROPERTIES:
        values = (element.get("descr"), element.get("title"))
    elif element.tag.startswith(_VML):
        values = (element.get("alt"),)
    else:
        return []
    return [text for value in values if (text := " ".join((value or "").split()))]


def sentences_of_deletions(before_edit: list[tuple[str, object]]) -> list[str]:
    """Each tracked deletion's sentence in the paragraph as it read before the edit (its pieces of text, each
    with the deletion it belongs to, None for kept text); one sentence once, however many deletions it holds."""
    text, spans, position = "", {}, 0
    for piece, deletion in before_edit:
        if deletion is not None:
            start, _ = spans.get(deletion, (position, position))
            spans[deletion] = (start, position + len(piece))
        text += piece
        position += len(piece)
    sentences = []
    for start, end in spans.values():
        if not text[start:end].strip():
            continue
        opened = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
        closed = SENTENCE_END.search(text, end)
        sentence = _clean(text[opened:closed.end() if closed else len(text)])
        if sentence not in sentences:
            sentences.append(sentence)
    return sentences


def _is_vanished(run) -> bool:
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and (vanish.get(_W + "val") or "true").lower() not in _FALSE


def _clean(text: str) -> str:
    """A paragraph's text, spaces collapsed in each of its lines and a number cut by a line break made whole."""
    return mend_cut_lines("\n".join(" ".join(line.split()) for line in text.split("\n")).strip())


# --- XLSX --------------------------------------------------------------------------------------------

def extract_xlsx(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    import openpyxl
    streaming = _sheet_xml_size(body) > _STREAMING_XML_BYTES
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about every extension it does not read
            workbook = openpyxl.load_workbook(io.BytesIO(body), read_only=streaming, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, etree.XMLSyntaxError, OSError) as e:
        raise unreadable("XLSX", e) from None
    except Exception as e:  # openpyxl's InvalidFileException and kin
        raise ExtractError(f"broken XLSX: {type(e).__name__}: {e}") from None
    if streaming:
        builder.warn("workbook too large to check hidden rows, columns and comments: cells read only")
    _missing_sheets(builder, body)
    budget = [MAX_CELLS]
    for sheet in workbook.worksheets:
        _read_sheet(builder, sheet, streaming, budget)
        if budget[0] <= 0:
            builder.warn(f"stopped after {MAX_CELLS} cells")
            break
        if builder.full:
            break
    if not streaming and not builder.full:
        _read_literal_lists(builder, workbook)
    if budget[0] > 0 and not builder.full:
        archive = zipfile.ZipFile(io.BytesIO(body))
        _read_workbook_parts(builder, archive, budget)
        if not streaming:
            _read_threaded_comments(builder, archive, workbook)
            _read_drawings(builder, archive, workbook)
        read_charts(builder, archive, "xl/charts/", {sheet.title for sheet in workbook.worksheets},
                    *((None, None) if streaming else (_cell_texts(workbook), _sheet_label(workbook))))
        read_core_properties(builder, archive)
        read_custom_properties(builder, archive)
        read_titles_of_parts(builder, archive)


def _read_threaded_comments(builder: DocumentBuilder, archive: zipfile.ZipFile, workbook) -> None:
    """The threaded comments of each sheet (Excel 365's Review > New Comment, in xl/threadedComments/, which
    openpyxl does not read), each comment and reply a "cell comment" at its cell as a note's is. Excel keeps a
    legacy copy of a thread in the sheet's notes for older readers; a comment whose text that copy already holds
    is not read twice, but a thread added or edited where no copy was written (Excel on the web, a library) is
    read from its own part."""
    for sheet_part, sheet in _sheet_parts(archive, workbook):
        prefix = sheet_reference(sheet.title)
        for part in related_parts(archive, sheet_part, "threadedComment"):
            root = readable_part(builder, archive, part)
            if root is None:
                continue
            for comment in descendants_named(root, "threadedComment"):
                text = " ".join(" ".join(t.text or "" for t in children_named(comment, "text")).split())
                reference = comment.get("ref") or ""
                cell = re.fullmatch(r"([A-Za-z]+)(\d+)", reference)
                legacy = sheet._cells.get((int(cell.group(2)), _column_number(reference))) if cell else None
                note = getattr(getattr(legacy, "comment", None), "text", None) or ""
                if text and text not in " ".join(note.split()):
                    builder.add(text, Location(element=f"{prefix}!{reference}"), hidden="cell comment")


def _read_drawings(builder: DocumentBuilder, archive: zipfile.ZipFile, workbook) -> None:
    """What each sheet's drawing layer holds (xl/drawings/, which openpyxl drops on loading): a text box's or a
    shape's typed text, one paragraph a line, and a picture's or a shape's alt text and title (``xdr:cNvPr`` descr
    and title), what a screen reader speaks for it ("Photo of the meter at 1234 W Holt Ave, home of ..."), hidden
    "alt text" as a Word picture's is. Each is located at its sheet and the cell its anchor starts at."""
    for sheet_part, sheet in _sheet_parts(archive, workbook):
        prefix = sheet_reference(sheet.title)
        for part in related_parts(archive, sheet_part, "drawing"):
            root = readable_part(builder, archive, part)
            if root is None:
                continue
            for anchor in root:
                where = f"{prefix}{_anchor_cell(anchor)} > drawing"
                for properties in descendants_named(anchor, "cNvPr"):
                    for attribute in ("descr", "title"):
                        if alt := " ".join((properties.get(attribute) or "").split()):
                            builder.add(alt, Location(element=where), hidden="alt text")
                for body in descendants_named(anchor, "txBody"):
                    if text := drawing_text(body):
                        builder.add(text, Location(element=f"{where} > text box"))


def drawing_text(container) -> str:
    """A DrawingML text frame's paragraphs (a slide's shape, cell or comment, a sheet's text box), one a line, with a
    number cut at its dash by a line's end made whole on its first line, as a wrapped text file's is."""
    return mend_cut_lines("\n".join(drawing_paragraphs(container)))


def drawing_paragraphs(container) -> list[str]:
    """The text of each DrawingML paragraph (``a:p``) under ``container``: its runs and fields, line breaks and
    tabs kept (a table typed in the notes with tabs between its cells: "Name\tAccount\tPhone"), other spaces
    collapsed."""
    texts = []
    for paragraph in descendants_named(container, "p"):
        parts = []
        for element in paragraph.iter():
            name = local_name(element)
            if name == "t":
                parts.append(element.text or "")
            elif name == "br":
                parts.append("\n")
        text = "\n".join("\t".join(" ".join(cell.split()) for cell in line.split("\t"))
                         for line in "".join(parts).split("\n")).strip()
        if text:
            texts.append(text)
    return texts


def _anchor_cell(anchor) -> str:
    """The cell a drawing is anchored from, as "!B4" (``xdr:from``'s zero-based column and row); "" for an
    absolute anchor."""
    start = next(children_named(anchor, "from"), None)
    place = {local_name(child): (child.text or "").strip() for child in start} if start is not None else {}
    column, row = place.get("col", ""), place.get("row", "")
    return f"!{column_letter(int(column))}{int(row) + 1}" if column.isdigit() and row.isdigit() else ""


def _sheet_parts(archive: zipfile.ZipFile, workbook) -> list[tuple[str, object]]:
    """(part name, openpyxl sheet) of each worksheet, by the workbook part's sheet list and relationships."""
    main = related_parts(archive, "", "officeDocument")
    if not main:
        return []
    sheets = {sheet.title: sheet for sheet in workbook.worksheets}
    pairs = []
    for entry in descendants_named(part_xml(archive, main[0]), "sheet"):
        parts = related_parts(archive, main[0], "worksheet", [relationship_id(entry)])
        if parts and entry.get("name") in sheets:
            pairs.append((parts[0], sheets[entry.get("name")]))
    return pairs


def relationship_id(element) -> str | None:
    """The ``r:id`` attribute, whichever relationships namespace (transitional or strict) it is in."""
    for name, value in element.attrib.items():
        if name.startswith("{") and name.endswith("}id"):
            return value
    return None


# a chart's reference to one sheet's cell or range: 'Top users'!$A$2:$A$8, Data!B1
_SHEET_RANGE = re.compile(r"\s*(?:'((?:[^']|'')+)'|([^\s'!(),]+))!\$?([A-Za-z]{1,3})\$?(\d+)"
                          r"(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*")


def _sheet_label(workbook) -> Callable[[str], str]:
    """For a chart's reference into ``workbook``, the text of the cell that labels it: a single cell's own text (a
    series named by its column's header, ``'Data'!B1``), a range down one column's header above it, a range along
    one row's label left of it; "" for anything else (another workbook, a defined name, a block of cells)."""
    sheets = {sheet.title: sheet for sheet in workbook.worksheets}

    def label_of(formula: str) -> str:
        match = _SHEET_RANGE.fullmatch(formula)
        sheet = match and sheets.get(match.group(1).replace("''", "'") if match.group(1) else match.group(2))
        if not sheet:
            return ""
        column, row = _column_number(match.group(3)), int(match.group(4))
        last_column = _column_number(match.group(5)) if match.group(5) else column
        last_row = int(match.group(6)) if match.group(6) else row
        if (last_column, last_row) == (column, row):
            cell = (row, column)
        elif last_column == column and row > 1:
            cell = (row - 1, column)
        elif last_row == row and column > 1:
            cell = (row, column - 1)
        else:
            return ""
        value = sheet._cells.get(cell)
        return "" if value is None or _is_empty(value) else " ".join(str(value.value).split())
    return label_of


def _cell_texts(workbook) -> set[str]:
    """Every filled cell's value as a chart's cache writes it (``_cached_text``), to tell a chart whose cache
    still holds what its cells show from one whose cells have since been cleared or overwritten."""
    return {_cached_text(str(cell.value)) for sheet in workbook.worksheets for cell in sheet._cells.values()
            if not _is_empty(cell)}


def _cached_text(text: str) -> str:
    """A cell's or a cached point's text compared: spaces folded, case ignored, a number as its value (938 and
    938.0 alike)."""
    text = " ".join(text.split()).casefold()
    try:
        return repr(float(text.replace(",", "")))
    except ValueError:
        return text


def _read_literal_lists(builder: DocumentBuilder, workbook) -> None:
    """Text typed into a workbook's definitions rather than its cells, which no sheet shows until it is used: a
    drop-down list's choices (a list validation ``"Ana Ruiz,Li Wei"``, each choice labelled by the header over the
    column it validates) and a defined name's text constant (``Contact = "Ana Ruiz (216) 555-0142"``, labelled by
    its name). A list or name that refers to cells holds no text of its own: those cells are read already."""
    for sheet in workbook.worksheets:
        prefix = sheet_reference(sheet.title)
        for validation in sheet.data_validations.dataValidation:
            choices = _literal(validation.formula1) if validation.type == "list" else None
            if not choices:
                continue
            first = str(validation.sqref).split()[0].split(":")[0] if validation.sqref else ""
            location = Location(element=f"{prefix}!{first}" if first else prefix)
            label = _header_over(sheet, first) or validation.promptTitle
            for choice in choices.split(","):
                builder.add(choice.strip(), location, hidden="data validation list", label=label)
    for name, definition in workbook.defined_names.items():
        text = _literal(definition.attr_text)
        if text:
            builder.add(" ".join(text.split()), Location(element=f"defined name {name}"), hidden="defined name",
                        label=name)


def _literal(formula: str | None) -> str | None:
    """The text of a formula that is one quoted string constant ("Ana Ruiz, Li Wei"), else None."""
    formula = (formula or "").strip()
    if len(formula) < 2 or formula[0] != '"' or formula[-1] != '"' or '"' in formula[1:-1].replace('""', ""):
        return None
    return formula[1:-1].replace('""', '"').strip() or None


def _header_over(sheet, coordinate: str) -> str | None:
    """The text cell just above ``coordinate`` (a validated column's first cell): the column's header."""
    match = re.fullmatch(r"\$?([A-Za-z]+)\$?(\d+)", coordinate)
    if not match or int(match.group(2)) < 2:
        return None
    above = sheet._cells.get((int(match.group(2)) - 1, _column_number(match.group(1))))
    value = getattr(above, "value", None)
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _read_workbook_parts(builder: DocumentBuilder, archive: zipfile.ZipFile, budget: list[int]) -> None:
    """What a workbook publishes besides its sheets' cells: the pivot caches, the external-link caches and the
    files embedded in it. A pivot table shows totals, but its cache holds every row of its source (a sheet since
    deleted, another workbook): a customer list behind "kWh by rate class"."""
    names = sorted(archive.namelist(), key=_numbered)
    for name in names:
        if budget[0] <= 0 or builder.full:
            return
        try:
            if _PIVOT_CACHE.fullmatch(name):
                _read_pivot_cache(builder, archive, name, budget)
            elif _EXTERNAL_LINK.fullmatch(name):
                _read_external_link(builder, archive, name, budget)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, etree.XMLSyntaxError) as e:
            builder.not_checked(f"{name} not read: {e}")
    read_embedded_files(builder, archive, "xl/embeddings/")


_PIVOT_CACHE = re.compile(r"xl/pivotCache/pivotCacheDefinition(\d*)\.xml")
_EXTERNAL_LINK = re.compile(r"xl/externalLinks/externalLink(\d*)\.xml")


def _numbered(name: str) -> tuple[str, int, str]:
    """Parts in their numbers' order: externalLink2 before externalLink10."""
    match = re.search(r"(\d+)\.xml$", name)
    return (name[:match.start()], int(match.group(1)), "") if match else (name, 0, name)


def _read_pivot_cache(builder: DocumentBuilder, archive: zipfile.ZipFile, name: str, budget: list[int]) -> None:
    """A pivot cache as a hidden table: its fields' names the header, one row per cached source record (the
    records part indexes each field's shared items or holds the value itself). A cache saved without records
    lists each field's distinct items: those are read as the columns of a table, row k the k-th item of each."""
    definition = part_xml(archive, name)
    fields = [(field.get("name") or "", [_cached_value(item) for shared in children_named(field, "sharedItems")
                                         for item in shared])
              for fields in children_named(definition, "cacheFields") for field in children_named(fields, "cacheField")]
    if not fields:
        return
    records = [part for part in related_parts(archive, name, "pivotCacheRecords")]
    rows = _cache_records(archive, records[0], fields, budget) if records else _items_as_columns(fields)
    budget[0] -= len(fields) * len(rows)
    texts = [[field for field, _ in fields]] + rows
    layout = lay_out_table([[TableCell(text) for text in row] for row in texts], explicit_header_rows=1)
    number = _PIVOT_CACHE.fullmatch(name).group(1)
    builder.add_table(texts, layout, f"pivot cache {number}".strip(), hidden="pivot cache")


def _cache_records(archive: zipfile.ZipFile, name: str, fields: list, budget: list[int]) -> list[list[str]]:
    rows = []
    with archive.open(name) as stream:
        for _, record in etree.iterparse(stream, tag="{*}r", resolve_entities=False, no_network=True, huge_tree=True):
            row = []
            for index, value in enumerate(record):
                if local_name(value) == "x":
                    items = fields[index][1] if index < len(fields) else []
                    position = int(value.get("v") or 0)
                    row.append(items[position] if 0 <= position < len(items) else "")
                else:
                    row.append(_cached_value(value))
            record.clear()
            rows.append(row)
            if len(rows) * len(fields) >= budget[0]:
                break
    return rows


def _items_as_columns(fields: list) -> list[list[str]]:
    longest = max(len(items) for _, items in fields)
    return [[items[k] if k < len(items) else "" for _, items in fields] for k in range(longest)]


def _cached_value(item) -> str:
    """A cached item as Excel shows it: a string, a number, a date (its day when it has no time), "" for missing."""
    value = " ".join((item.get("v") or "").split())
    if local_name(item) == "n" and re.fullmatch(r"-?\d+\.0+", value):
        return value.split(".")[0]
    return value.removesuffix("T00:00:00") if local_name(item) == "d" else value


def _read_external_link(builder: DocumentBuilder, archive: zipfile.ZipFile, name: str, budget: list[int]) -> None:
    """The cells of another workbook that formulas refer to, cached in this one to show them without it: each
    cached sheet read as a hidden sheet of this workbook, "external link N [SHEET]"."""
    root = part_xml(archive, name)
    sheet_names = [element.get("val") or "" for element in descendants_named(root, "sheetName")]
    number = _EXTERNAL_LINK.fullmatch(name).group(1)
    for data in descendants_named(root, "sheetData"):
        try:
            sheet_name = sheet_names[int(data.get("sheetId") or 0)]
        except (ValueError, IndexError):
            sheet_name = data.get("sheetId") or ""
        layout = Sheet(f"external link {number} [{sheet_name}]".replace("  ", " "), "external link cache")
        read_rows(builder, layout, _external_rows(data), budget)


def _external_rows(sheet_data):
    for row in children_named(sheet_data, "row"):
        cells = []
        for cell in children_named(row, "cell"):
            value = next(children_named(cell, "v"), None)
            text = " ".join((value.text or "").split()) if value is not None else ""
            coordinate = cell.get("r") or ""
            if text and coordinate:
                cells.append(SheetCell(_column_number(coordinate), coordinate, text))
        yield _row_number(row), len(cells), cells


def _column_number(coordinate: str) -> int:
    number = 0
    for letter in re.match(r"[A-Za-z]*", coordinate).group(0).upper():
        number = number * 26 + ord(letter) - 64
    return number


def _row_number(row) -> int:
    try:
        return int(row.get("r") or 0)
    except ValueError:
        return 0


def related_parts(archive: zipfile.ZipFile, part: str, kind: str, order: list[str | None] | None = None) -> list[str]:
    """The parts in the package that ``part`` ("" for the package itself) refers to by relationships of ``kind``
    (the relationship type's last word: "slide", "notesSlide", "pivotCacheRecords"), in the ``order`` of
    relationship ids when given."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in archive.NameToInfo:
        return []
    by_id = {}
    for rel in part_xml(archive, rels):
        target = rel.get("Target") or ""
        if (rel.get("Type") or "").rsplit("/", 1)[-1] != kind or rel.get("TargetMode") == "External" or not target:
            continue
        path = posixpath.normpath(target[1:] if target.startswith("/") else posixpath.join(folder, target))
        if path in archive.NameToInfo:
            by_id[rel.get("Id")] = path
    if order is None:
        return list(dict.fromkeys(by_id.values()))
    return [by_id[rid] for rid in order if rid in by_id]


def _sheet_xml_size(body: bytes) -> int:
    try:
        return sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(body)).infolist()
                   if i.filename.startswith("xl/worksheets/"))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return 0  # openpyxl will say what is wrong


_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _missing_sheets(builder: DocumentBuilder, body: bytes) -> None:
    """The sheets the workbook names whose part is missing from the file (a damaged workbook, which openpyxl loads
    without them): each sheet's data is published but unread, so each is not checked; its tab name is read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        workbook = related_parts(archive, "", "officeDocument")
        if not workbook:
            return
        folder, name = posixpath.split(workbook[0])
        rels = posixpath.join(folder, "_rels", name + ".rels")
        targets = {}
        if rels in archive.NameToInfo:
            for rel in part_xml(archive, rels):
                target = rel.get("Target") or ""
                if rel.get("TargetMode") != "External" and target:
                    targets[rel.get("Id")] = posixpath.normpath(
                        target[1:] if target.startswith("/") else posixpath.join(folder, target))
        sheets = [(sheet.get("name") or "", sheet.get(_RELATIONSHIP_ID))
                  for sheet in part_xml(archive, workbook[0]).iter("{*}sheet")]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, etree.XMLSyntaxError):
        return  # openpyxl opened it: what it read stands, and what is wrong with it was its to say
    for title, rid in sheets:
        if targets.get(rid) not in archive.NameToInfo:
            if title.strip():
                builder.add(title, Location(element=f"sheet {sheet_reference(title)} (tab name)"))
            builder.not_checked(f"sheet {title} not read: its part is missing from the file (a damaged workbook)")


def _read_sheet(builder: DocumentBuilder, sheet, streaming: bool, budget: list[int]) -> None:
    """Each cell a segment; each row after a header row a record labelled by the header (see ``sheets``)."""
    hidden_rows, hidden_columns = (set(), set()) if streaming else _hidden_rows_and_columns(sheet)
    layout = Sheet(sheet_reference(sheet.title), "hidden sheet" if sheet.sheet_state != "visible" else None,
                   hidden_rows, hidden_columns, sheet.title)
    read_rows(builder, layout, _sheet_rows(sheet, streaming), budget)
    if not streaming and budget[0] > 0 and not builder.full:
        _comments_of_empty_cells(builder, sheet, layout.prefix)
        _print_headers_and_footers(builder, sheet, layout)


_PRINT_PARTS = (("oddHeader", "header"), ("evenHeader", "even-page header"), ("firstHeader", "first-page header"),
                ("oddFooter", "footer"), ("evenFooter", "even-page footer"), ("firstFooter", "first-page footer"))
# Excel's codes in a header or footer: "&&" an ampersand; "&L", "&C", "&R" its left, centre and right sections; a
# font ('&"Arial,Bold"'), a size ("&12"), a colour ("&KFF0000"), a style toggle ("&B", "&U") or a field the page
# fills in ("&P" page, "&N" pages, "&D" date, "&T" time, "&F" file, "&A" sheet, "&Z" path, "&G" picture)
_PRINT_CODE = re.compile(r'&&|&"[^"]*"?|&K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|&\d+|&[+-]|&[A-Za-z]?')


def _print_headers_and_footers(builder: DocumentBuilder, sheet, layout: Sheet) -> None:
    """The sheet's print header and footer (Page Layout > Header & Footer): on every printed page and in the
    file, yet in no cell. Each is one segment, its left, centre and right sections a line each."""
    header_footer = sheet.HeaderFooter
    for attribute, kind in _PRINT_PARTS:
        item = getattr(header_footer, attribute, None)
        code = item.to_tree(attribute).text if item is not None else None
        text = "\n".join(print_header_sections(code or ""))
        if text:
            builder.add(text, Location(element=f"{layout.prefix} {kind}"), hidden=layout.hidden, chrome=True)


def print_header_sections(code: str) -> list[str]:
    """The text of each section of a header or footer written in Excel's codes, the codes left out:
    "&LRe-read - Ana Ruiz&RPage &P of &N" -> ["Re-read - Ana Ruiz", "Page of"]."""
    sections, current, position = [], [], 0
    for match in _PRINT_CODE.finditer(code):
        current.append(code[position:match.start()])
        token = match.group()
        if token == "&&":
            current.append("&")
        elif token in ("&L", "&C", "&R"):
            sections.append(current)
            current = []
        else:
            current.append(" ")
        position = match.end()
    current.append(code[position:])
    sections.append(current)
    return [text for text in (" ".join("".join(parts).split()) for parts in sections) if text]


def _sheet_rows(sheet, streaming: bool):
    """(row number, its width, its filled cells) of each row (a streamed row's empty cells carry no number)."""
    for row in _rows(sheet, streaming):
        filled = [cell for cell in row if not _is_empty(cell)]
        yield (filled[0].row if filled else 0), len(row), [_sheet_cell(cell, streaming) for cell in filled]


def _sheet_cell(cell, streaming: bool) -> SheetCell:
    comment = None if streaming else cell.comment
    return SheetCell(cell.column, cell.coordinate, _display(cell), cell.number_format == ";;;",
                     " ".join(comment.text.split()) if comment is not None and comment.text.strip() else None)


def _rows(sheet, streaming: bool):
    """Rows of filled cells. A full workbook's cells are read from openpyxl's cell store because
    ``iter_rows`` creates every empty cell of the used range (billions for a stray cell at XFD1048576)."""
    if streaming:
        yield from sheet.iter_rows()
        return
    rows: dict[int, list] = {}
    for (row, _column), cell in sheet._cells.items():
        rows.setdefault(row, []).append(cell)
    for row in sorted(rows):
        yield sorted(rows[row], key=lambda cell: cell.column)


def _comments_of_empty_cells(builder: DocumentBuilder, sheet, prefix: str) -> None:
    for cell in sheet._cells.values():
        if _is_empty(cell) and cell.comment is not None and cell.comment.text.strip():
            builder.add(" ".join(cell.comment.text.split()), Location(element=f"{prefix}!{cell.coordinate}"),
                        hidden="cell comment")


def _hidden_rows_and_columns(sheet) -> tuple[set[int], set[int]]:
    rows = {number for number, dimension in sheet.row_dimensions.items() if dimension.hidden}
    columns = set()
    for dimension in sheet.column_dimensions.values():
        if dimension.hidden and dimension.min and dimension.max:
            columns.update(range(dimension.min, min(dimension.max, 16384) + 1))
    return rows, columns


def _is_empty(cell) -> bool:
    value = getattr(cell, "value", None)
    return value is None or (isinstance(value, str) and not value.strip())


def _display(cell) -> str:
    """The cell as Excel shows it, where that matters for detection: whole numbers without ".0",
    digit patterns such as 000-00-0000 applied (an SSN stored as a number), dates as ISO dates."""
    value = cell.value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return whole_number_as_shown(value, cell.number_format or "")
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return _lines_of_text(value) if isinstance(value, str) else str(value)


def _lines_of_text(text: str) -> str:
    """A text cell's lines (Alt+Enter: "Ana Ruiz", "12 Elm St", her phone), each with its blanks closed up."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def sheet_reference(title: str) -> str:
    """A sheet's name as a cell reference writes it: Customers, 'Old data'."""
    return title if re.fullmatch(r"\w+", title) else "'" + title.replace("'", "''") + "'"


def whole_number_as_shown(value: int, number_format: str) -> str:
    """A whole number as its cell shows it where that matters for detection: a digit pattern such as
    000-00-0000 applied (an SSN stored as a number), else plain digits."""
    if _DIGIT_PATTERN.match(number_format) and "0" in number_format:
        return _apply_digit_pattern(value, number_format)
    return str(value)


def _apply_digit_pattern(value: int, pattern: str) -> str:
    digits = str(abs(value))
    slots = sum(1 for c in pattern if c in "0#")
    if len(digits) > slots:
        return str(value)
    digits = digits.rjust(slots, "0")
    out, position = [], 0
    for c in pattern:
        if c in "0#":
            out.append(digits[position])
            position += 1
        else:
            out.append(c)
    return ("-" if value < 0 else "") + "".join(out)
