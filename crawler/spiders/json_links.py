"""The URLs a JSON document lists, which the page that loads it turns into links.

A city page often builds its document list from a JSON file its script fetches (``/api/documents.json`` with
``{"title": ..., "url": "/files/notice.pdf"}`` entries); a visitor sees each entry as a link, yet no ``<a>`` in
the page's HTML names it. The crawl reads the JSON as a document already; this module gives the strings in it
that are URLs, so the spider follows them as a page's links, on the site's hosts only.

Only a whole string value that is written as a URL is taken: an absolute http(s) URL, ``//host/path``, or a
root-relative path (``/files/notice.pdf``, ``/notices/case-14``). A relative path (``files/a.pdf``) is relative to
whatever page the script fills, so it is not guessed at; a name, a date, a media type, a route pattern
(``/permits/:id``), a glob or a regex, a template (``/files/{id}.pdf``) or anything with whitespace in it is no URL.
Of the URLs, only those of a document, a data file or a page are taken (by extension; no extension is a page):
an image, a style sheet, a script or a font is part of a page's look, not a record. At most ``MAX_LINKS`` URLs
per file: an export listing a whole archive is still bounded, and the page limit applies to each as to any link.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from ..scope import DOCUMENT_EXTENSIONS, extension
from .script_links import DATA_EXTENSIONS

MAX_LINKS = 200  # per JSON file
JSON_MEDIA_TYPES = ("application/json", "text/json")
JSON_EXTENSIONS = ("json", "geojson")
# Extensions of a page a server renders: with these (or none) a path is a page a visitor opens.
PAGE_EXTENSIONS = {"html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm"}
# A URL as JSON writes it: printable, no whitespace, quote, angle bracket, brace, backslash, or the characters
# of a glob, a regex or a template ("*", "^", "$", "|", "[", "]").
_URL_TEXT = re.compile(r"[^\s\"'<>{}\\*^$|\[\]`]+")
_MAX_URL_LENGTH = 2048


def is_json(content_type: str, extension: str) -> bool:
    """Whether a response is JSON: by its media type (``application/json``, ``application/ld+json``,
    ``text/json``), or by its ``.json`` extension when the server sends a generic one."""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type in JSON_MEDIA_TYPES or media_type.endswith("+json"):
        return True
    return extension in JSON_EXTENSIONS and media_type in ("", "text/plain", "application/octet-stream")


def json_links(body: bytes) -> list[str]:
    """The URLs (as written) that the JSON document ``body`` lists as string values, in document order, each
    once, at most ``MAX_LINKS``; [] when ``body`` is no JSON."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return []
    found: dict[str, None] = {}
    pending = [data]
    while pending and len(found) < MAX_LINKS:  # a walk of its own: a deep document must not exhaust the stack
        value = pending.pop()
        if isinstance(value, str):
            if is_listed_url(value.strip()):
                found[value.strip()] = None
        elif isinstance(value, dict):
            pending.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            pending.extend(reversed(value))
    return list(found)


def is_listed_url(text: str) -> bool:
    """Whether a JSON string is the URL of a document, a data file or a page (see the module's docstring)."""
    if not 2 <= len(text) <= _MAX_URL_LENGTH or not _URL_TEXT.fullmatch(text) or not text.isprintable():
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    if parts.scheme:
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
    elif not text.startswith("/"):
        return False  # a name, a relative path, a date: no URL whose page is known
    if not parts.netloc and not parts.path.strip("/"):
        return False  # "/", "//": no path
    if any(segment.startswith(":") for segment in parts.path.split("/")):
        return False  # a route pattern: /permits/:id
    ext = extension(text)
    return not ext or ext in DOCUMENT_EXTENSIONS or ext in DATA_EXTENSIONS or ext in PAGE_EXTENSIONS
