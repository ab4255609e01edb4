"""Customer and service identifiers in a CCA's and a city utility's program paperwork (red team accounts35, part b).

False findings closed:
- A firm's label over a firm's name on a customer's form ("Company: Brightline Solar LLC" / "Phone:" / "Email:") makes
  the contacts under it the firm's, as a practitioner's label does; the customer's own fields above stay reported.
- A form whose customer-name field names the City itself ("Customer Name: City of ... - Corporation Yard") gives the
  City's own account, meter, site and usage; a resident's form of the same layout is still reported.
- A meter's make and rating column ("Meter Form", "Meter Size") holds no identifier; the meter's number column does.
- A fixed-width report's footer under its totals row ("GL 123-4567-89012 BAD DEBT WRITE-OFF  ---  END OF REPORT") is
  no row of the table; a note between two rows still is read with the table.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org/documents"


def _form_pdf(fields: list[tuple[str, str]]) -> bytes:
    """A one-page flattened form: each label at the left margin and its typed value in a column to its right (a
    line without a value is a heading or a label written with its value)."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, (label, value) in enumerate(fields):
        pdf.drawString(72, 740 - 18 * k, label)
        if value:
            pdf.drawString(300, 740 - 18 * k, value)
    pdf.save()
    return out.getvalue()


def _interconnection_form(customer: str, address: str, phone: str, email: str, account: str, meter: str,
                          usage: str) -> bytes:
    return _form_pdf([
        ("COMMUNITY ENERGY PROGRAM", ""),
        ("Solar Interconnection Application - Residential", ""),
        ("PART A - CUSTOMER", ""),
        ("Customer Name (as shown on bill):", customer),
        ("Service Address:", address),
        ("Daytime Phone:", phone),
        ("Email:", email),
        ("Service Account Number:", account),
        ("Meter Number:", meter),
        ("Annual Usage (kWh, last 12 months):", usage),
        ("PART B - INSTALLER", ""),
        ("Company: Brightline Solar Systems LLC", ""),
        ("License: CSLB Lic. No. 1102937", ""),
        ("Phone: (909) 388-4150", ""),
        ("Email: install@brightlinesolarsys.com", ""),
        ("PART C - SYSTEM", ""),
        ("PV size (kW DC): 7.2", ""),
    ])


def test_installer_contacts_under_a_firm_label_are_the_firms():
    found = pairs_found(f"{_SITE}/interconnection_okafor.pdf", _interconnection_form(
        "Chidinma Okafor", "2217 N Mountain View Ave", "(909) 714-5522", "chidiokafor@yahoo.com", "4-615-3308-21",
        "V512N-440931", "8,264"))
    assert ("phone", "(909) 714-5522") in found
    assert ("email", "chidiokafor@yahoo.com") in found
    assert ("account_number", "4-615-3308-21") in found
    assert ("customer_name", "Chidinma Okafor") in found
    assert "(909) 388-4150" not in values_of(found, "phone")
    assert "install@brightlinesolarsys.com" not in values_of(found, "email")


def test_a_form_the_city_filled_in_for_its_own_site_is_the_citys():
    found = pairs_found(f"{_SITE}/interconnection_corp_yard.pdf", _interconnection_form(
        "City of Pomona - Corporation Yard", "1520 S Corporate Center Dr", "(909) 620-2299",
        "corpyard@pomonaca.gov", "4-833-1207-65", "V204N-118370", "212,406"))
    assert not values_of(found, "account_number")
    assert not values_of(found, "energy_usage")
    assert not values_of(found, "address")


def test_a_meter_rating_column_is_no_identifier():
    found = pairs_found(f"{_SITE}/meter_swaps.xlsx", xlsx([
        ("Work Order", "Premise #", "Meter No", "Customer", "Service Address", "Meter Form", "Meter Size"),
        ("WO-25-30118", "007215583", "V661N-230457", "Tamsin Oyelaran", "844 W Holt Ave", "2S CL200 240V", "200A"),
        ("WO-25-30144", "005538216", "V302N-871904", "Radu Costescu", "1319 E Phillips Blvd", "12S CL200 120V",
         "200A"),
    ]))
    accounts = values_of(found, "account_number")
    assert {"V661N-230457", "V302N-871904"} <= accounts
    assert not {"2S CL200 240V", "12S CL200 120V", "200A"} & accounts


_REPORT = """\
CITY UTILITIES - CUSTOMER BILLING                       RPT WO-0233   RUN 03/02/2025
WRITE-OFF LIST - FINALED ACCOUNTS

ACCOUNT         NAME                          SERVICE ADDRESS                      BAL DUE  DAYS
--------------------------------------------------------------------------------------------------
602 418 337 5   ODUYA TEMITOPE                2240 N TOWNE AVE                      612.40   188
618 993 120 4   VARGA/ILDIKO                  975 W FOOTHILL BLVD                   288.15   203
--------------------------------------------------------------------------------------------------
TOTAL WRITTEN OFF                                                                   900.55     2 ACCTS

AGENCY CONTACT: PINECREST RECOVERY, CLIENT ID PCR-2231, (951) 555-0180
GL 570-1320-41450 BAD DEBT WRITE-OFF  ---  END OF REPORT
"""


def test_a_report_footer_under_its_totals_row_is_no_row():
    found = pairs_found(f"{_SITE}/writeoffs.txt", _REPORT)
    assert {"602 418 337 5", "618 993 120 4"} <= values_of(found, "account_number")
    assert "ODUYA TEMITOPE" in values_of(found, "customer_name")
    assert not any("570-1320" in value for value in values_of(found, "account_number"))
    assert not any("WRITE-OFF" in value for value in values_of(found, "customer_name"))


def test_a_note_between_two_rows_still_belongs_to_the_table():
    report = _REPORT.replace("975 W FOOTHILL BLVD                   288.15   203\n",
                             "975 W FOOTHILL BLVD                   288.15   203\n"
                             "      payment plan broken 01/2025\n"
                             "633 207 954 1   NAKASHIMA RYO                 310 E 9TH ST                          91.12   140\n")
    found = pairs_found(f"{_SITE}/writeoffs.txt", report)
    assert {"602 418 337 5", "618 993 120 4", "633 207 954 1"} <= values_of(found, "account_number")


# --- misses: a comb of boxes ------------------------------------------------------------------------------------

def _comb_form(rows: list[tuple[str, str]], pitch: float) -> bytes:
    """A one-page form: each label at the left margin, its digits one a box from x=240, ``pitch`` points apart (a
    value of words typed on the line)."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, (label, digits) in enumerate(rows):
        y = 740 - 28 * k
        pdf.drawString(60, y, label)
        if not digits.isdigit():
            pdf.drawString(240, y, digits)
            continue
        for n, digit in enumerate(digits):
            pdf.rect(236 + pitch * n, y - 4, pitch - 2, 16)
            pdf.drawString(240 + pitch * n, y, digit)
    pdf.save()
    return out.getvalue()


def test_digits_written_one_a_box_are_one_number():
    found = pairs_found(f"{_SITE}/discount_application.pdf", _comb_form([
        ("Applicant name:", "Marisol Etxeberria"), ("Utility Account No. / Cuenta:", "5207719346"), ("Phone / Telefono:", "9093381742"),
    ], pitch=15))
    assert "5207719346" in values_of(found, "account_number")
    assert "9093381742" in values_of(found, "phone")


def test_a_table_of_one_digit_counts_is_not_joined():
    found = pairs_found(f"{_SITE}/outage_counts.pdf", _comb_form([
        ("Outages by district, Jan-Jul", ""), ("Feeder 12 outages", "3502418"), ("Feeder 14 outages", "6120593"),
    ], pitch=48))
    assert not values_of(found, "account_number")
    assert not values_of(found, "phone")


# --- misses: form fields a form tool named ----------------------------------------------------------------------

def _generic_form(fields: list[tuple[str, str]], beside: bool) -> bytes:
    """A fillable form whose fields a form tool named "Text1", "Text2", ...: each label printed above its box, or
    on its line before it (``beside``)."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(60, 770, "HOME ENERGY UPGRADE REBATE - APPLICATION")
    for k, (label, value) in enumerate(fields):
        y = 720 - 40 * k
        if beside:
            pdf.drawString(60, y + 4, f"{label}:")
            pdf.acroForm.textfield(name=f"Text{k + 1}", value=value, x=250, y=y, width=260, height=16,
                                   borderWidth=0)
        else:
            pdf.drawString(60, y + 18, label)
            pdf.acroForm.textfield(name=f"Text{k + 1}", value=value, x=60, y=y, width=300, height=15,
                                   borderWidth=0)
    pdf.save()
    return out.getvalue()


_FIELDS = [("Applicant name", "Teodora Vasilescu"), ("Service address", "1968 N Garey Ave"),
           ("Service Agreement ID", "SA7730154289"), ("Meter ID", "V417N-605233"),
           ("Annual electricity use (kWh)", "6,482")]


def test_a_form_tools_field_names_take_the_label_printed_above_them():
    found = pairs_found(f"{_SITE}/rebate_vasilescu.pdf", _generic_form(_FIELDS, beside=False))
    assert {"SA7730154289", "V417N-605233"} <= values_of(found, "account_number")
    assert "6,482" in values_of(found, "energy_usage")


def test_a_form_tools_field_names_take_the_label_printed_beside_them():
    found = pairs_found(f"{_SITE}/rebate_vasilescu.pdf", _generic_form(_FIELDS, beside=True))
    assert {"SA7730154289", "V417N-605233"} <= values_of(found, "account_number")
    assert "6,482" in values_of(found, "energy_usage")


def test_a_form_tools_fields_labelled_as_public_numbers_stay_quiet():
    found = pairs_found(f"{_SITE}/contractor_registration.pdf", _generic_form([
        ("Contractor business name", "Halverson Mechanical Inc."), ("CSLB license number", "1047726"),
        ("Building permit number", "B25-004417"), ("System size (kW DC)", "8.4"),
    ], beside=False))
    assert not values_of(found, "account_number")
    assert not values_of(found, "energy_usage")
    assert not values_of(found, "customer_name")


# --- misses: a remittance stub's scan line ----------------------------------------------------------------------

def _stub_letter(account: str, scan_line: str) -> bytes:
    from tests.detector_helpers import lines_pdf
    return lines_pdf([
        "CITY UTILITIES - PAYMENT ARRANGEMENT", "March 3, 2025", "Benedikt Ostrowski", "3318 N Towne Ave",
        "Pomona, CA 91767", f"Contract Account: {account}", "Dear Mr. Ostrowski:",
        "This letter confirms the payment arrangement you requested.",
        "- - - - - detach and return with your payment - - - - -",
        "CITY UTILITIES\tAMOUNT DUE $412.30", scan_line,
    ])


def test_a_scan_line_holding_the_account_above_it_is_reported():
    found = pairs_found(f"{_SITE}/arrangement.pdf", _stub_letter("0047 2291 5508", "0047229155080000412308"))
    assert "0047 2291 5508" in values_of(found, "account_number")
    assert "0047229155080000412308" in values_of(found, "account_number")


def test_a_long_run_holding_no_account_of_the_page_stays_quiet():
    found = pairs_found(f"{_SITE}/arrangement.pdf", _stub_letter("0047 2291 5508", "7700318842610000412308"))
    assert "7700318842610000412308" not in values_of(found, "account_number")


# --- misses: the number the customer spoke from, in a letter to them ---------------------------------------------

def _letter_docx(paragraphs: list[str]) -> bytes:
    import docx
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_number_a_customer_spoke_with_us_from_is_theirs():
    letter = _letter_docx([
        "CITY UTILITIES - CUSTOMER SERVICE", "February 11, 2025",
        "Ines Valderrama\n1187 W Orange Grove Ave\nPomona, CA 91768", "Dear Ms. Valderrama:",
        "Thank you for speaking with us at (626) 318-4472. This letter confirms the payment arrangement for the "
        "past-due balance of your account.",
        "Questions: Utility Billing, (909) 620-2241.", "Sincerely,\n\nBilling Supervisor"])
    found = pairs_found(f"{_SITE}/arrangement_valderrama.docx", letter)
    assert "(626) 318-4472" in values_of(found, "phone")


def test_the_number_a_spanish_letter_says_we_spoke_at_is_theirs():
    letter = _letter_docx([
        "CIUDAD - SERVICIOS PÚBLICOS", "11 de febrero de 2025",
        "Rogelio Anaya Quintero\n842 E Holt Ave Apt 3\nPomona, CA 91767", "Estimado Sr. Anaya:",
        "Le confirmamos el acuerdo de pago que hablamos por teléfono al (909) 471-2035. Mientras cumpla con los "
        "pagos, no se suspenderá su servicio.", "Atentamente,\n\nDivisión de Facturación"])
    found = pairs_found(f"{_SITE}/acuerdo_anaya.docx", letter)
    assert "(909) 471-2035" in values_of(found, "phone")


def test_a_notice_to_no_one_thanking_callers_gives_no_customer_phone():
    notice = _letter_docx([
        "CITY UTILITIES - OUTAGE UPDATE", "February 11, 2025",
        "Thank you for speaking with us at the community meeting. Residents with questions may call the outage "
        "line at (909) 388-5210, staffed by the Water Operations Division."])
    found = pairs_found(f"{_SITE}/outage_update.docx", notice)
    assert not values_of(found, "phone")


# --- partial: a narrow table's wrapped cells beside a notes column -----------------------------------------------

def _narrow_table(rows: list[list[list[str]]]) -> bytes:
    """A table of narrow columns, each cell's lines (7-point text) 9 points apart under its row's top, rows 24 points
    apart."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(56, 760, "Disconnection list - non-payment, week of March 10")
    columns = (123, 171, 233, 313, 359, 417)
    for x, name in zip(columns, ("Account", "Customer", "Service address", "Past due", "Disc. date", "Field notes")):
        pdf.drawString(x, 730, name)
    for r, row in enumerate(rows):
        for x, cell in zip(columns, row):
            for k, line in enumerate(cell):
                pdf.drawString(x, 714 - 24 * r - 9 * k, line)
    pdf.save()
    return out.getvalue()


def test_wrapped_cells_of_a_narrow_table_beside_its_notes_column_are_whole():
    found = pairs_found(f"{_SITE}/disconnections.pdf", _narrow_table([
        [["614 207", "338 5"], ["Dilnoza", "Rakhimova"], ["2291 N Gibbs", "St #B"], ["$318.40"], ["03/14/2025"],
         ["dog in yard", "- knock first"]],
        [["620 551", "907 2"], ["Oren Tal"], ["877 W Alvarado St"], ["$96.10"], ["03/12/2025"],
         ["meter in alley"]],
        [["633 018", "442 6"], ["Kalinda", "Yarrow"], ["415 E Grand", "Ave Sp 9"], ["$204.77"], ["03/13/2025"],
         ["gate code on", "file - call first"]],
    ]))
    accounts = values_of(found, "account_number")
    assert {"614 207 338 5", "620 551 907 2", "633 018 442 6"} <= accounts
    assert {"Dilnoza Rakhimova", "Kalinda Yarrow"} <= values_of(found, "customer_name")
