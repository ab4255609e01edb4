"""PDF -> one segment per visual line of each page, and everything else the file publishes.

- ``pages``: each page's text from PDFium (pypdfium2), the fast path; text a reader cannot see (failed
  redactions: ``redaction``; hidden layers) as hidden segments; OCR of scanned pages.
- ``annotations``: comments, popups and attached files of a page; redactions made with annotations.
- the outline's bookmarks, read here: a reader's sidebar shows their titles.
- ``attachments``: embedded files and portfolios, read with the extractor of their own type.
- ``structure``: document information, XMP, AcroForm fields, XFA data and optional content, from the
  object structure with pdfminer.six.
- the targets of its link annotations (``/URI``) whose path holds an identifier-shaped value, read as words as a
  page's link targets are (``/files/Delgado_512-34-6789.pdf``: "files / Delgado 512-34-6789.pdf", hidden "link
  target", see ``crawler.url_text``): the file publishes them whatever the link answers, on the site or off it.

PDFium reads a text-heavy page 25 to 35 times faster than pdfminer's layout analysis (benchmarks/pdf_text.py)
and repairs damaged files better; it runs in the worker process, where a crash or a hang ends as a failed
document.
"""
from __future__ import annotations

import itertools

import pypdfium2 as pdfium

from crawler.spiders.pdf_links import pdf_links
from crawler.url_text import path_text
from detectors import work_clock
from detectors.model import Location

from ...cycles import no_cycle_collection
from .. import DocumentBuilder, ExtractError, PasswordProtected
from . import structure
from .attachments import read_attachments
from .pages import page_list, read_page, read_scans
from ..verbatim import join_speaker_turns

# PDFium's load errors (FPDF_GetLastError), as the report words them
_LOAD_ERRORS = {
    pdfium.raw.FPDF_ERR_FILE: "corrupt PDF: file not readable",
    pdfium.raw.FPDF_ERR_FORMAT: "corrupt PDF: not in PDF format or damaged beyond repair",
    pdfium.raw.FPDF_ERR_PASSWORD: "encrypted PDF (password required)",
    pdfium.raw.FPDF_ERR_SECURITY: "encrypted PDF (unsupported security handler)",
}


_MAX_PAGES_CHECKED = 100_000  # pages whose content is checked for decompression bombs before PDFium loads them


def extract_pdf(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    if not body or body.isspace():  # not body.strip(), which copies a 40 MB file to find its first byte
        raise ExtractError("empty file")
    if body.find(b"%PDF-", 0, 1024) < 0:
        raise ExtractError("not a PDF (no %PDF- header)")
    pdf, failure = _open(body)  # reads the cross-reference table and the catalog, no page yet
    document = structure.open_structure(body, repair=pdf is None)
    if pdf is None and document is None:
        raise ExtractError(failure)
    bombs = structure.content_bombs(document, _MAX_PAGES_CHECKED, len(body)) if document is not None else set()
    if bombs and (pdf is None or len(bombs) >= len(pdf)):  # nothing left to read: the file is a bomb
        if pdf is not None:
            pdf.close()
        raise ExtractError(f"decompression bomb: the content of page {min(bombs)} inflates beyond "
                           f"{structure.MAX_CONTENT_BYTES // 1048576} MB")
    try:
        # a page makes thousands of small objects (words, pieces, lines) and almost no cycles (tens a page, a few
        # thousand a document: pdfminer's parser and its document): the cyclic collector's passes, full ones over
        # the worker's whole heap among them, took a sixteenth of the corpus's time and freed nearly nothing
        with no_cycle_collection():
            _read(builder, pdf, document, failure, bombs)
    finally:
        if pdf is not None:
            pdf.close()
    _link_targets(builder, body)


def _link_targets(builder: DocumentBuilder, body: bytes) -> None:
    """The identifier-shaped paths of the file's link targets (see the module docstring), each once."""
    for path in dict.fromkeys(filter(None, map(path_text, pdf_links(body)))):
        if builder.full:
            return
        builder.add(path, Location(element="link annotation"), hidden="link target")


def _open(body: bytes) -> tuple[pdfium.PdfDocument | None, str]:
    try:
        return pdfium.PdfDocument(body), ""
    except pdfium.PdfiumError as e:
        reason = _LOAD_ERRORS.get(e.err_code, "corrupt PDF: PDFium cannot load it (damaged or hostile structure)")
        if e.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise PasswordProtected(reason) from None
        if e.err_code == pdfium.raw.FPDF_ERR_SECURITY:
            raise ExtractError(reason) from None
        return None, reason


def _read(builder: DocumentBuilder, pdf, document, failure: str, bombs: set[int]) -> None:
    """Everything the file publishes; the pages in ``bombs`` (numbers of the pages whose content is a
    decompression bomb) are refused unloaded and listed as not checked, the others read."""
    hidden_layers: set[str] = set()
    if document is not None:
        structure.xmp(builder, document, structure.information(builder, document))
        structure.alternate_texts(builder, document)
        hidden_layers = structure.hidden_layers(builder, document)
    elif pdf is not None:
        _pdfium_information(builder, pdf)
    pages = len(pdf) if pdf is not None else 0
    builder.document.pages = pages
    unmapped = []
    attached: set[str] = set()
    # PDFium's cross-reference table is the file's own (not rebuilt), so pdfminer finds each object where PDFium does
    links = structure.link_annotations(document, pages) if document is not None and \
        pdfium.raw.FPDF_DocumentHasValidCrossReferenceTable(pdf) else None
    scans: list = []  # what pages need OCR for, read once every page's text is (``read_scans``)
    first = len(builder.document.segments), len(builder.document.records)
    started = work_clock.now()
    for index in range(pages):
        if builder.full:
            break
        left = builder.seconds_left()
        if left is not None and left <= 0:  # the pages read so far are still checked, in the time kept for that
            unread = f"pages {index + 1}-{pages}" if index + 1 < pages else f"page {pages}"
            builder.not_checked(f"{unread} not read within the time limit (see [crawl] extract_timeout)")
            break
        if index + 1 in bombs:
            builder.not_checked(structure.refused(index + 1))
            continue
        try:
            if read_page(builder, pdf, index, hidden_layers, attached, links, scans):
                unmapped.append(index + 1)
        except pdfium.PdfiumError as e:  # one bad page (broken stream, missing font) does not lose the others
            builder.not_checked(f"page {index + 1} unreadable: {e}")
    if scans:
        read_scans(builder, pdf, scans, work_clock.now() - started)
        _in_page_order(builder.document, *first)
    if unmapped:
        builder.warn(f"text without Unicode mapping left out on page(s) {page_list(unmapped)}")
    join_speaker_turns(builder.document)
    if pdf is not None:
        read_attachments(builder, pdf, attached)
        _bookmarks(builder, pdf)
    found_fields = 0
    if document is not None:
        found_fields = structure.form_fields(builder, document, _text_near(pdf) if pdf is not None else None) + \
            structure.xfa_data(builder, document)
    if not pages:
        if not found_fields:
            raise ExtractError(failure or "corrupt PDF: no pages found")
        builder.warn("no pages found: only form fields and metadata were read")


def _in_page_order(document, segments: int, records: int) -> None:
    """The pages' segments and records from index ``segments`` and ``records`` on in page order, each page's OCR
    after its text as when a page was read whole: the rules that read a page's lines in turn see them so."""
    document.segments[segments:] = _by_page(document.segments[segments:], lambda s: s.location.page)
    document.records[records:] = _by_page(document.records[records:],
                                          lambda r: r.location.page or r.fields[0].location.page)


def _by_page(items: list, page_of) -> list:
    """``items`` stably sorted by their page, one without a page staying after the item before it."""
    keyed, page = [], 0
    for position, item in enumerate(items):
        page = page_of(item) or page
        keyed.append((page, position, item))
    return [item for _, _, item in sorted(keyed, key=lambda k: k[:2])]


_LEFT_REACH = 250  # points left of a field's box that its label printed beside it may start at
_ABOVE_REACH = 1.3  # a label printed above a field's box stands within this many box heights above it


def _text_near(pdf):
    """``text_near(page, rect)``: the words a form prints as a field's label, on the field's line right before its
    box ("Meter Number: [    ]"; the last label there when several fields share the line), or else right above it
    ("Meter Number" over the box); None where there are none. Each page's text is read once (a form tool names
    every field of a form so)."""
    textpages: dict[int, object] = {}

    def text_near(page: int, rect: tuple[float, float, float, float]) -> str | None:
        if not 1 <= page <= len(pdf):
            return None
        if page not in textpages:
            textpages[page] = pdf[page - 1].get_textpage()
        textpage = textpages[page]
        x0, y0, x1, y1 = rect
        middle = (y0 + y1) / 2
        beside = textpage.get_text_bounded(max(0.0, x0 - _LEFT_REACH), middle - 1, x0, middle + 1)
        above = textpage.get_text_bounded(x0, y1, x1, y1 + _ABOVE_REACH * (y1 - y0))
        for text in (beside.strip(" \r\n\t:").rsplit(":", 1)[-1], above):
            words = " ".join(text.split()).strip(" :")
            if any(c.isalpha() for c in words):
                return words
        return None
    return text_near


def _pdfium_information(builder: DocumentBuilder, pdf) -> None:
    """The standard document information entries, when only PDFium can read the file."""
    for key, value in pdf.get_metadata_dict(skip_empty=True).items():
        value = " ".join(value.split())
        if key not in ("CreationDate", "ModDate", "Trapped") and value:
            builder.add(value, Location(element="PDF metadata"), hidden="pdf metadata", label=key)
            if key == "Title" and not builder.document.title:
                builder.document.title = value


_MAX_BOOKMARKS = 20_000  # a packet's outline has hundreds; a hostile one is cut here (PDFium breaks cycles)


def _bookmarks(builder: DocumentBuilder, pdf) -> None:
    """The outline's titles, which a reader's sidebar shows ("Exhibit D - Letter from Kenneth Haynes re acct ...")."""
    for bookmark in itertools.islice(pdf.get_toc(), _MAX_BOOKMARKS):
        title = " ".join((bookmark.get_title() or "").split())
        if title and not builder.full:
            dest = bookmark.get_dest()
            page = dest.get_index() if dest is not None else None
            builder.add(title, Location(page=page + 1 if page is not None else None, element="PDF bookmark"),
                        hidden="pdf bookmark")


