"""Customer-service exports of a PRA response (round 30, red team records30): a CRM case export's blocks ("Contact:"
holding the customer's name then phone on one line, "Premise:" the service address, "SA:" the account) and the
dated entries under their "Notes:" (usage, a number to call back); a comparison figure written without its unit
after a customer's reading ("2,218kwh / prior 994", "vs 1529 same period last yr"); a home written without its
street type in a note ("lives 545 E Pearl", "normal for 3274 N Fairplex (2br apt)", "-- 2261 Hamilton"); a utility's
"download my data" CSV opening with key,value rows ("Name,...", "Address,...") above its usage table.

Hard negatives: an office's "Contact:" and a City building's "Premise:" on a routing slip; a premise's number
after "Premise:"; a vendor's contact in a contract summary; a City facility's account block with its supervisor as
contact; a case's "Owner:" on staff; a year, a tier, a savings goal or a span of time after "vs"; a numbered item or
a room before a street's words; a two-column CSV whose header is "Name,Notes".
"""
from __future__ import annotations

from detectors.context.shapes import consumption_spans, cued_streets
from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.ocotillowells.gov"


def findings(body: str, name: str = "export.txt", content_type: str = "text/plain; charset=utf-8") -> set:
    return pairs_found(f"{SITE}/records/{name}", body, content_type)


def figures(text: str) -> list[str]:
    return [text[a:b] for a, b in consumption_spans(text)]


def streets(text: str) -> list[str]:
    return [text[a:b] for a, b in cued_streets(text)]


CRM_EXPORT = """CUSTOMER CARE CASE EXPORT   Run: 10/01/2024 06:00   Queue: BILLING
==========================================================================
CASE 24-311902   Opened 09/12/2024 09:40   Channel: PHONE   Owner: Lucinda Varela
Subject: High bill complaint
Contact: OKONKWO, CHIDERA   760-555-0148
Premise: 4471 N SAGUARO WAY, OCOTILLO WELLS CA 92004
SA: 7-204-5518-30   Rate: E-1
Notes:
  09/12 09:52 LVARELA  cust says bill tripled; billed 1,874 KWH vs 611 same period last yr.
  09/12 10:05 LVARELA  alt cb 760-555-0172 (daughter); referred to SCE 1-800-655-4555
  09/12 10:07 LVARELA  tier 1 baseline 350 kWh vs 410 summer allowance explained
--------------------------------------------------------------------------
CASE 24-311950   Opened 09/13/2024 11:02   Channel: WEB   Owner: MPRADO
Subject: Rate question
Contact: Utility Billing Division   (760) 555-3100
Premise: Civic Center Annex
Notes:
  program totals 2,400,000 kWh vs 2023
"""


def test_a_crm_case_names_its_customer_under_contact_and_premise():
    found = findings(CRM_EXPORT)
    assert ("customer_name", "OKONKWO, CHIDERA") in found
    assert ("phone", "760-555-0148") in found
    assert ("address", "4471 N SAGUARO WAY, OCOTILLO WELLS CA 92004") in found
    assert ("account_number", "7-204-5518-30") in found


def test_the_notes_of_a_crm_case_give_the_customers_usage_and_callback():
    found = findings(CRM_EXPORT)
    assert {"1,874 KWH", "611"} <= values_of(found, "energy_usage")
    assert ("phone", "760-555-0172") in found
    assert "350 kWh" not in values_of(found, "energy_usage") and "410" not in values_of(found, "energy_usage")
    assert "1-800-655-4555" not in values_of(found, "phone")  # the utility's line, given without a callback word


def test_a_cases_owner_an_office_contact_and_a_city_building_are_no_customer():
    found = findings(CRM_EXPORT)
    assert "Lucinda Varela" not in values_of(found, "customer_name")
    assert "(760) 555-3100" not in values_of(found, "phone")
    assert not values_of(found, "customer_name") - {"OKONKWO, CHIDERA"}
    assert not values_of(found, "energy_usage") & {"2,400,000 kWh", "2023"}


def test_a_routing_slip_and_a_contract_summary_name_no_customer():
    slip = findings("""PERMIT ROUTING SLIP
Project: Tenant improvement, 2nd floor
Contact: Planning Division (760) 555-3140
Premise: City Hall, 300 Palm Canyon Dr
Notes:
  call back 760-555-3141 for plan check; 1,200 kWh vs 900 in the Title 24 calc
""")
    contract = findings("""CONTRACT SUMMARY
Agreement No.: C-2024-207   Term: 3 years
Vendor: Desert Sun Energy Services
Contact: Harlan Whitcomb   (619) 555-0199
Premise: Corporation Yard
""")
    assert not slip and not contract


def test_a_city_facilitys_account_block_names_its_supervisor_as_no_customer():
    found = findings("""FACILITY ACCOUNTS
Facility: Borrego Community Park
Premise: 1180 E Palm Canyon Dr, Ocotillo Wells CA 92004
SA: 7-000-4412-08   Rate: TOU-GS-1
Contact: Rosa Delgado, Parks Supervisor   (760) 555-3121
""")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")


def test_a_premise_label_before_a_premise_number_gives_no_address():
    found = findings("Customer: Abernathy, Colette\nSvc Addr: 77 PALO VERDE RD, OCOTILLO WELLS\n"
                     "SA ID: 7-551-208-914   Premise: P-58210-44107\nHome Ph: 760-555-0137\n")
    assert ("account_number", "P-58210-44107") in found
    assert not any("P-58210" in value for value in values_of(found, "address"))


# --- a comparison figure after a customer's reading ------------------------------------------------------------

def test_a_figure_compared_with_a_reading_takes_the_readings_unit():
    assert figures("high bill 3,104kwh / prior 1288; acct ending 5521") == ["3,104kwh", "1288"]
    assert figures("says used 968 kWh in Aug vs ~402 last yr.") == ["968 kWh", "402"]
    assert figures("billed 1,640 kWh vs. 1,015 same period") == ["1,640 kWh", "1,015"]
    assert figures("812 kWh / previous 655") == ["812 kWh", "655"]


def test_a_year_a_span_of_time_a_tier_or_a_goal_after_vs_is_no_usage():
    assert figures("used 1,480 kWh vs 2023") == ["1,480 kWh"]
    assert figures("used 1,480 kWh vs 3 yrs ago") == ["1,480 kWh"]
    assert figures("used 1,480 kWh prior 2024 bill") == ["1,480 kWh"]
    assert figures("Tier 1: 0-300 kWh vs 400") == []
    assert figures("the program saved 18,000 kWh vs 15000 goal") == []
    assert figures("the average home uses 520 kWh vs 610") == []
    assert figures("used 640 kWh / 30 days") == []


# --- a home without its street type in a note ----------------------------------------------------------------------

def test_a_notes_home_without_its_street_type():
    assert streets("acct 700 118 402 337, cb 760.555.0191, lives 2218 W Ocotillo") == ["2218 W Ocotillo"]
    assert streets("Aug 1,204 kwh, normal for 905 S Borrego (3br house).") == ["905 S Borrego"]
    assert streets("- Ilunga, Beatrice -- (760) 555-0163 -- CARE -- SA# 7-118-0442-90 -- 3317 Tamarisk") == \
        ["3317 Tamarisk"]
    assert streets("her neighbour at 1142 E Yucca got a bill for 2,000 kWh") == ["1142 E Yucca"]


def test_a_numbered_item_a_room_or_a_count_is_no_home():
    assert streets("see Item 545 E Palm on the agenda.") == []
    assert streets("meet in Room 3274 N Wing.") == []
    assert streets("usage normal for 12 months") == []
    assert streets("lives 20 minutes away") == []
    assert streets("billed for 2024 rates (see tariff)") == []


# --- a "download my data" CSV's key,value preamble -----------------------------------------------------------------

def test_a_usage_downloads_key_value_preamble_is_the_customers_record():
    found = findings("Name,MARGUERITE ABERNATHY\nAddress,612 CALLE ROSITA OCOTILLO WELLS CA 92004\n"
                     "Account Number,7-330-1987-45\nService,Residential - TOU-D-4-9PM\n\n"
                     "TYPE,START DATE,END DATE,USAGE,UNITS,COST,NOTES\n"
                     "Electric usage,2024-03-05,2024-04-04,884,kWh,$251.40,\n", "usage.csv", "text/csv")
    assert ("customer_name", "MARGUERITE ABERNATHY") in found
    assert ("address", "612 CALLE ROSITA OCOTILLO WELLS CA 92004") in found
    assert ("account_number", "7-330-1987-45") in found


def test_a_two_column_csv_headed_name_and_notes_keeps_its_header():
    found = findings("Name,Notes\nDesert Bloom Garden Club,meets 2nd Tuesday at the library\n"
                     "Ocotillo Wells Lions,pancake breakfast in May\n", "groups.csv", "text/csv")
    assert not values_of(found, "customer_name")
