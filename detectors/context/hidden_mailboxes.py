"""The person text hidden from a page's readers names right beside their own mailbox.

What a page keeps but shows no one is a draft's or a staff view's leftover: an editor's HTML comment ("real caller =
Ana Ruiz / aruiz@gmail.com"), a panel hidden by its ``hidden`` attribute, ``display:none`` or a hiding class (a
collapsed "approvals (staff view)" list: "Ana Ruiz – aruiz@gmail.com – Level 2 charger, $750 approved"). A private
person's name right beside a mailbox at a consumer provider there, only a dash, a slash, a bar, a comma, a colon or
an equals sign between (or the mailbox in angle brackets after it), is that person's record: the email detector
reports the mailbox, and the name beside it is the same person's. Not an official named by title, nor an
organisation's contact (a club's or a league's word just before the name: its published contact), nor a mailbox at
the City's or a firm's domain; and never visible text, where a public contact card may give a volunteer's own
mailbox on purpose.
"""
from __future__ import annotations

import re

from ..public_contacts import ORGANIZATION_CUE, PERSONAL_DOMAINS
from .analysis import Analysis
from .shapes import EMAIL_RE, plain_email

# what a page holds and shows no one: a comment, an element its attribute, its style or its class hides
_LEFT_HIDDEN = frozenset({"html comment", "hidden attribute", "display:none", "visibility:hidden"})
# between a name and the mailbox right after it: "Ana Ruiz – aruiz@...", "Ana Ruiz / aruiz@...", "Ana Ruiz <aruiz@..."
_BETWEEN = re.compile(r"[ \t]*(?:[-\u2013\u2014/|,:;=<(][ \t]*)?")
_ORGANISATION_REACH = 40  # characters before the name where a club's or a committee's word makes it their contact


def find(analysis: Analysis) -> None:
    for segment in analysis.document.segments:
        if not (segment.hidden in _LEFT_HIDDEN or (segment.hidden or "").startswith("class ")) \
                or "@" not in segment.text:
            continue
        text = segment.text
        names = None
        for mailbox in EMAIL_RE.finditer(text):
            if plain_email(mailbox.group()).rsplit("@", 1)[-1].lower() not in PERSONAL_DOMAINS:
                continue
            names = analysis.private_names_in(text) if names is None else names
            for start, end in names:
                if end <= mailbox.start() and _BETWEEN.fullmatch(text, end, mailbox.start()) \
                        and not ORGANIZATION_CUE.search(text, max(0, start - _ORGANISATION_REACH), start):
                    why = "name beside their own mailbox in text the page hides from its readers"
                    analysis.add("name", segment, start, end, why)
                    analysis.add("email", segment, mailbox.start(), mailbox.end(), why)
