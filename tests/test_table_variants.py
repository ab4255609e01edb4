"""Tables whose customer columns come in other words or layouts than the usual header row: accounts in a sheet
laid out with its fields as rows, an "Applicant" column beside a utility account, month columns under a title
that says they are kWh, a bare customer number in a row without headers, a customer's own average. Each beside
the city's public tables of the same layouts, which stay silent."""
from __future__ import annotations

import io

from openpyxl import Workbook

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_context_prose import fields_by_kind
from tests.test_customer_context import customer_fields, document, lines

DETECTORS = load_detectors()


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    document = extract(f"https://www.pomonaca.gov/docs/{name}", body, None)
    return {(d.category, d.value) for d in scan_document(document, DETECTORS)}


def html_table(header: list[str] | None, *rows: list[str], before: str = "") -> bytes:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" if header else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body>{before}<table>{head}{body}</table></body></html>".encode()


def xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- accounts in a sheet laid out with the fields as rows ---------------------------------------------------------

def test_an_account_row_of_a_transposed_sheet_is_each_households():
    body = xlsx([["Item", "Home A", "Home B"], ["Name", "Lorena Vasquez", "Tomas Brandt"],
                 ["Address", "2215 N Towne Ave", "640 W Arrow Hwy"], ["Sewer Acct No.", "482117-05", "730264-11"],
                 ["Phone", "(909) 555-0131", "909-555-0187"]])
    assert {("account_number", "482117-05"), ("account_number", "730264-11"),
            ("customer_name", "Lorena Vasquez")} <= found("households.xlsx", body)


def test_a_transposed_facility_sheet_stays_public():
    body = xlsx([["Item", "Site A", "Site B"], ["Facility", "Ganesha Park", "Palomares Park"],
                 ["Address", "1575 N White Ave", "499 E Arrow Hwy"], ["Utility Acct", "482117-05", "730264-11"],
                 ["Phone", "(909) 555-0131", "909-555-0187"]])
    assert not {c for c, _ in found("sites.xlsx", body)} & {"customer_name", "account_number", "address"}


# -- an "Applicant" column beside a utility account ------------------------------------------------------------

def test_applicants_beside_their_utility_accounts_are_customers():
    text = lines("Applicant\tMailing Address\tDaytime Phone\tUtility Acct\n"
                 "Lorena Vasquez\t2215 N Towne Ave, Pomona, CA 91767\t(909) 555-0131\t4418203957\n"
                 "Tomas Brandt\t640 W Arrow Hwy, Pomona, CA 91768\t(909) 555-0187\t730264-11")
    assert fields_by_kind(text) == {
        "name": ["Lorena Vasquez", "Tomas Brandt"],
        "address": ["2215 N Towne Ave, Pomona, CA 91767", "640 W Arrow Hwy, Pomona, CA 91768"],
        "phone": ["(909) 555-0131", "(909) 555-0187"]}
    assert [f.text for f in customer_fields(document(text)) if f.kind == "number"] == ["4418203957", "730264-11"]


def test_permit_applicants_stay_public():
    assert fields_by_kind(lines("Permit No.\tApplicant\tSite Address\tValuation\n"
                                "B26-00418\tLorena Vasquez\t2215 N Towne Ave\t$12,400")) == {}
    assert fields_by_kind(lines("Applicant\tMailing Address\tProject\tUtility Acct\n"
                                "Lorena Vasquez\t2215 N Towne Ave\tADU addition\t730264-11")) == {}
    assert fields_by_kind(lines("Applicant\tMailing Address\tPosition\n"
                                "Lorena Vasquez\t2215 N Towne Ave\tLifeguard")) == {}
