"""The customer a message's subject line files a utility case under, and their service address.

Customer-service staff title their mail by the case: its topic, the customer's name and the premises, parted by
dashes, slashes, a colon or brackets ("RE: Shutoff - Ana Ruiz - 12 Elm St", "FW: 48hr notice / RUIZ, ANA / 12 Elm
St", "Payment arrangement: Ana Ruiz (12 Elm St)"). Replies and forwards keep the subject, and often it is the only
place the record is: the body says "Handled, thanks." The name and the street are the customer's and their service
address, though no account number or "customer" stands beside them: the topic is a utility account's (a shutoff,
a reconnection, a past-due notice, a payment arrangement, a billing dispute, an opt-out).

Read: an e-mail's Subject header and a "Subject:" line (a forwarded message's header, a printed e-mail), each part
of it whole: a part that is a person's name and nothing else, a part that opens with a street address; or the name
alone where the message's record of the customer calls them by its surname ("Opt-out dispute - Ana Ruiz" over "Ms.
Ruiz insists she opted out ... Service address: ..."). Not read: a
subject of no utility case ("Street sweeping - Ana Ruiz - 12 Elm St"), a name an official's title goes with, an
address of the City's or an office's.
"""
from __future__ import annotations

import re

from ..model import Segment
from .analysis import Analysis
from .persons import named_officially, names_in
from .shapes import ADDRESS_RE

# a subject line: an e-mail's Subject header, or a "Subject:" line of a header in a text
_SUBJECT_LINE = re.compile(r"(?im)^[ \t>|]*subject[ \t]*:[ \t]*(.+)$")
_REPLY_PREFIX = re.compile(r"(?i)\s*(?:(?:re|fw|fwd|aw|rv|tr)\s*(?:\[\d+\])?\s*:\s*)*")
# what parts a subject: a dash, a slash or a bar between spaces, a colon, brackets
_PART = re.compile(r"[^-\u2013\u2014/|:()\[\]]+(?:-(?=\S)[^-\u2013\u2014/|:()\[\]]*)*")
# the topic of a utility account's case
_CASE_TOPIC = re.compile(
    r"(?i)\b(?:shut[\s-]?offs?|disconnect\w*|reconnect\w*|\d{1,3}[\s-]?(?:hr|hour|day)s?\s+notice|"
    r"past[\s-]?due|delinquen\w*|payment\s+(?:arrangement|plan|extension)|"
    r"high\s+bill|bill(?:ing)?\s+(?:dispute|complaint|inquiry|adjustment|error)|re-?bill\w*|"
    r"opt[\s-]?(?:out|in)|enrol(?:l|lment|led)\b|medical\s+baseline|(?:CARE|FERA)\b|"
    r"move[\s-]?(?:in|out)|(?:start|stop|transfer)\s+(?:of\s+)?service|service\s+(?:start|stop|transfer|order)|"
    r"deposit|refund|meter\s+(?:read|re-?read|test|exchange)|true[\s-]?up|NEM\b|escalat\w*)")
_WHY = "customer and service address a utility case's subject line files it under"
_WHY_NAMED = "customer a utility case's subject line files it under, whose record the message gives"


def find(analysis: Analysis) -> None:
    """Add the customers and service addresses of subject lines (see the module's docstring)."""
    for segment in analysis.segments:
        text = segment.text
        if (segment.label or "").strip().lower() == "subject":
            subjects = [(0, len(text))]
        elif "ubject" in text:
            subjects = [m.span(1) for m in _SUBJECT_LINE.finditer(text)]
        else:
            continue
        for start, end in subjects:
            _subject(analysis, segment, _REPLY_PREFIX.match(text, start, end).end(), end)


def _subject(analysis: Analysis, segment: Segment, start: int, end: int) -> None:
    """The subject at ``segment.text[start:end]`` (its reply and forward prefixes left out): one person's name and one
    street address in parts of their own, beside a utility case's topic."""
    text = segment.text
    parts = [(m.start(), m.end()) for m in _PART.finditer(text, start, end)]
    parts = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip()))
             for a, b in parts]
    parts = [(a, b) for a, b in parts if a < b]
    if not any(_CASE_TOPIC.search(text, a, b) for a, b in parts):
        return
    names = [(a, b) for a, b in parts if not _CASE_TOPIC.search(text, a, b)
             and (a, b) in names_in(text, a, b, anchored=True) and not named_officially(text, a, b)]
    homes = []
    for a, b in parts:
        home = ADDRESS_RE.match(text, a)
        if home and home.end() <= b and not analysis.contacts.address_is_public(home.group()):
            homes.append(home.span())
    if len(names) == 1 and len(homes) == 1:
        analysis.add("name", segment, *names[0], _WHY)
        analysis.add("address", segment, *homes[0], _WHY)
    elif len(names) == 1 and not homes and _found_by_surname(analysis, text[slice(*names[0])]):
        analysis.add("name", segment, *names[0], _WHY_NAMED)


def _found_by_surname(analysis: Analysis, name: str) -> bool:
    """Whether the document's records already hold a customer of the name's surname ("Ms. Ruiz insists she opted out
    ..." under the subject "Opt-out dispute - Ana Ruiz"): the subject names that customer in full."""
    words = name.replace(",", " ").split()
    surname = (words[0] if "," in name else words[-1]).lower()
    return any(f.kind == "name" and surname in f.segment.text[f.start:f.end].lower().replace(",", " ").split()
               for f in analysis.context.fields)
