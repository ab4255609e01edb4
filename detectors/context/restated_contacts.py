"""The phone of a customer the document named, given in a small record that names them again in full.

A program page holds an applicant's record in one place (a prefill script's name, service address and account; an
image's title) and their contact in another, with nothing there that ties it to an account: a collapsed "Approved
application" panel's "Name: Ana Ruiz" / "Phone: (909) ..." / "Email: ...", a hidden list's "Applicant: Ana Ruiz" /
"Phone: ...". The mailbox there spells the name (``spelt_mailboxes``); the phone spells nothing, but the small record
it stands in names the customer in full, both their given name and their surname as a record named them elsewhere in
the document, or gives a personal mailbox spelling both (a form's hidden "contact_phone" beside its "contact_email"
ana.ruiz@gmail.com): the phone is theirs.

Read only in a small record: the consecutive segments of one parent element (an ``<li>`` list, a panel's ``<p>``s, a
script's fields), a few and each short, one of which names a customer in full, none another person, and none in the
page's header, footer or navigation; a number the City publishes (``contacts.phone_is_public``) or its field calls an
office's ("Pay by phone:", ``public_cue``) is no one's. A
staff card of the same shape names staff, whom no customer record names.
"""
from __future__ import annotations

import re

from ..model import Segment
from ..public_contacts import PERSONAL_DOMAINS, public_cue, to_e164
from ..vocabulary import fold
from .analysis import Analysis
from .persons import names_in
from .shapes import EMAIL_RE, phone_spans, plain_email
from .spelt_mailboxes import local_words

_WHY = "phone in a small record naming in full a customer the document names"
_RECORD_SEGMENTS = 6  # the fields of one small record: name, phone, mailbox, a status, a date ...
_FIELD_CHARS = 80  # a field's text: "Applicant: Ana Ruiz", "Phone: (909) 555-0142", no paragraph
_WORD = re.compile(r"[^\W\d_]+")


def _parent(segment: Segment) -> str | None:
    element = segment.location.element or ""
    return element.rsplit(" > ", 1)[0] if " > " in element else None


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text) if len(w) > 1]


def _spelt_in_full(parts: list[str], named: set[tuple[str, str]]) -> bool:
    """Whether a personal mailbox's local part (its words, folded) spells a customer's given name and surname both:
    "ana.ruiz", "ruiz_ana", "anaruiz", "aruiz" (the initial and the surname joined)."""
    whole = "".join(parts)
    return any((given in parts and surname in parts) or whole in (given + surname, surname + given, given[0] + surname)
               for given, surname in named)


def find(analysis: Analysis) -> None:
    customers: dict[object, set[tuple[str, str]]] = {}  # attachment: each customer's (given name, surname), folded
    for field in analysis.context.fields:
        if field.kind == "name":
            words = _words(field.segment.text[field.start:field.end])
            if len(words) >= 2:
                customers.setdefault(field.segment.location.attachment, set()).add((words[0], words[-1]))
    if not customers:
        return
    segments = analysis.document.segments
    i = 0
    while i < len(segments):
        parent = _parent(segments[i])
        j = i + 1
        while j < len(segments) and parent is not None and _parent(segments[j]) == parent and \
                segments[j].location.attachment == segments[i].location.attachment:
            j += 1
        group = segments[i:j]
        i = j
        named = customers.get(group[0].location.attachment)
        if parent is None or not named or len(group) > _RECORD_SEGMENTS or any(
                len(s.text) > _FIELD_CHARS or s.chrome for s in group):
            continue
        people = [tuple(_words(s.text[a:b])) for s in group for a, b in names_in(s.text, anchored=True)]
        people = [(w[0], w[-1]) for w in people if len(w) >= 2]
        if any(person not in named for person in people):
            continue  # another person named beside the customer (a staff card)
        if not people and not any(_spelt_in_full(local_words(plain_email(m.group()).lower().rpartition("@")[0]), named)
                                  for s in group for m in EMAIL_RE.finditer(s.text)
                                  if plain_email(m.group()).lower().rpartition("@")[2] in PERSONAL_DOMAINS):
            continue  # no customer named in full, by their name or by a personal mailbox spelling it
        for segment in group:
            for start, end in phone_spans(segment.text):
                e164 = to_e164(segment.text[start:end])
                if e164 is not None and not analysis.contacts.phone_is_public(e164) and not public_cue(
                        segment.text[:start], segment.text[end:end + 20]):  # "Pay by phone: ...", "... (main office)"
                    analysis.add("phone", segment, start, end, _WHY)
