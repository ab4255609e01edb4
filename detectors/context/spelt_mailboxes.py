"""A personal mailbox that spells the name of a customer its document names: the customer's.

A staff memo links the customer's mailbox under words that are no name ("send confirmation" over
``mailto:noemi_k@hotmail.com``), an e-mail's attachment list or a note writes it alone on a line ("cc:
abernathy43@outlook.com"): nothing beside it says whose it is, but its name does. A mailbox at a consumer provider
(``PERSONAL_DOMAINS``) whose local part spells a customer's given name or surname (``noemi_k``, ``abernathy43``,
``mateo.t``) or joins them (``jzamora``, ``noemikowalczyk``), in the document (or the attachment) whose records named
that customer, is theirs. Not a mailbox at the City's, a firm's or any other domain, a published contact, nor a name
that is a frequent word as well ("rose", "grace", "smith"): alone it spells no one in particular.
"""
from __future__ import annotations

import re

from ..public_contacts import PERSONAL_DOMAINS
from ..vocabulary import fold, frequent
from .analysis import Analysis
from .shapes import EMAIL_RE, plain_email

_WHY = "personal mailbox spelling the name of a customer the document names"
_PARTS = re.compile(r"[^\W\d_]+")  # a local part's words: "noemi_k" -> noemi, k; "abernathy43" -> abernathy
_SHORTEST = 3  # letters of a name a mailbox must spell in full


def find(analysis: Analysis) -> None:
    customers: dict[object, list[tuple[str, str]]] = {}  # attachment: each customer's (given name, surname), folded
    for field in analysis.context.fields:
        if field.kind == "name":
            words = [fold(w) for w in _PARTS.findall(field.segment.text[field.start:field.end])]
            words = [w for w in words if len(w) > 1]
            if len(words) >= 2:
                customers.setdefault(field.segment.location.attachment, []).append((words[0], words[-1]))
    if not customers:
        return
    for segment in analysis.document.segments:
        named = customers.get(segment.location.attachment)
        if not named or "@" not in segment.text:
            continue
        for m in EMAIL_RE.finditer(segment.text):
            local, _, domain = plain_email(m.group()).lower().rpartition("@")
            if domain not in PERSONAL_DOMAINS:
                continue
            parts = local_words(local)
            if any(_spells(parts, given, surname) for given, surname in named) \
                    and not analysis.contacts.email_is_public(f"{local}@{domain}", generic=False):
                analysis.add("email", segment, m.start(), m.end(), _WHY)


def local_words(local: str) -> list[str]:
    """A mailbox's local part as its words, folded: "noemi_k" -> noemi, k; "abernathy43" -> abernathy."""
    return [fold(p) for p in _PARTS.findall(local)]


def _spells(parts: list[str], given: str, surname: str) -> bool:
    """Whether a mailbox's local part (its words, folded) spells the person: a word of it their given name or surname
    in full, or its letters the two joined, one of them by its initial ("jzamora", "zamoraj", "noemik")."""
    whole = "".join(parts)
    if any(p in (given, surname) and len(p) >= _SHORTEST and not frequent(p) for p in parts):
        return True
    return whole in (given + surname, surname + given, given[0] + surname, surname + given[0], given + surname[0])
