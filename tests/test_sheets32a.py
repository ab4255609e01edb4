"""Monthly usage cross-tabs whose unit is only in the title (red team sheets32): a transposed sheet, a customer a
column (name, account, premise, then a row per month of kWh), and a table of accounts beside their service address
under month columns ("Mar-25 | Apr-25"), no name column. Hard negatives of the same shapes with public data: ZIP code
totals by month either way round, rate classes by month, a budget's departments by month in dollars, a staff
schedule by month, the City's own facilities' accounts by month."""
from __future__ import annotations

import datetime

from tests.detector_helpers import values_found, xlsx

SITE = "https://www.cityofbrookvale.gov/utilities/docs/"
PEOPLE = ("customer_name", "address", "phone", "email", "account_number", "energy_usage")
MONTHS = [datetime.date(2025, month, 1) for month in (3, 4, 5)]


def found(name: str, body: bytes) -> dict[str, list[str]]:
    return values_found(SITE + name, body, PEOPLE)


def flat(name: str, body: bytes) -> set[str]:
    return {value for values in found(name, body).values() for value in values}


# --- a transposed cross-tab: customers as columns, months as rows ---------------------------------------------------

def transposed(title: str, corner: str, heads: list[str], fields: list[tuple[str, list[str]]],
               months: list[tuple[object, list[int]]]) -> bytes:
    return xlsx([[title], ["Net metering true-up review, spring 2025"], [], [corner, *heads],
                 *[[label, *values] for label, values in fields], *[[month, *values] for month, values in months]])


SOLAR_CUSTOMERS = transposed(
    "Monthly Net Usage (kWh) by Customer", "Customer", ["Rosalind Marchbanks", "Teodoro Vasquez-Lind"],
    [("Acct No.", ["BV-4471902", "BV-4471937"]),
     ("Service Address", ["4415 N Larkspur Way, Brookvale, OR 97225", "318 Quarry Hill Rd, Brookvale, OR 97225"])],
    [(MONTHS[0], [643, -212]), (MONTHS[1], [587, 1194]), (MONTHS[2], [-38, 906])])


def test_a_customer_a_column_with_months_as_rows_is_each_customers_record():
    got = found("net_usage_by_customer.xlsx", SOLAR_CUSTOMERS)
    assert {"Rosalind Marchbanks", "Teodoro Vasquez-Lind"} <= set(got.get("customer_name", []))
    assert {"BV-4471902", "BV-4471937"} <= set(got.get("account_number", []))
    assert "4415 N Larkspur Way, Brookvale, OR 97225" in got.get("address", [])
    assert {"643", "1194", "906"} <= set(got.get("energy_usage", []))


def test_month_rows_named_as_text_are_the_columns_usage_too():
    body = transposed("Consumption (kWh) - accounts referred to Key Accounts", "Account holder",
                      ["Ingrid Solvang", "Hollis Abernathy", "Mireille Tran"],
                      [("Account", ["7730418822", "7730418859", "7730419021"]),
                       ("Premise", ["55 Ferndale Ct", "1208 Alder Bluff Dr", "77 Sorrel Ln"])],
                      [("Jan 2025", [812, 455, 1320]), ("Feb 2025", [790, 431, 1298])])
    got = found("key_accounts.xlsx", body)
    assert {"Ingrid Solvang", "Mireille Tran"} <= set(got.get("customer_name", []))
    assert {"812", "1298"} <= set(got.get("energy_usage", []))


def test_zip_codes_as_columns_with_months_as_rows_stay_silent():
    body = transposed("Total kWh by ZIP Code, Residential", "ZIP Code", ["97225", "97229", "97231"], [],
                      [(MONTHS[0], [4418230, 3920114, 2210873]), (MONTHS[1], [4102775, 3711090, 2093341]),
                       (MONTHS[2], [3988102, 3650442, 2017765])])
    assert not flat("kwh_by_zip.xlsx", body)


def test_the_citys_facilities_as_columns_stay_silent():
    """The header over the columns says what they are, as over a row table's first column: the City's facilities,
    or places ("Site") when no row says customer."""
    for corner in ("Facility", "Site"):
        body = transposed("Municipal Facilities - Monthly kWh", corner, ["Fire Station 3", "Corporation Yard"],
                          [("Account", ["7730400101", "7730400118"]),
                           ("Address", ["4410 Harbor Blvd", "2210 Quarry Rd"])],
                          [(MONTHS[0], [48210, 12875]), (MONTHS[1], [46390, 12102])])
        assert not flat("facility_kwh.xlsx", body)


def test_a_staff_schedule_with_months_as_rows_stays_silent():
    body = transposed("Customer Service Rotation", "Representative", ["Petra Oduya", "Anselm Whitcombe"],
                      [("Extension", ["x4410", "x4412"]), ("Desk", ["Counter 2", "Phones"])],
                      [("Jan 2025", [12, 9]), ("Feb 2025", [10, 11])])
    assert not flat("rotation.xlsx", body) & {"Petra Oduya", "Anselm Whitcombe", "12", "10"}


# --- accounts beside their premise under month columns, the unit only in the title ---------------------------------

def by_account(title: str, header: list[str], rows: list[list]) -> bytes:
    """A table at B5 under a title at B2, as an Excel Table placed off the sheet's corner."""
    return xlsx([[], [None, title], [None, "Source: billing determinants (internal review copy)"], [],
                 [None, *header], *[[None, *row] for row in rows]])


ACCOUNTS = by_account("Monthly consumption (kWh) - homes on shared transformer T-114, 2025",
                      ["Account", "Premise", "Mar-25", "Apr-25", "May-25"],
                      [["4471902236", "4415 N Larkspur Way", 1180, 964, 1311],
                       ["4471902251", "318 Quarry Hill Rd", 702, 688, 911]])


def test_accounts_beside_premises_under_month_columns_are_customer_records():
    got = found("transformer_t114.xlsx", ACCOUNTS)
    assert {"4471902236", "4471902251"} <= set(got.get("account_number", []))
    assert {"4415 N Larkspur Way", "318 Quarry Hill Rd"} <= set(got.get("address", []))
    assert {"1180", "1311", "702", "911"} <= set(got.get("energy_usage", []))


def test_zip_codes_by_month_under_a_kwh_title_stay_silent():
    body = by_account("Total kWh by ZIP - residential, 2025", ["ZIP", "Mar-25", "Apr-25", "May-25"],
                      [["97225", 4418230, 4102775, 3988102], ["97229", 3920114, 3711090, 3650442]])
    assert not flat("zip_month.xlsx", body)


def test_rate_classes_by_month_stay_silent():
    body = by_account("Retail sales (kWh) by rate class", ["Rate Class", "Mar-25", "Apr-25", "May-25"],
                      [["Residential (R-1)", 41822310, 38114020, 36920115],
                       ["Small Commercial (GS-1)", 12208441, 11871002, 11530990]])
    assert not flat("rate_class_month.xlsx", body)


def test_a_budget_by_department_and_month_stays_silent():
    body = by_account("FY2025 Monthly Expenditure Plan ($)", ["Department", "GL Account", "Jul-24", "Aug-24", "Sep-24"],
                      [["Utility Billing", "4100-52110", 182400, 176950, 190120],
                       ["Electric Operations", "4200-52110", 611300, 598720, 640010]])
    assert not flat("budget_by_month.xlsx", body)


def test_a_staff_schedule_by_month_stays_silent():
    body = by_account("Meter reading route assignments", ["Meter Reader", "Phone", "Mar-25", "Apr-25", "May-25"],
                      [["Petra Oduya", "(503) 555-0148", "Route 4", "Route 7", "Route 2"],
                       ["Anselm Whitcombe", "(503) 555-0162", "Route 1", "Route 4", "Route 7"]])
    assert not flat("route_schedule.xlsx", body) & {"Route 4", "4", "7"}


def test_the_citys_facilities_accounts_by_month_stay_silent():
    body = by_account("City facilities - monthly kWh", ["Facility", "Account", "Address", "Mar-25", "Apr-25"],
                      [["Civic Center", "7730400101", "100 Civic Center Dr", 48210, 46390],
                       ["Brookvale Library", "7730400118", "2210 Library Ln", 12875, 12102]])
    assert not flat("facilities_kwh.xlsx", body)
