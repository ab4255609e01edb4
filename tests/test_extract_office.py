"""DOCX and XLSX extraction: body, tables, headers, comments, tracked changes; sheets, hidden parts, comments."""
from __future__ import annotations

import io

import docx
import openpyxl
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.comments import Comment

from crawler.extract import ExtractError, extract, office
from crawler.extract.sniff import DOCX, XLSX


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def by_text(document) -> dict[str, object]:
    return {s.text: s for s in document.segments}


def tracked(tag: str, text_tag: str, text: str):
    change = OxmlElement(tag)
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Clerk")
    run = OxmlElement("w:r")
    text_element = OxmlElement(text_tag)
    text_element.text = text
    run.append(text_element)
    change.append(run)
    return change


@pytest.fixture
def memo() -> bytes:
    document = docx.Document()
    document.core_properties.author = "Jane Clerk"
    document.core_properties.title = "Billing memo"
    document.add_paragraph("Intro")
    flagged = document.add_paragraph("Customer SSN 512-34-6789")
    document.add_comment(flagged.runs, text="remove: acct 2-23-456-7890", author="Ann")
    changed = document.add_paragraph("Kept ")
    changed._p.append(tracked("w:ins", "w:t", "and inserted"))
    changed._p.append(tracked("w:del", "w:delText", "deleted 512-34-0000"))
    document.add_paragraph("shown ").add_run("hidden run").font.hidden = True
    table = document.add_table(rows=3, cols=2)
    for row, (name, account) in enumerate([("Name", "Account No."), ("Jane Doe", "2-23-456-7890"),
                                           ("John Roe", "2-23-456-7891")]):
        table.cell(row, 0).text = name
        table.cell(row, 1).text = account
    pairs = document.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("Account No.:", "2-23-1"), ("Phone:", "909-555-1234")]):
        pairs.cell(row, 0).text = label
        pairs.cell(row, 1).text = value
    document.sections[0].header.paragraphs[0].text = "City of Pomona - internal"
    document.sections[0].footer.paragraphs[0].text = "Page footer"
    return saved(document)


def test_docx_paragraphs_with_locations(memo):
    doc = extract("https://x/memo.docx", memo, "application/octet-stream")
    assert doc.content_type == DOCX
    assert doc.title == "Billing memo"
    assert by_text(doc)["Intro"].location.element == "paragraph 1"
    assert by_text(doc)["Customer SSN 512-34-6789"].location.element == "paragraph 2"


def test_docx_tracked_changes_and_hidden_runs(memo):
    segments = by_text(extract("https://x/memo.docx", memo))
    assert segments["Kept and inserted"].hidden is None
    assert segments["Kept deleted 512-34-0000"].hidden == "tracked deletion"  # its sentence before the edit
    assert segments["Kept deleted 512-34-0000"].location.element == "paragraph 3"
    assert segments["shown"].hidden is None
    assert segments["hidden run"].hidden == "hidden text"


def test_docx_comments_and_properties_are_hidden(memo):
    segments = by_text(extract("https://x/memo.docx", memo))
    assert segments["remove: acct 2-23-456-7890"].hidden == "comment"
    assert segments["Jane Clerk"].hidden == "document properties"
    assert segments["Jane Clerk"].label == "author"


def test_docx_headers_and_footers_are_chrome(memo):
    segments = by_text(extract("https://x/memo.docx", memo))
    assert segments["City of Pomona - internal"].chrome
    assert segments["City of Pomona - internal"].location.element == "header, section 1, paragraph 1"
    assert segments["Page footer"].chrome
    assert not segments["Intro"].chrome


def test_docx_tables_give_labelled_records(memo):
    doc = extract("https://x/memo.docx", memo)
    assert [[(label, f.text) for label, f in r.labelled()] for r in doc.records] == [
        [("Name", "Jane Doe"), ("Account No.", "2-23-456-7890")],
        [("Name", "John Roe"), ("Account No.", "2-23-456-7891")],
        [("Account No.", "2-23-1"), ("Phone", "909-555-1234")]]
    assert [r.location.element for r in doc.records] == ["table 1 > row 2", "table 1 > row 3", "table 2"]
    assert by_text(doc)["2-23-456-7891"].location.element == "table 1 > row 3 > cell 2"


def test_docx_header_cells_may_open_with_the_period_they_cover():
    """"12-mo kWh" and "3 Yr Avg" are column names; a row of figures or dates under them is no header."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Customer", "12-mo kWh", "3 Yr Avg"), ("Ana Ruiz", "7,360", "612"),
                                       ("Devin Miles", "11,880", "990")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc = extract("https://x/usage.docx", saved(document))
    assert [[(label, f.text) for label, f in r.labelled()] for r in doc.records] == [
        [("Customer", "Ana Ruiz"), ("12-mo kWh", "7,360"), ("3 Yr Avg", "612")],
        [("Customer", "Devin Miles"), ("12-mo kWh", "11,880"), ("3 Yr Avg", "990")]]


def test_docx_text_boxes_are_read_once():
    document = docx.Document()
    paragraph = document.add_paragraph("Host")
    box = paragraph._p.makeelement(qn("w:txbxContent"), {})
    inner = box.makeelement(qn("w:p"), {})
    inner.append(tracked("w:ins", "w:t", "In the box"))
    box.append(inner)
    fallback = paragraph._p.makeelement(
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback", {})
    fallback.append(tracked("w:ins", "w:t", "In the box"))
    paragraph._p.append(box)
    paragraph._p.append(fallback)
    doc = extract("https://x/a.docx", saved(document))
    assert [(s.text, s.location.element) for s in doc.segments if s.hidden is None] == [
        ("Host", "paragraph 1"), ("In the box", "paragraph 1 > text box 1 > paragraph 1")]


def test_broken_docx_is_an_extract_error(memo):
    with pytest.raises(ExtractError, match="broken DOCX"):
        extract("https://x/memo.docx", memo[:len(memo) // 2])


@pytest.fixture
def workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Customers"
    sheet.append(["Customer list March 2024"])
    sheet.append(["Name", "Account No.", "SSN", "Usage kWh"])
    sheet.append(["Jane Doe", "2-23-456-7890", 512346789, 512.0])
    sheet.append(["John Roe", "2-23-456-7891", "512-34-0000", 498.5])
    sheet["C3"].number_format = "000-00-0000"
    sheet.row_dimensions[4].hidden = True
    sheet.column_dimensions["D"].hidden = True
    sheet["A3"].comment = Comment("call back about the SSN", "Ann")
    sheet["F9"].comment = Comment("note on an empty cell", "Ann")
    sheet["G9"] = "invisible"
    sheet["G9"].number_format = ";;;"
    secret = book.create_sheet("Old data")
    secret.sheet_state = "hidden"
    secret["B2"] = "password: hunter2"
    return saved(book)


def test_xlsx_cells_with_sheet_locations_and_header_labels(workbook):
    doc = extract("https://x/list.xlsx", workbook, None)
    assert doc.content_type == XLSX
    segments = by_text(doc)
    assert segments["Jane Doe"].location.element == "Customers!A3"
    assert segments["Jane Doe"].label == "Name"
    assert segments["512-34-6789"].label == "SSN"  # a number shown through its 000-00-0000 format
    assert segments["Name"].label is None
    row = next(r for r in doc.records if r.location.element == "Customers!3:3")
    assert [(label, f.text) for label, f in row.labelled()] == [
        ("Name", "Jane Doe"), ("Account No.", "2-23-456-7890"), ("SSN", "512-34-6789"), ("Usage kWh", "512")]


def test_xlsx_hidden_sheets_rows_columns_formats_and_comments(workbook):
    segments = by_text(extract("https://x/list.xlsx", workbook))
    assert segments["password: hunter2"].hidden == "hidden sheet"
    assert segments["password: hunter2"].location.element == "'Old data'!B2"
    assert segments["John Roe"].hidden == "hidden row"
    assert segments["512"].hidden == "hidden column"
    assert segments["invisible"].hidden == "hidden by number format"
    assert segments["Jane Doe"].hidden is None
    assert segments["call back about the SSN"].hidden == "cell comment"
    assert segments["call back about the SSN"].location.element == "Customers!A3"
    assert segments["note on an empty cell"].location.element == "Customers!F9"


def test_xlsx_large_workbook_is_streamed_with_a_warning(workbook, monkeypatch):
    monkeypatch.setattr(office, "_STREAMING_XML_BYTES", 0)
    doc = extract("https://x/list.xlsx", workbook)
    assert "too large" in doc.warnings[0]
    assert by_text(doc)["password: hunter2"].hidden == "hidden sheet"
    assert by_text(doc)["John Roe"].label == "Name"


def test_xlsx_cell_cap_stops_with_a_warning(workbook, monkeypatch):
    monkeypatch.setattr(office, "MAX_CELLS", 3)
    doc = extract("https://x/list.xlsx", workbook)
    assert doc.warnings == ["stopped after 3 cells"]
    assert "password: hunter2" not in by_text(doc)


def test_broken_xlsx_is_an_extract_error(workbook):
    with pytest.raises(ExtractError, match="broken XLSX"):
        extract("https://x/list.xlsx", workbook[:len(workbook) - 200])


@pytest.mark.parametrize("url", ["https://x/old.doc", "https://x/old.ppt"])
def test_broken_legacy_office_files_are_extract_errors(url):
    with pytest.raises(ExtractError, match="broken OLE2 compound file"):
        extract(url, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
