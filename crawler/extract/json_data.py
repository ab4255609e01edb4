"""JSON files (an open-data export, an API dump, GeoJSON): each object's scalar members are one record whose
fields are labelled by their keys, as a CSV row is by its header, so that ``{"customer": ..., "kwh": ...}``
reads as the customer record it is. A file that is not JSON is read line by line like any text."""
from __future__ import annotations

import json

from detectors.model import Location

from . import DocumentBuilder, collapse
from .sniff import decode
from .text import extract_text


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
    _walk(builder, data)


def _walk(builder: DocumentBuilder, data) -> None:
    """Depth first, in document order, without recursion (a file may nest deeply): one record per object that
    has scalar members, labelled by their keys, and one segment per scalar in a list."""
    stack = [(data, "$")]
    while stack and not builder.full:
        node, path = stack.pop()
        if isinstance(node, dict):
            members = ((f"{path}.{key}", str(key), value) for key, value in node.items())
        else:
            members = ((f"{path}[{index}]", None, value) for index, value in enumerate(node))
        fields, nested = [], []
        for where, label, value in members:
            if isinstance(value, (dict, list)):
                nested.append((value, where))
            elif value is not None and value != "":
                fields.append(builder.add(collapse(str(value)), Location(element=where), label=label))
        if isinstance(node, dict):
            builder.add_record(fields, Location(element=path))
        stack.extend(reversed(nested))
