"""Filled program forms posted by mistake (red team forms30).

- A web form's export whose column names are the form's questions ("Best number to call you on", "Your utility
  account number (printed on page 1 of your bill)", "About how much electricity does your household use a
  month?"): each column read as the field its question asks for.
  Hard negatives: a survey's export of opinions ("How satisfied were you ...?", "How many people live in your
  home?", a count, not a usage), a program's statistics sheet whose long column names describe figures.
- A completed form the document says is an example ("(filled-in sample)", "SAMPLE ONLY", "the applicant shown is
  fictional") is a sample: none of its values is reported, its consumer mailbox neither. A mailbox on a domain
  reserved for examples (example.com, example.org, example.net) outside a customer's record is no one's (a hard
  negative to it: a consumer mailbox beside it is still reported).
- Third parties and staff on a customer's form: an AcroForm's numbered repeat field ("Phone_2", "Email_2") after
  the installer's fields is the installer's; a "Received by" row names the clerk; a W-9's account line holding a
  rebate's number ("Rebate WH-25-0087") is no utility account.
  Hard negatives to those: the customer's own fields in the same form stay reported.
- A flat boxed form whose small captions sit at the top of each box, the values under them: each value read with
  its caption as its label. Hard negative: a boxed listing of the City's facilities.
- A flat form filled in with a viewer's add-text tool: each FreeText annotation read with the printed label it sits
  beside. Hard negative: a reviewer's note in the margin, beside no label.
- "Average monthly usage (kWh)" on a customer's form is the customer's usage. Hard negative: a rate class's average
  in a summary table.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from crawler.extract import looks_like_header_row
from tests.detector_helpers import docx_form, pairs_found, values_of, xlsx

URL = "https://www.pomonachoiceenergy.org/files/"


def test_a_web_forms_question_headers_name_their_columns():
    body = xlsx([
        ["Response #", "Date submitted", "First name", "Last name", "Home street address where the heat pump goes",
         "Best number to call you on during the day", "E-mail", "Your utility account number (printed on page 1 of "
         "your bill)", "About how much electricity does your household use a month? (kWh, see bill)",
         "Where did you hear about this offer?"],
        ["R-1042", "2025-04-02 10:11", "Marisol", "Quintanilla", "845 W Arrow Hwy", "(909) 318-2264",
         "mquintanilla@yahoo.com", "4410928375", "about 640", "Radio ad"],
        ["R-1043", "2025-04-03 08:40", "Desmond", "Achterberg", "1377 N Towne Ave", "909.204.7781",
         "d.achterberg@gmail.com", "4410551960", "815", "Neighbor"],
    ])
    found = pairs_found(URL + "heat-pump-interest-form-responses.xlsx", body)
    assert {"845 W Arrow Hwy", "1377 N Towne Ave"} <= values_of(found, "address")
    assert {"(909) 318-2264", "909.204.7781"} <= values_of(found, "phone")
    assert {"4410928375", "4410551960"} <= values_of(found, "account_number")
    assert {"640", "815"} <= values_of(found, "energy_usage")
    assert any("Quintanilla" in name for name in values_of(found, "customer_name"))


def test_a_surveys_opinion_questions_name_no_customer_field():
    body = xlsx([
        ["Response #", "How satisfied were you with the workshop overall?",
         "How many people live in your home? (including you)", "Which topics would you like us to cover next time?"],
        ["1", "Very satisfied", "4", "Battery storage"],
        ["2", "Somewhat satisfied", "2", "Rates"],
        ["3", "Neutral", "5", "Electric vehicles"],
    ])
    found = pairs_found(URL + "workshop-survey-results.xlsx", body)
    assert not values_of(found, "energy_usage") and not values_of(found, "account_number")


def test_a_statistics_sheets_long_column_names_hold_no_customer():
    body = xlsx([
        ["Program year", "Households enrolled in the residential solar program", "Average annual kWh per household",
         "Total bill savings to participating customers ($)"],
        ["2023", "412", "6,210", "$318,400"],
        ["2024", "537", "6,045", "$402,950"],
    ])
    found = pairs_found(URL + "solar-program-statistics.xlsx", body)
    assert not found


def test_a_row_of_sentences_is_no_header():
    assert looks_like_header_row(["Program", "Status", "Best phone number to reach you about your application"])
    assert not looks_like_header_row(["Solar for All", "Open",
                                      "Free panels for qualifying homes. Apply by May 1 online."])


_ROWS = [("Name on account", "Yolanda P. Okafor"), ("Service address", "2715 N Garey Ave, Pomona, CA 91767"),
         ("Daytime phone", "(909) 461-3390"), ("Email", "yokafor@gmail.com")]


def test_a_completed_example_of_a_form_reports_nothing():
    body = docx_form(_ROWS, "SAMPLE ONLY. Do not mail this page: the applicant shown is fictional.",
                     heading="Budget Billing Enrollment (filled-in sample)")
    assert not pairs_found(URL + "budget-billing-how-to-fill.docx", body)


def test_the_same_form_filled_by_a_customer_is_reported():
    body = docx_form(_ROWS + [("Received by", "T. Nakamura")], "Received at the front counter on 3/4.",
                     heading="Budget Billing Enrollment")
    found = pairs_found(URL + "budget-billing-enrollment.docx", body)
    assert {"(909) 461-3390"} <= values_of(found, "phone") and "yokafor@gmail.com" in values_of(found, "email")
    assert any("Okafor" in name for name in values_of(found, "customer_name"))
    assert not any("Nakamura" in name for name in values_of(found, "customer_name"))


def test_a_reserved_example_domain_is_no_ones_mailbox():
    body = ("<html><body><h1>Online account help</h1><p>After you register, the portal shows your login as in the"
            " screenshot above: hector.vidal@example.net, then the date you joined.</p>"
            "<p>Or write to marisol.ybarra@yahoo.com if the page does not load.</p></body></html>")
    emails = values_of(pairs_found(URL + "portal-help.html", body, "text/html"), "email")
    assert "hector.vidal@example.net" not in emails and "marisol.ybarra@yahoo.com" in emails


def _acro_form(fields: list[tuple[str, str, str]], tooltips: bool = False) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 760, "NET METERING INTERCONNECTION REQUEST")
    for k, (label, name, value) in enumerate(fields):
        y = 720 - 26 * k
        pdf.drawString(72, y, label)
        pdf.acroForm.textfield(name=name, value=value, x=240, y=y - 4, width=300, height=18,
                               tooltip=label if tooltips else None)
    pdf.save()
    return out.getvalue()


def test_an_installers_numbered_repeat_fields_are_the_installers():
    body = _acro_form([("Customer name", "Customer Name", "Benedikt Aguirre-Solis"),
                       ("Service address", "Service Address", "418 E Holt Ave"),
                       ("Phone", "Phone", "(909) 744-2081"), ("Email", "Email", "b.aguirresolis@yahoo.com"),
                       ("Installer company", "Installer Company", "BrightRoof Energy LLC"),
                       ("Phone", "Phone_2", "(626) 555-3190"), ("Email", "Email_2", "jobs.brightroof@gmail.com")])
    found = pairs_found(URL + "nem-request-filled.pdf", body)
    assert "(909) 744-2081" in values_of(found, "phone") and "b.aguirresolis@yahoo.com" in values_of(found, "email")
    assert "(626) 555-3190" not in values_of(found, "phone")
    assert "jobs.brightroof@gmail.com" not in values_of(found, "email")


def test_a_rebates_number_on_an_account_line_is_no_account():
    body = _acro_form([("Name", "f1_01", "Octavia Lindqvist"), ("Address", "f1_07", "960 W Fernleaf Ave"),
                       ("List account number(s) here (optional)", "f1_10", "Rebate WH-25-0087")], tooltips=True)
    assert not values_of(pairs_found(URL + "w9-rebate-payee.pdf", body), "account_number")


def _boxed(rows: list[list[tuple[str, str]]]) -> bytes:
    """A flat form of boxes, each with a small caption at its top and the value typed under it."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 780, "PROGRAM APPLICATION")
    y = 740
    for row in rows:
        x = 40
        width = 520 / len(row)
        for caption, value in row:
            pdf.rect(x, y - 30, width - 6, 34)
            pdf.setFont("Helvetica", 6)
            pdf.drawString(x + 3, y - 4, caption)
            pdf.setFont("Helvetica", 10)
            pdf.drawString(x + 3, y - 22, value)
            x += width
        y -= 44
    pdf.save()
    return out.getvalue()


def test_a_boxed_forms_captions_label_the_values_under_them():
    body = _boxed([[("APPLICANT NAME (Last, First)", "Ferreira, Odile"), ("UTILITY ACCOUNT NO.", "7004125583")],
                   [("SERVICE ADDRESS", "1184 W Phillips Blvd"), ("CITY", "Pomona"), ("ZIP", "91766")],
                   [("DAYTIME PHONE", "(909) 712-0486"), ("EVENING PHONE", "626-834-0117")]])
    found = pairs_found(URL + "mbl-application-signed.pdf", body)
    assert "1184 W Phillips Blvd" in values_of(found, "address") and "7004125583" in values_of(found, "account_number")
    assert {"(909) 712-0486", "626-834-0117"} <= values_of(found, "phone")


def test_a_boxed_listing_of_city_facilities_stays_silent():
    body = _boxed([[("FACILITY", "Washington Park Center"), ("ADDRESS", "865 S Park Ave"), ("PHONE", "(909) 620-2321")],
                   [("FACILITY", "Palomares Park Center"), ("ADDRESS", "499 E Arrow Hwy"), ("PHONE", "(909) 620-2330")]])
    assert not pairs_found(URL + "cooling-centers.pdf", body)


def test_a_letter_written_in_capitals_is_no_boxed_form():
    """A scanned letter in block capitals: a line that holds a colon or a number is a line of the letter, not a
    box's caption over the next line."""
    from crawler.extract.layout import captioned_boxes

    lines = ["MARISOL QUINTERO", "ATTENTION: BILLING DISPUTES", "505 S. GAREY AVE.", "POMONA, CA",
             "RE: BILL ADJUSTMENT - ACCOUNT NO. 3-117-4420-56", "DEAR CUSTOMER CARE TEAM,",
             "THE STATEMENT SHOWS 1912 KWH", "FOR ONE MONTH, WHILE LAST YEAR", "YOU CAN REACH ME AT 9095550142",
             "THANK YOU,"]
    assert captioned_boxes(lines) == lines


def _typed_in_a_viewer(labels: list[str], typed: list[str], note: str) -> bytes:
    """A flat form of "Label ______" lines, each blank filled with a viewer's add-text tool (a FreeText annotation
    over it), and a reviewer's free-text note in the margin."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(40, 780, "WEATHERIZATION ASSISTANCE REQUEST")
    for k, label in enumerate(labels):
        pdf.drawString(40, 740 - 24 * k, f"{label}  ____________________________________________")
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    for k, value in enumerate(typed):
        y = 740 - 24 * k
        writer.add_annotation(0, FreeText(text=value, rect=(170, y - 3, 170 + 7 * len(value), y + 11)))
    writer.add_annotation(0, FreeText(text=note, rect=(420, 790, 590, 810)))
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()


def test_text_typed_beside_a_printed_label_is_read_with_it():
    body = _typed_in_a_viewer(["Applicant name", "Utility account no.", "Home address", "Daytime phone"],
                              ["Rosalind Etxeberria", "7008823561", "2290 N Orange Grove Ave", "(909) 318-7742"],
                              "Reviewed - OK to process")
    found = pairs_found(URL + "weatherization-request-typed.pdf", body)
    assert "7008823561" in values_of(found, "account_number")
    assert "2290 N Orange Grove Ave" in values_of(found, "address")
    assert "(909) 318-7742" in values_of(found, "phone")
    assert not any("Reviewed" in value for _, value in found)


def test_a_customers_own_average_use_on_their_form_is_their_usage():
    body = ("APPLICATION FOR BUDGET BILLING\nCustomer name: Leopold Vasquez-Huang\nAccount no.: 7003391284\n"
            "Service address: 1630 W Mission Blvd, Pomona, CA 91766\nAverage monthly usage (kWh): 612\n")
    assert "612" in values_of(pairs_found(URL + "budget-billing-signed.txt", body), "energy_usage")


def test_a_rate_classes_average_use_is_no_ones():
    body = xlsx([["Rate schedule", "Customers", "Average monthly usage (kWh)"],
                 ["Domestic", "41,203", "512"], ["CARE", "12,044", "431"], ["Small commercial", "3,118", "1,904"]])
    assert not pairs_found(URL + "rate-class-summary.xlsx", body)
