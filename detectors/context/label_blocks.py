"""Records as label blocks in free text: "Customer: Maria Lopez  Service Address: 1234 W Holt Ave  Acct: ...",
one per line or several on one, also across the consecutive line segments of a PDF, and form fields that
carry a field name of their own (a ``<label>``, a hidden input's name).

Labels at most three line breaks apart on one page make a block; each label's value runs to the next label
or the line's end, or is the next line when the label stands alone ("Customer Name:" above "Maria Lopez"; a
printed form's "Service address" above its value, without a colon, in a block holding an identifier).
A block holding a personal identifier the identifier detectors found is a customer record whatever its
other labels say ("Applicant: Jane Doe  ITIN: 9xx-xx-xxxx"). The cryptic labels of a billing system's screen
print ("SVC :" for the service address, "USG :" for the usage) count only in a block that labels a name or an
account too, and only for a value of their shape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..bad_redaction import REDACTION_REASONS
from ..streets import SUFFIXES, UNITS
from ..labels import marked_a_sample, unissued
from ..model import Segment
from ..vocabulary import name_like
from .analysis import Analysis, Cell, page_of
from .cues import BILL_WORDS, CUSTOMER_ROLE, METER_WORDS, PERSONAL_TITLES, SHUT_OFF_WORDS
from .. import translations
from .headers import TERMINATOR, header_kind, label_ending_at, staff_column
from .history import public_story
from .letters import office_letterhead
from .lists import SOLE_PROPRIETOR_NOTE, business_name, firm_named_above, vendors_block
from .persons import named_officially, names_in, official_named_in, party_in_caption, person_name
from .program_rosters import program_pages
from .shapes import (ADDRESS_RE, BANK_ROUTING, CCA_ITSELF, CITY_FACILITY, CITY_ITSELF, CITY_LINE_RE, COLUMN_GAP, EMAIL_RE,
                     PUBLIC_BODY, ROUTING_NUMBER, USAGE_RE, consumption_spans, opens_an_address, phone_spans,
                     plain_email, span)

# the words before a label phrase on its line, which may qualify it ("Average residential usage:": no one's); in a
# script written without spaces the characters the label is written onto ("平均家庭用电量：" is an average's)
_PREV_WORD = re.compile(r"((?:[^\W\d_]+[ \t]){0,2}[^\W\d_]+)[ \t]$|([\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]{1,6})$")

# the word of a letter's greeting before its addressee ("Dear customer:", "Estimado cliente:")
_SALUTATION = re.compile(r"(?i)\b(?:dear|hello|hi|greetings|estimad[oa]s?|querid[oa]s?)$")

# the short field labels of a CIS screen print, too cryptic to be labels anywhere else: SVC (the service address),
# USG (the usage); "SVC :" with a space before the colon, as a screen's fixed-width fields print it
# what sets one field apart from the next on a line, whatever the next one's label: a dash between spaces, a bar,
# a middle dot or a bullet, a tab (a value holds none of them; a hyphen between spaces may join a double surname);
# the full-width punctuation of Chinese and Japanese text: its comma, stop, semicolon, colon, enumeration comma and
# brackets end a value written in a sentence ("（服务地址：9803 Corvina Terrace）于八月来电，称其...")
_FIELD_SEPARATOR = re.compile(r"[ \t]+[\u2014\u2013\u00b7\u2022][ \t]+|[ \t]*\|[ \t]*|\t"
                              r"|[ \t]*[\uff0c\u3002\uff1b\uff1a\u3001\uff08\uff09\u300c\u300d\u300e\u300f\u3010\u3011]")
_SCREEN_LABEL = re.compile(r"(?<![\w-])(?P<label>svc|srv|usg)\s*[:#]$", re.IGNORECASE)
_SCREEN_KINDS = {"svc": "address", "srv": "address", "usg": "usage"}


# a CIS's "Premise" label: the service address when its value opens a street address, else the premise's number
_PREMISE = re.compile(r"(?i)premises?")
# a record's bare "Owner" label: in a CRM record that names its person under another label, the record's owner on staff
_RECORD_OWNER = re.compile(r"(?i)owner")


@dataclass(eq=False)
class _Hit:
    """A field label: ``start``/``end`` is the "Label:" phrase in ``segment``'s text, or 0/0 when the
    segment's own ``label`` names it."""

    index: int  # of the segment in Analysis.free
    segment: Segment
    start: int
    end: int
    label: str
    kind: str | None
    strong: bool
    screen: bool = False  # a CIS screen's cryptic label (_SCREEN_LABEL)
    bare: bool = False  # a label alone on its line without a colon, its value on the next (_bare_label)


def find(analysis: Analysis) -> None:
    blocks: list[list[_Hit]] = []
    hits = list(_label_hits(analysis))
    letterheads = None  # the segments of an office's letterhead, read at the first hit in a running head or foot
    for hit in hits:
        if hit.kind in _LETTERHEAD_KINDS and not hit.strong and _framed(analysis, hit.segment):
            if letterheads is None:
                letterheads = _letterhead_segments(analysis, {id(h.segment) for h in hits if h.strong})
            if id(hit.segment) in letterheads:
                continue  # "Phone:" in "City of Red Butte | ... | Phone: (575) ...": the office's own
        if blocks and _near(analysis, blocks[-1][-1], hit):
            blocks[-1].append(hit)
        else:
            blocks.append([hit])
    identified = {page_of(anchor.segment) for anchors in analysis.anchors.values() for anchor in anchors}
    unjudged = []  # blocks that made no record, read once every block of the file was judged
    for block in blocks:
        block = _without_third_party(analysis, block)
        if _held_by_public_body(analysis, block):
            continue
        if block and not _judge_block(analysis, block):
            unjudged.append(block)
            if page_of(block[0].segment) in identified:
                _customer_named_alone(analysis, block)
    if analysis.document.content_type != "text/html":  # a web page's header and footer are the site's
        for block in unjudged:
            if page_of(block[0].segment) in analysis.anchor_pages:
                _side_part_fields(analysis, block)
        _form_table_fields(analysis)


# the label of a third party's field on a customer's form: the practitioner who certifies a Medical Baseline or a
# life-support form ("Practitioner name", "Physician's phone", "Doctor", "Medical provider"): not the customer's
_THIRD_PARTY_LABEL = re.compile(r"(?i)\b(?:(?:medical\s+)?practitioner|physician|doctor|medical\s+provider|"
                                r"health\s*care\s+provider|clinician|m\.?d\.?\s+name)(?:'?s)?\b")
# the label of the firm a customer's form names beside them ("Company: SunHarbor Solar Inc.", "Installer:", "Contractor
# name:"), or that a bid's submittal names ("Bidder: Tomasz Aguilar dba Serena Tree Care"): the contacts under it are
# the firm's, as its letterhead publishes them
_FIRM_LABEL = re.compile(r"(?i)^\s*(?:company|firm|business|installer|contractor|vendor|dealer|bidder|proposer|supplier|"
                         r"consultant)(?:'?s)?(?:\s+name)?\s*$")

def _words_of_label(hit: _Hit) -> str:
    """A label with the words before it in its field (the label phrase of "Practitioner name:" is "name")."""
    text = hit.segment.text
    opening = max(text.rfind("\n", 0, hit.start), text.rfind("\t", 0, hit.start)) + 1
    return f"{text[opening:hit.start]} {hit.label}"


def _without_third_party(analysis: Analysis, block: list[_Hit]) -> list[_Hit]:
    """The block without a third party's fields: from a label naming the practitioner who certifies the form
    ("Practitioner name: Dr. ..." / "Office phone: ...") or a firm's label over a firm's name (an interconnection
    form's "Company: SunHarbor Solar Inc." / "Phone: ..." / "Email: permits@...") to the next label of the customer's
    own numbers (their account, their usage), the name and contacts are the practitioner's or the firm's, published
    by their office; so from the block's start when a line just above it names the firm ("Bidder: Tomasz Aguilar dba
    Serena Tree Care" over "Business address: ..." and a W-9's "Name:" and SSN). The office's own contact
    (``_staff_contact_label``) and the plain contact labels under it are left out too, up to the next label of
    another kind."""
    kept, third_party = [], bool(block) and firm_named_above(analysis, block[0].segment) is not None
    staff = marking = False  # within the office's own contact: its label and the plain phone, mailbox and address
    # under it; marking: within one an office's name or a staff card's mailbox opened (see below)
    marked: list[Segment] = []
    cards = _staff_cards(analysis, block)
    for k, (hit, following) in enumerate(zip(block, [*block[1:], None])):
        if _THIRD_PARTY_LABEL.search(_words_of_label(hit)) or _firm_named(analysis, hit, following):
            third_party = True
        elif hit.kind in ("account", "identifier", "usage"):
            third_party = False
        office = k in cards or _office_as_contact(analysis, hit, following)
        if office or _staff_contact_label(analysis, hit, following):
            staff, marking = True, office
        elif not (staff and hit.kind in _LETTERHEAD_KINDS and not hit.strong):
            staff = marking = False
        if not third_party and not staff:
            kept.append(hit)
        elif staff and marking:
            marked.append(hit.segment)
    # the lines of an office's or a staff member's card, no customer's field in them: no later reading makes the
    # card's phone or name a customer's either ("Contact: Inland Choice Power Customer Care" / "Phone: (909) ...")
    held = {id(hit.segment) for hit in kept}
    analysis.staff_cards.update(id(segment) for segment in marked if id(segment) not in held)
    return kept


def _office_as_contact(analysis: Analysis, hit: _Hit, following: _Hit | None) -> bool:
    """Whether ``hit`` is a plain contact label whose value opens with an office (``_OFFICE_AS_CONTACT``)."""
    if hit.kind != "contact" or hit.strong:
        return False
    value = _value(analysis, hit, following)
    return value is not None and bool(_OFFICE_AS_CONTACT.match(value[0].text, value[1], value[2]))


# a contact label an office qualifies as its own: "HR contact", "Recruitment contact", "Staff contact", "Media contact",
# "Program contact", "Department contact"
_OFFICE_CONTACT_LABEL = re.compile(r"(?i)\b(?:hr|human\s+resources|personnel|recruit(?:ment|ing|er)|staff|media|press|"
                                   r"program|project|department|dept\.?|city|office|agency)\s+contact$")


def _staff_contact_label(analysis: Analysis, hit: _Hit, following: _Hit | None) -> bool:
    """Whether ``hit`` is a contact label of the office's own staff, which ends a customer's fields (a job posting's
    exercise built from a customer's case, then "How to apply ... HR contact: Ana Ruiz, (909) ..., aruiz@city.gov"):
    the label names the office's contact (``_OFFICE_CONTACT_LABEL``), or its value gives a mailbox of the City,
    another government or the site."""
    if hit.kind != "contact":
        return False
    if _OFFICE_CONTACT_LABEL.search(_words_of_label(hit).strip()):
        return True
    value = _value(analysis, hit, following)
    text = value[0].text[value[1]:value[2]] if value else ""
    return "@" in text and any(analysis.contacts.email_is_official(plain_email(m.group()), analysis.document.url)
                               for m in EMAIL_RE.finditer(text))


def _staff_cards(analysis: Analysis, block: list[_Hit]) -> set[int]:
    """The places in a block where a staff member's card opens: a plain "Contact:" label whose own fields, up to the
    next label of a person or of a customer's numbers, give a mailbox of the City, another government or the site
    ("Contact: Ana Ruiz" / "Customer Programs Specialist" / "Phone: (909) ..." / "Email: aruiz@cityname.gov" beside a
    customer's card on a case worksheet): the card is the office's, its phone and mailbox the staff member's desk,
    whatever record the cards before it hold. The mailbox decides, not the title: a resident's card gives a personal
    one."""
    opened = set()
    for k, hit in enumerate(block):
        if hit.kind != "contact" or hit.strong:
            continue
        for j in range(k + 1, len(block)):
            other = block[j]
            if other.kind in ("name", "contact", "account", "identifier", "usage"):
                break
            if other.kind != "email":
                continue
            value = _value(analysis, other, block[j + 1] if j + 1 < len(block) else None)
            text = value[0].text[value[1]:value[2]] if value else ""
            if any(analysis.contacts.email_is_official(plain_email(m.group()), analysis.document.url)
                   for m in EMAIL_RE.finditer(text)):
                opened.add(k)
                first, last = (analysis.segment_index.get(id(h.segment)) for h in (hit, other))
                if first is not None and last is not None:
                    analysis.staff_cards.update(id(s) for s in analysis.segments[first:last + 1])
            break
    return opened


def _firm_named(analysis: Analysis, hit: _Hit, following: _Hit | None) -> bool:
    """Whether ``hit`` is a firm's label (``_FIRM_LABEL``) over a firm's name. A sole proprietor's bid under a trade
    name is the firm's, its business address the firm's, the W-9's SSN after it the proprietor's alone (the README's
    decision for a vendor list); under their own name ("Bidder: Tomasz Aguilar (sole proprietor)") it names the
    person."""
    if not _FIRM_LABEL.match(hit.label):
        return False
    value = _value(analysis, hit, following)
    return value is not None and business_name(SOLE_PROPRIETOR_NOTE.sub("", value[0].text[value[1]:value[2]]))


def _held_by_public_body(analysis: Analysis, block: list[_Hit]) -> bool:
    """Whether the block's customer-name field names the City, another public body or a CCA ("Customer Name: City of
    Pomona - Public Works Yard" on an interconnection form the City filled in for its own site, "Account name: Pomona
    Choice Energy" on the CCA's payment instructions): the account, the
    meter, the site and its usage are the City's own, which it publishes with its facilities, as a facility list's
    row whose name column holds the City is."""
    for hit, following in zip(block, [*block[1:], None]):
        if hit.kind == "name" and hit.strong:
            value = _value(analysis, hit, following)
            if value is not None:
                text = value[0].text[value[1]:value[2]]
                return bool(CITY_ITSELF.match(text) or PUBLIC_BODY.search(text) or CCA_ITSELF.fullmatch(text))
    return False


_GIVEN_REACH = 40  # how far past a surname its given names may go on after a comma


def _customer_named_alone(analysis: Analysis, block: list[_Hit]) -> None:
    """A customer's name under its own explicit label, alone in its block ("Account holder: Ana Ruiz" in a memo's
    text box or footer), on a page that gives a customer's account number or SSN: the label says whose the name is,
    the page that it is a customer's case. A weaker label ("Contact:", "Name:") or a firm's name says neither."""
    if len(block) != 1 or block[0].kind != "name" or not block[0].strong:
        return
    value = _value(analysis, block[0], None)
    if value is None:
        return
    segment, start, end = value
    # the name filed surname first goes on past the comma the value stopped at: "del Valle, Jonás"
    end = max([end] + [b for a, b in names_in(segment.text, start, min(len(segment.text), end + _GIVEN_REACH),
                                              anchored=True) if a == start])
    text = segment.text[start:end]
    if person_name(text.strip()) and not business_name(text) and not named_officially(segment.text, start, end) \
            and analysis.valid("name", text, "account"):
        analysis.add("name", segment, start, end, analysis.reason("customer label on a page of a customer's account: "
                                                                  "'{label}'", block[0].label))


# the places of a Word (or OpenDocument) file beside its body: a tracked deletion, hidden-formatted text, a picture's alt
# text, a reviewer's comment (``Segment.hidden``), its running header and footer (``chrome``), and the notes, text
# boxes and saved building blocks the reader locates by name
_SIDE_HIDDEN = frozenset({"tracked deletion", "hidden text", "alt text", "comment"})
_SIDE_ELEMENT = re.compile(r"(?:^|> )(?:footnote|endnote|building block)\b|> text box \d")
# the kinds of a side part's label that say whose the value is once the file is a customer's case
_SIDE_KINDS = frozenset({"name", "address", "phone", "contact", "email", "usage"})


def side_part(segment: Segment) -> bool:
    """Whether ``segment`` is in a file's side part (``_SIDE_HIDDEN``, ``_SIDE_ELEMENT``), not its body's text."""
    return segment.chrome or segment.hidden in _SIDE_HIDDEN or bool(
        _SIDE_ELEMENT.search(segment.location.element or ""))


def _running_part(segment: Segment) -> str:
    """The running header or footer a chrome segment is in, as the Word and OpenDocument readers locate its paragraphs
    ("footer, section 2, paragraph 3" -> "footer, section 2"); a table's or a sheet's print footer is its own."""
    element = segment.location.element or ""
    return element.split(", paragraph", 1)[0] if ", paragraph" in element else element.split(" > ", 1)[0]


def _letterhead_segments(analysis: Analysis, customer_labelled: set[int]) -> set[int]:
    """``id`` of the segments of the running heads and feet that are an organisation's letterhead or contact block
    (``office_letterhead``): a Word or OpenDocument file's header or footer, or the lines a paged file repeats at the
    edges of its pages, read per page. Printed on each page of whatever letter or form the office sends, a plain
    "Phone:" or "Address:" there gives the office's own, though the page is a customer's case. Not a case file's
    footer that labels a customer's field (``customer_labelled``: "Service address: ..." under the office's name)."""
    parts: dict[object, list[Segment]] = {}
    running = analysis.running_lines
    for segment in analysis.segments:
        if segment.chrome and not segment.hidden:
            parts.setdefault(_running_part(segment), []).append(segment)
        elif id(segment) in running:
            parts.setdefault(page_of(segment), []).append(segment)
    return {id(segment) for segments in parts.values()
            if not any(id(s) in customer_labelled for s in segments)
            and office_letterhead([line for s in segments for line in s.text.splitlines()]) for segment in segments}


# the kinds of a plain label that an office's letterhead gives as its own
_LETTERHEAD_KINDS = frozenset({"address", "phone", "contact", "email"})


def _side_part_fields(analysis: Analysis, block: list[_Hit]) -> None:
    """A labelled value in a side part of a file whose page is a customer's case (an identifier or a customer
    record found on it): "Contact no.: 909-..." struck out by a tracked change, "Service addr.: ..." in the running
    footer, "Re: Complainant: ..." in the header, "Tel.: ...; kWh billed: 412 kWh" in a footnote, "Phone: ..." in a
    photo's alt text. A case file's header or footer is written for that case (the page chrome a site repeats is no
    part of a file), and a note, a comment or a deleted line sits beside the case it is on: the label says what the
    value is, the case whose it is. The City's own numbers, mailboxes and offices stay public (``Analysis.valid``), a
    name must read as a private person's, and a label block of a listing or a staff card is judged as before."""
    for hit, following in zip(block, [*block[1:], None]):
        if hit.kind in _SIDE_KINDS and not hit.screen and not hit.bare and side_part(hit.segment):
            _field_of_a_case(analysis, hit, following, "customer label in a side part of a customer's case file")


def _field_of_a_case(analysis: Analysis, hit: _Hit, following: _Hit | None, why: str) -> None:
    """Add the value of a label of ``_SIDE_KINDS`` in a customer's case file, unless it is the City's own contact, an
    office's or staff's, or a name that does not read as a private person's."""
    value = _value(analysis, hit, following)
    if value is None or value[0] is not hit.segment:
        return
    segment, start, end = value
    text = segment.text[start:end]
    if _staff_contact(analysis, hit, segment, start, end):
        return
    if hit.kind == "contact":  # the sentence's stop after a note's number ("Per the call log: Contact no.: 909-...")
        end -= len(text) - len(text.rstrip(". "))
        text = segment.text[start:end]
    kind = analysis.sniff(text) if hit.kind == "contact" else hit.kind
    if kind not in _SIDE_KINDS or official_named_in(text, anchored=True):
        return
    if kind == "name":
        if not (person_name(text.strip()) and not business_name(text)
                and not named_officially(segment.text, start, end) and analysis.valid("name", text, "account")):
            return
    elif not analysis.valid(kind, text, "customer"):
        return
    analysis.add(kind, segment, start, end, analysis.reason(why + ": '{label}'", hit.label))


# a running header's or footer's contact label whose value opens with a person's name: "Contact: Ana Ruiz, (909) ..."
_NAMED_CONTACT = re.compile(rf"\s*(?:(?:{PERSONAL_TITLES})\.?\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{1,3}}")


def _staff_contact(analysis: Analysis, hit: _Hit, segment: Segment, start: int, end: int) -> bool:
    """Whether a side part's labelled value is staff's contact, not the case's customer's: it gives a mailbox of the
    City, another government or the site ("Contact: Dolores Ybarra, (909) ..., dybarra@cityname.gov"), or it is the
    person a running header or footer names as the document's contact ("Contact: Dolores Ybarra, (909) 620-2291"):
    its author or office, printed on every page of every memo they send, whatever case the body is about. A customer's
    field there says whose it is ("Re: Complainant: ...", "Service addr.: ...", "Contact: customer Ana Ruiz")."""
    text = segment.text[start:end]
    if "@" in text and any(analysis.contacts.email_is_official(plain_email(m.group()), analysis.document.url)
                           for m in EMAIL_RE.finditer(text)):
        return True
    if not (segment.chrome and hit.kind == "contact" and not hit.strong) or CUSTOMER_ROLE.search(text):
        return False
    named = _NAMED_CONTACT.match(text)
    return bool(named and person_name(named.group().strip(), strict=False))


def _form_table_fields(analysis: Analysis) -> None:
    """The values of a small form laid out as a table of label | value rows in a customer's case file, too few to
    tie a record of their own ("Complainant | Ana Ruiz" in a memo's table, under a caption or nested in another
    table's cell; "Email | ana@mail.com" alone): the label beside each value says what it is, the file's identifier
    whose case it is, as "Complainant: Ana Ruiz" on a line of its own would. A table already judged (a customer's
    record, a listing), a row of a table under column headers, a vendor's, a contractor's or a grantee's block
    ("Grantee | Inland Valley Tree Trust" over its contact's phone: ``vendors_block``) and a page naming no
    customer's account stay as they were. A table of one label | value row is read so too (``_lone_label_row``)."""
    judged = {id(f.segment) for f in analysis.context.fields} | analysis.context.listing
    index = analysis.segment_index
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        if not fields or record.listing or any(id(f) in judged for f in fields) \
                or page_of(fields[0]) not in analysis.anchor_pages or vendors_block(fields):
            continue
        label = _lone_label_row(analysis, record, fields)
        if label:  # "Usage | 612 kWh", its table's one row: no header row above to label the value
            hit = _Hit(-1, fields[1], 0, 0, label, *header_kind(label))
            _field_of_a_case(analysis, hit, None, "customer label beside its value in a one-row table of a "
                                                  "customer's case file")
            continue
        for field in fields:
            position = index.get(id(field))
            beside = analysis.segments[position - 1] if position else None
            if beside is None or not field.label or beside.text.strip().rstrip(":").strip() != field.label:
                continue  # a column header's label, not a label cell's beside the value
            hit = _Hit(-1, field, 0, 0, field.label, *header_kind(field.label))
            if hit.kind in _SIDE_KINDS:
                _field_of_a_case(analysis, hit, None, "customer label beside its value in a form table of a "
                                                      "customer's case file")


# a job title's label as the next field of a name's line
_TITLE_FIELD_AFTER = re.compile(r"(?i)[ \t]*\t[ \t]*(?:job[ \t]+)?(?:title|position)[ \t]*:")


# when the office is open ("Customer Service hours:" in a form's footer): a staff card's or a listing's field, but
# beside a customer's SSN or account it is the office's note on the customer's own form
_OFFICE_HOURS = re.compile(r"(?i)(?:office\s+|business\s+)?hours")
# a field of a person's own home, not of an office: "Home address", "Residence phone", "Personal email" (not a
# firm's "Home office:")
_HOME_FIELD = re.compile(r"(?i)\b(?:home(?![ \t]+(?:office|depot|page))|residen(?:ce|tial)|personal|private)\b")


# a label cell's words naming a collective figure or contact, no one customer's ("Total usage", "Citywide usage",
# "Program phone")
_COLLECTIVE_LABEL = re.compile(r"(?i)\b(?:total|city|citywide|system|all|average|median|aggregate|program|office|"
                               r"department|class|customers)\b")
# a household's energy use in kWh, not a plant's, a program's or a city's MWh or GWh
_HOUSEHOLD_USAGE = re.compile(r"(?i)\d[\d,.]*\s*kwh")


def _lone_label_row(analysis: Analysis, record, fields: list[Segment]) -> str | None:
    """The label of a table's only row of two cells, a label and its value ("Usage | 612 kWh", "Phone | 909-..."),
    which the reader cannot tell from a header row over nothing and leaves unlabelled: a label cell (a customer
    field's label phrase, no figure in it, none of a collective) beside a value of the shape the label says."""
    if len(fields) != 2 or any(f.label for f in fields):
        return None
    table = (record.location.element or "").rsplit(" > ", 1)[0]
    if not table or sum((r.location.element or "").rsplit(" > ", 1)[0] == table
                        for r in analysis.document.records) != 1:
        return None
    label, value = fields[0].text.strip().rstrip(":").strip(), fields[1].text.strip()
    kind = header_kind(label)[0]
    if kind not in _SIDE_KINDS or any(c.isdigit() for c in label) or _COLLECTIVE_LABEL.search(label):
        return None
    shape = analysis.sniff(value)
    if kind == "usage":
        return label if shape == "usage" and _HOUSEHOLD_USAGE.fullmatch(value) else None
    return label if kind in ("name", "contact") or shape == kind else None


# a guide's figure for a made-up or a middle household, in the words of a usage field: "a typical home", "the average
# household", "for example"
_GUIDES_FIGURE = re.compile(r"(?i)\b(?:typical|typically|sample|example|e\.g\.|(?:an?|the)\s+average\s+(?:home|house|"
                            r"household|customer|residence|family))\b")
_GUIDES_REACH = 60  # how far before the figure its field's words may say so
# a contact field whose value opens with an office, not a person ("Contact: Public Works at (909) ...", "Contact: the
# Finance Department counter, (909) ... (option 2)", "Contact: Inland Choice Power Customer Care"): the office's line,
# which the City publishes, beside whatever record the block holds
_OFFICE_AS_CONTACT = re.compile(
    r"[ \t]*(?:(?i:the)[ \t]+)?(?:(?:City|County|Town)(?:['\u2019]s)?[ \t]+(?:of[ \t]+[A-Z][\w.'-]*[ \t]+)?)?"
    r"(?:(?:[A-Z][\w&'-]*[ \t]+){0,4}(?:Public[ \t]+Works|Utility[ \t]+Billing|Code[ \t]+Enforcement|"
    r"Customer[ \t]+(?:Care|Service|Services)|Water[ \t]+Resources|Finance|Planning|"
    r"Building[ \t]+(?:and|&)[ \t]+Safety|City[ \t]+Clerk|Key[ \t]+Accounts|311)\b"
    r"|(?:[A-Z][\w&'-]*[ \t]+){1,3}(?:Department|Dept\.?|Division|Office|Bureau|Section|Unit|Hotline)\b)")


def _under_a_facility(analysis: Analysis, first: _Hit) -> bool:
    """Whether the line right above a block's first label names one of the City's facilities (a facility report's
    "Main Library, 140 Mesa St" over its account and usage), or the line above a sentence right above it that says
    what the place is or when it opens (a cooling center's "Pomona Public Library" / "The center is open at 625 S
    Garey Ave." / "Phone: ..." / "Usage last summer: ..."): the block is the facility's, no customer's."""
    lines = _lines_above(analysis, first, 2)
    if lines and _SENTENCE_LINE.fullmatch(lines[0]):
        lines = lines[1:]  # (only the first line above is passed so: a heading's, not a paragraph's)
    line = lines[0] if lines else ""
    # (a street's words are no facility: "RE: your account at 12 Park Ave")
    return bool(line) and len(line) <= _FACILITY_LINE_CHARS and CITY_FACILITY.search(ADDRESS_RE.sub("", line)) is not None


_FACILITY_LINE_CHARS = 80  # a facility's heading line, its name and address; not a paragraph that mentions one
# a line that is one sentence of the place's card, no label's field: "The center is open at 625 S Garey Ave."
_SENTENCE_LINE = re.compile(r"[A-Z][^:\n]{8,%d}[.!]" % _FACILITY_LINE_CHARS)


def _lines_above(analysis: Analysis, first: _Hit, count: int) -> list[str]:
    """Up to ``count`` non-blank lines right above a block's first label, nearest first: those of its own segment
    before it, then those of the segments before it."""
    lines: list[str] = []
    text, index = first.segment.text[:first.start], first.index
    while len(lines) < count:
        lines += [line.strip() for line in reversed(text.split("\n")) if line.strip()][:count - len(lines)]
        if len(lines) >= count or index <= 0:
            break
        index -= 1
        text = analysis.free[index].text
    return lines


def _sample_account(segment: Segment, start: int, end: int) -> bool:
    """Whether an account field's value is a made-up one: digits no one is issued, or marked a sample after them (the
    field's value may run on to the mark: "3-48-210-5567 (sample).")."""
    digits = re.sub(r"\D", "", segment.text[start:end])
    if not digits:
        return False
    last_digit = max(segment.text.rfind(d, start, end) for d in set(digits))
    return unissued(digits) or marked_a_sample(segment.text, last_digit + 1)


def _beside_bank_routing(segment: Segment, start: int, end: int) -> bool:
    """Whether an account field's value shares its line with a bank's routing number's label ("ABA", "Routing",
    "SWIFT"): a bank's account."""
    text = segment.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return BANK_ROUTING.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


def _wire_instructions(analysis: Analysis, block: list[_Hit]) -> bool:
    """Whether a block is a payee's wire instructions (a CCA's or a supplier's remittance page: "Account name: Pomona
    Choice Energy" / "Account number: ..." / "ABA routing: 122000247"): its lines, or the line right below its last
    label, give a bank's routing number, and no label of it names a customer (a customer's autopay form's
    "Customer name:" keeps its bank line beside a customer's record)."""
    if any(CUSTOMER_ROLE.search(hit.label) for hit in block):
        return False
    segments = analysis.free[block[0].index:block[-1].index + 2]
    return any(ROUTING_NUMBER.search(segment.text) for segment in segments)


def _identifier_just_above(analysis: Analysis, first: _Hit) -> bool:
    """Whether the line right above a block's first label, in the same card, holds an identifier the identifier
    detectors found: a personnel notice's "SSN 493 29 3362", written with no colon, over its "Position:" and "Home
    address:" fields."""
    if first.segment.text[:first.start].strip() or not first.index:
        return False
    above, field = analysis.free[first.index - 1], first.segment
    if page_of(above) != page_of(field) or above.hidden != field.hidden:
        return False
    paths = above.location.element, field.location.element
    if (paths[0] is None) != (paths[1] is None) or paths[0] and _steps(paths[0])[:-1] != _steps(paths[1])[:-1]:
        return False
    return bool(analysis.anchors_in(above))


def _titled_elsewhere(analysis: Analysis, name: str, own: Segment) -> bool:
    """Whether the document names ``name`` elsewhere with a staff member's or an official's title after it ("Contact
    Tamsin Valdivia, Energy Programs Coordinator, (909) ..."): the same person under a label that does not say
    customer is that staff member. The label's own line is not read: "Vendor: Luis Ortega" titles no one."""
    if len(name.split()) < 2:
        return False
    for segment in analysis.document.segments:
        if segment is own:
            continue
        at = segment.text.find(name)
        while at >= 0:
            if named_officially(segment.text, at, at + len(name)):
                return True
            at = segment.text.find(name, at + 1)
    return False


# the label of a program's applicant: "Applicant", "Applicant name", "applicant" (a meta tag's name)
_APPLICANT_FIELD = re.compile(r"(?i)\s*(?:co-?)?applicant(?:'?s)?(?:[\s_-]+name)?\s*")


def _programs_applicant(analysis: Analysis, block: list[_Hit]) -> list[_Hit]:
    """The block, its "Applicant" field read as a name where the page is a utility customer program's own (its title
    or main heading names a rebate, a bill discount, a payment plan: ``program_rosters.program_pages``) and the block
    gives the home's address, phone or mailbox: the program's customer, as ``headers.program_applicants`` reads an
    applicants' column. A permit's, a job's, a board's applicant (any other page) stays a public record's."""
    if not any(h.kind == "veto" and _APPLICANT_FIELD.fullmatch(h.label) for h in block) or not any(
            h.kind in ("address", "phone", "email") for h in block):
        return block
    if page_of(block[0].segment) not in program_pages(analysis):
        return block
    return [replace(h, kind="name", strong=False) if h.kind == "veto" and _APPLICANT_FIELD.fullmatch(h.label) else h
            for h in block]


def _judge_block(analysis: Analysis, block: list[_Hit]) -> bool:
    """Add a block's fields if it makes a customer record (see ``Analysis.judge``); True if it does. An anchored
    block's office hours veto nothing (``_OFFICE_HOURS``)."""
    block = _programs_applicant(analysis, block)
    values = [_value(analysis, hit, following) for hit, following in zip(block, [*block[1:], None])]
    customer = any(h.kind in ("name", "account") and not h.screen for h in block)
    values = [_screen_value(analysis, hit, value) if hit.screen and value and customer else
              None if hit.screen else value for hit, value in zip(block, values)]
    # a guide's "Sample account number: 1-23-456-7890 (for reference only)": nobody's account, and no record of one to
    # make the phones and names around it a customer's
    values = [None if value and hit.kind == "account" and _sample_account(*value) else value
              for hit, value in zip(block, values)]
    # a bank's account, given beside its routing number in a contract's notices or a payee's wire instructions ("For
    # payments: Bank: Wells Fargo Bank, N.A. ABA: 121000248 Account: ..."): no utility's, and no record of a customer
    # to make the firm's contact above it one
    wired = _wire_instructions(analysis, block)
    values = [None if value and hit.kind == "account" and (wired or _beside_bank_routing(*value)) else value
              for hit, value in zip(block, values)]
    anchored = any(value and analysis.anchors_in(*value) for value in values)
    home = any(h.kind in ("address", "phone", "email") and _HOME_FIELD.search(h.label) for h in block)
    anchored = anchored or home and _identifier_just_above(analysis, block[0])
    if not anchored:  # a heading over a paragraph, a blank form's labels, a staff card: no colon, no label, and
        # no say in what the block is ("Work Location" over a permit's site after an applicant's "Home Phone:")
        kept = [k for k, hit in enumerate(block) if not hit.bare]
        block, values = [block[k] for k in kept], [values[k] for k in kept]
        if not block:
            return False
    cells = []
    person_named = any(h.kind in ("name", "contact") for h in block)
    for hit, value in zip(block, values):
        if value is None:
            continue
        kind = hit.kind
        if kind in ("veto", "soft"):
            if not anchored or (person_named and _RECORD_OWNER.fullmatch(hit.label)) or staff_column(hit.label) \
                    or staff_column(_words_of_label(hit)):
                continue  # a CRM case's "Owner:" beside its "Contact:" is the staff member who works the case, as
                # the "Inspector:" or "TECH ....." of a service order is the one who did the work, and a form's
                # "Staff phone:" under the customer's fields the desk's line
            # "Applicant: Jane Doe" beside an ITIN; a value is a name only if it reads as one ("Title: Rate study")
            kind = analysis.sniff(value[0].text[value[1]:value[2]])
            if kind is None:
                continue
        text = value[0].text[value[1]:value[2]]
        if kind == "usage" and _GUIDES_FIGURE.search(value[0].text, max(0, value[1] - _GUIDES_REACH), value[2]):
            continue  # a bill guide's "Usage: a typical home here uses about 622 kWh a month": nobody's own use
        if kind == "address" and _PREMISE.fullmatch(hit.label) and not opens_an_address(text):
            continue  # "Premise: P-46405-93614": the premise's number (the account detector's); "Premise: City Hall"
        if kind in ("name", "address") and public_story(analysis, *value, strict=True):
            continue  # a landmark's "Address:" beside its "Original Owner:", in a block a record's labels join below
        if kind not in ("name", "account", "identifier") and official_named_in(text, anchored=True):
            continue  # "Contact: Rebecca Skonberg, City Clerk, (907) ..." below a record: whom to ask, not its field
        if kind == "name" and _TITLE_FIELD_AFTER.match(value[0].text, value[2]) and named_officially(
                value[0].text, value[1], value[2]):
            continue  # a staff card's row below a record: "Name: Ana Ruiz<tab>Title: Billing Supervisor<tab>Phone: ..."
        if kind == "name" and not hit.strong and _titled_elsewhere(analysis, text.strip(), value[0]):
            continue  # a merge template's "Signer Name: Ana Ruiz", whom the letter signs as "Ana Ruiz, Energy
            # Programs Coordinator": the staff member, under a label that does not say customer
        if kind == "name" and hit.strong and (parts := _name_and_contacts(*value)):
            cells.extend(Cell(part_kind, value[0], start, end, hit.label, True) for part_kind, start, end in parts)
            continue
        cells.append(Cell(kind, *value, hit.label, hit.strong))
        if kind == "account" and analysis.valid("account", text) or (
                hit.strong and kind == "name" and person_name(text.strip(), strict=False)):
            analysis.anchor_pages.add(page_of(hit.segment))  # "Account No.: ..." alone names a customer
    if not person_named and _under_a_facility(analysis, block[0]):
        return False  # "City Hall, 505 Civic Center Dr" over "Account (SCE): ..." / "Usage (kWh): 412,330": the City's own
    vetoes = [h for h in block if h.kind == "veto" and not (anchored and _OFFICE_HOURS.fullmatch(h.label))]
    if anchored and home:
        vetoes = []  # a personnel notice's "Position:" and "Department:" beside an SSN and a "Home address:": one
        # person's record, where a roster's or a facility list's fields give offices, never anyone's home
    if analysis.judge(cells, "customer label block: '{label}'", veto=bool(vetoes),
                      soft=any(h.kind == "soft" for h in block), listing=[h.segment for h in block],
                      anchored=anchored, submitted=_utility_matter_field(analysis, block)):
        _usage_lines_of_the_block(analysis, block, values)
        _notes_of_the_block(analysis, values)
        if any(h.strong or h.kind in ("account", "identifier") for h in block):
            _name_heading_the_block(analysis, block)
            _party_captioned_above(analysis, block[0])
        return True
    return False


def _name_heading_the_block(analysis: Analysis, block: list[_Hit]) -> None:
    """A person's name as the heading of a card the block's fields fill (an ``<h4>`` over a list of "Service
    address: ...", "Water Acct: ..."; a list of such cards is one block): the card is that customer's, its heading
    says whose. Only a heading of the same card (the fields sit under the heading's parent element, or under the card
    of the header wrapping it alone, shown or hidden as it is) right before a label that opens its line, a private person's name alone: not a firm's, nor one named
    with a title or role (a staff card's fields are a title, a department and the City's numbers, which make no
    customer block)."""
    for hit in block:
        if hit.index and not hit.segment.text[:hit.start].strip():
            _name_heading(analysis, analysis.free[hit.index - 1], hit)


def _party_captioned_above(analysis: Analysis, first: _Hit) -> None:
    """The party a case's caption names on the line right above the block ("In the Matter of the Appeal of Ana
    Ruiz, Appellant." over "Service Address: ...  Account No.: ..."): a hearing decision's appellant, whose service
    and account the block gives. A firm's name is no customer's name here."""
    if not first.index or first.segment.text[:first.start].strip():
        return
    above = analysis.free[first.index - 1]
    found = page_of(above) == page_of(first.segment) and party_in_caption(above.text)
    if found and person_name(above.text[found[0]:found[1]], strict=False) and \
            not business_name(above.text[found[0]:found[1]]):
        analysis.add("name", above, *found, analysis.reason("party a caption names above a customer label block: "
                                                            "'{label}'", first.label))


# a heading element's step at the end of an element path ("div:nth-of-type(3) > h4")
_HEADING_STEP = re.compile(r"(?:^|\s>\s)h[2-6](?::nth-of-type\(\d+\))?$")


def _name_heading(analysis: Analysis, heading: Segment, hit: _Hit) -> None:
    path, field_path = heading.location.element or "", hit.segment.location.element or ""
    if heading.hidden != hit.segment.hidden or heading.chrome != hit.segment.chrome:
        return
    step, fields = _HEADING_STEP.search(path), _steps(field_path)
    if step:
        card = _steps(path[:step.start()])
        if not _under(card, fields) and not (_card_header(analysis, hit.index - 1, card)
                                             and _under(card[:-1], fields)):
            return
    elif not _opened_by(analysis, hit.index - 1, _steps(path), fields):
        return
    start, end = span(heading.text, 0, len(heading.text))
    name = heading.text[start:end]
    if person_name(name) and not business_name(name) and not named_officially(heading.text, start, end):
        analysis.add("name", heading, start, end, analysis.reason("name heading a customer label block: '{label}'",
                                                                  hit.label))


# the elements that wrap a card's heading alone, the card's body their sibling: a header, a div ("card-header")
_HEADER_WRAPPERS = frozenset({"header", "div"})


def _card_header(analysis: Analysis, index: int, wrapper: list[str]) -> bool:
    """Whether ``wrapper``, the parent of the heading at ``index`` of ``analysis.free``, is a card's header (a
    Bootstrap ``card-header`` before its ``card-body``, an article's ``<header>``): a div or header below some
    card that holds no text but the heading. A section holding a heading alone is a section of the page."""
    if len(wrapper) < 2 or wrapper[-1].split(":")[0].split("#")[0] not in _HEADER_WRAPPERS:
        return False
    before = analysis.free[index - 1].location.element if index else None
    return not (before and _under(wrapper, _steps(before)))


def _opened_by(analysis: Analysis, index: int, title: list[str], fields: list[str]) -> bool:
    """Whether the element ``title`` (the segment at ``index`` of ``analysis.free``, not a heading element) opens
    the card holding ``fields``: a list row whose text opens with the name before its sublist of fields (a link
    to the customer's page), or a title block before the fields ("card-title" div, a bold paragraph), the first
    text of the card. A name after other text of the element (a letter's signature) titles nothing."""
    if _under(title, fields):
        card = title
    elif _under(title[:-1], fields):
        card = title[:-1]
    else:
        return False
    before = analysis.free[index - 1].location.element if index else None
    return not (before and (_under(card, _steps(before)) or _steps(before) == card))


def _steps(path: str) -> list[str]:
    return [step.strip() for step in path.split(">") if step.strip()]


def _under(parent: list[str], steps: list[str]) -> bool:
    """Whether the element path ``steps`` lies under the element ``parent`` is. An extractor keeps only the
    last few steps of a deep path, so a field one level deeper than its card's heading (an ``<h4>`` beside the
    ``<ul>`` of its ``<li>`` fields) has a window starting a step further down: it lies under the parent when its
    first steps are the parent's last ones, two at least, and its window is no shorter than the heading's (cut
    too, and not started at an element's id)."""
    if not parent:
        return False
    if len(steps) > len(parent) and steps[:len(parent)] == parent:
        return True
    if len(steps) <= len(parent) or "#" in steps[0]:
        return False
    return any(steps[:k] == parent[-k:] for k in range(len(parent) - 1, 1, -1))


_FIELD_LINE_CHARS = 80  # a field's line ("Read at removal: 1671.2 kWh"), not a paragraph


def _usage_lines_of_the_block(analysis: Analysis, block: list[_Hit], values: list) -> None:
    """A customer block's field whose label the vocabulary does not know, its value a consumption figure with
    its unit ("Read at removal: 1671.2 kWh", "Final read: 842 kWh"), on a line among the block's or right after
    its last value (a record split by a page break keeps its lines): the customer's usage. A tariff, a tier, a
    baseline or an average is no consumption figure (``consumption_spans``)."""
    last = max([block[-1].index, *(analysis.free_index.get(id(v[0]), 0) for v in values if v)])
    for segment in analysis.free[block[0].index:last + 2]:
        if len(segment.text) <= _FIELD_LINE_CHARS and _same_or_next_page(page_of(block[0].segment),
                                                                         page_of(segment)):
            for start, end in consumption_spans(segment.text):
                label = COLUMN_GAP.split(segment.text[:start])[-1]  # the field's own words ("KWH SINCE LAST RD")
                analysis.add("usage", segment, start, end, analysis.reason("customer label block: '{label}'",
                                                                             label.strip(" :")))


# a record's notes field, alone on its line or before its first entry: "Notes:", "Case notes:", "Comments:"
_NOTES_LABEL = re.compile(r"(?i)[ \t]*(?:(?:case|call|contact|account|agent|csr)[ \t]+)?(?:notes?|comments?|remarks?)"
                          r"[ \t]*:")
_RULE_LINE = re.compile(r"[ \t]*(?:[-=_*~]{4,}[ \t]*)?")  # a blank line or a rule: the record ends
_NOTES_LINES = 12
# the words a note writes before the number to call the customer back at: "alt cb", "call back", "cell"
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z/.]+[ \t]+)?[A-Za-z/.]+)[ \t]*[:#]?[ \t]*$")


def _notes_of_the_block(analysis: Analysis, values: list) -> None:
    """A customer block's notes field right after its last value ("Notes:" over a CRM case's dated entries, up to
    the rule or blank line ending the case): entries on that customer's case, so a consumption figure in them is
    the customer's usage ("billed 2,300 KWH vs 1529 same period last yr") and a number the note gives to call back
    ("alt cb 626-980-0672 (work)") the customer's phone. A number without such words (a vendor's, SCE's) is not."""
    lines = _lines_after(analysis, values)
    opening = next(lines, None)
    label = opening and _NOTES_LABEL.match(opening[0].text, opening[1], opening[2])
    if not label:
        return
    why = analysis.reason("notes of a customer label block: '{label}'", label.group().strip(" \t:"))
    entries = [(opening[0], label.end(), opening[2])]
    for segment, start, end in lines:
        if len(entries) > _NOTES_LINES or _RULE_LINE.fullmatch(segment.text, start, end):
            break
        entries.append((segment, start, end))
    for segment, start, end in entries:
        for at, to in consumption_spans(segment.text, start, end):
            analysis.add("usage", segment, at, to, why)
        for at, to in phones_to_call(segment.text, start, end):
            analysis.add("phone", segment, at, to, why)


def phones_to_call(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The numbers a note gives to reach someone at, by the words right before them ("alt cb 626-980-0672", "asked
    for cb at 9093265187", "cell: ..."), ten bare digits too; a number without such words (a vendor's, SCE's) is
    none."""
    found = []
    for at, to in phone_spans(text, start, end, bare=True):
        words = _WORDS_BEFORE.search(text, max(start, at - 24), at)
        if words and header_kind(words.group(1))[0] == "phone":
            found.append((at, to))
    return found


def _lines_after(analysis: Analysis, values: list):
    """The lines after a block's last value, as (segment, start, end): the rest of its segment and the free segments
    after it on the same page or the next; a gap in the text's line numbers (a blank line) ends them."""
    last = max(((analysis.free_index[id(v[0])], v[2]) for v in values if v and id(v[0]) in analysis.free_index),
               default=None)
    if last is None:
        return
    index, position = last
    segment = analysis.free[index]
    newline = segment.text.find("\n", position)
    pieces = [(segment, newline + 1)] if newline >= 0 else []
    line = segment.location.line
    for following in analysis.free[index + 1:index + _NOTES_LINES + 3]:
        gap = line is not None and following.location.line is not None and following.location.line - line > 1
        if gap or not _same_or_next_page(page_of(segment), page_of(following)):
            break
        pieces.append((following, 0))
        line = following.location.line
    for piece, start in pieces:
        for match in _LINE.finditer(piece.text, start):
            yield piece, match.start(), match.end()


_LINE = re.compile(r"^[^\n]*", re.MULTILINE)


def _screen_value(analysis: Analysis, hit: _Hit, value: tuple[Segment, int, int]) -> tuple[Segment, int, int] | None:
    """The value of a screen label when it has the shape the label stands for: a street address after "SVC :",
    the kWh figure after "USG :" ("1,227 KWH (AUG)")."""
    segment, start, stop = value
    text = segment.text[start:stop]
    if hit.kind == "address":
        return value if analysis.sniff(text) == "address" else None
    usage = consumption_spans(text)
    return (segment, start + usage[0][0], start + usage[0][1]) if usage else None


def _label_hits(analysis: Analysis) -> list[_Hit]:
    """Field labels in document order: "Label:" phrases in the text, and free segments that carry
    a field name of their own (a form field's ``<label>``, a hidden input's name)."""
    hits = [_Hit(i, s, 0, 0, s.label, *header_kind(s.label)) for i, s in enumerate(analysis.free)
            if s.label and header_kind(s.label)[0]]
    for terminator in TERMINATOR.finditer(analysis.joined):
        segment, position = analysis.locate(terminator.start())
        index = analysis.free_index.get(id(segment))
        match = index is not None and (label_ending_at(segment.text, position + 1)
                                       or translations.label_ending_at(segment.text, position + 1))
        if not match:
            screen = index is not None and _SCREEN_LABEL.search(segment.text, max(0, position - 6), position + 1)
            if screen:
                hits.append(_Hit(index, segment, screen.start(), screen.end(), screen.group("label"),
                                 _SCREEN_KINDS[screen.group("label").lower()], False, screen=True))
            continue
        previous = hits[-1] if hits else None
        if previous and previous.segment is segment and previous.start == match.start():
            previous.end = match.end()  # "Account #:" ends at the ":"
            continue
        prev = _PREV_WORD.search(segment.text, max(0, match.start() - 30), match.start())
        if prev and _SALUTATION.search(prev.group(prev.lastindex)):
            continue  # a letter's "Dear customer:" greets its reader; the line under it is no customer's name
        phrase = f"{prev.group(prev.lastindex)} {match.group('label')}" if prev else match.group("label")
        hits.append(_Hit(index, segment, match.start(), match.end(), match.group("label"), *header_kind(phrase)))
    hits += [_Hit(i, s, 0, len(s.text.rstrip()), s.text.strip(), *header_kind(s.text.strip()), bare=True)
             for i, s in enumerate(analysis.free) if not s.label and _bare_label(s.text) and not _labels_next(analysis, i)]
    hits += [hit for i, s in enumerate(analysis.free) if not s.label for hit in _run_together_hits(analysis, i, s)]
    hits += _field_lines([hit for i, s in enumerate(analysis.free) if not s.label for hit in _field_line_hits(i, s)])
    hits += [hit for i, s in enumerate(analysis.free) if not s.label and "..." in s.text for hit in _leader_hits(i, s)]
    return sorted(hits, key=lambda h: (h.index, h.start))


# a printed form's label and its value joined by a dotted leader, without a colon: "Premise ............ 42331 ...",
# "Contract Acct ....... 3000 9234 7650"; the label opens its line (a contents page's "Rates ........ 4" names no
# field of a record)
_LEADER_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Za-z][\w'/#-]*(?:[ \t]+[A-Za-z][\w'/#-]*){0,3}?)"
                           r"[ \t]*\.{3,}[ \t.]*(?=\S)")


def _leader_hits(index: int, segment: Segment) -> list[_Hit]:
    """The labels of the lines whose label and value a dotted leader joins (``_LEADER_LABEL``), when the label
    names a field of a record."""
    hits = []
    for line in _LEADER_LABEL.finditer(segment.text):
        kind, strong = header_kind(line.group("label"))
        if kind:
            hits.append(_Hit(index, segment, line.start("label"), line.end(), line.group("label"), kind, strong))
    return hits


# a record's labels and values run together without colons, as a definition list or a form reads once its markup
# is gone (flattened in a comment, pasted as text): "Customer  Angela Evans  Service address  8316 Mariposa Ct ...".
# Only a line whose customer's name label opens it or follows the value of the line's field before it ("Account
# Number 7-204-889-1034 Name Rosa Ibarra Service Address 1220 ..."), a capitalised name, and then another field's
# label, capitalised as a list's terms are (a sentence's "Customer Ana Ruiz phone 951 ..., PCE account ..." is
# prose's to read).
_FIELD_WORDS = (r"(?=(?-i:[A-Z]))(?:service address|billing address|mailing address|address|phone|telephone|cell|"
                r"e-?mail|account(?: number| no\.?)?|acct(?: no\.?)?|water acct|said|premise id)")
_RUN_TOGETHER = re.compile(r"(?m)(?:^[ \t]*|(?<=\d)[ \t]+)(?P<label>(?i:customer name|customer|account holder)|"
                           r"(?<=\d[ \t])Name)[ \t]+(?P<name>[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,4})")
_NEXT_FIELD = re.compile(rf"(?i)(?<![\w-])(?P<label>{_FIELD_WORDS})[ \t]+(?=[\w(+])")
# any field's label, capitalised, right before its value with no colon: a number, a utility's letters on a number
# ("SA#9074391500", "V482N-133779"), a mailbox; its unit in brackets a word of it ("Usage (kWh) 1831")
_FIELD_THEN_VALUE = re.compile(r"(?P<label>[A-Z][\w/.'\u2019-]*(?:[ \t]+[^\W\d_][\w/.'\u2019-]*|[ \t]*\([^()\d\n]{1,12}\))"
                               r"{0,4}?)[ \t]*[:#]?[ \t]*(?=[(+]?\d|[A-Z]{1,4}[-#.]?\d|[\w.+-]+@\w)")
_RUN_FIELD_KINDS = frozenset({"account", "identifier", "phone", "email", "usage", "address"})
_WORD_START = re.compile(r"(?:(?<=^)|(?<=[ \t]))(?=[A-Z])", re.MULTILINE)


def _run_together_hits(analysis: Analysis, index: int, segment: Segment) -> list[_Hit]:
    """The labels of a line whose record's labels and values run together without colons (``_RUN_TOGETHER``):
    the name's label, each field's label before it on the line, and each after it whose value starts right after
    it. A name's label inside the line follows an identifier the identifier detectors found ("Account Number
    7-204-889-1034 Name ..."), not a permit's or an agenda item's number."""
    hits = []
    text = segment.text
    for line in _RUN_TOGETHER.finditer(text):
        cut = _name_end(text, line)
        opening = text.rfind("\n", 0, line.start()) + 1
        if cut is None or text[opening:line.start("label")].strip() and not analysis.anchors_in(
                segment, opening, line.start("label")):
            continue
        end = text.find("\n", cut)
        end = len(text) if end < 0 else end
        hits += _run_fields(index, segment, opening, line.start("label"))
        # a bare "Name" says no more than a staff card's does: the record's other fields must make it a customer's
        strong = line.group("label").lower() != "name"
        hits.append(_Hit(index, segment, line.start("label"), line.end("label"), line.group("label"), "name", strong))
        after = {field.start(): field.group("label") for field in _NEXT_FIELD.finditer(text, cut, end)
                 if header_kind(field.group("label"))[0]}
        after.update({hit.start: hit.label for hit in _run_fields(index, segment, cut, end)
                      if not any(at <= hit.start < at + len(label) for at, label in after.items())})
        hits += [_Hit(index, segment, at, at + len(label), label, *header_kind(label)) for at, label in sorted(after.items())]
    return hits


# a line that is a customer's name under its label and nothing more, no colon ("Claimant Ana Ruiz")
_NAME_LINE = re.compile(r"(?m)^[ \t]*(?P<label>(?i:customer name|customer|account holder|claimant|ratepayer))[ \t]+"
                        r"(?P<name>[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3})[ \t]*$")
_FIELD_LINE = re.compile(r"(?m)^[ \t]*(?=[A-Z])[^\n:]*$")


def _field_line_hits(index: int, segment: Segment) -> list[_Hit]:
    """The labels of a record's lines that each give a customer's name or their home, its label opening the line and
    its value after it without a colon, as a claim form's lines read once their layout is gone ("Claimant Ana Ruiz" /
    "Service Address 6792 Wexford Pl Pomona CA" over "Premise ID 4418223910"). Read as a printed form's bare labels
    are: only in a block that holds an identifier the identifier detectors found (``_judge_block``); the identifier's
    own line is the account detector's."""
    hits = []
    text = segment.text
    for line in _FIELD_LINE.finditer(text):
        if _RUN_TOGETHER.match(text, line.start(), line.end()):
            continue  # the line's fields run together after its name: ``_run_together_hits``'
        name = _NAME_LINE.match(text, line.start(), line.end())
        if name and person_name(name.group("name")):
            hits.append(_Hit(index, segment, name.start("label"), name.end("label"), name.group("label"), "name",
                             False, bare=True))
            continue
        opening = line.start() + len(line.group()) - len(line.group().lstrip())
        field = _field_at(text, opening, line.end())
        if field and field[0] == opening and (header_kind(field[1]) == ("address", True)
                                              or header_kind(field[1])[0] == "account"):
            hits.append(_Hit(index, segment, opening, opening + len(field[1]), field[1], *header_kind(field[1]),
                             bare=True))
    return hits


_FIELD_LINES_APART = 2  # segments between a claimant's line and the account's line of one record


def _field_lines(hits: list[_Hit]) -> list[_Hit]:
    """The field lines' hits of records that give a name or a home: an account's line counts only beside such a line
    (a facility's "Account 4408127736" line, a utility's "SCE acct" line under a labelled address are not)."""
    personal = [hit.index for hit in hits if hit.kind != "account"]
    return [hit for hit in hits if hit.kind != "account"
            or any(abs(hit.index - index) <= _FIELD_LINES_APART for index in personal)]


def _name_end(text: str, line: re.Match) -> int | None:
    """Where the name after a run-together record's name label ends: before the first of its words that opens another
    field's label, when the words before it read as a person's name."""
    words = list(re.finditer(r"\S+", line.group("name")))
    for word in words[2:] + [None]:
        cut = line.start("name") + (word.start() if word else len(line.group("name")))
        rest = text[cut:].lstrip(" \t")
        field = _field_at(rest, 0, len(rest))
        if not (re.match(_FIELD_WORDS + r"(?i:[ \t]+\S)", rest) or field and field[0] == 0):
            continue
        name = text[line.start("name"):cut].strip()
        return cut if person_name(name) else None
    return None


_LABEL_TOKEN = re.compile(r"\([^()]*\)|\S+")


def _field_at(text: str, at: int, stop: int) -> tuple[int, str] | None:
    """Where the capitalised label of a record's field right before its value at ``at`` starts, and the label
    (``_FIELD_THEN_VALUE``). The words before the value that the label takes: from the last, each word that is no
    street's type or unit ("Ln"), no word a comma ends, and no word of a name unless the label needs it to name a
    field ("Max Demand"): "Hollowbrook Ln Monthly Usage 679" is a street's end and "Monthly Usage"."""
    field = _FIELD_THEN_VALUE.match(text, at, stop)
    if not field:
        return None
    tokens = list(_LABEL_TOKEN.finditer(field.group("label")))
    start = len(tokens)
    while start > 0:
        word = tokens[start - 1].group()
        plain = word.rstrip(".").lower()
        kind = header_kind(" ".join(t.group() for t in tokens[start:]))[0] if start < len(tokens) else None
        if word.endswith(",") or plain in SUFFIXES or plain in UNITS or (kind and name_like(word)):
            break
        start -= 1
    if start == len(tokens):
        return None
    label = " ".join(t.group() for t in tokens[start:])
    if header_kind(label)[0] not in _RUN_FIELD_KINDS:
        return None
    return field.start("label") + tokens[start].start(), field.group("label")[tokens[start].start():]


def _run_fields(index: int, segment: Segment, start: int, stop: int) -> list[_Hit]:
    """The hits of the capitalised field labels right before their values between ``start`` and ``stop``."""
    hits, at = [], start
    for word in _WORD_START.finditer(segment.text, start, stop):
        if word.start() < at:
            continue
        field = _field_at(segment.text, word.start(), stop)
        if field:
            label_start, label = field
            hits.append(_Hit(index, segment, label_start, label_start + len(label), label, *header_kind(label)))
            at = label_start + len(label)
    return hits


def _labels_next(analysis: Analysis, index: int) -> bool:
    """Whether the free segment at ``index`` is the label the next one carries already (a form's line read as its
    label and its value labelled by it, "Daytime phone" then "(909) 555-0142"): the value's hit, not a label of its
    own, which would split the form's block between the label lines and the values."""
    following = analysis.free[index + 1] if index + 1 < len(analysis.free) else None
    return following is not None and following.label == analysis.free[index].text.strip()


_BARE_LABEL_WORDS = 4  # "PCE/SCE account number", "Applicant name", "Daytime phone"


def _bare_label(text: str) -> bool:
    """A line that is a field's name and nothing else, without a colon: a printed form's label over its value
    ("Service address" above "1329 N Grand Ave", in a smaller font). Counted only in a block that holds a
    personal identifier (``_judge_block``): a heading or a blank form's labels look the same."""
    text = text.strip()
    if not text or "\n" in text or len(text) > 40 or any(c.isdigit() or c in ":#" for c in text) or text[0].islower():
        return False  # a form prints its labels capitalised: "test customer" over "sample" is a note
    if "\t" in text:
        return False  # a PDF's table header line ("Month | kWh"): the table's rows are read under it, column by column
    match = label_ending_at(f"{text}:", len(text) + 1)
    return (match is not None and len(text[:match.start()].split()) <= _BARE_LABEL_WORDS - 2
            and len(text.split()) <= _BARE_LABEL_WORDS and header_kind(text)[0] is not None)


def _near(analysis: Analysis, a: _Hit, b: _Hit) -> bool:
    """Whether two label hits are in one block: at most three line breaks apart on one page, or across a page
    break (the block's last lines on a page, its first on the next, the page's footer and the next one's header
    between them), both in the page's body or both in its header, footer or navigation, and both fields of a
    form (hidden inputs or not) or both labels in the text, shown or hidden the same way."""
    form_field = _form_field(a)
    # a printed form's label-over-value pairs: a field of another kind between two ("City / ZIP" over its line)
    lines = _FORM_LINES if a.bare and b.bare else 3
    # a form's line read as its label and its value labelled by it ("Household size" | "4") is one line, not two
    apart = b.index - a.index - sum(_labels_next(analysis, i) for i in range(a.index + 1, b.index))
    if (not _same_or_next_page(page_of(a.segment), page_of(b.segment)) or apart > lines
            or a.segment.chrome != b.segment.chrome
            or form_field != _form_field(b) or (not form_field and _shown_as(a) != _shown_as(b))):
        return False  # a page's body and its footer are no one block, nor a hidden record and the text beside it
    if a.index == b.index:
        return a.segment.text.count("\n", a.end, b.start) <= 2
    if page_of(a.segment) != page_of(b.segment) and not all(
            _framed(analysis, segment) for segment in analysis.free[a.index + 1:b.index]):
        return False  # a record a page break cuts goes on at the next page's top, under its running head only: a
        # heading there ("Attachment 17 - Hardship referral") opens another part, whose record is not the "Contact:"
        # of the staff report ending the page before
    if any(_prose(analysis.free[i]) for i in range(a.index + 1, b.index)):
        return False  # a memo's paragraph between a "Case owner:" line and a text box's "Customer name:" ends a block
    breaks = a.segment.text.count("\n", a.end) + b.segment.text.count("\n", 0, b.start) + apart
    return breaks + sum(s.text.count("\n") for s in analysis.free[a.index + 1:b.index]) <= lines


_PROSE_WORDS = 15  # lower-case words of a paragraph of running text; a record's line or a form's note has fewer


def _prose(segment: Segment) -> bool:
    """Whether a segment between two labels is a paragraph of running text, which no record's lines hold."""
    return any(sum(word.isalpha() and word.islower() for word in line.split()) >= _PROSE_WORDS
               for line in segment.text.split("\n"))


def _form_field(hit: _Hit) -> bool:
    """Whether the hit is a form field's value named by its label (its whole segment), not a label in text."""
    return hit.start == hit.end and hit.segment.hidden not in REDACTION_REASONS


def _shown_as(hit: _Hit) -> str | None:
    """How a label's text is hidden, for joining a block. A value under a failed redaction box is part of the
    record printed around it ("Customer: [Ana Ruiz]  Account no.: ..."), its label the printed one beside the box:
    not a hidden record of its own, nor a form's field."""
    hidden = hit.segment.hidden
    return None if hidden in REDACTION_REASONS else hidden


_FORM_LINES = 5  # line breaks between two labels over their values with one other label and value between them


def _same_or_next_page(page, following) -> bool:
    if isinstance(page, tuple) and isinstance(following, tuple):  # pages of one embedded file
        (file, page), (other, following) = page, following
        if file != other:
            return False
    return page == following or (isinstance(page, int) and following == page + 1)


# the next field of a record written on one line with commas, without a colon: a label of a number's or a contact's
# kind right before its value ("..., OR 97739, Acct No. 000412-3318-01", a translated page's "..., 계정 번호
# 0325912714"), or a consumption figure (", 2,841 kWh")
_LABEL_WITHOUT_COLON = re.compile(r",[ \t]*(?P<label>[^\W\d_](?:[^\W\d_]|[.#/])*(?:[ \t]+(?:[^\W\d_]|[.#/])+){0,2})"
                                  r"[ \t]*(?=[(\d+])")
_NEXT_FIELD_KINDS = frozenset({"account", "phone", "email", "identifier", "usage"})
_FIGURE_AFTER_COMMA = re.compile(rf",[ \t]*(?={USAGE_RE.pattern})")
# a phone's or a mailbox's label and its value after a space, with no comma: the next field of the line ("..., CA 91788
# Phone (909) 812-6482", "... Apt 4  Email: ana@mail.com"); an address has no such word before a number
_CONTACT_AFTER_SPACE = re.compile(r"[ \t]+(?P<label>(?:[A-Za-z]+[ \t]+)?[A-Za-z][A-Za-z.-]*)[ \t]*[:#]?[ \t]*"
                                  r"(?=\(?\d{3}\)?[ \t.-]*\d{3}[ \t.-]\d{4}\b|[\w.+-]+@\w)")
_CONTACT_KINDS = frozenset({"phone", "email"})


def _next_field_start(text: str, start: int, stop: int) -> int:
    """Where a value written on one line with the record's other fields ends: at the comma before the next field's
    label when it has no colon ("Service Address: 4471 Pine Butte Dr, Lava Springs, OR 97739, Acct No. ..."), before
    a consumption figure, or at a phone's or a mailbox's label and value after a space ("... CA 91788 Phone (909) ..."). A value ends where the next label starts, or it swallows the fields after it."""
    ends = [m.start() for m in _LABEL_WITHOUT_COLON.finditer(text, start, stop)
            if _names_next_field(m.group("label"))]
    ends += [m.start() for m in _FIGURE_AFTER_COMMA.finditer(text, start, stop)]
    if "@" in text[start:stop] or any(c.isdigit() for c in text[start + 1:stop]):
        ends += [_label_start(m) for m in _CONTACT_AFTER_SPACE.finditer(text, start, stop)
                 if header_kind(m.group("label"))[0] in _CONTACT_KINDS]
    return min(ends, default=stop)


def _names_next_field(label: str) -> bool:
    """Whether a label after a comma names a number's or a contact's field, whole or by its last word: "average usage"
    names no one's usage (a program's figure, ``header_kind``), yet after a comma in a record's line ("Service Address:
    485 Ironbark Avenue, average usage 2,607 kWh") it still ends the address before it."""
    return header_kind(label)[0] in _NEXT_FIELD_KINDS or header_kind(label.split()[-1])[0] in _NEXT_FIELD_KINDS


def _label_start(contact: re.Match) -> int:
    """Where a contact's label after a space starts: at its last word when the word before is a name's and the last
    word alone is the label ("Customer: Ana Ruiz E-mail ana@...": "Ruiz" ends the name), else where the match does."""
    first, _, rest = contact.group("label").partition(" ")
    if rest and _NAME_WORD.fullmatch(first) and name_like(first) and header_kind(rest)[0] in _CONTACT_KINDS:
        return contact.start("label") + len(contact.group("label")) - len(rest)
    return contact.start()


# a sentence's stop and a label this module does not know (another language's, a form's own) after it: the next
# field of the record, not more of the value
_SENTENCE_THEN_LABEL = re.compile(r"(?<=\w)\.[ \t]+(?=[^\W\d][^\s.:;,]*(?:[ \t][^\s.:;,]+){0,4}:[ \t])")
# ... or a sentence's stop and a label of a number's or a contact's kind right before its value, no colon ("Service
# address: 3281 Alder Crest Dr. BCP account no. BC66559800. Usage 1,517 kWh."): an e-mail's line of fields in sentences
_SENTENCE_THEN_FIELD = re.compile(r"(?<=\w)\.[ \t]+(?P<label>[^\W\d_][\w'\u2019/#-]*\.?(?:[ \t]+[\w'\u2019/#-]+\.?){0,3}?)"
                                  r"[ \t]*[:#]?[ \t]*(?=[(+]?\d|[A-Z]{1,4}[ -]?\d)")


# an address's state and ZIP code, then a sentence's stop and the next sentence ("Dirección de servicio: 3325 Juniper
# Pl, Paloma Quebrada, CA 91762. El cliente presentó su ITIN ..."): the address ends at its ZIP code
_ZIP_THEN_SENTENCE = re.compile(r"(?<![\w-])[A-Z]{2},?[ \t]+\d{5}(?:-\d{4})?(?=\.[ \t]+[^\W\d_])")


# a street's stop, then the next sentence in words ("Service address: 1418 W ORANGE GROVE AVE. Click 'Usage' to see your
# kWh"): the address ends at the street; a unit ("Dr. Apt 4"), a city ("Dr. Lava Springs, OR") or a label after it
# goes on without a lower-case word
_STREET_THEN_SENTENCE = re.compile(r"(?<=\w)\.[ \t]+(?!(?i:apt|unit|ste|suite|spc|space|bldg|lot|no)\b)"
                                   r"(?=[A-Z][\w'\u2019]*(?:[ \t]+\S+){0,2}?[ \t]+(?!(?:del|las|los|von|van|der)\b)"
                                   r"[a-z]{3,}\b)")


# the rest of a sentence after a name a label gives inside it: a comma and a lower-case word (", who disputed the
# read", ", and her son"); "Ruiz, Ana" or "Ana Ruiz, Jr." go on with a capital
_CLAUSE_AFTER_NAME = re.compile(r",[ \t]+(?=[a-z])")


# a utility's or a program's letters before the next field's label, after an address's comma ("..., OPC account:",
# "..., SCE Acct #:"); no state's two letters
_UTILITY_BEFORE_LABEL = re.compile(r",[ \t]*(?:[A-Z][A-Z&]{2,4}|(?=[A-Z])(?i:utility|billing|water|gas|electric|energy))[ \t]*$")
# the words that qualify the next field's label on a line of several fields, ending a name's value right before it:
# the utility's or the system's letters (no vowel: "MLMW Account #:", "SCG Acct:") or the service's word ("Utility
# Billing Acct:", "Water Account No.:", "Gas Acct:"); no name ends so
_NEXT_LABEL_QUALIFIER = re.compile(r"(?:[ \t]+(?:[B-DF-HJ-NP-TV-XZ&]{3,6}|(?=[A-Z])(?i:utility|billing|water|"
                                   r"gas|electric|electricity|sewer|trash|refuse|energy|program|portal|online)))+"
                                   r"[ \t]*$")


# a field's label right before its value, no colon needed, as a line of a record's fields reads once its layout is
# gone ("... E-mail ana@..., "City utility billing account 23-...", "Water/Sewer Acct: 62-...", "SS# 509-...")
_LABEL_THEN_VALUE = re.compile(r"(?P<label>[^\W\d_][\w/.'\u2019#-]*(?:[ \t]+[^\W\d_][\w/.'\u2019-]*){0,4}?)[ \t]*[:#]?[ \t]*"
                               r"(?=[(+]?\d|[\w.+-]+@\w)")
_WORD_AFTER_SPACE = re.compile(r"(?<=[ \t])[^\W\d_]")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_FIELD_AFTER_NAME_KINDS = frozenset({"account", "identifier", "phone", "email", "usage", "address", "contact"})


# a form's next field on the name's line, a one-word label this module need not know ("Marcus Bell Relationship:
# Spouse", "Marcus Bell, Relationship: Spouse"), or a longer one after a wide gap or a comma ("..., Date of Birth: ...")
_ANY_LABEL_AFTER_NAME = re.compile(r"[ \t]+(?=[A-Z][\w'/-]*:[ \t])|"
                                   r"(?:[ \t]{2,}|\t|,[ \t]*)(?=[A-Z][\w'/-]*(?:[ \t][\w'/-]+){0,3}:[ \t])")


def _name_before_next_label(text: str, start: int, stop: int) -> int:
    """Where a name's value ends when the record's next field follows it on the line, its label without a colon or
    its colon further on ("Customer: Ana Ruiz E-mail ana@...", "Customer: Ana Ruiz City utility billing account
    23-..."): before the first word that opens a field's label right before its value, when the words before it read
    as a person's name. A surname before such a label ("Ruiz E-mail") is the name's: the label opens at the first of
    its words that is no name."""
    for word in _WORD_AFTER_SPACE.finditer(text, start + 1, stop):
        label = _LABEL_THEN_VALUE.match(text, word.start())  # the label may run past the value's end: "Acct:" was
        # read as a label of its own, "Water/Sewer" left at the end of the name's value
        if not label or header_kind(label.group("label"))[0] not in _FIELD_AFTER_NAME_KINDS:
            continue
        first, _, rest = label.group("label").partition(" ")
        if rest and _NAME_WORD.fullmatch(first) and name_like(first) and header_kind(rest)[0]:
            continue  # "Ruiz E-mail": the surname, then the label
        cut = len(text[:word.start()].rstrip())
        return cut if person_name(text[start:cut]) else stop  # a name, not "Ana Ruiz web password reset to"
    return stop


# a label written inside a bracket, in a sentence: its value ends where the bracket closes
_BRACKET_OPENS = re.compile(r"[(\uff08][ \t]*$")
_BRACKET_CLOSES = re.compile(r"[)\uff09]")


_QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019"}


def _quoted(text: str, start: int, stop: int) -> tuple[int, int]:
    """A value that opens with a quote ends at its closing quote: in a script's object literal or a JSON-ish line
    (``addr: "15 Elm Rd, Kent, WA 98031", cb: "360.481.6169", mail: ...``) the keys after it are other fields,
    whether or not their names are known labels."""
    close = _QUOTES.get(text[start]) if start < stop else None
    end = re.compile(rf"{close}(?!\w)").search(text, start + 1, stop) if close else None  # not O'Sullivan's
    return (start + 1, end.start()) if end and end.start() > start + 1 else (start, stop)


def _framed(analysis: Analysis, segment: Segment) -> bool:
    """Whether a segment is of the frame printed on every page (a paged file's running head or foot, a site's
    header or footer): a label alone on the last line of a page's text ("Gas usage (Jan):", its value blacked out or
    left blank) has no value in the foot under it ("MO-CC-2025-0311-PKT · Page 104 of 163")."""
    return segment.chrome or id(segment) in analysis.running_lines


def _next_in_document(analysis: Analysis, segment: Segment, after: Segment) -> bool:
    """Whether ``after`` follows ``segment`` at once: no record's field between them (a ``<dt>`` whose ``<dd>`` a
    definition list's record holds is followed, among the free segments, by the next ``<dt>``, not its value)."""
    index = analysis.segment_index
    return id(segment) not in index or id(after) not in index or index[id(after)] == index[id(segment)] + 1


# a record's field that says what the person's matter with the utility is ("Reason: high bill", "Issue: disputed
# usage", "Request type: payment arrangement", "Motivo: factura alta")
_UTILITY_MATTER_FIELD = re.compile(
    r"(?im)^[ \t]*(?:reason|issue|subject|complaint|concern|request(?:[ \t]+type)?|nature[ \t]+of[ \t]+(?:complaint|"
    r"request|call)|call[ \t]+reason|motivo|asunto)[ \t]*:[ \t]*(?:(?:high|disputed?|estimated|unusual|past[- ]due|"
    rf"late|final|duplicate|wrong|incorrect|no)[ \t]+)?(?:{BILL_WORDS}|{METER_WORDS}|{SHUT_OFF_WORDS}|"
    r"power|outage|refund|deposit|payment[ \t]+(?:arrangement|plan)|care|fera|medical[ \t]+baseline|factura|"
    r"consumo|corte)\b")


def _utility_matter_field(analysis: Analysis, block: list[_Hit]) -> bool:
    """Whether a field of the block, or the line right after it, says the person's matter with the utility ("Name:
    ..." / "Address: ..." / "Reason: high bill"): the values were taken down for one person's case, as a form
    submitted is, not listed as a roster's are."""
    last = block[-1]
    texts = {id(h.segment): h.segment.text for h in block}
    if last.index + 1 < len(analysis.free) and _next_in_document(analysis, last.segment, analysis.free[last.index + 1]):
        texts[-1] = analysis.free[last.index + 1].text
    return any(_UTILITY_MATTER_FIELD.search(text) for text in texts.values())


# what ends a name before the ways to reach its person in one value: a comma, a semicolon, a dash between spaces, a
# bracket opening a phone ("Rosa Delgado, (909) 622-4187", "Rosa Delgado - 909-622-4187")
_NAME_ENDS = re.compile(r"[\s,;(\u2013\u2014-]+$")


def _name_and_contacts(segment: Segment, start: int, end: int) -> list[tuple[str, int, int]] | None:
    """A customer label's value that gives the person and how to reach them in one go ("Customer contact: Rosa
    Delgado (909) 622-4187", "Customer name: Rosa Delgado, 412 Olive Ave., rosa.d@gmail.com"): the name and each
    phone, mailbox and street address after it, as the fields they are. None when the value is no such thing (a
    name alone, or words before the first contact that are no person's name)."""
    text = segment.text
    phones = phone_spans(text, start, end)
    mailboxes = [m.span() for m in EMAIL_RE.finditer(text, start, end)]
    comma = next((m.end() for m in re.finditer(r",[ \t]*", text[start:end]) if opens_an_address(
        text[start + m.end():end])), None)
    firsts = [spans[0][0] for spans in (phones, mailboxes) if spans] + ([start + comma] if comma else [])
    if not firsts:
        return None
    first = min(firsts)
    name_end = start + len(_NAME_ENDS.sub("", text[start:first]))
    name = text[start:name_end]
    if not name or not person_name(name.strip()) or business_name(name):
        return None
    parts = [("name", start, name_end), *(("phone", *span_) for span_ in phones),
             *(("email", *span_) for span_ in mailboxes)]
    if comma:  # the street address's own shape ends it: not the sentences after it ("... CA 91768. SSN ...")
        address_end = min([s for s, _ in phones + mailboxes if s > start + comma] or [end])
        address_start, _ = span(text, start + comma, address_end)
        address = ADDRESS_RE.match(text, address_start, address_end)
        if address:
            parts.append(("address", address_start, address.end()))
    return parts


def _value(analysis: Analysis, hit: _Hit, following: _Hit | None) -> tuple[Segment, int, int] | None:
    """The span of a label's value: up to the next label or line end, or the next line when the
    label stands alone on its line ("Customer Name:" above "Maria Lopez"); a labelled segment's
    whole text."""
    text = hit.segment.text
    if hit.start == hit.end:
        start, stop = span(text, 0, len(text))
        return (hit.segment, start, stop) if start < stop else None
    end = text.find("\n", hit.end)
    end = len(text) if end < 0 else end
    if following and following.segment is hit.segment:
        end = min(end, following.start)
    start, stop = span(text, hit.end, end)
    separator = _FIELD_SEPARATOR.search(text, start, stop)
    if separator:  # "Dirección de servicio: 1200 Wilson Ave, Loveland — Tel. 720-..." ends at its dash
        start, stop = span(text, start, separator.start())
    start, stop = span(text, start, _next_field_start(text, start, stop))
    if _BRACKET_OPENS.search(text, max(0, hit.start - 3), hit.start) and (close := _BRACKET_CLOSES.search(
            text, start, stop)):  # "박민서 고객님 (서비스 주소: 3343 Piedra Ln, Apt 8)의 7월 ...": the bracket closes it
        start, stop = span(text, start, close.start())
    unknown_label = _SENTENCE_THEN_LABEL.search(text, start, stop)
    if unknown_label:  # "Service address: 3354 E. Amarillo St #7. Kwe'é bik'i adíídíił: 2,318 kWh." ends at its stop
        start, stop = span(text, start, unknown_label.start())
    next_field = next((m for m in _SENTENCE_THEN_FIELD.finditer(text, start, stop)
                       if header_kind(m.group("label"))[0] in _NEXT_FIELD_KINDS), None) if hit.kind == "address" else None
    if next_field:  # "Service address: 3281 Alder Crest Dr. BCP account no. BC66559800." ends at its stop
        start, stop = span(text, start, next_field.start())
    if hit.kind == "address" and following and following.segment is hit.segment and not text[stop:following.start].strip():
        brand = _UTILITY_BEFORE_LABEL.search(text, start, stop)
        if brand:  # "Address: 220 S Greenleaf St, OPC account: ..." ends before the utility's letters that name the account
            stop = brand.start()
    semicolon = text.find(";", start, stop) if hit.kind == "address" else -1
    if semicolon > start:  # "Địa chỉ dịch vụ: 2704 Đường Magnolia; Số tài khoản ...": no street holds one
        start, stop = span(text, start, semicolon)
    zip_code = _ZIP_THEN_SENTENCE.search(text, start, stop) if hit.kind == "address" else None
    if zip_code:  # "... CA 91762. El cliente presentó ..." ends at its ZIP code
        start, stop = span(text, start, zip_code.end())
    sentence = _STREET_THEN_SENTENCE.search(text, start, stop) if hit.kind == "address" else None
    if sentence:  # "... GROVE AVE. Click 'Usage' to see ..." ends at its street
        start, stop = span(text, start, sentence.start())
    start, stop = _quoted(text, start, stop)
    if hit.kind == "name":
        clause = _CLAUSE_AFTER_NAME.search(text, start, stop)
        if clause:  # "spoke with the customer, Customer name: Ana Ruiz, who disputed ..." ends at its comma
            stop = clause.start()
        elif following and following.segment is hit.segment and not text[stop:following.start].strip():
            qualifier = _NEXT_LABEL_QUALIFIER.search(text, start, stop)
            if qualifier and qualifier.start() > start:  # "Name: Ana Ruiz   MLMW Account #: ..." ends before MLMW
                stop = qualifier.start()
        stop = _name_before_next_label(text, start, stop)
        other_label = _ANY_LABEL_AFTER_NAME.search(text, start, stop)
        if other_label and person_name(text[start:other_label.start()].strip(), strict=False):
            stop = other_label.start()  # "Primary beneficiary: Marcus Bell  Relationship: Spouse": a form's next field
    if start < stop and not re.fullmatch(r"[_\s.]+", text[start:stop]):
        if hit.kind == "address":  # "1234 W Holt Ave" over "Pomona, CA 91768"
            city = CITY_LINE_RE.match(text, end + 1) if end < len(text) else None
            if city and not (following and following.segment is hit.segment and following.start < city.end()):
                stop = city.end()
        return (hit.segment, start, stop) if stop - start <= 120 else None
    if end < len(text):
        segment, start = hit.segment, end + 1
    elif hit.index + 1 < len(analysis.free) and _next_in_document(analysis, hit.segment, analysis.free[hit.index + 1]) \
            and _framed(analysis, analysis.free[hit.index + 1]) == _framed(analysis, hit.segment):
        segment, start = analysis.free[hit.index + 1], 0
    else:
        return None
    end = segment.text.find("\n", start)
    end = len(segment.text) if end < 0 else end
    if any(label_ending_at(segment.text, t.end()) for t in TERMINATOR.finditer(segment.text, start, end)) or (
            hit.bare and _bare_label(segment.text[start:end])):
        return None
    start, stop = span(segment.text, start, end)
    return (segment, start, stop) if 0 < stop - start <= 120 else None
