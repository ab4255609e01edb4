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
    _addressee_of_account_mail(analysis)
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


# the field name that opens a message's header line, before its name and mailbox: "From: ", "To: " of "To: Ana Ruiz
# <ana77@gmail.com>"
_HEADER_FIELD_NAME = re.compile(r"(?i)\s*(?:from|to)\s*:\s*")
_ADDRESSEE_WHY = "the one addressee of an organisation's e-mail about the account it gives"


def _addressee_of_account_mail(analysis: Analysis) -> None:
    """The one recipient of a saved e-mail (.eml, .msg) that an organisation (a role, an office's or an institution's
    mailbox: "noreply@", "billing@", the City's) sent about an account its body gives ("Opt-out confirmation #: ...",
    "SAID: ..."): the utility or the program writes to the account's holder, so the To: line's mailbox and the
    name with it are the customer's. Not a message a private person sent (a resident writing to a friend or an
    official about their own bill: the sender is the customer, whom the other readings find), nor one to several
    recipients or to a mailbox that is public (an office's, the City's)."""
    url = analysis.document.url
    headers = {}
    for segment in analysis.document.segments:
        element = segment.location.element or ""
        if element in ("header From", "header To"):
            if element in headers:
                return
            headers[element] = segment
    if set(headers) != {"header From", "header To"}:
        return
    sender = [plain_email(m.group()).lower() for m in EMAIL_RE.finditer(headers["header From"].text)]
    to_segment = headers["header To"]
    mailboxes = list(EMAIL_RE.finditer(to_segment.text))
    if len(sender) != 1 or len(mailboxes) != 1 or not analysis.contacts.email_is_public(sender[0], url):
        return
    address = plain_email(mailboxes[0].group()).lower()
    if analysis.contacts.email_is_public(address, url) or is_reserved_domain(address.rpartition("@")[2]):
        return
    if not any(a.kind == "account" for segment in analysis.document.segments
               if not (segment.location.element or "").startswith("header ") for a in analysis.anchors_in(segment)):
        return
    analysis.add("email", to_segment, *mailboxes[0].span(), _ADDRESSEE_WHY)
    lead = _HEADER_FIELD_NAME.match(to_segment.text)
    start = lead.end() if lead else 0
    names = [span for span in analysis.private_names_in(to_segment.text) if span[0] == start]
    if names and _NAME_BEFORE.match(to_segment.text, names[0][1]):
        analysis.add("name", to_segment, *names[0], _ADDRESSEE_WHY)
