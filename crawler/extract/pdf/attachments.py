"""Files embedded in a PDF: document attachments, the files of a portfolio, and files attached to a
page. Each is read by the extractor for its own type, located "attachment NAME" (see
``crawler.extract.extract_embedded``)."""
from __future__ import annotations

import ctypes
import hashlib

import pypdfium2.raw as pdfium_c

from .. import DocumentBuilder, extract_embedded

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024


def read_attachments(builder: DocumentBuilder, pdf, read: set[str]) -> None:
    """Every file in the document's EmbeddedFiles (attachments and portfolio files). ``read`` holds the
    digests of the files already read (a page's attached file is often in EmbeddedFiles too)."""
    count = pdfium_c.FPDFDoc_GetAttachmentCount(pdf)
    for index in range(max(count, 0)):
        if builder.full:
            return
        attachment = pdfium_c.FPDFDoc_GetAttachment(pdf, index)
        if attachment:
            read_attachment(builder, attachment, "the document", read)


def read_attachment(builder: DocumentBuilder, attachment, where: str, read: set[str]) -> None:
    name = _name(attachment) or f"unnamed file attached to {where}"
    size = ctypes.c_ulong()
    if not pdfium_c.FPDFAttachment_GetFile(attachment, None, 0, size):
        builder.not_checked(f"attachment {name} unreadable: its data cannot be decoded")
        return
    if size.value > MAX_ATTACHMENT_BYTES:
        builder.not_checked(f"attachment {name} not read: {size.value / 1048576:.0f} MB, over "
                            f"{MAX_ATTACHMENT_BYTES // 1048576} MB")
        return
    if size.value == 0:
        return
    buffer = ctypes.create_string_buffer(size.value)
    pdfium_c.FPDFAttachment_GetFile(attachment, buffer, size.value, size)
    data = buffer.raw[:size.value]
    digest = hashlib.sha256(name.encode() + b"\0" + data).hexdigest()
    if digest not in read:
        read.add(digest)
        extract_embedded(builder, name, data)


def _name(attachment) -> str:
    size = pdfium_c.FPDFAttachment_GetName(attachment, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAttachment_GetName(attachment, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return " ".join(buffer.raw[:size].decode("utf-16-le", errors="replace").rstrip("\x00").split())
