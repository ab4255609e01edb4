"""ZIP archives ("Attachments.zip" of an agenda item) -> every member read as the document it is; a gzip file
(``accounts.csv.gz``) -> the one file it packs, read as that file.

Members are unpacked in memory one at a time with the standard ``zipfile`` and handed to the extractor for
their own type (``extract_embedded``), so a CSV in a zip is read as a CSV and a zip in a zip as a zip, up to
``MAX_EMBEDDING_DEPTH``. Zip bombs are bounded before anything is inflated, from the central directory's
sizes (member count, total size, one member's size, compression ratio); those sizes can lie, but zipfile
inflates no more than the declared size and then fails the member's CRC check. A member that is not read (encrypted, over a limit, of an unsupported type) makes the
archive not fully checked; a zip that cannot be opened at all is a failed document.

A gzip file packs one file (a ``.csv.gz`` export; ``gzip`` and ``pigz`` may write it in several members, which
``gunzip`` joins). It is inflated in memory under a ZIP member's bounds, by zlib, which stops at the bound rather
than inflating a bomb whole, and read by the extractor of the file's own type, located as that file (its name in
the gzip header, else the URL's without ``.gz``). A gzipped tar (``.tar.gz``, ``.tgz``) is a folder of files: listed
as not unpacked.
"""
from __future__ import annotations

import io
import posixpath
import stat
import zipfile
import zlib
from urllib.parse import unquote_to_bytes, urlsplit

from crawler.url_text import member_name, shown_name

from . import (DocumentBuilder, ExtractError, GzipRefused, UnsupportedDocument, extract_embedded, gunzip,
               read_embedded_name)
from .sniff import GZIP, unsupported_reason

MAX_MEMBERS = 5_000  # files read of one archive
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one member, inflated
MAX_TOTAL_BYTES = 500 * 1024 * 1024  # all members of one archive, inflated
MAX_RATIO = 200  # inflated / compressed size of one member past this (and past a megabyte) is a bomb
_RATIO_FLOOR = 1024 * 1024  # small members compress as well as they like: a blank 20 KB form is no bomb
# what the operating system that made the zip adds beside the files: no text the public reads
_SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


def extract_zip(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as e:
        raise ExtractError(f"corrupt ZIP archive: {e}") from None
    files = [m for m in members if not m.is_dir() and not _is_system_file(m.filename)]
    if not files:
        builder.warn("the ZIP archive holds no files")
    inflated = 0
    for number, member in enumerate(files):
        name = member.filename
        if number >= MAX_MEMBERS:
            builder.not_checked(f"{len(files) - MAX_MEMBERS} files past the first {MAX_MEMBERS:,} of the archive"
                                " not read")
            return
        if builder.full:
            builder.not_checked(f"{len(files) - number} files of the archive not read: text limit reached")
            return
        left = builder.seconds_left()
        if left is not None and left <= 0:
            builder.not_checked(f"{len(files) - number} files of the archive not read: out of time")
            return
        if _is_symlink(member):
            builder.warn(f"member {member_name(name)} is a symbolic link: not followed")
            continue
        reason = _refusal(member, inflated)
        if reason:
            read_embedded_name(builder, name)
            builder.not_checked(f"member {member_name(name)} not read: {reason}")
            continue
        try:
            data = archive.read(member)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError, OSError,
                EOFError, zlib.error) as e:  # a bad CRC, an unknown compression method, a truncated member
            read_embedded_name(builder, name)
            builder.not_checked(f"member {member_name(name)} unreadable: {type(e).__name__}: {e}")
            continue
        inflated += len(data)
        extract_embedded(builder, name, data, kind="member")


def _refusal(member: zipfile.ZipInfo, inflated: int) -> str | None:
    """Why a member is not inflated, judged from its directory entry, or None."""
    if member.flag_bits & 0x1:
        return "encrypted (needs a password)"
    if member.file_size > MAX_MEMBER_BYTES:
        return f"{member.file_size / 1048576:,.0f} MB inflated, over the {MAX_MEMBER_BYTES // 1048576} MB limit"
    if inflated + member.file_size > MAX_TOTAL_BYTES:
        return f"the archive inflates past the {MAX_TOTAL_BYTES // 1048576} MB limit"
    if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
        return (f"compression ratio {member.file_size // max(member.compress_size, 1):,}:1 over the"
                f" {MAX_RATIO}:1 limit (a zip bomb)")
    return None


def _is_symlink(member: zipfile.ZipInfo) -> bool:
    return member.create_system == 3 and stat.S_ISLNK(member.external_attr >> 16)


def _is_system_file(name: str) -> bool:
    """Finder's and Explorer's by-products: a Mac's __MACOSX/ resource forks, .DS_Store, Thumbs.db."""
    return name.startswith("__MACOSX/") or posixpath.basename(name).lower() in _SYSTEM_FILES


_TAR_NAMES = (".tar", ".tgz", ".taz", ".tar.gz")
_TAR_MAGIC = (257, b"ustar")
_GZIP_NAME_FLAG = 0x08  # FNAME: the packed file's name follows the header


def extract_gzip(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    """The file a gzip packs, read by the extractor of its own type (see the module's docstring)."""
    name = _packed_name(body, builder.document.url)
    if name.lower().endswith(_TAR_NAMES):
        raise UnsupportedDocument(_tar_reason())
    data = _gunzip(body, _inflation_bound(len(body)))
    if data[_TAR_MAGIC[0]:_TAR_MAGIC[0] + len(_TAR_MAGIC[1])] == _TAR_MAGIC[1]:
        raise UnsupportedDocument(_tar_reason())
    extract_embedded(builder, name, data, kind="file")


def _tar_reason() -> str:
    return unsupported_reason(GZIP).replace("gzip archive", "gzip archive of a tar", 1)


def _inflation_bound(compressed: int) -> int:
    """How far a gzip of ``compressed`` bytes may inflate: a ZIP member's size and compression ratio limits."""
    return min(MAX_MEMBER_BYTES, max(_RATIO_FLOOR, MAX_RATIO * compressed))


def _gunzip(body: bytes, bound: int) -> bytes:
    """The packed file (``gunzip``), refused past ``bound`` bytes, failed when corrupt or cut short."""
    try:
        return gunzip(body, bound)
    except GzipRefused as refused:
        if refused.kind == "too large":
            raise UnsupportedDocument(
                f"gzip file not unpacked: it inflates past {bound // 1048576:,} MB, over the "
                f"{MAX_MEMBER_BYTES // 1048576} MB or {MAX_RATIO}:1 limit (a gzip bomb)") from None
        if refused.kind == "corrupt":
            raise ExtractError(f"corrupt gzip file: {refused.detail}") from None
        raise ExtractError("gzip file cut short") from None


def _packed_name(body: bytes, url: str) -> str:
    """The name of the file a gzip packs: the one its header records (FNAME), else the URL's file name less
    ``.gz`` ("ami-reads.csv.gz" -> "ami-reads.csv")."""
    if len(body) > 10 and body[3] & _GZIP_NAME_FLAG and not body[3] & 0x04:  # no FEXTRA before the name
        end = body.find(b"\0", 10, 10 + 1024)
        if end > 10:
            return posixpath.basename(body[10:end].decode("latin-1"))
    base = posixpath.basename(shown_name(unquote_to_bytes(urlsplit(url).path))) or "file"
    return base[:-3] if base.lower().endswith(".gz") else base[:-2] if base.lower().endswith(".z") else base
