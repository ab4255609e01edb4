"""A newsletter's customer story: a story that opens on its figures names its person after them ("From
1,195 kWh down to 305 kWh: that is the story of Ana Ruiz"), and a story whose paragraph opens on a name and
gives their usage a few sentences later, where a family may be called by its surname ("the Loloheas").
"""
from __future__ import annotations

import re

from ..analysis import Analysis, Line
from ..persons import named_officially, names_an_official, names_in, person_name
from ..shapes import MONTHS_LISTED, consumption_spans
from .homes import CLAUSE_END
from .sentences import sentence_bounds


# a sentence of a story that opens with the usage of the person it is about ("Their July usage fell from ...")
# (in Spanish too: "Su consumo fue de 1.310 kWh", "Sus facturas de julio y agosto mostraron ...")
# (a PDF's line break, "\x00" in the joined text, may fall between its words: "Her September, October and" / "bills")
_OWN_USE_OPENS = re.compile(rf"(?:^|(?<=[.!?] )|(?<=[.!?]\x00)|(?<=\x00))(?:Their|His|Her|Sus?)[\s\x00]+"
                            rf"(?:own[\s\x00]+|monthly[\s\x00]+|electric(?:ity)?[\s\x00]+|"
                            rf"(?i:{MONTHS_LISTED})[\s\x00]+|"
                            rf"(?:summer|winter)[\s\x00]+)?(?:usage|use|consumption|bills?|consumo|uso|facturas?)\b")
# what stands before a name that opens a sentence: the sentence's start, and a couple's other given name ("Yan and");
# a clause's opening word or phrase ("When Lucia Ferreira opened ...", "Last summer, Lucia Ferreira ..."); a quote's
# speaker tag, which makes the name its sentence's subject ("'I never used that much,' said Lucia Ferreira, who ...")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][ \x00]|\x00)(?:(?:When|After|Once|Since|Before|Although|Though|Because|"
                             r"While|Until|(?:Last|This)\s+\w+,|In\s+\w+(?:\s+\d{4})?,)\s+)?"
                             r"(?:[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*\s+(?:and|&)\s+)?$"
                             r"|[,!?\"'\u201d\u2019][ \t]*(?:said|says|explained|explains|added|adds|recalled|recalls|"
                             r"told\s+(?:us|staff|the\s+\w+)|wrote|writes)\s+$")
_STORY_REACH = 400  # how far a story's paragraph goes on about the person it opened with


def story_subjects(analysis: Analysis, names: list[tuple], usage: list[tuple], pieces: list[Line]) -> list[tuple]:
    """The names that open a sentence of a story ("Sina and Mattias Lolohea have lived in their home ... since 1998")
    whose paragraph goes on, a few sentences later, with a sentence that opens with their usage ("... the Loloheas
    replaced a 30-year-old air conditioner. Their July usage fell from 1,762 kWh to 1,731 kWh"), no one of another
    family named between: a customer's own monthly usage told in a newsletter's story, which PCE-01 protects as it
    does their account (the tool cannot know of a consent on file). Also where the pieces call the family only by its
    surname ("the Loloheas") and the story opened with their names a line or two above. Not a story with no usage of
    the person's own, nor a program's aggregate figures."""
    text = analysis.joined
    placed = [(analysis.offset(s) + a, analysis.offset(s) + b, (s, a, b)) for s, a, b in names]
    called = [(analysis.offset(p.segment) + m.start(), analysis.offset(p.segment) + m.end())
              for p in pieces for m in _FAMILY_CALLED.finditer(p.segment.text, p.start, p.end)]
    placed += [opener for start, end in called if (opener := _family_opened_story(analysis, start, end))]
    subjects = []
    for start, end, name in placed:
        if not _OPENS_SENTENCE.search(text, max(0, start - 40), start):
            continue
        family = _family_word(text[start:end])
        for _, figure_segment, figure, _ in usage:
            at = analysis.offset(figure_segment) + figure
            opens = list(_OWN_USE_OPENS.finditer(text, end, at)) if 0 <= at - end <= _STORY_REACH else []
            if opens and not CLAUSE_END.search(text, opens[-1].end(), at) and not any(
                    end < other < opens[-1].start() and _family_word(text[other:other_end]) != family
                    for other, other_end, _ in placed):
                subjects.append(name)
                break
    return subjects


# a family called by its surname in the plural, as a story goes on about it: "the Loloheas"
_FAMILY_CALLED = re.compile(r"(?<=\bthe )[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*(?<=s)")


# the words that give the figures before them as a person's story: "From 1,195 kWh down to 305 kWh: that is the story of
# Ana Ruiz, our May Energy Champion", "... - that's how Ana Ruiz did it", "this was the journey of ..."
_STORY_OF = re.compile(r"(?i)\b(?:that|this)(?:['\u2019]s|\s+is|\s+was)\s+(?:the\s+)?(?:(?:real|energy|savings|success)\s+)?"
                       r"(?:story|journey)\s+of\s+(?=(?-i:[A-Z]))|\b(?:that|this)(?:['\u2019]s|\s+is|\s+was)\s+how\s+(?=(?-i:[A-Z]))")


def stories_told_of(analysis: Analysis) -> None:
    """A newsletter's customer story that opens on its figures and names its person after them ("From 1,195kWh down to
    305kWh: that is the story of Ana Ruiz, our May Energy Champion"): the person and their consumption, as a
    possessive before the figures ("Ana Ruiz's usage fell from ...") would tie them. Not an official's or a
    program's story (no person's name right after the words), nor a story with no household's figure in its
    sentence."""
    if not analysis.may_hold("story", "journey", "how"):
        return
    why = "person whose own consumption a customer story gives before naming them"
    for segment in analysis.free:
        text = segment.text
        if "kwh" not in text.lower() and "kilowatt" not in text.lower():
            continue
        for m in _STORY_OF.finditer(text):
            name = next((span for span in names_in(text, m.end(), min(len(text), m.end() + 60), anchored=True)
                         if span[0] == m.end()), None)
            if name is None or named_officially(text, *name, titles_after=False) or names_an_official(
                    text[slice(*name)], analysis.officials):  # "..., our May Energy Champion" is no job title
                continue
            begin, end = sentence_bounds(segment, m.start(), [])
            figures = consumption_spans(text, begin, end)
            if not figures:
                continue
            analysis.add("name", segment, *name, why)
            for start, stop in figures:
                analysis.add("usage", segment, start, stop, why)


def _family_opened_story(analysis: Analysis, start: int, end: int) -> tuple | None:
    """The name that opened the story a family is called by its surname in ("the Loloheas" after "Ines and Tavita
    Lolohea have lived ... since 2004."), a sentence or two before, where a PDF's line ending at a sentence's end
    left it out of the pieces: (start, end, (segment, start, end)) of it, or None."""
    text = analysis.joined
    if not _FAMILY_CALLED.fullmatch(text, start, end):
        return None
    family = _family_word(text[start:end])
    for m in _STORY_OPENER.finditer(text, max(0, start - _STORY_REACH), start):
        couple = re.split(r"\s+(?:and|&)\s+", m.group("name"))[-1]  # "Ines and Tavita Lolohea": "Tavita Lolohea"
        if _family_word(m.group("name")) == family and "\x00" not in m.group("name") and person_name(couple):
            segment, at = analysis.locate(m.start("name"))
            return m.start("name"), m.end("name"), (segment, at, at + len(m.group("name")))
    return None


# a name that opens a sentence: given names and a surname, a couple's two given names ("Ines and Tavita Lolohea")
_STORY_OPENER = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?]\x00)|(?<=\x00)|^)(?P<name>(?:[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*"
                           r"\s+(?:and|&)\s+)?[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*"
                           r"\s+[A-Z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*)\b")


def _family_word(name: str) -> str:
    """A name's surname as a family is called by it: "Sina and Mattias Lolohea" and "the Loloheas" are both "lolohea"."""
    last = name.split()[-1].lower() if name.split() else ""
    return re.sub(r"(?:(?<=[sxz])es|s)$", "", last)
