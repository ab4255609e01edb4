"""site69a red team: a name split into first and last fields beside a customer's account, in a record that also
carries a case's or a ticket's number (a column that alone says "a listing, not customers"): an API's JSON island
(``{"case": {"id": ..., "holder": {"first": ..., "last": ...}, "account": {...}}}``) or a case list's CSV. The
account makes the record a customer's, as it does for a name in one field; a staff roster, a work order for the City's
own facility and a case list without accounts stay unreported."""
from __future__ import annotations

import json

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/billing/cases.html"


def _island(data) -> str:
    return f"<html><body><h1>Cases</h1><script type='application/json'>{json.dumps(data)}</script></body></html>"


def _names(pairs) -> set[str]:
    return {value for kind, value in pairs if kind == "customer_name"}


def test_a_json_case_naming_its_holder_in_first_and_last_fields_beside_the_account_names_the_customer():
    pairs = pairs_found(PAGE, _island({"case": {"id": "HC-4471", "holder": {"first": "Saturnina", "last": "Wexbridge"},
                                                "account": {"number": "4-512-208-7731",
                                                            "service": {"street": "6120 Larkmoor Ave"}}}}),
                        "text/html")
    assert _names(pairs) == {"Saturnina Wexbridge"}
    assert ("address", "6120 Larkmoor Ave") in pairs


def test_a_ticket_number_beside_camel_case_name_halves_and_an_account():
    pairs = pairs_found(PAGE, _island({"tickets": [{"caseNumber": "T-88213", "customer": {"firstName": "Evaristo",
                                                                                         "lastName": "Pellegrew"},
                                                    "accountNumber": "PCE-4410932"}]}), "text/html")
    assert "Evaristo Pellegrew" in _names(pairs)


def test_a_case_list_csv_with_first_and_last_name_columns_beside_accounts():
    body = ("Case No.,First Name,Last Name,Account Number,Status\nHC-2210,Saturnina,Wexbridge,3-448-217-5590,Open\n"
            "HC-2211,Evaristo,Pellegrew,PCE-7715024,Closed\n")
    assert _names(pairs_found("https://www.cityofexample.org/files/cases.csv", body)) == {
        "Saturnina Wexbridge", "Evaristo Pellegrew"}


def test_a_staff_roster_in_first_and_last_columns_stays_public():
    body = ("Title,First Name,Last Name,Phone\nBilling Supervisor,Delphine,Okoro,(909) 620-2241\n"
            "Energy Analyst,Marcus,Whitfield,(909) 620-2242\n")
    assert not pairs_found("https://www.cityofexample.org/files/staff.csv", body)


def test_a_work_order_for_the_citys_facility_names_no_customer():
    body = "Case No.,First Name,Last Name,Facility,Account Number\nWO-1181,Delphine,Okoro,Ganesha Park Pool,3-448-217-5590\n"
    assert not _names(pairs_found("https://www.cityofexample.org/files/work-orders.csv", body))


def test_a_case_list_without_accounts_names_no_customer():
    pairs = pairs_found(PAGE, _island({"cases": [{"id": "HC-1", "assignee": {"first": "Delphine", "last": "Okoro"},
                                                  "status": "open"}]}), "text/html")
    assert not _names(pairs)
