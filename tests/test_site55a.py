"""A billing system's account and usage columns under its own names (red team site55).

- A customer-location key is an account column: "CUST/LOC", "Cust-Loc", "Customer-Location" over a write-off or an
  adjustment schedule's rows. Hard negatives: a "Loc" column of a CIP project list, a "Customer Location" (a place), a
  GL "Cust" code in a budget.
- A fixed-width export's "CUST-NO  LOC-NO" columns: the two numbers are one account, the customer's and its location's.
- A text table's first column of row numbers headed "#" does not hide its header line ("# | Customer | ... | kWh (12
  mo)").
- A key column of no known name ("VCE ID") holds a row's account by its shape.
- A usage column with a remark in brackets, whatever its case ("KWH (VCE, same per.)"). Hard negatives: "kWh (avg)",
  "KWH (Saved)", a City facility list.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from detectors.context.headers import header_kind
from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.vallecitogrove.gov"


def _pdf(rows: list[list[str]], column: int = 110) -> bytes:
    """A one-page PDF whose lines hold cells a ``column`` of points apart (a line of one cell is prose)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Courier", 7)
    for k, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            pdf.drawString(30 + column * c, 760 - 14 * k, cell)
    pdf.save()
    return out.getvalue()


def test_customer_location_headers_name_an_account():
    for header in ("CUST/LOC", "Cust/Loc", "Cust-Loc", "Customer-Location", "Customer/Location", "CUST-NO", "LOC-NO",
                   "Cust#/Loc#"):
        assert header_kind(header)[0] == "account", header
    for header in ("Loc", "Customer Location", "Cust", "Cust-Notes", "Location-Notes"):
        assert header_kind(header)[0] != "account", header


def test_write_off_table_under_cust_loc():
    found = pairs_found(f"{_SITE}/council/packet.pdf", _pdf([
        ["ITEM 7 - ATTACHMENT A: UTILITY BILLING ACCOUNTS RECOMMENDED FOR WRITE-OFF"],
        ["CUST/LOC", "NAME", "SERVICE ADDRESS", "CLOSED", "BALANCE"],
        ["342202-348348", "DENG, CHUN", "3723 AZALEA TER APT 129", "03/26/23", "$1734.84"],
        ["50736-321", "SORIANO, ROWENA", "3070 PASEO ALEGRE", "01/19/23", "$2376.30"],
        ["UB4965214", "KAPOOR, KAVITA", "1974 CEDAR MESA LN", "02/24/23", "$1658.27"],
        ["80-6547-15", "HASKINS, TAMIKA", "3044 DEL VALLE AVE", "03/13/23", "$694.16"],
    ]))
    assert values_of(found, "account_number") == {"342202-348348", "50736-321", "UB4965214", "80-6547-15"}


def test_cip_location_and_budget_cust_code_stay_out():
    found = pairs_found(f"{_SITE}/finance/cip.pdf", _pdf([
        ["CAPITAL IMPROVEMENT PROGRAM - STREET PROJECTS"],
        ["Project", "Loc", "Lead", "Budget", "Status"],
        ["Signal upgrade", "4410-221", "Ana Ruiz", "$410,000", "Design"],
        ["Slurry seal", "5520-118", "Tom Baker", "$220,000", "Bid"],
    ]))
    assert not values_of(found, "account_number")
    found = pairs_found(f"{_SITE}/finance/budget.pdf", _pdf([
        ["UTILITY FUND - EXPENDITURE DETAIL (FY 2025-26)"],
        ["Cust", "Description", "FY24 Actual", "FY25 Amended", "FY26 Adopted"],
        ["235-3091-6568", "Equipment Maint", "3,930,380", "5,303,905", "3,192,267"],
        ["416-3139-8229", "Utilities - Water", "7,952,863", "7,803,505", "3,676,394"],
    ]))
    assert not values_of(found, "account_number")


def test_fixed_width_customer_and_location_numbers_make_one_account():
    found = pairs_found(f"{_SITE}/utilities/exports/UBDISC.txt", (
        "UB460R   DISCONNECT CANDIDATE LIST          RUN DATE 03/04/2025  PAGE   1\n\n"
        "CUST-NO  LOC-NO  CUSTOMER NAME             SERVICE ADDRESS              HCF  PHONE          PAST DUE\n"
        "------------------------------------------------------------------------------------------------------\n"
        "936383  260600  DESAI MEENA               1764 VALLECITO AVE APT 125     5  5628168012       1982.13\n"
        "695234  324525  NASSER HALA               111 GLENBROOK DR               5  6263822112        267.93\n"))
    assert values_of(found, "account_number") == {"936383 260600", "695234 324525"}
    assert values_of(found, "address") == {"1764 VALLECITO AVE APT 125", "111 GLENBROOK DR"}


def test_row_number_column_and_key_column_in_a_text_table():
    found = pairs_found(f"{_SITE}/audit/report.pdf", _pdf([
        ["Finding 2: VCE enrollment exceptions"],
        ["#", "Customer", "Service address", "VCE ID", "kWh (12 mo)", "Exception"],
        ["1", "Hala Saleh", "2738 Bellbrook St", "VG2810219", "5,118", "none"],
        ["2", "Yolanda Orozco", "1199 Meadowpass Rd", "VG6714198", "13,683", "rate code"],
    ]))
    assert values_of(found, "account_number") == {"VG2810219", "VG6714198"}
    assert values_of(found, "energy_usage") == {"5,118", "13,683"}


def test_row_numbers_of_a_facility_list_stay_out():
    found = pairs_found(f"{_SITE}/energy/facilities.pdf", _pdf([
        ["City facilities - electricity use"],
        ["#", "Facility", "Address", "Meter ID", "kWh (12 mo)"],
        ["1", "City Hall", "505 Civic Center Dr", "V482N133779", "412,118"],
        ["2", "Central Library", "610 Civic Center Dr", "V482N133780", "233,568"],
    ]))
    assert not values_of(found, "energy_usage")
    assert not values_of(found, "account_number")


def test_usage_column_with_a_remark_in_brackets():
    assert header_kind("KWH (VCE, same per.)") == ("usage", True)
    assert header_kind("kWh (12 mo)")[0] == "usage"
    for header in ("kWh (avg)", "kWh ($/mo)", "KWH (Saved)", "kWh (median)"):
        assert header_kind(header)[0] != "usage", header
    found = pairs_found(f"{_SITE}/finance/adjustments.xlsx", xlsx([
        ["Utility Billing - Adjustment Log (export)"], [], [],
        ["Cust#/Loc#", "Cust Nm", "Svc Addr", "Adj Type", "Amt", "KWH (VCE, same per.)", "Entered By"],
        ["UB7855292", "MCBRIDE, CURTIS", "1787 Del Valle Ave", "L", "2374.02", "1692", "jmontoya"],
    ]))
    assert values_of(found, "energy_usage") == {"1692"}


_BLOCK_HEAD = ["APPENDIX D - INTERVAL DATA SAMPLE (AUGUST 2024 PEAK WEEK)"]
_GRID = [["Date", "HE02", "HE04", "HE06", "HE08"], ["08/12", "1.24", "2.52", "4.70", "1.33"],
         ["08/13", "4.23", "0.67", "3.45", "2.32"]]


def test_interval_block_total_under_a_customers_account():
    found = pairs_found(f"{_SITE}/energy/study.pdf", _pdf([
        _BLOCK_HEAD,
        ["Service Account 7000822195 Customer: GILL KAVITA Premise: 1107 OCOTILLO WAY"], *_GRID,
        ["Week total: 686.6 kWh"],
        ["Service Account 7007165928 Customer: LE VINH Premise: 3014 OCOTILLO WAY"], *_GRID,
        ["Week total: 808.2 kWh"],
    ], column=60))
    assert values_of(found, "energy_usage") == {"686.6 kWh", "808.2 kWh"}


def test_interval_block_total_of_a_feeder_or_with_no_account_stays_out():
    found = pairs_found(f"{_SITE}/energy/feeders.pdf", _pdf([
        ["Feeder VG-12 (substation Meadowpass)"], *_GRID, ["Week total: 686.6 kWh"],
        ["Program load, all enrolled homes"], *_GRID, ["Monthly total: 4,808.2 MWh"],
    ], column=60))
    assert not values_of(found, "energy_usage")


def test_other_numbers_key_columns_stay_out():
    found = pairs_found(f"{_SITE}/utilities/workorders.pdf", _pdf([
        ["Field work completed - March"],
        ["Customer", "Service address", "WO #", "Ticket #", "Result"],
        ["Hala Saleh", "2738 Bellbrook St", "WO-48213391", "TK-55102938", "done"],
        ["Yolanda Orozco", "1199 Meadowpass Rd", "WO-48213392", "TK-55102939", "done"],
    ]))
    assert not values_of(found, "account_number")
