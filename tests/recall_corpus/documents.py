"""Writers of the site's documents: PDF (fpdf2), DOCX (python-docx), XLSX (openpyxl) and CSV, as bytes."""
from __future__ import annotations

import csv
import io

from docx import Document as WordDocument
from fpdf import FPDF
from openpyxl import Workbook


def pdf(pages: list[str], font_size: int = 10) -> bytes:
    """One PDF page per string (a long string flows onto further pages); text must fit Latin-1."""
    doc = FPDF()
    doc.set_auto_page_break(True, margin=15)
    doc.set_font("Helvetica", size=font_size)
    for text in pages:
        doc.add_page()
        for line in text.strip("\n").split("\n"):
            doc.multi_cell(0, font_size / 2, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    doc = WordDocument()
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        grid = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = grid.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def xlsx(sheets: list[tuple[str, list[list[str]], bool]]) -> bytes:
    """(title, rows, hidden) per sheet; the first sheet must be visible."""
    book = Workbook()
    book.remove(book.active)
    for title, rows, hidden in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if hidden:
            sheet.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")
