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
    except (ValueError, RecursionError):  # not JSON after all (JSON Lines, a broken export), or nested past
        # what the parser reads: its text is still there to read
        extract_text(builder, body, content_type)
        return
    if not isinstance(data, (dict, list)):
        extract_text(builder, body, content_type)
        return
    if decoded.warning:
        builder.warn(decoded.warning)
    _walk(builder, data)


def _walk(builder: DocumentBuilder, data) -> None:
    """Depth first, in document order, without recursion (a file may nest deeply): one record per object that
    has scalar members, one segment per scalar in a list."""
    stack = [(data, "$")]
    while stack and not builder.full:
        node, path = stack.pop()
        if isinstance(node, dict):
            fields, nested = [], []
            for key, value in node.items():
                where = f"{path}.{key}"
                if isinstance(value, (dict, list)):
                    nested.append((value, where))
                elif value is not None and value != "":
                    fields.append(builder.add(collapse(str(value)), Location(element=where), label=str(key)))
            builder.add_record(fields, Location(element=path))
            stack.extend(reversed(nested))
        elif isinstance(node, list):
            nested = []
            for index, value in enumerate(node):
                where = f"{path}[{index}]"
                if isinstance(value, (dict, list)):
                    nested.append((value, where))
                elif value is not None and value != "":
                    builder.add(collapse(str(value)), Location(element=where))
            stack.extend(reversed(nested))
