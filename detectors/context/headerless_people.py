"""A cell of a column whose other rows are people: read as one of them by its shape, not by the name lists.

A headerless customer list ("Essence Underwood-Sanders | 629 Haven Hwy | 8556884484 | 252kWh") names most rows'
people by names the lists know; a row whose name they do not know ("Salud Whitlock-Ames": a given name that is a
word, a surname no list holds) loses its whole record with it, though the column and the row's home, phone and
usage say whose it is. A shop or a facility in such a column keeps its trade's or its place's word ("Jurado Tire",
"Palomares Park"), and stays no one's.
"""
from __future__ import annotations

from .persons import is_place, person_name, trade_name


def person_among_people(text: str) -> bool:
    """Whether a cell of a column of people's names, beside a home, is a person's name too: capitalised words
    that read as a name (in any list or none) and name no trade or place."""
    value = " ".join(text.split())
    return bool(person_name(value)) and not is_place(value) and not trade_name(value)
