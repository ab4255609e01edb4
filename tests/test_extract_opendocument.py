"""OpenDocument files as LibreOffice saves them (.odt, .ods, .odp): body, tables as rows under their header,
page headers and footers from styles.xml, comments, hidden sheets and rows (published, so read), speaker notes.
Customer data in each is found; a City rate sheet and a council letter are silent."""
from __future__ import annotations

import io
import zipfile

import pytest

from crawler.extract import ExtractError, PasswordProtected, extract
from crawler.extract.sniff import ODP, ODS, ODT
from detectors.engine import scan_document
from detectors.registry import load_detectors

_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def package(mimetype: str, body: str, automatic_styles: str = "", master_pages: str = "", meta: str = "") -> bytes:
    """An OpenDocument package: "mimetype" stored first, then content.xml, styles.xml and meta.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NAMESPACES}>'
                         f'<office:automatic-styles>{automatic_styles}</office:automatic-styles>'
                         f'<office:body>{body}</office:body></office:document-content>')
        archive.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NAMESPACES}>'
                         f'<office:master-styles>{master_pages}</office:master-styles></office:document-styles>')
        archive.writestr("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_NAMESPACES}>'
                         f'<office:meta>{meta}</office:meta></office:document-meta>')
    return out.getvalue()


HARDSHIP_LETTER = package(ODT, (
    '<office:text><text:h text:outline-level="1">Hardship review</text:h>'
    '<text:p>The committee reviewed the application.<office:annotation><dc:creator>R. Lee</dc:creator>'
    '<text:p>Applicant Fatima Nasser, account 7415-1961-90, lives at 1374 N Fairplex Dr Spc 31,'
    ' Pomona, CA 91768</text:p></office:annotation> It was approved.</text:p>'
    '<text:p>Amounts<text:s text:c="3"/>follow.<text:tab/>End</text:p></office:text>'),
    master_pages=(
    '<style:master-page style:name="Standard"><style:footer><text:p>Letter to Nare Avetisyan, 2388 Holt Ave #12,'
    ' Pomona, CA 91766, PCE account 3612628754, (626) 623-8576</text:p></style:footer></style:master-page>'),
    meta="<dc:title>Hardship review</dc:title>")

ARREARS_SHEET = package(ODS, (
    '<office:spreadsheet><table:table table:name="Arrears"><table:table-column table:number-columns-repeated="4"/>'
    '<table:table-row><table:table-cell><text:p>Customer</text:p></table:table-cell>'
    '<table:table-cell><text:p>Acct</text:p></table:table-cell><table:table-cell><text:p>Balance</text:p>'
    '</table:table-cell><table:table-cell><text:p>Phone</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:table-cell><text:p>Felix Archuleta</text:p></table:table-cell>'
    '<table:table-cell><text:p>PCE-59350949</text:p></table:table-cell><table:table-cell office:value-type="float"'
    ' office:value="736"><text:p>$736</text:p></table:table-cell><table:table-cell><text:p>909-203-5980</text:p>'
    '</table:table-cell></table:table-row>'
    '<table:table-row table:visibility="collapse"><table:table-cell><text:p>Soo-ah Yoon</text:p></table:table-cell>'
    '<table:table-cell><text:p>5499-7484-75</text:p></table:table-cell><table:table-cell><text:p>$590</text:p>'
    '</table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/>'
    '</table:table-row></table:table>'
    '<table:table table:name="Notes" table:style-name="ta2"><table:table-row><table:table-cell>'
    '<text:p>Called Pilar Sandoval at 626-623-8635 about account 9347 0571 76</text:p></table:table-cell>'
    '</table:table-row></table:table></office:spreadsheet>'),
    automatic_styles='<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
                     '</style:style>')

RATE_SHEET = package(ODS, (
    '<office:spreadsheet><table:table table:name="Rates"><table:table-row><table:table-cell><text:p>Tier</text:p>'
    '</table:table-cell><table:table-cell><text:p>Usage (kWh/month)</text:p></table:table-cell><table:table-cell>'
    '<text:p>Rate ($/kWh)</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell>'
    '<text:p>Tier 1</text:p></table:table-cell><table:table-cell><text:p>0 - 500</text:p></table:table-cell>'
    '<table:table-cell><text:p>0.28</text:p></table:table-cell></table:table-row><table:table-row>'
    '<table:table-cell><text:p>City Hall</text:p></table:table-cell><table:table-cell><text:p>505 S. Garey Ave,'
    ' Pomona, CA 91766</text:p></table:table-cell><table:table-cell><text:p>(909) 620-2311</text:p>'
    '</table:table-cell></table:table-row></table:table></office:spreadsheet>'))


def test_odt_body_comment_and_footer_are_read_and_located():
    doc = extract("https://www.example.gov/hardship.odt", HARDSHIP_LETTER, "application/zip")
    assert doc.content_type == ODT and not doc.unchecked
    by_place = {s.location.element: s for s in doc.segments}
    assert by_place["paragraph 1"].text == "Hardship review"
    assert by_place["paragraph 2"].text == "The committee reviewed the application. It was approved."
    assert by_place["paragraph 3"].text == "Amounts follow. End"
    assert by_place["comment 1"].hidden == "comment" and "Fatima Nasser" in by_place["comment 1"].text
    footer = by_place["footer, Standard page style, paragraph 1"]
    assert footer.chrome and footer.text.startswith("Letter to Nare Avetisyan")
    assert doc.title == "Hardship review"


def test_customers_in_odt_footer_and_comment_are_found():
    found = scan_document(extract("https://www.example.gov/hardship.odt", HARDSHIP_LETTER), load_detectors())
    places = {(f.category, f.location.element) for f in found}
    footer = "footer, Standard page style, paragraph 1"
    assert {("customer_name", footer), ("address", footer), ("account_number", footer), ("phone", footer)} <= places
    assert {("customer_name", "comment 1"), ("account_number", "comment 1")} <= places


def test_ods_rows_are_records_under_their_header_and_hidden_parts_are_read():
    doc = extract("https://www.example.gov/arrears.ods", ARREARS_SHEET)
    assert doc.content_type == ODS and not doc.unchecked
    cells = {s.location.element: s for s in doc.segments}
    assert cells["Arrears!A2"].label == "Customer" and cells["Arrears!B2"].text == "PCE-59350949"
    assert cells["Arrears!A3"].hidden == "hidden row" and cells["Arrears!B3"].label == "Acct"
    assert cells["Notes!A1"].hidden == "hidden sheet"
    assert [r.location.element for r in doc.records][:2] == ["Arrears!2:2", "Arrears!3:3"]
    assert len(doc.segments) == 2 + 4 + 4 + 3 + 1  # the tabs' names; a million repeated blank rows are not expanded


def test_customers_in_ods_are_found_and_a_rate_sheet_is_silent():
    found = scan_document(extract("https://www.example.gov/arrears.ods", ARREARS_SHEET), load_detectors())
    values = {(f.category, f.value) for f in found}
    assert {("customer_name", "Felix Archuleta"), ("account_number", "PCE-59350949"), ("phone", "909-203-5980"),
            ("customer_name", "Soo-ah Yoon"), ("account_number", "5499-7484-75")} <= values
    assert ("customer_name", "Pilar Sandoval") in values
    rates = extract("https://www.example.gov/rates.ods", RATE_SHEET)
    assert rates.records and scan_document(rates, load_detectors()) == []


def test_odt_table_has_a_header_row_and_a_council_letter_is_silent():
    letter = package(ODT, (
        '<office:text><text:p>Honorable Mayor and Members of the City Council: staff recommends approval of'
        ' Resolution No. 2026-178 (Contract PW-2026-044, APN 8341-012-015).</text:p>'
        '<table:table table:name="Accounts"><table:table-header-rows><table:table-row><table:table-cell><text:p>Facility'
        '</text:p></table:table-cell><table:table-cell><text:p>Service Account</text:p></table:table-cell>'
        '</table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>Pomona Public Library'
        '</text:p></table:table-cell><table:table-cell><text:p>Average 12,400 kWh/month</text:p></table:table-cell>'
        '</table:table-row></table:table></office:text>'),
        master_pages='<style:master-page style:name="Standard"><style:header><text:p>City of Pomona - City Clerk,'
                     ' (909) 620-2311</text:p></style:header></style:master-page>')
    doc = extract("https://www.example.gov/staff-report.odt", letter)
    cells = {s.location.element: s for s in doc.segments}
    assert cells["table 1 (Accounts) > row 2 > cell 1"].label == "Facility"
    assert [r.location.element for r in doc.records] == ["table 1 (Accounts) > row 2"]
    assert scan_document(doc, load_detectors()) == []


def test_odp_slides_notes_and_hidden_slides_are_read():
    deck = package(ODP, (
        '<office:presentation><draw:page draw:name="Rates"><draw:frame><draw:text-box><text:p>Proposed tiers'
        '</text:p></draw:text-box></draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>Mention'
        ' Maria Lopez, PCE account 700-123-456-789</text:p></draw:text-box></draw:frame></presentation:notes>'
        '</draw:page><draw:page draw:name="Backup" draw:style-name="dp2"><draw:frame><draw:text-box><text:p>Old'
        ' slide</text:p></draw:text-box></draw:frame></draw:page></office:presentation>'),
        automatic_styles='<style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties'
                         ' presentation:visibility="hidden"/></style:style>')
    doc = extract("https://www.example.gov/deck.odp", deck)
    assert doc.content_type == ODP
    shown = {(s.location.element, s.text, s.hidden) for s in doc.segments}
    assert ("slide 1 (Rates), paragraph 1", "Proposed tiers", None) in shown
    assert ("slide 1 notes, paragraph 1", "Mention Maria Lopez, PCE account 700-123-456-789", "speaker notes") in shown
    assert ("slide 2 (Backup), paragraph 1", "Old slide", "hidden slide") in shown


def test_a_broken_opendocument_file_is_a_failed_document():
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("mimetype", ODT)
        archive.writestr("content.xml", "<office:document-content")
    with pytest.raises(ExtractError, match="broken OpenDocument file"):
        extract("https://www.example.gov/x.odt", broken.getvalue())


def test_a_password_protected_opendocument_file_says_so():
    locked = io.BytesIO()
    with zipfile.ZipFile(locked, "w") as archive:
        archive.writestr("mimetype", ODS)
        archive.writestr("content.xml", bytes(range(256)))
        archive.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                         'xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:'
                         'encryption-data/></manifest:file-entry></manifest:manifest>')
    with pytest.raises(PasswordProtected, match="password-protected OpenDocument file"):
        extract("https://www.example.gov/x.ods", locked.getvalue())
