"""The addressees of a utility's mailing: label sheets, envelopes and postcards a mail merge leaves behind.

A mail merge prints each customer's name and address where no label explains them: an Avery sheet (name, street
and town lines, three across and ten down, read as rows of cells a tab apart), a Word label document (one block a
cell), a run of envelopes, a print vendor's proof of postcards. Each block is a person's name (or a couple's: "JOSE &
MARIA LOPEZ") over a street line or a post-office box (its unit perhaps on a line of its own) and a town-state-ZIP
line ("or Current Resident" may stand between the name and the street). Whose they are, the mailing's sender tells: the return address on the piece
names a utility or an energy program ("Utility Billing", "... Clean Power", "... Community Energy", "Edison"), or
the file's name or title names a utility's mailing (an opt-out, an enrollment, a rate or past-due notice, a
shut-off, bills, customers, accounts) and the file holds a mailing list's worth of blocks. Those blocks are customer
records: the name and the address.

Not a property notice's labels (a parcel number over the owner's name; a title naming a radius, owners, parcels or
property), nor a list a title gives to vendors, payees, staff or a board's members (``AP_vendor_1099_labels``), a
block whose name is a firm's or whose street is the City's own, nor a single inside address with no utility sender:
a letter's addressee is ``letters``' to judge.
"""
from __future__ import annotations

import re

from .analysis import Analysis, page_of
from .lists import named_as_a_business
from .persons import addressed_name, named_officially
from .shapes import CITY_LINE_RE, COLUMN_GAP, opens_an_address

# a utility's or an energy program's name on a return address: "Santa Liria Utility Billing", "Valle Clean Power",
# "Mirador Community Energy", "Southern California Edison", "Water Department", "Public Utilities"
_UTILITY_SENDER = re.compile(
    r"(?i)\b(?:utility\s+billing|utilities|(?:clean|community|choice|green|renewable)\s+(?:power|energy|electricity)|"
    r"(?:power|energy|water|electric|gas)\s+(?:authority|district|department|dept\.?|utility|company|agency)|"
    r"edison|socalgas)\b")
# a file's name or title naming a utility's mailing (camel case and underscores parted first)
_MAILING_NAME = re.compile(
    r"(?i)\b(?:opt\s?outs?|enrol+(?:ments?|ees?)?|rate\s+(?:change|notice|increase)s?|past\s+due|shut\s?offs?|"
    r"disconnect\w*|final\s+notices?|delinquen\w*|bills?|billing|customers?|accounts?|utility|utilities|"
    r"ratepayers?|care|fera|medical\s+baseline|48\s?h(?:ou)?r|cca)\b")
# a mailing list of others than customers: a property notice's owners of record from the Assessor's roll (public
# record), the City's vendors, payees and staff, a board's or a group's members
_OTHERS_NAME = re.compile(r"(?i)\b(?:radius|owners?|parcels?|property|properties|apn|assessor\w*|occupants?|"
                          r"vicinity|notification\s+area|vendors?|suppliers?|payables?|1099s?|w\s?2s?|payroll|"
                          r"employees?|staff|volunteers?|members?|commission\w*|committee|board)\b")
_PARCEL_LINE = re.compile(r"(?i)\s*(?:apn|ain|parcel|assessor)\b")
_RESIDENT_LINE = re.compile(r"(?i)\s*(?:or\s+)?(?:current\s+)?(?:resident|occupant)s?\s*$")
_UNIT_LINE = re.compile(r"(?i)\s*(?:apt|apartment|unit|ste|suite|spc|space|lot|bldg|#)\.?\s*#?\s*[\w-]{1,6}\s*$")
# a couple a label is addressed to: "JOSE & MARIA LOPEZ", "Ana and Luis Ortega", "MR AND MRS JOSE LOPEZ" (the second
# of them named in full after the first given name or the courtesy titles)
_COUPLE = re.compile(r"(?i)\s*(?:mr\.?\s*(?:&|and)\s*mrs\.?|[^\W\d_][\w'\u2019-]*\s*(?:&|and))\s+(?P<named>\S.*)")
_LIST_BLOCKS = 3  # a mailing list's worth of blocks, where the file's name alone tells whose they are
_SENDER_REACH = 12  # lines above a block on its page where a piece's return address stands
_SENDER_CHARS = 60  # a return address's line, not a sentence that names a utility
_WHY = "addressee of a utility's mailing ({how})"


def find(analysis: Analysis) -> None:
    blocks = [(block, sender) for block, sender in _blocks(analysis)
              if not analysis.contacts.address_is_public(_text(block[1]))]
    if not blocks:
        return
    named = _mailing_named(analysis) and len(blocks) >= _LIST_BLOCKS
    for block, sender in blocks:
        if sender:
            _add(analysis, block, "return address: " + sender)
        elif named:
            _add(analysis, block, "the file's name or title")


def _add(analysis: Analysis, block, how: str) -> None:
    (name_seg, ns, ne), (street_seg, ss, se) = block
    why = _WHY.format(how=how)
    analysis.add("name", name_seg, ns, ne, why)
    analysis.add("address", street_seg, ss, se, why)


def _mailing_named(analysis: Analysis) -> bool:
    """Whether the file's name or its title names a utility's mailing, and no list of owners, vendors, staff or
    members."""
    names = [analysis.document.url.rsplit("/", 1)[-1].rsplit(".", 1)[0]]
    names += [s.text for s in analysis.document.segments if (s.label or "").lower() == "title" and s.hidden]
    words = " ".join(re.sub(r"[_\W]+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", n)) for n in names)
    return bool(_MAILING_NAME.search(words)) and not _OTHERS_NAME.search(words)


def _cells(analysis: Analysis) -> list[list[tuple]]:
    """The lines of the document's text, each as its cells a column gap apart: (segment, start, end)."""
    rows = []
    for line in Analysis.lines(analysis.segments):
        text, cells, start = line.segment.text, [], line.start
        for gap in COLUMN_GAP.finditer(text, line.start, line.end):
            if text[start:gap.start()].strip():
                cells.append((line.segment, start, gap.start()))
            start = gap.end()
        if text[start:line.end].strip():
            cells.append((line.segment, start, line.end))
        rows.append(cells)
    return rows


def _blocks(analysis: Analysis) -> list:
    """Each address block (name cell, street cell) with the utility its page's return address names, or ""."""
    rows = _cells(analysis)
    found = []
    for i, row in enumerate(rows):
        for c, cell in enumerate(row):
            block = _block_at(rows, i, c)
            if block:
                found.append((block, _sender_above(rows, i, block[0][0])))
    return found


def _text(cell) -> str:
    segment, start, end = cell
    return segment.text[start:end].strip()


def _block_at(rows, i: int, c: int):
    """The block whose street line is cell ``c`` of row ``i``: a person's name in the same column of the row above
    (or two above, "or Current Resident" between) and a town-state-ZIP line below, all on one page."""
    street = rows[i][c]
    text = _text(street)
    if not opens_an_address(text) or i + 1 >= len(rows) or len(rows[i + 1]) <= c:
        return None
    town = i + 1
    if _UNIT_LINE.match(_text(rows[town][c])) and town + 1 < len(rows) and len(rows[town + 1]) > c:
        town += 1  # the unit on a line of its own: "4417 CALLE VERBENA" / "APT 3" / "town ST ZIP"
    if not CITY_LINE_RE.fullmatch(_text(rows[town][c])):
        return None
    above = i - 1
    if above >= 0 and len(rows[above]) > c and _RESIDENT_LINE.match(_text(rows[above][c])):
        above -= 1
    if above < 0 or len(rows[above]) <= c:
        return None
    name = rows[above][c]
    page = page_of(street[0])
    if page_of(name[0]) != page or page_of(rows[town][c][0]) != page:
        return None
    name_text = _text(name)
    couple = _COUPLE.fullmatch(name_text)
    if not (addressed_name(name_text) or couple and addressed_name(couple.group("named"))) \
            or named_as_a_business(name_text) or _RESIDENT_LINE.match(name_text) \
            or named_officially(name_text, 0, len(name_text)):
        return None
    if above >= 1 and len(rows[above - 1]) > c and _PARCEL_LINE.match(_text(rows[above - 1][c])):
        return None  # a property notice's label: the parcel over its owner of record
    segment, start, end = street
    city = rows[town][c]
    if city[0] is segment:
        end = city[2]  # a Word label's cell: the town line with the street
    offset = len(segment.text[start:end]) - len(segment.text[start:end].lstrip())
    n_seg, n_start, n_end = name
    n_off = len(n_seg.text[n_start:n_end]) - len(n_seg.text[n_start:n_end].lstrip())
    return (n_seg, n_start + n_off, n_start + n_off + len(name_text)), (segment, start + offset, end)


def _sender_above(rows, i: int, segment) -> str:
    """The utility a return address names in the lines above a block on its page (a piece's corner), or ""."""
    page = page_of(segment)
    for row in rows[max(0, i - _SENDER_REACH):i]:
        for cell in row:
            text = _text(cell)
            if page_of(cell[0]) == page and len(text) <= _SENDER_CHARS and not text.endswith("."):
                match = _UTILITY_SENDER.search(text)
                if match:
                    return match.group()
    return ""
