"""Names a record's reading takes for a person's that the clause shows are a place's or a firm's.

Three public look-alikes of a customer's record, seen on city pages:

- a facility named for a given name ("Helen Park", "Ramona Hall") beside a consumption no home reaches: "Monthly
  usage for Helen Park, 1200 N. Garey Ave: total 48,200 kWh" is a chart of the park's meter (a household uses a few
  hundred to a couple of thousand kWh a month), unless the sentence gives the name a person's role or act;
- such a place among lines of one template that name places: "Monthly usage for Civic Center, 505 S. Garey Ave:
  total 6,100 kWh", "Monthly usage for Helen Park, ...: total 4,200 kWh", "Monthly usage for Fire Station 181, ...":
  each line a facility's, whatever the figure;
- a homeowners' association or an apartment complex and its common areas: "The Meadows' clubhouse account at 2200
  Meadow Ln", "The Palms HOA's account ... at ...": a community's facility, no household;
- the tail of a longer business name right after a label: "Enrolled: Arts Colony Ceramics, 12 Elm St" reads
  "Colony Ceramics" as a person's name, yet a capitalised word that is no given name opens the words after the label
  and their last word, "Ceramics", is a word of the language and no one's surname: a business's name.
"""
from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from ..vocabulary import fold, given_names, readable, surnames
from .analysis import Analysis, page_of
from .cues import SENTENCE_END
from .persons import is_place
from .place_surnames import person_by_role, role_before

# a place's last word: the namesake's park, hall or centre
_PLACE_WORD_ENDS = re.compile(r"(?i)\s(?:park|hall|cent(?:er|re)|plaza|pool|library|field|fields|gym|gymnasium|"
                              r"pavilion|clubhouse|auditorium|station)$")
_HOUSEHOLD_MONTH_KWH = 10_000  # more than a home uses in a month: a building's or a park's meter
_USAGE_REACH = 200  # how far after the name the place's figure is read
_FIGURE = re.compile(r"\d[\d,.]*")
_OPENING_REACH = 60  # the longest opening words of a template's line before its name
_SLOT = re.compile(r"[^,:;(\n]*")  # a template line's name, up to the field after it

# a page's title or heading saying its subject is public places: the City's parks, pools, libraries, facilities or
# buildings (a plural, or a word no home is called by): the names of places the page lists or charts are theirs
_PLACES_HEADING = re.compile(r"(?i)\b(?:parks|pools|libraries|facilit(?:y|ies)|buildings|municipal|city[\s-]owned|"
                             r"recreation\s+cent(?:er|re)s|public\s+works)\b")
# a page's title or heading, by its element
_HEADING_ELEMENT = re.compile(r"(?:^|[\s>])(?:title|h[1-3])(?::nth-of-type\(\d+\))?$")
_PLACES_PAGES: WeakKeyDictionary = WeakKeyDictionary()  # the pages of each analysis whose heading is about places

# a community's name: a homeowners' association, a complex, a condominium (the words end the name or follow it; "HOA"
# in capitals, as "Hoa" is a Vietnamese name)
_COMMUNITY_WORDS = (r"(?-i:HOA)|homeowners['\u2019]?|home[ \t]+owners['\u2019]?|association|apartments|condominiums?|"
                    r"condos|townhomes|estates|villas|mobile[ \t]+home[ \t]+park|senior[ \t]+housing")
_COMMUNITY_NAME_ENDS = re.compile(rf"(?i)\b(?:{_COMMUNITY_WORDS})$")
# the community's word right after the name: "The Groves HOA's account ...", "Meadows Homeowners Association"
_COMMUNITY_AFTER = re.compile(rf"(?i)[ \t]+(?:{_COMMUNITY_WORDS})(?![\w-])")
# a common area's account or meter right after a possessive: "The Meadows' clubhouse account", "The Oaks' pool meter",
# "The Palms HOA's common-area lighting"
_COMMON_AREA_AFTER = re.compile(
    rf"(?i)(?:[ \t]+(?:{_COMMUNITY_WORDS}))*['\u2019]s?[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
    r"(?:clubhouse|club[ \t]+house|pool|spa|gatehouse|gate|irrigation|common[- ]areas?|landscap\w*|amenit\w+|"
    r"recreation[ \t]+(?:room|center)|community[ \t]+(?:room|center|building)|lobby|laundry[ \t]+room|parking|"
    r"street[ \t]?lights?|lighting)\b")
# a community's shared building, which no household has, told later in the name's sentence: "The Terraces' account
# ... at 114 W ... St covers the clubhouse and pool" (a home's pool or lighting is no such sign: "their pool pump")
_SHARED_BUILDING = re.compile(r"(?i)\b(?:clubhouse|club[ \t]+house|gatehouse|common[- ]areas?|amenit(?:y|ies)|"
                              r"(?:recreation|community)[ \t]+(?:room|center|building)|homeowners|HOA)\b")
_SENTENCE_REACH = 240

# a label's end right before the words: "Enrolled: ", "Participant - ", a line's start
_LABEL_BEFORE = re.compile(r"[:\u2013\u2014-][ \t]*$")
# a capitalised word before the name, no determiner ("Enrolled: The Okonkwo family" is a household)
_WORD_BEFORE = re.compile(r"(?!(?:The|A|An|Our|My|This|That|Their|His|Her|Each|Every)\b)(?P<word>[A-Z][a-z]+)[ \t]+$")
# a household's word, that ends a family's name and no firm's
_HOUSEHOLD_WORD = re.compile(r"(?i)famil(?:y|ies)|households?|residence|home")
_WORD_REACH = 30


def public_place_named(analysis: Analysis, name: tuple, fields: list[tuple]) -> bool:
    """Whether a record's name (segment, start, end) is a facility's by its consumption or by its sibling lines, a
    community's by its words, or the tail of a firm's name after a label (see the module's docstring); ``fields`` are
    the record's (kind, segment, start, end)."""
    return _facility_by_its_usage(name, fields) or _place_among_places(analysis, name) or \
        named_on_a_page_of_places(analysis, name) or names_a_community(name[0].text, *name[1:]) or \
        _tail_of_a_firms_name(name)


def named_on_a_page_of_places(analysis: Analysis, name: tuple) -> bool:
    """Whether a name (segment, start, end) ending in a place's word ("Helen Park", "Ramona Hall", "Julia Pool") is
    on a page whose title or a heading is about public places ("Parks Sustainability Dashboard", "Facility Energy
    Charts"): the park's or the hall's, whatever its figure, unless its sentence gives the name a person's role or
    act. A page about a household's bill or a program's customers has no such heading: a Jane Park there is a
    person."""
    segment, start, end = name
    if not _PLACE_WORD_ENDS.search(segment.text, start, end) or person_by_role(segment.text, start, end):
        return False
    pages = _PLACES_PAGES.get(analysis)
    if pages is None:
        pages = _PLACES_PAGES[analysis] = {
            page_of(s) for s in analysis.document.segments
            if _HEADING_ELEMENT.search(s.location.element or "") and _PLACES_HEADING.search(s.text)}
    return page_of(segment) in pages


def _facility_by_its_usage(name: tuple, fields: list[tuple]) -> bool:
    segment, start, end = name
    text = segment.text
    if not _PLACE_WORD_ENDS.search(text, start, end) or person_by_role(text, start, end):
        return False
    return any(kind == "usage" and field is segment and end <= at <= end + _USAGE_REACH
               and not _household_figure(text[at:stop]) for kind, field, at, stop in fields)


def place_by_its_figures(text: str, start: int, end: int, figures: list[tuple[int, int]]) -> bool:
    """Whether a chart's subject ending in a place's word ("Monthly kWh for Vasquez-Ortiz Park, ...") is the place, by
    a bar's figure beyond any home's month (``figures``: spans in ``text``); a person named by a role stays one."""
    return bool(_PLACE_WORD_ENDS.search(text, start, end)) and not person_by_role(text, start, end) and any(
        not _household_figure(text[a:b]) for a, b in figures)


def _place_among_places(analysis: Analysis, name: tuple) -> bool:
    """Whether the lines that open with the same words as the name's line, up to the name, all name a place where it
    names one: a facility chart's or list's lines, two at least."""
    segment, start, end = name
    text = segment.text
    opening = text[:start]
    if not opening.strip() or len(opening) > _OPENING_REACH or not _PLACE_WORD_ENDS.search(text, start, end) \
            or person_by_role(text, start, end):
        return False
    slots = [_SLOT.match(other.text, start)[0] for other in analysis.document.segments
             if other is not segment and other.text.startswith(opening)]
    return len(slots) >= 2 and all(is_place(slot) for slot in slots)


def _household_figure(figure: str) -> bool:
    """Whether a consumption figure ("2,307 kWh", "48,200 kWh", "3.1 MWh") could be a home's month: under
    ``_HOUSEHOLD_MONTH_KWH`` kWh. A figure that cannot be read is taken as a home's."""
    number = _FIGURE.match(figure.strip())
    if not number:
        return True
    if re.search(r"(?i)[mgt]wh", figure):
        return False
    digits = re.sub(r"[.,](?=\d{3}(?!\d))", "", number.group().rstrip(".,")).replace(",", ".")
    try:
        return float(digits) < _HOUSEHOLD_MONTH_KWH
    except ValueError:
        return True


def names_a_community(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is a homeowners' association's or a complex's, by its own last word ("The
    Palms HOA"), by the community's word right after it ("The Groves HOA's account"), by the common area whose account
    or meter follows its possessive ("The Meadows' clubhouse") or by a shared building its sentence tells of; a name
    read with its possessive ("Palms HOA's") is read without it."""
    if text[end - 2:end] in ("'s", "\u2019s"):
        end -= 2
    return bool(_COMMUNITY_NAME_ENDS.search(text, start, end) or _COMMUNITY_AFTER.match(text, end)
                or _COMMON_AREA_AFTER.match(text, end) or _shared_building_told(text, end))


def _shared_building_told(text: str, end: int) -> bool:
    """Whether the sentence that a possessive plural name opens ("The Terraces' account ...") goes on to a community's
    shared building: the account is the complex's."""
    if text[end:end + 1] in ("'", "\u2019"):  # the name read without its possessive's mark
        end += 1
    if text[end - 1:end] not in ("'", "\u2019") or text[end - 2:end - 1] != "s":
        return False
    stop = SENTENCE_END.search(text, end, end + _SENTENCE_REACH)  # no initial's stop: "2210 N. Towne Ave"
    return bool(_SHARED_BUILDING.search(text, end, stop.start() if stop else end + _SENTENCE_REACH))


def _tail_of_a_firms_name(name: tuple) -> bool:
    segment, start, end = name
    text = segment.text
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_REACH), start)
    if before is None or not _LABEL_BEFORE.search(text, max(0, before.start() - _WORD_REACH), before.start()):
        return False
    last = text[start:end].split()[-1]
    return (fold(before["word"]) not in given_names() and not _HOUSEHOLD_WORD.fullmatch(last) and readable(last)
            and fold(last) not in surnames() and fold(last) not in given_names() and not role_before(text, start))
