"""UTF-16 text without a byte-order mark (SQL Server ``bcp -w``, .NET ``Encoding.Unicode``) is told by its NUL
bytes and read, whatever charset is declared or assumed; text in 8-bit charsets and binary files are not taken
for it, and a page in windows-1252 that claims UTF-8 still reads without losing a character."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.sniff import decode, sniff_type, utf16_without_bom
from detectors.engine import scan_document
from detectors.registry import load_detectors

EXPORT = ("Name\tService Address\tAccount No.\tSSN\r\n"
          "Thaddeus Okonkwo-Reyes\t4417 Larkspur Ct, Fairhaven, OR 97301\t66120459\t548-03-7716\r\n")
PAGE = ("<html><body><h1>Billing dispute</h1><pre>Customer: Thaddeus Okonkwo-Reyes\n"
        "Utility Account No.: 66120459\nSSN: 548-03-7716</pre></body></html>")


def ssns(url: str, body: bytes, content_type: str | None = None) -> list[str]:
    return [f.value for f in scan_document(extract(url, body, content_type), load_detectors({})) if f.category == "ssn"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_told_by_its_nul_bytes(encoding):
    assert utf16_without_bom(EXPORT.encode(encoding)) == encoding
    assert utf16_without_bom(("Caf\u00e9 Nu\u00f1ez r\u00e9sum\u00e9 " * 20).encode(encoding)) == encoding


@pytest.mark.parametrize("url, content_type, text", [
    ("https://www.example.gov/exports/billing.csv", "text/csv", EXPORT),
    ("https://www.example.gov/exports/billing.txt", None, EXPORT),
    ("https://www.example.gov/exports/billing", "application/octet-stream", EXPORT),
    ("https://www.example.gov/disputes/case.html", "text/html", PAGE),
    ("https://www.example.gov/disputes/case.html", "text/html; charset=utf-8", PAGE),  # a charset that lies
    ("https://www.example.gov/disputes/case", None, PAGE),
])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_record_in_utf16_without_a_byte_order_mark_is_found(url, content_type, text, encoding):
    assert ssns(url, text.encode(encoding), content_type) == ["548-03-7716"]


def test_a_declared_charset_the_nul_bytes_contradict_is_overruled_with_a_warning():
    decoded = decode(EXPORT.encode("utf-16-le"), "text/plain; charset=windows-1252")
    assert (decoded.text, decoded.encoding) == (EXPORT, "utf-16-le")
    assert decoded.warning == "declared charset windows-1252 does not match the bytes; read as utf-16-le"
    assert decode(EXPORT.encode("utf-16-le"), "text/plain; charset=utf-16").warning is None


def test_a_page_in_html_sniffed_through_utf16():
    assert sniff_type("https://www.example.gov/view?id=7", None, PAGE.encode("utf-16-le")) == "text/html"


@pytest.mark.parametrize("body", [
    b"Parks and Recreation summer schedule\r\nLakeview Pool opens June 3\r\n" * 10,  # ASCII
    "Mesa Verde Park \u2013 caf\u00e9 hours \u2019til 8".encode("cp1252") * 20,  # windows-1252
    "\u5e02\u653f\u5e9c\u516c\u544a \u6c34\u9053\u6599\u91d1".encode("utf-16-le") * 20,  # no NULs to tell by
    bytes(range(256)) * 16,  # binary
    b"\x00\x00\x00\x01\x00\x02" * 500,  # 32-bit integers: NULs on both sides
    b"FIELD1    " + b"\x00" * 300 + b"FIELD2",  # NUL padding of a fixed-width record
    b"A\x00B\x00",  # too short to tell
])
def test_text_in_8_bit_charsets_and_binary_files_are_not_taken_for_utf16(body):
    assert utf16_without_bom(body) is None


def test_windows_1252_bytes_declared_utf8_lose_no_text():
    page = "<html><body><p>Se\u00f1ora Marisela Ib\u00e1\u00f1ez \u2019s statement: SSN 548-03-7716</p></body></html>"
    decoded = decode(page.encode("cp1252"), "text/html; charset=utf-8", html=True)
    assert decoded.text == page and decoded.encoding == "cp1252"
    assert ssns("https://www.example.gov/case.html", page.encode("cp1252"), "text/html; charset=utf-8") == ["548-03-7716"]


def test_a_public_utf16_notice_raises_nothing():
    notice = "Water main flushing on Birchwood Drive, 9 am to 3 pm. Call Public Works at City Hall.\r\n" * 3
    assert ssns("https://www.example.gov/notice.txt", notice.encode("utf-16-le"), "text/plain") == []
