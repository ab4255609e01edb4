"""Electricity consumption deep in big City documents (red team site66c).

- A PDF's table of months as columns ("Customer | Account | Jan | Feb ..."), its unit only in the title above it
  ("Monthly Consumption (kWh) by Service Account"): the month columns are usage, as an HTML table's under its caption
  are; not under a title of a program's savings, nor a table of facilities.
- A bill history's "Energy Used" / "Electricity Consumed" column, and a commercial bill's demand in kW ("Max Demand
  (kW)", "Billed Demand"): a customer's consumption; a system's "Peak Demand (MW)" is no meter's.
- A PDF table's header line "Month | kWh" is no label over the next line: the year of "Jan 2025" was taken for the
  usage of its first row.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from detectors.context.headers import header_kind
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofpomona.example.gov/agendas"


def _pdf(lines: list[str]) -> bytes:
    """One page; a tab in a line starts the next column, as a PDF table's cells stand apart."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 8)
    for k, line in enumerate(lines):
        x = 50
        for c, cell in enumerate(line.split("\t")):
            pdf.drawString(x, 750 - 13 * k, cell)
            x += 120 if c < 2 else 42
    pdf.save()
    return out.getvalue()


def _found(lines: list[str]) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/packet.pdf", _pdf(lines), "application/pdf")


# --- 1. months as columns under a title that says kWh -------------------------------------------------------------

def test_months_as_columns_under_a_kwh_title_in_a_pdf_are_the_customers_usage():
    found = _found(["Attachment 3 - Electricity Use (kWh) of Accounts in the Rate Appeal",
                    "Account Holder\tSA Number\tMar\tApr\tMay\tJun",
                    "Oluwaseun Bankole\t7004418823\t612\t1,048\t733\t927",
                    "Ilse Hoekstra\t7009921104\t1,311\t488\t1,560\t840"])
    assert values_of(found, "energy_usage") == {"612", "1,048", "733", "927", "1,311", "488", "1,560", "840"}
    assert values_of(found, "customer_name") == {"Oluwaseun Bankole", "Ilse Hoekstra"}


def test_months_as_columns_of_facilities_or_of_program_savings_are_no_ones_usage():
    facilities = _found(["City Facility Electricity Use (kWh), FY 2024-25",
                         "Facility\tMeter\tJul\tAug\tSep\tOct",
                         "Civic Center\tM2231\t112,170\t98,899\t101,477\t99,417",
                         "Westmont Community Center\tM7781\t11,598\t9,956\t10,424\t9,226",
                         "Fire Station 184\tM7782\t8,598\t7,956\t8,424\t7,226"])
    assert not values_of(facilities, "energy_usage")
    savings = _found(["Program Contacts and kWh Savings by Month",
                      "Program\tCoordinator\tPhone\tJul\tAug\tSep",
                      "Heat Pump Rebate\tLorena Baptiste\t(909) 620-2211\t1,170\t899\t1,477",
                      "Solar for All\tKenji Albright\t(909) 620-2212\t1,598\t956\t1,424"])
    assert not values_of(savings, "energy_usage")
    assert not values_of(savings, "customer_name")


# --- 2. usage columns by other names: energy used, demand in kW -----------------------------------------------------

def test_energy_used_and_demand_columns_name_a_customers_consumption():
    for label in ("Energy Used", "Electricity Consumed", "Max Demand (kW)", "Billed Demand", "On-Peak Demand",
                  "Peak kW"):
        assert header_kind(label)[0] == "usage", label
    for label in ("Peak Demand (MW)", "System Peak Demand", "Demand Letter", "Demand Charge", "Billed Demand ($)",
                  "Peak Demand Savings"):
        assert header_kind(label)[0] != "usage", label


def test_a_bill_history_of_energy_used_beside_a_customer_is_their_usage():
    page = ("<html><body><h2>Appeal 2025-14</h2><p>Billing history of Thanh Huong Vo, service account 3-118-4420-77"
            "</p><table><tr><th>Statement Date</th><th>Energy Used</th><th>Amount Due</th></tr>"
            "<tr><td>04/02/2025</td><td>1,204</td><td>$241.10</td></tr>"
            "<tr><td>05/01/2025</td><td>986</td><td>$198.75</td></tr></table></body></html>")
    found = pairs_found(f"{_SITE}/appeal.html", page, "text/html")
    assert values_of(found, "energy_usage") == {"1,204", "986"}


def test_a_customers_demand_and_kwh_under_their_account_in_a_pdf():
    found = _found(["Customer: Rashida Okonkwo-Bell", "Service Account 8000-3317-206",
                    "Billing Month\tMax Demand (kW)\tkWh",
                    "Aug 2025\t14.2\t3,184", "Sep 2025\t12.9\t2,906"])
    assert values_of(found, "energy_usage") == {"14.2", "3,184", "12.9", "2,906"}


def test_the_systems_peak_demand_in_mw_is_no_ones():
    page = ("<html><body><h2>PCE Load Summary</h2><table><tr><th>Month</th><th>Peak Demand (MW)</th>"
            "<th>Retail Sales (GWh)</th></tr><tr><td>July 2025</td><td>182</td><td>71.4</td></tr>"
            "<tr><td>August 2025</td><td>190</td><td>74.9</td></tr></table>"
            "<p>Questions: Power Resources Manager Tomasz Wierzbicki, (909) 620-2390</p></body></html>")
    assert not values_of(pairs_found(f"{_SITE}/load.html", page, "text/html"), "energy_usage")


# --- 3. a PDF table's header line is no label over the next line ---------------------------------------------------

def test_a_month_and_kwh_header_line_gives_each_rows_figure_not_the_year():
    found = _found(["Customer: Anahit Grigoryan", "Service Account: 2-907-33418",
                    "Month\tkWh", "Jan 2025\t1,618", "Feb 2025\t1,399"])
    assert values_of(found, "energy_usage") == {"1,618", "1,399"}


# --- 4. an interval export's columns named by their intervals ------------------------------------------------------

def test_an_interval_export_whose_columns_are_time_ranges_is_the_meters_usage():
    export = ("SA_NUM,METER_NO,READ_DATE,00:00-01:00,01:00-02:00,02:00-03:00\n"
              "8123340987,ZX-55102,2025-08-11,0.614,0.552,0.498\n"
              "8123340987,ZX-55102,2025-08-12,0.703,0.511,0.487\n")
    found = pairs_found(f"{_SITE}/interval_8123340987.csv", export, "text/csv")
    assert values_of(found, "energy_usage") == {"0.614", "0.552", "0.498", "0.703", "0.511", "0.487"}
    assert "8123340987" in values_of(found, "account_number")


def test_time_ranges_of_a_system_load_or_a_room_schedule_are_no_ones():
    load = ("Date,00:00-01:00,01:00-02:00,02:00-03:00\n2025-08-11,412.2,388.1,377.5\n2025-08-12,522.4,368.0,317.7\n")
    assert not pairs_found(f"{_SITE}/system_load.csv", load, "text/csv")
    rooms = ("Room,08:00-09:00,09:00-10:00,10:00-11:00\nCommunity Room A,Rotary Club,Rotary Club,Ebony Whitlock\n"
             "Council Chambers,Planning Commission,,Arturo Benavides\n")
    assert not pairs_found(f"{_SITE}/room_bookings.csv", rooms, "text/csv")


# --- 5. a net-metered home's generation and export -----------------------------------------------------------------

def test_a_net_metered_homes_generation_and_export_columns_are_its_usage():
    for label in ("Annual Generation kWh", "Solar Generation (kWh)", "kWh Exported"):
        assert header_kind(label)[0] == "usage", label
    truing_up = ("Customer,Premise Address,Service Acct,Solar Generation (kWh),kWh Exported,Net kWh\n"
                 "Bich Ngoc Dao,771 E Alvarado St,4471203398,8840,3120,-410\n"
                 "Gunnar Eriksen,1902 N Towne Ave,4471209912,6215,1904,2277\n")
    found = pairs_found(f"{_SITE}/nem_true_up.csv", truing_up, "text/csv")
    assert values_of(found, "energy_usage") == {"8840", "3120", "410", "6215", "1904", "2277"}


def test_a_plants_or_a_programs_generation_and_a_design_estimate_are_no_ones():
    for label in ("Generation (MWh)", "Program Generation kWh", "Est. Annual Generation kWh", "Generation Charges"):
        assert header_kind(label)[0] != "usage", label
    facilities = ("Facility,Meter,Array Size (kW),Annual Generation kWh\nCivic Center Garage,M1,120,190120\n"
                  "Westmont Senior Center,M2,45,60100\n")
    assert not pairs_found(f"{_SITE}/city_solar.csv", facilities, "text/csv")


# --- 6. every usage column of a history under an account's heading ------------------------------------------------

def test_a_history_under_an_accounts_heading_gives_its_demand_and_its_kwh():
    found = _found(["Exhibit D - Rate Review, Account 7310-0094-15", "Billing Month\tBilled Demand (kW)\tkWh\tAmount",
                    "Jul 2025\t61.4\t18,220\t$4,812.06", "Aug 2025\t66.0\t19,905\t$5,240.77"])
    assert values_of(found, "energy_usage") == {"61.4", "18,220", "66.0", "19,905"}


def test_a_history_under_the_citys_own_facility_account_stays_no_ones():
    found = _found(["Senior Center - SCE Account 2-20-114-5567", "Billing Month\tBilled Demand (kW)\tkWh",
                    "Jul 2025\t61.4\t18,220", "Aug 2025\t66.0\t19,905"])
    assert not values_of(found, "energy_usage")


def test_a_business_customers_history_under_its_account_is_its_usage():
    found = _found(["Attachment 6 - Key Account Detail: Valle Verde Tortilleria LLC", "Service Account 7310-0094-15",
                    "Month\tPeak kW\tkWh", "Jul 2025\t212\t88,410", "Aug 2025\t230\t91,077"])
    assert values_of(found, "energy_usage") == {"212", "88,410", "230", "91,077"}


# --- 7. the unit spelt out or cut short in a column's header --------------------------------------------------------

def test_kilowatt_hours_spelt_out_or_cut_short_head_a_usage_column():
    for label in ("Kilowatt Hours", "KW-HRS", "Consump.", "Electric Use"):
        assert header_kind(label)[0] == "usage", label
    for label in ("Office Hours", "Hours of Operation", "Kilowatt Hours Saved"):
        assert header_kind(label)[0] != "usage", label
    page = ("<html><body><p>Usage record of Ngozi Adebayo-Price, account 5-402-1187-30</p><table><tr><th>Read Date"
            "</th><th>Kilowatt Hours</th><th>Charges</th></tr><tr><td>06/12/2025</td><td>1,102</td><td>$221.40</td>"
            "</tr><tr><td>07/11/2025</td><td>1,377</td><td>$281.09</td></tr></table></body></html>")
    found = pairs_found(f"{_SITE}/hearing.html", page, "text/html")
    assert values_of(found, "energy_usage") == {"1,102", "1,377"}


# --- 8. a header row of months is no login ----------------------------------------------------------------------

def test_a_header_row_of_an_account_and_months_is_no_login_and_password():
    from tests.detector_helpers import xlsx
    book = xlsx([["Electricity Usage by Account, 2025"], [], ["Customer", "Account", "Jan-25", "Feb-25", "Mar-25"],
                 ["Wanjiru Kamau", "4471203398", 812, 990, 1204], ["Pedro Salgado", "4471209912", 405, 388, 512]])
    found = pairs_found(f"{_SITE}/usage.xlsx", book)
    assert not values_of(found, "credential")
    assert values_of(found, "energy_usage") == {"812", "990", "1204", "405", "388", "512"}


# --- 9. a case's record on an agenda page whose fiscal impact names a fund ------------------------------------------

def test_a_case_summarys_account_on_a_page_that_names_the_general_fund_is_the_customers():
    page = "\n".join(["FISCAL IMPACT: None to the General Fund; the adjustment is absorbed in PCE operating reserves.",
                      "RATE APPEAL 2025-09", "Complainant: Yolanda Achebe-Marsh", "Premises: 4410 W Mission Blvd",
                      "Account #: 31-5072-8846", "Phone: (626) 555-0184"])
    found = pairs_found(f"{_SITE}/item-12.txt", page)
    assert values_of(found, "account_number") == {"31-5072-8846"}


def test_a_fiscal_impacts_ledger_account_above_a_contacts_phone_stays_the_ledgers():
    page = "\n".join(["FISCAL IMPACT", "Funds are budgeted in the General Fund.", "Account No.: 101-4410-5210",
                      "Phone: (909) 620-2241"])
    assert not values_of(pairs_found(f"{_SITE}/item-13.txt", page), "account_number")
