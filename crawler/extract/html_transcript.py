"""A video player's interactive transcript on a page (Granicus', Swagit's, YouTube's "show transcript", a CMS's media
page): each timed row its own element (``<div class="transcript-row"><button>0:33:09</button><span>my account is
seven</span></div>``), so a speaker's sentence, and a number they read out, runs over two, three or four rows. Read as
the captions they are: each row a stamped cue (``[0:33:09] Speaker: words``) joined into the speakers' turns by
:mod:`crawler.extract.captions`, never row by row.

A container is a transcript when three rows or more each open with a time of the video (a whole text of its own,
before or after the speaker's name) and the rows are the player's: a row, the container or a time names a
transcript, a caption, a cue or a segment, or a time seeks the video (a ``#t=501`` link, a button, a ``data-start``
on the row). A schedule's table of times and events names none of these and stays a table; so does a table whose
header names its columns (a call tool's "Time | Speaker | Utterance" export), read by them as a transcript's rows."""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag

_CLOCK = re.compile(r"\[?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]?")
_MIN_ROWS = 3
_PLAYER_WORDS = re.compile(r"transcript|caption|\bcue|segment|subtitle", re.IGNORECASE)
_SEEK_ATTRIBUTES = frozenset({"data-start", "data-time", "data-offset", "data-begin", "data-seek", "data-timestamp",
                              "data-start-time", "data-cue"})
_SPEAKER_CLASS = re.compile(r"who|speaker|author|sender|voice", re.IGNORECASE)
_HOLDERS = frozenset({"div", "ul", "ol", "table", "tbody", "section", "dl"})


def transcript_lines(container: Tag) -> list[str] | None:
    """The container's rows as stamped cue lines (``[0:33:09] Name: words``), or None when it is no transcript."""
    if container.name not in _HOLDERS:
        return None
    if container.name in ("table", "tbody") and container.find("th") is not None:
        return None  # a table whose header names its columns ("Time | Speaker | Utterance"): read by its columns
    rows = [row for row in _rows(container) if row.get_text(strip=True)]
    if len(rows) < _MIN_ROWS:
        return None
    lines, seeks = [], _names_player(container)
    for row in rows:
        timed = _timed_line(row)
        if timed is None:
            return None
        line, seeking = timed
        lines.append(line)
        seeks = seeks or seeking
    return lines if seeks else None


def _rows(container: Tag) -> list[Tag]:
    if container.name in ("table", "tbody"):
        rows = container.find_all("tr")
        return [row for row in rows if row.find("td") is not None]  # a header row of th only is no cue
    return [child for child in container.children if isinstance(child, Tag)]


def _timed_line(row: Tag) -> tuple[str, bool] | None:
    """A row as ``[time] speaker: words`` and whether it is the player's own (it seeks or names itself so); None
    when the row does not open with a time."""
    strings = [s for s in row.find_all(string=True) if type(s) is NavigableString and s.strip()]
    clock_at = next((k for k, s in enumerate(strings[:2]) if _CLOCK.fullmatch(s.strip())), None)
    if clock_at is None:
        return None
    clock = strings[clock_at]
    speaker = next((s for s in strings[:clock_at + 2] if s is not clock and _by_speaker(s, row)), None)
    words = " ".join(s.strip() for s in strings if s is not clock and s is not speaker)
    line = f"[{_CLOCK.fullmatch(clock.strip()).group(1)}] "
    if speaker is not None:
        line += f"{speaker.strip().rstrip(':')}: "
    holder = clock.parent
    seeking = (_names_player(row) or not _SEEK_ATTRIBUTES.isdisjoint(row.attrs)
               or any(isinstance(p, Tag) and (p.name in ("a", "button") or _names_player(p))
                      for p in (holder, holder.parent) if p is not row))
    return line + " ".join(words.split()), seeking


def _by_speaker(string: NavigableString, row: Tag) -> bool:
    """Whether the text is the speaker's label: its element, inside the row, has a class naming the speaker."""
    element = string.parent
    while isinstance(element, Tag) and element is not row:
        if _SPEAKER_CLASS.search(_classes(element)):
            return True
        element = element.parent
    return False


def _names_player(element: Tag) -> bool:
    """Whether an element's tag, id or class names a transcript's or a player's part."""
    return bool(_PLAYER_WORDS.search(f"{element.name} {element.get('id') or ''} {_classes(element)}"))


def _classes(element: Tag) -> str:
    classes = element.get("class") or ""
    return classes if isinstance(classes, str) else " ".join(classes)
