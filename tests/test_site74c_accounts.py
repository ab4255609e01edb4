"""Round 74 (site74c): labelled account numbers in other billing systems' formats, deep in big PDF packets.

A budget book binds in a customer's letter ("I am writing about my bill. Gas Acct: ...") and an ombudsman's case
whose holder and home the line above gives: their accounts are no ledger's strings, whatever budget the packet is.
An account with its label after it in brackets may be the utility's own year-and-serial ("PCE-2026-21417 (account
number)"). A form's "Acct ending:", "ESIID:" or "Premise ID:" field is a customer's account label, so the name and
address fields beside it are the customer's. A gas account a wrap cut before its last groups and check digit is read
whole. A fixed-width report's last row whose address overflowed onto a line of its own still ends its page, and the
next page's rows are read under its header. The public look-alikes stay unreported: a budget's ledger account, a
work order's year-and-serial, the City's own facility form, a vendor register laid out the same way.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.pomonaca.gov/budget-book.pdf"
_FOOTER = "City of Pomona | 505 S. Garey Ave., Pomona, CA 91766 | (909) 620-2051"


def _pages(*pages: list[str], font: str = "Helvetica", title: str = "Budget Book FY 2026-27",
           columns: tuple[int, ...] = (54, 320)) -> bytes:
    """A PDF of pages of lines set 13 points apart under a running title, a tab starting the next column (at
    ``columns``), each page with the City's footer."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    for number, lines in enumerate(pages, 1):
        sheet.setFont("Helvetica-Oblique", 8)
        sheet.drawString(54, 760, title)
        y = 730
        for line in lines:
            sheet.setFont(font, 9)
            for x, cell in zip(columns, line.split("\t")):
                sheet.drawString(x, y, cell)
            y -= 13
        sheet.setFont("Helvetica", 7.5)
        sheet.drawString(54, 34, _FOOTER)
        sheet.drawRightString(558, 34, f"Page {number} of {len(pages)}")
        sheet.showPage()
    sheet.save()
    return buf.getvalue()


def test_a_customers_letter_bound_into_a_budget_book_gives_their_gas_account():
    found = pairs_found(_URL, _pages([
        "Anselmo Thistlewood", "6141 E. Quail Run Place", "Pomona, CA 91767", "", "Dear Utility Services:", "",
        "I am writing about my bill. Gas Acct: 1042 430 233 3. I was charged twice in May.",
        "Please call me at (951) 554-7002.", "", "Sincerely,", "Anselmo Thistlewood"]))
    assert "1042 430 233 3" in values_of(found, "account_number")
    assert "6141 E. Quail Run Place" in values_of(found, "address")


def test_a_spanish_letter_bound_into_a_budget_book_gives_their_gas_account():
    found = pairs_found(_URL, _pages([
        "Estimados señores:", "Les escribo sobre mi factura. Cuenta de gas: 6428 101 432 6. Me cobraron el doble."]))
    assert "6428 101 432 6" in values_of(found, "account_number")


def test_a_budgets_own_account_in_the_first_person_stays_a_ledgers():
    found = pairs_found(_URL, _pages([
        "BUDGET DETAIL - UTILITIES", "We charge our account 101-4420-5310 for the electricity of City Hall.",
        "Utility costs are charged to Acct 461-5569-9020 in the General Fund."]))
    assert not values_of(found, "account_number")


def test_a_case_whose_holder_and_home_the_line_above_gives_keeps_its_water_account():
    found = pairs_found(_URL, _pages([
        "Attachment 17 - Ombudsman quarterly report", "Case 4",
        "Torsten Merriweather, 412 E. Mockingbird Ct, called",
        "about a high bill. Water Acct No.: 62-93739-74. The",
        "ombudsman asked the billing team to re-read the meter."]))
    assert "62-93739-74" in values_of(found, "account_number")
    assert "Torsten Merriweather" in values_of(found, "customer_name")


def test_a_facility_named_on_the_line_above_leaves_a_budget_account_public():
    found = pairs_found(_URL, _pages([
        "CAPITAL IMPROVEMENT PROGRAM", "The Ganesha Community Center, 1575 N. White Ave, was",
        "reroofed this year. Acct No.: 4410 2231 8870. The work is complete."]))
    assert not values_of(found, "account_number")


def test_the_utilitys_year_and_serial_with_its_label_after_it_is_an_account():
    found = pairs_found(_URL, _pages([
        "Attachment 12 - Billing dispute summary",
        "Baltasar Ybarra of 3333 N. Sagebrush Ct disputed two estimated bills. Staff reviewed PCE-2026-21417",
        "(account number) and found the meter had not been read since March."]))
    assert "PCE-2026-21417" in values_of(found, "account_number")


def test_a_work_orders_year_and_serial_stays_public_whatever_follows_it():
    found = pairs_found(_URL, _pages([
        "Attachment 12 - Field work summary",
        "Crews closed WO-2026-21417 (account number) at the Palomares Park Building, 499 E. Arrow Hwy."]))
    assert not values_of(found, "account_number")


def test_a_forms_account_ending_and_esi_fields_make_its_name_and_address_a_customers():
    for field, value in (("Acct ending: 4111", "4111"), ("ESIID: 10443722400760792", "10443722400760792"),
                         ("Premise ID: P-093239", "P-093239")):
        found = pairs_found(_URL, _pages([
            "Attachment 7 - Hardship application (copy)", "",
            "Applicant name: Hollis Arriola\tService address: 2344 E. Manzanita St", "",
            f"Daytime phone: 626-326-1601\t{field}"]))
        assert value in values_of(found, "account_number"), field
        assert "Hollis Arriola" in values_of(found, "customer_name"), field
        assert "2344 E. Manzanita St" in values_of(found, "address"), field


def test_the_citys_own_facility_form_with_a_meter_number_stays_public():
    found = pairs_found(_URL, _pages([
        "City facilities - electric service", "",
        "Facility: Ganesha Community Center\tAddress: 1575 N. White Ave", "",
        "Phone: (909) 620-2321\tMeter #: E12-448812"]))
    assert not values_of(found, "address") and not values_of(found, "customer_name")


def test_a_gas_account_a_wrap_cut_before_its_last_groups_is_read_whole():
    found = pairs_found(_URL, _pages([
        "Case 4", "Torsten Ybarra, 4820 N. Elderberry Street, called",
        "about a high bill. Gas Account Number: 1676 945", "925 2. The ombudsman asked the billing team to",
        "re-read the meter."]))
    assert "1676 945 925 2" in values_of(found, "account_number")


def test_a_spanish_premise_label_makes_a_referral_a_customers_record():
    found = pairs_found(_URL, _pages(["Anexo 19 - Referencia de baja médica", "Nombre: Genoveva Hargreave",
                                      "Domicilio: 2093 N. Pinecrest Street", "Núm. de local: P-089786",
                                      "Teléfono: 626-233-7392"]))
    assert "P-089786" in values_of(found, "account_number")
    assert "Genoveva Hargreave" in values_of(found, "customer_name")


def test_a_market_stalls_number_stays_public():
    found = pairs_found(_URL, _pages(["Mercado Municipal - puestos", "Negocio: Panadería La Esperanza",
                                      "Núm. de local: 14", "Teléfono: (909) 620-2400"]))
    assert not values_of(found, "account_number") and not values_of(found, "phone")


def test_esi_ids_on_a_next_pages_rows_are_read_under_the_carried_header():
    columns = (54, 190, 340, 490)
    body = _pages(["Exhibit C - Heat pump rebate recipients", "Recipient\tService Address\tESI ID\tRebate",
                   "Odalys Ybarra\t3715 S. Canyon Oak Blvd\t10443725150721824\t$400.00",
                   "Torsten Crowhurst\t6649 N. Wildrose St\t10443724340669940\t$700.00"],
                  ["Lysander Ybarra\t6491 S. Blue Heron Terrace\t10443724236703239\t$300.00",
                   "Crispin Oduya\t957 W. Mockingbird Street\t10443729958311253\t$500.00"], columns=columns)
    found = pairs_found(_URL, body)
    assert {"10443724236703239", "10443729958311253"} <= values_of(found, "account_number")


def test_a_budgets_long_reference_numbers_stay_public():
    columns = (54, 190, 340, 490)
    body = _pages(["Debt service schedule", "Series\tTrustee\tReference\tPayment",
                   "2016 Refunding\tU.S. Bank\t20160401000123456\t$400,000.00",
                   "2021 Lease\tBank of the West\t20210701000654321\t$120,000.00"], columns=columns)
    assert not values_of(pairs_found(_URL, body), "account_number")


def _fixed_width(*cells: str) -> str:
    return "".join(cell.ljust(width) for cell, width in zip(cells, (22, 26, 20))) + cells[-1]


def _report(title: str, header: tuple[str, ...], first: list[tuple[str, ...]], overflow: str,
            second: list[tuple[str, ...]]) -> bytes:
    """A fixed-width report over two pages, the first page's last row's address overflowing onto a line alone."""
    return _pages([title, _fixed_width(*header), *(_fixed_width(*row) for row in first), " " * 22 + overflow],
                  [*(_fixed_width(*row) for row in second), "End of list."], font="Courier")


def test_a_next_pages_rows_after_a_row_whose_address_overflowed_are_read_under_the_header():
    body = _report("Attachment 26 - Accounts on extended payment plans",
                   ("Customer", "Service Address", "Premise No.", "kWh"),
                   [("Odalys Arriola", "858 S. Elderberry Way", "P-079872", "971"),
                    ("Torsten Arriola", "8952 E. Wildrose Hollow", "P-079294", "626")], "Court",
                   [("Ignatius Thistlewood", "5564 S. Wildrose Place", "P-008054", "1456"),
                    ("Lysander Arriola", "7339 N. Sagebrush Place", "P-093493", "633")])
    found = pairs_found(_URL, body)
    assert {"Ignatius Thistlewood", "Lysander Arriola", "Torsten Arriola"} <= values_of(found, "customer_name")
    assert {"P-008054", "P-093493"} <= values_of(found, "account_number")
    assert "5564 S. Wildrose Place" in values_of(found, "address")


def test_a_vendor_register_laid_out_the_same_way_stays_public():
    body = _report("Attachment 24 - Warrant register", ("Vendor", "Remit Address", "Invoice", "Amount"),
                   [("Sierra Grid Analytics", "4120 Ontario Mills Pkwy", "INV-204411", "12400"),
                    ("Pacific Meterworks Inc.", "1850 Mission Blvd Suite", "INV-204412", "8210")], "400",
                   [("Foothill Printing Co.", "2265 N. Towne Ave", "INV-204413", "2215"),
                    ("Inland Transformer Svc", "770 E. Mission Blvd", "INV-204414", "5530")])
    found = pairs_found(_URL, body)
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")
    assert not values_of(found, "address")


def test_an_esi_id_and_a_gas_account_with_their_labels_after_them_are_accounts():
    found = pairs_found(_URL, _pages([
        "Attachment 12 - Billing dispute summary",
        "Marisela Ybarra, 4417 W. Quail Run Ave, disputed the bill for 10443720004455667 (ESI ID).",
        "Crispin Oduya, 957 W. Mockingbird Street, disputed the bill for 4621 573 890 2 (Gas acct no.)."]))
    assert {"10443720004455667", "4621 573 890 2"} <= values_of(found, "account_number")


def test_a_bank_account_and_a_long_reference_with_their_labels_after_them_stay_public():
    found = pairs_found(_URL, _pages([
        "Treasurer's report", "Deposits were made to 4621573890 (bank acct no.) at Citizens Business Bank.",
        "The trustee confirmed wire 20260401000123456 (reference no.) for the 2016 bonds."]))
    assert not values_of(found, "account_number")
