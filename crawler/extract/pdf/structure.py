"""What a PDF publishes outside its pages, read from the object structure with pdfminer.six: document
information (Title, Author, Subject, Keywords and custom properties), XMP metadata, filled-in AcroForm
fields, XFA form data, and which optional content layers are hidden.

pdfminer.six reads objects lazily: opening the document reads the cross-reference table only, so none of
this parses a page's content.
"""
from __future__ import annotations

import io
import logging
import re
import zlib
from collections.abc import Callable

from lxml import etree
from pdfminer.pdfdocument import (PDFDocument, PDFEncryptionError, PDFNoValidXRef, PDFPasswordIncorrect,
                                   PDFXRef, PDFXRefFallback, PDFXRefStream)
from pdfminer.pdfparser import PDFParser, PDFStreamParser, PDFSyntaxError
from pdfminer.psexceptions import PSEOF
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1, stream_value
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from detectors.context.headers import header_kind
from detectors.model import Location, Segment

from .. import DocumentBuilder, PasswordProtected
from ..text_fields import key_words

# pdfminer logs every oddity of a broken file; those that matter become document warnings
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# document information keys that hold no text a person wrote
_TECHNICAL_INFO = frozenset({"CreationDate", "ModDate", "Trapped", "PTEX.Fullbanner", "SourceModified"})
# XMP properties that are identifiers, dates or tool names rather than text a person wrote
_TECHNICAL_XMP = frozenset({"DocumentID", "InstanceID", "OriginalDocumentID", "CreateDate", "ModifyDate",
                            "MetadataDate", "CreatorTool", "Producer", "format", "PDFVersion", "VersionID",
                            "part", "conformance", "when", "action", "softwareAgent", "changed", "instanceID",
                            "documentID", "stEvt", "Trapped", "Marked"})
_MAX_FIELD_DEPTH = 32
_MAX_XMP_BYTES = 4 * 1024 * 1024
_XFA_DATA = "{http://www.xfa.org/schema/xfa-data/1.0/}data"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_NUMBERS = re.compile(rb"[0-9\s]*")  # an object stream's header: object numbers and offsets
_OBJECT_HEAD = re.compile(rb"\s*([0-9]+)\s+([0-9]+)\s+obj")


class _Document(PDFDocument):
    """pdfminer's document, reading an object from an object stream by itself: pdfminer parses every
    object of the stream to get one, which takes seconds when the catalog shares a stream with a
    hundred thousand annotations."""

    def _getobj_objstm(self, stream: PDFStream, index: int, objid: int) -> object:
        data, first, starts, by_number = self._object_stream(stream)
        # the stream's own header says where the object is; the cross-reference index may be wrong
        index = by_number.get(objid, index)
        if not starts or index >= len(starts):
            return super()._getobj_objstm(stream, index, objid)
        end = first + starts[index + 1] if index + 1 < len(starts) else len(data)
        parser = PDFStreamParser(data[first + starts[index]:end])
        parser.set_document(self)
        try:
            return parser.nextobject()[1]
        except PSEOF:
            raise PDFSyntaxError(f"object {objid} missing from its object stream") from None

    def _object_stream(self, stream: PDFStream) -> tuple[bytes, object, list[int], dict[int, int]]:
        """An object stream's data, the offset of its first object, its objects' offsets from there and the
        index of each object number, read once."""
        streams = self.__dict__.setdefault("_object_streams", {})
        if stream.objid not in streams:
            data = stream.get_data()
            first = stream.get("First")
            head = data[:first] if isinstance(first, int) else b""
            header = head.split() if _NUMBERS.fullmatch(head) else []  # pairs of numbers, or none is trusted
            if len(header) % 2:
                header = []
            numbers = list(map(int, header[0::2]))
            streams[stream.objid] = (data, first, list(map(int, header[1::2])), dict(zip(numbers, range(len(numbers)))))
        return streams[stream.objid]

    def raw_object(self, objid: int, genno: int | None = None, *, by_header: bool = False) -> bytes | None:
        """The bytes object ``objid`` is written in, unparsed (a stored object's from its ``N G obj`` to its
        ``endobj``), where the cross-reference table says exactly where they are; None where it does not (a free
        or missing object, an object stream whose header disagrees with the table or lists an object twice, an
        encrypted file). ``genno``: the generation the object must have, if any. ``by_header``: an object of an
        object stream is found by its number in the stream's header (as pdfminer and PDFium find it) when the
        table's index into the stream is wrong (a writer's 16-bit index that wrapped past 65,535)."""
        readable = self.__dict__.get("_raw_readable")
        if readable is None:
            readable = self._raw_readable = not self.encryption and all(
                isinstance(xref, (PDFXRef, PDFXRefStream)) and not isinstance(xref, PDFXRefFallback)
                for xref in self.xrefs)
        if not readable:
            return None
        for xref in self.xrefs:
            position = _position(xref, objid)
            if position is None:
                continue
            strmid, index, generation = position
            try:
                if strmid is None:
                    body = self.__dict__.get("body")
                    head = _OBJECT_HEAD.match(body, index) if body is not None else None
                    if head is None or int(head[1]) != objid or int(head[2]) != generation or \
                            genno not in (None, generation):
                        return None
                    end = body.find(b"endobj", head.end())
                    return body[head.end():end] if end >= 0 else None
                stream = self._cached_objs[strmid][0] if strmid in self._cached_objs else self.getobj(strmid)
                if genno or not isinstance(stream, PDFStream):  # (objects in a stream are of generation 0)
                    return None
                data, first, starts, by_number = self._object_stream(stream)
                if by_header and objid in by_number:
                    index = by_number[objid]
                if not isinstance(first, int) or len(by_number) != len(starts) or by_number.get(objid) != index:
                    return None
                end = first + starts[index + 1] if index + 1 < len(starts) else len(data)
                return data[first + starts[index]:end]
            except Exception:
                return None
        return None


def _position(xref: PDFXRef | PDFXRefStream, objid: int) -> tuple[int | None, int, int] | None:
    """``xref.get_pos(objid)``, None for an object the section does not hold; a stream's entry unpacked at once
    (pdfminer's unpacks each field in a call of its own: a third of the time of telling 32,768 links apart)."""
    if not isinstance(xref, PDFXRefStream):
        return xref.offsets.get(objid)
    index = 0
    for start, count in xref.ranges:
        if start <= objid < start + count:
            index += objid - start
            break
        index += count
    else:
        return None
    fl1, fl2 = xref.fl1, xref.fl2
    entry = xref.data[xref.entlen * index:xref.entlen * (index + 1)]
    kind = int.from_bytes(entry[:fl1], "big") if fl1 else 1
    second = int.from_bytes(entry[fl1:fl1 + fl2], "big")
    third = int.from_bytes(entry[fl1 + fl2:], "big")
    if kind == 1:
        return None, second, third
    if kind == 2:
        return second, third, 0
    return None


class _RescannedDocument(_Document):
    """The document as pdfminer reads it when the cross-reference table is unusable: by scanning
    the file for objects."""

    def find_xref(self, parser: PDFParser) -> int:
        raise PDFNoValidXRef("cross-reference table ignored")


def open_structure(body: bytes, *, repair: bool) -> PDFDocument | None:
    """The document's object structure, or None when pdfminer cannot read it (PDFium may still read the
    pages). With ``repair``, a file whose cross-reference table is damaged is scanned for its objects
    (slow, in Python: only worth it when PDFium could not open the file either). An encrypted file that
    needs a password is an ExtractError."""
    try:
        document = _Document(PDFParser(io.BytesIO(body)), password="", fallback=repair)
        document.body = body
        return document
    except PDFPasswordIncorrect:
        raise PasswordProtected("encrypted PDF (password required)") from None
    except PDFEncryptionError:
        return None
    except Exception:
        pass
    if not repair or b"trailer" not in body:  # pdfminer's scan finds the catalog only through a classic trailer
        return None
    try:
        return _RescannedDocument(PDFParser(io.BytesIO(body)), password="")
    except Exception:
        return None


def reason(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."


# --- decompression bombs ---------------------------------------------------------------------------------------------

MAX_CONTENT_BYTES = 256 * 1024 * 1024  # decompressed size of one page's content stream


# Deflate's greatest ratio (a run of one byte): no stream smaller than MAX_CONTENT_BYTES / this inflates beyond
FLATE_MAX_RATIO = 1032
_MAX_DIRECT_OBJECTS = 5_000  # streams of a file written with object streams, read to skip the page tree walk


def content_bombs(document: PDFDocument, pages: int, file_size: int) -> set[int]:
    """The numbers of the pages whose content stream is a decompression bomb. PDFium inflates a page's content
    whole when it loads the page and aborts the process when memory runs out, so a few kilobytes that
    inflate to gigabytes are refused here first, inflating them in bounded steps. A file too small to hold
    a stream that could inflate so far (most are), or whose direct streams are all that small, is not walked;
    a content stream that small is not inflated (PDFium inflates it when it loads the page)."""
    if file_size * FLATE_MAX_RATIO <= MAX_CONTENT_BYTES or _direct_streams_too_small(document):
        return set()
    bombs = set()
    try:
        for number, (_, page) in enumerate(_pages(document), 1):
            if number > pages:
                break
            contents = resolve1(page.get("Contents"))
            for content in contents if isinstance(contents, list) else [contents]:
                content = resolve1(content)
                if isinstance(content, PDFStream) and content.rawdata is not None and \
                        len(content.rawdata) * FLATE_MAX_RATIO > MAX_CONTENT_BYTES and \
                        _inflates_beyond(content, MAX_CONTENT_BYTES):
                    bombs.add(number)
                    break
    except Exception:
        pass  # what pdfminer cannot walk, PDFium reads or reports on its own
    return bombs


def refused(number: int) -> str:
    """Why page ``number`` is not read: its content stream is a decompression bomb."""
    return f"page {number}: refused: content stream expands past {MAX_CONTENT_BYTES // 1048576} MB"


def _direct_streams_too_small(document: PDFDocument) -> bool:
    """Whether no stream stored directly in a file written with object streams holds enough compressed data
    to inflate past the limit: a page's content is always such a stream, and in such a file the direct
    objects are a few streams, while the page dictionaries (compressed) can list tens of thousands of
    annotations each, slow to parse. False when the file is not written so or cannot be read so."""
    if not document.xrefs or not all(isinstance(xref, PDFXRefStream) for xref in document.xrefs):
        return False
    direct = set()
    try:
        for xref in document.xrefs:
            objects = _direct_objects(xref)
            if objects is None or len(direct.union(objects)) > _MAX_DIRECT_OBJECTS:
                return False
            direct.update(objects)
        for objid in direct:
            stream = document.getobj(objid)
            if isinstance(stream, PDFStream) and stream.rawdata is not None and \
                    len(stream.rawdata) * FLATE_MAX_RATIO > MAX_CONTENT_BYTES:
                return False
    except Exception:
        return False
    return True


def _direct_objects(xref: PDFXRefStream) -> list[int] | None:
    """Ids of the objects a cross-reference stream says are stored directly in the file (entries of type 1),
    read from the stream's type column in one slice: pdfminer unpacks every entry in Python, and a hostile
    file lists a hundred thousand compressed objects. None when there are more than _MAX_DIRECT_OBJECTS or
    the column is wider than a byte (no writer does that)."""
    if xref.fl1 not in (0, 1) or not xref.entlen:
        return None
    types = xref.data[::xref.entlen] if xref.fl1 else b""  # no type column: every entry is of type 1
    direct, index = [], 0
    for start, count in xref.ranges:
        column = types[index:index + count]
        if count - len(column) > _MAX_DIRECT_OBJECTS:
            return None
        # an entry the data stops short of is of type 1, as pdfminer reads it
        direct.extend(start + k for k, kind in enumerate(column.ljust(count, b"\x01")) if kind == 1)
        if len(direct) > _MAX_DIRECT_OBJECTS:
            return None
        index += count
    return direct


def _pages(document: PDFDocument):
    """(object id, page dictionary) of each page in order, resolving nothing but the page tree's nodes
    (pdfminer's PDFPage resolves every annotation of a page), each node once."""
    seen: set[int] = set()
    stack = [document.catalog.get("Pages")]
    while stack:
        reference = stack.pop()
        if isinstance(reference, PDFObjRef):
            if reference.objid in seen:
                continue
            seen.add(reference.objid)
        node = resolve1(reference)
        if not isinstance(node, dict):
            continue
        kids = resolve1(node.get("Kids"))
        if isinstance(kids, list) and _name_of(node.get("Type")) != "Page":
            stack.extend(reversed(kids))
        elif _name_of(node.get("Type")) != "Pages":
            yield getattr(reference, "objid", None), node


def _inflates_beyond(stream: PDFStream, limit: int) -> bool:
    filters = stream.get_filters()
    if not filters or _name_of(filters[0][0]) not in ("FlateDecode", "Fl") or stream.rawdata is None:
        return False
    inflater = zlib.decompressobj()
    data, total = stream.rawdata, 0
    try:
        while data and total <= limit:
            total += len(inflater.decompress(data, 16 * 1024 * 1024))
            data = inflater.unconsumed_tail
    except zlib.error:
        return False  # encrypted or damaged: not inflated here
    return total > limit


# --- link annotations, told from their bytes ------------------------------------------------------------------

MANY_ANNOTATIONS = 200  # a page with this many annotations has its links told from their bytes (``link_annotations``)
_DELIMITED = rb"(?![^\s/<>\[\](){}%])"  # the end of a name: a delimiter, white space or the end of the bytes
_LINK = re.compile(rb"\s*<<\s*(?:/Type\s*/Annot\s*)?/Subtype\s*/Link" + _DELIMITED)
_PAGES_TYPE = re.compile(rb"/Pages" + _DELIMITED)
_COMMENT = re.compile(rb"%[^\r\n]*")
_ANNOTS = re.compile(rb"/Annots" + _DELIMITED + rb"\s*")
_ESCAPED_NAME = re.compile(rb"/[^\s/<>\[\](){}%]*#")  # a name written with #xx escapes (or a URL's fragment)
_REFERENCE = re.compile(rb"([0-9]+)\s+([0-9]+)\s+R")
_REFERENCES = re.compile(rb"\[((?:\s*[0-9]+\s+[0-9]+\s+R)*)\s*\]")
_MAX_TREE_DEPTH = 64
_SAMPLE = 100  # annotations told first: a page where fewer than half of them are links has the rest left to PDFium


def link_annotations(document: PDFDocument, pages: int) -> Callable[[int, int, int], set[int]]:
    """``links(index, count, limit)``: which of the first ``limit`` annotations of page ``index`` (among its
    ``count``, as PDFium counts them) are links, told from the bytes they are written in, without parsing them.
    PDFium parses each annotation it is asked for (a page of 32,768 links: half a second, and as long again to free
    them), and a link holds nothing ``annotations.read_annotations`` reads. Only what is certain is told: a page
    reached through a page tree whose every node and count agree with PDFium's page count, whose /Annots array is
    all references, and annotations whose dictionary starts with its /Subtype /Link (after /Type /Annot at most)
    and names no other subtype; any doubt, and the page's annotations are all left to PDFium (an empty set)."""
    leaves: list[tuple[int, bytes]] | None = None
    walked = False

    def links(index: int, count: int, limit: int) -> set[int]:
        nonlocal leaves, walked
        if not walked:
            walked = True
            try:
                leaves = _page_leaves(document, pages)
            except Exception:
                leaves = None
        if leaves is None or not 0 <= index < len(leaves):
            return set()
        try:
            references = _annotation_references(document, leaves[index][1])
        except Exception:
            return set()
        if references is None or len(references) != count:
            return set()
        found = set()
        for position, (objid, genno) in enumerate(references[:limit]):
            if position == _SAMPLE and 2 * len(found) < _SAMPLE:
                break  # mostly other annotations (10,000 notes): PDFium parses them anyway, the rest is left to it
            raw = document.raw_object(int(objid), int(genno))
            if raw is not None and _LINK.match(raw) and raw.count(b"/Subtype") == 1 and \
                    (b"#" not in raw or not _ESCAPED_NAME.search(raw)):
                found.add(position)
        return found
    return links


def _page_leaves(document: PDFDocument, pages: int) -> list[tuple[int, bytes]] | None:
    """(object id, bytes) of each page in order, where the page tree is one PDFium reads the same way: every
    node a /Pages dictionary with /Kids and a /Count of the pages under it, every page a dictionary without /Kids
    of /Type /Page, each once, ``pages`` in all; None otherwise."""
    leaves: list[tuple[int, bytes]] = []
    seen: set[int] = set()

    def walk(reference, depth: int) -> int | None:
        if not isinstance(reference, PDFObjRef) or reference.objid in seen or depth > _MAX_TREE_DEPTH:
            return None
        seen.add(reference.objid)
        raw = document.raw_object(reference.objid, by_header=True)
        if raw is None:
            return None
        if b"/Kids" not in raw:
            if _PAGES_TYPE.search(raw) or len(leaves) >= pages:
                return None
            leaves.append((reference.objid, raw))
            return 1
        node = resolve1(reference)
        kids = resolve1(node.get("Kids")) if isinstance(node, dict) else None
        if _name_of(node.get("Type")) != "Pages" or not isinstance(kids, list):
            return None
        total = 0
        for kid in kids:
            under = walk(kid, depth + 1)
            if under is None:
                return None
            total += under
        return total if resolve1(node.get("Count")) == total else None

    return leaves if walk(document.catalog.get("Pages"), 0) == pages == len(leaves) else None


def _annotation_references(document: PDFDocument, page: bytes) -> list[tuple[bytes, bytes]] | None:
    """The (object number, generation) of each entry of a page's /Annots array, read from the page's bytes; None
    unless the page names /Annots once, in its own dictionary, and the array holds references only. A page
    holding a string is left alone (without strings, a % starts a comment wherever it stands)."""
    if b"(" in page or _ESCAPED_NAME.search(page):
        return None
    page = _COMMENT.sub(b" ", page)
    found = list(_ANNOTS.finditer(page))
    if len(found) != 1:
        return None
    before = page[:found[0].start()]
    if before.count(b"<<") - before.count(b">>") != 1:
        return None
    after = page[found[0].end():]
    reference = _REFERENCE.match(after)
    if reference is not None:
        array = document.raw_object(int(reference[1]), int(reference[2]))
        if array is None or b"(" in array:
            return None
        references = _REFERENCES.fullmatch(_COMMENT.sub(b" ", array).strip())
    else:
        references = _REFERENCES.match(after)
    return _REFERENCE.findall(references[1]) if references is not None else None


# --- document information and XMP ---------------------------------------------------------------------------

def information(builder: DocumentBuilder, document: PDFDocument) -> set[str]:
    """Every text entry of the document information dictionary; returns the values added."""
    added = set()
    try:
        for info in document.info:
            info = resolve1(info)
            for key, value in info.items() if isinstance(info, dict) else ():
                key = key.decode("latin-1") if isinstance(key, bytes) else str(key)
                value = text_of(value)
                if value and key not in _TECHNICAL_INFO and value not in added:
                    builder.add(value, Location(element="PDF metadata"), hidden="pdf metadata", label=key)
                    added.add(value)
                    if key == "Title" and not builder.document.title:
                        builder.document.title = value
    except Exception as e:
        builder.warn(f"document information unreadable: {reason(e)}")
    return added


def xmp(builder: DocumentBuilder, document: PDFDocument, already: set[str]) -> None:
    """Text properties of the XMP metadata packet (Dublin Core title, creator, description, subject,
    custom schemas), except those the document information already gave."""
    try:
        stream = resolve1(document.catalog.get("Metadata"))
        if not isinstance(stream, PDFStream):
            return
        data = stream.get_data()[:_MAX_XMP_BYTES]
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
        root = etree.fromstring(data, parser)
    except Exception as e:
        builder.warn(f"XMP metadata unreadable: {reason(e)}")
        return
    if root is None:
        return
    for element in root.iter():
        if not isinstance(element.tag, str) or len(element) or not (element.text or "").strip():
            continue
        name = etree.QName(element).localname
        if element.tag.startswith(_RDF):  # rdf:li of a list: named by the property holding the list
            holder = next((a for a in element.iterancestors() if not a.tag.startswith(_RDF)), None)
            name = etree.QName(holder).localname if holder is not None else name
        value = " ".join(element.text.split())
        if name in _TECHNICAL_XMP or value in already:
            continue
        already.add(value)
        builder.add(value, Location(element="XMP metadata"), hidden="pdf metadata", label=name)
        if builder.full:
            return


# --- forms ---------------------------------------------------------------------------------------------------------

# a field name a form tool gives by itself, which says nothing of the field ("Text6", "Text Field 12", "fill_3",
# "untitled4")
# a field name a form tool made up, which says nothing of what the field holds: "Text6", "Text Field 12", "Fill 3",
# LiveCycle's "TextField1[0]" and a tax form's "f1_1[0]", "f2_14": a word of a letter or two numbered, never a word
# of three letters or more ("Phone_2", "acct1")
_GENERIC_NAME = re.compile(r"(?i)(?:(?:text|text\s*field|field|fill|untitled|textbox|text\s*box|tf)?[\s_.-]*\d*"
                           r"|[a-z]{1,2}[\s_.-]*\d+(?:[\s_.-]+\d+)*)(?:\[\d+\])*")


def form_fields(builder: DocumentBuilder, document: PDFDocument,
                text_near: Callable[[int, tuple[float, float, float, float]], str | None] | None = None) -> int:
    """Filled-in AcroForm fields: a value typed into a published form is published text. Each value is labelled
    by the field's tooltip or the words of its name ("customer_name" -> "customer name"), or, for a field whose name
    a form tool gave it ("Text6"), by the page's words printed beside or above its box (``text_near(page, rect)``);
    the values of one form are one record, as an HTML form's are: its other fields say whose a value is. Returns how
    many were found."""
    filled: list[Segment | None] = []
    parts: list[tuple[str, Location, str]] = []  # fields holding parts of one number, not yet added
    page_numbers: dict[int, int] | None = None
    party: str | None = None  # the firm or staff member the field before names ("Installer Address"), if any

    def add_parts() -> None:
        """The parts of a number split over fields, added as one value labelled by what they have in common
        ("398-97-2751", "Social Security Number"); a lone part as it is."""
        if len(parts) > 1:
            filled.append(builder.add("-".join(v for v, _, _ in parts), parts[0][1], hidden="form field",
                                      label=_PART.sub("", parts[0][2])))
        elif parts:
            filled.append(builder.add(parts[0][0], parts[0][1], hidden="form field", label=parts[0][2]))
        parts.clear()

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
            partial = text_of(field.get("T"))
            name = ".".join(p for p in (parent_name, partial) if p)
            value = text_of(field.get("V"))
            if value:
                page_ref = field.get("P")
                if page_numbers is None and isinstance(page_ref, PDFObjRef):
                    page_numbers = _page_numbers(document, builder.document.pages or 0)
                page = (page_numbers or {}).get(getattr(page_ref, "objid", None))
                label = text_of(field.get("TU")) or None
                if label is None and _GENERIC_NAME.fullmatch(partial) and text_near is not None and page:
                    rect = _widget_rect(field)
                    label = text_near(page, rect) if rect else None
                label = label or key_words(partial) or None
                if label and party and _REPEAT.fullmatch(partial):
                    label = f"{party} {label}"
                party = label.split()[0] if label and header_kind(label.split()[0])[0] in ("veto", "soft") else None
                location = Location(page=page, element=f"form field {name}" if name else "form field")
                stem = _PART.sub("", label) if label and value.isdigit() and _PART.search(label) else None
                if not stem or (parts and _PART.sub("", parts[0][2]) != stem):
                    add_parts()
                if stem:
                    parts.append((value, location, label))
                else:
                    filled.append(builder.add(value, location, hidden="form field", label=label))
            kids = resolve1(field.get("Kids"))
            if isinstance(kids, list):
                stack.extend((kid, name, depth + 1) for kid in reversed(kids))
        add_parts()
    except Exception as e:
        builder.warn(f"form fields unreadable: {reason(e)}")
    builder.add_record(filled, Location(element="form fields"))
    return len(filled)


def _widget_rect(field: dict) -> tuple[float, float, float, float] | None:
    """The box of a field's widget (its own, or its first kid's), left, bottom, right, top in page space."""
    rect = resolve1(field.get("Rect"))
    if rect is None:
        kids = resolve1(field.get("Kids"))
        rect = resolve1(resolve1(kids[0]).get("Rect")) if isinstance(kids, list) and kids else None
    try:
        x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
    except (TypeError, ValueError):
        return None
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


# a field's name repeated with a number, as a form designer's tool names the second field of the same name ("Phone_2"
# in the installer's section after the customer's "Phone"): it belongs to the party the fields before it name, and is
# labelled with that party ("Installer Phone 2")
_REPEAT = re.compile(r".+[ _-][2-9]")
# a tooltip naming one part of a number a form splits over fields, as a tax form's are ("Social Security Number
# first three numbers", "... second two numbers", "... last four numbers"): the parts are one number
_PART = re.compile(r"[\s:,.(-]+(?:first|second|third|middle|last|final)\s+(?:\w+\s+)?(?:numbers|digits)\W*$",
                   re.IGNORECASE)


def _page_numbers(document: PDFDocument, limit: int) -> dict[int, int]:
    """Page object id -> page number, for the first ``limit`` pages (PDFium's count)."""
    numbers: dict[int, int] = {}
    try:
        for objid, _ in _pages(document):
            numbers[objid] = len(numbers) + 1
            if len(numbers) >= limit:
                break
    except Exception:
        pass
    return numbers


def xfa_data(builder: DocumentBuilder, document: PDFDocument) -> int:
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
        builder.warn(f"XFA form data unreadable: {reason(e)}")
        return 0


# --- tagged structure ----------------------------------------------------------------------------------------------

_MAX_STRUCTURE_ELEMENTS = 50_000


def alternate_texts(builder: DocumentBuilder, document: PDFDocument) -> None:
    """The alternate descriptions (``/Alt``) of a tagged PDF's structure elements: Word's "Save as PDF" and other
    accessible exports write a picture's alt text ("Photo of the meter at ...") on its Figure element in the
    structure tree, which a screen reader speaks and no page shows. Each is located "structure: S alt text"."""
    try:
        root = resolve1(document.catalog.get("StructTreeRoot"))
        if not isinstance(root, dict):
            return
        stack, seen, added = [root.get("K")], set(), set()
        while stack and len(seen) < _MAX_STRUCTURE_ELEMENTS:
            item = stack.pop()
            if isinstance(item, PDFObjRef):
                if item.objid in seen:
                    continue
                seen.add(item.objid)
            item = resolve1(item)
            if isinstance(item, list):
                stack.extend(reversed(item))
                continue
            if not isinstance(item, dict):
                continue
            alt = text_of(item.get("Alt"))
            if alt and alt not in added:
                added.add(alt)
                kind = _name_of(item.get("S")) or "element"
                builder.add(alt, Location(element=f"structure: {kind} alt text"), hidden="alt text")
            stack.append(item.get("K"))
    except Exception as e:
        builder.warn(f"structure tree unreadable: {reason(e)}")


# --- optional content ----------------------------------------------------------------------------------------------

def hidden_layers(builder: DocumentBuilder, document: PDFDocument) -> set[str]:
    """Names of the optional content groups (layers) a viewer hides by default: their text is in the
    file and prints for nobody, yet anyone can switch the layer on."""
    try:
        properties = resolve1(document.catalog.get("OCProperties"))
        if not isinstance(properties, dict):
            return set()
        groups = resolve1(properties.get("OCGs"))
        default = resolve1(properties.get("D"))
        if not isinstance(groups, list) or not isinstance(default, dict):
            return set()
        off = {_ref_id(g) for g in resolve1(default.get("OFF")) or []}
        if _name_of(default.get("BaseState")) == "OFF":
            on = {_ref_id(g) for g in resolve1(default.get("ON")) or []}
            off = {_ref_id(g) for g in groups} - on
        return {name for g in groups if _ref_id(g) in off and (name := text_of(resolve1(g).get("Name")))}
    except Exception as e:
        builder.warn(f"optional content (layers) unreadable: {reason(e)}")
        return set()


def _ref_id(reference) -> object:
    return reference.objid if isinstance(reference, PDFObjRef) else id(reference)


# --- values --------------------------------------------------------------------------------------------------------

def text_of(value) -> str:
    """A PDF text string (PDFDocEncoding or UTF-16) as str; names and other objects give ''."""
    value = resolve1(value)
    if isinstance(value, bytes):
        return " ".join(decode_text(value).replace("\x00", "").split())
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):  # a multiple-choice field
        return " ".join(filter(None, map(text_of, value)))
    return ""


def _name_of(value) -> str:
    value = resolve1(value)
    return value.name if isinstance(value, PSLiteral) else ""
