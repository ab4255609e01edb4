"""site63b: a city's utility billing and revenue paperwork.

- a warrant or check register's row that refunds a utility customer (a deposit, an overpayment, a closed account's
  credit): the payee is the customer, the service or mailing address, phone and account the row gives are theirs,
  in a spreadsheet's columns or a PDF's row laid out in text, with no column saying "customer".
Hard negatives in the same registers: vendors' invoices and their EINs, fund-department-object codes, check numbers,
a staff member's mileage reimbursement, a park rental deposit and a building permit refunded to residents, the
utility refunding the City.
"""
from tests.detector_helpers import pairs_found, values_of, xlsx

URL = "https://www.examplecity.gov/finance/"


_CHECK_REGISTER = xlsx([
    ["Chk #", "Issued", "Payee", "Payee TIN", "Description", "Fund/Org/Obj", "Amount", "Notes"],
    [330412, "2025-11-03", "Okoye, Chiamaka", "", "UTILITY DEPOSIT REFUND", "610-0000-21910", 112.5,
     "service at 2231 Larkspur Ln; cust called 951-704-2286"],
    [330413, "2025-11-03", "Liam Brennan", "", "Credit balance refund - closed account 0019-44213-07",
     "610-0000-21910", 46.02, ""],
    [330414, "2025-11-04", "Harrow Pump & Electric Inc.", "94-2231870", "INV 7781 booster pump repair",
     "610-4420-52110", 18420.0, "Net 30"],
    [330415, "2025-11-05", "Elena Martinez", "", "MILEAGE REIMBURSEMENT OCT", "100-1210-52410", 61.2,
     "Utility billing clerk"],
    [330416, "2025-11-05", "Rosa Jimenez", "", "PARK RENTAL DEPOSIT REFUND", "100-0000-21950", 150.0,
     "Pavilion B, 10/12"],
    [330417, "2025-11-06", "Daniel Cho", "", "BUILDING PERMIT REFUND 440 Oak Knoll Rd", "100-3100-41210", 245.0,
     "Permit B25-0912 withdrawn"],
    [330418, "2025-11-06", "Southern California Edison", "95-1240335", "REFUND OF OVERPAYMENT - CITY YARD",
     "100-4300-53210", 912.44, ""],
    [330419, "2025-11-07", "Gloria Estrada", "", "AMBULANCE TRANSPORT OVERPAYMENT REFUND", "100-2200-43110", 310.0,
     "mail to 518 Poppy Field Dr"],
])


def test_refund_rows_of_a_check_register_give_the_customer():
    pairs = pairs_found(URL + "check-register.xlsx", _CHECK_REGISTER)
    names = values_of(pairs, "customer_name")
    assert {"Okoye, Chiamaka", "Liam Brennan"} <= names
    assert "2231 Larkspur Ln" in values_of(pairs, "address")
    assert "951-704-2286" in values_of(pairs, "phone")
    assert "0019-44213-07" in values_of(pairs, "account_number")


def test_other_rows_of_a_check_register_stay_public():
    pairs = pairs_found(URL + "check-register.xlsx", _CHECK_REGISTER)
    names = values_of(pairs, "customer_name")
    assert not names & {"Elena Martinez", "Rosa Jimenez", "Daniel Cho", "Harrow Pump & Electric Inc.",
                        "Southern California Edison", "Gloria Estrada"}
    assert not values_of(pairs, "address") & {"440 Oak Knoll Rd", "518 Poppy Field Dr"}
    assert not values_of(pairs, "account_number") & {"610-4420-52110", "100-3100-41210", "330417"}
    assert not values_of(pairs, "taxpayer_id")  # the vendors' EINs


# a warrant register laid out in text, as a PDF's table comes (its header names no customer's field)
_WARRANTS = "\n".join([
    "Warrant No.\tDate\tPayee\tDescription\tGL Account\tAmount",
    "88120\t02/03/2026\tBlue Ridge Chemical Co\tINV 55120 SODIUM HYPOCHLORITE\t620-4410-52140\t$4,880.00",
    "88121\t02/03/2026\tHUANG, MEI\tUB OVERPAYMENT REFUND - 918 W. Alder St - #57-120934-11\t620-0000-22410\t$58.20",
    "88122\t02/04/2026\tTobias Lindgren\tFinal bill credit refund 77 Vista Grande Ct Apt 2\t620-0000-22410\t$19.75",
    "88126\t02/06/2026\tNOVAK, IRENA\tDEPOSIT REFUND - 1402 Park Field Court - #61-204877-30\t620-0000-22410\t$96.00",
    "88123\t02/04/2026\tKEMP, WALTER\tREISSUE REFUND CHECK #879441 DEPOSIT\t620-0000-22410\t$75.00",
    "88124\t02/05/2026\tAnita Desai\tRENTAL DEPOSIT REFUND COMMUNITY HALL\t100-0000-21950\t$250.00",
    "88125\t02/05/2026\tCouncilmember Ray Ortega\tCONFERENCE REGISTRATION\t100-1010-52310\t$495.00",
])


def test_refund_rows_of_a_warrant_register_in_text():
    pairs = pairs_found(URL + "warrants.txt", _WARRANTS, "text/plain")
    assert {"HUANG, MEI", "Tobias Lindgren", "NOVAK, IRENA"} <= values_of(pairs, "customer_name")
    addresses = values_of(pairs, "address")
    # the account after the address stays apart; a street's "Park", "Field", "Court" is no park's rental
    assert {"918 W. Alder St", "77 Vista Grande Ct Apt 2", "1402 Park Field Court"} <= addresses
    accounts = values_of(pairs, "account_number")
    assert "57-120934-11" in accounts
    assert not accounts & {"879441", "620-0000-22410", "620-4410-52140"}  # a check's number, the ledger's codes


def test_other_rows_of_a_warrant_register_stay_public():
    pairs = pairs_found(URL + "warrants.txt", _WARRANTS, "text/plain")
    names = values_of(pairs, "customer_name")
    assert not names & {"Anita Desai", "Blue Ridge Chemical Co", "Ray Ortega", "Councilmember Ray Ortega",
                        "KEMP, WALTER"}  # a refund's payee with nothing but the name: the register's payee list


# --- the office's reply quoted in a customer's e-mail -------------------------------------------------------------

_THREAD = "\n".join([
    "From: Kwame Mensah <kmensah.home@gmail.com>",
    "To: Utility Billing <billing@examplecity.gov> | Subject: deposit",
    "I closed my account 41-730921-08 last week. Please mail the deposit to 77 Sparrow Hill Rd.",
    "Thanks, Kwame | cell (562) 480-3317",
    "Reply (Odessa Vance, Customer Service Supervisor, (626) 914-7122): we have sent your request to billing.",
])


def test_staff_reply_in_a_customer_thread_keeps_its_phone_public():
    pairs = pairs_found(URL + "audit.txt", _THREAD, "text/plain")
    phones = values_of(pairs, "phone")
    assert "(562) 480-3317" in phones
    assert "(626) 914-7122" not in phones
    assert "Kwame Mensah" in values_of(pairs, "customer_name")


# --- a hearing's minutes: the number staff will follow up with the speaker at ---------------------------------------

def _minutes(item: str) -> str:
    return f"<html><body><h2>Public Comment</h2><ol><li>{item}</li></ol></body></html>"


def test_follow_up_number_of_a_speaker_named_by_given_name():
    pairs = pairs_found(URL + "minutes.html", _minutes(
        "Tomasz Wrobel, owner of 2290 Kestrel Ave, said the lien on utility account 52-118077-40 followed a meter "
        "error. Staff will follow up with Tomasz at 562-731-0844."))
    assert "562-731-0844" in values_of(pairs, "phone")



# --- a person named with what the text calls their service address ------------------------------------------------

def _list_page(*items: str) -> str:
    return ("<html><body><h1>Undeliverable refunds</h1><p>Call Utility Billing at (626) 914-7150.</p><ul>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ul></body></html>")


def test_a_person_with_their_last_service_address_and_mailbox():
    pairs = pairs_found(URL + "refunds.html", _list_page(
        "Milan Horvat - last service address 72 Birch Hollow Rd; refund $41.10; mail returned, "
        "e-mail on file mhorvat61@gmail.com",
        "Esperanza Quiroga (svc addr: 1809 W. Laurel Ct Apt 5), left 2/14"))
    assert {"Milan Horvat", "Esperanza Quiroga"} <= values_of(pairs, "customer_name")
    assert {"72 Birch Hollow Rd", "1809 W. Laurel Ct Apt 5"} <= values_of(pairs, "address")
    assert "mhorvat61@gmail.com" in values_of(pairs, "email")


def test_identifiers_right_after_a_service_address_stay_apart():
    pairs = pairs_found(URL + "refunds.html", _list_page(
        "Milan Horvat, service address 72 Birch Hollow Rd, acct 4471-20931-05, SSN 512-44-7781"))
    assert "72 Birch Hollow Rd" in values_of(pairs, "address")
    assert "512-44-7781" in values_of(pairs, "ssn")
    assert "4471-20931-05" in values_of(pairs, "account_number")


def test_service_address_words_beside_staff_and_firms_stay_public():
    pairs = pairs_found(URL + "refunds.html", _list_page(
        "To change your service address, contact Marisa Toledo, Utility Billing Supervisor, at (626) 914-7100.",
        "Harbor Bakery LLC - service address 410 W. Holt Ave (commercial refund)",
        "Councilmember Grace Oduya, service address 300 Civic Center Plaza"))
    assert not values_of(pairs, "customer_name")
    assert not values_of(pairs, "address")


# --- an audit's finding quoting a shared password in apposition -----------------------------------------------------

def test_a_password_in_apposition_after_its_label():
    text = ("Finding 2. Three cashiers shared one login. The password, Tern!Cove83, was taped under the counter. "
            "The password, however, was changed after the audit; the new password, as IT noted, expires monthly.")
    assert values_of(pairs_found(URL + "audit.txt", text, "text/plain"), "credential") == {"Tern!Cove83"}


# --- an audit's sample: a utility refund for a person mailed to an address -----------------------------------------

def test_a_deposit_refund_for_a_person_mailed_to_an_address():
    page = ("<html><body><h1>Utility Billing audit</h1><p>Sample 6: the deposit refund for Yusuf Demir was mailed "
            "to 318 Quince Hollow Rd although the customer had asked by e-mail that it go to his new home.</p>"
            "</body></html>")
    pairs = pairs_found(URL + "audit.html", page)
    assert "Yusuf Demir" in values_of(pairs, "customer_name")
    assert "318 Quince Hollow Rd" in values_of(pairs, "address")


def test_a_rental_deposit_refund_mailed_to_a_resident_stays_unreported():
    page = ("<html><body><h1>Parks and Recreation</h1><p>The rental deposit refund for Lucia Benavides was mailed to "
            "4410 Juniper Ave after the picnic at Vista Park.</p><p>The deposit refund for Lucia Benavides was mailed "
            "to 4410 Juniper Ave after the Community Center reservation ended.</p></body></html>")
    pairs = pairs_found(URL + "parks.html", page)
    assert not values_of(pairs, "customer_name") and not values_of(pairs, "address")
