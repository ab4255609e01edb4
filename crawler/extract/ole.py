"""Legacy Microsoft Office files (OLE2 compound files): Word 97-2003 ``.doc``, PowerPoint 97-2003 ``.ppt``, Outlook
``.msg``, and an Excel ``.xls`` served under another name. A City's archive is full of them: minutes saved from Word
in 2004, a council deck, an e-mail saved from Outlook into a records-request response; each holds text anyone who
downloads it reads.

The file's own streams say what it is, whatever its name or Content-Type: a ``WordDocument`` stream is a Word file
(``word97``), a ``PowerPoint Document`` stream a deck (``powerpoint97``), ``__substg1.0_`` property streams an
Outlook message (``outlook``), a ``Workbook`` stream an Excel workbook (``xls``). Another compound file (a Visio
drawing, an installer) is not scanned. olefile (BSD), the standard reader of the format, opens the container; each
stream is read whole, within ``MAX_STREAM_BYTES``.
"""
from __future__ import annotations

import io

from detectors.model import Location

from . import DocumentBuilder, ExtractError, UnsupportedDocument
from .sniff import DOC, MSG, OLE2, PPT, unsupported_reason

# what a file named or served as each kind holds when it is one
_MAIN_STREAM = {DOC: "WordDocument stream", PPT: "PowerPoint Document stream", MSG: "Outlook message properties"}
MAX_STREAM_BYTES = 64_000_000  # one stream: a .doc's text and tables are a few MB; more is a hostile file's claim
# the summary properties shown by File > Properties, named as a .docx's are
_SUMMARY_PROPERTIES = (("title", "title"), ("subject", "subject"), ("author", "author"), ("keywords", "keywords"),
                       ("comments", "comments"), ("last_saved_by", "last_modified_by"), ("category", "category"),
                       ("company", "company"), ("manager", "manager"))


def extract_ole(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(body))
    except (OSError, ValueError, IndexError, KeyError) as e:  # olefile reports a broken container as OSError
        raise ExtractError(f"broken OLE2 compound file: {e}") from None
    with ole:
        if ole.exists("WordDocument"):
            from .word97 import read_doc
            read_doc(builder, ole)
        elif ole.exists("PowerPoint Document"):
            from .powerpoint97 import read_ppt
            read_ppt(builder, ole)
        elif any(path[-1].startswith("__substg1.0_") for path in ole.listdir()):
            from .outlook import read_msg
            read_msg(builder, ole)
        elif ole.exists("Workbook") or ole.exists("Book"):
            from .xls import extract_xls
            extract_xls(builder, body, content_type)
        elif builder.document.content_type in _MAIN_STREAM:  # named or served as a .doc, .ppt or .msg
            raise ExtractError(f"broken OLE2 compound file: no {_MAIN_STREAM[builder.document.content_type]} in it")
        else:
            raise UnsupportedDocument(unsupported_reason(OLE2, builder.document.url))


def stream(ole, path: str, kind: str) -> bytes:
    """A stream's bytes, refused past ``MAX_STREAM_BYTES`` (the size is the file's claim, checked before reading);
    a stream the container's damaged tables cannot give (a storage where a stream should be, a sector chain out of
    the file) is a broken file."""
    try:
        size = ole.get_size(path)
        if size > MAX_STREAM_BYTES:
            raise ExtractError(f"refused: the {kind}'s stream claims {size:,} bytes, past the limit")
        return ole.openstream(path).read()
    except (OSError, TypeError, ValueError, OverflowError, IndexError) as e:
        raise ExtractError(f"broken {kind}: its stream {path.split('/')[-1]!r} is unreadable: {e}") from None


def read_summary_properties(builder: DocumentBuilder, ole) -> None:
    """The document's properties (``\\x05SummaryInformation`` and ``\\x05DocumentSummaryInformation``: title,
    subject, author, keywords, comments ...), hidden "document properties" as a .docx's are; the title is the
    document's title. A damaged property set loses the properties only."""
    try:
        metadata = ole.get_metadata()
    except Exception as e:  # olefile's property parser on a damaged set: the text is read all the same
        builder.warn(f"document properties unreadable: {type(e).__name__}")
        return
    encoding = _code_page(metadata.codepage)
    for attribute, label in _SUMMARY_PROPERTIES:
        value = getattr(metadata, attribute, None)
        if isinstance(value, bytes):
            value = value.decode(encoding, errors="replace")
        text = " ".join(str(value or "").replace("\x00", " ").split())
        if text:
            builder.add(text, Location(element="document properties"), hidden="document properties", label=label)
            if label == "title":
                builder.document.title = builder.document.title or text


def _code_page(number) -> str:
    """The Python codec of a property set's code page (1252 mostly; 65001 UTF-8), cp1252 when unknown."""
    import codecs

    name = "utf-8" if number == 65001 else f"cp{number}" if isinstance(number, int) else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
