"""Legacy Excel (.xls) extraction from the committed fixtures (tests/fixtures/make_xls.py writes them): cells
as records under their header row, hidden sheets, rows and columns marked, numbers and dates as Excel shows
them; customers found end to end, a city's rate and contact workbook silent; broken files contained."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract import ExtractError, extract
from crawler.extract.sniff import XLS
from detectors.engine import scan_document
from detectors.registry import load_detectors

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://www.example.gov/finance/arrears-march-2024.xls"


@pytest.fixture(scope="module")
def customers() -> bytes:
    return (FIXTURES / "customers.xls").read_bytes()


def by_text(document) -> dict:
    return {s.text: s for s in document.segments}


def test_xls_cells_are_records_under_their_header_row(customers):
    doc = extract(URL, customers, "application/octet-stream")
    assert doc.content_type == XLS
    assert doc.unchecked == []
    first = doc.records[1]
    assert first.location.element == "'Arrears March 2024'!3:3"
    assert [(label, f.text) for label, f in first.labelled()] == [
        ("Customer Name", "Maria Lopez"), ("Service Address", "1234 W Holt Ave, Pomona, CA 91768"),
        ("PCE Account", "700-123-456-789"), ("SSN", "512-34-6789"), ("Usage (kWh)", "640"),
        ("Last Payment", "2024-03-01")]
    assert by_text(doc)["Maria Lopez"].location.element == "'Arrears March 2024'!A3"


def test_xls_hidden_sheets_rows_and_columns_are_marked(customers):
    segments = by_text(extract(URL, customers))
    assert segments["Ana Ruiz"].hidden == "hidden row"
    assert segments["640"].hidden == "hidden column"
    assert segments["Dana Whitfield"].hidden == "hidden sheet"
    assert segments["Dana Whitfield"].location.element == "'Old list'!A2"
    assert segments["Maria Lopez"].hidden is None


def test_customers_in_an_xls_are_found_with_the_hidden_sheet(customers):
    found = scan_document(extract(URL, customers), load_detectors())
    names = {(f.location.element, f.hidden) for f in found if f.category == "customer_name"}
    assert names == {("'Arrears March 2024'!A3", None), ("'Arrears March 2024'!A4", None),
                     ("'Arrears March 2024'!A5", "hidden row"), ("'Old list'!A2", "hidden sheet")}
    assert {"address", "account_number", "ssn", "energy_usage", "phone"} <= {f.category for f in found}
    assert len([f for f in found if f.category == "ssn"]) == 3


def test_city_rates_and_contacts_workbook_is_silent():
    body = (FIXTURES / "city-rates.xls").read_bytes()
    doc = extract("https://www.example.gov/pce/rates-fy2024.xls", body)
    assert "Maria Santos" in by_text(doc)
    assert scan_document(doc, load_detectors()) == []


def test_truncated_xls_is_an_extract_error(customers):
    with pytest.raises(ExtractError, match="broken XLS"):
        extract(URL, customers[:len(customers) // 2])


def test_an_ole2_file_with_no_workbook_is_an_extract_error():
    with pytest.raises(ExtractError, match="broken XLS"):
        extract("https://x/old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
