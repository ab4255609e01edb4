"""Round 71c: records in Word memos and big PDF packets that pubcheck read but did not see.

A PDF label set letter-spaced ("C u s t o m e r   N a m e :") is read as its words; a label block does not run on
over a page break past a heading that opens the next page's part; a Spanish or Vietnamese label naming the customer's
account with its holder after it ("Número de cuenta del cliente") names an account; an address in a record's line
ends at an "average usage" figure after a comma; a memo's subject line titles its page for the notes that say where
a customer can be reached. Each with the public look-alikes of the same documents.
"""
from __future__ import annotations

import io

import pytest

from crawler.extract import extract
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors, pairs_found, values_of
from detectors.engine import scan_document


def _pdf(pages: list[list[tuple[int, str]]], footer: str | None = None) -> bytes:
    """A PDF of pages, each a list of (y, line) in 10-point Helvetica, with a running footer when given."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    for number, lines in enumerate(pages, 1):
        sheet.setFont("Helvetica", 10)
        for y, text in lines:
            sheet.drawString(54, y, text)
        if footer:
            sheet.drawString(54, 36, footer.format(number))
        sheet.showPage()
    sheet.save()
    return buf.getvalue()


def _spaced(text: str) -> str:
    return " ".join(text)


def test_letter_spaced_labels_of_a_hearing_notice_are_read_as_words():
    body = _pdf([[(740, "Attachment 13 - Hearing notice"),
                  (710, _spaced("Customer Name:") + "  Leocadia Marchetti"),
                  (696, _spaced("Account No.") + "  73160428-5"),
                  (682, _spaced("Service Address:") + "  4417 Larkspur Terrace")]])
    found = pairs_found("https://www.pomonaca.gov/packet.pdf", body)
    assert "Leocadia Marchetti" in values_of(found, "customer_name")
    assert "73160428-5" in values_of(found, "account_number")
    assert any(v.startswith("4417 Larkspur Terrace") for v in values_of(found, "address"))


def test_letter_spaced_headings_join_but_rows_of_one_letter_cells_do_not():
    body = _pdf([[(740, _spaced("STAFF DIRECTORY")), (712, "Gwendolyn Okonkwo, Billing Supervisor, (909) 620-2275")],
                 [(740, "Roll call vote"), (720, "Vote:   Y   N   Y   Y   A")],
                 [(740, "Seating chart"), (720, "Row  A  B  C  D  E  F")]])
    texts = [segment.text for segment in extract("https://www.pomonaca.gov/directory.pdf", body).segments]
    assert "STAFF DIRECTORY" in texts
    assert not any("YNYYA" in text or "ABCDEF" in text for text in texts)
    assert not pairs_found("https://www.pomonaca.gov/directory.pdf", body)


_PACKET_FOOTER = "Regular Meeting Agenda Packet - October 6, 2026 - Page {} of 3"


@pytest.fixture(scope="module")
def packet_findings() -> set[tuple[str, str]]:
    body = _pdf([[(740, "CITY OF POMONA"),
                  (726, "In fiscal year 2025-26, residential customers used 358,673 MWh in total."),
                  (712, "Public speaker: Henrietta Castellanos. Contact: Horatio Blakemore, (909) 620-2201.")],
                 [(740, "Attachment 17 - Hardship referral"), (120, "Referred customer: Marisela Nakagawa"),
                  (106, "Service address: 1944 E. Tamarack Dr")],
                 [(740, "Telephone: 951.710.6829"), (726, "Referral accepted.")]], footer=_PACKET_FOOTER)
    return pairs_found("https://www.pomonaca.gov/packet.pdf", body)


def test_a_record_cut_by_a_page_break_goes_on_under_the_running_foot(packet_findings):
    assert "Marisela Nakagawa" in values_of(packet_findings, "customer_name")
    assert "1944 E. Tamarack Dr" in values_of(packet_findings, "address")
    assert "951.710.6829" in values_of(packet_findings, "phone")


def test_a_staff_contact_ending_the_page_before_a_new_attachment_is_no_customer(packet_findings):
    assert "Horatio Blakemore" not in values_of(packet_findings, "customer_name")
    assert "(909) 620-2201" not in values_of(packet_findings, "phone")


@pytest.mark.parametrize("label", ["Número de cuenta del cliente:", "Numero de cuenta del cliente",
                                   "Cuenta del cliente:", "Số tài khoản khách hàng:"])
def test_an_account_labelled_with_its_holder_after_it_in_spanish_or_vietnamese(label):
    found = pairs_found("https://www.pomonaca.gov/notes.txt",
                        f"Aviso de desconexión\n{label} 652-674974-4; titular Ignatius Abernathy\n")
    assert "652-674974-4" in values_of(found, "account_number")


def test_a_spanish_customer_account_label_without_a_number_finds_nothing():
    found = pairs_found("https://www.pomonaca.gov/form.txt",
                        "Formulario de reembolso\nNúmero de cuenta del cliente: (escriba aquí)\n"
                        "Llame a la oficina al (909) 620-2011.\n")
    assert not values_of(found, "account_number")


def test_an_address_in_a_records_line_ends_at_an_average_usage_figure():
    found = pairs_found("https://www.pomonaca.gov/memo.txt",
                        "Level-pay exceptions\nCustomer Name: Evaristo Quintanilla, Bill Acct No 6296057401, "
                        "Service Address: 485 Ironbark Avenue, average usage 2,607 kWh.\n")
    assert "485 Ironbark Avenue" in values_of(found, "address")
    assert "Evaristo Quintanilla" in values_of(found, "customer_name")


def test_a_facilitys_line_with_an_average_figure_stays_public():
    found = pairs_found("https://www.pomonaca.gov/parks.txt",
                        "Community rooms\nWashington Park Community Room, 865 E. Grand Ave, average attendance 120\n"
                        "Philadelphia Street Senior Center, 1700 W. Philadelphia St, average usage 4,210 kWh\n")
    assert not values_of(found, "address")
    assert not values_of(found, "customer_name")


def _memo(subject: str, note: str) -> set[tuple[str, str]]:
    lines = ["CITY OF POMONA", "INTER-OFFICE MEMORANDUM", "TO: Horatio Blakemore, Deputy Utility Director",
             "FROM: Gwendolyn Okonkwo, Billing Supervisor", "DATE: September 14, 2026", f"SUBJECT: {subject}",
             "One complaint alleged a double charge.", "A Spanish-language complaint was translated."]
    segments = [Segment(text, Location(element=f"paragraph {n}")) for n, text in enumerate(lines, 1)]
    segments.append(Segment(note, Location(element="footnote 1 > paragraph 1")))
    document = Document(url="https://www.pomonaca.gov/memo.docx", content_type="application/msword",
                        segments=segments)
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def test_a_memos_subject_line_names_the_matter_of_a_footnotes_reachable_complainant():
    found = _memo("Billing complaints - third quarter",
                  "Complaint filed by Percival Escalante, 9770 Primrose Lane, who may be reached at 626.654.3834.")
    assert "Percival Escalante" in values_of(found, "customer_name")
    assert "9770 Primrose Lane" in values_of(found, "address")


@pytest.mark.parametrize("note", [
    "For questions, Gwendolyn Okonkwo can be reached at (909) 620-2275.",
    "Public speaker Henrietta Castellanos, representing Sol Partners, may be reached at (909) 555-0199.",
])
def test_a_memos_subject_line_makes_no_customer_of_staff_or_a_firms_speaker(note):
    found = _memo("Billing complaints - third quarter", note)
    assert not values_of(found, "customer_name")


def _typed_pdf(pages: list[list[tuple[int, str]]]) -> bytes:
    """A PDF of pages of lines typed in 9-point Courier (a report padded with spaces), with a running footer."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    for number, lines in enumerate(pages, 1):
        for y, text in lines:
            sheet.setFont("Courier", 9)
            sheet.drawString(54, y, text)
        sheet.setFont("Helvetica", 8)
        sheet.drawString(54, 36, f"Regular Meeting Agenda Packet - Page {number} of {len(pages)}")
        sheet.showPage()
    sheet.save()
    return buf.getvalue()


def _row(*cells: str) -> str:
    return "".join(cell.ljust(width) for cell, width in zip(cells, (26, 31, 18, 6)))


def test_a_customers_table_cut_by_a_page_break_keeps_its_header_on_the_next_page():
    body = _typed_pdf([
        [(740, "Attachment 11 - Disconnection notices issued"), (710, _row("Name", "Service Address", "Svc Agmt", "kWh")),
         (140, _row("Genoveva Escalante", "1305 E. Ironbark Street", "2409151100", "1203")),
         (126, _row("Bartolome Holloway", "2570 N. Larkspur Court", "SA4446613", "1898"))],
        [(740, _row("Thomasina Rutherford", "915 N. Sagebrush Street", "6548 3810 43", "2111")),
         (726, _row("Anselmo Lindqvist", "1141 E. Buckthorn Drive", "41343819-7", "1727")),
         (700, "Notices were mailed on September 2, 2026.")]])
    found = pairs_found("https://www.pomonaca.gov/packet.pdf", body)
    assert {"Thomasina Rutherford", "Anselmo Lindqvist"} <= values_of(found, "customer_name")
    assert {"6548 3810 43", "41343819-7"} <= values_of(found, "account_number")
    assert "915 N. Sagebrush Street" in values_of(found, "address")


def _cells(*cells: str) -> str:
    return "".join(cell.ljust(width) for cell, width in zip(cells, (26, 31, 18)))


def test_a_staff_table_cut_by_a_page_break_stays_public():
    body = _typed_pdf([
        [(740, "Attachment 3 - Utility Services staff"), (710, _cells("Name", "Title", "Phone")),
         (140, _cells("Gwendolyn Okonkwo", "Billing Supervisor", "(909) 620-2275"))],
        [(740, _cells("Lucian Ferreira-Block", "Account Representative II", "(909) 620-2290")),
         (720, "All staff can be reached through the main line.")]])
    found = pairs_found("https://www.pomonaca.gov/packet.pdf", body)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")


def test_a_vendor_row_under_the_next_pages_heading_is_not_read_under_the_customers_header():
    body = _typed_pdf([
        [(740, "Attachment 11 - Disconnection notices issued"), (710, _row("Name", "Service Address", "Svc Agmt", "kWh")),
         (126, _row("Bartolome Holloway", "2570 N. Larkspur Court", "SA4446613", "1898"))],
        [(740, "Attachment 12 - Meter vendors"),
         (720, _row("Cascade Meter Solutions", "7710 Haven Ave", "(909) 484-3300", "14"))]])
    found = pairs_found("https://www.pomonaca.gov/packet.pdf", body)
    assert "Bartolome Holloway" in values_of(found, "customer_name")
    assert values_of(found, "customer_name") == {"Bartolome Holloway"}
    assert "7710 Haven Ave" not in values_of(found, "address")
    assert not values_of(found, "phone")


def _two_columns(left: list[str], right: list[str]) -> bytes:
    """A packet's page set in two frames of flowing paragraphs, as a newsletter's or a staff report's."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame, Paragraph
    style = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    sheet.setFont("Helvetica-Bold", 11)
    sheet.drawString(54, 740, "Attachment 7 - Customer correspondence log")
    Frame(54, 420, 240, 300).addFromList([Paragraph(text, style) for text in left], sheet)
    Frame(318, 420, 240, 300).addFromList([Paragraph(text, style) for text in right], sheet)
    sheet.showPage()
    sheet.save()
    return buf.getvalue()


_PROGRAM_NEWS = ("The Power Share program enrolled 1,204 households this spring, and the summer savings events begin "
                 "in July. Residents who want to join can call Marguerite Sandoval at (909) 620-3360 or visit the "
                 "Utility Services counter at City Hall during business hours.")


def test_an_offer_wrapped_onto_the_line_before_a_call_keeps_the_program_contact_public():
    body = _two_columns(["<b>Customer correspondence</b>",
                         "Evaristo Kowalczyk wrote on July 3 to contest the bill for service at 5695 Sagebrush Lane. "
                         "Staff reviewed Acct# 61033638-2 and found the estimate in error; a corrected bill was mailed "
                         "on July 9."], ["<b>Program news</b>", _PROGRAM_NEWS])
    found = pairs_found("https://www.pomonaca.gov/packet.pdf", body)
    assert "Evaristo Kowalczyk" in values_of(found, "customer_name")
    assert "Marguerite Sandoval" not in values_of(found, "customer_name")
    assert "(909) 620-3360" not in values_of(found, "phone")


def test_a_staff_note_to_call_a_customer_back_is_still_a_customers():
    body = _two_columns(["<b>Callbacks</b>",
                         "On July 3 the customer disputed the estimated read on her past-due bill. Call back "
                         "Thomasina Rutherford at (626) 448-2391 about her payment arrangement before the 15th."],
                        ["<b>Program news</b>", _PROGRAM_NEWS])
    found = pairs_found("https://www.pomonaca.gov/packet.pdf", body)
    assert "(626) 448-2391" in values_of(found, "phone")
    assert "Marguerite Sandoval" not in values_of(found, "customer_name")
