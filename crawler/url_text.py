"""A link's or a redirect's target read as the text it is on the page.

A page that links ``/files/Delgado_512-34-6789.pdf`` publishes the SSN in its source whatever the link answers
(a 404 included): the target's path is text on that page. Only a path that holds something shaped like an
identifier (a run of seven digits or more, with or without separators, or a mailbox) is handed to the
detectors, and it is handed over as words ("/ files / Delgado 512-34-6789.pdf"): the detectors read a value
glued to ``_`` or ``/`` as part of a longer token, which a file name's value is not. A file named after a mailbox
(``/staff/jane.doe@gmail.com.pdf``) has its type's extension set apart ("jane.doe@gmail.com .pdf"): glued, it reads as
the mailbox's top-level domain, and the mailbox as no mailbox.
"""
from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit

from .scope import DOCUMENT_EXTENSIONS, NOT_DOCUMENT_EXTENSIONS

# a digit run of seven digits or more, separated as numbers are written ("512-34-6789", "(909) 555.0142")
_DIGITS = re.compile(r"\d[\d\-. ()]*\d")
_MAILBOX = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
SHORTEST_NUMBER = 7
# a file type's extension after a mailbox that stays one without it ("jane.doe@gmail.com.png"; not "ana@city.zip")
_FILE_TYPES = DOCUMENT_EXTENSIONS.union(*NOT_DOCUMENT_EXTENSIONS.values(), (
    "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "xml", "json", "png", "jpg", "jpeg", "tif", "tiff",
    "eml", "js"))
# a mailbox in a file's name: its domain ends at a "_" ("jane_doe@gmail.com_resume.docx")
_MAILBOX_IN_NAME = re.compile(r"[\w.%+-]+@[^\W_]+(?:[.-][^\W_]+)*\.[^\W_]+")


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
    return " / ".join(" ".join(_words(segment).split()) for segment in segments if segment.strip())


def _words(segment: str) -> str:
    """A path segment as words: ``_`` is a space but in a mailbox (``jane_doe@gmail.com``), and a file type's
    extension after a mailbox is set apart (see the module docstring)."""
    if "@" not in segment:
        return segment.replace("_", " ")
    pieces, cursor = [], 0
    for mailbox in _MAILBOX_IN_NAME.finditer(segment):
        pieces += [segment[cursor:mailbox.start()].replace("_", " "), _extension_apart(mailbox.group())]
        cursor = mailbox.end()
    return "".join(pieces) + segment[cursor:].replace("_", " ")


def _extension_apart(mailbox: str) -> str:
    name, _, extension = mailbox.rpartition(".")
    if extension.lower() in _FILE_TYPES and "." in name.rpartition("@")[2]:
        return f"{name} .{extension}"
    return mailbox
