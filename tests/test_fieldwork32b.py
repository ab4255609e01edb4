"""Field-work forms (red team fieldwork32): a claim form's numbered boxes, their captions printed above the values
("1. CLAIMANT NAME" over "Oluwaseun Tratt"), read as labelled fields; a four-column table of label | value pairs a
form whatever its first row is about (a case's number and date over the customer's rows); a PDF work order's lines
of label | value pairs one record, so that a bare "Account" beside the customer's name is the customer's account.

Hard negatives: a blank claim form (captions over empty boxes or "N/A"), the staff boxes of a claim ("Received by",
"Adjuster") and an investigator's row of a case file, a numbered agenda, a capital project's four-column fact sheet
and an agenda's Item | Title | Presenter | Time grid."""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from crawler.extract import TableCell, is_label_column
from crawler.extract.layout import captioned_boxes
from tests.detector_helpers import docx_table
from tests.test_table_headers import found

_TWO_BOXES = (72, 330)
_FOUR_CELLS = (72, 170, 360, 450)


def _boxes_pdf(rows: list[list[str]], columns: tuple[int, ...] = _TWO_BOXES) -> bytes:
    """A one-page PDF, each row's cells drawn at ``columns`` (points from the left), a row 22 points below the last."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, row in enumerate(rows):
        for x, cell in zip(columns, row):
            pdf.drawString(x, 740 - 22 * k, cell)
    pdf.save()
    return out.getvalue()


_STAFF_BOXES = [["FOR CITY USE ONLY"], ["Received by", "Adjuster"], ["M. Delacroix", "Harlan Claims Services"]]


def test_a_claim_forms_numbered_captions_over_their_boxes_label_the_values():
    body = _boxes_pdf([["CLAIM AGAINST THE CITY - UTILITY DAMAGE"],
                       ["1. CLAIMANT NAME", "2. DAYTIME PHONE"], ["Oluwaseun Tratt", "(562) 740-9916"],
                       ["3. ADDRESS (street, city, zip)", "4. UTILITY ACCOUNT NO."],
                       ["88 Bellflower Ct, Lakeview, CA 90712", "4471093382"],
                       ["5. DATE OF LOSS", "6. AMOUNT CLAIMED"], ["03/14/2024", "$1,240.00"], *_STAFF_BOXES])
    result = found("claim-for-damages.pdf", body)
    assert {("customer_name", "Oluwaseun Tratt"), ("phone", "(562) 740-9916"),
            ("address", "88 Bellflower Ct, Lakeview, CA 90712"), ("account_number", "4471093382")} <= result
    assert not any("Delacroix" in value or "Harlan" in value for _, value in result)


def test_numbered_captions_one_box_a_row():
    assert captioned_boxes(["10. CLAIMANT NAME", "Renske Obuya", "11. HOME PHONE", "(951) 388-2071"]) == [
        "", "10. CLAIMANT NAME: Renske Obuya", "", "11. HOME PHONE: (951) 388-2071"]


def test_a_blank_claim_form_and_a_numbered_agenda_stay_silent():
    blank = _boxes_pdf([["CLAIM AGAINST THE CITY - UTILITY DAMAGE"],
                        ["1. CLAIMANT NAME", "2. DAYTIME PHONE"], ["", ""],
                        ["3. ADDRESS (street, city, zip)", "4. UTILITY ACCOUNT NO."], ["", ""],
                        ["5. EMAIL", "6. AMOUNT CLAIMED"], ["N/A", "N/A"], *_STAFF_BOXES])
    assert found("claim-form-blank.pdf", blank) == set()
    agenda = _boxes_pdf([["1. ROLL CALL"], ["Mayor Tran"], ["2. UTILITY ACCOUNT PROGRAM UPDATE"], ["Diane Kessler"],
                         ["3. CUSTOMER SERVICE REPORT"], ["Marco Villanueva"]])
    assert found("agenda.pdf", agenda) == set()


def test_a_case_files_four_column_form_opening_with_the_cases_own_fields():
    body = docx_table([["Report No.", "HB-2291-C", "Opened", "03/04/2025"],
                       ["Customer", "Fenella Ashdown-Ruiz", "Account", "LV-30918842"],
                       ["Service Address", "702 Marigold Ter, Lakeview, CA 90712", "Meter No.", "Z8841207"],
                       ["Investigator", "Tobias Renner (Emp #2290)", "Truck", "U-41"]],
                      heading="High Bill Field Investigation")
    result = found("high-bill-investigation.docx", body)
    assert {("customer_name", "Fenella Ashdown-Ruiz"), ("account_number", "LV-30918842"),
            ("address", "702 Marigold Ter, Lakeview, CA 90712"), ("account_number", "Z8841207")} <= result
    assert not any("Renner" in value for _, value in result)


def test_a_public_fact_sheet_and_an_agenda_grid_are_no_customers_forms():
    project = [["Project", "Orchard Ave Undergrounding", "Budget", "$1.2M"],
               ["Manager", "Priya Natarajan", "Phone", "(562) 570-6300"],
               ["Location", "Orchard Ave from 3rd St to 9th St", "Status", "Design"],
               ["Funding", "Rule 20A credits", "Completion", "Spring 2026"]]
    assert not is_label_column([[TableCell(text) for text in row] for row in project])
    assert found("project-fact-sheet.docx", docx_table(project, heading="Capital Project Fact Sheet")) == set()
    agenda = [["Item", "Title", "Presenter", "Time"],
              ["Call to Order", "Roll call", "Mayor Anneliese Varga", "6:00 PM"],
              ["Utility Rates", "FY26 electric rate update", "Dorian Pell, Utilities Director", "6:15 PM"],
              ["Customer Programs", "CARE enrollment results", "Imani Roberts", "6:40 PM"]]
    assert not is_label_column([[TableCell(text) for text in row] for row in agenda])
    assert found("study-session.docx", docx_table(agenda, heading="Study Session Agenda")) == set()


def test_a_work_orders_label_value_lines_are_one_record():
    body = _boxes_pdf([["WORK ORDER", "WO-88213", "Priority", "2"],
                       ["Customer", "Ingrid Halvorsen", "Account", "LV20934471"],
                       ["Service address", "4417 Quintara Way", "Meter", "Q553-10872"],
                       ["Assigned", "T. Okafor / E4410", "Truck", "U87"]], _FOUR_CELLS)
    result = found("work-order.pdf", body)
    assert {("customer_name", "Ingrid Halvorsen"), ("account_number", "LV20934471"),
            ("address", "4417 Quintara Way"), ("account_number", "Q553-10872")} <= result
    assert not any("Okafor" in value for _, value in result)


def test_a_statements_lines_of_one_pair_are_read_with_the_name_over_them():
    """A usage statement's "Account No. | ..." lines, one pair each, under "Prepared for:" and the customer's name and
    mailing address: the label blocks' reading joins them (made a record of their own, the name above was lost)."""
    body = _boxes_pdf([["Pomona Choice Energy - 13-Month Usage History"], ["Prepared for:"], ["ROSAURA QUINTANILLA"],
                       ["PO BOX 2214, CLAREMONT CA 91711"], ["Account No.", "PCE-60417733"],
                       ["Service Address", "1187 W GRAND AVE UNIT 4, POMONA CA 91766"],
                       ["Phone on file", "909 412 7730"]])
    result = found("usage-history.pdf", body)
    assert {("customer_name", "ROSAURA QUINTANILLA"), ("account_number", "PCE-60417733"),
            ("phone", "909 412 7730")} <= result
