"""Round 46 (red team docs46): a customer's message quoted under staff's reply, an outreach list of a program's
enrollees, account numbers written in a ledger string's groups beside words only a customer's account has, a
customer's letter signed by introducing themselves, a PDF's metadata about one customer, a pivot's single-customer row,
and a heading over written public comments."""
from __future__ import annotations

import io

from tests.detector_helpers import docx_paragraphs, pairs_above_low, pairs_found, values_of, xlsx


def _eml(sender: str, to: str, body: str) -> bytes:
    return (f"From: {sender}\nTo: {to}\nSubject: RE: net metering question\nDate: Tue, 08 Apr 2025 10:02:00 -0700\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}").encode()


_REPLY = ("Hi Tereza,\n\nI looked up service account 4410 882 907. Your annual net usage was 3,114 kWh.\n\n"
          "Contact: Owen Pratt, Program Analyst | 805-441-2210 | opratt@harborvale.gov\n\n")


def test_customers_message_quoted_under_staffs_reply_to_their_mailbox_is_theirs():
    body = _REPLY + ("> On Apr 6, 2025, Tereza McKinnon <tmckinnon@yahoo.com> wrote:\n"
                     "> The panels on 1187 Driftwood Ln were installed in May. Why is there a charge?\n"
                     "> (805) 772-0193\n")
    found = pairs_found("https://www.harborvale.gov/docs/re-net-metering.eml",
                        _eml("Owen Pratt <opratt@harborvale.gov>", "tmckinnon@yahoo.com", body))
    assert {("customer_name", "Tereza McKinnon"), ("address", "1187 Driftwood Ln"),
            ("phone", "(805) 772-0193")} <= found


def test_quoted_message_from_someone_other_than_the_addressee_stays_unread():
    # a colleague's note quoted under the reply: not the customer's writing
    body = _REPLY + ("> On Apr 6, 2025, Dana Whitlock <dwhitlock@yahoo.com> wrote:\n"
                     "> The workshop is at 1187 Driftwood Ln on Thursday.\n"
                     "> (805) 772-0193\n")
    found = pairs_above_low("https://www.harborvale.gov/docs/re-net-metering.eml",
                            _eml("Owen Pratt <opratt@harborvale.gov>", "tmckinnon@yahoo.com", body).decode())
    assert not values_of(found, "customer_name") & {"Dana Whitlock"}
    assert not values_of(found, "address") and not values_of(found, "phone")


def test_quoted_message_under_a_reply_that_gives_no_account_stays_unread():
    body = ("Hi Tereza,\n\nThanks, the workshop flyer is attached.\n\n"
            "> On Apr 6, 2025, Tereza McKinnon <tmckinnon@yahoo.com> wrote:\n"
            "> Is the workshop at 1187 Driftwood Ln?\n> (805) 772-0193\n")
    found = pairs_above_low("https://www.harborvale.gov/docs/re-workshop.eml",
                            _eml("Owen Pratt <opratt@harborvale.gov>", "tmckinnon@yahoo.com", body).decode())
    assert not values_of(found, "address") and not values_of(found, "phone")


_OUTREACH = ["Zip Code", "Program", "Status", "Contact name", "Contact phone", "Contact e-mail"]


def test_outreach_list_of_program_enrollees_is_customers_records():
    body = xlsx([_OUTREACH,
                 ["93012", "Medical Baseline", "Approved", "Siobhan Kearney", "805-339-4471", "skearney@comcast.net"],
                 ["93010", "Payment plan", "Pending", "Tomasz Wójcik", "(805) 612-0098", "twojcik77@gmail.com"]])
    found = pairs_found("https://www.harborvale.gov/files/outreach.xlsx", body)
    assert values_of(found, "customer_name") == {"Siobhan Kearney", "Tomasz Wójcik"}
    assert values_of(found, "phone") == {"805-339-4471", "(805) 612-0098"}
    assert values_of(found, "email") == {"skearney@comcast.net", "twojcik77@gmail.com"}


def test_enrollment_partners_staff_and_statistics_are_no_customers():
    partners = xlsx([["Partner", "Program", "Status", "Contact name", "Contact phone"],
                     ["Harbor Vale Community Action Inc.", "CARE", "Approved", "Lena Ortiz", "805-339-4471"]])
    orgs = xlsx([["Organization", "Program", "Status", "Contact name", "Contact phone"],
                 ["Westside Family Resource Center", "FERA", "Approved", "Lena Ortiz", "805-339-4471"]])
    staff = xlsx([["Name", "Role", "Program", "Phone"], ["Lena Ortiz", "Outreach Specialist", "CARE", "805-339-4471"]])
    plain = xlsx([["Program", "Contact name", "Contact phone"], ["CARE", "Lena Ortiz", "805-339-4471"]])
    stats = xlsx([["Zip Code", "Program", "Status", "Households"], ["93012", "CARE", "Enrolled", "412"]])
    for body in (partners, orgs, staff, plain, stats):
        assert not pairs_found("https://www.harborvale.gov/files/outreach.xlsx", body) & {
            ("customer_name", "Lena Ortiz"), ("phone", "805-339-4471")}


def test_account_in_a_ledger_strings_groups_beside_a_customers_words():
    lines = {
        "The account (31-447-20918) has been placed on hold and the resident was notified.": "31-447-20918",
        "Voicemail: hi it's Dolores calling about account 38-102-55731 please call back": "38-102-55731",
        "Subject: RE: acct 35-660-14827 - billing question": "35-660-14827",
        "Acct 36-913-08852 | Page 2 | hvalenz@yahoo.com": "36-913-08852",
        "The Okafor household at 12 Reed Ct keeps calling. Her cell is 805-219-6630. Account 33-574-90261.":
            "33-574-90261",
        "A caller reported a scam. Account 34-812-77310 was flagged; e-mail on file.": "34-812-77310",
        "I am writing because my father's account (32-208-61945) was closed in error.": "32-208-61945",
    }
    for line, account in lines.items():
        found = pairs_found("https://www.harborvale.gov/docs/notes.txt", line, "text/plain")
        assert ("account_number", account) in found, line


def test_ledger_strings_stay_budget_lines():
    for line in ("Account 10-410-52100 Office Supplies $4,200",
                 "Subject: FY26 budget transfer acct 10-410-52100",
                 "Subject: Budget transfer to acct 10-410-52100 - utility billing system upgrade",
                 "Subject: Transfer to account 10-410-52100 for the water bill printing contract",
                 "Transfer to account 10-410-52100 was approved by the Finance Director.",
                 "Account 10-410-52100 is over budget; contact budget@harborvale.gov"):
        assert not values_of(pairs_found("https://www.harborvale.gov/docs/budget.txt", line, "text/plain"),
                             "account_number"), line


def test_letter_whose_writer_introduces_themselves_gives_their_contacts():
    body = docx_paragraphs("RE: Service account 6120938847",
                           "Good morning, this is Priyanka Venkataraman. I live at 418 Coral Tree Ave.",
                           "After the panels went in my true-up shows 1,408 kWh, which cannot be right.",
                           "Phone: 805 557 2014    Email: pvenkat@att.net")
    found = pairs_found("https://www.harborvale.gov/records/letter.docx", body)
    assert {("customer_name", "Priyanka Venkataraman"), ("phone", "805 557 2014"), ("email", "pvenkat@att.net"),
            ("energy_usage", "1,408 kWh")} <= found


def test_letter_about_a_relatives_account_gives_the_writers_contact_line():
    body = docx_paragraphs("Dear Members of the Board,",
                           "My father's account (6120938847) at 418 Coral Tree Ave was disconnected during the heat wave.",
                           "I am Priyanka Venkataraman, his daughter and the contact on the account.",
                           "Please contact me: 1-805-557-2014 / pvenkat@att.net")
    found = pairs_found("https://www.harborvale.gov/records/letter.docx", body)
    assert {("phone", "1-805-557-2014"), ("customer_name", "Priyanka Venkataraman")} <= found


def test_staff_letter_introducing_its_writer_keeps_their_number():
    body = docx_paragraphs("Dear Ms. Venkataraman,",
                           "This is Marisol Quintero from Customer Care. I reviewed your account 6120938847.",
                           "Please contact me: 805-557-2014")
    found = pairs_found("https://www.harborvale.gov/records/letter.docx", body)
    assert ("phone", "805-557-2014") not in found


def _pdf_with_metadata(author: str, subject: str, keywords: str, title: str) -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setAuthor(author)
    pdf.setSubject(subject)
    pdf.setKeywords(keywords)
    pdf.setTitle(title)
    pdf.drawString(72, 720, "Heat Pump Rebate Program - application package")
    pdf.save()
    return out.getvalue()


def test_pdf_metadata_about_one_customer_is_their_record():
    body = _pdf_with_metadata("Rukhsana Qureshi", "Induction range rebate 2291 W Lantana St",
                              "rebate, induction, rqureshi@gmail.com, 805 664 1290",
                              "Rebate application - service account 6120938847")
    found = pairs_found("https://www.harborvale.gov/rebates/application.pdf", body)
    assert {("customer_name", "Rukhsana Qureshi"), ("address", "2291 W Lantana St"), ("phone", "805 664 1290"),
            ("email", "rqureshi@gmail.com"), ("account_number", "6120938847")} <= found


def test_pdf_metadata_author_who_is_staff_stays_unreported():
    body = _pdf_with_metadata("Gideon Farrell", "Induction range rebate 2291 W Lantana St",
                              "rebate, induction, rqureshi@gmail.com", "Rebate application - service account 6120938847")
    found = pairs_found("https://www.harborvale.gov/rebates/application.pdf", body)
    assert ("customer_name", "Gideon Farrell") not in found
    program = _pdf_with_metadata("Gideon Farrell", "Induction range rebates at 2291 W Lantana St", "rebate, induction",
                                 "Rebate program guide")
    assert not pairs_found("https://www.harborvale.gov/rebates/guide.pdf", program)


def test_pivot_row_of_one_customer_gives_their_name_home_and_usage():
    body = xlsx([["Row Labels", "Count of SA", "Sum of kWh"], ["93010", 212, 402118],
                 ["   Brannigan, Orla (77 Kestrel Way)", 1, 9417], ["Grand Total", 213, 411535]])
    found = pairs_found("https://www.harborvale.gov/files/pivot.xlsx", body)
    assert found == {("customer_name", "Brannigan, Orla"), ("address", "77 Kestrel Way"), ("energy_usage", "9417")}


def test_pivot_rows_of_one_account_naming_no_person_stay_public():
    body = xlsx([["Row Labels", "Count of SA", "Sum of kWh"], ["93010", 1, 9417], ["Residential", 1, 8811],
                 ["Grand Total", 2, 18228]])
    assert not pairs_found("https://www.harborvale.gov/files/pivot.xlsx", body)


def test_heading_over_written_public_comments_keeps_commenters_mailboxes_public():
    body = docx_paragraphs("Written public comments - Item 7, Budget Hearing",
                           "Please fund the library hours. Signed, Evander Holloway, evander.holloway@gmail.com",
                           "Keep the pool open in summer. - Marguerite Osei")
    assert not pairs_found("https://www.harborvale.gov/board/comments.docx", body)
