"""Public speakers in a meeting's transcript or captions who give their own utility account.

A resident at the podium opens their turn with their name ("thank you mayor my name is ana ruiz ...", "hi good
evening this is ana ruiz", "I'm Ana Ruiz", "my name's ...") and, when the item is the City's utility, may go on
with their account number, their bill or their usage, their home, phone and mailbox. A public comment is a
public record, so a page of speaker cards holds no customer data that nothing ties; but a speaker who tells of
their own account, bill or usage with an account number or a consumption figure is a customer whatever the
meeting's wording around them: the name they open with and the details of their turn are the customer's record.

Captions and machine transcripts are all lower case (or all capitals): there the words after "my name is" are a
name when the Census lists hold them or they are no frequent word of the language (``persons.spoken_name``): few
residents' names are listed ("marika kärkkäinen"), and "i'm an edison customer", "i'm here to" name no one. A
speaker calls themself a customer as readily as they speak of "my account" ("i'm an edison customer", "we're on the
power plus plan", "it's account ..."). Auto-captions that mark no speaker hold the meeting in one running text: a
resident's turn opens at their greeting and introduction and ends at the next resident's.

Not customers: the council and staff (a turn labelled "Mayor", "City Clerk", "Staff", or an introduction that
names an office), a speaker who gives only their name and city, and a business owner speaking of their business.

A billing hearing's transcript labels the party's turns by the term of their case ("APPELLANT:", "CLAIMANT:",
"CUSTOMER:") or by their title and surname ("MS. BERNAL:" once the party gave that name), and the witness's answers
of a questioning by "A:" ("Q: And the service address? A: It's ..."): the answers are the party's where the party
spoke last before the questions. Once the party's turns tie them to the account (its number, their usage, "my
bill", "the account is in both our names"), the party's turns are the customer's record: the name they state
("APPELLANT: Sara Bernal."), the relatives they name on the account ("my son ... lives with me"), their home,
phone and usage. The hearing officer's, the questioner's and staff's turns stay public.
"""
from __future__ import annotations

import re

from ..labels import GIVES_OWN_NUMBER
from .analysis import Analysis, Line, page_of
from .cues import CLOSING_RE, OWN_BUSINESS_RE
from .headers import MESSAGE_COLUMN
from .persons import name_after_role, named_officially, names_in, person_name, spoken_name
from .shapes import HOME_ANSWER_RE, OWN_NUMBER_BEFORE, consumption_spans

# what may stand before a turn's speech on its line: a transcript's heading line of a speaker and a time ("Speaker 3
# 0:05:41", the speech on the lines below), timestamps ("[00:03:22]", "0:05:41"), a caption's speaker change (">>",
# "- "), a speaker's label in brackets or before a colon ("[Speaker 3]", ">> SPEAKER:", "Speaker 5:")
_HEADING_LINE = r"[A-Z][\w .'-]{0,30}?\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
_LEAD = re.compile(rf"(?:\s*(?:{_HEADING_LINE}|\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d{{1,3}})?\]?|>>|-"
                   r"|\[[^\]\n]{1,30}\]|[A-Z][\w .'-]{0,30}:(?=\s)))*\s*")
# a line that opens a speaker's turn: a label in brackets or before a colon, a caption's ">>", a heading line
_NEXT_TURN = re.compile(rf"\s*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?\s*)?(?:\[[A-Za-z][^\]\n]{{0,30}}\]|>>"
                        rf"|[A-Z][\w .'-]{{0,30}}:\s|{_HEADING_LINE})")
# a caption's timestamp within a line of speech ("hi good evening 00:07:48 my name is ..."), and those a line opens with
_TIMESTAMP = re.compile(r"\s*\[?\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\b\]?\s*")
_TIMESTAMPS = re.compile(rf"(?:{_TIMESTAMP.pattern})*")
# the greeting a speaker opens with before their name: "thank you mayor", "hi good evening", "good evening mayor and
# council", "hello everyone"
_GREETING = re.compile(r"(?i)(?:(?:hi|hello|hey|yes|okay|ok|good|morning|afternoon|evening|thank|thanks|you|mayor|"
                       r"vice|chair|chairman|chairwoman|chairperson|madam|mister|council|councilmembers|"
                       r"commissioners|members|board|of|the|and|everyone|everybody|all|folks|again|um|uh|so)"
                       r"[\s,.!]+)*")
# how the speaker gives their name: "my name is", "my name's", "name is", "this is", "I'm", "I am"
_INTRODUCTION = re.compile(r"(?i)(?:my\s+name\s+is|my\s+name['\u2019]s|name\s+is|this\s+is|i['\u2019]m|i\s+am)\b")
# a label that is an office's: the council's and staff's turns
_OFFICE_LABEL = re.compile(r"(?i)\b(?:mayor|council\s*member|councilmember|councilwoman|councilman|clerk|staff|"
                           r"chair\w*|commissioner|director|manager|attorney|moderator|host|presenter)\b")
# the speaker's own utility account, bill or usage: "my account number", "my edison account", "my bill said", "we used"
# "i'm an edison customer", "we're on the pce power plus plan", "it's account ..."; their own enrolment in the program:
# "i got a letter saying i was enrolled in ... and i want to opt out", "please opt me out"
OWN_UTILITY = re.compile(r"(?i)\b(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:account|acct|bills?|meter|usage)"
                         r"|(?:i|we)\s+(?:was|were|am|['\u2019]m|got|have\s+been)\s+(?:auto-?)?enrolled"
                         r"|(?:i|we)\s+(?:want|would\s+like|wish|need)\s+to\s+opt[\s-]+(?:out|back\s+in)"
                         r"|opt\s+(?:me|us)\s+out"
                         r"|(?:i|we)\s+(?:only\s+)?used|the\s+account\s+is|it['\u2019]?s\s+account"
                         r"|(?:i['\u2019]?m|i\s+am|we['\u2019]?re|we\s+are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:customers?|ratepayers?|on\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:plan|rate)))\b")
# the chair's hand-over between speakers, a line of its own in captions that name no speaker: "next speaker please",
# "our next speaker", "thank you next speaker", "go ahead"
_HAND_OVER = re.compile(r"(?i)\s*(?:thank\s+you\s+)?(?:(?:(?:our|the)\s+)?next\s+speaker(?:\s+please)?|go\s+ahead)"
                        r"[\s.!]*$")
# a written comment's signature on a line of its own: "- Noah Moreno", "— Trần Văn Tuấn, Pomona"
_SIGN_OFF = re.compile(r"\s*[-\u2013\u2014]\s*[^\W\d_][\w.'\u2019-]*(?:\s+[^\W\d_][\w.'\u2019-]*){0,4}(?:,\s*[^\W\d_][\w .'-]{0,30})?\s*$")
# a word's start, where a greeting before an introduction may open; a greeting that says a new speaker has the floor
_WORD_START = re.compile(r"(?<![\w'\u2019])\w")
_GREETED = re.compile(r"(?i)\b(?:hi|hello|hey|yes|good\s+(?:evening|morning|afternoon)|thank\s+you|thanks)\b")
# how a caller gives their name on a voicemail, besides a speaker's ways: "good morning it's ana ruiz"
_CALLERS_INTRODUCTION = re.compile(rf"(?i){_INTRODUCTION.pattern[4:]}|it['\u2019]?s\b")
_MY_NAME = re.compile(r"(?i)my\s+name")
_TURN_LINES = 16  # how many lines a turn of a caption file runs on after its opening line
_OPENING_REACH = 80  # how far into its speech a turn's greeting may run before the name


def find(analysis: Analysis) -> None:
    """The speakers who open their turn with their name and tell of their own utility account, bill or usage with
    an account number or a consumption figure: their name and the details of their turn. Auto-captions that mark no
    speaker run a meeting's turns together in one text: there a turn opens where a resident introduces themself
    and ends where the next one does, and the name of a resident whose own turn tells of no account of theirs is
    nobody's record, though another rule read it beside the next speaker's account in the same text."""
    lines = analysis.free_lines
    for i, line in enumerate(lines):
        if not (_NEXT_TURN.match(line.text) or _INTRODUCTION.search(line.text)):
            continue
        lead = _LEAD.match(line.segment.text, line.start, line.end)
        if _OFFICE_LABEL.search(lead.group()):
            continue
        openings = [lead.end(), *turn_openings(line.segment.text, lead.end(), line.end)]
        for k, said in enumerate(openings):
            if k + 1 < len(openings):  # the next resident opens their turn on this line
                turn, handed_over = [Line(line.segment, said, openings[k + 1])], True
            elif k:  # a turn opened inside running text runs to its line's end: not into a paragraph below
                close = _quotation_closes(line.segment.text, line.start, said, line.end)
                turn, handed_over = [Line(line.segment, said, line.end if close is None else close)], False
            else:
                turn, handed_over = _turn(lines, i, said, analysis.running_lines)
            speech, parts = _speech(turn)
            name = _introduced(speech)
            if not name:
                continue
            spans = [(piece.segment, at + a - offset, at + b - offset) for piece, offset, at, length in parts
                     if (a := max(name[0], offset)) < (b := min(name[1], offset + length))]
            if not _customer_turn(analysis, turn, speech):
                if handed_over:
                    _drop_names(analysis, spans)
                continue
            why = "a public speaker's own name and details beside their utility account"
            for segment, start, end in spans:  # a name a line break or a caption's timestamp cut: each part
                analysis.add("name", segment, start, end, why)
            for kind, segment, start, end in analysis.contact_fields(turn):
                analysis.add(kind, segment, start, end, why)
    _callers_messages(analysis)
    _hearing_party(analysis)
    _caller_id_lines(analysis)



# a message left for a public meeting: "calling for public comment on item seven", "i oppose the rate increase"
_FOR_A_MEETING = re.compile(r"(?i)\b(?:public\s+comments?|agenda|item\s+(?:number\s+|no\.?\s+)?\w+|council|"
                            r"commission(?:ers)?|hearing|oppose|in\s+(?:favou?r|support)\s+of|vote)\b")


def _callers_messages(analysis: Analysis) -> None:
    """A voicemail log's or a call log's row whose message column holds the caller's words, opening with their name
    and telling of their own utility account, bill or usage ("hello um yes my name is ... i'm calling about my
    electric account my bill says ..."): the caller is a customer as a speaker at the podium is, and the row is
    the utility's record of their call, so their name, the home, phone, mailbox and usage they leave, and the
    number they called from (the log's caller-ID column) are the customer's, whether or not they gave an account
    number. A vendor returning a call ("this is the office of ...") names no person; a caller who speaks of no
    bill, account or usage of theirs is no customer by their words alone. A message left for a public meeting (on a
    public comment's page, or one that speaks of an agenda item or the council) is a public comment: there the
    caller must give an account number or a consumption figure, as a speaker at the podium must."""
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        for message in fields:
            if not MESSAGE_COLUMN.search(message.label or ""):
                continue
            text = message.text
            if _customers_message(analysis, Line(message, len(text) - len(text.lstrip()), len(text))):
                for caller in fields:  # the number the call came from
                    if caller is not message and analysis.sniff(caller.text) == "phone":
                        analysis.add("phone", caller, 0, len(caller.text), _CALLERS_WHY)


_CALLERS_WHY = "a caller's own name and details in a message about their utility account"
# a voicemail log's entry written as a line: its time, the number the call came from and the caller ID's name, then
# the transcribed message ("[11:30] From (909) 555-0148 (GARCIA M): hello my name is ...", "08:12 - Caller
# 951-555-0101: hi this is ...")
_CALLER_ID_LINE = re.compile(r"(?i)[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?\]?[ \t]*[-\u2013]?[ \t]*)?"
                             r"(?:(?:call(?:er)?[ \t]+)?from|caller)[ \t]*:?[ \t]*"
                             r"(?P<phone>\+?1?[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4})"
                             r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:\u2013\u2014-][ \t]*")
_LOG_TITLE_LINES = 3  # the lines atop a document that say it logs voicemail ("VOICEMAIL TRANSCRIPTS - 06/03")


def _caller_id_lines(analysis: Analysis) -> None:
    """A voicemail log's entries written as lines of text (``_CALLER_ID_LINE``) under a title naming the log's
    messages: each message is read as a log's message column is, and the caller ID's number is the customer's
    when the message is. The City's own line transferring a caller names no one and stays silent."""
    lines = analysis.free_lines
    if not any(MESSAGE_COLUMN.search(line.text) for line in lines[:_LOG_TITLE_LINES]):
        return
    for line in lines:
        entry = _CALLER_ID_LINE.match(line.segment.text, line.start, line.end)
        if entry and entry.end() < line.end and _customers_message(analysis, Line(line.segment, entry.end(), line.end)):
            analysis.add("phone", line.segment, *entry.span("phone"), _CALLERS_WHY)


def _customers_message(analysis: Analysis, message: Line) -> bool:
    """Whether a caller's message opens with their name and tells of their own utility account, bill or usage with
    their home, phone, mailbox or an identifier (see ``_callers_messages``); if so its name and details are added."""
    text, said = message.segment.text, message.start
    speech = text[said:message.end]
    name = _introduced(speech, _CALLERS_INTRODUCTION)
    if not name or OWN_BUSINESS_RE.search(speech) or not (
            OWN_UTILITY.search(speech) or consumption_spans(text, said, message.end)):
        return False
    turn = [message]
    details = analysis.contact_fields(turn)
    if not details and not analysis.anchors_in(message.segment, said, message.end) or (
            page_of(message.segment) in analysis.context.public_comment or _FOR_A_MEETING.search(speech)) and not (
            _customer_turn(analysis, turn, speech)):
        return False
    analysis.add("name", message.segment, said + name[0], said + name[1], _CALLERS_WHY)
    for kind, segment, start, end in details:
        analysis.add(kind, segment, start, end, _CALLERS_WHY)
    return True


# a hearing transcript's speaker label, at a line's start or after a sentence's end: a questioning's "Q:" and "A:", a
# speaker in capitals ("HEARING OFFICER AKÇA:", "MS. BERNAL:"); the party's turns count only beside another speaker's
_HEARING_LABEL = re.compile(r"(?:^|(?<=[.?!]\s)|(?<=[.?!]\s\s))[ \t]*(?:(?P<label>[^\W\d_][\w.'\u2019 -]{0,40}?):"
                            r"|(?P<question>Q|A)\.)[ \t]+")
# a questioning's summary names its witness where it lists who was present, not in a turn: "Present: Hearing Officer
# ...; appellant Ana Ruiz, represented by ...", "Appellant: Ana Ruiz (sworn)"; its questions put by the party are
# answered by someone else: "Q. (by Appellant) ..."
_PARTY_APPEARS = re.compile(r"(?i:\b(?:appellant|claimant|complainant|petitioner))[ \t]*:?[ \t]+"
                            r"(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})")
_ASKED_BY_PARTY = re.compile(r"(?i)^\s*\(\s*by\s+(?:the\s+)?(?:appellant|claimant|complainant|petitioner)")
_PARTY_TERM = re.compile(r"(?i)(?:the\s+)?(?:appellant|claimant|complainant|petitioner|customer)")
_ASKING_PIECES = 2  # the pieces read before a turn that may hold the question put to it (a question wraps a line)
# what the utility's side says reading a customer's account to the hearing: "the phone we have on file", "I'm reading
# from the account", "our records show"
READS_THE_ACCOUNT = re.compile(r"(?i)\b(?:we\s+have\s+on\s+file|(?:reading|read)\s+from\s+(?:the|her|his|their)\s+"
                               r"(?:account|file|records?|system)|our\s+records\s+(?:show|indicate))\b")
_HONORIFIC = re.compile(r"(?i)(?:mr|ms|mrs|mx|miss|dr)\.?\s+(?P<surname>[^\W\d_][\w'\u2019-]*)")
# a question asking where the party lives: "Q: And the service address?", "Where do you live?"
_HOME_ASKED = re.compile(r"(?i)\b(?:address|where\s+do\s+you\s+live|where\s+is\s+(?:the|your)\s+(?:home|house|service))\b")
# the party's relative named in their turn: "my son Bilkay Aksu lives with me", "our daughter, Ana Ruiz"
_RELATIVE = re.compile(r"(?i)\b(?:my|our)\s+(?:mother|father|mom|dad|grand(?:mother|father|son|daughter)|husband|wife|"
                       r"spouse|partner|son|daughter|sister|brother|aunt|uncle|niece|nephew|cousin)\b")


def _hearing_party(analysis: Analysis) -> None:
    """A billing hearing's party, their turns labelled by the case's term or their name and their answers to a
    questioning (module docstring): the name they state, the relatives they name, their home, phone and usage, once
    their turns tie them to the account."""
    if not analysis.may_hold("appellant", "claimant", "complainant", "petitioner", "customer:"):
        return
    pieces: list[tuple[bool, str, Line]] = []  # (the party's?, the label opening the turn or "", the speech)
    surnames: set[str] = set()
    homes: list[tuple] = []  # the homes the party gives in answer to a question asking for one
    party_spoke_last = party = False
    witness = _witness(analysis)
    for line in analysis.free_lines:
        if id(line.segment) in analysis.running_lines:
            continue
        text = line.segment.text
        labels = [m for m in _HEARING_LABEL.finditer(text, line.start, line.end)
                  if m.group("question") or _speaker_label(m.group("label"))]
        if not labels and line.text.isupper():  # a section's heading ("PUBLIC COMMENT") ends the turn
            party = party_spoke_last = False
        if not labels or labels[0].start() > line.start:  # the turn of the line above goes on
            end = labels[0].start() if labels else line.end
            pieces.append((party, "", Line(line.segment, line.start, end)))
        for k, match in enumerate(labels):
            label = match.group("question") or " ".join(match.group("label").split())
            if label in ("Q", "A"):
                party = label == "A" and (party_spoke_last or witness is not None and not _asked_by_party(pieces))
            else:
                honorific = _HONORIFIC.fullmatch(label)
                party = bool(_PARTY_TERM.fullmatch(label) or honorific and (
                    honorific.group("surname").lower() in surnames
                    or _states_own_name(text, match.end(), honorific.group("surname"), pieces)))
                if party and honorific:  # their later turns under the same label are theirs too
                    surnames.add(honorific.group("surname").lower())
                party_spoke_last = party
                witness = None  # a labelled turn: the answers are whoever spoke last's
            end = labels[k + 1].start() if k + 1 < len(labels) else line.end
            piece = Line(line.segment, match.end(), end)
            if party and label == "A" and pieces and pieces[-1][1] == "Q" and _HOME_ASKED.search(pieces[-1][2].text) \
                    and (home := HOME_ANSWER_RE.match(text, piece.start + len(piece.text) - len(piece.text.lstrip()))):
                homes.append((line.segment, *home.span("home")))  # "Q: And the service address? A: It's ..."
            pieces.append((party, label, piece))
            stated = person_name(piece.text.strip().rstrip(".")) if party and label not in ("Q", "A") else None
            if stated:
                surnames.add(stated.split()[-1])
    turns = [piece for party, _, piece in pieces if party]
    speech = " ".join(piece.text for piece in turns)
    speakers = {label for party, label, _ in pieces if label and not party}
    read_out = _read_out(pieces)
    if not turns or not speakers or not (any(analysis.anchors_in(p.segment, p.start, p.end) for p in turns)
                                         or OWN_UTILITY.search(speech) or consumption_spans(speech)
                                         or any(analysis.anchors_in(p.segment, p.start, p.end) for p in read_out)) \
            or OWN_BUSINESS_RE.search(speech):
        return
    why = "a hearing party's own words in their turns, tied to their account"
    for piece in read_out:
        for start, end in consumption_spans(piece.segment.text, piece.start, piece.end):
            analysis.add("usage", piece.segment, start, end, "usage staff read out from the hearing party's account")
    for party, label, piece in pieces:
        if not party:
            continue
        text = piece.segment.text
        said = piece.text.strip()
        at = text.find(said, piece.start)
        if label not in ("", "Q", "A") and person_name(said.rstrip(".")) \
                and not named_officially(text, at, at + len(said)):  # "APPELLANT: Sara Bernal."
            analysis.add("name", piece.segment, at, at + len(said.rstrip(".")), why)
        honorific = _HONORIFIC.fullmatch(label)
        if honorific and (name := _stated_name(text, piece.start, honorific.group("surname"))) is not None:
            analysis.add("name", piece.segment, *name, why)  # "MS. MOUA: Mateo Moua. I live at ..."
        if (name := _introduced(said)) is not None:
            analysis.add("name", piece.segment, at + name[0], at + name[1], why)
        for relative in _RELATIVE.finditer(text, piece.start, piece.end):
            if (name := name_after_role(text, relative.end(), True)) is not None:
                analysis.add("name", piece.segment, *name, why)
    if witness is not None and any(label == "A" for party, label, _ in pieces if party):
        analysis.add("name", *witness, why)
    for segment, start, end in homes:
        analysis.add("address", segment, start, end, why)
    for kind, segment, start, end in analysis.contact_fields(turns):
        analysis.add(kind, segment, start, end, why)
    for piece in turns:  # a phone they read out as theirs, perhaps cut by a line break: "A: My cell, nine-oh-nine ..."
        text = piece.segment.text
        for start, end, _ in analysis.context.spelt_numbers(text):
            if piece.start <= start < piece.end and OWN_NUMBER_BEFORE.search(text, piece.start, start):
                analysis.add("phone", piece.segment, start, end, why)


def _states_own_name(text: str, said: int, surname: str, pieces: list[tuple]) -> bool:
    """Whether a speaker labelled by title and surname ("MS. MOUA:") opens their turn with a full name of that surname
    ("Mateo Moua."), in answer to a turn that speaks to the party by the case's term ("Would the appellant please
    state your full name ..."): the party, stating their name for the record."""
    asked = " ".join(piece.text for _, label, piece in pieces[-_ASKING_PIECES:])
    return bool(_PARTY_TERM.search(asked)) and _stated_name(text, said, surname) is not None


def _stated_name(text: str, said: int, surname: str) -> tuple[int, int] | None:
    """The full name a turn opens with when its surname is the one the speaker's label gives ("MS. MOUA: Mateo
    Moua. ..."), or None."""
    stated = names_in(text, said, min(len(text), said + 60), anchored=True)
    if stated and not text[said:stated[0][0]].strip() and \
            text[stated[0][0]:stated[0][1]].split()[-1].lower() == surname.lower():
        return stated[0]
    return None


def _read_out(pieces: list[tuple]) -> list[Line]:
    """The pieces of the turns in which staff read an account out to the hearing ("I'm reading from the account now.
    The account number is ..."), a line break's pieces after the label included: the account the hearing is about,
    the party's, and its usage."""
    found, reading = [], False
    for party, label, piece in pieces:
        reading = not party and (READS_THE_ACCOUNT.search(piece.text) is not None or (reading and not label))
        if reading:
            found.append(piece)
    return found


def _asked_by_party(pieces: list[tuple]) -> bool:
    """Whether the question just read was put by the party ("Q. (by Appellant) ..."): its answer is someone else's."""
    return bool(pieces and pieces[-1][1] == "Q" and _ASKED_BY_PARTY.match(pieces[-1][2].text))


def _witness(analysis: Analysis) -> tuple | None:
    """The party a questioning's summary names where it lists who appeared (``_PARTY_APPEARS``), before any
    labelled turn: the witness whose answers ("A. ...") the summary gives. Its segment and span, or None."""
    for line in analysis.free_lines:
        text = line.segment.text
        for m in _PARTY_APPEARS.finditer(text, line.start, line.end):
            start, end = m.span("name")
            found = names_in(text, start, end, anchored=True)
            if found and found[0][0] == start and person_name(text[start:found[0][1]]):
                return line.segment, start, found[0][1]  # the term says whose case it is, in a list of those present
        if _HEARING_LABEL.search(text, line.start, line.end):
            return None
    return None


def _speaker_label(label: str) -> bool:
    """Whether the words before a colon are a transcript's speaker label: "Q", "A", a speaker in capitals (a form's
    "Customer:" or "Contact:" is a field's label)."""
    label = " ".join(label.split())
    return label in ("Q", "A") or (label.isupper() and len(label) > 1)


def turn_openings(text: str, start: int, end: int) -> list[int]:
    """Where, after ``start``, a resident's turn opens in running speech that marks no speaker: a greeting and an
    introduction with a name ("... approve item six thank you good evening my name is ...", "... okay bye hi good
    evening um i'm ..."); "my name is" needs no greeting, "this is" and "I'm" do (not "... and i'm a customer")."""
    found = []
    for introduction in _INTRODUCTION.finditer(text, start + 1, end):
        if not spoken_name(text[:end], introduction.end()):
            continue
        opening = introduction.start()
        for word in _WORD_START.finditer(text, max(start, opening - _OPENING_REACH), opening):
            if _GREETING.match(text, word.start(), opening).end() == opening:
                opening = word.start()
                break
        if opening > start and (_MY_NAME.match(introduction.group())
                                or _GREETED.search(text, opening, introduction.start())):
            found.append(opening)
    return found


def _drop_names(analysis: Analysis, spans: list[tuple]) -> None:
    """Drops the names found at ``spans``: a resident's who spoke of no account of their own."""
    analysis.context.fields[:] = [f for f in analysis.context.fields if f.kind != "name" or not any(
        f.segment is segment and f.start < end and start < f.end for segment, start, end in spans)]


def _turn(lines: list[Line], first: int, said: int, running: set[int]) -> tuple[list[Line], bool]:
    """The lines of a speaker's turn from where its speech starts on its first line (``said``), up to the next
    speaker's label or a written comment's sign-off ("- Noah Moreno", "Sincerely,"), or where the next resident
    opens their turn in running speech; each line from where its speech starts, past the caption's timestamps. A
    paged transcript's running head and foot (``running``) are no part of it (a court reporter's name and number at
    the foot of each page). With the lines, whether another resident took the floor where the turn ends, introducing
    themself (not the chair's aside, after which the speaker may go on; nor a page's end or the reach of a turn)."""
    turn = [Line(lines[first].segment, said, lines[first].end)]
    text = lines[first].segment.text
    close = _quotation_closes(text, lines[first].start, said, lines[first].end)
    if close is not None:
        return [Line(lines[first].segment, said, close)], False
    quoted = _quotation_opened(text, lines[first].start, said, lines[first].end)
    for below in lines[first + 1:first + 1 + _TURN_LINES]:
        if id(below.segment) in running:
            continue
        said = _TIMESTAMPS.match(below.segment.text, below.start, below.end).end()
        if below.segment is not turn[-1].segment:
            if _NEXT_TURN.match(below.text) or _HAND_OVER.match(below.segment.text, said, below.end) \
                    or _opens_introduction(below.segment.text[said:below.end]):
                after = _LEAD.match(below.segment.text, below.start, below.end).end()
                return turn, _opens_introduction(below.segment.text[after:below.end])  # not the chair's aside
            if page_of(below.segment) != page_of(turn[-1].segment) or _SIGN_OFF.match(below.text) \
                    or CLOSING_RE.match(below.text):
                break
        cut = turn_openings(below.segment.text, said, below.end)
        close = below.segment.text.find("\u201d", said, below.end) if quoted else -1
        if close >= 0 and not (cut and cut[0] <= close):
            turn.append(Line(below.segment, said, close + 1))
            return turn, False
        turn.append(Line(below.segment, said, cut[0] if cut else below.end))
        if cut:
            return turn, True
    return turn, False


def _quotation_opened(text: str, start: int, said: int, end: int) -> bool:
    """Whether the speaker's introduction after ``said`` on the line ``text[start:end]`` stands inside a quotation
    opened before it: a letter or a comment quoted in a packet ("\u201cTo the committee: my name is Ana Ruiz ...")."""
    introduced = _INTRODUCTION.search(text, said, end)
    upto = introduced.start() if introduced else said
    return text.count("\u201c", start, upto) > text.count("\u201d", start, upto)


def _quotation_closes(text: str, start: int, said: int, end: int) -> int | None:
    """Where a quotation the speaker's introduction stands in (``_quotation_opened``) closes on its line, just past its
    closing mark: the writer's words end there, not in staff's reply after it ("\u201d Staff response prepared by
    ..., 909-...")."""
    if not _quotation_opened(text, start, said, end):
        return None
    close = text.find("\u201d", said, end)
    return close + 1 if close >= 0 else None


def _opens_introduction(speech: str) -> bool:
    """Whether a line of captions that name no speaker opens the next speaker's turn: "good evening my name is ..."
    (the name on this line or the next; not "i'm a pce customer")."""
    introduction = _INTRODUCTION.match(speech, _GREETING.match(speech).end())
    return bool(introduction) and (not speech[introduction.end():].strip() or _introduced(speech) is not None)


def _speech(turn: list[Line]) -> tuple[str, list[tuple[Line, int, int, int]]]:
    """What the speaker of a turn says, its lines joined and the captions' timestamps left out, and each part of it:
    (the line, where the part starts in the speech, where it starts in the line's segment, its length)."""
    parts, offset = [], 0
    for line in turn:
        at = line.start
        for stamp in [*_TIMESTAMP.finditer(line.segment.text, at, line.end), None]:
            end = stamp.start() if stamp else line.end
            if end > at:
                parts.append((line, offset, at, end - at))
                offset += end - at + 1
            at = stamp.end() if stamp else at
    return " ".join(line.segment.text[at:at + length] for line, _, at, length in parts), parts


def _introduced(speech: str, introductions: re.Pattern = _INTRODUCTION) -> tuple[int, int] | None:
    """The name a speaker opens their turn with ("thank you mayor my name is ana ruiz"), unless it names an office.
    Captions in capitals are read as those in lower case: a run of capitals is no name's mark there."""
    if speech.isupper():
        speech = speech.lower()
    greeting = _GREETING.match(speech, 0, _OPENING_REACH)
    introduction = introductions.match(speech, greeting.end())
    if not introduction:
        return None
    name = spoken_name(speech, introduction.end())
    if not name or named_officially(speech, *name):
        return None
    return name


# a speaker's own appeal of a bill, and their wish to be called back about it: an account's matter of theirs that the
# utility answers them on, as a number would tie it ("i filed an appeal in january ... you can call me at ...")
_OWN_APPEAL = re.compile(r"(?i)\b(?:(?:i|we)\s+(?:filed|submitted|sent\s+in|made)\s+(?:an?|my|our)\s+(?:[\w-]+\s+)?appeal"
                         r"|(?:my|our)\s+(?:[\w-]+\s+)?appeal)\b")
_BILLING = re.compile(r"(?i)\bbill(?:s|ed|ing)?\b")


def _customer_turn(analysis: Analysis, turn: list[Line], speech: str) -> bool:
    """Whether the speaker tells of their own utility account, bill or usage and gives its number or a consumption
    figure, or of their own appeal of a bill they ask to be called back on; not of a business of theirs."""
    if OWN_BUSINESS_RE.search(speech):
        return False
    if _OWN_APPEAL.search(speech) and _BILLING.search(speech) and GIVES_OWN_NUMBER.search(speech):
        return True  # "i'm here on item 7 the billing appeals i filed an appeal ... you can call me at ..."
    if not OWN_UTILITY.search(speech):
        return False
    # the figure read in the turn's speech, its lines joined: a line break may cut it ("one thousand one hundred" /
    # "thirty-four kilowatt hours")
    return any(analysis.anchors_in(line.segment, line.start, line.end) for line in turn) or bool(
        consumption_spans(speech))
