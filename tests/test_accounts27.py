"""A CCA's own customer ids and other utilities' account forms (red team cca27): an id of the organisation's letters
under a column or a label giving them ("SFCE ID" over "SFCE-3381907"), a meter's number beside a premise's, an account
named with words between its label and its number ("PG&E account before the move: 448-102-7734"), a gas utility's
spaced groups; and what stays out on a city site: permits', work orders' and invoices' numbers, an asset's id, a
department's line after "accounts payable", a household's size beside a customer's kWh."""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import xlsx

DETECTORS = load_detectors()


def found(name: str, body: bytes | str) -> set[tuple[str, str]]:
    data = body.encode() if isinstance(body, str) else body
    document = extract(f"https://www.sierrafoothillsenergy.org/docs/{name}", data, None)
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


def html_table(*rows) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><h1>Program report</h1><table>{cells}</table></body></html>"


# --- A. the organisation's own id -----------------------------------------------------------------------

def test_a_table_whose_only_identifier_is_the_ccas_own_id_is_a_customer_table():
    body = "Ratepayer,SFCE ID\nMarisela Quintero,SFCE-3381907\nTobias Lindqvist,SFCE-5529013\n"
    assert found("enrolled.csv", body) == {
        ("customer_name", "Marisela Quintero"), ("customer_name", "Tobias Lindqvist"),
        ("account_number", "SFCE-3381907"), ("account_number", "SFCE-5529013")}


def test_an_export_key_naming_the_ccas_letters_holds_its_ids():
    body = ("legacy_sfce_no,full_name,prior_utility\nSFCE-4410276,Renata Okonjo,SMUD\n"
            "SFCE-8802341,Lucas Fairweather,PG&E\n")
    result = found("move_ins.csv", body)
    assert {("account_number", "SFCE-4410276"), ("account_number", "SFCE-8802341")} <= result


def test_the_ccas_id_after_its_letters_in_a_sentence_about_a_person():
    body = "<p>Opt-out processed by phone. His SFCE number is SFCE-6630418; letter mailed.</p>"
    assert ("account_number", "SFCE-6630418") in found("log.html", body)


def test_other_kinds_of_prefixed_numbers_stay_out():
    body = html_table(["Applicant", "Permit ID", "Site"],
                      ["Harlow Builders", "BLD-2024-00123", "88 Quarry Rd"],
                      ["Ostrander Roofing", "BLD-2024-00187", "14 Mill St"])
    assert not any(category == "account_number" for category, _ in found("permits.html", body))
    text = ("<p>Work order WO ID WO-5512033 closed. Invoice INV ID INV-778812 paid. The GIS ID GIS-4471902 marks the "
            "transformer. Station id is EVS-2290417.</p>")
    assert not any(category == "account_number" for category, _ in found("notes.html", text))


def test_a_listing_of_chargers_by_the_ccas_id_names_no_customer():
    body = "Charger,SFCE ID,Ports\nLibrary lot,SFCE-2290417,4\nCity Hall garage,SFCE-2290533,6\n"
    assert found("chargers.csv", body) == set()


# --- B. a meter's number beside a premise's ---------------------------------------------------------------

def test_a_meter_column_beside_a_premise_column_is_the_customers_service():
    body = html_table(["Applicant name", "Install address", "Premise No.", "Meter No.", "System kW"],
                      ["Odalys Brennan", "5120 Juniper Hollow Rd", "3318840275", "4471183920", "7.2"],
                      ["Kwame Ashdown", "77 Saddle Creek Ln", "3318851190", "4471190388", "5.6"])
    result = found("nem_queue.html", body)
    assert {("account_number", "4471183920"), ("account_number", "4471190388"),
            ("account_number", "3318840275")} <= result


def test_a_meter_route_of_no_customer_stays_out():
    body = html_table(["Meter Number", "Route", "Reader"], ["4471183920", "R-14", "Crew 3"],
                      ["4471190388", "R-14", "Crew 3"])
    assert not any(category == "account_number" for category, _ in found("routes.html", body))


# --- E. words between an account's label and its number; spaced gas accounts --------------------------------

def test_words_between_a_utilitys_account_label_and_its_number():
    body = ("<p>Walk-in: Benedita Holloway, 412 Larkspur Way, moving her service. PG&amp;E account before the move: "
            "448-102-7734.</p><p>Customer Anselm Dubois, acct 5529014473-2. His water account at the Fremont house was "
            "31 207 8864 2 9.</p>")
    result = found("desk.html", body)
    assert ("account_number", "448-102-7734") in result and ("phone", "448-102-7734") not in result
    assert ("account_number", "31 207 8864 2 9") in result


def test_a_gas_accounts_two_single_digit_groups_are_its_own():
    body = "<p>Customer Ilse Marchetti, Gas acct: 41 208 7731 2 6.</p>"
    assert ("account_number", "41 208 7731 2 6") in found("gas.html", body)


def test_an_offices_line_after_an_account_word_is_a_phone():
    body = ("<p>Accounts payable: 530-661-4410. Please have your account ready when you call our line: 530-661-4488. "
            "Her account representative is 530 555 0163.</p>")
    assert not any(category == "account_number" for category, _ in found("contact.html", body))


# --- false finding 3: a household's size ----------------------------------------------------------------

def test_a_household_size_column_is_neither_a_name_nor_usage():
    body = xlsx([["SA ID", "Customer", "Program", "Hsld Size", "Avg kWh/mo"],
                 ["7302281945", "Yusra Halvorsen", "CARE", 4, 912],
                 ["7302290417", "Dimitri Achebe", "FERA", 6, 1188]])
    result = found("care.xlsx", body)
    assert ("energy_usage", "912") in result and ("customer_name", "Yusra Halvorsen") in result
    assert not {("energy_usage", "4"), ("energy_usage", "6"), ("customer_name", "Hsld Size")} & result


def test_a_kwh_column_beside_it_is_no_title_over_the_table():
    body = xlsx([["Premise No.", "Hsld Size", "Avg kWh/mo"], ["3318840275", 3, 845], ["3318851190", 5, 1102]])
    result = found("sizes.xlsx", body)
    assert not {("energy_usage", "3"), ("energy_usage", "5"), ("customer_name", "Hsld Size")} & result


def test_a_gas_accounts_check_digits_wrapped_to_the_next_line_are_its_own():
    body = ("Letter to the board: my father Osei Lindgren relies on a CPAP machine at home in the\n"
            "valley. His gas account with the old utility before the move was 63 118 4402\n"
            "7 1 and his medical baseline was never carried over.\n")
    assert ("account_number", "63 118 4402 7 1") in found("letter.txt", body)
