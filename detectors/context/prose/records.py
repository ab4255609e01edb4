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

from ...labels import CALL_BACK_WORDS, is_date, stands_in
from ...model import Location, Segment
from ...public_contacts import FACILITY_CUE, to_e164
from ...streets import DIRECTIONS, SUFFIXES, alternation
from ...translations import phrases_for
from ...vocabulary import common_word, fold, given_names, name_like
from ..plural_families import acting_families
from ..analysis import Analysis, Line, facilitys_use, joined_by_bars, page_of
from ..cues import (ACCOUNT_WORDS, BILL_WORDS, CLOSING_RE, METER_WORDS, OWN_BUSINESS_RE, PUBLIC_PROCESS,
                    to_customers_at_large, EMAIL_HEADER_LINE)
from ..headers import header_kind
from ..history import public_story, tells_history
from .. import lists
from ..public_people import in_a_role, of_another_kind
from ..public_roles import tells_candidacy
from ..persons import (CUSTOMER_LIST, HOLDS_ACCOUNT_AFTER, NAME_TO_ROLE, NAMED_AS, NOT_PERSON, ROLE_QUALIFIER,
                       called_customer, called_party, name_after_role, named_officially, names_an_official, names_in,
                       person_name, spoken_name)
from ..letters import letterhead_address
from ..speakers import OWN_UTILITY, READS_THE_ACCOUNT, turn_openings
from ..shapes import (ADDRESS_RE, COLUMN_GAP, EMAIL_RE, consumption_spans, dialable_beside_account, phone_across,
                      phone_spans, spelt_number_spans, spelt_phone_spans, street_addresses)
from .bare_numbers import bare_numbers, listed_accounts
from .blocks import ITEM, cue_in, same_block
from .callbacks import (CALLED_ABOUT, CALLED_LEAVING, LEFT_OWN_NUMBER, OWN_CALL_FROM, RETURN_CALL_WORDS, callback_items,
                        callback_list_item, called_back, people_reached, private_fact, utility_callers)
from .customer_sentences import ALL_CUSTOMERS, called_customers_after, customers_sentences, shares_a_name_word
from .customer_stories import stories_told_of, story_subjects
from .customers import (CUSTOMERS_NUMBER, customers_home, customers_own_message, holders_told, initialled_customers,
                        own_account_told, someone_elses, unnamed_customers_record, writers_own_record)
from .enrollees import (PARTICIPANT, enrollees_reached, homes_labelled, participant_lines, program_participants,
                        ranked_usage)
from .headings import HEADING_ELEMENT, possessives
from .homes import (CLAUSE, HOME_AFTER_NAME, home_and_phone, home_and_phone_with, is_a_home, personal_mailbox,
                    public_ones_left_out, self_introduced, signed_with_home)
from .invitations import firms_contact, invited_to_call, office_line, offices_invitation
from .land_use import land_use_application, land_use_party, permit_holders, utility_matter_near
from .names import CALL_BACK, HOME_LABEL, REACHED, ROLE_ENDS_LINE, ROLE_WORD, posters_name, private_people_named
from .own_use import (CHANGED, CUT_USE, EXPORTED_AFTER_NAME, HISTORY_OF, OWN_USE, TELLS_USE, USED, USE_APPOSED,
                      left_out_of_usage_average, usage_of)
from .places import (OWN_CONTACT_WORDS, STREET_AFTER, TITLED, city_of_an_address, clause_going_on, family_named,
                     names_facility, own_contact_beside, place_after_a_preposition, providers_named,
                     speaker_telling_of_another, street_named, tail_of_a_place, town_named)
from .reach import MAX_LINES, RECORD_MARK, scope
from .sentences import NAME_WORD, ORGANIZATION, SAME_CASE, names_another, sentence_bounds
from .utility_stories import (OWN_UTILITY_BILL, RELIEF_TOLD, SERVED_BY, UTILITY_STORY, followed_up,
                              homes_in_utility_story, mailbox_owners_bracketed, served_ones, speakers_with_home)


# "customer, Ana Ruiz", "customer Ana Ruiz", "customer" / "Ana Ruiz" (a line break between), "customer (Ana Ruiz, ...)"
_ROLE_BESIDE_NAME = re.compile(r"[ ,:]{1,3}(?:the )?[A-Z]|[ \t,:]*\n[ \t]*[A-Z]|[ \t]?\([A-Z]")
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
    for line in [*_resident_lines(analysis), *_attribution_lines(analysis), *participant_lines(analysis),
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
    names = [name for name in private_people_named(analysis, block, True, lenient=True, mailboxes=[
        (segment, start, end) for kind, segment, start, end in fields if kind == "email"])
        if (TITLED.match(name[0].text, name[1]) or len(NAME_WORD.findall(name[0].text[name[1]:name[2]])) >= 2)
        and not in_a_role(name[0].text, name[1], name[2])
        and not any(map(common_word, NAME_WORD.findall(name[0].text[name[1]:name[2]])))]
    # (a given name and a surname, or a title and a surname: not an initial and a word, "Q. Phone? A. Home 714-...";
    # nor a person in a role: a contractor's "owner Lionel Batts, EIN ...")
    if not names or any(not shares_a_name_word(name, names[:1]) for name in names[1:]):
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


_REPORTED_BY = re.compile(r"(?i)\breported\s+by\b")
_HOME_LABEL_WORDS = ("home", "residence", "household")  # "homeowner" holds "home"
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
        role = ROLE_WORD.match(analysis.lower, position)
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
    for m in ALL_CUSTOMERS.finditer(analysis.joined):  # "... Ana Ruiz (12 Elm St) and ... All three are customers"
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
        for m in REACHED.finditer(analysis.joined):  # "Spoke with Ana Ruiz through the interpreter. ...": see people_reached
            yield analysis.locate(m.start())
        for m in OWN_CALL_FROM.finditer(analysis.joined):  # "Per Ana Ruiz's call from 909-...": see people_reached
            yield analysis.locate(m.start())
    if analysis.may_hold(*_CALLING_BACK_WORDS):
        for m in CALL_BACK.finditer(analysis.joined):
            yield analysis.locate(m.start())
            if m.group().endswith(":"):  # a callback list's label: each item below is a record of its own
                yield from callback_items(analysis, *analysis.locate(m.start()))
    if analysis.cues.any("utility matter") and analysis.may_hold("@"):
        for m in _MAILBOX_AND_BRACKET.finditer(analysis.joined):  # "... to yreddy@sbcglobal.net (Yesenia Reddy)"
            if personal_mailbox(m.group("mailbox")):
                yield analysis.locate(m.start())
    if analysis.may_hold("left", "dej"):
        for m in LEFT_OWN_NUMBER.finditer(analysis.joined):  # "Ana Ruiz left a cell number, 909-...": see utility_callers
            yield analysis.locate(m.start())
    if analysis.cues.any("utility matter") and analysis.may_hold("called", "phoned", "rang"):
        for m in _CALLED_ABOUT_NUMBER.finditer(analysis.joined):  # "Ana Ruiz called about ..., 909-...": see utility_callers
            yield analysis.locate(m.start())
        for m in _CALLED_LEAVING_NUMBER.finditer(analysis.joined):  # "Ana Ruiz also called - 909-...": see utility_callers
            yield analysis.locate(m.start())
    whose, number = _CUSTOMERS_NUMBER_WORDS
    if analysis.may_hold(*whose) and analysis.may_hold(*number):
        # "Customer phone (530) ...": see unnamed_customers_record
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
        for m in HOME_LABEL.finditer(analysis.joined):  # "Home charger: Ana Ruiz, 12 Elm St": see homes_labelled
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
    if not ROLE_ENDS_LINE.fullmatch(segment.text, end):
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
    for segment, start, end in holders_told(analysis, pieces):
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
    party = party and any(private_fact(f, utility) for f in fields)
    # a callback owed at a number ("Callback for Tevita Vaifale at 308 ..."): only the name right between them is
    # kept (called_back, utility_callers), so any words that read as a name will do there
    callback = any(f[0] == "phone" for f in fields) and any(
        CALL_BACK.search(p.text) or _RETURN_CALL.search(p.text) or LEFT_OWN_NUMBER.search(p.text)
        or _CALLED_ABOUT_NUMBER.search(p.text) or _CALLED_LEAVING_NUMBER.search(p.text) or p.text.strip() and callback_list_item(analysis, p.segment, p.start + len(p.text) - len(p.text.lstrip()))
        for p in pieces)
    # a program's participant and their home ("Rebate winner Hodan Abdi of 3450 ..."): see program_participants
    participant = any(is_a_home(f) or f[0] in ("email", "phone", "usage") for f in fields) and any(
        PARTICIPANT.search(p.text) for p in pieces)
    # a resident's home marked on a program's map, with their number: see homes_labelled
    home_labelled = participant or home_and_phone_with(fields, pieces, HOME_LABEL.search)
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
    # homes given with names that the next sentence calls customers, all together: see called_customers_after
    listed_homes = any(map(is_a_home, fields)) and any(ALL_CUSTOMERS.search(p.text) for p in pieces)
    # a home whose service the text says is held in someone's name, or by someone ("... holds the PCE account for the
    # duplex at ..."): whoever it names there holds the account
    held = any(map(is_a_home, fields)) and any(pattern.search(" ".join(p.text for p in pieces))
                                           for pattern in (_HELD_IN_NAME, HOLDS_ACCOUNT_AFTER))
    # a shut-off notice's addressee right before their home ("Para: Anastasio Echeverria, 3988 ... Su servicio ...
    # será suspendido"): the household whose service it is, whose name need be on no list (``_notice_addressees``)
    addressed = any(map(is_a_home, fields)) and any(
        _NOTICE_ADDRESSEE.search(p.text) and _SHUT_OFF_NOTICE.search(p.text) for p in pieces)
    names = private_people_named(analysis, pieces, bool(anchored),
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
    ranked = None if names else ranked_usage(analysis, usage)  # a contest's winners whom no list of names holds
    if not names and not ranked:
        if anchored:  # no name, but an account's service address, callback number or usage in its own line
            for kind, segment, start, end in initialled_customers(analysis, pieces, after):
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
                    if not someone_elses(analysis, segment, start, [f[1:] for f in beside]):
                        analysis.add(kind, segment, start, end, "contact details beside a personal identifier")
        else:
            for kind, segment, start, end in customers_home(analysis, fields):
                analysis.add(kind, segment, start, end, "home and mailbox of a customer the clause speaks of")
            for kind, segment, start, end in unnamed_customers_record(analysis, fields):
                analysis.add(kind, segment, start, end, "record of a customer a sentence speaks of, unnamed")
            if page not in analysis.context.public_comment:
                for kind, segment, start, end in writers_own_record(analysis, pieces, fields):
                    analysis.add(kind, segment, start, end, "home and own contact a writer gives in their own "
                                                            "question about their service or a program")
            for kind, segment, start, end in customers_own_message(analysis, fields):
                analysis.add(kind, segment, start, end, "phone of a customer whose home a record of the page holds, "
                                                        "in their own message")
        return []
    if any(FACILITY_CUE.search(s.text, start, end) for s, start, end in names):  # "Nicole R. Park, who lives at"
        fields = _record_fields(analysis, pieces, after, bool(anchored), names)
    homes = [f for f in fields if f[0] == "address"]
    called = [n for n in names if called_customer(n[0].text, *n[1:]) or _called_on_line_before(pieces, *n)
              or called_customers_after(analysis, n) or _posted_by(n) or _household_acting(n)]
    if ranked:
        names, fields = ranked
        why = "a contest's ranked winner named with their own monthly usage"
    elif anchored:  # the account's parties too: its holder's estate's executor, a landlord taking service back
        names, fields = customers_sentences(analysis, names, fields, [*called, *_parties(names), *(f[1:] for f in usage), *(
            (a.segment, a.start, a.end) for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end)),
            *listed_accounts(analysis, pieces)])
        why = "name beside a personal identifier in running text"
    elif usage and (homes or len(fields) > len(usage)) and not _PREMISES_TOLD.search(" ".join(p.text for p in pieces)):
        # "Itzel Luz, 562 693 7172, consumo 538 kWh"; not a shop owner's quote on the shop's bill
        # the parties too: "The tenants are Ana Ruiz (Unit 3) and Jo Lee (Unit 7). Ms. Ruiz ... showed 3,528 kWh"
        names, fields = customers_sentences(analysis, names, fields, [*called, *_parties(names),
                                                                       *(f[1:] for f in usage)])
        why = "name beside a home address and its consumption" if homes else \
            "name beside their consumption and contact details"
    elif page not in analysis.context.public_comment and (addressees := _notice_addressees(names, fields)):
        names, fields = customers_sentences(analysis, names, fields, addressees)
        why = "the customer a shut-off notice in running text is addressed to, with their home"
    elif (page not in analysis.context.public_comment or own_account_told(pieces)) and called and (
            own_fields := [f for f in fields if not to_customers_at_large(f[1].text, f[2])]):
        # not a program's line in a sentence to customers at large: a testimonial's customer has none of their own
        names, fields = customers_sentences(analysis, names, own_fields, called)
        why = "customer named in running text beside their contact details"
    elif page not in analysis.context.public_comment and home_and_phone(names, fields, pieces) and not (
            PUBLIC_PROCESS.search(" ".join(p.text for p in pieces))
            and not cue_in(analysis, "utility matter", pieces)) and not lists.serving_in_a_role(analysis, pieces[0].segment) \
            and not land_use_party(analysis, pieces, names) and not tells_candidacy(
                " ".join(p.text for p in pieces), lists.list_lead(analysis, pieces[0].segment)) \
            and not permit_holders(analysis, names):
        names, fields = customers_sentences(analysis, names, fields, names)  # not "Defendant: the utility, 411 W ..."
        why = "name beside a home address or a personal mailbox and a phone in one clause"
    elif page not in analysis.context.public_comment and (signed := signed_with_home(names, fields)):
        names = signed  # not the people the quote speaks of
        why = "a quote's speaker signed with their home address"
    elif speakers := speakers_with_home(names, fields):
        names, fields = customers_sentences(analysis, names, fields, speakers)
        why = "a resident's home or number given with their own utility bill"
    elif told := homes_in_utility_story(analysis, names, fields):
        names, fields = customers_sentences(analysis, names, fields, told)
        why = "a person's home given with what happened to their utility account"
    elif page not in analysis.context.public_comment and (mailed := mailbox_owners_bracketed(names, fields))[0]:
        names, fields = mailed
        why = "customer named in brackets after their own mailbox, in a note of their utility matter"
    elif followed := followed_up(names, fields):
        names, fields = customers_sentences(analysis, names, fields, followed)
        why = "a person who told of their own utility bill, refund or deposit, whom staff will call back"
    elif page not in analysis.context.public_comment and served and (helped := served_ones(names, fields)):
        names, fields = customers_sentences(analysis, names, fields, helped)  # not the helper, who is staff
        why = "person staff helped in a utility's text, beside their own phone, mailbox or home"
    elif fields and copied:
        why = "name and contact details copied from a customer or billing system"
    elif page not in analysis.context.public_comment and len(fields) > len(usage) and own and not OWN_BUSINESS_RE.search(
            " ".join(p.text for p in pieces)):  # not an owner's words of their firm's bill: "I own Ana's Bakery. My bill"
        why = "name beside their home or contact details and their bill or meter"  # not a testimonial's name alone
    elif (page not in analysis.context.public_comment or own_account_told(pieces)) and party and not permit_holders(
            analysis, names) and (parties := customers_sentences(analysis, _parties(names), fields,
                                            [f[1:] for f in fields if private_fact(f, utility)]))[0]:
        names, fields = parties  # not a bystander named in the same sentence, nor a resident a sentence before names
        why = "party of a utility case beside their own usage, phone, mailbox or service address"
    elif page not in analysis.context.public_comment and (reached := people_reached(analysis, names, pieces, fields)):
        names, fields = customers_sentences(analysis, names, fields, reached)  # not the interpreter named in the same note
        why = "person staff reached about a utility matter beside their own phone, home or usage"
    elif page not in analysis.context.public_comment and (callbacks := called_back(analysis, names, fields)):
        names = callbacks
        why = "person to be called back at their own number"
    elif page not in analysis.context.public_comment and (callers := utility_callers(analysis, names, pieces, fields)):
        names = callers
        why = "person who called about a utility matter, with the number to return the call at"
    elif page not in analysis.context.public_comment and (participants := program_participants(names, fields)):
        names = participants
        why = "a utility program's participant named with their home address"
    elif page not in analysis.context.public_comment and (enrollees := enrollees_reached(analysis, names, fields)):
        names = enrollees
        why = "a utility program's enrollee named with their own mailbox, phone or consumption"
    elif page not in analysis.context.public_comment and (owners := homes_labelled(names, fields)):
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
        names, fields = customers_sentences(analysis, names, fields, users)  # not the other speakers of the block
        why = "name beside their own consumption"
    elif ranked := ranked_usage(analysis, usage):
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
        for start, end in bare_numbers(analysis, piece):  # a field its page names a phone's: "customer:phone"
            if accounts and kind == "number" and (e164 := dialable_beside_account(piece.segment.text[start:end])):
                if not analysis.contacts.phone_is_public(e164):  # the department's own line is nobody's record
                    analysis.add("phone", piece.segment, start, end, why)
                continue
            analysis.add(kind, piece.segment, start, end, why)
    analysis.anchor_pages.add(page)
    return names


_LIVES_AT_AHEAD = re.compile(r"(?i)\b(?:lives|living|resides|residing)\s+at\s+\d")
_CUSTOMERS_NUMBER_AHEAD = re.compile(CUSTOMERS_NUMBER + r"(?=[(+\d])")
# its two words: whose number ("account holder" holds "holder", the record "file" or "registrado") and what number
# ("tel" of "telephone" and "teléfono")
_CUSTOMERS_NUMBER_WORDS = (("customer", "caller", "ratepayer", "holder", "file", "record", "registrado", "archivo",
                            "expediente"), ("phone", "cell", "mobile", "tel"))
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


def _parties(names: list[tuple]) -> list[tuple]:
    """The names called a party of a utility case ("Tenant Ana Ruiz", "the landlord, Ana Ruiz", "Appellant Ana
    Ruiz"). Beside a fact that is no public record (``private_fact``) they are the customer's side of the case; a
    zoning appellant's name beside the project's address is a public record."""
    return [(segment, start, end) for segment, start, end in names if called_party(segment.text, start, end)]


# a word each of REACHING's phrases holds ("call" of "called" and "call from", "mailed" of "e-mailed", "met" of "met
# with" and "met to"): a text with none of them holds no such phrase (see Analysis.may_hold)
_REACHING_WORDS = ("call", "phoned", "texted", "mailed", "contacted", "interviewed", "visited", "met", "spoke", "spk",
                   "talked", "left", "lvm", "lm", "claim", "staff", "wrote", "rang")
_SERVICE_ADDRESS_LABEL = re.compile(r"(?i)\b(?:svc|service)[ \t]+addr(?:ess)?\b")
_CALLING_BACK_WORDS = ("back", "return", "follow", "household", "life", "medical",  # one is in each callback's words
                       "llamada", "de vuelta", "de regreso", "tawagan", "g\u1ecdi l\u1ea1i")
_LEFT_OUT_OF_AVERAGE = re.compile(r"(?i)\b(?:avg|average|mean|median)\b[^.;:!?\n\x00]{0,40}?"
                                  r"\b(?:exclud|excl\.|except|omit|leaves\s+out|(?:does\s+)?not\s+includ)")
# _LEFT_OUT_OF_AVERAGE's two words: the average and what it leaves out ("exclud" of "excludes", "includ" of "not
# included")
_LEFT_OUT_WORDS = ("avg", "average", "mean", "median"), ("exclud", "excl.", "except", "omit", "leaves", "includ")
_RETURN_CALL = re.compile(RETURN_CALL_WORDS)
_CALLED_ABOUT_NUMBER = re.compile(CALLED_ABOUT.pattern
                                  + r"(?=(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b|[\w.+-]+@[\w-]+\.)")
_CALLED_LEAVING_NUMBER = re.compile(CALLED_LEAVING.pattern
                                    + r"(?=(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b)")
# an account or a home's service held in a person's name ("The service at 12 Elm St remains in the name of Ana Ruiz",
# "the SCE account for ... is still in the name of her landlord, ..."): see persons.called_customer; not a lease's
# (the home between may hold an abbreviation's or a direction's dot: "The account at 4007 W. Foothill Blvd Apt 210", "at
# 648 Mesa Verde Dr. remained in the name of the late ...", "the account at 2250 N. Towne Ave is in the name of ...")
_HELD_IN_NAME = re.compile(r"(?i)\b(?:account|acct|service|bill|meter)\b(?:[^.!?]|(?<=\b[A-Za-z])\.|"
                           r"\b(?:st|ave|blvd|rd|dr|ln|ct|pl|pkwy|hwy|no|apt|ste)\.|"
                           r"\.(?=[ \t]+(?-i:[a-z\d#])|,)){0,80}?\b(?:is|was|remains|remained|"
                           r"stays|stayed)[ \t\n\x00]+(?:still[ \t\n\x00]+)?in[ \t\n\x00]+the[ \t\n\x00]+name"
                           r"[ \t\n\x00]+of\b")


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


# a mailbox and a name in brackets right after it, on a page of utility matters: the mailbox's owner, a customer to
# send something to, when the mailbox spells the name (``name_spelt_in_email``)
_MAILBOX_AND_BRACKET = re.compile(r"(?P<mailbox>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*\((?-i:[A-Z])[^()\n]{2,59}\)")


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
    """Whether the name opens a copied comment as its poster (``posters_name``): the comment's own service is theirs."""
    segment, start, end = name
    poster = posters_name(segment.text, start)
    return poster is not None and poster.span("name") == (start, end)
