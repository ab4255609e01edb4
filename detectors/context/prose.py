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

from ..base import line_of
from ..labels import (CALL_BACK_WORDS, HOUSEHOLD_CONTACT_BEFORE, OTHER_LABELS, has_stand_in, is_date,
                      is_ledger_account, stands_in)
from ..model import CODE_SEGMENTS, ELEMENT_DESCRIPTIONS, Location, Segment
from ..public_contacts import (FACILITY_CUE, PERSONAL_DOMAINS, SPEAKERS_LABEL, is_institutional_domain, is_role_mailbox,
                               to_e164)
from ..streets import DIRECTIONS, SUFFIXES, alternation
from ..translations import phrases_for
from ..vocabulary import common_word, fold, given_names, name_like, surnames
from .plural_families import acting_families
from .bills_to_call_about import called_about_a_home_bill
from .analysis import Analysis, Line, facilitys_use, joined_by_bars, page_of
from .cues import (ACCOUNT_WORDS, BILL_WORDS, CLOSING_RE, COMPILED_ITEM, METER_WORDS, OWN_BUSINESS_RE, PUBLIC_PROCESS,
                   SALUTATION_RE, SENTENCE_END, SHUT_OFF_WORDS, contact_to_call, invited_contact, invited_mailbox, to_customers_at_large, EMAIL_HEADER_LINE,
                   running_text_line)
from .headers import header_kind
from .history import public_story, tells_history
from . import lists
from .lists import trade_name
from .holder_names import addressee_over_care_of
from .public_people import (in_a_role, names_a_business, of_another_kind, others_use, public_commenter,
                            staff_speaking)
from .public_roles import LAND_USE_PARTY, holds_a_permit, tells_candidacy
from .persons import (CUSTOMER_LIST, SAYS_NAME_BEFORE, HOLDS_ACCOUNT_AFTER, NAME_TO_ROLE, NAMED_AS, NOT_PERSON, ROLE_QUALIFIER, called_customer,
                      called_party, couple_start,
                      family_names, given_names_and_initials, holders_bracketed_after_accounts,
                      holders_of_bracketed_accounts, is_place,
                      lower_titled_surnames,
                      name_after_role, name_before_identifier, name_before_own_call,
                      name_before_role, name_spelt_in_email, named_by_role, named_officially, names_an_official, names_in,
                      note_items_customer, official_named_in, without_utility_name, person_name, quoted_author,
                      spoken_name)
from .letters import letterhead_address
from .place_surnames import names_a_place, person_by_role
from .notes import logs_author
from .speakers import OWN_UTILITY, READS_THE_ACCOUNT, turn_openings
from .shapes import (ADDRESS_RE, BANK_ROUTING, COLUMN_GAP, EMAIL_RE, ESI_ID, EXCLUDED_FROM, MONTHS_LISTED,
                     NUMBER_CALLED_BEFORE, PLACE_WORDS, POOL_EQUIPMENT, address_across, column_gap, markers_after_gaps,
                     consumption_spans, dialable_beside_account, opens_an_address, phone_across, phone_spans, property_parcel,
                     spelt_number_spans, spelt_phone_spans, street_addresses)

# an organization's words, beside a facility's (FACILITY_CUE): whose account a line without a person's name is;
# a firm's ("Ortega PLC | EIN ...", "Kim and Sons", "award contract ... to") is a vendor's, its address its office
_ORGANIZATION = re.compile(r"(?i)\b(?:association|district|foundation|building|unified|authority|agency|"
                           r"commission|church|club|society|hoa|apartments|vendor|remit to|supplier|contractor|"
                           r"bidder|plc|inc|llc|llp|ltd|corp|corporation|company|and sons|award(?:ed)? contract)\b"
                           r"|&\s*sons\b")
_MAX_LINES = 4  # how many lines a paragraph or short block reaches on either side of its seed
# ... or, in a paragraph a narrow column wrapped (a newsletter's, a two-column PDF's), up to twice as many lines that
# hold as much text as four lines of a page 80 characters wide: see _in_reach
_REACH_CHARS = 4 * 80
_WINDOW = 400  # how far from its seed a record reaches in one long paragraph
_LONG_LINE = 2 * _WINDOW
# a line that ends without ending its sentence, or with a name's initial ("Raymond, Sean R.") or a label's
# abbreviation ("... charges on account no." / "3-110-5865-54. The service address is ..."); a quote or a bracket
# closed after a stop ends its sentence ('... read from her bill: "2069 kWh, account ...."' / "Commenter ..."), and so
# does a full stop of another script: Chinese or Japanese ("... 退出 PCE 服务。"), Armenian "։", the danda of Hindi and
# Punjabi "।", Khmer "។", Urdu "۔" and the Arabic question mark "؟"
# a line that ends in an abbreviation goes on: an initial, "No.", "approx.", and an organisation's short word after a
# capitalised one ("PK Util." / "Account 79-...", "Water Dist.", "Customer Svc.", "Finance Dept.", "Acme Co.")
_RUNS_ON = re.compile(r"(?:[^.!?\"\u201d)\u3002\uff01\uff1f\u0589\u0964\u17d4\u06d4\u061f]|(?<![.!?])[\"\u201d)]|"
                      r"(?<![\w.])[A-Z]\.|(?i:\b(?:no|nos|acct|nbr|num|tel|ph|approx|vs|mr|mrs|ms|mx|dr|sr|sra|srta))\.|"
                      r"\b[A-Z][\w&]*\s+(?:Util|Utils|Dist|Svc|Svcs|Dept|Co|Corp|Assn|Auth|Coop|Elec)\.)\s*$")
_RUNS_ON_TAIL = 16  # the longest ending it reads: "approx.", "PK Util.", "Finance Dept."
# a record's next field after a sentence that ended its line on the last one's value: "... Meter at" / "8492 W.
# Stonegate Place." / "Reading 1257 kWh; reachable at" / "(909) ...", "... service address is 4410 Olive Ave." / "Usage
# in May was 812 kWh. Phone ...": the field's word opens the line, its value follows
_VALUE_TAIL = 60  # how far back from a line's stop the value that ends its sentence may start
_NEXT_FIELD_OPENS = re.compile(r"(?i)\s*(?:(?:total|monthly|annual)\s+)?(?:usage|use|consumption|reading|read|"
                               r"phone|tel(?:ephone)?|cell|mobile|acct|account(?:\s+(?:no|number|#))?|e-?mail)"
                               r"\b[^\n.!?]{0,40}?(?:\d|@)")
# a sentence that speaks of the person or the account of the line above: "... used 284 kWh." / "The customer can be
# reached at ..."; a memo's case told in short paragraphs: "Next is Ana Ruiz." / "The customer has a life-support
# device." / "The account number is ...";
# or to them, under a letter's heading that names them: "Dmytro Dragomir, PO Box 906, ..." / "Your security deposit
# on account ... has been refunded."
# the holders of the accounts a record gave: "The holders, Ana Ruiz, Jo Lee and ...", "The account holders are ...",
# "Their holders:", "Los titulares, ..."
_HOLDERS = (r"(?:(?:The|Their|These|Those)[ \t]+(?:accounts?['\u2019]?[ \t]+)?(?:account[ \t]*)?holders|"
            r"(?:Los|Sus)[ \t]+titulares)\b")
_BACK_REFERENCE = re.compile(r"\s*(?:(?i:the|this|that|said)\s+(?i:customer|ratepayer|account\s?holder|caller|applicant|"
                             r"complainant|claimant|tenant|homeowner)\b(?!\s+(?i:service|care|support|relations|center))"
                             r"|(?:He|She|They)\b"
                             # a story's next paragraph about the person the last one named: "When her heater failed"
                             r"|(?:When|After|Because|Since|Although|Though|While|Before|Once)\s+(?i:her|his|their|she|he"
                             r"|they)\b"
                             r"|(?:The|This|That|Her|His|Their|My|Our)\s+account(?:\s+(?:number|no\.?|#))?(?:\s*,|\s+(?:is|was|"
                             r"shows?|showed|had|has)\b)"
                             # the holders of the accounts the line above listed: "The holders, Ana Ruiz, ..."
                             rf"|{_HOLDERS}"
                             r"|Your\s+(?:[\w-]+\s+){0,3}?(?i:account|acct|deposit|bill|service)\b)")
_OPENS_WITH_A_LABEL = re.compile(r"\s*[a-z][\w ]{0,20}:")  # "draft: ...", "note: ...": a line of its own
# the element of a list item, a table cell or a speaker's turn of captions ("cue 00:12:01"): a unit of its own
_ITEM = re.compile(r"(?:^|[\s>])(?:li|td|th|dd|dt|cell \d+|option|cue [\d:]+)(?::nth-of-type\(\d+\))?$")
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
        pieces, after = _scope(analysis, i, position, scopes)
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
    _stories_told_of(analysis)
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
    if not anchored or any(_names_facility(p.text) or _ORGANIZATION.search(p.text) for p in anchored):
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
    if not block or not any(_SAME_CASE.search(line.text) or _PARTY_PRESENTED.search(line.text)
                            or _PARTY_NOTED.search(line.text) for line in block):
        return
    fields = analysis.contact_fields(block, record)
    names = [name for name in _names(analysis, block, True, lenient=True, mailboxes=[
        (segment, start, end) for kind, segment, start, end in fields if kind == "email"])
        if (_TITLED.match(name[0].text, name[1]) or len(_NAME_WORD.findall(name[0].text[name[1]:name[2]])) >= 2)
        and not in_a_role(name[0].text, name[1], name[2])
        and not any(map(common_word, _NAME_WORD.findall(name[0].text[name[1]:name[2]])))]
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
            clause = max(0, start - _CLAUSE), min(len(segment.text), end + _CLAUSE)
            if ADDRESS_RE.search(segment.text, *clause) or any(
                    _personal_mailbox(m.group()) for m in EMAIL_RE.finditer(segment.text, *clause)):
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
        if _SERVED_BY.search(line.text) and (phone_spans(line.text) or EMAIL_RE.search(line.text)):
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
        homes = sorted(f[2:] for f in fields if _home(f) and f[1] is segment and f[2] >= end)
        word = max((m.end() for m in _PARTICIPANT.finditer(text, max(0, start - _PARTICIPANT_REACH), start)), default=-1)
        if (homes and word >= 0 and not _CLAUSE_END.search(text, word, start)
                and _HOME_AFTER_NAME.fullmatch(text, end, homes[0][0])
                and not _BUSINESS.search(text, max(0, start - _PARTICIPANT_REACH), homes[0][1] + 40)):
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
                and not _EVENT_ROSTER.search(text) and not _BUSINESS.search(text, label.start(), after[0][1])
                and _utility_matter_near(analysis, [Line(segment, label.start(), after[0][1])])):
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
                    FACILITY_CUE.search(name) or _ORGANIZATION.search(name) or _BUSINESS.search(name)):
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
        homes = sorted(f[2:] for f in fields if _home(f) and f[1] is segment and f[2] >= end)
        if (homes and _HOME_LABEL_BEFORE.search(text, max(0, start - _HOME_LABEL_REACH), start)
                and _HOME_AFTER_NAME.fullmatch(text, end, homes[0][0])
                and not _BUSINESS.search(text, max(0, start - _HOME_LABEL_REACH), homes[0][1] + 40)):
            found.append((segment, start, end))
    return found


def _personal_mailbox(mailbox: str) -> bool:
    """Whether a mailbox is at a consumer provider (gmail.com, aol.com ...): a private person's, not a firm's or an
    office's."""
    return mailbox.rsplit("@", 1)[-1].lower().strip(">.") in PERSONAL_DOMAINS


# a quote's attribution before its speaker's name: a dash after the closing quote mark or opening a line, or "said"
# after the quote ("” — Ana Ruiz at 12 Elm St", "” said Ana Ruiz of 12 Elm St"); a hyphen opening a line
# is a list's bullet
_ATTRIBUTION_BEFORE = re.compile(r"(?:(?:^|[”\"][.,!?]?)[ \t]*(?:—|–|―|--|~)"
                                 r"|[”\"][.,!?]?[ \t]*(?:-|(?:said|says|added|wrote|explained)\b))[ \t]*$")
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
        below = [] if own.end < line.end else lines[i + 1:i + 1 + _MAX_LINES]
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
    for position in _possessives(analysis):
        yield analysis.locate(position)
    if analysis.cues.any("utility matter"):  # "Los Paredes, que viven en 12 Elm St, pidieron ...": _household_acting
        yield from (analysis.locate(start) for start, _ in acting_families(analysis.joined))
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
            if _personal_mailbox(m.group("mailbox")):
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
        for m in _OWN_UTILITY_BILL.finditer(analysis.joined):  # "Ana Ruiz of 12 Elm St said ... her electric bill"
            yield analysis.locate(m.start())
    if analysis.may_hold(*_UTILITY_STORY_WORDS):
        for m in _UTILITY_STORY.finditer(analysis.joined):  # "My name is Ana Ruiz. I live at ... They shut me off"
            yield analysis.locate(m.start())
    if analysis.may_hold(*_RELIEF_WORDS):
        for m in _RELIEF_TOLD.finditer(analysis.joined):  # "Ana Ruiz (phone 909 ...) asked for a payment plan"
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
    return i is not None and i + 1 < len(lines) and lines[i + 1].text.lstrip()[:1].isupper() and _same_block(
        lines[i], lines[i + 1])


def _scope(analysis: Analysis, i: int, position: int, known: dict) -> tuple[list[Line], Line | None]:
    """The paragraph or short block around line ``i``: the lines before and after it that run on from one
    to the next (no sentence ends between them), a few at most; in one long paragraph, the sentences
    within reach of the seed. And the line after them in the same block, where a street address or a
    consumption that a line break cut goes on ("... who lives at 1234 W" / "Holt Ave, Pomona.").
    ``known``: the scopes of short lines worked out so far, by line and whether a label alone opens it."""
    lines = analysis.free_lines
    line = lines[i]
    if line.end - line.start > _LONG_LINE:
        text = line.segment.text
        start, end = max(line.start, position - _WINDOW), min(line.end, position + _WINDOW)
        head = max(text.rfind(". ", line.start, start), text.rfind("\n", line.start, start))
        tail = text.find(". ", end, line.end)
        return [Line(line.segment, head + 1 if head >= 0 else start, tail + 1 if tail >= 0 else end)], None
    labelled = _opens_with_label(line, position)
    if (i, labelled) not in known:
        known[i, labelled] = _block_around(analysis, i, labelled)
    pieces, after = known[i, labelled]
    if any("\t" in p.text or "   " in p.text for p in pieces):
        pieces = _turn_of(pieces, line, position)
    if analysis.facts.in_record(line.segment):
        pieces = analysis.in_record_of(line.segment, pieces)
        after = after if after is not None and analysis.in_record_of(line.segment, [after]) else None
    return pieces, after


def _turn_of(pieces: list[Line], line: Line, position: int) -> list[Line]:
    """The pieces of the question or the answer holding ``position`` where a marker after a gap opens one ("Q4
    (vendor's name, phone): Please provide a sample record layout?\tA: Example: SA_ID=...; CUST_NM=..."): the
    answer's record goes on over the next lines, but the question and its asker are no part of it, nor the next
    question of the answer."""
    k = next((n for n, p in enumerate(pieces) if p.segment is line.segment and p.start <= position <= p.end), None)
    if k is None:
        return pieces
    turn = list(pieces)
    for n in range(k, -1, -1):  # the marker that opens the turn: at or before the seed
        piece = turn[n]
        markers = [m for m in markers_after_gaps(piece.segment.text, piece.start, piece.end) if n < k or m <= position]
        if markers:
            turn, k = [Line(piece.segment, markers[-1], piece.end), *turn[n + 1:]], k - n
            break
    for n in range(k, len(turn)):  # the marker that opens the next turn: after the seed
        piece = turn[n]
        markers = [m for m in markers_after_gaps(piece.segment.text, piece.start, piece.end) if n > k or m > position]
        if markers:
            return [*turn[:n], Line(piece.segment, piece.start, markers[0])]
    return turn


def _block_around(analysis: Analysis, i: int, labelled: bool) -> tuple[list[Line], Line | None]:
    """The scope of short line ``i`` (see ``_scope``); ``labelled``: only a label stands before its seed. It stays in
    its message of a thread or packet printed as text: a resident's "Please vote yes." / "Milan Ruiz" over the next
    message's "Subject: shut-off notice" / "My account is ..." is no part of that writer's record."""
    lines = analysis.free_lines
    line = lines[i]
    first = last = i
    while (above := _next_text(lines, first, -1)) >= 0 and _in_reach(lines, above, i) and not analysis.opens_a_message(
            lines[first]) and _same_frame(analysis, lines[above], line) and not _letter_ends(lines, above, first) and (
            _runs_on(lines[above], lines[first]) or _own_usage_above(lines[above], lines[first])
            or _value_of_label_above(lines, above, first) or _wrapped(lines, above)
            or first == i and _CASE_OPENING.match(lines[above].text)):
        first = above
    crossed = False  # a page break within the block: the pages' frame between its halves is no line of it
    if not _framed(analysis, line):
        # a sentence a page break cut: its start on the previous page, the page's foot and the next one's head between
        # (not over a letter's signature into the next letter's header: "Sincerely," / "Ana Ruiz" | "To: ..." / "From:
        # Bo Lee" / "Re: ... account ...", each letter its writer's)
        while (above := _over_page_break(analysis, lines, first, -1)) is not None and _in_reach(lines, above, i) and \
                not analysis.opens_a_message(lines[first]) and not _letter_ends(lines, above, first) and \
                _runs_on(lines[above], lines[first], across_pages=True):
            first, crossed = above, True
            while (above := _next_text(lines, first, -1)) >= 0 and _in_reach(lines, above, i) and _same_frame(
                    analysis, lines[above], line) and _runs_on(lines[above], lines[first]):
                first = above
    if first == i and (above := _next_text(lines, i, -1)) >= 0 and labelled and _same_block(
            lines[above], line) and _same_frame(analysis, lines[above], line) \
            and not official_named_in(line.segment.text, line.start, line.end) \
            and not analysis.opens_a_message(line) and not _letter_ends(lines, above, i):
        first = above  # "KENJI ODA, Records Specialist, separates ... ." / "S.S.N.: ...": a field of the record above
        # (not an official's "Contact: Alan Chernoff, Public Works Director, ...")
    while (below := _next_text(lines, last, 1)) < len(lines) and _in_reach(lines, i, below) and (
            _runs_on(lines[last], lines[below]) or _wrapped(lines, last) or _dash_signature_below(lines, last, below)) \
            and not _officials_field(lines[below]) and not _letter_ends(lines, last, below) \
            and not analysis.opens_a_message(lines[below]) and _same_frame(analysis, lines[below], line):
        last = below
    if not _framed(analysis, line):
        # a sentence going on over a page break: the next page's first lines, past the foot and the head between
        while (below := _over_page_break(analysis, lines, last, 1)) is not None and _in_reach(lines, i, below) and \
                not analysis.opens_a_message(lines[below]) and not _letter_ends(lines, last, below) and \
                _runs_on(lines[last], lines[below], across_pages=True):
            last, crossed = below, True
            while (below := _next_text(lines, last, 1)) < len(lines) and _in_reach(lines, i, below) and _same_frame(
                    analysis, lines[below], line) and _runs_on(lines[last], lines[below]):
                last = below
    record = _correspondence_record(lines, i) or analysis.one_persons_lists.get(i)
    if record:
        first, last = min(first, record[0]), max(last, record[1])
    below = _next_text(lines, last, 1)
    after = lines[below] if below < len(lines) and _same_block(lines[last], lines[below]) and _same_frame(
        analysis, lines[below], line) else None
    if crossed:
        return [piece for piece in lines[first:last + 1] if not _page_frame(analysis, piece)], after
    return lines[first:last + 1], after


# a digest's or a log's case opening its own line with the case's number and the person's name, its sentence ended
# there ("Case 24-6750 - Eun-ji Park, 1772 Tamarind Way." / "Customer disputes ...; acct ..."): the lines below it
# are the case's record
_CASE_OPENING = re.compile(r"[ \t]*(?:Case|Ticket|Inquiry|Complaint|Ref\.?|File|Call|Log)[ \t]*(?:#|No\.?)?[ \t]*"
                           r"[A-Z]{0,4}[ \t-]?\d[\d-]*[ \t]*[-\u2013\u2014:][ \t]*[A-Z]")


_CLOSING_REACH = 6  # lines of a signature under a letter's closing: the name, the street, the town, a phone, a mailbox


def _letter_ends(lines: list[Line], above: int, below: int) -> bool:
    """Whether a letter ends between two lines: the upper is its closing or signature, the lower no part of them."""
    return _signed_letter(lines, above) and not _signed_letter(lines, below)


def _signed_letter(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a letter's closing or a line of the signature under it in the same paragraph
    ("Sincerely," / "Ana Ruiz" / "12 Elm St" / "ana@..."): the letter ends there, and the paragraph below it (the next
    letter of a compilation: "To the City Council: ... My account number is ...") is another writer's. A PDF gives
    each line of the paragraph as a segment of its own, one under another on its page. A line of an e-mail's or a
    memo's header ("To: Customer Care", "From: ...", "Subject: ...") is no line of a signature: it opens the next
    letter, however near the closing above it; nor is a line of running text (a narrow column's next paragraph,
    "Permit for a wireless facility at 14943"), which ends the signature above it."""
    for j in range(k, max(-1, k - _CLOSING_REACH - 1), -1):
        if j < k and not _line_under(lines[j], lines[j + 1]) or EMAIL_HEADER_LINE.match(lines[j].text):
            return False
        if CLOSING_RE.match(lines[j].text):
            return True
        if running_text_line(lines[j].text):
            return False
    return False


def _line_under(upper: Line, lower: Line) -> bool:
    """Whether ``lower`` is the next line of ``upper``'s paragraph: in the same segment, or a paged file's next line
    of text in the same element on the same page."""
    if upper.segment is lower.segment:
        return True
    above, below = upper.segment.location, lower.segment.location
    return (above.page is not None and above.page == below.page and above.attachment == below.attachment
            and above.element == below.element and upper.segment.hidden == lower.segment.hidden
            and above.line is not None and below.line is not None and 0 < below.line - above.line <= 2)


# a signature on a line of its own after a dash, a name opening it ("-- Ana Ruiz, 12 Elm St", "— Tomás Ortega")
_DASH_SIGNATURE_LINE = re.compile(r"[ \t]*(?:--?|\u2013|\u2014)[ \t]*(?-i:[A-Z\u00c0-\u00de])[\w'\u2019.-]+[ \t]+"
                                  r"(?-i:[A-Z\u00c0-\u00de])")


# a dash signature's given name ending a line, its surname alone on the next line of the paragraph ("... Can you
# help? — Tomasz" / "McCallister"): a wrap or a soft break cut the writer's name
_DASH_GIVEN_ENDS = re.compile(r"[.!?][ \t]+(?:--?|\u2013|\u2014)[ \t]*(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+[ \t]*$")
_SURNAME_ALONE = re.compile(r"[ \t]*(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+(?:[ \t]+(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+)?"
                            r"[ \t]*[.,]?[ \t]*")


def _dash_signature_below(lines: list[Line], last: int, below: int) -> bool:
    """Whether the line below the block's last is the signature of its text, after a dash in the same paragraph
    ("... Please look into it." / "-- Ana Ruiz, 12 Elm St"), or the rest of a signature a line break cut ("... — Tomasz"
    / "McCallister"): the writer of the words above, whose account they give."""
    return lines[below].segment is lines[last].segment and _same_block(lines[last], lines[below]) and bool(
        _DASH_SIGNATURE_LINE.match(lines[below].text)
        or _DASH_GIVEN_ENDS.search(lines[last].text) and _SURNAME_ALONE.fullmatch(lines[below].text))


# a page's number alone on its line, as a paged file's foot or head gives it: "Page 190", "- 12 -", "Page 3 of 40"
_PAGE_NUMBER_LINE = re.compile(r"(?i)[ \t\-\u2013\u2014]*(?:page|p\.|pg\.?)?[ \t]*\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t\-\u2013\u2014]*")


def _over_page_break(analysis: Analysis, lines: list[Line], k: int, step: int) -> int | None:
    """The line of text on the next page (``step`` 1) or the previous one (-1) that line ``k`` of a paged file reads
    on from or into, when only the pages' frame stands between them (the foot of the one, the head of the other, a
    page number alone: ``_PAGE_CHROME_LINES`` at most): line ``k`` is the last of its page's text, or the first.
    Whether the sentence goes on across the break is for ``_runs_on`` to say."""
    page = lines[k].segment.location.page
    if page is None or _framed(analysis, lines[k]):
        return None
    j = _next_text(lines, k, step)
    for _ in range(_PAGE_CHROME_LINES + 1):
        if not 0 <= j < len(lines):
            return None
        segment = lines[j].segment
        if not _page_frame(analysis, lines[j]):
            other = segment.location.page
            return j if other == page + step and segment.location.attachment == lines[k].segment.location.attachment \
                else None
        j = _next_text(lines, j, step)
    return None


def _page_frame(analysis: Analysis, line: Line) -> bool:
    """Whether a line is of a paged file's frame: its running head or foot, or a page number alone."""
    return _framed(analysis, line) or bool(_PAGE_NUMBER_LINE.fullmatch(line.text))


def _same_frame(analysis: Analysis, line: Line, other: Line) -> bool:
    """Whether two lines are both of the pages' frame (a paged file's running head or foot, a Word file's header or
    footer) or both of the text it frames: the frame printed on every page is no line of the record the text gives
    above or below it ("Usage: 1,318 kWh" over the foot's "Utilities Department" / "Tel: (707) ...")."""
    return _framed(analysis, line) == _framed(analysis, other)


def _framed(analysis: Analysis, line: Line) -> bool:
    return line.segment.chrome or id(line.segment) in analysis.running_lines


def _in_reach(lines: list[Line], top: int, bottom: int) -> bool:
    """Whether a block reaches from its seed's line to a line farther up or down (``top`` and ``bottom``: the two, in
    the order they stand): up to ``_MAX_LINES`` lines apart, and farther within one paragraph that a narrow column's
    wrap cut into short lines (a newsletter's, a two-column PDF's), as long as the lines between hold fewer
    characters than ``_REACH_CHARS``: every break from one to the other a soft one (``_soft_break``)."""
    if bottom - top <= _MAX_LINES:
        return True
    span = lines[top:bottom + 1]
    width = max(len(line.text.strip()) for line in span)
    return bottom - top <= 2 * _MAX_LINES and sum(len(line.text.strip()) + 1 for line in span[1:-1]) < _REACH_CHARS \
        and all(_soft_break(above, below, width) for above, below in zip(span, span[1:]))


_ENDS_SENTENCE_OR_FIELD = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*[ \t]*$")


def _soft_break(above: Line, below: Line, width: int) -> bool:
    """Whether the break between two lines is a wrap inside a sentence of running text: the next line of a page or a
    text file (no blank line, no paragraph or element of its own between), the line above ending no sentence or
    field, and the line below no list item, log entry or label line; the line above running on in lower case or the
    line below going on in it, or the line above filling the ``width`` of the column's longest line ("... mailed from
    1240 Nuthatch" / "Circle, ..."). Not a letterhead's or a signature's short lines ("Attorneys at Law" / "102 N.
    Central Ave.")."""
    if above.segment.location.element is not None or not (
            above.segment is below.segment or _next_line(above.segment, below.segment)):
        return False
    if _ENDS_SENTENCE_OR_FIELD.search(above.text) or _ITEM_MARKER.match(below.text) or _TIMED_ENTRY.match(below.text) \
            or _LABEL_OPENS.match(below.text) or _OPENS_WITH_A_LABEL.match(below.text):
        return False
    return bool(_LAST_WORD_LOWER.search(above.text) or _OPENS_LOWER_WORD.match(below.text)
                or len(above.text.strip()) > width - _WRAP_SLACK)


# what opens or marks one piece of a utility's correspondence printed as text: a form submission's fields, a
# voicemail's caller line and transcription, a text or chat message's sender
_RECORD_MARK = re.compile(r"(?im)^[ \t]*(?:caller\s*id|message|submission\s*#?|transcription|comments?|sms\s+from|"
                          r"text\s+from|form)\b[^:\n]{0,30}:|^[ \t]*message\s+\d+\s+of\s+\d+\b")
_RULE = re.compile(r"[ \t]*([=_*~-])\1{5,}[ \t]*$")  # "=======" / "-------": a line between records
_RECORD_LINES = 16  # a form submission's fields or one voicemail: more is a report, not one record


def _correspondence_record(lines: list[Line], i: int) -> tuple[int, int] | None:
    """The lines of the one submission, voicemail or message that line ``i`` is in (between blank lines or rules,
    on one page), if they are one and carry a record's marks ("Caller ID:", "Message:", "Submission #"): one
    customer's record, whose cue ("my bill", the account's field) ties all of it, however far apart."""
    first = last = i
    while first > 0 and i - first < _RECORD_LINES and _same_record(lines[first - 1], lines[first]):
        first -= 1
    while last + 1 < len(lines) and last - first < _RECORD_LINES and _same_record(lines[last], lines[last + 1]):
        last += 1
    if last - first >= _RECORD_LINES or not any(_RECORD_MARK.match(line.text) for line in lines[first:last + 1]):
        return None
    return first, last


# the line of a record that says who sent it: a voicemail's caller, a text message's sender
_SENDER_FIELD = re.compile(r"(?i)[ \t]*(?:caller\s*id|caller|from|sms\s+from|text\s+from|callback(?:\s+number)?)[ \t]*:")


def _senders(analysis: Analysis, pieces: list[Line]) -> None:
    """The caller's or sender's number and mailbox on a correspondence record's "Caller ID:" or "From:" line, when
    the record is a customer's (it names them beside their bill, or gives their account)."""
    if not _RECORD_MARK.search("\n".join(p.text for p in pieces)):
        return
    for line in pieces:
        if _SENDER_FIELD.match(line.text):
            for kind, segment, start, end in analysis.contact_fields([line]):
                if kind in ("phone", "email"):
                    analysis.add(kind, segment, start, end, "the sender of a customer's message")


def _same_record(above: Line, below: Line) -> bool:
    """Whether ``below`` goes on in the record of ``above``: the same block, no blank line or rule between."""
    if not _same_block(above, below) or _RULE.match(above.text) or _RULE.match(below.text):
        return False
    if above.segment is below.segment:
        return above.segment.text.count("\n", above.end, below.start) <= 1
    rows = (above.segment.location.line, below.segment.location.line)
    return None in rows or rows[1] - rows[0] <= 1


# the writer's own consumption: "Mine went to 2,287 kWh", "my usage was", "our bill showed", "we used", "I burned"
_FIRST_PERSON_USE = re.compile(
    r"(?i)\b(?:mine|ours)\b|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:usage|use|consumption|bill|meter|reading|house|"
    r"home|household|apartment)\b|\b(?:i|we)\s+(?:[\w']+\s+)?(?:used|use|consumed|burned|went\s+through)\b")
# words that make the figure a class's or a neighbour's, whoever quotes it: "my neighbour said the average is"
_SOMEONE_ELSES_USE = re.compile(r"(?i)\b(?:average|typical|median|class|neighbou?rs?|other|homes|households|"
                                r"customers|residents|people|everyone)\b")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")


# a sentence that ends its line on the verb before its value: "... and my service address is" / "4904 Eelgrass Ln."
_LABEL_SENTENCE_END = re.compile(r"(?i)\b(?:is|was|are|were)\s*:?\s*$")


_LABEL_OPENS = re.compile(r"[ \t]*[A-Z][\w .]{0,24}:")


def _officials_field(line: Line) -> bool:
    """A line below a record that opens with a label and names an official with their title: "Contact: Alan
    Chernoff, Public Works Director, (907) ...": whom to ask, no field of the record above."""
    return bool(_LABEL_OPENS.match(line.segment.text, line.start)) and official_named_in(
        line.segment.text, line.start, line.end)


def _value_of_label_above(lines: list[Line], k: int, below: int) -> bool:
    """Whether line ``k`` is a street address or a phone alone that completes a sentence the line above it leaves
    open on its verb ("... my service address is" / "4904 Eelgrass Ln." / "I was billed twice on acct ..."): the
    value's stop ends that sentence, not the block, so the lines below go on with the writer's own record."""
    line = lines[k]
    value = line.text.strip().rstrip(".")
    above = _next_text(lines, k, -1)
    return (above >= 0 and _same_block(line, lines[below]) and bool(value)
            and (ADDRESS_RE.fullmatch(value) is not None or phone_spans(value, 0, len(value)) == [(0, len(value))])
            and _LABEL_SENTENCE_END.search(lines[above].text) is not None and _runs_on(lines[above], line))


def _own_usage_above(above: Line, line: Line) -> bool:
    """Whether ``above`` gives the writer's own consumption in the same paragraph or post as ``line``, though its
    sentence ends there: a resident's "Mine went to 2,287 kWh in January." over the name, home and account they
    sign with. A post (an element's children) or a paragraph is one writer's; "Average homes went to 900 kWh" and
    "my neighbour's class average is 650 kWh" are no one's own."""
    if not _same_post(above.segment, line.segment):
        return False
    text = above.segment.text
    for start, _ in consumption_spans(text, above.start, above.end):
        sentence = max((m.end() for m in _SENTENCE_START.finditer(text, above.start, start)), default=above.start)
        own = _FIRST_PERSON_USE.search(text, sentence, start)
        if own and not _SOMEONE_ELSES_USE.search(text, sentence, start):
            return True
    return False


def _same_post(above: Segment, below: Segment) -> bool:
    """Whether two segments are one paragraph or children of one element below the page's top (a help board's
    post, a comment's block): what one writer wrote."""
    if above is below:
        return True
    parents = [(s.location.element or "").rpartition(" > ")[0] for s in (above, below)]
    return bool(parents[0]) and parents[0] == parents[1] and page_of(above) == page_of(below) \
        and above.hidden == below.hidden


def _next_text(lines: list[Line], k: int, step: int) -> int:
    """The index of the line before (``step`` -1) or after (+1) line ``k``, stepping over the code between them:
    a link's hidden target ("mailto:...") between a comment's byline and its body breaks no block of text."""
    code = lines[k].segment.hidden in CODE_SEGMENTS
    k += step
    while not code and 0 <= k < len(lines) and lines[k].segment.hidden in CODE_SEGMENTS:
        k += step
    return k


_LABEL_BEFORE = re.compile(r"[^\W\d][\w.# ]{0,24}[:#.]\s*$")  # "S.S.N.: ", "SA# ", "Acct. No. "


def _opens_with_label(line: Line, position: int) -> bool:
    """Whether only a label stands before the identifier at ``position`` in its line."""
    return bool(_LABEL_BEFORE.fullmatch(line.segment.text, line.start, position))


def _same_block(above: Line, below: Line, across_pages: bool = False) -> bool:
    """Whether two lines are of the same block of text: one page (or, ``across_pages``, the end of one page and the
    start of the next: see ``_over_page_break``), equally hidden (or two attributes describing one element: a photo's
    alt sentence naming the customer and its title giving the account), both in a page's head or its body, both in its
    running header or footer or neither, no list item or table cell of their own."""
    return above.segment is below.segment or not (
        (page_of(above.segment) != page_of(below.segment) and not across_pages)
        or (above.segment.hidden != below.segment.hidden and not _describe_one_element(above.segment, below.segment))
        or _in_head(above.segment) != _in_head(below.segment)  # a page's <title> is no sentence of its body
        or above.segment.chrome != below.segment.chrome  # nor a file's running header or footer
        or _note_of(above.segment) != _note_of(below.segment)  # nor a footnote and the body's last line above it
        or _ITEM.search(above.segment.location.element or "") or _ITEM.search(below.segment.location.element or ""))


# a Word or OpenDocument footnote's or endnote's element ("footnote 2 > paragraph 1", "endnote 1"): the reader puts
# the notes after the body's last paragraph, a signature's "Tel. ..." line, whose sentence they do not go on
_NOTE = re.compile(r"(?:.*> )?((?:foot|end)note \d+)")


def _note_of(segment) -> str | None:
    """The footnote or endnote a segment is of, None for the body's."""
    match = _NOTE.match(segment.location.element or "")
    return match.group(1) if match else None


def _describe_one_element(one: Segment, other: Segment) -> bool:
    """Whether two segments are attributes describing the same element (see ``ELEMENT_DESCRIPTIONS``)."""
    return one.hidden in ELEMENT_DESCRIPTIONS and other.hidden in ELEMENT_DESCRIPTIONS \
        and one.location.element is not None and one.location.element == other.location.element


# a list item's marker opening a line of plain text: "- call volume ...", "* SOLIZ (...) ...", "2. The technician ..."
_ITEM_MARKER = re.compile(r"[ \t]*(?:[-*\u2022\u25aa\u25e6\u2023\u2013]|\d{1,2}[.)])[ \t]+\S")
# a log's entry opening its line with its date and time: "08/06 9:17a ...", "2024-08-06 14:02 ...": a voicemail log's
# or a call log's next message, whoever left it
_TIMED_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})[ \t]+\d{1,2}:\d{2}"
                        r"(?::\d{2})?(?:[ \t]?(?i:[ap]\.?m?\.?))?(?=[ \t])")


# a document's section heading opening a line: "ATTACHMENT C - Public comment letters", "EXHIBIT B", "Appendix 2:",
# "ANEXO A - ..."; the title case only with a dash or a colon after its letter ("... as shown in" / "Attachment A, the
# customer's ..." is a sentence wrapped)
_SECTION_HEADING = re.compile(r"[ \t]*(?:(?:ATTACHMENT|EXHIBIT|APPENDIX|ENCLOSURE|ANEXO|ADJUNTO)[ \t]+[A-Z0-9]{1,3}\b|"
                              r"(?:Attachment|Exhibit|Appendix|Enclosure|Anexo|Adjunto)[ \t]+[A-Z0-9]{1,3}[ \t]*"
                              r"(?:[-\u2013\u2014:]|$))")


def _runs_on(above: Line, below: Line, across_pages: bool = False) -> bool:
    """Whether ``below`` continues the paragraph or block of ``above``: not a row of a table laid out in
    text (columns apart by a tab or a wide gap), which is a unit of its own, nor the next item of a list
    (a bulleted or numbered line opens an item of its own: a huddle note's "- call volume ... (IVR (909) ...)"
    is no part of the customer's follow-up item above it), nor a log's next dated entry (a vendor's voicemail is no
    part of the customer's above it), nor a compilation's next comment ("Comment 10"). ``across_pages``: the two
    stand either side of a page break (``_over_page_break``). Nor a document's section heading ("ATTACHMENT C - Public
    comment letters"): the letters under it are no part of the record that ended the section before."""
    if not _same_block(above, below, across_pages) or _ITEM_MARKER.match(below.text) or _TIMED_ENTRY.match(below.text) \
            or COMPILED_ITEM.fullmatch(below.text) or COMPILED_ITEM.fullmatch(above.text) \
            or _SECTION_HEADING.match(below.text):
        return False
    if max(below.end - below.start, above.end - above.start) > _LONG_LINE or column_gap(above.text.strip()) \
            or column_gap(below.text.strip()):  # an indented line is no row: "1. ... Samuel" / "   Premise ID"
        return False
    lower_start = below.text.lstrip()[:1].islower() and not _OPENS_WITH_A_LABEL.match(below.text)
    ends = len(above.text.rstrip())  # how the line ends: its last few characters (a search from each of its
    if not (_RUNS_ON.search(above.text, max(0, ends - _RUNS_ON_TAIL)) or lower_start  # positions costs its length)
            or _BACK_REFERENCE.match(below.text) or _next_field(above, below)):
        return False
    return not (CLOSING_RE.match(above.text) or _salutation_alone(above.text) or SALUTATION_RE.match(below.text)
                or CLOSING_RE.match(below.text) or _SIGNED_OFF.search(above.text, max(0, ends - _SIGN_OFF_TAIL)))


def _next_field(above: Line, below: Line) -> bool:
    """Whether ``below`` opens with a record's next field ("Phone 909-...", "Usage in May was 812 kWh") right under a
    line whose sentence ended on a value, a street address, a phone or a consumption (not on other words: "...
    honored for 20 years of service."), the next line of the same block."""
    text = above.text.rstrip()
    if not text.endswith(".") or not _NEXT_FIELD_OPENS.match(below.text) or not _same_record(above, below):
        return False
    stop, start = len(text) - 1, max(0, len(text) - 1 - _VALUE_TAIL)
    values = [m.span() for m in street_addresses(text, start)] + phone_spans(text, start) + consumption_spans(
        text, start)
    return any(end in (stop, stop + 1) for _, end in values)


# a message's sign-off that ends its line, a given name or two after it ("... or just reply to this email. Thanks,
# Sandra"): the message ends there, and the next line ("Field note 3/2: ...") is no part of its sentence or its name
# (a reader's comment signed after a dash is ended the same way: "I agree, bills are too high. - Ana Luisa", "...
# — Eugenia D.")
_SIGNED_OFF = re.compile(r"(?:(?:^|[.!?]\s+|\s)(?i:thanks|thank\s+you|cheers|best|regards|sincerely)\s*,?|"
                         r"[.!?]\s+[-\u2013\u2014]{1,2})\s*"
                         r"[A-Z][\w'\u2019-]+(?:\s+[A-Z](?:[\w'\u2019-]+|\.))?\s*$")
_SIGN_OFF_TAIL = 48  # the longest ending it reads: "Thank you, " and two names


_WRAP_NEIGHBOURS = 3  # the lines on either side whose longest gives a hard-wrapped paragraph's width
_WRAPPED_LINE = 40  # a line shorter than this is a paragraph's last or a heading, whatever the width
_WRAP_SLACK = 12  # a wrapped line falls short of the width by less than a long word
_FULL_LINES = 3  # lines that nearly fill the width around the break: the text is laid out at that width


def _wrapped(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` and the next are one paragraph of a text file hard-wrapped at a fixed width (a call-notes
    export, a plain-text memo): the next line, no blank line between, opens with a word that would not have fitted
    on line ``k``, so the break is the wrap's and a sentence that ends on it ("... 8512 Cooper Way Apt." / "9 asking
    ...", "... reconnected the same afternoon." / "Contact on file: ...") still goes on with the same case; the
    lines around it nearly fill that width. Not the next item of a list or entry of a log, nor a row of a table laid
    out in text."""
    above, below = lines[k], lines[k + 1]
    if above.segment.location.page is not None:
        return False  # a PDF's lines are set in proportional type: their lengths in characters say nothing of a wrap
    if above.segment is below.segment or None in (above.segment.location.line, below.segment.location.line) or \
            below.segment.location.line - above.segment.location.line != 1 or not _same_block(above, below) or \
            _ITEM_MARKER.match(below.text) or _TIMED_ENTRY.match(below.text) or column_gap(above.text.strip()) or \
            column_gap(below.text.strip()):
        return False
    length = len(above.text.rstrip())
    lengths = [len(line.text.rstrip()) for line in lines[max(0, k - _WRAP_NEIGHBOURS):k + _WRAP_NEIGHBOURS + 2]]
    width = max(lengths)
    full = [n for n in lengths if n > width - _WRAP_SLACK]
    first_word = below.text.split(None, 1)[0] if below.text.strip() else ""
    return len(full) >= _FULL_LINES and length > width - _WRAP_SLACK and length >= _WRAPPED_LINE \
        and length + 1 + len(first_word) > width


def _salutation_alone(text: str) -> bool:
    """Whether a line is a letter's salutation and nothing more ("Dear Ana Ruiz,"): its body starts below it. A
    notice's salutation that opens its body's sentence goes on in the next line ("Kính gửi Mai Xiong: tài khoản số
    ... còn nợ. Mức" / "tiêu thụ điện là 2.4 MWh. ...")."""
    salutation = SALUTATION_RE.match(text)
    return bool(salutation) and not text[salutation.end():].strip()


def _in_head(segment) -> bool:
    return (segment.location.element or "").startswith("head")


def _home_and_phone_with(fields: list, pieces: list, cue) -> bool:
    """Whether a record's fields hold a home and a phone and ``cue`` (a test of a piece's text) holds in one of its
    pieces: a map's home label, bar-joined fields, "reported by": a resident's own home and number."""
    return (any(map(_home, fields)) and any(f[0] == "phone" for f in fields)
            and any(cue(p.text) for p in pieces))


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
    copied = _cue_in(analysis, "customer system", pieces)
    own = any(_possessives(analysis, analysis.offset(p.segment) + p.start, analysis.offset(p.segment) + p.end)
              for p in pieces)
    # the pieces read as one text: a line break may cut "... said her" / "February bill showed 314 kWh"
    owned = bool(usage) and any(told.search(" ".join(p.text for p in pieces))
                                for told in (_OWN_USE, _TELLS_USE, _USE_TOLD, _USE_APPOSED_TOLD))
    # a land-use case's applicant and owner, and the project's address, are public records: a page's utility words
    # (a condition that the applicant coordinate the service drop with the utility) make them no customer's
    party = _cue_in(analysis, "party role", pieces)
    utility = party and _utility_matter_near(analysis, pieces) and not _land_use_application(pieces)
    party = party and any(_private_fact(f, utility) for f in fields)
    # a callback owed at a number ("Callback for Tevita Vaifale at 308 ..."): only the name right between them is
    # kept (_called_back, _callers), so any words that read as a name will do there
    callback = any(f[0] == "phone" for f in fields) and any(
        _CALL_BACK.search(p.text) or _RETURN_CALL.search(p.text) or _LEFT_OWN_NUMBER.search(p.text)
        or _CALLED_ABOUT_NUMBER.search(p.text) or _CALLED_LEAVING_NUMBER.search(p.text) or p.text.strip() and _callback_list_item(analysis, p.segment, p.start + len(p.text) - len(p.text.lstrip()))
        for p in pieces)
    # a program's participant and their home ("Rebate winner Hodan Abdi of 3450 ..."): see _participants
    participant = any(_home(f) or f[0] in ("email", "phone", "usage") for f in fields) and any(
        _PARTICIPANT.search(p.text) for p in pieces)
    # a resident's home marked on a program's map, with their number: see _homes_labelled
    home_labelled = participant or _home_and_phone_with(fields, pieces, _HOME_LABEL.search)
    # a consumption figure beside a phone or a home, a note copied from the billing system, or two ways to reach
    # someone in a customer's case, tie the words beside them as surely as an identifier: any name will do there,
    # listed or not ("Itzel Luz, 562 693 7172, 538 kWh", "copied from CIS: Jhun Marcelo-Dang / ...", "Staff met
    # with HSIEH, MEI-HUI. The ratepayer asked that notices go to ...@aol.com and the crew call (818) ...")
    # a resident's home or number and their own utility bill ("Ana Ruiz ((909) ...) thanked staff for help with the
    # winter bill"): see _speakers_with_home
    bill_told = any(f[0] in ("address", "phone") for f in fields) and any(
        _OWN_UTILITY_BILL.search(p.text) or _UTILITY_STORY.search(p.text) or _RELIEF_TOLD.search(p.text)
        for p in pieces)
    # a resident reached at their own home, phone or mailbox whom staff helped, in a text telling utility matters ("A
    # Tagalog-speaking senior (Ana Ruiz, 562...) was helped by Lyle Pennington in Tagalog" among a customer-care
    # report's cases): served as a customer; the helper is staff (``named_officially``)
    served = any(f[0] in ("address", "phone", "email") for f in fields) and any(
        _SERVED_BY.search(p.text) for p in pieces) and _utility_matter_near(analysis, pieces)
    # a service address given right after a name ("caller Ana Ruiz stated svc addr 12 Elm St"): a utility's customer
    service_told = any(map(_home, fields)) and any(_SERVICE_ADDRESS_LABEL.search(p.text) for p in pieces)
    # a home and a phone in a record joined by bars ("Ana Ruiz|12 Elm St|909 ..."): the field before them holds the
    # person's name, as a table's name column does
    bar_joined = _home_and_phone_with(fields, pieces, joined_by_bars)
    # a problem reported from a home with the number to call back ("Outage reported by Ana Ruiz - 12 Elm St - (909)
    # ..."): a resident reporting their own service, whose name need be on no list
    reported = _home_and_phone_with(fields, pieces, _REPORTED_BY.search)
    # homes given with names that the next sentence calls customers, all together: see _called_customers_after
    listed_homes = any(map(_home, fields)) and any(_ALL_CUSTOMERS.search(p.text) for p in pieces)
    # a home whose service the text says is held in someone's name, or by someone ("... holds the PCE account for the
    # duplex at ..."): whoever it names there holds the account
    held = any(map(_home, fields)) and any(pattern.search(" ".join(p.text for p in pieces))
                                           for pattern in (_HELD_IN_NAME, HOLDS_ACCOUNT_AFTER))
    # a shut-off notice's addressee right before their home ("Para: Anastasio Echeverria, 3988 ... Su servicio ...
    # será suspendido"): the household whose service it is, whose name need be on no list (``_notice_addressees``)
    addressed = any(map(_home, fields)) and any(
        _NOTICE_ADDRESSEE.search(p.text) and _SHUT_OFF_NOTICE.search(p.text) for p in pieces)
    names = _names(analysis, pieces, bool(anchored),
                   lenient=bool(anchored) or copied or len(fields) > len(usage) > 0
                   or (own and (len(fields) - len(usage) >= 2 or any(map(_home, fields))))
                   or owned or party or callback or home_labelled or bill_told or served or service_told or bar_joined
                   or reported or listed_homes or held or addressed,
                   mailboxes=[(segment, start, end) for kind, segment, start, end in fields if kind == "email"])
    # (a utility's account or usage makes the proprietor the account's customer: "Ana Ruiz dba Ruiz Tile, acct ...";
    # their own home, phone or mailbox beside the number makes a record of theirs: "... his home address, 12 Elm St")
    utility_anchored = bool(usage) or any(
        a.kind == "account" for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end))
    # a sole proprietor before their trade name, with no utility matter nor contact of their own: the trade's line
    traders = [name for name in names if lists.trades_under_a_name(name[0].text, name[2]) and not utility_anchored
               and not _own_contact_beside(name, fields)]
    names = [name for name in names if not city_of_an_address(name, fields) and not _tail_of_a_place(name)
             and not _place_after_a_preposition(name)
             and not lists.proprietor_under_trade_name(analysis, name[0], name[0].text[name[1]:name[2]])
             and name not in traders]
    names = [name for name in names if not _town_named(name) and not _street_named(name)
             and not _speaker_telling_of_another(name) and not _providers_named(name)]
    if any(map(_family_named, names)) and tells_history(" ".join(p.text for p in pieces)):
        names = [name for name in names if not _family_named(name)]  # "The Ybarras settled at ... in 1890"
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
        names, usage = _public_ones_left_out(analysis, names, usage)
        fields = [f for f in fields if f[0] != "usage" or f in usage]
    if not names and owned:  # a story's family called only by its surname here: the name that opened the story
        names = _story_subjects(analysis, names, usage, pieces)
    ranked = None if names else _ranked_usage(analysis, usage)  # a contest's winners whom no list of names holds
    if not names and not ranked:
        if anchored:  # no name, but an account's service address, callback number or usage in its own line
            for kind, segment, start, end in _initialled_customers(analysis, pieces, after):
                analysis.add(kind, segment, start, end, "contact details of a customer named by an initial")
            for piece in anchored:
                if _names_facility(piece.text) or _ORGANIZATION.search(piece.text) or any(
                        t[0] is piece.segment and piece.start <= t[1] < piece.end for t in traders) or (
                        _TRADE_LINE.search(piece.text) and not utility_anchored
                        and not _OWN_CONTACT_WORDS.search(piece.text)):
                    continue  # a facility's or an organization's account: "Palomares Park, SCE acct ..."; a trade's
                    # line, its proprietor's name unread ("Perpetua Ruiz dba Ruiz Tree Care | 81 Elm St | SSN ...")
                k = pieces.index(piece)
                below = pieces[k + 1] if k + 1 < len(pieces) else after
                goes_on = _clause_going_on(piece, below)
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
    elif page not in analysis.context.public_comment and _home_and_phone(names, fields, pieces) and not (
            PUBLIC_PROCESS.search(" ".join(p.text for p in pieces))
            and not _cue_in(analysis, "utility matter", pieces)) and not lists.serving_in_a_role(analysis, pieces[0].segment) \
            and not _land_use_party(analysis, pieces, names) and not tells_candidacy(
                " ".join(p.text for p in pieces), lists.list_lead(analysis, pieces[0].segment)) \
            and not _permit_holders(analysis, names):
        names, fields = _customers_sentences(analysis, names, fields, names)  # not "Defendant: the utility, 411 W ..."
        why = "name beside a home address or a personal mailbox and a phone in one clause"
    elif page not in analysis.context.public_comment and (signed := _signed_with_home(names, fields)):
        names = signed  # not the people the quote speaks of
        why = "a quote's speaker signed with their home address"
    elif speakers := _speakers_with_home(names, fields):
        names, fields = _customers_sentences(analysis, names, fields, speakers)
        why = "a resident's home or number given with their own utility bill"
    elif told := _homes_in_utility_story(analysis, names, fields):
        names, fields = _customers_sentences(analysis, names, fields, told)
        why = "a person's home given with what happened to their utility account"
    elif page not in analysis.context.public_comment and (mailed := _mailbox_owners_bracketed(names, fields))[0]:
        names, fields = mailed
        why = "customer named in brackets after their own mailbox, in a note of their utility matter"
    elif followed := _followed_up(names, fields):
        names, fields = _customers_sentences(analysis, names, fields, followed)
        why = "a person who told of their own utility bill, refund or deposit, whom staff will call back"
    elif page not in analysis.context.public_comment and (billed := called_about_a_home_bill(names, fields)):
        names, fields = _customers_sentences(analysis, names, fields, billed)
        why = "a person to call about the bill or balance of a home the sentence gives"
    elif page not in analysis.context.public_comment and served and (helped := _served_ones(names, fields)):
        names, fields = _customers_sentences(analysis, names, fields, helped)  # not the helper, who is staff
        why = "person staff helped in a utility's text, beside their own phone, mailbox or home"
    elif fields and copied:
        why = "name and contact details copied from a customer or billing system"
    elif page not in analysis.context.public_comment and len(fields) > len(usage) and own and not OWN_BUSINESS_RE.search(
            " ".join(p.text for p in pieces)):  # not an owner's words of their firm's bill: "I own Ana's Bakery. My bill"
        why = "name beside their home or contact details and their bill or meter"  # not a testimonial's name alone
    elif (page not in analysis.context.public_comment or _own_account_told(pieces)) and party and not _permit_holders(
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
            left_out := _left_out_of_usage_average(analysis, names, fields)):
        names = left_out
        why = "customer left out of an average of customers' usage, with their own details"
    elif page not in analysis.context.public_comment and (introduced := _self_introduced(names, fields))[0]:
        names, fields = introduced
        why = "a caller's own name, home and number, as they introduce themselves"
    elif owned and (users := _usage_of(analysis, names, usage)):
        names, fields = _customers_sentences(analysis, names, fields, users)  # not the other speakers of the block
        why = "name beside their own consumption"
    elif ranked := _ranked_usage(analysis, usage):
        names, fields = ranked
        why = "a contest's ranked winner named with their own monthly usage"
    elif owned and (subjects := _story_subjects(analysis, names, usage, pieces)):
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
        for number in lists.PROGRAM_NUMBER.finditer(segment.text, *_sentence(segment, start, names)):
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
        opening, begin, _ = _sentence_opening(analysis, segment, _sentence(segment, start, taken), taken)
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
                    for m in _UTILITY_STORY.finditer(analysis.joined, at, at + len(sentence) + 1)):
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
    return any(_OWN_UTILITY_BILL.search(p.text) or _UTILITY_STORY.search(p.text) or _CHARGED.search(p.text)
               for p in pieces)


# a facility's word that names a street ("622 W. Park Ave", "Civic Center Dr"): no facility of the City's
_STREET_AFTER = re.compile(rf"\s+(?:{alternation(SUFFIXES)})\b", re.IGNORECASE)


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
    if not (_cue_in(analysis, "utility matter", pieces) or any(_PROGRAM_ASKED.search(p.text) for p in pieces)):
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
        clause = _sentence(segment, start, [f[1:] for f in fields])
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
            clause = _sentence(segment, start, taken)
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
                    segment.text, clause[0], clause[1]) or _runs_on_from_above(analysis, segment, clause, taken):
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
    sentence = _sentence(segment, start, fields)
    return not analysis.anchors_in(segment, *sentence) and _names_another(segment, *sentence, fields)


def city_of_an_address(name: tuple, fields: list[tuple]) -> bool:
    """Whether a "name" is the city right after a street address and its comma, or a vCard's semicolon
    ("1405 Foothill Blvd, San Ardeno, ...", "ADR;TYPE=home:;;9331 Alamo Way;Arroyo Lindo;CA"): a place, no person.
    Not the next item of a list of people and their homes, apart by semicolons, a home after it too ("...: Ana Ruiz,
    12 Elm St; Jon Park, 40 Oak Ave; ..."), nor a name a courtesy title opens, which no city has ("The customer at
    Star Route 8 Box 77, Ms. Sharon O'Brien, disputed ...")."""
    segment, start, end = name
    text = segment.text
    return not _TITLED.match(text, start) and any(kind == "address" and where is segment and home_end <= start and not text[home_end:start].strip(" ,;")
               and not (_NEXT_ITEM.fullmatch(text, home_end, start) and _home_right_after(segment, end, fields))
               and not _ZIP_ENDS.search(text, home_start, home_end)
               and not (_PARTY_AT_HOME.search(text, max(0, home_start - 40), home_start)
                        and _APPOSITION_ENDS.match(text, end) and _referred_to_again(text, start, end))
               for kind, where, home_start, home_end in fields)


def _referred_to_again(text: str, start: int, end: int) -> bool:
    """Whether the text after a name refers to its person again by initials or by title and surname ("Radoslaw
    Abdelnour, reports ... R.A. had enrolled", "... Ms. Abdelnour"), as no town is."""
    words = _NAME_WORD.findall(text[start:end])
    if len(words) < 2:
        return False
    initials = r"\.?\s?".join(re.escape(w[0]) for w in (words[0], words[-1]))
    return re.search(rf"\b{initials}\.|\b(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+{re.escape(words[-1])}\b", text[end:]) is not None


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
_TOWN_AFTER = re.compile(r",?\s+(?:CA|California)\b|\s+(?:families|family|residents?|homes?|households?)\b")
# a business's premises the text tells of: its people quoted on "the shop's" bill are no household's customers
_PREMISES_TOLD = re.compile(r"(?i)\b(?:the|her|his|their|my|our)\s+(?:shop|store|restaurant|salon|bakery|business|"
                            r"caf[e\u00e9]|storefront)\b")


def _family_named(name: tuple) -> bool:
    """Whether a "name" is a family's in the plural: "The Ybarras"."""
    segment, start, end = name
    return segment.text[max(0, start - 4):start].lower() == "the " and segment.text[end - 1:end] == "s"


_TURN_LABEL = re.compile(SPEAKERS_LABEL)
_CUE_TURN = re.compile(r"(?:^|> )cue \d")  # a speaker's turn of captions or a transcript (``crawler.extract.captions``)
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['\u2019](?:m|ve|d|ll)|me|my|mine|myself|we|we['\u2019](?:re|ve)|our|ours|us)\b")


def _speaker_telling_of_another(name: tuple) -> bool:
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


def _town_named(name: tuple) -> bool:
    """Whether a "name" is a town's: "Santa Olinda" after "in" or a comma, or before ", CA" or "family"."""
    segment, start, end = name
    text = segment.text
    return bool(_TOWN.match(text, start) and (_IN_TOWN.search(text, max(0, start - 4), start)
                                              or _TOWN_AFTER.match(text, end)))


def _street_named(name: tuple) -> bool:
    """Whether a "name" is a street's, said without its house number: "Cypress Lane" after "lives on", "off" or
    "along" ("Lucia Ferreira, who lives on Cypress Lane, ..."), its last word a street's type."""
    segment, start, end = name
    words = segment.text[start:end].split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in SUFFIXES and bool(
        _ALONG_STREET.search(segment.text, max(0, start - 8), start))


_ALONG_STREET = re.compile(r"(?i)\b(?:on|off|along|onto)\s+$")


def _providers_named(name: tuple) -> bool:
    """Whether a "name" is a provider's whose account someone has: "my Loma Verde acct no. ...", "her Valle Verde
    account": a possessive before it and the account right after it, as one speaks of "my Edison account" (a
    person's account is "Ana Ruiz's account", or "the Ruiz account")."""
    segment, start, end = name
    return bool(_POSSESSIVE_BEFORE.search(segment.text, max(0, start - 8), start)
                and _ACCOUNT_AFTER.match(segment.text, end))


_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:my|our|your|his|her|their)\s+$")
_ACCOUNT_AFTER = re.compile(r"(?i)\s+(?:acct|account|a/c)\b")


def _tail_of_a_place(name: tuple) -> bool:
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


def _place_after_a_preposition(name: tuple) -> bool:
    """Whether a "name" ending in a place's word stands right after a preposition or an article of place ("won the
    title at Garfield Park, 1200 N Gibbs St", "ganaron el torneo en Garfield Park", "visitó ..., el Garfield Park"):
    the park, its address and its meter the City's, no person called Park (not "held in Ana Park's name")."""
    segment, start, end = name
    return bool(_ENDS_IN_A_PLACE_WORD.search(segment.text, start, end)
                and _PLACE_PREPOSITION.search(segment.text, max(0, start - _PREPOSITION_REACH), start)
                and not _POSSESSIVE.match(segment.text, end))


_ENDS_IN_A_PLACE_WORD = re.compile(rf"(?i)\s(?:{PLACE_WORDS}|hall|cent(?:er|re)|plaza|gardens?|field|gym|station)$")
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


def _clause_going_on(piece: Line, below: Line | None) -> list[Line]:
    """The part of the line below ``piece`` that goes on with its clause, up to its first sentence's end: the line
    stops on a preposition or an article ("... account (3-251-170-876) at" / "2148 West Cottonwood Avenue will
    get ..."), so what the next line opens with is what it was saying of the identifier; empty otherwise."""
    if below is None or below.segment.hidden != piece.segment.hidden or page_of(below.segment) != page_of(
            piece.segment) or not _ENDS_ON_A_PREPOSITION.search(piece.text):
        return []
    stop = SENTENCE_END.search(below.segment.text, below.start, below.end)
    return [Line(below.segment, below.start, stop.start() if stop else below.end)]


# a line naming a trade its proprietor does business under: "... dba Ruiz Tile", "doing business as ..."
_TRADE_LINE = re.compile(r"(?i)\S\s+(?:dba|d/b/a|d\.b\.a\.|doing\s+business\s+as|trading\s+as)\s+\w")
# what tells a contact in a sole proprietor's line as their own rather than the trade's: "his home address, ..."
_OWN_CONTACT_WORDS = re.compile(r"(?i)\b(?:home|homes|resides?|residing|residence|lives|living|personal|cell|mobile)\b")


def _own_contact_beside(name, fields) -> bool:
    """Whether a sole proprietor named before their trade name ("Ana Ruiz dba Ruiz Tile") gives a contact of their own
    beside it: one on another line, or one the line calls their home or own ("..., his home address, 12 Elm St"). The
    address and phone that follow the trade name on its own line (a bid tabulation's row: "Ana Ruiz dba Ruiz Tile |
    81 Enterprise St | SSN ...") are the trade's business contacts, which a bid publishes."""
    segment, _, end = name
    for kind, field_segment, start, _ in fields:
        if kind not in ("address", "phone", "email"):
            continue
        between = field_segment.text[end:start] if field_segment is segment and start >= end else None
        if between is None or "\n" in between or _OWN_CONTACT_WORDS.search(between):
            return True
    return False


def _names_facility(text: str) -> bool:
    """Whether the text names a facility ("Palomares Park, SCE acct ..."), not a street called after one, nor a street
    whose type is a facility's word ("mailed to 637 E. Piñon Court, Unit B", "12 Oak Park"), nor a home's equipment
    ("after a pool-pump timer the next bill showed ...")."""
    return any(not _STREET_AFTER.match(text, m.end()) and not _street_type_of(text, m.start(), m.end())
               and not _POOL_EQUIPMENT.match(text, m.start()) for m in FACILITY_CUE.finditer(text))


def _street_type_of(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the street type ending a street address ("... 637 E. Piñon Court")."""
    return text[start:end].lower() in SUFFIXES and any(
        m.start() < start and m.end() >= end
        for m in street_addresses(text, max(0, start - 60), min(len(text), end + 40)))


# a clause that opens by asking the reader to call: "...; call (719) 634-4100 to book", "Please call us at ..."
# (after a semicolon "phone" is the next field's label, as a record's fields run on: "... 2103 kWh to 676 kWh; phone
# (909) 410-5669", not an office's "Questions? Phone (909) ...")
_CALL_US = re.compile(r"(?i)(?:(?:^|[.!?:]\s+|\bplease\s+)(?:call|dial|text|phone)|;\s+(?:call|dial|text))(?:\s+us)?"
                      r"(?:\s+(?:at|on))?\s*$")


def _record_fields(analysis: Analysis, pieces: list[Line], after: Line | None, anchored: bool,
                   names: list[tuple] = ()) -> list[tuple]:
    """The contact fields of the pieces (see ``Analysis.contact_fields``) but, where no identifier ties them or an
    office's mailbox is offered with it (``_office_line``), the numbers the reader is asked to call; never the address
    of a letterhead (``letters.letterhead_address``), the sender's own."""
    return [f for f in analysis.contact_fields(pieces, after, names)
            if not _offices_invitation(f) and (not _invited_to_call(f) or anchored and not _office_line(f))
            and not (f[0] == "address" and letterhead_address(analysis, f[1]))
            and not _firms_contact(analysis, f)]


# a firm's name by its legal form ("Takahashi & Ruiz LLP", "Ortega Law Group", "Kim Electric, Inc."), then its phone
# and mailbox in a run, only commas, "or" and the run's earlier values between ("..., (951) 437-9114, intake@...")
_FIRM_THEN_CONTACTS = re.compile(
    r"(?:\b(?:LLP|LLC|L\.L\.[CP]|Inc|P\.?C|APC|Ltd|Corp|PLC|Esq)\.?|\bLaw[ \t\n\x00]+(?:Group|Offices?|Firm)|"
    r"\b(?:&|and)[ \t\n\x00]+Associates)"
    r"(?:[ \t\n\x00]*(?:,|;|\bor\b|\bat\b)[ \t\n\x00]*(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .\n\x00-]?\d{3}[ .-]?\d{4}"
    r"|[ \t\n\x00]*(?:,|;|\bor\b|\bat\b)[ \t\n\x00]*[\w.+-]+@[\w.-]+)*"
    r"[ \t\n\x00]*(?:,|;|\bor\b|\bat\b|:)[ \t\n\x00]*\Z")
# a firm's letterhead: its name by its legal form or "Attorneys at Law" on their lines, its office's address on the next
# ending with the ZIP, then its phone opening a line ("KURUVILLA & WILKINSON LLP" / "Attorneys at Law" / "706 N. Central
# Ave., Suite 258, Glendale, CA 91203" / "(818) 555-0142")
_LETTERHEAD_THEN_CONTACT = re.compile(
    r"(?:\b(?:LLP|LLC|L\.L\.[CP]|Inc|P\.?C|APC|Ltd|Corp|PLC)\.?|\bLaw[ \t]+(?:Group|Offices?|Firm)"
    r"|\b(?:Attorneys|Counselors|Lawyers)[ \t]+at[ \t]+Law)[ \t]*"
    r"(?:[\n\x00][ \t]*(?:Attorneys|Counselors|Lawyers)[ \t]+at[ \t]+Law[ \t]*)?"
    r"[\n\x00][ \t]*\d{1,6}[^\n\x00]{3,80}?\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*[\n\x00][ \t]*\Z")
_FIRM_REACH = 120
_LETTERHEAD_REACH = 200


def _firms_contact(analysis: Analysis, field: tuple) -> bool:
    """Whether a phone or mailbox comes right after a firm's name by its legal form, maybe after the firm's other
    contacts: a party's attorney's or a contractor's published office line and mailbox ("represented by Ana Ruiz of
    Ruiz & Lee LLP, (951) ..., intake@ruizlee.com"), or opens the line under its letterhead's address: not the
    party's own. A line break may stand anywhere in the run."""
    kind, segment, start, _ = field
    if kind not in ("phone", "email"):
        return False
    at = analysis.offset(segment) + start
    return bool(_FIRM_THEN_CONTACTS.search(analysis.joined[max(0, at - _FIRM_REACH):at])
                or _LETTERHEAD_THEN_CONTACT.search(analysis.joined[max(0, at - _LETTERHEAD_REACH):at]))


# the office's mailbox offered right after the number the reader is asked to call: "Call (909) 620-4418 or email
# cleanpower@..."
_OR_EMAIL_AFTER = re.compile(r"[ \t]*,?[ \t]+or[ \t]+e-?mail(?:[ \t]+us)?(?:[ \t]+at)?[ \t]+(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)",
                            re.IGNORECASE)


def _office_line(field: tuple) -> bool:
    """Whether the number the reader is asked to call is offered with an office's mailbox ("Call (909) 620-4418 or email
    cleanpower@..."): a program's help line, even where an identifier ties the text (a slide's customer example under
    it); a note to staff to call a customer offers no role mailbox."""
    _, segment, _, end = field
    mailbox = _OR_EMAIL_AFTER.match(segment.text, end)
    if not mailbox:
        return False
    domain = mailbox["domain"].lower()
    return is_institutional_domain(domain) or is_role_mailbox(mailbox["local"], domain in PERSONAL_DOMAINS)


def _invited_to_call(field: tuple) -> bool:
    """Whether a phone is a number the reader is asked to call: a program's or an office's line, not a
    customer's (a press release's "call (719) 634-4100 to book" after a resident's testimonial). Where an
    identifier ties the text, "call 909-..." is a note to staff about the customer's number."""
    kind, segment, start, _ = field
    return kind == "phone" and bool(_CALL_US.search(segment.text, max(0, start - 30), start))


# a sentence that asks the reader to call, write or come by: "Questions? Call ... or visit our lobby at ..."
_INVITATION = re.compile(r"(?i)(?:^|[.!?:]\s+|\n\s*)(?:please\s+)?(?:call|dial|text|phone|visit|stop\s+by|come\s+(?:to|by)|"
                         r"write(?:\s+to)?|e-?mail|contact)\b[^.!?\n]*$")
# a sentence that opens by sending the reader with their questions to someone ("Questions: call Nadia Petrenko at ...",
# "If you have any questions, please contact ...", "For more information, call ..."): a letter's or a notice's
# sender, its staff member and office line, not the customer it is written to
_ASK_STAFF = re.compile(r"(?i)(?:^|[.!?]\s+|\n\s*)(?:questions\b|if\s+you\s+have\s+(?:any\s+)?questions\b[^.!?\n]{0,40}?|"
                        r"for\s+(?:more\s+)?(?:information|assistance|help)\b[^.!?\n]{0,30}?)[:?,\s-]*(?:please\s+)?"
                        r"(?:call|contact|reach|e-?mail|write\s+to|ask\s+for|speak\s+(?:to|with))\s+")
_OURS = re.compile(r"(?i)\b(?:us|our)\b")  # the office speaks of itself
_THEIRS = re.compile(r"(?i)\b(?:your|his|her|their)\b")  # "Call us to confirm your service address, 1234 ..."
_INVITATION_REACH = 120  # how far before a field its sentence's imperative may stand
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def _offices_invitation(field: tuple) -> bool:
    """Whether a phone, street address or mailbox is in a sentence that asks the reader to call, write or visit
    and speaks of "us" or "our" ("Call (509) ... or visit our lobby at 1400 ..."): the office's own contacts, even
    right after a customer's record, unlike a note to staff ("call her at 909-...") or a field the sentence gives as
    the reader's ("Call us to confirm your service address, 1234 ...")."""
    kind, segment, start, end = field
    text = segment.text
    if kind in ("phone", "email") and _sent_with_questions(text, start):
        return True
    if kind == "phone" and NUMBER_CALLED_BEFORE.search(text, max(0, start - _INVITATION_REACH), start):
        return True
    invitation = kind in ("phone", "address", "email") and _INVITATION.search(text, max(0, start - _INVITATION_REACH),
                                                                             start)
    if not invitation:
        return False
    sentence_end = _SENTENCE_STOP.search(text, end)
    sentence = text[invitation.start():sentence_end.start() if sentence_end else len(text)]
    return bool(_OURS.search(sentence)) and not _THEIRS.search(sentence)


def _sent_with_questions(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` opens by sending the reader with their questions to someone or
    somewhere ("Questions: call Nadia Petrenko at (360) ..."): the sender's staff or office line."""
    before = max(0, start - _INVITATION_REACH)
    ask = None
    for ask in _ASK_STAFF.finditer(text, before, start):
        pass
    return ask is not None and not _SENTENCE_STOP.search(text, ask.end(), start)


_CLAUSE = 160  # how far a resident's name, street address and phone reach in one clause
# a phone's label in the languages of the City's pages ("teléfono", "điện thoại", "telepono", "شماره تلفن")
_PHONE_WORDS = "|".join(re.escape(p) for p in sorted(phrases_for("phone number"), key=len, reverse=True))
# a home address's label in the languages of the City's pages ("địa chỉ", "tirahan", "住址", "주소")
_ADDRESS_WORDS = "|".join(re.escape(p) for p in sorted(phrases_for("address"), key=len, reverse=True))
# what stands between a resident's name and their home or number: a bracket, a comma, a dash, "of", "at",
# "who lives at", a log's "@" ("Ana Ruiz (2483 Elk Meadow Dr)", "Ana Ruiz of 146 Pikes View Ave", "Ana Ruiz - 909-...",
# a newsletter's "the Oh family on 2475 S. Hacienda Blvd",
# "RUIZ @ 12 Elm St"), a contact
# card's middle dot or bar ("Ana Ruiz · 909 555 0142 · ana.ruiz@outlook.com")
# (or a semicolon, as field notes part a participant's name from their home: "Participant: Ana Ruiz; 12 Elm St")
_HOME_AFTER_NAME = re.compile(r"\s*(?:[,;(:\u2013\u2014\u00b7|@-]|(?:,\s*)?\b(?:of|at|from|on|who lives (?:at|on)|lives (?:at|on)|"
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
                              # ... and in Spanish: "Ana Ruiz, residente de 12 Elm St", "Ana Ruiz, que vive en ...", "Ana
                              # Ruiz, con domicilio en ..."
                              r",\s*(?:(?:una?|el|la)\s+)?(?:residente|vecin[oa]|inquilin[oa])\s+(?:de|en)|"
                              r"(?:,\s*)?(?:que\s+)?(?:vive|reside)\s+en|(?:,\s*)?con\s+domicilio\s+en)\b"
                              # the home's label after a comma, in the languages of the City's pages ("Ông Nguyễn Văn
                              # Minh, địa chỉ 2136 ...", "Ana Ruiz, address 12 Elm St", "Ana Ruiz, dirección: ...")
                              rf"|,\s*(?i:address|addr\.?|home\s+address|direcci[oó]n|domicilio|{_ADDRESS_WORDS})\s*:?)"
                              r"\s*(?:[,(:\u2013\u2014-]\s*)?")
# ... and a number's label in the bracket right after the name, in the languages of the City's pages ("Ana Ruiz (phone
# 909 ...)", "don Ana Ruiz (teléfono ...)", "Ông Tâm (điện thoại ...)", "Gng. Ruiz (telepono ...)")
_NUMBER_IN_BRACKETS = re.compile(rf"\s*\(\s*(?i:phone|tel|cell|mobile|{_PHONE_WORDS})\.?\s*:?\s*")
# what a household asked for or received from the utility's programs for customers, told right after its name and
# number ("... asked for a payment plan", "pidió un plan de pagos", "đã được giảm 20% nhờ chương trình CARE" (got a
# 20% reduction through CARE), "nakatanggap ng diskwento"): a customer's own account, as their bill is
_RELIEF_TOLD = re.compile(r"(?i)\b(?:asked\s+for|requested|applied\s+for|received|got|gets?|getting|was\s+(?:given|granted)|"
                          r"enrolled\s+in|signed\s+up\s+for|pidi[oó]|solicit[oó]|recibi[oó]|obtuvo|"
                          r"se\s+inscribi[oó]\s+en|\u0111\u00e3\s+\u0111\u01b0\u1ee3c|\u0111\u00e3\s+nh\u1eadn|"
                          r"nakatanggap\s+ng|humiling\s+ng)\b[^.;!?]{0,60}?"
                          r"(?:\bpayment\s+(?:plan|arrangement)|\bplan\s+de\s+pagos?|\barreglo\s+de\s+pagos?|"
                          r"\bdiscount|\bdescuento|\bdiskwento|\bgi\u1ea3m\b|\b(?-i:CARE|FERA)\b|"
                          r"\bmedical\s+baseline|\bbill\s+credit|"
                          # help with their own bill: "asked for help with the bill for her home", "solicitó
                          # asistencia con la factura de su hogar"
                          r"\b(?:help|assistance|asistencia|ayuda)\s+(?:with|paying|con|para\s+pagar)\s+"
                          r"(?:the|her|his|their|la|su|sus)\s+(?:\w+\s+)?(?:bill|factura)s?\b)")
_RELIEF_WORDS = ("plan", "pago", "discount", "descuento", "diskwento", "gi\u1ea3m", "care", "fera", "baseline",
                 "credit", "bill", "factura")
# a contact to be reached, right before the name: "Call Ana Ruiz (phone ...) to set up a payment plan", "Llame a"
_REACH_BEFORE = re.compile(r"(?i)\b(?:contact|call|reach|email|write\s+to|ask\s+for|llame\s+a|comun[ií]quese\s+con|"
                           r"cont[aá]cte\s+a|li[eê]n\s+l[aạ]c(?:\s+v[oớ]i)?|g[oọ]i\s+cho|tawagan|sumulat\s+kay)"
                           r"\W*(?:(?:si|kay|a|con|cho)\s+)?\S{0,6}\s*$")
# a clause's end between two fields, or right at the end of the first (not an abbreviation's point: "Dr.", "Apt.")
_CLAUSE_END = re.compile(r";|[.!?](?:\s+[A-Z]|\s*$)")
# a firm's, a shop's or an agent's words: a business listing's owner, address and phone are published on purpose;
# not the owner's own mailing address or the owner reached at a number, as a landlord taking service back on the
# account is ("Owner's mailing address is ...; reach owner at ..."), nor the new or former owner of a house sold
_BUSINESS = re.compile(r"(?i)\b(?:(?<!property )(?<!home )(?<!reach )(?<!call )(?<!contact )(?<!new )(?<!former )owner(?!['\u2019]s\s+(?:mailing|home|billing|forwarding)\s+address)|owns|owned|proprietor|business|shop|store|dba|d/b/a|"
                       r"inc|llc|corp|company|restaurant|bakery|cafe|salon|market|studio|office|clinic|firm|realty|"
                       r"realtor|broker|services)\b")


# a resident's own utility bill or meter told in the sentence that gives their home or number: "her electric bill",
# "the winter bill", "my meter", "the new smart meter ... had doubled the bill"; not a legislature's "the bill would"
_OWN_UTILITY_BILL = re.compile(
    r"(?i)\b(?:(?:her|his|their|my|our)\s+(?:[\w-]+\s+){0,2}?(?:bills?|meter|usage|shut-?off|disconnection|refund|deposit)"
    r"|(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:electric(?:ity)?|utility|power|energy|winter|summer|monthly|water|gas)\s+bills?"
    r"|meter\b[^.!?;]{0,80}\bbills?"
    # and in Spanish, a person's appeal or dispute of their own bill ("apeló su factura", "presentó una apelación sobre
    # su factura de julio"); not the reader's ("pague su factura", "preguntas sobre su factura")
    r"|(?:apel[oó]|disput[oó]|reclam[oó]|impugn[oó]|present[oó]\s+(?:[\w\u00e0-\u00ff-]+\s+){1,3}?(?:sobre|contra|de))"
    r"\s+su\s+(?:factura|recibo|medidor|consumo|dep[oó]sito|reembolso))\b")
# a person served by someone, as staff serve a customer: "was helped by", "were assisted in Spanish by", Spanish "fue
# atendida por", Tagalog "ay tinulungan ni"
_SERVED_BY = re.compile(r"(?i)\b(?:(?:was|were|got|been)\s+(?:helped|assisted|served|attended\s+to)|"
                        r"(?:fue|fueron)\s+(?:atendid|ayudad|asistid)[oa]s?|(?:ay\s+)?tinulungan)"
                        r"(?:\s+[\w-]+){0,3}?\s+(?:by|por|ni)\s")
_OWN_UTILITY_BILL_WORDS = ("bill", "meter", "usage", "shut", "disconnection", "refund", "deposit", "su ")  # one in each


# one household behind on its bills and the arrangement made for it: "when Ana Ruiz (909 ...) fell behind, staff set up
# a 12-month arrangement", "got behind on her payments"; not a project behind schedule, nor someone behind a desk
_BEHIND_ON_BILLS = (r"\b(?:fell|falls?|falling|fallen|got|gotten|getting)\s+behind(?=\s*[,.;]|\s+on\s+(?:(?:her|his|their|"
                    r"my|our|the)\s+)?(?:(?:electric|electricity|utility|power|energy|monthly)\s+)?(?:bills?|payments?|"
                    r"account|balance)\b)"
                    r"|\b\d+[- ]month\s+(?:(?:payment|repayment|installment)\s+)?arrangement\b"
                    r"|\b\d+[- ]month\s+(?:payment|repayment|installment)\s+plan\b")
_BEHIND_ON_BILLS_RE = re.compile("(?i)" + _BEHIND_ON_BILLS)
# what happened to one household's utility account, told of the person or by them: a shutoff, an opt-out or a
# re-enrolment, a double autopay draft, a payment plan, a late fee, the medical baseline, years "with" the utility
# the lookahead, first, lets the whole-text search pass over the word ends and the words that open no story in one
# look rather than some sixty (the letters and digits its stories start with; tests/test_speed47.py checks them)
_UTILITY_STORY = re.compile(
    r"(?i)\b(?=[a-il-tw\d])(?:shut\s+(?:off\s+)?(?:my|me|our|us|her|him|his|them|their)\b"
    r"|shut[- ]?off\s+(?:notice|of\s+(?:my|her|his|their))"
    r"|(?:was|were|got|been)\s+(?:shut\s+off|disconnected|cut\s+off)|disconnection\s+notice|\d+-day\s+notice"
    r"|opted\s+(?:(?:me|her|him|them|us)\s+)?out|re-?enrolled|(?:was|were)\s+enrolled\s+(?:without|twice|in\s+error)"
    r"|double[- ]enrolled"
    r"|auto-?pay|payment\s+(?:plan|arrangement)|medical[- ]baseline|life[- ]support\s+(?:equipment|devices?|machines?)|"
    r"do\s+not\s+(?:disconnect|shut\s+off)|(?:placed|sent|referred)\s+(?:in|into|to)\s+collections?"
    r"|(?:I|we|she|he|they)(?:['\u2019]ve|\s+ha(?:ve|s))\s+been\s+with\s+(?-i:[A-Z])"
    # a complaint of one household taken to the regulator or settled with a credit: "The informal complaint of Ana
    # Ruiz, 12 Elm St, was referred by the CPUC ...", "... closed with a $62.18 courtesy credit"
    r"|(?:informal|formal|billing)\s+complaints?\s+(?:of|from|by|filed\s+by)\s+(?-i:[A-Z])|courtesy\s+credit"
    # ... or resolved with a credit on the bill: "the complaint of Ana Ruiz at 12 Elm St was resolved with a $85 credit"
    r"|(?:resolved|settled|closed)\s+with\s+an?\s+\$\s?[\d,]+(?:\.\d\d)?\s+"
    r"(?:(?:bill|billing|account|one-time)\s+)?credit"
    # energy billed in error: "a credit for the 1,318 kWh billed at the wrong rate"
    r"|(?:billed|charged)\s+(?:at|under|on)\s+(?:the\s+|an?\s+)?(?:wrong|incorrect|erroneous)\s+(?:rate|tariff|plan|schedule)"
    # ... or after the household left: "was billed for two extra months", "were charged twice", "billed in error"
    r"|(?:was|were|been|got)\s+(?:over-?)?(?:billed|charged)\s+(?:for\s+(?:\w+\s+)?(?:extra|more|additional)\b|"
    r"twice|double|again|in\s+error|by\s+mistake|after)"
    # ... or went on being billed: "kept receiving refuse charges", "continued to receive bills"
    r"|(?:(?<=kept )|(?<=continued to ))(?:receiv(?:e|ing)|get(?:ting)?)\s+(?:\w+\s+){0,2}?(?:bills|charges|statements)\b"
    # a household enrolled in one of the utility's programs for customers: "is enrolled in the Medical Baseline
    # program", "signed up for CARE"; a customer of the utility by name: "has been an Edison customer at ..."
    r"|(?:enrolled|enrolls|signed\s+up|qualifies|qualified)\s+(?:in|for)\s+(?:the\s+|a\s+)?(?:care|fera|medical|"
    r"low-income|discount|pce|sce|edison|(?:\w+\s+){0,2}(?:rate|bill|billing|energy)\s+(?:plan|program|discount|assistance))\b"
    r"|(?:an?|the)\s+(?:(?:longtime|long-time)\s+)?(?:pce|sce|edison|utility|(?-i:[A-Z]\w+)\s+(?:choice\s+)?energy)\s+"
    r"(?:customer|ratepayer|account\s+holder)s?\b"
    # the household's own outage: "his home ... has lost power eleven times", "her power was out for two days"
    r"|\b(?:lost|losing|loses|without)\s+(?:power|electricity|service)\b|\b(?:power|electricity)\s+(?:was|went)\s+(?:out|off)\b"
    # ... and told of the person's own service: "whose service was interrupted during the heat wave", "her electric
    # service had been shut off"
    r"|\b(?:whose|her|his|their)\s+(?:(?:electric(?:al|ity)?|power|utility)\s+)?service\s+(?:was|were|had\s+been|"
    r"has\s+been|got)\s+(?:interrupted|disconnected|shut\s+off|cut\s+off|turned\s+off|restored)\b"
    # one household's service or account closed for good, as a write-off report tells it: "Service to Ana Ruiz at 12
    # Elm St was closed in May", "the account of Ana Ruiz ... was terminated"
    r"|\b(?:service|account)\s+(?:to|for|of)\s+(?-i:[A-Z])[^.;!?]{0,160}?\b(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:closed|terminated|discontinued|finaled|disconnected)\b"
    # a titled person's balance on the utility's books: "The balance of Ms. Ana Ruiz was referred" (see _holders_told)
    r"|\bbalances?\s+(?:of|owed\s+by|due\s+from)\s+(?-i:(?:Mr|Mrs|Ms|Mx)\.?\s+[A-Z])"
    # one household's account moved to another name: "asked that the account be transferred into her own name"
    r"|\b(?:account|service)\s+(?:be|was|were|is|has\s+been|had\s+been|will\s+be)\s+transferred\b"
    # one household's disconnection put off or set: "Disconnection was postponed for Ana Ruiz at 12 Elm St"
    r"|\bdisconnection\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:postponed|delayed|deferred|suspended|held|"
    r"stayed|scheduled|cancell?ed)\s+for\s+(?-i:[A-Z])"
    r"|\b(?:postponed|delayed|deferred|suspended|held|stayed|cancell?ed)\s+(?:the\s+)?disconnection\s+(?:for|of)\s+(?-i:[A-Z])"
    # the utility's notice or bill to one household returned by the post office: "the notice to Ana Ruiz at 12 Elm St
    # came back marked 'no such number'"
    r"|\b(?:notice|bill|statement)s?\s+(?:(?:mailed|sent|addressed)\s+)?to\s+(?-i:[A-Z])[^.;!?]{0,120}?\b(?:came\s+back|"
    r"(?:was|were)\s+returned|returned\s+(?:as\s+)?undeliverable)"
    # a utility deposit or overpayment refunded to one person by name: "the deposit refund for Ana Ruiz was mailed to"
    r"|\b(?:deposit|overpayment|credit(?:\s+balance)?)\s+refund(?:\s+check)?\s+(?:for|to|of|owed\s+to)\s+"
    r"(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?(?-i:[A-Z])"
    rf"|{_BEHIND_ON_BILLS})")
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
# the words before a street address that say someone lives there: "I live at", "She lives at", "who resides at", "his
# home at"; a customer's service there: "has been an Edison customer at"; the household a name is put beside: "Ms.
# Dang, the senior on 18626 Avenida Cielo", "the elderly resident at"
_LIVE_AT = re.compile(r"(?i)\b(?:live|lives|living|reside|resides|residing|customer|ratepayer|(?:his|her|their)\s+home|"
                      r"(?:the|an?)\s+(?:(?:elderly|older|disabled|widowed|\d{2}-year-old)\s+)?(?:resident|senior|"
                      r"homeowner|tenant|renter|occupant|widow|widower))"
                      r"\s+(?:at|on)\s*$"
                      # the home the household left or moved to: "Mr. Hoang (moved out of 12 Elm St in May)"
                      r"|\bmov(?:ed|es|ing)\s+(?:out\s+of|away\s+from|from|into)\s*$")
# a person's age told right after their name, as a news item does: "Ana Ruiz, 81, of 12 Elm St"
_AGE_AFTER_NAME = re.compile(r",\s*(?:age\s+)?\d{1,3}(?=\s*,)")
_UTILITY_WORD = re.compile(r"(?i)\b(?:energy|power|electric\w*|utilit(?:y|ies)|gas|baseline|cpuc|edison|sce|pce)\b")
_HOME_STORY_REACH = 400  # from a name to the home its story gives: a speaker's first few short sentences


_NAME_AFTER_HOME = re.compile(r",[ \t]*")  # "... moving out of 12 Elm St, Ana Ruiz ..."


def _homes_in_utility_story(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names, each with its home's place, whose home follows them ("Ana Ruiz of 12 Elm St", "(Ana Ruiz, 12 Elm St)", "My name is Ana Ruiz.
    I live at 12 Elm St", "my mother Ana Ruiz ... She lives at 12 Elm St") where the sentences from the name to the
    one after the home tell what happened to a household's utility account (``_UTILITY_STORY``): a customer's story,
    though no account number or "customer" ties it. Not a business's people, nor a name another name follows
    before the home, nor an opt-out of a text about no utility."""
    found = []
    taken = [*names, *(f[1:] for f in fields)]
    for segment, start, end in names:
        text = segment.text
        home = min((f for f in fields if f[1] is segment and f[0] == "address" and 0 <= f[2] - end <= _HOME_STORY_REACH),
                   key=lambda f: f[2], default=None)
        left = next((f for f in fields if f[1] is segment and f[0] == "address" and 0 <= start - f[3] <= 3
                     and _NAME_AFTER_HOME.fullmatch(text, f[3], start)
                     and _LIVE_AT.search(text, max(0, f[2] - 24), f[2])), None)
        if left:  # the home the clause opens with, the name right after it: "After moving out of 12 Elm St, Ana Ruiz
            # kept receiving refuse charges"
            home = left
        elif home is None or any(n[0] is segment and end <= n[1] < home[2] for n in names):
            continue
        age = _AGE_AFTER_NAME.match(text, end)
        if not (left or _HOME_AFTER_NAME.fullmatch(text, age.end() if age else end, home[2])
                or _LIVE_AT.search(text, max(0, home[2] - 24), home[2])):
            continue
        opening = _sentence(segment, min(start, home[2]), taken)[0]
        closing = _sentence(segment, _sentence(segment, home[3], taken)[1], taken)[1]
        story = text[opening:closing] + _sentence_runs_on(analysis, segment, text[opening:closing])
        if _UTILITY_STORY.search(story) and not _BUSINESS.search(story) and (
                analysis.cues.any("utility matter") or _UTILITY_WORD.search(story)):
            found += [(segment, start, end), home[1:]]
    return found


def _sentence_runs_on(analysis: Analysis, segment: Segment, sentence: str) -> str:
    """The rest of a sentence a PDF's or a text's line break cut at the end of ``segment`` ("... Ana Ruiz, 81, of 12
    Elm St, who relies on a home" / "oxygen concentrator and is enrolled in the Medical Baseline program."): the
    next line up to its full stop (past a semicolon), or nothing where the sentence ended on the line."""
    if _CLAUSE_END.search(sentence.rstrip()[-1:]):
        return ""
    at = analysis.segment_index.get(id(segment))
    below = analysis.segments[at + 1] if at is not None and at + 1 < len(analysis.segments) else None
    if below is None or not _next_line(segment, below):
        return ""
    stop = _FULL_STOP.search(below.text)  # not a semicolon: "came back marked 'no such number'; staff ... with SCE."
    return " " + below.text[:stop.end() if stop else len(below.text)]


_FULL_STOP = re.compile(r"[.!?](?:\s+[A-Z]|\s*$)")


# staff to get back to one person at a number: "she would follow up with him at ...", "staff will call her back at ..."
_FOLLOW_UP_AT = re.compile(r"(?i)\b(?:(?:follow(?:ed|ing)?\s+up\s+with|get\s+back\s+to)\s+(?:him|her|them)"
                           r"|call(?:ed)?\s+(?:him|her|them)\s+back)(?:\s+by\s+(?:tele)?phone)?\s+(?:at|on)\s*$")
_FOLLOW_UP_REACH = 300  # how far after the name the follow-up's number may stand: a sentence or two


def _served_ones(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a sentence says staff helped, their own phone, mailbox or home in the same sentence before the help
    ("A senior (Ana Ruiz, 562-...) was helped by Lyle Pennington"); not a name after the helper's word."""
    found = []
    for segment, start, end in names:
        text = segment.text
        served = _SERVED_BY.search(text, end)
        if served and not _CLAUSE_END.search(text, end, served.start()) and any(
                f[0] in ("address", "phone", "email") and f[1] is segment and f[2] < served.start()
                and not _CLAUSE_END.search(text, min(f[2], start), max(f[3], end)) for f in fields):
            found.append((segment, start, end))
    return found


# what a utility sends a customer at their mailbox: an opt-out's or an enrolment's confirmation, a bill, a refund's
# notice, a paperless or autopay sign-up, a rate change
_MAILED_MATTER = re.compile(r"(?i)\b(?:opt(?:ed|ing|s)?[\s-]?(?:out|in)|enrol\w*|e-?bills?|bills?|billing|statements?|"
                            r"refunds?|deposits?|paperless|auto-?pay|rate\s+(?:change|switch)|shut-?off|disconnect\w*|"
                            r"medical\s+baseline|(?-i:CARE|FERA))\b")


def _mailbox_owners_bracketed(names: list[tuple], fields: list[tuple]) -> tuple[list, list]:
    """The names in brackets right after a mailbox that spells them ("Send opt-out confirmation to
    yreddy@sbcglobal.net (Yesenia Reddy)", read by ``_names``), in a line about what the utility sends that person
    (``_MAILED_MATTER``): a customer and their own mailbox, as a work queue or a case note keeps them. ([], []) for
    none; an event's RSVP or a club's contact names no utility matter."""
    found, mailboxes = [], []
    for kind, segment, start, end in fields:
        bracket = _BRACKET_AFTER.match(segment.text, end) if kind == "email" else None
        if bracket is None or not _MAILED_MATTER.search(line_of(segment.text, start)):
            continue
        owners = [n for n in names if n[0] is segment and bracket.start("note") <= n[1] and n[2] <= bracket.end("note")]
        if owners:
            found += owners
            mailboxes.append((kind, segment, start, end))
    return found, mailboxes


def _followed_up(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names whose own sentence tells of their utility bill, refund or deposit ("Ana Ruiz said he had been
    waiting six weeks for a refund of his PCE deposit") and whom staff are to get back to at a number after it ("The
    Manager said she would follow up with him at 909 ..."), no one else named between but officials: a customer and
    their own phone, which minutes publish as a customer record. Not a speaker on policy with no bill of their own,
    nor one staff give no number for; the number is the person's, since staff call them there."""
    found = []
    for segment, start, end in names:
        text = segment.text
        stop = _CLAUSE_END.search(text, end)
        sentence_end = stop.start() if stop else len(text)
        if not _OWN_UTILITY_BILL.search(text, end, sentence_end) or _BUSINESS.search(text, start, sentence_end):
            continue
        phone = min((f for f in fields if f[0] == "phone" and f[1] is segment and end <= f[2] <= end + _FOLLOW_UP_REACH
                     and _FOLLOW_UP_AT.search(text, max(0, f[2] - 40), f[2])), key=lambda f: f[2], default=None)
        if phone and not any(n[0] is segment and end < n[1] < phone[2] and not named_officially(text, n[1], n[2])
                             for n in names):
            found += [(segment, start, end), phone[1:]]
    return found


def _speakers_with_home(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a street address or a phone follows right away ("Ana Ruiz of 12 Elm St said ...", "Ana Ruiz
    ((909) 555-0100) thanked ...") in a sentence about their own utility bill or meter, or what they asked for or got
    from the utility's programs ("Ana Ruiz (phone 909 ...) asked for a payment plan"; not a contact to call, "Call Ana
    Ruiz (phone ...) to set up a payment plan"): a resident at the lectern or in a program's story telling their own
    account's story, which minutes publish as a customer record. Not a club's or a business's
    people ("Ana Ruiz of the Garden Club, 12 Elm St"), nor a speaker on a legislature's bill."""
    found = []
    for segment, start, end in names:
        text = segment.text
        first = min((f for f in fields if f[1] is segment and f[2] >= end and (f[0] in ("address", "phone") or (
            f[0] == "email" and text[end:f[2]].strip() == "("))), key=lambda f: f[2], default=None)
        if first is None or not (_HOME_AFTER_NAME.fullmatch(text, end, first[2])
                                 or _NUMBER_IN_BRACKETS.fullmatch(text, end, first[2])):
            continue
        stop = _CLAUSE_END.search(text, first[3])
        sentence_end = min(stop.start() if stop else len(text), first[3] + _CLAUSE)
        if (_OWN_UTILITY_BILL.search(text, first[3], sentence_end)
                or _BEHIND_ON_BILLS_RE.search(text, first[3], sentence_end)
                or (_RELIEF_TOLD.search(text, first[3], sentence_end)
                    and not _REACH_BEFORE.search(text, max(0, start - 40), start))) \
                and not _BUSINESS.search(text, start, sentence_end):
            found.append((segment, start, end))
    return found


# whose a bill or a use is: a person's ("Ana Ruiz's"), a family's ("the Ruizes'"), a pronoun's
_WHOSE = r"(?:['\u2019]s|(?<=s)['\u2019]|\b(?:his|her|their))"
# a tie between a person and a consumption figure: "Ana Ruiz's usage was ...", "..., who cut her (evening) use to", "...
# said her February bill showed 2,358 kWh" (the energy a person's own bill shows, right after it, is their usage), the
# bills of several months listed ("The Ruizes' June, July and August bills showed 1,172, 2,874 and 2,878 kWh
# respectively"); and in Spanish, "su consumo", "sus facturas de julio y agosto mostraron 1.172 y ..."
_OWN_USE = re.compile(rf"(?i){_WHOSE}\s+(?:own\s+|household['\u2019]s\s+|monthly\s+|daily\s+|"
                      rf"electric(?:ity)?\s+|{MONTHS_LISTED}\s+|(?:summer|winter)\s+|(?:evening|peak|on-peak)\s+)?"
                      rf"(?:usage|use|consumption)\b"
                      rf"|{_WHOSE}\s+(?:(?:last|latest|most\s+recent|monthly|electric(?:ity)?|{MONTHS_LISTED}|"
                      rf"(?:last|past|previous|prior)\s+(?:two|three|four|five|six|\d))\s+)?"
                      rf"bills?(?:\s*,\s*it)?\s+(?:showed|show|shows|was|were|read|listed|came\s+to|said|reflected|"
                      rf"indicated)\s+(?:about\s+|only\s+|nearly\s+)?"
                      # the amount before the energy it paid for: "Her July bill was $84 for 610 kWh"
                      rf"(?:\$[\d,.]+\s+(?:for|on)\s+(?:about\s+|only\s+|nearly\s+)?)?(?=\d)"
                      # what their home drew: "Lucia Ferreira's home used 2,412 kWh", "the Nguyens' house averaged ..."
                      rf"|{_WHOSE}\s+(?:home|house|household|apartment|residence|condo|unit)\s+(?:used|uses|consumed|"
                      rf"consumes|averaged|averages|drew|draws)\s+(?:about\s+|only\s+|nearly\s+|roughly\s+|over\s+|"
                      rf"almost\s+|just\s+)?(?=\d)"
                      # a solar customer's net figures: "The Delgado family's solar array showed net generation of",
                      # "Ms. Ferreira's true-up showed net usage of", "their net exports were"
                      rf"|{_WHOSE}\s+(?:(?:solar\s+)?(?:array|system|panels)|true-?up(?:\s+statement)?|"
                      rf"(?:annual\s+)?(?:net[- ]energy\s+|nem\s+)?statement)\s+(?:showed|shows|show|reported|listed|"
                      rf"had|was)\s+(?:an?\s+)?(?:annual\s+)?net\s+(?:usage|use|consumption|generation|exports?)\s+"
                      rf"(?:of\s+)?(?=[\d\u2212-])"
                      rf"|{_WHOSE}\s+(?:annual\s+|monthly\s+)?net\s+(?:usage|use|consumption|generation|exports?)\b"
                      rf"|\bsus?\s+(?:consumo|uso)\b"
                      rf"|\bsus?\s+facturas?\s+(?:de\s+{MONTHS_LISTED}\s+)?"
                      rf"(?:mostr|indic|registr|reflej)(?:ó|o|aron|a|an)\s+"
                      rf"(?:un\s+consumo\s+de\s+)?(?=\d)")
# a person's own report or dispute of a consumption, between their name and the figure (in digits or in words): "Mr.
# Ruiz reported usage of 912, 1,044 and 1,310 kWh", "La Sra. Ruiz indicó un consumo de 1.172, 2.874 y 2.878 kWh"
_TELLS_USE = re.compile(r"(?i)[ \t,]+(?:reported|disputed|disputes|questioned|questions|stated|indicated|claimed|"
                        r"claims|indic[oó]|report[oó]|inform[oó]|reclam[oó]|cuestion[oó])\s+"
                        r"(?:an?\s+|un\s+|the\s+|el\s+)?"
                        r"(?:(?:high|monthly|alto|mensual)\s+)?(?:usage|consumption|consumo)\s+(?:of|de)\s+"
                        r"(?:about\s+|approximately\s+|unos\s+)?")
# a consumption figure the sentence gives as what the person right before it used ("Ana Ruiz averaged 50 kWh a day",
# "Ana Ruiz used 1,204 kWh in July"), and a usage history given as theirs, its figures listed after the name ("Usage
# history provided by Ana Ruiz: January 479 kWh, February 791 kWh ..."): the verb or the label says whose the energy
# is, as a possessive does; a typical home's figure in a rate example has no name before its verb
_USED = r"(?:averaged|averages|used|uses|consumed|consumes|drew)"
# (and what they cut their use to, no possessive between: "Rebate story: Ana Ruiz cut usage to 626 kWh")
_CUT_USE = r"(?:cut|reduced|lowered|trimmed)[ \t\x00]+(?:monthly[ \t\x00]+)?(?:usage|use|consumption)[ \t\x00]+to"
_USED_AFTER_NAME = re.compile(rf"[ \t\x00]+(?:{_USED}|{_CUT_USE})[ \t\x00]+"
                              rf"(?:(?:about|nearly|only|roughly|approximately|just|over|"
                              rf"under|almost)[ \t\x00]+|an[ \t\x00]+average[ \t\x00]+of[ \t\x00]+)?(?=\d)")
# what a solar customer sent to the grid, right after their name ("The Nguyens exported 812 kWh last month", "Aroha
# Tane sent 640 kWh back to the grid"): the net-metered energy of their own meter, their consumption data too
_EXPORTED_AFTER_NAME = re.compile(r"[ \t\x00]+(?:exported|exports)[ \t\x00]+(?:(?:about|nearly|only|roughly|"
                                  r"approximately|just|over|under|almost)[ \t\x00]+)?(?=\d)"
                                  r"|[ \t\x00]+(?:sent|fed|pushed|returned|exported)[ \t\x00]+"
                                  r"(?=\d[\d,.]*[ \t]*(?i:kwh|kilowatt[- ]hours?)[ \t\x00]+(?:back[ \t\x00]+)?"
                                  r"(?:to|into|onto)[ \t\x00]+the[ \t\x00]+grid)")
_HISTORY_OF = (r"\b(?:usage|consumption|kwh|meter|energy)\s+(?:history|data|records?|readings?|figures)\s+"
               r"(?:(?:provided|submitted|supplied|sent|reported)\s+by|of|for|from)")
_HISTORY_OF_BEFORE = re.compile(rf"(?i){_HISTORY_OF}[ \t\x00]+(?:(?:mr|mrs|ms|mx|dr)\.?[ \t\x00]+)?$")
_HISTORY_LISTED = re.compile(r"[ \t\x00]*[:\u2013\u2014-][ \t\x00]*")  # the list of months opens right after the name
# a person's use told as its change, as minutes and staff reports tell a high-bill inquiry: "Wei Zhang went from 336 to
# 2,307 kWh between May and August", "Ana Ruiz jumped from 612 kWh in April to ..."; and the usage of a person named
# after it, given as theirs by the verb after the name ("Consumption for Harold Baptiste rose from 612 kWh ...", "Usage
# at Ana Ruiz's home was 1,940 kWh"): a name before a verb and no figure after it ties nothing
_CHANGED = (r"(?:(?:went|go(?:es)?|jumped|jumps|rose|rises|climbed|climbs|increased|increases|grew|grows|spiked|spikes|"
            r"soared|fell|falls|dropped|drops|decreased|decreases|doubled|tripled)[ \t\x00]+from"
            r"|(?:pas[oó]|subi[oó]|aument[oó]|baj[oó]|disminuy[oó])[ \t\x00]+de)")
_CHANGED_AFTER_NAME = re.compile(rf"(?i)[ \t\x00]+{_CHANGED}[ \t\x00]+(?:about[ \t\x00]+|roughly[ \t\x00]+|"
                                 rf"approximately[ \t\x00]+)?(?=\d)")
_USAGE_OF_BEFORE = re.compile(r"(?i)\b(?:usage|consumption|electricity\s+use|energy\s+use|kwh)[ \t\x00]+"
                              r"(?:for|of|by|at)[ \t\x00]+(?:(?:mr|mrs|ms|mx|dr)\.?[ \t\x00]+)?$")
_USAGE_VERB_AFTER = re.compile(rf"(?i)(?:['\u2019]s[ \t\x00]+(?:home|house|residence|apartment|household|account|meter)"
                               rf")?[ \t\x00]+(?:{_CHANGED}|was|were|totaled|totalled|reached|hit|came[ \t\x00]+to)"
                               rf"[ \t\x00]+(?:about[ \t\x00]+|roughly[ \t\x00]+|approximately[ \t\x00]+)?(?=\d)")
# a text with none of these ties no name so (a use, a history, a change, a solar home's export)
_USE_TOLD = re.compile(rf"(?i)[ \t\x00](?:{_USED}|{_CUT_USE})[ \t\x00]|{_HISTORY_OF}|[ \t\x00]{_CHANGED}[ \t\x00]+"
                       rf"(?:about[ \t\x00]+)?\d|{_EXPORTED_AFTER_NAME.pattern}")
# a month's consumption set beside a name by a comma, as an aside or an example gives one household's ("e.g. Ana
# Ruiz, 1,125 kWh in July", "Ana Ruiz, 980 kWh last month"): the figure of a month is what the person named used; not
# an average, a typical home's or a year's figure
_USE_APPOSED = (r"[ \t\x00]*,[ \t\x00]+(?:about[ \t\x00]+|nearly[ \t\x00]+|only[ \t\x00]+)?"
                r"(?=\d[\d,.]*[ \t]*(?i:kwh|kilowatt[- ]hours?)[ \t\x00]+"
                rf"(?i:(?:in|for|during)[ \t\x00]+{MONTHS_LISTED}|(?:last|this|that|one|a|per)[ \t\x00]+month)\b)")
_USE_APPOSED_AFTER_NAME = re.compile(_USE_APPOSED)
_USE_APPOSED_TOLD = re.compile(rf"(?-i:[A-Z][^\W\d_]+){_USE_APPOSED}")
_HOUSEHOLD_KWH = 10_000  # more than a home uses in a month: a building's, a campus's or a city's figure


def _household_figure(figure: str) -> bool:
    """Whether a consumption figure ("2,307 kWh", "336", "2.307 kWh") is in kWh and less than ``_HOUSEHOLD_KWH``."""
    number = re.match(r"\d[\d,.]*", figure.strip())
    if not number or re.search(r"(?i)[mgt]wh", figure):
        return False
    digits = re.sub(r"[.,](?=\d{3}(?!\d))", "", number.group().rstrip(".,")).replace(",", ".")
    try:
        return float(digits) < _HOUSEHOLD_KWH
    except ValueError:
        return False


# a sentence that tells someone's consumption so: a case narrative, not an official's contact card
_USAGE_TOLD = re.compile(rf"(?i)[ \t\x00]{_USED}[ \t\x00]+(?:[a-z]+[ \t\x00]+){{0,3}}?\d|{_HISTORY_OF}[^:.\n]{{0,60}}:")


def _usage_of(analysis: Analysis, names: list[tuple], usage: list[tuple]) -> list[tuple]:
    """The names followed in their sentence by words that give the consumption after them as the person's own
    ("Ana Ruiz's usage was 2,410 kWh", "Ana Ruiz, who cut her use to 610 kWh", "Ana Ruiz ... said" / "her February
    bill showed 2,358 kWh": a line break of the minutes may fall between), what they used right after the name ("Ana
    Ruiz averaged 50 kWh a day") or a usage history given as theirs ("Usage history provided by Ana Ruiz: January
    ..."), or its change told right after the name or after "usage for" it ("Wei Zhang went from 336 to 2,307 kWh",
    "Consumption for Ana Ruiz rose from 612 kWh ...") in a home's figures: a customer's usage, which PCE-01 protects
    as it does their account; not a public average beside a name ("Ana Ruiz said the average is ...")."""
    tied = []
    for segment, start, end in names:
        figures = [(figure, to) for _, where, figure, to in usage if where is segment and 0 <= figure - end <= _CLAUSE]
        if _USED_AFTER_NAME.match(segment.text, end) or _EXPORTED_AFTER_NAME.match(segment.text, end) or (
                _USE_APPOSED_AFTER_NAME.match(segment.text, end)) or (
                _HISTORY_OF_BEFORE.search(segment.text, max(0, start - 60), start)
                and _HISTORY_LISTED.match(segment.text, end)):
            if figures:
                tied.append((segment, start, end))
                continue
        elif _CHANGED_AFTER_NAME.match(segment.text, end) or (
                _USAGE_OF_BEFORE.search(segment.text, max(0, start - 40), start)
                and _USAGE_VERB_AFTER.match(segment.text, end)):
            # a building's or a campus's change is told so too ("Kellogg West went from 120,000 kWh to ..."): only
            # a home's monthly figures are a customer's
            if figures and all(_household_figure(segment.text[figure:to]) for figure, to in figures):
                tied.append((segment, start, end))
                continue
        at = analysis.offset(segment) + end
        for _, figure_segment, figure, _ in usage:
            to = analysis.offset(figure_segment) + figure
            if not 0 <= to - at <= _CLAUSE:
                continue
            # the lines of one paragraph read as one, up to the figure's first digit
            between = analysis.joined[at - 2:to + 1].replace("\x00", " ")
            told = _OWN_USE.search(between) or _TELLS_USE.fullmatch(between, 2, len(between) - 1)
            if told and not _CLAUSE_END.search(between, 2, len(between) - 1):
                tied.append((segment, start, end))
                break
    return tied


# a sentence of a story that opens with the usage of the person it is about ("Their July usage fell from ...")
# (in Spanish too: "Su consumo fue de 1.310 kWh", "Sus facturas de julio y agosto mostraron ...")
# (a PDF's line break, "\x00" in the joined text, may fall between its words: "Her September, October and" / "bills")
_OWN_USE_OPENS = re.compile(rf"(?:^|(?<=[.!?] )|(?<=[.!?]\x00)|(?<=\x00))(?:Their|His|Her|Sus?)[\s\x00]+"
                            rf"(?:own[\s\x00]+|monthly[\s\x00]+|electric(?:ity)?[\s\x00]+|"
                            rf"(?i:{MONTHS_LISTED})[\s\x00]+|"
                            rf"(?:summer|winter)[\s\x00]+)?(?:usage|use|consumption|bills?|consumo|uso|facturas?)\b")
# what stands before a name that opens a sentence: the sentence's start, and a couple's other given name ("Yan and");
# a clause's opening word or phrase ("When Lucia Ferreira opened ...", "Last summer, Lucia Ferreira ..."); a quote's
# speaker tag, which makes the name its sentence's subject ("'I never used that much,' said Lucia Ferreira, who ...")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][ \x00]|\x00)(?:(?:When|After|Once|Since|Before|Although|Though|Because|"
                             r"While|Until|(?:Last|This)\s+\w+,|In\s+\w+(?:\s+\d{4})?,)\s+)?"
                             r"(?:[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*\s+(?:and|&)\s+)?$"
                             r"|[,!?\"'\u201d\u2019][ \t]*(?:said|says|explained|explains|added|adds|recalled|recalls|"
                             r"told\s+(?:us|staff|the\s+\w+)|wrote|writes)\s+$")
_STORY_REACH = 400  # how far a story's paragraph goes on about the person it opened with


def _story_subjects(analysis: Analysis, names: list[tuple], usage: list[tuple], pieces: list[Line]) -> list[tuple]:
    """The names that open a sentence of a story ("Sina and Mattias Lolohea have lived in their home ... since 1998")
    whose paragraph goes on, a few sentences later, with a sentence that opens with their usage ("... the Loloheas
    replaced a 30-year-old air conditioner. Their July usage fell from 1,762 kWh to 1,731 kWh"), no one of another
    family named between: a customer's own monthly usage told in a newsletter's story, which PCE-01 protects as it
    does their account (the tool cannot know of a consent on file). Also where the pieces call the family only by its
    surname ("the Loloheas") and the story opened with their names a line or two above. Not a story with no usage of
    the person's own, nor a program's aggregate figures."""
    text = analysis.joined
    placed = [(analysis.offset(s) + a, analysis.offset(s) + b, (s, a, b)) for s, a, b in names]
    called = [(analysis.offset(p.segment) + m.start(), analysis.offset(p.segment) + m.end())
              for p in pieces for m in _FAMILY_CALLED.finditer(p.segment.text, p.start, p.end)]
    placed += [opener for start, end in called if (opener := _family_opened_story(analysis, start, end))]
    subjects = []
    for start, end, name in placed:
        if not _OPENS_SENTENCE.search(text, max(0, start - 40), start):
            continue
        family = _family_word(text[start:end])
        for _, figure_segment, figure, _ in usage:
            at = analysis.offset(figure_segment) + figure
            opens = list(_OWN_USE_OPENS.finditer(text, end, at)) if 0 <= at - end <= _STORY_REACH else []
            if opens and not _CLAUSE_END.search(text, opens[-1].end(), at) and not any(
                    end < other < opens[-1].start() and _family_word(text[other:other_end]) != family
                    for other, other_end, _ in placed):
                subjects.append(name)
                break
    return subjects


# a family called by its surname in the plural, as a story goes on about it: "the Loloheas"
_FAMILY_CALLED = re.compile(r"(?<=\bthe )[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*(?<=s)")


# the words that give the figures before them as a person's story: "From 1,195 kWh down to 305 kWh: that is the story of
# Ana Ruiz, our May Energy Champion", "... - that's how Ana Ruiz did it", "this was the journey of ..."
_STORY_OF = re.compile(r"(?i)\b(?:that|this)(?:['\u2019]s|\s+is|\s+was)\s+(?:the\s+)?(?:(?:real|energy|savings|success)\s+)?"
                       r"(?:story|journey)\s+of\s+(?=(?-i:[A-Z]))|\b(?:that|this)(?:['\u2019]s|\s+is|\s+was)\s+how\s+(?=(?-i:[A-Z]))")


def _stories_told_of(analysis: Analysis) -> None:
    """A newsletter's customer story that opens on its figures and names its person after them ("From 1,195kWh down to
    305kWh: that is the story of Ana Ruiz, our May Energy Champion"): the person and their consumption, as a
    possessive before the figures ("Ana Ruiz's usage fell from ...") would tie them. Not an official's or a
    program's story (no person's name right after the words), nor a story with no household's figure in its
    sentence."""
    if not analysis.may_hold("story", "journey", "how"):
        return
    why = "person whose own consumption a customer story gives before naming them"
    for segment in analysis.free:
        text = segment.text
        if "kwh" not in text.lower() and "kilowatt" not in text.lower():
            continue
        for m in _STORY_OF.finditer(text):
            name = next((span for span in names_in(text, m.end(), min(len(text), m.end() + 60), anchored=True)
                         if span[0] == m.end()), None)
            if name is None or named_officially(text, *name, titles_after=False) or names_an_official(
                    text[slice(*name)], analysis.officials):  # "..., our May Energy Champion" is no job title
                continue
            begin, end = _sentence(segment, m.start(), [])
            figures = consumption_spans(text, begin, end)
            if not figures:
                continue
            analysis.add("name", segment, *name, why)
            for start, stop in figures:
                analysis.add("usage", segment, start, stop, why)


def _family_opened_story(analysis: Analysis, start: int, end: int) -> tuple | None:
    """The name that opened the story a family is called by its surname in ("the Loloheas" after "Ines and Tavita
    Lolohea have lived ... since 2004."), a sentence or two before, where a PDF's line ending at a sentence's end
    left it out of the pieces: (start, end, (segment, start, end)) of it, or None."""
    text = analysis.joined
    if not _FAMILY_CALLED.fullmatch(text, start, end):
        return None
    family = _family_word(text[start:end])
    for m in _STORY_OPENER.finditer(text, max(0, start - _STORY_REACH), start):
        couple = re.split(r"\s+(?:and|&)\s+", m.group("name"))[-1]  # "Ines and Tavita Lolohea": "Tavita Lolohea"
        if _family_word(m.group("name")) == family and "\x00" not in m.group("name") and person_name(couple):
            segment, at = analysis.locate(m.start("name"))
            return m.start("name"), m.end("name"), (segment, at, at + len(m.group("name")))
    return None


# a name that opens a sentence: given names and a surname, a couple's two given names ("Ines and Tavita Lolohea")
_STORY_OPENER = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?]\x00)|(?<=\x00)|^)(?P<name>(?:[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*"
                           r"\s+(?:and|&)\s+)?[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*"
                           r"\s+[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*)\b")


def _family_word(name: str) -> str:
    """A name's surname as a family is called by it: "Sina and Mattias Lolohea" and "the Loloheas" are both "lolohea"."""
    last = name.split()[-1].lower() if name.split() else ""
    return re.sub(r"(?:(?<=[sxz])es|s)$", "", last)


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


# a land-use application a planning report, a hearing notice or a permit log names: a use permit, a variance, a plan
# review, a map, a zone change, a building permit, or its case number ("CUP 2024-095", "VAR-24-012"); and a staff
# report's words for the project and its review: the applicant proposes improvements or a project, environmental
# review (CEQA, an exemption, a negative declaration), the zoning, the parcel (APN) and its setbacks, and the
# project's or the applicant's architect, engineer, agent or consultant
_LAND_USE_APPLICATION = re.compile(
    r"(?i)\b(?:propos(?:es|ed|ing)\s+(?:(?:\w+\s+){0,3}(?:improvements|additions?|remodel|renovation|construction|"
    r"development|subdivision|project)|to\s+(?:construct|build|demolish|subdivide|add|convert|remodel))|"
    r"environmental\s+(?:review|assessment|impact\s+report)|ceqa|categorical(?:ly)?\s+exempt\w*|"
    r"(?:mitigated\s+)?negative\s+declaration|zon(?:ing|ed)|setbacks?|parcels?|apn|"
    r"(?:project|applicant[\u2019']?s)\s+(?:applicant|owner|site|architect|engineer|agent|consultant|representative)s?|"
    r"(?:conditional|minor|major|special|temporary)\s+use\s+permits?|variances?|"
    r"(?:design|development|site|architectural)\s+(?:plan\s+)?review|site\s+plans?|zone\s+changes?|rezon\w*|"
    r"(?:general|specific)\s+plan\s+amendments?|(?:tentative|final|vesting)\s+(?:tract|parcel)\s+maps?|"
    r"lot\s+(?:line\s+adjustments?|splits?|mergers?)|subdivisions?|"
    r"(?:building|grading|demolition|sign|encroachment|zoning)\s+permits?|entitlements?|"
    r"(?-i:CUP|MUP|DPR|VAR|TTM|TPM|ZC|GPA)[\s#-]*\d{2,4}-?\d{2,4})\b")
# a customer's own account in the same words: an account, a bill, a shutoff (a variance appeal of a billing dispute)
_CUSTOMERS_ACCOUNT = re.compile(rf"(?i)\b(?:{ACCOUNT_WORDS}|{BILL_WORDS}|{SHUT_OFF_WORDS}|arrears|"
                                r"past[\s-]+due|payment\s+(?:plan|arrangement)s?)\b")


# how far from a party's record the words of a utility matter make it a utility case: the paragraphs around it
_UTILITY_REACH = 1500
# the heading of an agenda item, an attachment or an exhibit opening its line: a packet's items are apart ("ITEM 9:
# ARREARAGE MANAGEMENT UPDATE", "Agenda Item No. 4", "ATTACHMENT C -- CORRESPONDENCE", "Exhibit B")
_ITEM_HEADING = re.compile(r"(?im)(?:^|(?<=\x00))[ \t]*(?:(?:agenda[ \t]+)?item[ \t]+(?:no\.?[ \t]*|number[ \t]+|#[ \t]*)?"
                           r"\d{1,3}[a-z]?\b|(?:attachment|exhibit|appendix)[ \t]+[a-z\d]{1,3}\b)")


def _utility_matter_near(analysis: Analysis, pieces: list[Line]) -> bool:
    """Whether words of a utility matter (a bill, a meter, an arrearage plan) stand near the pieces: in the paragraphs
    around them (``_UTILITY_REACH``), on their page of a PDF and in their agenda item or attachment (``_ITEM_HEADING``).
    A packet's energy item makes no customers of the zoning items' applicants, project sites and consultants pages
    before it; a bill appeal's party, their bill told in the next paragraph, is a customer."""
    begin = analysis.offset(pieces[0].segment) + pieces[0].start
    end = analysis.offset(pieces[-1].segment) + pieces[-1].end
    low, high = max(0, begin - _UTILITY_REACH), end + _UTILITY_REACH
    if not analysis.cues.any("utility matter", low, high):
        return False
    for heading in _ITEM_HEADING.finditer(analysis.joined, low, high):
        if heading.end() <= begin:
            low = heading.start()
        elif heading.start() >= end:
            high = heading.start()
            break
    page = page_of(pieces[0].segment)
    return any(page_of(analysis.locate(position)[0]) == page
               for position in analysis.cues.find("utility matter", low, high))


def _land_use_application(pieces: list[Line]) -> bool:
    """Whether the pieces tell a land-use application ("The applicant, Ana Ruiz of Ruiz Design, requests approval
    of a Conditional Use Permit ...") and no customer's account or bill: its applicant, the property's owner and the
    project's address are a public record, though the report's conditions send the applicant to the utility about
    the service drop."""
    text = " ".join(p.text for p in pieces)
    return bool(_LAND_USE_APPLICATION.search(text)) and not _CUSTOMERS_ACCOUNT.search(text)


def land_use_told(text: str) -> bool:
    """Whether ``text`` tells a land-use application (``_LAND_USE_APPLICATION``)."""
    return bool(_LAND_USE_APPLICATION.search(text))


def _land_use_party(analysis: Analysis, pieces: list[Line], names: list[tuple]) -> bool:
    """Whether the pieces are a land-use case's party's line (see ``public_roles.LAND_USE_PARTY``), or every name in
    them is labelled as such a party right before it ("NOTICE OF PUBLIC HEARING. Application: CUP ... Applicant: NAME,
    ..."), in a document that tells a land-use application (``_LAND_USE_APPLICATION``) and in words of no customer's
    account or bill: the applicant's phone and mailbox in a staff report or a hearing notice are a public record, as
    the project's address is."""
    text = " ".join(p.text for p in pieces)
    labelled = LAND_USE_PARTY.match(pieces[0].text) or names and all(
        _party_labelled(segment.text, start) for segment, start, _ in names)
    return bool(labelled) and not _CUSTOMERS_ACCOUNT.search(text) and land_use_told(analysis.joined)


_PARTY_LABEL_REACH = 40  # from a party's label to the name it opens: "Property owner / Applicant: "


def _party_labelled(text: str, start: int) -> bool:
    """Whether a land-use party's label ends right before the name at ``start``."""
    return any(not text[label.end():start].strip()
               for label in LAND_USE_PARTY.finditer(text, max(0, start - _PARTY_LABEL_REACH), start))


def _permit_holders(analysis: Analysis, names: list[tuple]) -> bool:
    """Whether every name is labelled the holder of a permit or a reservation in a list of them (a picnic shelter's
    "Renter:", a special event's "Permit holder:"; ``public_roles.holds_a_permit``): no party of a utility case."""
    return all(holds_a_permit(s.text, start, lists.list_lead(analysis, s)) for s, start, _ in names)


def _private_fact(field: tuple, utility: bool) -> bool:
    """Whether a field is no public record beside a party's name: their consumption, the address a utility serves
    ("transferred service at 12 Elm St"), and in a text about a utility matter (``utility``) a phone not a firm's or
    a mailbox at a consumer provider (a code-enforcement complainant's cell is a loose contact, not an account's)."""
    kind, segment, start, end = field
    text = segment.text
    if kind == "usage":
        return True
    if kind == "phone":
        return utility and not _BUSINESS.search(text, max(0, start - 60), start)
    if kind == "email" and utility:
        return _personal_mailbox(text[start:end])
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


def _left_out_of_usage_average(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names an average of usage leaves out, with their phone, home or mailbox ("Avg excludes Benito Rascon, 562
    547 1109: meter tampering case" in a note on an "Avg CARE kWh" column): only a customer's meter is in such an
    average, so the one left out is a customer. The usage is said in the note or in what it is on (the paragraph or
    the cell read just before it); an average of anything else ("Avg response time excludes ...") says nothing."""
    left_out = []
    for segment, start, end in names:
        cut = next((m for m in EXCLUDED_FROM.finditer(segment.text, max(0, start - 40), start + 1) if m.end() == start),
                   None)
        if cut is None or not _AVERAGE_BEFORE.search(segment.text, max(0, cut.start() - 60), cut.start()):
            continue
        above = analysis.line_above(segment)
        if not (_USAGE_WORD.search(segment.text) or above is not None and _USAGE_WORD.search(above.text)):
            continue
        if any(kind in ("phone", "address", "email") and where is segment and end <= at
               for kind, where, at, _ in fields):
            left_out.append((segment, start, end))
    return left_out


_AVERAGE_BEFORE = re.compile(r"(?i)\b(?:avg|average|mean|median)\b[^.;:!?\n]{0,40}$")
_LEFT_OUT_OF_AVERAGE = re.compile(r"(?i)\b(?:avg|average|mean|median)\b[^.;:!?\n\x00]{0,40}?"
                                  r"\b(?:exclud|excl\.|except|omit|leaves\s+out|(?:does\s+)?not\s+includ)")
_USAGE_WORD = re.compile(r"(?i)\b(?:kwh|usage|consumption|therms?|use)\b")
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
    told = _cue_in(analysis, "utility matter", pieces) or _cue_in(analysis, "customer", pieces)
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
    told = _cue_in(analysis, "utility matter", pieces) or _cue_in(analysis, "customer", pieces)
    if not (told or analysis.cues.any("utility matter")) or not any(_private_fact(f, True) or _home(f) for f in fields):
        return []
    return [(segment, start, end) for segment, start, end in names
            if (told and _REACHED_BEFORE.search(segment.text, max(0, start - 40), start)
                or _OWN_CALL_FROM.match(segment.text, end))
            and not _OF_A_FIRM.match(segment.text, end) and not _BUSINESS.search(segment.text, end, end + 60)]


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


# a sentence's end (cues.SENTENCE_END: "... 760-300-4671. Marcus Ebright arranged ..."), but a stop that shortens a
# word no sentence ends with ends none: "Acct. No. 8-695-700-104", "Mr. Pham", "Tel. 1-442-..." (a street's "Dr." or
# "Ave." may well end one)
# (a record's label cut short before its "No." too: "Hao Liu (Ref. No. R-0986977)", "Cust. No.", "Svc. ID")
_ABBREVIATION_BEFORE = re.compile(r"(?i)(?<![\w.])(?:acct|no|nos|mr|mrs|ms|tel|ph|vs|approx|dept|ref|cust|svc)$")
_ABBREVIATION_CHARS = 6  # the longest of them: "approx"; the search looks no further back


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
        return _wrapped_sentence(analysis, place[0], _sentence(place[0], place[1], taken), taken)
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
    kept += [n for n in names if n not in kept and _TITLED.match(n[0].text, n[1]) is None
             and any(_TITLED.match(k[0].text, k[1]) and _shares_a_name_word(n, [k]) for k in kept)]
    # ... and by the given name alone of a given name and initial the record keeps ("Hasmik on 11986 Lark Ellen Ave
    # called my office ... Hasmik G. gave me permission ...; the account no. ...")
    initialled = {k[0].text[k[1]:k[2]].split()[0] for k in kept if _INITIAL_ENDS.search(k[0].text, k[1], k[2])}
    kept += [n for n in names if n not in kept and n[0].text[n[1]:n[2]] in initialled]
    own |= {sentence_of(name) for name in kept}
    words = frozenset(w.lower() for segment, start, end in kept for w in _NAME_WORD.findall(segment.text[start:end]))
    kept_fields = []
    for field in fields:
        kind, segment, start, _ = field
        if _THIRD_PARTY_LINE.match(segment.text, segment.text.rfind("\n", 0, start) + 1):
            continue  # "Caseworker: Hill Country Community Action, (830) 612-4150": the agency's, not the customer's
        if kind in ("phone", "email") and _after_staff_title(segment.text, start):
            continue  # "Staff response prepared by Leslie Danforth, Key Accounts Manager, (805) ...": staff's own
        sentence = _sentence(segment, start, taken)
        opened = _open_sentence_above(analysis, segment, sentence, taken)
        # a sentence the line above left open is the customer's, unless the field's own line names someone else before
        # it: an aside closed the paragraph above ("... (sent from ana@isp.net)") and "Staff response prepared by
        # Teresa Pruitt, Key Accounts Manager, 909..." is staff's
        line_start = max(sentence[0], segment.text.rfind("\n", 0, start) + 1)
        someone_first = _names_another(segment, line_start, start, taken, customer_words=words)
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
        elif not any(_names_another(where, start, end, taken, people_only=kind == "usage", customer_words=words)
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
                segment.text, _sentence(segment, start, taken)[0], start):
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
                                     rf"home|address|addr|{_PHONE_WORDS})\.?[ \t]*:?[ \t]*)?")


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


def _open_sentence_above(analysis: Analysis, segment: Segment, sentence: tuple[int, int],
                         taken: list[tuple]) -> tuple[Segment, int, int] | None:
    """The start, on the line above, of a sentence that opens its line: a column's wrap leaves a sentence open at
    the line's end ("Abebe Haile of 9839 Float House Rd" / "(phone (360) 622-0237) requested relief on PK Util.",
    "Tresca Valley Hardware at 1405" / "Foothill Blvd, (951) 788-2650, donated ..."). One sentence: the field is the
    customer's if that start is, and another's if that start names someone else."""
    if sentence[0] != 0:
        return None
    above = analysis.line_above(segment)
    last = len(above.text.rstrip()) - 1 if above is not None else -1
    if last < 0 or above.text[last] in ".!?":
        return None
    return (above, *_sentence(above, last, taken))


_ENDS_MID_PHRASE = re.compile(r"[a-z,][ \t]*$")  # a line's last word in lower case or a comma: its sentence goes on
_LAST_WORD_LOWER = re.compile(r"(?<![\w'\u2019-])[a-z]+,?[ \t]*$")  # "... the statement of" / "Ana Ruiz, SCE account"
_OPENS_LOWER = re.compile(r"[ \t]*[a-z\d(]")  # "delivered to Ana Ruiz ...", "700-447-487-277, with ..."
_OPENING_WORD = re.compile(r"[ \t]*([A-Z][\w'\u2019-]*)")
_WRAP_REACH = 4  # how many lines up one sentence of a hard-wrapped paragraph is followed


_HOLDERS_OPEN = re.compile(rf"[ \t]*{_HOLDERS}")


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
        if not _ABBREVIATION_BEFORE.search(analysis.joined, max(0, stop.start() - _ABBREVIATION_CHARS), stop.start()):
            return False
    return False


def _holders_sentence(analysis: Analysis, name: tuple, taken: list[tuple]) -> bool:
    """Whether ``name`` stands in a sentence that opens on the holders of the accounts the record gave ("Three
    accounts were moved ...: 7004 ..., 2-16-... and 2-45-.... The holders, Ana Ruiz, Jo Lee and Mia Tran, each saw
    higher bills."): a list of the customers after the list of their accounts."""
    segment, start, end = _sentence_opening(analysis, name[0], _sentence(name[0], name[1], taken), taken)
    return _HOLDERS_OPEN.match(segment.text, start) is not None


def _wrapped_sentence(analysis: Analysis, segment: Segment, sentence: tuple[int, int],
                      taken: list[tuple]) -> tuple[int, int, int]:
    """A sentence as (segment id, start, end) of the line it opens in (see _sentence_opening)."""
    opening, start, end = _sentence_opening(analysis, segment, sentence, taken)
    return id(opening), start, end


def _next_line(above: Segment, below: Segment) -> bool:
    """Whether ``below`` is the line right under ``above`` in a PDF's page or a text file, where a line break may cut
    a sentence: not a document's next paragraph or property, a page's next element, nor a line after a blank one."""
    one, other = above.location, below.location
    return one.element is None and other.element is None and None not in (one.line, other.line) \
        and other.line == one.line + 1 and one.page == other.page


def _sentence_opening(analysis: Analysis, segment: Segment, sentence: tuple[int, int],
                      taken: list[tuple]) -> tuple[Segment, int, int]:
    """A sentence as (segment, start, end) of the line it opens in: a PDF's or a hard-wrapped text's line break
    cuts a sentence in mid-phrase, and the line below goes on with it ("The statement of Ana Ruiz (acct ...) was" /
    "delivered to Jose Lee at 12 Elm St, who ...", "... contained the statement of" / "Jose Lee, SCE account ...").
    The line below goes on when it opens in lower case, on a figure or on the rest of a field the break cut, or on a
    word no dictionary holds (a name) after a line whose last word is in lower case; not a line that opens on a label
    ("Vendor: ...") or under one."""
    for _ in range(_WRAP_REACH):
        opened = _open_sentence_above(analysis, segment, sentence, taken)
        if opened is None or not _next_line(opened[0], segment) or _LABEL_OPENS.match(segment.text) \
                or _LABEL_OPENS.match(opened[0].text):
            break
        word = _OPENING_WORD.match(segment.text)
        if not (_OPENS_LOWER.match(segment.text) or word and (
                any(where is segment and a <= word.start(1) < b for where, a, b in taken)  # "410 W. Center" / "St.) was"
                or not common_word(word.group(1)) and _LAST_WORD_LOWER.search(opened[0].text, opened[1], opened[2]))):
            break
        segment, sentence = opened[0], opened[1:]
    return segment, *sentence


def _runs_on_from_above(analysis: Analysis, segment: Segment, sentence: tuple[int, int], taken: list[tuple]) -> bool:
    """Whether the sentence goes on from the line above in mid-phrase, its last word lower case ("... the average
    residential" / "customer used 6,540 kWh"): a wrap, not a sentence of its own (a heading above ends in capitals);
    also from the previous page's last line of text, when the page opens in mid-sentence (``_ended_page_above``).
    A wrap's line goes on in lower case, or after a comma: a line that opens with a capital under a title ("Customer
    Care Quarterly Update", "Case study: estimated reads" over a slide's "Customer on 12 Elm St") starts its own."""
    opened = _open_sentence_above(analysis, segment, sentence, taken)
    if opened is None and sentence[0] == 0 and _OPENS_LOWER_WORD.match(segment.text):
        above = _ended_page_above(analysis, segment)
        opened = (above, *_sentence(above, len(above.text.rstrip()) - 1, taken)) if above is not None else None
    return opened is not None and bool(_ENDS_MID_PHRASE.search(opened[0].text, opened[1], opened[2])) and bool(
        _OPENS_LOWER.match(segment.text, sentence[0]) or _ENDS_WITH_COMMA.search(opened[0].text, opened[1], opened[2]))


_ENDS_WITH_COMMA = re.compile(r",[ \t]*$")


_OPENS_LOWER_WORD = re.compile(r"[ \t]*[a-z]")  # a line that opens on a lower-case word: a sentence going on
_PAGE_CHROME_LINES = 3  # lines of a page's footer and the next one's header that stand between a sentence's halves


def _ended_page_above(analysis: Analysis, segment: Segment) -> Segment | None:
    """The previous page's last line of text that ends in mid-phrase, when ``segment`` is among the first lines of
    its page: a sentence cut by the page break ("The average residential" / "POM-PRA-0110" / "customer used 468 kWh
    ..."), only the page's footer, its number or the next page's running header between them (short lines ending no
    phrase)."""
    at = analysis.segment_index.get(id(segment))
    if at is None:
        return None
    previous_page = None
    for above in analysis.segments[max(0, at - _PAGE_CHROME_LINES - 1):at][::-1]:
        page = page_of(above)
        if page != page_of(segment):
            if previous_page is not None and page != previous_page:
                return None
            previous_page = page
            if _ENDS_MID_PHRASE.search(above.text):
                return above
        if len(above.text) > 60 or _ENDS_MID_PHRASE.search(above.text):
            return None  # a line of text on the page, not its footer or header: the sentence opened on it
    return None


def _cut_across(opened: tuple[Segment, int, int] | None, segment: Segment) -> tuple[Segment, int, int] | None:
    """The open sentence above when the line break cuts an address in it ("Tresca Hardware at 1405" / "Foothill
    Blvd, (951) ..."): then certainly one sentence, whose start says whose the fields after the break are. (Rows of
    a form, "Customer   Ana Ruiz" over "Service Address   ...", end without a stop too, and are no sentence.)"""
    if opened is None:
        return None
    above, start, end = opened
    return opened if address_across(above.text[start:end], segment.text[:60]) else None


_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sr|Sra|Srta)\.?\s")  # "Ms. Kang": a title and a surname


def _shares_a_name_word(name: tuple, others: list[tuple]) -> bool:
    """Whether a name shares a word with one of ``others``: "Mr. Sandhu" and "Harpreet Kaur Sandhu" are one person."""
    def words(place: tuple) -> set[str]:
        segment, start, end = place
        return {w.lower() for w in _NAME_WORD.findall(segment.text[start:end])}
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


def _sentence(segment: Segment, position: int, taken: list[tuple]) -> tuple[int, int]:
    """The bounds of the sentence holding ``position``: no stop inside a name or a field ends it ("Mr. Pham"), one
    that ends a field does ("... 2380 S Arroyo Vista Dr. For questions ..."). Auto-captions have no stops: there the
    next speaker's greeting and name open a sentence ("... 9925 i yield my time good evening my name is ...")."""
    text = segment.text
    inside = [(start, end) for where, start, end in taken if where is segment]
    start, end = 0, len(text)
    for m in SENTENCE_END.finditer(text):
        if any(a <= m.start() < b - 1 for a, b in inside) or _ABBREVIATION_BEFORE.search(
                text, max(0, m.start() - _ABBREVIATION_CHARS), m.start()):
            continue
        if m.end() <= position:
            start = m.end()
        else:
            end = m.end()
            break
    for opening in turn_openings(text, start, end):
        if opening <= position:
            start = opening
        else:
            return start, opening
    return start, end


def _names_another(segment: Segment, start: int, end: int, taken: list[tuple], people_only: bool = False,
                   customer_words: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence names a person, a firm or a place that is none of the record's fields: then its contact
    details are theirs ("For questions, contact Teodora Vlasic, ... at (951) ...", "Tresca Valley Hardware at
    ..."). ``people_only``: for a usage figure, which no office or title has ("The Hearing Officer finds that the
    meter recorded 3,164 kWh"), only another person's name counts. What a quotation says is the speaker's words, no
    one's record ('"I tell everyone at church," says Rowena, who lives at ...')."""
    text = segment.text
    if '"' in text or "\u201c" in text:
        text = _QUOTATION.sub(lambda m: " " * len(m.group()), text)
    fields = [(a, b) for s, a, b in taken if s is segment]

    def another(a: int, b: int) -> bool:  # not a field, nor the customer named again ("Reach David at ...")
        return (not any(a < y and x < b for x, y in fields)
                and not any(_town_of(text, x, y, a, b) for x, y in fields)
                and not customer_words.intersection(w.lower() for w in _NAME_WORD.findall(text[a:b])))
    if people_only:
        return any(another(a, b) for a, b in names_in(text, start, end, True))
    proper = [m.span() for m in _PROPER_NAME.finditer(text, start, end)
              if not _CALENDAR_WORDS.intersection(m.group().lower().split())
              and not _LABEL_END.match(text, m.end())  # a field's label ("Home Ph.: ...") names no one
              and not _SAME_CASE.fullmatch(m.group())  # nor the case's own party: "The Appellant was notified at"
              and not _AREA_NOUN_AFTER.match(text, m.end())]  # nor the part of town a home is in: "in the Alta Loma area"
    return bool(_ORGANIZATION.search(text, start, end) or _BUSINESS.search(text, start, end)) or any(
        another(a, b) for a, b in [*names_in(text, start, end, True), *proper])


def _town_of(text: str, x: int, y: int, a: int, b: int) -> bool:
    """Whether the words at ``a:b`` are the town a street address or a box at ``x:y`` ends with, after its comma and
    before the sentence's end or a state ("Mailing address P. O. Box 3210, Alder Grove."): a place of the field, no
    one else named."""
    return _TOWN_BETWEEN.fullmatch(text, y, a) is not None and _TOWN_END.match(text, b) is not None and bool(
        opens_an_address(text[x:y]))


_TOWN_BETWEEN = re.compile(r",[ \t]*")
_TOWN_END = re.compile(r"[ \t]*(?:[.;)]|\n|$|,[ \t]*(?:[A-Z]{2}|California)\b)")
_QUOTATION = re.compile(r'"[^"\n]{1,300}"|\u201c[^\u201d\n]{1,300}\u201d')  # a quotation, straight or curly quotes
# two capitalised words or more in a row: a person's, a firm's or a place's name ("Larkfield Hardware")
_PROPER_NAME = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+(?:&\s+)?[A-Z][\w'\u2019-]+)+")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")  # a name's words: "Ruiz", "Nguyen" (not an initial)
# a part of town after its name, where a home is said to be ("located at ... in the Cerro Vista neighborhood"): a place
# the sentence locates the home in, no firm or person whose contact details the sentence gives
_AREA_NOUN_AFTER = re.compile(r"\s+(?:neighbou?rhood|area|district|tract|subdivision|barrio|colonia)\b(?!\s+(?:office|"
                              r"manager|director|council|association|plan)\b)", re.IGNORECASE)
_LABEL_END = re.compile(r"\.?\s*[:#]")  # what ends a label: "Home Ph.:", "Service Address:", "Acct #"
_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                            "june july august september october november december".split())


def _public_ones_left_out(analysis: Analysis, names: list[tuple], usage: list[tuple]) -> tuple[list, list]:
    """Of a record that no identifier ties, the names and usage figures left when the public ones are left out (see
    public_people): a person with a role or a title beside the name (staff, a volunteer, an owner, a council
    member), a name in a row of an old ledger or directory a history transcribes (``tables``), a history's or an
    honour's subject, a public comment's speaker, a business's person (their sentence
    names the business), an area's, a class's or the whole city's usage."""
    names = [(segment, start, end) for segment, start, end in names
             if id(segment) not in analysis.old_record_rows  # a row of an old ledger a history transcribes
             and not in_a_role(segment.text, start, end) and not public_story(analysis, segment, start, end)
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


def _home(field: tuple) -> bool:
    """Whether a field is a street address that is no office's or shop's: no suite, no firm's word just before it."""
    kind, segment, start, end = field
    return kind == "address" and not _OFFICE.search(segment.text, start, end) and not _BUSINESS.search(
        segment.text, max(0, start - 40), start)


# a number's abbreviated label right before it, whose full stop ends no clause: "(tel. 323-...)", "ph. 909-...",
# "Tel.: ..."
# the number's label or the words that make it the person's own, between a name and their phone ("Ana Ruiz cell
# (909) ...", "Ana Ruiz, home phone: ...", "Ana Ruiz, reachable at ...", "Ana Ruiz who left a voicemail from ...")
_PHONE_AFTER_NAME = re.compile(rf"(?:\s*,)?\s+(?:(?i:cell(?:\s+phone)?|mobile|(?:home\s+)?phone|tel|telephone|{_PHONE_WORDS})"
                               r"\.?(?:\s+(?:no\.?|number|#))?\s*:?|(?:who\s+)?(?:is\s+)?(?:reachable|can\s+be\s+reached)\s+at"
                               r"|(?:who\s+)?(?:called|phoned|left\s+a\s+(?:voicemail|message))\s+from)\s*")
# ... and then their home right after the number, as theirs: "..., service address 12 Elm St", "..., residing at ..."
# (not a place the clause goes on to tell of: "cell ..., reports weeds at 12 Oak St")
_HOME_AFTER_PHONE = re.compile(r"\s*[,;]?\s*(?:(?i:(?:service|home|mailing|billing)\s+address|address|svc\.?\s+addr\.?|"
                               r"(?:who\s+)?(?:resides|residing|lives|living)\s+(?:at|on)|at|of))?\s*:?\s*")
_ABBREVIATED_LABEL = re.compile(r"(?i)\b(?:tel|ph|ph\.\s?no|cel|mob|no|n\.\u00ba|n\u00fam|t\u00e9l)\.[ \t]*:?[ \t]*$")


def _home_and_phone(names: list[tuple], fields: list[tuple], pieces: list[Line]) -> bool:
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
        after = [f for f in placed if f[2] >= end and f[3] - start <= _CLAUSE]
        homes = sorted(f[2:] for f in after if f[0] == "address"
                       or (f[0] == "email" and _personal_mailbox(text[f[2]:f[3]])))
        phones = sorted(f[2:] for f in after if f[0] == "phone" and not invited_mailbox(text, f[2]))
        if not (homes and phones) or invited_contact(text, start) and not any(f[0] == "address" for f in after):
            continue  # an event's contact, whose cell and mailbox the notice gives to be reached at
        first, second = sorted([homes[0], phones[0]])
        label = _ABBREVIATED_LABEL.search(text, max(first[1], second[0] - 12), second[0])
        if ((_HOME_AFTER_NAME.fullmatch(text, end, first[0])
             or first == phones[0] and _PHONE_AFTER_NAME.fullmatch(text, end, first[0])
             and _HOME_AFTER_PHONE.fullmatch(text, first[1], second[0]))
                and not _BUSINESS.search(text, max(0, start - 40), start)
                and not _CLAUSE_END.search(text, first[1] - 1, label.start() if label else second[0])
                and not _BUSINESS.search(text, first[1], second[0])
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
    if below is None or not _next_line(segment, below.segment) or _ENDS_SENTENCE_OR_FIELD.search(segment.text) \
            or _LABEL_OPENS.match(below.segment.text) or _ITEM_MARKER.match(below.segment.text) \
            or column_gap(segment.text.strip()) or column_gap(below.segment.text.strip()):
        return segment.text, own
    shift = len(segment.text) + 1
    return f"{segment.text} {below.segment.text}", own + [
        (kind, where, start + shift, end + shift) for kind, where, start, end in fields if where is below.segment]


def _self_introduced(names: list[tuple], fields: list[tuple]) -> tuple[list[tuple], list[tuple]]:
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
                  and _HOME_AFTER_NAME.fullmatch(text, end, f[2])), None)
    return bool(home and phone and not _BUSINESS.search(text, max(0, home[2] - 40), phone[3]))


_BRACKET_AFTER_HOME = re.compile(r"[ \t]*\([ \t]*")


_OFFICE = re.compile(r"(?i)\b(?:suite|ste)\b")  # an office's unit, not a home's ("120 Main St, Suite 200")


def _signed_with_home(names: list[tuple], fields: list[tuple]) -> list[tuple]:
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
                and _HOME_AFTER_NAME.fullmatch(text, end, homes[0][0])
                and not _OFFICE.search(text, homes[0][0], homes[0][1])
                and not _BUSINESS.search(text[homes[0][1]:min(line_end - 1, homes[0][1] + 40)])):
            signed.append((segment, start, end))
    return signed


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
# words that speak again of the record's customer or account: "the account recorded 612 kWh", "The household used"
# (or the account's final or actual meter reading: "Final read showed 3798 kWh for the partial month.")
_SAME_CASE = re.compile(r"(?i)\b(?:the|this|that|said|her|his|their)\s+(?:account|customer|ratepayer|appellant|records|"
                        r"complainant|household|residence|premises|home|(?:back-?)?bill|resident|constituent|caller|"
                        # the party as a claims or legal paper calls them: "while the homeowner contends ..."
                        r"homeowner|property\s+owner|claimant|tenant|occupant)\b(?!\s+(?:service|care|support|relations|"
                        r"center|line|programs?)\b)|\b(?:final|closing|actual|move-out)\s+(?:meter\s+)?read(?:ing)?\b"
                        # a decision's numbered findings: "2. ... the meter registered 4,436 kWh", "3. Appellant
                        # testified by telephone from ...": the case's meter and party, though no article names them
                        r"|\b(?:the|her|his|their)\s+meter\s+(?:registered|recorded|read|showed|measured|logged)\b"
                        r"|(?-i:\b(?:Appellant|Complainant|Petitioner|Claimant)\b)"
                        # where the account's other party gets its mail: "The owner's mailing address is ...", and
                        # where the case's sole proprietor lives: "The rebate will be mailed to the owner's home address"
                        r"|\b(?:the|her|his|their)\s+(?:owner|landlord|holder|account\s?holder|proprietor)['\u2019]s\s+"
                        r"(?:mailing|billing|forwarding|home|residential|residence)\s+address\b"
                        # the case's party by a pronoun, their own address or their number: "Correspondence was sent to
                        # his mailing address, P.O. Box ...", "Staff reviewed the data with her by phone at ..."
                        r"|\b(?:her|his|their)\s+(?:mailing|billing|forwarding|home)\s+address\b"
                        r"|\b(?:with|reached|called|contacted|phoned|texted)\s+(?:him|her|them)\s+(?:by\s+(?:tele)?phone\s+)?at\b"
                        # a notice's line for the case's party: "Tenant contact on file: ...", "Teléfono del inquilino"
                        r"|\b(?:tenant|occupant|landlord)(?:['\u2019]s)?\s+(?:contact|phone|cell|number)\b"
                        r"|\btel[ée]fono\s+del?\s+(?:inquilin[oa]|ocupante|propietari[oa])\b"
                        # the bill the case is about: "2. The disputed bill reflects 1,697 kWh for the period ..."
                        r"|\b(?:the|this|that|said|her|his|their)\s+(?:disputed|contested|appealed|questioned|"
                        r"adjusted|corrected|rebilled)\s+(?:bill|invoice|statement|charges?)\b"
                        # the case's bills telling its usage: "The bills for the disputed months show 1,586 kWh, ..."
                        r"|\bthe\s+(?:disputed\s+)?bills?\s+(?:for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:months?|periods?)\s+)?"
                        r"(?:show|shows|showed|reflect|reflects|reflected|record|records|recorded)\b"
                        # a collections note's next line: "Mailed 48-hr notice to 1620 N Olive Grove Pl #B.", and
                        # where a plan's approval says to send its papers: "Send the signed plan to 16467 N. Padua Ave"
                        r"|\b(?:mailed|sent|posted|left|hung|delivered|send|mail)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:notice|letter|door\s?hanger|tag|plan|agreement|form|refund|check|cheque|statement)\s+"
                        r"(?:to|at|on)\b")


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
        if not _TITLED.match(text, f.start):
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
            sentence = _sentence(segment, m.start(), [(segment, *m.span())])
            told = analysis.contact_fields([Line(segment, *sentence)])
            told += [("phone", segment, start, end) for start, end in phone_spans(text, *sentence)
                     if _DIALLED.search(text, max(sentence[0], start - 20), start)
                     and not analysis.contacts.phone_is_public(to_e164(text[start:end]) or "")]  # whom staff called
            taken = [(segment, *m.span()), *(f[1:] for f in told), *([(segment, *street.span(1))] if street else [])]
            for kind, where, start, end in told:
                if kind in ("phone", "address", "usage") and not _names_another(where, *sentence, taken):
                    analysis.add(kind, where, start, end, why)


def _another_bearer_before(analysis: Analysis, segment: Segment, titled: re.Match) -> bool:
    """Whether the full name of the titled surname nearest before it on its page names someone else, no customer
    (minutes' proclamation "honoring Luis Tran ... Ms. Tran chaired ..." above the letter of a customer Mele Tran):
    a title and a surname speak of the person the text last named in full. Only where each customer of that surname
    is named in full, by another given name."""
    surname = titled.group().split()[-1]
    givens = {words[-2].lower() for f in analysis.context.of_kind("name")
              if len(words := f.segment.text[f.start:f.end].split()) >= 2 and words[-1].lower() == surname.lower()}
    if not givens or any(_TITLED.match(f"{given.title()} ") for given in givens):
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
        sentence = _sentence(where, at, [])
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
        title = _TITLED.match(field.segment.text, field.start)
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
        if _HOME_AFTER_NAME.fullmatch(text, after, m.start()) and "\n\n" not in text[:m.start()] \
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
    sentence = _sentence(segment, begin - window, taken)
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
        opening is _ITEM_OPENS and bool(_ITEM.search(line.segment.location.element or "")))


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
            if not (_SAME_CASE.search(line.text) or (mention and mention.search(line.text))):
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
            m.end() > len(tail) + 1 for m in _SAME_CASE.finditer(f"{tail} {line.text}")) or (
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
                                   following if following is not None and _same_block(line, following) else None)
            if met:
                analysis.add("name", line.segment, *met, "a person met on a customer's case, in its record")
            for start, end in _named_in_full_again(analysis, line, mention, names):
                analysis.add("name", line.segment, start, end, "a customer's full name, told later in their case")
            for kind, segment, start, end in told:
                if represented and segment is represented[0] and start >= represented[1]:
                    continue  # "Claimant is represented by Jo Lee, Lee LLP, ..." / "... telephone (909) ...": Lee's
                if kind == "phone" and _PAY_BY_PHONE.search(segment.text, max(0, start - 80), start):
                    continue  # a notice's ways to pay the office: "Pay online at ..., by phone (909) ..., or at City Hall"
                sentence = _sentence(segment, start, [f[1:] for f in told])
                if said_from is not None and segment is line.segment and sentence[0] <= said_from <= start:
                    # the clause the line's party opens is theirs: "note: cust states she moved into 12 Elm St in
                    # Jan; usage ... adv'd re: Level Pay." (the program the agent advised on is no one else's field)
                    clause_end = segment.text.find(";", said_from, sentence[1])
                    if clause_end >= end:
                        sentence = (sentence[0], clause_end)
                # "the household used 1,139 kWh", though the staff member who says so is named ("Ms. Larsen,
                # Supervisor, stated ..."); not "compared it with neighbor Dolores Aguirre, whose meter recorded ..."
                case = kind == "usage" and [*_SAME_CASE.finditer(segment.text, sentence[0], start)]
                own_usage = bool(case) and not _names_another(segment, case[-1].start(), end, [f[1:] for f in told],
                                                              people_only=True)
                if (met and sentence[0] <= met[0] < sentence[1]) or mention and _mentioned(
                        mention, segment.text, *sentence) or own_usage or not _names_another(
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
            len(_NAME_WORD.findall(_TITLED.sub("", segment.text[start:end], count=1))) > 1
            for segment, start, end in names):
        return []
    return [(line.start + start, line.start + end) for start, end in analysis.private_names_in(line.text)
            if len(_NAME_WORD.findall(_TITLED.sub("", line.text[start:end], count=1))) > 1
            and _mentioned(mention, line.text, start, end)
            and not public_story(analysis, line.segment, line.start + start, line.start + end)]


def _mentioned(mention: re.Pattern, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the case's surname (``mention``) comes back in ``text[start:end]``, but as an official's name: staff
    who share the customer's surname are named with their title ("For questions contact Thanh Nguyen, Billing
    Supervisor, at ..." under Maria Nguyen's record), and their desk's phone is no detail of her case; nor as a
    street's name ("Apply at the Food Bank, 1750 Hall Ave, ..." under Rosendo Hall's record)."""
    for m in mention.finditer(text, start, len(text) if end is None else end):
        if _STREET_AFTER.match(text, m.end()):
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
    return bool(_SAME_CASE.search(last)) or (carried and last == text)


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


HEADING_ELEMENT = re.compile(r"(?:^|[\s>])h[1-6](?::nth-of-type\(\d+\))?$")  # a heading's element: "main > h2"


_TITLE_WORDS = 6  # a menu's or a page's title: "Pay My Bill", "Sign In to My Account"


def _possessives(analysis: Analysis, start: int = 0, end: int | None = None) -> list[int]:
    """Positions of the words that give a person's own bill or meter ("my bill is too high", "her meter"), but not in
    a page's or a menu's title ("Pay My Bill", "View My Account"): a site's words to its reader, no one's speech."""
    return [position for position in analysis.cues.find("customer possessive", start, end)
            if not _title_line(*analysis.locate(position))]


def _title_line(segment: Segment, position: int) -> bool:
    """Whether ``position`` is in a heading, or in a short line of its own that is all capitalised words and ends
    no sentence."""
    if HEADING_ELEMENT.search(segment.location.element or ""):
        return True
    text = segment.text
    line_end = text.find("\n", position)
    line = text[text.rfind("\n", 0, position) + 1:line_end if line_end >= 0 else len(text)].strip()
    words = line.split()
    return (len(words) <= _TITLE_WORDS and not line.endswith((".", "!", "?"))
            and all(w[:1].isupper() or not w[:1].isalpha() for w in words))


def _cue_in(analysis: Analysis, kind: str, pieces: list[Line]) -> bool:
    return any(analysis.cues.any(kind, analysis.offset(p.segment) + p.start, analysis.offset(p.segment) + p.end)
               for p in pieces)


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


# a note in brackets right after a mailbox: "send the confirmation to yreddy@... (Yesenia Reddy)"
_BRACKET_AFTER = re.compile(r"[ \t]*\((?P<note>[^()\n]{3,60})\)")
# a mailbox and a name in brackets right after it, on a page of utility matters: the mailbox's owner, a customer to
# send something to, when the mailbox spells the name (``name_spelt_in_email``)
_MAILBOX_AND_BRACKET = re.compile(r"(?P<mailbox>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*\((?-i:[A-Z])[^()\n]{2,59}\)")


def _name_spelt_around(text: str, opening: int, start: int, end: int) -> tuple[int, int] | None:
    """The name the mailbox at ``start``-``end`` spells (``name_spelt_in_email``): in its line's text before it, from
    ``opening``, or in brackets right after it ("yreddy@... (Yesenia Reddy)")."""
    mailbox = text[start:end]
    bracket = _BRACKET_AFTER.match(text, end)
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
                 and (lenient or _personal_mailbox(text[start:end]))}
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
            and any(_home(f) and f[1] is segment and 0 <= f[2] - end <= _HOME_AFTER_ADDRESSEE for f in fields)]


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
    entry = _TIMED_ENTRY.match(text, start, end)
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
    for ask in _ASK_STAFF.finditer(text, max(0, start - _INVITATION_REACH), start):
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
    if (not person_name(name) or not name_like(surname) or surname.lower() in _CALENDAR_WORDS
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
        _ENDS_IN_MID_SENTENCE.search(line.text) and not _SIGNED_OFF.search(line.text, max(0, ends - _SIGN_OFF_TAIL)))


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
        if any(w.lower() in _CALENDAR_WORDS for w in rest):
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

