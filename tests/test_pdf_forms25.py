"""A PDF's form fields, metadata and form text (red team pdf25): a filled application's AcroForm fields judged field
by field, each by its name, a public field (the staff contact) clearing none of the others; the document
information read as one record, Keywords among it; a form's "Label | value |" lines read as label-value pairs."""
from __future__ import annotations

import io
import random

from reportlab.pdfgen import canvas

from tests.detector_helpers import lines_pdf
from tests.test_ocr import needs_tesseract
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


def test_a_boxed_forms_label_and_value_lines_are_pairs_not_a_table_under_its_first_row():
    body = lines_pdf(["CITY OF LAKEVIEW UTILITIES", "LEVEL PAY ENROLLMENT",
                       "Account holder | Wendeline Abara-Soto |", "Utility account no. | 5530-917204-66 |",
                       "Service address | 1187 Quintara Way |", "Cell phone | (562) 904-2218 |",
                       "E-mail | wabarasoto@yahoo.com |"])
    result = found("level-pay-scan.pdf", body)
    assert {("customer_name", "Wendeline Abara-Soto"), ("account_number", "5530-917204-66"),
            ("address", "1187 Quintara Way"), ("phone", "(562) 904-2218"),
            ("email", "wabarasoto@yahoo.com")} <= result


def test_a_facilitys_label_and_value_lines_stay_public():
    body = lines_pdf(["FACILITY RENTAL INFORMATION", "Facility | Lakeview Senior Center |",
                       "Address | 2250 N Orchard Ave |", "Reservations | (562) 570-3100 |",
                       "Hours | Mon-Fri 8 a.m. to 5 p.m. |"])
    assert found("facility.pdf", body) == set()


_SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
_MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"


def _scanned_boxed_form(rows: list[tuple[str, str]]) -> bytes:
    """A letter page holding a 200 dpi scan of a form, each value typed in a ruled box beside its label, fed a little
    askew: rendered at 300 dpi for OCR, Tesseract read its labels' column as one line and its values as another."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (1700, 2200), 250)
    draw = ImageDraw.Draw(image)
    sans, mono = ImageFont.truetype(_SANS, 32), ImageFont.truetype(_MONO, 32)
    draw.text((150, 150), "CITY OF LAKEVIEW UTILITIES", font=sans, fill=25)
    draw.text((150, 200), "LEVEL PAY ENROLLMENT", font=sans, fill=25)
    y = 300
    for label, value in rows:
        draw.text((150, y), label, font=sans, fill=20)
        draw.rectangle((640, y - 8, 1550, y + 42), outline=60, width=2)
        draw.text((660, y), value, font=mono, fill=35)
        y += 67
    image = image.rotate(-0.8, resample=Image.BICUBIC, fillcolor=250)
    pixels, dots = image.load(), random.Random(11)
    for _ in range(6000):  # the scanner's dust
        pixels[dots.randrange(1700), dots.randrange(2200)] = dots.choice([90, 140, 200])
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    picture = io.BytesIO()
    image.save(picture, "PNG")
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(612, 792))
    pdf.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 0, 0, 612, 792)
    pdf.save()
    return out.getvalue()


@needs_tesseract
def test_a_scanned_boxed_forms_fields_are_read_with_their_labels():
    body = _scanned_boxed_form([("Account holder", "Wendeline Abara"), ("Utility account no.", "5-30-917-2046"),
                                ("Service address", "1187 Quintara Way"), ("Cell phone", "(562) 904-2218"),
                                ("Social Security No.", "541-72-3390"), ("Household size", "3")])
    assert {("address", "1187 Quintara Way"), ("phone", "(562) 904-2218"),
            ("ssn", "541-72-3390")} <= found("level-pay-scan.pdf", body)
