"""Round 39, Office files: reviewers' comments, a comment's anchor in a letter, and an office's own letterhead.

- A Word comment is read as a record of its own, right after the paragraph it is on: a comment on a staff
  directory's line is no line of that staff member's contact card (its customer's name and phone are found), and a
  staff member's note ("Check with Finance") stays no finding. Comments in a workbook are read as notes of their cell.
- A comment anchored on a letter's date or addressee line (``w:commentRangeStart`` / ``w:commentReference``) does not
  part the inside address from the name above it: the letter's address is still found.
- Document properties: a workbook's core properties (title, subject, tags, comments) are read as a Word file's
  are; Office's tags, parted by semicolons, and an OpenDocument file's keywords are read as one list, so that
  "shutoff notice; <customer>; <home>" is read as the title "Shutoff notice - <customer> - <home>" is. The author, the
  last editor and a title naming a City project, a council member or a business stay no finding.
- A workbook's "Program kWh" column is no customer's usage history because a note or a property names a customer.
- An office's letterhead or contact block in a Word header or footer ("City of X | Address: ... | Phone: ...", a
  department's or a community choice aggregator's name over "Tel:") gives the office's own address, phone and
  mailbox, though the body is a customer's case; a case file's footer that labels the customer's own fields is still
  read as the customer's. A PDF's foot repeated on each page is the pages' frame, no line of the record above it.
"""
from __future__ import annotations

import io

import docx
import pytest

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.fernvalleyca.gov/files/review.docx"


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _commented(lines: list[str], anchored_on: int, comment: str) -> bytes:
    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in lines]
    document.add_comment(paragraphs[anchored_on].runs, text=comment, author="Lorna Beckwith", initials="LB")
    return _saved(document)


# --- comments ----------------------------------------------------------------------------------------------------

_DIRECTORY = ["Utility Billing Staff Directory",
              "Lorna Beckwith, Billing Manager, (707) 442-6100, lbeckwith@fernvalleyca.gov",
              "Oscar Villanueva, Billing Supervisor, (707) 442-6102"]
_CALLBACK = "Call Ignatius Pemberton back at (707) 318-5524 re his disputed May bill (1,207 kWh)"


@pytest.mark.parametrize("anchored_on", [0, 1, 2])
def test_comment_on_a_staff_card_is_no_line_of_the_card(anchored_on):
    found = pairs_found(URL, _commented(_DIRECTORY, anchored_on, _CALLBACK))
    assert ("customer_name", "Ignatius Pemberton") in found
    assert ("phone", "(707) 318-5524") in found
    assert ("energy_usage", "1,207 kWh") in found
    assert not values_of(found, "phone") & {"(707) 442-6100", "(707) 442-6102"}


@pytest.mark.parametrize("note", ["Check with Finance", "Per Walt in Legal, see p. 4",
                                  "Ask Oscar Villanueva in Billing (ext. 6102) to confirm the tier rate"])
def test_staff_notes_as_comments_are_no_findings(note):
    body = ["Net Metering Program Update", "Enrollment grew 14% this quarter; staff recommends extending the pilot.",
            "Council will consider the item on June 2 at City Hall, 100 Civic Way."]
    assert pairs_found(URL, _commented(body, 1, note)) == set()


def test_comment_author_is_not_read_as_a_customer():
    body = ["Quarterly Outreach Report", "Staff held 12 workshops on budget billing."]
    found = pairs_found(URL, _commented(body, 1, "Add the May workshop totals"))
    assert not values_of(found, "customer_name")


def test_workbook_note_naming_a_customer_is_found():
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    book = Workbook()
    sheet = book.active
    sheet.append(["Month", "Program kWh"])
    sheet.append(["May", 1450000])
    sheet["A2"].comment = Comment(_CALLBACK, "Lorna Beckwith")
    out = io.BytesIO()
    book.save(out)
    found = pairs_found("https://www.fernvalleyca.gov/files/program.xlsx", out.getvalue())
    assert {("customer_name", "Ignatius Pemberton"), ("phone", "(707) 318-5524")} <= found
    assert values_of(found, "energy_usage") == {"1,207 kWh"}  # not the program's monthly total


# --- a comment's anchor in a letter ------------------------------------------------------------------------------

_LETTER = ["April 14, 2026", "Ignatius Pemberton", "2871 W Alder Creek Rd", "Fern Valley, CA 95501",
           "Dear Mr. Pemberton,",
           "Our records show your March usage was 1,207 kWh, well above your usual use. Please call us to set up a "
           "payment plan.", "Sincerely,", "Utility Billing"]


@pytest.mark.parametrize("anchored_on", [None, 0, 1, 2])
def test_comment_on_a_letters_line_keeps_its_inside_address(anchored_on):
    if anchored_on is None:
        document = docx.Document()
        for line in _LETTER:
            document.add_paragraph(line)
        body = _saved(document)
    else:
        body = _commented(_LETTER, anchored_on, "Check with Finance")
    found = pairs_found(URL, body)
    assert ("customer_name", "Ignatius Pemberton") in found
    assert ("address", "2871 W Alder Creek Rd") in found


def test_comment_in_the_middle_of_a_customers_paragraph_keeps_its_findings():
    document = docx.Document()
    document.add_paragraph("Disputed bills, March")
    paragraph = document.add_paragraph()
    runs = [paragraph.add_run(text) for text in ("Ignatius Pemberton", ", ", "2871 W Alder Creek Rd", ", ",
                                                 "(707) 318-5524", ", ", "1,207 kWh")]
    document.add_comment(runs[2], text="Per Walt in Legal, see p. 4", author="Lorna Beckwith", initials="LB")
    found = pairs_found(URL, _saved(document))
    assert {("customer_name", "Ignatius Pemberton"), ("address", "2871 W Alder Creek Rd"),
            ("phone", "(707) 318-5524"), ("energy_usage", "1,207 kWh")} <= found


# --- an office's letterhead in the header or footer ----------------------------------------------------------------

_CASE = ["Customer: Ignatius Pemberton", "Account: 6630-1184-27", "Usage: 1,207 kWh"]
_OFFICE_PHONE = "(707) 441-3000"


def _with_running_part(lines: list[str], part_lines: list[str], kind: str) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    part = getattr(document.sections[0], kind)
    part.paragraphs[0].text = part_lines[0]
    for line in part_lines[1:]:
        part.add_paragraph(line)
    return _saved(document)


@pytest.mark.parametrize("kind", ["footer", "header"])
@pytest.mark.parametrize("letterhead", [
    [f"City of Fern Valley | Address: 100 Civic Way, Fern Valley, CA 95501 | Phone: {_OFFICE_PHONE}"],
    ["Fern Valley Community Power, Address: 100 Civic Way, Box 212 | Tel. (707) 441-3000 | "
     "E-mail: fvcp.office@gmail.com"],
    ["Public Works Department", "Address: 100 Civic Way", f"Tel: {_OFFICE_PHONE}", "Fax: (707) 441-3099"],
    ["City of Fern Valley", "100 Civic Way", "Fern Valley, CA 95501", f"Phone: {_OFFICE_PHONE}"],
])
def test_office_letterhead_in_header_or_footer_is_not_the_customers(kind, letterhead):
    found = pairs_found(URL, _with_running_part(_CASE, letterhead, kind))
    assert ("customer_name", "Ignatius Pemberton") in found  # the body's record is still found
    assert not values_of(found, "phone") and not values_of(found, "address") and not values_of(found, "email")


def test_office_letterhead_beside_a_customer_form_table():
    from tests.detector_helpers import docx_form
    form = docx_form([("Customer Name", "Ignatius Pemberton"), ("Account Number", "6630-1184-27"),
                      ("Phone", "(707) 318-5524")], "Budget Billing Application")
    document = docx.Document(io.BytesIO(form))
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "Fern Valley Community Power"
    footer.add_paragraph(f"Phone: {_OFFICE_PHONE}")
    found = pairs_found(URL, _saved(document))
    assert values_of(found, "phone") == {"(707) 318-5524"}


@pytest.mark.parametrize("footer", [
    ["Case 2231 | Service addr.: 2871 W Alder Creek Rd | Phone: (707) 318-5524"],
    ["Fern Valley Community Power - Case 2231", "Service address: 2871 W Alder Creek Rd", "Phone: (707) 318-5524"],
])
def test_case_files_footer_labelling_the_customers_fields_is_still_read(footer):
    found = pairs_found(URL, _with_running_part(_CASE, footer, "footer"))
    assert ("address", "2871 W Alder Creek Rd") in found
    assert ("phone", "(707) 318-5524") in found


# --- document properties ---------------------------------------------------------------------------------------------

_SHUTOFF = "Shutoff notice - Ignatius Pemberton - 2871 W Alder Creek Rd"
_PUBLIC_TITLES = ["Alder Creek Road Rehabilitation Project - Councilmember Renata Lindqvist",
                  "Lease renewal - Copperleaf Bakery - 910 E Harbor Blvd",
                  "Memo from Lorna Beckwith re Civic Way HVAC replacement"]


def _workbook(title: str = "", keywords: str = "") -> bytes:
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["Month", "Program kWh"])
    book.active.append(["March", 1450000])
    book.properties.title, book.properties.keywords = title or None, keywords or None
    book.properties.creator, book.properties.lastModifiedBy = "Lorna Beckwith", "Oscar Villanueva"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_workbook_title_naming_a_customers_case_is_found():
    found = pairs_found("https://www.fernvalleyca.gov/files/list.xlsx", _workbook(title=_SHUTOFF))
    assert {("customer_name", "Ignatius Pemberton"), ("address", "2871 W Alder Creek Rd")} <= found
    assert not values_of(found, "energy_usage")  # the program's monthly total is no one's usage


@pytest.mark.parametrize("title", _PUBLIC_TITLES)
def test_workbook_title_naming_a_project_a_council_member_or_a_business_is_silent(title):
    assert pairs_found("https://www.fernvalleyca.gov/files/list.xlsx", _workbook(title=title)) == set()


def test_word_tags_parted_by_semicolons_read_as_a_list():
    document = docx.Document()
    document.add_paragraph("Agenda item 7: staff report on collections.")
    document.core_properties.keywords = "shutoff notice; Ignatius Pemberton; 2871 W Alder Creek Rd"
    document.core_properties.author = "Lorna Beckwith"
    document.core_properties.last_modified_by = "Oscar Villanueva"
    found = pairs_found(URL, _saved(document))
    assert {("customer_name", "Ignatius Pemberton"), ("address", "2871 W Alder Creek Rd")} <= found
    assert not values_of(found, "customer_name") & {"Lorna Beckwith", "Oscar Villanueva"}


@pytest.mark.parametrize("title", _PUBLIC_TITLES)
def test_word_title_naming_a_project_a_council_member_or_a_business_is_silent(title):
    document = docx.Document()
    document.add_paragraph("Staff report")
    document.core_properties.title = title
    document.core_properties.author = "Lorna Beckwith"
    assert pairs_found(URL, _saved(document)) == set()


def test_opendocument_keywords_are_one_list():
    from tests.test_extract_opendocument import ODT, package
    body = package(ODT, "<office:text><text:p>Agenda item 7: staff report on collections.</text:p></office:text>",
                   meta="<meta:keyword>shutoff notice</meta:keyword><meta:keyword>Ignatius Pemberton</meta:keyword>"
                        "<meta:keyword>2871 W Alder Creek Rd</meta:keyword>"
                        "<meta:initial-creator>Lorna Beckwith</meta:initial-creator>")
    found = pairs_found("https://www.fernvalleyca.gov/files/review.odt", body)
    assert {("customer_name", "Ignatius Pemberton"), ("address", "2871 W Alder Creek Rd")} <= found
    assert ("customer_name", "Lorna Beckwith") not in found


# --- an office's foot repeated on each page of a PDF -----------------------------------------------------------------

def _paged_pdf(pages: list[list[str]], foot: list[str]) -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        for k, line in enumerate(lines):
            pdf.drawString(72, 740 - 16 * k, line)
        for k, line in enumerate(foot):
            pdf.drawString(72, 60 - 12 * k, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


_REQUESTS = [["Service Request", "Customer: Ignatius Pemberton", "Account: 6630-1184-27", "Usage: 1,207 kWh"],
             ["Service Request", "Customer: Philippa Okonkwo", "Account: 6630-2290-51", "Usage: 844 kWh"]]


@pytest.mark.parametrize("foot", [
    [f"City of Fern Valley | Address: 100 Civic Way | Phone: {_OFFICE_PHONE}"],
    ["Public Works Department", f"Tel: {_OFFICE_PHONE}"],
])
def test_office_foot_repeated_on_each_pdf_page_is_not_the_customers(foot):
    found = pairs_found("https://www.fernvalleyca.gov/files/requests.pdf", _paged_pdf(_REQUESTS, foot))
    assert {("customer_name", "Ignatius Pemberton"), ("customer_name", "Philippa Okonkwo")} <= found
    assert not values_of(found, "phone") and not values_of(found, "address")


def test_customer_named_in_a_pdfs_repeated_foot_is_still_found():
    foot = ["Case file: Ignatius Pemberton, acct 6630-1184-27, 2871 W Alder Creek Rd"]
    found = pairs_found("https://www.fernvalleyca.gov/files/case.pdf",
                        _paged_pdf([["Inspection notes", "Meter replaced on March 3."],
                                    ["Follow-up", "Customer called to confirm the new meter reads correctly."]], foot))
    assert {("customer_name", "Ignatius Pemberton"), ("account_number", "6630-1184-27"),
            ("address", "2871 W Alder Creek Rd")} <= found
