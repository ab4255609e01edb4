"""Scanned paper (red team ocr34): what OCR reads off a customer's letter and a printed form, and the same layouts in a
text PDF.

- A customer's letter whose typed name under the signature is unreadable (a pen stroke over it reads "Ra\tbvrn"): its
  sender block at the top ("Name" / street / city line) names the writer; their address and the kWh they tell of their
  bill are theirs.
- A form's boxes with their captions above the values, a caption the field words do not know beside one they do
  ("Service address | Move-in date" over "... | 03/02/2024"): the values read as labelled fields.
- A password's caption over its box, no colon ("Online account password (optional)" / "Juniper#4410"), and a note in
  brackets before a password label's colon.
- The practitioner who certifies a Medical Baseline form is no customer: "Physician name: Dr. ..." and the office phone
  after it.

Hard negatives: a resident's letter to the Council signed with a garbled mark but naming no account; a letter from
staff whose sender block is the office's; a blank form's caption rows over "N/A"; a help page's password rules; a
table's header row over its first row.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors
from tests.test_table_headers import found


def _scanned(lines: list[str]) -> set[tuple[str, str]]:
    """(category, value) found in a scanned page whose OCR read ``lines``, one segment a line as extraction adds them."""
    document = Document(url="https://www.pomonaca.gov/docs/scan_0042.pdf", content_type="application/pdf",
                        segments=[Segment(text, Location(page=1, line=k, ocr=True)) for k, text in enumerate(lines, 1)])
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def _boxes_pdf(rows: list[list[str]]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, row in enumerate(rows):
        for x, cell in zip((72, 330), row):
            pdf.drawString(x, 740 - 22 * k, cell)
    pdf.save()
    return out.getvalue()


_LETTER_BODY = [
    "June 3, 2024",
    "Pomona Choice Energy",
    "505 S. Garey Avenue",
    "Pomona, CA 91766",
    "RE: High bill, account 528144-07",
    "To whom it may concern,",
    "We have lived here for nine years. My June statement shows 1,874 kWh, which is three times",
    "what we used last spring (640 kWh). Nothing in the house has changed.",
    "Please call me at 909-555-0187 or write to rosalind.achebe@gmail.com.",
    "Sincerely,",
]


def test_a_letters_sender_block_names_its_writer_when_the_signature_does_not_read():
    found_ = _scanned(["Rosalind Achebe", "1418 W. Fernleaf Ave", "Pomona, CA 91767", *_LETTER_BODY,
                       "Ra\tbvrn", "~"])
    assert {("customer_name", "Rosalind Achebe"), ("address", "1418 W. Fernleaf Ave"),
            ("energy_usage", "1,874 kWh"), ("energy_usage", "640 kWh"), ("account_number", "528144-07")} <= found_


def test_a_letter_without_an_account_or_own_bill_stays_a_public_comment():
    found_ = _scanned(["Tomasz Whitfield", "2207 N. Orange Grove Ave", "Pomona, CA 91767", "July 9, 2024",
                       "Honorable Mayor and Council,", "I support the proposed bike lanes on Garey Avenue and ask the",
                       "Council to fund the crosswalk at Holt. Thank you for your service.", "Sincerely,", "Tm\tWhfd"])
    assert not any(category in ("customer_name", "address") for category, _ in found_)


def test_a_staff_letter_headed_by_its_office_names_no_writer_from_its_block():
    found_ = _scanned(["City of Pomona - Utility Services", "505 S. Garey Avenue", "Pomona, CA 91766",
                       "July 9, 2024", "RE: account 528144-07", "Dear customer,",
                       "Your bill shows 1,874 kWh for June.", "Sincerely,", "Ra\tbvrn"])
    assert not any(value.startswith(("City of", "505 S.")) for _, value in found_)


def test_a_form_caption_the_field_words_do_not_know_still_labels_its_box():
    body = _boxes_pdf([["CITY UTILITY SERVICES - START SERVICE"],
                       ["Applicant name", "Social Security No."], ["Deshawn Mbeki-Larsson", "512-44-7310"],
                       ["Service address", "Move-in date"], ["1745 W. Cedarbrook Ln", "03/02/2024"],
                       ["Phone (day)", "Email"], ["909 555 0163", "dmbekilarsson@yahoo.com"]])
    result = found("start-service-0042.pdf", body)
    assert {("address", "1745 W. Cedarbrook Ln"), ("phone", "909 555 0163")} <= result


def test_a_blank_forms_caption_rows_and_a_tables_header_are_no_values():
    body = _boxes_pdf([["CITY UTILITY SERVICES - START SERVICE"],
                       ["Service address", "Move-in date"], ["N/A", "N/A"],
                       ["Phone (day)", "Email"], ["N/A", "N/A"]])
    assert not found("start-service-blank.pdf", body)
    table = _boxes_pdf([["Park name", "Opening date"], ["Ganesha Park", "05/01/2024"], ["Palomares Park", "06/01/2024"]])
    assert not found("parks.pdf", table)


def test_a_password_caption_over_its_box_and_a_note_before_the_colon():
    assert ("credential", "Juniper#4410") in _scanned(["Online account password (optional)", "Juniper#4410",
                                                       "Deposits may be waived with a letter of credit."])
    assert ("credential", "Marigold$207") in _scanned(["Portal password (optional): Marigold$207"])


def test_password_rules_under_a_caption_are_no_password():
    result = _scanned(["Online account password (optional)", "At least 8 characters with one number",
                       "Password", "Forgot", "Password (required): enter the one we e-mailed you"])
    assert not any(category == "credential" for category, _ in result)


def test_the_practitioner_certifying_a_medical_baseline_form_is_no_customer():
    result = _scanned([
        "MEDICAL BASELINE ALLOWANCE APPLICATION",
        "Name on account: Graciela Montoya-Reyes\tAccount number: 800041225873",
        "Service address: 1190 E. Alvarado St\tPhone: 909 555 0148",
        "SECTION B - COMPLETED BY A LICENSED MEDICAL PRACTITIONER",
        "Physician name: Dr. Leopold Anyanwu\tOffice phone: (909) 555-0122",
        "Current monthly usage (from bill): 812 kWh",
    ])
    assert {("customer_name", "Graciela Montoya-Reyes"), ("account_number", "800041225873"),
            ("address", "1190 E. Alvarado St"), ("energy_usage", "812 kWh")} <= result
    assert not any("Anyanwu" in value or value.endswith("0122") for _, value in result)


def test_a_password_caption_noting_an_example_gives_no_password():
    assert not any(category == "credential" for category, _ in _scanned(["Portal password (example)", "Cedar2024!"]))
    assert not any(category == "credential" for category, _ in _scanned(["Password (e.g.): Cedar2024!"]))


def test_a_quote_mark_ocr_reads_off_a_speck_leaves_a_caption_a_caption():
    from crawler.extract.layout import captioned_boxes
    lines = ["Applicant name\tSocial \u2018Security No.", "Pilar Etxeberria\t512-44-7310",
             "Service address\tMove-in date", "2291 N. Towne Ave\t03/02/2024"]
    assert captioned_boxes(lines) == ["", "Applicant name: Pilar Etxeberria\tSocial Security No.: 512-44-7310",
                                      "", "Service address: 2291 N. Towne Ave\tMove-in date: 03/02/2024"]
