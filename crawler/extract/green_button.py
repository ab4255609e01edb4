"""Green Button downloads (NAESB ESPI, REQ.21): one customer's usage as their utility exports it, an Atom feed whose
entries are the parts of that download (the Customer, their account, service location and usage point, the blocks of
interval readings, the billing summaries), whatever titles and dates the entries share.

ESPI keeps a figure's unit apart from it, in codes: an ``IntervalReading``'s ``value`` is in the unit of the feed's
``ReadingType`` (``uom`` 72, Wh, times ten to its ``powerOfTenMultiplier``), Wh for electricity when the feed holds no
ReadingType, and a summary's measurement (``<overallConsumptionLastPeriod>``) carries its own ``uom`` and multiplier
beside its ``value``. The figures are labelled with their unit, "value (Wh)", "overall Consumption Last Period (kWh)",
as an export's column header names it."""
from __future__ import annotations

from .json_data import sections

_NAMESPACE = "{http://naesb.org/espi"  # espi: and its customer schema, cust: (".../espi/customer")
# ESPI's UnitSymbolKind codes of the units a customer's consumption is measured in, and its demand's
_UNITS = {"72": "Wh", "38": "W", "169": "therm"}
_PREFIXES = {"0": "", "3": "k", "6": "M"}  # powerOfTenMultiplier
_DEFAULT_UNIT = "Wh"  # Green Button's unit of electricity readings


def is_green_button(root) -> bool:
    """Whether an XML tree is an ESPI feed: it has an element of ESPI's namespaces."""
    return any(isinstance(element.tag, str) and element.tag.startswith(_NAMESPACE) for element in root.iter())


def download_parts(name: str, value) -> bool:
    """A Green Button feed's entries are the parts of one customer's download; another list's objects are parts of
    their parent when they hold different things (see ``json_data.sections``)."""
    if name == "entry" and isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return True
    return sections(value)


def label_units(tree: dict) -> None:
    """Key each reading's and each summary measurement's figure in ``tree`` (``xml_data._tree``'s dicts) by its unit,
    "#Wh", as an XML attribute naming a unit keys its element's text."""
    objects = list(_objects(tree))
    reading_units = {unit for node in objects for reading_type in _items(node.get("ReadingType"))
                     if (unit := _unit(reading_type))}
    reading_unit = reading_units.pop() if len(reading_units) == 1 else None if reading_units else _DEFAULT_UNIT
    for node in objects:
        for key, value in node.items():
            if isinstance(value, dict) and "value" in value and (unit := _unit(value)):
                node[key] = {"#" + unit: value["value"]}  # a summary's measurement: its figure alone, in its unit
        for reading in _items(node.get("IntervalReading")):
            if reading_unit and isinstance(reading.get("value"), str):
                reading["value"] = {"#" + reading_unit: reading["value"]}


def _unit(measure: dict) -> str | None:
    """The unit of a ReadingType or a measurement, from its ``uom`` and ``powerOfTenMultiplier`` codes: "kWh"."""
    unit = _UNITS.get(str(measure.get("uom", "")).strip())
    prefix = _PREFIXES.get(str(measure.get("powerOfTenMultiplier", "0")).strip())
    return prefix + unit if unit and prefix is not None else None


def _items(value) -> list[dict]:
    """An element read as one dict, or repeated as a list of them."""
    return [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, dict)]


def _objects(tree: dict):
    """Every dict of the tree, without recursion."""
    stack: list = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
