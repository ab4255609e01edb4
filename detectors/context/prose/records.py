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

This module reads a page's text: where a record may be (``seeds``), the block around it (``reach``), whether
it is one (``judge``), and the lines that go on with its case (``follow_ups``); the chats and transcripts
(``transcripts``) and the lines that are one on their own: a resident's home beside their phone or mailbox,
a quote's attribution before a home, a program's participant, someone staff served.

Not records: officials, staff and firms' contacts (a title or role beside the name: "Mayor", "Prepared by",
", Senior Planner"), the City's own contacts and public places in the same text, and on a page addressed to
a public body anything that no identifier or usage figure ties (a public comment is a public record).
"""
from __future__ import annotations

import re

from ...vocabulary import common_word
from ..analysis import Analysis, Line, page_of
from ..cues import CLOSING_RE
from ..public_people import in_a_role
from ..shapes import ADDRESS_RE, EMAIL_RE, phone_across, phone_spans
from .customer_sentences import shares_a_name_word
from .customer_stories import stories_told_of
from .enrollees import participant_lines
from .follow_ups import after_records, follow_ups
from .headings import HEADING_ELEMENT
from .homes import CLAUSE, personal_mailbox
from .judge import judge
from .names import private_people_named
from .places import TITLED, names_facility
from .reach import RECORD_MARK, scope
from .seeds import record_seeds
from .sentences import NAME_WORD, ORGANIZATION, SAME_CASE
from .transcripts import chats, customer_turns, introduced_senders, introductions, transcript_agents
from .utility_stories import SERVED_BY


def find(analysis: Analysis) -> None:
    chats(analysis)
    customer_turns(analysis)
    introductions(analysis)
    introduced_senders(analysis)
    done: set[tuple[int, int, int]] = set()
    scopes: dict = {}  # a line's scope, worked out once however many seeds it holds (a rate table's kWh figures)
    for segment, position in record_seeds(analysis):
        if analysis.out_of_time():
            break  # the records read so far are kept (``Analysis.out_of_time``)
        i = analysis.line_at(segment, position)
        if i is None:
            continue
        pieces, after = scope(analysis, i, position, scopes)
        key = (id(pieces[0].segment), pieces[0].start, id(pieces[-1].segment))
        if key not in done:
            done.add(key)
            names = judge(analysis, pieces, after)
            if names or any(analysis.anchors_in(p.segment, p.start, p.end) for p in pieces):
                _senders(analysis, pieces)
            if names:
                follow_ups(analysis, pieces[-1], names)
                _contacts_kept_below(analysis, pieces[-1])
            elif case := _case_of_a_person(analysis, pieces):  # from its identifier's line: the block's later
                follow_ups(analysis, case, names)  # lines are read as the case's too
                _case_told_above(analysis, pieces[0])
    after_records(analysis)
    stories_told_of(analysis)
    _drop_agents(analysis)
    for line in [*_resident_lines(analysis), *_attribution_lines(analysis), *participant_lines(analysis),
                 *_served_lines(analysis)]:  # a clause is in one line: its line
        if (id(line.segment), line.start, id(line.segment)) not in done:  # alone is read, not a block
            done.add((id(line.segment), line.start, id(line.segment)))
            judge(analysis, [line], _phone_cut_below(analysis, line))


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
    helped by Lyle Pennington in Tagalog"): a customer's case may be there (``judge``: ``served``)."""
    if not analysis.may_hold("helped", "assisted", "served", "attended", "atendid", "ayudad", "asistid", "tinulungan"):
        return
    for line in analysis.free_lines:
        if SERVED_BY.search(line.text) and (phone_spans(line.text) or EMAIL_RE.search(line.text)):
            yield line


_ATTRIBUTION = re.compile(r"(?:—|–|―|--|~|[”\"][.,!?]?[ \t]*-)[ \t]*[A-Z]|[”\"][.,!?]?[ \t]*"
                          r"(?:said|says|added|wrote|explained)[ \t]+[A-Z]")


def _attribution_lines(analysis: Analysis):
    """The lines where a quote's attribution stands before a street address: a resident may sign with their home."""
    for line in analysis.free_lines:
        attribution = _ATTRIBUTION.search(line.segment.text, line.start, line.end)
        if attribution and ADDRESS_RE.search(line.segment.text, attribution.end(), line.end):
            yield line


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
