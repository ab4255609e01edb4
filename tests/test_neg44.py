"""Public look-alikes on a City and CCA site (red team neg44, precision) and one miss.

- A vendor master list (a vendor's, supplier's or payee's column beside Remit-to, TIN/FEIN, 1099, W-9, PO or Contract)
  is no list of customers: its contacts, phones, mailboxes and remit-to addresses are the businesses', whether or not
  the vendor's name carries Inc or LLC. Its header is a header though a column is named by an IRS form ("1099").
  A sole proprietor's SSN in its TIN column is still reported; under a trade name ("dba") the SSN alone (the vendor
  rule of neg36a), under their own name with their name too (the README: a name beside an SSN in a table row), never
  with the phone, mailbox and address the list gives for the business. Hard negatives: a rebate list paid against
  customers' accounts and a refund list with a payee's home are still customers' records.
- A number in a TIN/EIN column of a vendor list is the firm's taxpayer id, no account; an EIN whose label names a
  body as its holder ("Federal EIN of the City:", "Tax ID of the Department:") is public. Hard negatives: a person's
  EIN beside "a resident of the City" or in a homeowner's sentence is still reported.
- A customer table's usage column named with its year the way exports write it (`kwh_2023`, `kWh_2023_12`,
  `KWH-2023`, `kWh 2023`) heads a customer table. Hard negative: a file of monthly aggregate totals stays silent.
"""
from __future__ import annotations

import io
import zipfile

from tests.detector_helpers import pairs_found, values_of, workbook, xlsx

_SITE = "https://www.cityofexample.gov"
_HEADER = ["Vendor", "Contact", "Phone", "E-mail", "Remit-to address", "TIN", "1099"]
_FIRMS = [
    ["BrightPath IT Solutions", "Jomar Dela Cruz", "626-281-5685", "jcruz@brightpath.com",
     "7882 Arrow Hwy, Suite 348", "44-4448994", "No"],
    ["Calderon & Associates Engineering", "Ricardo Tapia", "626-840-4139", "rtapia@calderon.com",
     "5102 S. Amberwood Ct, Suite 176", "21-8773926", "No"],
    ["Tri-Valley Electric, Inc.", "Robert Osei", "626-905-9740", "rosei@trivalley.com",
     "9385 N. Alosta Ave, Suite 232", "48-7794831", "No"],
]
_DBA = ["Esperanza Delgado (sole proprietor, dba Delgado Translation)", "Esperanza Delgado", "626-433-6718",
        "esperanza.delgado@outlook.com", "2150 E. Laurel Oak Ct", "527-37-2699", "Yes"]
_OWN_NAME = ["Esperanza Delgado", "Esperanza Delgado", "626-433-6718", "esperanza.delgado@outlook.com",
             "2150 E. Laurel Oak Ct", "527-37-2699", "Yes"]


def _vendor_sheet(header: list[str], rows: list[list[str]]) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/docs/finance/approved-vendor-list-fy25.xlsx", xlsx([header, *rows]))


def _above_low(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(kind, value) for kind, value in found if kind != "email" or not value.endswith("@outlook.com")}


# --- 1. a vendor master list's firms and contacts ------------------------------------------------------------------

def test_a_vendor_lists_firms_without_a_legal_suffix_are_no_customers():
    assert _vendor_sheet(_HEADER, _FIRMS) == set()


def test_the_vendor_list_family_of_headers():
    for header in (["Supplier", "Contact Name", "Phone", "Email", "Remit To", "FEIN", "W-9 on file"],
                   ["Vendor Name", "Contact", "Phone", "Email", "Address", "Tax ID", "PO Number"],
                   ["Vendor", "Contact", "Phone", "E-mail", "Address", "Contract No.", "1099-NEC"],
                   ["Payee", "Contact", "Phone", "Email", "Remit-to address", "EIN", "1099"]):
        assert _vendor_sheet(header, _FIRMS) == set(), header
        found = pairs_found(f"{_SITE}/finance/vendors.csv",
                            "\n".join(",".join(f'"{c}"' for c in row) for row in [header, *_FIRMS]) + "\n")
        assert found == set(), header


# --- 2. a sole proprietor's SSN in the TIN column -------------------------------------------------------------------

def test_a_sole_proprietors_ssn_under_a_trade_name_is_the_finding_alone():
    assert _vendor_sheet(_HEADER, [*_FIRMS, _DBA]) == {("ssn", "527-37-2699")}


def test_a_sole_proprietor_under_their_own_name_is_named_without_the_businesss_contacts():
    found = _vendor_sheet(_HEADER, [*_FIRMS, _OWN_NAME])
    assert _above_low(found) == {("ssn", "527-37-2699"), ("customer_name", "Esperanza Delgado")}


def test_an_itin_in_a_suppliers_fein_column_stays_a_finding():
    header = ["Supplier", "Contact Name", "Phone", "Email", "Remit To", "FEIN/SSN", "W-9 on file"]
    row = ["Mirela Kovac d/b/a Kovac Mobile Glass", "Mirela Kovac", "626-555-0172", "mirela@kovacglass.com", "41 Canal St, Unit 3",
           "943-82-6170", "Yes"]
    assert _vendor_sheet(header, [*_FIRMS, row]) == {("taxpayer_id", "943-82-6170")}


def test_a_refund_list_of_payees_at_home_is_still_a_customers_record():
    header = ["Payee", "Mailing address", "Phone", "TIN", "Refund"]
    rows = [["Marisol Quintero", "718 Huisache Dr", "626-555-0143", "527-37-2699", "$212.40"],
            ["Tomas Brezina", "4418 N. Quailrun Ct", "626-555-0199", "943-82-6170", "$88.10"]]
    found = _vendor_sheet(header, rows)
    assert {"Marisol Quintero", "Tomas Brezina"} <= values_of(found, "customer_name")
    assert "718 Huisache Dr" in values_of(found, "address")


def test_a_rebate_paid_against_a_customers_account_is_still_a_customers_record():
    header = ["Payee", "Electric Account", "Remit-to address", "TIN", "1099"]
    rows = [["Ifeoma Chukwu", "3-826-7005-10", "718 Huisache Dr", "527-37-2699", "Yes"]]
    found = _vendor_sheet(header, rows)
    assert "Ifeoma Chukwu" in values_of(found, "customer_name")
    assert "3-826-7005-10" in values_of(found, "account_number")


# --- 3. EINs: a firm's in a vendor list, a body's by its label ------------------------------------------------------

def test_a_firms_ein_in_a_tin_column_is_no_account():
    found = _vendor_sheet(_HEADER, _FIRMS)
    assert not values_of(found, "account_number") and not values_of(found, "taxpayer_id")


def test_an_ein_labelled_as_a_bodys_is_public():
    for text in ("Grantee: City of Halcon Springs / Halcon Community Power. Federal EIN of the City: 95-6000134.",
                 "Federal Tax ID Number of the City of Halcon Springs: 95-6000134",
                 "EIN of the Department: 95-6000134.",
                 "Tax ID of the Agency: 95-6000134",
                 "EIN for the nonprofit: 95-6000134",
                 "Our nonprofit's EIN: 95-6000134"):
        assert pairs_found(f"{_SITE}/grants/report.txt", text + "\n") == set(), text


def test_a_persons_ein_beside_the_citys_name_is_still_reported():
    for text in ("Applicant Ana Ruiz, a resident of the City, EIN 84-2207716, asked for the rebate.",
                 "Homeowner Ana Ruiz gave her EIN 95-6000134 for the rebate."):
        found = pairs_found(f"{_SITE}/pce/notes.txt", text + "\n")
        assert values_of(found, "taxpayer_id"), text


# --- 4. a usage column named with its year --------------------------------------------------------------------------

_CARE = ("acct_no,name,service_address,{usage},program\n"
         "3-826-7005-10,Trevor Jackson,5507 N. Valencia Pl,5513,Medical Baseline\n"
         "3-912-2370-30,Guadalupe Ochoa,7500 E. Citrus Ave,7013,FERA\n")
_LOAD = ("month,total_mwh,residential_accounts,commercial_accounts\n"
         "2023-01,41201,36775,4019\n2023-02,46869,37345,3944\n2023-03,39878,37055,3822\n")


def _bundle(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def test_a_usage_column_named_with_its_year_is_the_customers_usage():
    for usage in ("kwh_2023", "kWh_2023_12", "KWH-2023", "kWh 2023", "annual_kwh", "usage_kwh_jan", "FY2023 kWh"):
        found = pairs_found(f"{_SITE}/data/care.csv", _CARE.format(usage=usage))
        assert values_of(found, "energy_usage") == {"5513", "7013"}, usage
        assert values_of(found, "customer_name") == {"Trevor Jackson", "Guadalupe Ochoa"}, usage


def test_the_same_table_in_a_sheet_and_in_a_zip():
    rows = [line.split(",") for line in _CARE.format(usage="kwh_2023").splitlines()]
    found = pairs_found(f"{_SITE}/data/care.xlsx", workbook({"Enrolled": rows}))
    assert values_of(found, "energy_usage") == {"5513", "7013"}
    found = pairs_found(f"{_SITE}/data/hcp-open-data-bundle.zip",
                        _bundle({"care_fera_enrolled_2023.csv": _CARE.format(usage="kwh_2023"),
                                 "monthly_load_2023.csv": _LOAD}))
    assert values_of(found, "energy_usage") == {"5513", "7013"}


def test_aggregate_monthly_totals_stay_silent():
    assert pairs_found(f"{_SITE}/data/hcp-open-data-bundle.zip", _bundle({"monthly_load_2023.csv": _LOAD})) == set()
    by_class = ("zip_code,customer_class,accounts,kwh_2023\n91730,Residential,8120,51203344\n"
                "91730,Commercial,912,40211870\n91737,Residential,6033,39110233\n")
    assert pairs_found(f"{_SITE}/data/usage_by_zip.csv", by_class) == set()


def test_a_street_opening_with_a_year_like_number_is_no_header():
    body = ("Trevor Jackson,2025 Oak Ave,626-555-0143,trevor.j@gmail.com\n"
            "Guadalupe Ochoa,2019 Elm St,626-555-0188,gochoa@yahoo.com\n")
    found = pairs_found(f"{_SITE}/pce/optout.csv", body)
    assert "2025 Oak Ave" in values_of(found, "address")
