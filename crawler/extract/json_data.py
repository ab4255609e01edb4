"""JSON files (an open-data export, an API dump, GeoJSON) and JSON data islands of web pages: each object's scalar
members are one record whose fields are labelled by their keys, as a CSV row is by its header, so that
``{"customer": ..., "kwh": ...}`` reads as the customer record it is. A file that is not JSON is read line by line
like any text.

Linked data (JSON-LD, schema.org) says what a value is with an object: a ``PropertyValue``
(``{"name": "Svc Acct #", "value": "..."}``) is the value of its parent under its own name, and another typed
object of values alone (a ``PostalAddress``) is one value of its parent, its parts joined, so that a Person's
account number and address stay in the Person's record."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import NamedTuple

from detectors.model import Location

from . import DocumentBuilder, collapse
from .sniff import decode
from .text import extract_text

# the members of a schema.org PropertyValue besides its name and value
_PROPERTY_VALUE_EXTRAS = frozenset({"@type", "@id", "propertyID", "unitText", "unitCode", "description", "url"})


class JsonField(NamedTuple):
    label: str | None  # the key (None for an item of a list)
    text: str
    where: str  # its JSON path ("$.rows[0].customer")


def extract_json(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    decoded = decode(body, content_type)
    try:
        data = json.loads(decoded.text)
    except (ValueError, RecursionError):  # nested past what the parser reads: its text is still there to read
        data = None
    if not isinstance(data, (dict, list)):  # not JSON after all (JSON Lines, a broken export), or a bare value
        extract_text(builder, body, content_type)
        return
    if decoded.warning:
        builder.warn(decoded.warning)
    for path, fields, is_object in json_records(data):
        if builder.full:
            break
        segments = [builder.add(f.text, Location(element=f.where), label=f.label) for f in fields]
        if is_object:
            builder.add_record(segments, Location(element=path))


def json_records(data, root: str = "$") -> Iterator[tuple[str, list[JsonField], bool]]:
    """Depth first, in document order, without recursion (a file may nest deeply): per object, its path, its
    scalar members (with the linked-data values folded in) and True; per list, its scalar items, labelled by the
    key of the member holding the list, and False."""
    stack = [(data, root, None)]
    while stack:
        node, path, key = stack.pop()
        if isinstance(node, dict):
            members = ((f"{path}.{key}", str(key), value) for key, value in node.items())
        else:  # a list's items are labelled by the key of the member holding it ("kwh": ["898", "1,023"])
            members = ((f"{path}[{index}]", key, value) for index, value in enumerate(node))
        fields, nested = [], []
        for where, label, value in members:
            folded = _folded(label, value, where) if isinstance(node, dict) else None
            if folded is not None:
                fields.extend(folded)
            elif isinstance(value, (dict, list)):
                nested.append((value, where, label))
            elif value is not None and value != "":
                fields.append(JsonField(label, collapse(str(value)), where))
        if fields or isinstance(node, dict):
            yield path, fields, isinstance(node, dict)
        stack.extend(reversed(nested))


def _folded(key: str | None, value, where: str) -> list[JsonField] | None:
    """The fields a linked-data value gives its parent object (``key`` is its member name there), or None: a
    PropertyValue (or a list of them) gives its value under its name; another typed object of scalars alone
    (a PostalAddress) gives its parts, joined, under ``key``."""
    if key is None:
        return None
    if isinstance(value, list) and value and all(_property_value(v) for v in value):
        return [_property_field(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if _property_value(value):
        return [_property_field(value, where)]
    if not isinstance(value, dict) or "@type" not in value:
        return None
    parts = [v for k, v in value.items() if k != "@type" and not k.startswith("@")]
    if not parts or any(isinstance(v, (dict, list)) for v in parts):
        return None
    text = ", ".join(collapse(str(v)) for v in parts if v is not None and v != "")
    return [JsonField(key, text, where)] if text else []


def _property_value(value) -> bool:
    return (isinstance(value, dict) and "value" in value and ("name" in value or "propertyID" in value)
            and value.keys() <= _PROPERTY_VALUE_EXTRAS | {"name", "value"}
            and value["value"] not in (None, "") and not isinstance(value["value"], (dict, list)))


def _property_field(value: dict, where: str) -> JsonField:
    label = value.get("name") or value.get("propertyID")
    return JsonField(collapse(str(label)), collapse(str(value["value"])), f"{where}.value")
