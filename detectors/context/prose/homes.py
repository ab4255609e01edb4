"""A resident's home and phone named with them: a name followed straight by their street address or
phone and the other in the same clause, as callback lists and service tickets give them ("Robert Ayala (2483
Elk Meadow Dr) called in ..., call back at (720) ..."), a caller's "this is ... at ...", a home with its
resident in brackets after it, a quote signed with the speaker's home. Also what a record that no identifier
ties keeps once its public people (staff, officials, owners of a business) are left out.
"""
from __future__ import annotations

import re

from ...model import Segment
from ...public_contacts import PERSONAL_DOMAINS
from ...translations import phrases_for
from ..analysis import Analysis, Line
from ..cues import SENTENCE_END, invited_contact, invited_mailbox
from ..history import public_story
from ..plural_families import tells_customers_state
from ..public_people import in_a_role, names_a_business, others_use, public_commenter
from ..shapes import column_gap
from .reach import ENDS_SENTENCE_OR_FIELD, ITEM_MARKER
from .sentences import BUSINESS, LABEL_OPENS, next_line


def personal_mailbox(mailbox: str) -> bool:
    """Whether a mailbox is at a consumer provider (gmail.com, aol.com ...): a private person's, not a firm's or an
    office's."""
    return mailbox.rsplit("@", 1)[-1].lower().strip(">.") in PERSONAL_DOMAINS


# a quote's attribution before its speaker's name: a dash after the closing quote mark or opening a line, or "said"
# after the quote ("” — Ana Ruiz at 12 Elm St", "” said Ana Ruiz of 12 Elm St"); a hyphen opening a line
# is a list's bullet
_ATTRIBUTION_BEFORE = re.compile(r"(?:(?:^|[”\"][.,!?]?)[ \t]*(?:—|–|―|--|~)"
                                 r"|[”\"][.,!?]?[ \t]*(?:-|(?:said|says|added|wrote|explained)\b))[ \t]*$")


def home_and_phone_with(fields: list, pieces: list, cue) -> bool:
    """Whether a record's fields hold a home and a phone and ``cue`` (a test of a piece's text) holds in one of its
    pieces: a map's home label, bar-joined fields, "reported by": a resident's own home and number."""
    return (any(map(is_a_home, fields)) and any(f[0] == "phone" for f in fields)
            and any(cue(p.text) for p in pieces))


CLAUSE = 160  # how far a resident's name, street address and phone reach in one clause
# a phone's label in the languages of the City's pages ("teléfono", "điện thoại", "telepono", "شماره تلفن")
PHONE_WORDS = "|".join(re.escape(p) for p in sorted(phrases_for("phone number"), key=len, reverse=True))
# a home address's label in the languages of the City's pages ("địa chỉ", "tirahan", "住址", "주소")
_ADDRESS_WORDS = "|".join(re.escape(p) for p in sorted(phrases_for("address"), key=len, reverse=True))
# what stands between a resident's name and their home or number: a bracket, a comma, a dash, "of", "at",
# "who lives at", a log's "@" ("Ana Ruiz (2483 Elk Meadow Dr)", "Ana Ruiz of 146 Pikes View Ave", "Ana Ruiz - 909-...",
# a newsletter's "the Oh family on 2475 S. Hacienda Blvd",
# "RUIZ @ 12 Elm St"), a contact
# card's middle dot or bar ("Ana Ruiz · 909 555 0142 · ana.ruiz@outlook.com")
# (or a semicolon, as field notes part a participant's name from their home: "Participant: Ana Ruiz; 12 Elm St")
HOME_AFTER_NAME = re.compile(r"\s*(?:[,;(:\u2013\u2014\u00b7|@-]|(?:,\s*)?\b(?:of|at|from|on|who lives (?:at|on)|lives (?:at|on)|"
                              r"living (?:at|on)|residing (?:at|on)|resides (?:at|on)|"
                              # where a refund or a notice for the person was mailed: "... for Ana Ruiz was mailed to"
                              r"(?:was|were|is|will\s+be)\s+(?:mailed|sent|forwarded|issued)\s+to|"
                              r"at\s+(?:his|her|their|the\s+family['\u2019]s)\s+(?:home|house|residence)|"
                              # a relative clause giving the person's own address: "Ana Ruiz, whose service address is
                              # 12 Elm St", "..., whose home is on ..."
                              r"whose\s+(?:(?:service|home|billing|mailing|street|residential)\s+)?address\s+"
                              r"(?:is|was)|whose\s+(?:home|house|residence)\s+(?:is|was)\s+(?:at|on)|"
                              # an apposition naming the person a resident of the home: "Ana Ruiz, a longtime
                              # resident of 12 Elm St", "Ana Ruiz, the tenant at 12 Elm St"
                              r",\s*(?:a|an|the)\s+(?:(?:longtime|long-time|lifelong|local|retired|elderly|senior|"
                              r"\d{2}-year-old)\s+)?(?:residents?|homeowners?|tenants?|renters?|occupants?)\s+(?:of|at|on)|"
                              # ... or any few words in lower case told of them in commas before the home: "Ana Ruiz,
                              # who rents the back unit, at 12 Elm St", "Mr. Lee, the tenant, at ..."
                              r",\s*(?:who|the|a|an|our|her|his|their)\s+(?:[a-z][\w'\u2019-]*\s+){0,4}?[a-z][\w'\u2019-]*"
                              r"\s*,\s*(?:at|on|of)|"
                              # ... and in Spanish: "Ana Ruiz, residente de 12 Elm St", "Ana Ruiz, que vive en ...", "Ana
                              # Ruiz, con domicilio en ..."
                              r",\s*(?:(?:una?|el|la)\s+)?(?:residente|vecin[oa]|inquilin[oa])\s+(?:de|en)|"
                              r"(?:,\s*)?(?:que\s+)?(?:vive|reside)\s+en|(?:,\s*)?con\s+domicilio\s+en)\b"
                              # the home's label after a comma, in the languages of the City's pages ("Ông Nguyễn Văn
                              # Minh, địa chỉ 2136 ...", "Ana Ruiz, address 12 Elm St", "Ana Ruiz, dirección: ...")
                              rf"|,\s*(?i:address|addr\.?|home\s+address|direcci[oó]n|domicilio|{_ADDRESS_WORDS})\s*:?)"
                              r"\s*(?:[,(:\u2013\u2014-]\s*)?")
# a clause's end between two fields, or right at the end of the first (not an abbreviation's point: "Dr.", "Apt.")
CLAUSE_END = re.compile(r";|[.!?](?:\s+[A-Z]|\s*$)")


def public_ones_left_out(analysis: Analysis, names: list[tuple], usage: list[tuple]) -> tuple[list, list]:
    """Of a record that no identifier ties, the names and usage figures left when the public ones are left out (see
    public_people): a person with a role or a title beside the name (staff, a volunteer, an owner, a council
    member), a name in a row of an old ledger or directory a history transcribes (``tables``), a history's or an
    honour's subject, a public comment's speaker, a business's person (their sentence
    names the business), an area's, a class's or the whole city's usage."""
    names = [(segment, start, end) for segment, start, end in names
             if id(segment) not in analysis.old_record_rows  # a row of an old ledger a history transcribes
             and not in_a_role(segment.text, start, end)
             and not (public_story(analysis, segment, start, end)  # not one its own sentence puts in the books now
                      and not tells_customers_state(  # ("The Chavez ... remain in arrears", "La familia Pham ... debe $")
                          segment.text[_sentence_start(segment.text, start):_sentence_end(segment.text, end)]))
             and not public_commenter(segment.text, start) and not names_a_business(segment.text[_sentence_start(segment.text, start):_sentence_end(segment.text,
                                                                                                      end)])]
    return names, [f for f in usage if not others_use(f[1].text, _sentence_start(f[1].text, f[2]), f[2])]


_SENTENCE_REACH = 240  # how far a name's or a figure's sentence is read on either side


def _sentence_start(text: str, position: int) -> int:
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, position - _SENTENCE_REACH), position)]
    return ends[-1] if ends else max(0, position - _SENTENCE_REACH)


def _sentence_end(text: str, position: int) -> int:
    stop = SENTENCE_END.search(text, position, position + _SENTENCE_REACH)
    return stop.end() if stop else min(len(text), position + _SENTENCE_REACH)


def is_a_home(field: tuple) -> bool:
    """Whether a field is a street address that is no office's or shop's: no suite, no firm's word just before it."""
    kind, segment, start, end = field
    return kind == "address" and not _OFFICE.search(segment.text, start, end) and not BUSINESS.search(
        segment.text, max(0, start - 40), start)


# a number's abbreviated label right before it, whose full stop ends no clause: "(tel. 323-...)", "ph. 909-...",
# "Tel.: ..."
# the number's label or the words that make it the person's own, between a name and their phone ("Ana Ruiz cell
# (909) ...", "Ana Ruiz, home phone: ...", "Ana Ruiz, reachable at ...", "Ana Ruiz who left a voicemail from ...")
_PHONE_AFTER_NAME = re.compile(rf"(?:\s*,)?\s+(?:(?i:cell(?:\s+phone)?|mobile|(?:home\s+)?phone|tel|telephone|{PHONE_WORDS})"
                               r"\.?(?:\s+(?:no\.?|number|#))?\s*:?|(?:who\s+)?(?:is\s+)?(?:reachable|can\s+be\s+reached)\s+at"
                               r"|(?:who\s+)?(?:called|phoned|left\s+a\s+(?:voicemail|message))\s+from)\s*")
# ... and then their home right after the number, as theirs: "..., service address 12 Elm St", "..., residing at ..."
# (not a place the clause goes on to tell of: "cell ..., reports weeds at 12 Oak St")
_HOME_AFTER_PHONE = re.compile(r"\s*[,;]?\s*(?:(?i:(?:service|home|mailing|billing)\s+address|address|svc\.?\s+addr\.?|"
                               r"(?:who\s+)?(?:resides|residing|lives|living)\s+(?:at|on)|at|of))?\s*:?\s*")
_ABBREVIATED_LABEL = re.compile(r"(?i)\b(?:tel|ph|ph\.\s?no|cel|mob|no|n\.\u00ba|n\u00fam|t\u00e9l)\.[ \t]*:?[ \t]*$")


def home_and_phone(names: list[tuple], fields: list[tuple], pieces: list[Line]) -> bool:
    """Whether a name, then right after it a street address or a phone and the other in the same clause
    ("Robert Ayala (2483 Elk Meadow Dr) called in ..., call back at (720) 923-5403", "reported by Ronald Robles,
    146 Pikes View Ave, (719) 574-4233"): a resident's home and number, as a callback list or a service ticket
    gives them; a mailbox at a consumer provider is a home too ("confirm with Ana Ruiz (ana.ruiz@gmail.com,
    562-...)"). Not a business listing's owner or agent ("owner Ana Ruiz, 412 W 2nd St, ...", "Ana Ruiz of Ruiz
    Plumbing, ..."), nor an office's suite (a probate notice's attorney: "Ana Ruiz, 12 Main St, Suite 200, ..."), nor an event's contact giving a cell and a mailbox to be reached at ("Vendor inquiries: Ana
    Ruiz, 909-..., ana.ruiz@gmail.com"); staff and officials are no names here. A phone an invitation gives after
    another name is that contact's, not the home's: an event listing's "Nov 1 | Bike-to-Work Day | 12 Olive St |
    RSVP: Luis Ortiz 909-..." names a venue and its organizer."""
    for segment, start, end in names:
        text, placed = _clause_over_wrap(segment, fields, pieces)
        after = [f for f in placed if f[2] >= end and f[3] - start <= CLAUSE]
        homes = sorted(f[2:] for f in after if f[0] == "address"
                       or (f[0] == "email" and personal_mailbox(text[f[2]:f[3]])))
        phones = sorted(f[2:] for f in after if f[0] == "phone" and not invited_mailbox(text, f[2]))
        if not (homes and phones) or invited_contact(text, start) and not any(f[0] == "address" for f in after):
            continue  # an event's contact, whose cell and mailbox the notice gives to be reached at
        first, second = sorted([homes[0], phones[0]])
        label = _ABBREVIATED_LABEL.search(text, max(first[1], second[0] - 12), second[0])
        if ((HOME_AFTER_NAME.fullmatch(text, end, first[0])
             or first == phones[0] and _PHONE_AFTER_NAME.fullmatch(text, end, first[0])
             and _HOME_AFTER_PHONE.fullmatch(text, first[1], second[0]))
                and not BUSINESS.search(text, max(0, start - 40), start)
                and not CLAUSE_END.search(text, first[1] - 1, label.start() if label else second[0])
                and not BUSINESS.search(text, first[1], second[0])
                and not _OFFICE.search(text, first[0], second[0])):  # "Ana Ruiz, 12 Main St, Suite 200, ...": an
            return True  # attorney's or an agent's office, as a legal notice gives it, no home
    return any(_home_then_bracketed_name(name, fields) for name in names)


def _clause_over_wrap(segment: Segment, fields: list[tuple], pieces: list[Line]) -> tuple[str, list[tuple]]:
    """A name's line read on into the next line of its block where a wrap cut its sentence in mid-phrase, and the
    fields placed in that text: a PDF's or a text file's line break falls anywhere in a resident's record ("Sra.
    Ana Ruiz, residente de 12 Elm St, teléfono" / "(909) 555-0142, presentó una apelación ..."). A line that ends
    its sentence or a field, or a next line that opens with a label or a list's item, ends the clause there."""
    own = [f for f in fields if f[1] is segment]
    below = next((b for a, b in zip(pieces, pieces[1:]) if a.segment is segment and b.segment is not segment), None)
    if below is None or not next_line(segment, below.segment) or ENDS_SENTENCE_OR_FIELD.search(segment.text) \
            or LABEL_OPENS.match(below.segment.text) or ITEM_MARKER.match(below.segment.text) \
            or column_gap(segment.text.strip()) or column_gap(below.segment.text.strip()):
        return segment.text, own
    shift = len(segment.text) + 1
    return f"{segment.text} {below.segment.text}", own + [
        (kind, where, start + shift, end + shift) for kind, where, start, end in fields if where is below.segment]


def self_introduced(names: list[tuple], fields: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """The name a caller gives as their own ("Hi, this is Gloria Nwosu at 7712 Sierra Vista Rd. My power has been out
    since 3 and my number is 909 ...", "my name is ..., I live at ..."), their home right after it and the number they
    give as theirs later in the message: a voicemail's or a call's transcript of a resident's own service matter.
    (names, their fields), or ([], []). Not a name introduced with no home of its own and no number said to be theirs
    (a staff member's "this is Ana from Customer Care")."""
    tied_names, tied = [], []
    for segment, start, end in names:
        text = segment.text
        if not _INTRODUCES_SELF.search(text, max(0, start - 16), start):
            continue
        homes = [f for f in fields if f[0] == "address" and f[1] is segment and f[2] >= end
                 and _LIVES_AFTER_NAME.fullmatch(text, end, f[2])]
        phones = [f for f in fields if f[0] == "phone" and f[1] is segment and 0 <= f[2] - end <= _INTRODUCTION_REACH
                  and _OWN_NUMBER_SAID.search(text, max(0, f[2] - 30), f[2])]
        if homes and phones:
            tied_names.append((segment, start, end))
            tied += [homes[0], phones[0]]
    return tied_names, tied


_INTRODUCES_SELF = re.compile(r"(?i)\b(?:this\s+is|my\s+name\s+is|me\s+llamo|mi\s+nombre\s+es|habla)\s+$")
_LIVES_AFTER_NAME = re.compile(r"(?i)\s*,?\s*(?:and\s+)?(?:I\s+live\s+at|I['\u2019]m\s+at|at|of|from|vivo\s+en|en)\s+")
_OWN_NUMBER_SAID = re.compile(r"(?i)\b(?:my\s+(?:cell\s+|phone\s+|home\s+|callback\s+|call-back\s+)?(?:number|phone|cell)"
                              r"\s+is|call\s+me\s+(?:back\s+)?at|reach\s+me\s+at|text\s+me\s+at|"
                              r"mi\s+(?:n[uú]mero|tel[eé]fono|celular)\s+es|ll[aá]me(?:me)?\s+al)[\s:]*$")
_INTRODUCTION_REACH = 300  # a voicemail's few sentences, from the name to the number said


def _home_then_bracketed_name(name: tuple, fields: list[tuple]) -> bool:
    """A home, then in a bracket right after it the name of whoever lives there and their phone: "the tenant at 3796
    Paseo Alegre Ave (Itzel Arellano, (818) 838-2585) reported the outage", as a ticket writes the service address
    first. Not a business's premises (its owner, its shop)."""
    segment, start, end = name
    text = segment.text
    home = next((f for f in fields if f[0] == "address" and f[1] is segment and f[3] <= start
                 and _BRACKET_AFTER_HOME.fullmatch(text, f[3], start)), None)
    phone = next((f for f in fields if f[0] == "phone" and f[1] is segment and f[2] >= end
                  and HOME_AFTER_NAME.fullmatch(text, end, f[2])), None)
    return bool(home and phone and not BUSINESS.search(text, max(0, home[2] - 40), phone[3]))


_BRACKET_AFTER_HOME = re.compile(r"[ \t]*\([ \t]*")


_OFFICE = re.compile(r"(?i)\b(?:suite|ste)\b")  # an office's unit, not a home's ("120 Main St, Suite 200")


def signed_with_home(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names that sign a quote or a testimonial with the speaker's home, the street address right after the
    name ("“... please put us on the priority list.” — Ana Ruiz at 3209 Pinecrest Dr"): a resident's
    name and home on a utility's page. Not a firm's or a shop's people ("— Ana Ruiz of Ruiz Bakery at ...",
    "— Ana Ruiz at 12 Main St, owner of ...", an office's suite); staff and officials are no names here, the
    City's own addresses no fields."""
    signed = []
    for segment, start, end in names:
        text = segment.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) + 1 or len(text) + 1
        homes = sorted(f[2:] for f in fields if f[0] == "address" and f[1] is segment and f[2] >= end)
        if (homes and _ATTRIBUTION_BEFORE.search(text[line_start:start])
                and HOME_AFTER_NAME.fullmatch(text, end, homes[0][0])
                and not _OFFICE.search(text, homes[0][0], homes[0][1])
                and not BUSINESS.search(text[homes[0][1]:min(line_end - 1, homes[0][1] + 40)])):
            signed.append((segment, start, end))
    return signed
