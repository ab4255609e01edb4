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
