"""The customer a confirmation prompt names, over the details of the account it acts on.

A billing screen's confirmation asks about one account at a time: "Confirm budget billing for Ana Ruiz?" over
"ESI ID 1044... · 12 Elm St · 579 kWh", "Cancel the payment plan for Jo Lee?" over "Acct 3-221-4410-17". Pages keep
such prompts in a ``<dialog>`` (shown only when staff click) or as a question right above the details. The prompt
and the details are one record in two paragraphs: the private person the prompt names holds the identifier the
paragraph below gives, as they would in one paragraph. A ``<dialog>`` is one record whole; elsewhere the question
and the identifier must be consecutive blocks of one element. Not a person named by a title (staff, an official),
nor a public contact; not a question naming no identifier's holder ("Questions for Ana Ruiz?" above no account).
"""
from __future__ import annotations

import re

from ..model import Segment
from .analysis import Analysis, page_of
from .persons import named_officially, names_in, person_name

# a step of an element's path that is a dialog ("dialog", "dialog#confirm", "dialog:nth-of-type(2)")
_DIALOG_STEP = re.compile(r"(?:^|> )dialog(?=[#:]|$| )")
_PROMPT_LENGTH = 160  # a confirmation's question is one short sentence
# a question to confirm an action on one person's account: "Confirm ... for Ana Ruiz?", "Cancel service for ...?",
# "Are you sure you want to ...?", "¿Confirmar ... para ...?"
_PROMPT = re.compile(r"(?i)^\s*\u00bf?(?:confirm|are\s+you\s+sure|proceed|approve|cancel|enroll|enrol|remove|delete|"
                     r"disconnect|reconnect|close|transfer|send|apply|submit|waive|confirmar|desea|cancelar|inscribir)\b"
                     r"[^?\n]*\?\s*$")
_WHY = "person a confirmation prompt names over the account it acts on"


def find(analysis: Analysis) -> None:
    if not analysis.anchors:
        return
    segments = analysis.segments
    dialogs: dict[tuple, list[Segment]] = {}
    for k, segment in enumerate(segments):
        element = segment.location.element or ""
        if "dialog" in element and (step := _DIALOG_STEP.search(element)):
            end = element.find(" > ", step.end())
            dialogs.setdefault((page_of(segment), element[:len(element) if end < 0 else end]), []).append(segment)
        elif "?" in segment.text and k + 1 < len(segments) and _PROMPT.match(segment.text) and len(
                segment.text) <= _PROMPT_LENGTH:
            below = segments[k + 1]
            if _one_element(segment, below) and analysis.anchors_in(below):
                _prompts_names(analysis, segment)
    for members in dialogs.values():
        if any(analysis.anchors_in(s) for s in members):
            for segment in members:
                if not analysis.anchors_in(segment) and len(segment.text) <= _PROMPT_LENGTH:
                    _prompts_names(analysis, segment)


def _one_element(above: Segment, below: Segment) -> bool:
    """Whether two consecutive segments are blocks of one element: on one page, hidden alike, their paths parted
    only by their last step ("div#plan > p:nth-of-type(1)" and "div#plan > p:nth-of-type(2)")."""
    a, b = above.location.element, below.location.element
    return (a is not None and b is not None and page_of(above) == page_of(below) and above.hidden == below.hidden
            and a.rpartition(" > ")[0] == b.rpartition(" > ")[0])


# the verb a prompt opens with, which reads as a name's first word in a capital ("Enroll Kwabena Mensah in ...?")
_LEADING_VERB = re.compile(r"\s*\u00bf?[A-Za-z\u00c0-\u00ff]+\s")


def _prompts_names(analysis: Analysis, segment: Segment) -> None:
    text = segment.text
    verb = _LEADING_VERB.match(text) if _PROMPT.match(text) else None
    for start, end in names_in(text, verb.end() if verb else 0, anchored=True):
        name = text[start:end]
        if person_name(name, strict=True) and not named_officially(text, start, end) and \
                not analysis.contacts.name_is_public(name):
            analysis.add("name", segment, start, end, _WHY)
