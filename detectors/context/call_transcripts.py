"""A call-centre transcript's caller: the answers a caller gives to the agent's questions for their identity.

A staff report or a training packet may paste a call as it was logged, its turns labelled by role in ordinary case
("Agent: And the service address?" / "Caller: 3300 Pinecrest St."). The hearing rule (``speakers``) reads turns
labelled in capitals by a case's term; here the roles are a call's. The agent asking for the caller's service
address, account or callback number makes it a utility's service call, and the caller's answers the customer's
record: the name they give when asked for it, their home and phone. A radio show's or a meeting's caller, whom no
agent asks for an address or an account, gives opinions, and stays unread.
"""
from __future__ import annotations

import re

from .analysis import Analysis, Line
from .headerless_people import person_among_people
from .persons import names_in, named_officially

_TURN = re.compile(r"[ \t]*(?P<role>Caller|Agent|Rep|Representative|CSR|Operator|Advisor|Associate)[ \t]*:[ \t]*")
_AGENT_ROLES = frozenset({"Agent", "Rep", "Representative", "CSR", "Operator", "Advisor", "Associate"})
# the agent's questions that only a utility's service call asks: the account's identity, the home served
_SERVICE_ASKED = re.compile(r"(?i)\b(?:service\s+address|account(?:\s+number)?|acct|call\s*back(?:\s+number)?|"
                            r"name\s+on\s+the\s+account|meter(?:\s+number)?)\b")
# an agent's sentence that asks for something: a question, or a request ("Please read me the account number"); a
# meeting operator's "we will call back the number you dialled in from" tells, and asks for no customer's record
_SENTENCE = re.compile(r"[^.?!;]+[.?!;]?")
_ASKS = re.compile(r"(?i)\?|\b(?:please|may\s+i|can\s+i|could\s+i|what(?:['\u2019]s|\s+is)|give\s+me|read\s+me|"
                   r"tell\s+me|confirm|verify)\b")
_NAME_ASKED = re.compile(r"(?i)\b(?:your|the)\s+(?:full\s+)?name\b|\bwho\s+(?:am\s+i|i['\u2019]?m)\s+speaking\b")
# the account's holder asked for by name; or an account's digits in a caller's answer: with their home or phone, what
# makes the name a caller gives a customer's (a town hall's sign-in, whose callers give a name and an opinion, has none)
_HOLDERS_NAME_ASKED = re.compile(r"(?i)\bname\s+on\s+(?:the|your)\s+(?:account|bill)\b|\baccount\s+holder\b")
_ACCOUNT_GIVEN = re.compile(r"\d(?:[ -]?\d){5,}")
# how a caller may open the answer that gives their name: "It's", "This is", "My name is", "Yes,"
_ANSWER_OPENS = re.compile(r"(?i)(?:(?:yes|yeah|sure|hi)[,.]?\s+)?(?:it['\u2019]?s\s+|this\s+is\s+|my\s+name\s+is\s+"
                           r"|i['\u2019]?m\s+)?")
# an answer that is a name and nothing more: "Perpetua Bermudez."
_WHOLE_ANSWER = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3})[ \t]*[.!]?[ \t]*$")
_WHY = "a caller's answers to a utility agent's questions for their identity"


def find(analysis: Analysis) -> None:
    """The caller's name (given when the agent asked for it), home and phone in a call whose agent asked for the
    service address, the account or a callback number (in a question or a request, not a statement); the name where
    the callers give a home, a phone or an account too, or the agent asked for the account holder's name."""
    if not analysis.may_hold("caller"):
        return
    turns: list[tuple[str, Line]] = []
    for line in analysis.free_lines:
        text = line.segment.text
        opening = _TURN.match(text, line.start, line.end)
        if opening:
            turns.append((opening.group("role"), Line(line.segment, opening.end(), line.end)))
    asked = " ".join(sentence.group() for role, turn in turns if role in _AGENT_ROLES
                     for sentence in _SENTENCE.finditer(turn.text) if _ASKS.search(sentence.group()))
    callers = [turn for role, turn in turns if role == "Caller"]
    if not callers or not _SERVICE_ASKED.search(asked):
        return
    contacts = analysis.contact_fields(callers)
    if contacts or _HOLDERS_NAME_ASKED.search(asked) or any(_ACCOUNT_GIVEN.search(turn.text) for turn in callers):
        for (role, question), (answered_by, answer) in zip(turns, turns[1:]):
            if role in _AGENT_ROLES and answered_by == "Caller" and _NAME_ASKED.search(question.text):
                _given_name(analysis, answer)
    for kind, segment, start, end in contacts:
        analysis.add(kind, segment, start, end, _WHY)


def _given_name(analysis: Analysis, answer: Line) -> None:
    """The name a caller's answer opens with, after "It's", "This is" or "My name is"; or the whole answer, when it
    is a name's capitalised words that name no trade or place."""
    text = answer.segment.text
    at = _ANSWER_OPENS.match(text, answer.start, answer.end).end()
    names = names_in(text, at, answer.end, anchored=True)
    given = _WHOLE_ANSWER.match(text, at, answer.end)
    if names and names[0][0] == at and not named_officially(text, *names[0]):
        analysis.add("name", answer.segment, *names[0], _WHY)
    elif given and person_among_people(given.group("name")):  # a name no list holds: the whole answer is it
        analysis.add("name", answer.segment, *given.span("name"), _WHY)
