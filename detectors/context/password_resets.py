"""The person a password reset is for: a customer whose portal login staff reset, in a note or a ticket's row.

A note that resets a password and gives the temporary one ("Reset portal password for customer Ana Ruiz; temporary
password Spring2024!", "Temp pw for A. Ruiz: Pce#2291", a ticket's row "Ana Ruiz | Reset portal password | Temp pw
Harbor#4471") holds a credential (rule 6.5) and says whose login it is: a customer of the utility's portal, whose name
the note ties to their account as surely as an account number would. The credential detector finds the value; this
finds the name the reset is for. Not a staff member's network or e-mail login that an IT note resets (its words say
so, or the name is an official's), nor a page telling the public how to reset their own ("Reset your password at
...": it gives no credential).
"""
from __future__ import annotations

import re

from .analysis import Analysis
from .headers import header_kind
from .persons import named_officially, names_in, person_name
from .shapes import EMAIL_RE

# the words of a reset: "reset", "temp pw", "temporary password", "new password", Spanish "restablecer", "contraseña
# temporal"
_RESET = re.compile(r"(?i)\b(?:reset|re-set|temp(?:orary)?\s+(?:pw|password|passcode)|tmp\s+pw|new\s+(?:pw|password)|"
                    r"restablec\w*|contrase[ñn]a\s+(?:temporal|nueva)|nueva\s+contrase[ñn]a)\b")
# right before the name of the person the reset is for: "for customer ", "for ", "para la clienta "
_FOR_WHOM = re.compile(r"(?i)\b(?:for|para)\s+(?:(?:the\s+|el\s+|la\s+)?(?:customer|cust\.?|account\s?holder|ratepayer|"
                       r"cliente|clienta)\s+)?$")
# a staff login an IT note resets: the City's network, e-mail or workstation, an employee's
_STAFF_LOGIN = re.compile(r"(?i)\b(?:network|domain|workstation|laptop|desktop|computer|e-?mail|outlook|windows|vpn|"
                          r"active\s+directory|employee|staff|intern|badge|payroll|timecard|kronos|munis|help\s*desk)\b")
# the call centre's word for the customer right before their name: "Cx Ana Ruiz", "cust: Ana Ruiz", "Customer Ana Ruiz"
_CUSTOMER_BEFORE = re.compile(r"(?i)\b(?:cx|cust|customer|account\s?holder)\.?:?[ \t]+$")
_CUSTOMER_OPENS = re.compile(r"(?i)(?:cx|cust|customer)\.?:?[ \t]+(?=\S)")
_REACH = 160  # how far before the credential, in its line, the reset and the name stand
# a call note's person staff spoke with, right before their name ("spoke w/ Ana Ruiz, locked out of portal. reset pw
# to ..."), where the note says the login is a customer's: the portal's, or reset at the customer's request
_SPOKE_WITH = re.compile(r"(?i)\b(?:spoke|spk|talked|met)\s+(?:w/|with|to)\s+$")
# the owner of the login the note resets, by the possessive right after their name: "reset Ana Ruiz's customer portal
# login", "Ana Ruiz's online account password reset"
_WHOSE_LOGIN = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:login|log-in|logon|password|pw|passcode|credentials|"
                          r"account)\b", re.IGNORECASE)
# the login trouble of the person right before it, whose login the note then resets: "Ana Ruiz could not log in to My
# Account. Her temporary password is ...", "Ana Ruiz was locked out of the portal"
_LOCKED_OUT = re.compile(r"(?i)[ \t]+(?:could[ \t]*not|couldn['\u2019]t|can['\u2019]?t|cannot|was[ \t]+unable[ \t]+to|"
                         r"is[ \t]+unable[ \t]+to|(?:has|had)[ \t]+trouble)[ \t]+(?:log(?:ging)?[ \t]*-?[ \t]*(?:in|on)|"
                         r"sign(?:ing)?[ \t]*-?[ \t]*(?:in|on)|access(?:ing)?|get(?:ting)?[ \t]+into)\b"
                         r"|[ \t]+(?:was|is|got|had[ \t]+been|has[ \t]+been)[ \t]+locked[ \t]+out\b")
_CUSTOMER_LOGIN = re.compile(r"(?i)\b(?:(?<!vendor )(?<!supplier )(?<!bidder )(?<!contractor )(?<!permit )portal|cust(?:omer)?|"
                             r"account\s?holder|ratepayer|my\s?account|online\s+account)\b")
# the mailbox the note gives after the credential as the customer's own: "email on file ana@...", "e-mail: ..."
_MAILBOX_ON_FILE = re.compile(r"(?i)\be-?mail(?:\s+(?:address|addr))?(?:\s+(?:on\s+file|of\s+record|updated\s+to|"
                              r"confirmed(?:\s+as)?|is))?\s*:?\s*$")


def find(analysis: Analysis) -> None:
    if not analysis.secrets:
        return  # no reset gives a credential
    # a page about no utility account resets no customer's login, unless the note says the login is the portal's or
    # a customer's ("spoke w/ Ana Ruiz, locked out of portal. reset pw to ... per cust request")
    utility = analysis.cues.any("utility matter") or analysis.cues.any("customer")
    rows = {id(f): record for record in analysis.document.records for f in record.fields}
    for segment, start, _ in analysis.secrets:
        if not utility and not _CUSTOMER_LOGIN.search(segment.text, max(0, start - _REACH), start + _REACH):
            continue
        record = rows.get(id(segment))
        if record is not None:
            _row_reset(analysis, record)
        _note_reset(analysis, segment, start)  # a ticket's notes cell is a note too


def _row_reset(analysis: Analysis, record) -> None:
    """A ticket's row that resets a password: the person its name column holds."""
    text = " ".join(f.text for f in record.fields)
    if not _RESET.search(text) or _STAFF_LOGIN.search(text):
        return
    for field in record.fields:
        if field.label and header_kind(field.label)[0] == "name" and person_name(field.text, strict=False):
            analysis.add("name", field, 0, len(field.text), "customer whose password reset a ticket's row gives")


def _note_reset(analysis: Analysis, segment, at: int) -> None:
    """A note's reset in the credential's line: the name right after its "for" ("... for customer Ana Ruiz"), or the
    customer the rest of the line names by the call centre's word ("reset the portal pw to ... and told cx by phone.
    Cx Ana Ruiz.")."""
    text = segment.text
    head = max(text.rfind("\n", 0, at) + 1, at - _REACH)
    if not _RESET.search(text, head, at) or _STAFF_LOGIN.search(text, head, at):
        return
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    customers = bool(_CUSTOMER_LOGIN.search(text, head, line_end))
    named = False
    for start, end in names_in(text, head, at, anchored=True):
        end -= 2 if text[end - 2:end] in ("'s", "\u2019s") else 0  # "Ana Ruiz's": the name, its possessive after it
        if (_FOR_WHOM.search(text, max(head, start - 40), start) or customers and (
                _SPOKE_WITH.search(text, max(head, start - 20), start) or _WHOSE_LOGIN.match(text, end)
                or _LOCKED_OUT.match(text, end))) and (
                not named_officially(text, start, end)):
            analysis.add("name", segment, start, end, "customer whose password reset a note gives")
            named = True
    tail = min(line_end, at + _REACH)
    if not _STAFF_LOGIN.search(text, at, tail):
        for start, end in names_in(text, at, tail, anchored=True):
            role = _CUSTOMER_OPENS.match(text, start, end)  # read with the name: "Cx Ana Ruiz"
            if role is None and not _CUSTOMER_BEFORE.search(text, max(at, start - 16), start):
                continue
            start = role.end() if role else start
            if person_name(text[start:end], strict=False) and not named_officially(text, start, end):
                analysis.add("name", segment, start, end, "customer whose password reset a note gives")
                named = True
    if named and customers:
        for m in EMAIL_RE.finditer(text, at, line_end):
            if _MAILBOX_ON_FILE.search(text, max(at, m.start() - 40), m.start()):
                analysis.add("email", segment, m.start(), m.end(), "mailbox of a customer whose password reset a note gives")
