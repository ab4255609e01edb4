"""site70b red team: one customer's whole record with nothing around it to say so by its column: a lone headerless
row (a ``<template>``'s, a hidden ``<div>``'s, a one-row table's) of a name no list holds beside a home, a phone and
a usage figure; a household called by its surname as its own plural ("the Vargas", "los Hernández"); an unlabelled
account in the CCA's short or check-digit form ("PCE-7715024", "PCE 000481223-2") in a line about a customer.
Facility rows, firms, families in a press release, program codes, report ids and a street-light inventory stay
public."""
from __future__ import annotations

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/utility/notices/outage.html"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def _found(body: str, kind: str, title: str = "Planned Outage Notice") -> set[str]:
    return {value for k, value in pairs_found(PAGE, _page(title, body), "text/html") if k == kind}


def _one_row_table(*cells: str) -> str:
    return "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"


# ------------------------------------------------------------------------------ a lone household row
def test_lone_hidden_table_row_of_home_phone_and_usage_names_its_holder():
    body = ("<p>A planned outage will affect the Phillips Ranch area on Tuesday.</p><div style='display:none'>"
            + _one_row_table("Quintus Marr-Ocampo", "4410 Wexford Ct", "9094412871", "1098kWh") + "</div>")
    assert "Quintus Marr-Ocampo" in _found(body, "customer_name")
    assert "4410 Wexford Ct" in _found(body, "address")


def test_lone_templated_line_of_cells_apart_by_bars_is_one_household():
    body = ("<p>A planned outage.</p><template id='row'><p>Refugio Ybarra-Lusk | 7120 Stonegate Pl | 6264461902 | "
            "537kWh</p></template>")
    assert "Refugio Ybarra-Lusk" in _found(body, "customer_name")
    assert "6264461902" in _found(body, "phone") | _found(body, "account_number")  # ten bare digits: either
    assert _found(body, "energy_usage")


def test_lone_row_of_a_park_or_a_firm_stays_public():
    body = ("<p>Washington Park | 865 E. Grand Ave | 9096202011 | 252kWh</p>"
            + _one_row_table("Tiscareno Electric", "4410 Larkspur Ave", "(909) 622-1234", "1,200 kWh")
            + _one_row_table("Palomares Library", "4410 Larkspur Ave", "(909) 622-1235", "1,210 kWh"))
    assert not _found(body, "customer_name") and not _found(body, "address")


def test_lone_staff_row_without_usage_and_street_light_row_stay_public():
    body = ("<p>Delphine Carrasco | 505 S. Garey Ave | (909) 620-2254 | dcarrasco@pomonaca.gov</p>"
            "<p>SL-2291 | 865 E. Grand Ave | LED 50W | 22 kWh</p>")
    assert not _found(body, "customer_name") and not _found(body, "address")


# ------------------------------------------------------------------------------ a family's plural
def test_family_called_by_a_surname_ending_in_s_as_its_plural():
    body = "<p>Staff visited the Vargas at 1184 Thornbury Ln. Their usage was 812 kWh in July.</p>"
    assert "Vargas" in _found(body, "customer_name", "Customer Programs Update")
    assert "812 kWh" in _found(body, "energy_usage", "Customer Programs Update")


def test_spanish_family_called_los_and_its_surname():
    body = ("<p>Los Pacheco de la calle 1184 Cobblestone Way pidieron un plan de pagos; su consumo fue de 812 kWh "
            "en agosto.</p>")
    assert "Pacheco" in _found(body, "customer_name", "Customer Programs Update")


def test_families_in_a_press_release_and_places_named_los_stay_public():
    body = ("<p>The Vargas and the Salinas were among 40 Pomona families who joined PCE's Solar for All program this "
            "spring. Together participants saved 182,000 kWh. Enroll at 505 S. Garey Ave or call (909) 620-2254.</p>"
            "<p>The Woods at 1200 Cobblestone Way, a senior community, used 81,200 kWh in July; call (909) 555-1234."
            "</p><p>Visit the Los Angeles County Fairplex at 1101 W McKinley Ave; call (909) 623-3111.</p>"
            "<p>Vivimos en Los Robles, 1300 Harrowgate Ave.</p>")
    assert not _found(body, "customer_name", "Solar for All")
    assert not _found(body, "address", "Solar for All")


# ------------------------------------------------------------------------------ the CCA's short account forms
def test_seven_digit_and_check_digit_pce_forms_in_a_customer_line():
    body = ("<p>Customer Genoveva Solorzano, PCE-5497364, disputed the true-up charge.</p>"
            "<p>Benedikt Kowalczyk (PCE 000481223-2) was referred to the CARE program after a shut-off notice.</p>")
    accounts = _found(body, "account_number", "Program Referrals")
    assert {"5497364", "000481223-2"} <= accounts


def test_program_codes_report_ids_and_public_numbers_stay_no_account():
    body = ("<p>Rate schedule TOU-D-4-9 and the PCE-100 product apply to 1184 Thornbury Ln. Report PCE 2024-07 "
            "and notice PCE-2024071 are posted. Call PCE at (909) 620-2254 or SCE at 1-800-655-4555. Rebate "
            "application PCE-4481220 for 1184 Thornbury Ln was approved. Permit B-2024-1182, APN 8341-012-044.</p>")
    assert not _found(body, "account_number", "Program Referrals")


# ------------------------------------------------------------------------------ a call-centre transcript
def test_call_transcript_callers_answers_to_an_agents_identity_questions():
    body = ("<p>Agent: Thank you for calling PCE, may I have your name?<br>Caller: Ignatius Kowalczyk.<br>Agent: And "
            "the service address?<br>Caller: 3300 Foxglove St.<br>Agent: A callback number?<br>Caller: (951) 611-5850."
            "</p>")
    title = "Staff Report: Customer Service Quarterly"
    assert "Ignatius Kowalczyk" in _found(body, "customer_name", title)
    assert "(951) 611-5850" in _found(body, "phone", title)


def test_radio_and_emergency_callers_stay_public():
    body = ("<p>Host: You're on the air.<br>Caller: Hi, this is Mark Delgado from Claremont. I think the new rates "
            "are too high.<br>Host: Thanks Mark.</p><p>Operator: 911, what is your emergency?<br>Caller: There's a "
            "fire at the park, 3300 Foxglove St.</p>")
    assert not _found(body, "customer_name", "Transcripts") and not _found(body, "address", "Transcripts")


# ------------------------------------------------------------------------------ the form alone in a customer's row
def _table(header: tuple[str, ...], *rows: tuple[str, ...]) -> str:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>"
    return "<table>" + head + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) \
        + "</table>"


def test_pce_form_alone_in_a_reference_cell_of_a_customers_row():
    body = _table(("Customer", "Service Address", "Reference", "Note"),
                  ("Rosalind Zamudio", "2911 Harrowgate Hwy", "PCE 520684370-5", "Medical baseline"),
                  ("Anselmo Iturbide", "118 Juniper Hollow Rd", "PCE-5206843", "Medical baseline"))
    assert {"520684370-5", "5206843"} <= _found(body, "account_number", "Medical Baseline Holds")


def test_pce_forms_in_staff_grant_and_city_facility_rows_stay_no_account():
    body = (_table(("Name", "Title", "Employee ID", "Phone"),
                   ("Delphine Carrasco", "Program Manager", "PCE-4418220", "(909) 620-2254"))
            + _table(("Applicant", "Address", "Grant", "Status"),
                     ("Genoveva Okonkwo", "2911 Harrowgate Hwy", "PCE-4418221", "Approved"))
            + _table(("Facility", "Address", "Account", "Usage"),
                     ("City Hall Annex", "505 S. Garey Ave", "PCE-5206843", "81,200 kWh")))
    assert not _found(body, "account_number", "Program Staff and Grants")


def test_caller_answering_with_a_name_no_list_holds():
    body = ("<p>Rep: PCE customer care, who am I speaking with?<br>Caller: This is Perpetua Zendejas-Lusk.<br>Rep: "
            "What is the service address on the account?<br>Caller: It's 426 Foxglove Ave.</p>")
    assert "Perpetua Zendejas-Lusk" in _found(body, "customer_name", "Call Log")


def test_check_digit_form_opening_with_nineteen_and_a_report_number_opening_with_a_year():
    body = ("<p>Benedikt Kowalczyk (PCE 198398753-7) was referred to the CARE program.</p>"
            "<p>Notice PCE-2024071 about 1184 Thornbury Ln was mailed to Benedikt Kowalczyk.</p>")
    accounts = _found(body, "account_number", "Program Referrals")
    assert "198398753-7" in accounts and not any("2024071" in a for a in accounts)
