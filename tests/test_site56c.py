"""Red team site56c (office documents and data exports): a two-row sheet header whose month row fills the blank
columns right of a usage group; a medical baseline's kWh beside a customer's account; a customer portal's password
column named short ("portal_pw"); a bare premise column in a CIS extract that names its holder by name parts; a
table of real payees beside a W-9 specimen in the same file. Each with hard negatives of a City site."""
from __future__ import annotations

from tests.detector_helpers import docx_table, pairs_found, values_of, workbook, xlsx


def _xlsx(rows) -> set[tuple[str, str]]:
    return pairs_found("https://www.city.gov/files/export.xlsx", xlsx(rows))


# --- a usage group over month columns, its other header cells merged down -------------------------------------------

CALLBACKS = [["Customer care callbacks, Q4"],
             [],
             ["Case", "Account holder", "SCE Acct", "Usage (kWh)", None, None, "Remarks"],
             [None, None, None, "Oct", "Nov", "Dec", None],
             ["C-3381", "Wendell Oyelaran", "2-26-118-4409", 842, 1377, 965, "left voicemail"],
             ["C-3390", "Mirela Dragomir", "3-05-772-1968", 611, 588, 1203, "billing question"]]


def test_months_under_a_usage_group_are_each_the_customers_usage():
    found = _xlsx(CALLBACKS)
    assert {"842", "1377", "965", "611", "588", "1203"} <= values_of(found, "energy_usage")
    assert {"2-26-118-4409", "3-05-772-1968"} <= values_of(found, "account_number")  # the cells before the group
    assert {"Wendell Oyelaran", "Mirela Dragomir"} <= values_of(found, "customer_name")


def test_months_under_a_facilitys_usage_group_stay_the_citys():
    rows = [["Facility", "SCE Account", "Usage (kWh)", None, None],
            [None, None, "Jan", "Feb", "Mar"],
            ["City Hall", "2-00-455-1290", 81200, 79450, 80010],
            ["Central Library", "2-00-455-1307", 40200, 38800, 41050]]
    found = _xlsx(rows)
    assert not values_of(found, "energy_usage") and not values_of(found, "account_number")


def test_a_data_row_under_the_header_is_no_second_header_row():
    rows = [["Customer", "Phone", "Usage (kWh)", None],
            ["Ngozi Eze", "(626) 418-3307", 932, "called twice"],
            ["Pavel Hruska", "(626) 418-9931", 1140, None]]
    found = _xlsx(rows)
    assert {"Ngozi Eze", "Pavel Hruska"} <= values_of(found, "customer_name")
    assert {"932", "1140"} <= values_of(found, "energy_usage")


# --- a medical baseline list's kWh beside the customer's account -------------------------------------------------------

def test_medical_baseline_kwh_beside_a_customers_account_is_their_usage():
    rows = [["Household", "Service address", "SCE acct", "Med. Baseline kWh", "Device"],
            ["Teodora Ilic", "3318 Wren Hollow Dr, Chino, CA 91710", "8-41-226-0973", 512, "oxygen concentrator"],
            ["Kofi Mensah", "77 Larch St Apt 4, Chino, CA 91710", "8-41-226-1180", 1088, "dialysis"]]
    found = _xlsx(rows)
    assert {"512", "1088"} <= values_of(found, "energy_usage")
    assert {"8-41-226-0973", "8-41-226-1180"} <= values_of(found, "account_number")


def test_a_tariffs_medical_baseline_allowance_is_no_ones_usage():
    rows = [["Climate zone", "Season", "Medical baseline kWh"], ["Zone 9", "Summer", 16.4], ["Zone 10", "Winter", 13.2]]
    assert not values_of(_xlsx(rows), "energy_usage")


# --- a portal's password column named short -----------------------------------------------------------------------------

def test_a_portal_password_column_named_short_holds_passwords():
    found = pairs_found("https://www.city.gov/files/logins.xlsx", workbook(
        {"logins": [["web_user", "portal_pw"], ["hbarzani@yahoo.com", "Magpie#5581"],
                    ["tkowalski@gmail.com", "Orchard!2290x"]]}))
    assert values_of(found, "credential") == {"Magpie#5581", "Orchard!2290x"}


def test_a_bus_pass_column_holds_no_password():
    found = _xlsx([["Rider", "bus_pass", "Route"], ["Senior program", "Monthly", "Route 61"],
                   ["Youth program", "Summer2025", "Route 12"]])
    assert not values_of(found, "credential")


# --- a bare premise column of a CIS extract ----------------------------------------------------------------------------

def test_a_premise_column_beside_the_holders_name_parts_is_their_account():
    rows = [["CIS_ID", "PREMISE", "LAST", "FIRST", "SSN"],
            ["5518820934", "PRM-330918", "ODUYA", "FUNMILAYO", "402-61-7785"],
            ["5518820977", "PRM-441207", "LINDGREN", "ASTRID", "519-28-3304"]]
    found = _xlsx(rows)
    assert {"PRM-330918", "PRM-441207"} <= values_of(found, "account_number")


def test_a_premise_column_of_city_facilities_stays_the_citys():
    rows = [["Facility", "PREMISE", "Address", "Last read"],
            ["Fire Station 2", "PRM-100220", "1530 N. Garey Ave", "2024-06-30"],
            ["Senior Center", "PRM-100231", "600 S. Park Ave", "2024-06-30"]]
    assert not values_of(_xlsx(rows), "account_number")


# --- real payees beside a W-9 specimen ------------------------------------------------------------------------------------

PAYEES = [["Payee", "Taxpayer ID", "Mailing address", "Amount"],
          ["Ayumi Tanaka-Reyes", "611-24-9087", "2271 Bellflower Way, Upland, CA 91786", "$1,250.00"],
          ["Brightline HVAC Inc.", "33-0917265", "410 Commerce Ct, Ontario, CA 91761", "$18,400.00"],
          ["Emeka Chukwu", "918-74-5530", "95 Sable Ridge Rd Unit 2, Upland, CA 91784", "$2,000.00"]]


def test_payees_beside_a_w9_specimen_are_real_people():
    found = pairs_found("https://www.city.gov/files/rebates.docx", docx_table(
        PAYEES, "Heat pump rebate payments, batch 4.", "Applicants were shown this W-9 specimen: SSN 123-45-6789, "
        "name John Q. Sample."))
    assert {"Ayumi Tanaka-Reyes", "Emeka Chukwu"} <= values_of(found, "customer_name")
    assert {"2271 Bellflower Way, Upland, CA 91786", "95 Sable Ridge Rd Unit 2, Upland, CA 91784"} <= values_of(
        found, "address")
    assert "Brightline HVAC Inc." not in values_of(found, "customer_name")
    assert "123-45-6789" not in values_of(found, "ssn") | values_of(found, "taxpayer_id")


def test_a_specimen_table_of_stand_ins_stays_a_sample():
    rows = [["Payee", "Taxpayer ID", "Mailing address", "Amount"],
            ["John Q. Sample", "123-45-6789", "123 Any Street, Anytown, CA 90000", "$0.00"],
            ["Jane Doe (sample)", "000-00-0000", "456 Example Ave, Anytown, CA 90000", "$0.00"]]
    found = pairs_found("https://www.city.gov/files/w9-guide.docx", docx_table(
        rows, "How to fill in Form W-9: a sample."))
    assert not values_of(found, "customer_name") and not values_of(found, "address")
