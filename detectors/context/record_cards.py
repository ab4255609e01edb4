"""A single customer's card: one record written as label and value lines or rows ("Name | Hope Hall", "Account # |
...", "Service Address | ..."), whose "Name" holds a given name and a word that is a surname and a place's too.

A plain "Name" label says nothing of whose name it is: a list of the City's facilities has one ("Name | Address |
Phone" of community centers). A card of one record that gives the named one's service address and an account is a
customer's: a service address is where a customer is billed for the energy used, and a facility's directory lists
many places under one header, each at its "Address" or "Location", none with a "Service Address". Beside such a
label the words "Hope Hall" or "Bill Plaza" are a person's, the given name borne more often as a given name than as
a surname.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .persons import given_before_word_surname

# the label of the home a customer is billed at ("Service Address", "Svc Addr", "Premise Address", "Home Address")
_HOME_LABEL = re.compile(r"(?i)\b(?:service|svc|premises?|home|residence|residential)\s*(?:address|addr)\b")


def holder_of_card(name: str, labels: Iterable[str], alone_in_column: bool) -> bool:
    """Whether a name cell ``name``, the only value its column holds, is the person of a card whose other fields'
    ``labels`` name a service address: a given name and a word that is a surname ("Hope Hall")."""
    return alone_in_column and any(_HOME_LABEL.search(label) for label in labels) and given_before_word_surname(name)
