"""Who holds an account: the City or another public body, not a customer.

A city publishes its own utility accounts on purpose: a staff report moving its street lights to another rate, a
budget's facility meters, a school district's accounts in a joint solar purchase. The accounts and their usage are
public information about the agency, not a customer's record under PCE-01. Two ways of writing it count, whatever
the rows name as the place served ("Foothill Blvd median", "Residential tract 14022": the area a light serves, no
facility of the City's by its name):

- the account column names the public holder after the account's word: "SCE account (City of Los Olmos)", "Acct #
  (City-owned)", "Account (Olmos Valley Water District)";
- a heading or a sentence right before the table makes the public body the holder of the accounts that follow: "The
  City of Los Olmos is the customer of record on the following SCE accounts", "The following accounts are held by
  the City", "Accounts held by the Los Olmos Unified School District:", "Streetlight accounts (the City is the
  customer of record)", "La Ciudad es titular de las siguientes cuentas". It covers the first table after it (its
  header's cells, a short note or a caption between).

A third needs no statement: a row of the City's own installations (``installation_row``). A street light, a traffic
signal, a pump or an irrigation controller is billed to the City on an account of its own, and the City lists them by
a circuit's, a pole's or a controller's number and by where they stand, a block ("2300 block of Foothill Ave"), a
crossing ("Garey Ave & Holt Ave") or a median: no one's home. A row that gives a house address is not one of these (a
farm's well pump is a customer's), nor is a row known by its lighting rate alone ("LS-2 | Residential tract 14022": a
tract's lights may be a homeowners' association's, so a statement or a holder's column must say whose they are).

A row that names a person is still judged as a customer's (the callers of ``public_holder_row`` look at its cells).

The City's own facilities answer the same question by the place a row or a line names: a row whose name column holds
the City itself (``held_by_city``), a Facility column's place (``facility_by_column``), and the account detector's
filter of a number in a table of the City's facilities, street lights or accounts, or in a line or a sentence naming
one of its facilities or calling the account the City's (``city_facility``). The tables rules and the account
detector ask this module.

Forms and invoices say it in their fields: a form whose holder is the City ("Payee: City of ...", ``CITY_HOLDS``), or
whose customer-name field names a public agency (``held_by_agency``), an invoice billed to one (``billed_to_agency``),
and the City's own account in a vendor's books (``citys_account_with_vendor``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..base import line_of, sentence_of, text_before, with_line_above
from ..labels import WIDTH
from ..model import Document, Record, Segment
from ..vocabulary import fold, given_names
from .headers import (PLACE_HEADER, header_kind, partys_column, person_role_column, split_words, staff_column,
                      street_lighting_list)
from .lists import CITYS_ACCOUNT_AT_VENDOR, vendors_block
from .persons import given_and_listed_surname, names_in, person_name, speaker_label_end
from .facility_lines import place_lines
from .place_surnames import names_a_place, opens_with_facility
from ..public_contacts import PERSONAL_DOMAINS
from .shapes import (CALLBACK_PHONE, CCA_ITSELF, CITY_FACILITY, CITY_ITSELF, EMAIL_RE, FACILITY_KINDS, FACILITY_NAMED,
                     FACILITY_WORDS, LOCAL_GOVERNMENT, PUBLIC_BODY, facility_names_blanked, names_home_equipment,
                     opens_an_address, person_word, plain_email)

if TYPE_CHECKING:
    from ..numbers import Candidate

# a public body by its name's last words: "City of Los Olmos", "the Town", "Olmos Valley Water District", "Los Olmos
# Unified School District", "Housing Authority of ...", "Los Olmos USD"
_BODY = (rf"(?:the\s+)?(?:{LOCAL_GOVERNMENT}|municipality|borough)(?:\s+of(?:\s+(?-i:[A-Z])[\w'.\u2019-]*){{1,4}})?|"
         # a special district's or an agency's report calling itself by its kind: "(the District is the customer of
         # record)", "accounts held by the Authority:"
         r"(?:the\s+)?(?:district|authority|agency)|"
         r"(?:the\s+)?(?:(?-i:[A-Z])[\w'.\u2019-]*\s+){0,5}"
         r"(?:(?:unified\s+|elementary\s+|high\s+|community\s+college\s+)?school|"
         r"college|water|sanitation|sanitary|irrigation|fire(?:\s+protection)?|park|recreation|transit|utility|"
         r"community\s+services|library|hospital|cemetery)\s+district|"
         r"(?:the\s+)?(?:(?-i:[A-Z])[\w'.\u2019-]*\s+){0,5}"
         r"(?:housing|transit|port|airport|water|joint\s+powers)\s+authority|"
         r"(?-i:[A-Z][A-Za-z]*\s+)?(?-i:USD|CSD|MWD)")
# an account column naming its public holder after the account's word: "SCE account (City of Los Olmos)"
HOLDER_COLUMN = re.compile(rf"(?i)\b(?:acct|account|cuenta)s?\b[^()\[\]]{{0,25}}[(\[]\s*(?:{_BODY}|municipal)"
                            rf"(?:[- ](?:owned|held))?\s*[)\]]")
# an installation of the City's named by a column or a cell: a street light's circuit or pole, a traffic signal or
# beacon, a pump station, an irrigation controller. A signal, a controller or a pump alone is no column's word (a meter
# export's "Signal (dBm)", a rebate's "Pool pump"): only with its number ("Signal ID", "Pump #", "Controller 7")
_INSTALLATION_WORDS = (r"street\s?(?:lights?|lighting)|traffic\s+signals?|luminaires?|poles?|circuits?|"
                       r"(?:irrigation|sprinkler|signal|traffic)\s+controllers?|pump(?:ing)?\s+stations?|"
                       r"lift\s+stations?|alumbrado(?:\s+p[uú]blico)?|sem[aá]foros?|"
                       # the other traffic devices the City powers: "Flashing beacon", "RRFB", "HAWK signal", "School
                       # zone flasher", "Radar speed sign"
                       r"(?:rectangular\s+rapid\s+)?flashing\s+beacons?|rrfbs?|(?:pedestrian\s+hybrid|hawk)\s+"
                       r"(?:beacons?|signals?)|school\s+zone\s+flashers?|(?:radar\s+)?speed\s+feedback\s+signs?|"
                       r"radar\s+speed\s+signs?")
# a sentence or a heading making the public body the holder of the accounts that follow
_HOLDER_STATEMENT = re.compile(
    rf"(?i)\b(?:{_BODY})(?:['\u2019]s)?\s+(?:is|are|remains|has\s+been)\s+(?:the\s+)?"
    r"(?:customer|account[\s-]?holder|holder|owner|ratepayer)(?:\s+of\s+record)?\s+(?:on|for|of)\s+"
    r"(?:the\s+following|these|each\s+of\s+the\s+following|all\s+of\s+the\s+following|the\s+[\w\s]{0,30}?below)\b|"
    r"\bthe\s+following\s+(?:[\w-]+\s+){0,3}accounts\s+(?:are|were)\s+(?:all\s+)?(?:held\s+by|owned\s+by|billed\s+to|"
    rf"registered\s+to|in\s+the\s+name\s+of)\s+(?:{_BODY})|"
    rf"\baccounts\s+(?:held|owned)\s+by\s+(?:{_BODY})\s*:|"
    # the body's own installations' accounts or bills: "the City's SCE bills for its streetlight and traffic signal
    # accounts", "the District's street lighting accounts"
    rf"\b(?:{_BODY})['\u2019]s\s+(?:[\w&-]+\s+){{0,8}}?(?:its\s+)?(?:{_INSTALLATION_WORDS})\s+"
    r"(?:(?:and|&)\s+(?:[\w-]+\s+){0,2}?)?(?:electric(?:ity)?\s+|service\s+|utility\s+)?(?:accounts|bills)\b|"
    # a heading's note on its accounts: "Streetlight service accounts (the City is the customer of record)", "Accounts
    # - City is account holder"
    rf"\baccounts\b[^.\n()]{{0,30}}?[(\u2013\u2014-]\s*(?:{_BODY})\s+is\s+(?:the\s+)?"
    r"(?:customer|account[\s-]?holder|holder|owner|ratepayer)(?:\s+of\s+record)?\s*(?:\)|$)|"
    r"\b(?:la\s+)?(?:ciudad|municipalidad|condado)(?:\s+de(?:\s+(?-i:[A-Z])[\w'.-]*){1,4})?\s+es\s+(?:el\s+|la\s+)?"
    r"(?:titular|cliente)\s+de\s+(?:las\s+siguientes|estas)\s+cuentas")
# a cheap look before the statement's expression
_CUE = ("account", "acct", "cuenta", "of record", "holder", "following")
_BETWEEN = 2  # paragraphs between the statement and the table's first row: a note, a caption
_PARAGRAPH_WORDS = 6  # a paragraph's words, more than a header cell's ("SCE account (City)", "2024 kWh")

_NUMBERED = r"(?:signals?|controllers?|pumps?)\s*(?:id|no\.?|#|number|num)"
# a column of crossings ("Intersection") locates a signal or a light where no one lives: a column's word, no cell's
_INSTALLATION = re.compile(rf"(?i)\b(?:{_INSTALLATION_WORDS}|{_NUMBERED}|intersections?)(?!\w)")
# a cell that is the installation and its number alone ("Traffic signal #14", "Irrigation controller IC-7", "Pump 3"),
# not a note or a rebate's measure ("Pool pump")
_INSTALLATION_CELL = re.compile(rf"(?i)\s*(?:(?:{_INSTALLATION_WORDS})(?:\s*(?:#|no\.?)?\s*[a-z]{{0,3}}-?\d[\w-]*)?|"
                                rf"(?:signal|controller|pump)\s*(?:#|no\.?)?\s*[a-z]{{0,3}}-?\d[\w-]*)\s*")
# a place that is no one's home: a block of a street, a crossing of two, a median or a parkway
_BLOCK = re.compile(r"(?i)\s*\d+\s+(?:hundred\s+)?block\b")
# the columns by which a person is reached or known
_PERSONS_OWN_KINDS = frozenset({"name", "phone", "email", "contact", "identifier"})


def public_holder_rows(document: Document) -> frozenset[int]:
    """The fields (by ``id``) of the records a public body holds: rows under an account column naming it, and the
    rows of the first table after a statement that makes it the holder of the accounts that follow."""
    records = document.records
    record_of = {id(f): number for number, record in enumerate(records) for f in record.fields}
    held: set[int] = set()
    for record in records:
        if any(f.label and HOLDER_COLUMN.search(f.label) for f in record.fields):
            held.update(id(f) for f in record.fields)
        elif installation_row(tuple(f.label or "" for f in record.fields), tuple(f.text for f in record.fields)):
            held.update(id(f) for f in record.fields)
    since, in_table = None, False  # segments since a statement; whether its table has begun
    for segment in document.segments:
        if states_public_holder(segment.text):
            since, in_table = 0, False  # (a sheet's title cell is a row of one cell)
            continue
        number = record_of.get(id(segment))
        if number is not None and len(records[number].fields) > 1:
            if since is not None:
                held.update(id(f) for f in records[number].fields)
                in_table = True
        elif since is not None and (in_table or len(segment.text.split()) >= _PARAGRAPH_WORDS):
            since = None if in_table or since >= _BETWEEN else since + 1  # (a header's cells count for none)
    return frozenset(held)


def installation_row(labels: tuple[str, ...], values: tuple[str, ...]) -> bool:
    """Whether a row lists one of the City's installations (see the module's third way): a column or a cell naming
    a street light, a signal, a pump or a controller (a cell of it and its number alone); no column of a person's;
    and no house address among its cells, only blocks, crossings or places with no number."""
    if not any(_INSTALLATION.search(split_words(label)) for label in labels if label) and not any(
            _INSTALLATION_CELL.fullmatch(value) for value in values):
        return False
    if any(header_kind(label)[0] in _PERSONS_OWN_KINDS for label in labels if label):
        return False
    return not any(opens_an_address(value) and not _BLOCK.match(value) for value in values)


def states_public_holder(text: str) -> bool:
    """Whether ``text`` makes a public body the holder of the accounts that follow (see ``_HOLDER_STATEMENT``)."""
    lowered = text.lower()
    return any(cue in lowered for cue in _CUE) and _HOLDER_STATEMENT.search(text) is not None


def public_holder_row(facts, segment: Segment) -> bool:
    """Whether ``segment`` is a field of a row a public body holds (see ``public_holder_rows``)."""
    return facts is not None and id(segment) in facts.computed(public_holder_rows)


def held_by_city(fields: list[Segment]) -> bool:
    """A row whose name column holds the City itself ("City of Pomona | Mountain Meadows Clubhouse", a CIS export's
    "CITY OF ... | CITY HALL"): the City's own account, whose other name column names its site, not a person (a
    given name and a listed surname there still is one)."""
    return any(f.label and CITY_ITSELF.match(f.text) and header_kind(f.label)[0] == "name" for f in fields)


# a column of the City's own buildings and sites, by its header: "Facility", "Facility Name", "Building"
# (a script's keys and a card's classes run the words together or cut them short: "facilityname", "fac-name", "park-name")
_FACILITY_COLUMN = re.compile(r"(?i)\s*(?:city\s+|municipal\s+)?(?:facility|facilities|fac|building|park)"
                              r"(?:[\s_-]*name)?\s*")


# the last word of a place's name: "Matsuda Garden", "Kimura Hall", "Ortega Field" (a surname and a place word,
# which ``given_and_listed_surname`` reads as a person's: "Garden", "Hall" and "Field" are surnames too)
_PLACE_WORD = re.compile(rf"(?i)\b(?:{FACILITY_WORDS}|gardens?|fields?|trail(?:head)?|yard|"
                         r"station|courts?|gym(?:nasium)?|annex|lots?|building|complex|square|commons|well|tank|"
                         r"garage|depot|arena|theater|theatre|pavilion|playground)\s*$")


def facility_by_column(label: str, value: str) -> bool:
    """Whether a cell names one of the City's places because its column says so ("Facility | Tecolote Trailhead",
    "Facility | Matsuda Garden", whatever words the place is called by, read as a person's name or not): no given
    name and listed surname in it unless a place's word ends it ("Facility | Ana Ruiz" is a person's), nor a listed
    given name before a surname no list holds that reads as a person's ("Facility | Mateo Kalani": a home slipped into
    the City's accounts)."""
    value = value.strip()
    return bool(_FACILITY_COLUMN.fullmatch(label)) and (_PLACE_WORD.search(value) is not None or not (
        given_and_listed_surname(value) or _given_and_unlisted_surname(value)))


def _given_and_unlisted_surname(value: str) -> bool:
    """Two words, a listed given name and a surname the lists may not hold, that read as a person's name."""
    words = value.split()
    return len(words) == 2 and fold(words[0]) in given_names() and person_name(value, strict=True) is not None


# a calendar invitation's people, as a calendar file labels them ("ORGANIZER", "ATTENDEE"), and its place
_INVITATION_LABEL = re.compile(r"(?i)\s*(?:organi[sz]er|attendees?|invitees?)\s*")
_VENUE_LABEL = re.compile(r"(?i)\s*(?:location|venue|where)\s*")


def meeting_venue(field: Segment, fields: Sequence[Segment]) -> bool:
    """Whether ``field`` is the place of a meeting its record invites people to (an appeal hearing's "Location: Council
    Chambers, 100 Civic Center Mall" beside its attendee, the appellant): where they meet, not the City's facility the
    record is about, nor the holder of the account the record gives."""
    return bool(_VENUE_LABEL.fullmatch(field.label or "")) and any(
        _INVITATION_LABEL.fullmatch(f.label or "") for f in fields)


def meeting_hosts(field: Segment, fields: Sequence[Segment]) -> bool:
    """Whether ``field`` gives the organiser of a meeting its record invites people to, or an attendee at the
    organiser's own mail domain (an appeal hearing's hearing officer, at the City's domain like the clerk who sent
    it): the body holding the meeting and its staff, not the member of the public invited. A consumer provider's
    domain is no organisation's."""
    label = field.label or ""
    if not _INVITATION_LABEL.fullmatch(label):
        return False
    if label.strip().lower().startswith("organi"):
        return True
    domains = {_mail_domain(f.text) for f in fields if (f.label or "").strip().lower().startswith("organi")}
    domain = _mail_domain(field.text)
    return bool(domain) and domain in domains and domain not in PERSONAL_DOMAINS


def _mail_domain(text: str) -> str:
    mailbox = EMAIL_RE.search(text)
    return plain_email(mailbox.group()).rpartition("@")[2].lower() if mailbox else ""


def city_facility(candidate: Candidate) -> bool:
    """A row of a table of the City's own facilities ("City Hall | 505 S. Garey Ave. | Premise ID | kWh"), street
    lights (``street_lighting_list``) or accounts (``held_by_city``): its accounts and meters are the City's, published
    on purpose. A field whose name calls it a person's or an address is no facility's cue ("Nicole Park", "10845 Park
    Ave"); a row that names a person is a customer's, and so is the number in a note naming its customer (a street
    light's "Notes": "Resident Ana Ruiz ... PCE acct ...").
    The same in a line of prose, or the number's own cell, that names the facility before the number ("4/2/2025 -
    City Hall: SA ID ..."), or that calls it the City's account, a PDF's wrap between the two too ("... per year on
    City account" / "2-344-101-0099 (LS-1 schedule).")."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    if record is None:
        return (_facility_line(candidate.text, candidate.start) or _holder_stated_before(candidate)
                or _among_the_citys_sites(candidate) or _citys_own_account(*with_line_above(candidate, WIDTH))
                or _row_under_facility_title(candidate) or _facility_named_around(candidate)
                or _facility_sentence(candidate) or _facility_before_bracket(*with_line_above(candidate, WIDTH)[:2]))
    from .tables import names_its_customer  # tables asks this module of its rows: import it once both are loaded
    if names_its_customer(candidate.text):
        return False
    if _row_under_facility_title(candidate):
        return True  # a row under "City facility SCE accounts (City of Pomona account holder):"
    if public_holder_row(candidate.facts, candidate.segment) and not any(
            given_and_listed_surname(field.text.strip()) for field in record.fields if field is not candidate.segment):
        return True  # "SCE account (City of Los Olmos)", or under "The City is the customer of record on the following"
    if _facility_line(candidate.text, candidate.start):
        return True  # the number's own cell names the facility before it: a reference kept beside a customers' table
        # ("Customer | Phone | kWh | | Reference (City load): Civic Center SA 8...") is the City's account, not the
        # row's
    if _citys_own_account(candidate.text, candidate.start, candidate.end):
        return True  # the cell calls it the City's ("SCE bills for City account ... (Corporate Yard)" in a records
        # request's subject): whoever the row names asked for the City's records, and holds no account of it
    if _facility_named_around(candidate) and not any(
            given_and_listed_surname(field.text.strip()) for field in record.fields if field is not candidate.segment):
        return True  # a register's note: "Electric service for City facilities, SCE service account ... (City Hall)"
    if street_lighting_list(tuple(field.label for field in record.fields if field.label)):
        return True
    if _facility_column_sideways(candidate, record):
        return True
    by_city = held_by_city(record.fields)
    cue = False
    for field in record.fields:
        if field is candidate.segment or meeting_venue(field, record.fields):
            continue
        kind = header_kind(field.label)[0] if field.label else None
        if kind == "name" and (_names_facility(field.text) or _names_public_body(field.text)):
            cue = True  # a facility list's "name": "City Hall", "Ganesha Park Pool", or a body the City set up
            continue  # beside itself: "... Public Financing Authority", "Successor Agency to the ... RDA"
        if kind == "name" and names_a_place(field.text.strip()) and _describes_a_building(record.fields):
            cue = True  # a building's profile: "Name: Lowell Hall", "Building type: Community center", "Floor area"
            continue
        if kind == "name" and not CITY_ITSELF.match(field.text) and not (
                by_city and not given_and_listed_surname(field.text.strip())):
            return False  # (the City's own row names its site in a second name column: "City of ... | Clubhouse")
        if field.label and person_role_column(field.label) and (given_and_listed_surname(field.text.strip())
                                                                or _whole_name(field.text)):
            return False  # "Payee: Susan Park", "PARK, EUN-JI": a refund to a person, not a park's account
        if field.label and _REQUEST_TOPIC.fullmatch(field.label):
            continue  # a 311 request's "Streetlight Out", "Park Maintenance": what the caller reports, not whose it is
        if names_home_equipment(field.text):
            continue  # a rebate's measure, "Pool pump", "Well pump": a home's equipment, no City facility
        if kind in (None, "veto", "soft", "name") and (
                _names_city_place(field.text) and not _whole_name(field.text)  # a log's "PARK JI-WOO" is a person
                or place_in_places_column(field)  # "Site: Garfield Hall"
                or field.label and _FACILITY_HEADER.search(field.label) and (
                    not names_in(field.text, anchored=True) or _WORKS_NOUN.search(field.text)
                    or facility_by_column(field.label, field.text))):
            cue = True  # an "Account Holder" column holding "City of Cholla Wells" too; a "Facility" column's
            # "Public Safety Building" or "Common Bandstand", whatever the building is called, or a site named
            # after a street or a person whose noun says it is a place ("Escalon Yard - Fleet Shop")
    # a register's "Electricity - Civic Center SCE Acct", "Southern California Edison - City acct ... (City Hall)"
    return cue or _facility_line(candidate.text, candidate.start) or _citys_own_account(candidate.text, candidate.start,
                                                                                         candidate.end)


# a field that only a building has: its type, its floor area, the year it was built
_BUILDING_FIELD = re.compile(r"(?i)\b(?:building|facility|property)\s+(?:type|use|category)|floor\s+area|"
                             r"square\s+(?:feet|footage)|\bsq\.?\s*ft|gross\s+area|year\s+built\b")


def _describes_a_building(fields: Sequence[Segment]) -> bool:
    """Whether a record's fields describe a building (``_BUILDING_FIELD``): a benchmarking profile's, no person's."""
    return any(_BUILDING_FIELD.search(field.label or "") for field in fields)


def place_in_places_column(cell: Segment) -> bool:
    """Whether a cell under a column of places ("Site", "Location") names a park, a hall or a room ("Garfield Hall",
    "Russell Park"): the namesake's facility, though the words read as a person's name."""
    return bool(cell.label and PLACE_HEADER.search(split_words(cell.label))) and names_a_place(cell.text.strip())


def _names_city_place(text: str) -> bool:
    """Whether ``text`` names one of the City's places (``CITY_FACILITY``), not a street named after a facility's word:
    a 311 request's location "Valley View / Baldwin Park Ave", "Mill Creek Rd" is where the caller reports, no park."""
    return any(FACILITY_NAMED.match(text, found.start()) or not re.fullmatch(rf"(?i){FACILITY_KINDS}", found.group())
               for found in CITY_FACILITY.finditer(text))


_STATED_REACH = 200  # characters back from a number to its line's statement of the accounts' holder


def _holder_stated_before(candidate: Candidate) -> bool:
    """A number its line lists after a statement of the accounts' public holder ("Streetlight electric accounts (the
    District is the customer of record): 2-24-..., 2-87-...", "The City is the customer of record on the following
    accounts: ..."), no person named between the two: the body's, as a table after the statement is."""
    line_start = max(candidate.text.rfind("\n", 0, candidate.start) + 1, candidate.start - _STATED_REACH)
    before = candidate.text[line_start:candidate.start]
    if not any(cue in before.lower() for cue in _CUE):
        return False
    stated = None
    for stated in _HOLDER_STATEMENT.finditer(before):
        pass
    return stated is not None and names_no_person(before[stated.end():])


_SIDEWAYS_ROWS = 8  # rows above and below a number's in a table laid out sideways, read for its column's facility


def _facility_column_sideways(candidate: Candidate, record: Record) -> bool:
    """A table laid out sideways, its fields down the first column and one of the City's facilities a column
    ("Facility | City Hall | Palomares Park" above "SA ID | 8008... | 8004..."): the number's column is a facility's
    when another row, labelled as a facility's or a name's, names one of the City's facilities in it."""
    fields = record.fields
    if fields[0] is candidate.segment or header_kind(fields[0].text.strip().rstrip(":"))[0] is None:
        return False
    column = next((i for i, field in enumerate(fields) if field is candidate.segment), None)
    for other in candidate.facts.records_around(candidate.segment, _SIDEWAYS_ROWS) if column else ():
        if len(other.fields) != len(fields) or other.fields[column].label != candidate.segment.label:
            continue
        row_label, value = other.fields[0].text.strip().rstrip(":"), other.fields[column].text.strip()
        if (_FACILITY_HEADER.search(row_label) or header_kind(row_label)[0] == "name") and (
                _names_facility(value) or CITY_FACILITY.search(value)):
            return True
    return False


def _whole_name(text: str) -> bool:
    """Whether a field's whole value reads as one person's name, as an export writes it ("PARK, EUN-JI", "Eun-ji
    Park"), a given name the Census lists may not hold: no park's name ("Palomares Park") reads so."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    return (offset, offset + len(stripped)) in names_in(text, anchored=True)


# the column of what a service request or a case is about ("Request Type", "Issue", "Problem Category"): a street light
# out or a park's broken fountain names the City's equipment a caller reports, never the holder of the row's account
_REQUEST_TOPIC = re.compile(r"(?i)\s*(?:(?:service\s+)?(?:request|issue|problem|complaint|case|call|incident|ticket)"
                            r"(?:\s+(?:type|sub-?type|category|topic|subject))?)\s*")
# a home's or a firm's name that holds a facility's word ("Park Village Apartments", "Library Lofts"): a customer's
DWELLING_OR_FIRM = re.compile(r"(?i)\b(?:apartments?|apts?|lofts|villas?|condominiums?|condos?|townhomes|homes|"
                               r"estates|manor|mobile home|inc|llc|corp|co)\b\.?")


def _names_public_body(name: str) -> bool:
    """Whether a name field's value is a public body's (``PUBLIC_BODY``: "Oak Hollow Public Financing Authority", a
    school district) and opens with no person's name ("Ana Ruiz, Housing Authority tenant" is a person's)."""
    return PUBLIC_BODY.search(name) is not None and not names_in(name, anchored=True)


def _names_facility(name: str) -> bool:
    """Whether a name field's value is one of the City's facilities ("City Hall", "Pomona Public Library", "Police
    Headquarters"), as a list of the City's buildings names them, and no person ("Nicole Park"), home or firm."""
    return (FACILITY_NAMED.search(name) is not None and not names_in(name, anchored=True)
            and not DWELLING_OR_FIRM.search(name))


# the noun of a site's name, capitalized as a name's part ("Alder Yard", "Fleet Shop", "Baker Depot", a park's
# "Sycamore Ridge Clubhouse", a golf course's "Mountain Meadows Clubhouse"): a place, whatever the words before it, a
# street's or a founder's name, read as a person's
_WORKS_NOUN = re.compile(r"\b(?:Yard|Shop|Depot|Garage|Station|Building|Center|Centre|Plant|Works|Hall|Complex|Annex|"
                         r"Warehouse|Barn|Shed|Reservoir|Tank|Well|Field|Facility|Clubhouse|Pavilion|Gym|Gymnasium|"
                         r"Auditorium|Amphitheat(?:er|re)|Pool|Playground|Museum|Theat(?:er|re)|Stadium|Course)s?\b")
# a column of the City's or the Town's own buildings and sites, by its header
# (not a building's permit or inspection: "Related building permit (if any)" of a customer's form names no facility)
_FACILITY_HEADER = re.compile(r"(?i)\b(?:facility|facilities|building(?!\s+(?:permit|inspection|code|official|plan))|"
                              r"municipal site|city site|town site|instalaci[oó]n(?:es)?|edificios?)\b")


def names_no_person(text: str) -> bool:
    """Whether a line (a row) names no person: no customer's or pronoun's word, no title, no name, no number to call
    someone back at ("cb 951-... - TRUONG @ 15850 S Loma Alta Dr re: streetlight out / SCE ...": a resident's
    report)."""
    text = _staff_names_blanked(text)
    return (person_word(text) is None and not names_in(text, anchored=True)
            and CALLBACK_PHONE.search(text) is None)


# a name after a label of its own in a line: "(tech: James Carrasco)", "Inspector: Ana Ruiz"
_LABELLED_NAME = re.compile(r"(?P<label>[A-Za-z][A-Za-z ]{0,24}?)[ \t]*:[ \t]*"
                            r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t][A-Z][\w'\u2019.-]*){0,3})")


def _staff_names_blanked(text: str) -> str:
    """The line with the names its staff's labels give blanked, the same length: a work order's "(tech: James
    Carrasco)", a log's "Inspector: Ana Ruiz" name who did the work, no one the line is about."""
    return _LABELLED_NAME.sub(lambda m: m.group() if not staff_column(m["label"]) else
                              m.group()[:m.start("name") - m.start()] + " " * len(m["name"]), text)


# one of the City's facilities named in brackets right after the number, or its facilities as a whole before it: a
# warrant register's "Electric service for City facilities, SCE service account 3-555-171-4486 (City Hall)."
_FACILITY_BRACKETED = re.compile(rf"[ \t]*\((?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){{0,3}}(?i:{FACILITY_KINDS})\b"
                                 r"[^()\n]{0,40}\)|"
                                 # or after a dash, as a register's description gives the site the bill is for
                                 # ("Electric svc acct ... - Dobbins Park lights", "... - Well No. 4"): a park named
                                 # after a person is the City's still, a person's name alone ("- Ana Park") reads as
                                 # the line's person
                                 rf"[ \t]+[-\u2013\u2014][ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019.-]*[ \t]+){{0,3}}"
                                 rf"(?i:{FACILITY_KINDS})\b|"
                                 # or after "at", the site where a work order's meter was worked on: "replaced Meter #
                                 # 30782657 at Fire Station 3" ("at 12 Elm St" is a home's, no facility's kind)
                                 rf"[ \t]+at[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){{0,3}}(?i:{FACILITY_KINDS})\b")
_CITY_FACILITIES = re.compile(r"(?i)\b(?:city|town|county|municipal)[ \t]+(?:facilities|buildings|sites)\b")


def _facility_named_around(candidate: Candidate) -> bool:
    """A number the line gives as one of the City's facilities' (see ``_FACILITY_BRACKETED``: in brackets or after a
    dash right after it), in a line that names no person."""
    text, start = candidate.text, candidate.start
    line_start = text.rfind("\n", 0, start) + 1
    if not (_FACILITY_BRACKETED.match(text, candidate.end)
            or _CITY_FACILITIES.search(text, max(line_start, start - 120), start)):
        return False
    line = line_of(text, start)
    return names_no_person(line)


# the bracket an account opens right after the name of what holds it: "City Hall (SCE account 3-19-...)", "Fire Station
# 2 (SCE service account ...)", its street between them too ("the Civic Center at 505 E. Holt Ave (SCE account ...)");
# its label's words before the number
# (its street may come first in the bracket: "City Hall meter (100 Civic Center Mall, SCE account ...)")
_BRACKET_BEFORE_NUMBER = re.compile(r"(?P<holder>(?:(?:[A-Za-z][\w'\u2019.-]*|\d{1,3}(?=[ \t]+[a-z]))[ \t]+){1,4}?)"
                                    r"(?:at[ \t]+\d{1,6}[ \t]+(?:[A-Za-z][\w'\u2019.-]*[ \t]+){1,5}?)?"
                                    r"(?:(?i:no\.?)[ \t]*)?\d{0,3}[ \t]*"
                                    r"\([ \t]*(?:\d{1,6}[ \t]+[A-Za-z][^()\n,;]{1,40},[ \t]*)?"
                                    r"(?:[A-Za-z][\w.'\u2019-]*[ \t]+){0,4}(?:(?i:no\.?|number|#|:)[ \t]*)?$")
# ... or set off by a comma after the name, as a speaker reads it out: "for example the Aquatics Center, SCE account
# 7-46-..., used ...", "Fire Station 3, service account no. ..."
_APPOSITION_BEFORE_NUMBER = re.compile(r"(?P<holder>(?:(?:[A-Za-z][\w'\u2019.-]*|\d{1,3}(?=[ \t]+[a-z]))[ \t]+){0,3}?"
                                       r"[A-Za-z][\w'\u2019.-]*)(?:[ \t]+\d{1,3})?,[ \t]*"
                                       r"(?!(?:[A-Za-z]+[ \t]+){0,3}(?i:my|our|his|her|their|your)\b)"
                                       r"(?:[A-Za-z][\w.'\u2019-]*[ \t]+){0,3}(?i:acct|account|meter|sa[ \t]?id)\.?[ \t]*"
                                       r"(?:(?i:no\.?|number|#|:)[ \t]*)?$")
# a public agency named right before the bracket, as a budget or a report names the holders of accounts it lists:
# "Pomona Unified School District (Acct. ...)", "Three Valleys Municipal Water District (SCE account ...)"
_PUBLIC_BODY_HOLDER = re.compile(rf"(?i)(?<![\w'\u2019-])(?:{_BODY})[ \t]*$")
# the supply's word after the facility's name: "City Hall meter (...)", "Fire Station 2 service (...)"
_SUPPLY_WORD = re.compile(r"(?i)meters?|service|account|electric(?:ity)?")


_NEAR_WORDS = ("by", "near", "behind", "beside", "across", "from", "past", "off", "opposite", "next", "to")
# the roles a member of the public is named with in a staff report or a note, before a name ("appellant Ana Park")
_PERSONS_ROLE = re.compile(r"(?i)appellants?|complainants?|applicants?|claimants?|petitioners?|callers?|requesters?|"
                           r"requestors?|subscribers?|payors?|enrollees?")
# what a person does, said right after the bracket closes: "Ana Park (acct 3-114-...) called / asked / wrote"
_PERSONS_DEED_AFTER = re.compile(r"[^()\n]{0,40}\)[ \t]*,?[ \t]*(?:has[ \t]+|had[ \t]+|then[ \t]+|also[ \t]+)?"
                                 r"(?:called|asked|wrote|e-?mailed|phoned|complained|requested|disputed|says|said|"
                                 r"stated|visited|appealed|objected|reported|contacted)\b")


def _facility_before_bracket(text: str, start: int) -> bool:
    """Whether the number at ``start`` opens a bracket right after one of the City's facilities' names (or follows
    the name and a comma, ``_APPOSITION_BEFORE_NUMBER``), which holds the account whoever the sentence's speaker is ("Staff member Ana Ruiz noted that City Hall (SCE account ...)
    used 171,148 kWh"), unless a given name alone stands before its kind's word ("Ana Park (SCE account ...)": a
    person)."""
    bracket = _BRACKET_BEFORE_NUMBER.search(text, max(0, start - 90), start)
    apposition = bracket is None and _APPOSITION_BEFORE_NUMBER.search(text, max(0, start - 90), start)
    if apposition:
        said = apposition["holder"]
        if names_in(said, anchored=True) or person_word(said) or any(
                fold(w) in given_names() for w in said.split()[:-1] if w[:1].isupper()):
            return False  # "Customer Hye-jin Park, SCE account ...": a person whose surname is a place's word
        bracket = apposition
    if bracket is None:
        return False
    if _PUBLIC_BODY_HOLDER.search(bracket["holder"]) and not _PERSONS_DEED_AFTER.match(text, start):
        return True  # "Pomona Unified School District (Acct. 2-...)": a public agency's own account; not "Ana Ruiz of
        # the Water District (acct ...) disputed ...", a person's
    holder = bracket["holder"].split()
    if len(holder) > 1 and _SUPPLY_WORD.fullmatch(holder[-1]):
        holder = holder[:-2] if holder[-2].isdigit() else holder[:-1]  # "Fire Station 4 meter": its number too
    kind = next((i for i in range(len(holder) - 1, -1, -1) if FACILITY_NAMED.fullmatch(" ".join(holder[i:]))
                 or FACILITY_NAMED.fullmatch(holder[i])), None)
    if kind is None:
        return False
    before = holder[:kind]
    capitalised = list(reversed([w for w in reversed(before) if w[:1].isupper()]))  # "Senior", "City", "Ana"
    if any(w.rstrip(".").lower() in ("mr", "ms", "mrs", "miss", "mx", "dr") for w in before[-3:]):
        return False  # "Ms. Rosa Park (account ...)"
    if any(w.lower() in _NEAR_WORDS for w in before[-2:]):
        return False  # "I live by the Civic Center, account ...": a home near the facility
    one_word = len(capitalised) == 1 and len(before) >= 1 and before[-1] == capitalised[-1]  # "Ana Park", "Lincoln Park"
    cued = len(before) >= 2 and kind == len(holder) - 1 and before[-1][:1].isupper() and (
        person_word(before[-2]) or _PERSONS_ROLE.fullmatch(before[-2]))
    if cued:
        return False  # "Customer Chidi Park (SA ...)", "appellant Jae-won Park (account ...)": a person named after the
        # word for one, whatever the given name (a park is named without one: "Lincoln Park (account ...)")
    if one_word and _PERSONS_DEED_AFTER.match(text, start):
        return False  # "Oluwaseun Park (acct ...) called to ask ...": a person does what follows the bracket; a park
        # uses its kWh
    return not (one_word and fold(capitalised[0]) in given_names())  # "Ana Park": a person; "Dolores Huerta Park" a place


# a number, then what it used: "Aquatics Center, SCE account 7-46-754-6249, used 243,990 kWh", "(SCE account ...) used"
_NUMBER_THEN_USED = re.compile(r"(?i)(?P<number>\d[\d -]{5,18}\d)\)?,?[ \t]+(?:which[ \t]+|that[ \t]+)?"
                               r"(?:used|consumed|drew|uses)[ \t]+(?:about[ \t]+|approximately[ \t]+|roughly[ \t]+)?$")


def facilitys_account_used(text: str, start: int) -> bool:
    """Whether the consumption figure at ``start`` is what the account right before it used, an account one of the
    City's facilities holds (``_facility_before_bracket``): "for example Aquatics Center, SCE account ..., used
    243,990 kWh", in a caption's running text where no sentence ends between the staff member who says it and it."""
    number = _NUMBER_THEN_USED.search(text, max(0, start - 60), start)
    return number is not None and _facility_before_bracket(text, number.start("number"))


def _among_the_citys_sites(candidate: Candidate) -> bool:
    """Whether the value's line opens with a hall's or a park's name in a list of the City's sites (``place_lines``:
    "Harold Hall (SCE account ...)" beside "City Hall (SCE account ...)")."""
    if candidate.facts is None:
        return False
    line_start = candidate.text.rfind("\n", 0, candidate.start) + 1
    return (id(candidate.segment), line_start) in candidate.facts.computed(place_lines)


# the number's own label when it says "customer" ("Water Customer # 0216495-175", "Cust. No."): the account's kind, as
# a billing system calls its accounts, no person the line is about
_CUSTOMER_NUMBER_LABEL = re.compile(r"(?i)\b(?:customer|cust\.?)[ \t]*(?:#|no\.?|number|id)[ \t]*[:#]?[ \t]*$")


def _facility_line(text: str, start: int) -> bool:
    """A line of prose that names one of the City's facilities before the number and no person anywhere in it
    ("4/2/2025 - City Hall: SA ID 8732983588 meter swap complete; contact Facilities (909) 620-2361"), the number's
    own "Customer #" label aside: a facility log's line, like a row of the facility tables. "Ana Ruiz, City Hall Ave,
    SA ID ..." names a person."""
    line_start = text.rfind("\n", 0, start) + 1
    line = line_of(text, start)
    at = start - line_start
    label = _CUSTOMER_NUMBER_LABEL.search(line, 0, at)
    return ((FACILITY_NAMED.search(line, max(0, at - 120), at) is not None or opens_with_facility(line))
            and names_no_person(line[:label.start()] + line[at:] if label else line))


# where a sentence or a clause ends: its stop, "?", "!" or ";" before the next word's capital or "the" (not an
# initial's or a title's point, "Min-jae K. Park", "Dr. Ruiz", nor a numbered facility's "No. 3")
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)[.!?][\"')\u201d]*\s+"
                         r"(?=[A-Z\u00c0-\u00de]|the\b)|;\s|\n\s*\n")
_SENTENCE_LINES = 3  # lines above the number's, at most, that its sentence may begin on (a wrapped PDF or text line)
_FACILITY_REACH = 150  # characters back from the number to the facility its sentence names


def _facility_sentence(candidate: Candidate) -> bool:
    """A sentence (or a clause of it) that names one of the City's facilities before the number and no person, where
    the sentence runs over wrapped lines: "The City's own Eastgate Pump Station, 410 Alder Road (SCE service
    account" / "3-021-4471-09) also tripped offline". A line-by-line reading (``_facility_line``) sees only the
    number's line, and a paragraph's other sentences may name the people a staff report or a minute is about; the
    clause of the account names no one."""
    text, start = candidate.text, candidate.start
    before = text[:start]
    if candidate.facts is not None:
        for above in candidate.facts.lines_above(candidate.segment, _SENTENCE_LINES):
            before = above.text + "\n" + before
            if _CLAUSE_END.search(above.text):
                break
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    clause_start += speaker_label_end(before[clause_start:])  # "Douglas Amankwah: The Library's ...": who speaks
    clause = before[clause_start:]
    end = _CLAUSE_END.search(text, candidate.end)
    clause += text[start:end.start() if end else len(text)]
    if FACILITY_NAMED.search(clause, max(0, len(before) - clause_start - _FACILITY_REACH)) is None:
        return False
    return names_no_person(facility_names_blanked(clause))


# the City named as the account's holder right before it: "City acct", "City's SCE account", "Municipal account no.",
# "the City's customer account" (its possessive: a "City customer account" may be a resident's with a city utility)
_CITYS_OWN_LABEL = re.compile(rf"(?i)\b(?:{LOCAL_GOVERNMENT}|municipal)(?:(?:'s|\u2019s)?\s+(?:[a-z]{{2,6}}\s+)?|"
                              r"(?:'s|\u2019s)\s+(?:customer|service|utility|electric)\s+)"
                              r"(?:acct|account)s?\.?\s*(?:(?:no|number|nbr)\.?\s*)?#?\s*:?\s*$")


# a bracket calling an account the City's, in the languages of its pages: "(City account)", "(cuenta de la Ciudad)",
# "(tài khoản của Thành phố)"
_CALLED_CITYS = (rf"[ \t]*\([ \t]*(?:(?:the[ \t]+)?(?:{LOCAL_GOVERNMENT})(?:'s|\u2019s)?[ \t]+(?:acct|account)"
                 r"|cuenta[ \t]+(?:de[ \t]+la|del)[ \t]+(?:ciudad|municipio|condado)"
                 r"|t\u00e0i[ \t]+kho\u1ea3n[ \t]+c\u1ee7a[ \t]+(?:th\u00e0nh[ \t]+ph\u1ed1|qu\u1eadn))\.?[ \t]*\)")
# a place's name before such an account, whatever its first word ("Garfield Park", "Helen Hall"): the City's place
_PLACE_NAMED = re.compile(rf"[A-Z][\w'\u2019-]*[ \t]+(?i:{FACILITY_WORDS}|yard|garage)\b")
# ... or as its holder right after it: "SCE account 8007291129, held by the City of Pomona", "(in the name of the City)"
_CITYS_OWN_AFTER = re.compile(r"(?i)[ \t]*[,(]?[ \t]*(?:(?:which|that)[ \t]+is[ \t]+)?(?:held|owned|registered|billed)"
                              rf"[ \t]+(?:by|to)[ \t]+the[ \t]+(?:{LOCAL_GOVERNMENT})\b"
                              r"|[ \t]*[,(]?[ \t]*in[ \t]+the[ \t]+name[ \t]+of[ \t]+the[ \t]+"
                              rf"(?:{LOCAL_GOVERNMENT})\b"
                              # or in brackets by the City's name, its rate after it: "Customer Account 2-23-456-7890
                              # (City of Rialto Heights, LS-1)"
                              rf"|[ \t]*\([ \t]*(?:the[ \t]+)?(?:{LOCAL_GOVERNMENT})[ \t]+of[ \t]+(?-i:[A-Z])"
                              r"[\w'.\u2019-]*(?:[ \t]+(?-i:[A-Z])[\w'.\u2019-]*){0,3}[ \t]*(?=[,;)])"
                              r"|(?P<called>" + _CALLED_CITYS + ")")


_CUSTOMER_ACCOUNT_LABEL = re.compile(r"(?i)\bcustomer[ \t]+(?:account|acct)\.?[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*$")


def _citys_own_account(text: str, start: int, end: int) -> bool:
    """An account the line says is the City's own ("Southern California Edison - City acct 2-24-... (City Hall)", a
    check register's payee, "export for the City's customer account ...", "account ..., held by the City of ..."), in
    a line that names no person besides the label: the City publishes what it pays for its facilities."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _CITYS_OWN_LABEL.search(text, max(line_start, start - 40), start)
    if label is None:
        held = _CITYS_OWN_AFTER.match(text, end)
        if held is None:
            return False
        # the number's own label says "customer" of whoever holds it, the City here: "billed under Customer Account
        # 2-23-... (City of ...)"
        before = _CUSTOMER_ACCOUNT_LABEL.sub(" ", text[line_start:start])
        if held["called"]:  # "SCE account of Garfield Park: ... (City account)": the park named is the City's
            before = _PLACE_NAMED.sub(" ", before)
        line_end = text.find("\n", held.end())
        return names_no_person(before + text[held.end():len(text) if line_end < 0 else line_end])
    line = line_of(text, start)
    at = label.start() - line_start
    return names_no_person(line[:at] + line[at + len(label.group()):])  # the label's "customer" is the City


# a table's title that says it lists the City's own accounts: "City Facility Electric Accounts", "Municipal
# Accounts", "City-Owned Facilities"; not a program's ("Facility upgrades for customers")
_FACILITY_TITLE = re.compile(r"(?i)\b(?:city|town|county|municipal)(?:[- ]owned)?\s+(?:facilit(?:y|ies)|buildings?|"
                             r"sites?|(?:(?:electric(?:ity)?|utility|energy|street[- ]?light(?:ing|s)?)\s+)?"
                             r"accounts)\b|"
                             # the City by its name: "All are City of Mesa Linda accounts", "Town of Alder streetlight
                             # accounts"
                             rf"\b(?:{LOCAL_GOVERNMENT})\s+of\s+(?:(?-i:[A-Z])[\w'.-]*\s+){{1,4}}"
                             r"(?:(?:electric(?:ity)?|utility|energy|sce|street[- ]?light(?:ing|s)?)\s+)?accounts\b|"
                             # and in Spanish: "Instalaciones municipales", "cuentas de la Ciudad de Pomona"
                             r"\b(?:instalaciones|edificios|cuentas)\s+municipales\b|"
                             r"\bcuentas\s+(?:propias\s+)?de\s+la\s+(?:ciudad|municipalidad)\b")
_TITLE_LINE = 150  # a heading or a caption, not a paragraph
# a heading's cells at most ("City Facility Accounts | Page 2"): a row of more cells is a table's own, whose description
# may name the City's facilities ("Southland Gas | CITY FACILITIES GAS - MAY | 101-2210 | $11,240.73", a warrant
# register's) without titling the rows after it, a resident's refund among them
_TITLE_CELLS = 2


def _facility_table_rows(document: Document) -> set[int]:
    """The rows (by ``id``) of the tables laid out as lines under a title that says they list the City's own
    facilities or accounts, or under a header line whose first column is the facility's ("Facility | Service Address
    | SCE Account | Annual kWh" of a solar bid's candidate sites), up to the table's end (its first line that is no
    row), on the title's page. A row of cells (_TITLE_CELLS tabs or more) titles nothing. A row read as a table's
    cells, each its own segment labelled by its column, is a row too (a PDF's lines under a title, read as the columns
    of the table above it: "Civic Center" under "Account", its number under "Description")."""
    rows, titled_page, stated, above = set(), None, 0, ""
    for segment in document.segments:
        page, text = segment.location.page, segment.text
        line_above, above = above, text[-_TITLE_LINE:]
        if ("\t" in text or _table_cell(segment)) and titled_page is not None and page == titled_page:
            rows.add(id(segment))
            stated = 0
        elif len(text) <= _TITLE_LINE and (text.count("\t") < _TITLE_CELLS and _FACILITY_TITLE.search(text)
                                           or _facility_header_line(text)):
            titled_page = page
        elif "\t" not in text and (states_public_holder(text) or states_public_holder(f"{line_above} {text}")):
            # "The City of ... is the customer of record on the following", a PDF's line break anywhere in it
            titled_page, stated = page, _STATEMENT_WRAP
        elif stated and titled_page == page:
            stated -= 1  # the statement's sentence wrapped onto its next line: "SCE accounts (Public Works)."
        else:
            titled_page, stated = None, 0
    return rows


_STATEMENT_WRAP = 2  # lines a statement of the City's accounts may run on before its table


def _table_cell(segment: Segment) -> bool:
    """A cell of a table's row, labelled by its column ("column Description")."""
    return bool(segment.label) and (segment.location.element or "").startswith("column ")


def _facility_header_line(text: str) -> bool:
    """A table's header line, its cells apart by tabs and worded without figures, whose first column names the
    facility each row is about ("Facility", "Facility Name", "Building", "City Site") or that heads a street-light
    inventory ("Pole | Location | Rate | SCE Account": ``street_lighting_list``), or whose account column names
    the City as its holder ("SCE account (City)", "Account (City-owned)"; its other columns may name a year: "FY24
    kWh")."""
    cells = text.split("\t")
    return len(cells) >= 3 and (
        (_FACILITY_HEADER.fullmatch(re.sub(r"(?i)\s+name$", "", cells[0].strip())) is not None
         or street_lighting_list(tuple(cell.strip() for cell in cells)))
        and not any(c.isdigit() for c in text) or any(HOLDER_COLUMN.search(cell) for cell in cells))


def _row_under_facility_title(candidate: Candidate) -> bool:
    """A row of a table titled as the City's facility accounts ("City Facility Electric Accounts"), or headed by a
    facility column, that names no person, home or firm: its "Water Treatment – Pedley", "Reservoir 5 Booster" or
    "Corporate Yard" is the City's, whatever the plant or site is called."""
    if candidate.facts is None or id(candidate.segment) not in candidate.facts.computed(_facility_table_rows):
        return False
    record = candidate.facts.record_of(candidate.segment)
    row = "\t".join(field.text for field in record.fields) if record else candidate.text
    return names_no_person(row) and not DWELLING_OR_FIRM.search(row.split("\t")[0])


# a form's holder of the account named as the City ("Account holder: City of Pomona", "Payee: the City of ..."): the
# City's own remittance details laid out as a form
CITY_HOLDS = re.compile(r"(?i)\b(?:account holder|holder|name on account|beneficiary|payee|pay to|payable to)\b\W*"
                        rf"(?:the\s+)?(?:{LOCAL_GOVERNMENT})\s+of\b")
FORM_BLOCK = 8  # lines of a form above a field, one field a line, that may name whose form it is


# an invoice or statement a vendor addressed to a public agency: its "Customer No." is the agency's account in the
# vendor's books ("Bill to: City of Pomona, Accounts Payable ... Customer No. C6748-POM"), posted with warrant registers
_BILLED_TO_AGENCY = re.compile(r"(?i)\b(?:bill(?:ed)?|sold|invoiced?|ship(?:ped)?)\s+to\s*:?\s*(?:the\s+)?"
                               rf"(?:(?:{LOCAL_GOVERNMENT}|state)\s+of\s+[A-Z]|"
                               r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+(?:unified\s+school|school|water|sanitation|"
                               r"fire\s+protection|transit)\s+district\b)")
_BILL_TO_REACH = 2  # lines above the label: an invoice's "Bill to" block sits right above its numbers


def billed_to_agency(candidate: Candidate) -> bool:
    """Whether the value's text before it, or a line right above it, addresses the invoice to a public agency (see
    ``_BILLED_TO_AGENCY``)."""
    lines = [text_before(candidate.text, candidate.start, 300)]
    if candidate.facts is not None:
        lines += [above.text for above in candidate.facts.lines_above(candidate.segment, _BILL_TO_REACH)]
    return any(_BILLED_TO_AGENCY.search(line) for line in lines)


# a form's customer-name label and its value's start ("Customer Name (as shown on bill):\tCity of Pomona - Public
# Works")
_CUSTOMER_NAME_FIELD = re.compile(r"(?i)\b(?:customer|account\s+(?:holder|name)|applicant)(?:'?s)?(?:\s+name)?\b[^:\n\t]{0,40}:"
                                  r"[ \t]*(?P<value>[^\t\n]*)")
_AGENCY_AS_CUSTOMER = re.compile(rf"(?i)\s*(?:the\s+)?(?:{LOCAL_GOVERNMENT}|state)\s+of\s+\S")


def held_by_agency(candidate: Candidate) -> bool:
    """Whether the nearest customer-name field above the number on its form names a public agency ("Customer Name:
    City of Pomona - Public Works Yard" over "Service Account Number: ..."): an application the City filled in for
    its own site gives its own account and meter, which it publishes with its facilities; a CCA's own ("Account name:
    Pomona Choice Energy" over "Account number: ..." on its payment instructions) too."""
    if candidate.facts is None:
        return False
    for above in candidate.facts.lines_above(candidate.segment, FORM_BLOCK):
        field = _CUSTOMER_NAME_FIELD.search(above.text)
        if field:
            return bool(_AGENCY_AS_CUSTOMER.match(field.group("value")) or CCA_ITSELF.fullmatch(field.group("value")))
    return False


def citys_account_with_vendor(candidate: Candidate) -> bool:
    """A number under a field that calls it the City's account in a vendor's books ("City customer no. with vendor |
    8821774607", ``CITYS_ACCOUNT_AT_VENDOR``), or a customer or account number in a vendor's block (``vendors_block``):
    the City's own account with its vendor, no customer's."""
    before = text_before(candidate.text, candidate.start, WIDTH + len(candidate.label or ""))
    if CITYS_ACCOUNT_AT_VENDOR.search(before) or CITYS_ACCOUNT_AT_VENDOR.search(candidate.segment.label or ""):
        return True
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    return record is not None and vendors_block([f for f in record.fields if f is not candidate.segment]) and not (
        _customers_account_told_in_cell(candidate))


def _customers_account_told_in_cell(candidate: Candidate) -> bool:
    """A number labelled in a free-text cell of a vendor's or a contractor's row that the cell gives as a person's
    account ("Sized to owner's SCE bill: annual usage 11,066 kWh, SCE svc acct 3-841-9411-95 (in name of ...)" in
    a permit's Description beside its contractor): the customer's account the cell tells of, not the City's in the
    firm's books."""
    if not candidate.label_in_text or not candidate.segment.label:
        return False
    sentence = sentence_of(candidate.text, candidate.start)
    return (_PERSONS_OWN.search(sentence) is not None or _IN_NAME_OF.match(candidate.text, candidate.end) is not None
            or partys_column(candidate.segment.label) and bool(names_in(candidate.text[:candidate.start], anchored=True))
            ) and not CITY_ITSELF.search(sentence)


# a person whose account a cell tells of: "owner's SCE bill", "the tenant's", "her account" (not "customer", which a
# vendor's row says of the City: "Customer No. 88217746, net 30")
_PERSONS_OWN = re.compile(r"(?i)\b(?:(?:home)?owner|resident|tenant|occupant|applicant)['\u2019]s\b|"
                          r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:bill|account|acct|meter|usage)\b")
# the holder named after an account: "(in name of Ana Ruiz)", ", in the name of the owner"
_IN_NAME_OF = re.compile(r"[ \t]*[,(]?[ \t]*(?:in|under)[ \t]+(?:the[ \t]+)?name[ \t]+of[ \t]+"
                         r"(?!the[ \t]+(?:city|town|county))")
