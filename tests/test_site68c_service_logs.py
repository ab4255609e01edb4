"""Customer-service logs, mail logs and program lists (red team site68c).

- A mail log's "From" cell as a mail system writes a sender ("Name <mailbox>", "mailbox (Name)", "\"Last, First\"
  <mailbox>") under a log about customers' service: the sender's name and mailbox. Hard negatives: a council's
  correspondence log, a newsletter's log sent from the City's mailbox.
- A tracker's mixed "How to reach" / "Contact" column (a phone in one row, "(text only)" after it, a mailbox in the
  next) is read as the rows' ways to reach their people. Hard negative: a staff table with the same column.
- A case note's or a memo's "reach at", "can be reached at", "best # is" after a person's name in a sentence about
  their service. Hard negatives: "For questions, NAME can be reached at", "Questions? NAME can be reached at", a
  liaison's line.
- Two untitled people's phones under a matter's bare name ("Payment arrangements") or under a "Questions" heading
  are the desks to ask, not the matter's cases.
"""
from __future__ import annotations

import csv
import io

from tests.detector_helpers import docx_paragraphs, docx_table, lines_pdf, pairs_found, xlsx

_SITE = "https://www.cityofashgrove.gov"


def _of(found: set[tuple[str, str]], *categories: str) -> set[tuple[str, str]]:
    return {(c, v) for c, v in found if c in categories}


def _page(title: str, headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<table><tr>{head}</tr>{body}</table></main></body></html>")


# -- mail logs: the sender as a mail system writes one ---------------------------------------------------------------

def test_a_mail_logs_senders_in_every_form_are_customers():
    found = pairs_found(f"{_SITE}/cs/inbox-log.html", _page("Inbound e-mail log - billing", [
        "Received", "From", "Subject"], [
        ["3/2/2025", "Marguerite Oyelaran &lt;moyelaran@verizon.net&gt;", "Estimated bill question"],
        ["3/3/2025", "tbexley44@aol.com (Thaddeus Bexley)", "Opt-out request"],
        ["3/4/2025", "&quot;Quenneville, Rosalind&quot; &lt;rquenn@outlook.com&gt;", "Budget billing"]]))
    assert _of(found, "customer_name", "email") == {
        ("customer_name", "Marguerite Oyelaran"), ("customer_name", "Thaddeus Bexley"),
        ("customer_name", "Quenneville, Rosalind"), ("email", "moyelaran@verizon.net"), ("email", "tbexley44@aol.com"),
        ("email", "rquenn@outlook.com")}


def test_a_mailbox_exports_senders_in_a_csv_are_customers():
    out = io.StringIO()
    csv.writer(out).writerows([["Date", "From", "Subject"],
                               ["2025-10-26", '"Ferreira-Lund, Ansel" <aferlund@hotmail.com>', "meter access"],
                               ["2025-10-27", "Philomena Strand <pstrand10@icloud.com>", "refund check"]])
    found = pairs_found(f"{_SITE}/files/mailbox-export.csv", out.getvalue(), "text/csv")
    assert {("customer_name", "Ferreira-Lund, Ansel"), ("customer_name", "Philomena Strand")} <= found


def test_a_council_correspondence_logs_senders_stay_public():
    found = pairs_found(f"{_SITE}/council/correspondence.html", _page(
        "Public comments received - March 4 meeting", ["Received", "From", "Subject"],
        [["3/2/2025", "Marguerite Oyelaran &lt;moyelaran@verizon.net&gt;", "Item 5: opt-out of the CCA"],
         ["3/3/2025", "tbexley44@aol.com (Thaddeus Bexley)", "Item 7: budget"]]))
    assert not _of(found, "customer_name")


def test_a_newsletters_log_from_the_citys_staff_stays_public():
    found = pairs_found(f"{_SITE}/news/newsletter-log.html", _page(
        "Newsletter distribution log", ["Sent", "From", "Subject"],
        [["3/1/2025", "Marguerite Oyelaran &lt;moyelaran@cityofashgrove.gov&gt;", "Rebates now open: billing help"],
         ["3/15/2025", "Thaddeus Bexley &lt;tbexley@cityofashgrove.gov&gt;", "Your bill, explained"]]))
    assert not _of(found, "customer_name", "email")


# -- a mixed "How to reach" column ------------------------------------------------------------------------------------

_TRACKER = [["Case #", "Complainant", "Contact info", "Issue"],
            ["C-58248", "Marguerite Oyelaran", "(626) 276-1661 (text only)", "rate change"],
            ["C-25032", "Thaddeus Bexley", "562-348-2708", "late fee"],
            ["C-81162", "Rosalind Quenneville", "rquenn@hotmail.com - prefers email", "meter read dispute"],
            ["C-57246", "Ansel Ferreira-Lund", "aferlund61@outlook.com", "meter read dispute"]]


def test_a_complaint_trackers_mixed_contact_column_reaches_its_complainants():
    found = pairs_found(f"{_SITE}/files/complaint-tracker.xlsx", xlsx(_TRACKER))
    assert _of(found, "customer_name", "phone", "email") == {
        ("customer_name", "Marguerite Oyelaran"), ("customer_name", "Thaddeus Bexley"),
        ("customer_name", "Rosalind Quenneville"), ("customer_name", "Ansel Ferreira-Lund"),
        ("phone", "(626) 276-1661"), ("phone", "562-348-2708"), ("email", "rquenn@hotmail.com"),
        ("email", "aferlund61@outlook.com")}


def test_a_rebates_how_to_reach_column_in_a_word_table():
    found = pairs_found(f"{_SITE}/files/heat-pump-rebates.docx", docx_table(
        [["Applicant", "How to reach", "Rebate"], ["Marguerite Oyelaran", "(562) 934-3296", "$250"],
         ["Thaddeus Bexley", "562.499.9344 (text only)", "$250"],
         ["Rosalind Quenneville", "rquenn@outlook.com", "$1,000"]],
        "Applicants whose W-9 is missing.", heading="Heat pump water heater rebates - to contact"))
    assert ("customer_name", "Rosalind Quenneville") in found and ("phone", "562.499.9344") in found


def test_a_ticket_row_whose_phone_says_text_only_is_read_with_the_others():
    found = pairs_found(f"{_SITE}/cs/tickets.html", _page("Service tickets", [
        "Ticket", "Requested by", "Location", "How to reach", "Status"], [
        ["#7805", "Marguerite Oyelaran", "3496 Quailbrook Way", "714.548.2333 (text only)", "Closed"],
        ["#9012", "Thaddeus Bexley", "893 Bramblewood Blvd", "tbexley@icloud.com - prefers email", "Open"],
        ["#9527", "Rosalind Quenneville", "3678 Quailbrook Ct", "rquenn@aol.com", "Open"],
        ["#9535", "Ansel Ferreira-Lund", "4239 Primrose Ave", "aferlund@outlook.com", "Closed"]]))
    assert {("customer_name", "Marguerite Oyelaran"), ("phone", "714.548.2333"),
            ("address", "3496 Quailbrook Way")} <= found


def test_a_staff_tables_mixed_how_to_reach_column_stays_public():
    found = pairs_found(f"{_SITE}/programs/staff.html", _page("Customer programs staff", [
        "Name", "Title", "How to reach"], [
        ["Marguerite Oyelaran", "Program Manager", "(909) 397-2210"],
        ["Thaddeus Bexley", "Outreach Coordinator", "tbexley@cityofashgrove.gov"],
        ["Rosalind Quenneville", "Energy Analyst", "(909) 397-2291 (text only)"]]))
    assert not _of(found, "customer_name", "phone", "email")


# -- "reach at", "can be reached at", "best # is" in notes and memos ---------------------------------------------------

def test_case_notes_reach_at_and_best_number_are_the_customers():
    found = pairs_found(f"{_SITE}/files/case-notes.pdf", lines_pdf([
        "Case notes - shut-off holds", "",
        "03/14 Marguerite Oyelaran called about a past-due notice. Reach at 562-944-6701.",
        "03/16 Thaddeus Bexley wants a payment plan, best # is 714.985.5110."]))
    assert {("customer_name", "Marguerite Oyelaran"), ("phone", "562-944-6701"),
            ("customer_name", "Thaddeus Bexley"), ("phone", "714.985.5110")} <= found


def test_a_memos_can_be_reached_at_gives_the_customers_home_and_phone():
    found = pairs_found(f"{_SITE}/files/memo.docx", docx_paragraphs(
        "Billing follow-ups",
        "Rosalind Quenneville of 4871 Foxglove Circle asked for a medical hold; reach at 626-351-5245.",
        "Spoke with Ansel Ferreira-Lund about the arrearage; best # is (562) 912-4698 after 5 pm.",
        "Follow up with Thaddeus Bexley, who can be reached at tbexley@verizon.net regarding the refund."))
    assert {("customer_name", "Rosalind Quenneville"), ("address", "4871 Foxglove Circle"), ("phone", "626-351-5245"),
            ("customer_name", "Ansel Ferreira-Lund"), ("phone", "(562) 912-4698"),
            ("customer_name", "Thaddeus Bexley"), ("email", "tbexley@verizon.net")} <= found


def test_staff_who_can_be_reached_about_a_program_stay_public():
    council = pairs_found(f"{_SITE}/files/council.docx", docx_paragraphs(
        "Council summary: customer assistance programs", "Payment arrangements were granted to 412 households.",
        "For questions, Rosalind Quenneville can be reached at (909) 397-4410; best # for media is (909) 620-2311."))
    workshop = pairs_found(f"{_SITE}/events/bill-help.html", "<html><body><h1>Bill help workshop</h1><p>Questions? "
                           "Thaddeus Bexley can be reached at (909) 397-4410.</p></body></html>")
    liaison = pairs_found(f"{_SITE}/programs/bill-help.html", "<html><body><h1>Bill help</h1><p>Our billing liaison "
                          "Ansel Ferreira-Lund can be reached at (909) 397-4410 about payment plans.</p></body></html>")
    for found in (council, workshop, liaison):
        assert not _of(found, "customer_name", "phone")


# -- whom to ask under a matter's heading -----------------------------------------------------------------------------

def test_two_people_under_a_matters_bare_name_are_its_desks():
    found = pairs_found(f"{_SITE}/files/payment-arrangements.pdf", lines_pdf([
        "Payment arrangements", "", "Marguerite Oyelaran - (805) 620-2451", "Thaddeus Bexley - (805) 397-4102"]))
    assert not _of(found, "customer_name", "phone")


def test_people_under_a_matters_list_title_stay_its_cases():
    found = pairs_found(f"{_SITE}/files/holds.pdf", lines_pdf([
        "Shut-off holds - pending review", "", "Marguerite Oyelaran - (805) 620-2451",
        "Thaddeus Bexley - (805) 397-4102"]))
    assert ("customer_name", "Thaddeus Bexley") in found


def test_staff_under_a_questions_heading_on_a_matters_page_stay_public():
    found = pairs_found(f"{_SITE}/programs/payment-arrangements.html", (
        "<html><body><main><h1>Payment arrangements</h1><p>Customers who cannot pay in full may ask for an "
        "arrangement of up to 12 months.</p><h2>Questions</h2><ul><li>Marguerite Oyelaran - (909) 620-2451</li>"
        "<li>Thaddeus Bexley - (909) 397-4102</li></ul></main></body></html>"))
    assert not _of(found, "customer_name", "phone")


def test_a_note_under_a_case_notes_title_needs_no_matter_of_its_own():
    found = pairs_found(f"{_SITE}/files/csr-notes.pdf", lines_pdf([
        "CSR case notes, week 12", "",
        "05/12 Met Philomena Strand at the counter; can be reached at 714.724.6250 any weekday.",
        "05/13 Met Ansel Ferreira-Lund at the desk; can be reached at (562) 653-7508 after 4."]))
    assert {("customer_name", "Philomena Strand"), ("phone", "714.724.6250")} <= found


def test_a_pdf_mail_logs_senders_are_customers():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter)
    pdf.drawString(54, 740, "Customer e-mail log - October")
    rows = [("Date", "From", "Topic"), ("05/11", "pstrand9@protonmail.com (Philomena Strand)", "high bill"),
            ("10/26", "Ansel Ferreira-Lund <aferlund64@icloud.com>", "autopay")]
    for k, row in enumerate(rows):
        for x, cell in zip((54, 140, 420), row):
            pdf.drawString(x, 710 - 16 * k, cell)
    pdf.save()
    found = pairs_found(f"{_SITE}/files/email-log.pdf", out.getvalue())
    assert {("customer_name", "Philomena Strand"), ("customer_name", "Ansel Ferreira-Lund"),
            ("email", "aferlund64@icloud.com")} <= found


def test_a_level_pay_lists_people_and_their_mailboxes_are_its_enrollees():
    """(a surname probablepeople reads as a firm's, "Uzunov", ends no list of a matter's cases)"""
    found = pairs_found(f"{_SITE}/cs/level-pay.html", (
        "<html><body><main><h1>Level Pay enrollees</h1><ul><li>Philomena Strand - pstrand@sbcglobal.net - prefers "
        "email</li><li>Thaddeus Bexley - 626-874-9012 (text only)</li><li>Nnamdi Uzunov - "
        "nuzunov27@outlook.com</li><li>Rosalind Quenneville - 951.286.5350</li></ul></main></body></html>"))
    assert {("customer_name", "Philomena Strand"), ("customer_name", "Thaddeus Bexley"), ("phone", "626-874-9012"),
            ("customer_name", "Nnamdi Uzunov"), ("customer_name", "Rosalind Quenneville")} <= found


def test_a_road_names_address_ends_before_the_phone_after_it():
    found = pairs_found(f"{_SITE}/files/fera-missing.pdf", lines_pdf([
        "FERA applications - income documents missing", "",
        "Philomena Strand 3424 Primrose Rd (909) 571-9159", "Thaddeus Bexley 4149 Greystone Rd 562.413.4169"]))
    assert {("address", "4149 Greystone Rd"), ("phone", "562.413.4169")} <= found


def test_a_numbered_county_road_keeps_its_number():
    from detectors.context.shapes import ADDRESS_RE
    assert ADDRESS_RE.match("1200 County Road 562, Alvin, TX").group() == "1200 County Road 562, Alvin, TX"
    assert ADDRESS_RE.match("20 Ranch Road 2817 Apt 4B").group() == "20 Ranch Road 2817 Apt 4B"


def test_a_mail_logs_outlook_and_bracketed_senders_are_customers():
    found = pairs_found(f"{_SITE}/cs/outlook-log.html", _page("Billing inbox", ["Received", "Sender", "Subject"], [
        ["3/2/2025", "Marguerite Oyelaran [mailto:moyelaran@verizon.net]", "Autopay failed"],
        ["3/3/2025", "Thaddeus Bexley (tbexley44@aol.com)", "Deposit refund"]]))
    assert {("customer_name", "Marguerite Oyelaran"), ("customer_name", "Thaddeus Bexley")} <= found


def test_a_notes_her_cell_and_best_number_to_reach_are_the_customers():
    found = pairs_found(f"{_SITE}/files/notes.docx", docx_paragraphs(
        "Arrearage follow-ups",
        "Rosalind Quenneville asked about her final bill; her cell is 626-351-5245.",
        "Thaddeus Bexley will set up autopay. Best number to reach him is (562) 912-4698."))
    assert {("customer_name", "Rosalind Quenneville"), ("phone", "626-351-5245"),
            ("customer_name", "Thaddeus Bexley"), ("phone", "(562) 912-4698")} <= found


def test_a_matters_cases_list_keeps_a_rarer_surname_as_a_person():
    found = pairs_found(f"{_SITE}/files/recert.pdf", lines_pdf([
        "CARE recertification - no response", "", "Philomena Strand 3424 Primrose Rd (909) 571-9159",
        "Emeric Fitzwilliam 534 Bramblewood Way (714) 449-9289"]))
    assert {("customer_name", "Emeric Fitzwilliam"), ("phone", "(714) 449-9289")} <= found


def test_a_programs_contractors_with_their_offices_stay_public():
    found = pairs_found(f"{_SITE}/files/contractors.pdf", lines_pdf([
        "Heat pump rebate - participating contractors", "", "Philomena Strand 3424 Primrose Rd (909) 571-9159",
        "Emeric Fitzwilliam 534 Bramblewood Way (714) 449-9289"]))
    assert not _of(found, "customer_name", "phone", "address")
