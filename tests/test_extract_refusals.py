"""Files pubcheck refuses or unpacks say what they are: a Word or Excel file whose XML expands past libxml2's
limit is refused in pubcheck's words (never lxml's "try XML_PARSE_HUGE"), and a PDF or CSV a server sends
gzip-compressed without a Content-Encoding header is unpacked within a limit and read."""
from __future__ import annotations

import gzip
import io
import zipfile

import docx
import pytest
from fpdf import FPDF

from crawler.extract import ExtractError, UnsupportedDocument, extract

RECORD = ["Account holder: Wendeline Abernathy-Cruz", "Utility Account No.: 77310942", "SSN: 561-40-2287"]


def word_file(paragraph: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    saved = io.BytesIO()
    document.save(saved)
    source, out = zipfile.ZipFile(io.BytesIO(saved.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in source.namelist():
            data = source.read(name)
            package.writestr(name, data.replace(b"PLACEHOLDER", paragraph.encode()) if name == "word/document.xml"
                             else data)
    return out.getvalue()


def record_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "\n".join(RECORD))
    return bytes(pdf.output())


def texts(document) -> list[str]:
    return [segment.text for segment in document.segments]


def test_a_word_file_whose_xml_expands_past_the_limit_is_refused_in_pubchecks_words():
    with pytest.raises(ExtractError) as refused:
        extract("https://www.example.gov/council/agenda.docx", word_file("Z" * 11_000_000))
    assert str(refused.value).startswith("refused: an XML part of the DOCX expands past the limit")
    assert "XML_PARSE_HUGE" not in str(refused.value)


def test_a_broken_word_file_is_still_called_broken():
    with pytest.raises(ExtractError, match="broken DOCX"):
        extract("https://www.example.gov/council/agenda.docx", word_file("Z" * 20)[:3000])


def test_a_long_ordinary_word_file_is_read():
    document = extract("https://www.example.gov/council/minutes.docx", word_file("Council approved the consent "
                                                                                 "calendar. " * 20_000))
    assert texts(document)[0].startswith("Council approved")


@pytest.mark.parametrize("url, content_type", [("https://www.example.gov/billing/case.pdf", "application/pdf"),
                                               ("https://www.example.gov/billing/case.pdf", None),
                                               ("https://www.example.gov/billing/case", "application/pdf")])
def test_a_pdf_served_gzip_compressed_without_content_encoding_is_unpacked_and_read(url, content_type):
    document = extract(url, gzip.compress(record_pdf()), content_type)
    assert document.content_type == "application/pdf" and RECORD[2] in texts(document)
    assert any("without Content-Encoding" in warning for warning in document.warnings)


def test_a_csv_served_gzip_compressed_without_content_encoding_is_read():
    csv = "Name,Account No.,SSN\r\nWendeline Abernathy-Cruz,77310942,561-40-2287\r\n".encode()
    document = extract("https://www.example.gov/exports/accounts.csv", gzip.compress(csv), "text/csv")
    assert any("561-40-2287" in text for text in texts(document))


def test_every_member_of_a_multi_member_gzip_csv_is_read():
    """``gzip`` and ``pigz`` append members when a file is written in parts: the last rows are in the last one."""
    head = "Name,Account No.,SSN\r\nOdalys Verhoeven,55120987,402-18-6634\r\n".encode()
    tail = "Teodor Maclean-Ruiz,55120988,433-71-2059\r\n".encode()
    document = extract("https://www.example.gov/exports/accounts.csv", gzip.compress(head) + gzip.compress(tail),
                       "text/csv")
    assert any("433-71-2059" in text for text in texts(document))


def test_gzip_served_as_a_pdf_that_is_cut_short_says_so():
    packed = gzip.compress(record_pdf())
    with pytest.raises(ExtractError, match="gzip data served as application/pdf without Content-Encoding .*cut short"):
        extract("https://www.example.gov/billing/case.pdf", packed[:len(packed) // 2], "application/pdf")


@pytest.mark.parametrize("url, content_type", [("https://www.example.gov/gis/parcels.tar.gz", None),
                                               ("https://www.example.gov/gis/parcels.tgz", "application/gzip")])
def test_a_gzipped_tar_is_still_an_archive_not_unpacked(url, content_type):
    with pytest.raises(UnsupportedDocument, match="gzip archive"):
        extract(url, gzip.compress(b"Parcel 12-004, Lakeview Park\n"), content_type)
