"""A PDF's form fields, metadata and form text (red team pdf25): a filled application's AcroForm fields judged field
by field, each by its name, a public field (the staff contact) clearing none of the others; the document
information read as one record, Keywords among it; a form's "Label | value |" lines read as label-value pairs."""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from tests.test_table_headers import found


def _form(fields: list[tuple[str, str, str]], **info: str) -> bytes:
    """A one-page form: each (printed label, field name, value) a line with a filled text field beside its label."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for key, value in info.items():
        getattr(pdf, f"set{key.capitalize()}")(value)
    pdf.drawString(72, 740, "CITY OF LAKEVIEW UTILITIES - BUDGET BILLING APPLICATION")
    for k, (label, name, value) in enumerate(fields):
        y = 700 - 30 * k
        pdf.drawString(72, y, label)
        pdf.acroForm.textfield(name=name, value=value, x=240, y=y - 4, width=280, height=18)
    pdf.save()
    return out.getvalue()


def test_a_staff_contact_field_clears_none_of_the_customers_fields():
    body = _form([("Applicant name", "cust_name", "Odalys Ferreira-Quist"),
                  ("Utility account no.", "acct_no", "4108-226519-03"),
                  ("Home phone", "home_phone", "(562) 318-4470"),
                  ("Your City contact", "staff_contact", "Bernadette Ulloa (562) 570-6100")])
    result = found("budget-billing-application.pdf", body)
    assert {("customer_name", "Odalys Ferreira-Quist"), ("account_number", "4108-226519-03"),
            ("phone", "(562) 318-4470")} <= result
    assert not any("Ulloa" in value or value == "(562) 570-6100" for _, value in result)


def test_an_account_field_beside_a_customer_name_field_is_the_account():
    body = _form([("Customer name", "customer_name", "Tomasz Okonkwo"),
                  ("Account", "account", "7-61-308-2254")])
    assert ("account_number", "7-61-308-2254") in found("service-request.pdf", body)


def test_a_city_event_form_with_staff_and_a_public_venue_stays_silent():
    body = _form([("Event", "event_name", "Arbor Day Tree Planting"),
                  ("Location", "location", "Ganesha Park, 1575 N White Ave"),
                  ("Staff contact", "staff_contact", "Bernadette Ulloa (562) 570-6100"),
                  ("Department", "department", "Parks and Recreation")])
    assert found("event-request.pdf", body) == set()


def _lines_pdf(lines: list[str]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(lines):
        pdf.drawString(72, 740 - 16 * k, line)
    pdf.save()
    return out.getvalue()


def test_a_boxed_forms_label_and_value_lines_are_pairs_not_a_table_under_its_first_row():
    body = _lines_pdf(["CITY OF LAKEVIEW UTILITIES", "LEVEL PAY ENROLLMENT",
                       "Account holder | Wendeline Abara-Soto |", "Utility account no. | 5530-917204-66 |",
                       "Service address | 1187 Quintara Way |", "Cell phone | (562) 904-2218 |",
                       "E-mail | wabarasoto@yahoo.com |"])
    result = found("level-pay-scan.pdf", body)
    assert {("customer_name", "Wendeline Abara-Soto"), ("account_number", "5530-917204-66"),
            ("address", "1187 Quintara Way"), ("phone", "(562) 904-2218"),
            ("email", "wabarasoto@yahoo.com")} <= result


def test_a_facilitys_label_and_value_lines_stay_public():
    body = _lines_pdf(["FACILITY RENTAL INFORMATION", "Facility | Lakeview Senior Center |",
                       "Address | 2250 N Orchard Ave |", "Reservations | (562) 570-3100 |",
                       "Hours | Mon-Fri 8 a.m. to 5 p.m. |"])
    assert found("facility.pdf", body) == set()

