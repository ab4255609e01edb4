"""XML files (a billing system's export, a Green Button/ESPI download, an RSS or Atom feed) read as records, as JSON
is: an element repeated among its siblings (each ``<Customer>``, ``<item>``, ``<entry>``) is a record, and its
attributes, its child elements and the elements nested in those are its fields, labelled by their names in words
(``<AcctNo>`` -> "Acct No", ``<vendor ein="...">`` -> "vendor ein" beside the vendor's own text, "vendor"). An
attribute that qualifies its element's text (``<Read uom="KWH">2861</Read>``: a unit, a type) labels that text too,
"Read (KWH)", as a column header names its unit: the number is a reading in kWh, not a bare "Read". Siblings that
each name their field in an attribute (a document system's ``<Keyword name="Customer Name">``) are one record's
fields under those names.
Escaped HTML in an element (a feed entry's ``<content type="html">`` or ``<description>``, entity-escaped or in
CDATA) is a document, not a value: it is read as a page is, outside the entry's record; so is a feed's prose element
holding plain sentences (an RSS 2.0 ``<description>`` written without markup).

A KML map layer (Google Earth, a GIS export; a KMZ is a zip holding one) is read by placemark: each
``<Placemark>`` is a record of its name, its ExtendedData/SchemaData fields (labelled by their names) and its
description, HTML read as a page is (a balloon's lines or its table of field names and values). A layer of
shut-off locations names the customer in ``<name>`` and puts the account and phone in the description.

Parsed with defusedxml: no entity is expanded and nothing external is fetched; a file that declares entities, is
not well-formed XML or is larger than the text the document may still hold is read line by line like any text."""
from __future__ import annotations

import re
from collections import Counter

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from detectors.model import Location

from . import DocumentBuilder, collapse, is_label_like
from .green_button import download_parts, is_green_button, label_units
from .html import extract_markup
from .json_data import MARKUP_TEXT, Dialect, add_records, json_records, nested_label, sections
from .text_fields import key_words

_TEXT = "#text"  # the key of an element's own text beside its attributes or children
# attributes that say what an element's text measures or is ("uom", "unitOfMeasure", "units", "type")
_QUALIFIERS = frozenset({"uom", "unit", "units", "unitofmeasure", "type"})
# attributes that name the field an element's text is the value of (``<Keyword name="Customer Name">``, a
# document system's keyword list; ``<field key="acct">``, ``<property label="Phone">``)
_UNITS = _QUALIFIERS - {"type"}  # those that say a unit, which an element's children's values are measured in
_FIELD_NAMES = frozenset({"name", "key", "field", "fieldname", "label", "keyword", "property", "displayname"})
# a placemark's own fields in KML, by their labels (a snippet is the line a map's list shows under the name)
_PLACEMARK_FIELDS = {"name": "Name", "address": "Address", "phoneNumber": "Phone Number", "Snippet": None}
# a feed's prose elements (RSS <description>, Atom <summary>/<content>, <content:encoded>): plain text in them is
# an item's story in sentences, as a page's paragraph is, not a field's value
_PROSE_ELEMENTS = frozenset({"description", "summary", "content", "encoded"})
_INDEX = re.compile(r"\[\d+\]$")
# a record's repeated elements read as its fields, each apart (a phone of each type, a usage history's months), at most
_MAX_REPEATED_FIELDS = 60
_PROSE_WORDS = 8  # a prose element's text of fewer words is a value ("Residential", "Outage update")


def _member(path: str, key: str) -> str:
    if key.startswith("#"):  # the element's own text, qualified or not
        return path
    return f"{path}/@{key[1:]}" if key.startswith("@") else f"{path}/{key}"


def _label(parent: str | None, key: str) -> str:
    parent, key = parent and _INDEX.sub("", parent), _INDEX.sub("", key)  # a repeated field's "Phone[2]": "Phone"
    if key == _TEXT:
        return key_words(parent or "")
    if key.startswith("#"):  # text qualified by an attribute: "Read (KWH)"
        return f"{key_words(parent or '')} ({key[1:]})"
    name = key_words(key.lstrip("@"))
    return nested_label(key_words(parent), name, " ") if parent else name


XML_DIALECT = Dialect(member=_member, item=lambda path, index: f"{path}[{index + 1}]", label=_label,
                      linked_data=False, sections=lambda name, value: sections(value))
GREEN_BUTTON_DIALECT = XML_DIALECT._replace(sections=download_parts)


def well_formed(body: bytes) -> bool:
    """Whether ``body`` parses as one safe XML document (a text that only looks like one is read as text, unwarned)."""
    try:
        fromstring(body)
    except (DefusedXmlException, ParseError, ValueError):
        return False
    return True


def read_xml(builder: DocumentBuilder, body: bytes, container: str | None = None) -> bool:
    """Read ``body`` as XML records into ``builder``; False (nothing read) when it is not safe, well-formed XML
    within the document's remaining text budget, with a warning saying why. ``container``: the path the root
    element's members are read under when the root is a container only, whose name is no part of its fields' (a
    Word data part's ``<case><email>``, ``<root><Phone>``: "email", "phone", not "case email")."""
    if len(body) > builder.room:
        builder.warn("XML larger than the text limit: read as text, not as records")
        return False
    try:
        root = fromstring(body)
    except DefusedXmlException as e:
        builder.warn(f"XML not parsed ({type(e).__name__}: entities and external references are not expanded): "
                     "read as text")
        return False
    except (ParseError, ValueError) as e:
        builder.warn(f"not well-formed XML ({e}): read as text")
        return False
    if _local(root.tag).lower() == "kml":
        _read_kml(builder, root)
        return True
    documents: list[tuple[str, str]] = []
    tree = _tree(root, documents)
    dialect = XML_DIALECT
    if is_green_button(root):
        label_units(tree)
        dialect = GREEN_BUTTON_DIALECT
    data = {_local(root.tag): tree} if container is None else tree
    add_records(builder, json_records(data, root=container or "", dialect=dialect))
    for path, markup in documents:
        extract_markup(builder, markup, path)
    return True


def _tree(root, documents: list[tuple[str, str]]) -> dict:
    """The element as nested dicts, without recursion: attributes under "@name", a child element that is text
    alone as its text, another as a dict, children whose name repeats among their siblings as a list. Text with
    elements inside it (``<p>Call <b>Jane Doe</b> at ...</p>``, a document rather than data) is one text, under
    "#text" beside the attributes. Escaped HTML (a feed entry's ``<content type="html">``) is a document too:
    appended to ``documents`` with its element's path, to be read as a page is, and left out of the record,
    whose fields the detectors read as values rather than as sentences. Inside a record (an element repeated
    among its siblings), an element without children repeated among its own siblings is one of the record's fields,
    each apart ("Phone[1]", "Phone[2]"; the months of a usage history): a customer's home and mobile phone, not a
    list of records of their own apart from the customer's name."""
    top: dict = {}
    stack = [(root, top, _member("", _local(root.tag)), False, "")]
    while stack:
        element, node, path, in_record, unit = stack.pop()
        for name, value in element.attrib.items():
            node["@" + _local(name)] = value
        if not len(element) or _mixed(element):
            text = _text(element, path, documents)
            if text:
                node[_text_key(element, unit)] = text
            continue
        children = [child for child in element if isinstance(child.tag, str)]  # not comments nor instructions
        fields = _named_fields(children)
        if fields is not None:
            node.update((name, _text(child, _member(path, name), documents) or _value_attribute(child))
                        for name, child in fields)
            continue
        repeated, seen = Counter(_local(child.tag) for child in children), Counter()
        own_unit = _unit(element)
        for child in children:
            tag = _local(child.tag)
            child_path = _member(path, tag) if repeated[tag] == 1 else XML_DIALECT.item(_member(path, tag), seen[tag])
            field = in_record and repeated[tag] > 1 and not len(child) and repeated[tag] <= _MAX_REPEATED_FIELDS
            key = XML_DIALECT.item(tag, seen[tag]) if field else tag
            seen[tag] += 1
            if child.attrib or (len(child) and not _mixed(child)):
                value: dict | str = {}
                stack.append((child, value, child_path, in_record or repeated[tag] > 1, own_unit))
            else:
                value = _text(child, child_path, documents)
                value = {"#" + own_unit: value} if own_unit and value else value
            if repeated[tag] > 1 and not field:
                node.setdefault(tag, []).append(value)
            else:
                node[key] = value
    return top


def _named_fields(children: list) -> list[tuple[str, object]] | None:
    """(field name, element) of children that each name the field their text is the value of, in an attribute
    (``<Keyword name="Customer Name">Ana Ruiz</Keyword>``): one record whose fields are labelled by those names,
    not one record per element with the name as a value. None unless every child is such a field with a worded
    name and no two share one."""
    fields = []
    for child in children:
        names = [value for name, value in child.attrib.items() if _local(name).lower() in _FIELD_NAMES]
        if len(child) or len(names) != 1 or not is_label_like(collapse(names[0])):
            return None
        fields.append((collapse(names[0]), child))
    # one entry that gives its value in an attribute (``<add key=".." value=".."/>``) is a field too
    one_setting = len(fields) == 1 and _value_attribute(fields[0][1])
    if (len(fields) < 2 and not one_setting) or len({name.lower() for name, _ in fields}) < len(fields):
        return None
    return fields


def _value_attribute(element) -> str:
    """The value a settings entry gives in an attribute beside its name (.NET's ``<add key="SmtpPassword"
    value="..."/>``, a properties file's ``<entry key=".." value=".."/>``), or ""."""
    return next((value for name, value in element.attrib.items() if _local(name).lower() == "value"), "")


def _text(element, path: str, documents: list[tuple[str, str]]) -> str:
    """An element's text, or "" when it is escaped HTML, which goes to ``documents`` instead."""
    text = " ".join(element.itertext())
    if MARKUP_TEXT.search(text) or _is_prose(element, text):
        documents.append((path, text))
        return ""
    return collapse(text)


def _is_prose(element, text: str) -> bool:
    """Plain text of a feed's prose element (an RSS item's <description>) that is sentences: read as a page's
    paragraph is, so that its name, address and phone are read in their sentence, not as one value."""
    return _local(element.tag).lower() in _PROSE_ELEMENTS and len(text.split()) >= _PROSE_WORDS


def _text_key(element, unit: str = "") -> str:
    """The key of an element's own text: "#text", or "#" and the attribute that qualifies it ("#KWH" of
    ``<Read uom="KWH">``), a short worded value, so that the text's label carries its unit or type; else the unit its
    parent gives its children (``<Usage unit="kWh"><Month>412</Month>``)."""
    for name, value in element.attrib.items():
        value = collapse(value)
        if _local(name).lower() in _QUALIFIERS and is_label_like(value) and len(value) <= 20:
            return "#" + value
    return "#" + unit if unit else _TEXT


def _unit(element) -> str:
    """The unit an element gives the values of its children (``<Usage unit="kWh">``), a short worded value, or ""."""
    for name, value in element.attrib.items():
        value = collapse(value)
        if _local(name).lower() in _UNITS and is_label_like(value) and len(value) <= 20:
            return value
    return ""


def _mixed(element) -> bool:
    """Text beside child elements: the element is prose, not a record of fields."""
    return bool(len(element)) and (bool((element.text or "").strip())
                                   or any((child.tail or "").strip() for child in element))


def _local(name: str) -> str:
    """A name without its namespace: ``{http://naesb.org/espi}IntervalReading`` -> ``IntervalReading``."""
    return name.rsplit("}", 1)[-1]


def _read_kml(builder: DocumentBuilder, root) -> None:
    """A KML layer: its folders' and document's names and descriptions as text, each placemark a record."""
    placemarks = 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        if tag == "Placemark":
            placemarks += 1
            _read_placemark(builder, element, f"Placemark[{placemarks}]")
        elif tag in ("Document", "Folder"):
            for child in element:
                if isinstance(child.tag, str) and _local(child.tag) in ("name", "description"):
                    _add_description(builder, _own_text(child), f"{tag}/{_local(child.tag)}")


def _read_placemark(builder: DocumentBuilder, placemark, path: str) -> None:
    """One placemark's record: its name (and KML's own address, phone number and snippet), each ExtendedData
    field under its display name (or its name in words), and the segments of its description."""
    fields = []
    for child in placemark:
        if not isinstance(child.tag, str):
            continue
        tag = _local(child.tag)
        if tag in _PLACEMARK_FIELDS:
            fields.append(builder.add(_own_text(child), Location(element=f"{path}/{tag}"),
                                      label=_PLACEMARK_FIELDS[tag]))
        elif tag == "ExtendedData":
            fields.extend(builder.add(text, Location(element=f"{path}/ExtendedData/{name}"), label=label)
                          for name, label, text in _extended_data(child))
        elif tag == "description":
            fields.extend(_balloon_fields(builder, _add_description(builder, _own_text(child), f"{path}/description")))
    builder.add_record(fields, Location(element=path))


# a balloon's line "Label: value" ("Contact: Ana Ruiz 909-...") or "Label figure" ("Baseline 6,311 kWh/yr")
_BALLOON_FIELD = re.compile(r"\s*(?P<label>[^\W\d_][^:\d\n]{0,30}?)\s*(?::\s*|\s+(?=\d[\d,.]*\s*[^\W\d_]))(?P<value>\S.*)")
_BALLOON_LINES = 12  # lines of a balloon of fields; more are a text of its own
_BALLOON_LINE = 100  # characters of a field's line; a longer one is a sentence


def _balloon_fields(builder: DocumentBuilder, segments: list) -> list:
    """A placemark's description written as a balloon of lines (``addr<br/>Acct ...<br/>Contact: ...``), one
    unlabelled segment of a few short lines, as the fields it lists: each line its own field, labelled by its
    "Label:" (or the words before its figure), so the record is judged field by field as a table's row is, and the
    address line, the contact's name and phone and the usage are read as the placemark's. Any other description (a
    table, paragraphs) is kept as it was read."""
    if len(segments) != 1 or segments[0].label is not None:
        return segments
    segment = segments[0]
    lines = [line.strip() for line in segment.text.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _BALLOON_LINES or any(len(line) > _BALLOON_LINE for line in lines):
        return segments
    builder.document.segments.remove(segment)
    fields = []
    for number, line in enumerate(lines, start=1):
        match = _BALLOON_FIELD.fullmatch(line)
        label = match.group("label") if match and is_label_like(match.group("label")) else None
        where = Location(element=f"{segment.location.element}/line[{number}]")
        fields.append(builder.add(match.group("value") if label else line, where, label=label,
                                  hidden=segment.hidden, chrome=segment.chrome))
    return fields


def _extended_data(extended) -> list[tuple[str, str, str]]:
    """(name, label, value) of each ``<Data name=..><displayName/><value/></Data>`` and each
    ``<SchemaData><SimpleData name=..>`` value."""
    fields = []
    for element in extended.iter():
        if not isinstance(element.tag, str):
            continue
        tag, name = _local(element.tag), element.get("name", "")
        if tag == "Data":
            parts = {_local(c.tag): _own_text(c) for c in element if isinstance(c.tag, str)}
            fields.append((name, parts.get("displayName") or key_words(name), parts.get("value", "")))
        elif tag == "SimpleData":
            fields.append((name, key_words(name), _own_text(element)))
    return [(name, label or None, text) for name, label, text in fields if text]


def _add_description(builder: DocumentBuilder, text: str, path: str) -> list:
    """A description, HTML or plain text, read as a page is; the segments it added."""
    start = len(builder.document.segments)
    if text:
        extract_markup(builder, text, path)
    return builder.document.segments[start:]


def _own_text(element) -> str:
    return " ".join(element.itertext()).strip()
