"""RTF (a letter saved from Word or WordPad) -> one segment per paragraph, with striprtf (BSD), which follows
the file's code page, its Unicode escapes and its font table's character sets. It leaves out what RTF keeps in
"destinations" (review comments, headers and footers, embedded objects): those are not read."""
from __future__ import annotations

from detectors.model import Location

from . import DocumentBuilder


def extract_rtf(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    from striprtf.striprtf import rtf_to_text

    # RTF is 7-bit text (a stray 8-bit byte stays one character); a character its code page cannot decode is
    # replaced, not an error
    text = rtf_to_text(body.decode("latin-1"), errors="replace")
    paragraphs = 0
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            paragraphs += 1
            builder.add(paragraph, Location(element=f"paragraph {paragraphs}"))
            if builder.full:
                return
