"""Customer records found through real files the tests generate (HTML table, CSV, XLSX, DOCX), from
extraction to detection, and the same layout holding a public roster staying silent."""
from __future__ import annotations

import csv
import io

import pytest
from docx import Document as WordDocument
from openpyxl import Workbook

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

CUSTOMERS = [("Customer Name", "Service Address", "Phone", "Email", "Account #", "Usage (kWh)"),
             ("Maria Lopez", "1234 W Holt Ave, Pomona, CA 91768", "(626) 555-0147", "mlopez1975@gmail.com",
              "2-23-456-7890", "532"),
             ("Robert Chen", "2250 N Garey Ave, Pomona, CA 91767", "(909) 555-0188", "rchen@yahoo.com",
              "3-012-3456-78", "1,240")]
ROSTER = [("Name", "Title", "Department", "Phone", "Email"),
          ("Jane Doe", "Senior Planner", "Planning", "(626) 555-1234", "jane.doe@ontarioca.gov"),
          ("Luis Ortega", "Parks Supervisor", "Parks and Recreation", "(626) 555-1299", "lortega@ontarioca.gov")]
EXPECTED = {"customer_name", "address", "phone", "email", "account_number", "energy_usage"}


def as_html(rows) -> tuple[str, bytes]:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
    return "export.html", f"<html><body><table><tr>{head}</tr>{body}</table></body></html>".encode()


def as_csv(rows) -> tuple[str, bytes]:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return "export.csv", out.getvalue().encode()


def as_xlsx(rows) -> tuple[str, bytes]:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return "export.xlsx", out.getvalue()


def as_docx(rows) -> tuple[str, bytes]:
    doc = WordDocument()
    doc.add_paragraph("Attachment B")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    return "export.docx", out.getvalue()


FORMATS = [as_html, as_csv, as_xlsx, as_docx]


def scan(make, rows) -> list[dict]:
    name, body = make(rows)
    return scan_document(extract(f"https://www.example.gov/{name}", body), load_detectors())


@pytest.mark.parametrize("make", FORMATS, ids=["html", "csv", "xlsx", "docx"])
def test_customer_records_in_every_format(make):
    findings = scan(make, CUSTOMERS)
    assert {f.category for f in findings} == EXPECTED
    assert {f.severity for f in findings} == {"high"}
    assert len([f for f in findings if f.category == "customer_name"]) == 2


@pytest.mark.parametrize("make", FORMATS, ids=["html", "csv", "xlsx", "docx"])
def test_staff_roster_in_every_format_is_public(make):
    assert scan(make, ROSTER) == []


# -- one customer record in every hiding place ---------------------------------------------------------
# Written as prose with a single anchor (the account number), as leaks are: a case note pasted into a page,
# a comment left in a template, a row typed into a public table, a memo, page 143 of a budget book.

NOTE = ("Spoke with the customer, Maria Lopez, at 1234 W Holt Ave, Pomona. SCE acct 2-23-456-7890, usage 532 kWh, "
        "callback (909) 555-0147.")
RECORD = {"customer_name", "address", "account_number", "energy_usage", "phone"}
PUBLIC_PAGE = ("<html><head><meta charset='{charset}'><title>Utility Billing</title></head><body><header><nav>"
               "<a href='/'>Home</a></nav></header><main><h1>Utility Billing</h1>"
               "<p>Pay your bill online or call (909) 620-2079. Council member Tim Sandoval thanked staff.</p>"
               "{body}</main><footer>City Hall, 505 S. Garey Ave., Pomona, CA 91766</footer></body></html>")


def html(body: str, charset: str = "utf-8") -> bytes:
    return PUBLIC_PAGE.format(charset=charset, body=body).encode(charset)


def docx_memo() -> bytes:
    doc = WordDocument()
    doc.add_paragraph("MEMO - Customer Care weekly notes")
    doc.add_paragraph("The call volume rose 12% over last week.")
    doc.add_paragraph(NOTE)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def docx_with_footer(footer: str) -> bytes:
    """A memo whose page footer (repeated on every page of the file) holds ``footer``."""
    doc = WordDocument()
    doc.add_paragraph("MEMO - Customer Care weekly notes")
    doc.add_paragraph("The call volume rose 12% over last week.")
    doc.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def budget_book(pages: int = 160, at: int = 143) -> bytes:
    """A long PDF of budget lines with the record pasted into one page."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_font("Helvetica", size=9)
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 5, f"CITY OF POMONA ADOPTED BUDGET FY 2024-25 - PAGE {page}", new_x="LMARGIN", new_y="NEXT")
        for line in range(12):
            pdf.cell(0, 5, f"101-4310-{5100 + line}   Contract Services   $1,{line:03d},000", new_x="LMARGIN",
                     new_y="NEXT")
        if page == at:  # small print, so that no line break splits the phone number
            pdf.set_font("Helvetica", size=6)
            pdf.multi_cell(0, 4, NOTE, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=9)
    return bytes(pdf.output())


HIDING_PLACES = {
    "html comment": ("page.html", lambda: html(f"<!-- {NOTE} -->")),
    "display:none": ("page.html", lambda: html(f"<div style='display:none'>{NOTE}</div>")),
    "paragraph": ("page.html", lambda: html(f"<p>{NOTE}</p>")),
    "windows-1252 page": ("page.html", lambda: html(f"<p>Se\u00f1ora: {NOTE}</p>", charset="windows-1252")),
    "row added to a public table": ("page.html", lambda: html(
        "<table><tr><th>Name</th><th>Title</th><th>Phone</th><th>Notes</th></tr>"
        "<tr><td>Jane Doe</td><td>Billing Supervisor</td><td>(909) 620-2079</td><td>Ext. 4</td></tr>"
        "<tr><td>Maria Lopez</td><td>1234 W Holt Ave</td><td>(909) 555-0147</td>"
        "<td>acct 2-23-456-7890, 532 kWh</td></tr></table>")),
    "docx paragraph": ("memo.docx", docx_memo),
    "docx page footer": ("memo.docx", lambda: docx_with_footer(NOTE)),
    "text file": ("notes.txt", lambda: f"Customer Care notes\n\n{NOTE}\n".encode()),
    "page 143 of a budget book": ("budget.pdf", budget_book),
}


@pytest.mark.parametrize("name, make", HIDING_PLACES.values(), ids=list(HIDING_PLACES))
def test_a_record_is_found_wherever_it_hides(name, make):
    findings = scan_document(extract(f"https://www.example.gov/{name}", make()), load_detectors())
    assert {f.category for f in findings} == RECORD, [(f.category, f.value) for f in findings]
    assert {f.value for f in findings if f.category == "customer_name"} == {"Maria Lopez"}
    if name == "budget.pdf":
        assert {f.location.page for f in findings} == {143}


def test_a_letterhead_footer_of_a_file_stays_public():
    """A file's own footer is read, on its own: the City's letterhead there joins no record of the body."""
    memo = docx_with_footer("City of Pomona | 505 S. Garey Ave, Pomona, CA 91766 | (909) 620-2241")
    findings = scan_document(extract("https://www.example.gov/memo.docx", memo), load_detectors())
    assert findings == []
