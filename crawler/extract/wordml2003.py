"""Word's "XML Document" of Word 2003 (WordprocessingML 2003: ``<w:wordDocument
xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">`` after ``<?mso-application progid="Word.Document"?>``)
-> segments and records, as ``office.extract_docx`` reads a .docx. Archives hold memos and tracking logs saved so,
under an ``.xml`` name that Windows opens in Word: read as generic XML, a table's cells would be text without their
column's header, and a customer's row no record.

Its paragraphs, runs and tables have the element names of a .docx's under another namespace: they are renamed to
WordprocessingML's and read by the .docx reader (tables by their header row, hidden text, text boxes), the
auxiliary wrappers (``wx:sect``, ``wx:sub-section``) looked through, headers and footers read as the page's chrome.
Its ``o:DocumentProperties`` and ``o:CustomDocumentProperties`` are read as a Word web page's are. Parsed without
entities or DTD, nothing fetched.
"""
from __future__ import annotations

from lxml import etree

from . import DocumentBuilder, ExtractError
from .office import _W, _WordReader, local_name
from .office_html import add_office_properties

NAMESPACE = "http://schemas.microsoft.com/office/word/2003/wordml"
_AUX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"
_OFFICE = "{urn:schemas-microsoft-com:office:office}"
_WRAPPERS = (_AUX + "sect", _AUX + "sub-section", _AUX + "pBdrGroup")
_PROPERTY_SETS = ("DocumentProperties", "CustomDocumentProperties")


def extract_wordml2003(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError) as e:
        raise ExtractError(f"broken Word 2003 XML document: {e}") from None
    old = "{" + NAMESPACE + "}"
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(old):
            element.tag = _W + element.tag[len(old):]
        for name in [name for name in element.attrib if name.startswith(old)]:
            element.attrib[_W + name[len(old):]] = element.attrib.pop(name)
    for wrapper in reversed(list(root.iter(*_WRAPPERS))):
        _unwrap(wrapper)
    reader = _WordReader(builder, {}, {}, {})
    for document_body in root.iter(_W + "body"):
        reader.blocks(document_body, "paragraph", "")
    for number, part in enumerate(root.iter(_W + "hdr", _W + "ftr"), 1):
        kind = "header" if part.tag == _W + "hdr" else "footer"
        reader.blocks(part, f"{kind} {number}, paragraph", "", chrome=True)
    for kind in _PROPERTY_SETS:
        for properties in root.iter(_OFFICE + kind):
            add_office_properties(builder, kind, ((local_name(p), "".join(p.itertext())) for p in properties), None)


def _unwrap(wrapper) -> None:
    """Put ``wrapper``'s children in its place, so the blocks it wraps are the body's own."""
    parent = wrapper.getparent()
    if parent is None:
        return
    position = parent.index(wrapper)
    for child in reversed(list(wrapper)):
        parent.insert(position, child)
    parent.remove(wrapper)
