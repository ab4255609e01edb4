"""The label of what a list's choice shows: a ``<select>`` labelled as a list of persons, "Customer" or "Account holder"
(by its ``<label>``, ``aria-label`` or a name like ``customer_id``), or an ``<optgroup label="Customers">``, labels
the person each of its options names, as a table's header labels its cells. Without it a given name that is also a
word ("Perpetua", "Charity", "Honor") before a surname in an option is no one, though the list says whom it lists. A
list of accounts, departments, parks or districts labels no name: its label says what the value is, not who.
"""
from __future__ import annotations

import re

from bs4 import Tag

from detectors.context.headers import header_kind

# the identifier word a list's label ends with when the form sends an id for the thing chosen ("customer id",
# "Account #"): the thing shown is the thing itself, a customer, not their number
_IDENTIFIER_WORD = re.compile(r"[\s_-]*(?:\b(?:id|no|nos|num|nbr|number|code|key)|#)\W*$", re.I)
# the plural a group of choices is named by, the word each of them is: "Customers", "Account holders"
_PLURAL_END = re.compile(r"(?<=[a-rt-z])s(?=\s*$)", re.I)


def shown_choice_label(option: Tag, list_label: str | None) -> str | None:
    """The label of the name an option shows: its ``<optgroup>``'s label, which names its options together
    ("Customers" -> "Customer"), else its list's, without the identifier word the list's value has ("customer id" ->
    "customer"); None unless the label names persons."""
    group = option.find_parent("optgroup")
    label = _PLURAL_END.sub("", group.get("label") or "") if group is not None else ""
    label = _IDENTIFIER_WORD.sub("", (label or list_label or "").strip()).strip()
    return label if label and header_kind(label)[0] == "name" else None
