"""Chats, call transcripts and introductions: the turns of a chat visitor who gives an identifier in one
of them ("Visitor: 3988 e. alvarado st"), the account the agent reads back and the address the visitor
confirms, a transcript's customer turns, a transcript exported as rows, and a writer's "my name is ... and I
live at ..." above their account. The agents a transcript declares are staff, never a customer.
"""
from __future__ import annotations

import re
from itertools import accumulate
from typing import Iterator, NamedTuple

from ...labels import is_date
from ...model import Segment
from ...public_contacts import to_e164
from ...translations import phrases_for
from ..analysis import Analysis, Line, facilitys_use, page_of
from ..cues import ACCOUNT_WORDS, BILL_WORDS, METER_WORDS, EMAIL_HEADER_LINE
from ..persons import called_customer, name_after_role, named_officially, names_in, person_name, spoken_name
from ..speakers import OWN_UTILITY, READS_THE_ACCOUNT, turn_openings
from ..shapes import consumption_spans, phone_spans, spelt_number_spans, spelt_phone_spans, street_addresses
from .reach import MAX_LINES


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


def chats(analysis: Analysis) -> None:
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


def customer_turns(analysis: Analysis) -> None:
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


def introductions(analysis: Analysis) -> None:
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


def introduced_senders(analysis: Analysis) -> None:
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
