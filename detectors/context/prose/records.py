"""Records in running text: case notes, lists of payment arrangements or assistance applicants, personnel
notices, billing examples built from a real customer, wherever they are (a paragraph, a comment, a line of
a PDF, a Word paragraph). No table, header or "Customer:" label needed.

A person's name in the same paragraph, list item or short block (lines that run on, up to a few on either
side) as a personal identifier the identifier detectors found (an account number, an SSN, an ITIN) is a
customer record ("Applicant Jane Doe, ITIN 9xx-7x-xxxx, 410 Example St"), and so is a name the text calls
a customer next to their address, phone, mailbox or usage ("Spoke with the customer, Ana Ruiz, at 1234 N.
Example Ave ... callback 909-555-0142"), and a name beside a consumption figure and a street address, phone
or mailbox ("Ana Ruiz at 1234 W Holt Ave used 640 kWh", "Ana Ruiz, 909 555 0142, 640 kWh"), a name whose own
use the sentence tells ("Ana Ruiz used 1,204 kWh", "Wei Zhang went from 336 to 2,307 kWh"), and a name
beside contact details in a note that says they come from the customer or billing system ("copied from CIS:
Ana Ruiz / 909-555-0142"), and a name beside a home or contact details and their own bill or meter ("Mrs. Haddad
of 517 E Phillips Blvd says her bill doubled"; a testimonial's "her bill fell by half" names no home). Every
field of the record is reported: the names, the street addresses, the phones, the mailboxes and the usage
figures in it.

Also records: a resident's name followed straight by their street address or phone and the other in the same
clause, as callback lists and service tickets give them ("Robert Ayala (2483 Elk Meadow Dr) called in ..., call
back at (720) ..."); the lines after a record that go on with its case by the customer's surname or "the
account" ("2. ... the account recorded 612 kWh"); the turns of a chat visitor who gives an identifier in one of
them ("Visitor: 3988 e. alvarado st"); and a writer's "my name is ... and I live at ..." above their account. A
customer the text names is the customer again where it writes their title and surname ("Hello Ms. Ruiz," over her
quoted message). A grievance report's party, named once where it opens ("a grievance filed by Ana Ruiz"), is the
customer whose account a later sentence gives by a pronoun ("His account, number ..."); and a customer story that
opens on its figures names its person after them ("From 1,195 kWh down to 305 kWh: that is the story of Ana Ruiz").

Not records: officials, staff and firms' contacts (a title or role beside the name: "Mayor", "Prepared by",
", Senior Planner"), the City's own contacts and public places in the same text, and on a page addressed to
a public body anything that no identifier or usage figure ties (a public comment is a public record).
"""
from __future__ import annotations

import re
from itertools import accumulate
from typing import Iterator, NamedTuple

from ...labels import (CALL_BACK_WORDS, HOUSEHOLD_CONTACT_BEFORE, OTHER_LABELS, has_stand_in, is_date,
                       is_ledger_account, stands_in)
from ...model import Location, Segment
from ...public_contacts import FACILITY_CUE, PERSONAL_DOMAINS, to_e164
from ...streets import DIRECTIONS, SUFFIXES, alternation
from ...translations import phrases_for
from ...vocabulary import common_word, fold, given_names, name_like, surnames
from ..plural_families import acting_families
from ..analysis import Analysis, Line, facilitys_use, joined_by_bars, page_of
from ..cues import (ACCOUNT_WORDS, BILL_WORDS, CLOSING_RE, METER_WORDS, OWN_BUSINESS_RE, PUBLIC_PROCESS, SALUTATION_RE,
                    SENTENCE_END, contact_to_call, invited_contact, to_customers_at_large, EMAIL_HEADER_LINE)
from ..headers import header_kind
from ..history import public_story, tells_history
from .. import lists
from ..lists import trade_name
from ..holder_names import addressee_over_care_of
from ..public_people import in_a_role, of_another_kind, public_commenter, staff_speaking
from ..public_roles import tells_candidacy
from ..persons import (CUSTOMER_LIST, SAYS_NAME_BEFORE, HOLDS_ACCOUNT_AFTER, NAME_TO_ROLE, NAMED_AS, NOT_PERSON,
                       ROLE_QUALIFIER, called_customer, called_party, couple_start, family_names,
                       given_names_and_initials, holders_bracketed_after_accounts, holders_of_bracketed_accounts,
                       lower_titled_surnames, name_after_role, name_before_identifier, name_before_own_call,
                       name_before_role, name_spelt_in_email, named_by_role, named_officially, names_an_official,
                       names_in, note_items_customer, without_utility_name, person_name, quoted_author, spoken_name)
from ..letters import letterhead_address
from ..place_surnames import names_a_place, person_by_role
from ..notes import logs_author
from ..speakers import OWN_UTILITY, READS_THE_ACCOUNT, turn_openings
from ..shapes import (ADDRESS_RE, BANK_ROUTING, COLUMN_GAP, EMAIL_RE, ESI_ID, address_across, consumption_spans,
                      dialable_beside_account, phone_across, phone_spans, property_parcel, spelt_number_spans,
                      spelt_phone_spans, street_addresses)
from .blocks import ITEM, cue_in, same_block
from .customer_stories import stories_told_of, story_subjects
from .headings import HEADING_ELEMENT, possessives
from .homes import (CLAUSE, CLAUSE_END, HOME_AFTER_NAME, PHONE_WORDS, home_and_phone, home_and_phone_with, is_a_home,
                    personal_mailbox, public_ones_left_out, self_introduced, signed_with_home)
from .invitations import ASK_STAFF, INVITATION_REACH, firms_contact, invited_to_call, office_line, offices_invitation
from .land_use import land_use_application, land_use_party, permit_holders, utility_matter_near
from .own_use import (CHANGED, CUT_USE, EXPORTED_AFTER_NAME, HISTORY_OF, OWN_USE, TELLS_USE, USED, USE_APPOSED,
                      left_out_of_usage_average, usage_of)
from .places import (OWN_CONTACT_WORDS, STREET_AFTER, TITLED, city_of_an_address, clause_going_on, family_named,
                     names_facility, own_contact_beside, place_after_a_preposition, providers_named,
                     speaker_telling_of_another, street_named, tail_of_a_place, town_named)
from .reach import HOLDERS, MAX_LINES, RECORD_MARK, SIGNED_OFF, SIGN_OFF_TAIL, TIMED_ENTRY, scope
from .sentences import (ABBREVIATION_BEFORE, ABBREVIATION_CHARS, BUSINESS, CALENDAR_WORDS, NAME_WORD, ORGANIZATION,
                        SAME_CASE, names_another, open_sentence_above, runs_on_from_above, sentence_bounds,
                        sentence_opening)
from .utility_stories import (BRACKET_AFTER, OWN_UTILITY_BILL, RELIEF_TOLD, SERVED_BY, UTILITY_STORY, followed_up,
                              homes_in_utility_story, mailbox_owners_bracketed, served_ones, speakers_with_home)


# "customer, Ana Ruiz", "customer Ana Ruiz", "customer" / "Ana Ruiz" (a line break between), "customer (Ana Ruiz, ...)"
_ROLE_BESIDE_NAME = re.compile(r"[ ,:]{1,3}(?:the )?[A-Z]|[ \t,:]*\n[ \t]*[A-Z]|[ \t]?\([A-Z]")
# the role word, and the case a note files under it ("Customer complaint:" / "Ana Ruiz, 12 Elm St"): the name after
# the case's word is the customer's still
_ROLE_WORD = re.compile(r"kh\u00e1ch h\u00e0ng|[a-z]+(?:\s?holders?)?(?:[ \t]+(?:complaint|inquiry|enquiry|concern|"
                        r"request|callback|call|info|information|details)(?=[ \t]*[:\n]|[ \t]*$))?|"
                        r"客户|客戶|用户|用戶|고객(?:인|이신)?")
# nothing but a title after a role word up to the line's end: the name opens the next line
_ROLE_ENDS_LINE = re.compile(r"[ \t,:]*(?:((?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\.?)[ \t]*)?")
# a call note's "spoke w/ dalia saleh": in a record an identifier or contact details tie, whom staff spoke with
_SPOKE_WITH = re.compile(r"(?i)\b(?:spoke|spk|talked|met|visited)\s+(?:w/|with|to)(?=\s)")
# "Ana Ruiz, a PCE customer", "Pham, John S. (PCE customer", "..., a medical-baseline customer", "Ms. Khoury is a PCE
# customer"
_NAME_BESIDE_ROLE = re.compile(rf"[A-Za-z]\.?{NAME_TO_ROLE}{ROLE_QUALIFIER}$")
_NAME_BESIDE_ROLE_REACH = 90  # "Ana Ruiz, who identified herself as a Pomona Choice Energy customer"
# the role word a sentence gives the person it opened with: "Ana Ruiz of 12 Elm St was mentioned as the customer ..."
_NAMED_AS_ROLE = re.compile(rf"{NAMED_AS}$")


def find(analysis: Analysis) -> None:
    _chats(analysis)
    _customer_turns(analysis)
    _introductions(analysis)
    _introduced_senders(analysis)
    done: set[tuple[int, int, int]] = set()
    scopes: dict = {}  # a line's scope, worked out once however many seeds it holds (a rate table's kWh figures)
    for segment, position in _seeds(analysis):
        if analysis.out_of_time():
            break  # the records read so far are kept (``Analysis.out_of_time``)
        i = analysis.line_at(segment, position)
        if i is None:
            continue
        pieces, after = scope(analysis, i, position, scopes)
        key = (id(pieces[0].segment), pieces[0].start, id(pieces[-1].segment))
        if key not in done:
            done.add(key)
            names = _judge(analysis, pieces, after)
            if names or any(analysis.anchors_in(p.segment, p.start, p.end) for p in pieces):
                _senders(analysis, pieces)
            if names:
                _follow_ups(analysis, pieces[-1], names)
                _contacts_kept_below(analysis, pieces[-1])
            elif case := _case_of_a_person(analysis, pieces):  # from its identifier's line: the block's later
                _follow_ups(analysis, case, names)  # lines are read as the case's too
                _case_told_above(analysis, pieces[0])
    _after_records(analysis)
    stories_told_of(analysis)
    _drop_agents(analysis)
    for line in [*_resident_lines(analysis), *_attribution_lines(analysis), *_participant_lines(analysis),
                 *_served_lines(analysis)]:  # a clause is in one line: its line
        if (id(line.segment), line.start, id(line.segment)) not in done:  # alone is read, not a block
            done.add((id(line.segment), line.start, id(line.segment)))
            _judge(analysis, [line], _phone_cut_below(analysis, line))


# what may stand between the values of a line of contact details alone: bars, commas, slashes, semicolons, "or"
_BETWEEN_CONTACTS = re.compile(r"(?i)(?:[\s|,;/\u00b7\u2022-]|\bor\b)*")


def _contacts_kept_below(analysis: Analysis, last: Line) -> None:
    """The mailbox and phone a line of contact details alone gives right below a record that named its customer,
    in the same element as the record's last line: the details a comment page keeps under each writer's entry,
    often hidden (Granicus eComment's ``<div class="commenter-contact" hidden>``), are that writer's, as the entry's
    visible lines are. Not a line with other words (an office's "Questions? Call ..."), nor one in another element,
    nor the City's own contacts (``contact_fields``)."""
    i = analysis.line_at(last.segment, last.end - 1)
    lines = analysis.free_lines
    if i is None or i + 1 >= len(lines):
        return
    below = lines[i + 1]
    element, container = below.segment.location.element, (last.segment.location.element or "").rpartition(" > ")[0]
    if below.segment is last.segment or page_of(below.segment) != page_of(last.segment) or not container or \
            not element or element.rpartition(" > ")[0] != container:
        return
    fields = [f for f in analysis.contact_fields([below]) if f[0] in ("email", "phone")]
    text, rest, at = below.segment.text, [], below.start
    for _, _, start, end in sorted(fields, key=lambda f: f[2]):
        rest.append(text[at:start])
        at = end
    rest.append(text[at:below.end])
    if fields and all(_BETWEEN_CONTACTS.fullmatch(words) for words in rest):
        for kind, segment, start, end in fields:
            analysis.add(kind, segment, start, end, "contact details kept under a customer's own entry")


def _drop_agents(analysis: Analysis) -> None:
    """Drops the names of a chat's agents read as a customer's (their turn's label beside the customer's account)."""
    agents = transcript_agents(analysis)
    if agents:
        analysis.context.fields[:] = [f for f in analysis.context.fields if f.kind != "name" or f.text not in agents]


def _case_of_a_person(analysis: Analysis, pieces: list[Line]) -> Line | None:
    """The last of the pieces that gives an identifier, if none is a facility's or an organization's, though they
    name no one: a case the text goes on with ("The appellant disputes the bill for account ..." / "... the
    appellant asked that staff call (559) ..."; a notice's "Account: ..." / "The customer later called from ...")."""
    anchored = [p for p in pieces if analysis.anchors_in(p.segment, p.start, p.end)]
    if not anchored or any(names_facility(p.text) or ORGANIZATION.search(p.text) for p in anchored):
        return None
    return anchored[-1]


_ABOVE_LINES = 8  # how many lines above a record that names no one its case may be told in
# a form's field line above a narrative ("Received by: Ana Ruiz, Claims Administrator", "Statute: ..."): no line of it
_FIELD_LINE = re.compile(r"[ \t]*[A-Z][\w /&'\u2019-]{0,30}:(?![/\d])")
# a report's heading in capitals on its own line ("DISCUSSION", "FISCAL IMPACT"): the case above it is another part's
_CAPITALS_HEADING = re.compile(r"[ \t]*[A-Z][A-Z0-9 &/,'\u2019-]{2,60}[ \t]*:?[ \t]*")
# what tells that a line is of the case: the case's party by their role ("The homeowner has lived at ..."), the party
# a claim or a request is made for ("This claim is presented on behalf of ...")
_PARTY_PRESENTED = re.compile(r"(?i)\bon\s+behalf\s+of\b|\b(?:claim|request|appeal|complaint|application)\s+"
                              r"(?:is|was)\s+(?:presented|filed|submitted|made)\s+by\b")
# a log's terse clause whose subject is the party by their role, no article before it ("03/04 - Crew visited; customer
# asked to be called at ...", "cust states ..."): a case's own note
_PARTY_NOTED = re.compile(r"(?i)(?:^|[;:\u2013\u2014-][ \t]*)(?:customer|cust\.?|cx|caller|homeowner|complainant)[ \t]+"
                          r"(?:asked|asks|requested|requests|reported|reports|called|calls|stated|states|said|says|"
                          r"wants|wanted|disputed|disputes|agreed|agrees|declined|declines)\b")


def _case_told_above(analysis: Analysis, record: Line) -> None:
    """A case told before the record it ends in, when that record names no one: a claim's narrative ("This claim is
    presented on behalf of Ana Ruiz. The homeowner has lived at 12 Elm St ..." / "Best contact is Ms. Ruiz's cell,
    ..." / "According to the attached bill, the Edison account number is ..."). The lines above the record, on its
    page and up to a heading, a form's field line, another record or a closing, are its case when one of them speaks
    of the party ("the homeowner", "on behalf of") and they name one private person only (by one name or its
    surname): that person's name and the contact details of those lines are the record's."""
    i = analysis.line_at(record.segment, record.start)
    if i is None or record.segment.chrome:
        return  # (a page's header or footer is read after the body, which tells no case above it)
    lines, page = analysis.free_lines, page_of(record.segment)
    block = []
    for line in reversed(lines[max(0, i - _ABOVE_LINES):i]):
        if (page_of(line.segment) != page or HEADING_ELEMENT.search(line.segment.location.element or "")
                or CLOSING_RE.match(line.text) or _FIELD_LINE.match(line.text) or _CAPITALS_HEADING.fullmatch(line.text)
                or analysis.anchors_in(line.segment, line.start, line.end)):
            break
        block.insert(0, line)
    if not block or not any(SAME_CASE.search(line.text) or _PARTY_PRESENTED.search(line.text)
                            or _PARTY_NOTED.search(line.text) for line in block):
        return
    fields = analysis.contact_fields(block, record)
    names = [name for name in _names(analysis, block, True, lenient=True, mailboxes=[
        (segment, start, end) for kind, segment, start, end in fields if kind == "email"])
        if (TITLED.match(name[0].text, name[1]) or len(NAME_WORD.findall(name[0].text[name[1]:name[2]])) >= 2)
        and not in_a_role(name[0].text, name[1], name[2])
        and not any(map(common_word, NAME_WORD.findall(name[0].text[name[1]:name[2]])))]
    # (a given name and a surname, or a title and a surname: not an initial and a word, "Q. Phone? A. Home 714-...";
    # nor a person in a role: a contractor's "owner Lionel Batts, EIN ...")
    if not names or any(not _shares_a_name_word(name, names[:1]) for name in names[1:]):
        return  # no one, or two people: whose the details are is not told
    for segment, start, end in names:
        analysis.add("name", segment, start, end, "customer named in the case told before its record")
    for kind, segment, start, end in fields:
        if kind != "usage":  # (a report's figures above a case are the report's: "Community-wide consumption ...")
            analysis.add(kind, segment, start, end, "detail of a customer's case told before its record")


def _resident_lines(analysis: Analysis):
    """The lines where a phone stands beside a street address or a mailbox at a consumer provider, or a street address
    before a phone a line break cut: a resident's callback or report may be there."""
    lines = analysis.free_lines
    for segment in analysis.free:
        for start, end in analysis.context.phones.get(id(segment), ()):
            clause = max(0, start - CLAUSE), min(len(segment.text), end + CLAUSE)
            if ADDRESS_RE.search(segment.text, *clause) or any(
                    personal_mailbox(m.group()) for m in EMAIL_RE.finditer(segment.text, *clause)):
                i = analysis.line_at(segment, start)
                if i is not None:
                    yield lines[i]
    for line in lines:  # and a line whose phone a line break cut, the rest opening the next line (the cheap look at
        # the line's end first: the address pattern is costly on every line of every page)
        if _ENDS_ON_DIGITS.search(line.text, max(0, len(line.text) - _PHONE_CUT_READ)) and _phone_cut_below(
                analysis, line) and ADDRESS_RE.search(line.text):
            yield line


_PHONE_CUT_READ = 24  # characters each side of a line break in which a phone it cut is read
_ENDS_ON_DIGITS = re.compile(r"\d[\d()\s.-]*$")  # where a phone's first part may close the line ("al (626)")


def _phone_cut_below(analysis: Analysis, line: Line) -> Line | None:
    """The line below a line of its own whose phone a line break cut ("... pidió que la llamen al (626)" / "844-5962
    sobre su saldo vencido."), where the phone goes on; none for any other line."""
    i = analysis.line_at(line.segment, line.start)
    lines = analysis.free_lines
    below = lines[i + 1] if i is not None and i + 1 < len(lines) else None
    if below is None or below.segment is line.segment:
        return None
    return below if phone_across(line.text[-_PHONE_CUT_READ:], below.text[:_PHONE_CUT_READ]) else None


def _served_lines(analysis: Analysis):
    """The lines where staff served someone the line gives a phone or a mailbox for ("A senior (Ana Ruiz, 562...) was
    helped by Lyle Pennington in Tagalog"): a customer's case may be there (``_judge``: ``served``)."""
    if not analysis.may_hold("helped", "assisted", "served", "attended", "atendid", "ayudad", "asistid", "tinulungan"):
        return
    for line in analysis.free_lines:
        if SERVED_BY.search(line.text) and (phone_spans(line.text) or EMAIL_RE.search(line.text)):
            yield line


# a utility program's participant named on a page about it: "Rebate winner Ana Ruiz of ...", "Spotlight: ..."
_PARTICIPANT = re.compile(r"(?i)\b(?:rebate|winners?|spotlight(?:ed)?|awardees?|recipients?|participants?|enrollees?|"
                          r"enrolled)\b")
_REPORTED_BY = re.compile(r"(?i)\breported\s+by\b")
_PARTICIPANT_REACH = 120  # how far before the name its program word stands, in its sentence: "Cooler rebate winners: Ana
# Ruiz of 12 Elm St and Bo Chen of ..."


def _participant_lines(analysis: Analysis):
    """The lines where a program's word stands with a street address: a rebate winner's or a spotlighted
    customer's home may be there ("Rebate winner Hodan Abdi of 3450 Ocotillo Ln", in a page's description too); and,
    on a page of utility matters, with a mailbox or a phone: an enrollee's (``_enrollees_reached``)."""
    utility = analysis.cues.any("utility matter")
    for line in analysis.free_lines:
        if _PARTICIPANT.search(line.text) and (ADDRESS_RE.search(line.text) or utility and (
                EMAIL_RE.search(line.text) or phone_spans(line.text)
                or consumption_spans(line.segment.text, line.start, line.end))):
            yield line


def _participants(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a program's word calls a participant, their home right after the name ("Rebate winner Hodan Abdi
    of 3450 Ocotillo Ln"): the program's customer and the home it serves. Not a firm's or a shop's people
    ("Rebate recipient Ana Ruiz of Ruiz Bakery, 12 Main St"), nor an office's suite; staff and officials are no
    names here."""
    found = []
    for segment, start, end in names:
        text = segment.text
        homes = sorted(f[2:] for f in fields if is_a_home(f) and f[1] is segment and f[2] >= end)
        word = max((m.end() for m in _PARTICIPANT.finditer(text, max(0, start - _PARTICIPANT_REACH), start)), default=-1)
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


def _enrollees_reached(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
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


def _ranked_usage(analysis: Analysis, usage: list[tuple]) -> tuple[list[tuple], list[tuple]] | None:
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
_HOME_LABEL = re.compile(r"(?i)\b(?:home|residence|homeowner|household)\b[\w '-]{0,30}[:\u2013\u2014-][ \t]+(?-i:(?=[A-Z]))")
_HOME_LABEL_REACH = 48
_HOME_LABEL_WORDS = ("home", "residence", "household")  # "homeowner" holds "home"


def _homes_labelled(names: list[tuple], fields: list[tuple]) -> list[tuple]:
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


_ATTRIBUTION = re.compile(r"(?:—|–|―|--|~|[”\"][.,!?]?[ \t]*-)[ \t]*[A-Z]|[”\"][.,!?]?[ \t]*"
                          r"(?:said|says|added|wrote|explained)[ \t]+[A-Z]")


def _attribution_lines(analysis: Analysis):
    """The lines where a quote's attribution stands before a street address: a resident may sign with their home."""
    for line in analysis.free_lines:
        attribution = _ATTRIBUTION.search(line.segment.text, line.start, line.end)
        if attribution and ADDRESS_RE.search(line.segment.text, attribution.end(), line.end):
            yield line


# a turn of a chat or call transcript: its speaker's label and a colon ("Visitor:", "Agent (Priya):", "[10:02] Customer:",
# "(10:02:13) Visitor:", "10:02:13 Visitor:"),
# the speaker in brackets as SMS and chat-bot logs write it ("[RWPPD Bot] ...", "[Customer] ..."), or a social
# media reply's handle ("@ana_ruiz: ...")
_TURN = re.compile(r"\s*(?:\[[\d:. apmAPM]+\]\s*|\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\)?\s+)?(?:(\[)|(@))?(?P<who>[^\W\d_][\w .'-]{0,30}?)"
                   r"(?:\s*\([^)\n]{1,30}\))?(?(1)\]\s|\s*:\s)")
# the visitor's or the customer's turns: a chat's visitor, a caller (numbered as an export names them, "Visitor 4821"); in a hearing's record the appellant, whom the
# record names by title and surname ("MS. JACOB:"), where officials speak by their office ("HEARING OFFICER ORTEGA:")
# (the customer as a translated transcript labels their turns too: "Khách hàng:", "客户：", "고객:", "Kostumer:")
_VISITOR = re.compile(r"(?i)(?:(?:visitor|customer|caller|guest|client|cliente|user|end[\s_-]?user|"
                      + "|".join(map(re.escape, sorted(phrases_for("customer"), key=len, reverse=True)))
                      + r")(?:\s*#?\d{1,12})?|you|me|"
                      r"appellant|complainant|claimant|"
                      r"(?:the\s+)?witness|"
                      r"(?:mr|ms|mrs|mx)\.?\s+[\w'-]+)")
# how a visitor gives their name: "hi its monica haynes", "this is Ana Ruiz", "my name is ...", "soy ..."
# (Vietnamese "tôi là", "tên tôi là", Tagalog "ako si", Chinese "我是", "我叫", Korean "제 이름은", run into the name)
_SELF_NAMING = re.compile(r"(?i)\b(?:it'?s|it is|this is|my name is|name'?s|i'?m|i am|me llamo|mi nombre es|soy|"
                          r"(?:tên\s+)?tôi\s+là|ako\s+(?:po\s+)?si|ang\s+pangalan\s+ko\s+(?:po\s+)?ay)\b|"
                          r"我是|我叫|제\s*이름은")


def _chats(analysis: Analysis) -> None:
    """A chat or call transcript whose visitor gives an identifier in one of their turns ("Visitor: hi its
    monica haynes, my acct is 8108033065"), or a number in answer to the agent's question for their account
    ("Agent: Can I have the account number?" / "Caller: It's 1823-364-940."): every turn of that visitor is the
    customer's, the name they give, the address and the number they type in answer to the agent ("Visitor: 3988
    e. alvarado st", often in lower case). The agent's turns are the utility's, but for the consumption the agent
    reads off the customer's account ("Agent: I see 4,135 kWh this month")."""
    why = "a chat visitor's details beside their identifier"
    for turns in [*_transcripts(analysis.free_lines), *_record_transcripts(analysis.document.records)]:
        visitors = _visitors(turns) - _utility_side(turns)
        titled = {who for who in visitors if _TITLED_SPEAKER.fullmatch(who)}
        answers = _account_answers(turns, visitors)
        if len(titled) > 1:  # a hearing's several speakers by title: a public speaker who gives nothing of theirs is none
            giving = {m.group("who") for line, m in turns if m.group("who") in titled and (
                analysis.anchors_in(line.segment, m.end(), line.end) or analysis.contact_fields([line])
                or _OWN_UTILITY_MATTER.search(line.segment.text, m.end(), line.end)
                or any(segment is line.segment and m.end() <= at < line.end for segment, at, _ in answers))}
            surnames = {who.split()[-1].lower() for who in giving}  # "MS. OKAFOR" and, mislabelled, "MR. OKAFOR"
            visitors -= {who for who in titled if who not in giving and who.split()[-1].lower() not in surnames}
        visitor = [(line, m.end()) for line, m in turns if m.group("who") in visitors]
        if not answers and not any(analysis.anchors_in(line.segment, line.start, line.end) for line, _ in visitor) \
                and not _account_looked_up(analysis, turns, visitors, visitor):
            continue
        for segment, start, end in answers:
            analysis.add("number", segment, start, end, why)
        for line, m in turns:
            if m.group("who") not in visitors:
                for start, end in consumption_spans(line.segment.text, m.end(), line.end):
                    if not facilitys_use(line.segment.text, start):  # staff telling a City building's use
                        analysis.add("usage", line.segment, start, end, why)
        for start, end, segment in _addresses_confirmed(turns, visitors):
            analysis.add("address", segment, start, end, why)
        named_on_request = {id(answer) for (asked, who), (answer, _) in zip(turns, turns[1:])
                            if _NAME_ASKED.search(asked.segment.text, who.end(), asked.end)}
        phone_on_request = {id(answer) for (asked, who), (answer, _) in zip(turns, turns[1:])
                            if _PHONE_ASKED.search(asked.segment.text, who.end(), asked.end)}
        for line, said in visitor:
            text = line.segment.text
            for name in names_in(text, line.start, said, anchored=True):  # "Visitor (Ana Ruiz):", "Ana Ruiz:"
                if person_name(text[name[0]:name[1]], strict=True) and not named_officially(text, *name):
                    analysis.add("name", line.segment, *name, why)
            if id(line) in named_on_request:  # "Please state your name ..." / "MS. JACOB: Éléonore Jacob. I live ..."
                name = _name_given(text, said, line.end)
                if name and not named_officially(text, *name):
                    analysis.add("name", line.segment, *name, why)
            for kind, segment, start, end in analysis.contact_fields([line]):
                analysis.add(kind, segment, start, end, why)
            for start, end in _visitors_phones(analysis, line, said, bare=id(line) in phone_on_request):
                analysis.add("phone", line.segment, start, end, why)
            if any(segment is line.segment and said <= start < line.end for segment, start, _ in answers):
                for name in names_in(text, said, line.end, anchored=True):  # "its 7413-..., Ana Ruiz, PO Box 6"
                    if not named_officially(text, *name):
                        analysis.add("name", line.segment, *name, why)
            title_cased = text[said:line.end].title()  # "3988 e. alvarado st" as an address is written
            usage = consumption_spans(text, said, line.end)  # "736 kWh and that is way more": no "... Way"
            for m in street_addresses(title_cased):
                if not any(a < said + m.end() and said + m.start() < b for a, b in usage):
                    analysis.add("address", line.segment, said + m.start(), said + m.end(), why)
            for m in _SELF_NAMING.finditer(text, said, line.end):
                name = name_after_role(text, m.end(), anchored=True)
                if name and not named_officially(text, *name):  # a witness from staff: "..., Meter Supervisor"
                    analysis.add("name", line.segment, *name, why)


# the words a caller may say before the name asked of them: "It's under my name, Ana Ruiz.", "Yeah, it's Ana Ruiz",
# "Um, Ana Ruiz"
_NAME_ANSWER_LEAD = re.compile(r"(?i)[\s\"',.]*(?:(?:yes|yeah|yep|sure|okay|ok|so|um+|uh+|hi|it['\u2019]?s|it\s+is|"
                               r"that['\u2019]?s|that\s+is|under|in|my|name|the|account|is)[\s,.:]+)*")


def _name_given(text: str, said: int, end: int) -> tuple[int, int] | None:
    """The name a visitor gives in answer to the agent's question for it, after a few words at most ("It's under my
    name, Ana Ruiz."), written as names are or typed in lower case ("ana ruiz", the whole answer)."""
    lead = _NAME_ANSWER_LEAD.match(text, said, end).end()
    names = names_in(text, lead, min(end, lead + 60), anchored=True)
    if names and names[0][0] == lead:
        return names[0]
    name = spoken_name(" " + text[lead:end], 0)  # it reads from the blank before the name
    if name and not text[lead + name[1] - 1:end].strip(" \t.!"):
        return lead + name[0] - 1, lead + name[1] - 1
    return None


# a speaker by title and surname, as a hearing's record labels the party and staff alike ("MS. JACOB", "Mr. Ortega")
_TITLED_SPEAKER = re.compile(r"(?i)(?:mr|ms|mrs|mx)\.?\s+[\w'-]+")


def _utility_side(turns) -> set[str]:
    """The speakers of a transcript who read the customer's account as the utility's staff do
    (``READS_THE_ACCOUNT``): the number they read is the customer's, their name is not."""
    return {m.group("who") for line, m in turns if READS_THE_ACCOUNT.search(line.segment.text, m.end(), line.end)}


def _account_looked_up(analysis: Analysis, turns: list[tuple[Line, re.Match]], visitors: set[str],
                       visitor: list[tuple[Line, int]]) -> bool:
    """Whether the agent reads the visitor's usage off their account ("I see 1,406 kWh on the January bill") after the
    visitor gave their home, phone or mailbox: the details the agent looked the account up by are the customer's."""
    agent_read = any(consumption_spans(line.segment.text, m.end(), line.end)
                     for line, m in turns if m.group("who") not in visitors)
    return agent_read and any(analysis.contact_fields([line]) or street_addresses(line.segment.text[said:line.end].title())
                              for line, said in visitor)


# a speaker label that calls the speaker a customer in brackets, as a verbatim transcript writes an anonymous one:
# "SPEAKER 4 (CUSTOMER):", "CALLER 2 (RATEPAYER):"
_CUSTOMER_LABEL = re.compile(r"[ \t]*[A-Za-z][\w .'-]{0,30}?\s*\((?:pce\s+|utility\s+)?(?i:customer|ratepayer|"
                             r"account\s?holder)\)\s*:")
# what makes the turn the speaker's own utility matter: their (or a relative's) bill, account, meter or usage
_OWN_UTILITY_MATTER = re.compile(r"(?i)\b(?:my|our|her|his|their|\w+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
                                 rf"(?:{BILL_WORDS}|{ACCOUNT_WORDS}|{METER_WORDS}|service|electricity|power)\b")
_TURN_LINES = 8  # how many lines a turn of a plain-text transcript runs on after its label


def _customer_turns(analysis: Analysis) -> None:
    """The turns of a verbatim transcript that are a customer's: one its label calls the customer's ("SPEAKER 4
    (CUSTOMER): I'd rather not say my name. I'm at 2215 ... My bill went from 410 kilowatt hours ..."), when the
    speaker tells of their own bill or account, and every turn of a speaker named by title ("MS. OSEI:") who
    gives an identifier in one of them ("My name is ..." / "CHAIR: Go ahead." / "MS. OSEI: The account number
    is ..."). The home, number, mailbox, consumption and name given there are the customer's."""
    why = "a customer's turn in a transcript"
    turns = _paragraph_turns(analysis.free_lines, analysis.running_lines)
    # one speaker's label is a field's ("Customer: Ana Ruiz, ..."), no dialogue; so are a memo's or a message's header
    # lines ("TO:", "FROM:", "DATE:", "SUBJECT:"), which no one speaks
    if len({who for who, label, _ in turns if not EMAIL_HEADER_LINE.match(label.string, label.start())}) < 2:
        return
    staff = _utility_side([(turn[0], label) for _, label, turn in turns])
    identified = {who for who, _, turn in turns if _anchored(analysis, turn)} - staff
    for who, label, turn in turns:
        if who in staff and identified:  # the consumption staff read off the customer's account
            for piece in turn:
                for start, end in consumption_spans(piece.segment.text, max(piece.start, label.end())
                                                    if piece is turn[0] else piece.start, piece.end):
                    analysis.add("usage", piece.segment, start, end, why)
            continue
        told = " ".join(piece.text for piece in turn)[label.end() - turn[0].start:]
        labelled = _CUSTOMER_LABEL.match(label.string, label.start())
        if not (labelled and (_OWN_UTILITY_MATTER.search(told) or _anchored(analysis, turn))) \
                and not (who in identified and _VISITOR.fullmatch(who)):
            continue
        for kind, segment, start, end in analysis.contact_fields(turn):
            if segment is not turn[0].segment or start >= label.end():
                analysis.add(kind, segment, start, end, why)
        speech, parts = _speech(turn, label.end())
        named = [name for name in names_in(speech, anchored=True)  # "account is under Rosa Quispe"
                 if called_customer(speech, *name)]
        named += [name for m in _SELF_NAMING.finditer(speech)  # "My name is Gwendolyn Osei.", "I'm Ana Ruiz, a ..."
                  if (name := name_after_role(speech, m.end(), anchored=True))]
        named += _name_said_alone(speech)
        for start, end in named:
            if not named_officially(speech, start, end):
                for piece, offset, at, length in parts:  # a name the transcript's line break cut: each half
                    a, b = max(start, offset), min(end, offset + length)
                    if a < b:
                        analysis.add("name", piece.segment, at + a - offset, at + b - offset, why)


def _speech(turn: list[Line], said: int) -> tuple[str, list[tuple[Line, int, int, int]]]:
    """What the speaker of a turn says (its lines after the label, joined by line breaks), and each line's part of
    it: (the line, where the part starts in the speech, where it starts in the line's segment, its length)."""
    spans = [(turn[0], said), *((piece, piece.start) for piece in turn[1:])]
    texts = [piece.segment.text[at:piece.end] for piece, at in spans]
    offsets = accumulate((len(text) + 1 for text in texts[:-1]), initial=0)
    parts = [(piece, offset, at, len(text)) for (piece, at), offset, text in zip(spans, offsets, texts)]
    return "\n".join(texts), parts


# the words a speaker opens with before their name, each a sentence: "Yes.", "Good evening, Commissioners.", "Thank
# you, Mayor."
_GREETING = re.compile(r"(?i)\s*(?:(?:yes|hi|hello|okay|ok|good (?:morning|afternoon|evening)|thank you|thanks)\b"
                       r"[^.!?\n]{0,40}[.!?]\s*){0,2}")


def _name_said_alone(speech: str) -> list[tuple[int, int]]:
    """The name a speaker opens with as a sentence of its own, after a greeting at most, as a public hearing's
    speaker states it for the record ("Yes. Joel Bright. 2492 ...", "Good evening. Ana Ruiz, 12 Elm St.")."""
    opening = _GREETING.match(speech).end()
    names = names_in(speech, opening, min(len(speech), opening + 80), anchored=True)
    if names and names[0][0] == opening and _ENDS_SENTENCE_OR_CLAUSE.match(speech, names[0][1]):
        return [names[0]]
    return []


_ENDS_SENTENCE_OR_CLAUSE = re.compile(r"\s*[.,;]")


def _anchored(analysis: Analysis, turn: list[Line]) -> bool:
    """Whether a line of the turn gives an identifier (an account number, read out or written)."""
    return any(analysis.anchors_in(piece.segment, piece.start, piece.end) for piece in turn)


def _paragraph_turns(lines: list[Line], running: set[int]) -> list[tuple[str, re.Match, list[Line]]]:
    """(speaker, label, lines) of each turn of a transcript whose turns run on over the lines after their label,
    up to the next label (a plain-text or PDF transcript wraps its lines). A turn stays on its page, but for a
    paged transcript's speech going on over the page's running foot and the next one's head (``running``: never
    part of the turn), and its bare line numbers."""
    turns = []
    for i, line in enumerate(lines):
        label = _TURN.match(line.segment.text, line.start, line.end)
        if not label or not label.group("who")[:1].isupper():
            continue
        turn, framed, j = [line], False, i + 1
        while j < min(len(lines), i + _TURN_REACH) and len(turn) <= _TURN_LINES:
            below, j = lines[j], j + 1
            if id(below.segment) in running or _LINE_NUMBER.fullmatch(below.text):
                framed = framed or id(below.segment) in running
                continue
            if (page_of(below.segment) != page_of(turn[-1].segment) and not framed) \
                    or _TURN.match(below.segment.text, below.start, below.end):
                break
            turn.append(below)
        turns.append((label.group("who"), label, turn))
    return turns


_LINE_NUMBER = re.compile(r"\s*\d{1,2}\s*")  # a numbered transcript's line left blank: "17"
_TURN_REACH = 48  # how many lines a turn's reading walks, its frame and blank numbered lines among them


# a visitor's yes to the agent's question: "yes", "yep", "correct", "that's right"
_YES = re.compile(r"(?i)\s*(?:yes|yeah|yep|yup|correct|that'?s (?:right|correct|it)|s[ií])\b")


def _addresses_confirmed(turns: list[tuple[Line, re.Match]], visitors: set[str]) -> list[tuple[int, int, Segment]]:
    """The street addresses in the agent's question that the visitor's next turn confirms ("[Bot] Is the service
    address 1817 Kelley Park Rd?" / "[Customer] yes"): the agent reads the visitor's home off their account."""
    found = []
    for (asked, who), (answer, by) in zip(turns, turns[1:]):
        text = asked.segment.text
        if who.group("who") in visitors or by.group("who") not in visitors or "?" not in text[who.end():asked.end] \
                or not _YES.match(answer.segment.text, by.end(), answer.end):
            continue
        found += [(m.start(), m.end(), asked.segment) for m in street_addresses(text, who.end(), asked.end)]
    return found


def _visitors_phones(analysis: Analysis, line: Line, said: int, bare: bool) -> list[tuple[int, int]]:
    """The phones a visitor types in their turn ("[Customer] yes. txt me at (785) ..."): theirs, though the turn's
    label ("Customer") would read as a customer service line's; not one of the City's published numbers. ``bare``:
    the agent asked for a number to call back, and ten bare digits ("9516377058 or email me") answer it, or ten read
    out in words."""
    text = line.segment.text
    found = [(start, end, text[start:end]) for start, end in phone_spans(text, said, line.end, bare=bare)]
    if bare:  # read out in answer: "nine five one, five double four, oh three double five"
        found += [(start, end, digits) for start, end, digits in spelt_phone_spans(spelt_number_spans(text[:line.end]))
                  if start >= said]
    return [(start, end) for start, end, number in found
            if (e164 := to_e164(number)) and not analysis.contacts.phone_is_public(e164)]


# a writer naming themself: "my name is Lisa Thompson and I live at ...", "mi nombre es ...", "me llamo ..."
_MY_NAME = re.compile(r"(?i)\b(?:my name is|mi nombre es|me llamo)\b")
# the next speaker giving their name, which ends the block of the one before: also "I'm Ana Ruiz", "this is Ana Ruiz"
_NEXT_NAME = re.compile(r"(?i:\b(?:my name is|my name['\u2019]s|mi nombre es|me llamo)\b)"
                        r"|(?i:\b(?:i['\u2019]m|i am|this is))\s+[A-Z][a-z]")
_INTRODUCED_WITH_IDENTIFIER = "a writer's own name beside their identifier"
_INTRODUCED_WITH_SERVICE = "a writer's own name and contact details, telling of their own service with the utility"


def _introductions(analysis: Analysis) -> None:
    """A writer who gives their name ("my name is Lisa Thompson and I live at 1592 S Hamilton Blvd") in a block
    whose next lines give their identifier ("My PCE account number is ..."): the name and the home in that
    line are the customer's, though a line's sentence ends between them; the block ends where the next writer or
    speaker gives their name. Without an identifier a resident introducing themself (a public comment) is no
    customer, unless their own turn tells of their service with the utility and gives their contact details (a
    voicemail's "I was enrolled in ... and I want to opt out, the address is ..."). Auto-captions join a meeting's
    turns in one line: there the writer's part of it runs from where their turn opens ("... 9925 i yield my time
    good evening my name is ...") to where the next one does."""
    lines = analysis.free_lines
    for i, line in enumerate(lines):
        m = _MY_NAME.search(line.text)
        if not m or page_of(line.segment) in analysis.context.public_comment:
            continue
        introduced, named = line.start + m.start(), line.start + m.end()
        openings = turn_openings(line.segment.text, line.start, line.end)
        own = Line(line.segment, max((o for o in openings if o <= introduced), default=line.start),
                   min((o for o in openings if o > introduced), default=line.end))
        below = [] if own.end < line.end else lines[i + 1:i + 1 + MAX_LINES]
        block = [own, *(b for b in below if page_of(b.segment) == page_of(line.segment))]
        block = block[:next((k for k, b in enumerate(block[1:], 1) if _NEXT_NAME.search(b.text)), len(block))]
        anchored = any(analysis.anchors_in(b.segment, b.start, b.end) for b in block)  # not the next writer's
        if not anchored and not OWN_UTILITY.search(own.text):
            continue
        why = _INTRODUCED_WITH_IDENTIFIER if anchored else _INTRODUCED_WITH_SERVICE
        line = own
        name = name_after_role(line.segment.text, named, anchored=True)
        fields = analysis.contact_fields([line])
        if name and not named_officially(line.segment.text, *name) and (fields or anchored):
            analysis.add("name", line.segment, *name, why)  # not "my name is Ana Ruiz, Facilities Manager"
            for kind, segment, start, end in fields:
                analysis.add(kind, segment, start, end, why)


# a line that introduces the message quoted below it, ending on a colon after a verb of writing or reaching: "One
# affected customer, Maria Delgado, reached staff by e-mail:", "A customer, Ana Ruiz, wrote to us:", "... e-mailed
# the billing office on May 3:"
_INTRODUCES_MESSAGE = re.compile(r"(?i)\b(?:wrote|writes|e-?mailed|messaged|reached|contacted|sent|forwarded|"
                                 r"complained|asked|said)\b[^:\n]{0,60}:[ \t]*$")
_FROM_LINE = re.compile(r"(?i)[ \t>]*from[ \t]*:")
_INTRODUCED_REACH = 3  # the lines below an introduction its message's "From:" line may be, the first of a header


def _introduced_senders(analysis: Analysis) -> None:
    """A customer the text names and introduces a pasted e-mail by ("One affected customer, Maria Delgado, reached
    staff by e-mail:" / "From: mdelgado88@gmail.com" / "Sent: ..."): the name and the sender's mailbox are the
    customer's, though no identifier stands beside the name. Not a staff member's or an official's reply (no one
    called a customer, a City mailbox: ``contact_fields``), nor a resident writing to a public body (a public
    comment page)."""
    lines = analysis.free_lines
    for i, line in enumerate(lines):
        if not line.text.rstrip().endswith(":") or not _INTRODUCES_MESSAGE.search(line.text) \
                or page_of(line.segment) in analysis.context.public_comment:
            continue
        sender = next((b for b in lines[i + 1:i + 1 + _INTRODUCED_REACH] if _FROM_LINE.match(b.text)), None)
        if sender is None or page_of(sender.segment) != page_of(line.segment):
            continue
        mailboxes = [f for f in analysis.contact_fields([sender]) if f[0] == "email"]
        text = line.segment.text
        names = [n for n in names_in(text, line.start, line.end)
                 if called_customer(text, *n) and not named_officially(text, *n)] if mailboxes else []
        for start, end in names:
            analysis.add("name", line.segment, start, end, "customer named over the e-mail they sent")
        for kind, segment, start, end in mailboxes if names else ():
            analysis.add(kind, segment, start, end, "customer named over the e-mail they sent")


# an agent's or a hearing officer's request for the visitor's name: "Please state your name and service address."
_NAME_ASKED = re.compile(r"(?i)\b(?:state|give|spell|have|get|tell me|what(?:'s| is))\s+(?:us\s+)?your\s+(?:full\s+)?name\b"
                         # a question of the name alone: "And your name?", "Your full name, please?"
                         r"|(?:^|[.!?]\s+)(?:and\s+)?your\s+(?:full\s+)?name(?:,?\s+please)?\s*\?"
                         # a bot's "And the name on the account?", "What name is the account under?"
                         r"|\bname\s+(?:on|for)\s+(?:the|your|this)\s+(?:account|bill)\b|\bname\s+is\s+the\s+account\s+under\b")
# an agent's request for a number to call the visitor back at: "Is there a good number for a callback?", "What
# phone can we reach you at?"
_PHONE_ASKED = re.compile(r"(?i)\b(?:phone|call\s?back|call you(?: back)?|reach you|text you)\b")
# an agent's question for the caller's account number: "Can I have the account number?", "What's your acct #?"
# or a bot's or a social media team's request: "Please send your account number.", "DM us your acct #"
_ACCOUNT_ASKED = re.compile(r"(?i)\b(?:account|acct)\s*(?:number|no\b\.?|#)[^?\n]{0,30}\?"
                            r"|\b(?:send|give|provide|enter|text|dm|message|share|confirm|reply with)\s+(?:us\s+|me\s+)?"
                            r"(?:your|the)\s+(?:account|acct)\s*(?:number|no\b\.?|#)")
# the number a caller gives in answer: 7 to 16 digits, in groups or not ("It's 1823-364-940.")
_NUMBER_GIVEN = re.compile(r"(?<![\w/.-])(?:[A-Z]{2,6}-)?\d[\d -]{5,20}\d(?![\w/-])")  # "PDCE-890-7514-189" too


def _visitors(turns: list[tuple[Line, re.Match]]) -> set[str]:
    """The speakers of a transcript who are the visitor: those its labels call so ("Customer", "Visitor"), and
    in a social media thread the handles that never ask for an account number or a name ("@ana_ruiz" answers
    "@PCE_Energy: DM us your account number"): the utility's own handle is the one that asks."""
    askers = {m.group("who") for line, m in turns
              if _ACCOUNT_ASKED.search(line.segment.text, m.end(), line.end)
              or _NAME_ASKED.search(line.segment.text, m.end(), line.end)}
    declared = _declared(turns, _VISITOR)
    speakers = {m.group("who") for _, m in turns} - _declared(turns, _AGENT) - {
        m.group("who") for line, m in turns if _ROLE_LABEL.fullmatch(m.group("who")) or _SYSTEM.fullmatch(m.group("who"))
        or _NO_SPEAKER.fullmatch(m.group("who"))}
    labelled = {m.group("who") for _, m in turns if _VISITOR.fullmatch(m.group("who"))}
    # the one speaker who does not ask, where no label says who the visitor is (an agent joining a bot's chat asks nothing)
    answerers = speakers - askers if len(askers & speakers) == 1 and len(speakers) == 2 and not labelled else set()
    return declared | answerers | labelled | {m.group("who") for _, m in turns if m.group(2) and m.group("who") not in askers}


# a transcript's header line naming who spoke as what: "Agent: Maribel Ocampo (PCE Customer Care, ext. 2240)"
_AGENT = re.compile(r"(?i)(?:agent|representative|rep|csr|advisor|operator|specialist|staff)")
_ROLE_LABEL = re.compile(rf"(?i){_AGENT.pattern}|visitor|customer|caller|guest|client|started|ended|page|date|session")
_SYSTEM = re.compile(r"(?i)system|bot|chat\s?bot|assistant|virtual\s+assistant|auto(?:mated)?(?:\s+message)?")
# a label of the export's own words after a dialogue, no one who speaks: "Note: Vale never asks for your SSN"
_NO_SPEAKER = re.compile(r"(?i)notes?|nb|n\.b\.|disclaimer|tip|reminder|summary|source|exported|export")
_DECLARED_NAME = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})")


def _declared(turns: list[tuple[Line, re.Match]], role: re.Pattern) -> set[str]:
    """The names a transcript's header gives for ``role`` ("Agent: Maribel Ocampo (...)", "Visitor: Goran ...")."""
    found = set()
    for line, m in turns:
        if role.fullmatch(m.group("who")) and (name := _DECLARED_NAME.match(line.segment.text, m.end(), line.end)):
            found.add(name.group("name"))
    return found


def transcript_agents(analysis: Analysis) -> set[str]:
    """The names every chat transcript of the document declares as its agent's: staff, never a customer."""
    return {name for turns in _transcripts(analysis.free_lines) for name in _declared(turns, _AGENT)}


def _account_answers(turns: list[tuple[Line, re.Match]], visitors: set[str]) -> list[tuple[Segment, int, int]]:
    """The numbers a visitor gives in the turn right after the agent asks for their account number: their
    account, though no label stands beside it; not a phone or a date."""
    found = []
    for (asked, who), (answer, by) in zip(turns, turns[1:]):
        if who.group("who") in visitors or by.group("who") not in visitors or not \
                _ACCOUNT_ASKED.search(asked.segment.text, who.end(), asked.end):
            continue
        text = answer.segment.text
        for m in _NUMBER_GIVEN.finditer(text, by.end(), answer.end):
            if 7 <= sum(c.isdigit() for c in m.group()) <= 16 and not is_date(m.group()) \
                    and not phone_spans(text, *m.span()):
                found.append((answer.segment, *m.span()))
        phone_asked = _PHONE_ASKED.search(asked.segment.text, who.end(), asked.end)
        for start, end, digits in spelt_number_spans(text[:answer.end]):  # "Um, seven zero zero, nine six four ..."
            if start >= by.end() and 7 <= len(digits) <= 16 and not (
                    phone_asked and spelt_phone_spans([(start, end, digits)])):  # ten digits asked for as an account
                found.append((answer.segment, start, end))
    return found


# a transcript exported as rows or objects, a turn each: its speaker's field ("Speaker", "speaker", "name", "author")
# and what they said ("Utterance", "transcript", "msg", "text"), as a call analytics tool, a chat service or a
# table on a page writes it
_SPEAKER_FIELD = re.compile(r"(?i)(?:.*\.)?(?:speaker|name|author|sender|from|who|role|participant)")
_SPEECH_FIELD = re.compile(r"(?i)(?:.*\.)?(?:utterance|transcript|text|msg|message|body|content|speech)")
# a chat export's field naming the conversation a row is of: "session_id", "conversationId", "Chat ID", "thread"
_SESSION_FIELD = re.compile(r"(?i)(?:.*\.)?(?:(?:session|conversation|chat|thread|call)[\s_-]?(?:id|no|number|key|#)"
                            r"|session|conversation|thread)")


class _FieldTurn(NamedTuple):
    """A row's turn as ``_TURN``'s match gives a line's: the speaker, the speech from the start of its field."""

    who: str

    def group(self, key):
        return self.who if key == "who" else None

    def start(self) -> int:
        return 0

    def end(self) -> int:
        return 0


def _record_transcripts(records) -> Iterator[list[tuple[Line, _FieldTurn]]]:
    """The runs of two or more consecutive rows of a transcript exported as rows (``_SPEAKER_FIELD`` and
    ``_SPEECH_FIELD``), each read as a line of the speech field's text after its speaker's label; a chat export's
    rows of one session or conversation (``_SESSION_FIELD``) at a time, each session its own visitor's."""
    run: list[tuple[Line, _FieldTurn]] = []
    session = None
    for record in [*records, None]:
        fields = record.fields if record is not None else ()
        who = next((f for f in fields if _SPEAKER_FIELD.fullmatch(f.label or "") and 0 < len(f.text.strip()) <= 40), None)
        said = next((f for f in fields if _SPEECH_FIELD.fullmatch(f.label or "") and f.text.strip()), None)
        held = next((f.text.strip() for f in fields if _SESSION_FIELD.fullmatch(f.label or "")), None)
        if who is not None and said is not None and (not run or held == session):
            run.append((Line(said, 0, len(said.text)), _FieldTurn(who.text.strip())))
            session = held
            continue
        if len(run) >= 2:
            yield run
        run, session = ([(Line(said, 0, len(said.text)), _FieldTurn(who.text.strip()))], held) \
            if who is not None and said is not None else ([], None)


def _transcripts(lines: list[Line]):
    """The runs of two or more consecutive lines of one page that are each a speaker's turn, with the label's
    match. A memo's or a message's header line ("TO:", "FROM:", "SUBJECT:") is no one's turn: over a "Customer:"
    record's line it would make the two a chat."""
    run: list[tuple[Line, re.Match]] = []
    for line in [*lines, None]:
        turn = line and not EMAIL_HEADER_LINE.match(line.segment.text, line.start) and _TURN.match(
            line.segment.text, line.start, line.end)
        if turn and run and page_of(run[-1][0].segment) == page_of(line.segment):
            run.append((line, turn))
            continue
        if len(run) >= 2:
            yield run
        run = [(line, turn)] if turn else []


def _seeds(analysis: Analysis):
    """Where a record in running text may be: at an identifier, at a customer word right beside a name, at
    a kWh or therm figure."""
    for anchors in analysis.anchors.values():
        for anchor in anchors:
            yield anchor.segment, anchor.start
    for position in analysis.cues.find("customer role"):
        segment, start = analysis.locate(position)
        role = _ROLE_WORD.match(analysis.lower, position)
        if not role.group().isascii():  # a translated notice's 客户, 고객, khách hàng: the cue says a name follows
            yield segment, start
            continue
        end = start + role.end() - position
        if (_ROLE_BESIDE_NAME.match(segment.text, end) or _name_opens_next_line(analysis, segment, start, end)
                or _LIVES_AT_AHEAD.search(segment.text, end, end + 120) or CUSTOMER_LIST.match(segment.text, start)
                or _NAME_BESIDE_ROLE.search(segment.text, max(0, start - _NAME_BESIDE_ROLE_REACH), start)
                or _NAMED_AS_ROLE.search(segment.text, max(0, start - _NAME_BESIDE_ROLE_REACH), start)
                or (segment.text[end:end + 3].strip(" ,:")[:1].islower() and name_after_role(segment.text, end))):
            yield segment, start
    for position in possessives(analysis):
        yield analysis.locate(position)
    if _SHUT_OFF_NOTICE.search(analysis.joined):  # "Aviso de corte ... Para: Ana Ruiz, 12 Elm St": the addressee,
        for m in _NOTICE_ADDRESSEE.finditer(analysis.joined):  # where no "your" of English opens a record
            yield analysis.locate(m.end())
    for kind in ("customer system", "party role"):
        for position in analysis.cues.find(kind):
            yield analysis.locate(position)
    for m in _ALL_CUSTOMERS.finditer(analysis.joined):  # "... Ana Ruiz (12 Elm St) and ... All three are customers"
        yield analysis.locate(m.start())
    if analysis.may_hold("name"):  # the pattern tries up to 80 characters after each "account", "bill", "service"
        for m in _HELD_IN_NAME.finditer(analysis.joined):  # "The service at 12 Elm St remains in the name of Ana Ruiz"
            yield analysis.locate(m.start())
    if analysis.may_hold("held", "holds"):
        for m in HOLDS_ACCOUNT_AFTER.finditer(analysis.joined):  # "Dmitri Volkov holds the PCE account for ..."
            yield analysis.locate(m.start())
    # each pattern below searches the whole text ignoring case, in most texts for nothing: only a text that holds one
    # of its words is searched
    if (analysis.cues.any("utility matter") or analysis.cues.any("customer")) and analysis.may_hold(*_REACHING_WORDS):
        for m in _REACHED.finditer(analysis.joined):  # "Spoke with Ana Ruiz through the interpreter. ...": see _reached
            yield analysis.locate(m.start())
        for m in _OWN_CALL_FROM.finditer(analysis.joined):  # "Per Ana Ruiz's call from 909-...": see _reached
            yield analysis.locate(m.start())
    if analysis.may_hold(*_CALLING_BACK_WORDS):
        for m in _CALL_BACK.finditer(analysis.joined):
            yield analysis.locate(m.start())
            if m.group().endswith(":"):  # a callback list's label: each item below is a record of its own
                yield from _callback_items(analysis, *analysis.locate(m.start()))
    if analysis.cues.any("utility matter") and analysis.may_hold("@"):
        for m in _MAILBOX_AND_BRACKET.finditer(analysis.joined):  # "... to yreddy@sbcglobal.net (Yesenia Reddy)"
            if personal_mailbox(m.group("mailbox")):
                yield analysis.locate(m.start())
    if analysis.may_hold("left", "dej"):
        for m in _LEFT_OWN_NUMBER.finditer(analysis.joined):  # "Ana Ruiz left a cell number, 909-...": see _callers
            yield analysis.locate(m.start())
    if analysis.cues.any("utility matter") and analysis.may_hold("called", "phoned", "rang"):
        for m in _CALLED_ABOUT_NUMBER.finditer(analysis.joined):  # "Ana Ruiz called about ..., 909-...": see _callers
            yield analysis.locate(m.start())
        for m in _CALLED_LEAVING_NUMBER.finditer(analysis.joined):  # "Ana Ruiz also called - 909-...": see _callers
            yield analysis.locate(m.start())
    whose, number = _CUSTOMERS_NUMBER_WORDS
    if analysis.may_hold(*whose) and analysis.may_hold(*number):
        # "Customer phone (530) ...": see _unnamed_customers_record
        for m in _CUSTOMERS_NUMBER_AHEAD.finditer(analysis.joined):
            yield analysis.locate(m.start())
    if analysis.may_hold(*_OWN_UTILITY_BILL_WORDS):
        for m in OWN_UTILITY_BILL.finditer(analysis.joined):  # "Ana Ruiz of 12 Elm St said ... her electric bill"
            yield analysis.locate(m.start())
    if analysis.may_hold(*_UTILITY_STORY_WORDS):
        for m in UTILITY_STORY.finditer(analysis.joined):  # "My name is Ana Ruiz. I live at ... They shut me off"
            yield analysis.locate(m.start())
    if analysis.may_hold(*_RELIEF_WORDS):
        for m in RELIEF_TOLD.finditer(analysis.joined):  # "Ana Ruiz (phone 909 ...) asked for a payment plan"
            yield analysis.locate(m.start())
    average, left_out = _LEFT_OUT_WORDS
    if analysis.may_hold(*average) and analysis.may_hold(*left_out):
        for m in _LEFT_OUT_OF_AVERAGE.finditer(analysis.joined):  # "Avg excludes Benito Rascon, 562 ...": see _judge
            yield analysis.locate(m.start())
    if analysis.may_hold(*_HOME_LABEL_WORDS):
        for m in _HOME_LABEL.finditer(analysis.joined):  # "Home charger: Ana Ruiz, 12 Elm St": see _homes_labelled
            yield analysis.locate(m.end())
    for position in analysis.cues.find("usage"):
        segment, start = analysis.locate(position)
        if consumption_spans(segment.text, max(0, start - 64), start + 16) or analysis.usage_cut_at(segment, start):
            # a consumption, not a tariff (the window holds the unit's longest spelling: "kilowatt-hours")
            yield segment, start


def _called_on_line_before(pieces: list[Line], segment, start: int, end: int) -> bool:
    """Whether a name that opens its line is called a customer at the end of the line before, which a line
    break cut from it ("... The customer Mrs." / "Lourdes Ybarra also called ...")."""
    for k, piece in enumerate(pieces[1:], 1):
        if piece.segment is segment and piece.start <= start < piece.end:
            if segment.text[piece.start:start].strip():
                return False
            head = pieces[k - 1].text.rstrip()
            joined = f"{head} {segment.text[start:end]}"
            return called_customer(joined, len(head) + 1, len(joined))
    return False


def _name_opens_next_line(analysis: Analysis, segment, start: int, end: int) -> bool:
    """Whether a role word ends its line (a segment of its own: a PDF or text line) and the next line opens with
    a capital, the name the line break cut from it ("... her neighbour, customer" / "Tomasz Wisniewski ...")."""
    if not _ROLE_ENDS_LINE.fullmatch(segment.text, end):
        return False
    i = analysis.line_at(segment, start)
    lines = analysis.free_lines
    return i is not None and i + 1 < len(lines) and lines[i + 1].text.lstrip()[:1].isupper() and same_block(
        lines[i], lines[i + 1])


# the line of a record that says who sent it: a voicemail's caller, a text message's sender
_SENDER_FIELD = re.compile(r"(?i)[ \t]*(?:caller\s*id|caller|from|sms\s+from|text\s+from|callback(?:\s+number)?)[ \t]*:")


def _senders(analysis: Analysis, pieces: list[Line]) -> None:
    """The caller's or sender's number and mailbox on a correspondence record's "Caller ID:" or "From:" line, when
    the record is a customer's (it names them beside their bill, or gives their account)."""
    if not RECORD_MARK.search("\n".join(p.text for p in pieces)):
        return
    for line in pieces:
        if _SENDER_FIELD.match(line.text):
            for kind, segment, start, end in analysis.contact_fields([line]):
                if kind in ("phone", "email"):
                    analysis.add(kind, segment, start, end, "the sender of a customer's message")


def _judge(analysis: Analysis, pieces: list[Line], after: Line | None) -> list[tuple]:
    """Records the fields of the pieces if they are a customer's record; returns the names recorded (none if
    they are not one, or if the record names no one)."""
    page = page_of(pieces[0].segment)
    anchored = [p for p in pieces if analysis.anchors_in(p.segment, p.start, p.end)]
    fields = _record_fields(analysis, pieces, after, bool(anchored))
    for segment, start, end in _holders_told(analysis, pieces):
        analysis.add("name", segment, start, end, "a person the text makes the holder of a utility account")
    if not anchored and not fields:
        return []  # each record below ties its names to an identifier or to the contact details or usage beside them
    usage = [f for f in fields if f[0] == "usage"]
    copied = cue_in(analysis, "customer system", pieces)
    own = any(possessives(analysis, analysis.offset(p.segment) + p.start, analysis.offset(p.segment) + p.end)
              for p in pieces)
    # the pieces read as one text: a line break may cut "... said her" / "February bill showed 314 kWh"
    owned = bool(usage) and any(told.search(" ".join(p.text for p in pieces))
                                for told in (OWN_USE, TELLS_USE, _USE_TOLD, _USE_APPOSED_TOLD))
    # a land-use case's applicant and owner, and the project's address, are public records: a page's utility words
    # (a condition that the applicant coordinate the service drop with the utility) make them no customer's
    party = cue_in(analysis, "party role", pieces)
    utility = party and utility_matter_near(analysis, pieces) and not land_use_application(pieces)
    party = party and any(_private_fact(f, utility) for f in fields)
    # a callback owed at a number ("Callback for Tevita Vaifale at 308 ..."): only the name right between them is
    # kept (_called_back, _callers), so any words that read as a name will do there
    callback = any(f[0] == "phone" for f in fields) and any(
        _CALL_BACK.search(p.text) or _RETURN_CALL.search(p.text) or _LEFT_OWN_NUMBER.search(p.text)
        or _CALLED_ABOUT_NUMBER.search(p.text) or _CALLED_LEAVING_NUMBER.search(p.text) or p.text.strip() and _callback_list_item(analysis, p.segment, p.start + len(p.text) - len(p.text.lstrip()))
        for p in pieces)
    # a program's participant and their home ("Rebate winner Hodan Abdi of 3450 ..."): see _participants
    participant = any(is_a_home(f) or f[0] in ("email", "phone", "usage") for f in fields) and any(
        _PARTICIPANT.search(p.text) for p in pieces)
    # a resident's home marked on a program's map, with their number: see _homes_labelled
    home_labelled = participant or home_and_phone_with(fields, pieces, _HOME_LABEL.search)
    # a consumption figure beside a phone or a home, a note copied from the billing system, or two ways to reach
    # someone in a customer's case, tie the words beside them as surely as an identifier: any name will do there,
    # listed or not ("Itzel Luz, 562 693 7172, 538 kWh", "copied from CIS: Jhun Marcelo-Dang / ...", "Staff met
    # with HSIEH, MEI-HUI. The ratepayer asked that notices go to ...@aol.com and the crew call (818) ...")
    # a resident's home or number and their own utility bill ("Ana Ruiz ((909) ...) thanked staff for help with the
    # winter bill"): see speakers_with_home
    bill_told = any(f[0] in ("address", "phone") for f in fields) and any(
        OWN_UTILITY_BILL.search(p.text) or UTILITY_STORY.search(p.text) or RELIEF_TOLD.search(p.text)
        for p in pieces)
    # a resident reached at their own home, phone or mailbox whom staff helped, in a text telling utility matters ("A
    # Tagalog-speaking senior (Ana Ruiz, 562...) was helped by Lyle Pennington in Tagalog" among a customer-care
    # report's cases): served as a customer; the helper is staff (``named_officially``)
    served = any(f[0] in ("address", "phone", "email") for f in fields) and any(
        SERVED_BY.search(p.text) for p in pieces) and utility_matter_near(analysis, pieces)
    # a service address given right after a name ("caller Ana Ruiz stated svc addr 12 Elm St"): a utility's customer
    service_told = any(map(is_a_home, fields)) and any(_SERVICE_ADDRESS_LABEL.search(p.text) for p in pieces)
    # a home and a phone in a record joined by bars ("Ana Ruiz|12 Elm St|909 ..."): the field before them holds the
    # person's name, as a table's name column does
    bar_joined = home_and_phone_with(fields, pieces, joined_by_bars)
    # a problem reported from a home with the number to call back ("Outage reported by Ana Ruiz - 12 Elm St - (909)
    # ..."): a resident reporting their own service, whose name need be on no list
    reported = home_and_phone_with(fields, pieces, _REPORTED_BY.search)
    # homes given with names that the next sentence calls customers, all together: see _called_customers_after
    listed_homes = any(map(is_a_home, fields)) and any(_ALL_CUSTOMERS.search(p.text) for p in pieces)
    # a home whose service the text says is held in someone's name, or by someone ("... holds the PCE account for the
    # duplex at ..."): whoever it names there holds the account
    held = any(map(is_a_home, fields)) and any(pattern.search(" ".join(p.text for p in pieces))
                                           for pattern in (_HELD_IN_NAME, HOLDS_ACCOUNT_AFTER))
    # a shut-off notice's addressee right before their home ("Para: Anastasio Echeverria, 3988 ... Su servicio ...
    # será suspendido"): the household whose service it is, whose name need be on no list (``_notice_addressees``)
    addressed = any(map(is_a_home, fields)) and any(
        _NOTICE_ADDRESSEE.search(p.text) and _SHUT_OFF_NOTICE.search(p.text) for p in pieces)
    names = _names(analysis, pieces, bool(anchored),
                   lenient=bool(anchored) or copied or len(fields) > len(usage) > 0
                   or (own and (len(fields) - len(usage) >= 2 or any(map(is_a_home, fields))))
                   or owned or party or callback or home_labelled or bill_told or served or service_told or bar_joined
                   or reported or listed_homes or held or addressed,
                   mailboxes=[(segment, start, end) for kind, segment, start, end in fields if kind == "email"])
    # (a utility's account or usage makes the proprietor the account's customer: "Ana Ruiz dba Ruiz Tile, acct ...";
    # their own home, phone or mailbox beside the number makes a record of theirs: "... his home address, 12 Elm St")
    utility_anchored = bool(usage) or any(
        a.kind == "account" for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end))
    # a sole proprietor before their trade name, with no utility matter nor contact of their own: the trade's line
    traders = [name for name in names if lists.trades_under_a_name(name[0].text, name[2]) and not utility_anchored
               and not own_contact_beside(name, fields)]
    names = [name for name in names if not city_of_an_address(name, fields) and not tail_of_a_place(name)
             and not place_after_a_preposition(name)
             and not lists.proprietor_under_trade_name(analysis, name[0], name[0].text[name[1]:name[2]])
             and name not in traders]
    names = [name for name in names if not town_named(name) and not street_named(name)
             and not speaker_telling_of_another(name) and not providers_named(name)]
    if any(map(family_named, names)) and tells_history(" ".join(p.text for p in pieces)):
        names = [name for name in names if not family_named(name)]  # "The Ybarras settled at ... in 1890"
    # a worked example's made-up household ("The Reyes family (a hypothetical household of four) uses about 640
    # kWh") is no customer, nor is the usage the example gives it
    real = [name for name in names if not stands_in(name[0].text, name[1], name[2])]
    if names and not real:
        return []
    names = real
    if not anchored:  # no identifier ties the record: the paragraph's people and figures may be public ones
        if names and of_another_kind(" ".join(p.text for p in pieces)) \
                and not any(analysis.facts.in_sample(p.segment) for p in pieces):  # a sample bill's is left out later,
            return []  # and the document says so; a bio, a volunteer's profile, an example, a proclamation here
        names, usage = public_ones_left_out(analysis, names, usage)
        fields = [f for f in fields if f[0] != "usage" or f in usage]
    if not names and owned:  # a story's family called only by its surname here: the name that opened the story
        names = story_subjects(analysis, names, usage, pieces)
    ranked = None if names else _ranked_usage(analysis, usage)  # a contest's winners whom no list of names holds
    if not names and not ranked:
        if anchored:  # no name, but an account's service address, callback number or usage in its own line
            for kind, segment, start, end in _initialled_customers(analysis, pieces, after):
                analysis.add(kind, segment, start, end, "contact details of a customer named by an initial")
            for piece in anchored:
                if names_facility(piece.text) or ORGANIZATION.search(piece.text) or any(
                        t[0] is piece.segment and piece.start <= t[1] < piece.end for t in traders) or (
                        _TRADE_LINE.search(piece.text) and not utility_anchored
                        and not OWN_CONTACT_WORDS.search(piece.text)):
                    continue  # a facility's or an organization's account: "Palomares Park, SCE acct ..."; a trade's
                    # line, its proprietor's name unread ("Perpetua Ruiz dba Ruiz Tree Care | 81 Elm St | SSN ...")
                k = pieces.index(piece)
                below = pieces[k + 1] if k + 1 < len(pieces) else after
                goes_on = clause_going_on(piece, below)
                if goes_on:  # then the line after the one it goes on in is where a value cut there goes on
                    below = (pieces[k + 2] if k + 2 < len(pieces) else after) if k + 1 < len(pieces) else None
                # the line above when it labels the account's service address ("Service address: 12 Elm St" over
                # "PCE account 4455667788"), as a utility's record writes the premise before its account
                above = [pieces[k - 1]] if k and _SERVICE_ADDRESS_LABEL.match(pieces[k - 1].text.lstrip()) else []
                beside = analysis.contact_fields([*above, piece, *goes_on], below)
                for kind, segment, start, end in beside:
                    if not _someone_elses(analysis, segment, start, [f[1:] for f in beside]):
                        analysis.add(kind, segment, start, end, "contact details beside a personal identifier")
        else:
            for kind, segment, start, end in _customers_home(analysis, fields):
                analysis.add(kind, segment, start, end, "home and mailbox of a customer the clause speaks of")
            for kind, segment, start, end in _unnamed_customers_record(analysis, fields):
                analysis.add(kind, segment, start, end, "record of a customer a sentence speaks of, unnamed")
            if page not in analysis.context.public_comment:
                for kind, segment, start, end in _writers_own_record(analysis, pieces, fields):
                    analysis.add(kind, segment, start, end, "home and own contact a writer gives in their own "
                                                            "question about their service or a program")
            for kind, segment, start, end in _customers_own_message(analysis, fields):
                analysis.add(kind, segment, start, end, "phone of a customer whose home a record of the page holds, "
                                                        "in their own message")
        return []
    if any(FACILITY_CUE.search(s.text, start, end) for s, start, end in names):  # "Nicole R. Park, who lives at"
        fields = _record_fields(analysis, pieces, after, bool(anchored), names)
    homes = [f for f in fields if f[0] == "address"]
    called = [n for n in names if called_customer(n[0].text, *n[1:]) or _called_on_line_before(pieces, *n)
              or _called_customers_after(analysis, n) or _posted_by(n) or _household_acting(n)]
    if ranked:
        names, fields = ranked
        why = "a contest's ranked winner named with their own monthly usage"
    elif anchored:  # the account's parties too: its holder's estate's executor, a landlord taking service back
        names, fields = _customers_sentences(analysis, names, fields, [*called, *_parties(names), *(f[1:] for f in usage), *(
            (a.segment, a.start, a.end) for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end)),
            *_listed_accounts(analysis, pieces)])
        why = "name beside a personal identifier in running text"
    elif usage and (homes or len(fields) > len(usage)) and not _PREMISES_TOLD.search(" ".join(p.text for p in pieces)):
        # "Itzel Luz, 562 693 7172, consumo 538 kWh"; not a shop owner's quote on the shop's bill
        # the parties too: "The tenants are Ana Ruiz (Unit 3) and Jo Lee (Unit 7). Ms. Ruiz ... showed 3,528 kWh"
        names, fields = _customers_sentences(analysis, names, fields, [*called, *_parties(names),
                                                                       *(f[1:] for f in usage)])
        why = "name beside a home address and its consumption" if homes else \
            "name beside their consumption and contact details"
    elif page not in analysis.context.public_comment and (addressees := _notice_addressees(names, fields)):
        names, fields = _customers_sentences(analysis, names, fields, addressees)
        why = "the customer a shut-off notice in running text is addressed to, with their home"
    elif (page not in analysis.context.public_comment or _own_account_told(pieces)) and called and (
            own_fields := [f for f in fields if not to_customers_at_large(f[1].text, f[2])]):
        # not a program's line in a sentence to customers at large: a testimonial's customer has none of their own
        names, fields = _customers_sentences(analysis, names, own_fields, called)
        why = "customer named in running text beside their contact details"
    elif page not in analysis.context.public_comment and home_and_phone(names, fields, pieces) and not (
            PUBLIC_PROCESS.search(" ".join(p.text for p in pieces))
            and not cue_in(analysis, "utility matter", pieces)) and not lists.serving_in_a_role(analysis, pieces[0].segment) \
            and not land_use_party(analysis, pieces, names) and not tells_candidacy(
                " ".join(p.text for p in pieces), lists.list_lead(analysis, pieces[0].segment)) \
            and not permit_holders(analysis, names):
        names, fields = _customers_sentences(analysis, names, fields, names)  # not "Defendant: the utility, 411 W ..."
        why = "name beside a home address or a personal mailbox and a phone in one clause"
    elif page not in analysis.context.public_comment and (signed := signed_with_home(names, fields)):
        names = signed  # not the people the quote speaks of
        why = "a quote's speaker signed with their home address"
    elif speakers := speakers_with_home(names, fields):
        names, fields = _customers_sentences(analysis, names, fields, speakers)
        why = "a resident's home or number given with their own utility bill"
    elif told := homes_in_utility_story(analysis, names, fields):
        names, fields = _customers_sentences(analysis, names, fields, told)
        why = "a person's home given with what happened to their utility account"
    elif page not in analysis.context.public_comment and (mailed := mailbox_owners_bracketed(names, fields))[0]:
        names, fields = mailed
        why = "customer named in brackets after their own mailbox, in a note of their utility matter"
    elif followed := followed_up(names, fields):
        names, fields = _customers_sentences(analysis, names, fields, followed)
        why = "a person who told of their own utility bill, refund or deposit, whom staff will call back"
    elif page not in analysis.context.public_comment and served and (helped := served_ones(names, fields)):
        names, fields = _customers_sentences(analysis, names, fields, helped)  # not the helper, who is staff
        why = "person staff helped in a utility's text, beside their own phone, mailbox or home"
    elif fields and copied:
        why = "name and contact details copied from a customer or billing system"
    elif page not in analysis.context.public_comment and len(fields) > len(usage) and own and not OWN_BUSINESS_RE.search(
            " ".join(p.text for p in pieces)):  # not an owner's words of their firm's bill: "I own Ana's Bakery. My bill"
        why = "name beside their home or contact details and their bill or meter"  # not a testimonial's name alone
    elif (page not in analysis.context.public_comment or _own_account_told(pieces)) and party and not permit_holders(
            analysis, names) and (parties := _customers_sentences(analysis, _parties(names), fields,
                                            [f[1:] for f in fields if _private_fact(f, utility)]))[0]:
        names, fields = parties  # not a bystander named in the same sentence, nor a resident a sentence before names
        why = "party of a utility case beside their own usage, phone, mailbox or service address"
    elif page not in analysis.context.public_comment and (reached := _reached(analysis, names, pieces, fields)):
        names, fields = _customers_sentences(analysis, names, fields, reached)  # not the interpreter named in the same note
        why = "person staff reached about a utility matter beside their own phone, home or usage"
    elif page not in analysis.context.public_comment and (callbacks := _called_back(analysis, names, fields)):
        names = callbacks
        why = "person to be called back at their own number"
    elif page not in analysis.context.public_comment and (callers := _callers(analysis, names, pieces, fields)):
        names = callers
        why = "person who called about a utility matter, with the number to return the call at"
    elif page not in analysis.context.public_comment and (participants := _participants(names, fields)):
        names = participants
        why = "a utility program's participant named with their home address"
    elif page not in analysis.context.public_comment and (enrollees := _enrollees_reached(analysis, names, fields)):
        names = enrollees
        why = "a utility program's enrollee named with their own mailbox, phone or consumption"
    elif page not in analysis.context.public_comment and (owners := _homes_labelled(names, fields)):
        names = owners
        why = "a resident named with their home and number, marked as a private home"
    elif page not in analysis.context.public_comment and (
            left_out := left_out_of_usage_average(analysis, names, fields)):
        names = left_out
        why = "customer left out of an average of customers' usage, with their own details"
    elif page not in analysis.context.public_comment and (introduced := self_introduced(names, fields))[0]:
        names, fields = introduced
        why = "a caller's own name, home and number, as they introduce themselves"
    elif owned and (users := usage_of(analysis, names, usage)):
        names, fields = _customers_sentences(analysis, names, fields, users)  # not the other speakers of the block
        why = "name beside their own consumption"
    elif ranked := _ranked_usage(analysis, usage):
        names, fields = ranked
        why = "a contest's ranked winner named with their own monthly usage"
    elif owned and (subjects := story_subjects(analysis, names, usage, pieces)):
        names = subjects  # not the family called again by its surname, nor anyone else the story names
        why = "a story's customer named with their own monthly usage"
    else:
        return []
    for segment, start, end in names:
        analysis.add("name", segment, start, end, why)
    for kind, segment, start, end in fields:
        analysis.add(kind, segment, start, end, why)
    for segment, start, end in names:  # "When Ana Ruiz applied (application EVC-48013), the home at ... used ...": the
        # program's number for the customer, their program account (as in a participants' list)
        for number in lists.PROGRAM_NUMBER.finditer(segment.text, *sentence_bounds(segment, start, names)):
            if not analysis.anchors_in(segment, number.start("value"), number.end("value")):
                analysis.add("number", segment, number.start("value"), number.end("value"), why)
    accounts = [a for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end) if a.kind == "account"]
    for piece in pieces:
        kind = "phone" if piece.segment.label and header_kind(piece.segment.label)[0] == "phone" else "number"
        for start, end in _bare_numbers(analysis, piece):  # a field its page names a phone's: "customer:phone"
            if accounts and kind == "number" and (e164 := dialable_beside_account(piece.segment.text[start:end])):
                if not analysis.contacts.phone_is_public(e164):  # the department's own line is nobody's record
                    analysis.add("phone", piece.segment, start, end, why)
                continue
            analysis.add(kind, piece.segment, start, end, why)
    analysis.anchor_pages.add(page)
    return names


# a customer whom minutes or a report call by title and initial only, opening a sentence: "Mr. G. has been difficult
# to reach.", "Dr. T. asked ..."; and a sentence that goes on about them by a pronoun: "She asked to be contacted at ..."
_INITIALLED = re.compile(r"(?:^|(?<=[.!?;:]\s))\s*(?:Mr|Mrs|Ms|Mx|Dr)\.\s?[A-Z]\.(?=\s)")
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|They|His|Her|Their)\b")


def _initialled_customers(analysis: Analysis, pieces: list[Line], after: Line | None) -> list[tuple]:
    """In a record an identifier ties and that names no one, the customer the text calls by title and initial from
    a sentence's start ("Mr. G. has been difficult to reach. He asked to be contacted at 213 ... after 4 p.m. His
    account is ..."): the phone, home or mailbox in each sentence from there on that opens on that title or on a
    pronoun, when the identifier's sentence opens so too (the account is theirs). A line break may cut each sentence.
    Not a sentence that opens on anyone else ("Staff contact: (909) ...", "Member Huynh asked ...")."""
    first = next((k for k, piece in enumerate(pieces)
                  if _INITIALLED.search(piece.segment.text, piece.start, piece.end)), None)
    if first is None:
        return []
    told = pieces[first:]
    fields = analysis.contact_fields(told, after)
    taken = [f[1:] for f in fields] + [(a.segment, a.start, a.end) for p in told
                                       for a in analysis.anchors_in(p.segment, p.start, p.end)]

    def about_them(segment: Segment, start: int) -> bool:
        opening, begin, _ = sentence_opening(analysis, segment, sentence_bounds(segment, start, taken), taken)
        return bool(_INITIALLED.match(opening.text, begin) or _PRONOUN_OPENS.match(opening.text, begin))
    if not any(about_them(a.segment, a.start) for p in told for a in analysis.anchors_in(p.segment, p.start, p.end)):
        return []
    return [f for f in fields if f[0] in ("phone", "address", "email") and about_them(f[1], f[2])]


# a balance on the utility's books owned by a titled person, as a write-off or collections report tells it: "The
# balance of Ms. Ana Ruiz was referred to the agency", "the unpaid balance owed by Mr. Jo Lee"; not a speaker's "the
# balance of Mr. Lee's time", nor "the balance of the fund"
_BALANCE_OF = re.compile(r"(?i)\bbalances?\s+(?:of|owed\s+by|due\s+from)\s+$")
_HONORIFIC_OPENS = re.compile(r"(?:Mr|Mrs|Ms|Mx)\.?\s")
# what the text says became of such a balance or account
_COLLECTION = re.compile(r"(?i)\b(?:referred|collections?|written\s+off|write-?off|uncollect\w*|payment\s+plan|owed?|"
                         r"owes|past[- ]due|delinquent|discharged|bankruptcy|agency)\b")
# a sentence's stop in the text read as one (a PDF's lines joined by NULs): a stop before a capital or the text's end
_JOINED_STOP = re.compile(r"[.!?](?=[\s\x00]+[\"\u201c]?[A-Z]|[\s\x00]*$)")
_HOLDER_REACH = 240  # how far a name's sentence reaches: a clause or two


def _holders_told(analysis: Analysis, pieces: list[Line]) -> list[tuple]:
    """The names the pieces make a utility account's holder with no field beside them: a titled person whose balance
    the text says was referred, owed or written off ("The balance of Mr. Jo Lee was referred previously"), and a name
    the text calls the utility's customer whose own sentence goes on with what happened to their account ("Her
    neighbor Ana Ruiz, also a PCE customer, applied too; she enrolled in CARE the same week"). A customer's name is
    the customer's record (PCE-01 4.1), whatever else the text gives. Not a testimonial's name with no story of the
    account ("Ana Ruiz, a PCE customer, said the program helped"), a speaker in public comment ("Public comment: ...",
    "... urged the Board to"), an official."""
    if not analysis.cues.any("utility matter") or page_of(pieces[0].segment) in analysis.context.public_comment:
        return []
    found = []
    for piece in pieces:
        text = piece.segment.text
        for start, end in names_in(text, piece.start, piece.end, True):
            value = text[start:end]
            name = person_name(value, strict=False)
            if not name or analysis.contacts.name_is_public(name) or names_an_official(value, analysis.officials) \
                    or named_officially(text, start, end) or text.startswith(("'s", "\u2019s"), end) \
                    or public_commenter(text, start):
                continue
            at = analysis.offset(piece.segment) + end
            stop = _JOINED_STOP.search(analysis.joined, at, at + _HOLDER_REACH)
            sentence = analysis.joined[at:stop.start() if stop else at + _HOLDER_REACH]
            if _ADDRESSES_THE_BODY.search(sentence):
                continue  # "Ana Ruiz, a Medical Baseline customer, urged the Board to ...": a speaker at a meeting
            if _HONORIFIC_OPENS.match(value) and _BALANCE_OF.search(text, max(0, start - 40), start):
                if _COLLECTION.search(sentence):
                    found.append((piece.segment, start, end))
            elif called_customer(text, start, end) and any(
                    not re.search(r"(?i)customer|ratepayer|holder", m.group())
                    for m in UTILITY_STORY.finditer(analysis.joined, at, at + len(sentence) + 1)):
                found.append((piece.segment, start, end))
            elif _ACCOUNT_PARTY_BEFORE.search(text, max(0, start - 40), start) and _ACCOUNT_KEPT.search(sentence):
                found.append((piece.segment, start, end))
    return found


# a speaker's words to the body whose meeting they address, in the name's sentence: "urged the Board to", "asked the
# Council", "spoke in favor of"
_ADDRESSES_THE_BODY = re.compile(r"(?i)\b(?:urged|asked|told|thanked|addressed|implored|encouraged|called\s+on)\s+(?:the\s+)?"
                                 r"(?:board|council|commission|committee|directors|commissioners|councilmembers)\b|"
                                 r"\bspoke\s+(?:in\s+(?:favou?r|support|opposition)|against|about|on|to\s+the)\b")


# a tenant, a landlord or an owner named as a party right before the name ("The tenant, Luis Ortega, says the landlord,
# Karen Whitfield, never transferred the account"), whose sentence tells who kept, moved or closed the utility account:
# the account's parties (a lease's or a building's owner alone is no customer)
_ACCOUNT_PARTY_BEFORE = re.compile(r"(?i)\b(?:tenant|landlord|renter|lessee|roommate|"
                                   r"(?:property\s+|home\s+|building\s+)?owner|inquilin[oa]|arrendador[a]?|"
                                   r"due\u00f1[oa])\s*,?\s+(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?$")
_ACCOUNT_KEPT = re.compile(r"(?i)\b(?:transfer(?:red|s)?|kept|keeps?|put|puts|closed?|closes|opened|opens?|moved?|"
                           r"moves|switch(?:ed|es)?|cancell?ed|cancels?)\s+(?:the|his|her|their)\s+"
                           r"(?:(?:pce|sce|edison|electric|electricity|utility|power|energy)\s+)?(?:account|service)"
                           r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|in|into|for|at|over|back|under|from|with|after|until|when|"
                           r"because|on|and|or|since)\b)")


def _own_account_told(pieces: list[Line]) -> bool:
    """Whether the pieces tell of someone's own utility bill or account (a late fee, a shutoff, "her winter bill"):
    a customer named as one in a public comment then speaks of their account, which minutes publish as its record,
    not of a public matter ("Ana Ruiz, a PCE customer at ..., said she had been charged a late fee")."""
    return any(OWN_UTILITY_BILL.search(p.text) or UTILITY_STORY.search(p.text) or _CHARGED.search(p.text)
               for p in pieces)


# where someone lives, right before a street address: "lives at", "resides at", "living at", or lived till they
# moved out ("who moved out of the house at 12 Elm St": a former customer's last service address)
_LIVES_AT = re.compile(r"(?i)\b(?:(?:lives|living|resides|residing|reside)\s+at|moved\s+(?:out\s+of|from)\s+"
                       r"(?:the|his|her|their)\s+(?:house|home|apartment|unit|residence)\s+(?:at|on))\s*$")
_LIVES_AT_REACH = 48
_ANY_CUSTOMER = re.compile(r"(?i)\b(?:average|typical|every|each|any|all|most|many|some|no)\s+(?:\w+\s+)?customers?\b")
_LIVES_AT_AHEAD = re.compile(r"(?i)\b(?:lives|living|resides|residing)\s+at\s+\d")


# a message's writer giving their own home and asking to be called: "I have lived at 12 Elm St for 30 years ...
# Please call me at 626-..."
_OWN_HOME_BEFORE = re.compile(r"(?i)\b(?:(?:I|we)(?:['\u2019]ve|\s+have)?\s+(?:live[ds]?|resided?|rent(?:ed)?)\s+"
                              r"(?:at|on)|\bmy\s+(?:home|house|apartment|unit)\s+(?:at|on))\s*$")


# the writer's own home, in their words: "I'm at", "we live at", "my house on", "my address is"
_WRITERS_HOME_BEFORE = re.compile(r"(?i)(?:\b(?:I|we)(?:['\u2019]m|['\u2019]re|\s+am|\s+are)\s+(?:at|on)|"
                                  r"\bmy\s+(?:home\s+|street\s+|service\s+)?address\s+is)\s*$")
# what the writer asks about: their service or a program of the utility's ("Can I get a rebate for a heat pump?")
_PROGRAM_ASKED = re.compile(r"(?i)\b(?:rebates?|incentives?|enrol\w*|opt(?:ed|ing)?[\s-]+out|solar|heat\s+pumps?|"
                            r"chargers?|weatheriz\w*|energy\s+audit|rate\s+plan)\b")


def _writers_own_record(analysis: Analysis, pieces: list[Line], fields: list[tuple]) -> list[tuple]:
    """The home a message's writer gives as their own ("I'm at 19906 Redwood Hollow Ln", "I live at ...") and the
    mailbox or number they ask to be reached at ("Reach me at ...@hotmail.com") in the same block, when it asks about
    their utility service or one of the utility's programs (a reader's question pasted into an "Ask the energy team"
    post, a web form's message): a customer's record, though they sign no name. Not a block that gives no contact of
    the writer's own, nor one of another matter (a neighbour's note about a block party)."""
    homes = [f for f in fields if f[0] == "address" and (
        _WRITERS_HOME_BEFORE.search(f[1].text, max(0, f[2] - 30), f[2])
        or _OWN_HOME_BEFORE.search(f[1].text, max(0, f[2] - 30), f[2]))]
    contacts = [f for f in fields if f[0] in ("email", "phone") and HOUSEHOLD_CONTACT_BEFORE.search(
        f[1].text, max(0, f[2] - 30), f[2])]
    if not homes or not contacts:
        return []
    if not (cue_in(analysis, "utility matter", pieces) or any(_PROGRAM_ASKED.search(p.text) for p in pieces)):
        return []
    return homes + contacts


def _customers_own_message(analysis: Analysis, fields: list[tuple]) -> list[tuple]:
    """The phone a message asks to be called at ("Please call me at ..."), when its writer gives their own home
    ("I have lived at ...") and a customer's record of the page holds that home (a staff report's table of the
    disputes, then the e-mail one of the customers sent): the customer's phone, their name signed or not."""
    homes = [segment.text[start:end].lower() for kind, segment, start, end in fields if kind == "address"
             and _OWN_HOME_BEFORE.search(segment.text, max(0, start - 30), start)]
    if not homes:
        return []
    held = {f.segment.text[f.start:f.end].lower() for f in analysis.context.fields if f.kind == "address"}
    if not any(home in held for home in homes):
        return []
    return [f for f in fields
            if f[0] == "phone" and HOUSEHOLD_CONTACT_BEFORE.search(f[1].text, max(0, f[2] - 20), f[2])]


def _customers_home(analysis: Analysis, fields: list[tuple]) -> list[tuple]:
    """A customer's home and personal mailbox in a clause that calls the person a customer and says where they live
    though it names them not ("Speaker notes: customer email pualani.k@comcast.net, lives at 6476 Float House Rd"):
    the street address after "lives at" and the mailbox at a consumer provider in the same sentence."""
    found = []
    for kind, segment, start, end in fields:
        if kind != "address" or not _LIVES_AT.search(segment.text, max(0, start - _LIVES_AT_REACH), start):
            continue
        clause = sentence_bounds(segment, start, [f[1:] for f in fields])
        offset = analysis.offset(segment)
        if not analysis.cues.any("customer role", offset + clause[0], offset + start) or _ANY_CUSTOMER.search(
                segment.text, clause[0], start):
            continue
        found.append((kind, segment, start, end))
        found += [f for f in fields if f[0] == "email" and f[1] is segment and clause[0] <= f[2] < clause[1]
                  and f[1].text[f[2]:f[3]].rpartition("@")[2].lower() in PERSONAL_DOMAINS]
    return found


# a sentence that opens on one customer: "The customer called from ...", "Customer reports ...", "The caller ..."
_ONE_CUSTOMER_OPENS = re.compile(r"(?i)\s*(?:the\s+|this\s+|our\s+)?(?:customer|caller|account\s?holder|ratepayer|"
                                 r"appellant|complainant|petitioner|claimant)\b"
                                 r"(?!\s+(?:service|care|support|relations|programs?|class|base|count))")
# one field alone is the party's when the sentence says it is: the home they receive service at ("The Appellant
# receives residential service at 6580 Baywood St"), a case party's own usage ("The Appellant's billing history
# shows 2,565 kWh in January"; a FAQ's "the customer's average bill" is anyone's)
_SERVED_AT = re.compile(r"(?i)\b(?:receives?|received|has|had|takes?)\s+(?:\w+\s+){0,2}service\s+at\s*$")
_OWN_HISTORY = re.compile(r"(?i)\s*(?:the\s+)?(?:appellant|complainant|petitioner|claimant)['\u2019]s\s+"
                          r"(?:\w+\s+){0,2}(?:bill|billing|usage|consumption|meter)")
_RECORD_KINDS = ("phone", "address", "usage", "email")
# the customer's own bill or use told by the sentence that opens on them: "Customer was billed on an estimated read of
# 2,060 kWh", "The ratepayer used 1,480 kWh in July" (a FAQ's "the customer may use ..." says what anyone may)
_BILLED = re.compile(_ONE_CUSTOMER_OPENS.pattern + r"\s+(?:(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:billed|charged)"
                                                  r"|used|consumed)\b")
# the customer's own number by its label in a note: "Customer phone (530) ...", "Caller's cell: 916-..."
# the number the account's record holds for its holder: "Phone on file:", "Teléfono registrado:" (a letter's footer
# or a merged notice's field: the addressee's, as a customer's own record gives it)
_NUMBER_ON_FILE = (r"(?i:(?:phone|cell|mobile|tel(?:ephone)?)(?:\s+(?:number|no\.?|#))?\s+on\s+(?:file|record)|"
                   r"tel[e\u00e9]fono\s+(?:registrado|en\s+(?:archivo|expediente)))")
_CUSTOMERS_NUMBER = (r"(?i)\b(?:(?:customer|caller|ratepayer|account\s?holder)(?:['\u2019]s)?\s+(?:phone|cell|mobile|"
                     r"tel(?:ephone)?)(?:\s+(?:number|no\.?|#))?|" + _NUMBER_ON_FILE + r")\s*[:#-]?\s*")
_CUSTOMERS_NUMBER_AHEAD = re.compile(_CUSTOMERS_NUMBER + r"(?=[(+\d])")
# its two words: whose number ("account holder" holds "holder", the record "file" or "registrado") and what number
# ("tel" of "telephone" and "teléfono")
_CUSTOMERS_NUMBER_WORDS = (("customer", "caller", "ratepayer", "holder", "file", "record", "registrado", "archivo",
                            "expediente"), ("phone", "cell", "mobile", "tel"))
_NUMBER_ON_FILE_OPENS = re.compile(r"\s*" + _NUMBER_ON_FILE)
_CUSTOMERS_NUMBER_BEFORE = re.compile(_CUSTOMERS_NUMBER + "$")


def _unnamed_customers_record(analysis: Analysis, fields: list[tuple]) -> list[tuple]:
    """A sentence that opens on one customer and gives two of their phone, home, usage or mailbox, one of them their
    usage or the number they called from, naming them not ("The customer called from 308-234-1609 disputing the
    February bill of 1,888 kWh at the service address 75375 Rd 131"): theirs, as a named customer's would be. A
    statement about customers at large ("The customer may call (800) ... or visit 12 Main St") is none."""
    found, taken = [], [f[1:] for f in fields]
    for segment in {id(f[1]): f[1] for f in fields}.values():
        own = [f for f in fields if f[1] is segment and f[0] in _RECORD_KINDS]
        judged: set[tuple[int, int]] = set()  # each sentence once, however many fields it holds
        for kind, _, start, end in own:
            clause = sentence_bounds(segment, start, taken)
            if clause in judged:
                continue
            judged.add(clause)
            together = [f for f in own if clause[0] <= f[2] < clause[1]]
            if _premise_reread(segment.text, clause, together):
                found += [f for f in together if f not in found]
                continue
            if not (_ONE_CUSTOMER_OPENS.match(segment.text, clause[0])
                    or _NUMBER_ON_FILE_OPENS.match(segment.text, clause[0])
                    or _a_customers_case(segment.text, *clause, together)) or _ANY_CUSTOMER.search(
                    segment.text, clause[0], clause[1]) or runs_on_from_above(analysis, segment, clause, taken):
                continue  # a wrapped line's "customer used ..." goes on with "the average residential" above it
            if len(together) >= 2 and any(
                    f[0] == "usage" or _CALLED_FROM.search(segment.text, max(0, f[2] - 20), f[2]) for f in together) \
                    or len(together) == 1 and (
                        together[0][0] == "address" and (_SERVED_AT.search(segment.text, max(0, start - 60), start)
                                                         or _a_customers_case(segment.text, *clause, together))
                        or together[0][0] == "usage" and (_OWN_HISTORY.match(segment.text, clause[0])
                                                          or _BILLED.match(segment.text, clause[0]))
                        or together[0][0] == "phone" and _CUSTOMERS_NUMBER_BEFORE.search(
                            segment.text, max(0, start - 40), start)):
                found += [f for f in together if f not in found]
    return found


_CALLED_FROM = re.compile(r"(?i)\b(?:called|calling|phoned|texted|wrote)\s+(?:in\s+)?from\s*$")
# a sentence that opens on a home (after a footnote's number or "The meter at"), then what the utility did to its
# meter's reading: "2 15391 San Bernardino Rd was re-read by SCE in March (555 kWh)."
_PREMISE_OPENS = re.compile(r"(?i)\s*(?:\d{1,2}\s+(?=\d)|\*\s*)?(?:the\s+meter\s+(?:at|for)\s+)?")
_METER_EVENT_AFTER = re.compile(r"(?i)\s*(?:['\u2019]s\s+meter\s+)?(?:was|were|has\s+been|had\s+been)\s+"
                                r"(?:re-?read|mis-?read|re-?billed|back-?billed|over-?billed|under-?billed|"
                                r"billed\s+on\s+an?\s+estimated?)\b")


def _premise_reread(text: str, clause: tuple[int, int], together: list[tuple]) -> bool:
    """A sentence that opens on a home and says the utility read its meter again or wrongly, with the reading
    ("2 15391 San Bernardino Rd was re-read by SCE in March (555 kWh)", a staff report's footnote): one service
    account's address and use, though it names no one. A facility's or a class's figures open on no street address."""
    opening = _PREMISE_OPENS.match(text, clause[0]).end()
    home = next((f for f in together if f[0] == "address" and f[2] == opening), None)
    return bool(home and any(f[0] == "usage" for f in together) and _METER_EVENT_AFTER.match(text, home[3]))


# a sentence that opens on one customer by the home they wrote or called from, as a FAQ retells a real case: "A customer
# at 12047 Cypress Hollow Rd Apt. 158 asked this after her first true-up showed 2355 kWh"
# ("Last spring the owner of the fourplex at 489 E Elm Dr asked us to ...": a time in the past before it makes "the"
# one real person too, as "a" does; a landlord's building is their service address as a customer's home is)
_A_CUSTOMER_AT = re.compile(r"(?i)\s*(?:(?:yes|no)[.,!]\s+)?(?:(?:(?:last|this\s+past)\s+(?:spring|summer|fall|autumn|"
                            r"winter|year|month|week)|(?:earlier|late)\s+this\s+year|recently|in\s+(?:jan|feb|mar|apr|"
                            r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?)\s*,?\s+(?:a|one|the)|a|one)\s+"
                            r"(?:(?:solar|residential|senior|longtime|long-time)\s+)?(?:customer|caller|"
                            r"ratepayer|resident|homeowner|owner|landlord|property\s+owner|tenant)"
                            r"(?:\s+of\s+(?:the|a|an)\s+(?:duplex|triplex|fourplex|house|home|building|apartments?|"
                            r"apartment\s+(?:building|complex)|condo|property|units?|mobile\s+home))?"
                            r"\s+(?:at|on|from)\s+(?=\d)")
# what that customer did: the event of their case, told in the past, and their own bill or meter ("her first true-up")
_CASE_EVENT = re.compile(r"(?i)\b(?:asked|called|phoned|wrote|e-?mailed|reported|complained|disputed|contacted|"
                         r"came\s+in|visited|noticed|discovered|told\s+us)\b")
_THEIR_OWN = re.compile(r"(?i)\b(?:her|his|their)\b")
# a worked example's words: "if", "would", "say", "suppose", "for example" (an FAQ's made-up customer)
_HYPOTHETICAL = re.compile(r"(?i)\b(?:if|would|could|might|suppose|(?<!to\s)say|imagine|example|e\.g|"
                           r"hypothetical(?:ly)?|"
                           r"let['\u2019]s|assume|typical|sample)\b")


def _a_customers_case(text: str, start: int, end: int, together: list[tuple]) -> bool:
    """Whether a sentence retells one real customer's case without naming them: it opens on "a customer at" their
    home and tells what they did, in the past, and of their own bill or meter ("A customer at 12047 Cypress Hollow Rd
    Apt. 158 asked this after her first true-up showed 2355 kWh of net usage"). A worked example is none: its words say
    so ("if", "would", "for example"), it tells no event nor anything of theirs ("A customer at 4521 Oak Ave uses 500
    kWh a month"), or its values are stand-ins ("123 Main St")."""
    opening = _A_CUSTOMER_AT.match(text, start, end)
    return (opening is not None and _CASE_EVENT.search(text, opening.end(), end) is not None
            and _THEIR_OWN.search(text, opening.end(), end) is not None
            and not _HYPOTHETICAL.search(text, start, end)
            and not any(has_stand_in(f[1].text[f[2]:f[3]]) for f in together))


def _someone_elses(analysis: Analysis, segment: Segment, start: int, fields: list[tuple]) -> bool:
    """Whether a field beside an identifier stands in a sentence of its own that names another person, a firm or a
    place ("Your account 4414 ... was reviewed. Larkfield Hardware at 1880 Foothill Blvd, (714) ... donated ..."):
    theirs, not the account's."""
    sentence = sentence_bounds(segment, start, fields)
    return not analysis.anchors_in(segment, *sentence) and names_another(segment, *sentence, fields)


# a business's premises the text tells of: its people quoted on "the shop's" bill are no household's customers
_PREMISES_TOLD = re.compile(r"(?i)\b(?:the|her|his|their|my|our)\s+(?:shop|store|restaurant|salon|bakery|business|"
                            r"caf[e\u00e9]|storefront)\b")


# a line naming a trade its proprietor does business under: "... dba Ruiz Tile", "doing business as ..."
_TRADE_LINE = re.compile(r"(?i)\S\s+(?:dba|d/b/a|d\.b\.a\.|doing\s+business\s+as|trading\s+as)\s+\w")


def _record_fields(analysis: Analysis, pieces: list[Line], after: Line | None, anchored: bool,
                   names: list[tuple] = ()) -> list[tuple]:
    """The contact fields of the pieces (see ``Analysis.contact_fields``) but, where no identifier ties them or an
    office's mailbox is offered with it (``office_line``), the numbers the reader is asked to call; never the address
    of a letterhead (``letters.letterhead_address``), the sender's own."""
    return [f for f in analysis.contact_fields(pieces, after, names)
            if not offices_invitation(f) and (not invited_to_call(f) or anchored and not office_line(f))
            and not (f[0] == "address" and letterhead_address(analysis, f[1]))
            and not firms_contact(analysis, f)]


_RELIEF_WORDS = ("plan", "pago", "discount", "descuento", "diskwento", "gi\u1ea3m", "care", "fera", "baseline",
                 "credit", "bill", "factura")
_OWN_UTILITY_BILL_WORDS = ("bill", "meter", "usage", "shut", "disconnection", "refund", "deposit", "su ")  # one in each
# a word each of its stories holds ("notice" of a disconnection's and a 10-day one, "auto" of "autopay", "been" of
# "we've been with", "collection" of "collections", "complaint" of "complaints", "enroll" of "enrolls", "qualif" of
# "qualifies", "customer" of "an Edison customer", "power" of "lost power", "service" of a closed service, "balance"
# of a titled person's, "disconnect" of one put off or forbidden, "returned" and "came back" of mail returned, "life"
# of life support, "transferred" of an account moved, "behind" of bills fallen behind, "month" of a 12-month plan)
_UTILITY_STORY_WORDS = ("refund", "shut", "disconnect", "cut", "notice", "opted", "enroll", "auto", "payment", "medical", "life",
                        "collection", "been", "complaint", "courtesy", "wrong", "incorrect", "erroneous", "signed",
                        "qualif", "customer", "ratepayer", "holder", "power", "electricity", "service", "balance",
                        "returned", "came back", "transferred", "behind", "month", "billed", "charged", "kept",
                        "continued")
# a text with none of these ties no name so (a use, a history, a change, a solar home's export)
_USE_TOLD = re.compile(rf"(?i)[ \t\x00](?:{USED}|{CUT_USE})[ \t\x00]|{HISTORY_OF}|[ \t\x00]{CHANGED}[ \t\x00]+"
                       rf"(?:about[ \t\x00]+)?\d|{EXPORTED_AFTER_NAME.pattern}")
_USE_APPOSED_TOLD = re.compile(rf"(?-i:[A-Z][^\W\d_]+){USE_APPOSED}")


# a sentence that tells someone's consumption so: a case narrative, not an official's contact card
_USAGE_TOLD = re.compile(rf"(?i)[ \t\x00]{USED}[ \t\x00]+(?:[a-z]+[ \t\x00]+){{0,3}}?\d|{HISTORY_OF}[^:.\n]{{0,60}}:")


# the words before a street address that make it the home a utility serves: "transferred service at ...", "service
# address ...", "receives service at ...", "the SCE account for ..."
_SERVICE_AT = re.compile(r"(?i)\b(?:service\s+(?:address\s*:?|(?:at|to|for))|account\s+(?:for|at))\s*$")
# a party's own home, which a utility case tells ("His home at 3318 ...", "her residence on ..."), not a property a
# zoning appeal is about
# where a party gets the bills, the account's billing address: "was still receiving bills at his new address, ...",
# "receives the bills at his home, ..."
# "whose bills go to P.O. Box ...", "the bills are mailed to ..."
_BILLS_AT = re.compile(r"(?i)\b(?:(?:receiv\w*|gets?|getting|got)\s+(?:the\s+|its\s+|their\s+)?bills?\s+at\s+(?:(?:his|"
                       r"her|their)\s+(?:[\w-]+\s+)?(?:address|home|house|residence|office)\s*,?\s*)?|"
                       r"bills?\s+(?:go|goes|went|(?:are|is|were|was)\s+(?:sent|mailed|going))\s+to\s*)$")
# ... and the home a tenant occupies or rents: "The tenant, Ana Ruiz, occupies 12 Elm St, Unit 3"
_OWN_HOME_AT = re.compile(r"(?i)\b(?:(?:his|her|their)\s+(?:own\s+)?(?:home|house|residence|apartment)\s+(?:at|on|is)|"
                          r"(?:occupies|occupied|occupying|rents|rented|renting|leases|leased)(?:\s+the\s+"
                          r"(?:home|house|unit|apartment)\s+at)?)\s*$")
# the same cues on the City's translated pages, beside the English ones: where a party lives (Spanish "vive en", "con
# domicilio en"; Tagalog "nakatira sa"; Vietnamese "sống tại", "thuê nhà tại" (rents a home at)) and where they get
# the bills (Spanish "recibe las facturas en", Tagalog "tumatanggap ng bill sa", Vietnamese "nhận hóa đơn tại")
_LIVES_AT_TRANSLATED = (r"(?:vive|viven|vivo|reside|residen)\s+en|con\s+domicilio\s+en|(?:ay\s+|na\s+)?nakatira\s+sa|"
                        r"s\u1ed1ng\s+t\u1ea1i|thu\u00ea\s+nh\u00e0\s+t\u1ea1i")
_BILLS_AT_TRANSLATED = (r"recib(?:e|en|ía|ia)\s+(?:las\s+|sus\s+)?facturas\s+en|tumatanggap\s+ng\s+(?:mga\s+)?bill\s+sa|"
                        r"nh\u1eadn\s+h\u00f3a\s+\u0111\u01a1n\s+t\u1ea1i")
_TRANSLATED_HOME_AT = re.compile(rf"(?i)(?<!\w)(?:{_LIVES_AT_TRANSLATED}|{_BILLS_AT_TRANSLATED})\s*$")


def _parties(names: list[tuple]) -> list[tuple]:
    """The names called a party of a utility case ("Tenant Ana Ruiz", "the landlord, Ana Ruiz", "Appellant Ana
    Ruiz"). Beside a fact that is no public record (``_private_fact``) they are the customer's side of the case; a
    zoning appellant's name beside the project's address is a public record."""
    return [(segment, start, end) for segment, start, end in names if called_party(segment.text, start, end)]


def _private_fact(field: tuple, utility: bool) -> bool:
    """Whether a field is no public record beside a party's name: their consumption, the address a utility serves
    ("transferred service at 12 Elm St"), and in a text about a utility matter (``utility``) a phone not a firm's or
    a mailbox at a consumer provider (a code-enforcement complainant's cell is a loose contact, not an account's)."""
    kind, segment, start, end = field
    text = segment.text
    if kind == "usage":
        return True
    if kind == "phone":
        return utility and not BUSINESS.search(text, max(0, start - 60), start)
    if kind == "email" and utility:
        return personal_mailbox(text[start:end])
    if kind == "address" and utility and (_OWN_HOME_AT.search(text, max(0, start - 30), start)
                                          or _BILLS_AT.search(text, max(0, start - 60), start)
                                          or _TRANSLATED_HOME_AT.search(text, max(0, start - 40), start)):
        return True
    return kind == "address" and bool(_SERVICE_AT.search(text, max(0, start - 30), start)
                                      or _ACCOUNT_HELD_AT.search(text, max(0, start - 120), start))


# the home whose account the clause says someone holds, their name between: "the account held by his landlord, Karen
# Whitfield, at 1412 N. Garey Ave", "the PCE account in her mother's name for 12 Elm St", "the account of his landlord
# Ana Ruiz for ..."; not a bank's, an escrow's or a trust's account
_ACCOUNT_HELD_AT = re.compile(r"(?i)(?<!bank )(?<!escrow )(?<!trust )(?<!savings )(?<!checking )(?<!brokerage )"
                              r"\baccount\s+(?:of\b|(?:(?:is|was)\s+)?(?:held|opened|registered|carried|listed)\s+"
                              r"(?:by|to|under|in\s+the\s+name\s+of)\b)(?:[^.;!?\n]|(?:Mrs?|Ms|Dr|\b[A-Z])\.){0,80}?"
                              r"(?:\bat|\bfor|\bon|,)\s*$"
                              r"|(?<!bank )(?<!escrow )(?<!trust )(?<!savings )(?<!checking )(?<!brokerage )"
                              r"\baccount\s+(?:(?:is|was)\s+)?in\s+(?:the\s+name\s+of\b|(?:his|her|their)\s+)"
                              r"(?:[^.;!?\n]|(?:Mrs?|Ms|Dr|\b[A-Z])\.){0,60}?(?:\bat|\bfor|\bon|,)\s*$")


# staff reaching a person, or a person's claim, in a call, collections, claim or field note: "Called Baljit Bains at
# ...", "Spoke with Ana Ruiz through the interpreter", "LVM for Ana Ruiz", "Claim of Nour Al-Masri.", "Claim 24-0512: Nour
# Al-Masri of ..."; or the person
# reaching staff: "our CSR received a call from Ana Ruiz", "was contacted by Ana Ruiz", "met at the counter with"
_REACHING = (r"\b(?:called|phoned|texted|e-?mailed|contacted(?:\s+by)?|interviewed|visited|"
             r"(?:received|took|got|returned|answered|logged|had)\s+(?:a\s+)?(?:(?:tele)?phone\s+)?call\s+from|"
             r"met\s+(?:at\s+the\s+(?:front\s+)?(?:counter|desk|window|door)\s+)?with|"
             r"(?:spoke|spk|talked|met)\s+(?:w/|with|to)|left\s+(?:a\s+)?(?:message|voicemail|vm)\s+(?:for|with)|"
             r"(?:lvm|lm)\s+(?:for|w/|with)|claim\s+(?:of|by|from|filed\s+by)|"
             # a claim's log entry, its number then the claimant: "Claim 24-0512: Ana Ruiz of ..."
             r"claim\s+(?:no\.?\s*|#\s*)?\d[\d-]*\d\s*:|"
             # a call staff owe, asked of them or promised: "asked staff to contact", "Staff will call"
             r"staff\s+(?:to|will|would|shall|should)\s+(?:contact|call|phone|reach|follow\s+up\s+with))")
_REACHED = re.compile(rf"(?i){_REACHING}(?=\s)")
# a word each of _REACHING's phrases holds ("call" of "called" and "call from", "mailed" of "e-mailed", "met" of "met
# with" and "met to"): a text with none of them holds no such phrase (see Analysis.may_hold)
_REACHING_WORDS = ("call", "phoned", "texted", "mailed", "contacted", "interviewed", "visited", "met", "spoke", "spk",
                   "talked", "left", "lvm", "lm", "claim", "staff", "wrote", "rang")
_REACHED_BEFORE = re.compile(rf"(?i){_REACHING}\s+(?:(?:cust(?:omer)?|mr|ms|mrs|dr)\.?\s+)?$")
# a customer word or a contact verb, then a given name that ends the line: "spoke w/ cust Garegin" / "Petrosyan ..."
_NAME_CUT = re.compile(rf"(?i:\b(?:customer|cust|cx|caller|account\s?holder|ratepayer|claimant)|{_REACHING})[ \t]+"
                       r"(?:(?i:cust(?:omer)?)[ \t]+)?(?P<given>(?!(?i:care|service|services|support|relations)\b)"
                       r"[A-Z][\w'\u2019-]+)[ \t]*$")  # not an office's word: "- Dev, Customer Care"
# a sentence's first word that ends its line ("Abatement appeal. Losa"), and a surname's home after it on the next
# line ("Leiataua of 477 ...", "Leiataua, 477 ...")
# a title that ends its line, its surname on the next ("... by Ms." / "Okafor. Her account ...")
_TITLE_ENDS_LINE = re.compile(r"(?<![\w.])(?P<given>(?:Mr|Mrs|Ms|Mx)\.?)[ \t]*$")
_GIVEN_ENDS_LINE = re.compile(r"(?:^|[.!?;:][ \t]+)(?P<given>[A-Z][a-z'\u2019-]+)[ \t]*$")
# whose an account or a statement is, the holder's given name (and initial) ending the line: "held by Naoki F." /
# "Shimizu III at 129 ...", "delivered to Ira" / "R. Rajasa at 1779 ...", "the statement of Ana" / "Ruiz (12 Elm St)"
_HOLDER_ENDS_LINE = re.compile(r"(?i:\b(?:held|owned)[ \t]+by|in[ \t]+the[ \t]+name[ \t]+of|(?:delivered|addressed|"
                               r"mailed|sent)[ \t]+to|statement[ \t]+of)[ \t]+"
                               r"(?P<given>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z]\.)?)[ \t]*$")
_SUFFIX_OR_INITIAL = re.compile(r"\b(?:[A-Z]\.|(?:Jr|Sr)\b\.?|I{2,3}\b|IV\b)")
# the rest of the name opening the next line, right before the holder's home: "Shimizu III at 129 ...", "R. Rajasa at
# 1779 ...", "Ruiz (12 Elm St)", "Ruiz, 12 Elm St"
_SURNAME_BEFORE_HOME = re.compile(r"[ \t]*(?P<surname>(?:[A-Z]\.[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+(?:Jr|Sr|II|III|IV)\b\.?)?)"
                                  r"(?=,?[ \t]+(?:at|of)[ \t]+\d|[ \t]*[,(][ \t]*\d)")
_SERVICE_ADDRESS_LABEL = re.compile(r"(?i)\b(?:svc|service)[ \t]+addr(?:ess)?\b")
_HOME_IN_SLOT = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]of[ \t]+)\d")
_SURNAME_OPENS = re.compile(r"[ \t]*(?P<surname>[A-Z][\w'\u2019-]+)(?![\w'\u2019-])")
# a heading's line: capitalised words, numbers and dashes only, no word of running text ("CUSTOMER MATTERS", "Item 11 -
# Community Power Customer Matters")
_HEADING = re.compile(r"[ \t]*(?:[A-Z0-9][\w.'\u2019&/-]*|[\u2013\u2014:-])(?:[ \t]+(?:[A-Z0-9][\w.'\u2019&/-]*|[\u2013\u2014:-]))*[ \t]*")
# a firm's person: "Called Ana Ruiz of Ruiz Electric", "Spoke with Ana Ruiz at Acme Plumbing Inc."
_OF_A_FIRM = re.compile(r"\s*(?:,\s*)?(?:of|from|at|with)\s+(?:the\s+)?[A-Z]")


# a callback owed to someone: "Call back Danielle Browning at (559) ...", "called back Mr. Ruiz on ...", a note's
# "Callback for Tevita Vaifale at ...", "Return call to Ana Ruiz at ..."
# and on the City's translated pages: Spanish "Devolver la llamada a Marisol Ibáñez al ...", "llamar de vuelta a la
# Sra. ...", Tagalog "Tawagan muli si ...", Vietnamese "Gọi lại cho bà ..."
_CALLING_BACK = (r"(?i:\b(?:(?:call(?:ed)?|phoned?|text(?:ed)?)\s+back|(?:call[\s-]?back|return(?:ed)?\s+call)"
                 r"(?:\s+(?:request(?:ed)?|needed|owed))?\s+(?:for|to)|"
                 r"(?:devolver|devolvi[oó]|regresar|regres[oó])(?:le)?\s+(?:la\s+)?llamada\s+a|"
                 r"llamar(?:le)?\s+de\s+(?:vuelta|regreso)\s+a|tawagan\s+(?:muli|ulit)\s+si|"
                 r"g\u1ecdi\s+l\u1ea1i\s+cho)\s+"
                 r"(?:(?:la|el)\s+)?(?:(?:mr|ms|mrs|dr|sra|sr|srta|\u00f4ng|b\u00e0|anh|ch\u1ecb|c\u00f4)\.?\s+)?)")
# the same callback with the name between its words ("Remember to call Ana Ruiz back at ..."), the caller returning
# staff's call from their number ("Ms. Ana Ruiz called back from (626) ..."), and a callback list's or label's items
# ("Callback list (SCE referral):" / "Ana Ruiz – 626.555.0101", "Call back: Ana Ruiz, 909 ...")
_CALLING_NAME = r"(?i:\b(?:call|phone|text|ring)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?)"
_NAME_THEN_BACK = r"(?=[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+back\s+(?:at|on)\b)"
_CALLED_BACK_FROM = re.compile(r"\s+(?:called|phoned|rang)\s+(?:us\s+|staff\s+)?back\s+from\s+")
# (the people staff are to follow up with, a household's own contact, a life-support customer: "Follow-up contact:",
# "Household contact:", "Life-support:")
# and the people who asked for the call ("Residents who asked to be called back:", "Attendees requesting a return
# call:", "Customers who want a callback:")
_CALLBACK_LABEL = (r"(?i:\b(?:call[\s-]?backs?|return\s+calls?|follow[\s-]?ups?(?:\s+(?:contacts?|calls?))?|"
                   r"household\s+contacts?|life[\s-]support(?:\s+customers?)?|medical\s+baseline(?:\s+customers?)?|"
                   r"(?:asked|asking|requested|requesting|wanted|wanting|want|wish(?:ed)?)\s+(?:to\s+be\s+called\s+back|"
                   r"(?:for\s+)?an?\s+(?:call[\s-]?back|return\s+call)))"
                   r"(?:\s+(?:list|log|queue|needed|requested|requests))?\b[^:\n\x00]{0,40}:)")
_CALLBACK_LABEL_BEFORE = re.compile(_CALLBACK_LABEL + r"[ \t\n]*(?:[-*\u2022\u2013][ \t]*)?$")
# what stands between a callback's name and its number: a dash or a comma, and the number's label ("Ana Ruiz, tel.
# 562.596.7018", "Ana Ruiz - cell: ...")
_DASH_OR_COMMA = re.compile(r"[ \t]*(?:[,:\u2013\u2014]|-(?!\d))?[ \t]*"
                            r"(?:(?i:tel|telephone|ph|phone|cell|mobile|home)\b\.?[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*)?")
_CALL_BACK = re.compile(_CALLING_BACK + r"(?=[A-Z])|" + _CALLING_NAME + _NAME_THEN_BACK + "|" + _CALLBACK_LABEL
                        + "|" + _CALLED_BACK_FROM.pattern)
_CALLING_BACK_WORDS = ("back", "return", "follow", "household", "life", "medical",  # one is in each callback's words
                       "llamada", "de vuelta", "de regreso", "tawagan", "g\u1ecdi l\u1ea1i")
_CALL_BACK_BEFORE = re.compile(_CALLING_BACK + "$")
_CALLING_NAME_BEFORE = re.compile(_CALLING_NAME + "$")
_AT_NUMBER = re.compile(r"\s+(?:at|on|al|sa|theo\s+s\u1ed1)\s+")  # Spanish "al", Tagalog "sa", Vietnamese "theo số"
_BACK_AT_NUMBER = re.compile(r"\s+back\s+(?:at|on)\s+")
_AT_LINE_END = re.compile(r"[ \t]+(?:at|on)[ \t]*")  # a callback's name ending its line, its number on the next
_CALLBACK_REACH = 30  # characters before a name where the callback's words stand
_LIST_REACH = 60  # characters before a name where a callback label on its own line stands
_LIST_ITEMS = 12  # how many items of a callback list may stand between its label and a name
_CALLBACK_LABEL_RE = re.compile(_CALLBACK_LABEL)
# the items of a callback list before a name in its label's line, each a name, its number and a comma or semicolon
_ITEMS_BEFORE = re.compile(r"(?:[ \t]*(?:and[ \t]+)?[A-Z][^,;:\n\d]{1,60}?(?:[ \t]+(?:at|on)[ \t]+|[ \t]*[,:\u2013\u2014-][ \t]*)"
                           r"\+?[\d(][\d \t().-]{6,18}\d[ \t]*[,;][ \t]*)+(?:and[ \t]+)?")
_LISTED_REACH = _LIST_ITEMS * 60  # how far before a name a callback label of the same line may stand
# the list's word an item may open with before its name ("Callback Robert O'Brien – 626 ...")
_ITEM_WORD = re.compile(r"(?i)^(?:call[\s-]?back|caller|customer)[ \t:#-]*$")
_LEFT_OUT_OF_AVERAGE = re.compile(r"(?i)\b(?:avg|average|mean|median)\b[^.;:!?\n\x00]{0,40}?"
                                  r"\b(?:exclud|excl\.|except|omit|leaves\s+out|(?:does\s+)?not\s+includ)")
# _LEFT_OUT_OF_AVERAGE's two words: the average and what it leaves out ("exclud" of "excludes", "includ" of "not
# included")
_LEFT_OUT_WORDS = ("avg", "average", "mean", "median"), ("exclud", "excl.", "except", "omit", "leaves", "includ")


def _called_back(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a note asks staff to call back at the number right after them ("Call back Danielle Browning at (559)
    953-4837 before the meeting"): a resident who called in, and their own number; an office's contact is called,
    not called back, and officials and staff are no names here ("Call Public Works Director Ana Ruiz at ...")."""
    return [(segment, start, end) for segment, start, end in names
            if any(kind == "phone" and (where is segment and _called_back_at(analysis, segment, start, end, at)
                                        or _called_back_below(analysis, segment, start, end, where, at))
                   for kind, where, at, _ in fields)]


def _called_back_below(analysis: Analysis, segment: Segment, start: int, end: int, below: Segment, at: int) -> bool:
    """Whether the name at ``segment.text[start:end]`` is an item of a callback list whose number a line break put at
    the start of the next line ("... called back: Ana Ruiz at (626) ..., Luis Soto at" / "1-909-555-0184.")."""
    return (below is not segment and not below.text[:at].strip() and bool(_AT_LINE_END.fullmatch(segment.text, end))
            and analysis.facts.line_before(below) is segment and _callback_list_item(analysis, segment, start))


def _called_back_at(analysis: Analysis, segment: Segment, start: int, end: int, at: int) -> bool:
    """Whether the name at ``text[start:end]`` is one staff are to call back, or who called staff back, at the
    number that starts at ``at``: "Call back Ana Ruiz at", "call Ana Ruiz back at", "Ana Ruiz called back from",
    or an item of a callback list ("Callback list:" / "Ana Ruiz – 626 ..."), its label an item or two above."""
    text, head = segment.text, max(0, start - _CALLBACK_REACH)
    return bool(_CALL_BACK_BEFORE.search(text, head, start) and (_AT_NUMBER.fullmatch(text, end, at)
                                                                  or _DASH_OR_COMMA.fullmatch(text, end, at))
                or _CALLING_NAME_BEFORE.search(text, head, start) and _BACK_AT_NUMBER.fullmatch(text, end, at)
                or _CALLED_BACK_FROM.fullmatch(text, end, at)
                or (_DASH_OR_COMMA.fullmatch(text, end, at) or _AT_NUMBER.fullmatch(text, end, at))
                and _callback_list_item(analysis, segment, start))


def _callback_items(analysis: Analysis, segment: Segment, start: int):
    """The starts of the items of the callback list whose label is at ``start``: the lines below it that each hold
    a phone, up to the first that does not."""
    lines = analysis.free_lines
    i = analysis.line_at(segment, start)
    if i is None:
        return
    for line in lines[i + 1:i + 1 + _LIST_ITEMS]:
        if not line.text.strip():
            continue
        if not phone_spans(line.text) or page_of(line.segment) != page_of(segment):
            return
        yield line.segment, line.start


def _callback_list_item(analysis: Analysis, segment: Segment, start: int) -> bool:
    """Whether a name opens an item of a callback list: right after its label ("Call back: Ana Ruiz, ..."), or at
    the start of a line under it, the lines between items too (each with its phone): a text box's "Callback list
    (SCE referral):" / "Ana Ruiz – 626 ..." / "Luis Soto – 213 ...". A label names a list of people whom staff owe
    a call, not an office's contacts ("Questions:", "Contact:")."""
    if _CALLBACK_LABEL_BEFORE.search(segment.text, max(0, start - _LIST_REACH), start):
        return True
    head = max(0, start - _LISTED_REACH)
    if any(_ITEMS_BEFORE.fullmatch(segment.text, label.end(), start)
           for label in _CALLBACK_LABEL_RE.finditer(segment.text, head, start)):
        return True  # a later item of a list run on in its label's line: "... called back: Ana Ruiz at 909 ..., Luis ..."
    lines = analysis.free_lines
    i = analysis.line_at(segment, start)
    if i is None or _ITEM_WORD.sub("", lines[i].text[:start - lines[i].start].strip(" \t-*\u2022\u2013")):
        return False
    for above in range(i - 1, max(-1, i - _LIST_ITEMS - 1), -1):
        text = lines[above].text
        if _CALLBACK_LABEL_BEFORE.search(text):
            return page_of(lines[above].segment) == page_of(segment)
        if text.strip() and not phone_spans(text):
            return False
    return False


# a caller, right after their name, and the words before the number to return their call at: "Keola Mahoe called twice
# about the billing adjustment on his account; please return the call at (850) ...", "Ana Ruiz phoned re her bill,
# call her back at ..."
_CALLED_IN = re.compile(r"\s+(?:called|phoned|rang|left\s+(?:a\s+)?(?:message|voice\s?mail|vm))\b")
_RETURN_CALL_WORDS = (r"(?i)\b(?:return(?:ed)?\s+(?:the\s+|his\s+|her\s+|their\s+)?call|call\s+(?:him|her|them)\s+back|"
                      r"reach\s+(?:him|her|them)|"
                      # the number the caller asked to be called back at: "Best callback 909.642.3365", "best number:"
                      r"(?:best|preferred|good)\s+(?:(?:call[\s-]?back|contact|phone)(?:\s+(?:number|no\.?|#))?|number)|"
                      r"call[\s-]?back\s+(?:number|no\.?|#))")
_RETURN_CALL = re.compile(_RETURN_CALL_WORDS)
_RETURN_CALL_AT = re.compile(_RETURN_CALL_WORDS + r"\s*(?:is\s+)?(?:at|on)?\s*:?\s*$")
_RETURN_REACH = 50  # characters before the number where the words asking to return the call stand
# the caller leaving their own number, right between their name and it: "Ms. Ana Ruiz left a cell number, 909-...",
# "Caller (Ana Ruiz) left his number 626...", "Ana Ruiz dejó su número de celular, ..."
_LEFT_OWN_NUMBER = re.compile(r"(?i)\)?[ \t,]+(?:left|dej[oó])[ \t]+(?:a|an|his|her|their|su)[ \t]+"
                              r"(?:(?:cell|mobile|home|work|daytime|callback|call-back|contact|phone|best|alternate)"
                              r"[ \t]+)?"
                              r"(?:(?:phone[ \t]+)?number|phone|n[uú]mero(?:[ \t]+de[ \t]+(?:tel[eé]fono|celular))?)"
                              r"(?:[ \t]+(?:is|as|of|at|es))?[ \t]*[,:]?[ \t]*")

# the caller's own number right after what they called about, in one clause: "Ana Ruiz called about the same meter
# route, 562-...", "Ana Ruiz phoned in re: her deposit - 909-..."; or in the log entry's next field, labelled as
# the caller's number or mailbox: "Ana Ruiz called re high bill. Ph: 909-...", "... about her deposit; email: ana@..."
_CALLED_ABOUT = re.compile(r"(?i)[ \t]+(?:called|phoned|rang)(?:[ \t]+(?:in|us|staff))?[ \t]+(?:about|re:?|regarding)"
                           r"[ \t]+[^.;:!?\n()]{1,80}?[ \t]*(?:[,\u2013\u2014-][ \t]*(?:at[ \t]+)?|"
                           r"[.;][ \t]+(?:cb|callback|tel|ph|phone|cell|mobile|e-?mail)\b\.?[ \t]*[#:]?[ \t]*)")
_CALLED_ABOUT_NUMBER = re.compile(_CALLED_ABOUT.pattern
                                  + r"(?=(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b|[\w.+-]+@[\w-]+\.)")
# a phone message's caller and the number they called from, a dash, a comma or a callback's abbreviation between:
# "Ana Ruiz also called - 909-...", "Ana Ruiz called, cb 909-...", "Ana Ruiz phoned again: cell 626-..." (not a number
# the person dialled, which follows the verb with no mark: "Ana Ruiz called 909-555-0100 to report ...")
_CALLED_LEAVING = re.compile(r"(?i)[ \t]+(?:also[ \t]+|again[ \t]+)?(?:called|phoned|rang)"
                             r"(?:[ \t]+(?:in|again|back|twice|today|yesterday))?[ \t]*(?:[,:\u2013\u2014]|-(?!\d))[ \t]*"
                             r"(?:(?:cb|call[ \t-]?back|callback|tel|ph|phone|cell|mobile)\b\.?[ \t]*[#:]?[ \t]*)?")
_CALLED_LEAVING_NUMBER = re.compile(_CALLED_LEAVING.pattern
                                    + r"(?=(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b)")


def _callers(analysis: Analysis, names: list[tuple], pieces: list[Line], fields: list[tuple]) -> list[tuple]:
    """The names of people who called about a utility matter (their bill, their account) and the number their call
    is to be returned at, in one note, or the number they left right after their name ("Ana Ruiz left a cell number,
    909-...") on a page about one, or the number or mailbox labelled right after what they called about: a customer
    and their own phone. A firm's or an office's caller, or a call about
    no utility matter (a park, a pothole), is none."""
    told = cue_in(analysis, "utility matter", pieces) or cue_in(analysis, "customer", pieces)
    if not (told or analysis.cues.any("utility matter")):
        return []
    phones = [(where, at) for kind, where, at, _ in fields if kind == "phone"]
    contacts = [(where, at) for kind, where, at, _ in fields if kind in ("phone", "email")]
    returned = [(where, at) for where, at in phones
                if _RETURN_CALL_AT.search(where.text, max(0, at - _RETURN_REACH), at)]
    return [(segment, start, end) for segment, start, end in names
            if (told and _CALLED_IN.match(segment.text, end)
                and any(where is segment and at > end for where, at in returned)
                or any(where is segment and _LEFT_OWN_NUMBER.fullmatch(segment.text, end, at) for where, at in phones)
                or told and any(where is segment and _CALLED_ABOUT.fullmatch(segment.text, end, at)
                                for where, at in contacts)
                or any(where is segment and _CALLED_LEAVING.fullmatch(segment.text, end, at) for where, at in phones))
            and not _OF_A_FIRM.match(segment.text, end) and not named_officially(segment.text, start, end)]


def _reached(analysis: Analysis, names: list[tuple], pieces: list[Line], fields: list[tuple]) -> list[tuple]:
    """The names staff reached about a utility matter, in a note that gives their own phone, home or usage
    ("Called Baljit Bains at 626-... re past-due bal", "Claim of Nour Al-Masri. The claimant, who resides at ...
    alleges that a power surge ..."): the customer of a collections, claim, interpreter or field note, though no
    word calls them one. Not a firm's person ("Spoke with Ana Ruiz of Ruiz Electric"), nor a text that speaks of no
    utility matter (a code-enforcement call); officials and staff are no names here. A person's own call and the
    number it came from ("Per Ana Ruiz's call from 909-..., she will attend the hearing") is a customer's in a
    document about a utility matter (a summary of billing appeals), though its sentence names none."""
    told = cue_in(analysis, "utility matter", pieces) or cue_in(analysis, "customer", pieces)
    if not (told or analysis.cues.any("utility matter")) or not any(_private_fact(f, True) or is_a_home(f) for f in fields):
        return []
    return [(segment, start, end) for segment, start, end in names
            if (told and _REACHED_BEFORE.search(segment.text, max(0, start - 40), start)
                or _OWN_CALL_FROM.match(segment.text, end))
            and not _OF_A_FIRM.match(segment.text, end) and not BUSINESS.search(segment.text, end, end + 60)]


# the person's own call or message and the number or mailbox it came from, after their name: "Per Ana Ruiz's call
# from 909...", "Ana Ruiz called from 909...", "Ana Ruiz's voicemail from ...", "Ana Ruiz e-mailed from ...", or said of
# them by a pronoun right after the name, as speaker notes and case notes go on: "Ana Ruiz - she's the one who emailed
# from ...", "Ana Ruiz; he called from ...", "Ana Ruiz, who wrote in from ..." (a staff member "- she's the one who
# handles refunds, reach her at ..." wrote or called from nothing)
_PRONOUN_BRIDGE = (r"(?:[ \t]*[-\u2013\u2014,;:][ \t]*(?:(?:she|he|they)(?:['\u2019](?:s|re)|[ \t]+(?:is|was|are|were))?"
                   r"(?:[ \t]+the[ \t]+one)?(?:[ \t]+(?:who|that))?|who))?")
_OWN_CALL_FROM = re.compile(r"(?i)(?:['\u2019]s?[ \t]+(?:(?:tele)?phone[ \t]+)?(?:call|voice\s*-?mail|message)|"
                          rf"{_PRONOUN_BRIDGE}[ \t]+(?:called|phoned|rang|texted|e-?mailed|wrote)"
                          r"(?:[ \t]+(?:us|staff|in))?)[ \t]+from\b")


# the word of a household around its surname: "the Holloway family", "la familia Choi", "ang pamilya Holloway", "Vo家"
_FAMILY_AROUND = re.compile(r"(?i)\b(?:family|household|familia|pamilya)\b|家|가족")


_CARE_OF_REACH = 12  # characters from a label's addressee to the name on its "c/o" line below: a line break and "C/O "


def _customers_sentences(analysis: Analysis, names: list[tuple], fields: list[tuple],
                         seeds: list[tuple]) -> tuple[list, list]:
    """Of a record's names and fields, the customer's, given what ties the record (its identifiers, its usage
    figures, the names called a customer): the names in a sentence that holds one of those ("customers Ana and Jose
    Ruiz", "Ana Ruiz, whose account is ..."), and the fields in such a sentence or in one that names no one else
    ("She can be reached at ..."). A later sentence of the paragraph about someone else is not the customer's
    record: the ombudsman who "arranged a meter test", the newspaper a councilmember spoke to, a historic figure a
    street is named for, a hardware store's address and phone, a contractor's office, a staff member's number.
    When no name stands in such a sentence (a name and its account on lines of their own), the record is kept
    whole."""
    def at(place: tuple) -> int:  # a name's, a field's or an identifier's place in the document
        return analysis.offset(place[0]) + place[1]

    names = sorted(names, key=at)
    taken = [(segment, start, end) for segment, start, end in names] + [f[1:] for f in fields]
    taken += filter(None, (analysis.rest_of_cut_address(*f[1:]) for f in fields if f[0] == "address"))

    def sentence_of(place: tuple) -> tuple:  # the whole sentence, however many lines a hard wrap gave it
        return _wrapped_sentence(analysis, place[0], sentence_bounds(place[0], place[1], taken), taken)
    own = {sentence_of(seed) for seed in seeds}
    kept = [n for n in names if sentence_of(n) in own or _holders_sentence(analysis, n, taken)]
    ties = [seed for seed in seeds if seed not in names] or seeds  # an identifier, a usage figure: no name
    tied = {sentence_of(tie) for tie in ties}
    if not any(sentence_of(n) in tied for n in kept):
        # "Case 43. Ana Ruiz contacted ... The customer, whose account is ...": the sentence before names her; so it
        # does when a later one gives her full name ("Talked to Mr. Sandhu. Acct is ... Full name on the account is
        # Harpreet Kaur Sandhu"), if the names share a word (not the staff member who "reviewed the file")
        first = min(at(seed) for seed in ties)
        before = [n for n in names if at(n) < first and n not in kept and not public_story(analysis, *n)]
        if before:
            sentence = sentence_of(before[-1])
            kept += [n for n in before if sentence_of(n) == sentence and (not kept or _shares_a_name_word(n, kept))]
    kept += _referred_back_to(analysis, names, kept, ties, fields, taken, at, sentence_of)
    kept += [later for earlier, later in zip(names, names[1:])  # "... cust Garegin" / "Petrosyan re: ..."
             if earlier in kept and later not in kept and _cut_name(earlier, later)]
    kept += [earlier for earlier, later in zip(names, names[1:])  # "... met with Bjorn" / "Haugland (Acct. No. ...)"
             if later in kept and earlier not in kept and _cut_name(earlier, later)]
    kept += [earlier for earlier, later in zip(names, names[1:])  # "ESTATE OF ANA RUIZ" / "C/O LUIS RUIZ" / "12 ELM ST"
             if later in kept and earlier not in kept and 0 < at(later) - at((earlier[0], earlier[2])) <= _CARE_OF_REACH
             and addressee_over_care_of(earlier[0].text, earlier[2], later[0].text, later[1])]
    if any(_FAMILY_AROUND.search(n[0].text, max(0, n[1] - 12), min(len(n[0].text), n[2] + 12)) for n in kept):
        # a household the record names by its surname, then one of its members by a given name alone in a sentence
        # of the record's fields ("Ang pamilya Holloway sa 15464 ... Sabi ni Keisha: 'Tawagan ninyo ako sa 818...'")
        field_sentences = {sentence_of(f[1:]) for f in fields}
        kept += [n for n in names if n not in kept and " " not in n[0].text[n[1]:n[2]].strip()
                 and sentence_of(n) in field_sentences]
    if not kept:
        # no stop parts auto-captions' turns, but the next speaker's greeting and name do: a speaker who introduces
        # themself after the identifier was read is the next one at the podium; so does a packet's heading of the
        # next written comment ("Comment from Ana Ruiz, La Verne: ...") after the identifier
        last = max(at(tie) for tie in ties)
        return [n for n in names if not _turns_apart(n, ties)
                and not (at(n) > last and _NEXT_COMMENT_FROM.search(n[0].text[:n[1]])
                         and _COMMENT_GOES_ON.match(n[0].text, n[2]))], fields
    # the customer named in full where the paragraph opens, and by title and surname where it ties the record: "Soo-yeon
    # Kang of 2801 Portage Ave addressed the Board ... Ms. Kang stated ... She read her account number"
    kept += [n for n in names if n not in kept and TITLED.match(n[0].text, n[1]) is None
             and any(TITLED.match(k[0].text, k[1]) and _shares_a_name_word(n, [k]) for k in kept)]
    # ... and by the given name alone of a given name and initial the record keeps ("Hasmik on 11986 Lark Ellen Ave
    # called my office ... Hasmik G. gave me permission ...; the account no. ...")
    initialled = {k[0].text[k[1]:k[2]].split()[0] for k in kept if _INITIAL_ENDS.search(k[0].text, k[1], k[2])}
    kept += [n for n in names if n not in kept and n[0].text[n[1]:n[2]] in initialled]
    own |= {sentence_of(name) for name in kept}
    words = frozenset(w.lower() for segment, start, end in kept for w in NAME_WORD.findall(segment.text[start:end]))
    kept_fields = []
    for field in fields:
        kind, segment, start, _ = field
        if _THIRD_PARTY_LINE.match(segment.text, segment.text.rfind("\n", 0, start) + 1):
            continue  # "Caseworker: Hill Country Community Action, (830) 612-4150": the agency's, not the customer's
        if kind in ("phone", "email") and _after_staff_title(segment.text, start):
            continue  # "Staff response prepared by Leslie Danforth, Key Accounts Manager, (805) ...": staff's own
        sentence = sentence_bounds(segment, start, taken)
        opened = open_sentence_above(analysis, segment, sentence, taken)
        # a sentence the line above left open is the customer's, unless the field's own line names someone else before
        # it: an aside closed the paragraph above ("... (sent from ana@isp.net)") and "Staff response prepared by
        # Teresa Pruitt, Key Accounts Manager, 909..." is staff's
        line_start = max(sentence[0], segment.text.rfind("\n", 0, start) + 1)
        someone_first = names_another(segment, line_start, start, taken, customer_words=words)
        opened_own = opened is not None and (id(opened[0]), *opened[1:]) in own and not someone_first
        # so for a sentence a paragraph above left open that this line goes on with (a segment's line break too)
        whole = sentence_of(field[1:])
        wrapped = whole[0] != id(segment) or line_start > sentence[0]
        if (whole in own and not (wrapped and someone_first)) or opened_own \
                or _THE_CUSTOMER_AT.search(segment.text, max(sentence[0], start - _THE_CUSTOMER_REACH), start) \
                or kind == "phone" and _called_by_pronoun(segment.text, sentence[0], start):
            kept_fields.append(field)
        elif kind == "phone" and _callback_clause(segment.text, sentence[0], start):
            kept_fields.append(field)  # "... Advised to call JCP Customer Care; RP cb 909-...": the caller's number
        elif not any(names_another(where, start, end, taken, people_only=kind == "usage", customer_words=words)
                     for where, start, end in filter(None, ((segment, *sentence), _cut_across(opened, segment)))) \
                and not public_story(analysis, segment, start, field[3]) \
                and not (kind in ("email", "phone") and invited_contact(segment.text, start)):
            # (not a landmark's, an honoree's line; nor the publisher's own line a sentence of its own invites
            # readers to: "Have a question? Write to ...")
            kept_fields.append(field)
    kept += _named_with_kept_contacts(names, kept, kept_fields)
    return kept, kept_fields


# a staff member's name and job title right before a number or a mailbox, nothing else between: "Leslie Danforth, Key
# Accounts Manager, (805) ..."
_TITLE_BEFORE_CONTACT = re.compile(r",[ \t]*[A-Za-z][A-Za-z .&/-]{2,60},?[ \t]*(?:(?:at|tel\.?|phone|e-?mail)[ \t:]*)?$")
_STAFF_TITLE_REACH = 120


def _after_staff_title(text: str, start: int) -> bool:
    """Whether the phone or mailbox at ``start`` comes right after a name and the job title that makes its person
    staff (``named_officially``): their own contact, whatever customer's record the sentence began with."""
    begin = max(0, start - _STAFF_TITLE_REACH)
    for a, b in reversed(names_in(text, begin, start, True)):
        if _TITLE_BEFORE_CONTACT.fullmatch(text, b, start):
            return named_officially(text, a, b)
        break
    return False


# a callback's shorthand opening a clause of a log's note, the number after it: "RP cb 909-...", "; c/b (909) ...",
# "callback # 909..." (a reporting party's, a complainant's, a customer's: whom the note's officer or agent calls back)
_CALLBACK_CLAUSE = re.compile(rf"(?i)[;,]?\s*(?:(?:rp|r/p|comp|cust|cx|caller|customer|complainant)\s+)?"
                              rf"(?:{CALL_BACK_WORDS})\s*(?:no\.?|number|#|:)?\s*$")


def _callback_clause(text: str, sentence_start: int, start: int) -> bool:
    """Whether the phone at ``start`` opens a clause of its own after a callback's shorthand (``_CALLBACK_CLAUSE``),
    past the sentence's last semicolon: the number of the note's person, whom another clause's office ("Advised to
    call JCP Customer Care;") does not own."""
    clause = max(sentence_start, text.rfind(";", sentence_start, start) + 1)
    return clause > sentence_start and _CALLBACK_CLAUSE.fullmatch(text, clause, start) is not None


# a sentence's words for the person the sentence before named: "At true-up the customer had consumed 1,780 kWh", "her
# account (...)"
_REFERS_BACK = re.compile(r"(?i)\b(?:the\s+(?:customer|homeowner|resident|ratepayer|account\s?holder|household|"
                          r"complainant|applicant|caller|tenant)|she|he|her|his)\b")


def _referred_back_to(analysis: Analysis, names: list[tuple], kept: list[tuple], ties: list[tuple], fields: list[tuple],
                      taken: list[tuple], at, sentence_of) -> list[tuple]:
    """The names no tie kept that a tie's sentence refers back to: a sentence naming no one gives the identifier or
    the usage of "the customer" (or "she", "his"), and the nearest sentence before it names the person with a home,
    phone, mailbox or usage of the record ("Case 9: Mrs. Ana Ruiz installed a 6.4 kW system at 12 Elm St .... At
    true-up the customer had consumed 1,780 kWh; because the SCE acct. (...)"), though another customer of the
    paragraph is named in the sentence of another tie. Not a name in a public story (a street's namesake), one behind
    a sentence that names someone else nearer the tie, nor a bystander the sentence gives no details of ("Ms. Lee
    (acct ...) called. Dana Whitfield, a volunteer, visited. The customer's usage was ...")."""
    found = []
    for tie in ties:
        segment, start = tie[0], tie[1]
        sentence = sentence_of(tie)
        if any(sentence_of(n) == sentence for n in names) or not _REFERS_BACK.search(
                segment.text, sentence_bounds(segment, start, taken)[0], start):
            continue
        before = [n for n in names if at(n) < at(tie)]
        if not before or before[-1] in kept or before[-1] in found or public_story(analysis, *before[-1]):
            continue
        nearest = sentence_of(before[-1])
        if not any(sentence_of(f[1:]) == nearest for f in fields):
            continue
        found += [n for n in before if sentence_of(n) == nearest and n not in kept and n not in found]
    return found


def _named_with_kept_contacts(names: list[tuple], kept: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names of a record that no tie kept, each followed straight by contact details kept as the record's: whose
    they are ("Acct: CHCP-304628 ... Second caller Aiko Okafor (email aiko.okafor@yahoo.com) asked about the same
    outage", a notice log's "Nguyet Mendoza, 15485 West Juniper Circle" over its "acct ... | tel ..." line). A record's
    mailbox, home or phone is a customer's, so the person it is written after is that customer. Not a made-up one
    (a template's "Example: Jane Doe, 100 Any Street")."""
    contacts = [field for field in fields if field[0] in ("address", "phone", "email")
                and not has_stand_in(field[1].text[field[2]:field[3]])]
    return [(segment, start, end) for segment, start, end in names if (segment, start, end) not in kept and any(
        where is segment and at >= end and _OWN_CONTACT_AFTER_NAME.fullmatch(segment.text, end, at)
        for _, where, at, _ in contacts) and not has_stand_in(segment.text[start:end])]


# what stands between a name and the contact details written right after it: a comma, a bracket, a dash, and the
# detail's label ("Ana Ruiz, 12 Elm St", "Ana Ruiz (email ana@...)", "Ana Ruiz - tel. 909 ...")
_OWN_CONTACT_AFTER_NAME = re.compile(r"[ \t]*(?:[,(:;\u2013\u2014-][ \t]*)?(?:(?i:e-?mail|tel|phone|ph|cell|mobile|"
                                     rf"home|address|addr|{PHONE_WORDS})\.?[ \t]*:?[ \t]*)?")


# the record's customer called back at a number by the words that speak of them: "Staff called the household at ...",
# whatever program the rest of the sentence names ("... and arranged an assessment through the Home Upgrade program"),
# or will call them there ("Risk Management will contact the claimant at ...")
_THE_CUSTOMER_AT = re.compile(r"(?i)\b(?:call(?:ed)?|phoned?|text(?:ed)?|reach(?:ed)?|contact(?:ed)?)\s+the\s+(?:household|"
                              r"family|customer|ratepayer|account\s?holder|appellant|complainant|claimant|caller|tenant)"
                              r"\s+(?:at|on)\s*$")
_THE_CUSTOMER_REACH = 48
# ... or by a pronoun, in the sentence after the one that named them: "The Mayor asked staff to follow up with him at
# ...", "Staff will call her back on ...", "... and contact them at ..."
_PRONOUN_AT = re.compile(r"(?i)\b(?:follow(?:ed|ing)?\s+up\s+with|get\s+back\s+to|call(?:ed)?|phoned?|text(?:ed)?|"
                         r"reach(?:ed)?|contact(?:ed)?)\s+(?:him|her|them)(?:\s+back)?(?:\s+by\s+(?:tele)?phone)?"
                         r"\s+(?:at|on)\s*$")


def _called_by_pronoun(text: str, sentence: int, start: int) -> bool:
    """Whether the phone at ``start`` is where staff are to reach the record's customer by a pronoun (``_PRONOUN_AT``),
    in a sentence that names no private person but officials and staff ("The Mayor", "Mayor Ana Ruiz asked staff to
    ..."): the one the pronoun can be is the customer the record named."""
    return bool(_PRONOUN_AT.search(text, max(sentence, start - _THE_CUSTOMER_REACH), start)) and all(
        named_officially(text, a, b) for a, b in names_in(text, sentence, start, True))


# a form's line that gives someone else's contact: the caseworker's or agency's, a referral's, an interpreter's
_THIRD_PARTY_LINE = re.compile(r"(?i)[ \t]*(?:case\s?worker|case\s+manager|social\s+worker|agency|referred\s+by|"
                               r"referral\s+(?:source|agency)|advocate|interpreter|property\s+manager|contractor|"
                               r"vendor)(?:[ \t]+(?:name|contact|phone|info))?[ \t]*:")  # not "Interpreter notes (Russian):"


_HOLDERS_OPEN = re.compile(rf"[ \t]*{HOLDERS}")


# a sentence that calls the people the sentence before named customers, all together: "All three are customers of
# Pomona Choice Energy.", "Both are SCE customers.", "Each of them is a PCE account holder.", "They are ratepayers."
_ALL_CUSTOMERS = re.compile(r"(?:All[ \t\n\x00]+(?:of[ \t\n\x00]+them|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                            r"|Both(?:[ \t\n\x00]+of[ \t\n\x00]+them)?|"
                            r"Each[ \t\n\x00]+of[ \t\n\x00]+them|They)[ \t\n\x00]+(?:are|were|is|was)"
                            r"[ \t\n\x00]+(?:(?:all|both|an?)[ \t\n\x00]+)?(?:[A-Z][\w&.-]*[ \t\n\x00]+){0,4}"
                            r"(?:residential[ \t\n\x00]+)?(?:customers?|account[ \t\n\x00]*holders?|ratepayers?)\b")
# an account or a home's service held in a person's name ("The service at 12 Elm St remains in the name of Ana Ruiz",
# "the SCE account for ... is still in the name of her landlord, ..."): see persons.called_customer; not a lease's
# (the home between may hold an abbreviation's or a direction's dot: "The account at 4007 W. Foothill Blvd Apt 210", "at
# 648 Mesa Verde Dr. remained in the name of the late ...", "the account at 2250 N. Towne Ave is in the name of ...")
_HELD_IN_NAME = re.compile(r"(?i)\b(?:account|acct|service|bill|meter)\b(?:[^.!?]|(?<=\b[A-Za-z])\.|"
                           r"\b(?:st|ave|blvd|rd|dr|ln|ct|pl|pkwy|hwy|no|apt|ste)\.|"
                           r"\.(?=[ \t]+(?-i:[a-z\d#])|,)){0,80}?\b(?:is|was|remains|remained|"
                           r"stays|stayed)[ \t\n\x00]+(?:still[ \t\n\x00]+)?in[ \t\n\x00]+the[ \t\n\x00]+name"
                           r"[ \t\n\x00]+of\b")
_STOP = re.compile(r"[.!?][)\"\u201d]?[ \t\n\x00]+(?=[A-Z])")
_ALL_CUSTOMERS_REACH = 300  # from a name of the list to the end of its sentence


def _called_customers_after(analysis: Analysis, name: tuple) -> bool:
    """Whether the sentence after the one that holds ``name`` calls all the people it named customers ("Claims were
    received from Ana Ruiz (12 Elm St), Jo Lee (40 Oak Ave) and Mia Tran (9 Fir Ln), each alleging ... All three are
    customers of Pomona Choice Energy."): each of them is called a customer, as a list under "customers:" is."""
    at = analysis.offset(name[0]) + name[2]
    for stop in _STOP.finditer(analysis.joined, at, at + _ALL_CUSTOMERS_REACH):
        if _ALL_CUSTOMERS.match(analysis.joined, stop.end()):
            return True
        if not ABBREVIATION_BEFORE.search(analysis.joined, max(0, stop.start() - ABBREVIATION_CHARS), stop.start()):
            return False
    return False


def _holders_sentence(analysis: Analysis, name: tuple, taken: list[tuple]) -> bool:
    """Whether ``name`` stands in a sentence that opens on the holders of the accounts the record gave ("Three
    accounts were moved ...: 7004 ..., 2-16-... and 2-45-.... The holders, Ana Ruiz, Jo Lee and Mia Tran, each saw
    higher bills."): a list of the customers after the list of their accounts."""
    segment, start, end = sentence_opening(analysis, name[0], sentence_bounds(name[0], name[1], taken), taken)
    return _HOLDERS_OPEN.match(segment.text, start) is not None


def _wrapped_sentence(analysis: Analysis, segment: Segment, sentence: tuple[int, int],
                      taken: list[tuple]) -> tuple[int, int, int]:
    """A sentence as (segment id, start, end) of the line it opens in (see sentence_opening)."""
    opening, start, end = sentence_opening(analysis, segment, sentence, taken)
    return id(opening), start, end


def _cut_across(opened: tuple[Segment, int, int] | None, segment: Segment) -> tuple[Segment, int, int] | None:
    """The open sentence above when the line break cuts an address in it ("Tresca Hardware at 1405" / "Foothill
    Blvd, (951) ..."): then certainly one sentence, whose start says whose the fields after the break are. (Rows of
    a form, "Customer   Ana Ruiz" over "Service Address   ...", end without a stop too, and are no sentence.)"""
    if opened is None:
        return None
    above, start, end = opened
    return opened if address_across(above.text[start:end], segment.text[:60]) else None


def _shares_a_name_word(name: tuple, others: list[tuple]) -> bool:
    """Whether a name shares a word with one of ``others``: "Mr. Sandhu" and "Harpreet Kaur Sandhu" are one person."""
    def words(place: tuple) -> set[str]:
        segment, start, end = place
        return {w.lower() for w in NAME_WORD.findall(segment.text[start:end])}
    return any(words(name) & words(other) for other in others)


def _cut_name(earlier: tuple, later: tuple) -> bool:
    """Whether two names are the halves of one a line break cut: the first ends its segment, the second opens the
    next."""
    return (earlier[0] is not later[0] and not earlier[0].text[earlier[2]:].strip()
            and not later[0].text[:later[1]].strip())


# the heading that opens the next one of a packet's written comments, right before its writer's name: "Comment from",
# "Public comment received from", "E-mail from", "Letter from" at its line's or sentence's start
_NEXT_COMMENT_FROM = re.compile(r"(?i)(?:^|[\n.!?:]\s*)(?:(?:written|public|additional|late|next)\s+)*"
                                r"(?:comments?|e-?mails?|letters?|messages?|correspondence)\s+(?:received\s+|submitted\s+)?"
                                r"from\s+$")
# that comment's own words after its writer's name (and town): a heading's, not a signature's "Comment from Ana Ruiz"
_COMMENT_GOES_ON = re.compile(r"[^:\n]{0,40}:\s*\w+\W+\w+\W+\w+")


def _turns_apart(name: tuple, ties: list[tuple]) -> bool:
    """Whether a speaker's turn opens between a name and each of the record's ties in its text (captions that run a
    meeting's turns together: "... account is 8000 ... i yield my time good evening my name is ...")."""
    segment, start, end = name
    return all(tie[0] is segment and turn_openings(segment.text, min(start, tie[1]), max(end, tie[2]))
               for tie in ties)


# a line that opens with a field of a customer's record: "Svc addr: 7036 Mesquite Ave. Cust ph 806 ...", under the
# sentence that names the customer and their account; and a call note's number to call back or the premises alone,
# their value right after ("CB# 805.325.5354. Usage ...", "Callback: (909) ...", "Premise: 2564 Cabrillo St Unit B."):
# an agent's or a supervisor's note goes on with the caller's record on its next line, though a sentence ended above
_CUSTOMER_FIELD_OPENS = re.compile(r"(?i)\s*(?:(?:svc|serv(?:ice)?|cust(?:omer)?|premises?|prem)\.?\s*(?:addr(?:ess)?|"
                                   r"ph(?:one)?|tel(?:ephone)?|e-?mail|cell|mobile|loc(?:ation)?)\b"
                                   r"(?!\s*(?:lines?|cent(?:er|re)|desk|office|hours)\b)"  # not the utility's own
                                   # where the case's customer gets their mail: "Billing address on file differs: ..."
                                   # (not the City's or a program's own: "Billing address for the City: ...")
                                   r"|(?:billing|mailing|forwarding|home)\s+addr(?:ess)?\b(?!\s+(?:for|of)\s+(?:the\s+)?"
                                   r"(?:city|town|county|utility|department|program|payments?|remittances?)\b)"
                                   rf"|(?:{CALL_BACK_WORDS})\s*(?:#|no\.|number|nbr)?\s*[:#]?\s*(?=[(+]?\d)"
                                   # or where its bills are mailed: "Bills go to 1803 Calle Amapola, ...", "Statements
                                   # are sent to PO Box 41, ..."
                                   r"|(?:(?:her|his|their|the)\s+)?(?:bills?|statements?)\s+(?:go(?:es)?|(?:are|is)\s+"
                                   r"(?:mailed|sent))\s+to\s+(?=\d|p\.?\s*o\.?\s+box)"
                                   r"|(?:premises?|prem\.?)\s*:\s*(?=\d))")
# a line that is a phone's or a mailbox's label and value alone, right under a record's last line: "at 412 W Elm St." /
# "Phone 563 663 8149." (an official's card line names them: "Contact: Alan Chernoff, Director, (907) ...")
_CONTACT_LINE = re.compile(r"(?i)\s*(?:phone|ph|tel(?:ephone)?|cell|mobile|home|e-?mail"
                           # and in Spanish, as a hearing summary's record writes it: "Teléfono (626) ...", "Celular"
                           r"|tel[e\u00e9]fono|celular|m[o\u00f3]vil"
                           # or the case note's "Reach at (714) ...", "Call back at ...", "Can be reached at ..."
                           r"|(?:can\s+be\s+)?reach(?:ed)?(?:\s+(?:him|her|them))?\s+at"
                           r"|call(?:\s*back)?(?:\s+(?:him|her|them))?\s+at)\.?\s*[:#]?\s*"
                           r"[(+\d][\d() .+-]{6,20}\d\.?\s*"
                           r"|\s*(?:e-?mail|correo(?:\s+electr[o\u00f3]nico)?)\s*:?\s*\S+@\S+?\.?\s*")
# a sentence opening on the usage of no one it names, as the paragraph under a customer's record goes on with the
# record's figures: "Usage returned to 855 kWh in February", "Consumption fell to 610 kWh after ..."
_USAGE_OPENS = re.compile(r"(?i)\s*(?:(?:monthly|daily|metered|billed|electric(?:ity)?)\s+)?"
                          r"(?:usage|consumption|use)\s+"
                          r"(?:returned|dropped|fell|rose|climbed|increased|decreased|declined|went|came|was|has|had|"
                          r"spiked|jumped|doubled|peaked|averaged|stayed|remained)\b")
_FOLLOW_LINES = 6  # how many lines after a record its case goes on in ("2. The account recorded ...")
# a form's prompt for the customer's own account of the case, alone on its line: the answer under it is the case's
# however many checkboxes and printed notes stand between it and the record ("Explain your appeal:",
# "Reason for request:", "Describa el problema:")
_ANSWER_PROMPT = re.compile(r"(?i)\s*(?:please\s+)?(?:explain|describe|reason|comments?|details|explique|describa|"
                            r"motivo|raz[o\u00f3]n)\b[^:\n]{0,60}:\s*")


# an entry of a dated case log: "01/06/2026 – Field visit ...", "2026-01-09: Left voicemail", "Jan. 9, 2026 - ..."
_LOG_ENTRY = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|"
                        r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)"
                        r"(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]*(?i:[ap]\.?m\.?))?)?[ \t]*[-\u2013\u2014:|]")
_WORD_CUT = 8  # how much of the line above a line's back-reference may begin in ("... The" / "customer later ...")
_LOG_LINES = 30  # how far a dated log of one case may run


def _follow_ups(analysis: Analysis, last: Line, names: list[tuple]) -> None:
    """The lines after a record that go on with its case without repeating its identifier (a hearing decision's
    "2. ... the account recorded 612 kWh and 999 kWh", a report's "Staff spoke with Ms. Flores by telephone at
    562-..."): one that names the customer by surname or speaks of "the account", "the household", gives their
    usage and contact details too. So does each later entry of a dated case log whose entry is the record ("01/05
    – Ana Ruiz called about high bill; acct ..." / "01/06 – Field visit to 1234 ...; meter read 3,972 kWh" / "01/09
    – Left voicemail at 909-..."), and each item of the list a record's line opens ("Ana Ruiz, acct ...:" / "- Left
    voicemail at ..."): a log's entries are one case's, until an entry gives another identifier. The
    case ends at a heading, another identifier, another page or a closing; a log, at the first line that is no
    entry."""
    i = analysis.line_at(last.segment, last.end - 1)
    if i is not None:
        line = analysis.free_lines[i]
        log = _LOG_ENTRY if _LOG_ENTRY.match(last.segment.text, line.start) else (
            _ITEM_OPENS if line.text.rstrip().endswith(":") else None)  # "Ana Ruiz, acct ...:" over its list
        _case_goes_on(analysis, i + 1, page_of(last.segment), names, log, joined_above=True)
        _named_again_below(analysis, i, page_of(last.segment), names)


_NAMED_AGAIN_LINES = 120  # how far below a record, on its page or the next, its customer may be named again


def _named_again_below(analysis: Analysis, i: int, page, names: list[tuple]) -> None:
    """The first line below a record, on its page or the next, that names its customer by title and surname ("Mr.
    Hoàng states that the home was vacant ...", "Staff met with Mr. Hoàng ... at (909) ..."): a staff report's
    discussion of the case its summary's record opens, though other items stand between them. The case goes on from
    the line above it ("The bill reflected 3,398 kWh, compared with ..." / "period. Mr. Hoàng states ...")."""
    spellings = _surname_spellings(names)
    if not spellings:
        return
    titled = re.compile(rf"\b(?:Mr|Ms|Mrs|Mx|Dr)\.?[ \t]+(?:{'|'.join(map(re.escape, spellings))})\b")
    lines = analysis.free_lines
    pages = (page, page + 1) if isinstance(page, int) else (page,)
    for j in range(i + 1, min(len(lines), i + _NAMED_AGAIN_LINES)):
        where = page_of(lines[j].segment)
        if where not in pages:
            return
        if titled.search(lines[j].text):
            first = j - 1 if j - 1 > i and page_of(lines[j - 1].segment) == where else j
            _case_goes_on(analysis, first, where, names, log=None, joined_above=False)
            return


# a customer's given name in brackets right after their title and surname, as a memo writes whom it means ("Mr. Grewal
# (Meera) has asked ...", "Ms. Ruiz (Ana)")
_GIVEN_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<given>[A-Z][^\W\d_]+(?:[-'\u2019][A-Z][^\W\d_]+)?)[ \t]*\)")


def given_in_brackets(analysis: Analysis) -> None:
    """(A strategy of its own, after every record's.) The given name a customer found by title and surname has in
    brackets right after it ("Mr. Grewal (Meera) has asked the City to waive the fee"): the customer's name too. Not a
    word in brackets that is no given name ("Mr. Grewal (retired)", "Ms. Ruiz (Tenant)")."""
    for f in analysis.context.of_kind("name"):
        text = f.segment.text
        if not TITLED.match(text, f.start):
            continue
        given = _GIVEN_IN_BRACKETS.match(text, f.end)
        word = given and given.group("given")
        if word and (fold(word) in given_names() or name_like(word)) and not common_word(word):
            analysis.add("name", f.segment, given.start("given"), given.end("given"),
                         "given name in brackets after a customer's title and surname")


def titled_again(analysis: Analysis) -> None:
    """(A strategy of its own, after every record's: a letter's or a list's customer too.) A customer the text names,
    written again by title and surname on their page or one beside it, or anywhere in a text without pages (a staff
    reply's "Hello Ms. Gonzalez," above or below the message that names her in a mailbox, a memo's "Mr. Jones was
    satisfied ..." further on in the paragraph that named Gabriel Jones): the customer, and the phone, home and usage
    their sentence gives ("... staff called 323-... to confirm"). Not a titled official or staff member of the same
    surname ("General Manager Jones", "To: Ann Jones <ajones@...gov>"), nor one a title makes an official."""
    names = [(f.segment, f.start, f.end) for f in analysis.context.fields if f.kind == "name"]
    spellings = _surname_spellings(names)
    if not spellings:
        return
    near = {sheet for segment, _, _ in names for sheet in _sheets_around(segment)}
    titled = re.compile(rf"\b(?:Mr|Mrs|Ms|Mx|Miss)\.?[ \t]+(?:{'|'.join(map(re.escape, spellings))})\b(?![ \t]*[A-Z])")
    why = "customer the document names, named again by title and surname"
    for segment in analysis.free:
        if _sheets_around(segment)[0] not in near:
            continue
        text = segment.text
        for m in titled.finditer(text):
            if named_officially(text, *m.span()) or names_an_official(m.group(), analysis.officials) or \
                    _another_bearer_before(analysis, segment, m):
                continue
            analysis.add("name", segment, *m.span(), why)
            street = _ON_STREET.match(text, m.end())
            sentence = sentence_bounds(segment, m.start(), [(segment, *m.span())])
            told = analysis.contact_fields([Line(segment, *sentence)])
            told += [("phone", segment, start, end) for start, end in phone_spans(text, *sentence)
                     if _DIALLED.search(text, max(sentence[0], start - 20), start)
                     and not analysis.contacts.phone_is_public(to_e164(text[start:end]) or "")]  # whom staff called
            taken = [(segment, *m.span()), *(f[1:] for f in told), *([(segment, *street.span(1))] if street else [])]
            for kind, where, start, end in told:
                if kind in ("phone", "address", "usage") and not names_another(where, *sentence, taken):
                    analysis.add(kind, where, start, end, why)


def _another_bearer_before(analysis: Analysis, segment: Segment, titled: re.Match) -> bool:
    """Whether the full name of the titled surname nearest before it on its page names someone else, no customer
    (minutes' proclamation "honoring Luis Tran ... Ms. Tran chaired ..." above the letter of a customer Mele Tran):
    a title and a surname speak of the person the text last named in full. Only where each customer of that surname
    is named in full, by another given name."""
    surname = titled.group().split()[-1]
    givens = {words[-2].lower() for f in analysis.context.of_kind("name")
              if len(words := f.segment.text[f.start:f.end].split()) >= 2 and words[-1].lower() == surname.lower()}
    if not givens or any(TITLED.match(f"{given.title()} ") for given in givens):
        return False  # a customer known by title and surname only: the full name before may be theirs
    at = analysis.offset(segment) + titled.start()
    written = re.compile(rf"(?<![\w'\u2019.-])(?:{_NAME_WORD_BEFORE}{_BREAK}){{0,2}}({_NAME_WORD_BEFORE}){_BREAK}"
                         rf"{_as_written_or_in_capitals(surname)}(?![\w'\u2019-])")
    last = None
    for last in written.finditer(analysis.joined, max(0, at - _FULL_NAME_REACH), at):
        pass
    return last is not None and page_of(analysis.locate(last.start())[0]) == page_of(segment) and (
        last.group(1).lower() not in givens)


# the street a customer named again lives on, written without its number ("Mr. Martin on Jacaranda Blvd set up a plan",
# "Ms. Ruiz of W Holt Ave"): their own home's, as staff retell a case, no other place that the sentence's usage would
# be (a street without its house number is no address finding: see ``detectors.address``)
_ON_STREET = re.compile(rf"[ \t]*,?[ \t]+(?:on|of|from)[ \t]+((?:(?i:{alternation(DIRECTIONS)})\.?[ \t]+)?"
                        rf"(?:[A-Z][\w'\u2019-]+[ \t]+){{1,3}}(?i:{alternation(SUFFIXES)})\b\.?)(?![ \t]*\d)")

_DIALLED = re.compile(r"(?i)\b(?:called|phoned|texted|dialed|dialled|reached\s+(?:him|her|them)\s+at)\s+$")


# a case report's party, named once where it opens: "This report concerns a grievance filed by Ana Ruiz in June", "the
# complaint submitted by Mr. Luis Soto", "Ana Ruiz filed a grievance"; the name is read by names_in
_FILED_BY = re.compile(r"(?i)\b(?:grievance|complaint|dispute|appeal)s?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
                       r"(?:filed|submitted|brought|lodged|made|raised|opened)\s+by\s+(?=[A-Z])"
                       r"|(?<=[a-z])\s+(?:filed|submitted|lodged|brought)\s+(?:a|an|her|his|their)\s+(?:formal\s+|informal\s+)?"
                       r"(?:grievance|complaint|dispute)\b")
# the report's later sentence giving the party's account by a pronoun or the role, not by the name: "His account,
# number OCP-..., was never flagged", "the customer's account (...)", "the complainant's account"
_ACCOUNT_BY_REFERENCE = re.compile(r"(?i)\b(?:his|her|their|the\s+(?:customer|complainant|grievant|household|"
                                   r"ratepayer)['\u2019]s)\s+(?:(?:electric|utility|service|customer)\s+)?account\b")
_PARTY_REACH = 3000  # how far after the party's name the sentence giving their account may stand


def party_named_once(analysis: Analysis) -> None:
    """(A strategy of its own, after every record's.) The party of a grievance or complaint report told in the third
    person: the report names them once where it opens ("a grievance filed by Ana Ruiz in June") and gives their
    account later by a pronoun or their role only ("His account, number ..., was never flagged"). Once that account
    ties the case, the name is the customer's, and the details the lines after the name tell of the case ("the
    household's usage was 1,865 kWh", "mailed to ...", "by phone at ...") are theirs. Not an official or staff member
    who filed it, nor a report whose account sentence names another person or stands on another page."""
    if not analysis.anchors or not analysis.may_hold("grievance", "complaint", "dispute", "appeal"):
        return
    why = "party of a grievance or complaint report, named once before their account"
    for m in _FILED_BY.finditer(analysis.joined):
        segment, at = analysis.locate(m.end() if m.group()[-1:].isspace() else m.start())
        filed_by = m.group()[-1:].isspace()
        if filed_by:
            found = [span for span in names_in(segment.text, anchored=True) if span[0] == at
                     or segment.text[at:span[0]].rstrip(".").strip() in ("Mr", "Mrs", "Ms", "Mx", "Dr")]
        else:
            found = [span for span in names_in(segment.text, anchored=True) if 0 <= at - span[1] <= 1]
        if len(found) != 1:
            continue
        start, end = found[0]
        # after "filed by" only a title of its own names an official ("filed by Councilmember ..."): the words before
        # are the report's ("This report concerns a grievance submitted by ..."), no signature's "Submitted by"
        head = at if filed_by else 0
        if named_officially(segment.text[head:], start - head, end - head) or names_an_official(
                segment.text[start:end], analysis.officials):
            continue
        told = _account_told_after(analysis, segment, end)
        if told is None:
            continue
        analysis.add("name", segment, start, end, why)
        i = analysis.line_at(segment, end - 1)
        if i is not None:
            _case_goes_on(analysis, i, page_of(segment), [(segment, start, end)], log=None, joined_above=False)


def _account_told_after(analysis: Analysis, segment: Segment, end: int) -> tuple[Segment, int] | None:
    """The segment and place of the identifier a sentence after ``segment[end]`` on its page gives as the party's by a
    pronoun or their role ("Her account, number ..."), with no other person's name in that sentence."""
    begin = analysis.offset(segment) + end
    for m in _ACCOUNT_BY_REFERENCE.finditer(analysis.joined, begin, begin + _PARTY_REACH):
        where, at = analysis.locate(m.start())
        if page_of(where) != page_of(segment):
            return None
        sentence = sentence_bounds(where, at, [])
        if analysis.anchors_in(where, *sentence) and not names_in(where.text[sentence[0]:sentence[1]], anchored=True):
            return where, at
    return None


_BREAK = r"(?:[ \t\n]|\x00){1,3}"  # between two words of a name: a space, or the line break between two segments
_NAME_WORD_BEFORE = r"(?:[A-Z][\w'\u2019-]+|[A-Z]\.)"  # a given name, a middle name or an initial
_NAME_SUFFIX = re.compile(rf",?{_BREAK}(?:Jr|Sr|II|III|IV)\b\.?")
_FULL_NAME_REACH = 6000  # how far before a customer's title and surname their full name may stand
_LIST_CHARS = 600  # how far a list of customers and their homes reaches on either side of one of its items


def named_in_full_before(analysis: Analysis) -> None:
    """(A strategy of its own, after titled_again.) A customer whom the sentence tying their record names by title and
    surname only ("Ms. Okafor's account (...) was affected ..."), though the text wrote their full name before on
    their page or the one before ("The open cases involve Ngozi Okafor (1423 W Holt Ave), ..."): their name as first
    written, the nearest before, and the home right after it. A sentence that lists them among others, each with
    their own home ("Ngozi Okafor (1423 W Holt Ave), Lior Ben-Ami (88 E Pearl St) and ..."), lists customers alike:
    their names and homes too. Not an official or staff member of the same surname ("Members present: Ada Okafor"),
    nor one a title makes an official; the others in that sentence must each stand right before a home."""
    why = "customer named in full before the title and surname that tie their record"
    joined = analysis.joined
    for field in [f for f in analysis.context.fields if f.kind == "name"]:
        title = TITLED.match(field.segment.text, field.start)
        surname = field.segment.text[title.end():field.end].split() if title else []
        if not surname or any(len(word.rstrip(".")) < 2 for word in surname):
            continue  # "Mr. G.": an initial names no one
        at = analysis.offset(field.segment) + field.start
        written = re.compile(rf"(?<![\w'\u2019.-])((?:{_NAME_WORD_BEFORE}{_BREAK}){{1,3}})"
                             rf"{_BREAK.join(map(_as_written_or_in_capitals, surname))}(?![\w'\u2019-])")
        sheets = _sheets_around(field.segment)
        found = None
        for m in written.finditer(joined, max(0, at - _FULL_NAME_REACH), at):
            if _sheet_of(analysis.locate(m.start())[0]) in sheets:
                found = _full_name(analysis, m.start(1), m.end(1), m.end(), titled=True) or found
        if found is None:
            continue
        begin, end = found
        _add_across(analysis, "name", begin, end, why)
        home = _home_after_full_name(analysis, end)
        if home is None:
            quoted = _home_in_own_words(analysis, end, surname[-1])
            if quoted is not None:
                _add_across(analysis, "address", *quoted, why)
            continue
        _add_across(analysis, "address", *home, why)
        for item, item_home in _listed_with_homes(analysis, begin, home):
            _add_across(analysis, "name", *item, why)
            _add_across(analysis, "address", *item_home, why)


def _as_written_or_in_capitals(word: str) -> str:
    """A surname's pattern as the title before it writes it or in capitals, as a letter's reference line and a
    file's label write names ("RE: MARISOL IBARRA - SOLAR SHARE ACCOUNT" over "Dear Ms. Ibarra")."""
    return f"(?:{re.escape(word)}|{re.escape(word.upper())})"


def _sheet_of(segment: Segment) -> tuple:
    return () if segment.location.page is None else (segment.location.attachment, segment.location.page)


def _full_name(analysis: Analysis, given: int, given_end: int, end: int, titled: bool = False) -> tuple[int, int] | None:
    """The span of a full name in ``analysis.joined`` (its given names from ``given`` to ``given_end``, its surname
    to ``end``), its leading words that are no name dropped ("Care Supervisor Ada" -> "Ada"), if it is a private
    person's: no official's or staff member's, no name the City publishes, in running text. ``titled``: the text calls
    the customer by a title and this surname, so a surname that is a word too is theirs after a given name
    (``_given_before_titled_surname``)."""
    joined = analysis.joined
    words = list(re.finditer(rf"{_NAME_WORD_BEFORE}", joined[given:given_end]))
    while words and (common_word(words[0].group()) or not (name_like(words[0].group().rstrip("."))
                                                           or len(words[0].group()) == 2)):
        words.pop(0)
    if not words or len(words[0].group()) == 2:
        return None  # no given name, or an initial first
    begin = given + words[0].start()
    segment, start = analysis.locate(begin)
    last, _ = analysis.locate(end - 1)
    if id(segment) not in analysis.free_index or id(last) not in analysis.free_index:
        return None
    local_start = max(0, begin - 80)
    local = joined[local_start:end + 80].replace("\x00", " ")  # a title a line break cut off: "Supervisor" / "Ana Ruiz"
    value = " ".join(joined[begin:end].replace("\x00", " ").split())
    plain = person_name(value, strict=False) or (
        titled and _given_before_titled_surname(joined, begin, end, value) and value.lower())
    if not plain or analysis.contacts.name_is_public(plain) or names_an_official(value, analysis.officials) \
            or named_officially(local, begin - local_start, end - local_start):
        return None
    return begin, end


# the word before a place's name that no person's takes: "at Victoria Park", "the Grace Church", "near Joy Hall"
_PLACE_WORD_BEFORE = re.compile(r"(?i)\b(?:the|at|in|near|to|from|on|of|into|behind|across|around|past|via)[ \t]*$")
# "of" after a case's or an account's word names its party: "the appeal of Chiquita Branch", "on behalf of Joy Hall"
_PARTY_OF = re.compile(r"(?i)\b(?:appeal|complaint|dispute|request|claim|case|account|behalf|name)[ \t]+of[ \t]*$")
# a capitalised word after the surname: the name goes on as a place's or a firm's ("Victoria Park Community Center")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _given_before_titled_surname(joined: str, begin: int, end: int, value: str) -> bool:
    """Two words, a given name and a surname that is a common word too ("Chiquita Branch", "Rogelio Street", "Joy
    Church"), where the text calls its customer by a title and that surname ("Mr. Branch asked that staff call ..."):
    the same person named in full, whom no name list reads as one alone. Not a place named so, which a preposition or
    an article stands before ("at Victoria Park", "the Grace Church") or a capitalised word goes on after ("Victoria
    Park Pool")."""
    words = value.split()
    return (len(words) == 2 and fold(words[0]) in given_names() and words[0][1:].islower()
            and (not _PLACE_WORD_BEFORE.search(joined, max(0, begin - 12), begin)
                 or _PARTY_OF.search(joined, max(0, begin - 24), begin))
            and not _CAPITAL_AFTER.match(joined, end) and fold(words[0]) not in NOT_PERSON)


def _home_after_full_name(analysis: Analysis, end: int) -> tuple[int, int] | None:
    """The street address right after a name that ends at ``end`` in ``analysis.joined`` ("Ana Ruiz (12 Elm St)",
    "Ana Ruiz Sr. of 12 Elm St"), a generational suffix between them."""
    joined = analysis.joined
    text = joined[end:end + 160].replace("\x00", "\n")
    suffix = _NAME_SUFFIX.match(text)
    after = suffix.end() if suffix else 0
    for m in street_addresses(text, after):
        if HOME_AFTER_NAME.fullmatch(text, after, m.start()) and "\n\n" not in text[:m.start()] \
                and not analysis.contacts.address_is_public(m.group()):
            return end + m.start(), end + m.end()
        break
    return None


# the home a person quoted gives in the first person: "I'm at 221 Elm Way", "we live at ...", "my house is at ..."
_OWN_HOME_QUOTED = re.compile(r"(?i)\b(?:i['\u2019]?m|i\s+am|we['\u2019]re|we\s+are|i\s+live|we\s+live|(?:my|our)\s+"
                              r"(?:home|house|place)(?:\s+is)?)\s+(?:at|on)\s+$")
# the quotation's speaker after it: '... not next door," Bautista said', '..." said Ms. Bautista', '..." she said'
_QUOTE_SAID_BY = r"[,.!?]?[\"\u201d]\s*(?:(?:said|says|added|told\s+\w+)\s+(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?{surname}|" \
                 r"(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?{surname}\s+(?:said|says|added|recalled|explained)|(?:she|he|they)\s+said)\b"
_QUOTE_REACH = 400  # how far after a person's full name, in their paragraph, a quotation of theirs may give their home


def _home_in_own_words(analysis: Analysis, end: int, surname: str) -> tuple[int, int] | None:
    """The home a customer named in full at ``end`` (in ``analysis.joined``) gives in their own quoted words in the
    same paragraph ('... "I kept telling them I'm at 221 Elm Way, not next door," Bautista said.'): the quotation
    attributed to them by their surname or a pronoun, no other person's name between."""
    joined = analysis.joined
    text = joined[end:end + _QUOTE_REACH].split("\x00")[0].replace("\n", " ")  # its paragraph, a line's wrap a space
    said_by = re.compile(_QUOTE_SAID_BY.format(surname=re.escape(surname)))
    for m in street_addresses(text):
        opened = max(text.rfind('"', 0, m.start()), text.rfind("\u201c", 0, m.start()))
        attributed = said_by.search(text, m.end())
        if opened < 0 or attributed is None or not _OWN_HOME_QUOTED.search(text, max(0, m.start() - 24), m.start()):
            continue
        if any(not text[a:b].endswith(surname) for a, b in names_in(text, 0, attributed.end(), anchored=False)) \
                or analysis.contacts.address_is_public(m.group()):
            return None
        return end + m.start(), end + m.end()
    return None


def _listed_with_homes(analysis: Analysis, begin: int, home: tuple[int, int]) -> list[tuple]:
    """The other items of a list of people each with their home, in the sentence that lists the customer whose name
    starts at ``begin`` with their home at ``home``: the names (in ``analysis.joined``) right before a home."""
    joined = analysis.joined
    window = max(0, begin - _LIST_CHARS)
    text = joined[window:home[1] + _LIST_CHARS].replace("\x00", "\n")
    segment = Segment(text, Location())
    taken = [(segment, m.start(), m.end()) for m in street_addresses(text)]
    sentence = sentence_bounds(segment, begin - window, taken)
    flat = text.replace("\n", " ")  # a name a line break cuts: "... and Klára" / "Towne (2097 ...)"
    items = []
    for start, end in names_in(flat, *sentence, True):
        if window + start == begin:
            continue
        item = _full_name(analysis, window + start, _given_end(flat, start, end) + window, window + end)
        item_home = item and _home_after_full_name(analysis, window + end)
        if item_home and item_home[0] - window < sentence[1]:
            items.append((item, item_home))
    return items


def _given_end(text: str, start: int, end: int) -> int:
    """Where the given names of a name read at ``start`` end: before its last word."""
    return start + text[start:end].rstrip().rfind(" ") + 1


def _add_across(analysis: Analysis, kind: str, begin: int, end: int, why: str) -> None:
    """Adds the value from ``begin`` to ``end`` of ``analysis.joined``, one piece in each segment it runs across."""
    while begin < end:
        segment, start = analysis.locate(begin)
        stop = min(end, begin + len(segment.text) - start)
        analysis.add(kind, segment, start, start + stop - begin, why)
        begin = stop + 1


def _sheets_around(segment: Segment) -> list[tuple]:
    """Where a titled name may refer to a customer named in ``segment``, its own first: its page and the pages on
    either side in a paged file, all of a text without pages (an e-mail, every message of a mailbox, a memo)."""
    page = segment.location.page
    if page is None:
        return [()]
    return [(segment.location.attachment, page + step) for step in (0, -1, 1)]


_RECORD_REACH = 3  # how many segments after a record's identifier the text about its case may start


def _after_records(analysis: Analysis) -> None:
    """The lines after a record of another kind (a notice's "Account: ..." block, a label block) that go on with its
    case: "Staff attached this notice, sent to the customer above ... The customer later called from (707) ..."."""
    segments = analysis.segments
    for anchors in analysis.anchors.values():
        segment = anchors[0].segment
        if id(segment) in analysis.free_index:
            continue  # running text: its block's own reading follows it (find)
        at = analysis.segment_index[id(segment)] + 1
        table = _TABLE_OF_CELL.match(segment.location.element or "")
        while table and at < len(segments) and (segments[at].location.element or "").startswith(table.group()):
            at += 1  # the rest of the record's table: a staff report's Field | Value rows below its account's
        for below in segments[at:at + _RECORD_REACH]:
            if id(below) in analysis.free_index:
                first = analysis.line_at(below, 0)
                if first is not None and page_of(below) == page_of(segment):
                    _case_goes_on(analysis, first, page_of(segment), [], log=None, joined_above=False,
                                  below_table=bool(table))
                break


_TABLE_OF_CELL = re.compile(r".*?\btable\b[^>]*>")  # "table 1 >" of "table 1 > row 3 > cell 2"


# a list's item opening its line: "- Left voicemail ...", "2) Field visit ...", "• ..."
_ITEM_OPENS = re.compile(r"[ \t]*(?:[-*\u2022\u25aa\u25e6]|\d{1,2}[.)])[ \t]+")


def _entry(line: Line, opening: re.Pattern) -> bool:
    """Whether a line is an entry of a case's log: it opens as the log's entries do (a date, a list's bullet), or is
    an item of a page's list under a record's line ("Ana Ruiz, acct ...:" / <li>Left voicemail at ...</li>)."""
    return bool(opening.match(line.segment.text, line.start, line.end)) or (
        opening is _ITEM_OPENS and bool(ITEM.search(line.segment.location.element or "")))


def _case_goes_on(analysis: Analysis, first: int, page, names: list[tuple], log: re.Pattern | None,
                  joined_above: bool, below_table: bool = False) -> None:
    """Records the details told in the lines from ``first`` on that go on with a customer's case (see
    ``_follow_ups``); ``log``: how the entries of the case's log open, when its record is one (a date) or opens one
    (a list under "Ana Ruiz, acct ...:"); ``joined_above``: the line before ``first`` is the record's own, and may
    hold the first word of a back-reference; ``below_table``: ``first`` is the paragraph right under the record's
    table, whose sentence opening on bare usage ("Usage returned to 855 kWh in February ...") goes on with the
    record's figures."""
    spellings = _surname_spellings(names)
    mention = re.compile(rf"\b(?:{'|'.join(map(re.escape, spellings))})\b") if spellings else None  # not "the park"
    lines = analysis.free_lines
    carried = False  # the line above ended inside a sentence about the case, which this line goes on with
    opened = 0  # where the case's text last opened: the record's next line, or a form's prompt for an answer
    # the lines of the record's own table below it (its months of usage, its other fields apart by a column gap) are
    # no lines of text: the case goes on after them ("The customer's net usage for the six months above was ...")
    in_columns = 0
    represented = None  # where the sentence running on tells who represents the customer: its contacts are theirs
    for k, line in enumerate(lines[first:first + _LOG_LINES]):
        agent = _REPRESENTED_BY.search(line.text)
        represented = (line.segment, agent.start()) if agent else (line.segment, 0) if represented and carried else None
        if (page_of(line.segment) != page or HEADING_ELEMENT.search(line.segment.location.element or "")
                or CLOSING_RE.match(line.text) or _another_persons_row(analysis, line.text, mention)
                or id(line.segment) in analysis.staff_cards):
            return  # a staff member's card beside the record ends its case too
        if analysis.anchors_in(line.segment, line.start, line.end):
            if not (SAME_CASE.search(line.text) or (mention and mention.search(line.text))):
                return  # another record's identifier: its own case
            opened, carried = k + 1, False  # the case's own ("Identity verified (SSN ...) ... the customer's bank"):
            continue  # its record reads the line, and the case goes on below it
        log = log if log and _entry(line, log) else None
        if not log and k - opened - in_columns >= _FOLLOW_LINES and not carried:  # a wrapped sentence goes on
            return
        if _ANSWER_PROMPT.fullmatch(line.text):
            opened, in_columns = k + 1, 0
            continue
        in_columns += bool(COLUMN_GAP.search(line.text.strip()))
        tail = lines[first + k - 1].text[-_WORD_CUT:] if k or joined_above else ""  # "The" / "customer later ..."
        met = _met_at_the_premises(line)
        told_of = carried or log or met or any(
            m.end() > len(tail) + 1 for m in SAME_CASE.finditer(f"{tail} {line.text}")) or (
                mention and _mentioned(mention, line.text)) or _CUSTOMER_FIELD_OPENS.match(line.text) or (
                _PARTY_OPENS.match(line.text)) or (
                k == 0 and _CONTACT_LINE.fullmatch(line.text)) or (
                k == 0 and below_table and _USAGE_OPENS.match(line.text))
        carried = bool(told_of) and _case_sentence_runs_on(line.text, carried)
        party = _PARTY_OPENS.match(line.text)
        said_from = line.start + party.end() if party else None  # where the words the line's party says start
        if told_of:
            following = lines[first + k + 1] if first + k + 1 < len(lines) else None
            told = _fields_of_line(analysis, line, lines[first + k - 1] if k or joined_above else None,
                                   following if following is not None and same_block(line, following) else None)
            if met:
                analysis.add("name", line.segment, *met, "a person met on a customer's case, in its record")
            for start, end in _named_in_full_again(analysis, line, mention, names):
                analysis.add("name", line.segment, start, end, "a customer's full name, told later in their case")
            for kind, segment, start, end in told:
                if represented and segment is represented[0] and start >= represented[1]:
                    continue  # "Claimant is represented by Jo Lee, Lee LLP, ..." / "... telephone (909) ...": Lee's
                if kind == "phone" and _PAY_BY_PHONE.search(segment.text, max(0, start - 80), start):
                    continue  # a notice's ways to pay the office: "Pay online at ..., by phone (909) ..., or at City Hall"
                sentence = sentence_bounds(segment, start, [f[1:] for f in told])
                if said_from is not None and segment is line.segment and sentence[0] <= said_from <= start:
                    # the clause the line's party opens is theirs: "note: cust states she moved into 12 Elm St in
                    # Jan; usage ... adv'd re: Level Pay." (the program the agent advised on is no one else's field)
                    clause_end = segment.text.find(";", said_from, sentence[1])
                    if clause_end >= end:
                        sentence = (sentence[0], clause_end)
                # "the household used 1,139 kWh", though the staff member who says so is named ("Ms. Larsen,
                # Supervisor, stated ..."); not "compared it with neighbor Dolores Aguirre, whose meter recorded ..."
                case = kind == "usage" and [*SAME_CASE.finditer(segment.text, sentence[0], start)]
                own_usage = bool(case) and not names_another(segment, case[-1].start(), end, [f[1:] for f in told],
                                                              people_only=True)
                if (met and sentence[0] <= met[0] < sentence[1]) or mention and _mentioned(
                        mention, segment.text, *sentence) or own_usage or not names_another(
                        segment, *sentence, [f[1:] for f in told],  # not "For questions, contact Ana Ruiz at ..."
                        people_only=kind == "usage"):
                    analysis.add(kind, segment, start, end, "detail of a customer's case told after its record")


# the ways a notice offers to pay or to reach the office, by phone among them ("Pay online at ..., by phone (909) ...",
# "Payments are accepted by phone at ...", "Pague en línea, por teléfono al ..."): the office's number
_PAY_BY_PHONE = re.compile(r"(?i)\b(?:pay|payments?|pague|pagos?)\b[^.!?;\n]{0,60}?\b(?:by|por)\s+(?:tele)?(?:phone|tel[eé]fono)"
                           r"(?:\s+(?:at|al))?\s*:?\s*$")


def _another_persons_row(analysis: Analysis, text: str, mention: re.Pattern | None) -> bool:
    """Whether a line is the next row of the record's text table, another person's: cells a tab apart, a date in
    the first and a private person's name opening the second, not the case's ("10/28/2025<tab>Ana Ruiz, 12 Elm St
    ...<tab>Nurse / Kaiser<tab>250.00", a campaign schedule's next contributor under the one whose SSN slipped in). A
    case's log writes what was done in the cell after its date ("03/02<tab>inbound<tab>...")."""
    cells = text.split("\t")
    if len(cells) < 3 or not is_date(cells[0].strip()):
        return False
    second = cells[1].strip()
    return any(start == 0 and not (mention and mention.search(second, 0, end))
               for start, end in analysis.private_names_in(second))


# the words that hand the customer's case to someone who acts for them: their lawyer's or agent's contacts follow
_REPRESENTED_BY = re.compile(r"(?i)\b(?:represented\s+by|(?:attorneys?|counsel|agent)\s+(?:for|of\s+record))\b")


def _fields_of_line(analysis: Analysis, line: Line, above: Line | None,
                    below: Line | None) -> list[tuple[str, Segment, int, int]]:
    """The contact and usage fields of a line of a case, read with the line above it: a sentence a line break cut
    keeps its words ("... below the program" / "average of 1,310 kWh" is the program's); and with the line below
    it, where a value the line break cut goes on ("I called her back at (909)" / "555-0142 to confirm ...")."""
    if above is None:
        return analysis.contact_fields([line], below)
    return [f for f in analysis.contact_fields([above, line], below) if f[1] is line.segment and f[2] >= line.start]


def _named_in_full_again(analysis: Analysis, line: Line, mention: re.Pattern | None,
                         names: list[tuple]) -> list[tuple[int, int]]:
    """The private names of a line of a customer's case that hold the surname its record called them by with a title
    only, with the given name the record left out ("Mr. Carrasquillo called ..." / "... Staff enrolled Mr. Lysander
    Carrasquillo in budget billing"): the same customer named in full; not staff who share the surname (named with
    their title), nor anyone when the record gave a given name already (a relative, an honoree sharing it)."""
    if mention is None or not names or any(
            len(NAME_WORD.findall(TITLED.sub("", segment.text[start:end], count=1))) > 1
            for segment, start, end in names):
        return []
    return [(line.start + start, line.start + end) for start, end in analysis.private_names_in(line.text)
            if len(NAME_WORD.findall(TITLED.sub("", line.text[start:end], count=1))) > 1
            and _mentioned(mention, line.text, start, end)
            and not public_story(analysis, line.segment, line.start + start, line.start + end)]


def _mentioned(mention: re.Pattern, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the case's surname (``mention``) comes back in ``text[start:end]``, but as an official's name: staff
    who share the customer's surname are named with their title ("For questions contact Thanh Nguyen, Billing
    Supervisor, at ..." under Maria Nguyen's record), and their desk's phone is no detail of her case; nor as a
    street's name ("Apply at the Food Bank, 1750 Hall Ave, ..." under Rosendo Hall's record)."""
    for m in mention.finditer(text, start, len(text) if end is None else end):
        if STREET_AFTER.match(text, m.end()):
            continue
        given = _GIVEN_NAME_BEFORE.search(text, max(0, m.start() - 32), m.start())
        if not (given and named_officially(text, given.start(), m.end())):
            return True
    return False


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'-])[A-Z][\w'-]+(?:[ \t]+[A-Z]\.)?[ \t]+$")  # "Thanh ", "Padraig S. "


def _surname_spellings(names: list[tuple]) -> list[str]:
    """The surnames of a record's names as its case's text writes them again: "Ruiz", "RUIZ"."""
    surnames = {plain.split()[-1] for segment, start, end in names
                if (plain := person_name(segment.text[start:end], strict=False))}
    return sorted({form for surname in surnames for form in (surname.title(), surname.upper())})


_LAST_SENTENCE = re.compile(r"(?:.*[.!?]\s)?(.*)$", re.DOTALL)


def _case_sentence_runs_on(text: str, carried: bool) -> bool:
    """Whether a line of a case ends inside a sentence about the case, which a line break cut ("... the
    complainant's" / "October consumption was 659 kilowatt-hours."): its next line is told of the case too."""
    if text.rstrip().endswith((".", "!", "?", ":")):
        return False
    last = _LAST_SENTENCE.match(text).group(1)
    return bool(SAME_CASE.search(last)) or (carried and last == text)


# a person on a customer's case: one on the premises giving their name ("The occupant identified himself as Keith
# Hill and gave ..."), a relative the customer names as their contact ("sent to her daughter, Sione Faleolo, by ...")
_IDENTIFIED_AS = re.compile(r"(?i)\b(?:identified\s+(?:himself|herself|themselves|themself)\s+as|gave\s+(?:his|her|their)\s+"
                            r"name\s+as|(?:her|his|their)\s+(?:son|daughter|husband|wife|mother|father|sister|brother|"
                            r"grandson|granddaughter|caregiver),?)(?=\s)")


# a call note's next line opening with the party as its subject, no article: "Customer disputed the last cycle, 348
# kWh", "Caller asked for ...", "She said ..." (not "Customer Service will ...")
_PARTY_OPENS = re.compile(r"[ \t]*(?:Customer|Cust\.?|Caller|Ratepayer|She|He"
                          # a call-notes system's note line, typed in lower case and its shorthand: "note: cust states
                          # she moved into ...", "Notes: cx says ...", "comment: caller reports ..."
                          r"|(?i:notes?|comments?|remarks?)[ \t]*:[ \t]*(?i:customer|cust|cx|caller|ratepayer|she|he))\b"
                          r"(?![ \t]+(?:[Ss]ervice|[Cc]are|[Ss]upport|[Rr]elations|[Pp]rograms?|[Cc]enter)\b)")


def _met_at_the_premises(line: Line) -> tuple[int, int] | None:
    """The span of the name of a person on a customer's case, if the line holds one: the occupant or the tenant
    at the customer's premises giving their name, a relative the customer gives as their contact; their name and
    number belong to the case's record."""
    text = line.segment.text
    m = _IDENTIFIED_AS.search(text, line.start, line.end)
    name = m and name_after_role(text, m.end(), anchored=True)
    # a title before the name makes it an official's; words after it ("..., and that staff call") do not
    return name if name and not named_officially(text, *name, titles_after=False) else None


# the prefix of a number that is no account's: a purchase order's, an invoice's, a work order's, a service request's or
# a ticket's ("SR-240812-0117"), a parcel's, a bid's, a ledger's
_OTHER_NUMBER_PREFIX = r"(?:PO|INV|WO|SR|TKT|REQ|APN|BP|RFP|RFQ|GL)"
# a number of 7 to 16 digits, in groups or not, maybe after a billing system's prefix ("SVC-6209514300"),
# standing alone between a record's separators ("Name / 8047 4919 4579 1 / 626.391.2619"); a sentence's numbers
# (dates, amounts, ticket numbers) stand in words, not alone
# a field of a record between separators, a printout's runs of two spaces or more among them
_BARE_NUMBER = re.compile(r"(?:^|(?<=[/;|\u2013\u2014\u00b7\t])|(?<=\s[-,])|(?<=\S  ))\s*"
                          rf"((?:(?!{_OTHER_NUMBER_PREFIX}-)[A-Z]{{2,4}}-)?\d[\d .-]{{5,22}}\d)"
                          r"(?:\s*(?=$|[/;|\u2013\u2014\u00b7\t]|[-,]\s)|(?=[ \t]{2,}\S))")


# a billing system's number in brackets after a customer's name, as a field note copies it: "(ABMU6729371)",
# "(79 741237 85)", "(RF-134643)"
# (not a purchase order's, an invoice's, a work order's or a parcel's: "(PO45001234)")
_BRACKETED_AFTER_WORD = re.compile(rf"(?<=[A-Za-z])[ \t]*\([ \t]*((?!{_OTHER_NUMBER_PREFIX}-?\d)"
                                   r"(?:[A-Z]{1,5}-?)?\d[\d .-]{4,20}\d)[ \t]*\)")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # 20250112
_CASE_NUMBER = re.compile(r"(?:[A-Z]{2,4}-)?(?:19|20)\d\d-\d{3,6}")  # a year and a sequence: "WO-2024-0012"
_LOCAL_PHONE = re.compile(r"\d{3}[-. ]\d{4}")  # 555-0147
# a run of digits a billing matter is "on" or "for" in a customer's record ("regarding the levelized payment plan on
# 4706342596", "the balance on 3290117754"): the account it is on, though ten digits read as a phone's too; no one
# writes a phone so
_BILLED_ON = re.compile(r"(?i:\b(?:payment\s+(?:plan|arrangement)|balance|bill|charges|deposit|credit|past[\s-]+due"
                        r"(?:\s+amount)?)\s+(?:on|for)\s+)(\d[\d-]{5,18}\d)(?![\w-])")
# a bare number right before another identifier's label, a note's fields written one after another with no separator
# ("Eli Kasayulie 7125-759889 ITIN 912-78-4411"): the record's account
_BEFORE_ID_LABEL = re.compile(r"(?<=[^\W\d] )(\d[\d-]{5,20}\d)(?=[ \t]+(?:ITIN|SSN|S\.S\.N\.|EIN|DOB)\b)")


# the name of a meta tag in which a page names its site to a web service: Facebook's app and page ids (fb:app_id),
# App Links' store ids (al:ios:app_store_id), a social card's account id (twitter:site:id), a search engine's or a
# network's site-verification token (google-site-verification, msvalidate.01), an analytics or ad pixel's id
_SERVICE_META = re.compile(r"(?i)^(?:fb|al|twitter)\b|(?:verification|verify|validate)\b|"
                           r"\b(?:analytics|pixel|tracking id|measurement id|tag manager|itunes app|play app)\b")


def _bare_numbers(analysis: Analysis, piece: Line) -> list[tuple[int, int]]:
    """The record's fields that are a bare number of 7 to 16 digits (or an ESI ID), or of 6 and more in brackets right after a
    word ("OKAFOR, CHINONSO (ABMU6729371) - tech found ..."): no phone, date or identifier found already, and no
    parcel's number under a text table's APN column."""
    text = piece.segment.text
    if piece.segment.hidden == "meta tag" and _SERVICE_META.search(piece.segment.label or ""):
        return []  # the site's own number at a web service, beside a meta tag that names a customer
    found = []
    matches = [(m, 7) for m in _BARE_NUMBER.finditer(text, piece.start, piece.end)]
    matches += [(m, 7) for m in _BEFORE_ID_LABEL.finditer(text, piece.start, piece.end)]
    matches += [(m, 6) for m in _BRACKETED_AFTER_WORD.finditer(text, piece.start, piece.end)
                if not property_parcel(text, m.start())]  # not a hearing's property's parcel
    billed = [(m, 7) for m in _BILLED_ON.finditer(text, piece.start, piece.end)]
    for m, fewest in matches + billed:
        start, end = m.span(1)
        digits = re.sub(r"\D", "", m.group(1))
        if ((fewest <= len(digits) <= 16 or ESI_ID.fullmatch(digits)) and not _LOCAL_PHONE.fullmatch(m.group(1)) and not is_date(m.group(1))
                and not _CASE_NUMBER.fullmatch(m.group(1)) and not is_ledger_account(m.group(1))
                and not _COMPACT_DATE.fullmatch(digits) and ((m, fewest) in billed and m.group(1).isdigit() or not phone_spans(text, start, end))
                and not analysis.anchors_in(piece.segment, start, end)
                and not analysis.in_parcel_column(piece.segment, start, end)
                and not _under_routing_caption(analysis, piece.segment, start)
                and not _under_another_numbers_header(analysis, piece.segment, start)):
            found.append((start, end))
    return found


# a line that is a name and a number and nothing more, apart by a slash, a bar, a comma, a colon or a dash ("Ana Ruiz /
# 8000 3902 5621", "RUIZ, ANA | 800896608651"): an entry of a list of customers and their accounts
_NAME_AND_NUMBER = re.compile(r"\s*[^\W\d][^\d\n]{2,60}?\s*[/|,:\u2013\u2014-]\s*#?\s*(\d[\d -]{6,20}\d)\s*")


def _listed_accounts(analysis: Analysis, pieces: list[Line]) -> list[tuple]:
    """The bare numbers of a record's lines that are a name and a number and nothing more (``_NAME_AND_NUMBER``), in a
    record an identifier ties: each line of a list of customers and their accounts ("Ana Ruiz / 8000 3902 5621" over
    "Jo Lee / 700224137564"), whose numbers the record reports as accounts (``_bare_numbers``), ties the name on its own
    line as the identifier does on its line."""
    found = []
    for piece in pieces:
        entry = _NAME_AND_NUMBER.fullmatch(piece.segment.text, piece.start, piece.end)
        if entry and entry.span(1) in _bare_numbers(analysis, piece):
            found.append((piece.segment, *entry.span(1)))
    return found


def _header_above(analysis: Analysis, segment: Segment, start: int) -> str | None:
    """The header cell over the number at ``start`` in a row of tab-separated cells (the line above's cell in the
    same column), or None when the line above gives none for that column."""
    header = analysis.facts.header_cells_above(segment)
    column = segment.text.count("\t", 0, start)
    return header[column] if header and column < len(header) else None


def _under_routing_caption(analysis: Analysis, segment: Segment, start: int) -> bool:
    """Whether the number at ``start`` fills a bank's routing field: its cell's caption in the line above names it
    ("FINANCIAL INSTITUTION | ABA ROUTING #" over "Bank of America | 026009593", a box form's captions), or its own
    field's label does. A routing number is the bank's public identifier, no customer's, in a customer's form."""
    caption = _header_above(analysis, segment, start)
    caption = segment.label if caption is None else caption
    return bool(caption) and BANK_ROUTING.search(caption) is not None


def _under_another_numbers_header(analysis: Analysis, segment: Segment, start: int) -> bool:
    """Whether the number's cell in a row of tab-separated cells stands under a header naming another kind of number
    and no customer's field ("Check No.", "Warrant #", "Invoice"): a register's check number beside its payee; a
    case log's "Case" or a permit's number, a public listing's column, beside the customer it is about."""
    header = _header_above(analysis, segment, start)
    return bool(header) and bool(OTHER_LABELS.search(header)) and header_kind(header)[0] in (None, "veto")


# a charge on someone's own bill, which a comment tells of once it calls them a utility's customer
_CHARGED = re.compile(r"(?i)\b(?:late\s+fees?|charged\s+twice|double[- ]charged|overcharged)\b")
# a writer's relative named right after the word, whose account the letter is about: "my mother Ana Ruiz is on ..."
_MY_RELATIVE = re.compile(r"(?i)\b(?:my|our)\s+(?:elderly\s+)?(?:mother|father|mom|dad|grand(?:mother|father|ma|pa)|"
                          r"husband|wife|son|daughter|sister|brother|aunt|uncle)(?=\s+(?-i:[A-Z]))")
# a mailbox and a name in brackets right after it, on a page of utility matters: the mailbox's owner, a customer to
# send something to, when the mailbox spells the name (``name_spelt_in_email``)
_MAILBOX_AND_BRACKET = re.compile(r"(?P<mailbox>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*\((?-i:[A-Z])[^()\n]{2,59}\)")


def _name_spelt_around(text: str, opening: int, start: int, end: int) -> tuple[int, int] | None:
    """The name the mailbox at ``start``-``end`` spells (``name_spelt_in_email``): in its line's text before it, from
    ``opening``, or in brackets right after it ("yreddy@... (Yesenia Reddy)")."""
    mailbox = text[start:end]
    bracket = BRACKET_AFTER.match(text, end)
    return name_spelt_in_email(text, opening, start, mailbox) or (
        name_spelt_in_email(text, *bracket.span("note"), mailbox) if bracket else None)


def _names(analysis: Analysis, pieces: list[Line], anchored: bool, lenient: bool,
           mailboxes: list[tuple]) -> list[tuple]:
    """The private people named in the pieces: not officials, staff or the City's configured names, and,
    unless an identifier ties them, not on an official's contact card. ``lenient``: words that read as a
    name count, whether the name lists know them or not, and so do words a personal mailbox on the line
    spells."""
    names = []
    # beside an employee's SSN or ITIN, the employee is named with their job title
    titles_after = not any(a.kind == "identifier" for p in pieces for a in analysis.anchors_in(p.segment, p.start, p.end))
    role_ended_line = None  # the line before ended in a role word ("... her neighbour, customer" / "Tomasz ...")
    asides = []  # the bracketed asides after copied comments' posters
    for k, piece in enumerate(pieces):
        text = piece.segment.text
        if not anchored and _on_contact_card(analysis, piece):
            role_ended_line = None
            continue
        street_goes_on = _street_goes_on(pieces[k - 1], piece) if k else 0  # "... at 706 W Falcon\nLane Spc 26"
        identifiers = analysis.anchors_in(piece.segment, piece.start, piece.end)
        beside = [name_before_identifier(text, a.start) for a in identifiers]
        accounts = [(a.start, a.end) for a in identifiers if a.kind == "account"]
        holders = {*holders_of_bracketed_accounts(text, accounts), *holders_bracketed_after_accounts(text, accounts)}
        if anchored or lenient:
            holders |= set(filter(None, [note_items_customer(text, piece.start, piece.end)]))
        if anchored or lenient and consumption_spans(text, piece.start, piece.end):
            holders |= set(filter(None, [_dash_signed(text, piece.start, piece.end, signed_with_mailbox=not anchored)]))
        if identifiers or consumption_spans(text, piece.start, piece.end):  # the note's own tie, in its line
            holders |= set(lower_titled_surnames(text, piece.start, piece.end))
        if identifiers:
            holders |= set(_initialled_holders(text, piece.start, piece.end, identifiers))
        poster = _poster(text, piece.start) if anchored or lenient else None
        if poster:
            holders.add(poster.span("name"))
        if poster and poster["aside"]:  # "(Nextdoor, Westgate)": a place's, in this line or the next a wrap gave it
            asides.append((piece.segment, *poster.span("aside")))
        beside += holders
        # "Andrew Hall ... halla361@...": beside a record's tie (lenient), or beside a mailbox at a consumer provider,
        # which is one person's own and spells their name ("Advay Saran (asaran41@gmail.com, ...)")
        spelt = {_name_spelt_around(text, piece.start, start, end)
                 for segment, start, end in mailboxes if segment is piece.segment and piece.start <= start
                 and (lenient or personal_mailbox(text[start:end]))}
        beside += spelt
        beside += [name_before_own_call(text, m.start()) for m in _OWN_CALL_FROM.finditer(text, piece.start, piece.end)]
        if caller := _logged_callers_surname(text, piece.start, piece.end):
            spelt.add(caller)  # a surname alone, which person_name refuses
            beside.append(caller)
        offset = analysis.offset(piece.segment)
        roles = [*analysis.cues.find("customer role", offset + piece.start, offset + piece.end),
                 *analysis.cues.find("party role", offset + piece.start, offset + piece.end)]
        if role_ended_line:  # after a title ("The customer Mrs." / "Perpetua Nwachukwu-Lind") any name will do
            titled = role_ended_line.group(1) is not None
            beside.append(name_after_role(text, piece.start, anchored or lenient or titled))
        role_ended_line = None
        for position in roles:
            role = _ROLE_WORD.match(analysis.lower, position)
            beside.append(name_after_role(text, role.end() - offset, anchored or lenient))
            beside.append(name_before_role(text, position - offset))
            role_ended_line = _ROLE_ENDS_LINE.fullmatch(text, role.end() - offset, piece.end) or role_ended_line
        if lenient:
            beside += [name_after_role(text, m.end(), anchored) for m in _SPOKE_WITH.finditer(text, piece.start, piece.end)]
            beside += [name_after_role(text, m.end(), True) for m in _MY_RELATIVE.finditer(text, piece.start, piece.end)]
        beside += [name_after_role(text, m.end(), anchored) for m in _REACHED.finditer(text, piece.start, piece.end)]
        # the name a caller says is theirs, in a call centre's lower case too: "Caller states he is rigoberto vu"
        beside += [name_after_role(text, m.start() + len(m.group().rstrip()), True)
                   for m in SAYS_NAME_BEFORE.finditer(text, piece.start, piece.end)]
        if lenient:  # "Home charger: Augusto Angiolello, 12 Elm St": whoever the label names, listed or not
            beside += [name_after_role(text, m.end() - 1, True) for m in _HOME_LABEL.finditer(text, piece.start, piece.end)]
            # ... and so does a callback's label: "Callback requested: Perpetua Mwangi, tel. ..."
            beside += [name_after_role(text, m.end(), True) for m in _CALL_BACK.finditer(text, piece.start, piece.end)
                       if m.group().endswith(":")]
        read = names_in(text, piece.start, piece.end, lenient)
        # beside an identifier names_in reads a place word as the surname after a rare given name ("Xiaoling Park"),
        # which person_name, without that context, refuses
        # and a sentence's role makes the words before a place word a person's ("a complaint from Ivan Park")
        vouched = set(read) if lenient else {span for span in read if named_by_role(text, *span)}
        spans = {_without_possessive(text, span) for span in (
            without_utility_name(text, *found) for found in (*read, *filter(None, beside))) if span}
        for start, end in sorted(spans):
            if any(a <= start and end <= b and (a, b) != (start, end) for a, b in spans):
                continue  # the longer reading: "Verduzco Montemayor, Samuel", not "Verduzco Montemayor"
            if start < street_goes_on or any(where is piece.segment and a <= start < b for where, a, b in asides):
                continue
            # a name its mailbox spells may hold a place's word ("Andrew Hall"), which person_name refuses
            value = text[start:end]  # a call centre's note in lower case: "cx dana whitfield"
            name = person_name(value, strict=not value.islower()) or (
                (start, end) in spelt | vouched | holders and " ".join(value.lower().split()))
            if trade_name(value):
                continue  # a sole proprietor's business ("Tran Home Daycare"), not its owner
            if _OFFICE_SIGNED.fullmatch(value):
                continue  # "... send us a message. - Marjorie, Communications": the City's reply, signed by its staff
            if _asked_for(text, start) or contact_to_call(text, start, end):
                continue  # "Questions: call Nadia Petrenko at ...", "Pague su factura ... o llame a ... al": staff
            if logs_author(text, start, end):
                continue  # "08/10 9:26 T. Okoro: Cx ANA RUIZ called ...": the agent who logged the call
            if _written_to(text, start):
                continue  # "Dear Darnell Whitcomb, My name is Maria Ochoa ...": whom the customer writes to
            if _INTERPRETER_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Ana Ruiz (speaking through interpreter Marta Ibáñez):": who interprets the customer's words
            if _PHYSICIAN.match(text, start) or _DOCTOR_BEFORE.search(text, max(0, start - 24), start) or (
                    value.startswith("Dr") and _CERTIFYING_DOCTOR.search(text, max(0, start - 48), start)):
                continue  # "Dr. Ochoa's office faxed the medical certificate": the customer's physician
            if name and not analysis.contacts.name_is_public(name) and not quoted_author(text, start, end) and not \
                    named_officially(text, start, end, titles_after) and not _titled_above(pieces, k, start, end) \
                    and not (titles_after and _titled_below(pieces, k, start, end)) \
                    and not names_an_official(value, analysis.officials) and not staff_speaking(text, start, end):
                names.append((piece.segment, couple_start(text, start), end))  # "Emeka and Adebayo Abiodun"
        names += [(piece.segment, start, end) for start, end in family_names(text, piece.start, piece.end)
                  if not analysis.contacts.name_is_public(text[start:end].lower())]  # "the Garcias (acct ...)"
        if k + 1 < len(pieces):
            names += _name_cut_by_a_line_break(analysis, piece, pieces[k + 1], anchored) or \
                _name_across_a_line_break(analysis, piece, pieces[k + 1], lenient)
    return names


# the interpreter's or the translator's word right before a name, in English and the languages a meeting or an office
# interprets ("through interpreter ...", "Intérprete: ...", "thông dịch viên ...", "통역사 ...", "翻译：...")
_INTERPRETER_BEFORE = re.compile(r"(?i)\b(?:interpreter|translator|int[eé]rprete|traductora?|th[oô]ng\s+d[iị]ch\s+vi[eê]n|"
                                 r"phi[eê]n\s+d[iị]ch|tagasalin)\s*[:(]?\s*$|(?:통역사?|翻[译譯])\s*[:：(]?\s*$")
_INITIAL_ENDS = re.compile(r"[ \t][A-Z]\.$")


def _initialled_holders(text: str, start: int, end: int, identifiers: list) -> list[tuple[int, int]]:
    """A given name and an initial in the sentence of an identifier ("Dwight A. (acct ending 6157) emailed ...",
    "Hasmik G. gave me permission ...; the Edison account no. ... had been ..."): the account's holder, as named as a
    note or a newsletter names them; and the same given name alone elsewhere in the piece ("Hasmik on 11986 Lark
    Ellen Ave called my office"), the same person (PCE-01: a given name with the customer's street or account
    identifies them)."""
    found = []
    for a, b in given_names_and_initials(text, start, end):
        ends = [m.end() for m in SENTENCE_END.finditer(text, start, a)]
        stop = SENTENCE_END.search(text, b, end)
        sentence = (ends[-1] if ends else start, stop.end() if stop else end)
        if not any(sentence[0] <= i.start < sentence[1] for i in identifiers):
            continue
        found.append((a, b))
        given = text[a:b].split()[0]
        found += [m.span() for m in re.finditer(
            rf"(?<![\w'\u2019-]){re.escape(given)}(?![\w'\u2019-])(?![ \t]+[A-Z]\.)", text[:end]) if m.start() >= start]
    return found


# a comment copied from a social-media page opened by its poster's display name as the page shows it, lower case
# and wrapped too, a bracketed aside (the platform, a neighbourhood) or a verb of posting before the colon:
# "reynaldo pangilinan: my bill at ...", "Nabil A.: ...", "jun-jun dela cruz replied: We got a shut off notice for
# ...", "Ana Ruiz (Nextdoor, Westgate): Same here. ... we're at ..."
_POSTER = re.compile(r"(?P<name>[^\W\d_][\w'\u2019-]*\.?(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
                     r"(?!(?:replied|commented|wrote|posted|said)\b)[^\W\d_][\w'\u2019-]*\.?){1,3})"
                     r"(?P<aside>[ \t]+\([^()\n]{1,40}\))?(?:[ \t]+(?:replied|commented|wrote|posted|said))?:[ \t]+")
# the comment speaks of the poster's own bill, account, home or number
_OWN_SERVICE_TOLD = re.compile(r"(?i)\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:bill|account|acct|meter|usage|home|house|"
                               r"service|power|electricity)\b|\b(?:i['\u2019]m|we['\u2019]re|i\s+am|we\s+are)\s+at\s+\d|"
                               r"\b(?:call|text|email|e-mail)\s+me\b|\bwe\s+got\s+a\b")
_POSTER_REACH = 400  # characters of the comment after its poster's name


def _poster(text: str, start: int) -> re.Match | None:
    """The poster's display name opening a copied comment at ``start`` (a line's start) whose text speaks of the
    poster's own service (``_OWN_SERVICE_TOLD``): two to four words, each no common word of the language ("Great
    job: ...", "Staff note: ..."), or a given name and an initial; the account's holder, as the page names them."""
    if start and text[start - 1] != "\n":
        return None
    m = _POSTER.match(text, start, min(len(text), start + 80))
    if m is None or not _OWN_SERVICE_TOLD.search(text, m.end(), min(len(text), m.end() + _POSTER_REACH)):
        return None
    words = m["name"].split()
    if words[0].rstrip(".").lower() in ("mr", "ms", "mrs", "miss", "mx", "dr") or m["name"].isupper():
        return None  # "MS. ADEYEMI-LUND: My name is ...", "PUBLIC SPEAKER: ...": a transcript's speaker label, which
        # ``speakers`` reads
    if any(common_word(w) for w in words if not w.endswith(".")) or not person_name(
            " ".join(words), strict=False) or named_officially(text, *m.span("name")):
        return None
    if words[0][:1].isupper() and words[-1][:1].islower():
        return None  # "Verbatim comment (respondent R-412, ...): ...": a sentence's opening words, no display name
    return m


# a given name and the office it writes for, as an agency's reply on its social-media page is signed ("Marjorie,
# Communications", "Dev, Customer Care Team")
_OFFICE_SIGNED = re.compile(r"[A-Z][a-z'\u2019-]+,[ \t]*(?i:(?:the[ \t]+)?(?:communications|customer[ \t]+(?:care|service)|"
                            r"billing|utilities|public[ \t]+(?:works|information)|outreach|social[ \t]+media|web)"
                            r"(?:[ \t]+(?:team|office|department|dept\.?|division|staff))?)")


# a notice's addressee in running text, before their home: "Aviso de corte de servicio. Para: Ana Ruiz, 12 Elm St. Su
# servicio eléctrico será suspendido ...", "To: Ana Ruiz, 12 Elm St. Your service will be shut off ..."; the label as a
# sentence opens with it, read right before the name (``_ADDRESSEE_LABEL``) and before a capital (``_NOTICE_ADDRESSEE``)
_ADDRESSEE_OPENING = r"(?:^|(?<=[.:;]\s))(?:To|Para|Attn\.?|Atenci[oó]n)[ \t]*:[ \t]*"
_ADDRESSEE_LABEL = re.compile(_ADDRESSEE_OPENING + "$")
# what makes the notice one to a customer about their service: a shut-off, a past-due balance
_SHUT_OFF_NOTICE = re.compile(r"(?i)\b(?:shut[- ]?off|disconnect(?:ed|ion)|past[- ]due|will\s+be\s+(?:suspended|"
                              r"interrupted)|corte\s+de\s+(?:servicio|luz)|ser[aá]\s+(?:suspendido|desconectado|"
                              r"cortado)|saldo\s+vencido|desconexi[oó]n)")
# the same label before the addressee's name: where the notice's record is read
_NOTICE_ADDRESSEE = re.compile(_ADDRESSEE_OPENING + "(?=[A-Z])")
_ADDRESSEE_LABEL_REACH = 12  # how far before the name the label is read ("Para: ")
_HOME_AFTER_ADDRESSEE = 4  # how far after the name their home starts (", ")


def _notice_addressees(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a shut-off or past-due notice in running text is addressed to, each right before their home (see
    ``_ADDRESSEE_LABEL``): the household whose service the notice is about."""
    return [(segment, start, end) for segment, start, end in names
            if _ADDRESSEE_LABEL.search(segment.text, max(0, start - _ADDRESSEE_LABEL_REACH), start)
            and _SHUT_OFF_NOTICE.search(segment.text)
            and any(is_a_home(f) and f[1] is segment and 0 <= f[2] - end <= _HOME_AFTER_ADDRESSEE for f in fields)]


_HOUSEHOLD_ACT_REACH = 80  # how far after a household's name its act is read ("the Okafors at 2210 Birch Ln used")


def _household_acting(name: tuple) -> bool:
    """Whether the name is a household's plural surname that its sentence makes a customer (``acting_families``):
    "Staff reached the Szymanskis at (626) ...; they owe ... on the home at ...": the household's number and home."""
    segment, start, end = name
    reach = (max(0, start - _HOUSEHOLD_ACT_REACH), min(len(segment.text), end + _HOUSEHOLD_ACT_REACH))
    return (start, end) in acting_families(segment.text, *reach)


def _posted_by(name: tuple) -> bool:
    """Whether the name opens a copied comment as its poster (``_poster``): the comment's own service is theirs."""
    segment, start, end = name
    poster = _poster(segment.text, start)
    return poster is not None and poster.span("name") == (start, end)


# a reader's comment or a short message signed after a dash at its end by a given name and an initial: "... call me
# 1-951-839-6855 - Eugenia D.", "... account 3-110-5865-54. — Tom R"; or with the writer's mailbox after it, as a
# reader's letter to a column is signed ("... We use about 400 kWh. – Tom R., tomr@gmail.com")
_DASH_SIGNATURE = re.compile(r"[ \t][-\u2013\u2014]{1,2}[ \t]*([A-Z][a-z'\u2019-]+[ \t]+[A-Z]\.?)"
                             r"(?P<mailbox>[ \t]*,[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?[ \t]*$")


def _dash_signed(text: str, start: int, end: int, signed_with_mailbox: bool = False) -> tuple[int, int] | None:
    """The writer who signs a comment after a dash with their given name and an initial, where the comment gives an
    identifier (the caller asks), or with their own mailbox after it where the comment gives their consumption
    (``signed_with_mailbox``: a reader's letter on their bill): the account's holder, whom commenters and columns
    name so. The first word must be a listed given name ("- Eugenia D."), not a word ("- Thanks A.")."""
    m = _DASH_SIGNATURE.search(text, start, end)
    if m is None or fold(m.group(1).split()[0]) not in given_names() or common_word(m.group(1).split()[0]) or (
            signed_with_mailbox and not m.group("mailbox")):
        return None
    return m.span(1)


# a log entry's caller written by surname in capitals before their home: "08/08 4:07p  SOTO @ 864 Ramos St - opt out
# req, cb 909-...", "08/06 9:17a  ESTRADA OLIVAS at 3433 Holt Ave"
_CALLER_AT_HOME = re.compile(r"[ \t]+(?P<surname>[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){0,2})[ \t]+(?:@|at)[ \t]+\d")


def _logged_callers_surname(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The caller's surname opening a voicemail or call log's entry, in capitals right before the street address
    they gave, when each of its words is a surname of the Census list (not "SCE @ 300 ..."): the log's own
    shorthand for a resident who left their home and a callback number."""
    entry = TIMED_ENTRY.match(text, start, end)
    caller = entry and _CALLER_AT_HOME.match(text, entry.end(), end)
    if not caller or not all(word.lower() in surnames() for word in caller.group("surname").split()):
        return None
    return caller.span("surname")


# a physician named by title and surname with their practice ("Dr. Ochoa's office faxed the certificate", "Dr. Lim's
# clinic"), or as the one who signs a medical certificate ("signed by Dr. Lim"): the customer's doctor, no customer
_PHYSICIAN = re.compile(r"Dr\.?\s+[A-Z][\w'\u2019-]+(?:['\u2019]s)?\s+(?:office|clinic|practice|nurse|staff|medical\s+group)\b")
_CERTIFYING_DOCTOR = re.compile(r"(?i)\b(?:signed|certified|completed|faxed|sent|submitted)\s+by\s+"
                                r"(?:(?:your|the\s+customer['\u2019]s|his|her|their)\s+)?(?:(?:physician|doctor)\s+)?$")
# a name the word physician or doctor stands right before ("your physician Dr. Sally Ball", "her doctor, Ana Ruiz"): the
# customer's doctor, who signs a medical certificate, no customer
_DOCTOR_BEFORE = re.compile(r"(?i)\b(?:physician|doctor|medical\s+provider)\s*,?\s+$")


# a writer who introduces themself or says they write: the letter is theirs, not its addressee's
_WRITER_SPEAKS = re.compile(r"(?i)\b(?:my name is|mi nombre es|me llamo|i am writing|i'm writing|i write)\b")


def _written_to(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a letter's addressee whose writer then names themself or says they write
    ("Dear Darnell Whitcomb, My name is Maria Ochoa and I am writing about my bill"): the customer writes to the
    utility's staff, who are no customer."""
    line_start = text.rfind("\n", 0, start) + 1
    salutation = SALUTATION_RE.match(text, line_start)
    return (salutation is not None and salutation.start("name") == start
            and _WRITER_SPEAKS.search(text, salutation.end(), salutation.end() + 200) is not None)


def _asked_for(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the one a sentence sends the reader to with their questions ("Questions: call
    Nadia Petrenko at ...", "If you have questions, please contact Omar Haddad"): a member of the sender's staff."""
    ask = None
    for ask in ASK_STAFF.finditer(text, max(0, start - INVITATION_REACH), start):
        pass
    return ask is not None and ask.end() == start


_OWN_ACCOUNT_BRACKETED = re.compile(r"[ \t]*\([ \t]*(?i:acct|account|a/c|sa|said|service\s+account)\b")


def _titled_above(pieces: list[Line], k: int, start: int, end: int) -> bool:
    """Whether a name that opens its line has an official's title at the end of the line above: a PDF wraps
    "... Councilmember" / "Imani Okafor told the Courier". Not a name its own account follows in brackets, under a
    heading that ends in a title ("Cases Reviewed by Staff" / "Rosalba Hernandez (acct. ...) wrote ..."): the
    account's customer."""
    piece = pieces[k]
    text = piece.segment.text
    if k == 0 or text[piece.start:start].strip() or _OWN_ACCOUNT_BRACKETED.match(text, end):
        return False
    above = pieces[k - 1].text.rstrip()
    own = _TITLE_AFTER_ITS_NAME.search(above)
    if own and person_name(own.group("name"), strict=False):
        return False  # "FROM: Ana Ruiz, Energy Analyst" / "Gundula Yilmaz appealed ...": the title is Ana Ruiz's
    joined = f"{above} {text[start:end]}"
    return named_officially(joined, len(above) + 1, len(joined), titles_after=False)


# a line that ends with a person's name and, after a comma, their title ("FROM: Ana Ruiz, Energy Analyst", "Prepared
# by: Ana Ruiz, Utility Billing Supervisor"): a memo's header or a signature, whose title is that person's and no name's
# in the line below
_TITLE_AFTER_ITS_NAME = re.compile(r"(?<![\w'\u2019.-])(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}),"
                                   r"[ \t]*(?:[A-Z][\w&'\u2019/.-]*[ \t]*){1,6}$")


# how far before its line's end a name's role may begin for the line below to go on with it
_ROLE_WRAP_REACH = 40


def _titled_below(pieces: list[Line], k: int, start: int, end: int) -> bool:
    """Whether a name near its line's end has its role or title go on in the line below: a PDF wraps "... Dana Kincaid,
    Utility Billing" / "Supervisor, appeared for the City." (as ``_titled_above`` reads a title the line above ends
    in)."""
    piece = pieces[k]
    text = piece.segment.text
    if k + 1 >= len(pieces) or len(text[end:piece.end].rstrip()) > _ROLE_WRAP_REACH:
        return False
    joined = f"{text[:piece.end].rstrip()} {pieces[k + 1].text.lstrip()}"
    return named_officially(joined, start, end)


def _name_cut_by_a_line_break(analysis: Analysis, line: Line, below: Line, anchored: bool) -> list[tuple]:
    """A customer's name that a PDF's line break cut after the given name ("spoke w/ cust Garegin" / "Petrosyan re:
    flickering lights"), or, in a record an identifier ties, after a title ("by Ms." / "Okafor. Her account ..."),
    or a sentence's first word that ends its line before a
    surname and the record's home ("Abatement appeal. Losa" / "Leiataua of 477 Meetinghouse Hill Rd ... account
    ..."): its two halves, each in its own line, when together they read as a person's name."""
    cut = _NAME_CUT.search(line.segment.text, line.start, line.end)
    rest = cut and _SURNAME_OPENS.match(below.segment.text, below.start, below.end)
    if not rest and anchored:  # "... raised at the last meeting by Ms." / "Okafor. Her account, ...": title and surname
        title = _TITLE_ENDS_LINE.search(line.segment.text, line.start, line.end)
        surname = title and _SURNAME_OPENS.match(below.segment.text, below.start, below.end)
        if surname and name_like(surname.group("surname")) and not common_word(surname.group("surname")) and \
                not analysis.contacts.name_is_public(f"{title.group('given')} {surname.group('surname')}".lower()):
            return [(below.segment, *surname.span("surname"))]  # the title alone names no one: "Mr." is no value
    if not rest and anchored:
        cut = _GIVEN_ENDS_LINE.search(line.segment.text, line.start, line.end)
        rest = cut and _SURNAME_OPENS.match(below.segment.text, below.start, below.end)
        rest = rest if rest and _HOME_IN_SLOT.match(below.segment.text, rest.end()) else None
    if not rest and anchored:  # "... account 3-349-7852-76, held by Helen" / "Asamoah at 2195 W. Grand Ave., ..."
        cut = _HOLDER_ENDS_LINE.search(line.segment.text, line.start, line.end)
        rest = cut and _SURNAME_BEFORE_HOME.match(below.segment.text, below.start, below.end)
    if not rest or _HEADING.fullmatch(line.segment.text, line.start, line.end):
        return []  # "Item 7 - Customer Matters" / "Ana Ruiz (acct ...)": a section's heading names no one
    name = f"{cut.group('given')} {rest.group('surname')}"
    surname = _SUFFIX_OR_INITIAL.sub("", rest.group("surname")).strip()  # "R. Rajasa", "Shimizu III"
    if (not person_name(name) or not name_like(surname) or surname.lower() in CALENDAR_WORDS
            or common_word(cut.group("given").split()[0])  # a table's title: "Queue - Customer Detail" / "Arya Choudhry | ..."
            or analysis.contacts.name_is_public(name.lower())):  # "cust Rosa" / "Monday at 9": no surname
        return []
    return [(line.segment, *cut.span("given")), (below.segment, *rest.span("surname"))]


# a paragraph of a web page or a Word document: the text flows in it, so no hard wrap ends it
_PARAGRAPH_ELEMENT = re.compile(r"(?:^|>[ \t]*)p(?::nth-of-type\(\d+\))?$|^paragraph \d+$")


# a paragraph that ends in mid-sentence on a capitalised word after a word of lower case ("... authorized a settlement
# with Maria" / "Lopez regarding her account ..."): text pasted from a PDF, one paragraph a line
_ENDS_IN_MID_SENTENCE = re.compile(r"\b(?-i:[a-z]+)[ \t]+[A-Z][\w'\u2019-]*[ \t]*$")


def _paragraphs_apart(line: Line, below: Line) -> bool:
    """Whether two lines are two paragraphs of a web page or a Word document: a signature's given name ending one
    ("Thanks, Sandra") and a capitalised word opening the next ("Field note 09/23: ...") are no name a wrap cut; a
    paragraph that ends in mid-sentence on a given name after a word of lower case goes on in the next (pasted text)."""
    ends = len(line.text.rstrip())
    return line.segment is not below.segment and all(
        _PARAGRAPH_ELEMENT.search(piece.segment.location.element or "") for piece in (line, below)) and not (
        _ENDS_IN_MID_SENTENCE.search(line.text) and not SIGNED_OFF.search(line.text, max(0, ends - SIGN_OFF_TAIL)))


def _name_across_a_line_break(analysis: Analysis, line: Line, below: Line, lenient: bool) -> list[tuple]:
    """A name any rule would read in one line, which a hard wrap of running text cut ("... The resident, Candra" /
    "Sihombing, 62, said ...", "... belongs to Hiwot" / "Wolde, who told us ..."): the two lines read together as
    ``names_in`` reads a paragraph's soft line break (the line before runs in words of lower case, the name goes on
    with punctuation or a lower-case word), so a list's names one a line, a label's value or a table's column stay
    apart. The name's first half, in its own line, which the name detector joins to its rest (``customer_name``)."""
    if _paragraphs_apart(line, below):
        return []
    joined = f"{line.text}\n{below.text}"
    head = len(line.text) + 1  # where the line below opens in ``joined``
    for a, b in names_in(joined, anchored=lenient):
        if not a < head <= b:
            continue
        value = " ".join(joined[a:b].split())
        rest = joined[head:b].split()  # what the break cut off: no weekday or month ("cust Rosa" / "Monday at 9")
        if any(w.lower() in CALENDAR_WORDS for w in rest):
            continue
        name = person_name(value) or (lenient and not any(map(common_word, rest))
                                      and (person_name(value, strict=False) or value.lower()))
        if name and not analysis.contacts.name_is_public(name) and not trade_name(value) \
                and not named_officially(joined, a, b, True) and not names_an_official(value, analysis.officials):
            if below.segment is line.segment and line.segment.text[line.end:below.start] == "\n":
                return [(line.segment, line.start + a, line.start + b)]  # a soft break: the whole name, one span
            return [(line.segment, line.start + a, line.end)]
    return []


def _on_contact_card(analysis: Analysis, piece: Line) -> bool:
    """Whether a piece is on an official's contact card (a segment beside a government mailbox) and reads as one:
    a sentence that calls someone the customer, a party of a utility case or the owner of a bill is a case
    narrative, whatever mailbox stands near it ("Write to info@cityname.gov" in the footer, a staff sender in an
    e-mail's From: line), and so is one that tells a person's usage ("Usage history provided by Ana Ruiz: ...") or
    asks staff to call them back ("Callback requested: Ana Ruiz, tel. ...")."""
    if id(piece.segment) not in analysis.context.official:
        return False
    start, end = analysis.offset(piece.segment) + piece.start, analysis.offset(piece.segment) + piece.end
    return not any(analysis.cues.any(kind, start, end) for kind in ("customer role", "party role", "customer possessive")) \
        and not _USAGE_TOLD.search(piece.text) and not _CALL_BACK.search(piece.text)


def _without_possessive(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name's span without the possessive "'s" a lenient reading keeps ("Ana Ruiz's usage")."""
    start, end = span
    return (start, end - 2) if text[end - 2:end] in ("'s", "\u2019s") else span


def _street_goes_on(above: Line, line: Line) -> int:
    """Where the rest of a street address that a line break cut ends in ``line`` (a PDF wraps "... at 7199
    South" / "Agate Lane, which ..."), or 0: its words are no one's name."""
    cut = address_across(above.text[-40:], line.text[:60])
    return line.start + cut[1] if cut else 0
