"""A utility program's participants and enrollees: a rebate winner or a spotlighted customer with their
home right after the name ("Rebate winner Hodan Abdi of 3450 Ocotillo Ln"), an enrollee with their own
mailbox, phone or consumption ("Participant Ana Ruiz, usage 1,297 kWh"), a contest's ranked place with its
household's usage, a program map's home label. A park enrolled, a program's total, a firm's people stay
public.
"""
from __future__ import annotations

import re

from ...public_contacts import FACILITY_CUE
from ...vocabulary import common_word
from ..analysis import Analysis, Line
from ..place_surnames import names_a_place, person_by_role
from ..shapes import ADDRESS_RE, EMAIL_RE, consumption_spans, phone_spans
from .homes import CLAUSE_END, HOME_AFTER_NAME, is_a_home
from .land_use import utility_matter_near
from .sentences import BUSINESS, ORGANIZATION


# a utility program's participant named on a page about it: "Rebate winner Ana Ruiz of ...", "Spotlight: ..."
PARTICIPANT = re.compile(r"(?i)\b(?:rebate|winners?|spotlight(?:ed)?|awardees?|recipients?|participants?|enrollees?|"
                          r"enrolled)\b")
_PARTICIPANT_REACH = 120  # how far before the name its program word stands, in its sentence: "Cooler rebate winners: Ana
# Ruiz of 12 Elm St and Bo Chen of ..."


def participant_lines(analysis: Analysis):
    """The lines where a program's word stands with a street address: a rebate winner's or a spotlighted
    customer's home may be there ("Rebate winner Hodan Abdi of 3450 Ocotillo Ln", in a page's description too); and,
    on a page of utility matters, with a mailbox or a phone: an enrollee's (``enrollees_reached``)."""
    utility = analysis.cues.any("utility matter")
    for line in analysis.free_lines:
        if PARTICIPANT.search(line.text) and (ADDRESS_RE.search(line.text) or utility and (
                EMAIL_RE.search(line.text) or phone_spans(line.text)
                or consumption_spans(line.segment.text, line.start, line.end))):
            yield line


def program_participants(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a program's word calls a participant, their home right after the name ("Rebate winner Hodan Abdi
    of 3450 Ocotillo Ln"): the program's customer and the home it serves. Not a firm's or a shop's people
    ("Rebate recipient Ana Ruiz of Ruiz Bakery, 12 Main St"), nor an office's suite; staff and officials are no
    names here."""
    found = []
    for segment, start, end in names:
        text = segment.text
        homes = sorted(f[2:] for f in fields if is_a_home(f) and f[1] is segment and f[2] >= end)
        word = max((m.end() for m in PARTICIPANT.finditer(text, max(0, start - _PARTICIPANT_REACH), start)), default=-1)
        if (homes and word >= 0 and not CLAUSE_END.search(text, word, start)
                and HOME_AFTER_NAME.fullmatch(text, end, homes[0][0])
                and not BUSINESS.search(text, max(0, start - _PARTICIPANT_REACH), homes[0][1] + 40)):
            found.append((segment, start, end))
    return found


# a label of the program's enrollee right before the name ("Enrolled: Ana Ruiz <...>", "Participant Ana Ruiz - (909)
# ..."), and what may stand between the name and the mailbox or phone right after it
_ENROLLEE_LABEL = re.compile(r"(?i)\b(?:enrolled|enrollees?|participants?|recipients?)\b(?:\s+in\s+[\w -]{2,40}?)?"
                            r"[ \t]*[:\u2013\u2014-]?[ \t]*$")
_FIELD_MARKS = r",;(:|\u2013\u2014\u00b7-"  # what sets a field apart from the name before it
_CONTACT_AFTER_NAME = re.compile(rf"[ \t]*(?:[<{_FIELD_MARKS}][ \t]*)*")  # "<" opens a mailbox: "NAME <ana@...>"
# the word that may name an enrollee's own consumption between the name and the figure: "Participant NAME, usage 1,297 kWh"
_USAGE_AFTER_NAME = re.compile(rf"(?i)[ \t]*(?:[{_FIELD_MARKS}][ \t]*)*(?:(?:monthly|annual|average|winter|"
                               r"summer)[ \t]+)?(?:usage|use|consumption|consumo)?[ \t]*(?:of|was|is|:|=)?[ \t]*")
# what makes the roster an event's, a contest's, a grant's or volunteers': no utility program's enrollees
_EVENT_ROSTER = re.compile(r"(?i)\b(?:workshops?|webinars?|classe?s?|contests?|competitions?|volunteers?|scholarships?|"
                           r"grants?|tours?|fairs?|festivals?|events?|meetings?|trainings?|sessions?|conferences?|"
                           r"clean-?ups?|races?|teams?|clubs?)\b")
_ENROLLEE_REACH = 60  # how far before the name its label stands


def enrollees_reached(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a program's enrollee label opens ("Enrolled: Ana Ruiz <ana.r@gmail.com>", "Participant Ana Ruiz -
    (909) ...", "Participant Ana Ruiz, usage 1,297 kWh") with their own mailbox, phone or consumption right after the
    name, in a text of utility matters: a bill-assistance
    or a medical-baseline program's customer and how to reach them (PCE-01 4.1). Not a park or a hall enrolled
    ("Participant Garfield Park, usage ...": ``place_surnames``), nor an event's, a contest's, a
    grant's or volunteers' roster (its line names the event), nor a firm's contact, nor the City's numbers."""
    found = []
    for segment, start, end in names:
        text = segment.text
        label = _ENROLLEE_LABEL.search(text, max(0, start - _ENROLLEE_REACH), start)
        after = sorted((f[2], f[3], f[0]) for f in fields if f[0] in ("email", "phone", "usage") and f[1] is segment
                       and f[2] >= end)
        gap = _USAGE_AFTER_NAME if after and after[0][2] == "usage" else _CONTACT_AFTER_NAME
        if (label and after and gap.fullmatch(text, end, after[0][0])
                and not (names_a_place(text[start:end]) and not person_by_role(text, start, end))
                and not _EVENT_ROSTER.search(text) and not BUSINESS.search(text, label.start(), after[0][1])
                and utility_matter_near(analysis, [Line(segment, label.start(), after[0][1])])):
            found.append((segment, start, end))
    return found


# a contest's ranked place, the winner's name right after it, and what stands between the name and the usage it won
# with, with the figure that usage fell from: "1st place: Ana Ruiz - from 1,104 to 812 kWh", "Second prize - Ana
# Ruiz: cut from 1,104 kWh to 812 kWh", "Runner-up: Ana Ruiz, 812 kWh"
_RANKED_ENTRY = re.compile(r"(?i:\b(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|grand)\s+(?:place|prize)"
                           r"(?:\s+winner)?|winner|runner[- ]up))[ \t]*[:\u2013\u2014-]?[ \t]*"
                           r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3})"
                           r"[ \t]*[-\u2013\u2014:,(][\s\x00]*(?i:(?:[a-z]+[\s\x00]+){0,2}?from[\s\x00]+"
                           r"(?P<before>\d{1,3}(?:,\d{3})+|\d{2,6})(?:[\s\x00]*kwh)?[\s\x00]+to[\s\x00]+)?")
_RANKED_REACH = 120  # how far before the usage its winner's place stands


def ranked_usage(analysis: Analysis, usage: list[tuple]) -> tuple[list[tuple], list[tuple]] | None:
    """The names a contest's ranked place opens ("1st place: Ana Ruiz - from 1,104 to 812 kWh a month (-26%)") and the
    monthly usage right after each, with the figure it fell from: a household's own consumption, which a newsletter
    publishing its winners publishes as a customer's usage (PCE-01 4.1). The place and the usage right after the name
    tie it, listed or not; a line break may fall after "to" (the text's lines read as one). Not winners named with no
    usage of their own, nor a program's total or average after them (no figure right after one winner's name), nor a
    school's, a firm's or a building's usage ("Winner: Pomona High School - 12,812 kWh")."""
    names, figures = [], []
    text = analysis.joined
    for _, segment, at, to in usage:
        position = analysis.offset(segment) + at
        for entry in _RANKED_ENTRY.finditer(text, max(0, position - _RANKED_REACH), position):
            name = entry.group("name")
            if entry.end() != position or all(common_word(word) for word in name.split()) or (
                    FACILITY_CUE.search(name) or ORGANIZATION.search(name) or BUSINESS.search(name)):
                continue  # a heading's words, or a school's, a firm's or a building's name
            named, start = analysis.locate(entry.start("name"))
            names.append((named, start, start + len(name)))
            figures.append(("usage", segment, at, to))
            if entry.group("before"):
                fell_from, start = analysis.locate(entry.start("before"))
                figures.append(("usage", fell_from, start, start + len(entry.group("before"))))
    return (names, figures) if names else None


# a label that calls what it names a private home, right before the name of the person it is ("Home charger: Ana Ruiz,
# 12 Elm St", "Residence - Ana Ruiz, ...", "Homeowner: Ana Ruiz, ..."): a program's map or list of residents' homes
_HOME_LABEL_BEFORE = re.compile(r"(?i)\b(?:home|residence|homeowner|household)\b[\w '-]{0,30}[:\u2013\u2014-]\s*$")
_HOME_LABEL_REACH = 48


def homes_labelled(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names that a label calls a private home's, their street address right after the name and a phone beside
    them ("Home charger: Ana Ruiz, 12 Elm St, Pomona" / "Owner phone (909) ..."), as a program's map of residents'
    homes marks them: a participant's name, home and number. Not a public or a business's site ("Public charger:
    City Hall, ...", "Home charger: Ruiz Bakery, ..."): no person's name, or a firm's word beside it."""
    if not any(f[0] == "phone" for f in fields):
        return []
    found = []
    for segment, start, end in names:
        text = segment.text
        homes = sorted(f[2:] for f in fields if is_a_home(f) and f[1] is segment and f[2] >= end)
        if (homes and _HOME_LABEL_BEFORE.search(text, max(0, start - _HOME_LABEL_REACH), start)
                and HOME_AFTER_NAME.fullmatch(text, end, homes[0][0])
                and not BUSINESS.search(text, max(0, start - _HOME_LABEL_REACH), homes[0][1] + 40)):
            found.append((segment, start, end))
    return found
