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


# ---------------------------------------------------------------- passwords told in notes and slides
def _credentials(text: str) -> set[str]:
    return values_of(pairs_found("https://www.cityofmarvista.gov/files/notes.txt", text), "credential")


def test_a_login_pair_after_log_in_as():
    assert _credentials("Speaker notes: for the live demo, log in as mvce_admin / Tern#4471 and open the map.") \
        == {"Tern#4471"}
    assert _credentials("To test the kiosk, sign in as kioskuser2 / Heron2290 from the lobby.") == {"Heron2290"}


def test_log_in_as_words_that_are_no_login_pair():
    assert not _credentials("Please log in as a guest / visitor to view the outage map.")
    assert not _credentials("Log in as Administrator / then open Settings and choose 2024 rates.")


def test_a_password_for_a_device_told_as_an_aside():
    assert _credentials("She told the installer her password for the pool controller app, gardenia77, so he could "
                        "set the schedule.") == {"gardenia77"}


def test_a_password_for_a_service_with_no_value_in_the_aside():
    assert not _credentials("Enter your password for the portal, then click Submit.")
    assert not _credentials("The password for the Wi-Fi, which is posted at the front desk, changes every month.")


# ---------------------------------------------------------------- field notes: a participant's name; their home
def test_a_participant_line_parting_name_and_home_by_a_semicolon():
    text = ("Program evaluation - in-home interview notes\nParticipant: Bartholomew Osei-Tutu; 7731 Calle Naranjo\n"
            "Q: How did the heat pump change your bill?\nA: Summer bills are lower now.")
    found = pairs_found("https://www.cityofmarvista.gov/files/interview-notes.txt", text)
    assert "Bartholomew Osei-Tutu" in values_of(found, "customer_name")
    assert any(v.startswith("7731 Calle Naranjo") for v in values_of(found, "address"))


def test_a_board_roster_parting_name_and_office_by_a_semicolon_stays_public():
    text = ("Board of Directors\nChair: Evangeline Marsh; 200 Civic Center Plaza\n"
            "Vice Chair: Rodrigo Alcantar; 200 Civic Center Plaza")
    found = pairs_found("https://www.cityofmarvista.gov/board.txt", text)
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# ---------------------------------------------------------------- a budget's ledger account in a staff report
def test_a_budget_named_before_its_ledger_account_among_appeals():
    html = """<html><body><h1>Staff Report: Bill Credit Appeals</h1><ol>
    <li>Appellant Marguerite Oyelowo (service address 4418 Arbol Seco Dr; account no. 2-38-910-4426) states that the
    household's usage of 1,210 kWh in January reflects a medical device. Recommendation: approve.</li></ol>
    <p>Fiscal impact: $900 from the Customer Programs budget (Account 610-4410-5281).</p></body></html>"""
    found = pairs_found("https://www.cityofmarvista.gov/board/item-7.html", html, "text/html")
    assert "2-38-910-4426" in values_of(found, "account_number")
    assert "610-4410-5281" not in values_of(found, "account_number")


def test_budget_billing_is_a_customers_plan_not_a_ledger():
    found = pairs_found("https://www.cityofmarvista.gov/notes.txt",
                        "Marguerite Oyelowo is on Budget Billing (Account 2-38-910-4426) since March.")
    assert "2-38-910-4426" in values_of(found, "account_number")


# ---------------------------------------------------------------- a bill guide's typical household
def test_a_bill_guides_typical_usage_beside_sample_account_numbers_is_no_ones():
    html = """<html><body><h1>How to Read Your Bill</h1><ol>
    <li><b>Customer account number</b> (top right): 12 digits starting with 700, for example 700 123 456 789.</li>
    <li><b>Service account number</b>: for example 8-000-000-000.</li>
    <li><b>Usage</b>: a typical Marvista home uses about 587 kWh per month.</li>
    <li><b>Questions?</b> Call 1-855-300-4410 or email info@cityofmarvista.gov.</li></ol></body></html>"""
    found = pairs_found("https://www.cityofmarvista.gov/how-to-read-your-bill.html", html, "text/html")
    assert not values_of(found, "energy_usage")


def test_a_customer_blocks_own_usage_stays():
    text = "Customer: Marguerite Oyelowo\nAccount: 2-38-910-4426\nUsage: 1,215 kWh\n"
    assert "1,215 kWh" in values_of(pairs_found("https://www.cityofmarvista.gov/notes.txt", text), "energy_usage")


# ---------------------------------------------------------------- an evaluation's verbatim comment
def test_a_verbatim_comments_label_is_no_poster_and_the_respondent_is_named():
    text = ('Respondent quotes\nVerbatim comment (respondent R-208, Ottilie Brannigan): "Our bill dropped from about '
            '1,410 kWh in August to 655 kWh after the attic work. You can reach me at ottie.b@outlook.com."')
    found = pairs_found("https://www.cityofmarvista.gov/files/evaluation-appendix.txt", text)
    assert values_of(found, "customer_name") == {"Ottilie Brannigan"}
    assert {"1,410 kWh", "655 kWh"} <= values_of(found, "energy_usage")


def test_a_copied_comments_poster_stays_named():
    text = 'Ottilie Brannigan (Nextdoor, Westgate): "My bill was 1,410 kWh in August. Call me at 909-412-7730."'
    found = pairs_found("https://www.cityofmarvista.gov/files/comments.txt", text)
    assert "Ottilie Brannigan" in values_of(found, "customer_name")


# ---------------------------------------------------------------- an interview's answers tell of the participant's home
_NOTES = "https://www.cityofmarvista.gov/files/evaluation/in-depth-interviews.txt"


def test_an_interviewees_answers_give_their_own_usage():
    text = ("In-depth interviews, heat pump water heater pilot\nInterviewee 2: Saoirse Delacroix-Nunez\n"
            "Q: Did your bills change?\nA: Yes. In January our bill showed 1,120 kWh and this January 780 kWh.\n"
            "Q: Anything else?\nA: Send the summary to saoirse.dn@icloud.com please.")
    found = pairs_found(_NOTES, text)
    assert "Saoirse Delacroix-Nunez" in values_of(found, "customer_name")
    assert {"1,120 kWh", "780 kWh"} <= values_of(found, "energy_usage")


def test_an_interviewees_answer_giving_a_program_average_is_no_record():
    text = ("Contractor interviews\nParticipant: Rosalind Achebe, Summit Battery Systems\n"
            "Q: What do customers save?\nA: The average home in the pilot saves about 1,900 kWh a year, we think.")
    found = pairs_found(_NOTES, text)
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


def test_an_interviewees_answers_with_no_figure_name_no_customer():
    text = ("Participant: Saoirse Delacroix-Nunez\nQ: How did you hear of the program?\n"
            "A: A flyer at the library. We liked that the crew was on time.")
    assert not values_of(pairs_found(_NOTES, text), "customer_name")
