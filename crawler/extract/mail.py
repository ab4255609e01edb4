"""E-mail messages saved as files (``.eml``, message/rfc822): a customer's complaint forwarded into an agenda
packet, a staff e-mail exported for a records request.

The headers a reader sees (From, To, Cc, Subject, Date ...) are one line each, "From: Maria Lopez <...>", labelled
by their name, as the message shows them; the body's text and HTML parts are read by the text and HTML
extractors (of alternative forms of one body, the richest only: the same words twice would be every finding
twice); attachments, and messages forwarded as attachments, are read by the extractor for their own type
(``extract_embedded``), so a PDF attached to a message is read as the PDF it is. Parsing is the standard
library's (``email``, with its current policy), which reads broken and non-ASCII headers without failing.
"""
from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from detectors.model import Location

from . import DocumentBuilder, extract_embedded

_SHOWN_HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Date", "Subject")
_MAX_PARTS = 500  # parts read of one message; past that, reported as not checked
_ALTERNATIVE_ORDER = ("text/html", "text/plain")


def extract_eml(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    message = email.message_from_bytes(body, policy=email.policy.default)
    if message.defects:
        builder.warn(f"message headers malformed: {type(message.defects[0]).__name__}")
    _headers(builder, message)
    title = message.get("Subject")
    if title:
        builder.document.title = builder.document.title or " ".join(str(title).split())
    parts = 0
    for part in _readable_parts(message):
        parts += 1
        if parts > _MAX_PARTS:
            builder.not_checked(f"message parts past the first {_MAX_PARTS} not read")
            return
        if builder.full:
            return
        _part(builder, part, parts)


def _headers(builder: DocumentBuilder, message: EmailMessage) -> None:
    for name in _SHOWN_HEADERS:
        for value in message.get_all(name) or ():
            text = " ".join(str(value).split())
            if text:
                builder.add(f"{name}: {text}", Location(element=f"header {name}"), label=name)


def _readable_parts(message: EmailMessage):
    """The leaf parts to read, in order: of a multipart/alternative the richest form only; a forwarded message
    (message/rfc822) whole, as an attachment of its own."""
    stack = [message]
    while stack:
        part = stack.pop()
        kind = part.get_content_type()
        if kind == "message/rfc822" and part is not message:
            yield part
        elif part.is_multipart():
            children = list(part.iter_parts())
            if kind == "multipart/alternative":
                children = _richest(children)
            stack.extend(reversed(children))
        else:
            yield part


def _richest(alternatives: list) -> list:
    for kind in _ALTERNATIVE_ORDER:
        for part in alternatives:
            if part.get_content_type() == kind and not _is_attachment(part):
                return [part]
    return alternatives[-1:]  # RFC 2046: the last is the richest the sender offered


def _is_attachment(part) -> bool:
    return part.get_content_disposition() == "attachment" or bool(part.get_filename())


def _part(builder: DocumentBuilder, part, number: int) -> None:
    kind = part.get_content_type()
    if kind == "message/rfc822":
        inner = part.get_payload()
        payload = (inner[0] if isinstance(inner, list) else inner).as_bytes(policy=email.policy.default)
        extract_embedded(builder, part.get_filename() or f"forwarded message {number}.eml", payload)
        return
    payload = part.get_payload(decode=True)
    if payload is None:
        return
    if _is_attachment(part) or kind not in _ALTERNATIVE_ORDER:
        extract_embedded(builder, part.get_filename() or f"part {number} ({kind})", payload)
        return
    charset = part.get_content_charset()
    declared = f"{kind}; charset={charset}" if charset else kind
    if kind == "text/html":
        from .html import extract_html
        extract_html(builder, payload, declared)
    else:
        from .text import extract_text
        extract_text(builder, payload, declared)
