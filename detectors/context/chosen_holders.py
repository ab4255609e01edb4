"""A form's list of account holders that offers one name only: ``<label>Account holder</label><select><option
selected>NAME</option></select>``. A list of one choice is a field filled in already: the form was prepared for that
customer (a program's application carried over from the billing system), and the name is the account's holder's,
whatever the option's value is (an account, or an index).

What decides: the list's label names the account's holder outright ("Account holder", "Ratepayer", "Name on account",
"Customer of record", "Service holder": ``headers.header_kind`` strong for a name), it holds this one option, and the
option's text is a private person's name and nothing else. A list of many names (a staff picker), a list labelled by
anything else ("Program contact", "Assigned advisor"), a placeholder ("Select account holder") or a role ("Co-applicant")
stays out.
"""
from __future__ import annotations

from collections import Counter

from .analysis import Analysis
from .headers import header_kind
from .lists import named_as_a_business

_WHY = "the one name a form's list of account holders offers, chosen already"


def _list_of(element: str) -> str | None:
    """The select (or datalist) an option's element path names: the path up to the option."""
    head, _, last = element.rpartition(">")
    return head.strip() if last.strip().startswith("option") and head.strip() else None


def find(analysis: Analysis) -> None:
    options = [(f, _list_of(f.location.element or "")) for record in analysis.document.records for f in record.fields
               if f.label and not f.hidden and _list_of(f.location.element or "")]
    if not options:
        return
    lists = Counter(_list_of(record.location.element or "") for record in analysis.document.records)
    for segment, select in options:
        if lists[select] != 1:
            continue
        kind, strong = header_kind(segment.label)
        if kind != "name" or not strong:
            continue
        text = segment.text
        names = analysis.private_names_in(text)
        if len(names) != 1:
            continue
        start, end = names[0]
        if text[:start].strip() or text[end:].strip() or named_as_a_business(text[start:end]):
            continue
        analysis.add("name", segment, start, end, _WHY)
