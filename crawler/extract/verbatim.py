"""A verbatim transcript laid out in numbered lines (a court reporter's: 25 lines a page, ``MS. RAMIREZ:`` opening
each turn, the page's running head and the reporter's footer on every page) read as its speakers' turns.

A speaker's sentence, and the number they read out, runs on over the page's narrow lines and over the page break
("My service account number is eight" / "zero nine two three eight three four four two"), where reading line by line
or paragraph by paragraph loses it; captions are read so for the same reason (``crawler.extract.captions``). Each
turn, from its speaker's label to the next label, becomes one segment ("THE SPEAKER: ...") located at its first
line; a running head or footer (the same line, its numbers aside, on most pages) is left out of the turn and read
where it is. A document is taken for a transcript only when speakers' labels open many of its lines (a form's field
labels in capitals name no speaker)."""
from __future__ import annotations

import re
from collections import Counter

from detectors.context.persons import speaker_label_end
from detectors.model import Document, Location, Segment

from .captions import gave_own_name

# a turn's speaker in capitals before a colon: "MS. RAMIREZ:", "THE SPEAKER:", "CHAIR CARRASCO:", "DIRECTOR NWOSU:"
_SPEAKER_LABEL = re.compile(r"\s*(?:(?:MR|MS|MRS|DR|MX)\.\s+[A-Z][A-Z'-]+(?:\s[A-Z][A-Z'-]+)?"
                            r"|[A-Z][A-Z'-]+(?:\s[A-Z][A-Z'-]+){0,3}):\s+\S")
# a speaker named by their part in the proceeding: "THE CHAIR:", "THE CLERK:", "THE WITNESS:", "THE SPEAKER:"
_THE_ROLE = re.compile(r"\s*THE\s+[A-Z]+(?:\s[A-Z]+)?:")
_MIN_TURNS = 8
_TURN_SHARE = 0.12  # of the lines in the document at least: a transcript's, not a report quoting a speaker or two
_MAX_TURN_CHARS = 4000
_EDGE_LINES = 2  # a page's first and last lines, where running heads and footers stand


def join_speaker_turns(document: Document) -> None:
    """Replace a transcript's page lines by its speakers' turns, each one segment. A speaker's turns one after the
    other are one turn, as the reporter parts them by a new label on each line that opens a sentence: a public
    speaker's name and home, then their bill and account on the next page."""
    held = {id(field) for record in document.records for field in record.fields}
    lines = [s for s in document.segments if _page_line(s) and id(s) not in held]
    opening = [s for s in lines if _opens_turn(s.text)]
    if len(opening) < _MIN_TURNS or len(opening) < _TURN_SHARE * len(lines):
        return
    heads = _running_heads(lines)
    joined: dict[int, Segment | None] = {}  # id of a page line -> its turn (the turn's first line), None: dropped
    turn: list[Segment] = []
    texts: list[str] = []  # the turn's lines, a speaker's label again at a later line left out

    def close() -> None:
        if len(turn) > 1:
            joined[id(turn[0])] = Segment(" ".join(texts), Location(page=turn[0].location.page,
                                                                      line=turn[0].location.line))
            for s in turn[1:]:
                joined[id(s)] = None
        turn.clear()
        texts.clear()

    for s in lines:
        if id(s) in heads:
            continue
        text = s.text.strip()
        opens = _opens_turn(s.text)
        if opens and turn and sum(map(len, texts)) <= _MAX_TURN_CHARS and _same_speaker(texts, text):
            text = text[text.index(":") + 1:].strip()
        elif opens or (turn and sum(map(len, texts)) > _MAX_TURN_CHARS):
            close()
        elif not turn:
            continue
        turn.append(s)
        texts.append(text)
    close()
    document.segments = [joined.get(id(s), s) for s in document.segments if joined.get(id(s), s) is not None]


# a speaker the reporter labels by their part until they give their name: "THE SPEAKER:", "PUBLIC SPEAKER:"
_UNNAMED_ROLE = re.compile(r"(?:THE\s+)?(?:PUBLIC\s+)?(?:SPEAKER|CALLER|COMMENTER|RESIDENT)")
_TITLED = re.compile(r"(?:MR|MS|MRS|DR|MX)\.\s+(?P<surname>[A-Z][A-Z'-]+)")


def _same_speaker(turn: list[str], line: str) -> bool:
    """Whether a line opening with a speaker's label goes on with the turn before: the same label, or the title and
    surname of the name that the turn's unnamed speaker gave ("THE SPEAKER: My name is Ana Cuevas ..." then "MS.
    CUEVAS: ...")."""
    before, label = turn[0][:turn[0].index(":")].strip(), line[:line.index(":")].strip()
    if label == before:
        return True
    titled = _TITLED.fullmatch(label)
    return bool(titled and _UNNAMED_ROLE.fullmatch(before) and gave_own_name(" ".join(turn), titled.group("surname")))


def _opens_turn(text: str) -> bool:
    """A line opened by a speaker's label: a person's name, a title and a surname, or their part ("THE CHAIR:"); a
    form's field label ("SERVICE ADDRESS:", "RE:") is no speaker."""
    label = _SPEAKER_LABEL.match(text)
    return label is not None and bool(_THE_ROLE.match(text) or speaker_label_end(text[:label.end() - 1]))


def _page_line(segment: Segment) -> bool:
    where = segment.location
    return (where.page is not None and where.line is not None and where.element is None and where.box is None
            and where.attachment is None and not segment.hidden and not segment.label and not segment.chrome)


def _running_heads(lines: list[Segment]) -> set[int]:
    """Ids of the lines at a page's top or foot that stand there, their numbers aside, on half the pages or more (a
    running head, a reporter's footer); a speaker's words repeated mid-page are no head."""
    by_page: dict[int, list[Segment]] = {}
    for s in lines:
        by_page.setdefault(s.location.page, []).append(s)
    edges = {page: page_lines[:_EDGE_LINES] + page_lines[-_EDGE_LINES:] for page, page_lines in by_page.items()}
    counts = Counter(shape for page_lines in edges.values() for shape in {_shape(s) for s in page_lines})
    return {id(s) for page_lines in edges.values() for s in page_lines
            if counts[_shape(s)] >= 2 and counts[_shape(s)] * 2 >= len(by_page)}


def _shape(segment: Segment) -> str:
    return re.sub(r"\d+", "#", " ".join(segment.text.split()))
