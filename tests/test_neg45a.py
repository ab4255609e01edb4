"""Red team neg45 (precision): a lien notice laid out in plain text and a land-use staff report.

A parcel's number that carries its own label in a text table's cell ("APN 8312-314-029") is the assessor's public
number, as it is under an HTML table's "APN" header: no customer's account, and the owners of record beside it are no
customer list. A project's estimated or design load ("Estimated electrical load of the new use: 78,835 kWh per year
per the applicant's Title 24 report") is no customer's metered consumption, so a CUP applicant's name and phone beside
it are no customer record. A real customer table in a text export and a customer's actual usage in a staff report stay
found.
"""
from tests.detector_helpers import pairs_found

LIEN_NOTICE = """NOTICE OF PUBLIC HEARING ON ASSESSMENT LIENS - CITY OF RIO PARDO

The City Council will hear objections on June 10, 2025 at 6:00 p.m. to the following nuisance abatement costs,
which will be placed as special assessments on the property tax roll:

  Marisol Quintero   418 Juniper Ave   APN 5521-017-044   $2,118.00
  Tobias Lindqvist   9031 Orchard Ln   APN 5530-220-009   $1,406.50
  Ngozi Adeyemi   77 Harbor View Dr   APN 5518-403-112   $615.00

Daniel Ortega, City Clerk
"""

TAX_DEFAULT_APN_FIRST = """NOTICE OF POWER TO SELL TAX-DEFAULTED PROPERTY

  AIN 7104-022-031   Marisol Quintero   418 Juniper Ave   $9,812.44
  AIN 7104-022-032   Tobias Lindqvist   9031 Orchard Ln   $12,007.10
  AIN 7104-022-040   Ngozi Adeyemi   77 Harbor View Dr   $3,880.00
"""

CUSTOMER_EXPORT = """Write-off list, closed accounts

  Marisol Quintero   418 Juniper Ave   3012-314-0291   $479.00
  Tobias Lindqvist   9031 Orchard Ln   3009-804-0761   $245.00
  Ngozi Adeyemi   77 Harbor View Dr   3064-102-0091   $942.00
"""

CUSTOMER_EXPORT_PREFIXED = """Write-off list, closed accounts

  Marisol Quintero   418 Juniper Ave   PCE 5521-017-044   $479.00
  Tobias Lindqvist   9031 Orchard Ln   PCE 5530-220-009   $245.00
  Ngozi Adeyemi   77 Harbor View Dr   PCE 5518-403-112   $942.00
"""


def test_lien_notice_in_text_with_labelled_parcels_is_public():
    assert pairs_found("https://www.riopardo.gov/notices/lien-hearing.txt", LIEN_NOTICE) == set()


def test_tax_default_notice_with_parcel_first_is_public():
    assert pairs_found("https://www.riopardo.gov/notices/tax-default.txt", TAX_DEFAULT_APN_FIRST) == set()


def test_customer_export_in_text_stays_found():
    found = pairs_found("https://www.riopardo.gov/files/writeoffs.txt", CUSTOMER_EXPORT)
    assert {("customer_name", "Marisol Quintero"), ("customer_name", "Ngozi Adeyemi"),
            ("address", "418 Juniper Ave"), ("account_number", "3012-314-0291"),
            ("account_number", "3064-102-0091")} <= found


def test_customer_export_with_utility_prefix_stays_found():
    found = pairs_found("https://www.riopardo.gov/files/writeoffs.txt", CUSTOMER_EXPORT_PREFIXED)
    assert {("customer_name", "Tobias Lindqvist"), ("account_number", "PCE 5530-220-009")} <= found


def test_cup_applicant_with_title24_estimate_is_public():
    text = ("Planning Commission Staff Report\nCase: CUP 25-011\nApplicant: Keanu Halvorsen, (951) 438-2210\n"
            "Project site: 3310 Vista Grande Dr (APN 5521-017-044)\n"
            "Request: Conditional Use Permit to allow a preschool. Estimated electrical load of the new use: 61,204 kWh "
            "per year per\nthe applicant's Title 24 report.\n")
    assert pairs_found("https://www.riopardo.gov/planning/cup-25-011.txt", text) == set()


def test_projected_consumption_of_proposed_building_is_no_usage():
    text = ("Planning Commission Staff Report\nCase: DR 25-002, design review of a new office building\n"
            "Applicant: Keanu Halvorsen, 951.438.2210. The projected annual consumption of the proposed building is "
            "212,400 kWh.\n")
    found = pairs_found("https://www.riopardo.gov/planning/dr-25-002.txt", text)
    assert not {pair for pair in found if pair[0] in ("energy_usage", "customer_name")}


def test_load_after_figure_per_energy_model_is_no_usage():
    text = ("Planning Commission Staff Report\nCase: DR 25-003, design review of a room addition\n"
            "Applicant: Keanu Halvorsen, 951.438.2210. The addition will use about 18,900 kWh per year per the "
            "energy model.\n")
    found = pairs_found("https://www.riopardo.gov/planning/dr-25-003.txt", text)
    assert not {pair for pair in found if pair[0] in ("energy_usage", "customer_name")}


def test_customer_actual_usage_in_staff_report_stays_found():
    text = ("Staff Report: billing dispute\nCustomer: Keanu Halvorsen, (951) 438-2210, service address 3310 Vista "
            "Grande Dr.\nHis meter recorded 1,842 kWh in August, against 702 kWh the year before.\n")
    found = pairs_found("https://www.riopardo.gov/council/dispute.txt", text)
    assert {("customer_name", "Keanu Halvorsen"), ("energy_usage", "1,842 kWh")} <= found


def test_customer_estimated_read_stays_found():
    text = ("Ms. Ana Whitfield, (951) 438-2210, was billed on an estimated read of 1,964 kWh for July at her home, "
            "4410 Canyon Crest Rd.\n")
    found = pairs_found("https://www.riopardo.gov/council/dispute2.txt", text)
    assert ("energy_usage", "1,964 kWh") in found


def test_cup_estimate_whose_unit_a_line_break_cut_is_no_usage():
    text = ("Planning Commission Staff Report\nCase: CUP 25-012\nApplicant: Keanu Halvorsen, 909 412 4129\n"
            "Project site: 7295 Indian Hill Blvd (APN 8367-715-012)\n"
            "Request: Conditional Use Permit to allow a drive-through restaurant. Estimated electrical load of the new "
            "use: 22,938\nkWh per year per the applicant's Title 24 report.\n")
    assert pairs_found("https://www.riopardo.gov/planning/cup-25-012.txt", text) == set()


def test_customer_usage_whose_unit_a_line_break_cut_stays_found():
    text = ("Staff Report: billing dispute\nCustomer: Keanu Halvorsen, (951) 438-2210, service address 3310 Vista "
            "Grande Dr.\nHis meter recorded 1,842\nkWh in August, against 702 kWh the year before.\n")
    found = pairs_found("https://www.riopardo.gov/council/dispute3.txt", text)
    assert {("customer_name", "Keanu Halvorsen"), ("energy_usage", "1,842 kWh")} <= found
