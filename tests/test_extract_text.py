"""Type sniffing, text decoding, plain text and CSV extraction."""
from __future__ import annotations

import io
import zipfile

import pytest

from crawler.extract import SCANNED_TYPES, UnsupportedDocument, extract, sniff_type
from crawler.extract.sniff import DOCX, XLSX, decode
from ole_files import compound_file

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100


def zip_with(*names: str) -> bytes:
    """A zip of ``names``, the same bytes whenever it is built: its bytes name the test cases built from them, and
    every pytest-xdist worker must collect the same names (a member's time stamp is the clock's by default)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize("url, content_type, body, expected", [
    ("https://x/report", "text/html", b"%PDF-1.4\n...", "application/pdf"),
    ("https://x/report", "application/octet-stream", b"\r\n<junk>\n" * 50 + b"%PDF-1.7", "application/pdf"),
    ("https://x/a.docx", "application/octet-stream", zip_with("[Content_Types].xml", "word/document.xml"), DOCX),
    ("https://x/download?id=3", None, zip_with("xl/workbook.xml"), XLSX),
    ("https://x/a.zip", "application/zip", zip_with("readme.txt"), "application/zip"),
    ("https://x/bill.doc", None, OLE2, "application/msword"),
    ("https://x/bill", "application/vnd.ms-excel", OLE2, "application/vnd.ms-excel"),
    ("https://x/usage.csv", "application/vnd.ms-excel", b"a,b\n1,2\n", "text/csv"),
    ("https://x/usage.csv", "text/plain; charset=utf-8", b"a,b\n1,2\n", "text/csv"),
    ("https://x/page", None, b"  <!DOCTYPE html><html></html>", "text/html"),
    ("https://x/page.pdf", "application/octet-stream", b"<html><body>Please log in</body></html>", "text/html"),
    ("https://x/broken.pdf", None, b"garbage", "application/pdf"),
    ("https://x/photo", "text/html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "image/png"),
    ("https://x/notes.txt", None, b"hello", "text/plain"),
    ("/srv/site/data.json", None, b"{}", "application/json"),
    ("https://x/blob", None, b"\x00\x01\x02", "application/octet-stream"),
    ("https://x/page", "application/xhtml+xml; charset=utf-8", b"<html/>", "text/html"),
])
def test_sniff_trusts_bytes_then_header_then_extension(url, content_type, body, expected):
    assert sniff_type(url, content_type, body) == expected


@pytest.mark.parametrize("url, body, reason", [
    ("https://x/site-plan.vsd", compound_file({"VisioDocument": b"\x00" * 100}),
     "Microsoft Visio drawing (.vsd): format not read by pubcheck"),  # named as a reader knows it
    ("https://x/site-plan.bin", compound_file({"VisioDocument": b"\x00" * 100}),
     "OLE2 compound file of another kind (not Word, PowerPoint, Outlook or Excel) is not supported"),
    ("https://x/logo.gif", b"GIF89a", "image (image/gif) is not scanned"),
    ("https://x/files.7z", b"7z\xbc\xaf\x27\x1c\x00\x04", "7-Zip archive (application/x-7z-compressed) is not unpacked"),
    ("https://x/clip.mp4", b"\x00\x00\x00\x18ftypmp42", "video"),
])
def test_unsupported_types_say_why(url, body, reason):
    with pytest.raises(UnsupportedDocument, match=reason.replace("(", r"\(").replace(")", r"\)")):
        extract(url, body)


def test_scanned_types_include_the_documented_ones():
    assert {"text/html", "application/pdf", "text/plain", "text/csv", DOCX, XLSX} <= SCANNED_TYPES


@pytest.mark.parametrize("body, content_type, text, encoding", [
    ("caf\u00e9 \u201cquoted\u201d it\u2019s".encode("cp1252"), None,
     "caf\u00e9 \u201cquoted\u201d it\u2019s", "cp1252"),
    ("caf\u00e9 \u2019".encode("cp1252"), "text/plain; charset=ISO-8859-1", "caf\u00e9 \u2019", "cp1252"),
    ("caf\u00e9".encode("utf-8"), None, "caf\u00e9", "utf-8"),
    ("\ufeffcaf\u00e9".encode("utf-8"), "text/plain; charset=windows-1252", "caf\u00e9", "utf-8"),
    ("\ufeffhi".encode("utf-16-le"), None, "hi", "utf-16-le"),
    ("\u041f\u0440\u0438\u0432\u0435\u0442, \u044d\u0442\u043e \u0442\u0435\u043a\u0441\u0442 \u043d\u0430 "
     "\u0440\u0443\u0441\u0441\u043a\u043e\u043c \u044f\u0437\u044b\u043a\u0435".encode("cp1251"), None,
     "\u041f\u0440\u0438\u0432\u0435\u0442, \u044d\u0442\u043e \u0442\u0435\u043a\u0441\u0442 \u043d\u0430 "
     "\u0440\u0443\u0441\u0441\u043a\u043e\u043c \u044f\u0437\u044b\u043a\u0435", "cp1251"),
])
def test_decode(body, content_type, text, encoding):
    decoded = decode(body, content_type)
    assert (decoded.text, decoded.encoding, decoded.warning) == (text, encoding, None)


def test_plain_text_is_one_segment_per_line():
    doc = extract("https://x/notes.txt", b"Customer: Jane Doe\r\n\r\nSSN 512-34-6789   \rlast", "text/plain")
    assert [(s.text, s.location.as_dict()) for s in doc.segments] == [
        ("Customer: Jane Doe", {"line": 1}), ("SSN 512-34-6789", {"line": 3}), ("last", {"line": 4})]


def test_csv_rows_are_records_labelled_by_the_header():
    body = ("Name;Account No.;Usage kWh\r\nJos\u00e9 P\u00e9rez;2-23-456-7890;512\r\n\r\n"
            "\"Roe; John\";\"2-23\n-1\";498\r\n")
    doc = extract("https://x/usage.csv", body.encode("cp1252"), "text/csv")
    assert [[(label, f.text) for label, f in r.labelled()] for r in doc.records] == [
        [("Name", "Jos\u00e9 P\u00e9rez"), ("Account No.", "2-23-456-7890"), ("Usage kWh", "512")],
        [("Name", "Roe; John"), ("Account No.", "2-23\n-1"), ("Usage kWh", "498")]]
    assert doc.records[1].location.as_dict() == {"line": 4, "element": "row 4"}
    account = doc.records[0].fields[1].location
    assert account.as_dict() == {"line": 2, "element": "row 2, column Account No."}
    assert [s.label for s in doc.segments[:3]] == [None, None, None]  # the header cells


@pytest.mark.parametrize("delimiter", [",", "\t", "|"])
def test_csv_delimiter_is_sniffed(delimiter):
    body = delimiter.join(["Name", "Phone"]) + "\n" + delimiter.join(["Jane, Doe", "909-555-1234"]) + "\n"
    if delimiter == ",":
        body = body.replace("Jane, Doe", '"Jane, Doe"')
    doc = extract("https://x/p.csv", body.encode(), None)
    assert [(label, f.text) for label, f in doc.records[0].labelled()] == [("Name", "Jane, Doe"),
                                                                          ("Phone", "909-555-1234")]


def test_headerless_csv_has_records_without_labels():
    doc = extract("https://x/p.csv", b"Jane Doe,909-555-1234\nJohn Roe,909-555-0000\n", None)
    assert len(doc.records) == 2
    assert doc.records[1].fields[1].location.element == "row 2, column B"
    assert all(f.label is None for r in doc.records for f in r.fields)


def test_csv_the_csv_module_cannot_read_falls_back_to_lines():
    body = b"a,b\n1,2\n" + b'"' + b"x" * 200_000 + b'",3\nlast,line\n'
    doc = extract("https://x/big.csv", body, "text/csv")
    assert "read as plain text" in doc.warnings[0]
    assert doc.segments[-1].text == "last,line"
    assert doc.segments[-1].location.line == 4


def test_csv_header_after_blank_lines_is_still_the_header():
    doc = extract("https://x/p.csv", b"\n\nName,Phone\nJane Doe,909-555-1234\n", None)
    assert [(label, f.text, f.location.line) for label, f in doc.records[0].labelled()] == [
        ("Name", "Jane Doe", 4), ("Phone", "909-555-1234", 4)]
