"""E-mail correspondence posted on a city site: customer-service threads printed to HTML, council packets and
digests with a reply quoted (red team emails33, part b).

- A mail written in HTML sets each line it wraps in a ``<div>`` of its own (a Word document pasted from one, each line
  in a paragraph): a label that ends one line still labels the number opening the next ("... and the account is" /
  "6-41-220-7390. Service address ..."), in English and Spanish ("Mi número de cuenta es" / "..."), and the customer
  context it anchors follows. Hard negatives: a sentence that ends its line, a blank line between the two.
- A reply's quote marks do not cut a password's label from its value ("> ... the password I set is" / "> Ocotillo77#
  - ..."), in a text file and a PDF; the mailbox given as the login's user name beside it is reported too. Hard
  negatives: a mailbox in a sentence about something else, a public mailbox given as a user name.
- Staff's reply to a customer printed in a council packet (a page of public comments) is still a letter to a customer
  when it speaks of "your" usage and gives the account: its salutation, the mailbox of its "To:" line, the number
  staff "left a voicemail at", its kilowatt-hours. The letter ends at the next e-mail's "From:" line. Hard negatives:
  a councilmember's reply thanking a resident, a PRA response's requester above a pasted complaint, a staff member's
  office phone.
- A usage history staff mail to a customer's own mailbox ("Month  kWh" / "August  1140"), forwarded. Hard negative: the
  same table in a newsletter to all customers.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org/records"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _html_mail(lines: list[str], title: str = "Customer Service Email Thread") -> str:
    """A printed e-mail as Outlook's HTML has it: each line a ``<div>``, a blank line ``<div><br></div>``."""
    body = "".join("<div><br></div>" if not line else f"<div>{line}</div>" for line in lines)
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<article>{body}</article></main></body></html>")


def _pdf(lines: list[str]) -> bytes:
    """One page, each string a line of its own."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 9)
    y = 760.0
    for line in lines:
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()
    return out.getvalue()


# --- 1. a label at the end of one <div> line, its number opening the next -------------------------------------

def test_an_account_labelled_at_the_end_of_the_line_above_in_an_html_mail():
    found = _found("thread-14.html", _html_mail([
        "From: Odalys Ferreira &lt;odalys.ferreira52@gmail.com&gt;",
        "Subject: verify identity",
        "",
        "The agent asked me to confirm who I am. My ITIN is 912-78-3305 and the account is",
        "6-41-220-7390. Service address 847 W Columbia Ave.",
    ]))
    assert "6-41-220-7390" in values_of(found, "account_number")
    assert "912-78-3305" in values_of(found, "taxpayer_id")


def test_a_spanish_shut_off_mail_in_html_keeps_its_customers_record():
    found = _found("hilo-06.html", _html_mail([
        "Asunto: aviso de corte",
        "",
        "Buenos días,",
        "Me llegó un aviso de desconexión para 1587 W Holt Ave Apt 9, Pomona, CA 91768. Mi número de cuenta es",
        "5-93-604-2218 y el consumo del mes pasado fue 612 kWh. No puedo pagar todo",
        "este mes. ¿Me pueden dar un plan de pagos?",
        "",
        "Saludos,",
        "Itzel Quiñonez",
        "Tel. 951-442-8071",
    ]))
    assert "5-93-604-2218" in values_of(found, "account_number")
    assert "612 kWh" in values_of(found, "energy_usage")
    assert any(v.startswith("1587 W Holt Ave") for v in values_of(found, "address"))
    assert "951-442-8071" in values_of(found, "phone")


def test_a_docx_mail_pasted_line_by_line_keeps_the_label_of_the_next_paragraph():
    from docx import Document
    document = Document()
    for line in ["From: Bao Tran <baotran71@yahoo.com>",
                 "Subject: my bill",
                 "Please look at my bill again, I think the meter is wrong. The account is",
                 "3-308-4471-26 and I have lived here for ten years."]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    assert "3-308-4471-26" in values_of(_found("complaint.docx", out.getvalue()), "account_number")


def test_a_sentence_that_ends_its_div_labels_nothing_below():
    found = _found("notice.html", _html_mail([
        "The City Council reviewed the audit of the customer account program.",
        "4-17-2025 was the date of the final report.",
        "Questions about an account",
        "",
        "6-41-220-7390 is the reference of the audit file.",
    ], title="Audit summary"))
    assert not values_of(found, "account_number")


# --- 2. a password quoted across a line break -------------------------------------------------------------------

_QUOTED_LOGIN = [
    "Subject: RE: portal will not let me in",
    "Teodora, I reset it. Please pick a new one when you sign in.",
    "> I still cannot sign in to the billing portal. My username is teodora.vlasic@gmail.com and the password I set is",
    "> Ocotillo77# - the page says it is wrong. Account 3-114-908-2256.",
    "Joaquin Reyes-Oduya",
    "Customer Care Specialist",
]


def test_a_password_quoted_with_marks_across_the_line_break_in_text():
    found = _found("digest.txt", "\n".join(_QUOTED_LOGIN) + "\n")
    assert "Ocotillo77#" in values_of(found, "credential")
    assert "teodora.vlasic@gmail.com" in values_of(found, "email")


def test_a_password_quoted_across_the_line_break_in_a_council_packet_pdf():
    found = _found("correspondence.pdf", _pdf([
        "City of Pomona - Council Correspondence Received",
        "Written communications received by the City Clerk after the agenda was posted.",
        *_QUOTED_LOGIN,
    ]))
    assert "Ocotillo77#" in values_of(found, "credential")
    assert "teodora.vlasic@gmail.com" in values_of(found, "email")


def test_a_mailbox_in_a_login_sentence_without_a_password_is_not_a_login():
    found = _found("correspondence.pdf", _pdf([
        "City of Pomona - Council Correspondence Received",
        "Written communications received by the City Clerk after the agenda was posted.",
        "From: Mateus Albuquerque <malbuquerque@outlook.com>",
        "To: district1@pomonaca.gov",
        "Subject: Item 7 - portal",
        "The new portal should let residents log in with their email. Please vote yes on item 7.",
        "Mateus Albuquerque",
    ]))
    assert not values_of(found, "credential")
    assert "malbuquerque@outlook.com" not in values_of(found, "email")


def test_a_public_mailbox_given_as_a_user_name_is_not_reported():
    found = _found("it-note.txt", "The kiosk login is kiosk@pomonaca.gov and the password is\n> Lobby!Screen88\n")
    assert "Lobby!Screen88" in values_of(found, "credential")
    assert not values_of(found, "email")


# --- 3. staff's reply to a customer in a council packet ---------------------------------------------------------

_PACKET_HEAD = [
    "City of Pomona - Council Correspondence Received, Meeting of June 9, 2025",
    "Written communications received by the City Clerk after the agenda was posted. Pages are printed as received.",
]
_POLICY_MAIL = [
    "From: Anneliese Okonjo <aokonjo@gmail.com>",
    "Sent: Monday, May 12, 2025 9:02 AM",
    "To: district1@pomonaca.gov",
    "Subject: Item 9 - community solar",
    "I support the community solar program. Please vote yes on item 9.",
    "Anneliese Okonjo",
]
_REPLY = [
    "From: Octavio Brandt",
    "To: ruairi.delacroix40@icloud.com",
    "Subject: Your billing question",
    "Dear Ruairi Delacroix,",
    "I pulled the account ending 5518 for the service at 2716 N Towne Ave and compared",
    "the two bills. Your usage in March was 684 kilowatt-hours and in August it was 1,312 kilowatt-hours, which",
    "explains the difference. The average residential customer used 540 kWh in those months.",
    "I left a voicemail at 626.318.4420 as well. For your records, the full account number is",
    "4402115518.",
    "Octavio Brandt",
    "Billing Analyst",
    "Office: (909) 620-2281",
]


def test_staffs_reply_to_a_customer_in_a_council_packet_is_a_letter_to_the_customer():
    found = _found("packet.pdf", _pdf([*_PACKET_HEAD, *_POLICY_MAIL, *_REPLY]))
    assert "Ruairi Delacroix" in values_of(found, "customer_name")
    assert "ruairi.delacroix40@icloud.com" in values_of(found, "email")
    assert "626.318.4420" in values_of(found, "phone")
    assert {"684 kilowatt-hours", "1,312 kilowatt-hours"} <= values_of(found, "energy_usage")
    assert "4402115518" in values_of(found, "account_number")
    # the staff member's office line, the class average and the resident writing on the policy item are public
    assert "(909) 620-2281" not in values_of(found, "phone")
    assert "540 kWh" not in values_of(found, "energy_usage")
    assert not values_of(found, "customer_name") & {"Anneliese Okonjo", "Octavio Brandt"}


def test_a_councilmembers_reply_to_a_resident_in_a_packet_names_no_customer():
    found = _found("packet.pdf", _pdf([
        *_PACKET_HEAD,
        *_POLICY_MAIL,
        "From: Yusuf Halvorsen <district1@pomonaca.gov>",
        "To: aokonjo@gmail.com",
        "Subject: RE: Item 9",
        "Dear Anneliese Okonjo,",
        "Thank you for your comments on your neighborhood's solar program; they will be part of the record.",
        "Yusuf Halvorsen",
        "Councilmember, District 1",
    ]))
    assert "Anneliese Okonjo" not in values_of(found, "customer_name")
    assert "aokonjo@gmail.com" not in values_of(found, "email")


def test_a_records_response_ends_at_the_pasted_complaints_from_line():
    found = _found("packet.pdf", _pdf([
        *_PACKET_HEAD,
        "RE: Public Records Act Request PRA 25-061",
        "Dear Wendell Achterberg:",
        "The City has completed its search for records responsive to your request. Personal information of",
        "customers has been withheld except where noted.",
        "From: Priya Castellanos [mailto:priya.castellanos7@att.net]",
        "Sent: Friday, April 4, 2025 1:10 PM",
        "To: PCE Customer Service",
        "Subject: complaint",
        "I am a PCE customer at 1950 E Phillips Blvd and I object to the new rate. My bill shows",
        "1,204 kWh for the month. SA# 700554219083. Phone 909-731-5526.",
        "Sincerely,",
        "Deputy City Clerk, City of Pomona",
    ]))
    assert "Wendell Achterberg" not in values_of(found, "customer_name")
    assert "700554219083" in values_of(found, "account_number")


def test_a_letter_to_a_customer_ends_at_the_next_mails_from_line():
    found = _found("thread.html", _html_mail([
        "From: Octavio Brandt",
        "To: ruairi.delacroix40@icloud.com",
        "Subject: Your billing question",
        "",
        "Dear Ruairi Delacroix,",
        "",
        "Your usage in March was 684 kWh. The full account number is 4402115518.",
        "",
        "From: Solano Roofing &lt;office@solanoroofing.net&gt;",
        "Subject: Invoice",
        "Our yard at 3390 W Mission Blvd, Pomona, CA 91766 is open Monday to Friday.",
    ]))
    assert "Ruairi Delacroix" in values_of(found, "customer_name")
    assert not any("Mission" in v for v in values_of(found, "address"))


# --- 4. a usage history mailed to a customer --------------------------------------------------------------------

def test_a_usage_table_staff_mail_to_a_customers_mailbox():
    found = _found("fwd.html", _html_mail([
        "Subject: Fwd: your usage",
        "---------- Forwarded message ---------",
        "From: PCE Customer Service &lt;customerservice@pomonachoiceenergy.org&gt;",
        "Date: Tue, Mar 4, 2025 at 2:40 PM",
        "To: Wiremu Castellano &lt;wcastellano88@yahoo.com&gt;",
        "",
        "Here is the usage history for account 700312874466:",
        "",
        "Month      kWh",
        "August     1140",
        "September  986",
        "October    455",
    ]))
    assert {"1140", "986", "455"} <= values_of(found, "energy_usage")


def test_a_usage_table_in_a_newsletter_to_all_customers_is_no_ones():
    found = _found("news.html", _html_mail([
        "From: PCE Customer Service &lt;customerservice@pomonachoiceenergy.org&gt;",
        "To: PCE Energy News subscribers",
        "",
        "Average residential usage this year:",
        "Month      kWh",
        "August     640",
        "September  590",
    ], title="PCE Energy News"))
    assert not values_of(found, "energy_usage") & {"640", "590"}
