"""Round 62, site62b: a CCA's customer-program paperwork (rebate registers, intake workbooks, grant reports).

True cases and hard negatives in other names, numbers and wording than the red team's site.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of, workbook, xlsx


def _register(rows: list[list], header: list[str]) -> set[tuple[str, str]]:
    return pairs_found("https://www.cityofmarvista.gov/files/heat-pump-rebates-paid-fy24.xlsx", xlsx([header, *rows]))


# ---------------------------------------------------------------- equipment by make and model is no one's name
def test_equipment_make_and_model_beside_a_payees_ssn_is_no_name():
    found = pairs_found("https://www.cityofmarvista.gov/files/heat-pump-rebate-register.xlsx", xlsx([
        ["App ID", "Homeowner", "Property", "SCE Svc Acct", "Equipment", "Serial", "Rebate", "TIN"],
        ["HPR-24-1101", "Wendell Achterberg", "3902 Los Robles Dr, Marvista, CA 91701", "2-27-614-0098",
         "Bradford White AeroTherm", "Q12345678", 3000, "613-52-7781"]]))
    assert values_of(found, "customer_name") == {"Wendell Achterberg"}
    assert "613-52-7781" in values_of(found, "ssn")


def test_a_chargers_make_in_an_ev_rebate_row_is_no_name():
    header = ["Rebate #", "Applicant", "Install Address", "Phone", "Email", "MVE Account", "Charger", "Rebate $",
              "Payee TIN (W-9)"]
    for charger in ("Enel JuiceBox 48", "Autel MaxiCharger", "Siemens VersiCharge"):
        found = _register([["EV-24-0931", "Priya Castellano", "2207 Mirador Ln", "(626) 481-3390", "pcast@gmail.com",
                            "43310871", charger, 1000, "580-44-1209"]], header)
        assert values_of(found, "customer_name") == {"Priya Castellano"}, charger


# ---------------------------------------------------------------- a program's number beside the utility account
def test_rebate_number_beside_the_ccas_account_column_numbers_the_application():
    found = _register([["RB-7710-22", "Mateus Okafor", "1309 Cerro Gordo Ave", "(909) 377-4120",
                        "mokafor@gmail.com", "MVE-3304817", "$750", "544-18-2093"]],
                      ["Rebate #", "Applicant", "Install Address", "Phone", "Email", "MVE Account", "Rebate $",
                       "Payee TIN (W-9)"])
    accounts = values_of(found, "account_number")
    assert "MVE-3304817" in accounts or "3304817" in accounts
    assert not {a for a in accounts if "7710" in a}
    assert "Mateus Okafor" in values_of(found, "customer_name")


def test_rebate_number_is_the_program_account_where_the_row_gives_no_utility_account():
    found = _register([["REB-2405521", "Ines Marchetti", "77 Encina Ct", "(562) 914-0032", "ines.m@yahoo.com", "$750"],
                       ["REB-2405522", "Tobias Nwosu", "610 Palo Verde Rd", "(562) 914-7710", "tnwosu@gmail.com", "$500"]],
                      ["Rebate No.", "Participant", "Install Address", "Phone", "Email", "Rebate $"])
    assert {"REB-2405521", "REB-2405522"} <= values_of(found, "account_number")


# ---------------------------------------------------------------- a rental's property manager is a firm
def _intake(manager_label: str) -> set[tuple[str, str]]:
    sheet = [["Tenant name", "Graciela Ferreira-Omar"], ["Unit address", "915 Corona Del Sol Apt 14, Marvista, CA 91701"],
             ["Best phone", "(951) 640-2281"], ["Edison acct", "2-31-908-4417"], ["Avg summer bill kWh", "1,140"],
             ["Landlord", "Sunbrook Gardens LP"], [manager_label, "(951) 640-9000"]]
    return pairs_found("https://www.cityofmarvista.gov/files/weatherization-intake.xlsx",
                       workbook({"Overview": [["Multifamily weatherization intake"]], "Unit 14": sheet,
                                 "Unit 15": [[k, v.replace("Graciela Ferreira-Omar", "Anselm Dubey")
                                              .replace("2281", "7733").replace("4417", "5502")] for k, v in sheet]}))


def test_property_managers_phone_in_a_tenants_intake_sheet_is_the_firms():
    found = _intake("Property manager phone")
    phones = values_of(found, "phone")
    assert "(951) 640-2281" in phones
    assert "(951) 640-9000" not in phones


def test_management_companys_phone_is_the_firms_too():
    assert "(951) 640-9000" not in values_of(_intake("Management company phone"), "phone")


def test_a_tenants_own_second_phone_stays_theirs():
    assert "(951) 640-9000" in values_of(_intake("Alternate phone"), "phone")


# ---------------------------------------------------------------- a household's baseline annual use
def test_baseline_annual_kwh_in_a_grant_reports_household_table_is_usage():
    html = """<html><body><h2>Attachment B - Households served</h2><table>
    <tr><th>Project No.</th><th>Participant</th><th>Address</th><th>SCE Account</th><th>Baseline annual kWh</th>
    <th>Measures</th></tr>
    <tr><td>EBD-4471</td><td>Wendell Achterberg</td><td>3902 Los Robles Dr</td><td>2-27-614-0098</td><td>8,412</td>
    <td>HPWH</td></tr>
    <tr><td>EBD-4472</td><td>Soraya Benhamou</td><td>51 Vista Loma Ct</td><td>700 318 224 951</td><td>12,077</td>
    <td>HP HVAC</td></tr></table></body></html>"""
    found = pairs_found("https://www.cityofmarvista.gov/grants/q3-report.html", html, "text/html")
    usage = {v.replace(",", "") for v in values_of(found, "energy_usage")}
    assert {"8412", "12077"} <= usage


def test_a_climate_zones_baseline_annual_kwh_is_no_ones_usage():
    html = """<html><body><table><tr><th>Climate Zone</th><th>Season</th><th>Baseline annual kWh</th></tr>
    <tr><td>Zone 9</td><td>Summer</td><td>5,110</td></tr><tr><td>Zone 10</td><td>Summer</td><td>6,205</td></tr>
    </table><p>Questions: Customer Programs, (909) 620-2271.</p></body></html>"""
    assert not values_of(pairs_found("https://www.cityofmarvista.gov/rates.html", html, "text/html"), "energy_usage")
