"""Customer context: the places in a document that tie a person or a home to an account or to usage.

A name, a street address or a phone number alone is public life on a city site (council members,
parks, meeting places). What PCE-01 4.1 forbids is a *customer's* name, address, contact details and
consumption, and what makes them a customer's is what stands beside them. This module finds, once per
document, the spans that are customer data, for the five contact detectors to report:

1. records (table, CSV and spreadsheet rows, definition lists) whose column headers tie a person or
   contact to an account, a service/billing address or a usage figure; a staff roster (Title,
   Department, District ...) or a facility list (Facility, Park, Hours ...) is a public listing instead;
2. label blocks in free text ("Customer: ...  Service Address: ...  Acct: ..."), also across the
   consecutive line segments of a PDF;
3. letters and notices to a customer: a salutation or an address block (a person's name over a street
   line) on a page that speaks of *your* account, bill, usage or a shut-off;
4. lists of people with addresses and phones (opt-out lists, sign-up sheets) without headers;
and usage tables (Month, kWh) on a page that names a customer or account.

Names with addresses alone are a public list (campaign contributors, award winners, landmarks), not
customers. Two kinds of page hold no customer data: a page presenting a sample bill ("How to read your
bill"), and a page addressed to a public body (a letter or e-mail to the council, a comment card), where a
resident's own name, address and contacts are a public record unless tied to an account, usage or an
identifier. The context also marks those pages and the contact cards of officials (segments beside a
government mailbox) for the phone and email detectors, which report no loose contact there.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from nameparser import HumanName

from .base import Detector
from .labels import sample_pages
from .model import Document, Record, Segment
from .public_contacts import PublicContacts, to_e164

_DASH = "\\-\u2010-\u2013"
# a US number without its "+1 " or "1-": its first character class lets the regex engine skip ahead fast
_PHONE = re.compile(rf"[(\d](?:(?<=\()\d{{3}}\)\s?|(?<=\d)\d{{2}}[\s.{_DASH}])\d{{3}}[\s.{_DASH}]\d{{4}}"
                    rf"(?![\w{_DASH}]|\.\d)")
_PHONE_BARE = re.compile(r"(?<!\d)1?\d{10}(?!\d)")  # a phone column may drop the separators
_COUNTRY = re.compile(rf"\+?1[\s.{_DASH}]?$")
_JOINED_BEFORE = re.compile(rf"[\w/.{_DASH}]")
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")


def phone_spans(text: str, start: int = 0, end: int | None = None, bare: bool = False) -> list[tuple[int, int]]:
    """Spans of US telephone numbers in ``text[start:end]``, with their "+1 "/"1-" prefix; none that
    is part of a longer run of digits, letters or dashes. ``bare``: ten digits without separators too."""
    end = len(text) if end is None else end
    found = []
    for m in _PHONE.finditer(text, start, end):
        begin = m.start()
        prefix = _COUNTRY.search(text, max(start, begin - 3), begin)
        if prefix:
            begin = prefix.start()
        if begin == 0 or not _JOINED_BEFORE.match(text, begin - 1):
            found.append((begin, m.end()))
    if bare:
        found += [m.span() for m in _PHONE_BARE.finditer(text, start, end)]
    return found


_TYPE = (r"(?i:avenue|ave|av|street|st|boulevard|blvd|road|rd|drive|dr|lane|ln|way|court|ct|place|pl|"
         r"parkway|pkwy|circle|cir|terrace|ter|highway|hwy|trail|trl|square|sq|loop)\.?")
ADDRESS_RE = re.compile(
    r"(?<![\w$.,/-])\d{1,6}(?:-?[A-Z])?\s+(?:(?i:[NSEW]|north|south|east|west)\.?\s+)?"
    rf"(?:[A-Z0-9][\w'-]*\.?\s+){{0,3}}[A-Z0-9][\w'-]*\s+{_TYPE}(?!\w)"
    r"(?:,?\s*(?i:apt|apartment|unit|suite|ste|spc|space|#)\.?\s*#?\s*[\w-]+)?"
    r"(?:,?\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2},?\s+[A-Z]{2}\.?(?:\s+\d{5}(?:-\d{4})?)?)?")
CITY_LINE_RE = re.compile(r"\s*[A-Z][A-Za-z .'-]+,?\s+(?:[A-Z]{2}|California)\.?\s+\d{5}(?:-\d{4})?\s*")
_STREET_START = re.compile(r"\s*\d{1,6}[A-Za-z]?(?:-\d+)?\s+(?:[NSEWnsew]\.?\s+)?[A-Za-z0-9]")
_PO_BOX = re.compile(r"(?i)\s*(?:p\.?\s?o\.?\s*box|post office box)\s*\d")
USAGE_RE = re.compile(r"(?<![\w.$,/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?"
                      r"(?i:kwh|kw-h|kilowatt[- ]hours?|therms?)\b")

# -- labels and column headers --------------------------------------------------------------------

# English and, for a bilingual city, Spanish words of column headers and labels
_HARD_VETO = re.compile(r"\b(?:title|position|job|department|dept|division|district|ward|hours|vendor|"
                        r"contractor|supplier|payee|remit|applicant|project|case|apn|parcel|permit|"
                        r"bidders?|proposer|consultant|candidates?|contributor|donor|"
                        r"energy star|eui|floor area|sq\.? ?ft|square (?:feet|footage)|year built|"
                        r"facility|facilities|park|parks|event|amenities|website|invoice|school|library|"
                        r"cargo|departamento|distrito|horario|proveedor|proyecto)\b")
_SOFT_VETO = re.compile(r"\b(?:business|company|organization|firm|agency|office|owner|location|site|property)\b")
_STRONG = re.compile(r"\bcustomer\b|account holder|account name|name on account|ratepayer|service address|"
                     r"billing address|service account|service agreement|premise|subscriber|kwh|usage|consumption|"
                     r"\bcliente\b|titular|direcci[oó]n de servicio|\bconsumo\b")
_KIND_RULES = [  # first match wins
    # a person's own identifier: beside a name it makes the name a customer's as surely as an account does
    ("identifier", re.compile(r"\b(?:ssn|s\.s\.n|ss\s*#|social security|soc\.? sec|itin|tin|ein|tax\s*id|taxpayer"
                              r"|date of birth|dob|driver'?s? licen[cs]e|seguro social)(?![\w-])")),
    ("email", re.compile(r"\be-?mail\b|correo")),
    ("phone", re.compile(r"\b(?:phone|telephone|tel|cell|mobile|ph|tel[eé]fono|celular)\b")),
    (None, re.compile(r"[$¢]|/\s*kwh|\b(?:rate|rates|price|cost|charges?|per|amount|tier|baseline|allowance|date|"
                      r"savings?|saved|reduction|goal|target|average|avg|typical|capacity|generation|mwh|gwh|mw)\b")),
    ("name", re.compile(r"account holder|account name|name on account|customer name|titular|nombre del cliente")),
    ("usage", re.compile(r"\b(?:kwh|therms?|usage|consumption|energy use|electricity use|kwh used|uso|consumo)\b")),
    ("account", re.compile(r"\b(?:account|acct|sa|meter|service agreement|service id|cuenta|medidor)\b|"
                           r"\b(?:customer|cust)\s*(?:no|number|id|#)")),
    ("address", re.compile(r"\b(?:address|addr|street|residence|premises?|service location|direcci[oó]n|"
                           r"domicilio)\b")),
    ("name", re.compile(r"\b(?:name|customer|ratepayer|resident|tenant|homeowner|participant|subscriber|"
                        r"attn|attention|nombre|cliente)\b")),
    ("contact", re.compile(r"\bcontact\b")),
]
_SERVICE_DESK = re.compile(r"customer (?:service|care|support|relations)")
_THING_NAME = re.compile(r"\b(?:program|project|plan|product|option|measure|event|file|user|street|building|"
                         r"document|rate)\s+name\b")  # names of things, not of people


@lru_cache(maxsize=4096)
def header_kind(header: str) -> tuple[str | None, bool]:
    """What a column header or field label names, and whether it says "customer" outright.

    Kinds: name, address, phone, email, contact, account, usage; "veto" for a public listing's column
    (Title, District, Facility, Hours, Vendor, Project ...); "soft" for a firm's or office's column,
    which only an explicit customer column overrides; None for anything else.
    """
    h = re.sub(r"(?<=[a-z]{2})(?=[A-Z][a-z])|_", " ", header)  # serviceAddress, service_address; not kWh
    h = _SERVICE_DESK.sub(" ", h.lower().replace("e-mail", "email"))
    if _HARD_VETO.search(h):
        return "veto", False
    kind = next((k for k, rule in _KIND_RULES if rule.search(h)), None)
    if kind == "name" and _THING_NAME.search(h):
        return None, False
    if _SOFT_VETO.search(h) and kind in (None, "name", "address"):
        return "soft", False
    return kind, bool(kind and _STRONG.search(h))


_PHRASES = """name|names|full name|customer|customers|customer name|account holder|account name|name on account
ratepayer|resident|resident name|tenant|homeowner|first name|last name|contact name|participant|attn|attention
address|service address|billing address|mailing address|home address|street address|residence
residential address|premise address|premises|service location|addr|svc addr
phone|phone number|telephone|telephone number|tel|cell|cell phone|mobile|mobile phone|home phone
daytime phone|contact number|contact phone|ph|email|e-mail|email address|e-mail address
account|account no|account number|acct|acct no|service account|service acct|sa|sa id|customer account
customer number|customer no|customer id|cust no|meter number|meter no|service agreement|service id|account id
usage|kwh|kwh usage|kwh used|energy usage|electricity usage|electric usage|monthly usage|total usage
annual usage|consumption|energy consumption|electricity consumption|usage (kwh)|total kwh|energy use
contact|title|position|department|dept|division|district|council district|ward|hours|office hours|vendor
contractor|supplier|payee|remit to|applicant|project|case|case no|apn|parcel|permit|company|business
organization|agency|facility|owner|property owner|location|invoice|nombre|nombre del cliente|cliente
titular de la cuenta|dirección|direccion|dirección de servicio|domicilio|teléfono|telefono|celular|correo
correo electrónico|cuenta|número de cuenta|numero de cuenta|uso|consumo
ssn|ss|social security|social security number|social security no|soc sec|soc sec no|itin|tin|ein|tax id
taxpayer id|date of birth|dob|driver license|drivers license|driver's license|número de seguro social""".replace(
    "\n", "|").split("|")
LABEL_RE = re.compile(r"(?<![\w-])(?P<label>" + "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(_PHRASES), key=len, reverse=True))
    + r")\s*(?:#|no\.?|number)?\s*[:#]$", re.IGNORECASE)  # searched back from each ":" or "#"
_NAME_BEFORE_ID = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][a-z'\u2019-]+(?:\s[A-Z]\.?)?(?:\s[A-Z][a-z'\u2019-]+){1,2}),?\s+"
    r"(?P<id>SSN|S\.S\.N\.|SS\s?#|Social Security|ITIN|[Aa]cct\.?|[Aa]ccount(?:\s(?:[Nn]o\.?|#|[Nn]umber))?)"
    r"[\s#:.]*(?=\d)")
_TERMINATOR = re.compile(r"[:#]")
_LINE = re.compile(r"[^\n]+")
_PREV_WORD = re.compile(r"([A-Za-z]+)[ \t]$")

# -- persons --------------------------------------------------------------------------------------

# words of firms and places: never in a person's name ("ABC Electric", "Pomona Senior Center")
_FIRM_OR_PLACE = frozenset("""
inc llc llp ltd corp corporation co company companies association assn foundation group partners services
service solutions systems electric electrical energy power solar utility utilities construction builders
contractors engineering consulting bank church school schools academy college university district department
dept division city county state council commission committee board agency authority office center centre
park parks library hall plaza station club society trust fund program project team staff store market
restaurant cafe hotel apartments homes realty properties management hospital clinic medical museum
theater theatre gallery studio fairplex edison choice pomona california house ranch building mansion adobe
""".split())
_SURNAMES = frozenset({"park", "hall"})  # place words that are common surnames too ("Jane Park")
# words of salutations, labels and prose that no name is made of
_NOT_PERSON = _FIRM_OR_PLACE | frozenset("""
customer customers resident residents occupant owner tenant name names none unknown tbd sir madam friend
friends neighbor neighbors colleague colleagues member members valued current dear all everyone applicant
homeowner homeowners ratepayer ratepayers participant mayor councilmember councilmembers honorable chair
commissioner commissioners director manager redacted the and of for to in on at by with from your our this
that re subject date page total month amount usage address phone email account billing street avenue ave
blvd road suite
""".split())
_PARTICLES = frozenset("de la del da di van von der den le du dos das bin al y st".split())
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?")


@lru_cache(maxsize=65536)
def person_name(value: str, strict: bool = True) -> str | None:
    """The lower-case "first [middle] last" of a value that reads as one person's name, else None.

    ``strict`` (free text) also wants capitalized words, as names are written in prose.
    """
    text = " ".join(value.split()).strip(" ,;")
    if not 3 <= len(text) <= 60 or re.search(r"[\d@/\\|:;()\[\]{}<>=_&+*#$%!?\"]", text):
        return None
    words = _NAME_WORD.findall(text)
    if not 1 <= len(words) <= 6 or any(w.lower().rstrip(".") in _NOT_PERSON for w in words):
        return None
    if strict and any(w[0].islower() and w.lower() not in _PARTICLES for w in words):
        return None
    human = HumanName(text)
    parts = [p for p in (human.first, human.middle, human.last) if p]
    if human.first and human.last and len(parts) + bool(human.title) <= 5:
        return " ".join(parts).lower()
    if human.title and len(parts) == 1:  # "Ms. Lopez"
        return parts[0].lower()
    return None


def _is_place(value: str) -> bool:
    """A name column's value that names a place or a firm ("Pomona Senior Center", "ABC Electric")."""
    return any(w.lower().rstrip(".") in _FIRM_OR_PLACE - _SURNAMES for w in _NAME_WORD.findall(value))


def _plain_name(value: str) -> bool:
    """A value a column explicitly headed "Customer Name" may hold: a firm as well as a person."""
    words = value.split()
    return (1 <= len(words) <= 8 and any(c.isalpha() for c in value) and not re.search(r"[@\d]", value)
            and not re.fullmatch(r"(?i)[\sx*█_.-]+|n/?a|none|tbd|unknown|redacted|\[redacted\]", value))


# -- the context ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CustomerField:
    """A span of customer data. ``kind``: name, address, phone, email, contact, account, usage, other
    (a customer record's column of no known kind) or zone (text of a letter to a customer, in which
    the address and usage detectors look for their own values)."""

    kind: str
    segment: Segment
    start: int
    end: int
    why: str

    @property
    def text(self) -> str:
        return self.segment.text[self.start:self.end]


@dataclass
class CustomerContext:
    fields: list[CustomerField] = field(default_factory=list)
    listing: set[int] = field(default_factory=set)  # ids of segments of public listings (staff, facilities)
    phones: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # phone spans of visible segments
    mail: list[Segment] = field(default_factory=list)  # visible segments with an "@", in document order
    # pages (Location.page; None for HTML) of what residents submit to a public body: letters and e-mails to
    # the council, comment cards. A public record (the Brown Act), so the writer's own contacts are no leak
    public_comment: set = field(default_factory=set)
    official: set[int] = field(default_factory=set)  # ids of segments beside a government mailbox: a contact card

    def of_kind(self, *kinds: str) -> list[CustomerField]:
        return [f for f in self.fields if f.kind in kinds]


_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def analyze(document: Document, contacts: PublicContacts) -> CustomerContext:
    """The customer context of ``document``, computed once and shared by all detectors."""
    per_document = _CACHE.setdefault(document, {})
    if contacts not in per_document:
        per_document[contacts] = _Analysis(document, contacts).run()
    return per_document[contacts]


class CustomerDataDetector(Detector):
    """Base of the detectors of customer data (name, address, phone, email, usage): they share the
    City's public contacts and each document's customer context, worked out once for all of them."""

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.contacts = PublicContacts.from_config(self.public)

    def context(self, document: Document) -> CustomerContext:
        return analyze(document, self.contacts)


def customer_fields(document: Document, contacts: PublicContacts | None = None) -> list[CustomerField]:
    return analyze(document, contacts or PublicContacts.from_config(None)).fields


def span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past blanks and field separators."""
    while start < end and text[start] in " \t\r\n,;|":
        start += 1
    while end > start and text[end - 1] in " \t\r\n,;|":
        end -= 1
    return start, end


@lru_cache(maxsize=1024)
def _columns(labels: tuple[str, ...]) -> tuple[str, tuple]:
    """What a table's header row alone says about its rows, and (kind, strong) per column.

    "unlabelled" (no headers: judge the values), "listing" (a staff roster or a facility list),
    "usage" (usage figures only: a customer's if the page names one), "maybe" (headers that can tie a
    person to an account, home or usage: judge the values), or "no".
    """
    if not any(labels):
        return "unlabelled", ()
    columns = tuple(header_kind(label) for label in labels)
    kinds = {kind or "other" for kind, _ in columns}
    strong = any(s for _, s in columns)
    if "veto" in kinds or ("soft" in kinds and not strong):
        return "listing", columns
    if _ties(kinds - {"other", "soft"}, strong):
        return "maybe", columns
    return ("usage" if "usage" in kinds and kinds <= {"usage", "other"} else "no"), columns


def _ties(kinds: set[str], strong: bool) -> bool:
    """Whether fields of these kinds make a customer record: a person or contact tied to an account or
    usage, or a person with a home and a phone or mailbox (a sign-up sheet); not a roster's name + phone, a
    place's address + phone, nor names with addresses alone (campaign contributors, award winners, landmarks)."""
    if strong and len(kinds) >= 2:
        return True
    linked = kinds & {"account", "usage", "identifier"}
    reachable = kinds & {"phone", "email", "contact"}
    return bool(("name" in kinds and (linked or ("address" in kinds and reachable)))
                or (linked and (reachable or "address" in kinds))
                or {"account", "usage"} <= kinds)


@dataclass(eq=False)
class _Cell:
    kind: str
    segment: Segment
    start: int
    end: int
    label: str
    strong: bool


@dataclass(eq=False)
class _Hit:
    """A field label: ``start``/``end`` is the "Label:" phrase in ``segment``'s text, or 0/0 when the
    segment's own ``label`` names it."""

    index: int  # of the segment in _Analysis.free
    segment: Segment
    start: int
    end: int
    label: str
    kind: str | None
    strong: bool


def _label_ending_at(text: str, end: int) -> re.Match | None:
    """The label phrase whose ":" or "#" ends at ``end``."""
    return LABEL_RE.search(text, max(0, end - 41), end)


class _Line(NamedTuple):
    segment: Segment
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.segment.text[self.start:self.end]


SALUTATION_RE = re.compile(r"\s*(?:Dear|Estimad[oa]s?)\s+(?P<name>[A-Z][^,:;\n]{1,58}?)\s*(?:[,:;]|$)")
# words to a customer about their account, searched in lower-cased text (literal first words keep it fast)
CUSTOMER_CUE_RE = re.compile(
    r"your\s+(?:(?:electric(?:ity)?|energy|utility|pce|sce|edison|monthly|current|recent|last|final|total|"
    r"past[- ]due)\s+)?(?:account|bill|billing|statement|service|usage|consumption|meter|balance|payment|"
    r"charges|home|residence|property|premises)\b|past[- ]due|shut[- ]?off|disconnect|amount due|balance due|"
    r"final notice|billing dispute|su (?:cuenta|factura|uso|consumo|hogar|casa|servicio)\b|desconexi[oó]n|"
    r"pago vencido|aviso final")
_CUE_WORDS = ("your", "past", "shut", "disconnect", "amount due", "balance due", "final notice", "billing dispute",
              "su ", "desconexi", "pago vencido", "aviso final")  # the first words of CUSTOMER_CUE_RE


def speaks_to_customer(lower: str) -> bool:
    """Whether lower-cased text has a CUSTOMER_CUE_RE phrase; ``str.find`` of its first words skips
    ahead far faster than the regex engine, which would try the pattern at every "a", "b", "d" ..."""
    for word in _CUE_WORDS:
        position = lower.find(word)
        while position >= 0:
            if CUSTOMER_CUE_RE.match(lower, position):
                return True
            position = lower.find(word, position + 1)
    return False


# lower-cased text addressed to a public body: a salutation or an e-mail's "To:" at the start of a line, or
# the heading of a comment form; the literal first words let ``str.find`` skip ahead
PUBLIC_COMMENT_RE = re.compile(
    r"(?:dear|estimad[oa]s?)\s+(?:the\s+)?(?:honorable\s+|hon\.\s+)?(?:mayor|vice mayor|chair|council|commissioner|"
    r"planning commission|board|supervisor|members of|city clerk|trustees|directors|alcalde)"
    r"|to:[^\n\x00]*(?:public\s*comment|council|clerk|commission|board)[^\n\x00]*@"
    r"|(?:ecomments?|speaker cards?|requests? to speak|comment cards?|(?:public|written) comments? received|"
    r"correspondence received|comentarios? p[uú]blicos? recibidos)\b")
_LINE_START_WORDS = ("dear", "estimad", "to:")
_COMMENT_WORDS = (*_LINE_START_WORDS, "ecomment", "speaker card", "request", "comment card", "public comment",
                  "written comment", "correspondence received", "comentario")

NOTICE_CUE_RE = re.compile(r"past[- ]due|shut[- ]?off|disconnect|amount due|balance due|final notice|"
                           r"desconexi[oó]n|pago vencido|aviso final")
ACCOUNT_CUE_RE = re.compile(rf"(?i)\b(?:account|acct|service agreement|sa|cuenta)\b[\s#:.]*(?:no\.?|number|id)?"
                            rf"[\s#:.]*\d[\d\s{_DASH}]{{4,}}\d")
CLOSING_RE = re.compile(r"(?i)\s*(?:sincerely|respectfully(?: yours)?|(?:best |kind |warm )?regards|"
                        r"(?:very )?truly yours|yours truly|cordially|thank you|atentamente|cordialmente|"
                        r"saludos)\b.{0,24}$")


def page_of(segment: Segment):
    return segment.location.page


class _Analysis:
    def __init__(self, document: Document, contacts: PublicContacts):
        self.document = document
        self.contacts = contacts
        self.context = CustomerContext()
        self.anchor_pages: set = set()
        self._taken: dict[tuple[int, str], list[tuple[int, int]]] = {}  # spans added, per segment and kind
        in_records = {id(f) for r in document.records for f in r.fields}
        self.visible = [s for s in document.segments if not s.chrome]
        self.free = [s for s in self.visible if id(s) not in in_records]  # text outside records
        self.free_index = {id(s): i for i, s in enumerate(self.free)}
        # all visible text in one string: each pattern runs once per document, not once per table cell
        self.joined = "\x00".join(s.text for s in self.visible)
        self.lower = self.joined.lower()
        self.offsets = list(accumulate((len(s.text) + 1 for s in self.visible[:-1]), initial=0))

    def _locate(self, position: int) -> tuple[Segment, int]:
        """The segment and the offset in it of a position in ``joined``."""
        i = bisect_right(self.offsets, position) - 1
        return self.visible[i], position - self.offsets[i]

    def run(self) -> CustomerContext:
        for begin, end in phone_spans(self.joined):  # shared by the phone detector and _people_lists
            segment, start = self._locate(begin)
            self.context.phones.setdefault(id(segment), []).append((start, start + end - begin))
        at = self.joined.find("@")
        while at >= 0:
            segment, start = self._locate(at)
            self.context.mail.append(segment)
            at = self.joined.find("@", at + len(segment.text) - start + 1)  # on from the next segment
        self._public_comment()
        usage_tables = [r for r in self.document.records if self._record(r)]
        self._label_blocks()
        self._names_beside_identifiers()
        self._correspondence()
        self._people_lists()
        for record in usage_tables:  # Month | kWh | Amount beside a customer or account named on the page
            if record.fields and page_of(record.fields[0]) in self.anchor_pages:
                for f in record.fields:
                    kind, _ = header_kind(f.label or "")
                    if kind == "usage":
                        self._add("usage", f, 0, len(f.text), "usage table on a page naming a customer or account")
        self._contact_cards()
        if self.context.fields:
            samples = sample_pages(self.visible)
            self.context.fields = [f for f in self.context.fields if page_of(f.segment) not in samples]
        return self.context

    def _public_comment(self) -> None:
        """The pages addressed to a public body (``CustomerContext.public_comment``)."""
        text = self.lower
        for word in _COMMENT_WORDS:
            at = text.find(word)
            while at >= 0:
                line = max(text.rfind("\n", 0, at), text.rfind("\x00", 0, at)) + 1
                if (word not in _LINE_START_WORDS or not text[line:at].strip()) and PUBLIC_COMMENT_RE.match(text, at):
                    self.context.public_comment.add(page_of(self._locate(at)[0]))
                at = text.find(word, at + 1)

    def _contact_cards(self) -> None:
        """Segments within two of one holding a government or the site's own mailbox, on the same page: a
        staff member's or an official's card, whose cell or home number is published with it on purpose.
        (A staff listing's cells are public anyway.)"""
        index, url = None, self.document.url
        for segment in self.context.mail:
            if id(segment) in self.context.listing or not any(
                    self.contacts.email_is_official(m.group(), url) for m in EMAIL_RE.finditer(segment.text)):
                continue
            index = index or {id(s): i for i, s in enumerate(self.visible)}
            i = index[id(segment)]
            self.context.official.update(id(s) for s in self.visible[max(0, i - 2):i + 3]
                                         if page_of(s) == page_of(segment))

    def _add(self, kind: str, segment: Segment, start: int, end: int, why: str):
        start, end = span(segment.text, start, end)
        taken = self._taken.setdefault((id(segment), kind), [])
        if start < end and not any(s < end and start < e for s, e in taken):  # found once, by the first reading
            taken.append((start, end))
            self.context.fields.append(CustomerField(kind, segment, start, end, why))

    # -- what a value is -------------------------------------------------------------------------

    def _valid(self, kind: str, text: str, tied: str = "") -> bool:
        """Whether a field's value is customer data of its kind (the City's own contacts are not).

        A name must read as a person's, except where it is ``tied`` to a customer: under its own explicit
        header ("customer": Customer Name, Account Holder) a firm's name counts too, in a record with an
        account or usage ("account") any name that is not a firm's or a place's ("Jane Park", not "City
        of Pomona").
        """
        text = text.strip()
        if kind == "name":
            plain = _plain_name(text) and (tied == "customer" or (tied == "account" and not _is_place(text)))
            name = person_name(text, strict=False) or (plain and " ".join(text.lower().split()))
            return bool(name) and not self.contacts.name_is_public(name)
        if kind == "address":
            return bool(_STREET_START.match(text) or _PO_BOX.match(text)) and not self.contacts.address_is_public(text)
        if kind in ("phone", "contact") and any(
                (e := to_e164(text[a:b])) and e not in self.contacts.phones for a, b in phone_spans(text, bare=True)):
            return True
        if kind in ("email", "contact"):
            return any(not self.contacts.email_is_public(m.group(), generic=False) for m in EMAIL_RE.finditer(text))
        if kind in ("account", "identifier"):
            return sum(c.isdigit() for c in text) >= 4
        if kind == "usage":
            return "$" not in text and any(c.isdigit() for c in text)
        return False

    def _sniff(self, text: str) -> str | None:
        """The kind of an unlabelled value, by its shape."""
        text = text.strip()
        if EMAIL_RE.search(text):
            return "email"
        if phone_spans(text) == [(0, len(text))]:
            return "phone"
        if ADDRESS_RE.match(text):
            return "address"
        if USAGE_RE.fullmatch(text):
            return "usage"
        return "name" if person_name(text, strict=False) else None

    def _judge(self, cells: list[_Cell], veto: bool, soft: bool, why: str, listing: list[Segment]) -> None:
        """Add the cells as customer fields if together they make a customer record."""
        strong = any(c.strong for c in cells)
        # a public listing: a roster's or a facility list's columns, or a plain "Name" that is a place's
        # or a firm's (Name | Address | Phone of community centers, Name | Account | kWh of City facilities)
        if veto or (soft and not strong) or any(
                c.kind == "name" and not c.strong and _is_place(c.segment.text[c.start:c.end]) for c in cells):
            self.context.listing.update(id(s) for s in listing)
            return
        linked = "account" if any(c.kind in ("account", "usage", "identifier") for c in cells) else ""
        if not linked and any(page_of(c.segment) in self.context.public_comment for c in cells):
            return  # a comment card's or a letter writer's own name and address
        valid = [c for c in cells
                 if self._valid(c.kind, c.segment.text[c.start:c.end], "customer" if c.strong else linked)]
        kinds = {c.kind for c in valid}
        if not _ties(kinds, strong):
            return
        for c in cells:
            if c.kind != "name" or c in valid:
                self._add(c.kind, c.segment, c.start, c.end, why.format(label=c.label))
            self.anchor_pages.add(page_of(c.segment))

    # -- 1. records ------------------------------------------------------------------------------

    def _record(self, record: Record) -> bool:
        """Judge one record; True when it is a usage table row waiting for a customer on its page."""
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        labels = tuple(f.label or "" for f in fields)
        verdict, columns = _columns(labels)
        if verdict == "unlabelled":
            self._unlabelled_row(fields)
        elif verdict == "listing":
            self.context.listing.update(id(f) for f in fields)
        elif verdict == "maybe":
            cells = [_Cell(kind or "other", f, 0, len(f.text), label, strong)
                     for f, label, (kind, strong) in zip(fields, labels, columns)
                     if kind not in ("veto", "soft") and f.text.strip().lower() != label.strip().lower()]
            self._judge(cells, False, False, "customer record: column '{label}'", fields)
        return verdict == "usage"

    def _unlabelled_row(self, fields: list[Segment]) -> None:
        cells = [_Cell(k, f, 0, len(f.text), "", False) for f in fields if (k := self._sniff(f.text))]
        kinds = {c.kind for c in cells}
        if {"name", "address"} <= kinds and kinds & {"phone", "email", "usage"}:
            self._judge(cells, False, False, "row of a list of people with addresses", [])

    # -- 2. label blocks -------------------------------------------------------------------------

    def _label_hits(self) -> list[_Hit]:
        """Field labels in document order: "Label:" phrases in the text, and free segments that carry
        a field name of their own (a form field's ``<label>``, a hidden input's name)."""
        hits = [_Hit(i, s, 0, 0, s.label, *header_kind(s.label)) for i, s in enumerate(self.free)
                if s.label and header_kind(s.label)[0]]
        for terminator in _TERMINATOR.finditer(self.joined):
            segment, position = self._locate(terminator.start())
            index = self.free_index.get(id(segment))
            match = index is not None and _label_ending_at(segment.text, position + 1)
            if not match:
                continue
            previous = hits[-1] if hits else None
            if previous and previous.segment is segment and previous.start == match.start():
                previous.end = match.end()  # "Account #:" ends at the ":"
                continue
            prev = _PREV_WORD.search(segment.text, max(0, match.start() - 30), match.start())
            phrase = f"{prev.group(1)} {match.group('label')}" if prev else match.group("label")
            hits.append(_Hit(index, segment, match.start(), match.end(), match.group("label"), *header_kind(phrase)))
        return sorted(hits, key=lambda h: (h.index, h.start))

    def _label_blocks(self) -> None:
        blocks: list[list[_Hit]] = []
        for hit in self._label_hits():
            if blocks and self._near(blocks[-1][-1], hit):
                blocks[-1].append(hit)
            else:
                blocks.append([hit])
        for block in blocks:
            cells = []
            for hit, following in zip(block, [*block[1:], None]):
                value = self._value(hit, following)
                if value is None or hit.kind in ("veto", "soft"):
                    continue
                cells.append(_Cell(hit.kind, *value, hit.label, hit.strong))
                text = value[0].text[value[1]:value[2]]
                if hit.kind == "account" and self._valid("account", text) or (
                        hit.strong and hit.kind == "name" and person_name(text.strip(), strict=False)):
                    self.anchor_pages.add(page_of(hit.segment))  # "Account No.: ..." alone names a customer
            veto = any(h.kind == "veto" for h in block)
            soft = any(h.kind == "soft" for h in block)
            self._judge(cells, veto, soft, "customer label block: '{label}'", [h.segment for h in block])

    def _near(self, a: _Hit, b: _Hit) -> bool:
        """Whether two label hits are in one block: at most three line breaks apart on one page."""
        if page_of(a.segment) != page_of(b.segment) or b.index - a.index > 3:
            return False
        if a.index == b.index:
            return a.segment.text.count("\n", a.end, b.start) <= 2
        breaks = a.segment.text.count("\n", a.end) + b.segment.text.count("\n", 0, b.start) + b.index - a.index
        return breaks + sum(s.text.count("\n") for s in self.free[a.index + 1:b.index]) <= 3

    def _value(self, hit: _Hit, following: _Hit | None) -> tuple[Segment, int, int] | None:
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
        if start < stop and not re.fullmatch(r"[_\s.]+", text[start:stop]):
            if hit.kind == "address":  # "1234 W Holt Ave" over "Pomona, CA 91768"
                city = CITY_LINE_RE.match(text, end + 1) if end < len(text) else None
                if city and not (following and following.segment is hit.segment and following.start < city.end()):
                    stop = city.end()
            return (hit.segment, start, stop) if stop - start <= 120 else None
        if end < len(text):
            segment, start = hit.segment, end + 1
        elif hit.index + 1 < len(self.free):
            segment, start = self.free[hit.index + 1], 0
        else:
            return None
        end = segment.text.find("\n", start)
        end = len(segment.text) if end < 0 else end
        if any(_label_ending_at(segment.text, t.end()) for t in _TERMINATOR.finditer(segment.text, start, end)):
            return None
        start, stop = span(segment.text, start, end)
        return (segment, start, stop) if 0 < stop - start <= 120 else None

    def _names_beside_identifiers(self) -> None:
        """"Maria Lopez SSN 512-34-6789", "Robert Chen, acct 2-23-...": a person's name run straight into
        a personal identifier or an account is a customer's, label or not."""
        for segment in self.free:
            for match in _NAME_BEFORE_ID.finditer(segment.text):
                if person_name(match.group("name"), strict=True) and not self.contacts.name_is_public(
                        " ".join(match.group("name").lower().split())):
                    self._add("name", segment, match.start("name"), match.end("name"),
                              f"name beside '{match.group('id')}'")

    # -- 3. letters and notices ------------------------------------------------------------------

    @staticmethod
    def _lines(segments: list[Segment]) -> list[_Line]:
        return [_Line(s, *m.span()) for s in segments for m in _LINE.finditer(s.text) if not m.group().isspace()]

    def _correspondence(self) -> None:
        """Letters from their salutation to their closing (over page breaks), and notices without a
        salutation, one page each, wherever the text speaks of *your* account, bill or usage."""
        if not speaks_to_customer(self.lower):
            return
        lines = self._lines(self.free)
        page_start, pages = {}, []
        for i, line in enumerate(lines):
            page = page_of(line.segment)
            if page not in page_start:
                page_start[page] = i
                pages.append(page)
        salutations = [i for i, line in enumerate(lines) if SALUTATION_RE.match(line.text)]
        done = -1
        for n, i in enumerate(salutations):
            head = max(page_start[page_of(lines[i].segment)], done + 1)
            limit = salutations[n + 1] if n + 1 < len(salutations) else len(lines)
            done = self._letter(lines, head, i, min(limit, i + 400))
        lettered = {page_of(lines[i].segment) for i in salutations}
        bounds = [page_start[p] for p in pages] + [len(lines)]
        for page, start, stop in zip(pages, bounds, bounds[1:]):
            if page not in lettered:
                self._letter(lines, start, None, stop)

    def _letter(self, lines: list[_Line], head: int, salutation: int | None, end: int) -> int:
        """Judge one letter (or a notice without a salutation) and return the index of its last line.

        It is a customer's when it speaks of their account, bill or usage and names them: a person in
        the salutation, an address block or an account number under any salutation; a notice needs an
        address block at its top and an account number or a past-due or shut-off warning. A customer
        record or label block on the page names the customer too.
        """
        first_body = head if salutation is None else salutation
        for j in range(first_body, end):
            if CLOSING_RE.match(lines[j].text):
                end = j
                break
        text = "\n".join(line.text for line in lines[head:end])
        lower = text.lower()
        page = page_of(lines[head].segment)
        if page in self.context.public_comment or not speaks_to_customer(lower):
            return end - 1
        name = None
        if salutation is not None:
            match = SALUTATION_RE.match(lines[salutation].text)
            if person_name(match.group("name"), strict=True):
                name = (lines[salutation], match.start("name"), match.end("name"))
            block = self._address_block(lines, head, salutation)
            named = name or block or ACCOUNT_CUE_RE.search(text)
        else:  # a notice: an address block at the top, and an account number or a past-due warning
            block = self._address_block(lines, head, min(end, head + 12))
            named = block and (NOTICE_CUE_RE.search(lower) or ACCOUNT_CUE_RE.search(text))
        if not (named or page in self.anchor_pages):
            return end - 1
        if name:
            line, start, stop = name
            self._add("name", line.segment, line.start + start, line.start + stop,
                      "salutation of a letter to a customer")
        for kind, line, start, stop in block:
            self._add(kind, line.segment, start, stop, "address block of a letter to a customer")
        for line in lines[first_body:end]:
            self._add("zone", line.segment, line.start, line.end, "letter to a customer")
        self.anchor_pages.add(page)
        return end - 1

    def _address_block(self, lines: list[_Line], head: int, stop: int) -> list:
        """A person's name line over a street line (and its city line) before a letter's salutation;
        a letterhead's address has the City's name above it instead."""
        found = []
        for k in range(head + 1, stop):
            street, above = lines[k], lines[k - 1]
            if (not _STREET_START.match(street.text) or not person_name(above.text, strict=True)
                    or self.contacts.address_is_public(street.text)):
                continue
            city = k + 1 < len(lines) and CITY_LINE_RE.fullmatch(lines[k + 1].text)
            if not (city or ADDRESS_RE.match(street.text.strip())):
                continue
            end = lines[k + 1].end if city and lines[k + 1].segment is street.segment else street.end
            found += [("name", above, above.start, above.end), ("address", street, street.start, end)]
        return found

    # -- 4. lists of people ----------------------------------------------------------------------

    def _people_lists(self) -> None:
        """Short lines naming a person with a street address and a phone or email, two or more in a
        document: an opt-out list or a sign-up sheet that lost its table structure."""
        rows = []
        for segment in self.free:
            text = segment.text
            if ("@" not in text and id(segment) not in self.context.phones) or (
                    page_of(segment) in self.context.public_comment):
                continue
            for line in self._lines([segment]):
                if len(line.text) > 160:  # a row of a list, not a paragraph
                    continue
                address = ADDRESS_RE.search(line.text)
                contacts = [*phone_spans(line.text), *(m.span() for m in EMAIL_RE.finditer(line.text))]
                if not address or not contacts:
                    continue
                lead = re.match(r"\s*(?:\d+[.)]\s+)?([^\d,;|]+?)[\s,;|]*$", line.text[:address.start()])
                if not lead or not person_name(lead.group(1), strict=True):
                    continue
                rows.append((line, lead.span(1), address.span(), contacts))
        if len(rows) < 2:
            return
        why = "list of people with addresses and phones"
        for line, name, address, contacts in rows:
            base = line.start
            self._add("name", line.segment, base + name[0], base + name[1], why)
            self._add("address", line.segment, base + address[0], base + address[1], why)
            for start, end in contacts:
                kind = "email" if "@" in line.text[start:end] else "phone"
                self._add(kind, line.segment, base + start, base + end, why)
            self.anchor_pages.add(page_of(line.segment))
