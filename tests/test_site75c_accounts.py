"""Round 75 (site75c): labelled account numbers of a utility's customers in other formats, deep in big PDF packets.

A table's "A/C" column (alone or after its service: "PCE A/C", "Trash A/C") holds the customers' accounts as an
"Acct" column does; an air conditioner's column ("A/C Units", "Central A/C") stays none. A label in brackets after
the number may be in square brackets ("[Acct. No.]"), in full-width ones as Chinese text sets them ("（帐号）"), end
with its own "No." after a cut word ("(Sewer Acct. No.)"), or say "number of" in Spanish before the service's
account ("(No. de cuenta de basura)"); a PDF's line break may put it at the head of the next line, the person the
paragraph's lines above name. Numbers listed before one label ("768920-31, 499310-21 and 275745-93 (A/C)") are all
its. The public look-alikes stay unreported: the City's own facilities' accounts, purchase orders, budget account
codes, a resolution's or an invoice's number with an account's word in brackets after it.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.calderonsprings.gov/agenda-packet.pdf"
_FOOTER = "City of Calderon Springs | 200 Civic Center Plaza | Posted for the public"


def _pages(*pages: list[str], columns: tuple[int, ...] = (54, 190, 340, 490)) -> bytes:
    """A PDF of pages of lines under a running title, a tab starting the next column, the City's footer on each."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    for number, lines in enumerate(pages, 1):
        sheet.setFont("Helvetica-Oblique", 8)
        sheet.drawString(54, 760, "City Council Agenda Packet - Regular Meeting of June 15, 2026")
        y = 730
        for line in lines:
            sheet.setFont("Helvetica", 9)
            for x, cell in zip(columns, line.split("\t")):
                sheet.drawString(x, y, cell)
            y -= 13
        sheet.setFont("Helvetica", 7.5)
        sheet.drawString(54, 34, _FOOTER)
        sheet.drawRightString(558, 34, f"Page {number + 119} of 300")
        sheet.showPage()
    sheet.save()
    return buf.getvalue()


def _accounts(*pages: list[str]) -> set[str]:
    return values_of(pairs_found(_URL, _pages(*pages)), "account_number")


# --- an "A/C" column ----------------------------------------------------------------------------------------------

def test_an_ac_column_of_a_customers_table_holds_their_accounts():
    for header, first, second in (("PCE A/C", "PCE353714380", "PCE200622578"), ("A/C", "2164-447-R", "7564-860-R"),
                                  ("Trash A/C", "SW44-06645", "SW78-39698"), ("A/C #", "44-1022-31", "45-3310-02")):
        found = _accounts(["Exhibit A - Hardship Credits Issued", f"Customer\tService Address\t{header}\tAmount",
                           f"Rosalind Nwachukwu\t3827 W. Briarcliff Ave\t{first}\t$1617.15",
                           f"Mei Adeyemi\t6276 W. Chaparral Ln\t{second}\t$359.59"])
        assert {first, second} <= found, header


def test_an_air_conditioners_column_is_no_accounts():
    found = pairs_found(_URL, _pages(["Cooling centers - equipment inventory", "Facility\tAddress\tA/C Units\tTons",
                                      "Senior Center\t600 S. Park Ave\t4\t12.5",
                                      "Civic Center Library\t625 S. Garey Ave\t6\t20"]))
    assert not values_of(found, "account_number") and not values_of(found, "address")


def test_the_citys_own_buildings_under_an_ac_column_stay_public():
    found = pairs_found(_URL, _pages(["Citywide Utility Costs - Municipal Facilities",
                                      "Facility\tAddress\tWater A/C\tAnnual Use",
                                      "City Hall\t505 S. Garey Ave\t51-30952-58\t48,200 kWh",
                                      "Fire Station No. 3\t1200 N. Towne Ave\t37-85649-53\t21,900 kWh"]))
    assert not values_of(found, "account_number") and not values_of(found, "address")


# --- a label in brackets after the number -------------------------------------------------------------------------

def test_square_and_full_width_brackets_and_a_cut_words_no_label_the_number():
    for text, value in (("Staff reviewed S-903060-78 [Sewer Acct. No.] and found the meter unread.", "S-903060-78"),
                        ("Staff reviewed S-903060-78 (Sewer Acct. No.) and found the meter unread.", "S-903060-78"),
                        ("PC-122-95998 [PCE A/C] - Ravi Holloway, 856 S Norwood Rd, disputes the late fee.",
                         "PC-122-95998"),
                        ("Pilar Urquhart, 4505 Nightingale Ave: CU-0428297 （客户编号） - notice resent.", "CU-0428297"),
                        ("Staff reviewed 571304K [Cust ID] and found the meter had not been read.", "571304K")):
        assert value in values_of(pairs_found("https://www.calderonsprings.gov/memo.txt", text), "account_number"), text


def test_spanish_number_of_a_services_account_in_brackets_names_it():
    for text, value in (("Staff reviewed 8848-013-R (No. de cuenta de basura) and found a double charge.",
                         "8848-013-R"),
                        ("Staff reviewed 86-7518-3299-6 (No. de cuenta de gas) and found a double charge.",
                         "86-7518-3299-6"),
                        ("Staff reviewed 44-10223-17 (Núm. de cuenta de agua) and found a double charge.",
                         "44-10223-17")):
        assert value in values_of(pairs_found("https://www.calderonsprings.gov/memo.txt", text), "account_number"), text


def test_a_label_in_brackets_opening_the_next_line_of_a_customers_paragraph():
    found = _accounts(["Attachment 15 - Billing Dispute Summary",
                       "Jian Ibarguen of 6344 S Tamarack Street disputed",
                       "two estimated bills. Staff reviewed CU-2596291",
                       "(No. de cliente) and found the meter had not",
                       "been read since March. A credit of $70.90 was applied."])
    assert "CU-2596291" in found


def test_a_facilitys_or_a_budgets_number_with_a_label_on_the_next_line_stays_public():
    assert not _accounts(["The Ganesha Community Center, 1575 N. White Ave, was",
                          "reroofed this year under 4410-2231-88",
                          "(Water Acct) and the work is complete."])
    assert not _accounts(["Utility costs for the fiscal year were charged",
                          "to account 101-4410-52300",
                          "(Acct. No.) in the General Fund."])


def test_numbers_listed_before_one_label_are_all_its():
    found = _accounts(["Three households on Almond Court, 768920-31, 499310-21 and 275745-93 (A/C), were",
                       "double-billed after the meter exchange."])
    assert {"768920-31", "499310-21", "275745-93"} <= found


def test_public_numbers_with_an_accounts_word_in_brackets_stay_public():
    for text in ("Purchase orders 26-00451, 26-00452 and 26-00460 (PO No.) were closed.",
                 "Transfers from 101-4410-52300 and 101-4410-52310 (Acct. No.) were approved.",
                 "Resolution 2026-114 [Acct] adopted the water rates.",
                 "Invoice INV-204411 [Acct #] was paid by Check No. 048812.",
                 "APN 8341-012-027 (Premise) is zoned R-1.",
                 "The permit BLD24-01877 [Case No.] was issued.",
                 "Council Member Ana Ruiz asked about 101-4410-52300 (GL Acct).",
                 "The Library's meter 44-1022-31 (Water Acct) was replaced.",
                 "Ordinance No. 4312 (Customer No.) amends Chapter 13."):
        assert not values_of(pairs_found("https://www.calderonsprings.gov/memo.txt", text), "account_number"), text


def test_a_label_in_brackets_a_line_break_cut_still_names_the_number():
    found = _accounts(["balances.",
                       "Ngoc Fonseca of 9791 S. Nightingale Ct disputed two estimated bills. Staff reviewed CU-4515071 (Cust.",
                       "ID) and found the meter had not been read since March. A credit of $207.64 was applied."])
    assert "CU-4515071" in found
    assert not _accounts(["The Ganesha Community Center, 1575 N. White Ave, was reroofed under 4410-2231-88 (Water",
                          "Acct) and the work is complete."])


# --- a form's fields in other languages ---------------------------------------------------------------------------

def test_a_spanish_forms_fields_make_its_plain_account_label_a_customers():
    found = pairs_found("https://www.calderonsprings.gov/budget-book.pdf", _pages([
        "Attachment 9 - Hardship Application (copy)", "Nombre: Florentino Chen", "Domicilio: 1746 Laurel Rd",
        "Número de cuenta: 545855-93", "Teléfono: (909) 555-1234"]))
    assert "545855-93" in values_of(found, "account_number")
    assert "Florentino Chen" in values_of(found, "customer_name")


def test_a_spanish_facility_form_with_an_account_number_stays_public():
    found = pairs_found("https://www.calderonsprings.gov/budget-book.pdf", _pages([
        "Instalaciones municipales", "Instalación: Centro Comunitario Ganesha", "Domicilio: 1575 N. White Ave",
        "Número de cuenta: 545855-93", "Teléfono: (909) 620-2321"]))
    assert not values_of(found, "account_number")


def test_a_vietnamese_forms_metering_point_and_a_mexican_bills_service_number_are_accounts():
    vietnamese = ("Attachment 9 - Hardship Application (copy)\nHọ tên: Ngoc Dang\nĐịa chỉ: 4591 S Redwood Ln\n"
                  "Mã điểm đo: P-1030945\nĐiện thoại: (909) 555-1234\n")
    assert "P-1030945" in values_of(pairs_found("https://www.calderonsprings.gov/form.txt", vietnamese),
                                    "account_number")
    spanish = ("Estimado Concejo: Les escribo sobre mi factura de luz. Número de servicio: 107805294-P. Me cobraron "
               "dos veces en mayo.")
    assert "107805294-P" in values_of(pairs_found("https://www.calderonsprings.gov/letter.txt", spanish),
                                      "account_number")
    for public in ("Horario del autobús. Número de servicio: 12. Salidas cada 30 minutos.",
                   "Para reportar fallas llame al número de servicio 1-800-555-0199."):
        assert not values_of(pairs_found("https://www.calderonsprings.gov/aviso.txt", public), "account_number")


# --- a sheet's notes above its table, and a group band over its header ----------------------------------------------

def _export(notes: int, group: tuple[str, str] | None, header: list[str], rows: list[list[str]]) -> bytes:
    """A workbook whose table stands under a title and ``notes`` lines of prose, a group cell merged over the
    header's second and third columns."""
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["Verde Valley Water District - export of " + ("accounts with returned mail" if group else "sites")])
    for _ in range(notes):
        sheet.append(["Rows are listed by billing route; balances are as of the last cycle's close."])
    if group:
        sheet.append(["", group[0], "", ""])
        sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=3)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_a_group_cell_over_a_number_column_under_a_sheets_notes_names_the_customers_accounts():
    for group, sub, values in ((("Customer", "No."), "No.", ("346419C", "570762C")),
                               (("Cuenta", "Número"), "Número", ("44-1022-31", "44-1022-58"))):
        body = _export(6, group, ["Name", sub, "Route", "Mailing Address"],
                       [["Maximiliano Fairweather", values[0], "R-12", "4574 Fernwood Terrace"],
                        ["Benedikt Galvan", values[1], "R-14", "1746 Laurel Rd"]])
        found = pairs_found("https://www.calderonsprings.gov/cis-export.xlsx", body)
        assert set(values) <= values_of(found, "account_number"), group
        assert "Benedikt Galvan" in values_of(found, "customer_name"), group


def test_a_sites_sheet_under_notes_stays_public():
    body = _export(6, None, ["Facility", "Address", "Water Acct #", "Annual kWh"],
                   [["City Hall", "505 S. Garey Ave", "51-30952-58", "482,000"],
                    ["Senior Center", "600 S. Park Ave", "37-85649-53", "91,400"]])
    found = pairs_found("https://www.calderonsprings.gov/sites.xlsx", body)
    assert not values_of(found, "account_number") and not values_of(found, "address")


# --- a header whose cells wrap upwards ------------------------------------------------------------------------------

def _wrapped_up(top: str, header: str, values: tuple[str, str], top_x: int = 334) -> bytes:
    """A table whose third header cell's first line stands over it on its own line ("Refuse" over "A/C"), as a
    spreadsheet printed to PDF sets a header cell that wraps, the paragraph before it ending just above."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    sheet = canvas.Canvas(buf)
    sheet.setFont("Helvetica", 9)
    sheet.drawString(54, 700, "The fiscal impact of this item is limited to staff time already in the adopted budget.")
    sheet.setFont("Helvetica-Bold", 8)
    sheet.drawString(top_x, 674, top)
    for x, cell in zip((54, 184, 334, 444), ("Customer", "Service Address", header, "Adjustment")):
        sheet.drawString(x, 663, cell)
    sheet.setFont("Helvetica", 8)
    for k, (name, home) in enumerate((("Bartholomew Zhao", "3263 N Almond Ct"), ("Lena Okafor", "44 Oak Ave"))):
        for x, cell in zip((54, 184, 334, 444), (name, home, values[k], "$177.08")):
            sheet.drawString(x, 652 - 12 * k, cell)
    sheet.showPage()
    sheet.save()
    return buf.getvalue()


def test_a_header_cells_first_line_standing_over_it_names_its_column():
    for top, header, values in (("Refuse", "A/C", ("2164-447-R", "7564-860-R")),
                                ("Cust.", "ID", ("421689J", "552997C")),
                                ("Premise", "ID", ("208-503-5129", "107-805-2941"))):
        found = pairs_found(_URL, _wrapped_up(top, header, values))
        assert set(values) <= values_of(found, "account_number"), top
        assert not values_of(found, "phone"), top


def test_a_heading_at_the_margin_over_a_table_is_no_header_cells_line():
    from crawler.extract import extract
    lines = [segment.text for segment in extract(_URL, _wrapped_up("Schedule", "Notes", ("ok", "ok"), 54)).segments]
    assert "Schedule" in lines and "Customer\tService Address\tNotes\tAdjustment" in lines


def test_a_utility_billing_accounts_label_in_brackets_or_before_the_number():
    for text in ("Leopold Lindqvist of 8595 Thistle Way disputed two bills. Staff reviewed 892866-83 (Utility Billing "
                 "Acct) and found a double charge.", "Utility Billing Acct: 892866-83 - late fee waived for Mr. Lindqvist.",
                 "Staff reviewed 892866-83 (Billing Acct) and found a double charge."):
        assert "892866-83" in values_of(pairs_found("https://www.calderonsprings.gov/memo.txt", text),
                                        "account_number"), text
    for public in ("Utility billing accounts 101-4410-52300 (Utility Billing Acct) were reconciled.",
                   "City Hall, 505 S Garey Ave - Utility Billing Acct 892866-83"):
        assert not values_of(pairs_found("https://www.calderonsprings.gov/memo.txt", public), "account_number"), public


def test_a_vietnamese_gas_or_sewer_account_and_a_tagalog_sewer_account_are_labels():
    for text, value in (("Họ tên: Xiomara Jankowski\nĐịa chỉ: 7388 E. Heather Terrace\nSố tài khoản ga: 67-0270-9143-6\n",
                         "67-0270-9143-6"),
                        ("Tôi viết thư về hóa đơn của tôi. Số tài khoản nước thải: 41-9310-4674-7. Tôi bị tính tiền "
                         "hai lần.", "41-9310-4674-7"),
                        ("Pangalan: Wendeline Galvan\nTirahan: 4835 Upland Street\nNumero ng account sa imburnal: "
                         "S-927387-78\n", "S-927387-78")):
        assert value in values_of(pairs_found("https://www.calderonsprings.gov/form.txt", text), "account_number"), text
