"""Round 63, site63d: a city archive's old formats. A Word 2003 XML document is read as a Word document (its table's
header labels its rows); a web archive (.mht) served as multipart/related is read; a list typed with tabs in a Word 97
memo is a table; a memo's records set out over label paragraphs are not silenced by one sample line at its end."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.sniff import sniff_type
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from detectors.registry import load_detectors
from tests.ole_files import word_document

WORDML_NS = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:o="urn:schemas-microsoft-com:office:office"'


@pytest.fixture(scope="module")
def detectors():
    return load_detectors({})


def _pairs(detectors, document):
    return {(f.category, f.value) for f in scan_document(document, detectors)}


def _wordml(paragraphs, rows, properties=""):
    cells = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row) + "</w:tr>"
                    for row in rows)
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument {WORDML_NS}>'
            f"<o:DocumentProperties>{properties}</o:DocumentProperties><w:body><wx:sect "
            f'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">{body}<w:tbl>{cells}</w:tbl></wx:sect>'
            "</w:body></w:wordDocument>").encode()


def test_a_word_2003_xml_table_of_customers_is_read_by_its_header(detectors):
    body = _wordml(["Level Pay Plan enrollments, week of 3/14"], [
        ["Account Holder", "Premises", "Contact No.", "Electric Acct"],
        ["Ottoline Marchetti", "4471 Alcazar Ridge Rd", "(760) 318-2294", "2-11-604-8823"],
        ["Benedikt Szabo", "90 Wren Hollow Ln Apt 2", "760 441 9067", "2-11-377-1450"]],
        "<o:Author>Records Unit</o:Author><o:Description>Callback owed to Ottoline Marchetti</o:Description>")
    assert sniff_type("https://www.example.gov/archive/lpp-2005.xml", "text/xml", body) == "application/x-ms-wordml"
    found = _pairs(detectors, extract("https://www.example.gov/archive/lpp-2005.xml", body, "text/xml"))
    for value in ("Ottoline Marchetti", "Benedikt Szabo", "4471 Alcazar Ridge Rd", "2-11-604-8823", "760 441 9067"):
        assert any(v.startswith(value) for _, v in found), value


def test_a_word_2003_xml_directory_of_staff_raises_nothing(detectors):
    body = _wordml(["Department contacts"], [
        ["Name", "Title", "Department", "Phone"],
        ["Gwendolyn Ashcroft", "Deputy City Clerk", "City Clerk", "(760) 555-0110"],
        ["Raimundo Pacheco", "Building Official", "Community Development", "(760) 555-0142"]])
    assert not _pairs(detectors, extract("https://www.example.gov/hr/contacts.xml", body, "application/xml"))


def test_an_excel_2003_xml_file_is_still_a_spreadsheet():
    body = (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet '
            b'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" ss:Name="A"/></Workbook>')
    assert sniff_type("https://www.example.gov/x.xml", "text/xml", body) == "application/x-ms-spreadsheetml"


MHT = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\n"
       "Content-Location: file:///C:/report.htm\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
       "<html><body><table><tr><td>Customer</td><td>Service Address</td><td>Account</td></tr>"
       "<tr><td>Leocadia Brennan</td><td>3318 Sunwood Terrace</td><td>8000-4412-907</td></tr></table></body></html>"
       "\r\n--b1--\r\n").encode()


@pytest.mark.parametrize("content_type", ["multipart/related", "application/x-mimearchive", None])
def test_a_web_archive_is_read_whatever_type_it_is_served_as(detectors, content_type):
    found = _pairs(detectors, extract("https://www.example.gov/docs/aging.mht", MHT, content_type))
    assert ("customer_name", "Leocadia Brennan") in found
    assert ("account_number", "8000-4412-907") in found


def _doc_pairs(detectors, main):
    return _pairs(detectors, extract("https://www.example.gov/archive/memo.doc", word_document(main)))


def test_a_list_typed_with_tabs_in_a_word_97_memo_is_a_table(detectors):
    found = _doc_pairs(detectors, "\r".join([
        "MEMO\tTO: Finance Director", "Accounts moved to the hardship plan (pasted from the billing system):",
        "Name\tService Address\tTelephone\tAcct No.",
        "VANTERPOOL, CLEMENTINE\t218 Amberwood Dr\t(805) 662-3190\t55-10293-7",
        "Iwu, Obiageli\t7720 Norcross Ave #4\t805.771.4035\tHP4418207"]) + "\r")
    assert {("account_number", "55-10293-7"), ("account_number", "HP4418207")} <= found
    assert any(c == "customer_name" and "Obiageli" in v for c, v in found)


def test_tab_aligned_memo_headings_stay_text(detectors):
    found = _doc_pairs(detectors, "\r".join([
        "TO:\tMaxine Drummond, Finance Director", "FROM:\tElliot Farrow, Utilities Manager",
        "Facility\tAddress\tSCE Account\tkWh", "Civic Center\t500 W Main St\t2-00-118-4470\t412,000",
        "Senior Center\t12 Park Ave\t2-00-118-4471\t88,300"]) + "\r")
    assert not any(c in ("customer_name", "address") for c, _ in found)


def _docx_pairs(detectors, paragraphs):
    import io

    import docx
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    stream = io.BytesIO()
    document.save(stream)
    return _pairs(detectors, extract("https://www.example.gov/archive/memo.docx", stream.getvalue()))


def test_a_list_typed_with_tabs_in_a_docx_memo_is_a_table(detectors):
    found = _docx_pairs(detectors, [
        "TO:\tFinance Director", "Customers on the medical baseline hold list:",
        "Customer\tPremise\tCallback\tAccount",
        "Sunniva Halvorsen-Pike\t1907 Bramblewood Ln\t(530) 224-7781\tAC-4410982",
        "Ikenna Obiora\t66 Steeple Chase Ct\t530.981.2266\tAC-4410733", "Thank you."])
    assert {("account_number", "AC-4410982"), ("account_number", "AC-4410733"),
            ("customer_name", "Ikenna Obiora")} <= found


def test_tab_aligned_docx_memo_headings_and_a_facility_list_stay_silent(detectors):
    found = _docx_pairs(detectors, [
        "TO:\tMaxine Drummond, Finance Director", "FROM:\tElliot Farrow, Utilities Manager",
        "Facility\tAddress\tSCE Account\tkWh", "Civic Center\t500 W Main St\t2-00-118-4470\t412,000",
        "Senior Center\t12 Park Ave\t2-00-118-4471\t88,300"])
    assert not any(c in ("customer_name", "address") for c, _ in found)


def _memo(paragraphs):
    return Document(url="https://www.example.gov/files/plans.doc", content_type="application/msword",
                    segments=[Segment(t, Location(element=f"paragraph {i}")) for i, t in enumerate(paragraphs, 1)])


def test_records_over_label_paragraphs_are_found_beside_a_sample_line(detectors):
    found = _pairs(detectors, _memo([
        "Installment agreements signed in April",
        "Agreement 2291", "Account holder: Wilhelmina Osei-Bonsu", "Service address: 6120 Tamarack Bend, Lodi, CA 95240",
        "Utility acct: 07-3318-552   Home phone: (209) 334-8801",
        "Agreement 2292", "Account holder: Caspian Ardelean", "Service address: 41 Quarry Hill Rd, Lodi, CA 95242",
        "Utility acct: 07-3318-947   Home phone: (209) 368-1120",
        "Sample (do not use): Account holder: John Q. Public, SSN 000-00-0000, acct 00-0000-000"]))
    assert {("customer_name", "Wilhelmina Osei-Bonsu"), ("customer_name", "Caspian Ardelean")} <= found
    assert any(c == "address" and v.startswith("6120 Tamarack Bend") for c, v in found)
    assert not any("Public" in v or v.startswith("000") for _, v in found)


def test_a_sample_bill_over_label_paragraphs_stays_silent(detectors):
    assert not _pairs(detectors, _memo([
        "Sample bill - how to read it", "Account holder: Jane Q. Public", "Service address: 123 Any Street, Anytown",
        "Account number: 0-00-000-0000", "Usage this period: 512 kWh",
        "Questions? Customer Care, (209) 333-6000."]))


def test_an_account_after_the_utilitys_name_on_a_customers_line_of_a_list(detectors):
    found = _pairs(detectors, _memo([
        "Please forward these to our Edison account manager for the rebill:",
        "- Marguerite Oyelaran-Koch, 2215 Bluebell Ct - SCE 7102 8841 3306",
        "- Tobiah Renfro, 88 Canyon Oak Dr Unit 3 - Edison 700488213570"]))
    assert {("account_number", "7102 8841 3306"), ("account_number", "700488213570")} <= found


def test_a_facilitys_or_an_officials_line_with_the_utilitys_account_stays_silent(detectors):
    found = _pairs(detectors, _memo([
        "City accounts moved to the new rate:",
        "- Fire Station 2, 1410 W Lincoln Ave - SCE 7102 8841 3306",
        "- Council Chambers, 200 Civic Center Dr - SCE 7102 8841 3307",
        "Questions: Southern California Edison business line 1-800-990-7788."]))
    assert not any(c == "account_number" for c, _ in found)


def test_a_providers_name_after_a_possessive_is_no_customer(detectors):
    found = _pairs(detectors, _memo(["Hello, please confirm my Valle Serena acct no. 41770923 moved to the green plan.",
                                     "Thank you"]))
    assert ("account_number", "41770923") in found
    assert not any(c == "customer_name" for c, _ in found)


def test_a_customer_named_before_their_provider_account_is_still_found(detectors):
    found = _pairs(detectors, _memo(["Oluwaseun Adebisi-Clarke asked that her Valle Serena account 41770923 be closed."]))
    assert ("customer_name", "Oluwaseun Adebisi-Clarke") in found
