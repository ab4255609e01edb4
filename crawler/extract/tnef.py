"""Outlook's TNEF (``winmail.dat``, application/ms-tnef, [MS-OXTNEF]): the attachment Exchange and Outlook send in
place of a message's rich body and files, found in exported correspondence and posted as it came.

A TNEF stream is a signature and a list of attributes (a level byte: message or attachment; an id whose high word is
its type; a length; the data; a checksum). The message's subject, sender, date and plain body can be attributes of
their own, and any of them, the recipients, the HTML body and the compressed RTF body (``compressed_rtf``: often the
only body) MAPI properties in one attribute. Each attachment opens with its rendering attribute and carries its title,
its data and MAPI properties of its own (its long file name; an attached message as a TNEF stream of its own).
The message is rebuilt as the MIME message it was and read by ``mail.extract_eml``, as ``outlook`` does for a ``.msg``:
headers, bodies and attachments are read, located and labelled as an ``.eml``'s are; an RTF body as the attachment
"message body.rtf", read by the RTF reader.
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
from .compressed_rtf import decompressed_rtf

SIGNATURE = b"\x78\x9f\x3e\x22"
_MESSAGE, _ATTACHMENT = 1, 2  # attribute levels
# attribute ids (low word of the attribute's id)
_FROM, _SUBJECT, _DATE_SENT, _BODY = 0x8000, 0x8004, 0x8005, 0x800C
_ATTACH_DATA, _ATTACH_TITLE, _ATTACH_RENDERING = 0x800F, 0x8010, 0x9002
_MAPI_PROPS, _RECIPIENTS, _ATTACHMENT_PROPS, _CODE_PAGE = 0x9003, 0x9004, 0x9005, 0x9007
# MAPI property ids
_P_SUBJECT, _P_BODY, _P_HTML, _P_RTF = 0x0037, 0x1000, 0x1013, 0x1009
_P_SENDER_NAME, _P_SENDER_ADDRESS, _P_SENDER_SMTP, _P_SENT = 0x0C1A, 0x0C1F, 0x5D01, 0x0039
_P_DISPLAY_TO, _P_DISPLAY_CC = 0x0E04, 0x0E03
_P_DISPLAY_NAME, _P_EMAIL, _P_SMTP, _P_RECIPIENT_KIND = 0x3001, 0x3003, 0x39FE, 0x0C15
_P_LONG_FILE_NAME, _P_FILE_NAME, _P_ATTACH_DATA = 0x3707, 0x3704, 0x3701
_FIXED_SIZES = {0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x000A: 4, 0x000B: 4,
                0x0014: 8, 0x0040: 8, 0x0048: 16}
_STRING8, _UNICODE, _BINARY, _OBJECT = 0x001E, 0x001F, 0x0102, 0x000D
_KINDS = {1: "To", 2: "Cc", 3: "Bcc"}
_MAX_ATTRIBUTES = 100_000
_MAX_ATTACHMENTS = 500  # read of one message; past that, reported as not checked
_MAX_RECIPIENTS = 5_000
_MAX_RTF_BYTES = 20_000_000


def extract_tnef(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    from .mail import extract_eml

    extract_eml(builder, _message(builder, body, builder.depth).as_bytes(), None)


class _Stream:
    """A TNEF stream's attributes: the message's, and each attachment's in order."""

    def __init__(self, data: bytes):
        self.message: dict[int, bytes] = {}
        self.attachments: list[dict[int, bytes]] = []
        self.code_page = "cp1252"
        at = 6  # signature, legacy key
        for _ in range(_MAX_ATTRIBUTES):
            if at + 9 > len(data):
                break
            level, attribute, length = struct.unpack_from("<BII", data, at)
            value = data[at + 9:at + 9 + length]
            at += 9 + length + 2
            attribute &= 0xFFFF
            if level == _ATTACHMENT:
                if attribute == _ATTACH_RENDERING or not self.attachments:
                    self.attachments.append({})
                self.attachments[-1][attribute] = value
            else:
                self.message[attribute] = value
        if len(self.message.get(_CODE_PAGE, b"")) >= 4:
            number = struct.unpack_from("<I", self.message[_CODE_PAGE])[0]
            self.code_page = "utf-8" if number == 65001 else f"cp{number}"

    def text(self, value: bytes) -> str:
        return _decoded(value, self.code_page)


def _property_list(data: bytes, code_page: str) -> tuple[dict[int, object], int]:
    """The MAPI properties TNEF writes at the start of ``data`` (a count, then each property's type, id, and value or
    values), and the bytes they take: strings decoded, binary and object values as bytes, a time as a datetime; a
    named property is skipped over, and a type of unknown size ends the list (nothing after it can be found)."""
    found: dict[int, object] = {}
    at = 4
    try:
        for _ in range(struct.unpack_from("<I", data)[0]):
            kind, pid = struct.unpack_from("<HH", data, at)
            at += 4
            if pid >= 0x8000:  # named: its GUID, then a number or a name
                named = struct.unpack_from("<I", data, at + 16)[0]
                at += 20
                size = struct.unpack_from("<I", data, at)[0] if named == 1 else 0
                at += 4 + size + (-size) % 4
            base = kind & 0x0FFF
            values = 1
            if kind & 0x1000 or base in (_STRING8, _UNICODE, _BINARY, _OBJECT):
                values = struct.unpack_from("<I", data, at)[0]
                at += 4
            for _ in range(values):
                if base in _FIXED_SIZES:
                    size = _FIXED_SIZES[base]
                    raw = data[at:at + size]
                    at += size + (-size) % 4
                    if base == 0x0040 and len(raw) == 8:
                        found.setdefault(pid, _filetime(struct.unpack("<Q", raw)[0]))
                    elif base == 0x0003 and len(raw) == 4:
                        found.setdefault(pid, struct.unpack("<i", raw)[0])
                elif base in (_STRING8, _UNICODE, _BINARY, _OBJECT):
                    size = struct.unpack_from("<I", data, at)[0]
                    raw = data[at + 4:at + 4 + size]
                    at += 4 + size + (-size) % 4
                    if base == _UNICODE:
                        found.setdefault(pid, raw.decode("utf-16-le", errors="replace").split("\x00", 1)[0])
                    elif base == _STRING8:
                        found.setdefault(pid, _decoded(raw, code_page))
                    else:
                        found.setdefault(pid, raw)
                else:
                    return found, len(data)
    except struct.error:
        return found, len(data)
    return found, at


def _decoded(raw: bytes, code_page: str) -> str:
    try:
        return raw.decode(code_page, errors="replace").split("\x00", 1)[0].strip()
    except LookupError:  # a code page Python does not know
        return raw.decode("cp1252", errors="replace").split("\x00", 1)[0].strip()


def _filetime(ticks: int) -> datetime.datetime | None:
    try:
        return datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(microseconds=ticks // 10)
    except OverflowError:
        return None


def _sender(stream: _Stream, props: dict) -> str:
    """The sender: the MAPI properties', else the attFrom triple (name, then "SMTP:address")."""
    name, address = props.get(_P_SENDER_NAME, ""), props.get(_P_SENDER_SMTP) or props.get(_P_SENDER_ADDRESS, "")
    raw = stream.message.get(_FROM, b"")
    if not (name or address) and len(raw) >= 8:
        _, _, name_size, address_size = struct.unpack_from("<HHHH", raw)
        name = stream.text(raw[8:8 + name_size])
        address = stream.text(raw[8 + name_size:8 + name_size + address_size]).partition(":")[2]
    return _address(str(name), str(address))


def _address(name: str, address: str) -> str:
    if name and address and "@" in address and name.strip("'\" ") != address:
        return f"{name} <{address}>"
    return name or address


def _recipients(stream: _Stream) -> dict[str, list[str]]:
    """The recipient table's people by header (To, Cc, Bcc): a count of rows, each a property list."""
    table = stream.message.get(_RECIPIENTS, b"")
    found: dict[str, list[str]] = {}
    if len(table) < 4:
        return found
    at = 4
    for _ in range(min(struct.unpack_from("<I", table)[0], _MAX_RECIPIENTS)):
        if at + 4 > len(table):
            break
        props, size = _property_list(table[at:], stream.code_page)
        at += size
        person = _address(str(props.get(_P_DISPLAY_NAME, "")), str(props.get(_P_SMTP) or props.get(_P_EMAIL, "")))
        if person:
            found.setdefault(_KINDS.get(props.get(_P_RECIPIENT_KIND, 1), "To"), []).append(person)
    return found


def _message(builder: DocumentBuilder, data: bytes, depth: int):
    """The TNEF stream ``data`` as the MIME message it stands for."""
    stream = _Stream(data)
    props = _property_list(stream.message[_MAPI_PROPS], stream.code_page)[0] if _MAPI_PROPS in stream.message else {}
    headers = []
    sender = _sender(stream, props)
    if sender:
        headers.append(("From", sender))
    people = _recipients(stream)
    for kind, display in (("To", _P_DISPLAY_TO), ("Cc", _P_DISPLAY_CC), ("Bcc", None)):
        value = ", ".join(people.get(kind, [])) or (str(props.get(display, "")) if display else "")
        if value:
            headers.append((kind, value))
    sent = props.get(_P_SENT) or _attribute_date(stream.message.get(_DATE_SENT, b""))
    if isinstance(sent, datetime.datetime):
        headers.append(("Date", format_datetime(sent)))
    subject = str(props.get(_P_SUBJECT, "")) or stream.text(stream.message.get(_SUBJECT, b""))
    if subject:
        headers.append(("Subject", subject))
    parts = _bodies(builder, stream, props) + _attachments(builder, stream, depth)
    message = parts[0] if len(parts) == 1 else MIMEMultipart("mixed", _subparts=parts)
    for name, value in headers:
        value = " ".join(value.split())
        message[name] = value if value.isascii() else Header(value, "utf-8")
    return message


def _attribute_date(raw: bytes) -> datetime.datetime | None:
    """An attDateSent: year, month, day, hour, minute, second, weekday (16 bits each)."""
    if len(raw) < 12:
        return None
    try:
        return datetime.datetime(*struct.unpack_from("<6H", raw), tzinfo=datetime.timezone.utc)
    except ValueError:
        return None


def _bodies(builder: DocumentBuilder, stream: _Stream, props: dict) -> list:
    """The message's plain and HTML bodies (alternatives of one body when both are there), else its RTF body as the
    attachment "message body.rtf"."""
    plain = str(props.get(_P_BODY, "")) or stream.text(stream.message.get(_BODY, b""))
    html = props.get(_P_HTML, "")
    if isinstance(html, bytes):
        from .sniff import decode
        html = decode(html, html=True).text
    forms = [MIMEText(text, subtype, "utf-8") for text, subtype in ((plain, "plain"), (html, "html")) if text]
    if forms:
        return [MIMEMultipart("alternative", _subparts=forms)] if len(forms) == 2 else forms
    rtf = props.get(_P_RTF)
    if isinstance(rtf, bytes):
        text = decompressed_rtf(rtf, _MAX_RTF_BYTES)
        if text is None:
            builder.not_checked("the message's RTF body is in a form pubcheck does not know: not read")
        else:
            part = MIMEApplication(text, "rtf")
            part.add_header("Content-Disposition", "attachment", filename="message body.rtf")
            return [MIMEText("", "plain", "utf-8"), part]
    return [MIMEText("", "plain", "utf-8")]


def _attachments(builder: DocumentBuilder, stream: _Stream, depth: int) -> list:
    parts = []
    for number, attachment in enumerate(stream.attachments, 1):
        if number > _MAX_ATTACHMENTS:
            builder.not_checked(f"attachments past the first {_MAX_ATTACHMENTS} of the message not read")
            break
        props = (_property_list(attachment[_ATTACHMENT_PROPS], stream.code_page)[0]
                 if _ATTACHMENT_PROPS in attachment else {})
        name = (str(props.get(_P_LONG_FILE_NAME, "")) or str(props.get(_P_FILE_NAME, ""))
                or stream.text(attachment.get(_ATTACH_TITLE, b"")) or f"attachment {number}")
        data = attachment.get(_ATTACH_DATA)
        embedded = props.get(_P_ATTACH_DATA)
        if isinstance(embedded, bytes) and embedded[16:20] == SIGNATURE:  # an attached message: its IID, then TNEF
            if depth + 1 >= MAX_EMBEDDING_DEPTH:
                builder.not_checked(f"attachment {name} not read: messages nested more than {MAX_EMBEDDING_DEPTH} deep")
                continue
            part = MIMEMessage(_message(builder, embedded[16:], depth + 1))
        elif data is not None or isinstance(embedded, bytes):
            part = MIMEApplication(data if data is not None else embedded)
        else:
            continue
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        parts.append(part)
    return parts
