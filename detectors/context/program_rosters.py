"""A utility program's page that lists its latest applications by the person each is for: a ``<details>`` "Recent
approvals" (or "Latest applications", "Recently processed", an "Approval log" table) whose items read "NAME - home -
approved", "Approved: NAME, residential", "NAME, 12 Elm St - enrolled 3/14". Such a status list is the program's
roster: each name is a household the program took in (a bill discount, a rebate, a payment plan), which is the
customer's account information (PCE-01 4.1), though no item gives an account or a phone.

What decides is what the text is, not its words: the page is a utility customer program's
(its title or its first heading names one: ``program_recipients.UTILITY_PROGRAM``, and no event, grant or
contest); the heading over the list names the program's applications, enrollments or
approvals, or their status, log or queue, and not its contractors, installers, staff, events or documents; and the
item is a private person's name with nothing else but what a status line holds: a status, the kind of home, a date,
an amount, the measure or rebate, the home's street address, an account. A firm, an official, staff with a role
("program lead"), a council member ("District 5 - approved the budget"), or an item that says more stays out; in a
table, the row's person column (Applicant, Customer, Household) beside such cells only.
"""
from __future__ import annotations

import re

from .analysis import Analysis, page_of
from .lists import named_as_a_business
from .program_recipients import UTILITY_PROGRAM, NOT_A_PROGRAM
from .shapes import is_street_address

# a heading naming the program's applications, enrollments or approvals (the people a status list is of), or their
# status, log or queue: "Recent approvals", "Latest applications", "Newly enrolled", "Recently processed",
# "Application status", "Processing queue", "Approval log", "Waitlist"
_STATUS_HEADING = re.compile(r"(?i)\b(?:approvals?|approved|enrol(?:l)?ments?|enrol(?:l)?ed|enrol(?:l)?ees|"
                             r"applications?|applicants?|requests?|sign-?ups|processed|queue|wait-?list(?:ed)?|"
                             r"recipients|participants|(?:application|approval|enrol(?:l)?ment|request|rebate|payment)s?"
                             r"\s+(?:status|log|tracker|history))\b")
# a heading over other people or things: the program's contractors, staff, events, documents, rules or its board's
# actions ("Approved contractors", "Application forms", "How to apply", "Council approvals")
_OTHER_HEADING = re.compile(r"(?i)\b(?:contractors?|installers?|vendors?|suppliers?|partners?|retailers?|dealers?|"
                            r"staff|team|contacts?|documents?|forms?|how\s+to|eligib\w*|faqs?|questions|requirements?|"
                            r"checklist|guidelines?|deadlines?|council|board|commission|budgets?|contracts?|awards?|"
                            r"events?|workshops?|speakers?|bids?|rfps?|rfqs?|permits?|projects?|products?|"
                            r"equipment|models?|tips|resources|links|downloads?)\b")
_HEADING_TAG = re.compile(r"h([1-6])")
_SECTION_TAGS = {"summary": "details", "caption": "table", "legend": "fieldset"}
_NESTED_MARKUP = re.compile(r">\s*(?:srcdoc|comment|template|script)\s*>")
_ITEM_TAGS = frozenset({"li", "td", "dd", "p", "div", "span", "option"})
# the pieces of a status line besides the name, as a separator parts them
_PIECES = re.compile(r"\s*(?:[\u2013\u2014|\u2022\u00b7,;:()\[\]]|\s-\s|^-\s|\s-$)\s*")
# what a piece of a status line may be: a status, the kind of home, a date, an amount, the measure or program's
# reward, an account's label and number, and the few words that join them ("approved 3/14", "paid $500",
# "enrolled as of May 2", "heat pump rebate", "acct 5096271154")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STATUS_WORD = (r"approved|enrol(?:l)?ed|pending|review|reviewed|paid|verified|active|denied|declined|wait-?listed|"
                r"received|submitted|completed?|processing|processed|in\s+progress|on\s+hold|incomplete|eligible|"
                r"ineligible|issued|scheduled|installed|inspected|certified|recertified|renewed|cancel+ed|withdrawn|"
                r"accepted|rejected|new|renewal|awaiting|needed|missing|docs|documents?|income|verification|status|"
                r"home|homes|house|residential|residence|household|single[\s-]family|apartment|apt|condo|duplex|"
                r"mobile\s+home|renter|homeowner|owner|tenant|rebate|incentive|discount|credit|plan|"
                r"heat\s+pump|solar|pv|charger|ev|battery|thermostat|insulation|water\s+heater|panel|upgrade|"
                r"weatheri[sz]ation|appliance|check|mailed|acct|account|no|#|on|as\s+of|since|for|of|to|the|and")
_STATUS_PIECE = re.compile(rf"(?i)(?:(?:{_STATUS_WORD}|{_MONTH}|\$?\d[\d,./#-]*(?:\.\d\d)?|[A-Z]{{2,6}}-\d[\d-]*|"
                           rf"\d+\s*kw)(?:\s+|$))+")
# a table's column of the person a row is for
_PERSON_COLUMN = re.compile(r"(?i)\b(?:applicants?|customers?|names?|participants?|households?|enrol(?:l)?ees?|"
                            r"recipients?|residents?|homeowners?|account\s*holders?|ratepayers?)\b")
# a table's column of where each application stands: "Status", "Application status", "Date approved", "Enrolled on"
_STATUS_COLUMN = re.compile(r"(?i)\s*(?:(?:application|approval|enrol(?:l)?ment|rebate|request|payment)\s+)?status\s*|"
                            r"\s*(?:date\s+)?(?:approved|enrol(?:l)?ed|processed|paid)(?:\s+(?:on|date))?\s*")
_WHY = "a utility program's status list names the household it took in"


def find(analysis: Analysis) -> None:
    if analysis.document.content_type not in ("text/html", "application/xhtml+xml"):
        return
    pages = None
    for items in _status_sections(analysis):
        if pages is None:
            pages = program_pages(analysis)
        if page_of(items[0]) not in pages:
            continue
        rows: dict[str, list] = {}
        for segment in items:
            element = segment.location.element or ""
            if segment.label and (row := _row_of(element)):
                rows.setdefault(row, []).append(segment)
            elif not segment.label:
                _item(analysis, segment)
        for cells in rows.values():
            _row(analysis, cells)
    # a table of a program's page with a status column, wherever it stands ("Applicant | Status | Date" under "Where
    # is my rebate?"): its rows are applications too
    rows = {}
    for segment in analysis.document.segments:
        if segment.label and (row := _row_of(segment.location.element or "")):
            rows.setdefault((page_of(segment), row), []).append(segment)
    for (page, _), cells in rows.items():
        if any(_STATUS_COLUMN.fullmatch(c.label) for c in cells) and page in (
                pages if pages is not None else (pages := program_pages(analysis))):
            _row(analysis, cells)


def program_pages(analysis: Analysis) -> set:
    """The pages whose title or main heading names a utility customer program and no event, grant or contest (a
    sidebar's "City Council" or "Workshop speakers" further down says nothing of what the page is)."""
    named, other = set(), set()
    for segment in analysis.document.segments:
        element = segment.location.element or ""
        if element in ("head > title", "title") or _tag(element) == "h1":
            page = page_of(segment)
            if NOT_A_PROGRAM.search(segment.text):
                other.add(page)
            elif UTILITY_PROGRAM.search(segment.text):
                named.add(page)
    return named - other


def _tag(element: str) -> str:
    last = element.rsplit(">", 1)[-1].strip()
    return re.split(r"[:#.\[]", last, maxsplit=1)[0].lower()


def _row_of(element: str) -> str | None:
    m = re.search(r"^(.*\btr(?::nth-of-type\(\d+\))?)\s*>", element)
    return m.group(1) if m else None


def _status_sections(analysis: Analysis):
    """The segments under each heading that names a program's applications or approvals (a summary's to the end of
    its details, a heading's to the next heading of its level or higher), each section's list."""
    open_: list[tuple[int, str, bool]] = []  # (level, container, a status heading)
    run: list = []
    page = object()
    for segment in analysis.document.segments:
        element = segment.location.element or ""
        if element.startswith("head"):
            continue
        if page_of(segment) != page:
            if run:
                yield run
            open_, run, page = [], [], page_of(segment)
        tag = _tag(element)
        level = _HEADING_TAG.fullmatch(tag)
        container = None
        if tag in _SECTION_TAGS or level and _NESTED_MARKUP.search(element):
            # a summary's section ends with its details; a heading inside markup a page holds as text (an iframe's
            # srcdoc, a comment) with that markup
            container = element.rsplit(">", 1)[0].strip() if ">" in element else ""
        inside = [h for h in open_ if not h[1] or element.startswith(h[1] + " >")]
        if len(inside) != len(open_):
            open_ = inside
        if level or container is not None:
            text = segment.text.strip()
            status = bool(_STATUS_HEADING.search(text)) and not _OTHER_HEADING.search(text) and len(text) <= 80
            rank = int(level.group(1)) if level else 7
            open_ = [h for h in open_ if h[0] < rank or (h[1] and rank == 7)] + [(rank, container or "", status)]
            if run:
                yield run
                run = []
            continue
        if open_ and open_[-1][2] and not segment.chrome and _tag(element) in _ITEM_TAGS | {"td", "th"}:
            run.append(segment)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _status_rest(text: str) -> list[tuple[int, int]] | None:
    """The street addresses in what a status line says besides its name (spans in ``text``), or None when it says
    anything a status line does not."""
    homes = []
    position = 0
    for m in [*_PIECES.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[position:end].strip()
        if piece:
            start = text.index(piece, position)
            if is_street_address(piece, True):
                homes.append((start, start + len(piece)))
            elif not _STATUS_PIECE.fullmatch(piece + " "):
                return None
        if m:
            position = m.end()
    return homes


def _item(analysis: Analysis, segment) -> None:
    text = segment.text
    if "\n" in text.strip() or len(text) > 200:
        return
    names = analysis.private_names_in(text)
    if not names:
        return
    start, end = names[0]
    if named_as_a_business(text[start:end].strip()) or analysis.contacts.name_is_public(
            " ".join(text[start:end].lower().split())):
        return
    before = _status_rest(text[:start])
    after = _status_rest(text[end:])
    if before is None or after is None or before:
        return
    analysis.add("name", segment, start, end, _WHY)
    for a, b in after:
        analysis.add("address", segment, end + a, end + b, _WHY)


def _row(analysis: Analysis, cells: list) -> None:
    people = [c for c in cells if _PERSON_COLUMN.search(c.label or "")]
    if len(people) != 1:
        return
    person = people[0]
    text = person.text
    names = analysis.private_names_in(text)
    if not names or text[:names[0][0]].strip() or text[names[0][1]:].strip(" .,"):
        return
    start, end = names[0]
    if named_as_a_business(text[start:end].strip()) or analysis.contacts.name_is_public(
            " ".join(text[start:end].lower().split())):
        return
    homes = []
    for cell in cells:
        if cell is person:
            continue
        rest = _status_rest(cell.text)
        if rest is None:
            return
        homes += [(cell, a, b) for a, b in rest]
    analysis.add("name", person, start, end, _WHY)
    for cell, a, b in homes:
        analysis.add("address", cell, a, b, _WHY)
