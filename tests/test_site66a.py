"""site66a red team (evaluator's five places, sixth pass): a customer whose utility's name ends in "Utilities" before
"service account", a meeting's "Meeting" / "ID: ... passcode" cut by a PDF's line break, a PDF report's second line
of each customer ("E-mail: ...  Usage: 1,642 kWh") read under the table's columns, a memo's TO/FROM header that made a
one-line "Customer:" record a transcript's dialogue, and staff who share the customer's surname."""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found


def _html(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _of(pairs, category):
    return {value for kind, value in pairs if kind == category}


def _pdf(*lines: str) -> bytes:
    """One page holding ``lines`` in a fixed-width font, one under the other, as a report prints them."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=letter)
    page.setFont("Courier", 9)
    for n, line in enumerate(lines):
        page.drawString(54, 720 - 12 * n, line)
    page.showPage()
    page.save()
    return buf.getvalue()


def _docx(*paragraphs: str) -> bytes:
    from docx import Document
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------ "whose X Utilities service account"
def test_customer_whose_utilities_service_account_is_named_is_a_customer():
    pairs = pairs_found("https://www.cityofexample.org/hearings/appeal.html", _html(
        "The appeal was brought by Mr. Bartholomew Onyango, whose Lakeside Public Utilities service account "
        "(71-4409-223) was closed in March."), "text/html")
    assert "Mr. Bartholomew Onyango" in _of(pairs, "customer_name")


def test_staff_with_a_utilities_service_title_stays_public():
    pairs = pairs_found("https://www.cityofexample.org/hearings/appeal.html", _html(
        "Rosalind Achterberg, Lakeside Utilities Service Representative, reviewed account 71-4409-223 with the "
        "hearing officer."), "text/html")
    assert not _of(pairs, "customer_name")


# ------------------------------------------------------------------------------ a meeting ID cut by a line break
def test_meeting_passcode_after_a_line_break_inside_meeting_id_is_public():
    pairs = pairs_found("https://www.cityofexample.org/agendas/packet.pdf", _pdf(
        "The Planning Commission study session is held in the Council Chambers, 100 Civic Plaza. Meeting",
        "ID: 931 2280 4417, passcode 552190. The public may also attend in person."), "application/pdf")
    assert not _of(pairs, "credential")


def test_door_code_after_a_line_break_is_still_a_credential():
    pairs = pairs_found("https://www.cityofexample.org/it/notes.pdf", _pdf(
        "Network closet on the second floor of the annex, updated in May. The rack cabinet",
        "lock: passcode 552190, change it after each vendor visit."), "application/pdf")
    assert _of(pairs, "credential") == {"552190"}


# ------------------------------------------------------------------------------ a record's second line in a PDF
def test_usage_on_a_customers_second_report_line_is_the_customers():
    pairs = pairs_found("https://www.cityofexample.org/council/packet.pdf", _pdf(
        "EXHIBIT B - SHUTOFF NOTICES RETURNED UNDELIVERED",
        "Account Holder            Service Address              Acct #              Phone",
        "Oluwaseun Adeyemi-Park    7718 Canyon Crest Rd         55-20931-44         (559) 402-7716",
        "Email: seun.ap@gmail.com  Usage: 2,318",
        ""), "application/pdf")
    assert _of(pairs, "energy_usage") == {"2,318"}
    assert "Oluwaseun Adeyemi-Park" in _of(pairs, "customer_name")


def test_second_line_under_a_staff_roster_stays_public():
    pairs = pairs_found("https://www.cityofexample.org/council/packet.pdf", _pdf(
        "UTILITY DEPARTMENT CONTACTS",
        "Name                      Title                        Division            Phone",
        "Ingrid Sorensen           Utilities Director           Administration      (559) 621-8000",
        "Email: isorensen@cityofexample.org  Phone: (559) 621-8001",
        ""), "application/pdf")
    assert not pairs


# ------------------------------------------------------------------------------ a memo's header is no dialogue
def test_memo_header_does_not_make_a_customer_line_a_transcript():
    pairs = pairs_found("https://www.cityofexample.org/files/memo.docx", _docx(
        "TO: Harriet Mwangi, Finance Director\nFROM: Oskar Lindgren, Revenue Manager\nDATE: March 3, 2026\n"
        "SUBJECT: Deposit refund",
        "Customer: Beatriz Olvera-Tanaka, 4410 Sagebrush Ln, Fresno, CA 93720; Water Acct. 88-1734-20; "
        "(559) 388-0142; bolvera@gmail.com",
        "The Council awarded Contract No. C-2025-114 to Westgate Payment Services, 3300 Industrial Pkwy, Fresno, "
        "CA 93722, in an amount not to exceed $48,000."))
    assert "Beatriz Olvera-Tanaka" in _of(pairs, "customer_name")
    assert _of(pairs, "address") == {"4410 Sagebrush Ln, Fresno, CA 93720"}


def test_chat_transcript_customer_turn_still_found():
    pairs = pairs_found("https://www.cityofexample.org/files/chat.docx", _docx(
        "Agent: Thanks for contacting the utility. How can I help?",
        "Customer: my bill doubled. I live at 4410 Sagebrush Ln and my account is 88-1734-20.",
        "Agent: I see 1,944 kWh on your March bill."))
    assert "4410 Sagebrush Ln" in _of(pairs, "address")


# ------------------------------------------------------------------------------ staff sharing the customer's surname
def test_staff_sharing_the_customers_surname_keep_their_desk_phone():
    pairs = pairs_found("https://www.cityofexample.org/files/case.docx", _docx(
        "Case summary: Minh Chau Nguyen, 915 Orchard Bend Dr, account 30-5521-8, disputes the March charges.",
        "For questions contact Thanh Nguyen, Billing Supervisor, at (559) 621-8123."))
    assert "Minh Chau Nguyen" in _of(pairs, "customer_name")
    assert "(559) 621-8123" not in _of(pairs, "phone")


def test_customer_named_again_by_surname_still_gives_her_phone():
    pairs = pairs_found("https://www.cityofexample.org/files/case.docx", _docx(
        "Case summary: Minh Chau Nguyen, 915 Orchard Bend Dr, account 30-5521-8, disputes the March charges.",
        "Ms. Nguyen asked to be called back at (559) 388-4471 after 5 p.m."))
    assert "(559) 388-4471" in _of(pairs, "phone")


# ------------------------------------------------------------------------------ "Ms. Grace Park": a titled surname
def test_place_word_surname_after_a_title_and_a_given_name_is_the_whole_name():
    pairs = pairs_found("https://www.cityofexample.org/council/minutes.html", _html(
        "Staff returned the call of Mrs. Seo-yeon Park about the shutoff notice on account 4471-0932-15.",
        "Mr. Desmond Hall of 2208 Larkspur Ct disputes the deposit on account 4471-0932-16."), "text/html")
    assert {"Mrs. Seo-yeon Park", "Mr. Desmond Hall"} <= _of(pairs, "customer_name")


def test_park_named_like_a_person_without_a_title_stays_a_park():
    pairs = pairs_found("https://www.cityofexample.org/parks/lighting.html", _html(
        "The ballfield lights at Grace Park and at Lincoln Park were converted to LED under the energy program.",
        "Ms. Grace Park, Recreation Supervisor, can be reached at (559) 621-8300."), "text/html")
    assert not _of(pairs, "customer_name")
