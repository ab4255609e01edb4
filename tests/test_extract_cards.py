"""Contact cards (.vcf) and calendars (.ics): each card or event one record of the properties an application shows,
labelled as it labels them; the file's own identifiers (an event's UID, written like a mailbox) are not read.
A customer's card and a hearing about a customer's account are found; staff and office cards and a public
meeting calendar raise nothing."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

CUSTOMER_CARDS = b"""BEGIN:VCARD\r
VERSION:3.0\r
FN:Rosalind Achebe\r
N:Achebe;Rosalind;;;\r
TEL;TYPE=HOME:970-555-0142\r
ADR;TYPE=HOME:;;4471 Buckthorn Rd;Mesa Linda;CO;80537;USA\r
NOTE:Residential customer\\, medical baseline. Bill Acct 41-0773-52\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Tobias Lindqvist\r
EMAIL;TYPE=home:tobias.lindqvist@gmail.com\r
TEL;TYPE=cell:tel:+1-970-555-0199\r
NOTE:Service location 812 Quarry Hill Rd\\; budget billing customer since 2019\r
END:VCARD\r
"""

HEARINGS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Mesa Linda Utilities//Hearings//EN\r
BEGIN:VEVENT\r
UID:appeal-12@mlwpd.org\r
DTSTAMP:20260401T120000Z\r
DTSTART:20260410T140000Z\r
SUMMARY:Disconnection appeal - Rosalind Achebe\r
DESCRIPTION:Acct #: 41-0773-52\\nCustomer phone: 970-555-0142\\nUsage disputed: 1\r
 ,912 kWh in February\r
ATTENDEE;CN=Rosalind Achebe:mailto:rachebe77@yahoo.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(extract(name, body, None), load_detectors())}


def test_each_card_is_a_record_of_the_properties_a_contacts_application_shows():
    document = extract("https://www.mlwpd.org/files/medical-baseline.vcf", CUSTOMER_CARDS, None)
    assert [[(f.label, f.text) for f in r.fields] for r in document.records] == [
        [("name", "Rosalind Achebe"), ("home phone", "970-555-0142"),
         ("home address", "4471 Buckthorn Rd, Mesa Linda, CO 80537, USA"),
         ("note", "Residential customer, medical baseline. Bill Acct 41-0773-52")],
        [("name", "Tobias Lindqvist"), ("home email", "tobias.lindqvist@gmail.com"), ("cell phone", "+1-970-555-0199"),
         ("note", "Service location 812 Quarry Hill Rd; budget billing customer since 2019")]]
    assert {("customer_name", "Rosalind Achebe"), ("phone", "970-555-0142"), ("account_number", "41-0773-52"),
            ("address", "4471 Buckthorn Rd, Mesa Linda, CO 80537, USA"), ("phone", "+1-970-555-0199"),
            ("email", "tobias.lindqvist@gmail.com")} <= found("medical-baseline.vcf", CUSTOMER_CARDS)


def test_an_event_is_read_unfolded_and_unescaped_without_its_uid():
    document = extract("https://www.mlwpd.org/files/appeal-hearings.ics", HEARINGS, None)
    texts = [s.text for s in document.segments]
    assert "Acct #: 41-0773-52\nCustomer phone: 970-555-0142\nUsage disputed: 1,912 kWh in February" in texts
    assert "Rosalind Achebe <rachebe77@yahoo.com>" in texts
    assert not any("appeal-12@" in text or "PRODID" in text for text in texts)
    values = found("appeal-hearings.ics", HEARINGS)
    assert {("account_number", "41-0773-52"), ("phone", "970-555-0142"), ("energy_usage", "1,912 kWh"),
            ("email", "rachebe77@yahoo.com")} <= values
    assert not any(value.startswith("appeal-12") for _, value in values)


@pytest.mark.parametrize("name, body", [
    ("staff.vcf", b"BEGIN:VCARD\nVERSION:3.0\nFN:Denise Mwangi\nTITLE:Customer Programs Manager\n"
                  b"ORG:Mesa Linda Utilities\nTEL;TYPE=WORK:970-555-4112\nEMAIL;TYPE=WORK:dmwangi@mlwpd.org\n"
                  b"ADR;TYPE=WORK:;;310 W 5th St;Mesa Linda;CO;80537;USA\nEND:VCARD\n"),
    ("office.vcf", b"BEGIN:VCARD\nVERSION:3.0\nFN:Mesa Linda Utilities Customer Service\nORG:Mesa Linda Utilities\n"
                   b"TEL;TYPE=WORK:970-555-4100\nEMAIL:info@mlwpd.org\nURL:https://www.mlwpd.org/\nEND:VCARD\n"),
    ("meetings.ics", b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:board-2026-04@mlwpd.org\n"
                     b"DTSTART:20260414T230000Z\nSUMMARY:Board of Directors regular meeting\n"
                     b"LOCATION:Board Room\\, 310 W 5th St\\, Mesa Linda\nDESCRIPTION:Public hearing on the 2027 rate "
                     b"schedule. The average residential customer uses 612 kWh a month.\n"
                     b"ORGANIZER;CN=District Clerk:mailto:clerk@mlwpd.org\nEND:VEVENT\nEND:VCALENDAR\n"),
])
def test_staff_and_office_cards_and_a_public_meeting_calendar_raise_nothing(name, body):
    assert found(name, body) == set()


CARD_ON_A_PAGE = """<html><body><h2>Transfer of service</h2><pre class="vcard">BEGIN:VCARD
FN:Lorenzo Quintana
ADR;TYPE=home:;;4471 Sycamore Bend Rd;Cedar Vista;CA;91767
TEL;TYPE=cell:(626) 418-2290
NOTE:Water Acct 31-8820-14
END:VCARD</pre></body></html>"""

STAFF_CARD_ON_A_PAGE = """<html><body><h2>Download contact</h2><pre>BEGIN:VCARD
VERSION:3.0
FN:Teresa Villanueva
ORG:City of Pomona;Public Works
TITLE:Senior Civil Engineer
ADR;TYPE=work:;;505 S Garey Ave;Pomona;CA;91766
TEL;TYPE=work:(909) 620-2311
EMAIL:teresa.villanueva@pomonaca.gov
END:VCARD</pre></body></html>"""


def test_a_card_shown_on_a_page_is_read_as_a_card_file():
    """A vCard in a page's ``<pre>``: the name, the whole address (its locality the address's city, never a name of
    its own beside the customer's) and the account, as the same card in a .vcf file gives them."""
    findings = found("transfer.html", CARD_ON_A_PAGE.encode())
    assert ("customer_name", "Lorenzo Quintana") in findings
    assert ("address", "4471 Sycamore Bend Rd, Cedar Vista, CA 91767") in findings
    assert ("account_number", "31-8820-14") in findings
    assert not any(value == "Cedar Vista" for _, value in findings)


def test_a_staff_card_shown_on_a_page_raises_nothing():
    assert found("staff.html", STAFF_CARD_ON_A_PAGE.encode()) == set()


def test_a_printout_that_only_mentions_a_card_stays_lines_of_text():
    document = extract("notes.html", b"<pre>Export steps:\nBEGIN:VCARD starts each contact.\nDone.</pre>")
    assert [s.text for s in document.segments] == ["Export steps:", "BEGIN:VCARD starts each contact.", "Done."]


CARD_IN_A_COMMENT = """<html><body><main><p>Rate change notice.</p><!-- draft: callers to follow up
BEGIN:VCARD
VERSION:3.0
FN:Lorenzo Quintana
ADR;TYPE=home:;;4471 Sycamore Bend Rd;Cedar Vista;CA;91767
TEL;TYPE=cell:(626) 418-2290
NOTE:Water Acct 31-8820-14
END:VCARD
--></main></body></html>"""


def test_a_card_in_a_comment_under_a_note_is_read_as_a_card_file():
    """A vCard pasted into an HTML comment below a note line: read as a card, so the locality of its ADR is the
    address's city and no name of its own."""
    findings = found("notice.html", CARD_IN_A_COMMENT.encode())
    assert {("customer_name", "Lorenzo Quintana"), ("address", "4471 Sycamore Bend Rd, Cedar Vista, CA 91767"),
            ("account_number", "31-8820-14")} <= findings
    assert not any(value == "Cedar Vista" for _, value in findings)


def test_a_staff_card_in_a_comment_raises_nothing():
    staff = STAFF_CARD_ON_A_PAGE.split("<pre>", 1)[1].split("</pre>", 1)[0]
    assert found("staff.html", f"<html><body><p>Contacts</p><!-- old contact\n{staff}\n--></body></html>".encode()) == set()


def test_a_comment_that_only_mentions_a_card_stays_text():
    document = extract("notes.html", b"<html><body><!-- Export steps:\nBEGIN:VCARD starts each contact. --></body></html>")
    assert [s.text for s in document.segments] == ["Export steps:\nBEGIN:VCARD starts each contact."]
