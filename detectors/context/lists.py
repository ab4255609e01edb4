"""Records as lists of people that lost their table structure: short lines naming a person with a street
address and a phone or mailbox, two or more in a document (an opt-out list, a sign-up sheet) or one on a page
that names an account or logs calls ("HADDAD, OMAR / 991 N ORANGE GROVE AVE / (909) 591-3333 / left vm"); and
lines of a person's name and a figure under a title that says the figures are usage ("Top residential users
(kWh)" over "NGUYEN, JANE   3,254")."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import Segment
from .analysis import Analysis, Cell, Line, page_of
from .businesses import POSSESSIVE_NAME, business_listings
from .cues import (ASSISTANCE_NAMES, ASSISTANCE_PLANS, CUSTOMER_ROLE, SALUTATION_RE, SENTENCE_END,
                   invited_mailbox)
from .headers import header_kind, program_matter, public_process
from .public_roles import tells_candidacy
from ..vocabulary import fold, given_names, readable, surnames
from .persons import is_place, named_officially, names_in, person_name, probable_kind, trade_name
from .shapes import BOX_ADDRESS_RE, CITY_FACILITY, CITY_LINE_RE, EMAIL_RE, phone_spans, street_addresses

_ROW_CHARS = 160  # a row of a list, not a paragraph
# "2. Robert Chen, ", "Robert Chen - " or "2/26 lc: HADDAD, OMAR / " before the street: the name is the last field,
# set apart by what sets fields apart in a log or a tab between a row's cells ("Fire Chief<tab>Ada Lee<tab>"; a
# comma may be inside it: "Last, First"); the words that say the person lives there are no part of the name, in the
# City's other languages either ("李春梅住在", "양성수 거주지", "Նորա Գալֆայան ապրում է", "vive en", "sống tại")
_LIVES_AT = (r"(?:(?i:lives|resides)\s+(?:at|on)|住在|居住在|住于|住於|거주지|거주|ապրում\s+է|(?:ي|ت)سكن\s+في|"
             r"(?i:vive|reside)\s+en|nakatira\s+sa|sống\s+tại)")
_LEAD = re.compile(r"\s*(?:\d+[.)]\s+|[^\n]*?(?:(?:[:;|/\u00b7\u2022]|\s[-\u2013\u2014])\s+|\t\s*))?"
                   rf"([^\d;:|/\t]+?)(?:\s*{_LIVES_AT})?[\s,;|/\-\u2013\u2014\u00b7\u2022]*$")
# the words of a log of calls to or from customers: one row of it is a record
_CALL_LOG = re.compile(r"(?i)\b(?:call(?:\s+cent(?:er|re))?\s+log|call\s?backs?|left\s+(?:a\s+)?(?:vm|voice\s?mail|msg|"
                       r"message)|cbr|lvm)\b")
# a person's name and a figure, a column apart ("NGUYEN, JANE TRONG      3,254", "Kwon, Sung-ho\t2101 kWh")
_NAME_AND_FIGURE = re.compile(r"\s*(?:\d+[.)]\s+)?(?P<name>[^\d\t$#@]+?)(?:\t+\s*| {2,}|\s*\.{3,}\s*)"
                              r"(?P<figure>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*kwh)?)\s*$", re.IGNORECASE)
# a title that says a list's figures are consumption
_USAGE_TITLE = re.compile(r"(?i)\b(?:kwh|kw-h|kilowatt[- ]hours?|therms?|kilovatios?(?:[- ]hora)?|"
                          r"(?:electric(?:ity|al)?|energy|power|gas)\s+(?:usage|use|consumption)|"
                          r"consumo\s+(?:de\s+)?(?:energ[ií]a|electricidad|luz))\b")
_TITLE_LINES = 2  # the lines above a list where its title is


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_FIRM_END = re.compile(r"(?i)(?:\b(?:group|agency|academy|associates|partners|enterprises|company|corporation|"
                       r"bookkeeping|accounting|law\s+office)|\b(?:co|inc|corp|ltd)\.?|\bl\.?l\.?c\.?|,\s*cpa|"
                       r"&\s+(?:sons|daughters|brake|co\.?))\s*$")


def named_as_a_business(name: str) -> bool:
    """A name that says it is a business's by its own words: it ends with a trade ("Hamilton Hardware", "Cruz Donut
    Shop") or a firm's word or legal form ("Hoang Dental Group", "Tanaka Accounting, CPA", "Okafor Electric Inc.",
    "Bui & Sons"), or opens with its owner's possessive ("Miguel's Pho House": no one's whole name does).

    Its words only, and no model's guess: running text asks it of every capitalised run (``public_people
    .names_a_business``), where probablepeople, which calls many a run of capitalised words a firm, would make any
    paragraph a business's. ``business_name`` (a directory's line) and ``tables._firm`` (a customer column's cell) ask
    it first and add probablepeople's reading, each as its place allows."""
    name = name.strip()
    return trade_name(name) or bool(_FIRM_END.search(name) or POSSESSIVE_NAME.match(name))


def business_name(name: str) -> bool:
    """A business named after its owner or its food ("Hakobyan Auto Repair", "Dela Cruz Bakeshop", "Pho Saigon")
    in a business directory: its name ends with a trade ("Hamilton Hardware", which probablepeople reads as a
    person's), opens with its owner's possessive ("Miguel's Pho House": no one's whole name does), or
    probablepeople reads a firm and its last word is no one's surname or given name (probablepeople alone calls one
    Mexican name in twenty a firm: "Ángel Jiménez"). A directory lists businesses and people alike, so a name no list
    holds goes to the firm; a customer column's cell goes to the person instead (``tables._firm``)."""
    if named_as_a_business(name):
        return True
    if not _LATIN_LETTER.search(name):
        return False  # "최지현", "Ольга Смирнова": probablepeople reads Latin letters, and calls any other script a firm
    last = fold(name.replace(",", " ").split()[-1])
    return probable_kind(name) == "Corporation" and last not in surnames() and last not in given_names()


def find(analysis: Analysis) -> None:
    _contact_rows(analysis)
    _name_and_home_lines(analysis)
    _stacked_blocks(analysis)
    _usage_rows(analysis)
    _usage_items(analysis)
    _named_customers(analysis)
    _program_terms(analysis)
    _people_terms(analysis)
    _enrolled_items(analysis)
    _matter_contact_items(analysis)


def _person(name: str) -> bool:
    return bool(person_name(name, strict=True)) and not business_name(name)


def _contact_rows(analysis: Analysis) -> None:
    rows = []
    places: Counter = Counter()  # per page, the lines that lead with a place's name before an address and a phone
    for line in analysis.free_lines:
        segment = line.segment
        if ("@" not in segment.text and id(segment) not in analysis.context.phones) or (
                page_of(segment) in analysis.context.public_comment) or len(line.text) > _ROW_CHARS or (
                id(segment) in analysis.context.listing):  # a row of a table its header makes a public listing
            continue
        address = next(iter(street_addresses(line.text)), None)
        contacts = [*phone_spans(line.text), *(m.span() for m in EMAIL_RE.finditer(line.text))]
        # an event's or a program's item that invites readers to call a named person after its venue ("Oct 4: Fall
        # Bike Rally, 120 W. Main St ... Contact Ana Ruiz, 909-..."): a published contact, no resident's record
        if not address or not contacts or all(invited_mailbox(line.text, start) for start, _ in contacts):
            continue
        lead = _LEAD.match(line.text[:address.start()])
        if lead and _facility(lead.group(1)):
            places[page_of(line.segment)] += 1
        if (not lead or not (_person(lead.group(1)) or _case_of_a_matter(analysis, segment, lead.group(1)))
                or analysis.contacts.address_is_public(address.group())
                or named_officially(line.text, *lead.span(1)) or _titled(line.text, *lead.span(1))
                or any(a <= lead.start(1) < b for a, b in business_listings(line.text, 0, len(line.text)))):
            continue  # a staff member at City Hall, a vendor's contact ("Vendor: Robert Johnson, ..."), a business
        if tells_candidacy(line.text, list_lead(analysis, segment)):
            # a candidate's filed contacts under the clerk's "The following candidates have pulled papers:": a public
            # listing, as a table of candidates is, whose mailboxes and numbers the candidates gave for release
            analysis.context.listing.add(id(segment))
            continue
        rows.append((line, lead.span(1), address.span(), contacts))
    rows = [row for row in rows if not _among_places(row, rows, places)]
    if len(rows) == 1:  # one row alone: on a page that names an account or logs calls
        page = page_of(rows[0][0].segment)
        if page not in analysis.anchor_pages and not any(
                page_of(line.segment) == page and _CALL_LOG.search(line.text) for line in analysis.free_lines):
            return
    if not rows:
        return
    why = "list of people with addresses and phones"
    for line, name, address, contacts in rows:
        base = line.start
        analysis.add("name", line.segment, base + name[0], base + name[1], why)
        analysis.add("address", line.segment, base + address[0], base + address[1], why)
        for start, end in contacts:
            kind = "email" if EMAIL_RE.fullmatch(line.text[start:end]) else "phone"
            analysis.add(kind, line.segment, base + start, base + end, why)
        analysis.anchor_pages.add(page_of(line.segment))


def _case_of_a_matter(analysis: Analysis, segment, name: str) -> bool:
    """Whether a list row's lead is a person's name by its words, in a list a matter's cases title ("CARE
    recertification - no response", "FERA applications - income documents missing"): no directory, so a rarer
    surname probablepeople reads as a firm's ("Emeric Fitzwilliam") is no firm's unless its own words say so."""
    if not person_name(name, strict=True) or named_as_a_business(name):
        return False
    lead = list_lead(analysis, segment)
    return program_matter(lead) and bool(_CASES_TITLE.search(lead)) and not public_process(lead)


def _facility(name: str) -> bool:
    """A list row's lead that names a place or a public facility ("Animal Shelter", "Municipal Court")."""
    return is_place(name) or bool(CITY_FACILITY.search(name))


def _among_places(row: tuple, rows: list[tuple], places: Counter) -> bool:
    """Whether a row is one of a list of facilities with their addresses and phones (a city's directory): its page
    has as many rows led by a place as by a person, so a facility whose name reads as a person's is a place too."""
    page = page_of(row[0].segment)
    return places[page] >= sum(page_of(other[0].segment) == page for other in rows)


def _titled(text: str, start: int, end: int) -> bool:
    """Whether the name's first word is a title that makes the rest an official's or a volunteer's in a role
    ("Captain Nicole Snyder, 984 Ridgecrest Dr, cell ...": a neighbourhood watch's captain)."""
    first = text.find(" ", start, end)
    return first > 0 and named_officially(text, first + 1, end, titles_after=False)


# a line that is only a person's name and, after a dash, a street address: "Edvin Chavez Pirir - 3881 Cottonwood Ct Apt 3"
_NAME_DASH_HOME = re.compile(r"\s*(?P<name>[^\d\n:;|]{3,60}?)\s+[-\u2013\u2014]\s+(?=\d)")


def _name_and_home_lines(analysis: Analysis) -> None:
    """A line that is a person's name and their street address and nothing more, on a page that names an account
    (a callout or a text box of a deposit-waiver review beside its table of accounts): a customer's name and home,
    read as an identifier's context reads names ("Pirir" is in no list).
    Not an office's or a firm's line, an official's, or the City's own address; on a page naming no account such a
    line may be anyone's (a historic home, a notified owner)."""
    why = "name and home address on a line of a page that names an account"
    for line in analysis.free_lines:
        page = page_of(line.segment)
        lead = _NAME_DASH_HOME.match(line.text)
        if not lead or page not in analysis.anchor_pages or page in analysis.context.public_comment:
            continue
        address = next(iter(street_addresses(line.text, lead.end())), None)
        name = lead.group("name").strip()
        if (not address or address.start() != lead.end() or line.text[address.end():].strip(" .,")
                or names_in(name, anchored=True) != [(0, len(name))] or trade_name(name)
                or named_officially(line.text, *lead.span("name"))
                or analysis.contacts.address_is_public(address.group())):
            continue
        analysis.add("name", line.segment, line.start + lead.start("name"), line.start + lead.end("name"), why)
        analysis.add("address", line.segment, line.start + address.start(), line.start + address.end(), why)


# a field's label that opens a block's line: "Tel. (843) 402-3702", "Ph: ...", "E-mail: ..."
_LINE_LABEL = re.compile(r"(?i)\s*(?:(?:(?:home\s+|cell\s+|mobile\s+)?(?:tel|telephone|phone|ph|cell|mobile)|e-?mail)"
                         r"\.?\s*(?:no\.?|#)?\s*[:.]?\s*)?")
_BLOCK_LINE_CHARS = 70  # a line of a mailing label or a card, not a sentence
_BLOCK_REACH = 5  # the lines of one block on either side of its identifier's: name, street, city, phone, mailbox


def _stacked_blocks(analysis: Analysis) -> None:
    """A record set as a block of short lines, one field a line, around the line of a personal identifier the
    identifier detectors found ("PACETTI, Teresa / 3837 Saltmarsh St Unit 191 / Marlow Bluff, SC 29440 / Tel. (803)
    245-8881 / MBE Electric Acct No.: G-846901-25"), as a deposit-waiver list or a mailing's labels set their
    customers: the name on the block's first line, the home and phone below it, are the identifier's holder's. A
    line of any other kind (a sentence, a heading) ends the block; a block with no person's name on its first line
    (a facility's, a firm's) gives nothing. An identifier told in sentences (a comment letter's "... My account number
    is ... Please look into it.", a paragraph's sentences) is in no block: the signature above it is the previous
    letter's."""
    why = "block of a customer's name, home and phone around a personal identifier"
    lines = analysis.free_lines
    for i, line in enumerate(lines):
        if not analysis.anchors_in(line.segment, line.start, line.end) or (
                len(line.text.strip()) > _ROW_CHARS and SENTENCE_END.search(line.text)):
            continue  # a paragraph of sentences, no field of a block
        page = page_of(line.segment)
        fields = {i: ("identifier", 0, 0)}
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(lines) and abs(k - i) <= _BLOCK_REACH and page_of(lines[k].segment) == page:
                field = _block_field(analysis, lines[k])
                if field is None:
                    break
                fields[k] = field
                k += step
        first = min(fields)
        if fields[first][0] != "name" or not any(kind in ("address", "phone", "email") for kind, _, _ in fields.values()):
            continue
        for k, (kind, start, end) in fields.items():
            if kind in ("name", "address", "phone", "email"):
                analysis.add(kind, lines[k].segment, lines[k].start + start, lines[k].start + end, why)


def _block_field(analysis: Analysis, line: Line) -> tuple[str, int, int] | None:
    """What one line of a stacked block is, with its value's span in the line: a person's name, a street address, a
    "City, ST ZIP" line, a phone or a mailbox after its label, or an identifier's line; None for any other line."""
    text = line.text
    stripped = text.strip()
    if not stripped or len(stripped) > _BLOCK_LINE_CHARS:
        return None
    lead = len(text) - len(text.lstrip())
    if analysis.anchors_in(line.segment, line.start, line.end):
        return "identifier", 0, 0
    if CITY_LINE_RE.fullmatch(text):
        return "city", 0, 0
    street = next(iter(street_addresses(text)), None) or BOX_ADDRESS_RE.match(text, lead)  # "PO BOX 4418" too
    if street and street.start() == lead and not text[street.end():].strip(" .,"):
        return ("address", *street.span()) if analysis.valid("address", street.group()) else None
    label = _LINE_LABEL.match(text).end()
    phones = phone_spans(text, label)
    if phones and phones[0][0] == label and not text[phones[0][1]:].strip(" .,"):
        return ("phone", *phones[0]) if analysis.valid("phone", text[slice(*phones[0])]) else None
    mail = EMAIL_RE.match(text, label)
    if mail and not text[mail.end():].strip(" .,"):
        return ("email", *mail.span()) if analysis.valid("email", mail.group()) else None
    if SALUTATION_RE.match(text):
        return None  # a letter's greeting below its address block: "백경자 고객님께" (to the customer Baek Gyeong-ja)
    if (_person(stripped) and not all(map(readable, stripped.replace(",", " ").split()))
            and not named_officially(text, lead, lead + len(stripped))):  # "PACETTI, Teresa"; no "Attachment E"
        return "name", lead, lead + len(stripped)
    return None


def _usage_rows(analysis: Analysis) -> None:
    """Two or more lines in a run, each a person's name and a figure a column apart, just under a title on their
    page that says the figures are usage. A list of council members with their districts, of donors with their
    gifts (a "$"), of staff with their extensions or of streets with their lengths has no such title, or no
    people. Only the lines under such a title are read."""
    lines, done = analysis.free_lines, -1
    why = "list of people with their usage"
    for t, title in enumerate(lines):
        if t <= done or len(title.text) > _ROW_CHARS or not _USAGE_TITLE.search(title.text):
            continue
        run, first = [], t + 1
        for k in range(first, len(lines)):
            line = lines[k]
            row = len(line.text) <= _ROW_CHARS and _NAME_AND_FIGURE.fullmatch(line.text)
            if not row or page_of(line.segment) != page_of(title.segment) or not _person(row.group("name")):
                if run or k - first >= _TITLE_LINES - 1:  # the list ends, or never started under the title
                    break
                continue
            run.append((line, row))
            done = k
        if len(run) < 2:
            continue
        _add_usage_run(analysis, run, why)
        analysis.anchor_pages.add(page_of(title.segment))


def _add_usage_run(analysis: Analysis, run: list, why: str) -> None:
    """Each (line, match) of a run: the name and the figure its match found."""
    for line, row in run:
        segment, base = line.segment, line.start
        analysis.add("name", segment, base + row.start("name"), base + row.end("name"), why)
        analysis.add("usage", segment, base + row.start("figure"), base + row.end("figure"), why)


# a list item giving a person's usage with its unit: "Odile Guidry: 4,597 kWh in first 10 days", "- Kwon, Sung-ho: 2,101
# kWh"; the item's own unit says what the figure is, as a title does for bare figures
_NAME_COLON_USAGE = re.compile(r"\s*(?:[-*\u2022\u25aa\u2013]\s*|\d+[.)]\s+)?(?P<name>[^\d\t:$#@()]+?)\s*:\s*"
                               r"(?P<figure>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[ \t]?(?i:kwh|kilowatt[- ]hours?))"
                               r"(?:[ \t,;][^\n:]{0,40})?\s*")


def _usage_items(analysis: Analysis) -> None:
    """Two or more lines in a run, each a person's name, a colon and a figure in kWh (a slide's bullets of the
    customers who used the most): each a customer's usage. A list of the City's buildings, of rate classes or of
    months ("Average home: 612 kWh") names no person."""
    why = "list of people with their usage"
    run: list = []
    for line in [*analysis.free_lines, None]:
        item = line is not None and len(line.text) <= _ROW_CHARS and _NAME_COLON_USAGE.fullmatch(line.text)
        named = bool(item) and _named_item(item.group("name"))
        if named and (not run or page_of(line.segment) == page_of(run[0][0].segment)):
            run.append((line, item))
            continue
        if len(run) >= 2:
            _add_usage_run(analysis, run, why)
        run = [(line, item)] if named else []


def _named_item(name: str) -> bool:
    """A person's name with a given name among its words ("Odile Guidry", "Kwon, Sung-ho"): a list item with no
    title over it must name someone, not a thing a surname list has words for ("North Array")."""
    return _person(name) and any(fold(word) in given_names() or "-" in word for word in name.replace(",", " ").split())


# a heading or sentence that says the names after it are customers of a program or an action ("The following
# customers enrolled in Level Pay this month:", "Customers approved for medical baseline allowance"); not a
# desk's ("Customer Service representatives") nor a public body's ("Customer Advisory Committee members")
_CUSTOMERS_HEADING = re.compile(
    r"(?i)\b(?:customers|account\s?holders|ratepayers|clientes)\b(?!\s+(?:service|care|support|relations))"
    r"(?!.*\b(?:committee|board|council|commission|panel|advisory|workshop|speakers?|staff|team|winners?|"
    r"contact|call|email|e-mail|questions)\b)")
_ITEM_CHARS = 60  # a list item that is one name


def _named_customers(analysis: Analysis) -> None:
    """Two or more lines, each one person's name, alone or followed by their street address ("Dana Whitfield, 4417
    Magnolia Dr - $400"), right under a heading or sentence that calls them customers (an enrolment, approval or
    rebate list, "customers notified"): each name, and each address, is a customer's."""
    lines = analysis.free_lines
    why = "list of customers by name"
    headers = None  # the document's column names, read once a heading is found
    k = 0
    while k < len(lines):
        title = lines[k]
        k += 1
        if len(title.text) > 200 or not (_CUSTOMERS_HEADING.search(title.text) or _participants_heading(lines, k - 1)):
            continue
        if headers is None:
            headers = {f.label.strip() for record in analysis.document.records for f in record.fields if f.label}
        if title.text.strip() in headers:
            continue  # a table's column header ("Customers" over counts) is no heading of a list, nor the next ones names
        run = []
        while k < len(lines) and page_of(lines[k].segment) == page_of(title.segment):
            item = None if lines[k].text.strip() in headers else _list_item(lines[k].text)
            if item is None:
                break
            run.append((lines[k], item))
            k += 1
        if len(run) >= 2:
            for line, (name, address) in run:
                analysis.add("name", line.segment, line.start + name[0], line.start + name[1], why)
                if address:
                    analysis.add("address", line.segment, line.start + address[0], line.start + address[1], why)
                    for number in PROGRAM_NUMBER.finditer(line.text, address[1]):
                        analysis.add("number", line.segment, line.start + number.start("value"),
                                     line.start + number.end("value"), why)
            analysis.anchor_pages.add(page_of(title.segment))


# a heading over a program's or an office's own people, or over where to ask, or a program's own name as its page
# titles it ("Heat Pump Rebate Program"): their contacts are published
_CONTACTS_HEADING = re.compile(r"(?i)\b(?:contacts?|staff|team|questions|help|directory|call\s+us|reach\s+us)\b|"
                               r"\bprograms?\s*:?\s*$")
_REACH_ITEM_CHARS = 120  # a list item of a name, a phone or a mailbox and a short note
# a title that says its lines are a matter's cases, by their state or as a list ("Disconnection holds - active",
# "Medical baseline renewals overdue", "Payment arrangement requests"), not the matter's bare name ("Payment
# arrangements", under which two people's phones may be the desks to ask)
_CASES_TITLE = re.compile(r"(?i)\b(?:holds|requests?|applications?|applicants|renewals?|recertifications?|pending|"
                          r"overdue|due|missing|no\s+response|granted|approved|denied|active|expired|enrolled|"
                          r"enrollees|participants|log|list|roster|queue|wait-?list|call-?backs?|follow-?ups?|"
                          r"to\s+(?:call|contact)|received|past[\s-]+due)\b")
_BARE_TITLE_ITEMS = 3  # the lines under a matter's bare name that make a list of its cases, not its desks


def _matter_contact_items(analysis: Analysis) -> None:
    """Two or more lines, each a person's name then their phone or mailbox and maybe a note ("Ana Ruiz - (909)
    555-0100 - oxygen", "Ana Ruiz | ana@mail.com"), right under a heading naming a program or a service matter
    (a shut-off hold, a payment arrangement, a medical baseline: ``headers.program_matter``) and no public process
    (a workshop's speakers, a program's staff: ``headers.public_process``) nor whom to ask ("Program contacts"):
    the participants, their names and how to reach them, as a table's rows of a program's participants are. A
    name with a title after it is an official's; a published number or mailbox is the City's."""
    lines = analysis.free_lines
    why = "list of a program's participants by name and phone or mailbox"
    k = 0
    while k < len(lines):
        title = lines[k]
        k += 1
        if len(title.text) > 200 or not program_matter(title.text) or public_process(title.text) or \
                _CONTACTS_HEADING.search(title.text):
            continue
        run = []
        while k < len(lines) and page_of(lines[k].segment) == page_of(title.segment):
            item = _name_and_reach(analysis, lines[k].text)
            if item is None:
                break
            run.append((lines[k], item))
            k += 1
        blocks = [re.sub(r"\D", "", line.text[a:b])[-10:-4] for line, (_, (a, b)) in run
                  if not EMAIL_RE.fullmatch(line.text, a, b)]
        if len(run) < 2 or len(blocks) == len(run) and len(set(blocks)) == 1:
            continue  # (numbers of one exchange block: an office's desks, its staff's)
        if len(run) < _BARE_TITLE_ITEMS and not _CASES_TITLE.search(title.text):
            continue
        for line, (name, reach) in run:
            analysis.add("name", line.segment, line.start + name[0], line.start + name[1], why)
            kind = "email" if EMAIL_RE.fullmatch(line.text, *reach) else "phone"
            analysis.add(kind, line.segment, line.start + reach[0], line.start + reach[1], why)
        analysis.anchor_pages.add(page_of(title.segment))


_NAME_THEN_REACH = re.compile(r"\s*(?:,|\u2013|\u2014|-|\||:|\t)\s*")  # between the name and the phone or mailbox


def _name_and_reach(analysis: Analysis, text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans (name, phone or mailbox) of a list item that is a person's name, then their own phone or
    mailbox, then maybe a short note; None for any other line (an official's "Ana Ruiz, Program Manager, ...")."""
    start = _ITEM_START.match(text).end()
    if len(text.rstrip()) > _REACH_ITEM_CHARS:
        return None
    reach = [*phone_spans(text), *(m.span() for m in EMAIL_RE.finditer(text))]
    if not reach:
        return None
    a, b = min(reach)
    name_end = len(text[:a].rstrip(" ,\u2013\u2014-|:(\t"))
    # (a matter's cases are no directory: a name is a firm's by its own words only, not by probablepeople's guess,
    # which calls many a rarer surname a firm: "Nnamdi Uzunov")
    name = text[start:name_end]
    if not (name_end > start and _NAME_THEN_REACH.fullmatch(text, name_end, a)
            and person_name(name, strict=True) and not named_as_a_business(name)
            and not named_officially(text, start, name_end) and not _titled(text, start, name_end)):
        return None
    return None if analysis.reach_is_public(text[a:b]) else ((start, name_end), (a, b))


# the people a program's list names, in its heading or the sentence over it: "Awardees:", "Rebate recipients",
# "Participating households", "Enrollees", "Beneficiarios del programa"
_PARTICIPANTS = re.compile(r"(?i)\b(?:awardees|recipients|enrollees|enrolees|participants|participating\s+households|"
                           r"households|homeowners|beneficiarios|participantes)\b")
# a body's approval of a program's awards is no public process's list ("awards were approved by the Board on May 7")
_APPROVED_BY = re.compile(r"(?i)\b(?:approved|awarded|selected|ratified|adopted)\s+by\s+the\s+[\w\s]{0,40}?"
                          r"(?:board|council|commission|committee)\b")


def _participants_heading(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` names the participants of a utility program (``_PARTICIPANTS``) under it or the line above
    it naming the program (a rebate, an EV charger, an enrolment: ``headers.program_matter``), neither naming a
    public process (a permit's, a grant's, a board's: ``headers.public_process``): "EV Charger Rebate Awards" over
    "Round 3 awards were approved by the Board on May 7. Awardees:". The people are the program's customers."""
    line = lines[k]
    if not _PARTICIPANTS.search(line.text):
        return False
    title = " ".join(other.text for other in lines[max(0, k - 1):k + 1]
                     if len(other.text) <= 200 and page_of(other.segment) == page_of(line.segment))
    title = _APPROVED_BY.sub(" ", title)
    return program_matter(title) and not public_process(title)


# a program's number for its participant after the program's word, in a list item, a definition or a customer's
# sentence: "award REB247282", "Rebate No. HP-2024-09141", "Enrollment SFA43913", "App ID EVC-18165", "(application
# EVC-48013)"
PROGRAM_NUMBER = re.compile(r"(?i)\b(?:awards?|rebates?|incentives?|applications?|app|enrol?l?ments?|reservations?|"
                             r"vouchers?)(?:\s+(?:no\.?|number|nbr|#|id))?\s*[:#]?\s*"
                             r"(?P<value>(?-i:[A-Z]{1,5})-?(?:\d{2,4}-)?\d{4,8})(?![\w-])")


def _program_terms(analysis: Analysis) -> None:
    """A definition list of a program's participants (``<dl>``): each term one person's name ("Farahani, Shirin"),
    its definition their program's record ("Enrollment SFA43913 · Premise PR-7549407 · Status: Approved") holding
    an account an identifier's detector found (a premise's, a meter's) or, under a title naming a utility program, a
    program's number: each term is a customer's name, the number their program account. A glossary's terms, a
    board's members with their terms of office, a list of parks with their hours name no account or program."""
    why = "participant of a program, their record in a definition list"
    for record in analysis.document.records:
        terms = []
        for field in record.fields:
            index = analysis.segment_index.get(id(field))
            term = analysis.segments[index - 1] if index else None
            if (term is None or not field.label or term.text.strip() != field.label.strip()
                    or not _person(field.label.strip())):
                break
            terms.append((term, field))
        if len(terms) < 2 or len(terms) != len(record.fields):
            continue
        numbered = [list(PROGRAM_NUMBER.finditer(field.text)) for _, field in terms]
        accounts = [any(a.kind == "account" for a in analysis.anchors.get(id(field), ())) for _, field in terms]
        first = analysis.segment_index.get(id(terms[0][0]), 0)
        title = " ".join(segment.text for segment in analysis.segments[max(0, first - _TITLE_LINES - 1):first])
        if not all(accounts) and not (all(numbered) and program_matter(title) and not public_process(title)):
            continue
        for (term, field), numbers in zip(terms, numbered):
            analysis.add("name", term, 0, len(term.text.rstrip()), why)
            for number in numbers:
                analysis.add("number", field, number.start("value"), number.end("value"), why)


_PEOPLE_TERMS = 2  # people in a definition list, each with a home and a way to reach them: a list, not one card


def _term_groups(analysis: Analysis, record) -> list[tuple[Segment, list[Segment]]]:
    """A definition list's terms, each with the definitions under it (``<dt>`` then one ``<dd>`` or more, each
    extracted labelled by its term); empty for a record of any other shape."""
    groups: list[tuple[Segment, list[Segment]]] = []
    last = None
    for field in record.fields:
        index = analysis.segment_index.get(id(field))
        label = (field.label or "").strip()
        if not label and not groups:
            continue  # a lead the record opens with (the paragraph a card's list follows)
        if index is None or not label:
            return []
        before = analysis.segments[index - 1] if index else None
        if before is not None and before.text.strip() == label and before is not last:
            groups.append((before, [field]))
        elif groups and last is not None and before is last and groups[-1][0].text.strip() == label:
            groups[-1][1].append(field)
        else:
            return []
        last = field
    return groups


def _people_terms(analysis: Analysis) -> None:
    """A definition list of people (``<dl>``), each term a person's name and its definitions their home and a phone, a
    mailbox or their usage ("Ana Ruiz" over "1234 W Holt Ave, Apt 3", "Tel. (909) 555-0142 · oxygen concentrator",
    "avg 1,210 kWh/mo"), two people or more: a list of residents with their homes, their records. A staff directory's
    terms (their office at City Hall, no home), a glossary's or a board's (a term of office, no home), a term named
    as an official or a firm, and a list of homes without a phone, a mailbox or usage (historic homes, landmarks)
    give nothing; each record is judged as a table's row is (a public contact is no one's record). One person's
    term is a record only with their usage: a contractor's card gives a street and a phone too, never a household's
    consumption."""
    why = "person's record in a definition list: their home and how to reach them"
    for record in analysis.document.records:
        people = []
        for term, fields in _term_groups(analysis, record):
            name = term.text.strip()
            start = term.text.index(name)
            if not _person(name) or named_officially(term.text, start, start + len(name)):
                continue
            found = analysis.contact_fields([Line(f, 0, len(f.text)) for f in fields])
            kinds = {kind for kind, *_ in found}
            if "address" in kinds and kinds & {"phone", "email", "usage"}:
                people.append([Cell("name", term, start, start + len(name)),
                               *(Cell(kind, segment, a, b) for kind, segment, a, b in found)])
        if len(people) >= _PEOPLE_TERMS or len(people) == 1 and any(cell.kind == "usage" for cell in people[0]):
            for cells in people:
                analysis.judge(cells, why)


# a utility's assistance program a list item enrols its person in, and where the enrolment stands: "CARE approved
# 21/01/2024", "FERA enrolled", "Medical Baseline recertified", "payment plan approved"
_ASSISTANCE = re.compile(rf"(?<![A-Za-z])(?:{ASSISTANCE_NAMES})(?![A-Za-z])|(?i:{ASSISTANCE_PLANS})")
_ENROLMENT = re.compile(r"(?i)\b(?:(?:re-?)?enrolled|approved|recertified|denied|declined|pending|wait-?listed|"
                        r"ineligible|removed|dropped)\b")


def _enrolled_items(analysis: Analysis) -> None:
    """A list item that is a person's name, their street address and where their enrolment in a utility's assistance
    program stands ("Ruiz, Ana – 12 Elm St – CARE approved 21/01/2024, household of 3"): staff's record of a
    customer's discount or plan, one item alone too. An item naming a program with no status (a contractor's "Ana
    Ruiz, 12 Elm St - CARE outreach volunteer") or a name without a home gives nothing."""
    why = "person, home and assistance enrolment in a list item"
    for line in analysis.free_lines:
        if not _ASSISTANCE.search(line.text) or page_of(line.segment) in analysis.context.public_comment:
            continue
        item = _list_item(line.text)
        if item is None or item[1] is None:
            continue
        (name_start, name_end), (start, end) = item
        rest = line.text[end:]
        program = _ASSISTANCE.search(rest)
        if (not program or not _ENROLMENT.search(rest, program.end(), program.end() + 30)
                or named_officially(line.text, name_start, name_end)
                or analysis.contacts.address_is_public(line.text[start:end])):
            continue
        analysis.add("name", line.segment, line.start + name_start, line.start + name_end, why)
        analysis.add("address", line.segment, line.start + start, line.start + end, why)


_ITEM_START = re.compile(r"[\s\u2022*-]*(?:\d+[.)]\s*)?")  # a bullet, a number: "2. ", "- "
_NAME_THEN_HOME = re.compile(r"\s*(?:,|\u2013|\u2014|-|\||\()\s*")  # between the name and the address after it
_ITEM_WITH_HOME_CHARS = 120


def _list_item(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The spans (name, address or None) of a list item that is one person's name and nothing else, or their name
    then their street address (and anything after it: "- $400"); None for any other line."""
    start = _ITEM_START.match(text).end()
    end = len(text.rstrip())
    if start < end <= _ITEM_CHARS and _person(text[start:end]) and not all(map(readable, text[start:end].split())):
        return (start, end), None  # a name alone: not a link list's "Disconnection List", "Rebate Winners"
    if end > _ITEM_WITH_HOME_CHARS:
        return None
    for address in street_addresses(text):
        a, b = address.span()
        name_end = len(text[:a].rstrip(" ,\u2013\u2014-|("))
        if name_end > start and _NAME_THEN_HOME.fullmatch(text, name_end, a) and _person(text[start:name_end]):
            return (start, name_end), (a, b)
    return None


# a field the City keeps of its own account in a vendor's books: "City customer no. with vendor", "Our account # with
# supplier", "City's account no. at the contractor"
CITYS_ACCOUNT_AT_VENDOR = re.compile(
    r"(?i)\b(?:(?:city|town|county|village|agency|district)(?:'s|\u2019s)?|our)\s+(?:[a-z]{2,10}\s+){0,2}(?:customer|"
    r"client|acct|account)s?\b[^\n]{0,24}?\b(?:with|at)\s+(?:the\s+)?(?:vendor|supplier|contractor|consultant|"
    r"provider|firm|company)\b")
# the field of a block that names the firm it describes: a vendor's, a contractor's, a grantee's ("Vendor | Acme
# Electric, Inc.", "Grantee: Inland Valley Tree Trust")
VENDOR_FIELD = re.compile(r"(?i)\s*(?:(?:selected|recommended|awarded|prime)\s+)?(?:vendors?|suppliers?|contractors?|"
                          r"consultants?|grantees?|grant\s+recipients?|awardees?|bidders?|proposers?|firms?|"
                          r"exhibitors?|proveedor(?:es)?|contratistas?)(?:\s+(?:name|legal\s+name|of\s+record))?"
                          r"\s*:?\s*")


# a note that the firm is one person's, which makes no firm of their own name ("Tomasz Aguilar (sole proprietor)"):
# only a trade name ("... dba Serena Tree Care") does
SOLE_PROPRIETOR_NOTE = re.compile(r"(?i)[ \t]*[,(-]?[ \t]*(?:an?[ \t]+)?(?:sole[ \t]+(?:proprietor(?:ship)?|owner)|"
                                  r"individual)[ \t]*\)?")
# a line that names the firm the lines under it describe: "Bidder: ...", "Vendor name: ...", "Proposer - ..."
_FIRM_LINE = re.compile(r"(?i)\s*(?:company|firm|business|contractor|vendor|bidder|proposer|supplier|consultant)"
                        r"(?:'?s)?(?:\s+(?:legal\s+)?name)?\s*[:\-\u2013]\s*(?P<value>[^\n\t]{3,120})")
# a sole proprietor's own name before their trade name: "Tomasz Aguilar dba Serena Tree Care"
_PROPRIETOR_BEFORE_DBA = re.compile(r"(?i)\s*(?P<person>[^,;()]{3,60}?)\s*,?\s+(?:dba|d/b/a|doing\s+business\s+as)\b")
_FIRM_LINE_REACH = 6  # lines above: a bid's "Bidder:" line over its address, its amount and a W-9's name line


def firm_named_above(analysis: Analysis, segment: Segment) -> str | None:
    """The firm a line a few lines above ``segment`` names under a firm's label (``_FIRM_LINE``: "Bidder: Tomasz
    Aguilar dba Serena Tree Care"), a sole proprietor's trade name too, not their own name (``SOLE_PROPRIETOR_NOTE``);
    None when no such line is there. The nearest firm's label decides; the lines may be on the page before (a bid's
    W-9 on the page after its cover sheet)."""
    at = analysis.segment_index.get(id(segment))
    for above in reversed(analysis.segments[max(0, at - _FIRM_LINE_REACH):at] if at else []):
        line = _FIRM_LINE.match(above.text)
        if line:
            firm = SOLE_PROPRIETOR_NOTE.sub("", line.group("value")).strip()
            return firm if business_name(firm) else None
    return None


def proprietor_under_trade_name(analysis: Analysis, segment: Segment, name: str) -> bool:
    """Whether ``name`` (on ``segment``) is the sole proprietor a firm's line above names before their trade name
    ("Bidder: Tomasz Aguilar dba Serena Tree Care" over a W-9's "Name: Tomasz Aguilar"): the README's decision for a
    vendor list, a proprietor under a trade name, applies to a bid's W-9: the SSN alone is reported, not the name."""
    firm = firm_named_above(analysis, segment)
    person = _PROPRIETOR_BEFORE_DBA.match(firm) if firm else None
    return person is not None and fold(" ".join(person.group("person").split())) == fold(" ".join(name.split()))


# what follows a sole proprietor's own name in a contract's or a bid's running text: ", an individual doing business as
# Ruiz Tile", " dba Ruiz Tile", ", a sole proprietor trading as ..."
_TRADE_NAME_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*"
                               r"(?:an?[ \t]+(?:individual|sole[ \t]+proprietor(?:ship)?|person)[ \t]*,?[ \t]*)?"
                               r"(?:dba|d/b/a|d\.b\.a\.|doing[ \t]+business[ \t]+as|trading[ \t]+as|t/a)\b")


def trades_under_a_name(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` in ``text`` is a sole proprietor's before the trade name they do business
    under ("Ana Ruiz, an individual doing business as Ruiz Tile (Contractor), Taxpayer ID ..."): the README's decision
    for a proprietor under a trade name holds in running text as in a vendor list, the number alone is reported (the
    caller keeps the name where the text gives their home or their own contact beside it)."""
    return _TRADE_NAME_AFTER.match(text, end) is not None


def vendors_block(fields) -> bool:
    """Whether a record's fields name the firm it describes under a vendor's, a contractor's or a grantee's field
    ("Vendor | Acme Electric, Inc."): a vendor's block, whose contact, phone, mailbox and address are the firm's
    published ones, and whose customer number is the City's own account in the firm's books. A field naming a private
    person ("Contractor | Ana Ruiz") or a refund ("Payee | Refund - Ruiz, Ana") makes none, nor a record with a field
    that says customer ("Customer", "Service address": a solar customer's row naming its installer), but the City's
    own account with the firm."""
    labels = [f.label for f in fields if f.label and not CITYS_ACCOUNT_AT_VENDOR.search(f.label)]
    if any(header_kind(label)[1] for label in labels):
        return False
    return any(VENDOR_FIELD.fullmatch(f.label) and _names_a_firm(f.text.strip()) for f in fields if f.label)


# a vendor master list's columns besides the vendor's name: where its payments go and how they are reported to the IRS
# ("Remit-to address", "1099", "W-9 on file", "FEIN", "PO #", "Contract No.", "Vendor ID"); a payee's list needs one of
# them, a plain TIN does not tell a vendor from a resident refunded
_VENDOR_LIST_COLUMN = re.compile(r"(?i)\b(?:remit(?:[\s-]*to)?|remittance|1099(?:[\s-]?\w+)?|w-?9|f?ein|"
                                 r"purchase\s+orders?|p\.?o\.?(?:\s*(?:#|no\.?|number))?|contracts?(?:\s+(?:#|no\.?|"
                                 r"number|term|expires?|expiration|end))?|(?:vendor|supplier)\s*(?:#|no\.?|number|id|code))"
                                 r"(?![\w-])")
_TAXPAYER_COLUMN = re.compile(r"(?i)\b(?:tin|tax\s*(?:payer\s*)?id(?:entification)?(?:\s+(?:no\.?|number|#))?|"
                              r"ssn\s*/\s*f?ein|f?ein\s*/\s*ssn)\b")
_PAYEE_COLUMN = re.compile(r"(?i)\s*payees?(?:\s+name)?\s*:?\s*")


@lru_cache(maxsize=256)
def vendor_master_list(labels: tuple[str | None, ...]) -> bool:
    """Whether a table's column labels make it a vendor master list: a vendor's, a supplier's or a contractor's column
    beside one that says where payments go or how they are reported (remit-to, 1099, W-9, FEIN, PO, contract) or
    a taxpayer number's, or a payee's column beside one of the former. Its contacts, phones, mailboxes and remit-to
    addresses are the businesses' published ones; a sole proprietor's SSN or ITIN in it stays a finding, and the
    vendor's name beside it with it. A column that says customer or a utility account makes none (a rebate paid
    against the customer's account)."""
    labels = [label for label in labels if label]  # a header's labels: one verdict for all its rows
    if any((kind := header_kind(label))[1] or kind[0] in ("account", "usage") for label in labels):
        return False
    payments = any(_VENDOR_LIST_COLUMN.search(label) for label in labels)
    if any(VENDOR_FIELD.fullmatch(label) for label in labels):
        return payments or any(_TAXPAYER_COLUMN.search(label) for label in labels)
    return payments and any(_PAYEE_COLUMN.fullmatch(label) for label in labels)


# a column holding a business's own name: "Business Name", "DBA", "Company", "Trade name", "Firm name"
BUSINESS_NAME_COLUMN = re.compile(r"(?i)\s*(?:(?:legal\s+)?business(?:\s+(?:legal\s+)?name)?|company(?:\s+name)?|"
                                  r"dba(?:\s+name)?|d/b/a|doing\s+business\s+as|trade\s+name|firm(?:\s+name)?|"
                                  r"establishment(?:\s+name)?|merchant(?:\s+name)?)\s*:?\s*")
# a business register's columns besides the name: its licence, permit or certificate, its taxpayer number, its entity
# type, its industry code ("License #", "Cert No.", "Federal EIN", "Entity", "NAICS")
_REGISTER_COLUMN = re.compile(r"(?i)\b(?:licen[cs]e|permit|certificate|cert|registration|f?ein|tin|tax\s*id|"
                              r"entity|ownership|naics|sic|(?:business|legal)\s+(?:type|structure))\b")


# the account the City's licence office keeps for a business, by its column's own words: Los Angeles's open "Listing of
# Active Businesses" keys its rows by "LOCATION ACCOUNT #"; "Business Tax Account", "BL Account No.", "License Acct"
_BUSINESS_ACCOUNT_COLUMN = re.compile(r"(?i)\b(?:location|business(?:[ \t]+tax)?|licen[cs]e|tax|bl|btrc)[ \t]+"
                                      r"(?:account|acct)\b")
# the City's licence of the business in a column of its own: "License Type", "License #", "Permit", "Certificate No."
_LICENCE_COLUMN = re.compile(r"(?i)\b(?:licen[cs]e|permit|certificate|registration)\b")
# what makes an account column a utility's or a customer's whatever else the table holds
_UTILITY_ACCOUNT_WORDS = re.compile(r"(?i)\b(?:service|svc|sa|premises?|meter|utility|utilities|electric\w*|energy|"
                                    r"power|gas|water|sewer|refuse|sce|pce|cca|customer|billing|bank|deposit)\b")


def register_account_column(label: str | None, labels: tuple[str | None, ...]) -> bool:
    """Whether ``label`` heads a business register's account column: the business's account with the City's licence
    or business-tax office, which the City publishes with the licence (a licence list's "Account No. | DBA | Owner |
    Business Address | License Type"). Its own words say so ("Location Account #", "Business Tax Account"), or a
    plain "Account No." stands in a table with a licence column of its own. Never a column that says customer,
    service, meter or a utility ("Service Account", "SA ID"): a utility's list of commercial customers."""
    if not label or header_kind(label) != ("account", False) or _UTILITY_ACCOUNT_WORDS.search(label):
        return False
    return bool(_BUSINESS_ACCOUNT_COLUMN.search(label)) or any(
        _LICENCE_COLUMN.search(other) for other in labels if other and other != label)


@lru_cache(maxsize=256)
def business_register(labels: tuple[str | None, ...]) -> bool:
    """Whether a table's column labels make it a register of businesses (a business licence list, a certified
    vendor list): a column of the business's name beside one of its licence, taxpayer number or entity type, and
    none that says customer or a utility account (an account column is the licence office's own only as
    ``register_account_column`` says). Its owners' addresses and phones are the businesses' published
    ones; a sole proprietor's SSN or ITIN in it stays a finding, the owner named beside it only where the business
    is named as the owner (``tables``)."""
    labels = [label for label in labels if label]
    if any((kind := header_kind(label))[1] or kind[0] == "usage" or (
            kind[0] == "account" and not register_account_column(label, tuple(labels))) for label in labels):
        return False
    return any(BUSINESS_NAME_COLUMN.fullmatch(label) for label in labels) and any(
        _REGISTER_COLUMN.search(label) for label in labels if not BUSINESS_NAME_COLUMN.fullmatch(label))


# a vendor's field's words that say the payee is a customer or a resident paid back, no firm
_PAID_BACK = re.compile(r"(?i)\b(?:refunds?|reimburse\w*|customers?|residents?|ratepayers?|deposits?)\b")


# a sole proprietor's trade name after their own: "ALBU, ANATOLIE DBA ALBU MOBILE WELDING", "Ana Ruiz d/b/a Ruiz Tile"
_DOING_BUSINESS_AS = re.compile(r"(?i)\S\s+(?:dba|d/b/a|d\.b\.a\.|doing\s+business\s+as)\s+\w")


def _names_a_firm(text: str) -> bool:
    """Whether a vendor's field names a firm or a body: a business's name, or words naming no person and no refund,
    or a sole proprietor doing business under a trade name, a vendor like any firm. A short note in brackets after a
    person's name that says the payee is a private person ("Vikram Patel (rebate - individual)") leaves the name a
    person's; one giving a trade name ("(sole proprietor, dba Delgado Translation)") does not."""
    name = _PERSONS_NOTE.sub("", text)
    return bool(text) and not _PAID_BACK.search(text) and (
        business_name(name) or bool(_DOING_BUSINESS_AS.search(text)) or not (person_name(name) or names_in(name)))


# a short note in brackets after a payee's name saying the payment is a private person's: "(rebate - individual)"
_PERSONS_NOTE = re.compile(r"[ \t]*\((?=[^()\n]*\b(?:individual|rebate|homeowner|participant|tenant|personal)\b)"
                           r"[^()\n\d]{2,40}\)[ \t]*$", re.IGNORECASE)


# a role a resident serves the public in, whose contacts a program publishes with their leave: "Energy Ambassadors",
# "Volunteer Navigators", "Block Captains", "Promotoras"
_SERVING_ROLE = re.compile(r"(?i)\b(?:ambassadors?|volunteers?|promotor[ae]s?|navigators?|block\s+captains?|docents?|"
                           r"peer\s+(?:advisors?|educators?|mentors?)|community\s+(?:advocates?|liaisons?))\b")
# a lead that says the people listed chose to be reached there: "asked us to publish how to reach them", "agreed to
# have their numbers listed", "can be reached at the numbers below"
_LISTED_BY_CHOICE = re.compile(r"(?i)\b(?:(?:asked|agreed|consented|chose|offered|wish(?:ed)?)\s+(?:for\s+)?(?:us\s+)?to\s+"
                               r"[^.;]{0,50}?\b(?:publish|post|list|share|print)\w*|"
                               r"(?:can|may)\s+be\s+(?:reached|contacted)|how\s+to\s+(?:reach|contact)\s+them|"
                               r"(?:published|listed|posted|shared)\s+with\s+their\s+(?:permission|consent))\b")
_LEAD_SEGMENTS = 2  # a list's heading and its introduction
_LIST_ENTRIES = 60  # how many entries back a list's lead is looked for


def list_lead(analysis: Analysis, segment) -> str:
    """The lead of the list whose entry ``segment`` is: its heading and introduction, the text on its page above the
    entries that hold contacts (``_LEAD_SEGMENTS`` of them, up to ``_LIST_ENTRIES`` entries back)."""
    page, i = page_of(segment), analysis.segment_index[id(segment)]
    lead = []
    for before in reversed(analysis.segments[max(0, i - _LIST_ENTRIES):i]):
        if page_of(before) != page or len(lead) == _LEAD_SEGMENTS:
            break
        if not (phone_spans(before.text) or EMAIL_RE.search(before.text)):
            lead.append(before.text)  # not another entry of the list
    return " ".join(lead)


def serving_in_a_role(analysis: Analysis, segment) -> bool:
    """Whether a list entry's people are residents serving the public in a program's role, whose cell and own
    mailbox the page publishes because they asked it to: the list's lead (its heading and introduction, the text
    above the entries that hold contacts) names the role and says they chose to be reached ("Energy Ambassadors are
    residents trained by PCE ... They asked us to publish how to reach them." over "District 2: Ana Ruiz - 909-...
    - ana@gmail.com"). Not when the lead or the entry speaks of customers (a heat wave's call list of Medical
    Baseline customers, which volunteers work through, lists the customers, not the volunteers), nor an entry that
    gives a home address."""
    if CUSTOMER_ROLE.search(segment.text) or street_addresses(segment.text):
        return False  # a customer's entry, or a home: a volunteer is reached by phone or mail, not at home
    text = list_lead(analysis, segment)
    return bool(_SERVING_ROLE.search(text) and _LISTED_BY_CHOICE.search(text) and not CUSTOMER_ROLE.search(text))
