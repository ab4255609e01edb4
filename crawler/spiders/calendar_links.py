"""The links of a calendar feed's events (iCalendar, ``.ics``), which a calendar app shows as an event's links.

A city's calendar page offers its events as a feed to subscribe to ("Subscribe", "Add to calendar"); each event may
carry its agenda packet or notice as a link: the ``URL`` property, an ``ATTACH`` by reference (not an inline
``VALUE=BINARY`` one, which the calendar's own text holds), and the addresses written in its ``DESCRIPTION``. Such a
file may be linked from the feed alone, so a calendar is a source of links as a news feed is, while its own text is
read as a document (crawler.extract.cards). Lines are unfolded as RFC 5545 folds them (a line break followed by a
space or a tab continues the line) and text escapes undone (``\\,`` ``\\;`` ``\\n``).
"""
from __future__ import annotations

import re

_CALENDAR_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*BEGIN:VCALENDAR\b", re.IGNORECASE)
_FOLD = re.compile(r"\r?\n[ \t]")
# a content line: NAME, its ;PARAMETERS (a quoted value may hold ':' or ';'), ':' and its value
_LINE = re.compile(r'^([A-Za-z-]+)((?:;[^:;"]*(?:"[^"]*"[^:;"]*)*)*):(.*)$')
_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_ESCAPES = re.compile(r"\\([\\,;nN])")


def calendar_links(body: bytes) -> list[str]:
    """The links (as written) of the calendar's events, in file order, each once; [] when ``body`` is no
    iCalendar file."""
    if not _CALENDAR_START.match(body[:64]):
        return []
    text = _FOLD.sub("", body.decode("utf-8", "replace"))
    links = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        name, parameters, value = match[1].upper(), match[2].upper(), match[3].strip()
        if name in ("URL", "ATTACH") and "VALUE=BINARY" not in parameters and _URL.fullmatch(value):
            links.append(value)
        elif name == "DESCRIPTION":
            unescaped = _ESCAPES.sub(lambda escape: " " if escape[1] in "nN" else escape[1], value)
            links += [url.rstrip(".,;)") for url in _URL.findall(unescaped)]
    return list(dict.fromkeys(links))
