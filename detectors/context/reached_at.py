"""The person a case note or a memo says can be reached at their own phone or mailbox, about their own service.

A customer-service note or a supervisor's memo tells a customer's case in a sentence and gives where staff are to
reach them: "Ana Ruiz of 12 Elm St asked for a medical hold; reach at 909-555-0101.", "03/14 Met Ana Ruiz at the
counter; can be reached at (909) 555-0101 any weekday.", "Spoke with Ana Ruiz about the arrearage; best # is
909-555-0101.", "Ana Ruiz can be reached at aruiz@gmail.com regarding the refund." No word calls her a customer and no
identifier stands beside her: the sentence's matter (a bill, a hold, a payment plan, a refund: ``cues.SERVICE_MATTER``)
and the words that give the number as hers to be reached at make her a customer, her name, her home and her phone or
mailbox in the sentence the record.

Not read: a sentence inviting readers to call ("For questions, Ana Ruiz can be reached at ...", "Questions? ...",
"Media contact": ``cues.invited_contact``), an official's or a titled staff member's name, the City's or an office's
number or mailbox (``Analysis.reach_is_public``), a public comment or a speaker's sentence ("spoke in favor",
"representing ...").
"""
from __future__ import annotations

import re

from .analysis import Analysis, Line, page_of
from .cues import ABBREVIATED_TITLES, PUBLIC_PROCESS, SENTENCE_END, SERVICE_MATTER, invited_contact
from .public_people import of_another_kind
from .shapes import EMAIL_RE, phone_spans

# the words right before a person's own number or mailbox in a note: "reach at", "can be reached at", "best # is",
# "best number is", "call back at", "cb"
_REACHED_AT = re.compile(r"(?i)\b(?:(?:can|may|could)\s+be\s+reached\s+(?:at|on|by)|reach(?:able)?\s+(?:him\s+|her\s+|"
                         r"them\s+)?(?:at|on)|best\s+(?:#|no\.?|number|phone|contact|callback)(?:\s+to\s+(?:reach|call)"
                         r"(?:\s+(?:him|her|them))?)?\s*(?:is|:|-)?|(?:his|her|their)\s+(?:cell|mobile|phone|number)\s+"
                         r"(?:is|:)|texts?\s+(?:only\s+)?(?:at|to)|call\s?back\s+(?:at|on|#|number)?|cb\s*#?|cbr|"
                         # a possessive's own number or mailbox, the name before it: "Ms. Ruiz's phone number is", "her
                         # e-mail is" (not a desk's or an office's line: "Ms. Ruiz's desk phone is")
                         r"(?:(?<=[^\W\d_])['\u2019]s|\b(?:his|her|their))\s+"
                         r"(?:(?:home|cell|mobile|personal|daytime)\s+)?(?:(?:tele)?phone(?:\s+(?:number|no\.?|#))?|e-?mail(?:\s+address)?)\s+(?:is|:))"
                         r"\s*:?\s*$")
_REACH_WORD = re.compile(r"(?i)reach|\b(?:best|call\s?back|cb|cbr|cell|mobile|phone|number|texts?|e-?mail)\b")
# a title over customers' cases: "CSR case notes", "Customer care call log", "Contact log", "Customer inquiry -
# disputed charges"
_NOTES_TITLE = re.compile(r"(?i)\b(?:case\s+notes|call\s+log|contact\s+log|csr|customer\s+(?:care|service)\s+"
                          r"(?:notes|log)|customer\s+(?:inquir(?:y|ies)|complaints?|disputes?|escalations?)|"
                          r"disputed\s+charges)\b")
# an invitation or a publicity line before the name: "For questions,", "Questions?", "Media contact:", "Staff contact"
_INVITING = re.compile(r"(?i)\b(?:questions?|inquiries|information|info|details|media|press|staff|program\s+contact|"
                       r"contact\s+person|coordinator|manager|specialist|representative|supervisor|liaison)\b")
# a speaker for a firm or a group, whose number is theirs: "Ana Ruiz, representing Sol Partners, ..."
_FOR_OTHERS = re.compile(r"(?i)\b(?:representing|on\s+behalf\s+of|with\s+the|president\s+of|owner\s+of)\b")
# a firm or a place after the name, whose person the note speaks of: "Karen Liu of Sunbright Solar" (a home is given
# by its number: "Ana Ruiz of 12 Elm St")
_OF_A_FIRM = re.compile(r",?[ \t]+of[ \t]+[A-Z]")
_INVITATION_REACH = 30  # how far before the sentence its invitation may stand: "Questions? Ana Ruiz can be ..."
_TITLE_LINES, _TITLE_CHARS = 2, 80  # the lines that title a page of notes
# a memo's or a letter's subject line, among the first lines of its page, under its letterhead and its To and From
_SUBJECT_LINE = re.compile(r"(?i)[ \t]*(?:subject|subj|re|asunto|tema)[ \t]*:")
_HEAD_LINES = 10
# a title's abbreviation, whose full stop ends no sentence: "Ms. Ruiz's phone number is ..."
_TITLE_ABBREVIATION = re.compile(rf"\b(?:{ABBREVIATED_TITLES})\.$")
_WHY = "person a case note says can be reached at their own phone or mailbox about their service"


def find(analysis: Analysis) -> None:
    titled = None  # the pages titled by a matter, read once a line has a word of reaching
    for line in analysis.free_lines:
        text = line.segment.text
        if not _REACH_WORD.search(text, line.start, line.end):
            continue
        if titled is None:
            titled = _pages_titled_by_a_matter(analysis)
        for contact in _contacts(text, line.start, line.end):
            _read_note(analysis, line, titled, *contact)


def _contacts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the phones and mailboxes in a line."""
    return sorted([*phone_spans(text, start, end), *(m.span() for m in EMAIL_RE.finditer(text, start, end))])


def _read_note(analysis: Analysis, line: Line, titled: set, start: int, end: int) -> None:
    text = line.segment.text
    cue = _REACHED_AT.search(text, max(line.start, start - 40), start)
    if cue is None or analysis.reach_is_public(text[start:end]):
        return
    stops = [line.start, *(m.end() for m in SENTENCE_END.finditer(text, line.start, cue.start())
                           if not _TITLE_ABBREVIATION.search(text, max(line.start, m.start() - 5), m.start() + 1))]
    if len(stops) > 1 and not text[stops[-1]:cue.start()].strip():
        stops.pop()  # "... called about a past-due notice. Reach at ...": the note's sentence before is its person's
    opened = stops[-1]
    closed = SENTENCE_END.search(text, end, line.end)
    sentence_end = closed.start() if closed else line.end
    if not (SERVICE_MATTER.search(text, opened, sentence_end) or page_of(line.segment) in titled) or \
            _INVITING.search(text, max(line.start, opened - _INVITATION_REACH), cue.start()) or \
            page_of(line.segment) in analysis.context.public_comment or \
            PUBLIC_PROCESS.search(text, opened, sentence_end) or _FOR_OTHERS.search(text, opened, cue.start()):
        return
    names = analysis.private_names_in(text[opened:cue.start()])
    if not names or invited_contact(text, opened + names[0][0]) or of_another_kind(text[line.start:sentence_end]):
        return  # a template's or a worked example's sentence tells no one's case
    a, b = names[0]
    if text[opened + b - 2:opened + b] in ("'s", "\u2019s"):
        b -= 2  # "Ms. Ruiz's phone number is ...; her e-mail is ...": the name without its possessive
    if _OF_A_FIRM.match(text, opened + b):
        return  # "Karen Liu of Sunbright Solar never got a call back, her cell is ...": the firm's contact
    piece = Line(line.segment, opened, sentence_end)
    analysis.add("name", line.segment, opened + a, opened + b, _WHY)
    for kind, segment, s, e in analysis.contact_fields([piece]):
        analysis.add(kind, segment, s, e, _WHY)
    kind = "email" if EMAIL_RE.fullmatch(text, start, end) else "phone"
    analysis.add(kind, line.segment, start, end, _WHY)


def _pages_titled_by_a_matter(analysis: Analysis) -> set:
    """The pages whose title (their first lines, or a memo's subject line under its To and From) names a customer's
    matter or their cases' notes: "Case notes - shut-off holds", "CSR case notes" over "Met Ana Ruiz at the counter;
    can be reached at ...", "SUBJECT: Billing complaints" over a footnote's "Complaint filed by Ana Ruiz, ..., who may
    be reached at ..."."""
    titles: dict = {}
    heads: dict = {}  # the lines read of each page's head, for a subject line
    for line in analysis.free_lines:
        title = titles.setdefault(page_of(line.segment), [])
        head = heads[page_of(line.segment)] = heads.get(page_of(line.segment), 0) + 1
        if len(title) < _TITLE_LINES or head <= _HEAD_LINES and _SUBJECT_LINE.match(line.text):
            title.append(line.text)
    return {page for page, title in titles.items()
            if any(len(t) <= _TITLE_CHARS and (SERVICE_MATTER.search(t) or _NOTES_TITLE.search(t)) for t in title)}
