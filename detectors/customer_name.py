"""Customers' names (PCE-01 4.1, rule 6.3).

A person's name alone is not a finding: council members, staff and the Mayor are named on a city site on
purpose. A name counts in a customer context only (``detectors.context``): a customer record's name
column ("Customer Name", "Name", "Account Holder" beside an account, a service address or usage), a
table row or label block holding a personal identifier, a name in the same paragraph as an account number
or an SSN or called a customer beside their contact details, the salutation or address block of a letter
to a customer, the writer of a letter or e-mail giving their account, a list of people with their
addresses. The value must read as one person's name (nameparser finds a first and a last name, or a
title and a last name, and no word of a firm or a place); under an explicit "Customer Name" or "Account
Holder" header a firm's name counts too. Never findings: names in the ``[public] names`` list.

No options.
"""
from __future__ import annotations

from collections.abc import Iterator

from .context import CustomerContext, CustomerDataDetector
from .context.persons import person_name
from .masking import mask_words
from .model import Document, Finding


class CustomerNameDetector(CustomerDataDetector):
    category = "customer_name"
    severity = "high"
    rule = "PCE-01 6.3"

    def scan(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        for f in context.of_kind("name"):
            name = person_name(f.text, strict=False) or " ".join(f.text.lower().split())
            if not self.contacts.name_is_public(name):
                yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=name)

    def mask(self, value: str) -> str:
        return mask_words(value)
