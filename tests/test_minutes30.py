"""Meeting records (red team minutes30): court-reporter transcripts, compiled written comments, minutes' tables.

- A paged file's running head and foot (a court reporter's firm and phone at every page's foot) frame the page: no
  speaker's turn runs on into them, and a speech goes on over them onto the next page, where its identifier may
  stand; a name that ends a page goes on in no foot ("... Ana Ruiz" / "Distributed at the meeting").
- A speaker in a customer's turn names themself "I'm Ana Ruiz, a retired nurse", or as a sentence of its own after
  a greeting ("Yes. Ana Ruiz. 12 Elm St."); the chair's turn names no customer.
- A file of compiled public comments (its first page's title says so) is a public comment on every page framed like
  its first: a commenter's own mailbox there is no finding; a commenter giving an account is still a customer. An
  e-mail ends at the compilation's next item ("Comment 4"), so the next comment's data is not its sender's.
- "write to us at ...@gmail.com": a group's mailbox. A person's own mailbox elsewhere is still reported.
- A wrapped table cell's house number is not glued to the next column's word ("at 412<TAB>Filed").
- Usage: a class average whose words open the next line is no one's; "accounts for much of the 1,311 kWh billed",
  "the allowance applied to 2,220 kilowatt hours" are the customer's; "the baseline allowance of 500 kWh" is not.
- "asked staff to contact Mr. NAME at PHONE regarding ... service account ...": the customer and their phone; a
  contact's label ("Contact: NAME, Senior Planner") stays an official's. A phone in double brackets before
  "service account" is the customer's.
- An SSN given "over the phone (...)"; a password as an aside ("the temporary password the utility mailed to me,
  VALUE, so ..."); an account label with an aside before its "is".
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def _pdf(pages: list[list[str]], head: str = "", foot: str = "", columns: tuple[float, ...] = (50, 380)) -> bytes:
    """Pages of lines (a tab between a table's cells, each cell at its column's x), each page framed by the running
    head and foot."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Courier", 10)
        if head:
            pdf.drawString(50, 780, f"{head}    {number}")
        y = 740.0
        for line in lines:
            for x, cell in zip(columns, line.split("\t")):
                pdf.drawString(x, y, cell)
            y -= 14
        if foot:
            pdf.drawString(50, 40, foot)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _found(body: bytes | str, name: str) -> set[tuple[str, str]]:
    data = body if isinstance(body, bytes) else body.encode()
    document = extract(f"https://www.example.gov/{name}", data)
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


_CHAIR = "CHAIR OYELARAN:  Thank you. Next speaker."


def test_a_court_reporters_foot_is_no_turn_and_a_speech_goes_on_over_the_page_break():
    page1 = [_CHAIR] * 18 + ["MR. VANTERPOOL:  Good evening. I have lived at 5120 N.", "Orchard Crest Ln. since 1994.",
                             "My electric bill keeps climbing and nobody can say why."]
    page2 = ["The account is 3-402-7781-15 and I used 1,377 kWh in", "March.", _CHAIR, _CHAIR]
    found = _found(_pdf([page1, page2], head="Utility Commission Hearing - March 3, 2025",
                        foot="Castellane Court Reporters, Inc.   (951) 683-2291"), "hearing.pdf")
    assert ("account_number", "3-402-7781-15") in found
    assert ("address", "5120 N. Orchard Crest Ln.") in found
    assert not any(category == "phone" for category, _ in found)


def test_speakers_name_themselves_in_a_customers_turn():
    lines = [_CHAIR, "MS. ABERNATHY-ROSS:  Thank you. I'm Greer Abernathy-Ross, a retired", "nurse. My account number is",
             "3-418-2260-73 and I used 1,210 kWh last month.", _CHAIR,
             "MR. TEMPLETON:  Yes. Dorian Templeton. 4471 W. Larchmont Rd.", "Service account number 3-550-9128-04.", _CHAIR]
    found = _found(_pdf([lines, [_CHAIR]], head="Hearing transcript", foot="Page"), "transcript.pdf")
    assert ("customer_name", "Greer Abernathy-Ross") in found
    assert ("customer_name", "Dorian Templeton") in found
    assert not any(category == "customer_name" and "Oyelaran" in value for category, value in found)


def test_compiled_comments_leave_commenters_mailboxes_and_end_each_email_at_the_next_item():
    head = "Written Comments - Utility Commission - March 3, 2025"
    page1 = ["UTILITY COMMISSION", "WRITTEN PUBLIC COMMENTS RECEIVED", "Comment 1",
             "From: Thaddeus Okonjo <tokonjo1971@gmail.com>", "Subject: Item 4",
             "Please vote no. Rents are high enough already.", "Thaddeus", "Comment 2",
             "From: Marisela Quintanar <mquintanar77@yahoo.com>", "Subject: my bill",
             "My account 3-771-0425-19 was billed 2,940 kWh in February.", "Marisela Quintanar"]
    page2 = ["Comment 3", "From: Leopold Varga <lvarga1958@att.net>", "Subject: Item 4",
             "I support the staff recommendation.", "Leopold", "Comment 4",
             "Comment card", "Account 3-209-6614-80 - billed 1,402 kWh in January. Please call me."]
    found = _found(_pdf([page1, page2], head=head, foot="Distributed at the meeting"), "comments.pdf")
    assert ("account_number", "3-771-0425-19") in found and ("customer_name", "Marisela Quintanar") in found
    assert ("email", "lvarga1958@att.net") not in found and ("email", "tokonjo1971@gmail.com") not in found
    assert ("customer_name", "Leopold Varga") not in found
    assert not any("Distributed" in value for _, value in found)


def test_a_groups_invitation_to_write_to_it_is_no_persons_mailbox():
    page = ("<p>Wilhelmina Foyle, organizer for the Eastside Renters Alliance: anyone can write to us at "
            "eastsiderenters@gmail.com or call our hotline.</p>")
    assert ("email", "eastsiderenters@gmail.com") not in _found(page, "minutes.html")
    own = "<p>For the carpool list, my personal e-mail is bramwell.tiago@gmail.com.</p>"
    assert ("email", "bramwell.tiago@gmail.com") in _found(own, "notes.html")


def _table_pdf(rows: list[list[str]], widths: list[float]) -> bytes:
    """A gridded table of wrapped paragraph cells, as a word processor prints minutes' ITEM | DISCUSSION | ACTION."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=11)
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[w * inch for w in widths])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    return out.getvalue()


def test_a_wrapped_cells_house_number_is_not_glued_to_the_next_columns_word():
    rows = [["ITEM", "DISCUSSION", "ACTION"],
            ["4. Public comment", "Mr. Cassius Wendel, a Riverside Public Utilities customer residing at 412 Orchard "
             "Ln., asked staff to call him at (951) 683-7734 about account 3-118-4420-61.", "Filed"],
            ["", "Ines Marchetti of 2290 W. Linden Ave. ((951) 683-5520) disputed the charge on account "
                 "3-552-0917-33; her home used 1,712 kilowatt hours in May.", ""]]
    found = _found(_table_pdf(rows, [1.2, 4.1, 1.2]), "minutes.pdf")
    assert not any(category == "address" and "Filed" in value for category, value in found)
    assert {("customer_name", "Mr. Cassius Wendel"), ("address", "412 Orchard Ln."), ("phone", "(951) 683-5520")} <= found


def test_usage_told_with_a_tariffs_or_a_statistics_words():
    page = ("<p>Resident Hollis Varnum, SCE acct. 2-51-883-4410, said his dialysis machine accounts for much of the "
            "1,311 kWh billed in May.</p><p>The customer, Petra Lindqvist, account 3-604-1187-22, was enrolled in "
            "Medical Baseline and the allowance applied to 2,220 kilowatt hours.</p>")
    found = _found(page, "minutes.html")
    assert ("energy_usage", "1,311 kWh") in found and ("energy_usage", "2,220 kilowatt hours") in found
    tariff = ("<p>Ms. Petra Lindqvist, account 3-604-1187-22, asked about the baseline allowance of 500 kWh.</p>")
    assert not any(category == "energy_usage" for category, _ in _found(tariff, "minutes.html"))


def test_a_class_average_on_the_next_line_is_no_ones():
    lines = ["Osric Penhallow of 2210 W. Foothill Blvd. (account 3-221-7305-44) said he used 1,640 kWh, against the 510 kWh",
             "residential average cited by staff, and asked for a meter test."]
    found = _found(_pdf([lines]), "minutes.pdf")
    assert ("energy_usage", "1,640 kWh") in found
    assert ("energy_usage", "510 kWh") not in found


def test_staff_asked_to_contact_a_customer_about_their_account():
    page = ("<p>Council Member Ibsen asked staff to contact Mr. Anselm Kowalczyk at (951) 683-4471 regarding the "
            "disputed bill on service account number 3-209-5512-38.</p>"
            "<p>The Mayor asked staff to follow up with the callers, including Rosalind Thackery ((951) 683-9902, "
            "service account 8830417725), whose bill was still unpaid.</p>")
    found = _found(page, "minutes.html")
    assert {("customer_name", "Mr. Anselm Kowalczyk"), ("phone", "(951) 683-4471"),
            ("phone", "(951) 683-9902")} <= found
    official = "<p>Contact: Imogen Strand, Senior Planner, (951) 683-1200.</p>"
    assert not any(category == "customer_name" for category, _ in _found(official, "agenda.html"))


def test_an_ssn_a_password_and_an_account_told_in_a_letters_sentences():
    page = ("<p>The clerk asked me for my Social Security number over the phone (212-48-6630) and I was still "
            "refused. The portal would not take the temporary password the utility mailed to me, Harbor-4471!, so "
            "I cannot see my bill. My account number, if you need to check it, is 3-884-1027-56.</p>")
    found = _found(page, "letter.html")
    assert {("ssn", "212-48-6630"), ("credential", "Harbor-4471!"), ("account_number", "3-884-1027-56")} <= found
    wrapped = ["The clerk asked me for my Social Security number over", "the phone (212-48-6630) and I was refused. "
               "The portal would not take the temporary password PCE mailed to me,", "Harbor-4471!, so I cannot see it."]
    assert {("ssn", "212-48-6630"), ("credential", "Harbor-4471!")} <= _found(_pdf([wrapped]), "letter.pdf")
    plain = ("<p>The password we sent you, which expires in a day, must be changed. The invoice, as agreed, is "
             "4410237719.</p>")
    assert not any(category in ("credential", "account_number") for category, _ in _found(plain, "faq.html"))
