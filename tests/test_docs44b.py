"""Red team docs44 (a document-heavy city site): what reviewers leave in a published file beside its body.

- A spreadsheet cell's comment on a customer's record (an Excel note, an OpenDocument annotation) is a note on that
  record: the person it names beside their phone or mailbox is reported ("Called Ana Ruiz 909-... re: duplicate
  claim", "Landlord is Jo Lee, email ..."). Hard negatives: a comment naming no one with contact details, staff at an
  extension or the City's mailbox, a comment on a contractors' listing.
- A tracked deletion is read as the paragraph read before the edit: "a customer reachable at 909.287.6113 (Ana Ruiz)"
  names the customer in brackets after her number. Hard negatives: the desk's "Customer Service at ... (Ana Ruiz,
  Program Manager)", customers at City Hall's address.
- A PDF sticky note recording a resident who came to the program or asked it for a service, with the number to
  call them ("Follow up: Ana Ruiz stopped by the booth, wants a home audit. Call 909-..."). Hard negatives: a
  reviewer's "fix typo", "Call Maria in Finance x4412", staff asking for figures, a firm's person.
- A staff contact in a Word footer ("Contact: Dolores Ybarra, (909) 620-2291, dybarra@cityname.gov") is the
  document's, not the customer's whose case the body holds; a customer's field in the footer still is.
"""
from __future__ import annotations

import io

import docx
import openpyxl
from docx.oxml import parse_xml
from openpyxl.comments import Comment
from reportlab.pdfgen import canvas

from tests.detector_helpers import pairs_found

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SITE = "https://www.sierramadronaca.gov/docs/"


def _values(found: set[tuple[str, str]], category: str) -> set[str]:
    return {value for kind, value in found if kind == category}


# -- cell comments -----------------------------------------------------------------------------------------------

def _rebate_workbook(comments: dict[int, str], contractor_comment: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rebates"
    sheet.append(["Rebate ID", "Measure", "Amount", "Customer", "Contact phone", "Status"])
    rows = [["HP-8069", "Smart thermostat", 2500, "Nadia Tehrani", "(626) 951-7639", "Paid"],
            ["HP-4225", "Induction range", 1000, "Oksana Petrenko", "818 898 8068", "Paid"],
            ["HP-5457", "Panel upgrade", 300, "Hao Wong", "(323) 419-9870", "Denied"]]
    for k, row in enumerate(rows):
        sheet.append(row)
        if k in comments:
            sheet.cell(sheet.max_row, 1).comment = Comment(comments[k], "kasante")
    contractors = book.create_sheet("Contractors")
    contractors.append(["Contractor", "Address", "Phone"])
    contractors.append(["Sunwise Grid Solutions LLC", "8388 E Holt Ave", "(909) 309-6193"])
    if contractor_comment:
        contractors.cell(2, 1).comment = Comment(contractor_comment, "kasante")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _workbook_found(data: bytes) -> set[tuple[str, str]]:
    return pairs_found(_SITE + "data/rebate-tracker.xlsx", data)


def test_a_comment_on_a_customer_row_naming_a_caller_and_a_landlord_is_reported():
    found = _workbook_found(_rebate_workbook({0: "Landlord is Hagop Sarkissian, email sarkissianh30@icloud.com",
                                              2: "Called Lorna Bautista 714-766-0499 re: duplicate claim"}))
    assert {"Hagop Sarkissian", "Lorna Bautista"} <= _values(found, "customer_name")
    assert "sarkissianh30@icloud.com" in _values(found, "email")
    assert "714-766-0499" in _values(found, "phone")


def test_comments_naming_no_one_with_contact_details_or_staff_give_nothing():
    found = _workbook_found(_rebate_workbook({0: "Verified by Kwame Asante 5/3, fix typo in measure",
                                              1: "Call Maria in Finance x4412 before paying",
                                              2: "Per Dolores Ybarra, dybarra@sierramadronaca.gov, duplicate claim"}))
    assert not {"Kwame Asante", "Maria", "Dolores Ybarra"} & _values(found, "customer_name")
    assert "dybarra@sierramadronaca.gov" not in _values(found, "email")
    # the record's own fields are found as before
    assert {"Nadia Tehrani", "Oksana Petrenko", "Hao Wong"} <= _values(found, "customer_name")


def test_a_comment_on_a_contractors_listing_row_gives_nothing():
    found = _workbook_found(_rebate_workbook({}, "Called Renata Okonkwo 909-555-0177 re: insurance certificate"))
    assert "Renata Okonkwo" not in _values(found, "customer_name")
    assert "909-555-0177" not in _values(found, "phone")


# -- tracked deletions -------------------------------------------------------------------------------------------

def _staff_report(removed: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Staff Report (DRAFT) - Arrearage Management Plan")
    paragraph = document.add_paragraph("Staff reviewed several hardship cases, ")
    paragraph._p.append(parse_xml(
        f'<w:del xmlns:w="{_W}" w:id="2" w:author="kasante" w:date="2024-05-03T09:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{removed}</w:delText></w:r></w:del>'))
    paragraph.add_run("which illustrate the need for a structured payment plan.")
    document.add_paragraph("The Finance Department recommends that the City Council accept the grant.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_deleted_customer_reachable_at_a_phone_with_her_name_in_brackets_is_reported():
    found = pairs_found(_SITE + "reports/amp.docx",
                        _staff_report("including a customer reachable at 909.287.6113 (Yesenia Villaseñor), "))
    assert "Yesenia Villaseñor" in _values(found, "customer_name")
    assert "909.287.6113" in _values(found, "phone")


def _page(text: str) -> set[tuple[str, str]]:
    return pairs_found(_SITE + "page.html", f"<html><body><p>Program update.</p><p>{text}</p></body></html>",
                       "text/html")


def test_a_customer_at_a_home_or_mailbox_named_in_brackets_is_reported():
    found = _page("A customer living at 1234 W Holt Ave Apt 5 (Ana Ruiz) asked for a payment plan.")
    assert "Ana Ruiz" in _values(found, "customer_name") and "1234 W Holt Ave Apt 5" in _values(found, "address")
    found = _page("A customer who can be reached at ana.ruiz77@gmail.com (Ana Ruiz) asked for a payment plan.")
    assert "Ana Ruiz" in _values(found, "customer_name") and "ana.ruiz77@gmail.com" in _values(found, "email")


def test_a_desk_or_a_place_with_a_name_in_brackets_is_no_customer():
    for text in ("Contact Customer Service at (909) 620-2291 (Dolores Ybarra, Program Manager).",
                 "Customers at 505 S Garey Ave (City Hall) can pay in person.",
                 "Customers at 12 sites (Dolores Ybarra, Program Manager) were served; call 909-620-2291.",
                 "The program reached 412 customers at 12 events (Dolores Ybarra coordinated them)."):
        found = _page(text)
        assert not _values(found, "customer_name") and not _values(found, "phone"), text


# -- PDF sticky notes --------------------------------------------------------------------------------------------

def _recap_with_notes(*notes: str) -> set[tuple[str, str]]:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 10)
    for k, line in enumerate(["Community Outreach Event Recap - Heat Pump Fair",
                              "Staff proposes to update the Local Hazard Mitigation Plan within the existing budget.",
                              "Booth staffed by Kwame Asante and Dolores Ybarra."]):
        pdf.drawString(50, 740 - 13 * k, line)
    for k, note in enumerate(notes):
        pdf.textAnnotation(note, Rect=(540, 700 - 30 * k, 560, 720 - 30 * k))
    pdf.save()
    return pairs_found(_SITE + "reports/recap.pdf", out.getvalue())


def test_a_sticky_note_of_a_residents_request_to_the_program_is_reported():
    found = _recap_with_notes("Follow up: Rubén Muñoz stopped by the booth, wants a home audit. Call 323-477-8145.",
                              "Marisol Quintero (mquintero77@yahoo.com) asked about the heat pump rebate.")
    assert {"Rubén Muñoz", "Marisol Quintero"} <= _values(found, "customer_name")
    assert "323-477-8145" in _values(found, "phone")
    assert "mquintero77@yahoo.com" in _values(found, "email")


def test_reviewers_and_staffs_sticky_notes_are_no_record():
    found = _recap_with_notes("fix typo in the second paragraph",
                              "Call Maria in Finance x4412 about the booth rental.",
                              "Dolores Ybarra wants the final attendance numbers by Friday, 909-620-2291.",
                              "Tomas Reyes of Reyes Electric wants a booth next year, call 909-555-0123.",
                              "Ask Kwame Asante (909) 620-2291 ext. 12 whether the rebate flyers came.")
    assert not _values(found, "customer_name")
    assert not _values(found, "phone")


# -- a staff contact in a Word footer ------------------------------------------------------------------------------

def _case_memo(footer: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("MEMORANDUM - Opt-out processing delays")
    document.add_paragraph("Staff reviewed the account of Li Na Tsai at 960 Lexington Ave Unit B (SA 870-482-0776), "
                           "whose opt-out request was processed late.")
    document.add_paragraph("The Finance Department recommends that the City Council accept the revised schedule.")
    document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_documents_staff_contact_in_a_footer_is_not_reported():
    for footer in ("Contact: Dolores Ybarra, (909) 620-2291, dybarra@sierramadronaca.gov",
                   "Contact: Dolores Ybarra, (909) 620-2291",
                   "Phone: (909) 620-2291, Email: dybarra@sierramadronaca.gov"):
        found = pairs_found(_SITE + "memos/memo.docx", _case_memo(footer))
        assert "Li Na Tsai" in _values(found, "customer_name"), footer  # the body's case as before
        assert "Dolores Ybarra" not in _values(found, "customer_name"), footer
        assert "(909) 620-2291" not in _values(found, "phone"), footer
        assert "dybarra@sierramadronaca.gov" not in _values(found, "email"), footer


def test_a_customers_field_in_a_case_files_footer_is_still_reported():
    found = pairs_found(_SITE + "memos/memo.docx", _case_memo("Case file - Contact: customer Li Na Tsai, 626-555-0148"))
    assert "626-555-0148" in _values(found, "phone")
    found = pairs_found(_SITE + "memos/memo.docx", _case_memo("Case file - Contact no.: 626-555-0148"))
    assert "626-555-0148" in _values(found, "phone")
