"""Key accounts' contact persons, phones given in a customer's record, a config's colon password, the office's
own address and a memo writer's own number (red team site45).

- A key-accounts export's "Contact" column beside the account ("Account Name | Contact | Contact Ph | SA #"): the
  account's contact person is the customer's account information. Hard negatives: a contact column with no account
  (a program list's, a neighbourhood list's), the account rep (staff) beside it.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _sheet(name: str, rows) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/finance/{name}.xlsx", xlsx(rows), _XLSX)


def test_key_account_contact_person_is_reported():
    found = _sheet("key_accounts", [
        ["Account Name", "Contact", "Contact Ph", "SA #", "Annual MWh", "Rep"],
        ["Valencia Packaging", "Dariush Moradi", "442 542 6888", "700152384633", "33,674.0", "Brenda McAllister"],
        ["Foothill Cold Chain LLC", "Thanh Vo", "951.944.0392", "700036140675", "6,556.6", "Brenda McAllister"]])
    assert {"Dariush Moradi", "Thanh Vo"} <= values_of(found, "customer_name")
    assert "Brenda McAllister" not in values_of(found, "customer_name")
    assert values_of(found, "phone") == {"442 542 6888", "951.944.0392"}


def test_contact_column_without_an_account_is_no_record():
    found = _sheet("programs", [["Program", "Contact", "Phone"],
                                ["Energy Savings", "Maria Lopez", "909-555-0142"],
                                ["Solar Rebates", "Kenji Watanabe", "909-555-0177"]])
    assert not values_of(found, "customer_name") and not values_of(found, "phone")
    found = _sheet("neighbourhoods", [["Neighborhood", "Contact", "Address", "Phone"],
                                      ["Old Town", "Maria Lopez", "123 Elm St", "909-555-0142"],
                                      ["Westside", "Kenji Watanabe", "44 Oak Ave", "909-555-0177"]])
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_city_facility_accounts_contact_stays_public():
    found = _sheet("facility_accounts", [["Facility", "Contact", "SA #", "Annual kWh"],
                                         ["City Hall", "Maria Lopez", "700152384633", "412,000"],
                                         ["Senior Center", "Kenji Watanabe", "700036140675", "88,100"]])
    assert not values_of(found, "customer_name")
