"""The URLs a PDF's links open (``/URI`` actions of its link annotations), which a reader follows as a page's.

An agenda packet links its exhibits ("See attachment A"), a report its appendices: a document linked from no page
but from a PDF is published as surely as a linked one. The spider reads these URLs from the raw file, without
rendering it (the crawl must not stall on a 50 MB PDF): the ``/URI`` strings of its objects, literal
(``(...)``, with its escapes) or hexadecimal (``<...>``), and those of its compressed object streams (PDF 1.5+,
where a writer may pack the annotations). A URI in an encrypted file or in a content stream is not read; the
extractor reads the text of the file as before.
"""
from __future__ import annotations

import re
import zlib

_PDF_HEADER = b"%PDF-"
_SNIFFED_BYTES = 1024
_URI = re.compile(rb"/URI\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)", re.DOTALL)
_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b")
_STREAM_START = re.compile(rb"stream\r?\n")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}
_ESCAPE = re.compile(rb"\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)")
MAX_LINKS = 10_000  # per file: beyond this a PDF is a hostile file, not a linked packet
MAX_INFLATED = 16 * 1024 * 1024  # the object streams' bytes read at most, per file


def is_pdf(body: bytes) -> bool:
    return _PDF_HEADER in body[:_SNIFFED_BYTES]


def pdf_links(body: bytes) -> list[str]:
    """The http(s) and relative URLs (as written) of the PDF's link actions, in file order, each once; [] for
    what is no PDF."""
    if not is_pdf(body):
        return []
    found: dict[str, None] = {}
    for chunk in (body, *_object_streams(body)):
        for match in _URI.finditer(chunk):
            url = _uri_text(match)
            if url and not url.startswith("#"):
                found[url] = None
                if len(found) >= MAX_LINKS:
                    return list(found)
    return list(found)


def _uri_text(match: re.Match) -> str:
    """A /URI string as text: a literal string with its escapes undone, or a hexadecimal one decoded."""
    if match.group(2) is not None:
        digits = re.sub(rb"\s+", b"", match.group(2))
        raw = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
    else:
        raw = _ESCAPE.sub(_unescaped, match.group(1))
    return raw.decode("utf-8", "replace").strip()


def _unescaped(match: re.Match) -> bytes:
    escape = match.group(1)
    if escape in _ESCAPES:
        return _ESCAPES[escape]
    if escape[:1] in b"\r\n":
        return b""  # a line continuation
    return bytes([int(escape, 8) & 0xFF])


def _object_streams(body: bytes):
    """The inflated content of the file's compressed object streams, within :data:`MAX_INFLATED` bytes in all."""
    budget = MAX_INFLATED
    for match in _OBJECT_STREAM.finditer(body):
        start = _STREAM_START.search(body, match.end())
        if start is None or budget <= 0:
            return
        end = body.find(b"endstream", start.end())
        try:
            inflated = zlib.decompressobj().decompress(body[start.end():end if end > 0 else None], budget)
        except zlib.error:
            continue  # not Flate, or broken: the extractor says what it can read
        budget -= len(inflated)
        yield inflated
