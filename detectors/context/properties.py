"""The properties that describe a file (an Office file's title, subject, keywords and comments) in a customer's case
file: staff name the draft for the case it is ("Claim for damages - Ana Ruiz", keywords "billing, dispute, 4417 N
Cambridge Ave", comments "Draft for 909-555-0148", title "Deposit refund - ana.ruiz@mail.com", comments "Draft for
612 kWh"), with no label to say what each value is. Once the file's body gives an identifier, a street address, a
phone number, a personal mailbox or a consumption figure there reads as what it is, and a name as the customer's where
the body itself names that customer. The author and last editor stay staff (``names_the_files_editor``); a file naming no
account or customer keeps its properties public (a program memo's title "Rebates at 505 S Garey Ave").

The same holds of a bare number in an account's shape there ("Draft for 7702419836", "Draft for PCE418207-35", an
author typed as the account), once the body itself gives a customer's account or names a customer; and of a custom
XML data part (customXml/itemN.xml), the values a data-bound control shows, whose elements name a customer's fields
("<customer_name>", "<service_address>", "<phone>"): in a case file it is that customer's record however few of its
fields the part keeps. Neither a memo's or a file's number, a date, the City's phone, nor a cover page's company
fields read so."""
from __future__ import annotations

import re
import unicodedata

from ..public_contacts import FACILITY_CUE, to_e164
from ..model import Segment
from .analysis import Analysis, Cell, page_of
from .headers import PERSONS_FIELD_KINDS, header_kind
from .persons import person_name
from .shapes import EMAIL_RE, consumption_spans, phone_spans, plain_email, street_addresses

_DOCUMENT_PROPERTIES = "document properties"
# an Office file's properties and a PDF's (its document information and XMP metadata)
_PROPERTIES = frozenset({_DOCUMENT_PROPERTIES, "pdf metadata"})
_DESCRIBING = frozenset({"title", "subject", "keywords", "comments", "description", "category"})
_WHY = "unlabelled value in the properties of a customer's case file"
AUTHOR_WHY = "author of a customer's case file who is that customer"  # kept, as no editor's name is
# a number in a customer account's shape: SCE's ten digits, or the utility's letters glued or dashed to six digits or
# more with a check group ("PCE418207-35", "SCE-55102377")
_ACCOUNT_SHAPED = re.compile(r"(?<![\w/.\u2010-\u2013-])(?:\d{10}|(?:PCE|SCE)-?\d{6,10}(?:-\d{1,2})?)"
                             r"(?![\w/\u2010-\u2013-]|\.\d)")
_DATED = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # "2026031401": a day's file number
# a label naming another number before it ("Memo No. 2026041501", "File #4410023391", "Claim 6612098824")
_OTHER_NUMBER_BEFORE = re.compile(r"(?i)\b(?:memo|file|case|ref|reference|ticket|order|permit|resolution|ordinance|"
                                  r"agenda|item|project|contract|invoice|po|job|claim|report|doc|document|record|"
                                  r"version|rev|tracking|confirmation|phone|tel|fax|cell|ext)\W{0,3}"
                                  r"(?:no\.?|#|number|id)?[\s:#.]*$")
# the properties that name a file's author or editor: staff's, unless what is typed there is an account's number
_EDITORS = frozenset({"author", "last_modified_by", "lastmodifiedby", "creator"})
_RECORD_KINDS = PERSONS_FIELD_KINDS | {"number", "usage"}
_DATA_PART = re.compile(r"customXml/item\d*\.xml(?:/|$)", re.I)
_DATA_WHY = "field '{label}' of a custom XML data part of a customer's case file"


def _hidden_part(segment: Segment) -> bool:
    """Whether the segment is a file's property or a value of its custom XML data part: no part of its body."""
    return segment.hidden in _PROPERTIES or bool(_DATA_PART.match(segment.location.element or ""))


def _case_in_body(analysis: Analysis) -> bool:
    """Whether the file's body gives a customer's account the identifier detectors found, or a customer's name or
    other field of their record the strategies before found there (a letter's zone alone is none)."""
    return any(a.kind == "account" and not _hidden_part(a.segment)
               for anchors in analysis.anchors.values() for a in anchors) or any(
        f.kind in _RECORD_KINDS and not _hidden_part(f.segment) for f in analysis.context.fields)


def data_parts(analysis: Analysis) -> None:
    """Add the fields of a case file's custom XML data parts that their elements name as a customer's: a name, a
    home, a phone, a mailbox, an account, usage. A part with a field no customer's (a cover page's company address,
    a SharePoint column's case owner) is no customer's record."""
    parts = [record for record in analysis.document.records if record.fields
             and all(_DATA_PART.match(f.location.element or "") for f in record.fields)]
    if not parts or not _case_in_body(analysis):
        return
    for record in parts:
        labelled = [(f, *header_kind(f.label or "")) for f in record.fields if f.text.strip()]
        if any(kind in ("veto", "soft") for _, kind, _ in labelled):
            continue
        cells = [Cell(kind, f, 0, len(f.text), f.label or "", strong) for f, kind, strong in labelled
                 if kind in PERSONS_FIELD_KINDS or kind == "usage"]
        if cells:
            analysis.judge(cells, _DATA_WHY, anchored=True)


def find(analysis: Analysis) -> None:
    """Add the addresses, phones, mailboxes and consumption figures in a case file's describing properties, and the
    names its body calls the customer's that they repeat; and the numbers in an account's shape there, the author's
    too, once the body gives a customer's case."""
    properties = [s for s in analysis.segments if s.hidden in _PROPERTIES
                  and (s.label or "").lower() in _DESCRIBING and page_of(s) in analysis.anchor_pages]
    editors = [s for s in analysis.segments if s.hidden in _PROPERTIES
               and (s.label or "").lower() in _EDITORS and page_of(s) in analysis.anchor_pages]
    if (properties or editors) and _case_in_body(analysis):
        _accounts(analysis, properties + editors)
    if not properties:
        return
    names = {" ".join(f.text.split()) for f in analysis.context.fields
             if f.kind == "name" and f.segment.hidden not in _PROPERTIES and len(f.text.split()) >= 2}
    for segment in properties:
        text = segment.text
        for m in street_addresses(text):
            if not FACILITY_CUE.search(text, max(0, m.start() - 40), m.start()) and analysis.valid("address", m.group()):
                analysis.add("address", segment, m.start(), m.end(), _WHY)
        for start, end in phone_spans(text):
            e164 = to_e164(text[start:end])
            if e164 and not analysis.contacts.phone_is_public(e164) and analysis.valid("phone", text[start:end]):
                analysis.add("phone", segment, start, end, _WHY)
        for m in EMAIL_RE.finditer(text):
            if not analysis.contacts.email_is_public(plain_email(m.group()).lower(), analysis.document.url):
                analysis.add("email", segment, m.start(), m.end(), _WHY)
        for start, end in consumption_spans(text):
            analysis.add("usage", segment, start, end, _WHY)
        for name in names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                analysis.add("name", segment, m.start(), m.end(), _WHY)
    _author_as_customer(analysis, properties, editors, names)


def _folded_letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalpha() and c.isascii())


def _author_as_customer(analysis: Analysis, properties: list[Segment], editors: list[Segment], names: set[str]) -> None:
    """The author a customer's case file names when it is that customer: the name the body calls the customer's, or a
    person whose own mailbox the properties give (author "Mei-Ling Huang" beside keywords "rebate, HPWH,
    meiling_huang@yahoo.com"; the applicant saved the application they filled in). Staff who wrote the file are named
    by no customer's mailbox there, and stay the file's editors."""
    if not any(a.kind == "account" for s in properties for a in analysis.anchors_in(s)) and not _case_in_body(analysis):
        return
    mailboxes = [_folded_letters(plain_email(m.group()).partition("@")[0]) for s in properties
                 for m in EMAIL_RE.finditer(s.text)
                 if not analysis.contacts.email_is_public(plain_email(m.group()).lower(), analysis.document.url)]
    for segment in editors:
        written = " ".join(segment.text.split())
        words = [_folded_letters(w) for w in re.split(r"[\s-]+", written) if _folded_letters(w)]
        if not 2 <= len(words) <= 4 or not person_name(written, strict=True):
            continue
        given, surname = "".join(words[:-1]), words[-1]
        if written in names or any(surname in local and (given in local or local.startswith(given[0]))
                                   for local in mailboxes):
            analysis.add("name", segment, len(segment.text) - len(segment.text.lstrip()),
                         len(segment.text.rstrip()), AUTHOR_WHY)


def _accounts(analysis: Analysis, properties: list[Segment]) -> None:
    """The numbers in an account's shape in these properties: a describing property's, or an editor's property
    that holds nothing but the number. Not a day's number, the City's phone, or a number another label names."""
    for segment in properties:
        text = segment.text
        editor = (segment.label or "").lower() in _EDITORS
        for m in _ACCOUNT_SHAPED.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if editor and m.group() != text.strip():
                continue
            if _DATED.match(digits) or _OTHER_NUMBER_BEFORE.search(text, 0, m.start()):
                continue
            e164 = to_e164(m.group()) if m.group().isdigit() else None
            if e164 and analysis.contacts.phone_is_public(e164):
                continue
            analysis.add("number", segment, m.start(), m.end(), _WHY)
