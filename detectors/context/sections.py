"""Records under a heading that says whose they are: the cue is the section's, not the element's.

A page often says once, in a heading, what follows ("Life-support customers - crew map", "Service Request
SR-2026-410", a ``<details>`` whose summary reads "Correspondence received", "Customer Spotlight", a "Sign-up
sheet:" before a list), and the elements under it hold bare "NAME - ADDRESS" labels, an image's alt text
("Ana Ruiz beside her new meter at 1234 W Holt Ave"), a button's aria-label or a ``tel:`` link beside the
name of the person it calls. Nothing in those elements calls the person a customer.

A section scope runs from such a heading (HTML h1-h6, a summary, a caption or legend, a short title line of
its own, or a title before a colon that opens a segment) to the next heading of the same or a higher level
(the end of its ``<details>`` for a summary, a few segments for a title line). In it, a block (one segment,
or the consecutive segments of one element: a link's aria-label and the cell around it) that names a private
person AND gives personal contact data (a home address, a phone, a mailbox, a consumption) is a customer's
record. A name alone is not ("Meet Ana Ruiz"), nor an official's, a firm's or a place's name, nor the City's
own contacts. Headings of an office or a program ("Customer Service Office", "Customer Programs", "Customer
testimonials") are no cue, and a weak cue (correspondence, letters, complaints) counts only where the block
itself speaks of a utility matter (a bill, a payment plan, an account, a meter, a shutoff).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..labels import WIDTH, account_veto_before
from ..model import Segment
from ..streets import SUFFIXES, alternation
from .analysis import Analysis, Cell, Line, page_of
from .cues import SERVICE_MATTER, invited_contact, to_customers_at_large
from .item_holders import item_holder
from .persons import named_officially, names_in, without_utility_name
from .prose import city_of_an_address, identifier_label_after

# words of a heading that say the people under it are customers, and whose data follows: particular customers
# ("Customer Spotlight", "Life-support customers", "Service Request SR-..."), not customers at large ("Information
# for new customers", "Commercial customers", "Customer Service Office")
_PARTICULAR = (r"spotlight|stor(?:y|ies)|of the month|profiles?|list|roster|records?|files?|notes|map|inquiry record|"
               # "PCE customers enrolled in Home Energy Check-up at the workshop"
               r"contact log|call log|cases?|enrolled|registered|signed up")
_STRONG_CUE = re.compile(
    rf"(?i)\b(?:(?:customers?|account ?holders?|ratepayers?)\s+(?:[\w-]+\s+)?(?:{_PARTICULAR})|"
    r"featured (?:customer|family)|"
    r"service requests?|work orders?|trouble tickets?|\bSR-\d|sign-?up (?:sheet|list)s?|sign-?ups|hardship|"
    # a log of what residents reported: "Problem Reports", "Outage Calls", "Request Log", "Report a Problem"
    r"(?:problem|outage|trouble|service)\s+(?:reports?|calls?|logs?)|requests?\s+logs?|"
    r"report(?:ing)?\s+an?\s+(?:problem|issue|outage)|"
    r"shut-?offs?|disconnect(?:ion)?s?|holds?\s+(?:granted|approved|lists?)|delinquen\w*|past[ -]due|arrears|"
    r"assistance\s+(?:applicants?|recipients?)|payment (?:plans?|arrangements?)|"
    r"life[ -]support|medical baseline|(?:lista|registro)s? de clientes|cortes? de servicio|"
    # the cases of a customer's bill or service a report groups ("Billing disputes", "High-bill complaints",
    # "Service transfers", "Net metering true-ups", "Deposit refunds"): each is one account's case
    r"(?:billing|bill|high[- ]bill)\s+(?:disputes?|complaints?|appeals?|adjustments?|escalations?)|"
    r"(?:service|account)\s+transfers?|transfers?\s+of\s+service|true-?ups?|deposit\s+refunds?)\b")
# words of a heading that say letters or complaints follow: whose they are, the block itself must say
# what follows a town after an address: the sentence's or the line's end, the state, the ZIP
_TOWN_ENDS = re.compile(r"[ \t,]*(?:$|[.;:)\n]|(?:CA|Calif\.|California)\b|\d{5}\b)")
_WEAK_CUE = re.compile(r"(?i)\b(?:correspondence|letters? (?:received|from)|complaints?|correspondencia|quejas?)\b")
# a business's people, whose shop's address and phone stand beside them in a spotlight on a firm: "Owner Maria
# Delgado opened the shop at ...", "Maria Delgado, the bakery's owner" (an official's title is ``named_officially``),
# or a licence list's proprietor trading under a name ("Maria Delgado dba Garey Smog 4410-2231-07": the licence's
# account)
_BUSINESS_ROLE = re.compile(r"(?i)\b(?:(?:co-?)?owners?|(?:co-?)?founders?|proprietors?|ceo|franchisees?|"
                            r"owns|founded|dba|d/b/a|d\.b\.a\.?|doing\s+business\s+as)(?!\w)")
# a name the reader is invited to reach, their number or mailbox after it: "Questions? Call Jane Ruiz at (951) ..."
# is a contact person (a link's bare "Call Ana Ruiz" beside a customer's number is not an invitation)
_INVITATION = re.compile(r"(?i)(?:(?:^|[.?!:;(]\s*|\b(?:please|or|and)\s+)(?:call|contact|e-?mail|ask for|reach|text|"
                         r"write to|talk to|speak (?:to|with))|"
                         # a staff report's closing line: "Questions may be directed to NAME at (408) ..."
                         r"\b(?:questions|inquiries|enquiries|comments)\s+(?:may|should|can)\s+be\s+"
                         r"(?:directed|addressed|sent)\s+to)\s+$")
_INVITING_VERB = re.compile(r"(?i)(?:call|contact|e-?mail|ask for|reach|text)\s+(?=\S)")
_HEADING_TAG = re.compile(r"h([1-6])")
_SECTION_TAGS = {"summary": "details", "caption": "table", "legend": "fieldset"}  # their scope: the element around
_TITLE_TAGS = frozenset("p div b strong font span th dt label".split())  # a short line that may be a title
_TITLE_CHARS, _TITLE_WORDS = 60, 8
_TITLE_REACH = 6  # how many segments a title line (no heading tag) reaches
_INLINE_TITLE = re.compile(r"[^:\n]{3,60}:")  # "Sign-up sheet (static copy): ...": a title opening a segment
# a title before a colon names a list of people, not an office's line ("Customer inquiries: Ana Ruiz, 626-...")
_LIST_TITLE = re.compile(r"(?i)\b(?:customers|account ?holders|ratepayers|clientes|list|sheet|roster|log|register|"
                         r"records|sign-?ups|requests)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_LOWEST = 7  # the level of a summary, caption or title line: any heading ends them
_INLINE_TAGS = frozenset("a span meta img button b i em strong font abbr small label time text tspan svg".split())
_BLOCK_SEGMENTS, _BLOCK_CHARS = 6, 400
# text run together where markup had no space ("Ana Ruiz1234 Elm StJose Lee"): SVG labels, adjacent spans
# (a house number after a name, a name after a street's suffix); the cut is at the end of each match
_GLUED = re.compile(rf"[a-z](?=\d{{1,6}} [A-Z])|\b(?i:{alternation(SUFFIXES)})(?=[A-Z][a-z])")
_CUES = ("", "weak", "strong")  # weakest first
# a sub-heading over whom to ask ("Questions", "Contact us", "Program staff"): the people under it are the City's,
# whatever the page's title says of customers ("Payment arrangements" over "Questions" over two staff's phones)
_WHOM_TO_ASK = re.compile(r"(?i)\s*(?:questions\??|(?:program\s+|our\s+)?(?:contacts?|staff|team)|contact\s+us|"
                          r"who\s+to\s+(?:call|contact)|need\s+help\??|for\s+(?:more\s+)?(?:help|information))"
                          r"\s*:?\s*")
_WHY = "a person's name and contact details under a heading about customers"
# a bare number in an account's shape, nine to sixteen digits run together or grouped by dashes, spaces or dots
# ("3-117-204-5531", "7219.4869.6"): beside a customer's name under a heading about particular customers, their account
_BARE_NUMBER = re.compile(r"(?<![\w$.,/#-])\d(?:[ .-]?\d){8,15}(?![\w/%$-]|[.,]\d)")
# what a bare number of that shape can be besides an account: a date, a ZIP+4, ten digits run together as a phone's
# ("9095551234": the phone detector's to judge), a year's record numbered within it (a work order's or a case's
# "2026-174-7229", as a department numbers its year's records)
_NOT_AN_ACCOUNT = re.compile(r"\d{4}-\d\d-\d\d|\d{5}-\d{4}|[2-9]\d\d[2-9]\d{6}|(?:19|20)\d\d-\d{1,6}(?:-\d{1,6})?")


@dataclass
class _Heading:
    level: int
    cue: str  # "strong", "weak" or "" (a heading that only ends the sections below it)
    asks: bool = False  # a heading over whom to ask: the cues of the headings above it do not reach under it
    container: str = ""  # the element the section cannot leave (a summary's details)
    reach: int = 0  # how many segments a title line still covers (0: until the next heading)


# the documents whose segments carry markup's element paths (a web page, an e-mail's HTML body): a CSV's or a
# sheet's 20,000 cells are no headings, and need not be read as if they were
_MARKUP_TYPES = frozenset({"text/html", "message/rfc822", "application/mbox"})


def find(analysis: Analysis) -> None:
    if analysis.document.content_type not in _MARKUP_TYPES:
        return
    for segments, cue in _sections(analysis):
        for block in _blocks(segments):
            _judge(analysis, block, cue)


def _tag(element: str | None) -> str:
    """The tag of the last step of an element path ("td:nth-of-type(2) > a:nth-of-type(1)" -> "a")."""
    last = (element or "").rsplit(">", 1)[-1].strip()
    return re.split(r"[:#.\[]", last, maxsplit=1)[0].lower()


def _cue_of(text: str) -> str:
    if _STRONG_CUE.search(text):
        return "strong"
    return "weak" if _WEAK_CUE.search(text) else ""


def _inline_cue(title: str) -> str:
    """The cue of a title that opens a segment before a colon (the last sentence before it: "JavaScript is off.
    Sign-up sheet:"), when it names a list ("Two customers spoke. Residents honored:" names none)."""
    title = _SENTENCE_END.split(title)[-1]
    return _cue_of(title) if _LIST_TITLE.search(title) else ""


def _heading(segment: Segment) -> _Heading | None:
    """The heading a segment is, if it is one."""
    tag, text = _tag(segment.location.element), segment.text.strip()
    level = _HEADING_TAG.fullmatch(tag)
    if level:
        return _Heading(int(level.group(1)), _cue_of(text), asks=bool(_WHOM_TO_ASK.fullmatch(text)))
    if tag in _SECTION_TAGS:
        return _Heading(_LOWEST, _cue_of(text), container=_SECTION_TAGS[tag])
    if (tag in _TITLE_TAGS and "\n" not in text and len(text) <= _TITLE_CHARS
            and len(text.split()) <= _TITLE_WORDS and not text.endswith(".")):
        cue = _cue_of(text)
        return _Heading(_LOWEST, cue, reach=_TITLE_REACH) if cue else None
    return None


def _sections(analysis: Analysis):
    """(segments, cue) of each run of segments under a heading with a cue, in document order; a segment that
    opens with its own title ("Sign-up sheet: ...") is a section of its own."""
    open_: list[_Heading] = []
    run: list[Segment] = []
    run_cue, page = "", object()
    for segment in analysis.segments:
        if (segment.location.element or "").startswith("head"):
            continue
        if page_of(segment) != page:
            open_, page = [], page_of(segment)
        element = segment.location.element or ""
        open_ = [h for h in open_ if not h.container or h.container in element]
        heading = _heading(segment)
        if heading:
            open_ = [h for h in open_ if h.level < heading.level] + [heading]
            cue = ""
        else:
            inline = _INLINE_TITLE.match(segment.text)
            asking = max((k for k, h in enumerate(open_) if h.asks), default=0)
            cue = max([h.cue for h in open_[asking:]] + [_inline_cue(inline.group()) if inline else ""],
                      key=_CUES.index)
            for h in open_:
                h.reach -= h.reach > 0
            open_ = [h for h in open_ if h.reach != 0 or h.level < _LOWEST or h.container]
        if cue != run_cue and run:
            yield run, run_cue
            run = []
        run_cue = cue
        if cue:
            run.append(segment)
    if run:
        yield run, run_cue


def _block_key(element: str | None) -> str:
    """The element a segment's block is: its path without the inline elements at its end, its last three
    steps (paths are cut from the front)."""
    steps = [s.strip() for s in (element or "").split(">")]
    while len(steps) > 1 and _tag(steps[-1]) in _INLINE_TAGS:
        steps.pop()
    return " > ".join(steps[-3:])


def _blocks(segments: list[Segment]):
    """Runs of consecutive segments of one block element, a few at most."""
    block: list[Segment] = []
    for segment in segments:
        if block and (_block_key(block[-1].location.element) != _block_key(segment.location.element)
                      or len(block) >= _BLOCK_SEGMENTS):
            yield block
            block = []
        block.append(segment)
    if block:
        yield block


def _units(block: list[Segment]) -> list[list[Line]]:
    """The lines to judge together: the whole block when short, else each of its lines."""
    lines = Analysis.lines(block)
    return [lines] if sum(len(s.text) for s in block) <= _BLOCK_CHARS else [[line] for line in lines]


def _unglued(line: Line) -> list[tuple[Line, int]]:
    """The pieces of a line where markup ran words together, each as a segment of its own (the patterns of
    names and addresses look behind a match, where the glued word would stop them), with its offset in the
    line's segment; a line with no glue is itself, offset 0."""
    text = line.segment.text
    cuts = [m.end() for m in _GLUED.finditer(text, line.start, line.end)]
    if not cuts:
        return [(line, 0)]
    bounds = [line.start, *cuts, line.end]
    return [(Line(replace(line.segment, text=text[a:b]), 0, b - a), a) for a, b in zip(bounds, bounds[1:]) if b > a]


def _judge(analysis: Analysis, block: list[Segment], cue: str) -> None:
    for lines in _units(block):
        if cue == "weak" and not any(SERVICE_MATTER.search(line.text) for line in lines):
            continue
        if any(_BUSINESS_ROLE.search(line.text) for line in lines):
            continue
        pieces = [(piece, k, offset) for k, line in enumerate(lines) for piece, offset in _unglued(line)]
        fields = analysis.contact_fields([p for p, _, _ in pieces])
        numbers = _bare_accounts(analysis, pieces) if cue == "strong" else []
        # an account the account detector found beside the item's holder ("Jun Yuan, acct 75-37405-87")
        accounts = cue == "strong" and any(analysis.anchors_in(line.segment, line.start, line.end) for line in lines)
        if cue == "strong" and all(kind == "usage" for kind, *_ in fields) and not (numbers or accounts) and (
                holder := _holder_of_item(analysis, lines, fields)):
            # the holder's name read as a place's ("Rosendo Plaza - 6975 Marbury St - medical baseline") made the
            # home the plaza's: it is the holder's
            fields = analysis.contact_fields([p for p, _, _ in pieces], names=[n[1:] for n in holder])
        if all(kind == "usage" for kind, *_ in fields) and not (numbers or accounts):
            continue  # a testimonial's "we use about 650 kWh" names no home
        # beside contact details any words that read as a name will do, listed or not ("Connor Johnson, 5643 ...")
        names = [("name", p.segment, a, b) for p, k, _ in pieces
                 for a, b in filter(None, (without_utility_name(p.segment.text, *span)
                                           for span in names_in(p.segment.text, p.start, p.end, True)))
                 if not _official(p, lines[k + 1:k + 2], a, b) and not _invited(p, a, fields)
                 and analysis.names_person(Cell("name", p.segment, a, b))]
        if not names and cue == "strong":
            names = _holder_of_item(analysis, lines, fields)
        if not names:
            continue
        fields = analysis.contact_fields([p for p, _, _ in pieces], names=[n[1:] for n in names])  # no facility's
        # nor a program's line in a sentence to customers at large, beside a testimonial's customer
        fields = [f for f in fields if not to_customers_at_large(f[1].text, f[2])]
        if all(kind == "usage" for kind, *_ in fields) and not (numbers or accounts):
            continue
        fields += numbers
        # the town after a street address and its comma reads as a name here too ("... service at 22014 Saddleback
        # Place, Solana Beach."): a place, no person, when what follows it is what follows a town (the sentence's end,
        # the state, the ZIP), not the person's own phone and verb ("Living at 3318 Alder Glen Ct, NAME, 951-..., wants")
        # ("906 Linden St, San Ardeno, acct 3-114-...": a record line that opens on the home goes on to its account's
        # label after the town, where a holder named there is read as a person by ``city_of_an_address``)
        names = [n for n in names if not (city_of_an_address(n[1:], fields) and (
            _TOWN_ENDS.match(n[1].text, n[3]) or identifier_label_after(n[1].text, n[3])))]
        if not names:
            continue
        placed = [(_place(pieces, lines, segment, start), kind, start, end)
                  for kind, segment, start, end in names + fields]
        for (_, segment, offset), kind, start, end in _records(placed):
            analysis.add(kind, segment, start + offset, end + offset, _WHY)
        analysis.anchor_pages.add(page_of(block[0]))


def _holder_of_item(analysis: Analysis, lines: list[Line], fields: list[tuple]) -> list[tuple]:
    """The name a customer's item opens with, before its account or contact ("Jun Qin (3-117-...)", "Jun Yuan, acct
    ...": ``item_holders``), as [("name", segment, start, end)], when no list reads it; not an official's nor one
    the reader is invited to call, nor a public name."""
    first = lines[0]
    span = item_holder(first.segment.text, first.start, first.end)
    if span is None or _official(first, lines[1:2], *span) or _invited(first, span[0], fields):
        return []
    name = " ".join(first.segment.text[span[0]:span[1]].lower().split())
    return [] if analysis.contacts.name_is_public(name) else [("name", first.segment, *span)]


def _bare_accounts(analysis: Analysis, pieces: list[tuple[Line, int, int]]) -> list[tuple]:
    """The unit's bare numbers in an account's shape that no detector found and nothing else claims (a phone, a
    date, a ZIP+4, a case's or a permit's number by its label), as ("number", segment, start, end): a payment plan's
    "Jun Qin (3-117-204-5531), 6 installments", the customer's account in their utility's or the City's format."""
    found = []
    for piece, _, _ in pieces:
        text = piece.segment.text
        for m in _BARE_NUMBER.finditer(text, piece.start, piece.end):
            if (analysis.sniff(m.group()) or _NOT_AN_ACCOUNT.fullmatch(m.group())
                    or account_veto_before(text[max(piece.start, m.start() - WIDTH):m.start()])
                    or analysis.anchors_in(piece.segment, m.start(), m.end())):
                continue
            found.append(("number", piece.segment, m.start(), m.end()))
    return found


def _invited(piece: Line, start: int, fields: list[tuple]) -> bool:
    """Whether the name at ``start`` is one the reader is invited to reach, with a number or mailbox in its line; the
    verb may open the name read ("Call Debbie at the Center, (909) ...": an imperative is no given name), or a
    notice's invitation stands before it ("To volunteer, call", "RSVP:", see ``cues.invited_contact``)."""
    text = piece.segment.text
    verb = _INVITING_VERB.match(text, start)
    before = text[max(piece.start, start - 40):verb.end() if verb else start]
    return (bool(_INVITATION.search(before)) or invited_contact(text, start)) and any(
        kind in ("phone", "email") and segment is piece.segment and piece.start <= a < piece.end
        for kind, segment, a, _ in fields)


def _official(piece: Line, below: list[Line], start: int, end: int) -> bool:
    """Whether the name at ``start`` is an official's or staff's: by a title before or after it, the title on the
    line below when the name ends its line (a signature: "Marcus Delgado" / "Senior Management Analyst")."""
    text = piece.segment.text
    if below and not text[end:piece.end].strip():
        text = text[:piece.end] + "\n" + below[0].text
    return named_officially(text, start, end)


def _place(pieces: list[tuple[Line, int, int]], lines: list[Line], segment: Segment, start: int):
    """(line index, segment of the document, offset) of a value found at ``start`` of ``segment`` (a piece's own
    segment when markup glued it)."""
    for piece, k, offset in pieces:
        if piece.segment is segment and (offset or piece.start <= start <= piece.end):
            return k, lines[k].segment, offset
    raise ValueError("a value outside the unit")


def _records(placed: list[tuple]) -> list[tuple]:
    """The names and contact details to report: all of the unit's for its one person (a link's aria-label names
    whom the number in the cell calls); with several people, each line's own ("From: staff <...>" / "To: Ana Ruiz
    <ana@...>": the staff member's line gives no personal contact)."""
    names = {v[0][1].text[v[0][2] + v[2]:v[0][2] + v[3]] for v in placed if v[1] == "name"}
    if len(names) == 1:  # one person, named once or more ("Call Ryan Smith" / "Body: Customer Ryan Smith called")
        return placed
    reached = {v[0][0] for v in placed if v[1] != "name"}
    kept = {v[0][0] for v in placed if v[1] == "name" and v[0][0] in reached}
    return [v for v in placed if v[0][0] in kept]
