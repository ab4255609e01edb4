"""Round 72 (site72b): customer records in big PDF packets cut by page breaks, lines and sentences.

A customer table whose next page opens with a "(continued)" line, or whose last row on the first page has a cell run
into the next, keeps its header on the next page; a budget's or a vote table's header-less page after it does not take
it. A record whose address line ends its sentence goes on with the next line's field ("Reading ... kWh", "Phone ...").
A program contact the public is asked to call ("Residents can call ...") is no customer beside a customer's record.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.pomonaca.gov/agenda-packet.pdf"


_COLUMNS = (54, 190, 360, 470)


def _packet(pages: list[list[tuple[int, str, str]]]) -> bytes:
    """A PDF of pages of (y, font, text) lines with a running footer holding the City's address, phone and the page
    number; a text's tabs part cells drawn at the columns' x, as a table without rules."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    for number, lines in enumerate(pages, 1):
        for y, font, text in lines:
            sheet.setFont(font, 9)
            for x, cell in zip(_COLUMNS, text.split("\t")):
                sheet.drawString(x, y, cell)
        sheet.setFont("Helvetica", 7.5)
        sheet.drawString(54, 34, "City of Pomona | 505 S. Garey Ave., Pomona, CA 91766 | (909) 620-2051")
        sheet.drawRightString(558, 34, f"Page {number} of {len(pages)}")
        sheet.showPage()
    sheet.save()
    return buf.getvalue()


def _typed(*cells: str) -> str:
    """A row of a report padded with spaces to its columns (set in Courier)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells, (24, 30, 16, 8)))


_HEADER = (700, "Courier-Bold", _typed("Account Holder", "Premise Address", "Acct #", "kWh Billed"))
_TITLE = (730, "Helvetica-Bold", "Table 3 - Customers enrolled in CARE transfer")


def _first_page(*rows: tuple[str, ...]) -> list[tuple[int, str, str]]:
    return [_TITLE, _HEADER] + [(120 - 13 * k, "Courier", _typed(*row)) for k, row in enumerate(rows)]


def test_a_continued_line_over_the_next_pages_rows_keeps_the_tables_header():
    body = _packet([
        _first_page(("Sylvester Raskin", "934 S. Oriole Avenue", "142-214723-3", "775")),
        [(740, "Helvetica-Bold", "Table 3 - Customers enrolled in CARE transfer (continued)"),
         (720, "Courier", _typed("Anatole Ozuna", "1529 Mulberry Ln", "2810-3239-68", "1221")),
         (707, "Courier", _typed("Oswin Ybanez", "6190 N. Stonegate Ct", "112119802-4", "891")),
         (680, "Helvetica", "Staff will report back on payment arrangements at the next regular meeting.")]])
    found = pairs_found(_URL, body)
    assert {"Anatole Ozuna", "Oswin Ybanez"} <= values_of(found, "customer_name")
    assert {"2810-3239-68", "112119802-4"} <= values_of(found, "account_number")
    assert "6190 N. Stonegate Ct" in values_of(found, "address")


def test_a_last_row_whose_address_ran_into_its_account_still_hands_the_full_header_on():
    body = _packet([
        _first_page(("Honorine Ignatova", "96 Redbud Ct", "SA4412093", "1204"),
                    ("Torsten Pruett", "4410 N. Hawthorne Hollow Terrace", "4410 2291 37", "812")),
        [(740, "Courier", _typed("Jacinta Zubiri", "1187 W. Kingfisher Ave", "3391-0072-15", "655")),
         (727, "Courier", _typed("Emeric Corrigan", "725 Mulberry Ln", "881-204417-3", "930"))]])
    found = pairs_found(_URL, body)
    assert {"Jacinta Zubiri", "Emeric Corrigan"} <= values_of(found, "customer_name")
    assert {"3391-0072-15", "881-204417-3"} <= values_of(found, "account_number")


def test_a_budget_page_after_a_customer_table_is_not_read_under_its_header():
    body = _packet([
        _first_page(("Sylvester Raskin", "934 S. Oriole Avenue", "142-214723-3", "775")),
        [(740, "Helvetica-Bold", "Department\tFund\tFY25 Actual\tFY26 Adopted"),
         (727, "Helvetica", "City Council\t101-4410\t2,828,320\t3,404,635"),
         (714, "Helvetica", "Community Development\t623-6873\t2,109,996\t1,881,736")]])
    found = pairs_found(_URL, body)
    assert values_of(found, "customer_name") == {"Sylvester Raskin"}
    assert not {"101-4410", "623-6873"} & values_of(found, "account_number")


def test_a_budget_page_after_a_customer_tables_second_page_is_not_read_under_its_header():
    body = _packet([
        [_TITLE, (700, "Helvetica-Bold", "Customer Name\tService Address\tAccount No.\tkWh"),
         (120, "Helvetica", "Sylvester Raskin\t934 S. Oriole Avenue\t142-214723-3\t775")],
        [(740, "Helvetica", "Anatole Ozuna\t1529 Mulberry Ln\t2810-3239-68\t1221")],
        [(740, "Helvetica-Bold", "Vendor\tRemit Address\tCheck No.\tAmount"),
         (727, "Helvetica", "Pacific Meterworks Inc.\t1850 Mission Blvd\t342934\t74,170.00")]])
    found = pairs_found(_URL, body)
    assert values_of(found, "customer_name") == {"Sylvester Raskin", "Anatole Ozuna"}
    assert "1850 Mission Blvd" not in values_of(found, "address")


def test_a_roll_call_page_after_a_customer_table_stays_public():
    body = _packet([
        _first_page(("Sylvester Raskin", "934 S. Oriole Avenue", "142-214723-3", "775")),
        [(740, "Courier-Bold", _typed("Member", "Item 4", "Item 7", "Item 9")),
         (727, "Courier", _typed("Mayor Evelina Strathmore", "Aye", "No", "Aye")),
         (714, "Courier", _typed("Councilmember Rodrigo Ballantyne", "Aye", "Aye", "Absent"))]])
    found = pairs_found(_URL, body)
    assert values_of(found, "customer_name") == {"Sylvester Raskin"}
    assert not values_of(found, "energy_usage") - {"775"}


def _page_of_lines(*lines: str) -> bytes:
    return _packet([[(730, "Helvetica-Bold", "Attachment 12 - Field notes")]
                    + [(700 - 13 * k, "Helvetica", line) for k, line in enumerate(lines)]])


def test_fields_after_an_address_that_ends_its_sentence_stay_with_the_customer():
    found = pairs_found(_URL, _page_of_lines("Field visit for Casimir Thistlewood on June 9. Meter at",
                                             "8492 W. Stonegate Place.",
                                             "Reading 1257 kWh; customer reachable at",
                                             "951.407.2646. Acct. 900-667323-1."))
    assert "Casimir Thistlewood" in values_of(found, "customer_name")
    assert any(value.startswith("8492 W. Stonegate Place") for value in values_of(found, "address"))
    assert "951.407.2646" in values_of(found, "phone")


def test_a_facilitys_phone_after_its_address_sentence_stays_public():
    found = pairs_found(_URL, _page_of_lines("Energy workshops are held at the Ganesha Community Center,",
                                             "1575 N. White Ave.",
                                             "Phone (909) 620-2321 to reserve a seat; staff contact Rosalie",
                                             "Achebe-Grant, Customer Care Supervisor."))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")
    assert not values_of(found, "address")


def _two_columns(left: list[str], right: list[str]) -> bytes:
    """A packet's page set in two frames of flowing paragraphs, as a newsletter's or a staff report's."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame, Paragraph
    style = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    Frame(54, 380, 245, 320).addFromList([Paragraph(text, style) for text in left], sheet)
    Frame(313, 380, 245, 320).addFromList([Paragraph(text, style) for text in right], sheet)
    sheet.showPage()
    sheet.save()
    return buf.getvalue()


def test_the_contact_residents_are_asked_to_call_beside_a_customers_record_stays_public():
    body = _two_columns(
        ["<b>Escalated bill review</b>",
         "On May 12 Ludovica Ferncastle asked for a review of the bill for 869 E. Bellflower Way. The meter had been "
         "estimated for two months; actual use was 1908 kWh for the period. Staff reviewed account 817952909-1 and "
         "wrote back to ludo_ferncastle17@gmail.com."],
        ["<b>Program news</b>",
         "Energy workshops continue at the Ganesha Community Center, 1575 N. White Ave. Residents can call Octavia "
         "Rinaldi at (909) 620-3341 to reserve a seat; 312 households attended in 2025."])
    found = pairs_found(_URL, body)
    assert "Ludovica Ferncastle" in values_of(found, "customer_name")
    assert "Octavia Rinaldi" not in values_of(found, "customer_name")
    assert "(909) 620-3341" not in values_of(found, "phone")
