"""A link's or a redirect's target read as the text it is on the page.

A page that links ``/files/Delgado_512-34-6789.pdf`` publishes the SSN in its source whatever the link answers
(a 404 included): the target's path is text on that page. Only a path that holds something shaped like an
identifier (a run of seven digits or more, with or without separators, or a mailbox) is handed to the
detectors, and it is handed over as words ("/ files / Delgado 512-34-6789.pdf"): the detectors read a value
glued to ``_``, ``/``, a hyphen or letters as part of a longer token, which a file name's value is not. A file name
glues its words with whatever its author or system uses (``Delgado-512-34-6789-notice.txt``,
``2024_Delgado_512_34_6789.txt``, ``SSN512346789.txt``), so a word is cut from a number where one ends and the
other starts, and an ``_`` between short digit groups separates the groups of one number as a hyphen does (a
longer run beside a year, ``stmt_512346789_2024``, is two numbers).
"""
from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit

# a digit run of seven digits or more, separated as numbers are written ("512-34-6789", "(909) 555.0142")
_DIGITS = re.compile(r"\d[\d\-. ()]*\d")
# where a file name's words meet its numbers: letters and digits glued directly or by a hyphen or an underscore
_WORD_MEETS_NUMBER = re.compile(r"(?<=[^\W\d_])[-_]?(?=\d)|(?<=\d)[-_]?(?=[^\W\d_])")
_GROUPS_GLUED = re.compile(r"\d+(?:_\d+)+")  # "512_34_6789": one number's groups, or numbers side by side
_MAILBOX = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
SHORTEST_NUMBER = 7


def identifier_shaped(text: str) -> bool:
    """Whether ``text`` holds a run of seven digits or more or a mailbox."""
    return bool(_MAILBOX.search(text)) or any(
        sum(c.isdigit() for c in m.group()) >= SHORTEST_NUMBER for m in _DIGITS.finditer(text))


def path_text(url: str) -> str:
    """The decoded path of ``url`` as words, when it holds an identifier-shaped value; "" otherwise."""
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:  # an invalid URL (a bad port, brackets)
        return ""
    return _as_words(path.split("/"))


def file_path_text(path: str) -> str:
    """A scanned file's path (below the folder given to ``pubcheck scan``, or its name) as words, when it holds an
    identifier-shaped value; "" otherwise: a file named ``Delgado_512-34-6789.txt`` publishes the SSN wherever
    the file goes, as a link's target does."""
    return _as_words(path.replace(os.sep, "/").split("/"))


def _as_words(segments: list[str]) -> str:
    words = [" ".join(_words(segment).split()) for segment in segments if segment.strip()]
    if not identifier_shaped("/".join(words)):
        return ""
    return " / ".join(words)


def _words(segment: str) -> str:
    """A path segment's words: ``2024_Delgado_512_34_6789.txt`` -> ``2024 Delgado 512-34-6789.txt``; a mailbox's
    (``jdoe2@example.org``) are its own."""
    if "@" not in segment and any(c.isdigit() for c in segment):
        segment = _GROUPS_GLUED.sub(_groups, _WORD_MEETS_NUMBER.sub(" ", segment))
    return segment.replace("_", " ")


def _groups(run: re.Match) -> str:
    groups = run.group().split("_")
    return ("-" if max(map(len, groups)) <= 4 else " ").join(groups)
