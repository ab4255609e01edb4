"""Run one detector over a small document the way the pipeline does, through ``engine.scan_document``.

``text_or_segments`` is a string (one unlabelled segment), a :class:`Segment`, a ``(label, text)`` pair
(a table cell under its column header), or a list of these.
"""
from __future__ import annotations

from functools import lru_cache

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment


def segments_of(text_or_segments) -> list[Segment]:
    items = text_or_segments if isinstance(text_or_segments, list) else [text_or_segments]
    segments = []
    for line, item in enumerate(items, start=1):
        if isinstance(item, tuple):
            label, text = item
            item = Segment(text, Location(line=line, element=f"table 1 > row {line}"), label=label)
        elif isinstance(item, str):
            item = Segment(item, Location(line=line))
        segments.append(item)
    return segments


def make_document(text_or_segments, url: str = "https://www.pomonachoiceenergy.org/test") -> Document:
    return Document(url=url, content_type="text/html", segments=segments_of(text_or_segments))


def findings_for(detector_cls, text_or_segments, options=None, public=None) -> list[dict]:
    """The engine's finding records for ``detector_cls`` (or a list of detector classes, each given the
    same ``options``) over the given text or segments."""
    classes = detector_cls if isinstance(detector_cls, list) else [detector_cls]
    return scan_document(make_document(text_or_segments), [cls(options, public) for cls in classes])


@lru_cache(maxsize=1)
def _all_detectors() -> list:
    from detectors.registry import load_detectors
    return load_detectors({})


def values_found(name: str, body: str | bytes, categories: tuple[str, ...]) -> dict[str, list[str]]:
    """Raw values by category of ``categories``, as every registry detector finds them in ``body`` (text, or a
    file's bytes) extracted as the file ``name`` (its extension says how it is read)."""
    from crawler.extract import extract
    result: dict[str, list[str]] = {}
    for f in scan_document(extract(name, body if isinstance(body, bytes) else body.encode()), _all_detectors()):
        if f.category in categories:
            result.setdefault(f.category, []).append(f.value)
    return result


def pairs_found(url: str, body: str | bytes, content_type: str | None = None) -> set[tuple[str, str]]:
    """(category, raw value) of every finding of every registry detector in ``body`` extracted as the file at
    ``url`` served as ``content_type``."""
    from crawler.extract import extract
    document = extract(url, body if isinstance(body, bytes) else body.encode(), content_type)
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def pairs_above_low(url: str, body: str) -> set[tuple[str, str]]:
    """``pairs_found`` without the low findings: a personal mailbox alone on a page is reported low whoever's it is,
    a customer's record higher."""
    from crawler.extract import extract
    return {(f.category, f.value) for f in scan_document(extract(url, body.encode()), _all_detectors())
            if f.severity != "low"}


def values_of(found: set[tuple[str, str]], category: str) -> set[str]:
    return {value for kind, value in found if kind == category}


def xlsx(rows, merged: tuple[str, ...] = ()) -> bytes:
    """A workbook of one sheet holding ``rows``, its ``merged`` ranges merged ("A1:C1"), as Excel saves it."""
    import io

    from openpyxl import Workbook
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    for cells in merged:
        book.active.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()



def workbook(sheets: dict[str, list[list]]) -> bytes:
    """A workbook of the named ``sheets``, each holding its rows, as Excel saves it."""
    import io

    from openpyxl import Workbook
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

def docx_form(rows: list[tuple[str, str]], *paragraphs: str, heading: str | None = None) -> bytes:
    """A Word form: an optional heading, ``paragraphs``, then a two-column table of (label, value) ``rows``."""
    return docx_table(rows, *paragraphs, heading=heading, columns=2)


def docx_paragraphs(*paragraphs: str) -> bytes:
    """A Word document of ``paragraphs`` only (a letter, a notice)."""
    import io

    import docx
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_memo(title: str, *paragraphs: str, header: str | None = None, footer: str | None = None,
              comment: tuple[int, str] | None = None) -> bytes:
    """A Word memo: its ``title`` line, ``paragraphs``, an optional page header and footer, and an optional reviewer's
    comment ``(index of the paragraph it is on, its text)``."""
    import io

    import docx
    document = docx.Document()
    document.add_paragraph(title)
    added = [document.add_paragraph(text) for text in paragraphs]
    if comment:
        document.add_comment(added[comment[0]].runs, text=comment[1], author="Reviewer")
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_table(rows, *paragraphs: str, heading: str | None = None, columns: int | None = None) -> bytes:
    """A Word document: an optional heading, ``paragraphs``, then one table of ``rows`` as given (``columns`` wide, or
    as wide as the first row), no header row marked."""
    import io

    import docx
    document = docx.Document()
    if heading:
        document.add_heading(heading, 1)
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=columns or len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def lines_pdf(lines: list[str], top: int = 740, leading: int = 16) -> bytes:
    """A one-page PDF of ``lines`` in Helvetica at the left margin, each ``leading`` points below the last."""
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(lines):
        pdf.drawString(72, top - leading * k, line)
    pdf.save()
    return out.getvalue()


def numbered_lines_pdf(*lines: str) -> bytes:
    """A court reporter's page: each line numbered at its start."""
    return lines_pdf([f"{k}   {line}" for k, line in enumerate(lines, start=1)])
