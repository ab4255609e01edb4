"""site60a: records that exist only as pictures (a photographed bill, a scanned notice) read by OCR, then by the
record rules. A bill's charge lines ("Generation | 612 kWh | $0.131 | $80.17") under the customer's block are the
customer's usage; the same lines on a page naming no customer, or several, stay plain figures."""
from __future__ import annotations

from tests.detector_helpers import values_found

BILL = """Statement of Account
Account holder: Wendell Achterberg\tAccount No.: 4471 2093 58
Service address: 2281 Quillon Terrace\tSCE Service Acct: 3-417-2286-09
Orchard Springs, CA 92881

Description\tUsage\tRate\tAmount
Generation (OSCE)\t612 kWh\t$0.13115\t$80.26
SCE Delivery\t612 kWh\tsee SCE bill\t$52.10
Taxes & fees\t\t\t$4.12
"""


def test_charge_lines_of_a_customers_bill_are_their_usage():
    found = values_found("bill.txt", BILL, ("energy_usage", "customer_name"))
    assert "Wendell Achterberg" in found["customer_name"]
    assert found["energy_usage"] and all(v == "612 kWh" for v in found["energy_usage"])


def test_gas_supply_line_of_a_bill():
    body = BILL.replace("Generation (OSCE)\t612 kWh", "Gas Supply\t38 therms").replace("SCE Delivery\t612 kWh", "Gas Delivery\t38 therms")
    assert "38 therms" in values_found("bill.txt", body, ("energy_usage",)).get("energy_usage", [])


def test_identifiers_after_the_charge_lines_still_found():
    body = BILL + "Payment arrangement on file. Customer SSN 521-47-3390, phone (951) 284-7731.\n"
    found = values_found("bill.txt", body, ("ssn", "energy_usage"))
    assert found["ssn"] == ["521-47-3390"] and "612 kWh" in found["energy_usage"]


def test_facility_bill_naming_no_person_is_not_a_customers_usage():
    body = """City of Orchard Springs - Facility Electricity Summary
Facility: Community Center\tSCE Service Acct: 3-900-1172-44
Description\tUsage\tRate\tAmount
Generation (OSCE)\t48,220 kWh\t$0.11210\t$5,405.46
SCE Delivery\t48,220 kWh\tsee SCE bill\t$3,880.02
"""
    assert not values_found("facility.txt", body, ("energy_usage", "customer_name"))


def test_rate_schedule_lines_are_no_usage():
    body = """Account holder: Wendell Achterberg
Service address: 2281 Quillon Terrace
Description\tRate\tAmount
Generation (OSCE)\t$0.13115/kWh\t
SCE Delivery\t$0.09870/kWh\t
"""
    assert not values_found("rates.txt", body, ("energy_usage",))


def test_charge_lines_on_a_page_of_several_customers_are_not_tied():
    body = """Account holder: Wendell Achterberg\tAccount No.: 4471 2093 58
Account holder: Lucinda Ferreira-Obi\tAccount No.: 4471 2093 77
Description\tUsage\tRate\tAmount
Generation (OSCE)\t612 kWh\t$0.13115\t$80.26
"""
    assert "612 kWh" not in values_found("two.txt", body, ("energy_usage",)).get("energy_usage", [])


def test_numbered_captions_with_notes_label_the_values_under_them():
    """A tax or claim form numbers its boxes without a stop and notes how to fill them ("1 Name (as shown on your
    income tax return)"); OCR reads each caption over its value."""
    from crawler.extract.layout import captioned_boxes

    lines = ["Payee Information for Rebate Check", "1 Name of account holder (as printed on the bill)",
             "Rosalind Pemberton-Achebe", "2 Tax classification", "[X] Individual", "4 Mailing address (street and apt. no.)",
             "8802 Wexford Hollow Rd", "Phone: (805) 317-4426"]
    read = captioned_boxes(lines)
    assert "1 Name of account holder (as printed on the bill): Rosalind Pemberton-Achebe" in read
    assert "4 Mailing address (street and apt. no.): 8802 Wexford Hollow Rd" in read


def test_numbered_agenda_items_are_no_captions():
    from crawler.extract.layout import captioned_boxes

    lines = ["Regular Meeting Agenda", "1 Call to Order (6:00 p.m.)", "Mayor Elena Quiroga", "2 Presentations (ten minutes)",
             "Orchard Springs Little League", "3 Public Hearing (continued item)", "1450 Lantern Bay Dr"]
    assert captioned_boxes(lines) == lines


def _form_picture(rows) -> bytes:
    """A typed form photographed or scanned: each caption in small type over its value in a box."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (1700, 1200), 255)
    draw = ImageDraw.Draw(page)
    small = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 20)
    large = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 30)
    y = 80
    for caption, value in rows:
        draw.text((90, y + 6), caption, font=small, fill=70)
        draw.rectangle([80, y, 1600, y + 90], outline=60, width=2)
        draw.text((100, y + 40), value, font=large, fill=0)
        y += 120
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    return buffer.getvalue()


def test_numbered_form_picture_read_by_ocr():
    body = _form_picture([("1 Name of account holder (as printed on the bill)", "Rosalind Pemberton-Achebe"),
                          ("2 Service address (street and unit number)", "8802 Wexford Hollow Rd"),
                          ("3 Daytime phone (with area code)", "(805) 317-4426")])
    found = values_found("form.png", body, ("customer_name", "address", "phone"))
    assert found.get("customer_name") == ["Rosalind Pemberton-Achebe"]
    assert found.get("address") == ["8802 Wexford Hollow Rd"]
    assert found.get("phone") == ["(805) 317-4426"]
