"""A link's or a redirect's target read as the text it is on the page.

A page that links ``/files/Delgado_512-34-6789.pdf`` publishes the SSN in its source whatever the link answers
(a 404 included): the target's path is text on that page. Only a path that holds something shaped like an
identifier (a run of seven digits or more, with or without separators, or a mailbox) is handed to the
detectors, and it is handed over as words ("/ files / Delgado 512-34-6789.pdf"): the detectors read a value
glued to ``_`` or ``/`` as part of a longer token, which a file name's value is not.
"""
from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit

# a digit run of seven digits or more, separated as numbers are written ("512-34-6789", "(909) 555.0142")
_DIGITS = re.compile(r"\d[\d\-. ()]*\d")
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
    if not identifier_shaped("/".join(segments)):
        return ""
    return " / ".join(" ".join(segment.replace("_", " ").split()) for segment in segments if segment.strip())
