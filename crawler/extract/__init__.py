"""Extraction: fetched bytes -> :class:`~detectors.model.Document`.

``extract`` sniffs what the bytes really are (servers mislabel files), hands them to the extractor for
that type and guarantees the caller one of three outcomes: a Document, :class:`ExtractError` (the file
is broken) or :class:`UnsupportedDocument` (a kind of file we do not scan). Extractor modules are
imported on first use so that a worker that only sees HTML never loads PDFium, Tesseract or openpyxl.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field, replace
from functools import lru_cache

from detectors.context.headers import PERIOD_COUNT, header_kind, names_in_each_language
from detectors.context.shapes import ADDRESS_RE, MONTH_NAME, PERIOD, PERIOD_LABEL
from detectors import work_clock
from detectors.model import Document, Location, Record, Segment
from detectors.translations import LANGUAGE_NAME

from .sniff import (CARD_TYPES, CSV, DOC, DOCX, EML, GZIP, HTML, IMAGE_TYPES, JAVASCRIPT, JSON, MBOX, MSG, OLE2,
                    OPENDOCUMENT_TYPES, PDF, PPT, PPTX, RTF, SPREADSHEETML, SQL, STYLESHEET, SVG, TEXT, TEXT_TYPES, TNEF,
                    WORDML2003, XLS, XLSX, ZIP, gzip_served_as, html_for_document, plain_text, sniff_type, unsupported_reason)

__all__ = ["ExtractError", "PasswordProtected", "UnsupportedDocument", "SCANNED_TYPES", "DEFAULT_MAX_CHARS", "extract", "sniff_type"]

DEFAULT_MAX_CHARS = 20_000_000
# legacy Office files (OLE2: DOC, PPT, MSG) are read by what their streams hold (crawler.extract.ole)
LEGACY_OFFICE_TYPES = frozenset({DOC, PPT, MSG, OLE2})
SCANNED_TYPES: frozenset[str] = frozenset({HTML, PDF, CSV, DOCX, XLSX, XLS, PPTX, RTF, EML, MBOX, ZIP, GZIP, JAVASCRIPT,
                                           SQL, SPREADSHEETML, WORDML2003, STYLESHEET, SVG, TNEF, *OPENDOCUMENT_TYPES,
                                           *TEXT_TYPES, *IMAGE_TYPES, *LEGACY_OFFICE_TYPES})
MAX_GUNZIPPED_BYTES = 200 * 1024 * 1024  # a file served gzip-compressed without Content-Encoding, unpacked
# a PDF attached to a PDF attached to a PDF, or a zip in a zip in a zip, is read; deeper is reported unchecked
MAX_EMBEDDING_DEPTH = 3


class ExtractError(Exception):
    """The file could not be read; ``str(e)`` is a short reason for the report."""


class PasswordProtected(ExtractError):
    """The file needs a password to open: the public cannot read it either, so it is no gap in the check."""


class UnsupportedDocument(Exception):
    """A kind of file that is not scanned; ``str(e)`` says which and what to do instead. ``readable``: the public
    can read text in it (a legacy .doc, an archive), so leaving it unscanned is a gap in the check; audio and
    video are not."""

    def __init__(self, reason: str, readable: bool = True):
        super().__init__(reason)
        self.readable = readable


def extract(url: str, body: bytes, content_type: str | None = None, *,
            max_chars: int = DEFAULT_MAX_CHARS, deadline: float | None = None) -> Document:
    """Read ``body`` (fetched from ``url`` with the raw Content-Type header ``content_type``, None for
    a local file) into a Document of at most ``max_chars`` characters of text. ``deadline`` (a
    ``detectors.work_clock.now()`` value: the worker's work done) is when the worker will be stopped: slow parts such as OCR that cannot
    finish by then are reported as not checked instead of losing the whole document."""
    builder = DocumentBuilder(Document(url=url, content_type=""), max_chars, deadline=deadline)
    _read(builder, body, content_type)
    return builder.finish()


def _read(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    media_type = sniff_type(builder.document.url, content_type, body)
    served_as = media_type == GZIP and gzip_served_as(builder.document.url, content_type)
    if served_as:
        body = _gunzipped(body, served_as)
        builder.warn(f"gzip data served as {served_as} without Content-Encoding (a server setting): read unpacked")
        media_type = sniff_type(builder.document.url, content_type, body)
    if media_type not in SCANNED_TYPES and plain_text(media_type, body):
        media_type = TEXT  # a YAML or INI file, a log, a script's source served under a type of its own
    if media_type not in SCANNED_TYPES:
        raise UnsupportedDocument(unsupported_reason(media_type, builder.document.url),
                                  readable=media_type.split("/", 1)[0] not in ("audio", "video", "font"))
    builder.document.content_type = media_type
    if media_type in (DOCX, XLSX, PPTX, *OPENDOCUMENT_TYPES):  # XML inside: entity declarations refused, text read
        from .xml_entities import refused_in_package
        body = refused_in_package(builder, body)
    elif media_type == SVG:
        from .xml_entities import refused_in_xml
        body = refused_in_xml(builder, body, "the drawing")
    promised = html_for_document(builder.document.url, media_type)
    if promised:  # the run's verdict must not read as the document checked: say what was read instead
        builder.warn(f"the URL names a {promised} file but the answer is an HTML page: read as that page (a viewer "
                     f"or download page); a {promised} it only shows through a script is not checked")
    try:
        if media_type in (HTML, SVG):
            from .html import extract_html as reader
        elif media_type == PDF:
            from .pdf import extract_pdf as reader
        elif media_type == DOCX:
            from .office import extract_docx as reader
        elif media_type == XLSX:
            from .office import extract_xlsx as reader
        elif media_type == RTF:
            from .rtf import extract_rtf as reader
        elif media_type == XLS:
            from .xls import extract_xls as reader
        elif media_type in LEGACY_OFFICE_TYPES:
            from .ole import extract_ole as reader
        elif media_type == SPREADSHEETML:
            from .spreadsheetml import extract_spreadsheetml as reader
        elif media_type == WORDML2003:
            from .wordml2003 import extract_wordml2003 as reader
        elif media_type == PPTX:
            from .presentation import extract_pptx as reader
        elif media_type == CSV:
            from .text import extract_csv as reader
        elif media_type == JSON:
            from .json_data import extract_json as reader
        elif media_type == EML:
            from .mail import extract_eml as reader
        elif media_type == MBOX:
            from .mail import extract_mbox as reader
        elif media_type == TNEF:
            from .tnef import extract_tnef as reader
        elif media_type == ZIP:
            from .archive import extract_zip as reader
        elif media_type == GZIP:
            from .archive import extract_gzip as reader
        elif media_type in OPENDOCUMENT_TYPES:
            from .opendocument import extract_opendocument as reader
        elif media_type in IMAGE_TYPES:
            from .image import extract_image as reader
        elif media_type in CARD_TYPES:
            from .cards import extract_cards as reader
        elif media_type == JAVASCRIPT:
            from .scripts import extract_javascript as reader
        elif media_type == SQL:
            from .sql_dump import extract_sql as reader
        elif media_type == STYLESHEET:
            from .text import extract_stylesheet as reader
        else:
            from .text import extract_text as reader
        reader(builder, body, content_type)
    except (ExtractError, UnsupportedDocument):
        raise
    except MemoryError:
        raise ExtractError("out of memory reading the file (it expands beyond the worker's memory limit)") from None
    except RecursionError:
        raise ExtractError("structure nested too deeply to read") from None
    except Exception as e:  # a library failing on input nobody anticipated: still a clean, reported failure
        raise ExtractError(f"unreadable {media_type}: {type(e).__name__}: {e}") from e


def _gunzipped(body: bytes, served_as: str) -> bytes:
    """The file inside gzip bytes served as ``served_as``, within MAX_GUNZIPPED_BYTES (a bomb is refused)."""
    what = f"gzip data served as {served_as} without Content-Encoding (a server setting)"
    try:
        return gunzip(body, MAX_GUNZIPPED_BYTES)
    except GzipRefused as refused:
        if refused.kind == "too large":
            raise ExtractError(f"refused: {what} expands past {MAX_GUNZIPPED_BYTES // 1048576} MB") from None
        raise ExtractError(f"{what}: {refused.kind}") from None


class GzipRefused(Exception):
    """Why gzip bytes were not inflated: ``kind`` is "corrupt" (zlib's ``detail`` beside it), "too large" or
    "cut short"."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(kind)
        self.kind, self.detail = kind, detail


def gunzip(body: bytes, bound: int) -> bytes:
    """Every member of gzip bytes joined, as ``gunzip`` reads what ``gzip`` and ``pigz`` write by concatenating;
    junk after the last member ignored, as browsers do; refused past ``bound`` bytes (zlib inflates no further than
    it is asked)."""
    parts, size, data = [], 0, body
    while data:
        inflater = zlib.decompressobj(31)
        try:
            part = inflater.decompress(data, bound + 1 - size)
        except zlib.error as e:
            raise GzipRefused("corrupt", str(e)) from None
        size += len(part)
        if size > bound or (inflater.unconsumed_tail and not inflater.eof):
            raise GzipRefused("too large")
        if not inflater.eof:
            raise GzipRefused("cut short")
        parts.append(part)
        data = inflater.unused_data if inflater.unused_data[:2] == b"\x1f\x8b" else b""
    return b"".join(parts)


def extract_embedded(builder: DocumentBuilder, name: str, body: bytes, kind: str = "attachment") -> None:
    """Read a file embedded in the document being read (a PDF or e-mail attachment, a ``kind="member"`` of
    a zip archive) with the extractor for its own type, into ``builder``, every location naming it. What
    cannot be read of it is reported as not checked: it is published with the document. Audio, video and
    fonts hold no text to read: a note, not a gap. Its name is shown as a link's file name is
    (:func:`crawler.url_text.member_name`); its type is judged by its real name."""
    from crawler.url_text import member_name
    shown = member_name(name)
    read_embedded_name(builder, name)
    if builder.depth >= MAX_EMBEDDING_DEPTH:
        builder.not_checked(f"{kind} {shown} not read: files nested more than {MAX_EMBEDDING_DEPTH} deep")
        return
    child = DocumentBuilder(Document(url=name, content_type=""), builder.room, deadline=builder.deadline,
                            depth=builder.depth + 1)
    try:
        _read(child, body, None)
    except UnsupportedDocument as e:
        (builder.not_checked if e.readable else builder.warn)(f"{kind} {shown} not read: {e}")
        return
    except ExtractError as e:
        builder.not_checked(f"{kind} {shown} unreadable: {e}")
        return
    for segment in child.document.segments:
        inner = segment.location.attachment
        segment.location = replace(segment.location, attachment=f"{shown} > {inner}" if inner else shown)
    builder.take(child, f"{kind} {shown}: ")


def read_embedded_name(builder: DocumentBuilder, name: str) -> None:
    """An embedded file's name is text the document publishes, read or not (``billing/Delgado 512-34-6789.txt`` in a
    zip), as a link's target is on a page and a scanned file's name is: its words, when it holds an
    identifier-shaped value, are read as the document's hidden "file name", located at the file."""
    from crawler.url_text import file_path_text, member_name
    shown = member_name(name)
    text = file_path_text(shown)
    if text:
        builder.add(text, Location(element="file name", attachment=shown), hidden="file name")


class DocumentBuilder:
    """Collects segments and records into a Document, stopping at a text budget so that a
    decompression bomb or a runaway spreadsheet cannot build gigabyte strings."""

    MAX_WARNINGS = 20

    def __init__(self, document: Document, max_chars: int = DEFAULT_MAX_CHARS, *, deadline: float | None = None,
                 depth: int = 0):
        self.document = document
        self.max_chars = max_chars
        self.room = max_chars
        self.full = False
        self.deadline = deadline
        self.depth = depth  # how deep inside attachments this document is
        self._suppressed_warnings = 0

    def seconds_left(self) -> float | None:
        """Work (seconds of the worker's CPU time, ``detectors.work_clock``) until the worker reading this document
        is stopped, or None without a deadline."""
        return None if self.deadline is None else self.deadline - work_clock.now()

    def add(self, text: str, location: Location, *, hidden: str | None = None, label: str | None = None,
            chrome: bool = False) -> Segment | None:
        """Append a segment; None for empty text and once the budget is spent (callers stop
        reading when ``full``)."""
        if self.full or not text:
            return None
        if len(text) > self.room:
            text = text[:self.room]
            self.full = True
            self.not_checked(f"text cut at {self.max_chars:,} characters, the extraction limit")
            if not text:
                return None
        self.room -= len(text)
        if "__" in text:
            text = without_fill_lines(text)
        if "\x00" in text:  # a fixed-width export's padding: shown as nothing or a box, no part of a value
            text = text.replace("\x00", " ")
        if not text.isascii():
            text = spaced_scripts(without_invisible_marks(in_reading_order(text))).translate(_HYPHEN_LOOKALIKES)
            if not text:
                return None
        segment = Segment(text, location, hidden, label, chrome)  # by position: a table's 180,000 cells
        self.document.segments.append(segment)
        return segment

    def add_record(self, fields: list[Segment | None], location: Location, *, listing: bool = False
                   ) -> Record | None:
        present = [f for f in fields if f is not None]
        if not present:
            return None
        record = Record(present, location, listing)
        self.document.records.append(record)
        return record

    def add_message_header(self, texts: list[list[str]], where: str, *, hidden: str | None = None,
                           chrome: bool = False) -> None:
        """An e-mail's header table (``TableLayout.message_header``) as the lines a mailer prints, one a row:
        "From: Ana Ruiz <...>", located "WHERE > row N"."""
        for index, row_texts in enumerate(texts, 1):
            if any(t.strip() for t in row_texts):
                self.add(_message_header_line(row_texts), Location(element=f"{where} > row {index}"), hidden=hidden,
                         chrome=chrome)

    def add_table(self, texts: list[list[str]], layout: TableLayout, where: str, *, hidden: str | None = None,
                  chrome: bool = False) -> None:
        """A table's cells as segments labelled by their header, each data row a record (or the whole table one,
        when it lists keys and values), located "WHERE > row N > cell M"."""
        if layout.message_header:
            self.add_message_header(texts, where, hidden=hidden, chrome=chrome)
            return
        whole_table: list[Segment | None] | None = [] if layout.key_value else None
        for index, (row_texts, roles) in enumerate(zip(texts, layout.roles)):
            fields = [] if whole_table is None else whole_table
            for number, (text, role) in enumerate(zip(row_texts, roles), 1):
                segment = self.add(text, Location(element=f"{where} > row {index + 1} > cell {number}"),
                                   label=role.label, hidden=hidden, chrome=chrome)
                if role.is_field and index not in layout.header_rows:
                    fields.append(segment)
            if whole_table is None and index not in layout.header_rows:
                self.add_record(fields, Location(element=f"{where} > row {index + 1}"))
        if whole_table is not None:
            self.add_record(whole_table, Location(element=where))

    def not_checked(self, message: str) -> None:
        """Record a part of the document that is published but could not be checked (it needs OCR, it is past
        the text limit, it could not be parsed): the document then does not count as checked."""
        if message not in self.document.unchecked:
            self.document.unchecked.append(message)

    def take(self, child: DocumentBuilder, prefix: str) -> None:
        """Append everything ``child`` (an embedded file's builder) read, its notes prefixed."""
        self.document.segments.extend(child.document.segments)
        self.document.records.extend(child.document.records)
        self.room -= child.max_chars - child.room
        self.full = self.full or child.full
        for message in child.document.unchecked:
            self.not_checked(prefix + message)
        for message in child.finish().warnings:
            self.warn(prefix + message)

    def warn(self, message: str) -> None:
        if len(self.document.warnings) < self.MAX_WARNINGS:
            self.document.warnings.append(message)
        else:
            self._suppressed_warnings += 1

    def finish(self) -> Document:
        if self._suppressed_warnings:
            self.document.warnings.append(f"... and {self._suppressed_warnings} more warnings")
            self._suppressed_warnings = 0
        return self.document


# --- labels and headers: shared by the HTML, DOCX, CSV and XLSX extractors ---------------------------

_MAX_LABEL_CHARS = 40
_MAX_LANGUAGES = 3  # a multilingual sign-up sheet's "Nombre / Name / 姓名"


def _label_length(text: str) -> bool:
    """Whether ``text`` is no longer than a label, or than a label in each language when it names a field in two
    or three languages a slash apart."""
    names = names_in_each_language(text)
    return len(names) <= _MAX_LANGUAGES and all(len(name) <= _MAX_LABEL_CHARS for name in names)


# scripts written without spaces between words (Chinese, Japanese, Korean's particles, Ethiopic, Thai, Khmer, Lao,
# Myanmar), right-to-left ones a notice's Latin value is set against (Arabic, Hebrew), and the other alphabets a notice
# glues Latin values to (Armenian, Georgian, the Indic scripts: "ਖਾਤਾ7004418823ਬਕਾਇਆ"): "您的账号是W43737-66",
# "Terrace의", "至wliu@yahoo.com", "رقم الحسابPCT-5991-6738"
_UNSPACED = ("\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u10a0-\u10ff"
             "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1200-\u139f\u1780-\u17ff\u3040-\u30ff\u3130-\u318f"
             "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff")
_GLUED_TO_LATIN = re.compile(rf"(?<=[{_UNSPACED}])(?=[A-Za-z0-9(+#$])|(?<=[A-Za-z0-9)])(?=[{_UNSPACED}])")


def spaced_scripts(text: str) -> str:
    """The text with a space between a letter of an unspaced script and a Latin letter, digit or bracket next to it:
    detectors find their values by word boundaries, which such a letter does not make."""
    return _GLUED_TO_LATIN.sub(" ", text)


# characters a reader never sees inside a word: zero-width space, word joiner, byte-order mark, soft hyphen (shown only
# where a line breaks), the left-to-right, right-to-left and Arabic letter marks (what Word and Outlook paste around a
# number in mixed-direction text), the invisible operators (function application, times, separator, plus), the
# combining grapheme joiner and the Mongolian vowel separator, and the zero-width (non-)joiner beside a Latin letter,
# digit or sign (between two letters of an Indic or Arabic script, or two emoji, they shape what is shown, and stay).
# Put in a value ("jdoe\u200b@mail.com", "(909) 8&shy;65-...", "623\u200e-45-...") they split it for a detector
# though a browser shows it whole.
_INVISIBLE_MARKS = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u2061-\u2064\u034f\u180e]+"
                              "|(?<=[\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f])")


def without_invisible_marks(text: str) -> str:
    """The text without the characters a reader does not see inside a word (see ``_INVISIBLE_MARKS``): the value a
    browser shows is the value a detector reads, and its finding's snippet and mask are of the text as shown."""
    return _INVISIBLE_MARKS.sub("", text)


# signs drawn as a hyphen that no detector's dash is: the minus sign (PDF text of a math font, a spreadsheet's
# negative number), the small and the full-width hyphen-minus (what a CJK input method types: "５３４－２２－８８１２");
# read as the hyphen a reader takes them for
_HYPHEN_LOOKALIKES = str.maketrans("\u2212\ufe63\uff0d", "---")
# bidirectional controls: embeddings, overrides and their end (U+202A-202E), isolates and theirs (U+2066-2069)
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# a right-to-left override's run: to its end (U+202C), the end of an isolate around it, or the end of the line
_OVERRIDDEN_RTL = re.compile("\u202e([^\u202c\u2069\n]*)")
_MIRRORED = str.maketrans("()[]{}<>", ")(][}{><")


def in_reading_order(text: str) -> str:
    """The text in the order a reader sees it, without its (invisible) bidirectional controls: a right-to-left
    override shows the characters after it reversed, so "SSN \u202e1376-54-321\u202c" reads "SSN 123-45-6731"
    in a browser and in a PDF viewer, and a detector must read it so too; the other controls only split a value
    ("123\u2066-45-6789") without moving a digit or a Latin letter."""
    if not _BIDI_CONTROLS.search(text):
        return text
    text = _OVERRIDDEN_RTL.sub(lambda m: m.group(1)[::-1].translate(_MIRRORED), text)
    return _BIDI_CONTROLS.sub("", text)


_FILL_LINE = re.compile(r" *(?<!_)(?P<line>_{2,})(?!_) *")
# a name of code between two pairs of underscores: "__init__", "window.__STATE__", "__NEXT_DATA__"
_DUNDER_NAME = re.compile(r"(?<![\w$])__[A-Za-z$][\w$]*?__(?![\w$])")


def without_fill_lines(text: str) -> str:
    """The text without the blank lines of a form ("Acct. No.: ___17-8954-772-5___", "Name: ______"), each with the
    spaces around it one space: a value typed on the line is a value of its own (an underscore is a word character,
    so a number or a name glued to the line is no whole word to a detector), read as if written after its label and
    reported without the line. Underscores that join the words of a name ("acct__no") or stand around a name of code
    ("__NEXT_DATA__") stay."""
    code = [m.span() for m in _DUNDER_NAME.finditer(text)]

    def blank(match: re.Match) -> str:
        start, end = match.span("line")
        joins_a_name = text[start - 1:start].isalnum() and text[end:end + 1].isalnum()
        if joins_a_name or any(a <= start and end <= b for a, b in code):
            return match.group()
        return "" if match.start() == 0 or match.end() == len(text) else " "
    return _FILL_LINE.sub(blank, text)


def collapse(text: str) -> str:
    """Whitespace runs -> one space, as a browser renders them."""
    return " ".join(text.split())


@lru_cache(maxsize=8192)
def is_label_like(text: str) -> bool:
    """Short, worded text that can name a field ("Account No.", "Service Address"), unlike values
    such as "909-555-1234" or "123 Main St". A street address is a value however long its words are ("3656
    Lincoln Street, Walnut, CA 91730" has letters enough to pass for a label by its digits alone). Cached: a form's
    layout asks it of the same cells again and again (every pair of lines, both ways)."""
    if not text or not _label_length(text):
        return False
    digits = sum(map(str.isdigit, text))
    letters = sum(map(str.isalpha, text))
    return letters > 0 and digits * 3 < letters + digits and not (digits and ADDRESS_RE.match(text))


def is_label_cell(text: str) -> bool:
    """A cell that announces the next one: "Account No.:"."""
    return text.endswith(":") and is_label_like(text[:-1].strip())


def label_text(text: str) -> str:
    return text.rstrip(":").strip()


# a column named by an IRS form, as a vendor list's or a payments register's header has it: "1099", "1099-NEC",
# "Form 1099-MISC", "W-9", "W9 on file", "1042-S"; a label though it has more digits than letters
_TAX_FORM_COLUMN = re.compile(r"(?i)\s*(?:form\s+)?(?:1099(?:[- ]?(?:nec|misc|int|div|k|r|g|s))?|1042[- ]?s|w-?9|"
                              r"w-?8[- ]?ben(?:-e)?)(?:\s+(?:on\s+file|rec(?:ei)?v?e?d|req(?:uired|'d)?|vendor|"
                              r"reportable|status|type|box))?\s*\??\s*")


def looks_like_header_row(texts: list[str]) -> bool:
    """At least two filled cells, all of them worded text that names no value and most of them labels: a
    column header row. A header may carry a unit or a period ("Bal > 60d", "kWh (12 mo)") but no value: no
    mailbox, no leading number (an address, an amount), no more digits than letters. A pivot table's caption
    row ("Sum of kWh" | "Column Labels") is the row above its header. Aging buckets ("0-30 Days", "90+ Days") and
    an IRS form's name ("1099", "W-9") are labels."""
    filled = [t for t in texts if t]
    series = _numbered_series(filled)
    return (len(filled) >= 2 and all(t in series or _is_header_text(t) or _is_question_header(t)
                                     or _TAX_FORM_COLUMN.fullmatch(t) for t in filled)
            and 2 * sum(is_label_like(t) or t in series or PERIOD_COUNT.match(t) is not None
                        or _TAX_FORM_COLUMN.fullmatch(t) is not None for t in filled)
            > len(filled) and not pivot_measure(filled))


_NUMBERED = re.compile(r"([A-Za-z][A-Za-z ._-]{0,11}?)[ _-]?(\d{1,3})")  # "HE01", "Hr 1", "Interval_96", "Q4"
# "00:15", "23:45": an interval's end; "00:00-00:15", "13:45 - 14:00": the interval, counted by its start
_CLOCK = re.compile(r"([01]?\d|2[0-4]):([0-5]\d)(?:\s*[-\u2013]\s*(?:[01]?\d|2[0-4]):[0-5]\d)?")


def numbered_header_row(texts: list[str]) -> bool:
    """A row worded as a table's header (``looks_like_header_row``), its row-number column's "#" set aside ("#" |
    "Name" | "Service Address" | "kWh"): a "#" has no letters, which a header cell is otherwise asked for."""
    return looks_like_header_row(_without_row_numbers(texts))


def _without_row_numbers(texts: list[str]) -> list[str]:
    return [text for text in texts if text.strip() != "#"]


def new_table_header(texts: list[str]) -> bool:
    """A header row of a table below another, after blank rows: worded as a header and naming two columns or more,
    a customer's field or a column of figures ("Name | Address | Phone | Medical device", "Budget Code | Description
    | Amount"), a row-number column's "#" set aside; a totals row, a note or a row of names does not."""
    return (len(texts) >= 2 and numbered_header_row(texts)
            and sum(header_kind(text)[0] is not None or _FIGURE_COLUMN.fullmatch(text) is not None
                    for text in _without_row_numbers(texts)) >= 2)


def _numbered_series(texts: list[str]) -> set[str]:
    """Column names that number a series, one prefix and counting up ("HE01" .. "HE24" of an interval-meter
    export, "Q1" .. "Q4"), or the times of day of a day's intervals ("00:15", "00:30" ... "24:00"): labels,
    however few letters each one has."""
    by_prefix: dict[str, list[int]] = {}
    for text in texts:
        if match := _NUMBERED.fullmatch(text):
            by_prefix.setdefault(match.group(1).lower(), []).append(int(match.group(2)))
        elif match := _CLOCK.fullmatch(text):
            by_prefix.setdefault(":", []).append(int(match.group(1)) * 60 + int(match.group(2)))
    series = {prefix for prefix, numbers in by_prefix.items() if _counts_up(numbers)}
    return {text for text in texts if (match := _NUMBERED.fullmatch(text)) and match.group(1).lower() in series
            or _CLOCK.fullmatch(text) and ":" in series} | _aging_buckets(texts) | _months(texts)


# a month of a year after its measure, as an export names its columns: "kwh_2022_01", "usage 2024-01", "kWh Jan-24"
_MEASURED_MONTH = re.compile(rf"(?i)[a-z][a-z ]{{0,11}}?[ _-](?:(?:19|20)\d\d[ _./-](?:0?[1-9]|1[0-2])|"
                             rf"{MONTH_NAME}[ _'./-]*(?:19|20)?\d\d)")


_BUCKET = re.compile(r"(\d{1,3}) ?[-\u2013] ?(\d{1,3})|(?:over |> ?)?(\d{1,3}) ?\+?")  # "0-30", "31-60", "90+"


def _aging_buckets(texts: list[str]) -> set[str]:
    """An aging report's bare day buckets ("0-30" | "31-60" | "61-90" | "90+"): three or more ranges, each one
    starting where the one before ended, the last one open or a range. Labels, though they hold no letter."""
    buckets = [(text, match) for text in texts if (match := _BUCKET.fullmatch(text))]
    ranges = [(int(m.group(1)), int(m.group(2))) for _, m in buckets if m.group(1)]
    if len(buckets) < 3 or len(ranges) < 2 or any(low >= high for low, high in ranges) or any(
            next_low not in (high, high + 1) for (_, high), (next_low, _) in zip(ranges, ranges[1:])):
        return set()
    return {text for text, _ in buckets}


def _months(texts: list[str]) -> set[str]:
    """The month columns of a monthly series ("Account | Premise | Jan-24 | Feb-24", "kwh_2024_01 | kwh_2024_02"): two
    or more periods, none repeated. Labels, though a month and its year have more digits than letters. A usage history's row of periods
    laid out sideways ("Billing month | Aug 25 | Sep 25", its figures in the row below) is none: it is read as lines."""
    months = [text for text in texts if PERIOD.fullmatch(text) or _MEASURED_MONTH.fullmatch(text.strip())]
    if len(months) < 2 or len(set(months)) < len(months) or PERIOD_LABEL.fullmatch(texts[0]):
        return set()
    return set(months)


def _counts_up(numbers: list[int]) -> bool:
    """Three or more numbers, each one step above the one before (a step of 1, or of one clock interval)."""
    steps = {b - a for a, b in zip(numbers, numbers[1:])}
    return len(numbers) >= 3 and len(steps) == 1 and steps.pop() > 0


# a field's label and its value in one phrase: "KWH_LAST_CYCLE: 623", "CUST_NM: OKAFOR,ADA", "Acct: 4471"
_FIELD_PHRASE = re.compile(r"(?P<label>[^:\d\t]{1,40}):[ \t]+(?P<value>\S.*)")


def field_phrase(text: str) -> re.Match | None:
    """A phrase that is a field filled in, a label of a known kind (``header_kind``) before its colon and its value
    after it (a billing extract's "CUST_NM: OKAFOR,ADA", "KWH_LAST_CYCLE: 623"); a rate table's "Tier 1: 0-500 kWh"
    names no field."""
    field = _FIELD_PHRASE.match(text.strip())
    return field if field is not None and header_kind(field.group("label").strip())[0] is not None else None


# a label and a bare count or amount after its colon: a report summary's "Records input: 3,982", "Matched moves: 41"
_COUNTED = re.compile(r"[^:\d\t]{1,40}:[ \t]+\$?\d[\d,]*(?:\.\d+)?%?")


def _filled_field(text: str) -> bool:
    """A cell of a customer's field filled in with a figure (``field_phrase``): a record's line ("KWH_LAST_CYCLE: 623
    | RATE: TOU-D | STATUS: ACTIVE"), or of any label with a bare figure (a processing summary's "Records input:
    3,982   Matched moves: 41" over an NCOA report's rows): no column header over the lines under it."""
    field = field_phrase(text)
    return field is not None and any(c.isdigit() for c in field.group("value")) or bool(_COUNTED.fullmatch(text))


# a date and a clock time together: the moment a report was run ("exported 02/09/2024 17:02", "Printed 2024-03-04 9:15
# AM"), a title line's stamp, never a column's name (an interval's column is named by its time alone, "00:15")
_TIMESTAMP = re.compile(r"(?<!\d)(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d{2}-\d{2}-\d{2})[ \tT]+\d{1,2}:\d{2}(?!\d)")


def _is_header_text(text: str) -> bool:
    if not _label_length(text) or "@" in text or is_label_cell(text) or _filled_field(text) or _TIMESTAMP.search(text):
        return False
    text = _without_year(text)
    if not text or text[0].isdigit() and not PERIOD_COUNT.match(text):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters > 0 and sum(c.isdigit() for c in text) <= letters


_MAX_QUESTION_CHARS = 100
_QUESTION_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "(top right of your bill)", "(kWh - see your bill)"
_SENTENCE_BREAK = re.compile(r"[.!;]\s+\S")
_QUESTION_FIELDS = frozenset({"name", "identifier", "account", "address", "phone", "email", "usage"})


def _is_question_header(text: str) -> bool:
    """A web form's question as an export's column name, longer than a label: "Best phone number to reach you",
    "Your utility account number (top right of your bill)", "How much electricity do you use a month?". One
    clause, worded, asking a question or naming a customer's field by its key words; a description's sentences
    ("Free panels for qualifying homes. Apply by May 1") are not."""
    if _label_length(text) or len(text) > _MAX_QUESTION_CHARS or "@" in text or _SENTENCE_BREAK.search(text):
        return False
    letters = sum(c.isalpha() for c in text)
    if sum(c.isdigit() for c in text) * 4 > letters:
        return False
    return _QUESTION_NOTE.sub("", text).endswith("?") or header_kind(text)[0] in _QUESTION_FIELDS


# the year or fiscal year a column's figures are for: "kWh 2025", "2025 kWh", "Usage (FY 2024-25)"; an export's
# underscores set it apart as well ("kwh_2023", "kWh_2023_12", "usage_fy_2024")
_HEADER_YEAR = re.compile(r"[ \t]*\(?(?<![^\W_])(?:FY[ \t_]?)?(?:19|20)\d{2}(?:[-/_\u2013](?:\d{2}|\d{4}))?(?![^\W_])\)?"
                          r"[ \t]*")


def _without_year(text: str) -> str:
    """A column name without the year its figures are for; a text that opens with a number and then a street
    ("2025 Oak Ave") is an address, not a year's column, and stays as it is."""
    stripped = _HEADER_YEAR.sub(" ", text).strip()
    if stripped == text.strip() or text[0].isdigit() and (len(stripped.split()) > 2 or ADDRESS_RE.match(text)):
        return text
    return stripped


@dataclass
class TableCell:
    """What table labelling needs to know of one cell."""

    text: str
    header: bool = False  # an HTML <th>
    span: int = 1
    rowspan: int = 1  # the rows it covers, its own and those below (HTML rowspan)


@dataclass
class CellRole:
    label: str | None
    is_field: bool  # part of the row's record (label cells of a key/value table are not)


@dataclass
class TableLayout:
    header_rows: set[int]
    key_value: bool  # rows of "label | value": the whole table is one record
    roles: list[list[CellRole]]
    # (row, cell) of a data cell that spans rows -> the later rows whose records it is a field of too
    carried: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    message_header: bool = False  # rows of an e-mail's header ("From: | Ana Ruiz <...>"): lines of text, no record


_TITLE_ROWS = 3  # merged lines over a table's header row: its title, or a record's lines (customer, premise)


def lay_out_table(rows: list[list[TableCell]], explicit_header_rows: int = 0, *,
                  message_header: bool = True) -> TableLayout:
    """Which rows are column headers, which cell labels which, and whether the table is one
    key/value record (``<th>Account No.</th><td>2-23-456</td>`` rows) or one record per row.

    Cells are placed on the table's grid as a browser places them: a cell spanning rows takes its columns in
    the rows below. Under a header cell that spans columns (a group, "Account holder" over "Name | Account
    Number"), the next row of header cells is a header too, and a column is labelled by its lowest header and
    the group above it ("Account holder: Name"). A data cell that spans rows is a field of each row it covers.
    ``message_header``: an e-mail's header table is laid out as its lines (``_message_header``), for an extractor that
    writes them so."""
    filled_rows = [r for r in rows if any(c.text for c in r)]
    if message_header and _message_header(filled_rows):
        return TableLayout(set(), False, [[CellRole(None, False) for _ in row] for row in rows], message_header=True)
    if filled_rows and _languages_row(filled_rows[0]):
        return TableLayout({rows.index(filled_rows[0])}, False, [[CellRole(None, False) for _ in row] for row in rows])
    stacked = _stacked_form(rows)
    if stacked is not None:
        return stacked
    if not explicit_header_rows and len(filled_rows) >= 2 and rows[0] is filled_rows[0] and _title_row(rows[0]) \
            and is_label_column(filled_rows[1:]):
        # a form's title spanning its columns ("Account record (from CIS)") over its label | value rows: a caption,
        # not the header of a column; each value is labelled by the label beside it
        return TableLayout({0}, True, [[CellRole(None, False) for _ in rows[0]]] + [
            _row_roles(row, start, [], True, True) for row, start in zip(rows[1:], _grid_columns(rows)[1:])])
    header_rows = set(range(explicit_header_rows))
    label_column = not header_rows and bool(filled_rows) and is_label_column(filled_rows)
    key_value = label_column or not header_rows and bool(filled_rows) and all(_is_key_value_row(r) for r in filled_rows)
    if not header_rows and not key_value and len(rows) >= 2 and rows[0]:
        # a title over the columns (one cell spanning them, a <th> or an Excel export's <td>) opens the header rows
        # under it; so do a few such lines stacked (a memo's merged "Customer: Ana Ruiz  SA# ..." / "Premise: 12 Elm
        # St" rows over "Bill period | kWh"): each is read on its own, and the columns are named by the header under
        # them
        titles = 0
        while titles < min(len(rows) - 1, _TITLE_ROWS) and _title_row(rows[titles]):
            titles += 1
        titled = bool(titles) and _is_header_row(rows[titles])
        if titled or _is_header_row(rows[0]):
            header_rows = set(range(titles + 1)) if titled else {0}
            while (len(header_rows) < len(rows) - 1 and any(c.span > 1 for c in rows[len(header_rows) - 1])
                   and _is_header_row(rows[len(header_rows)])):
                header_rows.add(len(header_rows))  # the columns a group header spans, named one by one
    starts = _grid_columns(rows)
    column_names = _column_names(rows, starts, sorted(header_rows))
    roles, carried = [], {}
    for index, row in enumerate(rows):
        if index in header_rows:
            roles.append([CellRole(None, False) for _ in row])
            continue
        roles.append(_row_roles(row, starts[index], column_names, key_value, label_column))
        for number, cell in enumerate(row):
            if cell.rowspan > 1:
                covered = [r for r in range(index + 1, min(index + cell.rowspan, len(rows))) if r not in header_rows]
                if covered:
                    carried[(index, number)] = covered
    return TableLayout(header_rows, key_value, roles, carried)


# a field of an e-mail's header as a mailer prints it into a table of its own (Outlook's memo style printed or pasted
# into Word: "From: | Ana Ruiz <...>", "Sent: | ...", "To: | ...", "Subject: | ...")
_MESSAGE_HEADER_FIELD = re.compile(r"(?i)(?:from|sent|date|to|cc|bcc|reply-to|subject|importance|attachments?|de|para|"
                                   r"enviado|fecha|asunto|cc/bcc)\s*:?")
_SENDER_FIELD = re.compile(r"(?i)(?:from|de)\s*:?")


def _message_header(rows: list[list[TableCell]]) -> bool:
    """Whether a table's filled rows are an e-mail's header, label | value: three fields or more, the sender's among
    them. It is the message's header, not a record of its fields: its "From:" names the writer and its "To:" the
    office written to, read as the same lines printed as text are."""
    pairs = [[c.text for c in row if c.text] for row in rows]
    return (len(pairs) >= 3 and all(len(p) == 2 and _MESSAGE_HEADER_FIELD.fullmatch(p[0]) for p in pairs)
            and any(_SENDER_FIELD.fullmatch(p[0]) for p in pairs))


def _message_header_line(texts: list[str]) -> str:
    """A row of an e-mail's header table as the mailer prints it on a line of its own: "From: Ana Ruiz <...>"."""
    label, value = [t.strip() for t in texts if t.strip()]
    return f"{label if label.endswith(':') else label + ':'} {value}"


def _stacked_form(rows: list[list[TableCell]]) -> TableLayout | None:
    """A form laid out as a grid with each label above its box: a row of labels, the row of their values under
    it, then the next row of labels ("Customer Name | Service Address | SP ID" over "Ana Ruiz | 12 Oak St |
    SP4471", "Premise ID | Financial Institution" over "4471-20813 | Pacific Trust"). Four filled rows or more,
    every other one a row of labels, one of them naming a field, the rows between them not worded as labels: each
    value is labelled by the label above it, and the whole form is one record, one customer's. A table under
    one header row, its data rows worded ("Ana Ruiz | Pomona | CARE"), is none: not every other row names a
    field."""
    filled = [index for index, row in enumerate(rows) if any(c.text for c in row)]
    if len(filled) < 4 or len(filled) % 2:
        return None
    label_rows, value_rows = filled[0::2], filled[1::2]
    if any(len(rows[index]) < 2 or any(c.span > 1 or c.rowspan > 1 for c in rows[index]) for index in filled):
        return None
    if not all(_is_header_row(rows[index]) for index in label_rows) or any(
            _is_header_row(rows[index]) for index in value_rows) or not any(
            header_kind(c.text)[0] is not None for index in label_rows for c in rows[index]):
        return None
    roles = [[CellRole(None, False) for _ in row] for row in rows]
    for labels, values in zip(label_rows, value_rows):
        names = [label_text(c.text) or None for c in rows[labels]]
        roles[values] = [CellRole(names[i] if i < len(names) else None, True) for i in range(len(rows[values]))]
    return TableLayout(set(label_rows), True, roles)


def _languages_row(row: list[TableCell]) -> bool:
    """Whether a table's first row names a language over each column ("English | Español", "Spanish / Español"): its
    rows are one text in each language, side by side (a bilingual letter's or notice's paragraphs), read as text, not
    as records of fields."""
    names = [c.text for c in row if c.text]
    return len(names) >= 2 and all(
        all(LANGUAGE_NAME.fullmatch(part.strip()) for part in name.split("/")) for name in names)


def _title_row(row: list[TableCell]) -> bool:
    """A table's title: its first row's one cell, spanning columns, worded ("Customer Complaint Log - Q1 2025")."""
    return len(row) == 1 and row[0].span > 1 and any(c.isalpha() for c in row[0].text)


def _is_header_row(row: list[TableCell]) -> bool:
    """A row of column headers: two or more ``<th>``, or, with no ``<th>``, labels (``looks_like_header_row``)."""
    if len(row) >= 2 and all(c.header for c in row):
        return True
    return not any(c.header for c in row) and looks_like_header_row([c.text for c in row])


def _grid_columns(rows: list[list[TableCell]]) -> list[list[int]]:
    """Each cell's first column on the table's grid, skipping the columns that cells spanning rows from above
    take."""
    starts, covered = [], {}  # covered: column -> how many more rows a cell from above takes it
    for row in rows:
        row_starts, column = [], 0
        for cell in row:
            while covered.get(column):
                column += 1
            row_starts.append(column)
            column += cell.span
        covered = {c: n - 1 for c, n in covered.items() if n > 1}
        for cell, start in zip(row, row_starts):
            if cell.rowspan > 1:
                for c in range(start, start + cell.span):
                    covered[c] = cell.rowspan - 1
        starts.append(row_starts)
    return starts


def _column_names(rows: list[list[TableCell]], starts: list[list[int]], header_rows: list[int]) -> list[str]:
    """Each column's label: its lowest header, after the group header above it when there is one."""
    names: dict[int, list[str]] = {}  # column -> the header texts over it, top down
    width = max((start + cell.span for index in header_rows for cell, start in zip(rows[index], starts[index])),
                default=0)
    for index in header_rows:
        for cell, start in zip(rows[index], starts[index]):
            text = label_text(cell.text) if cell.text else ""
            if text and not ((cell.span == width > 1 or _title_row(rows[index])) and index != header_rows[-1]):
                # a title over the columns names none of them
                for column in range(start, start + cell.span):
                    over = names.setdefault(column, [])
                    if text not in over:
                        over.append(text)
    return [": ".join(names.get(column, [])[-2:]) for column in range(width)]


def _is_key_value_row(row: list[TableCell]) -> bool:
    cells = [c for c in row if c.text]
    if len(cells) < 2:
        return False
    first = cells[0]
    return (first.header and not all(c.header for c in cells)) or is_label_cell(first.text)


def is_label_column(rows: list[list[TableCell]]) -> bool:
    """A form laid out as a table without colons, its filled cells label | value pairs ("Applicant | Mario Smith",
    "Service Address | ..."; two pairs a row on an application form: "Customer Name | Ana Ruiz | Phone | ..."), the
    labels distinct words of which at least half name a field. A table of people under a "Name | Phone" header names
    a field in its first row only. A form of one or two rows ("Account Number | 4471902231") names a field in every
    label cell, one of them a customer's, and in no value cell: a lone header row ("Account Number | Customer Name")
    names fields in both, a header over one row of figures ("Account" | "Amount" over "Meter Services" | "1204400")
    names a figure's column."""
    filled = [[c.text for c in r if c.text] for r in rows]
    if any(len(texts) % 2 for texts in filled) or all(c.header for c in rows[0] if c.text):
        return False
    pairs = [texts[i:i + 2] for texts in filled for i in range(0, len(texts), 2)]
    keys = [p[0] for p in pairs]
    if not all(_is_header_text(k) for k in keys):
        return False
    kinds = [header_kind(k)[0] for k in keys]
    if any(len(texts) > 2 for texts in filled):
        return _pairs_across(pairs, kinds)
    if len(pairs) < 3:
        return (None not in kinds and any(kind not in _NO_FIELD_OF_A_CUSTOMER for kind in kinds)
                and all(header_kind(value)[0] is None and not _FIGURE_COLUMN.fullmatch(value) for _, value in pairs))
    firsts = {k.split()[0].lower() for k in keys}  # "Customer 1", "Customer 2", ...: a column of values
    return 3 * len(firsts) >= 2 * len(keys) and 2 * sum(kind is not None for kind in kinds) >= len(keys)


def _pairs_across(pairs: list[list[str]], kinds: list[str | None]) -> bool:
    """Label | value pairs side by side in each row (Name | Ana Ruiz | Phone | ...): most labels name a field, one
    of them a customer's, or half of them do, two of them a customer's (a case file's form opens and closes with its
    own fields, "Case No. | ... | Date | ...", "Investigator | ... | Vehicle | ...", around the customer's rows); and
    no value is worded as a column's name ("City", "Status"), as the second row of a table under a header row of
    four columns would be ("Name | City | Program | Status" over "Ana Ruiz | Pomona | CARE | Active" gives "City"
    and "Status" as values)."""
    named = [kind for kind in kinds if kind is not None]
    customers = sum(kind not in _NO_FIELD_OF_A_CUSTOMER for kind in named)
    return ((3 * len(named) >= 2 * len(kinds) and customers or 2 * len(named) >= len(kinds) and customers >= 2)
            and not any(_is_header_text(value) and (header_kind(value)[0] is not None
                                                    or _FIGURE_COLUMN.fullmatch(value)) for _, value in pairs))


# the kinds of ``header_kind`` that name a field but none of a customer's ("Applicant", "Office", "Vendor")
_NO_FIELD_OF_A_CUSTOMER = frozenset({"veto", "soft"})
# the header of a column of figures or notes, which a form's value never is ("Amount", "FY 2026 Budget", "Status")
_FIGURE_COLUMN = re.compile(r"(?i)(?:[\w ]+ )?(?:amount|amt|total|balance|budget|cost|price|qty|quantity|"
                            r"description|status|notes?|date|actuals?|adopted|proposed|value|rate|change|difference)")


def _row_roles(row: list[TableCell], starts: list[int], column_names: list[str], key_value: bool,
               label_column: bool = False) -> list[CellRole]:
    """Each cell's label and whether it is a field. ``label_column``: the row's first filled cell, and every
    other one after it, labels the next one as "Label:" would (a form laid out as a table without colons)."""
    roles = []
    row_label = None  # the nearest <th> or "Label:" cell to the left
    previous_is_label_cell = False
    label_cells = [cell for cell in row if cell.text][::2]  # a form's label | value pairs: every other filled cell
    for cell, column in zip(row, starts):
        labels_next = is_label_cell(cell.text) or (label_column and any(cell is c for c in label_cells))
        is_label = cell.header or labels_next
        if previous_is_label_cell:
            label = row_label
        elif column < len(column_names) and column_names[column] and not key_value:
            label = column_names[column]
        else:
            label = row_label if not is_label else None
        roles.append(CellRole(label, not (key_value and is_label)))
        if is_label and cell.text:
            row_label = label_text(cell.text)
        previous_is_label_cell = bool(cell.text) and labels_next
    return roles


# --- spreadsheets: what labels a cell besides a header row --------------------------------------------

# the caption Excel writes above a pivot table's values: "Sum of kWh", "Count of Account", "Average of Usage"
_PIVOT_CAPTION = re.compile(r"(?i)(?:sum|count|average|max|min|product|stddevp?|varp?) of \S.*")


def pivot_measure(texts: list[str]) -> str | None:
    """The measure a pivot table's caption row names ("Sum of kWh" | "Column Labels"), which every value
    column under the pivot's header row (Row Labels | Jan | Feb | Grand Total) holds."""
    return texts[0] if texts and _PIVOT_CAPTION.fullmatch(texts[0]) else None


def measured(header: str, measure: str | None) -> str:
    """A pivot's value column named by its measure and its column header: "Sum of kWh (Jan)"."""
    return f"{measure} ({header})" if measure else header


def form_label(texts: list[str]) -> str | None:
    """The label of a form's row, "Customer Name:" | "Ana Ruiz" (a sheet laid out as a form, one field a row),
    or None for a row of another kind."""
    return label_text(texts[0]) if len(texts) >= 2 and is_label_cell(texts[0]) and not is_label_cell(texts[1]) \
        else None
