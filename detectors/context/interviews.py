"""An interview's field notes: a participant named on a labelled line, then the questions put and their answers.

A program evaluator's or a program's notes of in-home interviews name each participant on a line of their own
("Participant: Ana Ruiz; 12 Elm St", "Interviewee 3: Ana Ruiz") and go on with the questions ("Q:") and the
participant's answers ("A:"). An answer giving a consumption figure in the participant's own words ("We used 1,380
kWh in July", "our bill said 1,410 kWh") tells of the participant's home: its figures and the contact details it
gives are the customer's record, and so is the participant's name. A question, an answer with no figure of theirs
and a program's average or total (no consumption figure, ``consumption_spans``) are none. A billing hearing's turns
("APPELLANT:", "RESPONDENT:" the utility) are read by ``speakers``, not here.
"""
from __future__ import annotations

import re

from .analysis import Analysis, Line, page_of
from .persons import names_in
from .shapes import consumption_spans

# the line naming the participant a section's answers are from: "Participant: ", "Interviewee 3: ", "Homeowner: "
_PARTICIPANT_LINE = re.compile(r"[ \t]*(?i:participant|interviewee|homeowner)(?:[ \t]*#?\d{1,3})?[ \t]*:[ \t]*")
_ANSWER = re.compile(r"[ \t]*A[:.][ \t]+")
# the participant speaking of their own home or bill: a first person's word, or the bill they were sent
_OWN_WORDS = re.compile(r"(?i)\b(?:i|i['\u2019]m|we|we['\u2019]re|my|our|us)\b|\bthe\s+(?:\w+\s+)?bills?\b")
_WHY = "an interviewed participant's own usage and details in their answers"


def find(analysis: Analysis) -> None:
    """The participants whose answers give their own consumption: their name, the figures and the answer's
    contact details."""
    if not analysis.may_hold("participant", "interviewee", "homeowner"):
        return
    participant = None
    for line in analysis.free_lines:
        text = line.segment.text
        label = _PARTICIPANT_LINE.match(text, line.start, line.end)
        if label:
            names = names_in(text, label.end(), line.end, anchored=True)
            participant = (line.segment, *names[0]) if names and names[0][0] == label.end() else None
            continue
        answer = _ANSWER.match(text, line.start, line.end)
        if participant is None or answer is None or page_of(line.segment) != page_of(participant[0]):
            continue
        usage = consumption_spans(text, answer.end(), line.end)
        if not usage or not _OWN_WORDS.search(text, answer.end(), line.end):
            continue
        analysis.add("name", *participant, _WHY)
        for start, end in usage:
            analysis.add("usage", line.segment, start, end, _WHY)
        for kind, segment, start, end in analysis.contact_fields([Line(line.segment, answer.end(), line.end)]):
            analysis.add(kind, segment, start, end, _WHY)
