"""The document properties a Word "Web Page" (.htm, .mht) keeps in its head: an XML data island inside a
conditional comment (``<!--[if gte mso 9]><xml><o:DocumentProperties>...``), with the file's author, subject,
comments and its custom properties (``<o:CustomDocumentProperties>``), as File > Properties showed them in Word.
Read as an HTML comment, the elements' texts run into one line ("Ana RuizMark LeeDraft for ..."); read here, each
property is a segment labelled by its name, as a .docx file's properties are."""
from __future__ import annotations

import html
import re

from detectors.model import Location

from . import DocumentBuilder
from .office import property_label

_DATA_ISLAND = re.compile(r"^\s*<xml\b", re.I)
_PROPERTY_SETS = re.compile(r"<o:(DocumentProperties|CustomDocumentProperties)\b[^>]*>(.*?)</o:\1\s*>", re.S | re.I)
_PROPERTY = re.compile(r"<o:([A-Za-z0-9_]+)\b[^>]*>([^<]*)</o:\1\s*>", re.S)
# counters and dates Word writes for itself, no text a person typed
_TECHNICAL = frozenset({"totaltime", "created", "lastsaved", "lastprinted", "pages", "words", "characters", "lines",
                        "paragraphs", "characterswithspaces", "version", "revision", "template"})
# DocumentProperties names as read_core_properties labels a .docx file's
_LABELS = {"author": "author", "lastauthor": "last_modified_by", "description": "comments"}
_ENCODED_CHARACTER = re.compile(r"_x([0-9A-Fa-f]{4})_")  # a space in a property's name: Customer_x0020_Phone


def read_office_properties(builder: DocumentBuilder, markup: str, hidden: str | None) -> bool:
    """Read ``markup`` (a comment's, its conditional wrapper removed) when it is Office's XML data island; False for
    any other markup."""
    if not _DATA_ISLAND.match(markup):
        return False
    for kind, body in _PROPERTY_SETS.findall(markup):
        add_office_properties(builder, kind, ((name, html.unescape(value)) for name, value in _PROPERTY.findall(body)),
                              hidden)
    return True


def add_office_properties(builder: DocumentBuilder, kind: str, named_values, hidden: str | None) -> None:
    """Add one property set of an Office 2003 file (``kind`` "DocumentProperties" or "CustomDocumentProperties"), its
    (element name, text) pairs, as File > Properties shows them, each value labelled by its name. Custom properties
    are one record, as in a .docx file: a system stamps one case on the file."""
    location = Location(element="document properties")
    added = []
    for name, value in named_values:
        value = " ".join(value.split())
        name = _ENCODED_CHARACTER.sub(lambda m: chr(int(m.group(1), 16)), name)
        if not value or name.lower() in _TECHNICAL:
            continue
        label = _LABELS.get(name.lower(), property_label(name)) if kind.lower() == "documentproperties" \
            else property_label(name)
        added.append(builder.add(value, location, hidden=hidden or "document properties", label=label))
    if kind.lower() == "customdocumentproperties" and added:
        builder.add_record(added, location)
