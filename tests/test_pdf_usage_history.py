"""A customer's billing history as a PDF table ("Billing period | kWh | Amount") under the account holder's name
and account: each figure of the kWh column is the customer's usage, as in an HTML table. The same table of the
utility's monthly sales, on a page naming no customer, and a facility table stay public."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def _page(above: list[str], header: list[str], rows: list[tuple[str, ...]]) -> set[tuple[str, str]]:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in above:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "B", 9)
    for cell in header:
        pdf.cell(40, 5, cell, border=1)
    pdf.ln(5)
    pdf.set_font("helvetica", size=9)
    for row in rows:
        for cell in row:
            pdf.cell(40, 5, cell, border=1)
        pdf.ln(5)
    document = extract("https://example.org/appeal.pdf", bytes(pdf.output()))
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


_MONTHS = [("Apr 2026", "1342", "$158.89"), ("May 2026", "977", "$115.68"), ("Jun 2026", "2106", "$249.35")]


def test_a_billing_history_under_the_account_holder_gives_each_months_usage():
    found = _page(["Exhibit C - Usage History Provided by Appellant",
                   "Account holder: Rangi Parata    Account: 06-448120-03"],
                  ["Billing period", "kWh", "Amount"], _MONTHS)
    assert {("energy_usage", kwh) for _, kwh, _ in _MONTHS} <= found
    assert ("customer_name", "Rangi Parata") in found


def test_monthly_sales_on_a_page_naming_no_customer_stay_public():
    found = _page(["Monthly retail sales, all rate classes"], ["Billing period", "kWh", "Amount"], _MONTHS)
    assert not {category for category, _ in found} & {"energy_usage", "customer_name"}


def test_a_facility_table_beside_an_account_stays_public():
    found = _page(["Account holder: Rangi Parata    Account: 06-448120-03"],
                  ["Facility", "kWh", "Amount"],
                  [("Library", "18420", "$2,180.93"), ("City Hall", "25118", "$2,973.97"),
                   ("Pool", "9930", "$1,175.71")])
    assert not {value for category, value in found if category == "energy_usage"} & {"18420", "25118", "9930"}


def test_a_facility_accounts_monthly_usage_under_the_citys_letterhead_stays_public():
    found = _page(["CITY OF RED BLUFF - ENERGY MANAGEMENT", "Facility account: 06-448120-03  (Wastewater Plant)"],
                  ["Billing period", "kWh", "Amount"], _MONTHS)
    assert not {category for category, _ in found} & {"energy_usage", "customer_name"}
