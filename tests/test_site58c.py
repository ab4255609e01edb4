"""Department files as offices publish them (site58c): a form's content controls titled as their typed labels, a filled
form whose instructions give a worked example, a pivot's rows by customer and account, two tables side by side on a
sheet, a billing system's contract column, and a letter's letterhead above the customer's block."""
from __future__ import annotations

import io

import docx
import openpyxl
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

from tests.detector_helpers import pairs_found

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _workbook(*sheets: list[list]) -> bytes:
    book = openpyxl.Workbook()
    for k, rows in enumerate(sheets):
        sheet = book.active if k == 0 else book.create_sheet(f"Sheet{k + 1}")
        for row in rows:
            sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _form(*lines: tuple[str, str | None]) -> bytes:
    """A Word form: each line's typed label, then (when given) a content control titled as the label holding the value."""
    document = docx.Document()
    for label, value in lines:
        paragraph = document.add_paragraph(label)
        if value is not None:
            title = escape(label.rstrip(": "), {'"': "&quot;"})
            paragraph._p.append(parse_xml(
                f'<w:sdt {W}><w:sdtPr><w:alias w:val="{title}"/></w:sdtPr><w:sdtContent><w:r>'
                f'<w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>'))
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


XLSX = "https://www.lakeportca.gov/DocumentCenter/View/2231/report.xlsx"
DOCX = "https://www.lakeportca.gov/DocumentCenter/View/2232/form.docx"


def test_a_control_titled_as_its_typed_label_reads_the_label_once():
    found = pairs_found(DOCX, _form(("Account holder: ", "Dorotea Villalobos"),
                                    ("Service address: ", "4471 Tamarind Way, Lakeport, CA 95453"),
                                    ("Contact phone: ", "707-263-5518"), ("Service account: ", "3-041-5521-87")))
    assert {("customer_name", "Dorotea Villalobos"), ("address", "4471 Tamarind Way, Lakeport, CA 95453"),
            ("phone", "707-263-5518"), ("account_number", "3-041-5521-87")} <= found


def test_a_worked_example_in_the_instructions_leaves_the_filled_form_a_customers():
    found = pairs_found(DOCX, _form(
        ("Please complete every field. Example: Applicant: John Q. Public, Account: 0-00-000-0000.", None),
        ("Applicant: Marisela Okonjo", None), ("Service address: 1187 Quarry Ln, Lakeport, CA 95453", None),
        ("SCE account: 2-38-114-9920", None)))
    assert {("customer_name", "Marisela Okonjo"), ("account_number", "2-38-114-9920")} <= found
    assert not any("Public" in value for _, value in found)


def test_a_sample_form_filled_with_stand_ins_stays_a_sample():
    found = pairs_found(DOCX, _form(("SAMPLE APPLICATION (completed example)", None), ("Applicant: Jane Q. Sample", None),
                                    ("Service address: 123 Any Street, Lakeport, CA 95453", None),
                                    ("SCE account: 2-38-114-9920", None)))
    assert not found


def test_a_pivots_rows_by_customer_and_account_are_customers_records():
    body = _workbook([["Sum of kWh", "Column Labels"], ["Row Labels", "Oct", "Nov", "Grand Total"],
                      ["Okonjo, Marisela (2-38-114-9920)", 410, 388, "798"],
                      ["Teodora Vlasic - LCP-7712045", 602, 655, "1,257"], ["Grand Total", 1012, 1043, "2,055"]])
    found = pairs_found(XLSX, body)
    assert {("customer_name", "Okonjo, Marisela"), ("account_number", "2-38-114-9920"), ("energy_usage", "798"),
            ("customer_name", "Teodora Vlasic"), ("account_number", "LCP-7712045"), ("energy_usage", "602")} <= found
    assert not any(value in ("1012", "2,055") for _, value in found)


def test_a_pivot_by_rate_class_or_facility_stays_public():
    body = _workbook([["Sum of kWh", "Column Labels"], ["Row Labels", "Oct", "Nov", "Grand Total"],
                      ["TOU-D-PRIME (2,114 accts)", 902211, 880001, "1,782,212"],
                      ["Civic Center - 3-112-4401-55", 41200, 39877, "81,077"], ["Grand Total", 1, 2, "3"]])
    assert not pairs_found(XLSX, body)


def test_two_tables_side_by_side_are_read_apart():
    body = _workbook([["City facility accounts", None, None, None, None, None, "Referrals"],
                      ["Facility", "Address", "SCE SA", "kWh 2024", None, None, "Referred", "Resident", "Premise No.", "Phone"],
                      ["Lakeport Library", "225 Park St", "3-204-7781-19", "88,410", None, None,
                       "2024-06-02", "Gunnhild Ambrose", "7002219834", "707-555-0199"],
                      ["Corporation Yard", "880 Industrial Ave", "3-204-7781-27", "140,221", None, None,
                       "2024-06-09", "Lwazi Ndlovu", "7002290011", "(707) 263-9924"]])
    found = pairs_found(XLSX, body)
    assert {("customer_name", "Lwazi Ndlovu"), ("account_number", "7002290011"), ("phone", "(707) 263-9924")} <= found
    assert not any(value in ("3-204-7781-19", "3-204-7781-27", "225 Park St", "88,410") for _, value in found)


def test_a_billing_systems_contract_column_is_an_account():
    body = _workbook([["CUST_ID", "NAME", "CIS_CONTRACT", "SVC_ADDR"],
                      ["C0081123", "Ilse Brandvold", "4127730915", "77 Harbor View Rd"],
                      ["C0081124", "Kiri Waititi", "4127731188", "15 Spruce Grove Ct"]])
    found = pairs_found(XLSX, body)
    assert {("account_number", "4127730915"), ("account_number", "4127731188")} <= found
    assert not any(category == "phone" for category, _ in found)


def test_a_vendors_contract_number_is_no_account():
    body = _workbook([["Vendor", "Contract No.", "EIN", "Amount"],
                      ["Clearlake Paving Co.", "C-2024-0412", "94-3318820", "$48,200.00"],
                      ["North Shore Electric Inc.", "C-2024-0519", "68-0442197", "$12,950.00"]])
    assert not pairs_found(XLSX, body)


LETTER = "https://www.lakeportca.gov/DocumentCenter/View/2240/letter.txt"


def test_a_letterheads_address_is_the_offices():
    body = ("Lakeport Municipal Utilities - Customer Accounts\n1180 Harbor View Rd, Lakeport, CA 95453\n\n"
            "Customer: Anneliese Borg\nService address: 77 Quarry Ln, Lakeport, CA 95453\nAcct No.: 5523-0918-44\n\n"
            "Dear Anneliese Borg,\nThis letter confirms your payment arrangement.\n")
    found = pairs_found(LETTER, body, "text/plain")
    assert {("customer_name", "Anneliese Borg"), ("address", "77 Quarry Ln, Lakeport, CA 95453"),
            ("account_number", "5523-0918-44")} <= found
    assert not any("Harbor View" in value for _, value in found)


def test_a_customers_own_address_block_at_the_top_is_still_found():
    body = ("Anneliese Borg\n77 Quarry Ln, Lakeport, CA 95453\nAccount 5523-0918-44 - SSN 512-44-7821\n\n"
            "Dear Ms. Borg,\nYour deposit refund is enclosed.\n")
    found = pairs_found(LETTER, body, "text/plain")
    assert {("address", "77 Quarry Ln, Lakeport, CA 95453"), ("account_number", "5523-0918-44"),
            ("ssn", "512-44-7821")} <= found


def test_a_note_typed_on_a_sheet_is_read_as_running_text():
    body = _workbook([["Cust #", "Customer", "Refund"], ["C0042211", "Brandvold, Ilse", "120.00"]],
                     [["Left by phone: Kiri Waititi at 707-263-8841 asks that her deposit refund go to "
                       "15 Spruce Grove Ct, Kelseyville, CA 95451."]])
    found = pairs_found(XLSX, body)
    assert {("customer_name", "Kiri Waititi"), ("phone", "707-263-8841"),
            ("address", "15 Spruce Grove Ct, Kelseyville, CA 95451")} <= found


def test_a_staff_note_typed_on_a_sheet_stays_public():
    body = _workbook([["Fund", "Object", "FY25 Adopted"], ["501", "5110", "1,204,000"]],
                     [["Reviewed by Finance Director Marco Delgado on March 4, 2024; questions to the Finance "
                       "Department at 707-263-2200 or 225 Park St, Lakeport, CA 95453."]])
    assert not pairs_found(XLSX, body)
