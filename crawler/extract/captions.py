"""Captions and machine transcripts read as what was said: WebVTT, SubRip (``.srt``), and a transcript's text with
its timestamps (a caption dump's ``[00:02:14]`` lines, YouTube's "show transcript" copy of a timestamp line over each
line of text, a closed-captioning printout of cue numbers and times). A cue holds a few words of a sentence, so a
value a cue break cuts ("my edison account is 2-67-" / "200-5603 i live at 1221" / "fernleaf boulevard") is only
read whole once the cues are joined: each speaker's turn is one segment of running text, located by its first cue's
time ("cue 00:12:01"). Cue numbers, timings and settings, styling tags and the word timings of auto-captions are
dropped; a voice tag ``<v Name>``, a ``>>`` or ``- `` speaker change, ``[Speaker 3]`` or ``SPEAKER 3:`` starts a turn,
the voice's name kept before it ("Name: "); so does a voicemail log's caller ID ("[11:30] From (909) 555-0148 (GARCIA
M): ...": each message is its caller's). Rolling auto-captions, which repeat the line before each new one, are
read once."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from detectors.model import Location

from . import DocumentBuilder

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"  # Teams writes "0:1:8.982"
# a cue's timing line: "00:12:01,000 --> 00:12:03,500" (SubRip), "00:03:43.616 --> 00:03:47.915 line:85%" (WebVTT)
_TIMING = re.compile(rf"\s*({_TIME})\s*-->\s*({_TIME})(?:\s.*)?")
# a line that is only a time (a printout's cue time, YouTube's transcript copy): "0:09:19", "00:06:02"
_BARE_TIME = re.compile(r"\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*")
# a line of text opened by its time in brackets: "[00:02:14] [Speaker 1] the meeting will come to order"
_STAMPED = re.compile(r"\s*\[(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]\s*(.*)")
# a transcript's turn heading, a speaker and the time: "Speaker 3  0:05:41", "Mayor Turner\t00:06:32"
_TURN_HEADING = re.compile(r"\s*([^\d\s:][^:\t]{0,40}?)(?:\s{2,}|\t)\s*\(?(\d{1,2}:\d{2}(?::\d{2})?)\)?\s*")
# a speaker's change inside the cues' text: ">>", ">> MAYOR TURNER:", a voice tag, "[Speaker 2]", "- " at a line's
# start, or a line opened by a speaker's name or role and a colon ("SPEAKER 3:", "CHAIR:", "Mayor Turner:")
_SPEAKER = re.compile(
    r">>\s*(?:(?P<shouted>[A-Z][A-Z0-9 .'-]{0,40}):\s*)?"
    r"|<v(?:\.[\w.-]+)?\s+(?P<voice>[^>]{1,60})>"
    r"|^\s*\[(?P<bracketed>[A-Za-z][\w .'-]{0,30})\]\s*"
    r"|^\s*-\s+"
    r"|^\s*(?P<named>(?:[A-Z][A-Za-z.'-]*|[A-Z0-9]+)(?: (?:[A-Z][A-Za-z.'-]*|\d{1,2})){0,3}"
    # a chat's speaker with who they are in brackets: "Visitor (Ana Ruiz):", "Agent (Priya):"
    r"(?:[ \t]*\([^()\n]{1,40}\))?):\s+"
    # a voicemail log's caller ID opening an entry's message: "[11:30] From (909) 555-0148 (GARCIA M): hello ..."
    r"|^\s*(?P<caller>(?i:(?:call(?:er)?\s+)?from|caller)\s*:?\s*\+?1?[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}"
    r"(?:\s*\([^()\n]{1,40}\))?):\s+", re.MULTILINE)
# styling and word-timing tags: "<c>", "</i>", "<00:09:54.749>", "<b>", "{\an8}", a closing voice tag
_TAG = re.compile(r"</?(?:c|i|b|u|ruby|rt|lang|font|v)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}[^>]*>|\{\\[^}]*\}")
# a line that parts a log's sessions or a printout's sections, no cue's words: "=== Chat session 4412 started ===",
# "----- Chat ended -----", "********"
_DIVIDER = re.compile(r"\s*(?:[=*#~_-]{3,}).*?(?:[=*#~_-]{3,})?\s*")
_CUE_ID = re.compile(r"\S{1,40}")  # a cue's number or name on the line over its timing: "41", "cue-0001"
_NOT_SPOKEN = re.compile(r"(?:NOTE|STYLE|REGION)\b")  # a WebVTT block of a note, styles or a region: not spoken
_PAUSE_SECONDS = 3.0  # a silence this long between cues with no speaker's mark ends a turn
_TURN_CHARS = 4000  # running text with no speaker's mark is cut at a cue's end past this length
_MIN_PARAGRAPHS = 6  # a document's paragraphs read as a transcript: three turns at least


@dataclass
class Cue:
    line: int  # the 1-based line of the cue's time
    start: str
    end: float | None = None  # seconds, where the cue's timing gives it
    texts: list[str] = field(default_factory=list)
    speaker: str | None = None  # a transcript's turn heading
    divider: bool = False  # a line parting a log's sessions (``_DIVIDER``): a turn of its own, ending the one before


@dataclass
class Turn:
    line: int
    start: str
    speaker: str | None
    words: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)  # the last cue lines read, against rolling captions' repeats


def is_captions(lines: list[str]) -> bool:
    """WebVTT (its "WEBVTT" line), or text whose lines are timed cues: three cue timings, or timestamps opening a
    fifth of the lines at least (a bare time over its text, ``[00:02:14] ...``, a transcript's turn headings)."""
    head = [line for line in lines[:200] if line.strip()]
    if head and head[0].lstrip("\ufeff").startswith("WEBVTT"):
        return True
    timed = sum(1 for line in head if _TIMING.fullmatch(line))
    stamped = sum(1 for line in head if _BARE_TIME.fullmatch(line) or _STAMPED.fullmatch(line)
                  or _TURN_HEADING.fullmatch(line))
    return timed >= 3 or (stamped >= 3 and stamped * 5 >= len(head))


def read_captions(builder: DocumentBuilder, lines: list[str], where: str | None = None, *,
                  hidden: str | None = None, chrome: bool = False) -> None:
    """Each speaker's turn as one segment of running text, located by its first cue; ``where`` is the element the
    lines are in (an HTML ``<pre>``). The lines before the first cue (a transcript's title) are read as lines."""
    timed = cues(lines)
    for number, line in enumerate(lines[:timed[0].line - 1 if timed else len(lines)], start=1):
        if line.strip():
            where_line = Location(line=number) if where is None else Location(element=f"{where} > line {number}")
            builder.add(line.strip(), where_line, hidden=hidden, chrome=chrome)
    for turn in turns(timed):
        element = f"cue {turn.start}" if where is None else f"{where} > cue {turn.start}"
        text = " ".join(turn.words)
        builder.add(f"{turn.speaker}: {text}" if turn.speaker else text,
                    Location(line=turn.line if where is None else None, element=element), hidden=hidden, chrome=chrome)
        if builder.full:
            return


# a paragraph of a speaker's name and the time alone, which the paragraph's reader left one space apart (Teams' "Ana
# Ruiz   0:33", "Speaker 2   1:05:12"): a turn heading, its gap given back for ``_TURN_HEADING``
_PARAGRAPH_HEADING = re.compile(
    r"^((?:[A-Z][\w'.\u2019-]*|\d{1,2}|(?:de|del|de la|da|van|von|bin|al|el|le)(?= ))"
    r"(?: (?:[A-Z][\w'.\u2019-]*|\d{1,2}|de|del|la|da|van|von|der|bin|al|el|le)){0,4}) (\d{1,2}:\d{2}(?::\d{2})?)$")


def paragraphs_as_captions(builder: DocumentBuilder, first: int, where: str) -> None:
    """A word processor's transcript (Teams', Zoom's or Otter's "Transcript" export: a speaker and the time over each
    turn's paragraph, or each cue's timings) read as captions are, each speaker's turn one segment, not paragraph by
    paragraph; ``first`` is the index of the body's first segment. Tables, fields and hidden text stay as read."""
    document = builder.document
    held = {id(f) for record in document.records for f in record.fields}
    added = document.segments[first:]
    paragraphs = [s for s in added if (s.location.element or "").startswith(f"{where} ") and not s.hidden
                  and not s.label and not s.chrome and id(s) not in held]
    lines = [_PARAGRAPH_HEADING.sub(r"\1  \2", line) for s in paragraphs for line in s.text.split("\n")]
    if len(paragraphs) < _MIN_PARAGRAPHS or not is_captions(lines):
        return
    taken = {id(s) for s in paragraphs}
    document.segments[first:] = [s for s in added if id(s) not in taken]
    read_captions(builder, lines, where)


def cues(lines: list[str]) -> list[Cue]:
    """The timed cues of the lines, their text lines as written; a header, notes and styles, and each cue's number
    or name (a word alone on the line over its timing), are left out."""
    found: list[Cue] = []
    held: str | None = None  # a word opening a block: the next cue's number or name if a timing follows it
    block_start, skipping = True, False
    for number, line in enumerate(lines, start=1):
        timing, bare = _TIMING.fullmatch(line), _BARE_TIME.fullmatch(line)
        stamped, heading = _STAMPED.fullmatch(line), _TURN_HEADING.fullmatch(line)
        if timing or bare or stamped or heading:
            start = (timing or bare or stamped or heading).group(2 if heading else 1)
            found.append(Cue(number, _clock(start), _seconds(timing.group(2)) if timing else None,
                             speaker=heading.group(1).strip() if heading else None))
            if stamped and stamped.group(2):
                found[-1].texts.append(stamped.group(2))
            held, block_start, skipping = None, False, False
            continue
        if held is not None and found:
            found[-1].texts.append(held)
        held = None
        if not line.strip():
            block_start, skipping = True, False
        elif block_start and _NOT_SPOKEN.match(line):
            skipping = True
        elif found and not skipping and _DIVIDER.fullmatch(line) and not _TIMING.match(line):
            found.append(Cue(number, found[-1].start, texts=[line.strip()], divider=True))
        elif found and not skipping:
            if block_start and _CUE_ID.fullmatch(line.strip()):
                held = line.strip()
            else:
                found[-1].texts.append(line.strip())
        if line.strip():
            block_start = False
    if held is not None and found:
        found[-1].texts.append(held)
    return found


def turns(timed: list[Cue]) -> list[Turn]:
    """The cues joined into speakers' turns of running text."""
    found: list[Turn] = []
    turn: Turn | None = None
    last_end: float | None = None
    last_start = 0.0
    voices = _voices_on_own_line(timed)
    for cue in timed:
        starts = _seconds(cue.start)
        paused = last_end is not None and starts - last_end >= _PAUSE_SECONDS
        if cue.divider:
            found.append(Turn(cue.line, cue.start, None, list(cue.texts)))
            turn = None
            continue
        voice = cue.texts[0].strip() if len(cue.texts) > 1 and cue.texts[0].strip() in voices else None
        speaker = cue.speaker or voice
        if (turn is None or cue.speaker or (voice and voice != turn.speaker) or paused
                or sum(map(len, turn.words)) > _TURN_CHARS or _entry_of_a_log(cue, turn, last_start)):
            turn = Turn(cue.line, cue.start, speaker)
            found.append(turn)
        last_end, last_start = cue.end, starts
        for text in cue.texts[1:] if voice else cue.texts:
            for speaker, words in _spoken_parts(text):
                if speaker is not None and not (speaker and speaker == turn.speaker):  # a voice's next cue
                    turn = Turn(cue.line, cue.start, speaker or None)
                    found.append(turn)
                words = " ".join(words.split())
                if words and words not in turn.recent:
                    turn.words.append(words)
                    turn.recent = [*turn.recent[-1:], words]
    return _one_speakers_turns_joined([turn for turn in found if turn.words])


def _one_speakers_turns_joined(found: list[Turn]) -> list[Turn]:
    """A speaker's cues one after the other, which a pause or a heading over each paragraph parts, as one turn: a
    staff member reading a case out in several cues ("Customer is Ana Ruiz." / "Service address is ...") speaks of
    one customer until someone else speaks, or asks only a short question of the case ("What's the complaint?"),
    which is then its own turn after theirs. A question for a detail ("What's the best callback number?") keeps the
    answer its own turn, read as the answer to it."""
    joined: list[Turn] = []
    for turn in found:
        last = joined[-1] if joined else None
        asked = len(joined) >= 2 and _short_question(last) and last.speaker != turn.speaker
        own = joined[-2] if asked else last
        if (own is not None and turn.speaker and (turn.speaker == own.speaker or _named_before(own, turn.speaker))
                and sum(map(len, own.words)) + sum(map(len, turn.words)) <= _TURN_CHARS):
            own.words += turn.words
        else:
            joined.append(turn)
    return joined


def _named_before(turn: Turn, speaker: str) -> bool:
    """Whether an unmarked turn gave the name the next turn's speaker is marked by (">> My name is Ana Ruiz, and I
    live at ..." then ">> ANA RUIZ: I enrolled ..."): the captioner named the voice once they heard it. Not a name
    the turn only spoke to ("thank you, Chair Vukovic" over "CHAIR VUKOVIC: ...")."""
    return turn.speaker is None and gave_own_name(" ".join(turn.words), speaker.split()[-1])


# a speaker giving their own name: "my name is", "my name's", "I'm", "I am", "this is", then the name
_OWN_NAME_GIVEN = r"(?i)\b(?:my\s+name\s+is|my\s+name['\u2019]s|i['\u2019]m|i\s+am|this\s+is)\s+(?:[\w'.\u2019-]+[\s,]+){{0,3}}{}\b"


def gave_own_name(text: str, surname: str) -> bool:
    """Whether the speaker of ``text`` gave their own name, ending in ``surname`` (three letters at least)."""
    return len(surname) > 2 and re.search(_OWN_NAME_GIVEN.format(re.escape(surname)), text) is not None


_QUESTION_WORDS = 12  # words of a question another speaker puts between two parts of a speaker's account, at most
# a question asking for one of the customer's details, whose answer is read as answering it
_DETAIL_ASKED = re.compile(r"(?i)\b(?:numbers?|account|address|name|phone|e-?mail|spell|zip|birth|social|ssn|"
                           r"digits?|street|reach|contact|call\s*back)\b")


def _short_question(turn: Turn) -> bool:
    text = " ".join(turn.words).strip()
    return (bool(turn.speaker) and text.endswith("?") and len(text.split()) <= _QUESTION_WORDS
            and not _DETAIL_ASKED.search(text))


# a speaker's name alone on a cue's first line, their words on the next (a Teams transcript's "0:0:16.123 -->
# 0:0:19.843" / "Anahit Torosyan" / "Thank you, Chair ..."): two to four capitalised words, or "Speaker 2"
_VOICE_LINE = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3}|Speaker[ \t]+\d{1,2}")


def _voices_on_own_line(timed: list[Cue]) -> set[str]:
    """The names that stand alone on the first line of two cues or more that go on with more lines: the
    transcript's speakers, not a caption's words (a speaker speaks more than once)."""
    seen = Counter(cue.texts[0].strip() for cue in timed
                   if len(cue.texts) > 1 and _VOICE_LINE.fullmatch(cue.texts[0].strip()))
    return {name for name, n in seen.items() if n >= 2}


# a stamped line's text that is a message quoted whole: a voicemail-to-text export's '[17:59] "Hi, this is ..."'
_QUOTED_MESSAGE = re.compile(r'\s*["\u201c].*["\u201d][.,]?\s*|\s*["\u201c][^"\u201c\u201d]*')


def _entry_of_a_log(cue: Cue, turn: Turn, last_start: float) -> bool:
    """Whether a cue opens an entry of a log stamped with the clock ("[17:26] "Hi, this is ..."", "[8:51] ..."), not
    the next words of a running caption: its time is earlier than the turn's (a timeline never runs back; a day's
    log is no timeline), or its line, or the turn's last one, is a message quoted whole. Each entry is its own
    caller's, each read where it is written."""
    if not cue.texts or cue.end is not None:
        return False
    if _seconds(cue.start) < last_start:
        return True
    return bool(_QUOTED_MESSAGE.fullmatch(cue.texts[0]) or (turn.words and _QUOTED_MESSAGE.fullmatch(turn.words[-1])))


def _spoken_parts(text: str) -> list[tuple[str | None, str]]:
    """A cue line's words, split where a speaker changes: (the new speaker, "" when unnamed, or None where the turn
    goes on; the words), tags dropped."""
    parts: list[tuple[str | None, str]] = []
    at, speaker = 0, None
    for mark in _SPEAKER.finditer(text):
        if mark.start() > at or speaker is not None:
            parts.append((speaker, _TAG.sub("", text[at:mark.start()])))
        speaker = next((name.strip() for name in mark.groups() if name), "")
        at = mark.end()
    parts.append((speaker, _TAG.sub("", text[at:])))
    return parts


def _clock(time: str) -> str:
    """A cue's time as a person reads it: "00:12:01" (milliseconds left out)."""
    parts = re.split(r"[.,]", time)[0].split(":")
    return ":".join(part.zfill(2) for part in (["0"] * (3 - len(parts)) + parts))


def _seconds(time: str) -> float:
    whole, _, fraction = time.replace(",", ".").partition(".")
    seconds = 0.0
    for part in whole.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds + float(f"0.{fraction or 0}")
