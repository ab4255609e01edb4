"""What a fetched file really is, and how its text is encoded.

Servers mislabel files (PDFs as application/octet-stream or text/html, CSV as Excel), so the bytes
decide first, then the declared Content-Type, then the URL's extension. Text decoding follows the
browser's order (BOM, HTTP charset, ``<meta>``), then strict UTF-8, then detection, with
windows-1252, what old US city pages are written in, as the last resort. UTF-16 without a byte-order mark (SQL
Server's ``bcp -w``, .NET's ``Encoding.Unicode``) is told by its NUL bytes before any of those: every other
character of Latin text is NUL, which no 8-bit charset or UTF-8 text holds.
"""
from __future__ import annotations

import codecs
import io
import mimetypes
import posixpath
import re
import zipfile
from typing import NamedTuple
from urllib.parse import urlsplit

from w3lib.encoding import html_body_declared_encoding, resolve_encoding

HTML = "text/html"
PDF = "application/pdf"
TEXT = "text/plain"
CAPTIONS = "text/vtt"  # WebVTT captions; SubRip (.srt) is plain text (both read by crawler.extract.captions)
CSV = "text/csv"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
# Excel's "XML Spreadsheet 2003", often served or saved as .xls or .xml (crawler.extract.spreadsheetml)
SPREADSHEETML = "application/x-ms-spreadsheetml"
WORDML2003 = "application/x-ms-wordml"  # Word 2003's "XML Document" (crawler.extract.wordml2003)
PPT = "application/vnd.ms-powerpoint"
# OpenDocument (LibreOffice): zip files whose first member, "mimetype", names the kind (crawler.extract.opendocument)
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
OPENDOCUMENT_TYPES = frozenset({ODT, ODS, ODP})
OLE2 = "application/x-ole-storage"
ZIP = "application/zip"
GZIP = "application/gzip"
# archives the public can open but that are not unpacked: listed as not checked (ZIP is, crawler.extract.archive)
UNREAD_ARCHIVE_TYPES = {GZIP: "gzip", "application/x-7z-compressed": "7-Zip",
                        "application/vnd.rar": "RAR", "application/x-tar": "tar", "application/x-bzip2": "bzip2",
                        "application/x-xz": "xz"}
OCTET_STREAM = "application/octet-stream"
# Formats the public opens (LibreOffice, a Mac, an e-book or CAD viewer) that pubcheck does not read, named as a reader
# knows them: a not-checked reason says "WordPerfect document (.wpd)", not "application/vnd.wordperfect". Known by the
# media type (a server's own or an alias) or, served as application/octet-stream or found as an OLE2 compound file or
# a zip member, by the extension. (name, extensions, media types)
UNREAD_FORMATS = (
    ("WordPerfect document", (".wpd", ".wp", ".wp5", ".wp6"),
     ("application/vnd.wordperfect", "application/wordperfect", "application/x-wordperfect",
      "application/wordperfect5.1")),
    ("DjVu document", (".djvu", ".djv"), ("image/vnd.djvu", "image/x-djvu", "image/djvu")),
    ("Apple Pages document", (".pages",), ("application/vnd.apple.pages", "application/x-iwork-pages-sffpages")),
    ("Apple Numbers spreadsheet", (".numbers",),
     ("application/vnd.apple.numbers", "application/x-iwork-numbers-sffnumbers")),
    ("Apple Keynote presentation", (".key",), ("application/vnd.apple.keynote", "application/x-iwork-keynote-sffkey")),
    ("Apple iWork (Pages, Numbers, Keynote) content", (".iwa",), ()),
    ("Microsoft Publisher document", (".pub",), ("application/x-mspublisher", "application/vnd.ms-publisher")),
    ("Microsoft Works document", (".wps", ".wks", ".wdb"), ("application/vnd.ms-works",)),
    ("Microsoft Visio drawing", (".vsd", ".vsdx", ".vdx"),
     ("application/vnd.visio", "application/vnd.ms-visio.drawing", "application/x-visio")),
    ("Microsoft Access database", (".mdb", ".accdb"), ("application/x-msaccess", "application/vnd.ms-access")),
    ("Microsoft OneNote notebook", (".one",), ("application/onenote",)),
    ("Outlook data file", (".pst", ".ost"), ("application/vnd.ms-outlook-pst",)),
    ("Hangul (HWP) document", (".hwp", ".hwpx"), ("application/x-hwp", "application/haansofthwp")),
    ("Lotus 1-2-3 spreadsheet", (".123", ".wk1", ".wk3", ".wk4"), ("application/vnd.lotus-1-2-3",)),
    ("Quattro Pro spreadsheet", (".qpw", ".wb1", ".wb2", ".wb3"), ("application/x-quattro-pro",)),
    ("AutoCAD drawing", (".dwg", ".dxf"), ("image/vnd.dwg", "image/vnd.dxf", "application/acad", "application/x-dwg")),
    ("PostScript document", (".ps", ".eps"), ("application/postscript",)),
    ("Photoshop image", (".psd",), ("image/vnd.adobe.photoshop",)),
    ("Adobe InDesign document", (".indd",), ("application/x-indesign",)),
    ("StarOffice document", (".sdw", ".sdc", ".sdd"), ("application/vnd.stardivision.writer",
                                                       "application/vnd.stardivision.calc")),
    ("Mobipocket e-book", (".mobi", ".azw", ".azw3"), ("application/x-mobipocket-ebook",)),
)
_FORMAT_BY_TYPE = {media_type: (name, extensions[0]) for name, extensions, types in UNREAD_FORMATS
                   for media_type in types}
_FORMAT_BY_EXTENSION = {extension: (name, extension) for name, extensions, _types in UNREAD_FORMATS
                        for extension in extensions}
RTF = "application/rtf"
EML = "message/rfc822"  # an e-mail message saved as a file (crawler.extract.mail)
MBOX = "application/mbox"  # a mailbox exported from a mail client: messages one after another (crawler.extract.mail)
MSG = "application/vnd.ms-outlook"  # Outlook's own message file (OLE2, crawler.extract.outlook)
TNEF = "application/ms-tnef"  # Outlook's winmail.dat: a message's body and files (crawler.extract.tnef)
# images linked as documents (a scanned letter, a photographed form) or shown in a page are read by OCR; WebP is
# what a CMS serves a page's photos and screenshots as
IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/tiff", "image/webp"})
# read line by line like text/plain: feeds, data exports and contact cards can hold customer data
JSON = "application/json"  # read as records (crawler.extract.json_data)
JAVASCRIPT = "text/javascript"  # a script file: its data literals and its code (crawler.extract.scripts)
SQL = "application/sql"  # a database dump: its INSERT statements' rows as records (crawler.extract.sql_dump)
CARD_TYPES = frozenset({"text/calendar", "text/vcard", "text/x-vcard"})  # read card by card (crawler.extract.cards)
STYLESHEET = "text/css"  # its comments and the text its content declarations show (crawler.extract.text)
SVG = "image/svg+xml"  # a drawing: its <text>, <title> and <desc>, read as a page's inline SVG (crawler.extract.html)
TEXT_TYPES = frozenset({TEXT, CAPTIONS, "text/markdown", "text/xml", "application/xml", JSON, *CARD_TYPES})

_ALIASES = {
    "application/xhtml+xml": HTML, "application/x-pdf": PDF, "application/acrobat": PDF,
    "text/comma-separated-values": CSV, "application/csv": CSV, "text/x-csv": CSV,
    "text/tab-separated-values": CSV, "application/javascript": JAVASCRIPT, "application/x-javascript": JAVASCRIPT,
    "application/ecmascript": JAVASCRIPT, "text/ecmascript": JAVASCRIPT, "text/x-sql": SQL, "application/x-sql": SQL, "text/x-markdown": "text/markdown", "application/x-json": JSON,
    "application/edi-x12": TEXT, "application/x-subrip": TEXT, "text/srt": TEXT, "application/srt": TEXT, "text/json": JSON, "text/rtf": RTF,
    # news feeds (an agenda's RSS, application/rss+xml) and map layers (KML, read by placemark in
    # crawler.extract.xml_data) are XML by their "+xml" suffix (see media_type_of); a KMZ is a zip holding a KML
    "application/vnd.google-earth.kmz": ZIP, "application/vnd.ms-tnef": TNEF,
    # a web archive (.mht, .mhtml: Word's "Single File Web Page", a browser's saved page) is a MIME message whose
    # parts are the page and its files (RFC 2557): servers declare it by its own type, not only message/rfc822
    "multipart/related": EML, "application/x-mimearchive": EML,
}
# program source, configuration, script, key and log types that hold plain text a server may declare (a compose
# file, a wp-config.php served as source, an .ini, a .bat, a .pem): read as text/plain when no reader of their own knows them (any text/*
# type too, text/yaml or text/x-log; see plain_text)
_PLAIN_TEXT_TYPES = frozenset({
    "application/yaml", "application/x-yaml", "application/toml", "application/x-toml", "application/x-ini",
    "application/x-wine-extension-ini", "application/x-properties", "application/x-sh", "application/x-csh",
    "application/x-httpd-php", "application/x-httpd-php-source", "application/x-php", "application/x-perl",
    "application/x-ruby", "application/x-python", "application/x-powershell", "application/x-ndjson",
    "application/jsonl", "application/x-jsonlines", "application/x-tex", "application/x-latex",
    # a batch file as Debian's and Apache's types name it with .exe and .dll (its bytes, printable, tell the script),
    # Windows scripts, and keys and certificates in PEM (nginx serves .pem and .crt as x509-ca-cert): a private
    # key left on a site is a credential; the binary forms (DER, a real .exe) stay unread for their bytes
    "application/x-msdos-program", "application/x-msdownload", "application/bat", "application/x-bat",
    "application/x-vbscript", "application/x-pem-file", "application/pkcs8", "application/x-x509-ca-cert",
    "application/x-x509-user-cert", "application/pkix-cert"})
# declared types that say nothing about the content
_GENERIC = frozenset({"", OCTET_STREAM, "binary/octet-stream", "application/unknown", "application/x-download",
                      "application/force-download", "application/download", "unknown/unknown", "*/*",
                      "application/x-trash"})  # what servers call a backup copy ("page.html.bak")
# a backup copy's suffixes: "budget.xlsx.bak", "index.html.old" and "notes.txt~" are read as what they copy
_BACKUP_SUFFIXES = (".bak", ".old", ".orig", ".backup", ".save", ".sav", ".copy", ".tmp", "~")
# declared types only believed when the bytes carry their signature
_NEEDS_SIGNATURE = frozenset({PDF, DOCX, XLSX, PPTX, DOC, XLS, PPT, MSG, TNEF, RTF, ZIP, *OPENDOCUMENT_TYPES, *IMAGE_TYPES})
_EXTENSIONS = {
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML, ".asp": HTML, ".aspx": HTML, ".php": HTML,
    ".jsp": HTML, ".cfm": HTML, ".pdf": PDF, ".txt": TEXT, ".csv": CSV, ".tsv": CSV, ".docx": DOCX,
    ".xlsx": XLSX, ".xlsm": XLSX, ".pptx": PPTX, ".pptm": PPTX, ".ppsx": PPTX, ".doc": DOC, ".xls": XLS,
    ".ppt": PPT, ".pps": PPT, ".pot": PPT, ".dot": DOC, ".zip": ZIP, ".rtf": RTF, ".eml": EML, ".msg": MSG,
    ".mht": EML, ".mhtml": EML, ".mbox": MBOX, ".mbx": MBOX,
    ".js": JAVASCRIPT, ".mjs": JAVASCRIPT, ".sql": SQL, ".json": JSON, ".geojson": JSON, ".webmanifest": JSON, ".xml": "application/xml", ".rss": "application/xml", ".atom": "application/xml",
    ".kml": "application/xml", ".kmz": ZIP, ".edi": TEXT, ".x12": TEXT,
    ".vtt": CAPTIONS, ".srt": TEXT, ".md": "text/markdown", ".ics": "text/calendar", ".css": STYLESHEET, ".svg": SVG,
    ".vcf": "text/vcard", ".odt": ODT, ".ods": ODS, ".odp": ODP, ".7z": "application/x-7z-compressed",
    ".rar": "application/vnd.rar", ".gz": "application/gzip", ".tgz": "application/gzip", ".tar": "application/x-tar",
}
_SIGNATURES = [  # (offset, bytes, media type), checked in order
    (0, b"\x89PNG\r\n\x1a\n", "image/png"), (0, b"\xff\xd8\xff", "image/jpeg"), (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"), (0, b"II*\x00", "image/tiff"), (0, b"MM\x00*", "image/tiff"),
    (8, b"WEBP", "image/webp"), (8, b"AVI ", "video/x-msvideo"), (8, b"WAVE", "audio/wav"),
    (4, b"ftyp", "video/mp4"), (0, b"\x1aE\xdf\xa3", "video/webm"), (0, b"OggS", "audio/ogg"),
    (0, b"ID3", "audio/mpeg"), (0, b"fLaC", "audio/flac"), (0, b"\x1f\x8b", "application/gzip"),
    (0, b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"), (0, b"Rar!\x1a\x07", "application/vnd.rar"),
    (0, b"{\\rtf", RTF), (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE2),
    (0, b"PK\x03\x04", ZIP), (0, b"PK\x05\x06", ZIP), (0, b"BZh", "application/x-bzip2"),
    (0, b"\xfd7zXZ\x00", "application/x-xz"), (257, b"ustar", "application/x-tar"),
    (0, b"\x78\x9f\x3e\x22", TNEF),
]
# A magic number short enough to open a text ("Program WAVE (Water Assistance ...)" has "WAVE" at byte 8, "ID3
# Customer list" opens with "ID3") counts only with the bytes its format puts beside it: a media file is no gap in
# the check, so a text taken for one would pass unread.
_SIGNATURE_CONFIRMED = {
    b"WEBP": lambda body: body.startswith(b"RIFF"), b"AVI ": lambda body: body.startswith(b"RIFF"),
    b"WAVE": lambda body: body.startswith(b"RIFF"),
    b"ftyp": lambda body: body.startswith(b"\x00\x00"),  # the box's size, a small big-endian number
    b"ID3": lambda body: body[3:4] in (b"\x02", b"\x03", b"\x04") and body[4:5] == b"\x00",  # version, revision
    b"OggS": lambda body: body[4:5] == b"\x00",  # stream structure version
    b"fLaC": lambda body: len(body) > 4 and body[4] & 0x7F == 0,  # STREAMINFO comes first
    b"BZh": lambda body: body[3:4].isdigit() and body[4:10] in (b"1AY&SY", b"\x17rE8P\x90"),  # block or end magic
}


def _always(body: bytes) -> bool:
    return True


# A PDF's header line within its first kilobyte, after junk a server or a script put before it (a PHP notice's
# "<br />" line, a byte-order mark), as readers accept it: a line of its own, not "%PDF-1.7" in a page's or a cell's
# text ("uploads must be PDF files (they begin with %PDF-1.7)", "sent %PDF-1.4 file").
_PDF_HEADER = re.compile(rb"(?<![\w \t(\"'])%PDF-\d\.\d+(?:[\r\n]|\Z)")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<title", b"<meta", b"<div", b"<table",
                b"<p>", b"<p ", b"<h1", b"<h2", b"<script", b"<!--", b"<?xml")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]


def media_type_of(content_type: str | None) -> str:
    """"text/HTML; charset=x" -> "text/html", with aliases folded. A type of the JSON or XML structured syntax
    (RFC 6839: ``application/manifest+json``, ``application/feed+json``, ``application/problem+json``,
    ``application/vnd.api+json``, ``application/soap+xml``) is read as JSON or XML: a web app manifest's shortcut
    names, a JSON feed's items and an error body's detail are text like any JSON file's. An image (SVG) is not
    folded: it is an image, read only where a page uses it as a document."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type in _ALIASES:
        return _ALIASES[media_type]
    if media_type.startswith(("application/", "text/")):
        if media_type.endswith("+json"):
            return JSON
        if media_type.endswith("+xml"):
            return "application/xml"
    return media_type


def charset_of(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def extension_type(url: str) -> str | None:
    path = (urlsplit(url).path if "://" in url else url).lower()
    while path.endswith(_BACKUP_SUFFIXES):
        path = path[:-1] if path.endswith("~") else posixpath.splitext(path)[0]
    extension = posixpath.splitext(path)[1]
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    guessed = media_type_of(mimetypes.guess_type("x" + extension)[0]) if extension else None
    return guessed if guessed not in _GENERIC else None  # ".bin": any bytes at all, which only a look tells


def sniff_type(url: str, content_type: str | None, body: bytes) -> str:
    """The canonical media type of ``body``: signature bytes, then the declared type, then the
    URL's extension, then a look at the text (UTF-16 text looked at as the characters it holds)."""
    declared = media_type_of(content_type)
    by_extension = extension_type(url)
    signed = _signature_type(body, declared, by_extension)
    if signed:
        return signed
    wide = utf16_without_bom(body)
    if wide:
        body = body[:8192].decode(wide, errors="replace").encode("utf-8")
    if (declared == TEXT or declared in _GENERIC) and _looks_like_source_map(body):
        return JSON
    if declared not in _GENERIC and declared not in _NEEDS_SIGNATURE:
        if declared == TEXT and by_extension == CSV:
            return CSV
        return declared
    looks_html = _looks_like_html(body)
    if by_extension and not (by_extension in _NEEDS_SIGNATURE and looks_html):
        return by_extension
    if looks_html:
        return HTML
    if _looks_like_mail(body):
        return EML
    if _looks_like_mailbox(body):
        return MBOX
    if declared in _NEEDS_SIGNATURE:
        return declared  # its reader will say what is wrong with it
    return TEXT if _looks_like_text(body) else (declared or OCTET_STREAM)


def html_for_document(url: str, media_type: str) -> str | None:
    """The kind of document ``url``'s extension promises (``PDF``) when the bytes there are an HTML page instead
    (a CMS's viewer page for ``/statement.pdf``), or None."""
    by_extension = extension_type(url)
    if media_type != HTML or by_extension not in _NEEDS_SIGNATURE:
        return None
    return next((ext.lstrip(".").upper() for ext, kind in _EXTENSIONS.items() if kind == by_extension), by_extension)


def gzip_served_as(url: str, content_type: str | None) -> str | None:
    """The type gzip bytes were served as when neither the declared type nor the URL says gzip (a PDF sent
    gzip-compressed without a Content-Encoding header: a server setting, not an archive anyone published);
    None for a file published as gzip (``.gz``, ``.tgz``, application/gzip), read as the archive it is."""
    declared, by_extension = media_type_of(content_type), extension_type(url)
    if "gzip" in declared or by_extension == GZIP:
        return None
    return next((t for t in (declared, by_extension) if t and t not in _GENERIC), None)


def _signature_type(body: bytes, declared: str, by_extension: str | None) -> str | None:
    """The type the body's own signature gives: a format's magic number at its offset (a ZIP whose first member
    is a stored PDF is a ZIP), else a PDF's header line after junk, else Excel 2003 XML."""
    for offset, magic, media_type in _SIGNATURES:
        if body.startswith(magic, offset) and _SIGNATURE_CONFIRMED.get(magic, _always)(body):
            break
    else:
        if body.startswith(b"%PDF-") or _PDF_HEADER.search(body[:1040]):
            return PDF
        if _looks_like_spreadsheetml(body):
            return SPREADSHEETML
        return WORDML2003 if _looks_like_wordml2003(body) else None
    if media_type == ZIP:
        return _zip_type(body) or next((t for t in (declared, by_extension)
                                        if t in (DOCX, XLSX, PPTX) or t in OPENDOCUMENT_TYPES), ZIP)
    if media_type == OLE2:
        return next((t for t in (declared, by_extension) if t in (DOC, XLS, PPT, MSG)), OLE2)
    return media_type


def _zip_type(body: bytes) -> str | None:
    """DOCX, XLSX and PPTX are zip files told apart by their main part; OpenDocument files by their
    "mimetype" member."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        names = set(archive.namelist())
        for part, media_type in (("word/document.xml", DOCX), ("xl/workbook.xml", XLSX),
                                 ("ppt/presentation.xml", PPTX)):
            if part in names:
                return media_type
        if "mimetype" in names and archive.getinfo("mimetype").file_size < 100:
            declared = archive.read("mimetype").decode("ascii", "replace").strip()
            # a template (.ott) or a master document reads as its kind
            return next((t for t in OPENDOCUMENT_TYPES if declared.startswith(t)), None)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        return None
    return None


def _looks_like_spreadsheetml(body: bytes) -> bool:
    """XML whose root is Excel 2003's ``<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">``, maybe
    after ``<?xml ...?>``, ``<?mso-application progid="Excel.Sheet"?>`` and comments."""
    return _office_xml_root(body, (b"<Workbook", b"<ss:Workbook"), _XML_ROOT,
                            b"urn:schemas-microsoft-com:office:spreadsheet")


_XML_ROOT = re.compile(rb"<(?:\w+:)?Workbook\b[^>]*>")


def _looks_like_wordml2003(body: bytes) -> bool:
    """XML whose root is Word 2003's ``<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">``,
    maybe after ``<?xml ...?>``, ``<?mso-application progid="Word.Document"?>`` and comments."""
    return _office_xml_root(body, (b"<w:wordDocument", b"<wordDocument"), _WORD_XML_ROOT,
                            b"schemas.microsoft.com/office/word/2003/wordml")


def _office_xml_root(body: bytes, roots: tuple[bytes, ...], root_tag: re.Pattern, namespace: bytes) -> bool:
    """Whether ``body`` opens with an XML declaration, a comment or one of ``roots``, and its root (``root_tag``)
    declares ``namespace``."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith((b"<?xml", b"<!--", *roots)):
        return False
    root = root_tag.search(head)
    return bool(root) and namespace in root.group(0)


_WORD_XML_ROOT = re.compile(rb"<(?:\w+:)?wordDocument\b[^>]*>")


# a JavaScript source map's opening: an object whose first member is its version (every bundler writes it so)
_SOURCE_MAP_START = re.compile(rb'\s*\{\s*"version"\s*:\s*3\s*,')


def _looks_like_source_map(body: bytes) -> bool:
    """A JavaScript source map (``{"version": 3, "sources": ..., "mappings": ...}``): JSON, though servers that
    know no type for ``.map`` files send it as text/plain or as bytes of no type."""
    return bool(_SOURCE_MAP_START.match(body, 0, 256)) and b'"mappings"' in body


def _looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_HTML_STARTS) and (not head.startswith(b"<?xml") or b"<html" in body[:2048].lower())


_MAIL_START = re.compile(rb"(?:Return-Path|Received|Delivered-To|Message-ID|MIME-Version|From|Date|X-[\w-]+):[ \t]", re.I)
_MAIL_HEADER = re.compile(rb"\r?\n(?:From|Subject|Date|To):[ \t]", re.I)


def _looks_like_mail(body: bytes) -> bool:
    """An e-mail message: it opens with a header line and has the other headers a message has."""
    head = body[:8192]
    return bool(_MAIL_START.match(head)) and len({m.group().strip().lower() for m in _MAIL_HEADER.finditer(head)}) >= 2


def _looks_like_mailbox(body: bytes) -> bool:
    """A mailbox file: a "From sender date" separator line, then a message."""
    if not body.startswith(b"From "):
        return False
    separator_end = body.find(b"\n", 0, 1024)
    return separator_end > 0 and _looks_like_mail(body[separator_end + 1:])


def plain_text(media_type: str, body: bytes) -> bool:
    """Whether ``body``, under a type no reader of pubcheck's is for, is text to read as text/plain: a text type
    (``text/yaml``, ``text/x-log``) or a program's or configuration file's (:data:`_PLAIN_TEXT_TYPES`), whose bytes
    are printable text."""
    return ((media_type.startswith("text/") or media_type in _PLAIN_TEXT_TYPES) and _looks_like_text(body)
            and _printable(body[:4096].decode("utf-8", "replace")))


def _looks_like_text(body: bytes) -> bool:
    head = body[:4096]
    return b"\x00" not in head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


UTF16_SAMPLE = 4096  # bytes looked at for UTF-16 without a byte-order mark


def utf16_without_bom(body: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``body`` is UTF-16 text without a byte-order mark, else None.

    Latin-script text in UTF-16 has a NUL as the high byte of nearly every character, all on one side (odd
    offsets little-endian, even ones big-endian), and almost none on the other; and it decodes to printable
    characters. A binary file with NULs here and there does neither (text in other scripts has few NULs and is
    left to the declared charset)."""
    sample = body[:UTF16_SAMPLE]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 8 or sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    half = len(sample) // 2
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, high, low in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if high >= half * 0.6 and low <= half * 0.02 and _printable(sample.decode(encoding, errors="replace")):
            return encoding
    return None


def _printable(text: str) -> bool:
    return sum(c.isprintable() or c in "\t\r\n" for c in text) >= len(text) * 0.95


def unsupported_reason(media_type: str, url: str = "") -> str:
    """Why a file is skipped, phrased for the report: a format a reader knows by name (see
    :data:`UNREAD_FORMATS`; ``url``, the file's URL, path or member name, gives its extension, when the type is no
    more than a container's or the extension's own) is named so."""
    extension = _extension(url)
    by_extension = media_type in (OLE2, OCTET_STREAM, "") or media_type == extension_type(url)  # the type says no more
    named = _FORMAT_BY_TYPE.get(media_type) or (_FORMAT_BY_EXTENSION.get(extension) if by_extension else None)
    if named:
        name, usual_extension = named
        return f"{name} ({extension if extension in _FORMAT_BY_EXTENSION else usual_extension}): " \
               "format not read by pubcheck"
    if media_type == OLE2:  # a compound file holding no Word, PowerPoint, Outlook or Excel streams
        return ("OLE2 compound file of another kind (not Word, PowerPoint, Outlook or Excel) is not supported; "
                "convert to a current format or PDF")
    kind = media_type.split("/", 1)[0]
    if kind == "image":
        return f"image ({media_type}) is not scanned: only PNG, JPEG, WebP and TIFF images are read (by OCR)"
    if kind in ("audio", "video"):
        return f"{kind} ({media_type}) is not scanned"
    if media_type in UNREAD_ARCHIVE_TYPES:
        return (f"{UNREAD_ARCHIVE_TYPES[media_type]} archive ({media_type}) is not unpacked: the files in it were"
                " not checked; publish them as files or as a .zip")
    if extension and media_type in (OCTET_STREAM, ""):
        return f"a {extension} file of no type pubcheck knows ({media_type or 'unknown type'}): format not read by " \
               "pubcheck"
    return f"{media_type or 'unknown type'} is not a scanned type"


def _extension(url: str) -> str:
    """The extension of ``url``'s file name, lower case with its dot (``.wpd``), or ""."""
    path = urlsplit(url).path if "://" in url else url
    return posixpath.splitext(posixpath.basename(path.rstrip("/")))[1].lower()


class Decoded(NamedTuple):
    text: str
    encoding: str
    warning: str | None = None


def decode(body: bytes, content_type: str | None = None, *, html: bool = False) -> Decoded:
    """Bytes -> text. A declared charset that does not fit the bytes (a page saying UTF-8 but
    written in windows-1252) is overruled, with a warning, rather than read as replacement characters."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom):].decode(encoding, errors="replace"), encoding)
    declared = charset_of(content_type)
    wide = utf16_without_bom(body)
    if wide:  # the bytes decide: a declared 8-bit charset or UTF-8 would read every other character as NUL
        overruled = declared and resolve_encoding(declared) not in ("utf-16", wide)
        return Decoded(body.decode(wide, errors="replace"), wide,
                       f"declared charset {declared} does not match the bytes; read as {wide}" if overruled else None)
    if not declared and html:
        declared = html_body_declared_encoding(body[:4096])
    encoding = resolve_encoding(declared) if declared else None
    warning = None
    if encoding:
        try:
            return Decoded(body.decode(encoding), encoding)
        except UnicodeDecodeError:
            warning = f"declared charset {declared} does not match the bytes"
    elif declared:
        warning = f"unknown charset {declared}"
    try:
        return Decoded(body.decode("utf-8"), "utf-8", warning)
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(body)
    if warning:
        warning += f"; read as {encoding}"
    return Decoded(body.decode(encoding, errors="replace"), encoding, warning)


def _detect_encoding(body: bytes) -> str:
    """Text with few high bytes, or mostly ASCII letters among them, is Western (accents, smart
    quotes): windows-1252; a dozen bytes are no evidence for anything else.
    Otherwise ask charset-normalizer, still preferring windows-1252 when it is a candidate, since
    detectors confuse it with its Central European and Baltic siblings."""
    sample = body[:65536]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    ascii_letters = len(sample.translate(None, _NOT_ASCII_LETTERS))
    if high < 16 or high * 5 <= high + ascii_letters:
        return "cp1252"
    from charset_normalizer import from_bytes
    best = from_bytes(sample).best()
    if best is None or "cp1252" in best.could_be_from_charset:
        return "cp1252"
    return best.encoding
