"""Other utilities' and programs' account numbers, labelled in other formats than SCE's, and the precision around
them (red team site64d).

- A PDF's table laid out in text: a "Site Address" column beside a "Customer" column is the customer's home, as a
  web table's is; a column headed by a utility's letters and PG&E's "SAID" ("PG&E SAID") holds the service agreement.
  Hard negative: a facility table's "Site Address" under "Facility".
- A prepaid meter's "Prepay ID", a home's NEM interconnection application number ("Interconnection Request No."),
  a payment arrangement in Spanish ("Número de acuerdo de pago"), SAP's Spanish fields ("Punto de suministro",
  "Interlocutor comercial"), SAP's bare "Installation" column in a customer's row. Hard negatives: a rebate table's
  "Installation" dates, a solar permit list's bare "App #".
- Two numbers of one customer a slash apart ("Acct#0140236863/Prem#5003835993"). Hard negative: a number and a name
  a slash apart.
- A meter's number in a notice's table beside the account's number. Hard negative: a work order's meter.
- A CCA's initials label its account when the page spells its name with "Alliance" or "Authority".
- A public speaker in minutes ("Speaker NAME (home) read her PG&E service agreement ID ..."). Hard negatives: a
  speaker in support of an item; two speakers sharing a surname or a given name with a customer in flat minutes;
  a comment box's staff-note rule does not reach a paragraph four above in a page's own container.
- Precision: an upper-case city line with no comma ("SANTA ANA CA 92701") is no name; a number's own label before
  its bracket ("Meter Number (BX609623)") is no holder; "Pay by phone:" is an office's line; a CCA named "... Clean
  Power" holds its own EIN.
"""
from __future__ import annotations

import io

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.ci.lakewood-springs.ca.us"


def _html(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/utilities/page.html", f"<html><body><main>{body}</main></body></html>")


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/files/export.txt", "\n".join(lines) + "\n")


def _columns_pdf(rows: list[list[str]], widths: list[int]) -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    y = 740
    for row in rows:
        x = 40
        for cell, width in zip(row, widths):
            pdf.drawString(x, y, cell)
            x += width
        y -= 16
    pdf.save()
    return out.getvalue()


# -- a PDF's table in text -------------------------------------------------------------------------------------------

def test_site_address_beside_a_customer_column_in_a_pdf_table():
    found = pairs_found(f"{_SITE}/files/solar-queue.pdf", _columns_pdf([
        ["Owner / Customer", "Site Address", "PG&E SAID", "System kW"],
        ["Hoang Thi Lan", "2207 Manzanita Dr", "6120934471", "6.4"],
        ["Gustavo Ibarra-Soto", "88 Larkspur Ct", "4471 209 338", "9.1"]], [120, 140, 110, 60]))
    assert values_of(found, "customer_name") == {"Hoang Thi Lan", "Gustavo Ibarra-Soto"}
    assert values_of(found, "address") == {"2207 Manzanita Dr", "88 Larkspur Ct"}
    assert values_of(found, "account_number") == {"6120934471", "4471 209 338"}


def test_site_address_of_a_facility_table_in_a_pdf():
    found = pairs_found(f"{_SITE}/files/facility-solar.pdf", _columns_pdf([
        ["Facility", "Site Address", "Permit", "System kW"],
        ["Senior Center", "1200 Orchard Ave", "B24-00931", "60.0"],
        ["Corporation Yard", "455 Industrial Way", "B24-01177", "120.0"]], [120, 140, 110, 60]))
    assert not found


# -- labels of other programs and systems ----------------------------------------------------------------------------

def test_prepay_and_interconnection_labels():
    found = _html("<h2>Account review</h2><p><b>Customer:</b> Oyelaran Adebayo</p>"
                  "<p><b>Prepay ID:</b> PP44120937</p><p><b>Interconnection Request No.:</b> NEM-3381042</p>")
    assert values_of(found, "account_number") == {"PP44120937", "NEM-3381042"}


def test_bare_app_number_of_a_permit_list_is_none():
    found = _html("<table><tr><th>App #</th><th>Project</th><th>Address</th><th>Issued</th></tr>"
                  "<tr><td>APP24118873</td><td>Rooftop PV 7.2 kW</td><td>300 Mesa Verde Rd</td><td>3/4/2024</td></tr>"
                  "<tr><td>APP24118874</td><td>Battery storage</td><td>12 Canyon View Ct</td><td>3/5/2024</td></tr>"
                  "</table>")
    assert not values_of(found, "account_number")


def test_spanish_payment_arrangement_and_sap_fields():
    found = _html("<p>Estimada Sra. Quispe Mamani:</p><table>"
                  "<tr><th>Número de acuerdo de pago</th><td>AP-2291-00418</td></tr>"
                  "<tr><th>Punto de suministro</th><td>7104428813</td></tr>"
                  "<tr><th>Interlocutor comercial</th><td>1009934412</td></tr></table>")
    assert values_of(found, "account_number") == {"AP-2291-00418", "7104428813", "1009934412"}


def test_bare_installation_column_in_a_customers_row():
    found = _html("<table><tr><th>Customer</th><th>Service Address</th><th>Installation</th><th>Past Due</th></tr>"
                  "<tr><td>Wojciech Nowicki</td><td>71 Birchwood Ln</td><td>4003318820</td><td>$212.40</td></tr>"
                  "<tr><td>Farah Siddiqui</td><td>9 Quarry Rd</td><td>4007741166</td><td>$98.15</td></tr></table>")
    assert values_of(found, "account_number") == {"4003318820", "4007741166"}


def test_installation_column_of_dates_and_facilities_is_none():
    found = _html("<table><tr><th>Facility</th><th>Address</th><th>Installation</th><th>kW</th></tr>"
                  "<tr><td>City Hall</td><td>505 S Garey Ave</td><td>2019</td><td>120</td></tr></table>"
                  "<table><tr><th>Participant</th><th>Installation</th><th>Rebate</th></tr>"
                  "<tr><td>Li Wei</td><td>2024-03-11</td><td>$500</td></tr></table>")
    assert not values_of(found, "account_number")


def test_two_numbers_a_slash_apart_in_a_note():
    found = _txt("UTILITY BILLING - CSR NOTES", "",
                 "10/2 | kp | Acct#0140236863/Prem#5003835993 | Anahit Sarkisian, 17043 Rosewood Ter | ext granted")
    assert {"0140236863", "5003835993"} <= values_of(found, "account_number")


def test_number_then_a_name_after_a_slash_is_not_cut():
    found = _txt("Route 4 notes", "", "Acct 0140236863/A Ruiz")
    assert "0140236863" not in values_of(found, "account_number")


def test_meter_beside_the_account_in_a_notice_table():
    found = _html("<p>Dear Mr. Tshabalala,</p><table><tr><th>Meter Number</th><td>LN940656</td></tr>"
                  "<tr><th>Account Number</th><td>730-01918-872</td></tr></table>")
    assert values_of(found, "account_number") == {"LN940656", "730-01918-872"}


def test_work_orders_meter_is_equipment():
    found = _html("<table><tr><th>WO #</th><th>Meter No</th><th>Crew</th></tr>"
                  "<tr><td>WO-2231</td><td>0448812093</td><td>B</td></tr></table>")
    assert not values_of(found, "account_number")


def test_cca_initials_of_an_alliance_label_its_account():
    found = _html("<p>Harbor Coast Energy Alliance - billing desk</p><h3>Contact 7965</h3>"
                  "<p><b>HCEA Account:</b> 205-0119-943</p>")
    assert values_of(found, "account_number") == {"205-0119-943"}


# -- minutes -------------------------------------------------------------------------------------------------------

def test_speaker_reading_her_utility_agreement_into_the_record():
    found = _html("<h1>Minutes</h1><p>Speaker Marguerite Okonjo (4410 Sagebrush Way) read her PG&amp;E service "
                  "agreement ID, 2376842980, into the record.</p>")
    assert values_of(found, "customer_name") == {"Marguerite Okonjo"}


def test_speakers_sharing_a_name_with_a_customer_in_flat_minutes():
    found = _html("<h1>Regular Meeting Minutes</h1>"
                  "<p>Maria Garcia, a resident of Lakewood Springs, spoke in support of the library item.</p>"
                  "<p>The meeting was called to order at 6:02 p.m. Council adopted Resolution No. 2025-41.</p>"
                  "<p>Jose Ortiz, 14 Alder Ct, stated that his bill under Acct# 983750-0401 showed 1,576 kWh.</p>"
                  "<p>Speaker Elena Garcia (96 Yorba Ave) read her water acct #, 616394-4594, into the record.</p>"
                  "<p>Jose Alvarez, a resident, spoke in support of the park item.</p>")
    assert values_of(found, "customer_name") == {"Jose Ortiz", "Elena Garcia"}


# -- precision -----------------------------------------------------------------------------------------------------

def test_upper_case_city_line_without_a_comma_is_no_name():
    found = pairs_found(f"{_SITE}/files/notice.pdf", lines_pdf([
        "FINAL NOTICE BEFORE DISCONNECTION", "", "CHIAMAKA OKORIE", "4411 BONITA AVE", "SANTA ANA CA 92701", "",
        "Water Account No. 0012-884412-03"]))
    assert values_of(found, "customer_name") == {"CHIAMAKA OKORIE"}


def test_a_numbers_label_before_its_bracket_is_no_holder():
    found = _html("<ul><li>OMB-24-024 - Resident Rosalind Marchetti at 13416 Dartmouth St reports the CARE/FERA ID "
                  "(C411432620) and Meter Number (BX609623) were merged in error.</li></ul>")
    assert values_of(found, "customer_name") == {"Rosalind Marchetti"}


def test_pay_by_phone_is_the_offices_line():
    found = _html("<h2>Customer record</h2><p><b>Customer:</b> Tomasz Wrobel</p><p><b>Account:</b> 0087-441290-02</p>"
                  "<p><b>Pay by phone:</b> (562) 373-4459</p>")
    assert "(562) 373-4459" not in values_of(found, "phone")


def test_clean_power_ccas_own_ein():
    found = _html("<p>Ordinance No. 1833; Verdant Hills Clean Power federal EIN 55-4376840; 41,220 enrolled "
                  "accounts.</p>")
    assert not values_of(found, "taxpayer_id")


def test_bare_premise_column_beside_an_account_holder():
    found = _html("<table><tr><th>Account Holder</th><th>Location</th><th>Premise</th><th>Past Due</th></tr>"
                  "<tr><td>Nnamdi Eze</td><td>8577 Linden Ln</td><td>5033619716</td><td>$12.00</td></tr>"
                  "<tr><td>Saoirse Byrne</td><td>12 Quince St</td><td>5084089327</td><td>$13.00</td></tr></table>")
    assert values_of(found, "account_number") == {"5033619716", "5084089327"}


def test_bare_premise_column_of_city_facilities_is_none():
    found = _html("<table><tr><th>Facility</th><th>Location</th><th>Premise</th><th>Annual kWh</th></tr>"
                  "<tr><td>City Hall</td><td>505 S Garey Ave</td><td>5033619716</td><td>412,330</td></tr>"
                  "<tr><td>Main Library</td><td>140 Mesa St</td><td>5084089327</td><td>98,100</td></tr></table>")
    assert not values_of(found, "account_number")


def test_care_enrolment_in_spanish():
    found = _html("<p>Estimada Sra. Mamani: su número de inscripción en CARE es C785264565. Para preguntas llame al "
                  "(888) 133-5684.</p>")
    assert values_of(found, "account_number") == {"C785264565"}


def test_a_class_registration_number_in_spanish_is_none():
    found = _html("<p>Programa de Parques: su número de inscripción es 4412093 para la clase de natación del sábado.</p>")
    assert not values_of(found, "account_number")


def test_a_spanish_street_opening_with_its_article():
    found = pairs_found(f"{_SITE}/files/interconnection.pdf", _columns_pdf([
        ["Customer", "Service Address", "SA ID", "kW DC"],
        ["Bartholomew Nakashima", "770 El Camino Real", "4429106638", "5.2"],
        ["Ifeoma Chukwu", "31 LA CALLE ANCHA", "4429106639", "7.0"]], [170, 150, 100, 60]))
    assert values_of(found, "address") == {"770 El Camino Real", "31 LA CALLE ANCHA"}
