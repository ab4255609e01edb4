"""The one reader a mailing was sent to, as the archived copy of a personalised e-mail names them.

A program's e-mail to one customer (a bill summary, a usage alert, a renewal notice) is built from a template whose
merge fields are filled with that customer's data; an archive of the mailing on the website keeps the copy one
recipient got, and its footer says whose it is: "This email was sent to ana.ruiz@gmail.com (Ana Ruiz)", "This message
was sent to Ana Ruiz <aruiz@yahoo.com>", "Sent to: aruiz@yahoo.com". That mailbox, and the name given with it, are the
recipient's: a customer's, whose account, home and usage the body gives. The footer is the template's chrome, which the
other readings pass over, so it is read here; the name then makes the page one that names its customer (``your_usage``
reads "This month you used 1,204 kWh" of them).

Not read: a mailbox of the City, a government, a role or the site (an archive copy sent to the staff's own list
address), one on a domain kept for examples, and a name that reads as no private person's.
"""
from __future__ import annotations

import re

from ..public_contacts import is_reserved_domain
from .analysis import Analysis
from .shapes import EMAIL_RE, plain_email

# the footer's words before the recipient: "This email was sent to", "This message was sent to:", "Sent to:"
_SENT_TO = re.compile(r"(?i)(?:\b(?:this|the)\s+(?:e-?mail|message|newsletter|notice|alert|update)\s+(?:was|is|has\s+been)"
                      r"\s+sent\s+to|(?:^|[.|\u00b7]\s*)sent\s+to\s*:)\s*")
# between the mailbox and the name the footer gives after it: "ana@gmail.com (Ana Ruiz)", "ana@gmail.com, Ana Ruiz"
_NAME_AFTER = re.compile(r"[ \t]*(?:\(|,[ \t]*|[-\u2013\u2014][ \t]*)")
# between the name and its mailbox when the name comes first: "Ana Ruiz <ana@...>", "Ana Ruiz (ana@...)"
_NAME_BEFORE = re.compile(r"[ \t]*[<(][ \t]*")
_WHY = "the recipient an archived personal e-mail was sent to"


def find(analysis: Analysis) -> None:
    url = analysis.document.url
    for segment in analysis.document.segments:
        text = segment.text
        if "@" not in text or "sent" not in text.lower():
            continue
        for cue in _SENT_TO.finditer(text):
            mailbox = EMAIL_RE.match(text, cue.end())
            name = None
            if mailbox is None:  # "sent to Ana Ruiz <ana@...>"
                names = [span for span in analysis.private_names_in(text) if span[0] == cue.end()]
                if names:
                    bracket = _NAME_BEFORE.match(text, names[0][1])
                    mailbox = EMAIL_RE.match(text, bracket.end()) if bracket else None
                    name = names[0] if mailbox else None
            if mailbox is None:
                continue
            address = plain_email(mailbox.group()).lower()
            if analysis.contacts.email_is_public(address, url) or is_reserved_domain(address.rpartition("@")[2]):
                continue
            if name is None and (between := _NAME_AFTER.match(text, mailbox.end())):
                name = next((span for span in analysis.private_names_in(text) if span[0] == between.end()), None)
            analysis.add("email", segment, mailbox.start(), mailbox.end(), _WHY)
            if name is not None:
                analysis.add("name", segment, *name, _WHY)
