"""Red team site57c (correspondence archives): e-mails printed to Word with their header as a table and a member of
staff's signature under the writer's own, a customer's usage told as a change ("went from about 450 to ..."), a web
chat log whose sessions are parted by divider lines and whose visitor is named in brackets, and a customer who says
which password they will use. Each with hard negatives of a City site."""
from __future__ import annotations

import io

from detectors.context.shapes import consumption_spans
from tests.detector_helpers import pairs_found, values_of


def _printed_emails(messages) -> bytes:
    """A Word file of e-mails as Outlook prints them: each header a two-column table, then the body's paragraphs."""
    import docx
    document = docx.Document()
    for header, body in messages:
        table = document.add_table(rows=0, cols=2)
        for label, value in header:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        for text in body:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx(messages) -> set[tuple[str, str]]:
    return pairs_found("https://www.cityname.gov/records/pra-2025-044.docx", _printed_emails(messages))


# --- an e-mail's header printed as a table; a staff signature under the writer's own, no dashes ---------------------

COMPLAINT = ([("From:", "Halona Begay <hbegay22@yahoo.com>"), ("Sent:", "Tuesday, March 4, 2025 8:12 AM"),
              ("To:", "Utility Billing <billing@cityname.gov>"), ("Subject:", "Acct 3-118-4402-07 disputed bill")],
             ["Good morning,", "My bill for February is twice what it usually is and nobody has called me back.",
              "Thank you,", "Halona Begay", "4410 Saguaro Bend Rd", "Riverton, CA 92504", "cell (951) 372-6615", "",
              "Priya Venkatesan", "Utility Billing Supervisor", "City of Riverton | Finance Department",
              "Direct (951) 826-5540 | Main (951) 826-5500", "pvenkatesan@cityname.gov"])


def test_a_printed_emails_header_table_names_its_writer_and_their_signature():
    found = _docx([COMPLAINT])
    assert "Halona Begay" in values_of(found, "customer_name")
    assert "hbegay22@yahoo.com" in values_of(found, "email")
    assert "3-118-4402-07" in values_of(found, "account_number")
    assert "4410 Saguaro Bend Rd" in values_of(found, "address")
    assert "(951) 372-6615" in values_of(found, "phone")


def test_the_office_written_to_and_the_staff_signature_below_stay_public():
    found = _docx([COMPLAINT])
    assert not {"Utility Billing", "Priya Venkatesan"} & values_of(found, "customer_name")
    assert "billing@cityname.gov" not in values_of(found, "email")
    assert not {"(951) 826-5540", "(951) 826-5500"} & values_of(found, "phone")


def test_a_departments_memo_header_table_is_no_customer_record():
    memo = ([("From:", "Public Works Department"), ("To:", "City Council"), ("Date:", "May 6, 2025"),
             ("Subject:", "Award of contract to Ironwood Paving Inc. (EIN 33-4471902)")],
            ["Staff recommends award of the slurry seal contract to Ironwood Paving Inc., 1200 Commerce Way,",
             "Riverton, CA 92507, (951) 684-2210, in the amount of $412,000."])
    found = _docx([memo])
    assert not values_of(found, "customer_name") and not values_of(found, "phone") and not values_of(found, "address")


# --- usage told as a change from an approximate earlier figure -----------------------------------------------------

def test_a_change_from_about_an_earlier_figure_is_the_writers_usage():
    text = "Our usage went from about 450 to 1,322 kWh in one cycle."
    assert "1,322 kWh" in [text[a:b] for a, b in consumption_spans(text)]


def test_a_tiers_range_after_about_stays_a_tier():
    text = "Tier 2 covers about 600 to 1,200 kWh a month."
    assert consumption_spans(text) == []


# --- a chat log: sessions parted by dividers, the visitor named in brackets ----------------------------------------

CHAT = """=== Session 88213 opened 2025-02-11 ===
[14:02:10] Agent Marisol: Thanks for contacting Riverton Utilities. Can I get your name and the service address?
[14:02:51] Visitor (Dolores Achebe): 2716 Ironbark Ln
[14:03:30] Agent Marisol: And the e-mail on the account?
[14:03:58] Dolores Achebe: dachebe61@gmail.com
[14:04:40] Agent Marisol: I see 1,406 kWh on the January bill.
=== Session closed ===

=== Session 88214 opened 2025-02-11 ===
[14:20:02] Agent Marisol: Thanks for contacting Riverton Utilities. How can I help?
[14:20:40] Visitor (Guest): what are your hours on Friday?
[14:21:05] Agent Marisol: We are open 8 to 5; call (951) 826-5500 or visit 3900 Main St.
=== Session closed ===
"""


def test_each_chat_session_is_its_own_and_the_visitors_answers_are_theirs():
    found = pairs_found("https://www.cityname.gov/records/chat-export.txt", CHAT)
    assert "2716 Ironbark Ln" in values_of(found, "address")
    assert "dachebe61@gmail.com" in values_of(found, "email")
    assert "1,406 kWh" in values_of(found, "energy_usage")
    assert "Dolores Achebe" in values_of(found, "customer_name")
    # the next visitor asks about hours: the office's number and address stay public
    assert "3900 Main St" not in values_of(found, "address") and not values_of(found, "phone")


# --- the password a customer says they will use ------------------------------------------------------------------

def test_a_password_a_customer_says_they_will_use_is_a_credential():
    found = pairs_found("https://www.cityname.gov/records/notes.txt",
                        "Caller asked: can you reset my portal password? I'll use Ocotillo#5520 from now on.")
    assert "Ocotillo#5520" in values_of(found, "credential")


def test_advice_on_which_password_to_use_is_no_credential():
    for text in ("Forgot your password? Use the reset link on the sign-in page.",
                 "For your password, use at least 12 characters with a number and a symbol.",
                 "Password: use the one you chose when you enrolled."):
        assert not values_of(pairs_found("https://www.cityname.gov/help.html", f"<p>{text}</p>"), "credential"), text


# --- a log of text messages: each opens with its sender's number and the time -------------------------------------

def _page(title: str, *paragraphs: str) -> str:
    return f"<html><body><main><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main></body></html>"


def test_the_sender_of_a_text_to_the_outage_line_is_the_customer():
    html = _page("Texts received by the outage line, week of June 2",
                 "(909) 318-4477 7:41 PM<br>hi its Yasmin Oduya, fridge has my insulin, please prioritize 1520 Palo Verde Ct",
                 "Outage Line<br>Thanks, we've reported it to the utility. Updates at 1-800-611-1911.",
                 "951.204.6630 8:02 PM<br>still no lights at 77 Brushwood Ln!! acct 4418072255")
    found = pairs_found("https://www.cityname.gov/records/outage-texts.html", html)
    assert {"(909) 318-4477", "951.204.6630"} <= values_of(found, "phone")
    assert "Yasmin Oduya" in values_of(found, "customer_name")
    assert {"1520 Palo Verde Ct", "77 Brushwood Ln"} <= values_of(found, "address")


def test_an_offices_number_over_its_hours_and_a_volunteers_text_stay_public():
    directory = _page("Contact us", "(951) 826-5500 8:00 AM - 5:00 PM<br>City Hall, 3900 Main St. Pay your power bill in person.",
                      "(951) 826-5590 9:00 AM<br>Senior Center, 415 Loma Linda Ave, electric vehicle charging")
    volunteers = _page("Volunteer texts, Arbor Day", "(909) 412-7781 7:02 PM<br>This is Marta Ibsen, running late to the "
                       "planting at 300 Park Ave")
    for html in (directory, volunteers):
        found = pairs_found("https://www.cityname.gov/contact.html", html)
        assert not values_of(found, "phone") and not values_of(found, "customer_name"), html


# --- a printout's dotted leader between a label with its unit and the colon ----------------------------------------

def test_a_dotted_leader_after_a_labels_unit_still_labels_the_usage():
    text = ("Case No........: C-77120\nAccount Holder.: Ferreira, Ilse\nSvc Address....: 902 Quarry Rd\n"
            "SA ID..........: 3-041-7720-18\nUsage (kWh)....: 1,114\n")
    found = pairs_found("https://www.cityname.gov/records/case-report.txt", text)
    assert "1,114" in values_of(found, "energy_usage")
    assert "902 Quarry Rd" in values_of(found, "address")


def test_a_rate_sheets_dotted_leader_is_no_customers_usage():
    text = "Schedule D rates\nBaseline (kWh/day)....: 14.2\nTier 2 (kWh)....: 101-400%\nCustomer charge....: $0.03\n"
    assert not values_of(pairs_found("https://www.cityname.gov/rates.txt", text), "energy_usage")


# --- a ticket's thread: the customer the ticket names tells their own bills ----------------------------------------

TICKET = ("<html><body><main><h1>Ticket #51207</h1><dl><dt>Requester</dt><dd>Ilse Ferreira</dd><dt>Callback number</dt>"
          "<dd>(562) 718-0344</dd><dt>Premise address</dt><dd>902 Quarry Rd, Riverton, CA 92504</dd></dl>"
          "<h2>Conversation</h2><div><b>Ilse</b><p>My last two bills were 1,402 kWh and 1,377 kWh and I work nights.</p></div>"
          "<div><b>Priya Venkatesan</b><p>Hi Ilse, the average home here uses 540 kWh; I have asked for a meter test.</p></div>"
          "</main></body></html>")


def test_the_ticket_requesters_own_bills_in_the_thread_are_their_usage():
    found = pairs_found("https://www.cityname.gov/records/ticket-51207.html", TICKET)
    assert {"1,402 kWh", "1,377 kWh"} <= values_of(found, "energy_usage")
    assert "540 kWh" not in values_of(found, "energy_usage")


def test_a_staff_members_first_person_figure_under_their_own_name_is_no_customers():
    html = TICKET.replace("<b>Ilse</b><p>My last two bills", "<b>Priya</b><p>Our building's last two bills")
    found = pairs_found("https://www.cityname.gov/records/ticket-51207.html", html)
    assert not {"1,402 kWh", "1,377 kWh"} & values_of(found, "energy_usage")


# --- a department and a library branch are no persons; a meeting note's attendees are staff ------------------------

def test_a_facility_memos_branch_and_department_footer_stay_public():
    import docx
    document = docx.Document()
    document.add_paragraph("Facility energy benchmarking, FY 2024-25")
    document.add_paragraph("Library Central Branch (4000 Orange St): SCE account 2-31-870-4456, 1,204,118 kWh.")
    document.add_paragraph("Fire Station 3 (9100 Mission Blvd): SCE account 2-31-870-9921, 311,402 kWh.")
    document.sections[0].footer.paragraphs[0].text = "Public Works, 8095 Lincoln Ave, Riverton, CA 92504 - (951) 351-6140"
    out = io.BytesIO()
    document.save(out)
    found = pairs_found("https://www.cityname.gov/docs/benchmarking.docx", out.getvalue())
    assert not values_of(found, "customer_name") and not values_of(found, "phone") and not values_of(found, "address")


def test_a_customer_named_branch_is_still_a_person():
    found = pairs_found("https://www.cityname.gov/records/notes.txt",
                        "Michelle Branch, 1827 Cedar Hollow Dr, SCE account 2-31-118-7702, disputes her 1,288 kWh bill.")
    assert "Michelle Branch" in values_of(found, "customer_name")


def test_a_huddle_notes_attendees_are_no_customers():
    text = ("Billing team huddle, week 14\nAttendees: Corinne Vasquez-Lee, Tobias Mendel, Harriet Olusegun\n"
            "Escalations\nMs. Abernathy (512 Wren Ct) - disputes 1,640 kWh July bill; SA 3-022-4410-55.\n")
    found = pairs_found("https://www.cityname.gov/records/huddle.txt", text)
    assert not {"Harriet Olusegun", "Tobias Mendel", "Corinne Vasquez-Lee"} & values_of(found, "customer_name")
    assert "512 Wren Ct" in values_of(found, "address")


# --- a running head filing the memo under "Dispute file:"; the number a letter says the customer called from --------

def test_a_dispute_files_running_head_names_the_customer_and_account():
    import docx
    document = docx.Document()
    document.add_paragraph("The customer disputes the June bill; field staff read the meter on June 4.")
    document.sections[0].header.paragraphs[0].text = "CONFIDENTIAL - Dispute file: Ilse Ferreira / 3-041-772-0185"
    out = io.BytesIO()
    document.save(out)
    found = pairs_found("https://www.cityname.gov/docs/memo.docx", out.getvalue())
    assert "Ilse Ferreira" in values_of(found, "customer_name") and "3-041-772-0185" in values_of(found, "account_number")


LETTER = ("June 3, 2025\n\nIlse Ferreira\n902 Quarry Rd\nRiverton, CA 92504\n\nRE: Account 3-041-772-0185\n\n"
          "Dear Ms. Ferreira:\n\n{sentence} Your average monthly consumption was 640 kWh.\n\nSincerely,\n\n"
          "Priya Venkatesan\nUtility Billing Supervisor\n")


def test_the_number_a_letter_says_the_customer_called_from_is_theirs():
    found = pairs_found("https://www.cityname.gov/docs/letter.txt", LETTER.format(
        sentence="This confirms the payment plan you requested by phone from 951-207-3318."))
    assert "951-207-3318" in values_of(found, "phone")


def test_the_offices_hours_by_phone_in_a_letter_stay_public():
    found = pairs_found("https://www.cityname.gov/docs/letter.txt", LETTER.format(
        sentence="You may reach us by phone from 8 to 5 at (951) 826-5500."))
    assert not values_of(found, "phone")


def _memo(header: str, *paragraphs: str, comment: tuple[int, str] | None = None) -> bytes:
    import docx
    document = docx.Document()
    added = [document.add_paragraph(text) for text in paragraphs]
    if comment:
        document.add_comment(added[comment[0]].runs, text=comment[1], author="Reviewer")
    document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_service_address_line_of_a_memo_filed_under_a_customer_is_theirs():
    body = _memo("CONFIDENTIAL - Re: Ilse Ferreira / 3-041-772-0185", "MEMORANDUM",
                 "Service address: 902 Quarry Rd, Riverton, CA 92504", "Meter tested within limits on June 4.")
    assert "902 Quarry Rd, Riverton, CA 92504" in values_of(pairs_found("https://www.cityname.gov/m.docx", body), "address")


def test_a_memo_filed_under_a_resolution_keeps_its_service_address_line_public():
    body = _memo("Resolution 2025-118 | Page 2", "Service address: 3900 Main St, Riverton, CA 92501 (City Hall)")
    assert not values_of(pairs_found("https://www.cityname.gov/m.docx", body), "address")


def test_a_comment_calling_the_paragraphs_person_back_by_given_name_gives_their_number():
    body = _memo("Billing dispute review", "Neighbor who reported the meter tampering: Marisol Brennan",
                 "Staff recommends a field visit.", comment=(0, "Called back Marisol at 909-871-2046; her SCE acct is 2-31-118-7702."))
    found = pairs_found("https://www.cityname.gov/m.docx", body)
    assert "Marisol Brennan" in values_of(found, "customer_name") and "909-871-2046" in values_of(found, "phone")


def test_a_comment_on_calling_the_clerk_names_no_one():
    body = _memo("Agenda item 7", "Prepared by Tavita Faleolo, Management Analyst",
                 comment=(0, "Called the Clerk at (951) 826-5500 about the agenda deadline."))
    found = pairs_found("https://www.cityname.gov/m.docx", body)
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_the_number_an_agent_tells_the_visitor_to_call_stays_the_offices():
    chat = CHAT.replace("I see 1,406 kWh on the January bill.",
                        "I see 1,406 kWh on the January bill. Anything else? You can call (951) 826-5571.")
    found = pairs_found("https://www.cityname.gov/records/chat-export.txt", chat)
    assert "1,406 kWh" in values_of(found, "energy_usage") and not values_of(found, "phone")


def test_a_visitor_who_says_you_can_call_me_gives_their_own_number():
    found = pairs_found("https://www.cityname.gov/records/notes.txt",
                        "Voicemail from Ilse Ferreira about her bill for SCE account 3-041-772-0185: you can call me at "
                        "951-207-3318 after six.")
    assert "951-207-3318" in values_of(found, "phone")
