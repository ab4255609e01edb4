"""Words a name reader takes for a person's name that name a place: the city after a street address
("1405 Foothill Blvd, San Ardeno"), a town, a street said without its number, a provider ("my Loma Verde
acct"), a facility ("Palomares Park, SCE acct ..."), a directory label's branch, a family in the plural. And
the clause a line break cut after a preposition, and a sole proprietor's own contact beside their trade
name.
"""
from __future__ import annotations

import re

from ...model import Segment
from ...public_contacts import FACILITY_CUE, SPEAKERS_LABEL
from ...streets import SUFFIXES, alternation
from ...vocabulary import common_word, fold, given_names
from ..analysis import Line, page_of
from ..cues import COURTESY_TITLES, PERSONAL_TITLES, SENTENCE_END
from ..persons import NOT_PERSON, is_place
from ..shapes import FACILITY_WORDS, POOL_EQUIPMENT, street_addresses
from .sentences import NAME_WORD


# a facility's word that names a street ("622 W. Park Ave", "Civic Center Dr"): no facility of the City's
STREET_AFTER = re.compile(rf"\s+(?:{alternation(SUFFIXES)})\b", re.IGNORECASE)


def city_of_an_address(name: tuple, fields: list[tuple]) -> bool:
    """Whether a "name" is the city right after a street address and its comma, or a vCard's semicolon
    ("1405 Foothill Blvd, San Ardeno, ...", "ADR;TYPE=home:;;9331 Alamo Way;Arroyo Lindo;CA"): a place, no person.
    Not the next item of a list of people and their homes, apart by semicolons, a home after it too ("...: Ana Ruiz,
    12 Elm St; Jon Park, 40 Oak Ave; ..."), nor a name a courtesy title opens, which no city has ("The customer at
    Star Route 8 Box 77, Ms. Sharon O'Brien, disputed ..."), nor a given name and a surname whose own identifier's
    label follows, as a record that opens on the home goes on and no city does ("906 Linden St, Tomasz Ferreira, acct
    ...")."""
    segment, start, end = name
    text = segment.text
    if TITLED.match(text, start) or _holder_before_identifier(text, start, end):
        return False
    return any(kind == "address" and where is segment and home_end <= start and not text[home_end:start].strip(" ,;")
               and not (_NEXT_ITEM.fullmatch(text, home_end, start) and _home_right_after(segment, end, fields))
               and not _ZIP_ENDS.search(text, home_start, home_end)
               and not (_PARTY_AT_HOME.search(text, max(0, home_start - 40), home_start)
                        and _APPOSITION_ENDS.match(text, end) and _referred_to_again(text, start, end))
               for kind, where, home_start, home_end in fields)


# the label of a person's own identifier right after a name and its comma: "..., Tomasz Ferreira, acct 3-114-..."
_IDENTIFIER_LABEL_AFTER = re.compile(r"[ \t]*[,;\u2013\u2014-]?[ \t]*(?i:acct|account|cuenta|itin|ssn|s\.s\.n\.|"
                                     r"social security|taxpayer|tax id)\b")


def identifier_label_after(text: str, end: int) -> bool:
    """Whether the label of a person's own identifier follows a name and its comma ("..., acct 3-114-...")."""
    return bool(_IDENTIFIER_LABEL_AFTER.match(text, end))


def _holder_before_identifier(text: str, start: int, end: int) -> bool:
    """Whether a name right after an address is a person's, a given name and a surname, not a town's ("San ...",
    "Lake ...": see ``_TOWN``), before the label of their own identifier."""
    words = NAME_WORD.findall(text[start:end])
    return (len(words) >= 2 and not _TOWN.match(text, start) and not _TOWNS_LAST_WORD.fullmatch(words[-1])
            and fold(words[0]) in given_names() and not common_word(words[-1])
            and identifier_label_after(text, end))


def _referred_to_again(text: str, start: int, end: int) -> bool:
    """Whether the text after a name refers to its person again by initials or by title and surname ("Radoslaw
    Abdelnour, reports ... R.A. had enrolled", "... Ms. Abdelnour"), as no town is."""
    words = NAME_WORD.findall(text[start:end])
    if len(words) < 2:
        return False
    initials = r"\.?\s?".join(re.escape(w[0]) for w in (words[0], words[-1]))
    return re.search(rf"\b{initials}\.|\b(?:{PERSONAL_TITLES})\.?\s+{re.escape(words[-1])}\b", text[end:]) is not None


# the party of a case by their role and their home, named after it between commas: "The homeowner at 13327 E. Arrow
# Highway, Radoslaw Abdelnour, reports that ..." (a town after a home is followed by its state, its ZIP or the
# sentence's end, not by a verb)
_PARTY_AT_HOME = re.compile(r"(?i)\b(?:homeowner|customer|resident|tenant|owner|claimant|occupant|ratepayer|"
                            r"account\s?holder)\s+(?:at|of)\s+$")
_APPOSITION_ENDS = re.compile(r",[ \t]+(?:who|whose|has|had|was|is|[a-z]+s)\b")


# an address that ends with its ZIP code has had its city: the words after its comma are no city ("After moving out
# of 12 Elm St, Pomona, CA 91766, Ana Ruiz kept receiving ...")
_ZIP_ENDS = re.compile(r"\b\d{5}(?:-\d{4})?$")


# a line's label of a capitalised word and a name, up to its colon: "Alder Glen Branch:" of a facility directory
_PLACE_LABEL_OPENS = re.compile(r"(?:^|(?<=\n)|(?<=\x00))[ \t]*(?:[-*\u2022][ \t]+)?([A-Z][^\W\d_]+)[ \t]+$")
_COLON_AFTER = re.compile(r"[ \t]*:")


# a town's name, which reads as a person's: "a typical home in Santa Olinda", "..., San Marino, CA"
_TOWN = re.compile(r"(?:Santa|San|Los|Las|El|Rancho|Fort|Mount|Port|Lake|Saint)\s")
_IN_TOWN = re.compile(r"(?:\bin|,)\s+$")
# the last word of a town's name that a surname spells too: "Morgan Hill", "Grover Beach", "Daly City"
_TOWNS_LAST_WORD = re.compile(r"(?i)hills?|beach|city|valley|vista|heights|springs|grove|woods|lakes?|creek|point|"
                              r"harbou?r|village|gardens?|ranch|mesa|canyon|ridge|falls|bay|shores?|island|park|"
                              r"plaza|station|center|field|crossing|terrace|glen|meadows?|oaks?|pines?")
_TOWN_AFTER = re.compile(r",?\s+(?:CA|California)\b|\s+(?:families|family|residents?|homes?|households?)\b")


def family_named(name: tuple) -> bool:
    """Whether a "name" is a family's in the plural: "The Ybarras"."""
    segment, start, end = name
    return segment.text[max(0, start - 4):start].lower() == "the " and segment.text[end - 1:end] == "s"


_TURN_LABEL = re.compile(SPEAKERS_LABEL)
_CUE_TURN = re.compile(r"(?:^|> )cue \d")  # a speaker's turn of captions or a transcript (``crawler.extract.captions``)
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['\u2019](?:m|ve|d|ll)|me|my|mine|myself|we|we['\u2019](?:re|ve)|our|ours|us)\b")


def speaker_telling_of_another(name: tuple) -> bool:
    """A transcript's speaker named by the label opening their turn, whose turn tells of someone else's account in
    no words of their own ("Marco Bellweather: Service address is ..., and the ASCP account is ..."): staff reading
    a case out, not its customer, who speaks of "my account", "I live at"."""
    segment, start, end = name[:3]
    if not _CUE_TURN.search(segment.location.element or ""):
        return False  # a note's "Yolanda Park: account ..." is hers; only a transcript's turn has a speaker
    text = segment.text
    line_start = text.rfind("\n", 0, start) + 1
    label = _TURN_LABEL.match(text, line_start)
    if label is None or end > label.end():
        return False
    turn_end = text.find("\n", label.end())
    return _FIRST_PERSON.search(text, label.end(), turn_end if turn_end >= 0 else len(text)) is None


def town_named(name: tuple) -> bool:
    """Whether a "name" is a town's: "Santa Olinda" after "in" or a comma, or before ", CA" or "family"."""
    segment, start, end = name
    text = segment.text
    return bool(_TOWN.match(text, start) and (_IN_TOWN.search(text, max(0, start - 4), start)
                                              or _TOWN_AFTER.match(text, end)))


def street_named(name: tuple) -> bool:
    """Whether a "name" is a street's, said without its house number: "Cypress Lane" after "lives on", "off" or
    "along" ("Lucia Ferreira, who lives on Cypress Lane, ..."), its last word a street's type."""
    segment, start, end = name
    words = segment.text[start:end].split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in SUFFIXES and bool(
        _ALONG_STREET.search(segment.text, max(0, start - 8), start))


_ALONG_STREET = re.compile(r"(?i)\b(?:on|off|along|onto)\s+$")


def providers_named(name: tuple) -> bool:
    """Whether a "name" is a provider's whose account someone has: "my Loma Verde acct no. ...", "her Valle Verde
    account": a possessive before it and the account right after it, as one speaks of "my Edison account" (a
    person's account is "Ana Ruiz's account", or "the Ruiz account")."""
    segment, start, end = name
    return bool(_POSSESSIVE_BEFORE.search(segment.text, max(0, start - 8), start)
                and _ACCOUNT_AFTER.match(segment.text, end))


_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:my|our|your|his|her|their)\s+$")
_ACCOUNT_AFTER = re.compile(r"(?i)\s+(?:acct|account|a/c)\b")


def tail_of_a_place(name: tuple) -> bool:
    """Whether a "name" ends a directory line's label that names a facility ("Alder Glen Branch: 862 Alder Glen Ave
    ...": a library's branch named for its street, "Glen Branch" is no person): the label opens the line and ends in a
    colon, and its first word, no role, title nor given name ("Caller Nicole Park:", "Ana Glen Branch:"), makes a
    place's name with the rest."""
    segment, start, end = name
    before = _PLACE_LABEL_OPENS.search(segment.text, max(0, start - _WORD_REACH), start)
    if not before or not _COLON_AFTER.match(segment.text, end) or fold(before.group(1)) in NOT_PERSON or (
            fold(before.group(1)) in given_names()):
        return False
    return is_place(segment.text[before.start(1):end])


_WORD_REACH = 40  # the longest bullet and word looked for before a name


def place_after_a_preposition(name: tuple) -> bool:
    """Whether a "name" ending in a place's word stands right after a preposition or an article of place ("won the
    title at Garfield Park, 1200 N Gibbs St", "ganaron el torneo en Garfield Park", "visitó ..., el Garfield Park"):
    the park, its address and its meter the City's, no person called Park (not "held in Ana Park's name")."""
    segment, start, end = name
    return bool(_ENDS_IN_A_PLACE_WORD.search(segment.text, start, end)
                and _PLACE_PREPOSITION.search(segment.text, max(0, start - _PREPOSITION_REACH), start)
                and not _POSSESSIVE.match(segment.text, end))


_ENDS_IN_A_PLACE_WORD = re.compile(rf"(?i)\s(?:{FACILITY_WORDS}|gardens?|field|gym|station)$")
_PLACE_PREPOSITION = re.compile(r"(?i)\b(?:at|in|near|en|el|del|al)\s+$")
_PREPOSITION_REACH = 8
_POSSESSIVE = re.compile(r"['\u2019]s?\b")

_NEXT_ITEM = re.compile(r";[ \t]+")  # a list's items apart, not a vCard's fields ("9331 Alamo Way;Arroyo Lindo")
_OWN_HOME_AFTER = re.compile(r",[ \t]*")


def _home_right_after(segment: Segment, end: int, fields: list[tuple]) -> bool:
    """Whether a street address follows the name right after its comma ("Jon Park, 40 Oak Ave")."""
    return any(kind == "address" and where is segment and _OWN_HOME_AFTER.fullmatch(segment.text, end, start)
               for kind, where, start, _ in fields)


_POOL_EQUIPMENT = re.compile(rf"(?i){POOL_EQUIPMENT}")  # a home's: "a pool-pump timer", "the pool heater"


# a line that stops mid-clause: on a preposition or an article, the next line goes on with what it names ("... your
# account (3-251-170-876) at" / "2148 West Cottonwood Avenue will get ...")
_ENDS_ON_A_PREPOSITION = re.compile(r"(?i)\b(?:at|on|to|for|of|in|from|is|the|a|an)[ \t]*$")


def clause_going_on(piece: Line, below: Line | None) -> list[Line]:
    """The part of the line below ``piece`` that goes on with its clause, up to its first sentence's end: the line
    stops on a preposition or an article ("... account (3-251-170-876) at" / "2148 West Cottonwood Avenue will
    get ..."), so what the next line opens with is what it was saying of the identifier; empty otherwise."""
    if below is None or below.segment.hidden != piece.segment.hidden or page_of(below.segment) != page_of(
            piece.segment) or not _ENDS_ON_A_PREPOSITION.search(piece.text):
        return []
    stop = SENTENCE_END.search(below.segment.text, below.start, below.end)
    return [Line(below.segment, below.start, stop.start() if stop else below.end)]


# what tells a contact in a sole proprietor's line as their own rather than the trade's: "his home address, ..."
OWN_CONTACT_WORDS = re.compile(r"(?i)\b(?:home|homes|resides?|residing|residence|lives|living|personal|cell|mobile)\b")


def own_contact_beside(name, fields) -> bool:
    """Whether a sole proprietor named before their trade name ("Ana Ruiz dba Ruiz Tile") gives a contact of their own
    beside it: one on another line, or one the line calls their home or own ("..., his home address, 12 Elm St"). The
    address and phone that follow the trade name on its own line (a bid tabulation's row: "Ana Ruiz dba Ruiz Tile |
    81 Enterprise St | SSN ...") are the trade's business contacts, which a bid publishes."""
    segment, _, end = name
    for kind, field_segment, start, _ in fields:
        if kind not in ("address", "phone", "email"):
            continue
        between = field_segment.text[end:start] if field_segment is segment and start >= end else None
        if between is None or "\n" in between or OWN_CONTACT_WORDS.search(between):
            return True
    return False


def names_facility(text: str) -> bool:
    """Whether the text names a facility ("Palomares Park, SCE acct ..."), not a street called after one, nor a street
    whose type is a facility's word ("mailed to 637 E. Piñon Court, Unit B", "12 Oak Park"), nor a home's equipment
    ("after a pool-pump timer the next bill showed ...")."""
    return any(not STREET_AFTER.match(text, m.end()) and not _street_type_of(text, m.start(), m.end())
               and not _POOL_EQUIPMENT.match(text, m.start()) for m in FACILITY_CUE.finditer(text))


def _street_type_of(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the street type ending a street address ("... 637 E. Piñon Court")."""
    return text[start:end].lower() in SUFFIXES and any(
        m.start() < start and m.end() >= end
        for m in street_addresses(text, max(0, start - 60), min(len(text), end + 40)))


TITLED = re.compile(rf"(?:{COURTESY_TITLES})\.?\s")  # "Ms. Kang": a title and a surname
