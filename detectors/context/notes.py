"""Notes on a customer's page: a PDF's sticky note or comment on the page of an appeal decision or a billing record
speaks of that page's case ("Appellant called 11/6 from 626-...; mail it to her daughter's address: 912 Indian Hill
Blvd ..."), though it names no one. Its phones, street addresses and mailboxes that are no office's or firm's are the
customer's. A note that names a person is read as prose is (it says whose case it is).

So does a form's notes field on the page of one customer's order or inspection ("Notes: cust on site, kwh last bill
341; pole 0027938E", below the checklist): its consumption figures and the numbers it gives to call back are that
customer's; a page of several customers' records leaves its notes to the reading of each record.

A PDF's bookmark over a page that withholds whose record it is ("Caller: [REDACTED]", "Name: [Withheld]") names what
the redaction hid when its title names a person ("Voicemail transcript - Ana Ruiz <...>"): the person's name and the
phone or mailbox beside it in the title are reported."""
from __future__ import annotations

import re
from collections import defaultdict

from .analysis import Analysis, Line, page_of
from .label_blocks import phones_to_call
from .persons import names_in, person_name
from .shapes import consumption_spans

_NOTE = "annotation"  # the hidden part a PDF's comment, popup or free text is extracted as


def find(analysis: Analysis) -> None:
    _notes_fields(analysis)
    _bookmarks_over_withheld_names(analysis)
    notes = [s for s in analysis.segments if s.hidden == _NOTE and s.text.strip()]
    if not notes:
        return
    cases = {page_of(a.segment) for anchors in analysis.anchors.values() for a in anchors if a.segment.hidden != _NOTE}
    cases |= {page_of(f.segment) for f in analysis.context.fields if f.kind == "name" and f.segment.hidden != _NOTE}
    for note in notes:
        if page_of(note) not in cases or names_in(note.text, anchored=True):
            continue
        for kind, segment, start, end in analysis.contact_fields([Line(note, 0, len(note.text))]):
            analysis.add(kind, segment, start, end, "a note on the page of a customer's case, about that case")


# a form's notes field opening its line: "Notes:", "Tech notes:", "Inspector comments:", "Remarks:"
_NOTES_FIELD = re.compile(r"(?im)^[ \t]*(?:[a-z]+[ \t]+)?(?:notes?|comments?|remarks?)[ \t]*:[^\n]*")


def _notes_fields(analysis: Analysis) -> None:
    """The usage and callback numbers in the notes fields of the pages that name one customer (see the module)."""
    customers = defaultdict(set)
    for field in analysis.context.fields:
        if field.kind == "name":
            customers[page_of(field.segment)].add(" ".join(field.text.lower().split()))
    for segment in analysis.free if customers else ():
        if len(customers.get(page_of(segment), ())) != 1:
            continue
        for line in _NOTES_FIELD.finditer(segment.text):
            why = "notes field on the page of a customer's order"
            for start, end in consumption_spans(segment.text, line.start(), line.end()):
                analysis.add("usage", segment, start, end, why)
            for start, end in phones_to_call(segment.text, line.start(), line.end()):
                analysis.add("phone", segment, start, end, why)


_BOOKMARK = "pdf bookmark"  # the hidden part a PDF's outline entry is extracted as
# a person's field whose value a redaction stamp replaced: "Caller: [REDACTED]", "Customer name: (withheld)"
_WITHHELD_NAME = re.compile(r"(?i)\b(?:name|caller|customer|sender|from|claimant|complainant|requester|requestor|"
                            r"account\s+holder|resident)\s*:\s*[\[(<]?\s*(?:redacted|withheld)\b")


def _bookmarks_over_withheld_names(analysis: Analysis) -> None:
    """The names a PDF's bookmarks give over pages that withhold whose record they are, with the phones and mailboxes
    beside them in the title (see the module)."""
    bookmarks = [s for s in analysis.segments if s.hidden == _BOOKMARK]
    if not bookmarks:
        return
    withheld = {page_of(s) for s in analysis.free if _WITHHELD_NAME.search(s.text)}
    why = "bookmark naming the person its page's redaction withholds"
    for bookmark in bookmarks:
        if page_of(bookmark) not in withheld:
            continue
        names = [(a, b) for a, b in names_in(bookmark.text, anchored=True)
                 if person_name(bookmark.text[a:b], strict=True)]
        for start, end in names:
            analysis.add("name", bookmark, start, end, why)
        if names:
            for kind, segment, start, end in analysis.contact_fields([Line(bookmark, 0, len(bookmark.text))]):
                analysis.add(kind, segment, start, end, why)
