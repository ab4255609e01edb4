"""E-mail messages saved as files (``.eml``, message/rfc822): a customer's complaint forwarded into an agenda
packet, a staff e-mail exported for a records request.

The headers a reader sees (From, To, Cc, Subject, Date ...) are one line each, "From: Maria Lopez <...>", labelled
by their name, as the message shows them; the body's text and HTML parts are read by the text and HTML
extractors (of alternative forms of one body, the richest first, then the text of the others that it does not
hold: both are published, and a plain part may say what the HTML part does not, but the same words twice would be
every finding twice); attachments, and messages forwarded as attachments, are read by the extractor for their own type
(``extract_embedded``), so a PDF attached to a message is read as the PDF it is. Parsing is the standard
library's (``email``, with its current policy), which reads broken and non-ASCII headers without failing.

A mailbox file (``.mbox``, a mail client's export of a folder of correspondence) is its messages one after another,
each opened by a "From sender date" line; each is read as the message it is, located "message 3.eml".
"""
from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from detectors.model import Document, Location

from . import DocumentBuilder, extract_embedded

_SHOWN_HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Date", "Subject")
_MAX_PARTS = 500  # parts read of one message; past that, reported as not checked
_ALTERNATIVE_ORDER = ("text/html", "text/plain")
_MAX_MESSAGES = 10_000  # messages read of one mailbox; past that, reported as not checked
# a mailbox's separator: a "From " line at the start of the file or after a blank line (mboxo, mboxrd)
_MBOX_SEPARATOR = re.compile(rb"(?:\A|\r?\n\r?\n)From [^\r\n]*\r?\n")
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.M)  # a body line "From ..." as the mailbox stored it


def extract_eml(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    message = email.message_from_bytes(body, policy=email.policy.default)
    if message.defects:
        builder.warn(f"message headers malformed: {type(message.defects[0]).__name__}")
    _headers(builder, message)
    title = message.get("Subject")
    if title:
        builder.document.title = builder.document.title or " ".join(str(title).split())
    parts = 0
    for part, alternative in _readable_parts(message):
        parts += 1
        if parts > _MAX_PARTS:
            builder.not_checked(f"message parts past the first {_MAX_PARTS} not read")
            return
        if builder.full:
            return
        if alternative:
            _other_alternative(builder, part, parts)
        else:
            _part(builder, part, parts)


def extract_mbox(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    messages = (m for m in _MBOX_SEPARATOR.split(body) if m.strip())
    for number, message in enumerate(messages, 1):
        if number > _MAX_MESSAGES:
            builder.not_checked(f"messages past the first {_MAX_MESSAGES} of the mailbox not read")
            return
        if builder.full:
            return
        extract_embedded(builder, f"message {number}.eml", _ESCAPED_FROM.sub(rb"\1", message), kind="mailbox")


def _headers(builder: DocumentBuilder, message: EmailMessage) -> None:
    for name in _SHOWN_HEADERS:
        for value in message.get_all(name) or ():
            text = " ".join(str(value).split())
            if text:
                builder.add(f"{name}: {text}", Location(element=f"header {name}"), label=name)


def _readable_parts(message: EmailMessage):
    """(leaf part, whether it is another form of a body read before it) to read, in order: of a
    multipart/alternative the richest form, then its other text forms; a forwarded message (message/rfc822) whole,
    as an attachment of its own."""
    stack: list = [(message, False)]
    while stack:
        part, alternative = stack.pop()
        kind = part.get_content_type()
        if kind == "message/rfc822" and part is not message:
            yield part, alternative
        elif part.is_multipart():
            children = list(part.iter_parts())
            if kind == "multipart/alternative":
                richest = _richest(children)
                others = [c for c in children if c not in richest and _is_text_form(c)]
                stack.extend(reversed([*((c, alternative) for c in richest), *((c, True) for c in others)]))
            else:
                stack.extend(reversed([(c, alternative) for c in children]))
        else:
            yield part, alternative


def _richest(alternatives: list) -> list:
    for kind in _ALTERNATIVE_ORDER:
        for part in alternatives:
            if part.get_content_type() == kind and not _is_attachment(part):
                return [part]
    return alternatives[-1:]  # RFC 2046: the last is the richest the sender offered


def _is_text_form(part) -> bool:
    return part.get_content_type() in _ALTERNATIVE_ORDER and not _is_attachment(part)


def _other_alternative(builder: DocumentBuilder, part, number: int) -> None:
    """Another form of a body read before (the text/plain beside a text/html): its segments whose words the
    message read so far does not hold, with the records they are fields of."""
    read = " ".join(" ".join(s.text.split()) for s in builder.document.segments)
    child = DocumentBuilder(Document(url="", content_type=""), builder.room, deadline=builder.deadline,
                            depth=builder.depth)
    _part(child, part, number)
    kept = {id(s) for s in child.document.segments if " ".join(s.text.split()) not in read}
    child.document.segments = [s for s in child.document.segments if id(s) in kept]
    for record in child.document.records:
        record.fields = [f for f in record.fields if id(f) in kept]
    child.document.records = [r for r in child.document.records if r.fields]
    builder.take(child, "")


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
