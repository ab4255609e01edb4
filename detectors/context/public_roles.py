"""Contacts a person published to be reached in a public role.

A candidate's campaign mailbox on the clerk's list of candidates, a class instructor's, a league registrar's cell, an
advisory committee member's or a library program's volunteer's mailbox, a business's "catering orders to
...@gmail.com": the person chose to be reached in that role, so a mailbox at a consumer provider or a cell there is
no confidential information (PCE-01 4.1 protects customers' records). A resident's own mailbox or number in a
complaint, a callback list or a service ticket names no such role, and a line that speaks of a customer, a bill or an
account is never a role's.
"""
from __future__ import annotations

import re

from .cues import CUSTOMER_ROLE

# the role the line gives the person before their contact: "led by volunteer Ana Ruiz (", "Registrar Ana Ruiz, cell",
# "Ana Ruiz -- resident member, appointed 2023 (", "Instructor: Ana Ruiz"
_ROLE_BEFORE = re.compile(
    r"(?i)\b(?:candidates?|instructors?|teachers?|coach(?:es)?|registrars?|volunteers?|docents?|organi[sz]ers?|"
    r"moderators?|facilitators?|emcees?|panelists?|"  # a forum's or a workshop's: "Moderator Ana Ruiz. RSVP ..."
    r"coordinators?|commissioners?|trustees?|treasurers?|team\s+(?:parents?|moms?)|scoutmasters?|den\s+leaders?|"
    r"(?:committee|commission|board|advisory|resident|public|at-large|alternate|voting|community)\s+members?|"
    # an elected official who gives constituents a cell: "Councilmember Ana Ruiz held office hours; her cell is ..."
    r"council\s?(?:member|woman|man)s?|(?:vice\s+)?mayor|"
    r"members?,?\s+(?:appointed|since|term)|appointed|led\s+by|taught\s+by|hosted\s+by|run\s+by)\b")
# a seat on a public body that speaks for customers: "Residential customer representative", "Customer Advocate",
# "representing small business customers": a role, no customer's case
_CUSTOMERS_SEAT = re.compile(r"(?i)\b(?:customer|ratepayer|consumer)s?\s+(?:representative|advocate|seat)\b|"
                             r"\brepresent(?:ing|s)\s+(?:[\w-]+\s+){0,2}(?:customers|ratepayers|consumers)\b")
# a business's published line for its orders right before the contact: "catering orders to", "reservations at"
_ORDERS_TO = re.compile(r"(?i)\b(?:catering|orders?|reservations?|bookings?|quotes?|estimates?|appointments?)"
                        r"\s*(?:to|at|via|:)\s*:?\s*$")
# a candidacy on the contact's line: "Committee: Ana Ruiz for City Council 2024, FPPC ID ...", "Ana Ruiz for Mayor"
_CANDIDACY = re.compile(r"(?i)\b(?:for\s+(?:city\s+)?(?:council|mayor|school\s+board|city\s+clerk|city\s+treasurer)|"
                        r"committee\s+to\s+elect|campaign|fppc)\b")
# a customer's case on the same line: their bill, account, service or a complaint is no role's
_CASE = re.compile(r"(?i)\b(?:bills?|billing|accounts?|payments?|outages?|shut-?offs?|disconnect\w*|complain\w*|"
                   r"claims?|disputes?|call\s*backs?|tickets?|kwh|meters?|your|my)\b")
# a land-use case's party, as a staff report's project table or a hearing notice labels them: "Applicant | Ana Ruiz,
# (909) ..., ana@gmail.com", "Owner/Applicant: ...", "Applicant's agent: ..."
LAND_USE_PARTY = re.compile(r"(?i)\s*(?:(?:property\s+)?owner\s*/\s*)?(?:applicant|appellant|property\s+owner|"
                            r"applicant'?s\s+(?:agent|representative)|project\s+(?:proponent|architect|engineer))"
                            r"(?:\s*/\s*(?:property\s+)?owner)?\s*[:\t|]")
_ROLE_REACH = 120  # from the role's word to the contact: "Registrar Guadalupe Mendoza, cell (909) 591-1057, "
# the holder of a permit or of a reservation of a City facility or street, as a list of permits or bookings labels
# them ("Permit holder: ...", "Permittee ...", "Reserved by: ..."): a permit is a public record, and so is the contact
# its holder gave for it
_PERMIT_HOLDER = re.compile(r"(?i)\b(?:(?:permit|reservation|rental|booking|facility[\s-]+use)\s+holders?|permittees?|"
                            r"(?:reserved|booked|rented)\s+by)\b")
# a party who is a permit's holder where the line or its list speaks of a permit or a booking: "Renter:" in a list of
# picnic shelter rentals, "Applicant:" in one of special event permits (a renter in a service dispute is a party of a
# utility case, an applicant to a rebate a customer)
_BOOKING_PARTY = re.compile(r"(?i)\b(?:renters?|applicants?|responsible\s+part(?:y|ies))\b")
# the "contact" a list of a facility's bookings gives for each ("Kellogg Park Gazebo, Feb 8 - family reunion - contact
# ..."); not a street closure's or an event's "Resident contact", whom the closure's neighbours call
_BOOKING_CONTACT = re.compile(r"(?i)\bcontact(?:\s+person)?\b")
_FACILITY_BOOKING_TOLD = re.compile(r"(?i)\b(?:reservations?|rentals?|bookings?|facility\s+use|picnic\s+(?:shelters?|"
                                    r"areas?)|pavilions?|gazebos?|park\s+shelters?|(?:community|meeting|banquet|"
                                    r"multi-?purpose)\s+rooms?)\b")
_BOOKING_TOLD = re.compile(r"(?i)\b(?:permits?|reservations?|rentals?|bookings?|special\s+events?|street\s+closures?|"
                           r"facility\s+use|picnic\s+(?:shelters?|areas?)|pavilions?|gazebos?|park\s+shelters?|"
                           r"(?:community|meeting|banquet|multi-?purpose)\s+rooms?)\b")
_LABEL_REACH = 30  # from a permit holder's label to their name: "Reservation holder: "


def published_for_role(text: str, start: int, end: int) -> bool:
    """Whether the contact at ``text[start:end]`` is published on its line for a public role (see above): the role's
    word stands before it in the line, a business's orders are sent to it, or the line tells a candidacy; and the
    line speaks of no customer nor of a customer's bill, account or case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _speaks_of_customers(line):
        return False
    before = text[max(line_start, start - _ROLE_REACH):start]
    return bool(_ROLE_BEFORE.search(before) or _CUSTOMERS_SEAT.search(before) or _ORDERS_TO.search(before)
                or _CANDIDACY.search(line) or _permit_holder_before(before, line))


def _permit_holder_before(before: str, told: str) -> bool:
    """Whether the words ``before`` a person or their contact label them a permit's or a booking's holder (see
    ``_PERMIT_HOLDER``), where ``told`` (their line and their list's lead) speaks of a permit or a booking for the
    words that name other parties too."""
    return bool(_PERMIT_HOLDER.search(before) or _BOOKING_PARTY.search(before) and _BOOKING_TOLD.search(told)
                or _BOOKING_CONTACT.search(before) and _FACILITY_BOOKING_TOLD.search(told))


def holds_a_permit(text: str, start: int, lead: str = "") -> bool:
    """Whether the person named at ``text[start:]`` is labelled the holder of a permit or a reservation of a City
    facility or street ("Permit holder: Ana Ruiz, (909) ..., ana.ruiz@gmail.com" in a list of special event permits,
    ``lead`` the list's heading and introduction), or named after the facility an entry of a list of bookings books
    (``_BOOKINGS_LEAD``), in a line and a list that speak of no customer nor of a customer's case (their list's lead
    speaking of no customer): the permit's holder, no customer."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _speaks_of_customers(line) or CUSTOMER_ROLE.search(lead):
        return False  # the lead's fees billed to each renter are no customer's case
    return _permit_holder_before(text[max(line_start, start - _LABEL_REACH):start], f"{line} {lead}") or (
        booked_by(text, start, lead))


def booked_by(text: str, start: int, lead: str) -> bool:
    """Whether the person or the contact at ``text[start:]`` follows the City facility its line books, in a list
    whose lead (``lead``: its heading and introduction) says its entries are bookings (``_BOOKINGS_LEAD``), and the
    line and the lead speak of no customer nor of a customer's case: who booked it, no customer."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return not _speaks_of_customers(line) and not CUSTOMER_ROLE.search(lead) and bool(
        _BOOKINGS_LEAD.search(lead) and _FACILITY_BOOKED.search(text, line_start, start))


# a list's heading or introduction that says its entries are bookings of City facilities ("Room Bookings - March",
# "Picnic shelter reservations"), and the facility an entry names before its person ("3/14 Kellogg Park Picnic Area B:
# Oyelaran graduation party (NAME, phone, mailbox)"): the person who booked it
_BOOKINGS_LEAD = re.compile(r"(?i)\b(?:reservations?|rentals?|bookings?|facility\s+use|reserved)\b")
_FACILITY_BOOKED = re.compile(r"(?i)\b(?:park|picnic\s+(?:areas?|shelters?)|pavilions?|shelters?|gazebos?|"
                              r"(?:community|meeting|banquet|multi-?purpose|study|conference)\s+rooms?|auditorium|"
                              r"halls?|(?:community|senior|recreation|youth)\s+cent(?:er|re)s?|ball\s*fields?|courts?)\b")


# a candidacy filed with the clerk, in the words of the filing: "Candidate Intention Statement (Form 501) filed by",
# "pulled nomination papers", "candidates for City Council District 3"
_CANDIDATE_FILING = re.compile(r"(?i)\b(?:candidates?|candidacy|nomination\s+papers|intention\s+statement|"
                               r"form\s+50[01]|declaration\s+of\s+candidacy)\b")


# an elected office, as a list of candidates gives it after each name ("... - City Council District 4", "- Mayor")
_OFFICE = re.compile(r"(?i)\b(?:mayor|(?:city\s+)?council(?:member)?|city\s+clerk|city\s+treasurer|school\s+board|"
                     r"board\s+of\s+education|(?:council\s+)?district\s+\d{1,2})\b")


def tells_candidacy(text: str, lead: str = "") -> bool:
    """Whether a text tells of a candidacy for an elected office (a filing's or a candidate's words and the office
    sought), in its own words or as an entry of a list whose ``lead`` tells of candidates ("The following candidates
    have pulled nomination papers:" over "Ana Ruiz, 12 Elm St, (909) ..., ... - Mayor"), and speaks of no customer nor
    of a customer's case: the contacts a candidate files for public release, home address among them, are a
    candidate's, not a customer's record."""
    if _speaks_of_customers(text) or (lead and _speaks_of_customers(lead)):
        return False
    if _CANDIDATE_FILING.search(text) and (_CANDIDACY.search(text) or _OFFICE.search(text)):
        return True
    return bool(lead) and bool(_CANDIDATE_FILING.search(lead)) and bool(_OFFICE.search(f"{text} {lead}"))


def states_public_role(text: str) -> bool:
    """Whether a text gives a person's public role and speaks of no customer nor case: a roster's definition of its
    member ("Residential customer representative; term ends 2026") above the definition giving their mailbox."""
    return bool(_ROLE_BEFORE.search(text) or _CUSTOMERS_SEAT.search(text)) and not _speaks_of_customers(text)


def _speaks_of_customers(text: str) -> bool:
    """Whether a line speaks of a customer or a customer's case, a seat that represents customers aside."""
    text = _CUSTOMERS_SEAT.sub(" ", text)
    return bool(CUSTOMER_ROLE.search(text) or _CASE.search(text))


# a public speaker's stand on an item of a public meeting, as minutes record it: "supported permit parking on ...",
# "opposed the variance", "spoke regarding the skate park hours"
_SPEAKER_STAND = re.compile(r"(?i)\b(?:supported|opposed|objected\s+to|urged|(?:spoke|speaking)\s+(?:regarding|about|"
                            r"on|against|for|in)|commented\s+on|testified|addressed\s+the|in\s+(?:opposition|"
                            r"favou?r|support)\s+of|expressed|voiced)\b")
# the writer's own words: "I spoke with ...; please call me on my cell" is a resident's own request, no minutes' record
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e)\b")
# a utility matter or a customer's case in the same sentence: the speaker's own bill, account or service
_UTILITY_CASE = re.compile(r"(?i)\b(?:bills?|billing|accounts?|payments?|outages?|shut-?offs?|disconnect\w*|"
                           r"meters?|kwh|rates?|utilit(?:y|ies)|electric\w*|power|energy|solar|service)\b")
# a speaker who speaks for an organization ("Ana Ruiz, representing the Chamber of Commerce, spoke in favor of the
# solar program"): the program or the rate is the organization's topic, and the number it gives the organization's
# contact; not a speaker's own bill, account, payment or meter, which stay reported
_REPRESENTING = re.compile(r"(?i)\b(?:representing|on\s+behalf\s+of|speaking\s+for)\s+(?:the\s+)?[A-Z]")
_OWN_SERVICE_CASE = re.compile(r"(?i)\b(?:bills?|billing|accounts?|payments?|shut-?offs?|disconnect\w*|meters?|"
                               r"outages?)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)(?=[A-Z\s]|$)")
_SPEAKER_REACH = 300  # the sentence before the number: the speaker's name, home and stand


def left_by_public_speaker(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is one a public speaker left in a meeting's minutes on an item that
    is no utility matter ("Ana Ruiz, resident at 12 Elm St, supported permit parking on Vista Dr and left her number,
    (909) ..., with the Clerk for follow-up by Public Works."): the speaker's name, home and number in minutes of a
    public process are a public record. A speaker's number about their own bill, account or service stays reported."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SPEAKER_REACH), start)),
                         default=max(0, start - _SPEAKER_REACH))
    stop = _SENTENCE_END.search(text, end)
    sentence = text[sentence_start:stop.start() if stop else len(text)]
    return bool(_SPEAKER_STAND.search(text, sentence_start, start)) and (
        not _UTILITY_CASE.search(sentence)
        or _REPRESENTING.search(sentence) is not None and not _OWN_SERVICE_CASE.search(sentence)) \
        and not CUSTOMER_ROLE.search(sentence) and not _FIRST_PERSON.search(sentence)


_ROWS_UP = 60  # from a table's row up to its header line: an activity guide's page of classes


def under_role_header(segments: list, index: int) -> bool:
    """Whether ``segments[index]`` is a row of a table laid out as lines of tab-separated cells whose header line (the
    nearest line above with as many cells and no mailbox; a PDF's layout may run a row's number into it) names a
    public role's column ("Code | Class | Instructor | Contact | Fee") and no customer: a program's roster."""
    cells = segments[index].text.count("\t")
    if cells < 2:
        return False
    for segment in reversed(segments[max(0, index - _ROWS_UP):index]):
        if segment.text.count("\t") != cells:
            return False
        if "@" not in segment.text:
            return bool(_ROLE_BEFORE.search(segment.text)) and not CUSTOMER_ROLE.search(segment.text) \
                and not _CASE.search(segment.text)
    return False
