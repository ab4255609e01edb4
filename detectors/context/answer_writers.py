"""A resident's free-text answer in an export, introduced or signed with their own name.

A survey export (an "Other (please specify)" or "Q7" column), a feedback form's submissions dumped into an open-data
file or served by an API, a 311 export's description: one cell or one field holds one person's words. Residents
type their own details into the box ("my name is ana ruiz, acct 3-044-..., call me at ..."), in lower case as often
as not, and give their name as they would at the end of a note ("sincerely Ana Ruiz", "thanks, ana ruiz", "Ana Ruiz
here", "name: ..."). Where the answer ties its writer to their own utility service (an account number or other
identifier in it, a consumption figure, or a bill, a meter or a program of theirs), the name they give and their
home, phone and mailbox in the answer are the customer's record.

Not the writer: a name the answer speaks of ("I spoke to Ana Ruiz at the counter", "Councilmember ... promised"),
which no introduction or closing gives as the writer's own; an official's or an office's name. Not tied: an answer
that names its writer and a neighbourhood, or a name and a phone about a pothole.
"""
from __future__ import annotations

import re

from ..labels import GIVES_OWN_NUMBER
from ..vocabulary import fold, given_names, surnames
from .analysis import Analysis, page_of
from .cues import PUBLIC_PROCESS
from .letters import FOR_AN_OFFICE
from .persons import named_officially, person_name, spoken_name
from .shapes import consumption_spans

# how a writer gives their own name in an answer, before it: an introduction ("my name is", "this is", "I'm",
# "name:") or a note's closing ("sincerely", "thanks,", "regards"); at the answer's start or after a clause's end
_GIVEN_BEFORE = re.compile(r"(?i)(?:^|(?<=[\s,.;:!?(/\-\u2013\u2014]))(?:my\s+name\s+is|my\s+name['\u2019]s|name\s*:|"
                           r"this\s+is|i['\u2019]m|i\s+am|sincerely(?:\s+yours)?|regards|thanks|thank\s+you|"
                           r"respectfully|best)\s*[,:\-\u2013\u2014]?\s+")
# the words that say a name follows, whatever it is: "my name is", "name:", a letter's closing
_NAMING = re.compile(r"(?i)my\s+name|name\s*:|sincerely|regards|respectfully")
# a name the writer gives before "here" at a clause's start ("ana ruiz here", "- Ana Ruiz here")
_CLAUSE_START = re.compile(r"(?:^|(?<=[.,;:!?(/\n\-\u2013\u2014]))\s*")
_HERE = re.compile(r"(?i)\s+here\b")
# a note signed with a dash before the name, the name ending its clause ("... my bill doubled - ana ruiz, 909 ...")
_SIGN_OFF_DASH = re.compile(r"(?:^|(?<=\s))[-\u2013\u2014~]+[ \t]*")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[,.;:!?/\n()\-\u2013\u2014])")
# the writer giving their own mailbox or home, or a phone's label, besides ``GIVES_OWN_NUMBER``'s words ("my email
# is", "reply to", "cel:", "I live at", "our home")
_OWN_REACH = re.compile(r"(?i)\b(?:my\s+(?:[\w-]+\s+)?e-?mail|e-?mail\s+me|reply\s+to)\b|\b(?:cel|cell|ph|tel)\s*[#:.]|"
                        r"\b(?:i\s+live\s+at|we['\u2019]?re\s+at|(?:my|our)\s+(?:home|house))\b")
# the writer's own utility service in their words: their bill, account, meter or usage, a program of theirs, a
# notice they got ("my bill doubled", "we are on CARE", "i was double billed", "got a disconnect notice")
_OWN_SERVICE = re.compile(r"(?i)\b(?:(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:account|acct|bills?|billing|meter|usage|"
                          r"service|credits?|rebate|discount|true[\s-]?up|statement)"
                          r"|(?:i|we)\s+(?:was|were|am|are|got|have\s+been|['\u2019]m|['\u2019]re)\s+(?:\w+\s+){0,2}?"
                          r"(?:billed|charged|enrolled|disconnected|shut\s+off|on\s+(?:care|fera|medical\s+baseline))"
                          r"|(?:i|we)\s+opted\s+out"
                          r"|(?:(?:am|are)\s+(?:i|we)|(?:i|we)\s*(?:am|are|['\u2019]m|['\u2019]re))\s+(?:still\s+)?"
                          r"(?:paying|being\s+(?:charged|billed))\s+(?:[\w&-]+\s+){0,4}?(?:charges?|bills?|rates?|surcharges?)"
                          r"|(?:got|received)\s+an?\s+(?:disconnect(?:ion)?|shut[\s-]?off)\s+notice)\b")

# the writer taking a side on an item before a public body: "I oppose", "we strongly support", "vote no on"
_TAKES_A_SIDE = re.compile(r"(?i)\b(?:(?:i|we)\s+(?:(?:strongly|fully)\s+)?(?:oppose|support|urge)|"
                           r"vote\s+(?:yes|no|for|against))\b")


def find(analysis: Analysis) -> None:
    """The writer's name and contacts in each free-text field of a record that ties its writer to their own utility
    service and gives their name, or asks to be reached at their own number, mailbox or home. Tied by their own words
    alone (no number), the answer must give the writer's own contact details too: "my name is ..., I oppose the
    increase on our bills" is an opinion a public comment signs. Only a record's field: running text elsewhere (a
    caption file, a page of comments) may hold many speakers' turns, which ``speakers`` and ``letters`` part."""
    for segment in analysis.free + [s for s in analysis.segments if _answered_in_field(analysis, s)]:
        if not analysis.facts.in_record(segment):
            continue
        strong = _identified(analysis, segment)
        if not strong and not _tells_own_service(analysis, segment):
            continue
        text = segment.text
        names = _writers_names(text)
        if not names and not (GIVES_OWN_NUMBER.search(text) or _OWN_REACH.search(text)):
            continue
        contacts = analysis.contact_fields(analysis.lines([segment]))
        if not strong and not contacts:
            continue
        why = "a resident's own name and details in their answer about their utility service"
        for start, end in names:
            if not analysis.contacts.name_is_public(person_name(text[start:end], strict=False) or text[start:end]):
                analysis.add("name", segment, start, end, why)
        for kind, found, start, end in contacts:
            analysis.add(kind, found, start, end, why)


# a survey's column of free answers: a question put to the respondent ("May we contact you? If yes, leave your name
# and how to reach you", "Anything else?") or a box for their own words ("Other (please specify)", "Comments")
_ANSWER_COLUMN = re.compile(r"(?i)\?|\bplease\s+specify\b|\bcomments?\b|\bfeedback\b|\bresponses?\b|\btell\s+us\b")
_ANSWER_WORDS = 6  # words of an answer written as a note, not a bare value ("Ana Ruiz", "909-555-0148")


def _answered_in_field(analysis: Analysis, segment) -> bool:
    """Whether a record's field is a respondent's answer that ``analysis.free`` leaves out: a note under a question
    or a free-text box's column, whatever share of it is names, places and numbers ("we're at 10766 Mesquite Hollow
    Way, Apt 6 cel: ... sincerely ...")."""
    return (segment.label is not None and bool(_ANSWER_COLUMN.search(segment.label))
            and len(segment.text.split()) >= _ANSWER_WORDS and id(segment) not in analysis.free_index)


def _writers_names(text: str) -> list[tuple[int, int]]:
    """The spans where the answer gives its writer's own name: introduced, closed with, signed with a dash at a
    clause's end or followed by "here"; not a name introduced for an office ("this is Ana Ruiz from Customer Care").
    In lower case, after words that introduce other things as readily ("i'm sitll enrolled", "thanks, gud job"), a
    word of the name must be a listed given name or surname."""
    found = [(name, _NAMING.match(given.group())) for given in _GIVEN_BEFORE.finditer(text)
             if (name := _name_at(text, given.end()))]
    found += [(name, False) for dash in _SIGN_OFF_DASH.finditer(text)
              if (name := _name_at(text, dash.end())) and _CLAUSE_END.match(text, name[1])]
    if _HERE.search(text):
        found += [(name, False) for clause in _CLAUSE_START.finditer(text)
                  if (name := _name_at(text, clause.end())) and _HERE.match(text, name[1])]
    return sorted({name for name, naming in found if not named_officially(text, *name)
                   and not FOR_AN_OFFICE.match(text, name[1])
                   and (naming or not text[name[0]:name[1]].islower() or _listed(text[name[0]:name[1]]))})


def _listed(name: str) -> bool:
    return any(fold(word) in given_names() or fold(word) in surnames() for word in name.split())


def _name_at(text: str, at: int) -> tuple[int, int] | None:
    """The name that starts at ``at``, capitalised or in lower case (``spoken_name`` reads it after a blank)."""
    name = spoken_name(f"{text[:at]} {text[at:]}", at)
    return (name[0] - 1, name[1] - 1) if name else None


def _identified(analysis: Analysis, segment) -> bool:
    """An identifier (an account number, an SSN) or a consumption figure in the answer."""
    return bool(analysis.anchors_in(segment) or consumption_spans(segment.text))


def _tells_own_service(analysis: Analysis, segment) -> bool:
    """Whether the writer tells of their own bill, account or program, or of a utility matter; not in a comment to a
    public body, nor where they take a side in a public process ("I oppose", "vote no"), a public record."""
    if page_of(segment) in analysis.context.public_comment or _TAKES_A_SIDE.search(segment.text) or \
            PUBLIC_PROCESS.search(segment.text):
        return False
    offset = analysis.offset(segment)
    return bool(_OWN_SERVICE.search(segment.text)
                or analysis.cues.any("utility matter", offset, offset + len(segment.text)))
