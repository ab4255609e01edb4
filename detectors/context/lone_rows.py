"""A headerless row whose own cells make one customer's whole record: a home, a phone and a usage figure beside a name.

A page that hides one record ("Essence Underwood-Sanders | 629 Haven Hwy | 8556884484 | 252kWh" in a ``<template>``,
a hidden ``<div>`` or a one-row table) gives no other rows whose names would make its first column one of people's
names (``headerless_people``), and a name no list holds is then lost with the whole record. The row's shape says
whose it is: a street address, a phone and a consumption figure with its unit are a household's service record, and
a cell of name words beside them is its holder. A facility's or a firm's row keeps its place's or trade's word
("Washington Park", "Tiscareno Electric"), a street-light inventory gives no phone, a staff directory no usage.
"""
from __future__ import annotations

from collections.abc import Iterable

from .headerless_people import person_among_people

_HOUSEHOLD_KINDS = frozenset({"address", "phone", "usage"})


def household_row(kinds: Iterable[str | None]) -> bool:
    """Whether a headerless row's cells, by their shapes, give a home, a phone and a usage figure and no name."""
    found = set(kinds)
    return _HOUSEHOLD_KINDS <= found and "name" not in found


def holder_of_household(text: str) -> bool:
    """Whether a cell no shape reads, in a household's row, is its holder's name: words that read as a person's
    name (in a list or none) and name no trade or place."""
    return person_among_people(text)
