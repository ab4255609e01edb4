"""Customers' names (PCE-01 4.1, rule 6.3).

A person's name alone is not a finding: council members, staff and the Mayor are named on a city site on
purpose. A name counts in a customer context only (``detectors.context``): a customer record's name
column ("Customer Name", "Name", "Account Holder" beside an account, a service address or usage), a
table row or label block holding a personal identifier, a name in the same paragraph as an account number
or an SSN or called a customer beside their contact details, the salutation or address block of a letter
to a customer, the writer of a letter or e-mail giving their account, a list of people with their
addresses. The value must read as one person's name (nameparser finds a first and a last name, or a
title and a last name, and no word of a firm or a place); under an explicit "Customer Name" or "Account
Holder" header a firm's name counts too. A name an export splits into a first-name and a last-name column is
one finding over both cells ("Ilse" | "Lozano" is "Ilse Lozano"). Never findings: names in the ``[public]
names`` list.

No options.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .context import CustomerContext, CustomerDataDetector
from .context.persons import person_name
from .masking import mask_words
from .model import Document, Finding, Segment

# the columns of a name an export splits in two: "FirstName" | "LastName", "NAME_FIRST" | "NAME_LAST", "Given Name"
_FIRST = re.compile(r"(?i)(?:^|[\s_./>-])(?:first|given|fname)(?:$|[\s_]|name)")
_LAST = re.compile(r"(?i)(?:^|[\s_./>-])(?:last|sur|family|lname)(?:$|[\s_]|name)")


class CustomerNameDetector(CustomerDataDetector):
    category = "customer_name"
    severity = "high"
    rule = "PCE-01 6.3"

    def scan(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        fields = context.of_kind("name")
        halves = _split_names(document, fields)
        for f in fields:
            last = halves.get(id(f.segment))
            if last is False:
                continue  # the last name, in its first name's finding
            whole = f"{f.text} {last.text}" if last else f.text
            name = person_name(whole, strict=False) or " ".join(whole.lower().split())
            if not self.contacts.name_is_public(name):
                yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=name, continued=last,
                                   continued_end=len(last.text) if last else 0)

    def mask(self, value: str) -> str:
        return mask_words(value)


def _split_names(document: Document, fields) -> dict[int, Segment | bool]:
    """Of the name fields that are whole cells of a first-name and a last-name column of one record: for the
    first name's segment, the last name's; for the last name's, False."""
    labelled = {id(f.segment): f for f in fields if f.segment.label and f.start == 0
                and f.end == len(f.segment.text) and (_FIRST.search(f.segment.label) or _LAST.search(f.segment.label))}
    if len(labelled) < 2:
        return {}
    halves: dict[int, Segment | bool] = {}
    for record in document.records:
        named = [s for s in record.fields if id(s) in labelled]
        first = [s for s in named if _FIRST.search(s.label) and not _LAST.search(s.label)]
        last = [s for s in named if _LAST.search(s.label) and not _FIRST.search(s.label)]
        if len(first) == 1 and len(last) == 1:
            halves[id(first[0])] = last[0]
            halves[id(last[0])] = False
    return halves
