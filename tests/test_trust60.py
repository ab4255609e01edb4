"""Red team trust60: a document's own signature before a PDF header found further in (a ZIP whose first member is
a stored PDF, a page that mentions "%PDF-1.7") and before a short media magic number that opens a text."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from detector_helpers import pairs_found
from fault_site import text_pdf

CUSTOMERS_CSV = ("Name,Service Address,Account,SSN\n"
                 "Genoveva Ashbury-Lind,2718 N Orange Grove Ave,4-305-7712-90,634-70-2218\n")


def stored_pdf_then_csv() -> bytes:
    """An agenda item's attachments as some zip tools write them: the PDF stored (it does not compress), the CSV
    deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("staff-report.pdf", date_time=(2024, 1, 1, 0, 0, 0)),
                         text_pdf("Staff report on the sewer rate study, fiscal year 2026."))
        archive.writestr(zipfile.ZipInfo("notices.csv", date_time=(2024, 1, 1, 0, 0, 0)), CUSTOMERS_CSV,
                         compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


# -- D1: the body's own signature decides ----------------------------------------------------------------------------
def test_a_zip_whose_first_member_is_a_stored_pdf_is_a_zip_and_its_other_members_are_read():
    from crawler.extract.sniff import sniff_type
    data = stored_pdf_then_csv()
    assert sniff_type("https://x/Item-7-Attachments.zip", "application/zip", data) == "application/zip"
    assert ("ssn", "634-70-2218") in pairs_found("https://x/Item-7-Attachments.zip", data, "application/zip")


def test_scanning_a_zip_of_a_stored_pdf_and_a_customer_list_is_no_green_run(tmp_path):
    from test_fault_site import run
    folder = tmp_path / "public"
    folder.mkdir()
    (folder / "Item-7-Attachments.zip").write_bytes(stored_pdf_then_csv())
    proc, _ = run(["scan", folder, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert {f["category"] for f in findings} >= {"ssn", "customer_name", "account_number"}


@pytest.mark.parametrize("url, content_type, text", [
    ("https://x/uploads.html", "text/html",
     "<html><body><p>Uploads must be PDF files (they begin with %PDF-1.7).</p><p>Customer Ansel Brightwater-Yu, "
     "SSN 645-81-3327, asked us to remove his statement.</p></body></html>"),
    ("https://x/upload-log.csv", "text/csv", "Name,SSN,Note\nAnsel Brightwater-Yu,645-81-3327,sent %PDF-1.4 file\n"),
])
def test_a_page_or_table_that_mentions_a_pdf_header_is_read_as_what_it_is(url, content_type, text):
    from crawler.extract.sniff import sniff_type
    assert sniff_type(url, content_type, text.encode()) != "application/pdf"
    assert ("ssn", "645-81-3327") in pairs_found(url, text, content_type)


@pytest.mark.parametrize("body", [
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"<br />\n<b>Warning</b>: session_start() in /var/www/pdf.php on line <b>3</b><br />\n%PDF-1.5\n1 0 obj",
    b"\xef\xbb\xbf%PDF-1.7\r\n",
])
def test_a_pdf_after_a_script_notice_or_a_byte_order_mark_is_still_a_pdf(body):
    from crawler.extract.sniff import sniff_type
    assert sniff_type("https://x/statement", "application/octet-stream", body) == "application/pdf"


@pytest.mark.parametrize("name, text", [
    ("wave-enrollees.csv", "Program WAVE (Water Assistance for Vulnerable Elders) enrollees\n" + CUSTOMERS_CSV),
    ("id3-export.txt", "ID3 Customer list\n" + CUSTOMERS_CSV),
    ("ogg.txt", "OggS route notes\n" + CUSTOMERS_CSV),
    ("bzh.txt", "BZh9 batch\n" + CUSTOMERS_CSV),
    ("box.txt", "Job ftyp 4 notes\n" + CUSTOMERS_CSV),
])
def test_a_text_opening_with_a_media_files_magic_letters_is_read(name, text):
    from crawler.extract.sniff import sniff_type
    assert not sniff_type(f"https://x/{name}", None, text.encode()).startswith(("audio/", "video/", "application/x-"))
    assert ("ssn", "634-70-2218") in pairs_found(f"https://x/{name}", text)


@pytest.mark.parametrize("body, media_type", [
    (b"RIFF\x24\x08\x00\x00WAVEfmt ", "audio/wav"),
    (b"RIFF\x24\x08\x00\x00WEBPVP8 ", "image/webp"),
    (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio/mpeg"),
    (b"OggS\x00\x02" + b"\x00" * 20, "audio/ogg"),
    (b"fLaC\x00\x00\x00\x22", "audio/flac"),
    (b"BZh91AY&SY\x00", "application/x-bzip2"),
    (b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
])
def test_media_files_are_still_known_by_their_signature(body, media_type):
    from crawler.extract.sniff import sniff_type
    assert sniff_type("https://x/file", None, body) == media_type
