"""Round 59, site59d: a city's Word memos and e-mail. A memo's one sample line does not silence its other paragraphs;
a town closing a bracketed address is no person; a password set off by an aside; a reviewer's comment giving a
second number; a comment kept apart from its paragraph (Word 97, RTF)."""
from __future__ import annotations

import pytest

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from detectors.registry import load_detectors

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EML = "message/rfc822"
SAMPLE_LINE = "Specimen for staff: Jane Q. Public, 100 Any Street, Anytown, CA 90000, account 0000-000-000."


@pytest.fixture(scope="module")
def detectors():
    return load_detectors({})


def _memo(paragraphs, content_type=DOCX, elements=None):
    segments = [Segment(text, Location(element=(elements or {}).get(i, f"paragraph {i}")),
                        hidden="comment" if (elements or {}).get(i, "").startswith("comment") else None)
                for i, text in enumerate(paragraphs, start=1)]
    return Document(url="https://www.riverbend-ca.gov/files/memo-0412.docx", content_type=content_type,
                    segments=segments)


def _found(detectors, document):
    return {(f.category, f.value) for f in scan_document(document, detectors)}


def test_a_record_paragraph_beside_a_memos_sample_line_is_reported(detectors):
    found = _found(detectors, _memo([
        "TO: Utility Billing Supervisor",
        "Constituent: Halvard Brekke (hbrekke@outlook.com), 2290 Larchmont Blvd, Riverbend, CA 92503. "
        "Issue: disconnection notice on SCE Acct # 7021 4415 9083.",
        SAMPLE_LINE,
    ], content_type=EML))
    assert ("customer_name", "Halvard Brekke") in found
    assert ("account_number", "7021 4415 9083") in found
    assert ("email", "hbrekke@outlook.com") in found


def test_usage_told_beside_a_memos_sample_line_is_reported(detectors):
    found = _found(detectors, _memo([
        "I approve the 10-month arrangement for Oksana Derevianko, CCA account RB5512094, balance $914.20.",
        "Her average use at the premises is 1,388 kWh per month.",
        SAMPLE_LINE + " Usage: 500 kWh.",
    ]))
    assert ("energy_usage", "1,388 kWh") in found
    assert not any(value.startswith("500") for _, value in found)


def test_a_memos_example_paragraph_beside_its_sample_stays_silent(detectors):
    found = _found(detectors, _memo([
        "How to fill in the enrollment form",
        "Example: Rosalia Mendes, 4410 Oak St, account 700123456789",
        "Sample: Jane Q. Public, 123 Main Street, Anytown, CA 90000",
    ]))
    assert not found


def test_a_sample_bill_laid_out_over_paragraphs_stays_silent(detectors):
    found = _found(detectors, _memo(["Sample bill", "John Q. Public", "123 Any Street, Anytown, CA 90000",
                                     "Account: 7-00-123-4567", "This month you used 512 kWh."]))
    assert not found


@pytest.mark.parametrize("town", ["Rosa Linda", "Santa Clarita"])
def test_a_town_closing_a_bracketed_address_is_no_customer(detectors, town):
    found = _found(detectors, _memo([
        f"The Corporation Yard (4410 Industrial Blvd, {town}) used 212,000 kWh in FY 2024-25 on SCE account "
        "8-31-442-1907 (City facility)."]))
    assert not any(category == "customer_name" for category, _ in found)


def test_a_customer_in_brackets_after_their_name_is_still_found(detectors):
    found = _found(detectors, _memo(["Customer Dana Whitfield (1234 Elm St, Apt 3) called about SCE account "
                                     "8-31-442-1907."]))
    assert ("customer_name", "Dana Whitfield") in found


@pytest.mark.parametrize("text, value", [
    ("Applicant's portal password, written on the form: Heron!7741", "Heron!7741"),
    ("The account password, as given by the caller: Mesa#2290x", "Mesa#2290x"),
])
def test_a_password_after_an_aside(detectors, text, value):
    assert ("credential", value) in _found(detectors, _memo([text]))


@pytest.mark.parametrize("text", ["Password, user name: jdoe77", "Password, written on the sticky note: see IT"])
def test_a_list_of_fields_or_a_word_after_an_aside_is_no_password(detectors, text):
    assert not any(c == "credential" for c, _ in _found(detectors, _memo([text])))


def test_a_comment_giving_a_second_number_of_the_paragraphs_person(detectors):
    found = _found(detectors, _memo([
        "On May 2, Teresa Lindahl disputed the April bill for the home at 88 Canyon Crest Dr, Riverbend.",
        "Teresa also gave a second number, (951) 382 6610 - confirm before calling.",
    ], elements={2: "comment 1"}))
    assert ("phone", "(951) 382 6610") in found


def test_a_comment_kept_after_the_whole_text_finds_its_person(detectors):
    found = _found(detectors, _memo([
        "On May 2, Teresa Lindahl disputed the April bill for the home at 88 Canyon Crest Dr, Riverbend.",
        "Confidential customer file",
        "Teresa also gave a second number, (951) 382 6610 - confirm before calling.",
    ], elements={2: "footer 1, paragraph 1", 3: "comment 1, paragraph 1"}))
    assert ("phone", "(951) 382 6610") in found


def test_a_comment_giving_the_citys_number_to_a_staff_member_is_silent(detectors):
    found = _found(detectors, _memo([
        "Prepared by Teresa Lindahl, Senior Management Analyst, Utilities Department.",
        "Teresa also gave the Clerk's number, (909) 620-2200, for the hearing.",
    ], elements={2: "comment 1"}))
    assert not any(c == "phone" for c, _ in found)


def test_the_resident_goes_on_with_the_case_after_its_record(detectors):
    found = _found(detectors, _memo([
        "Councilmember Ortiz forwarded the following constituent concern.",
        "Constituent: Birgitta Solheim (bsolheim@yahoo.com), 611 Larkin Ave, Riverbend, CA 92503. "
        "Issue: disconnection notice on SCE Acct # 8-41-730-2296.",
        "The resident reports 1,284 kWh in August and is on a medical baseline.",
    ]))
    assert ("energy_usage", "1,284 kWh") in found


def _odt(paragraphs_xml: str) -> bytes:
    import io
    import zipfile
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"><office:body><office:text>'
               f'{paragraphs_xml}</office:text></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return buf.getvalue()


def test_an_opendocument_mail_links_hidden_address_is_read():
    from crawler.extract import extract
    document = extract("memo.odt", _odt(
        '<text:p>Payment plan approved for the account holder.</text:p>'
        '<text:p><text:a xlink:type="simple" xlink:href="mailto:ilse.vandermeer@gmail.com">e-mail the customer'
        '</text:a></text:p><text:p><text:a xlink:href="https://www.riverbend-ca.gov/plans">plans</text:a></text:p>'))
    targets = [(s.label, s.text) for s in document.segments if s.hidden == "link target"]
    assert targets == [("email", "ilse.vandermeer@gmail.com")]


def test_an_rtf_hyperlink_fields_hidden_address_is_read():
    from crawler.extract import extract
    rtf = (r'{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Payment plan approved.\par'
           r'\pard {\field{\*\fldinst HYPERLINK "mailto:ilse.vandermeer@gmail.com"}{\fldrslt e-mail her}}\par}')
    document = extract("memo.rtf", rtf.encode())
    targets = [(s.label, s.text) for s in document.segments if s.hidden == "link target"]
    assert targets == [("email", "ilse.vandermeer@gmail.com")]


def test_a_billing_address_line_after_a_customers_record_is_theirs(detectors):
    found = _found(detectors, _memo([
        "On May 3, 2025, Halvard Brekke called to dispute the April bill on SCE service account 8-41-730-2296.",
        "Billing address on file differs: P.O. Box 2217, Redlands, CA 92373.",
    ]))
    assert ("address", "P.O. Box 2217, Redlands, CA 92373") in found


def test_the_citys_own_billing_address_after_a_record_is_not(detectors):
    found = _found(detectors, _memo([
        "On May 3, 2025, Halvard Brekke called to dispute the April bill on SCE service account 8-41-730-2296.",
        "Billing address for the City: 3900 Main St, Riverbend, CA 92522.",
    ]))
    assert not any(c == "address" for c, _ in found)


def test_an_account_after_its_label_and_a_tables_bar(detectors):
    found = _found(detectors, _memo(["Customer | Ingeborg Faulkner", "Service Acct | 800031772914"], content_type=EML))
    assert ("account_number", "800031772914") in found


def test_a_text_tables_bars_give_no_account_to_a_budget_line(detectors):
    assert not _found(detectors, _memo(["Fund | Account | Amount", "General | 101 | 4,500",
                                        "Permit | BLD-2291 | 2025"], content_type=EML))
