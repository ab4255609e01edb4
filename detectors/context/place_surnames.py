"""A given name before a place word that is a common surname ("Ivan Park", "Grace Hall", "Juan Church") is a person
where the sentence gives the words a person's role, whatever the given name also spells as a word.

Word frequencies cannot tell "Ivan Park" from "Victoria Park": both given names are far more often names than words
and parks are named after both. The sentence can: a park, a hall or a church is no utility's customer or account
holder, nobody's complaint comes "from" it, it is no "who", nor the subject that calls, writes, disputes a bill or
asks for a payment plan after its own address and account number ("Ivan Park, 3424 N. Monterey Ave, Account No.
3301-4432-09, disputed ..."). An account alone after the words is no such role: "Laurel Park, acct 2-23-456-7890"
is the City's park's as often as anyone's.
"""
from __future__ import annotations

import re

from .cues import CUSTOMER_ROLE

# what opens a record's subject before the name: a customer's role ("Customer", "PCE customer", "account holder"),
# or what came from someone ("a complaint from", "a call from", "an email from")
_ROLE_BEFORE = re.compile(r"(?i)(?:\b(?:complaint|call|calls|letter|e-?mail|message|request|appeal|dispute|"
                          r"inquiry|claim|voicemail)[ \t]+from|\bon[ \t]+behalf[ \t]+of|\bcontacted[ \t]+by|"
                          r"\b(?:met|spoke|talked|visited)[ \t]+with)"
                          r"[ \t]+$")

# the label of a customer's matter that a record's name follows ("Escalation: ", "Appeal 2024-22: ", "Hold disconnect: ",
# "Disconnection hold - "): an account's holder appeals, disputes a bill or has a shutoff held; a park or a hall is
# no party to one (a work ticket's or a complaint's subject may be a place: "Ticket 4411: Ganesha Park restroom")
_MATTER_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:escalation|escalated|appeal|appellant|dispute|billing[ \t]+dispute|hardship|payment[ \t]+arrangement|"
    r"shut-?off[ \t]+hold|hold[ \t]+(?:disconnect|disconnection|shut-?off)|disconnect(?:ion)?[ \t]+hold)"
    r"(?:[ \t]+(?:no\.?|#)?[ \t]*[\w-]*\d[\w-]*)?[ \t]*(?::|[-\u2013\u2014])[ \t]*$")

# a relative clause only a person takes: "Grace Park, who lives on ...", "Ivan Park, whose service account is ...",
# "whose bill", "whose home" (a park's "whose picnic shelters" is none of these)
_PERSON_CLAUSE_AFTER = re.compile(
    r"(?i),?[ \t]+(?:who\b|whose[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:account|bill|home|house|meter|balance|payment|"
    r"usage|statement|service|apartment|unit|residence|household|husband|wife|son|daughter|family)\b)")

# a home the name is "of", by its house number ("Gloria Plaza of 893 Sandstone Trail"), and, later in the sentence,
# an account or a home's usage that makes the two a customer's record: a park or a hall is "at" its address, and a
# place "of" a number is the city's ("Hall of Fame", "Park of 1912" name no house)
_HOME_OF_AFTER = re.compile(r"[ \t]+of[ \t]+\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][^.;!?\n]{0,200}?"
                            r"\b(?:acct|account|kwh)\b", re.IGNORECASE)

# what a person does as the sentence's subject after a record's tail of address, account and phone: speaks, writes,
# disputes (not what a facility's staff do in its name in a log, "Victoria Park ... reported an outage", "requested",
# "applied", "paid")
_PERSON_ACTS = (r"\b(?:called|phoned|e-?mailed|wrote|disputed|asked|complained|protested|objected|appealed|"
                r"inquired|enquired|says|said|stated|explained|claims|claimed|spoke|states|disputes|asks|calls|"
                r"writes|told|testified)\b")
_PERSON_ACT = re.compile(rf"(?i){_PERSON_ACTS}")
# the act right after the name, an adverb between at most: "Grace Hall also disputes account ...", "Ivan Park called"
_ACT_RIGHT_AFTER = re.compile(rf"(?i)[ \t]+(?:(?:also|then|later|again|first|still)[ \t]+)?{_PERSON_ACTS}")

# an item of a record's tail between a name and its verb: a comma's item holding a number, a closing bracket or a
# mailbox (an address, "Account No. 3301-4432-09", a phone), on the name's line
_RECORD_ITEM = re.compile(r",[ \t]*(?P<item>[^,;!?\n]{1,80}?)(?=,)")
_RECORD_ITEMS = 5


# what describes a facility right after its name, past a colon, a comma, a dash or a bracket: "Ramona Hall: capacity
# 120, deposit $300", "Lowell Park (12 acres, picnic shelters)", "Emerson Hall - seating 80": a rate sheet's or a
# facility list's line about the place, which no person is
_FACILITY_AFTER = re.compile(r"(?i)[ \t]*[:,(\u2013\u2014-][ \t]*(?:(?:max(?:imum)?|seated|standing|\d[\d,]*)[ \t]+)?"
                             r"(?:capacity|occupancy|seats|seating|acres?|amenities|picnic|pavilion|restrooms?|"
                             r"playground|ball[ \t]?fields?|kitchen|stage|auditorium|gym(?:nasium)?|rental[ \t]+(?:rate|fee)|"
                             r"sq\.?[ \t]*ft|square[ \t]+feet|multipurpose[ \t]+room|meeting[ \t]+room)\b")


def described_as_facility(text: str, end: int) -> bool:
    """Whether what follows a given name and a place word (``text[:end]``) describes a facility ("Ramona Hall:
    capacity 120"): the namesake's park or hall, whatever its account or phone beside it."""
    return _FACILITY_AFTER.match(text, end) is not None


# a line that opens with a place's name (its last word a place's) that the line goes on to describe as a facility
_DESCRIBED_PLACE_OPENS = re.compile(r"[ \t]*(?:[A-Z][\w'\u2019.-]*[ \t]+){1,3}(?:Park|Hall|Church|Chapel|Pavilion|Center|"
                                    r"Centre|Clubhouse|Auditorium|Gym|Gymnasium|Room)\b")


def opens_with_facility(line: str) -> bool:
    """Whether a line opens with a park's, a hall's or a room's name that it describes as a facility ("Ramona Hall:
    capacity 120, deposit $300, account no. ..."): a rate sheet's line, whose numbers are the facility's."""
    opens = _DESCRIBED_PLACE_OPENS.match(line)
    return opens is not None and described_as_facility(line, opens.end())


def names_a_place(cell: str) -> bool:
    """Whether a cell is a place's name whose last word is a park's, a hall's or a room's ("Garfield Hall" under
    "Site"): in a column of places, the namesake's facility, not a person by that name."""
    opens = _DESCRIBED_PLACE_OPENS.match(cell)
    return opens is not None and not cell[opens.end():].strip()


def role_before(text: str, start: int) -> bool:
    """Whether a customer's role, what came from someone or a customer's matter's label stands right before the name
    ("PCE customer Joy Hall", "a complaint from Ivan Park", "Escalation: Ray Park")."""
    before = text[max(0, start - 40):start]
    roles = list(CUSTOMER_ROLE.finditer(before))
    return (bool(roles and not before[roles[-1].end():].strip(" \t:")) or _ROLE_BEFORE.search(before) is not None
            or _MATTER_LABEL_BEFORE.search(before) is not None)


def person_after(text: str, end: int) -> bool:
    """Whether what follows the name makes it a person's: a "who"/"whose ... account" clause, a person's act right
    after it ("Grace Hall also disputes ..."), or one after the record's tail ("Ivan Park, 3424 N. Monterey Ave, Account No.
    3301-4432-09, disputed ...")."""
    if _PERSON_CLAUSE_AFTER.match(text, end) or _ACT_RIGHT_AFTER.match(text, end) or _HOME_OF_AFTER.match(text, end):
        return True
    at = end
    for _ in range(_RECORD_ITEMS):
        item = _RECORD_ITEM.match(text, at)
        if item is None or not re.search(r"[\d)@]", item["item"]):
            break
        at = item.end()
        if _PERSON_ACT.match(text, at + 1 + len(text[at + 1:]) - len(text[at + 1:].lstrip(" \t"))):
            return True
    return False


def person_by_role(text: str, start: int, end: int) -> bool:
    """A given name and a place word that is a surname (``text[start:end]``) the sentence makes a person."""
    return role_before(text, start) or person_after(text, end)
