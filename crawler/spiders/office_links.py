"""The URLs the hyperlinks of a Word, Excel or PowerPoint file open, which a reader follows as a page's links.

An agenda packet written in Word links its attachments ("See Exhibit B") as a PDF packet does with ``/URI``
actions (see ``pdf_links``): a document linked from no page but from such a file is published as surely as a
linked one. An Office Open XML file (.docx, .xlsx, .pptx and their macro and template kinds) keeps each
hyperlink's target in a relationships part (``word/_rels/document.xml.rels``, a sheet's or a slide's), as an
external relationship of the hyperlink type. Only those parts are read, each within a size bound, with a parser
that resolves no entity and fetches nothing.
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

_ZIP_MAGIC = b"PK\x03\x04"
_HYPERLINK = "/hyperlink"
MAX_LINKS = 10_000  # per file: beyond this it is a hostile file, not a linked packet
MAX_RELS_BYTES = 4 * 1024 * 1024  # one relationships part, inflated
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def office_links(body: bytes) -> list[str]:
    """The http(s) and relative URLs (as written) of the file's external hyperlinks, in part order, each once; []
    for what is no Office Open XML file (or a broken one)."""
    if not body.startswith(_ZIP_MAGIC):
        return []
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        names = archive.namelist()
        if "[Content_Types].xml" not in names:
            return []
        found: dict[str, None] = {}
        for info in archive.infolist():
            if not info.filename.endswith(".rels") or info.file_size > MAX_RELS_BYTES:
                continue
            for target in _hyperlinks(archive.read(info)):
                found[target] = None
                if len(found) >= MAX_LINKS:
                    return list(found)
        return list(found)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return []


def _hyperlinks(data: bytes) -> list[str]:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return []
    targets = []
    for relationship in root:
        if not isinstance(relationship.tag, str) or not relationship.tag.endswith("Relationship"):
            continue
        target = (relationship.get("Target") or "").strip()
        if (relationship.get("Type") or "").endswith(_HYPERLINK) and relationship.get("TargetMode") == "External" \
                and target and not target.startswith("#") and target.split(":", 1)[0].lower() not in (
                    "mailto", "tel", "file", "javascript", "data"):
            targets.append(target)
    return targets
