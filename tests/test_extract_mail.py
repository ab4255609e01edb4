"""E-mail messages saved as files (.eml): headers as labelled lines, the body through the text and HTML
extractors (the richest alternative, then what the others add), attachments through their own extractor; detection finds a
customer's complaint and leaves the City's newsletter alone. Outlook .msg stays listed as unsupported."""
from __future__ import annotations

from email.message import EmailMessage

import pytest

from crawler.extract import ExtractError, extract, sniff_type
from detectors.engine import scan_document
from detectors.registry import load_detectors


def complaint() -> bytes:
    message = EmailMessage()
    message["From"] = "Maria Lopez <maria.lopez@gmail.com>"
    message["To"] = "Customer Care <care@pomonachoiceenergy.org>"
    message["Subject"] = "Disputed bill, account 2-23-456-7890"
    message["Date"] = "Tue, 14 May 2024 09:12:00 -0700"
    body = ("My account number is 2-23-456-7890 and my service address is 1234 W Holt Ave. We used 1,840 kWh "
            "last month. Call me at (909) 555-0142.")
    message.set_content(f"Hello,\n{body}\nMaria Lopez\n")
    message.add_alternative(f"<p>Hello,</p><p>{body}</p><p>Maria Lopez</p>", subtype="html")
    message.add_attachment(b"Customer,SSN\nMaria Lopez,512-34-6789\n", maintype="text", subtype="csv",
                           filename="ssn.csv")
    return bytes(message)


def test_headers_body_and_attachments_are_read():
    document = extract("https://www.pomonaca.gov/agendas/item9.eml", complaint(), "message/rfc822")
    assert document.content_type == "message/rfc822" and document.title == "Disputed bill, account 2-23-456-7890"
    assert [(s.text, s.label) for s in document.segments[:2]] == [
        ("From: Maria Lopez <maria.lopez@gmail.com>", "From"),
        ("To: Customer Care <care@pomonachoiceenergy.org>", "To")]
    body = [s for s in document.segments if "1,840 kWh" in s.text]
    assert len(body) == 1 and body[0].location.element.startswith("p")  # the HTML form, not the plain one too
    ssn = [s for s in document.segments if s.text == "512-34-6789"]
    assert ssn[0].location.attachment == "ssn.csv" and ssn[0].label == "SSN"
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    assert {("email", "maria.lopez@gmail.com"), ("account_number", "2-23-456-7890"), ("energy_usage", "1,840 kWh"),
            ("phone", "(909) 555-0142"), ("ssn", "512-34-6789"), ("customer_name", "Maria Lopez")} <= found


def test_a_message_is_known_by_its_extension_or_its_headers():
    assert sniff_type("item9.eml", None, complaint()) == "message/rfc822"
    assert sniff_type("https://www.pomonaca.gov/download?id=4", "application/octet-stream", complaint()) == "message/rfc822"
    assert sniff_type("notes.txt", None, complaint()) == "text/plain"  # a renamed copy is read as text
    assert sniff_type("minutes", None, b"From: the desk of the City Clerk\nThe council met.\n") != "message/rfc822"


def test_a_forwarded_message_is_read_as_an_attachment():
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "clerk@pomonaca.gov", "council@pomonaca.gov", "Fwd: complaint"
    outer.set_content("Forwarding for the agenda packet.")
    outer.add_attachment(_parsed(complaint()))
    document = extract("fwd.eml", bytes(outer), None)
    assert any(s.text == "From: Maria Lopez <maria.lopez@gmail.com>" and s.location.attachment
               for s in document.segments)


def _parsed(body: bytes):
    import email
    import email.policy
    return email.message_from_bytes(body, policy=email.policy.default)


def test_the_city_s_newsletter_with_staff_signatures_raises_nothing():
    message = EmailMessage()
    message["From"] = "City of Pomona <news@pomonaca.gov>"
    message["To"] = "subscribers@lists.pomonaca.gov"
    message["Subject"] = "Pomona Choice Energy news: summer rates and cooling centers"
    message["Date"] = "Fri, 07 Jun 2024 08:00:00 -0700"
    message.set_content("Summer rates start June 1. The average residential customer uses 512 kWh a month.\n"
                        "Cooling centers: Palomares Park, 499 E Arrow Hwy; Washington Park, 865 E Grand Ave.\n\n"
                        "Jane Doe\nUtility Billing Supervisor, City of Pomona\n(909) 620-2241 | jane.doe@pomonaca.gov\n"
                        "\nMark Ruiz\nEnergy Programs Manager\nPomona Choice Energy\n(909) 620-2242\n")
    document = extract("newsletter.eml", bytes(message), None)
    assert [(f.category, f.value) for f in scan_document(document, load_detectors())] == []


def test_a_broken_outlook_msg_is_an_extract_error():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(ExtractError, match="broken OLE2 compound file"):
        extract("complaint.msg", ole2, None)


def _alternatives(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "clerk@pomonaca.gov", "web@pomonaca.gov", "RE: swap list"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return bytes(message)


def test_a_plain_part_that_says_more_than_the_html_part_is_read_too():
    body = _alternatives("Customer Dennis Okafor at 907 E Holt Ave, Pomona, CA 91767 declined the swap;\n"
                         "acct 5520461187, phone (909) 555-0147.\n", "<p>Please post the notice only.</p>")
    document = extract("swap.eml", body, None)
    assert [s.text for s in document.segments if "notice" in s.text] == ["Please post the notice only."]
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    assert {("customer_name", "Dennis Okafor"), ("account_number", "5520461187"),
            ("phone", "(909) 555-0147")} <= found


def test_a_plain_part_that_repeats_the_html_part_adds_nothing():
    document = extract("notice.eml", _alternatives("Please post the notice\nonly.\n", "<p>Please post the "
                                                   "<b>notice</b> only.</p>"), None)
    assert [s.text for s in document.segments if "notice" in s.text] == ["Please post the notice only."]


def _mailbox(*messages: bytes) -> bytes:
    """An mboxrd file: each message after a "From sender date" line, its body's "From " lines escaped."""
    stored = [b"From sender@example.net Mon Sep  7 08:30:00 2026\n" + m.replace(b"\nFrom ", b"\n>From ") + b"\n"
              for m in messages]
    return b"\n".join(stored)


def _note(sender: str, subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "billing@pomonachoiceenergy.org", subject
    message.set_content(body)
    return bytes(message).replace(b"\r\n", b"\n")


def test_every_message_of_a_mailbox_export_is_read_and_located():
    mailbox = _mailbox(
        _note("Ines Albarran <ialbarran55@yahoo.com>", "Move-out",
              "I am leaving 2719 N Towne Ave on the 30th. Account 3-71-204-5598.\n\nFrom then on my cell is 626-448-1093."),
        _note("clerk@pomonaca.gov", "Agenda posted", "The agenda for Tuesday is posted at pomonaca.gov/agendas."),
        _note("Tomasz Wren <twren@icloud.com>", "Bill", "My account number is 5-18-660-2471 and I used 1,312 kWh."))
    document = extract("https://www.pomonaca.gov/records/inbox-2026Q3.mbox", mailbox, None)
    assert document.content_type == "application/mbox"
    found = {(f.category, f.value, f.location.attachment) for f in scan_document(document, load_detectors())}
    assert {("account_number", "3-71-204-5598", "message 1.eml"), ("phone", "626-448-1093", "message 1.eml"),
            ("account_number", "5-18-660-2471", "message 3.eml"), ("email", "twren@icloud.com", "message 3.eml"),
            ("energy_usage", "1,312 kWh", "message 3.eml")} <= found
    assert not any(attachment == "message 2.eml" for _, _, attachment in found)  # the clerk's notice is public
    unescaped = [s.text for s in document.segments if "626-448-1093" in s.text]
    assert unescaped and unescaped[0].startswith("From then on")  # the mailbox's ">From" escape is undone


def test_a_mailbox_is_known_by_its_extension_or_its_first_lines():
    mailbox = _mailbox(_note("Ines Albarran <ialbarran55@yahoo.com>", "Move-out", "Leaving on the 30th."))
    assert sniff_type("inbox.mbox", None, mailbox) == "application/mbox"
    assert sniff_type("https://www.pomonaca.gov/download?id=9", "application/octet-stream", mailbox) == "application/mbox"
    assert sniff_type("letter", None, b"From the desk of the City Manager\nDear residents,\n") != "application/mbox"
