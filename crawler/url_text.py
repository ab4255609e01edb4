"""A link's or a redirect's target read as the text it is on the page.

A page that links ``/files/Delgado_512-34-6789.pdf`` publishes the SSN in its source whatever the link answers
(a 404 included): the target's path is text on that page. Only a path that holds something shaped like an
identifier (a run of seven digits or more, with or without separators, or a mailbox) is handed to the
detectors, and it is handed over as words ("/ files / Delgado 512-34-6789.pdf"): the detectors read a value
glued to ``_``, ``/``, a hyphen or letters as part of a longer token, which a file name's value is not. A file name
glues its words with whatever its author or system uses (``Delgado-512-34-6789-notice.txt``,
``2024_Delgado_512_34_6789.txt``, ``SSN512346789.txt``, ``Maria-Delgado-512-34-6789.pdf``), so a word is cut from a
number where one ends and the other starts (a ``.`` before a number glues it as ``_`` does: ``smith.512.34.6789.pdf``),
a hyphen before a capital parts two words as ``_`` does (a name reads as one), and an ``_`` or a ``.``
between short digit groups separates the groups of one number as a hyphen does (a longer run beside a year,
``stmt_512346789_2024``, is two numbers). A file named after a mailbox
(``/staff/jane.doe@gmail.com.pdf``) has its type's extension set apart ("jane.doe@gmail.com .pdf"): glued, it reads as
the mailbox's top-level domain, and the mailbox as no mailbox.

A name is bytes: a file copied from a Samba or Windows share keeps its latin-1 bytes (``caf\\xe9 menu.txt``), and a
link's percent-decoded path need be no UTF-8 (``%FF%FE``). Every output shows such a name one way (:func:`shown_name`):
UTF-8 where the bytes are UTF-8, each other byte as ``\\xNN``. It is valid text everywhere (report.html, findings.json,
SARIF, junit, the history, the logs), and lossless: two files whose names differ only in such bytes stay two documents
(U+FFFD would make them one, and the second one's findings would be lost). The file itself is opened by its real bytes.
"""
from __future__ import annotations

import os
import re
from urllib.parse import quote_from_bytes, unquote_to_bytes, urlsplit

from .scope import DOCUMENT_EXTENSIONS, NOT_DOCUMENT_EXTENSIONS

# a digit run of seven digits or more, separated as numbers are written ("512-34-6789", "(909) 555.0142")
_DIGITS = re.compile(r"\d[\d\-. ()]*\d")
# where a file name's words meet its numbers: letters and digits glued directly or by a hyphen or an underscore (a
# dot too before a number, "smith.512"; after one it starts the extension, "6789.pdf")
_WORD_MEETS_NUMBER = re.compile(r"(?<=[^\W\d_])[-_.]?(?=\d)|(?<=\d)[-_]?(?=[^\W\d_])")
# "512_34_6789", "512.34.6789": one number's groups, or numbers side by side
_GROUPS_GLUED = re.compile(r"\d+(?:[_.]\d+)+")
# a slug's words joined by hyphens, a capital after each ("Ana-Ruiz-512-34-6789.pdf"): a space, as "_" is, so that a
# name reads as the name it is ("e-mail" and "follow-up" keep theirs)
_HYPHEN_BEFORE_CAPITAL = re.compile(r"(?<=[^\W\d_])-(?=[A-ZÀ-ÖØ-Þ])")
# a word of a lower-case slug, capitalised by names_cased; not a file type's extension after a dot
_SLUG_WORD = re.compile(r"(?<![^\W_])(?<!\.)[^\W\d_]+")
_MAILBOX = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
SHORTEST_NUMBER = 7
# a file type's extension after a mailbox that stays one without it ("jane.doe@gmail.com.png"; not "ana@city.zip")
_FILE_TYPES = DOCUMENT_EXTENSIONS.union(*NOT_DOCUMENT_EXTENSIONS.values(), (
    "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "xml", "json", "png", "jpg", "jpeg", "tif", "tiff",
    "eml", "js"))
# a mailbox in a file's name: its domain ends at a "_" ("jane_doe@gmail.com_resume.docx")
_MAILBOX_IN_NAME = re.compile(r"[\w.%+-]+@[^\W_]+(?:[.-][^\W_]+)*\.[^\W_]+")
_BYTE_SHOWN = re.compile(r"(\\x[0-9a-f]{2})")  # a byte of a name that is no UTF-8, as shown_name writes it


def shown_name(name: str | bytes) -> str:
    """A file's path or a percent-decoded URL path as every output shows it (see the module docstring): its bytes
    (a ``str`` from the file system holds the bytes that are no UTF-8 as surrogate escapes, as ``os.fsdecode`` makes
    them) read as UTF-8, each byte that is not shown as ``\\xNN``. Valid text is returned as it is."""
    if isinstance(name, str):
        if name.isascii():
            return name
        try:
            name = os.fsencode(name)
        except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
            name = name.encode("utf-8", "surrogatepass")
    return name.decode("utf-8", "backslashreplace")


def path_uri(path: str) -> str:
    """A file's path as a URI reference: ``file://`` and the absolute path, or the relative path, with its bytes
    percent-encoded. The bytes are the file system's (a name no UTF-8, held as surrogate escapes) where the file
    system's encoding can say them, else UTF-8 (a shown name, ``Peña Nuñez.txt``, under a C or ISO-8859 locale without
    Python's UTF-8 mode, where ``Path.as_uri`` fails): any name makes a URI."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:
        raw = path.encode("utf-8", "surrogatepass")
    quoted = quote_from_bytes(raw.replace(os.sep.encode(), b"/"), safe="/")
    return "file://" + quoted if os.path.isabs(path) else quoted


_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_SHOWN = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def member_name(name: str) -> str:
    """An archive member's or an attachment's name as every output shows it: as a link's file name is, its
    ``%``-escapes decoded (a name that spells an SSN in escapes, ``Delgado_%35%31%32...``, shows it to the masking as
    the digits it is: ``Delgado_***-**-6789.7z``) and each byte that is no UTF-8 as ``\\xNN`` (:func:`shown_name`), and
    a control character, which no file name shows, escaped as Python writes it (``\\n``, ``\\x7f``): a reason is one
    line, and a raw line break or DEL in it is no text a reader or a mail can show."""
    if _ESCAPE.search(name):
        name = shown_name(unquote_to_bytes(name))
    return controls_escaped(name)


def controls_escaped(text: str) -> str:
    """``text`` with each control character escaped as Python writes it (``\\n``, ``\\x1b``): a file's name on a
    terminal or in a mail shows as the name it is, never as an escape sequence that moves the cursor or rewrites
    the line."""
    return _CONTROL.sub(lambda m: _CONTROL_SHOWN.get(m.group()) or f"\\x{ord(m.group()):02x}", text)


def identifier_shaped(text: str) -> bool:
    """Whether ``text`` holds a run of seven digits or more or a mailbox."""
    return bool(_MAILBOX.search(text)) or any(
        sum(c.isdigit() for c in m.group()) >= SHORTEST_NUMBER for m in _DIGITS.finditer(text))


def path_text(url: str) -> str:
    """The decoded path of ``url`` as words, when it holds an identifier-shaped value; "" otherwise."""
    try:
        path = shown_name(unquote_to_bytes(urlsplit(url.strip()).path))
    except ValueError:  # an invalid URL (a bad port, brackets)
        return ""
    return _as_words(path.split("/"))


def names_cased(words: str) -> str:
    """A path's words (:func:`path_text`) with each segment written all in lower case, as CMSs write file names
    (``maria-delgado-512-34-6789.pdf``), capitalised as a person writes a name and its words parted, so that a name
    reads as one ("Maria Delgado 512-34-6789.pdf"); a file type's extension stays as it is."""
    return " / ".join(_HYPHEN_BEFORE_CAPITAL.sub(" ", _SLUG_WORD.sub(lambda word: word.group().capitalize(), segment))
                      if segment == segment.lower() and any(c.isdigit() for c in segment) else segment
                      for segment in words.split(" / "))


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
    """A path segment's words: ``2024_Delgado_512_34_6789.txt`` -> ``2024 Delgado 512-34-6789.txt``; a mailbox
    (``jane_doe@gmail.com``) keeps its ``_``, and a file type's extension after it is set apart (see the module
    docstring)."""
    if "@" not in segment:
        return _unglued(segment)
    pieces, cursor = [], 0
    for mailbox in _MAILBOX_IN_NAME.finditer(segment):
        pieces += [_unglued(segment[cursor:mailbox.start()]), _extension_apart(mailbox.group())]
        cursor = mailbox.end()
    return "".join(pieces) + _unglued(segment[cursor:])


def _unglued(text: str) -> str:
    """Words and numbers glued in a file name set apart, ``_`` a space (see the module docstring). A byte shown as
    ``\\xNN`` is a word of its own: its hex digits are glued to no number."""
    if "\\x" in text:
        pieces = _BYTE_SHOWN.split(text)  # words, a byte, words, a byte ... words
        pieces[::2] = map(_unglued, pieces[::2])
        for n in range(1, len(pieces), 2):
            pieces[n] = (" " if pieces[n - 1][-1:].isdigit() else "") + pieces[n] + (
                " " if pieces[n + 1][:1].isdigit() else "")
        return "".join(pieces)
    if any(c.isdigit() for c in text):
        text = _GROUPS_GLUED.sub(_groups, _WORD_MEETS_NUMBER.sub(" ", _HYPHEN_BEFORE_CAPITAL.sub(" ", text)))
    return text.replace("_", " ")


def _groups(run: re.Match) -> str:
    groups = re.split(r"[_.]", run.group())
    return ("-" if max(map(len, groups)) <= 4 else " ").join(groups)


def _extension_apart(mailbox: str) -> str:
    name, _, extension = mailbox.rpartition(".")
    if extension.lower() in _FILE_TYPES and "." in name.rpartition("@")[2]:
        return f"{name} .{extension}"
    return mailbox
