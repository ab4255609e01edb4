"""Long data exports posted on a city site (red team exports29): the rows and cells that are the City's own or its
staff's, not a customer's.

Not reported (the hard negatives this file is about):
- the City's street-lighting accounts in a street-light inventory (pole, fixture, watts, utility account, LS rate);
- the City's own rows in a customer export: the holder column is "City of ..." and the next name column names its
  site (a clubhouse, a pump house), with the City's main line, its accounts, meters and usage;
- staff in a customer export: a collections sheet's "Collector" column, a CRM record's owner field, a note's
  initialled signature after "by" ("... by R. Okafor"), a name after "per" whose initial the name reader left out
  ("waived per T. Alcantara Ruiz");
- the City's phone in a footer cell under an "Acct #" column: its seven digits after the area code are no account;
- a password's digits after "@" ("Dodgers@4471 given ...") are no house number.

Still reported:
- a street-light repair log that names the resident who called, their callback and account;
- a customer's row beside the City's rows, and a row with "City of ..." as holder but a person (given name and
  listed surname) in its other name column;
- a relative named in full in a note ("paid by her nephew Luis Ortega"); a customer's address after a spaced "@".
"""
from __future__ import annotations

from tests.detector_helpers import values_found, xlsx

_CATEGORIES = ("customer_name", "address", "phone", "energy_usage", "account_number", "credential", "email")


def _found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(name, body, _CATEGORIES)


def test_street_light_inventory_accounts_are_the_citys_own():
    body = xlsx([("Town of Larkspur Hills - Street Light Asset List (open data)",),
                 (),
                 ("LUMINAIRE_NO", "ON_STREET", "AT_STREET", "NEAR_ADDR", "LAMP", "WATTAGE", "KWH_ANNUAL", "OWNED_BY",
                  "EDISON_ACCT", "TARIFF"),
                 ("LU-20417", "Orchard Rd", "Mesa Vista Dr", "2210 Orchard Rd", "LED 46W", 46, 188, "Utility",
                  "2-07-331-5820", "LS-1"),
                 ("LU-20418", "Quail Run", "Birch St", "511 Quail Run", "HPS 100W", 100, 410, "Town",
                  "2-07-331-5967", "LS-2")])
    assert not _found("streetlights.xlsx", body).get("account_number")


def test_street_light_repair_log_naming_the_caller_is_reported():
    body = ("Pole ID,Location,Reported By,Callback,Service Acct\n"
            "PL-77310,Orchard Rd & Birch St,Delia Marchetti,(562) 418-2290,2-07-331-5820\n")
    found = _found("outages.csv", body)
    assert found.get("account_number") == ["2-07-331-5820"]


_CIS_HEADER = "PARTNER,BP_TYPE,BP_NAME,NAME_CO,HOUSE_NUM1,STREET,CITY1,TEL_NUMBER,VKONT,ZZ_KWH_12M\n"


def test_citys_own_rows_in_a_customer_export_are_public():
    body = (_CIS_HEADER
            + "0031188420,1,\"OYELARAN, TEMITOPE\",,4410,N CAMBRIDGE AVE,LARKSPUR HILLS,626-555-0187,000218844201,6120\n"
            + "0099120007,2,CITY OF LARKSPUR HILLS,BRIARWOOD GOLF CLUBHOUSE,300,E ORCHARD RD,LARKSPUR HILLS,"
            + "562-555-4100,2-04-716-2207,91822\n"
            + "0099120008,2,City of Larkspur Hills,Quail Run Irrigation Pump House,1120,QUAIL RUN,LARKSPUR HILLS,"
            + "562-555-4100,2-04-716-2319,18307\n")
    found = _found("bp_extract.csv", body)
    assert found["customer_name"] == ["OYELARAN, TEMITOPE"]
    assert found["account_number"] == ["0031188420", "000218844201"]
    assert "562-555-4100" not in found.get("phone", [])
    assert "91822" not in found.get("energy_usage", [])


def test_a_person_under_the_citys_name_is_still_reported():
    body = (_CIS_HEADER
            + "0031188421,1,City of Larkspur Hills,Gregory Whitfield,4412,N CAMBRIDGE AVE,LARKSPUR HILLS,"
            + "626-555-0188,000218844202,5890\n")
    found = _found("bp_extract.csv", body)
    assert "Gregory Whitfield" in found.get("customer_name", [])
    assert "000218844202" in found.get("account_number", [])


def test_collector_column_and_crm_owner_are_staff():
    body = xlsx([("Customer", "Account", "Service Address", "Phone", "Past Due", "Collector"),
                 ("Whitcombe, Delia R.", "2-31-604-7781", "2290 N Orchard Rd", "(562) 555-0144", 410.25, "T. Oyelaran"),
                 ("Brannigan, Ross", "2-31-604-7782", "71 E Quail Run", "(562) 555-0175", 96.4, "P. Halvorsen")])
    assert sorted(_found("aging.xlsx", body)["customer_name"]) == ["Brannigan, Ross", "Whitcombe, Delia R."]
    crm = ('{"value": [{"fullname": "Delia Whitcombe", "address1_line1": "2290 N Orchard Rd", '
           '"telephone1": "(562) 555-0144", "_ownerid_value@OData.Community.Display.V1.FormattedValue": '
           '"Gerald Fitzhugh", "_createdby_value@OData.Community.Display.V1.FormattedValue": "Marisol Quintero"}]}')
    assert _found("contacts.json", crm)["customer_name"] == ["Delia Whitcombe"]


_NOTES_HEADER = "Account,Customer,Service Address,Phone,Notes\n"


def test_staff_signing_notes_are_not_customers():
    body = (_NOTES_HEADER
            + "PCE-3301874-2,\"Whitcombe, Delia\",2290 N Orchard Rd,562-555-0144,"
            + "Signed up at the library outreach table by R. Okafor\n"
            + "PCE-3301875-3,\"Brannigan, Ross\",71 E Quail Run,562-555-0175,"
            + "Reconnect fee waived per T. Alcantara Ruiz.\n"
            + "PCE-3301879-4,\"Quintana, Eloy\",88 Birch St,562-555-0131,Signed up at the fair by Á. Peñaloza\n")
    assert sorted(_found("accounts.csv", body)["customer_name"]) == ["Brannigan, Ross", "Quintana, Eloy",
                                                                      "Whitcombe, Delia"]


def test_relative_named_in_full_in_a_note_is_reported():
    body = (_NOTES_HEADER
            + "PCE-3301876-4,\"Oyelaran, Ada\",14 Birch St,562-555-0190,Bill paid by her nephew Luis Ortega\n")
    assert "Luis Ortega" in _found("accounts.csv", body)["customer_name"]


def test_citys_phone_in_a_footer_under_the_account_column_is_no_account():
    body = xlsx([("Acct #", "Customer", "Service Address", "Phone", "kWh"),
                 ("PCE-3301874-2", "Delia Whitcombe", "2290 N Orchard Rd", "562-555-0144", 512),
                 (),
                 ("Compiled by Customer Accounts, Finance Dept., (562) 555-4100, billing@larkspurhills.gov",)])
    assert _found("master.xlsx", body)["account_number"] == ["PCE-3301874-2"]


def test_password_digits_after_at_are_no_house_number():
    body = ('{"value": [{"fullname": "Ada Oyelaran", "address1_line1": "14 Birch St", "pce_saidnumber": "8751232118", '
            '"description": "portal reset - temp password Dodgers@4471 given over phone"}]}')
    assert _found("contacts.json", body)["address"] == ["14 Birch St"]
    note = "5/9/2025 spoke w/ ada oyelaran @ 2860 orange grove; acct 3-118-4410-07; cb 562 555 0190."
    assert "2860 orange grove" in _found("note.txt", note)["address"]
