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
names`` list, and a template's note's stand-in ("Example: Name: Jane Doe, SSN: 000-00-0000": ``labels.writers_note``).

No options.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .context import CustomerContext, CustomerDataDetector
from .context.headers import FIRST_NAME_COLUMN as _FIRST, LAST_NAME_COLUMN as _LAST
from .context.persons import names_in, person_name
from .labels import has_stand_in, writers_note
from .masking import mask_words
from .model import Document, Finding, Segment

_WRAPPED_HEAD = 24  # characters of a name's part before a line break, at most: a title and a given name


class CustomerNameDetector(CustomerDataDetector):
    category = "customer_name"
    severity = "high"
    rule = "PCE-01 6.3"

    def scan(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        fields = context.of_kind("name")
        halves = _split_names(document, fields)
        following = document.next_lines() if fields else {}
        if context.running:  # a name that ends a page goes on in no running foot ("Ana Ruiz" / "Distributed at ...")
            following = {k: line for k, line in following.items() if id(line) not in context.running}
        wrapped = {id(f): _wrapped(f.segment, f.start, f.end, following.get(id(f.segment))) for f in fields}
        # the rest of a name a line break cut, read again as a name of the next line: in its first line's finding
        rests = {(id(rest), end) for rest, end in filter(None, wrapped.values()) if rest is not None}
        for f in fields:
            last = halves.get(id(f.segment))
            if last is False or any(f.start == 0 and id(f.segment) == rest and f.end <= end for rest, end in rests):
                continue  # the last name, in its first name's finding
            end, rest_end = f.end, len(last.text) if last else 0
            if wrapped[id(f)] is not None:
                last, rest_end = wrapped[id(f)]
                if last is None:  # the line break inside the segment: one span over both lines
                    end, rest_end = rest_end, 0
            whole = f"{f.segment.text[f.start:end]} {last.text[:rest_end]}" if last else f.segment.text[f.start:end]
            name = person_name(whole, strict=False) or " ".join(whole.lower().split())
            if not self.contacts.name_is_public(name) and not (has_stand_in(whole)
                                                                and writers_note(f.segment.text.lower())):
                yield self.finding(f.segment, f.start, end, why=f.why, normalized=name, continued=last,
                                   continued_end=rest_end)

    def mask(self, value: str) -> str:
        return mask_words(value)


_INITIAL_OPENS = re.compile(r"[A-Z]\.[ \t]+[A-Z][a-z]")
# a word that opens a sentence or a question and is no one's name: the line after a name is no rest of it
_OPENS_A_SENTENCE = re.compile(r"\s*(?:What|Why|How|When|Where|Who|Which|Can|Could|Do|Does|Did|Is|Are|Was|Were|Will|"
                               r"Would|Should|If|The|This|That|These|Those|Our|Your|You|We|It|There|Yes|Q|A)\b"
                               r"(?![.'\u2019-])")

# a printed message's header line: its value ends at the line's end
_MESSAGE_HEADER = re.compile(r"(?i)[ \t>]*(?:subject|from|to|cc|bcc|sent|date)[ \t]*:")


def _wrapped(segment: Segment, start: int, end: int, following: Segment | None) -> tuple[Segment | None, int] | None:
    """Where a name that ends its line goes on after the line break ("... the customer, Mrs. Adaeze" /
    "Okonkwo-Hale, of ..."): (None, its end in the segment) when the next line is the segment's own, (the next
    segment, the end of the name's rest in it) when the line is a segment of its own (a PDF line); None when the
    name is whole. The two lines are read together as ``persons.names_in`` reads a wrapped paragraph."""
    text = segment.text
    if segment.label or end - start > _WRAPPED_HEAD or text.count(" ", start, end) > 1:
        return None  # a table's cell or a form's value holds its name whole; two words before the break at most
    line_end = text.find("\n", end)
    if text[end:line_end if line_end >= 0 else len(text)].strip():
        return None
    if line_end >= 0:
        next_line = text[line_end + 1:].split("\n", 1)[0]
    elif following is not None:
        next_line = following.text.split("\n", 1)[0]
    else:
        return None
    if _OPENS_A_SENTENCE.match(next_line):
        return None  # the next paragraph's question or sentence: "... - Ana Ruiz" / "Why did my bill increase?"
    line_start = text.rfind("\n", 0, start) + 1
    if _MESSAGE_HEADER.match(text, line_start, start):
        return None  # a message header's value is its line ("Subject: Opt-out dispute - Ana Ruiz" / "Renee,")
    # (an initial opening the next line is read as in one line: "... delivered to Ira" / "R. Rajasa at ...")
    joint = " " if _INITIAL_OPENS.match(next_line) else "\n"
    joined = f"{text[line_start:end]}{joint}{next_line}"
    head = end - line_start + 1  # where the next line starts in ``joined``
    for a, b in names_in(joined, anchored=True):
        if a == start - line_start and b > head:
            return (None, line_end + 1 + b - head) if line_end >= 0 else (following, b - head)
    return None


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
