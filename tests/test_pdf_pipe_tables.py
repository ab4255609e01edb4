"""Tables of customers in PDF pages: a staff report's exhibit typed as a |-separated table, read as a table (header,
then one record per row) as the same lines in a text file are, and a utility's letter-prefixed accounts
("ABMU8448744") under a column table's "Account"; a public table stays silent."""
from __future__ import annotations

from fpdf import FPDF

from tests.test_table_headers import found


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_pipe_separated_complaints_log_in_a_pdf_is_read_as_a_table():
    body = _pdf(["EXHIBIT 4 - Customer complaints log, Q3 2026", "Date | Customer | Phone | Account | Issue",
                 "09/02/26 | Marisol Okafor | (626) 404-7719 | 5521-480317-2 | estimated read",
                 "09/14/26 | Teodoro Vance | (626) 515-3302 | RF-404118 | high bill"])
    result = found("exhibit.pdf", body)
    assert {("customer_name", "Marisol Okafor"), ("phone", "(626) 515-3302"), ("account_number", "5521-480317-2"),
            ("account_number", "RF-404118")} <= result


def test_a_pipe_separated_staff_list_and_a_page_footer_in_a_pdf_stay_public():
    body = _pdf(["Utility Billing Contacts", "Name | Title | Phone | Email",
                 "Ana Ruiz | Billing Supervisor | (909) 620-2251 | aruiz@lakeview.gov",
                 "Dale Ortiz | Customer Service Manager | (909) 620-2252 | dortiz@lakeview.gov",
                 "City of Lakeview | Agenda Item 7 | Page 3"])
    assert found("contacts.pdf", body) == set()


def _columns_pdf(rows: list[list[str]]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for row in rows:
        y = pdf.get_y()
        for x, cell in zip((10, 55, 100, 135, 160), row):
            pdf.set_xy(x, y)
            pdf.cell(40, 6, cell)
        pdf.set_y(y + 7)
    return bytes(pdf.output())


def test_a_utilitys_letter_prefixed_accounts_under_a_pdf_tables_account_column():
    body = _columns_pdf([["Customer", "Service Address", "Account", "Last kWh", "Balance"],
                         ["Marisol Okafor", "4410 Tupelo Ln", "LKWL8448744", "1,204", "$412.10"],
                         ["Teodoro Vance", "212 Wiregrass Rd", "LKWL2251715", "988", "$96.40"]])
    result = found("write-offs.pdf", body)
    assert {("account_number", "LKWL8448744"), ("account_number", "LKWL2251715")} <= result
    notes = _columns_pdf([["Customer", "Service Address", "Account", "Last kWh", "Balance"],
                          ["Marisol Okafor", "4410 Tupelo Ln", "Pending", "1,204", "$412.10"]])
    assert not any(category == "account_number" for category, _ in found("write-offs.pdf", notes))
