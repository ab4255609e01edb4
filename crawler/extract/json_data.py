"""JSON files (an open-data export, an API dump, GeoJSON) and JSON data islands of web pages: each object's scalar
members are one record whose fields are labelled by their keys, as a CSV row is by its header, so that
``{"customer": ..., "kwh": ...}`` reads as the customer record it is. An object nested in another is part of its
record, its members labelled by both keys (``"premise": {"address": ...}`` -> ``premise.address``); the objects of a
list are records of their own. Socrata's and ArcGIS's exports, which keep the column names apart from the rows,
are read with each cell labelled by its column's name. A string member that is itself JSON (a fetched response's
``"body"`` as SvelteKit or an API gateway keeps it) is the nested record it writes; GraphQL's ``__typename`` names
an object's type, never a value of it. A JavaScript source map's original files (``sourcesContent``) are read as
script files are. A file that is not JSON is read line by line like any text.

Linked data (JSON-LD, schema.org) says what a value is with an object: a ``PropertyValue``
(``{"name": "Svc Acct #", "value": "..."}``) is the value of its parent under its own name, a typed ``Person``
nested in an object (a Review's author) is part of its record like an untyped object; another typed object of
values alone (a ``PostalAddress``) is one value of its parent, its parts joined, so that a Person's account number
and address stay in the Person's record; another typed object is a thing of its own. A business's, an
organization's or a public place's object, and the things of their own in it (its employees), are records of a
public listing (``schema_org``)."""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import NamedTuple

from detectors.context.headers import header_kind, staff_column
from detectors.model import Location

from . import DocumentBuilder, collapse
from .schema_org import listed_type
from .sniff import decode
from .text import extract_text
from .text_fields import key_words

# the members of a schema.org PropertyValue besides its name and value
_PROPERTY_VALUE_EXTRAS = frozenset({"@type", "@id", "propertyID", "unitText", "unitCode", "description", "url"})


class JsonField(NamedTuple):
    label: str | None  # the key (None for an item of a list); a nested object's member also names the object
    text: str
    where: str  # its JSON path ("$.rows[0].customer")


class Dialect(NamedTuple):
    """How a tree of objects and lists is addressed and labelled: JSON's ``$.rows[0].premise.address`` and
    ``premise.address``, or XML's ``/Export/Customer[1]/AcctNo`` and ``Customer Acct No``."""

    member: Callable[[str, str], str]  # (path of the object, key) -> path of the member
    item: Callable[[str, int], str]  # (path of the list, index) -> path of the item
    label: Callable[[str | None, str], str]  # (key of the nested object or None, key) -> the member's label
    linked_data: bool  # schema.org values ("@type", PropertyValue) fold into their parent
    # (name, value) -> whether a member's list of objects is the parts of its parent (see sections), not records
    sections: Callable[[str, object], bool] | None = None


# the members that hold a feature's own fields in GeoJSON ("properties") and Esri JSON ("attributes"): their
# names add nothing to a field's ("properties.address" is the feature's "address")
_FIELD_HOLDERS = frozenset({"properties", "attributes"})


def _json_label(parent: str | None, key: str) -> str:
    if not parent or parent in _FIELD_HOLDERS or _names_other_kind(parent, key):
        return key
    return nested_label(parent, key, ".")


def _names_other_kind(parent: str, key: str) -> bool:
    """Whether member ``key`` says it holds another kind of value than the object ``parent`` holding it names: an
    "account" object's "svcAddr" is an address, not an account number, so it is labelled by its own name (the two
    names together would read as the parent's kind). A staff member's object ("assignedTo": {"name": ..., "phone": ...})
    keeps its name on every member: they are the staff member's, not the customer's beside them."""
    if staff_column(parent):
        return False
    own, whole = header_kind(key)[0], header_kind(f"{parent}.{key}")[0]
    return own is not None and whole is not None and own != whole and header_kind(parent)[0] == whole


# the member of a measure's object that holds the measure itself ("usage": {"value": 512, "uom": 72, "days": 31})
_MEASURE_VALUES = frozenset({"value", "val", "quantity", "qty", "total", "reading", "sum"})


# a character XML names cannot hold, written as its code point: "Account_x0020_No" is "Account No" (SharePoint's
# list fields, .NET DataSet and Excel XML exports keep their column names so, in XML and in the JSON made from it)
_ENCODED_CHARACTER = re.compile(r"_x([0-9A-Fa-f]{4})_")


def decoded_name(key: str) -> str:
    """A field's name as its author wrote it: "Service_x0020_Address" -> "Service Address"."""
    return _ENCODED_CHARACTER.sub(lambda m: chr(int(m[1], 16)), key)


def nested_label(parent: str, key: str, joiner: str) -> str:
    """The label of member ``key`` of an object that is member ``parent`` of its record: both names
    ("premise.address", "serviceLocation.line1": whose and what), except in a measure's object
    ("usage": {"kwh": ..., "days": 31, "uom": 72}), where a member is what its own name says and only the one
    holding the figure ("value") is the measure."""
    if header_kind(parent)[0] != "usage":
        return f"{parent}{joiner}{key}"
    return parent if key_words(key).lower() in _MEASURE_VALUES else key


JSON_DIALECT = Dialect(member=lambda path, key: f"{path}.{key}", item=lambda path, index: f"{path}[{index}]",
                       label=_json_label, linked_data=True)


# a JSON string, kept as it is written (its escapes are its own), or a \uXXXX escape outside any string
_STRING_OR_ESCAPE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|\\u([0-9A-Fa-f]{4})')


def parse_json(text: str):
    """JSON text as data. A writer that escapes characters outside strings too (``"name":\\u0020"Ana Ruiz"``, or
    ``{\\u0022name\\u0022: ...}`` where a template's JavaScript escaping was applied to a whole document) writes
    JSON a parser refuses: its escapes outside strings are decoded and it is parsed again. ValueError when it is
    no JSON either way (RecursionError when nested past what the parser reads)."""
    try:
        return json.loads(text)
    except ValueError:
        if "\\u" not in text:
            raise
    return json.loads(escapes_outside_strings_decoded(text))


def escapes_outside_strings_decoded(text: str) -> str:
    """``text`` with its ``\\uXXXX`` escapes outside JSON strings written as the characters they stand for (a
    surrogate, half of a character, stays as written). One pass over the text."""
    def character(match: re.Match) -> str:
        code = match.group(1)
        if code is None or 0xD800 <= int(code, 16) <= 0xDFFF:
            return match.group()
        return chr(int(code, 16))
    return _STRING_OR_ESCAPE.sub(character, text)


def extract_json(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    decoded = decode(body, content_type)
    try:
        data = parse_json(decoded.text)
    except (ValueError, RecursionError):  # nested past what the parser reads: its text is still there to read
        data = None
    if not isinstance(data, (dict, list)):  # not JSON after all (JSON Lines, a broken export), or a bare value
        extract_text(builder, body, content_type)
        return
    if decoded.warning:
        builder.warn(decoded.warning)
    if not read_source_map(builder, data):
        add_records(builder, json_records(data))


def _is_source_map(data) -> bool:
    """A JavaScript source map (``{"version": 3, "sources": [...], "sourcesContent": [...], "mappings": ...}``)."""
    return (isinstance(data, dict) and "mappings" in data and isinstance(data.get("sourcesContent"), list)
            and "version" in data)


def read_source_map(builder: DocumentBuilder, data) -> bool:
    """Whether ``data`` is a source map, whose original files are then read: each as a script file is (its literals
    as data, the rest as code), located by its name; the rest of the map (names, mappings) holds no text of the
    site's."""
    if not _is_source_map(data):
        return False
    _read_sources(builder, data)
    return True


def _read_sources(builder: DocumentBuilder, source_map: dict) -> None:
    from .scripts import read_script  # scripts reads JSON with this module: imported when needed
    names = source_map.get("sources") if isinstance(source_map.get("sources"), list) else []
    for index, source in enumerate(source_map["sourcesContent"]):
        if builder.full:
            return
        if isinstance(source, str) and source.strip():
            name = names[index] if index < len(names) and isinstance(names[index], str) else f"source {index}"
            read_script(builder, source, f"$.sourcesContent[{index}] ({name})", hidden="script file")


def add_records(builder: DocumentBuilder, records: Iterator[tuple[str, list[JsonField], bool]]) -> None:
    """Each object's fields as segments and a record; a list's plain values as segments; a value that is HTML read
    as a page is (``markup_apart``)."""
    for path, fields, kind in records:
        if builder.full:
            break
        fields, markup = markup_apart(fields)
        segments = [builder.add(f.text, Location(element=f.where), label=f.label) for f in fields]
        if kind and segments:
            builder.add_record(segments, Location(element=path), listing=kind == "listing")
        read_markup(builder, markup)


# HTML in a string value (a map marker's popup, a CMS's rendered body, an RSS <description>, each in CDATA or
# entity-escaped): an end tag or a line break says the text is markup, not a value that holds a "<"
MARKUP_TEXT = re.compile(r"</[a-z][a-z0-9]*\s*>|<br\s*/?>", re.I)


def markup_apart(fields: list[JsonField]) -> tuple[list[JsonField], list[JsonField]]:
    """A record's fields apart from those whose value is HTML (a map marker's ``"popup": "<b>Ana Ruiz</b><br>12 Elm
    St<br>Acct 7001..."``): read as one value, its tags would run a name, an address and an account into one line;
    read as a page is, each is a line of its own, as the reader of the popup sees them."""
    plain, markup = [], []
    for f in fields:
        (markup if MARKUP_TEXT.search(f.text) else plain).append(f)
    return plain, markup


def read_markup(builder: DocumentBuilder, fields: list[JsonField], path: str = "", hidden: str | None = None) -> None:
    """The fields whose values are HTML, each read as a page is, under its member's path (after ``path``)."""
    from .html import extract_markup  # html reads scripts' JSON with this module: imported when needed
    for f in fields:
        extract_markup(builder, f.text, " > ".join(filter(None, (path, f.where))), hidden=hidden)


def tabled(data):
    """A table that keeps its column names apart from its rows, its rows as objects labelled by them: Socrata's
    ``{"meta": {"view": {"columns": [{"name": ...}]}}, "data": [[...], ...]}``, ArcGIS's ``{"fields": [{"name": ...,
    "alias": ...}], "features": [{"attributes": {...}}]}``, and the table a page's state or a grid widget is given
    (``{"columns": ["Holder", ...], "rows": [[...], ...]}``, DataTables' ``{"columns": [{"title": ...}], "data":
    [[...]]}``), or a list of rows whose first row is the column names (a sheet's values, ``[["Name", "Service
    Address", "kWh"], [...], ...]``), anywhere in the tree. Anything else as it is."""
    if isinstance(data, list):
        return _header_row_table(data)
    if not isinstance(data, dict):
        return data
    columns = _socrata_columns(data)
    if columns and isinstance(data.get("data"), list):
        rows = [_row_object(columns, row) if isinstance(row, list) else row for row in data["data"]]
        return {**data, "data": rows}
    if (table := _column_table(data)) is not None:
        return table
    if isinstance(data.get("fields"), list) and isinstance(data.get("features"), list):
        aliases = {f["name"]: f.get("alias") or f["name"] for f in data["fields"]
                   if isinstance(f, dict) and isinstance(f.get("name"), str)}
        features = [{**f, "attributes": {aliases.get(k, k): v for k, v in f["attributes"].items()}}
                    if isinstance(f, dict) and isinstance(f.get("attributes"), dict) else f for f in data["features"]]
        # the field list is the schema the rows are now labelled by, no data: its "CUST_NAME" aliases are names of
        # columns, not of customers
        return {**{key: value for key, value in data.items() if key != "fields"}, "features": features}
    return data


_HEADER_TITLE_CHARS = 40  # a column's name is short


def _header_row_table(data: list):
    """A list of rows whose first row names the columns (every cell a short text with no digit, half of them or more
    a field's name by ``header_kind``: "Name", "Service Address", "kWh"), the other rows lists no longer than it: the
    rows as objects under those names, the names being the table's schema, as a CSV's first line is. A list of rows
    of values (names, addresses) has no such first row, and is kept as it is."""
    if len(data) < 2 or not all(isinstance(row, list) for row in data):
        return data
    titles, rows = data[0], data[1:]
    if len(titles) < 2 or not all(isinstance(t, str) and t.strip() and len(t) <= _HEADER_TITLE_CHARS
                                  and not any(c.isdigit() for c in t) for t in titles):
        return data
    if 2 * sum(header_kind(key_words(t))[0] is not None for t in titles) < len(titles) or not all(
            len(row) <= len(titles) for row in rows):
        return data
    columns: list[str] = []
    for number, title in enumerate(titles, 1):
        columns.append(title if title not in columns else f"{title} ({number})")  # two columns of one name keep both
    return [_row_object(columns, row) for row in rows]


def _socrata_columns(data: dict) -> list[str] | None:
    view = data.get("meta", {}).get("view") if isinstance(data.get("meta"), dict) else None
    columns = view.get("columns") if isinstance(view, dict) else None
    if not isinstance(columns, list) or not all(isinstance(c, dict) for c in columns):
        return None
    names: list[str] = []
    for number, column in enumerate(columns, 1):
        name = str(column.get("name") or column.get("fieldName") or f"column {number}")
        names.append(name if name not in names else f"{name} ({number})")  # two columns of one name keep both
    return names if names else None


# the members of a table kept as column names and rows of cells: its column names, and its rows
_COLUMN_NAMES = ("columns", "cols", "headers", "header", "fields", "columnNames", "fieldNames", "headings")
_ROWS = ("rows", "data", "values", "records", "body", "items")
# the member of a column's object that holds the name it is shown under
_COLUMN_TITLES = ("title", "label", "header", "headerName", "name", "text", "displayName", "caption", "data", "field")


def _column_table(data: dict) -> dict | None:
    """``data`` with its rows as objects under its column names, when it is a table kept as a list of column names
    and a list of rows, each a list of cells no longer than the column names (the names are the header of each row, as a
    CSV's first line is); None for any other object. The column names are the table's schema, no data of it."""
    names_key = next((k for k in _COLUMN_NAMES if isinstance(data.get(k), list) and data[k]), None)
    rows_key = next((k for k in _ROWS if isinstance(data.get(k), list) and data[k]), None)
    if names_key is None or rows_key is None:
        return None
    titles = [_column_title(column) for column in data[names_key]]
    rows = data[rows_key]
    if None in titles or not all(isinstance(row, list) and len(row) <= len(titles) for row in rows):
        return None
    columns: list[str] = []
    for number, title in enumerate(titles, 1):
        columns.append(title if title not in columns else f"{title} ({number})")  # two columns of one name keep both
    objects = [_row_object(columns, row) for row in rows]
    return {**{k: v for k, v in data.items() if k != names_key}, rows_key: objects}


def _column_title(column) -> str | None:
    """The name a column is shown under: the name itself, or its object's title ("title", "label", "headerName")."""
    if isinstance(column, str) and column.strip():
        return column
    if isinstance(column, dict):
        return next((column[k] for k in _COLUMN_TITLES if isinstance(column.get(k), str) and column[k].strip()), None)
    return None


def _row_object(columns: list[str], row: list) -> dict:
    """A row's cells under their columns' names; a cell past the last column under its number."""
    return {columns[i] if i < len(columns) else f"column {i + 1}": cell for i, cell in enumerate(row)}


def json_records(data, root: str = "$", dialect: Dialect = JSON_DIALECT
                 ) -> Iterator[tuple[str, list[JsonField], str | None]]:
    """Depth first, in document order, without recursion (a file may nest deeply): per object, its path, its
    scalar members and those of the objects nested in it (``"premise": {"address": ...}`` is the record's
    ``premise.address``; with linked data folded in) and "object", or "listing" for linked data's business,
    organization or public place and the things of their own in it (its employees, see ``schema_org``) and for an
    entry of a list named for firms (``_lists_firms``); per list, its scalar items, labelled by the key of the
    member holding the list, and None, or, for a flat array of a component's values (``_flat_row``), its items
    unlabelled and "object", a headerless row judged by its values' shapes. A list's objects are records
    of their own, as is an object of linked data that is a thing of its own (a ``Person`` a Person ``knows``)."""
    stack = [(data, root, None, False)]
    while stack:
        node, path, key, listed = stack.pop()
        node = tabled(node)
        fields, nested, row = [], [], False
        if isinstance(node, dict):
            listed = listed or dialect.linked_data and listed_type(node.get("@type")) or _lists_firms(key)
            _object_fields(node, path, dialect, fields, nested, _record_name(key))
        else:  # a list's items are labelled by the key of the member holding it ("kwh": ["898", "1,023"])
            row = _flat_row(key, node)
            for index, value in enumerate(node):
                where = dialect.item(path, index)
                if isinstance(value, (dict, list)):
                    nested.append((value, where, key))
                elif (inner := json_in_string(value)) is not None:
                    nested.append((inner, where, key))
                elif _has_value(value):
                    fields.append(JsonField(None if row else key, _scalar_text(key, value), where))
        if fields or isinstance(node, dict):
            yield path, fields, ("listing" if listed else "object") if isinstance(node, dict) or row else None
        stack.extend((value, where, label, listed) for value, where, label in reversed(nested))


_FLAT_ROW_STRINGS = 3  # strings of a flat array of a component's values: fewer are a pair, not a row of fields


def _flat_row(key: str | None, items: list) -> bool:
    """Whether a list is a flat array of a component's values kept without their names (Qwik's ``"objs": ["Ana
    Ruiz", "909-...", "12 Elm St", ...]``, a row of cells with no header): its key names no field (it is no
    "kwh" list of one field's values, nor a "speakers" list of names) and it holds text values of several kinds,
    so it is judged as a table's headerless row is, by its values' shapes."""
    if key is not None and header_kind(key_words(decoded_name(key)))[0] is not None:
        return False
    strings = [item for item in items if isinstance(item, str) and item.strip()]
    return len(strings) >= _FLAT_ROW_STRINGS and any(any(c.isdigit() for c in item) for item in strings) and any(
        not any(c.isdigit() for c in item) for item in strings)


def _object_fields(node: dict, path: str, dialect: Dialect, fields: list, nested: list,
                   record: str | None = None) -> None:
    """The fields of the record of ``node`` and of the objects nested in it, in document order; its lists and
    things of their own appended to ``nested``. ``record``: what each object of the list holding it is ("account"
    for ``<Account>`` elements, an ``"accounts": [...]`` list), which its bare "number" or "id" is the number of
    ("account number") and its bare "by" the writer of ("note by"), as the record's own name says when it is one of
    a kind (``<Account><Number>``)."""
    if _keyed_collection(None, node):
        nested.extend(_keyed_records(node, path, dialect))
        return
    # (members left, path of their object, its key, the unit it names for its figures)
    members: list[tuple[Iterator, str, str | None, str | None]] = [(iter(node.items()), path, None, None)]
    people_apart = _person(node)  # a Person a Person knows is a person of their own
    numbered = {path} if dialect.linked_data and _numbered_person(node, record) else set()  # see _numbered_person
    while members:
        items, object_path, object_key, unit = members[-1]
        member = next(items, None)
        if member is None:
            members.pop()
            continue
        key, value = member
        key, value = str(key), tabled(value)
        if key in _TYPE_NAME_KEYS or dialect.linked_data and key in _LINKED_DATA_KEYS:
            continue  # the name of the object's type ("Customer"), not a value of it
        name = _PERSONS_NUMBER if key == "identifier" and object_path in numbered else decoded_name(key)
        where, label = dialect.member(object_path, key), dialect.label(object_key, name)
        if record and object_key is None and key_words(name.lstrip("@")).lower() in _BARE_NAMES:
            label = f"{record} {label}"
        if unit and _figure(value) and key_words(name).lower() not in _NOT_FIGURES:
            label = f"{label} ({unit})"  # "usage": {"unit": "kWh", "last12Months": ...}: "last12Months (kWh)"
        folded = _folded(label, value, where) if dialect.linked_data else None
        if folded is not None:
            fields.extend(folded)
        elif _keyed_collection(name, value):
            nested.extend(_keyed_records(value, where, dialect))
        elif isinstance(value, dict) and not (dialect.linked_data and "@type" in value and not _transaction_part(value)
                                                  and (people_apart or not _person(value))):
            if dialect.linked_data and _numbered_person(value, name):
                numbered.add(where)
            members.append((iter(value.items()), where, name, _measure_unit(name, value)))
        elif dialect.sections and dialect.sections(name, value):
            members.extend((iter(item.items()), dialect.item(where, index), name, None)
                           for index, item in reversed(list(enumerate(value))))
        elif (kind := _contact_list(name, value)) is not None:
            fields.extend(_contact_fields(kind, value, where, dialect))
        elif _field_values(name, value):  # "kwhHistory": [1184, 1022, 998]
            fields.extend(JsonField(label, _scalar_text(label, item), dialect.item(where, index))
                          for index, item in enumerate(value) if _has_value(item))
        elif isinstance(value, (dict, list)):
            nested.append((value, where, label))
        elif (inner := json_in_string(value)) is not None:
            nested.append((inner, where, label))
        elif _has_value(value):
            fields.append(JsonField(label, _scalar_text(label, value), where))


# the member of a measure's object that names the unit of its figures ("usage": {"unit": "kWh", "last12Months": ...}),
# and a unit's name there: a short word, not ESPI's code (72)
_UNIT_KEYS = frozenset({"unit", "units", "uom", "unit of measure"})
_UNIT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9³/ -]{0,11}")
# members of a measure's object that count something else than the measure: no figure in its unit
_NOT_FIGURES = frozenset({"day", "days", "month", "months", "count", "reads", "readings", "periods", "year"})
_FIGURE = re.compile(r"-?[\d,]*\d(?:\.\d+)?")


def _measure_unit(name: str, value: dict) -> str | None:
    """The unit a measure's object names for its figures in a member of its own (``"usage": {"unit": "kWh",
    "last12Months": 17412}``), to label each figure by, as a column header names its unit; None for any other."""
    units = [collapse(member) for key, member in value.items()
             if isinstance(member, str) and key_words(decoded_name(str(key))).lower() in _UNIT_KEYS]
    if len(units) != 1 or not _UNIT_NAME.fullmatch(units[0]) or header_kind(key_words(name))[0] != "usage":
        return None
    return units[0]


def _figure(value) -> bool:
    """A number, or a string that writes one ("17,412", "713.9")."""
    if isinstance(value, bool):
        return False
    return isinstance(value, (int, float)) or isinstance(value, str) and _FIGURE.fullmatch(value.strip()) is not None


# members naming the type of their object, GraphQL's "__typename": "Customer"; never a value
_TYPE_NAME_KEYS = frozenset({"__typename"})
# linked data's members naming an object's type, vocabulary and identifier ("@type": "Person"): no value of the thing
# (an XML element's attributes are written "@id" too, and are its values)
_LINKED_DATA_KEYS = frozenset({"@type", "@context", "@id"})
_MAX_JSON_IN_STRING = 1_000_000  # characters: a longer string is read as the text it is


def json_in_string(value) -> dict | list | None:
    """The object or array a string member writes as JSON (a fetched response's ``"body": "{\\"name\\": ...}"``
    as SvelteKit or an API gateway keeps it), read as the nested record it is; None for any other value. Each level
    of JSON in a string doubles its escapes, so the size bound bounds the depth too."""
    if not isinstance(value, str) or len(value) > _MAX_JSON_IN_STRING:
        return None
    text = value.strip()
    if text[:1] + text[-1:] not in ("{}", "[]"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if data else None


# a record's member whose name says only that it is a number, not whose ("<Number>", "id"), or only that someone wrote
# it, not what ("by", "author"): its record's name says ("account number", "note by": a ticket's note is staff's)
_BARE_NAMES = frozenset({"number", "no", "nbr", "num", "id", "by", "author"})


# a list's name that says only that its objects are records, not of what ("Row", "items", "data", "results")
_GENERIC_RECORDS = frozenset({"row", "item", "record", "data", "datum", "result", "entry", "feature",
                              "value", "element", "node", "object", "list", "hit", "doc", "document"})


def _record_name(key: str | None) -> str | None:
    """What an object of the list labelled ``key`` is: the label's last word in the singular ("CIS Export Account"
    -> "Account", "accounts" -> "account"); None for an object of no list, or of a list named generically ("Row",
    "items": its "ID" is the row's)."""
    words = key_words(key).split() if key else []
    name = _singular(words[-1]) if words else None
    return None if name is None or name.lower() in _GENERIC_RECORDS else name


def _singular(word: str) -> str:
    """A plural's singular as field names write it ("phones" -> "phone", "addresses" -> "address", "entries")."""
    if word.lower().endswith("ies"):
        return word[:-3] + "y"
    if word.lower().endswith("sses"):
        return word[:-2]
    return word[:-1] if word.lower().endswith("s") and not word.lower().endswith("ss") else word


# what the objects of a list of firms are ("businesses", "merchants", "installers", "businessDirectory"): a public
# listing's entries, published with their address, phone and mailbox
_FIRMS = frozenset({"business", "merchant", "shop", "store", "restaurant", "vendor", "company", "firm", "contractor",
                    "installer", "directory", "listing"})


def _lists_firms(key: str | None) -> bool:
    """Whether an object is an entry of a list named for firms (``_FIRMS``): a directory's business, judged as the
    public listing it is (a customer's own field in it, an account or a personal identifier, is still found), not
    as a customer because another list of the same page's data is customers' ("pendingRefunds")."""
    name = _record_name(key)
    return name is not None and name.lower() in _FIRMS


_CONTACT_KINDS = ("phone", "email", "address")
# the member of a contact's object that holds the phone, mailbox or address itself, beside its type ("HOME") or flags
_CONTACT_VALUES = frozenset({"number", "value", "phone", "phonenumber", "email", "address", "emailaddress", "text",
                             "line", "full"})


def _contact_list(name: str, value) -> str | None:
    """The kind of a list of one person's contact details, each an object of the value and its type
    (``"phones": [{"type": "HOME", "number": "..."}]``, ``"emails": [{"value": "..."}]``): a list named for a
    phone, a mailbox or an address in the plural; None for any other member, and for a list of records of their own
    (``"callbacks": [{"name": ..., "phone": ..., "address": ...}]``)."""
    if not isinstance(value, list) or not value or not all(_contact_entry(item) for item in value):
        return None
    words = key_words(name).lower().split()
    if not words or _singular(words[-1]) == words[-1]:
        return None
    kind = _kind_of_plural(words)
    return kind if kind in _CONTACT_KINDS else None


def _contact_entry(item) -> bool:
    """Whether a list's item is one contact detail: an object of one value (a number, a mailbox) beside its type or
    flags, none of its other members a person's field of its own (a name, an account)."""
    if not isinstance(item, dict):
        return False
    words = [key_words(decoded_name(str(key))).lower() for key in item]  # "callerName" -> "caller name"
    values = [w for w in words if w.replace(" ", "") in _CONTACT_VALUES]
    return len(values) <= 1 and not any(header_kind(w)[0] for w in words if w.replace(" ", "") not in _CONTACT_VALUES)


def _kind_of_plural(words: list[str]) -> str | None:
    """What a key's words name, read in the singular ("phones" -> phone, "kwhHistory" stays usage)."""
    return header_kind(" ".join([*words[:-1], _singular(words[-1])]))[0]


_MAX_FIELD_VALUES = 60  # five years of monthly reads: a list of values of one field, not a table of its own


def _field_values(name: str, value) -> bool:
    """Whether a member is a list of plain values of one field of its record, named as a usage's, a phone's or a
    mailbox's ("kwhHistory": [1184, 1022, 998], "phones": ["509-...", "509-..."]): its values are the record's, as
    the monthly columns of an export's row are, not a list of their own apart from the customer beside them."""
    if not isinstance(value, list) or not 0 < len(value) <= _MAX_FIELD_VALUES or not all(
            isinstance(item, (str, int, float)) and not isinstance(item, bool) for item in value):
        return False
    words = key_words(name).lower().split()
    return bool(words) and _kind_of_plural(words) in _FIELD_VALUE_KINDS


_FIELD_VALUE_KINDS = frozenset({"usage", "phone", "email"})


def _contact_fields(kind: str, items: list[dict], where: str, dialect: Dialect) -> list[JsonField]:
    """The values of a list of a person's contact details as fields of the person's own record, each labelled
    by its kind ("phone"), as an export's "phone" column is: a list's objects are records of their own otherwise,
    apart from the name beside them. Members besides the value (the type, "primary") are left out."""
    return [JsonField(kind, _scalar_text(kind, member), dialect.member(dialect.item(where, index), key))
            for index, item in enumerate(items) for key, member in item.items()
            if key_words(decoded_name(str(key))).lower().replace(" ", "") in _CONTACT_VALUES
            and isinstance(member, (str, int)) and str(member).strip()]


# the members under which a store keeps its records keyed by id (Redux's and normalizr's "byId", "entities")
_RECORDS_BY_ID = frozenset({"byId", "entities"})


# a key that is an address, not a field's name: a URL or a site path ("/departments/billing/", "https://...")
_ADDRESS_KEY = re.compile(r"(?:[a-z][a-z0-9+.-]*://|/)\S*", re.IGNORECASE)


def _keyed_collection(key: str | None, value) -> bool:
    """Whether an object is a collection of records keyed by their ids, as a page's state keeps them
    (``"byId": {"pa0": {...}, "pa1": {...}}``, an object keyed by account numbers) and a site's search index keeps
    its pages (lunr's ``"store": {"/billing/": {"title": ..., "body": ...}}``, keyed by their paths): its objects are
    records of their own, as a list's are, not parts of one record (which would join every customer, and a staff
    contact beside them, into one, labelled by a path). Known by its key ("byId", "entities") or by its own keys:
    two or more, each with a digit or each a URL or path (no field's name), or a GraphQL cache's (see
    ``_normalized_cache``), each holding an object."""
    if not isinstance(value, dict) or not value or not all(isinstance(item, dict) for item in value.values()):
        return False
    return key in _RECORDS_BY_ID or len(value) > 1 and (all(any(c.isdigit() for c in str(k)) for k in value)
                                                        or all(_ADDRESS_KEY.fullmatch(str(k)) for k in value)
                                                        or _normalized_cache(value))


# a GraphQL client's cache key: an object's type and id ("Speaker:3", "Customer:{\"id\":\"7\"}"), or its roots
_CACHE_KEY = re.compile(r"[A-Z]\w*:\S+")
_CACHE_ROOT = re.compile(r"ROOT_[A-Z]+")


def _normalized_cache(value: dict) -> bool:
    """Whether an object is a GraphQL client's normalized cache (Apollo's ``__APOLLO_STATE__``, urql's): each object
    kept under its type and id ("Speaker:0", "BillingInquiry:1") beside the roots of the queries ("ROOT_QUERY"),
    which hold references only. Each object is a record of its own: a meeting's public speakers are not joined to
    the accounts of the billing inquiries cached beside them."""
    keys = [str(k) for k in value]
    return (sum(bool(_CACHE_KEY.fullmatch(k)) for k in keys) > 1
            and all(_CACHE_KEY.fullmatch(k) or _CACHE_ROOT.fullmatch(k) for k in keys))


def _keyed_records(collection: dict, path: str, dialect: Dialect) -> list[tuple[dict, str, None]]:
    """The records of a keyed collection (see _keyed_collection), each at its own path, to be read apart."""
    return [(item, dialect.member(path, str(key)), None) for key, item in collection.items()]


def sections(value) -> bool:
    """Whether a list's objects are the parts of one whole rather than records of one kind: no field name is
    shared by more than half of them (a Green Button download's entries are one customer's Customer, account,
    service location and usage summary; an RSS feed's items and an export's customers share their fields)."""
    if not isinstance(value, list) or len(value) < 2 or not all(isinstance(item, dict) for item in value):
        return False
    counts: Counter = Counter()
    for item in value:
        counts.update(_field_names(item))
    return bool(counts) and 2 * max(counts.values()) <= len(value)


def _field_names(node: dict) -> set[str]:
    """The names of an object's scalar members and of those of the objects nested in it (not in its lists)."""
    names, stack = set(), [node]
    while stack:
        for key, value in stack.pop().items():
            if isinstance(value, dict):
                stack.append(value)
            elif not isinstance(value, list):
                names.add(str(key))
    return names


# the words of a field's name that say it holds a moment ("created_at", "updatedAt", "timestamp", "start")
_TIME_WORDS = frozenset("created updated modified deleted changed timestamp time date datetime start end at ts epoch "
                        "since until expires issued posted submitted received".split())
_EPOCH = re.compile(r"\d{9,10}|\d{12,13}")  # Unix time in seconds (from 1973) or milliseconds


def _has_value(value) -> bool:
    """Whether a scalar says something of someone: not null, an empty string, or a flag (``"show": false`` would
    read as a name "False")."""
    return value is not None and value != "" and not isinstance(value, bool)


def _scalar_text(label: str | None, value) -> str:
    """A value's text; Unix time under a name that says it is a moment (Socrata's ``:created_at`` 1700000000) as
    the date and time it is, which no detector mistakes for an account number."""
    text = collapse(str(value))
    if label and _EPOCH.fullmatch(text) and _TIME_WORDS.intersection(key_words(label).lower().split()):
        seconds = int(text) / (1000 if len(text) > 10 else 1)
        return f"{datetime.fromtimestamp(seconds, timezone.utc):%Y-%m-%d %H:%M:%S} UTC"
    return text


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
    if not isinstance(value, dict) or "@type" not in value or _person(value):
        return None
    parts = [v for k, v in value.items() if k != "@type" and not k.startswith("@")]
    if not parts or any(isinstance(v, (dict, list)) for v in parts):
        return None
    text = ", ".join(collapse(str(v)) for v in parts if v is not None and v != "")
    return [JsonField(key, text, where)] if text else []


# the linked-data types that are parts of a transaction (an Invoice's order, its product, their figures): their
# values are the transaction's, for its customer, as an untyped nested object's are
_TRANSACTION_PARTS = frozenset({"Order", "OrderItem", "Product", "Offer", "Service", "QuantitativeValue",
                                "MonetaryAmount", "PriceSpecification", "UnitPriceSpecification"})


def _transaction_part(value: dict) -> bool:
    """Whether a linked-data object is a part of the transaction holding it (``_TRANSACTION_PARTS``): an Invoice's
    ``referencesOrder`` and its ``orderedItem``, whose ``additionalProperty`` "usage_kWh" is the customer's usage."""
    kinds = value.get("@type")
    return bool(_TRANSACTION_PARTS.intersection(kinds if isinstance(kinds, list) else [kinds]))


def _person(value: dict) -> bool:
    """Whether a linked-data object is a Person: the person the object holding it is by or about (a Review's
    ``author``, an Order's ``customer``; not a Person a Person ``knows``), whose name, telephone, email and address are fields of that record, each
    under its own name ("author.telephone"), as an untyped nested object's are; joined into one value they would
    read as an address."""
    kinds = value.get("@type")
    return "Person" in (kinds if isinstance(kinds, list) else [kinds])


# the label of a Person's schema.org "identifier": the person's own number where the page's publisher keeps them (an
# event's attendee's, a customer's, a member's), as a CIS's person id is
_PERSONS_NUMBER = "person id"
# a Person's members that say what they do in public: a staff member's, an official's or a contractor's item, whose
# identifier is an employee's, a badge's or a licence's number
_PUBLIC_ROLE_KEYS = frozenset({"jobTitle", "worksFor", "affiliation", "hasOccupation", "hasCredential"})
# the members that hold a person the publisher serves: an Event's attendee, an Order's or an Invoice's customer, a
# Reservation's "underName", an action's participant or recipient (a Person under JSON-LD's "@graph" is a thing of
# its own, as at the top); not a public one (an Event's performer or organizer, a work's author)
_SERVED_ROLES = frozenset({"attendee", "customer", "participant", "recipient", "under name", "patient", "graph"})


def _numbered_person(value: dict, role: str | None) -> bool:
    """Whether a linked-data object is a Person whose ``identifier`` is their own number in the publisher's records:
    a Person the page is about (``role`` None) or one the publisher serves (``_SERVED_ROLES``), of no public role (no
    ``jobTitle``, ``worksFor`` ...). An ``Event``'s ``attendee`` or an ``Order``'s ``customer`` with an identifier
    is a customer's record as surely as one whose key says "customer id"; a performer's ISNI is public."""
    return _person(value) and _PUBLIC_ROLE_KEYS.isdisjoint(value) and (
        role is None or _singular(key_words(role).lower()) in _SERVED_ROLES)


def _property_value(value) -> bool:
    return (isinstance(value, dict) and "value" in value and ("name" in value or "propertyID" in value)
            and value.keys() <= _PROPERTY_VALUE_EXTRAS | {"name", "value"}
            and value["value"] not in (None, "") and not isinstance(value["value"], (dict, list)))


def _property_field(value: dict, where: str) -> JsonField:
    label = value.get("name") or value.get("propertyID")
    return JsonField(collapse(str(label)), collapse(str(value["value"])), f"{where}.value")
