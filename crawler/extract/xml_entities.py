"""XML entity declarations in a document's own XML: refused, one policy for every format that is XML inside.

An Office Open XML package (.docx, .xlsx, .pptx), an OpenDocument file and an SVG drawing are XML, and XML may
declare entities in a DOCTYPE: an internal one (``<!ENTITY city "Pomona">``, harmless), a billion laughs (a few
hundred bytes that expand to gigabytes), or an external one (``<!ENTITY x SYSTEM "file:///etc/passwd">``, which a
careless parser reads from the disk or the network). Word, Excel and PowerPoint refuse such a file; parsers
differ: one keeps the text after an entity reference, another drops the rest of the paragraph with it.

The policy, the same for all: a part whose prolog declares a DOCTYPE has it removed before any parser sees the
part, and every reference to an entity other than XML's five (``&amp;`` ...) is removed with it. Nothing is
expanded and nothing is fetched; all the text around the references is read as usual, and the document is
listed as not checked ("XML entity declarations refused"): the text an entity stands for was not read, so the
check is incomplete (exit status 2), whatever it found in the rest. A DOCTYPE that declares no entity (an SVG's
``<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ...>``, never fetched) is removed without a word.
"""
from __future__ import annotations

import io
import re
import zipfile

# the prolog of a part: where a DOCTYPE may stand, before the root element
_PROLOG_BYTES = 4096
_DOCTYPE = re.compile(rb"<!DOCTYPE\s[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL)
_DECLARES = re.compile(rb"<!ENTITY")
_REFERENCE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z_:][\w.:\-]*;")
MAX_REWRITTEN_BYTES = 200_000_000  # a package larger than this inflated is left to its extractor's own limits


def refused_in_xml(builder, body: bytes, what: str) -> bytes:
    """``body`` (one XML document: an SVG drawing) without its DOCTYPE and entity references (see the module's
    docstring); the builder notes the document as not checked when the DOCTYPE declared anything."""
    head = body[:_PROLOG_BYTES]
    if b"<!DOCTYPE" not in head:
        return body
    cleaned, declared = _without_entities(body)
    if declared:
        builder.not_checked(f"{what}: XML entity declarations refused (not expanded, nothing fetched); the text "
                            "its entity references stand for was not read")
    return cleaned


def refused_in_package(builder, body: bytes) -> bytes:
    """``body`` (a zip package: Office Open XML, OpenDocument) with each XML part that declares a DOCTYPE
    rewritten as :func:`refused_in_xml` rewrites a drawing, and a not-checked note naming the parts that declared
    entities. A package with no DOCTYPE in any part (the usual case) is returned as it is, unread past each part's
    first bytes; a package that cannot be opened is returned as it is, for its extractor to say what is wrong."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        infos = [info for info in archive.infolist() if not info.is_dir()]
        flagged = []
        for info in infos:
            with archive.open(info) as part:
                if b"<!DOCTYPE" in part.read(_PROLOG_BYTES):
                    flagged.append(info.filename)
        if not flagged:
            return body
        if sum(info.file_size for info in infos) > MAX_REWRITTEN_BYTES:
            builder.not_checked(f"{flagged[0]} declares a DOCTYPE in a package too large to rewrite without it "
                                f"({MAX_REWRITTEN_BYTES // 1_000_000} MB inflated): XML entities refused, the "
                                "package read as it is")
            return body
        declaring = []
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in infos:
                data = archive.read(info)
                if info.filename in flagged:
                    data, declared = _without_entities(data)
                    if declared:
                        declaring.append(info.filename)
                copy.writestr(info.filename, data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return body
    if declaring:
        builder.not_checked(f"XML entity declarations refused in {', '.join(declaring[:3])}"
                            f"{' ...' if len(declaring) > 3 else ''} (not expanded, nothing fetched); the text "
                            "their entity references stand for was not read")
    return out.getvalue()


def _without_entities(data: bytes) -> tuple[bytes, bool]:
    """(``data`` without its DOCTYPE and, when that declared entities, without its entity references; whether it
    declared entities). A DOCTYPE that only names a DTD (an SVG's ``<!DOCTYPE svg PUBLIC ...>``, which no parser
    here fetches) declares nothing."""
    match = _DOCTYPE.search(data)
    if match is None or match.start() > _PROLOG_BYTES:
        return data, False
    declared = bool(_DECLARES.search(match.group()))
    rest = data[match.end():]
    if declared:
        rest = _REFERENCE.sub(b"", rest)
    return data[:match.start()] + rest, declared
