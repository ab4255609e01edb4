"""A filled form's fields its layout splits or words unusually (red team forms30, second pass).

- A tax form's AcroForm splits the SSN over three fields whose tooltips name the parts ("Social Security Number
  first three numbers", "... second two numbers", "... last four numbers"): the parts are read as one number
  labelled by what the tooltips share, and the SSN is reported.
- A flat form's line of one-word values typed a word gap after their labels ("Phone 626.304.8817   E-mail ...") is
  read as its fields, as the line whose phone holds a space is; a line's "City" and "ZIP" are an address's parts,
  labels that keep a form's block of lines together.
  Hard negatives: a program summary's figures after their names (a year, a budget line, an invoice, a permit, a
  total over all participants) and a park's site line with its city and ZIP.
- A flat page's comb field, one digit a box ("4 1 7 – 6 2 – 0 9 3 8"), under an SSN label is an SSN.
  Hard negatives: an EIN split over its two fields or in comb boxes (a firm's number, not a person's SSN), a phone
  and a date each split over three fields whose tooltips name no numbered part, a comb of digits under no label.
- A customer log's free-text Notes cell that says where to write to ("Send the approval letter to PO Box 2291, ...",
  a forwarding street address) holds the customer's mailing address. Hard negatives: the utility's payment box and a
  library's address the note refers the customer to.
- A password's label cell as a form words it ("Online portal password (create)", "Create a password for the web
  portal") labels the password beside it. Hard negatives: a help table's "Password (example)", "Password rules",
  "Password reset" and an instruction beside "Create a password for your account".
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from tests.detector_helpers import docx_form, lines_pdf, pairs_found, values_of, xlsx

URL = "https://www.lakeviewutilities.org/docs/"
FORM_TITLE = "Start Electric Service - Request Form"


def _tax_form(fields: list[tuple[str, str, str]]) -> bytes:
    """A one-page AcroForm: each (tooltip, field name, value) a text field, the tooltip printed beside it."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 760, "Request for Taxpayer Identification Number and Certification")
    for k, (tooltip, name, value) in enumerate(fields):
        y = 720 - 26 * k
        pdf.drawString(72, y, tooltip[:40])
        pdf.acroForm.textfield(name=name, value=value, x=330, y=y - 4, width=200, height=18, tooltip=tooltip)
    pdf.save()
    return out.getvalue()


def _ssn_found(body: bytes, name: str) -> set[str]:
    found = pairs_found(URL + name, body)
    return values_of(found, "ssn") | values_of(found, "taxpayer_id")


def test_an_ssn_split_over_three_fields_is_one_number():
    body = _tax_form([("1 Name (as shown on your income tax return)", "f1_01", "Ingrid Solvang-Mora"),
                      ("Social Security Number first three numbers", "f1_11", "417"),
                      ("Social Security Number second two numbers", "f1_12", "62"),
                      ("Social Security Number last four numbers", "f1_13", "0938"),
                      ("Date signed", "date", "03/11/2025")])
    assert any(value.replace("-", "") == "417620938" for value in _ssn_found(body, "w9-payee.pdf"))


def test_an_ein_split_over_two_fields_is_no_ssn():
    body = _tax_form([("1 Name (as shown on your income tax return)", "f1_01", "Copperline Roofing Inc."),
                      ("Employer Identification Number first two numbers", "f1_14", "84"),
                      ("Employer Identification Number last seven numbers", "f1_15", "2201937")])
    assert not values_of(pairs_found(URL + "w9-vendor.pdf", body), "ssn")


def test_a_phone_and_a_date_split_over_fields_are_no_ssn():
    body = _tax_form([("Applicant name", "name", "Ingrid Solvang-Mora"),
                      ("Phone area code", "ph1", "562"), ("Phone prefix", "ph2", "318"),
                      ("Phone line number", "ph3", "4470"),
                      ("Date month", "d1", "04"), ("Date day", "d2", "17"), ("Date year", "d3", "2025")])
    assert not _ssn_found(body, "rebate-form.pdf")


def test_an_ssn_in_comb_boxes_under_its_label():
    body = lines_pdf(["Form W-9 (scanned copy)", "Name", "ROSALIND OKAFOR", "Social security number",
                      "4 1 7 \u2013 6 2 \u2013 0 9 3 8"], top=760, leading=20)
    assert any(value.replace(" ", "").replace("\u2013", "") == "417620938"
               for value in _ssn_found(body, "w9-scan.pdf"))


def test_an_ein_or_an_unlabelled_comb_is_no_ssn():
    ein = lines_pdf(["Form W-9", "Name", "COPPERLINE ROOFING INC", "Employer identification number",
                     "8 4 \u2013 2 2 0 1 9 3 7"], top=760, leading=20)
    assert not values_of(pairs_found(URL + "w9-vendor-scan.pdf", ein), "ssn")
    unlabelled = lines_pdf(["Permit checklist", "Sheet numbers", "4 1 7 \u2013 6 2 \u2013 0 9 3 8"],
                           top=760, leading=20)
    assert not _ssn_found(unlabelled, "permit-scan.pdf")


def _label_lines(rows: list[list[tuple[str, str]]]) -> bytes:
    """A flat form: each label with its value typed a few points after it, as a filled blank's line reads."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 780, "WATER HEATER REBATE CLAIM")
    for k, row in enumerate(rows):
        x, y = 40, 740 - 20 * k
        for label, value in row:
            pdf.setFont("Helvetica", 8.5)
            pdf.drawString(x, y, label)
            pdf.setFont("Helvetica", 9)
            pdf.drawString(x + pdf.stringWidth(label, "Helvetica", 8.5) + 7, y, value)
            x += 260
    pdf.save()
    return out.getvalue()


def test_a_dotted_phone_right_after_its_label_on_a_form_line():
    body = _label_lines([[("Customer name", "Marisela P. Okonkwo"), ("Account", "700412095531")],
                         [("Premise address", "2207 N Towne Ave Apt 9"), ("City", "Pomona"), ("ZIP", "91767")],
                         [("Phone", "626.304.8817"), ("E-mail", "mokonkwo@yahoo.com")],
                         [("Total kWh, past 12 months", "4,215")]])
    found = pairs_found(URL + "rebate-claims.pdf", body)
    assert "626.304.8817" in values_of(found, "phone")
    assert any(value.startswith("2207 N Towne Ave") for value in values_of(found, "address"))
    assert "4,215" in values_of(found, "energy_usage")


def test_a_programs_figures_after_their_names_are_no_fields():
    body = _label_lines([[("Program year", "2024.25"), ("Budget line", "4410.220")],
                         [("Site", "Ganesha Park Pool"), ("City", "Pomona"), ("ZIP", "91768")],
                         [("Invoice", "2024.118"), ("Permit", "B-22.91")],
                         [("Total kWh, all participants", "1,204,880")]])
    found = pairs_found(URL + "program-summary.pdf", body)
    assert not values_of(found, "phone") and not values_of(found, "energy_usage")
    assert not values_of(found, "address") and not values_of(found, "customer_name")


def test_a_mailing_address_in_a_customer_logs_notes():
    body = xlsx([["Case", "Customer", "Account", "Phone", "Email", "Status", "Notes"],
                 ["R-2201", "Lorena Vasquez-Hale", "700412095531", "(909) 555-0187", "lvhale@gmail.com", "Approved",
                  "Send the approval letter to PO Box 2291, Pomona, CA 91769"],
                 ["R-2202", "Tomas Eckhardt", "700412095532", "(909) 555-0188", "teckhardt@gmail.com", "Paid",
                  "Moved out; forwarding address 1840 W Holt Ave, Pomona, CA 91768"],
                 ["R-2203", "Ruth Amsel-Brandt", "700412095533", "(909) 555-0189", "rab@gmail.com", "Paid",
                  "Told her to mail the payment to PCE, PO Box 4000, Pomona, CA 91769"],
                 ["R-2204", "Ivan Petrov", "700412095534", "(909) 555-0190", "ipetrov@gmail.com", "Pending",
                  "Referred to the Pomona Public Library, 625 S Garey Ave"]])
    addresses = values_of(pairs_found(URL + "rebate-intake-log.xlsx", body), "address")
    assert "PO Box 2291, Pomona, CA 91769" in addresses
    assert any(value.startswith("1840 W Holt Ave") for value in addresses)
    assert not any("4000" in value or "625 S Garey" in value for value in addresses)


def test_a_password_a_form_asks_to_create_beside_its_label_cell():
    body = docx_form([("Name on account", "Yolanda Strickberger"), ("Service account no.", "8015572046"),
                      ("Online portal password (create)", "Tarro5Lima&"),
                      ("Create a password for the web portal", "Ceiba31Rio!")], FORM_TITLE)
    credentials = values_of(pairs_found(URL + "start-service-requests.docx", body), "credential")
    assert {"Tarro5Lima&", "Ceiba31Rio!"} <= credentials


def test_a_password_tables_example_rules_and_reset_are_no_password():
    body = docx_form([("Password (example)", "Maple2024!"), ("Password rules", "Upper8lower"),
                      ("Password reset", "Yes"), ("Create a password for your account", "see step 4")], FORM_TITLE)
    assert not values_of(pairs_found(URL + "portal-help.docx", body), "credential")
