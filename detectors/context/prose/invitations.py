"""Contacts the reader is invited to use: a number the reader is asked to call ("call (719) 634-4100
to book"), an office's line offered with its mailbox, a sentence that asks the reader to call, write or visit
"us", the staff or office a sentence sends the reader's questions to, and a firm's published phone or
mailbox after its legal name. They are a program's or an office's, not the customer's of the record beside
them.
"""
from __future__ import annotations

import re

from ...public_contacts import PERSONAL_DOMAINS, is_institutional_domain, is_role_mailbox
from ..analysis import Analysis
from ..shapes import NUMBER_CALLED_BEFORE


# a clause that opens by asking the reader to call: "...; call (719) 634-4100 to book", "Please call us at ..."
# (after a semicolon "phone" is the next field's label, as a record's fields run on: "... 2103 kWh to 676 kWh; phone
# (909) 410-5669", not an office's "Questions? Phone (909) ...")
_CALL_US = re.compile(r"(?i)(?:(?:^|[.!?:]\s+|\bplease\s+)(?:call|dial|text|phone)|;\s+(?:call|dial|text))(?:\s+us)?"
                      r"(?:\s+(?:at|on))?\s*$")


# a firm's name by its legal form ("Takahashi & Ruiz LLP", "Ortega Law Group", "Kim Electric, Inc."), then its phone
# and mailbox in a run, only commas, "or" and the run's earlier values between ("..., (951) 437-9114, intake@...")
_FIRM_THEN_CONTACTS = re.compile(
    r"(?:\b(?:LLP|LLC|L\.L\.[CP]|Inc|P\.?C|APC|Ltd|Corp|PLC|Esq)\.?|\bLaw[ \t\n\x00]+(?:Group|Offices?|Firm)|"
    r"\b(?:&|and)[ \t\n\x00]+Associates)"
    r"(?:[ \t\n\x00]*(?:,|;|\bor\b|\bat\b)[ \t\n\x00]*(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .\n\x00-]?\d{3}[ .-]?\d{4}"
    r"|[ \t\n\x00]*(?:,|;|\bor\b|\bat\b)[ \t\n\x00]*[\w.+-]+@[\w.-]+)*"
    r"[ \t\n\x00]*(?:,|;|\bor\b|\bat\b|:)[ \t\n\x00]*\Z")
# a firm's letterhead: its name by its legal form or "Attorneys at Law" on their lines, its office's address on the next
# ending with the ZIP, then its phone opening a line ("KURUVILLA & WILKINSON LLP" / "Attorneys at Law" / "706 N. Central
# Ave., Suite 258, Glendale, CA 91203" / "(818) 555-0142")
_LETTERHEAD_THEN_CONTACT = re.compile(
    r"(?:\b(?:LLP|LLC|L\.L\.[CP]|Inc|P\.?C|APC|Ltd|Corp|PLC)\.?|\bLaw[ \t]+(?:Group|Offices?|Firm)"
    r"|\b(?:Attorneys|Counselors|Lawyers)[ \t]+at[ \t]+Law)[ \t]*"
    r"(?:[\n\x00][ \t]*(?:Attorneys|Counselors|Lawyers)[ \t]+at[ \t]+Law[ \t]*)?"
    r"[\n\x00][ \t]*\d{1,6}[^\n\x00]{3,80}?\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*[\n\x00][ \t]*\Z")
_FIRM_REACH = 120
_LETTERHEAD_REACH = 200


def firms_contact(analysis: Analysis, field: tuple) -> bool:
    """Whether a phone or mailbox comes right after a firm's name by its legal form, maybe after the firm's other
    contacts: a party's attorney's or a contractor's published office line and mailbox ("represented by Ana Ruiz of
    Ruiz & Lee LLP, (951) ..., intake@ruizlee.com"), or opens the line under its letterhead's address: not the
    party's own. A line break may stand anywhere in the run."""
    kind, segment, start, _ = field
    if kind not in ("phone", "email"):
        return False
    at = analysis.offset(segment) + start
    return bool(_FIRM_THEN_CONTACTS.search(analysis.joined[max(0, at - _FIRM_REACH):at])
                or _LETTERHEAD_THEN_CONTACT.search(analysis.joined[max(0, at - _LETTERHEAD_REACH):at]))


# the office's mailbox offered right after the number the reader is asked to call: "Call (909) 620-4418 or email
# cleanpower@..."
_OR_EMAIL_AFTER = re.compile(r"[ \t]*,?[ \t]+or[ \t]+e-?mail(?:[ \t]+us)?(?:[ \t]+at)?[ \t]+(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)",
                            re.IGNORECASE)


def office_line(field: tuple) -> bool:
    """Whether the number the reader is asked to call is offered with an office's mailbox ("Call (909) 620-4418 or email
    cleanpower@..."): a program's help line, even where an identifier ties the text (a slide's customer example under
    it); a note to staff to call a customer offers no role mailbox."""
    _, segment, _, end = field
    mailbox = _OR_EMAIL_AFTER.match(segment.text, end)
    if not mailbox:
        return False
    domain = mailbox["domain"].lower()
    return is_institutional_domain(domain) or is_role_mailbox(mailbox["local"], domain in PERSONAL_DOMAINS)


def invited_to_call(field: tuple) -> bool:
    """Whether a phone is a number the reader is asked to call: a program's or an office's line, not a
    customer's (a press release's "call (719) 634-4100 to book" after a resident's testimonial). Where an
    identifier ties the text, "call 909-..." is a note to staff about the customer's number."""
    kind, segment, start, _ = field
    return kind == "phone" and bool(_CALL_US.search(segment.text, max(0, start - 30), start))


# a sentence that asks the reader to call, write or come by: "Questions? Call ... or visit our lobby at ..."
_INVITATION = re.compile(r"(?i)(?:^|[.!?:]\s+|\n\s*)(?:please\s+)?(?:call|dial|text|phone|visit|stop\s+by|come\s+(?:to|by)|"
                         r"write(?:\s+to)?|e-?mail|contact)\b[^.!?\n]*$")
# a sentence that opens by sending the reader with their questions to someone ("Questions: call Nadia Petrenko at ...",
# "If you have any questions, please contact ...", "For more information, call ..."): a letter's or a notice's
# sender, its staff member and office line, not the customer it is written to
ASK_STAFF = re.compile(r"(?i)(?:^|[.!?]\s+|\n\s*)(?:questions\b|if\s+you\s+have\s+(?:any\s+)?questions\b[^.!?\n]{0,40}?|"
                        r"for\s+(?:more\s+)?(?:information|assistance|help)\b[^.!?\n]{0,30}?)[:?,\s-]*(?:please\s+)?"
                        r"(?:call|contact|reach|e-?mail|write\s+to|ask\s+for|speak\s+(?:to|with))\s+")
_OURS = re.compile(r"(?i)\b(?:us|our)\b")  # the office speaks of itself
_THEIRS = re.compile(r"(?i)\b(?:your|his|her|their)\b")  # "Call us to confirm your service address, 1234 ..."
INVITATION_REACH = 120  # how far before a field its sentence's imperative may stand
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def offices_invitation(field: tuple) -> bool:
    """Whether a phone, street address or mailbox is in a sentence that asks the reader to call, write or visit
    and speaks of "us" or "our" ("Call (509) ... or visit our lobby at 1400 ..."): the office's own contacts, even
    right after a customer's record, unlike a note to staff ("call her at 909-...") or a field the sentence gives as
    the reader's ("Call us to confirm your service address, 1234 ...")."""
    kind, segment, start, end = field
    text = segment.text
    if kind in ("phone", "email") and _sent_with_questions(text, start):
        return True
    if kind == "phone" and NUMBER_CALLED_BEFORE.search(text, max(0, start - INVITATION_REACH), start):
        return True
    invitation = kind in ("phone", "address", "email") and _INVITATION.search(text, max(0, start - INVITATION_REACH),
                                                                             start)
    if not invitation:
        return False
    sentence_end = _SENTENCE_STOP.search(text, end)
    sentence = text[invitation.start():sentence_end.start() if sentence_end else len(text)]
    return bool(_OURS.search(sentence)) and not _THEIRS.search(sentence)


def _sent_with_questions(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` opens by sending the reader with their questions to someone or
    somewhere ("Questions: call Nadia Petrenko at (360) ..."): the sender's staff or office line."""
    before = max(0, start - INVITATION_REACH)
    ask = None
    for ask in ASK_STAFF.finditer(text, before, start):
        pass
    return ask is not None and not _SENTENCE_STOP.search(text, ask.end(), start)
