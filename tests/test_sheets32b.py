"""Spreadsheets staff lay out in other shapes than one header row (red team sheets32, part b): a two-row header whose
merged bands ("Account holder" over Name | Account | Address, "Metered use (kWh)" over the month columns) label every
column they span, its row of header words under a title block read as a header and not as a customer's row; month
columns named by their month and year ("Jul-23", "kwh_2023_01"); a sheet per customer, their block above their bills'
Billing Month | kWh table; a very wide export whose identity columns sit at the far right, its SAID column an account;
several readings in one usage cell.

Hard negatives: a budget's Fund bands over month columns in dollars, a rate table's season bands, a ZIP-level
aggregate with kwh_2024_01 columns and no customer's, a staff sheet whose "said" column is a verb, a baseline
allowance beside the customer's kWh, a summary sheet's monthly totals."""
from __future__ import annotations

from tests.detector_helpers import values_found, workbook, xlsx

SITE = "https://www.lakeshoreutilities.gov/docs/"
PEOPLE = ("customer_name", "address", "phone", "email", "account_number", "energy_usage")


def found(name: str, body: bytes) -> dict[str, list[str]]:
    return values_found(SITE + name, body, PEOPLE)


def flat(name: str, body: bytes) -> set[str]:
    return {value for values in found(name, body).values() for value in values}


# --- a two-row header: merged bands over a row of header words, a title block above ------------------------------

MONTHS = ["Jul-23", "Aug-23", "Sep-23", "Oct-23", "Nov-23"]
BANDED = [
    ["Lakeshore Municipal Utilities - High Bill Review"],
    ["Residential accounts referred by Customer Service"],
    ["Compiled by: Conservation Section"],
    ["Call (616) 555-0100 with questions"],
    [],
    ["Account holder", None, None, "Metered use (kWh)", None, None, None, None, "Notes"],
    ["Name", "Account", "Address", *MONTHS],
    ["Priyanka Oyelaran", "7-204-5518-03", "1418 Wexford Ln", 842, 1317, 906, 655, 1203, "second visit"],
    ["Thaddeus Korhonen", "7-204-5521-19", "77 Birchmont Ct", 591, 688, 1422, 1034, 770, "meter tested"],
]


def test_merged_bands_label_every_month_column_under_them():
    got = found("high_bill_review.xlsx", xlsx(BANDED, merged=("A6:C6", "D6:H6", "I6:I7")))
    assert {"Priyanka Oyelaran", "Thaddeus Korhonen"} <= set(got.get("customer_name", []))
    assert {"7-204-5518-03", "7-204-5521-19"} <= set(got.get("account_number", []))
    assert {"842", "1317", "906", "655", "1203", "1422", "770"} <= set(got.get("energy_usage", []))


def test_header_words_under_a_band_are_no_customers_row():
    everything = flat("high_bill_review.xlsx", xlsx(BANDED, merged=("A6:C6", "D6:H6", "I6:I7")))
    assert not everything & {"Name", "Account", "Address", "23", "Jul-23", "Aug-23"}


def test_budget_fund_bands_over_month_columns_in_dollars_stay_silent():
    rows = [
        ["City of Lakeshore - Monthly Expenditure Plan FY24"],
        ["General ledger detail by fund"],
        [],
        [None, None, "Fund 510 - Electric Utility", None, None, "Fund 520 - Water", None, None],
        ["GL Account", "Description", "Jul-23", "Aug-23", "Sep-23", "Jul-23", "Aug-23", "Sep-23"],
        ["510-4410-60100", "Wholesale power purchases", "$412,880", "$455,120", "$398,004", "$0", "$0", "$0"],
        ["520-4420-60150", "Chemicals and treatment", "$0", "$0", "$0", "$61,200", "$58,975", "$63,410"],
    ]
    assert flat("expenditure_plan.xlsx", xlsx(rows, merged=("C4:E4", "F4:H4"))) == set()


def test_rate_table_season_bands_stay_silent():
    rows = [
        ["Residential Time-of-Use Rates, effective 1/1/2024"],
        [None, "Summer (Jun-Sep) $/kWh", None, "Winter (Oct-May) $/kWh", None],
        ["Schedule", "On-Peak", "Off-Peak", "On-Peak", "Off-Peak"],
        ["RS-TOU", 0.2811, 0.1406, 0.2233, 0.1187],
        ["RS-EV", 0.3015, 0.0962, 0.2410, 0.0904],
    ]
    assert flat("tou_rates.xlsx", xlsx(rows, merged=("B2:C2", "D2:E2"))) == set()


# --- a sheet per customer: their block, then their bills' usage table ---------------------------------------------

def _case_sheet(name: str, account: str, address: str, readings: list[int]) -> list[list]:
    return [[],
            [None, "Customer Name:", name],
            [None, "Service Account:", account],
            [None, "Service Address:", address],
            [None, "Phone:", "(616) 555-0187"],
            [],
            [],
            [None, "Billing Month", "kWh", "Baseline Quantity"],
            *[[None, month, reading, 512] for month, reading in zip(("Mar 2024", "Apr 2024", "May 2024"), readings)]]


CASES = workbook({
    "Summary": [["Life-support allowance reviews"], ["Cases", 2], ["Monthly program total (kWh)", 88412]],
    "Oyelaran": _case_sheet("Priyanka Oyelaran", "7-204-5518-03", "1418 Wexford Ln, Lakeshore, MI 49417",
                            [1388, 947, 1102]),
    "Korhonen": _case_sheet("Thaddeus Korhonen", "7-204-5521-19", "77 Birchmont Ct, Lakeshore, MI 49417",
                            [703, 1265, 861]),
})


def test_usage_table_under_a_customers_block_is_theirs():
    got = found("life_support_cases.xlsx", CASES)
    assert {"1388", "947", "1102", "703", "1265", "861"} <= set(got.get("energy_usage", []))


def test_baseline_quantity_beside_the_customers_kwh_is_no_usage():
    got = found("life_support_cases.xlsx", CASES)
    assert not {"512", "88412"} & set(got.get("energy_usage", []))


def test_monthly_totals_on_a_sheet_naming_nobody_stay_silent():
    body = workbook({"Totals": [["Month", "Residential kWh", "Accounts billed"], ["Jan 2024", 20583302, 39763],
                                ["Feb 2024", 15282685, 39987], ["Mar 2024", 22955909, 40115]]})
    assert flat("monthly_totals.xlsx", body) == set()


# --- a very wide export: month columns named kwh_YYYY_MM, identity columns at the far right -----------------------

def _wide(tail: list[str], rows: list[list]) -> bytes:
    head = [f"kwh_2023_{month:02d}" for month in range(1, 13)]
    return xlsx([["meter_no", *head, *tail], *rows])


def test_wide_export_month_columns_and_said_account():
    body = _wide(["cust_name", "service_addr", "email", "SAID"], [
        ["M-448120", *range(610, 1210, 50), "OYELARAN PRIYANKA", "1418 WEXFORD LN, LAKESHORE, MI 49417",
         "p.oyelaran@gmail.com", "5093318824"],
        ["M-448133", *range(402, 1002, 50), "KORHONEN THADDEUS", "77 BIRCHMONT CT, LAKESHORE, MI 49417",
         "tkorhonen@yahoo.com", "5093318851"],
    ])
    got = found("interval_rollup.xlsx", body)
    assert {"5093318824", "5093318851"} <= set(got.get("account_number", []))
    assert not {"5093318824", "5093318851"} & set(got.get("phone", []))
    assert {"610", "1160", "402", "952"} <= set(got.get("energy_usage", []))


def test_zip_aggregate_with_month_columns_stays_silent():
    body = xlsx([["zip", *[f"kwh_2024_{month:02d}" for month in range(1, 7)], "accounts"],
                 ["49417", 13413330, 11960386, 5895968, 4853870, 5120254, 6600330, 16057],
                 ["49418", 8791252, 13053427, 8453917, 10820174, 9356120, 7711020, 14562]])
    assert flat("load_by_zip.xlsx", body) == set()


def test_staff_sheet_said_column_is_a_verb():
    body = xlsx([["Staff member", "Title", "said"],
                 ["Marisol Quintanilla", "Billing Supervisor", "Vendor confirmed the 3/14 delivery"],
                 ["Devin Oakhurst", "Energy Analyst", "Will re-run report 5093318824 on Monday"]])
    assert flat("staff_notes.xlsx", body) == set()


# --- several readings in one usage cell --------------------------------------------------------------------------

def _referral(usage: str) -> bytes:
    return xlsx([["Utility Ombudsman Referrals"], [],
                 ["Complainant", "Ignatius Ferreira-Dunn"], ["Utility Acct", "LMU-5531904"],
                 ["Service Addr", "3307 Orchard Bend Rd, Lakeshore, MI 49417"], ["Recent usage", usage]])


def test_every_months_reading_in_one_usage_cell():
    got = found("ombudsman_referrals.xlsx", _referral("1,104 kWh (Oct), 967 kWh (Nov), 1,388 kWh (Dec)"))
    assert {"1,104 kWh", "967 kWh", "1,388 kWh"} <= set(got.get("energy_usage", []))


def test_reference_figure_beside_the_reading_is_no_usage():
    for usage in ("1,240 kWh (baseline 512 kWh)", "1,240 kWh vs 690 kWh avg for similar homes",
                  "1,240 kWh of 800 kWh allowance"):
        got = found("ombudsman_referrals.xlsx", _referral(usage))
        assert got.get("energy_usage") == ["1,240 kWh"], usage
