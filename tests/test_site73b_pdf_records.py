"""Round 73 (site73b): customer records in PDF packets that a line's, a column's or a page's edge cut.

A fixed-width report pads each value to its column, so an address as long as its column runs into the account after
it ("...Hollow Circle6597 9270 88"): the row is cut at that column's edge, mid-table and on the next page's first
row read under the header the page before carried. A next page's row with an empty phone cell reads its account
under the account's column. A title atop the page after a customer table heads another part: a vendor register's
rows under it are no customer's. A resident's record whose phone a wrap put on the next line after its label
("..., teléfono" / "(909) ...") is one clause. A notice set right under a paragraph that gave the City's mailbox is
no line of that office's card. Their public look-alikes stay unreported: a vendor register's next page, a staff
member's card, a facility's phone.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.pomonaca.gov/packet.pdf"


def _pages(*pages: list[tuple[str, str]]) -> bytes:
    """A PDF of pages of (font, text) lines set 13 points apart from the top, each page with the City's footer."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    for number, lines in enumerate(pages, 1):
        y = 730
        for font, text in lines:
            sheet.setFont(font, 9)
            sheet.drawString(54, y, text)
            y -= 13
        sheet.setFont("Helvetica", 7.5)
        sheet.drawString(54, 34, "City of Pomona | 505 S. Garey Ave., Pomona, CA 91766 | (909) 620-2051")
        sheet.drawRightString(558, 34, f"Page {number} of {len(pages)}")
        sheet.showPage()
    sheet.save()
    return buf.getvalue()


def _padded(*cells: str) -> tuple[str, str]:
    """A fixed-width report's row: each value padded to its column, one as long as its column running into the next."""
    return "Courier", "".join(cell.ljust(width) for cell, width in zip(cells, (24, 31, 16))) + cells[-1]


def _report(title: str, header: tuple[str, ...], first: list[tuple[str, ...]],
            second: list[tuple[str, ...]]) -> bytes:
    return _pages([("Helvetica-Bold", title), _padded(*header), *(_padded(*row) for row in first)],
                  [*(_padded(*row) for row in second), ("Helvetica", "Staff will report back at the next regular meeting.")])


def test_a_next_pages_row_whose_address_ran_into_its_account_is_read_under_the_carried_header():
    body = _report("Attachment 11 - Disconnection notices issued", ("Name", "Service Address", "Svc Agmt", "kWh"),
                   [("Leopold Marchetti", "2431 S. Primrose Blvd", "6923998609", "1356"),
                    ("Ignatius Ochoa", "3610 Marigold Circle", "8299992513", "2262")],
                   [("Bartholomew Quist", "9264 S. Thornapple Hollow Circle", "6597 9270 88", "1748"),
                    ("Philippa Hollings", "1181 Tamarack St", "148-352305-2", "2121")])
    found = pairs_found(_URL, body)
    assert {"Bartholomew Quist", "Philippa Hollings"} <= values_of(found, "customer_name")
    assert {"6597 9270 88", "148-352305-2"} <= values_of(found, "account_number")
    assert "9264 S. Thornapple Hollow Circle" in values_of(found, "address")


def test_a_vendor_registers_next_page_with_a_long_address_stays_public():
    body = _report("Vendor payment register - June", ("Vendor", "Remit Address", "Check No.", "Amount"),
                   [("Sierra Grid Analytics", "4120 Ontario Mills Pkwy", "2026041201", "12400"),
                    ("Pacific Meterworks Inc.", "1850 Mission Blvd", "2026041202", "8210")],
                   [("Foothill Printing Co.", "2265 N. Towne Ave Suite 40010", "2026041203", "2215"),
                    ("Inland Transformer Svc", "770 E. Mission Blvd", "2026041204", "5530")])
    found = pairs_found(_URL, body)
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")


def _paragraphs(*lines: str) -> bytes:
    return _pages([("Helvetica-Bold", "Resumen de casos"), *(("Helvetica", line) for line in lines)])


def test_a_spanish_residents_phone_a_wrap_put_under_its_label_is_their_record():
    found = pairs_found(_URL, _paragraphs(
        "Resumen de la audiencia: Sra. Aurelia Saucedo, residente de 5335 Thornapple Ave, teléfono",
        "(909) 936-7047, presentó una apelación sobre su factura de julio; la audiencia se aplazó."))
    assert found == {("customer_name", "Sra. Aurelia Saucedo"), ("address", "5335 Thornapple Ave"),
                     ("phone", "(909) 936-7047")}


def test_a_facilitys_or_a_staff_members_phone_under_its_label_stays_public():
    found = pairs_found(_URL, _paragraphs(
        "El Centro Comunitario Ganesha, ubicado en 1575 N. White Ave, teléfono",
        "(909) 620-2321, abre sus puertas a las 9 de la mañana de lunes a viernes.",
        "Comuníquese con Rosalie Achebe, supervisora de servicio, 505 S. Garey Ave., teléfono",
        "(909) 620-2318, para más información sobre el programa."))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_a_shut_off_notice_set_right_under_the_citys_mailbox_is_no_line_of_its_card():
    found = pairs_found(_URL, _paragraphs(
        "Aviso público. La Ciudad celebrará una audiencia pública el 18 de julio sobre las tarifas. Para más",
        "información, llame al (909) 620-2012 o escriba a pce@pomonaca.gov.",
        "Aviso de corte de servicio. Para: Hermelinda Escobar, 2310 Thornapple St. Su servicio eléctrico",
        "será suspendido el 14 de junio por un saldo vencido. Si tiene preguntas, le llamaremos al (951)",
        "213-9552."))
    assert {("customer_name", "Hermelinda Escobar"), ("address", "2310 Thornapple St."),
            ("phone", "(951) 213-9552")} <= found


def test_a_staff_card_under_the_citys_mailbox_stays_public():
    found = pairs_found(_URL, _paragraphs(
        "Para más información, escriba a pce@pomonaca.gov.",
        "Octavia Rinaldi, Energy Programs Analyst, Utility Services Department, 505 S. Garey Ave.",
        "Direct line (909) 620-3341; cell (909) 555-0142 for program partners"))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def _cells(y: int, *cells: str) -> tuple[int, str, str]:
    return y, "Helvetica", "\t".join(cells)


def _ruled(pages: list[list[tuple[int, str, str]]]) -> bytes:
    """A PDF of pages of (y, font, text) lines whose tabs part cells drawn at the columns' x, as a table without
    rules, each page with the City's footer."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    for number, lines in enumerate(pages, 1):
        for y, font, text in lines:
            sheet.setFont(font, 9)
            for x, cell in zip((54, 190, 340, 450), text.split("\t")):
                sheet.drawString(x, y, cell)
        sheet.setFont("Helvetica", 7.5)
        sheet.drawString(54, 34, "City of Pomona | 505 S. Garey Ave., Pomona, CA 91766 | (909) 620-2051")
        sheet.drawRightString(558, 34, f"Page {number} of {len(pages)}")
        sheet.showPage()
    sheet.save()
    return buf.getvalue()


def test_a_next_pages_row_with_an_empty_phone_reads_its_account_under_the_accounts_column():
    body = _ruled([
        [(720, "Helvetica-Bold", "Attachment 21 - Medical baseline certifications due"),
         _cells(110, "Customer", "Service Address", "Phone", "Account"),
         _cells(97, "Henrika Kowalski", "7829 E. Thornapple Ln", "626-638-9880", "253-112522-7"),
         _cells(84, "Leopold Villalobos", "539 Cottonwood Avenue", "951-744-5726", "598679291-6")],
        [_cells(730, "Lazar Delacorte", "6512 Silver Birch Ln", "", "3636 3877 58"),
         _cells(717, "Gwenda Mbeki", "3971 Silver Birch Ln", "951.937.9794", "1792 7340 21")]])
    found = pairs_found(_URL, body)
    assert {"3636 3877 58", "1792 7340 21"} <= values_of(found, "account_number")
    assert {"Lazar Delacorte", "Gwenda Mbeki"} <= values_of(found, "customer_name")


def test_a_vendor_register_titled_atop_the_page_after_a_customer_table_is_not_read_under_its_header():
    body = _ruled([
        [(720, "Helvetica-Bold", "Attachment 27 - Budget billing enrollees"),
         _cells(110, "Customer Name", "Service Address", "Account No.", "kWh"),
         _cells(97, "Henrika Kowalski", "7829 E. Thornapple Ln", "253-112522-7", "812"),
         _cells(84, "Leopold Villalobos", "539 Cottonwood Avenue", "598679291-6", "655")],
        [(730, "Helvetica-Bold", "Warrant register - vendor payments"),
         _cells(713, "Sierra Grid Analytics LLC", "4120 Ontario Mills Pkwy", "330412", "2480"),
         _cells(700, "Foothill Printing & Mailing", "2265 N. Towne Ave", "330413", "915")]])
    found = pairs_found(_URL, body)
    assert {"Henrika Kowalski", "Leopold Villalobos"} <= values_of(found, "customer_name")
    assert not {"Sierra Grid Analytics LLC", "Foothill Printing & Mailing"} & values_of(found, "customer_name")
    assert not {"4120 Ontario Mills Pkwy", "2265 N. Towne Ave"} & values_of(found, "address")


def test_a_row_mid_table_whose_address_ran_into_its_account_is_read_whole():
    body = _pages([("Helvetica-Bold", "Attachment 19 - Accounts referred to collections"),
                   _padded("Account Holder", "Service Address", "Acct No.", "kWh"),
                   _padded("Imelda Quarles", "4410 Larkspur Ave", "3391-0072-15", "655"),
                   _padded("Desmond Wainwright", "7723 W. Thornapple Canyon Court", "881-204417-3", "930"),
                   _padded("Pilar Esquivel", "96 Redbud Ct", "SA4412093", "1204")])
    found = pairs_found(_URL, body)
    assert "881-204417-3" in values_of(found, "account_number")
    assert "7723 W. Thornapple Canyon Court" in values_of(found, "address")


def test_a_pages_last_row_whose_address_overflowed_its_column_still_hands_the_header_on():
    long_address = "3078 N. Thornapple Ridge Hollow Terrace"  # longer than its column: the account is pushed on
    body = _pages([("Helvetica-Bold", "Attachment 9 - Payment arrangements in default"),
                   _padded("Customer", "Service Address", "Account", "kWh"),
                   _padded("Leopoldo Delacorte", "3748 Meadowlark Street", "146-136851-9", "1899"),
                   ("Courier", "Gwenda Fairhaven".ljust(24) + long_address + "7778 1872 88    1315")],
                  [_padded("Thaddeus Wainwright", "2164 E. Silver Birch Avenue", "3989739254", "730"),
                   _padded("Rosalind Urquidez", "232 W. Hummingbird Blvd", "6293-1029-17", "344")])
    found = pairs_found(_URL, body)
    assert {"Thaddeus Wainwright", "Rosalind Urquidez"} <= values_of(found, "customer_name")
    assert {"3989739254", "6293-1029-17"} <= values_of(found, "account_number")
