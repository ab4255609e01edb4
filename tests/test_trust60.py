"""Red team trust60: a document's own signature before a PDF header found further in (a ZIP whose first member is
a stored PDF, a page that mentions "%PDF-1.7") and before a short media magic number that opens a text."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from detector_helpers import pairs_found
from fault_site import body, page, text_pdf

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


# -- D2: documents shown through a viewer or opened by a jump menu -------------------------------------------------------
def test_viewer_links_name_the_document_they_show():
    from crawler.spiders.viewer_links import viewed_documents
    links = ["/pdfjs/web/viewer.html?file=%2Fuploads%2F2024%2Fshutoff-notice.pdf",
             "https://docs.google.com/viewer?url=https%3A%2F%2Fwww.city.gov%2Ffiles%2Fbill.docx&embedded=true",
             "https://view.officeapps.live.com/op/view.aspx?src=https://www.city.gov/files/usage.xlsx",
             "/viewer/web/viewer.html?file=../files/letter.pdf",
             # no document named: a search, a share button, a sort order, a redirector to a page
             "/search?q=rates.pdf+2024", "https://www.facebook.com/sharer.php?u=https://www.city.gov/files/a.pdf",
             "/agendas?sort=date&page=2", "/out?url=https://www.county.gov/elections/"]
    assert viewed_documents(links, "https://www.city.gov/news/") == [
        "https://www.city.gov/uploads/2024/shutoff-notice.pdf", "https://www.city.gov/files/bill.docx",
        "https://www.city.gov/files/usage.xlsx", "https://www.city.gov/viewer/files/letter.pdf"]


def test_a_jump_menus_options_are_urls_a_search_forms_are_not():
    from lxml import html
    from crawler.spiders.viewer_links import jump_menu_urls
    root = html.fromstring(
        "<div><select onchange='location=this.value'><option value=''>Choose a year</option>"
        "<option value='/agendas/2023/'>2023</option><option value='/files/minutes-2024.pdf'>2024</option>"
        "<option value='https://www.city.gov/archive/'>Archive</option></select>"
        "<select id=sort><option value='date'>Date</option><option value='title'>Title</option></select>"
        "<form action='/search' method=get><select name=dept><option value='/public-works/'>PW</option></select>"
        "</form></div>")
    assert jump_menu_urls(root) == ["/agendas/2023/", "/files/minutes-2024.pdf", "https://www.city.gov/archive/"]


def test_documents_behind_a_viewer_or_a_jump_menu_are_fetched_and_read(tmp_path):
    from test_trust44a import crawl

    def home(handler):
        site = f"http://{handler.headers['Host']}"
        page(f"<p>Notices</p><a href='/pdfjs/web/viewer.html?file=%2Fuploads%2Fnotice-0412.txt'>View notice</a>"
             f"<iframe src='https://docs.google.com/viewer?url={site}/uploads/roster.csv&amp;embedded=true'></iframe>"
             "<select onchange='window.location=this.value'><option>Past letters</option>"
             "<option value='/uploads/letter-0311.txt'>March</option></select>")(handler)

    routes = {"/": home, "/pdfjs/web/viewer.html": page("<div id=viewerContainer></div>"),
              "/uploads/notice-0412.txt": body("Disconnection notice for Imogen Tarrant-Bligh, SSN 656-02-7719, account "
                                               "3-118-4471-20.", "text/plain"),
              "/uploads/roster.csv": body("Name,Service Address,SSN\nLazarus Penhallow,3304 W Holt Ave,667-13-8820\n",
                                          "text/csv"),
              "/uploads/letter-0311.txt": body("Dear Marguerite Oyelaran-Fisk, your SSN 678-24-9931 is on file.",
                                               "text/plain")}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1
    for path in ("uploads/notice-0412.txt", "uploads/roster.csv", "uploads/letter-0311.txt"):
        assert docs[path]["status"] == "scanned" and docs[path]["findings"] >= 2, (path, docs)


# -- D3: an error page's status line is no home ------------------------------------------------------------------------
@pytest.mark.parametrize("heading", ["404 Not Found", "503 Service Unavailable", "500 Internal Server Error",
                                     "404 Page Not Found", "403 Forbidden"])
def test_an_error_pages_status_heading_beside_a_customer_is_no_address(heading):
    html = (f"<html><head><title>Error</title></head><body><h1>{heading}</h1><p>The statement for Thaddeus "
            f"Moncrieff-Ayo, SSN 689-35-1042, was removed.</p></body></html>")
    pairs = pairs_found("https://x/statements/2024-11.pdf", html, "text/html")
    assert ("ssn", "689-35-1042") in pairs and ("customer_name", "Thaddeus Moncrieff-Ayo") in pairs
    assert not [value for category, value in pairs if category == "address"], pairs


def test_a_home_without_a_street_type_in_a_call_note_is_still_an_address():
    pairs = pairs_found("https://x/notes.txt", "spoke w/ Ottilie Grunewald @ 2860 orange grove; SSN 689-35-1042; "
                                              "cb 909-555-0143\n")
    assert ("address", "2860 orange grove") in pairs and ("ssn", "689-35-1042") in pairs


# -- D5: with -v, Scrapy's lines name a URL before any detector read it ---------------------------------------------------
@pytest.mark.parametrize("path, hidden", [
    ("/x/Philippa-Drummond-610-28-4473.pdf", ("Philippa", "Drummond")),
    ("/docs/maria-delgado-512-34-6789.pdf", ("maria", "delgado")),
])
def test_a_log_lines_url_masks_the_name_beside_an_identifier_in_its_path(path, hidden):
    from reports.redact import log_text
    line = log_text(f"Gave up retrying <GET http://127.0.0.1:8080{path}> (failed 3 times): 503 Service Unavailable")
    assert not any(word in line for word in hidden) and ".pdf>" in line and "503 Service Unavailable" in line


def test_a_log_lines_ordinary_paths_stay_readable():
    from reports.redact import log_text
    line = "Crawled (200) <GET http://127.0.0.1:8080/agendas/2024-01-15/council-minutes.pdf> (referer: None)"
    assert log_text(line) == line
