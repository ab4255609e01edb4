"""Reviewers' notes on a customer's page: a PDF's sticky note or comment on the page of an appeal decision or a
billing record speaks of that page's case ("Appellant called 11/6 from 626-...; mail it to her daughter's address:
912 Indian Hill Blvd ..."), though it names no one. Its phones, street addresses and mailboxes that are no office's
or firm's are the customer's. A note that names a person is read as prose is (it says whose case it is)."""
from __future__ import annotations

from .analysis import Analysis, Line, page_of
from .persons import names_in

_NOTE = "annotation"  # the hidden part a PDF's comment, popup or free text is extracted as


def find(analysis: Analysis) -> None:
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
