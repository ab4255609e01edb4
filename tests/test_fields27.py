"""Fields of a record that lost their layout (red team neg27): a line of fields whose runs of spaces a Word file
collapsed ("Employee: Hollis Pennington Start date: ..."), and a PDF form's row whose label names no customer's
field ("Disputed bill" a page's width from "December 2024, 3,870 kWh billed ...") among rows that do.

Hard negatives: a name and the verb of its sentence ("Mary Ann Lopez said:"), a table's row of values after a
form's block, a block of public labels alone.
"""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract.layout import form_rows
from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "ssn")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def block_pdf(rows: list[tuple[str, str]]) -> bytes:
    """A hearing packet's page: labels at the left margin, values a page's width away, as a two-column table
    without rulings sets them."""
    pdf = FPDF(format="letter", unit="mm")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(20, 20)
    pdf.cell(170, 8, "Appeal of a Utility Bill - Hearing Officer Worksheet")
    for number, (label, value) in enumerate(rows):
        pdf.set_xy(20, 32 + 8 * number)
        pdf.cell(45, 8, label)
        pdf.set_xy(70, 32 + 8 * number)
        pdf.cell(120, 8, value)
    return bytes(pdf.output())


def test_a_name_does_not_run_into_the_next_fields_label():
    text = "Employee: Thaddeus Okonjo-Reyes Start date: 04/07/2025 Supervisor: Payroll Unit\nSSN: 538-61-2947\n"
    assert found("onboarding.txt", text)["customer_name"] == ["Thaddeus Okonjo-Reyes"]
    text = "Account holder: Ingrid Solberg Mailing address: 88 Quarry Rd, Apt 2\nAccount: 7-331-0921-44\n"
    assert found("transfer.txt", text)["customer_name"] == ["Ingrid Solberg"]


def test_a_surname_before_a_verb_and_colon_stays_in_the_name():
    text = "Customer Mary Ann Lopez said: the meter was read twice. Account 3-044-7215-88.\n"
    assert found("note.txt", text)["customer_name"] == ["Mary Ann Lopez"]


def test_a_labelled_row_among_a_customers_form_rows_is_read_with_them():
    rows = [("Appellant (customer)", "Oyelaran Whitcombe-Baptiste"), ("Account No.", "4410 2291 0873"),
            ("Disputed bill", "January 2025, 2,940 kWh billed vs. 880 kWh 12-month average; amount $388.10")]
    result = found("appeal.pdf", block_pdf(rows))
    assert result["customer_name"] == ["Oyelaran Whitcombe-Baptiste"]
    assert sorted(result["energy_usage"]) == ["2,940 kWh", "880 kWh"]


def test_a_row_of_values_after_a_form_block_is_no_field_of_it():
    lines = ["Customer\tTomas Ybarra", "Service Address\t77 E Holt Blvd", "Disputed bill\t$412.88",
             "Rosa Elena Ibarra\t(909) 620-2200"]
    assert form_rows(lines) == {0: [("Customer", "Tomas Ybarra")], 1: [("Service Address", "77 E Holt Blvd")],
                                2: [("Disputed bill", "$412.88")]}


def test_public_labelled_rows_alone_are_no_form():
    assert form_rows(["Meeting date\tMarch 4, 2025", "Agenda item\t7B", "Fiscal impact\tNone"]) == {}
    rows = [("Project", "Holt Avenue Repaving"), ("Total energy use", "2,940,000 kWh a year citywide"),
            ("Staff contact", "Public Works, (909) 620-2241")]
    assert found("project.pdf", block_pdf(rows)) == {}
