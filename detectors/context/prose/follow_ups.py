"""The lines after a record that go on with its case by the customer's surname or "the account" ("2.
... the account recorded 612 kWh", "Staff spoke with Ms. Flores by telephone at 562-..."), a record of
another kind's case told on below it, and the case's log entries; not the next row of a table, nor an
official who shares the customer's surname.
"""
from __future__ import annotations

import re

from ...labels import CALL_BACK_WORDS, is_date
from ...model import Segment
from ..analysis import Analysis, Line, page_of
from ..cues import CLOSING_RE, PERSONAL_TITLES
from ..history import public_story
from ..persons import name_after_role, named_officially, person_name
from ..shapes import COLUMN_GAP
from .blocks import ITEM, same_block
from .headings import HEADING_ELEMENT
from .places import STREET_AFTER, TITLED
from .sentences import NAME_WORD, SAME_CASE, names_another, sentence_bounds


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


def follow_ups(analysis: Analysis, last: Line, names: list[tuple]) -> None:
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
        case_goes_on(analysis, i + 1, page_of(last.segment), names, log, joined_above=True)
        _named_again_below(analysis, i, page_of(last.segment), names)


_NAMED_AGAIN_LINES = 120  # how far below a record, on its page or the next, its customer may be named again


def _named_again_below(analysis: Analysis, i: int, page, names: list[tuple]) -> None:
    """The first line below a record, on its page or the next, that names its customer by title and surname ("Mr.
    Hoàng states that the home was vacant ...", "Staff met with Mr. Hoàng ... at (909) ..."): a staff report's
    discussion of the case its summary's record opens, though other items stand between them. The case goes on from
    the line above it ("The bill reflected 3,398 kWh, compared with ..." / "period. Mr. Hoàng states ...")."""
    spellings = surname_spellings(names)
    if not spellings:
        return
    titled = re.compile(rf"\b(?:{PERSONAL_TITLES})\.?[ \t]+(?:{'|'.join(map(re.escape, spellings))})\b")
    lines = analysis.free_lines
    pages = (page, page + 1) if isinstance(page, int) else (page,)
    for j in range(i + 1, min(len(lines), i + _NAMED_AGAIN_LINES)):
        where = page_of(lines[j].segment)
        if where not in pages:
            return
        if titled.search(lines[j].text):
            first = j - 1 if j - 1 > i and page_of(lines[j - 1].segment) == where else j
            case_goes_on(analysis, first, where, names, log=None, joined_above=False)
            return


_RECORD_REACH = 3  # how many segments after a record's identifier the text about its case may start


def after_records(analysis: Analysis) -> None:
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
                    case_goes_on(analysis, first, page_of(segment), [], log=None, joined_above=False,
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


def case_goes_on(analysis: Analysis, first: int, page, names: list[tuple], log: re.Pattern | None,
                  joined_above: bool, below_table: bool = False) -> None:
    """Records the details told in the lines from ``first`` on that go on with a customer's case (see
    ``follow_ups``); ``log``: how the entries of the case's log open, when its record is one (a date) or opens one
    (a list under "Ana Ruiz, acct ...:"); ``joined_above``: the line before ``first`` is the record's own, and may
    hold the first word of a back-reference; ``below_table``: ``first`` is the paragraph right under the record's
    table, whose sentence opening on bare usage ("Usage returned to 855 kWh in February ...") goes on with the
    record's figures."""
    spellings = surname_spellings(names)
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


def surname_spellings(names: list[tuple]) -> list[str]:
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
