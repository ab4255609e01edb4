"""Customers' email addresses (PCE-01 4.1, rule 6.3).

In a customer context (a customer record's email column, a label block, a paragraph tying a person to an
identifier, an e-mail giving the writer's account, a list of people; see ``detectors.context``) an address
is high; so is a mailbox written "Name <addr>" (a quoted mail header's "From: Delbert Yazzie <...>") when the name
is a customer's the context found in the document or a customer's label stands before it. Elsewhere in a page body a *personal* address is low, and the
collector drops it when it shows on many pages of the site. Personal means a person's mailbox at a
consumer mail provider (gmail.com, yahoo.com, sbcglobal.net ...), or a "first.last" mailbox on a
commercial domain (.com, .net ...): governments, schools and organizations (.gov, .us, .edu, .org)
publish their staff's named mailboxes on purpose, and the scanned site's own domain is public too.
Never findings: the City's domains (``public_contacts``), role mailboxes on any domain (info@,
permits@, clerk@, noreply@ ...), addresses in a page's header, footer or navigation, in a staff or
facility listing, on a contact card with a government mailbox, on a page addressed to a public body
(a public comment letter or e-mail), after words naming an organization or an officer of one
("Friends of the Library: contact ...", "league coordinator ..."), and a first.last mailbox of a firm
that the text names or calls a firm ("Willdan project manager ...@willdan.com", "... LLP, ...").

Options (``[detectors.email]``):
  personal_domains       extra consumer mail domains (default: gmail.com, yahoo.com, hotmail.com,
                         aol.com, icloud.com, outlook.com, sbcglobal.net, att.net, verizon.net,
                         charter.net, msn.com, live.com, comcast.net and other well-known providers)
  name_like_local_parts  false to leave "first.last" mailboxes on commercial domains alone (default true)
  outside_context        false to report only addresses in a customer context (default true)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .base import as_list
from .context import CustomerContext, CustomerDataDetector, page_of
from .context.businesses import business_listings
from .context.cues import CUSTOMER_ROLE, invited_mailbox
from .context.persons import probable_kind
from .context.prose import HEADING_ELEMENT, land_use_told
from .context.public_roles import (LAND_USE_PARTY, booked_by, published_for_role, states_public_role,
                                   under_role_header)
from .context.shapes import EMAIL_RE, email_across, plain_email
from .masking import mask_email, mask_words
from .model import Document, Finding, Record, Segment
from .public_contacts import (ORGANIZATION_CUE, PERSONAL_DOMAINS, PUBLIC_CUE, clause_before, firm_staff_contact,
                             is_reserved_domain)
from .vocabulary import fold, given_names, word_frequencies

_NAME_LIKE = re.compile(r"[a-z]{2,}[._][a-z]{2,}(?:[._][a-z]{2,})?\d{0,4}")
_NAME_LIKE_DOMAINS = (".com", ".net", ".biz", ".info", ".co")


_NAMED = "a person's named mailbox on a commercial domain"
_LETTERS = re.compile(r"[^a-z]+")
# words that make a mailbox a person's own; "cell" or "home" before it are a phone number's
_PERSONAL = re.compile(r"(?i)\b(?:personal|private|resident|residence|my|his|her)\b")


# a group's invitation to write to it, in its own voice: "write to us at", "e-mail us at", "contact us:" (a person
# gives their own mailbox as "me" or "my")
_WRITE_TO_US = re.compile(r"(?i)\b(?:write(?:\s+to)?|e-?mail|contact|reach|message)\s+us\s*(?:at|on|via|:)?\s*:?\s*$")


# the first part of a mailbox's name cut off at its dot by a blank, as OCR reads a screenshot's field ("Email:
# farzaneh. farahani@icloud.com"): all the field holds before the rest of the mailbox
_SPLIT_LOCAL = re.compile(r"[ \t]*[A-Za-z0-9][\w%+-]*\.[ \t]")


# a mailbox whose domain OCR cut at its last dot by a blank ("Email: colllam74@yahoo. com"): the field's whole value,
# its top-level domain a common one
_SPLIT_DOMAIN = re.compile(r"[\s|:]*([A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[ \t]"
                           r"(?:com|net|org|edu|gov|us|biz|info|io|co|COM|NET|ORG|EDU|GOV|US))[\s.]*")


def _split_local_start(field, match: re.Match) -> int:
    """Where the mailbox ``match`` found in an e-mail field starts: the field's value, when its only words before the
    match are a name's first part and its dot cut off by a blank (OCR's damage: the field holds one mailbox)."""
    return field.start if _SPLIT_LOCAL.fullmatch(field.segment.text, field.start, match.start()) else match.start()


def _organization_mailbox(document: Document, context: CustomerContext, segment: Segment, match: re.Match,
                          at_a_firm: bool) -> bool:
    """True when a group invites the reader to write to it ("write to us at ...") or the nearest cue before a
    mailbox names an organization or an officer of one; for a named mailbox on a commercial domain, any office or
    firm word, the domain's firm named on its line or the two lines around it ("Kimley-Horn" for
    jane.doe@kimley-horn.com), or a firm's role or credential presenting its owner in a proposal's or an award's staff
    block (``firm_staff_contact``)."""
    if _WRITE_TO_US.search(segment.text, max(0, match.start() - 40), match.start()):
        return True
    before = f"{clause_before(segment.text, match.start(), 80)} "
    personal_end = max((m.end() for m in _PERSONAL.finditer(before)), default=-1)
    if max((m.end() for m in ORGANIZATION_CUE.finditer(before)), default=-1) > personal_end:
        return True
    if personal_end < 0 and _firm_spelt(segment.text, match):
        return True
    if not at_a_firm or personal_end >= 0:
        return False
    i = context.positions[id(segment)]
    if PUBLIC_CUE.search(before) or firm_staff_contact(document.segments, i, match.start()):
        return True
    firm = _LETTERS.sub("", plain_email(match.group()).lower().rpartition("@")[2].rsplit(".", 1)[0].rpartition(".")[2])
    around = " ".join(s.text for s in document.segments[max(0, i - 2):i + 3]).replace(match.group(), "")
    return len(firm) >= 4 and (firm in _LETTERS.sub("", around.lower()) or any(
        firm.startswith(m.group(1).lower()) for m in _FIRM_WITH_FORM.finditer(around)))


def _headings_above(document: Document, context: CustomerContext, segment: Segment) -> str:
    """The headings of the segment's page above it (``<h1>`` to ``<h6>``), nearest last: what a list's entries are."""
    i = context.positions[id(segment)]
    page = page_of(segment)
    return " ".join(s.text for s in document.segments[max(0, i - _HEADINGS_REACH):i]
                    if page_of(s) == page and HEADING_ELEMENT.search(s.location.element or ""))


_HEADINGS_REACH = 200  # segments back from a mailbox to the headings of its list


def _presented_business(segment: Segment, match: re.Match) -> bool:
    """Whether the mailbox stands in the line or sentence presenting a business (``businesses``): the firm's own, at
    a consumer provider too ("Ortega's Tamales, ..., ortegastamales@gmail.com")."""
    return any(a <= match.start() and match.end() <= b
               for a, b in business_listings(segment.text, 0, len(segment.text)))


# the City's own login at an outside service, as IT notes give it ("YouTube Live stream account
# pomonacity.av@gmail.com, pwd: ..."): an account's word right before a mailbox whose local part names the City or a
# department ("pomonacity", "cityofrialto", "av.clerk"); its password is the finding, the mailbox is no resident's
_SERVICE_ACCOUNT_BEFORE = re.compile(r"(?i)\b(?:account|acct|login|log-in|sign-in|user(?:name)?|channel)\s*[:=#]?\s*$")
_CITY_RUN = re.compile(r"(?:city|county)\w+|\w+(?:city|county)")  # a place's name run with it: not "felicity"
_DEPARTMENT = frozenset("city county clerk police fire library parks recreation utilities publicworks planning "
                        "council".split())
_LOCAL_WORDS = re.compile(r"[._+\-\d]+")


def _citys_service_account(segment: Segment, match: re.Match) -> bool:
    """Whether a mailbox is the City's account at a service (see above)."""
    if not _SERVICE_ACCOUNT_BEFORE.search(segment.text, max(0, match.start() - 30), match.start()):
        return False
    local = plain_email(match.group()).lower().rpartition("@")[0]
    return any(word in _DEPARTMENT or _CITY_RUN.fullmatch(word) and word not in word_frequencies()
               and fold(word) not in given_names() for word in _LOCAL_WORDS.split(local))


# a firm named with its legal form ("Summit Meter Data LLC"), its first word captured: a mailbox on a domain that opens
# with that word ("...@summitpower.com") is its own or its parent company's, as a contract's Notices clause gives it
_FIRM_WITH_FORM = re.compile(r"\b([A-Z][\w'-]{3,})(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'-]*){0,4},?[ \t]+"
                             r"(?:Inc|LLC|L\.L\.C|LLP|PLLC|Corp|Corporation|Company|Co\.|Ltd)\b")


# a column of a roster's volunteers and officers ("Coach Email", "Chair", "Contact"), and the invitation to write to
# an event's or a league's contact ("For information call Ms. Dana Jones at ... or email djones@gmail.com", "RSVP to
# ..."), an obituary's family ("Condolences may be sent to ..."): a mailbox its owner published to be written to
_YOUR = re.compile(r"(?i)\byour\b")
_ROLE_COLUMN = re.compile(r"(?i)\b(?:coach(?:es)?|chair(?:man|woman|person)?|president|secretary|treasurer|captain|"
                          r"organi[sz]er|sponsor|volunteer|leader|instructor|board|commissioner|member|contact)\b")
_INVITED_TO_WRITE = re.compile(r"(?i)\b(?:for (?:more )?(?:information|info|details)|questions\??|to (?:register|sign "
                               r"up|volunteer|rsvp|join)|rsvp|contact)\b[^!?\n]{0,90}?\b(?:e-?mail|write(?: to)?|"
                               r"contact|at)\s*:?\s*$"
                               # an event's own "RSVP to ...", "Register with ..."
                               r"|\b(?:rsvp|register|sign\s+up)\s+(?:to|with)\s*:?\s*$"
                               # an obituary's "Condolences may be sent to the family at ... or ..."
                               r"|\b(?:condolences|sympathy\s+cards|tributes|memories)\b[^!?\n]{0,60}?\b(?:sent|mailed|"
                               r"e-?mailed|shared)\b[^!?\n]{0,90}?(?:\bto|\bat|\bor|:)\s*$")


# a roster's column naming each row's person by a public role they are listed in ("Instructor | Business name | Phone
# | E-mail", "Coach | Team | Cell", "Presenter | Topic | Contact"): the row's mailbox is the one they gave for it
_ROSTER_ROLE_COLUMN = re.compile(r"(?i)\b(?:coach(?:es)?|instructors?|teachers?|presenters?|docents?|volunteers?|"
                                 r"captains?|organi[sz]ers?|moderators?|facilitators?|candidates?|commissioners?|"
                                 r"trustees?|(?:chair|president|secretary|treasurer)s?)\b")


class _Rows:
    """The record each field segment of a document belongs to, indexed on first asking (most documents hold no
    loose mailbox)."""

    def __init__(self, document: Document):
        self.document = document
        self.index: dict[int, Record] | None = None

    def record(self, segment: Segment) -> Record | None:
        if self.index is None:
            self.index = {id(f): record for record in self.document.records for f in record.fields}
        return self.index.get(id(segment))


def _roster_row(record: Record | None, segment: Segment) -> bool:
    """Whether the mailbox's row is a roster's of people in a public role (see ``_ROSTER_ROLE_COLUMN``), whose
    columns name no customer."""
    if record is None:
        return False
    labels = [f.label or "" for f in record.fields]
    return any(_ROSTER_ROLE_COLUMN.search(label) for f, label in zip(record.fields, labels) if f is not segment) and (
        not any(CUSTOMER_ROLE.search(label) for label in labels))


def _role_defined(record: Record | None, segment: Segment) -> bool:
    """Whether the mailbox's definition in a definition list (``<dd>`` under its person's ``<dt>``) has a sibling
    definition giving the person's public role ("Residential customer representative; term ends 2026"): a roster's
    member's mailbox, published for the seat."""
    return record is not None and bool(segment.label) and " > dd" in (segment.location.element or "") and any(
        f is not segment and f.label == segment.label and states_public_role(f.text) for f in record.fields)


def _volunteers_mailbox(segment: Segment, match: re.Match, record: Record | None = None) -> bool:
    """Whether a consumer mailbox is published for a role, to be written to: a roster's column of its coaches or
    officers, or the mailbox column of a roster's row that names its person by their public role
    (``_roster_row``), the mailbox an event's notice invites the reader to write to, or one its line gives for a
    public role (a candidate's, an instructor's, a committee member's, a business's orders: ``public_roles``)."""
    if segment.label and _ROLE_COLUMN.search(segment.label) or _roster_row(record, segment) or _role_defined(
            record, segment):
        return True
    invitation = _INVITED_TO_WRITE.search(segment.text, max(0, match.start() - 160), match.start())
    # not "contact resident liaison ... at", nor a letter's "questions? ... we have your number as ... and email ..."
    if invitation:
        return not _PERSONAL.search(invitation.group()) and not _YOUR.search(invitation.group())
    # "Vendor inquiries: Ana Ruiz, 909-..., ana.ruiz@gmail.com"; "led by volunteer Ana Ruiz (ana.ruiz@gmail.com)"
    return invited_mailbox(segment.text, match.start()) and not _PERSONAL.search(
        segment.text, max(0, match.start() - 160), match.start()) or published_for_role(segment.text, *match.span())


_FIRM_WORDS = 6  # a business's name in a directory is short: "Kim's Auto Repair & Smog Center"
_LINE_FIELD = re.compile(r"[^\n|\u2013\u2014\u00b7;]+")  # a line's fields, apart by bars, dashes, dots, semicolons


def _firm_spelt(text: str, match: re.Match) -> bool:
    """Whether a field on the mailbox's line names a firm whose letters the mailbox's local part spells ("Kim's Auto
    Repair - ... - kimsauto@gmail.com"): a business's published mailbox at a consumer provider, in a directory."""
    local = _LETTERS.sub("", plain_email(match.group()).lower().rpartition("@")[0])
    line_start = text.rfind("\n", 0, match.start()) + 1
    if len(local) < 5:
        return False
    for field in _LINE_FIELD.finditer(text, line_start, match.start()):
        words = field.group().strip(" ,:-")
        if len(words.split()) > _FIRM_WORDS:
            continue  # a sentence, not a directory's field ("Gurvinder Sandhu, 5788 ..., wrote in opposition ...")
        if local[:8] in _LETTERS.sub("", words.lower()) and probable_kind(words) == "Corporation":
            return True
    return False


# a mailbox written after its owner's name, as a mail header or a signature quotes it ("From: Delbert Yazzie
# <yazzie78@q.com>", "Customer email: Delbert Yazzie <yazzie78@q.com>")
_NAME_BEFORE_BRACKET = re.compile(r"([A-Z][\w'.\u2019-]*(?:[ \t]+[A-Z][\w'.\u2019-]*){1,3})[ \t]*[\"']?[ \t]*<$")
# a customer's label right before the name, on its line: "Customer email:", "Customer:", "Ratepayer e-mail:"
_CUSTOMER_LABEL_BEFORE = re.compile(r"(?i)(?:^|\n|[.;]\s)[ \t]*(?:customer|cust\.?|ratepayer|account holder|"
                                    r"tenant)(?:'s)?(?:[ \t]+e-?mail(?:[ \t]+address)?)?[ \t]*:[ \t]*$")


def _customers_named_mailbox(segment: Segment, match: re.Match, customers: set[str]) -> str | None:
    """Why a mailbox written "Name <addr>" is a customer's: the name is one the customer context found as a
    customer's elsewhere in the document (a forwarded complaint's "Customer is Delbert Yazzie, acct ..." above its
    quoted "From: Delbert Yazzie <...>"), or a customer's label stands right before it. A staff member's or a
    newsletter's sender is neither (and the City's own domains are public anyway)."""
    text = segment.text
    if match.start() == 0 or text[match.start() - 1] != "<":
        return None
    name = _NAME_BEFORE_BRACKET.search(text, max(0, match.start() - 80), match.start())
    if name is None:
        return None
    if " ".join(name.group(1).lower().split()) in customers:
        return "mailbox written after the name of a customer the document names"
    if _CUSTOMER_LABEL_BEFORE.search(text, max(0, name.start() - 40), name.start()):
        return "mailbox written after a customer's name and label"
    return None


_MIN_SPELT_LETTERS = 6  # a customer's given name and surname together, as a mailbox spells them: "ana.lee" is too short


def _spells_a_customer(match: re.Match, customers: set[str]) -> str | None:
    """Why a mailbox is a customer's because its own part spells, whole, the given name and the surname of a customer
    the document's records name ("sanjay.iyer@yahoo.com", "iyer.sanjay77@..." of customer Sanjay Iyer), wherever it
    stands in the document (a field report's footer "cc: ..."): a person's own mailbox names its owner."""
    if not customers:
        return None
    own = re.sub(r"[^a-z]", "", fold(plain_email(match.group()).split("@", 1)[0]))
    for customer in customers:
        words = [re.sub(r"[^a-z]", "", fold(word)) for word in customer.replace(",", " ").split()]
        words = [word for word in words if word]
        if len(words) >= 2 and all(len(word) >= 2 and word in own for word in words) and \
                sum(map(len, words)) >= _MIN_SPELT_LETTERS:
            return "mailbox spelling the name of a customer the document names"
    return None


# a mailbox given as a login's user name ("My username is ana.r@aol.com and the password I set is ...", "Login:
# ana.r@aol.com / Password: ..."): the label right before it, a password's word after it in its sentence, on its line
# or the next (a reply's quoted lines, a PDF's wrapped ones)
_USER_NAME_BEFORE = re.compile(r"(?i)\b(?:user\s*-?\s*(?:name|id)|login|log-in|sign-in|usuario)\s*(?:[:=]|is|was|es)?\s*$")
_PASSWORD_WORD = re.compile(r"(?i)\b(?:pass\s*word|passwd|pwd|contrase[ñn]a)\b")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_LOGIN_REACH = 80  # from the mailbox to its password's word: "... and the temporary password I was given is"


def _login_mailbox(document: Document, context: CustomerContext, segment: Segment, match: re.Match) -> bool:
    """Whether a mailbox is given as a login's user name beside its password (see above): a person's sign-in, which a
    posted page must not carry (rule 6.5 keeps the password out; the mailbox is the person's own)."""
    if not _USER_NAME_BEFORE.search(segment.text, max(0, match.start() - 24), match.start()):
        return False
    after = segment.text[match.end():match.end() + _LOGIN_REACH]
    i = context.positions.get(id(segment))
    if len(after) < _LOGIN_REACH and i is not None and i + 1 < len(document.segments):
        after = f"{after}\n{document.segments[i + 1].text[:_LOGIN_REACH - len(after)]}"
    stop = _SENTENCE_STOP.search(after)
    return bool(_PASSWORD_WORD.search(after, 0, stop.start() if stop else len(after)))


class EmailDetector(CustomerDataDetector):
    category = "email"
    severity = "high"
    rule = "PCE-01 6.3"
    option_keys = ('personal_domains', 'name_like_local_parts', 'outside_context')

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        extra = self.options.get("personal_domains", [])
        self.personal_domains = PERSONAL_DOMAINS | {d.lower() for d in as_list(extra)}

    def scan(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        claimed: dict[int, list[tuple[int, int]]] = {}
        following = None
        for f in context.of_kind("email", "contact", "other"):
            whole = False
            for m in EMAIL_RE.finditer(f.segment.text, f.start, f.end):
                whole = True
                start = _split_local_start(f, m) if f.kind == "email" else m.start()
                address = (plain_email(m.group()) if start == m.start()
                           else re.sub(r"\s+", "", f.segment.text[start:m.end()])).lower()
                if not self.contacts.email_is_public(address, generic=False):
                    claimed.setdefault(id(f.segment), []).append((start, m.end()))
                    yield self.finding(f.segment, start, m.end(), why=f.why, normalized=address)
            split = f.kind == "email" and not whole and _SPLIT_DOMAIN.fullmatch(f.segment.text, f.start, f.end)
            if split:
                address = re.sub(r"\s+", "", split.group(1)).lower()
                if not self.contacts.email_is_public(address, generic=False):
                    claimed.setdefault(id(f.segment), []).append(split.span(1))
                    yield self.finding(f.segment, *split.span(1), why=f.why, normalized=address)
                continue
            if f.kind == "email" and not whole and not f.segment.text[f.end:].strip():
                following = following if following is not None else document.next_lines()
                rest = following.get(id(f.segment))  # a mailbox a line break cut: "... at jrivas at" / "cox dot net"
                cut = rest is not None and email_across(f.text, rest.text)
                address = cut and cut[0] == 0 and plain_email(f"{f.text.rstrip()}{cut[2]}{rest.text[:cut[1]]}").lower()
                if address and not self.contacts.email_is_public(address, generic=False):
                    claimed.setdefault(id(f.segment), []).append((f.start, f.end))
                    yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=address, continued=rest,
                                       continued_end=cut[1], continued_joint=cut[2])
        for segment in context.mail:  # a login's user name, on any page: a public comment's writer's too
            if segment.chrome:
                continue
            for m in EMAIL_RE.finditer(segment.text):
                taken = claimed.get(id(segment), ())
                address = plain_email(m.group()).lower()
                if (not any(s < m.end() and m.start() < e for s, e in taken)
                        and _login_mailbox(document, context, segment, m)
                        and not self.contacts.email_is_public(address, document.url)
                        and not is_reserved_domain(address.rpartition("@")[2])  # a how-to's "jdoe@example.com"
                        and not _citys_service_account(segment, m)):
                    claimed.setdefault(id(segment), []).append(m.span())
                    yield self.finding(segment, *m.span(), why="a login's user name given with its password",
                                       normalized=address)
        customers = {" ".join(f.text.lower().split()) for f in context.of_kind("name")}
        for segment in context.mail:
            if page_of(segment) in context.public_comment:
                continue
            for m in EMAIL_RE.finditer(segment.text):
                taken = claimed.get(id(segment), ())
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                # (a page's or a document's running part too: a memo's footer's "cc: ana.ruiz@...")
                why = _spells_a_customer(m, customers) or (not segment.chrome and _customers_named_mailbox(
                    segment, m, customers))
                address = plain_email(m.group()).lower()
                if why and not self.contacts.email_is_public(address, document.url):  # nor a role's, a school's
                    claimed.setdefault(id(segment), []).append(m.span())
                    yield self.finding(segment, *m.span(), why=why, normalized=address)
        if not self.options.get("outside_context", True):
            return
        # a named mailbox on a firm's domain that the document shows as an organization's once (a vendor's
        # signature card under its firm's name) is that organization's wherever else it stands: the same vendor's
        # "From:" header
        organizations: set[str] = set()
        loose = []
        rows = _Rows(document)
        for segment in context.mail:
            if segment.chrome or page_of(segment) in context.public_comment:
                continue
            card = id(segment) in context.listing or id(segment) in context.official
            taken = claimed.get(id(segment), ())
            for m in EMAIL_RE.finditer(segment.text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                address = plain_email(m.group()).lower()
                why = self._personal(address, document.url)
                if not why:
                    continue
                if card or _organization_mailbox(document, context, segment, m, why == _NAMED) or (
                        _citys_service_account(segment, m)) or _presented_business(segment, m):
                    if why == _NAMED:
                        organizations.add(address)
                elif not _volunteers_mailbox(segment, m, rows.record(segment)) and (
                        not under_role_header(document.segments, context.positions[id(segment)])) and (
                        not booked_by(segment.text, m.start(), _headings_above(document, context, segment))):
                    loose.append((segment, m.span(), why, address))
        if loose and any(LAND_USE_PARTY.match(segment.text) for segment, *_ in loose) and land_use_told(
                "\n".join(s.text for s in document.segments)):  # a staff report's "Applicant | NAME, phone, mailbox"
            loose = [entry for entry in loose if not LAND_USE_PARTY.match(entry[0].text)]
        for segment, (start, end), why, address in loose:
            if address not in organizations:
                yield self.finding(segment, start, end, severity="low", why=why, normalized=address,
                                   public_if_repeated=True)
        yield from self._cut_outside(document, context, claimed)

    def _cut_outside(self, document: Document, context: CustomerContext, claimed: dict) -> Iterator[Finding]:
        """A person's own mailbox outside any customer context that a narrow column's wrap cut inside it (a margin
        note: "see ana.ruiz@g" / "mail.com"), reported as a whole one there is (see ``_personal``): the line holding
        its "@", or the line before one that opens with it ("ana.ruiz" / "@gmail.com")."""
        following = document.next_lines()
        previous = document.previous_lines()
        heads = []
        for segment in context.mail:
            above = previous.get(id(segment))
            heads += [segment, *([above] if above is not None and segment.text.startswith("@") else [])]
        for segment in dict.fromkeys(heads):
            below = following.get(id(segment))
            if (below is None or segment.chrome or below.chrome or page_of(segment) in context.public_comment
                    or id(segment) in context.official):
                continue
            text = segment.text.rstrip()
            tail = max(0, len(text) - 80)
            cut = email_across(text[tail:], below.text)
            if cut is None or cut[2] or any(s < len(text) and tail + cut[0] < e for s, e in claimed.get(id(segment), ())):
                continue  # (a mailbox read out and cut between its words is read in a customer's turn only)
            address = f"{text[tail + cut[0]:]}{below.text[:cut[1]]}".lower()
            why = self._personal(address, document.url)
            if why:
                yield self.finding(segment, tail + cut[0], len(text), severity="low", why=why, normalized=address,
                                   public_if_repeated=True, continued=below, continued_end=cut[1], continued_joint="")

    def _personal(self, address: str, url: str) -> str | None:
        """Why an address outside any customer context is a person's own, or None."""
        if self.contacts.email_is_public(address, url) or is_reserved_domain(address.rpartition("@")[2]):
            return None  # the City's, a role mailbox, a government's; a placeholder's on a domain kept for examples
        local, _, domain = address.rpartition("@")
        if domain in self.personal_domains:
            return "personal mailbox at a consumer mail provider"
        if (self.options.get("name_like_local_parts", True) and _NAME_LIKE.fullmatch(local)
                and domain.endswith(_NAME_LIKE_DOMAINS)):
            return _NAMED
        return None

    def mask(self, value: str) -> str:
        """The mailbox masked; the next line's part of one a line break cut ("dot com", "cox dot net") word by word."""
        return mask_email(plain_email(value)) if EMAIL_RE.search(value) else mask_words(value)
