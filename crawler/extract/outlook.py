"""Outlook messages saved as files (``.msg``, [MS-OXMSG]): an e-mail exported into a records-request response or an
agenda packet, read as the e-mail it is.

A .msg is a compound file holding the message's properties, each string one stream named by its tag
(``__substg1.0_0037001F``: the subject, UTF-16LE; its ``001E`` twin 8-bit in the message's code page), the fixed-size
ones (the date, a recipient's kind) in a ``__properties_version1.0`` stream; each recipient and each attachment a
storage of its own. The message is rebuilt as the MIME message it was (From, To, Cc, Bcc, Date, Subject, its text and
HTML bodies, its attachments, a message attached to it as a forwarded message) and read by ``mail.extract_eml``, so
headers, bodies and attachments are read, located and labelled as an ``.eml``'s are; each attachment by the extractor
for its own type. The body kept only as compressed RTF (no text or HTML body) is not read: reported as not checked.
"""
from __future__ import annotations

import datetime
import struct
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

from . import MAX_EMBEDDING_DEPTH, DocumentBuilder
from .ole import stream
from .sniff import decode

_SUBJECT, _BODY, _HTML_BODY, _RTF_BODY = 0x0037, 0x1000, 0x1013, 0x1009
_SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP = 0x0C1A, 0x0C1F, 0x5D01
_DISPLAY = {1: (0x0E04, "To"), 2: (0x0E03, "Cc"), 3: (0x0E02, "Bcc")}  # recipient kind -> display property, header
_SENT, _CODE_PAGE, _INTERNET_CODE_PAGE = 0x0039, 0x3FFD, 0x3FDE
_DISPLAY_NAME, _RECIPIENT_ADDRESS, _RECIPIENT_SMTP, _RECIPIENT_KIND = 0x3001, 0x3003, 0x39FE, 0x0C15
_LONG_FILE_NAME, _FILE_NAME, _ATTACHED_DATA = 0x3707, 0x3704, 0x3701
_EMBEDDED_MESSAGE = "__substg1.0_3701000D"
_MAX_ATTACHMENTS = 500  # read of one message; past that, reported as not checked
_MAX_RECIPIENTS = 5_000
_MAX_STRING_BYTES = 20_000_000  # one string property (a body)


def read_msg(builder: DocumentBuilder, ole) -> None:
    from .mail import extract_eml

    message = _message(builder, ole, [], builder.depth)
    extract_eml(builder, message.as_bytes(), None)


def _message(builder: DocumentBuilder, ole, storage: list[str], depth: int):
    """The message in ``storage`` (the file's root, or an attached message's storage) as a MIME message."""
    properties = _Properties(ole, storage, 32 if not storage else 24)
    headers = []
    sender = _address(properties.text(_SENDER_NAME),
                      properties.text(_SENDER_SMTP) or properties.text(_SENDER_ADDRESS))
    if sender:
        headers.append(("From", sender))
    for kind, (display, name) in _DISPLAY.items():
        people = [_address(r.text(_DISPLAY_NAME), r.text(_RECIPIENT_SMTP) or r.text(_RECIPIENT_ADDRESS))
                  for r in _recipients(builder, ole, storage) if r.number(_RECIPIENT_KIND) == kind]
        value = ", ".join(p for p in people if p) or properties.text(display)
        if value:
            headers.append((name, value))
    sent = properties.time(_SENT)
    if sent:
        headers.append(("Date", format_datetime(sent)))
    subject = properties.text(_SUBJECT)
    if subject:
        headers.append(("Subject", subject))
    parts = _bodies(builder, properties)
    parts += _attachments(builder, ole, storage, depth)
    message = parts[0] if len(parts) == 1 else MIMEMultipart("mixed", _subparts=parts)
    for name, value in headers:
        value = " ".join(value.split())
        message[name] = value if value.isascii() else Header(value, "utf-8")
    return message


def _bodies(builder: DocumentBuilder, properties: _Properties) -> list:
    """The message's text and HTML bodies, as alternatives of one body when it has both."""
    plain = properties.text(_BODY)
    html_bytes = properties.raw(_HTML_BODY)
    html = decode(html_bytes, html=True).text if html_bytes else properties.text(_HTML_BODY)
    forms = [MIMEText(text, subtype, "utf-8") for text, subtype in ((plain, "plain"), (html, "html")) if text]
    if not forms:
        if properties.has(_RTF_BODY):
            builder.not_checked("the message's body is kept only as compressed RTF: not read")
        return [MIMEText("", "plain", "utf-8")]
    return [MIMEMultipart("alternative", _subparts=forms)] if len(forms) == 2 else forms


def _attachments(builder: DocumentBuilder, ole, storage: list[str], depth: int) -> list:
    parts = []
    for number, folder in enumerate(_storages(ole, storage, "__attach_version1.0_#"), 1):
        if number > _MAX_ATTACHMENTS:
            builder.not_checked(f"attachments past the first {_MAX_ATTACHMENTS} of the message not read")
            break
        path = [*storage, folder]
        attachment = _Properties(ole, path, 8)
        name = attachment.text(_LONG_FILE_NAME) or attachment.text(_FILE_NAME) or attachment.text(_DISPLAY_NAME) \
            or f"attachment {number}"
        if ole.exists("/".join([*path, _EMBEDDED_MESSAGE])):
            if depth + 1 >= MAX_EMBEDDING_DEPTH:
                builder.not_checked(f"attachment {name} not read: messages nested more than {MAX_EMBEDDING_DEPTH} deep")
                continue
            part = MIMEMessage(_message(builder, ole, [*path, _EMBEDDED_MESSAGE], depth + 1))
        else:
            data = attachment.raw(_ATTACHED_DATA)
            if data is None:
                continue  # a link to a file elsewhere, or an OLE object with no data of its own
            part = MIMEApplication(data)
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        parts.append(part)
    return parts


def _recipients(builder: DocumentBuilder, ole, storage: list[str]) -> list[_Properties]:
    folders = _storages(ole, storage, "__recip_version1.0_#")
    if len(folders) > _MAX_RECIPIENTS:
        builder.not_checked(f"recipients past the first {_MAX_RECIPIENTS} of the message not read")
    return [_Properties(ole, [*storage, folder], 8) for folder in folders[:_MAX_RECIPIENTS]]


def _storages(ole, storage: list[str], prefix: str) -> list[str]:
    """The names of the storages directly in ``storage`` whose names start with ``prefix``, in order."""
    depth = len(storage)
    return sorted({path[depth] for path in ole.listdir(streams=True, storages=True)
                   if len(path) > depth + 1 and path[:depth] == storage and path[depth].startswith(prefix)})


def _address(name: str, address: str) -> str:
    """"Name <address>" as a message's header shows a person; either alone when the other is missing or the same."""
    if name and address and "@" in address and name.strip("'\" ") != address:
        return f"{name} <{address}>"
    return name or address


class _Properties:
    """One object's properties (a message's, a recipient's, an attachment's): its string and binary property
    streams, and the fixed-size values of its ``__properties_version1.0`` stream (after a header of ``header``
    bytes: 32 for the file's message, 24 for an attached message, 8 for a recipient or an attachment)."""

    def __init__(self, ole, storage: list[str], header: int):
        self.ole, self.storage = ole, storage
        self.fixed: dict[int, tuple[int, bytes]] = {}  # property id -> (type, its 8 bytes)
        data = self._stream("__properties_version1.0") or b""
        for at in range(header, len(data) - 15, 16):
            tag, _, value = struct.unpack_from("<II8s", data, at)
            self.fixed[tag >> 16] = (tag & 0xFFFF, value)
        code_page = self.number(_INTERNET_CODE_PAGE) or self.number(_CODE_PAGE)
        self.encoding = "utf-8" if code_page == 65001 else f"cp{code_page}" if code_page else "cp1252"

    def _stream(self, name: str) -> bytes | None:
        path = "/".join([*self.storage, name])
        if not self.ole.exists(path):
            return None
        return stream(self.ole, path, "MSG")

    def has(self, property_id: int) -> bool:
        return any(self.ole.exists("/".join([*self.storage, f"__substg1.0_{property_id:04X}{kind}"]))
                   for kind in ("001F", "001E", "0102"))

    def text(self, property_id: int) -> str:
        """A string property: its Unicode stream, or its 8-bit twin in the object's code page."""
        wide = self._stream(f"__substg1.0_{property_id:04X}001F")
        if wide is not None:
            return wide[:_MAX_STRING_BYTES].decode("utf-16-le", errors="replace").split("\x00", 1)[0].strip()
        narrow = self._stream(f"__substg1.0_{property_id:04X}001E")
        if narrow is None:
            return ""
        try:
            return narrow[:_MAX_STRING_BYTES].decode(self.encoding, errors="replace").split("\x00", 1)[0].strip()
        except LookupError:  # a code page Python does not know
            return narrow[:_MAX_STRING_BYTES].decode("cp1252", errors="replace").split("\x00", 1)[0].strip()

    def raw(self, property_id: int) -> bytes | None:
        return self._stream(f"__substg1.0_{property_id:04X}0102")

    def number(self, property_id: int) -> int | None:
        kind, value = self.fixed.get(property_id, (0, b""))
        return struct.unpack_from("<i", value)[0] if kind == 0x0003 else None

    def time(self, property_id: int) -> datetime.datetime | None:
        """A PT_SYSTIME property: a FILETIME, 100-nanosecond ticks since 1601, in UTC."""
        kind, value = self.fixed.get(property_id, (0, b""))
        if kind != 0x0040:
            return None
        ticks = struct.unpack_from("<Q", value)[0]
        try:
            return datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(
                microseconds=ticks // 10)
        except OverflowError:
            return None
