"""Records as lists of people: short lines naming a person with a street address and a phone or mailbox,
two or more in a document (an opt-out list or a sign-up sheet that lost its table structure)."""
from __future__ import annotations

import re

from .analysis import Analysis, page_of
from ..vocabulary import fold, given_names, surnames
from .persons import person_name, probable_kind
from .shapes import EMAIL_RE, phone_spans, street_addresses

_ROW_CHARS = 160  # a row of a list, not a paragraph
# "2. Robert Chen, " or "Robert Chen - " before the street
_LEAD = re.compile(r"\s*(?:\d+[.)]\s+)?([^\d,;|]+?)[\s,;|\-\u2013\u2014\u00b7\u2022]*$")


def _business(name: str) -> bool:
    """A business named after its owner or its food ("Hakobyan Auto Repair", "Dela Cruz Bakeshop", "Pho Saigon")
    in a business directory: probablepeople reads a firm, and its last word is no one's surname or given name
    (probablepeople alone calls one Mexican name in twenty a firm: "Ángel Jiménez")."""
    last = fold(name.replace(",", " ").split()[-1])
    return probable_kind(name) == "Corporation" and last not in surnames() and last not in given_names()


def find(analysis: Analysis) -> None:
    rows = []
    for line in analysis.free_lines:
        segment = line.segment
        if ("@" not in segment.text and id(segment) not in analysis.context.phones) or (
                page_of(segment) in analysis.context.public_comment) or len(line.text) > _ROW_CHARS:
            continue
        address = next(iter(street_addresses(line.text)), None)
        contacts = [*phone_spans(line.text), *(m.span() for m in EMAIL_RE.finditer(line.text))]
        if not address or not contacts:
            continue
        lead = _LEAD.match(line.text[:address.start()])
        if not lead or not person_name(lead.group(1), strict=True) or _business(lead.group(1)):
            continue
        rows.append((line, lead.span(1), address.span(), contacts))
    if len(rows) < 2:
        return
    why = "list of people with addresses and phones"
    for line, name, address, contacts in rows:
        base = line.start
        analysis.add("name", line.segment, base + name[0], base + name[1], why)
        analysis.add("address", line.segment, base + address[0], base + address[1], why)
        for start, end in contacts:
            kind = "email" if "@" in line.text[start:end] else "phone"
            analysis.add(kind, line.segment, base + start, base + end, why)
        analysis.anchor_pages.add(page_of(line.segment))
