"""Customer identifiers written in other ways than "Label: value" (red team accounts36, first half).

- The label after the value: in brackets ("4410926-07 (acct) - Lindqvist, Hanne", "R7-30018842 (meter)"), or the
  sentence saying what the number is ("062-448-1093-2 is your Mesa Gas account number", "... es su número de
  cuenta"). Hard negatives: a ledger string, a purchase order, a phone, a permit or a work order before a bracket, and
  words in brackets that are no account's label ("(issued)", "(revised)").
- Words between the label and the value that say where the service is or what paper shows it ("The meter at your
  home, 03B881420, ...", "El medidor de su domicilio, núm. 31-772045-K", "the premise on the bill says PR0031187650").
- A translated form's English abbreviation in brackets after its own language's label ("Mã địa điểm (Prem ID):"):
  the abbreviation is the label, no gloss; a Vietnamese account named by its service ("Số tài khoản nước" - water).
- An account's check digits after a slash ("Acct: 0638814/22"), beside an account's label only. Hard negatives: a
  fiscal year, a map's sheet, a resolution's number.
- An account split over two cells, the customer's number under "Acct" and the location's digits under "Loc"
  ("0470710 | 14"): one number. Hard negative: a ledger account's "GL Acct | Loc" row.
- "Svc Agmt" as a row's label in a table laid out sideways is a service agreement's.
- A prepaid meter's or an automatic payment's enrolment id is the customer's account ("Prepaid ID", "AutoPay ID",
  an "autopay_id" form field). A one-off refund's or payment confirmation's number is a transaction's, no account's:
  not reported on its own (the customer's name and account beside it are).
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.ci.pomona.ca.us/utilities"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


# --- the label after the value --------------------------------------------------------------------------------

def test_a_callback_list_with_the_label_after_each_account():
    body = ("Water Division - field callbacks for Thursday\n"
            "Call each customer before 10 a.m.\n"
            "1. 4410926-07 (acct) \u2013 Lindqvist, Hanne \u2013 curb valve stuck; R7-30018842 (meter) is behind the gate\n"
            "2. 0938172-15 (acct) \u2013 Okonkwo, Chidera \u2013 reads high since March\n"
            "3. 0271146-03 (Acct #) \u2013 Ferreira, Tomas \u2013 box flooded\n")
    found = _found("callbacks.txt", body)
    assert {"4410926-07", "R7-30018842", "0938172-15", "0271146-03"} <= values_of(found, "account_number")
    assert {"Lindqvist, Hanne", "Okonkwo, Chidera"} <= values_of(found, "customer_name")


def test_a_letter_saying_what_the_number_is_after_it():
    body = ("Dear Resident,\n"
            "Crews will replace the gas main on your block next month. Service will be off for about four hours. "
            "062-448-1093-2 is your Mesa Gas account number. The meter at your home, 03B881420, will be moved to the "
            "side of the house.\n"
            "Estimado cliente: 7712093381 es su número de cuenta.\n")
    assert {"062-448-1093-2", "03B881420", "7712093381"} <= values_of(_found("letter.txt", body), "account_number")


def test_words_after_a_public_number_name_no_account():
    body = ("Council Report - Water Fund\n"
            "Expense 570-5811-42110 (acct) covers the meter program. PO 4500217734 (account) was closed. "
            "Permit 2024-001187 (issued) and WO-2024-118822 (meter) are complete. Resolution 2024-113 (revised). "
            "(909) 620-2241 is your Utility Services line. 20240528 is your deadline.\n")
    assert not values_of(_found("report.txt", body), "account_number")


def test_the_meter_at_the_customers_home_in_spanish():
    body = "Estimada Sra. Quintero:\nEl medidor de su domicilio, núm. 31-772045-K, fue leído el 2 de abril.\n"
    assert "31-772045-K" in values_of(_found("carta.txt", body), "account_number")


def test_the_premise_on_the_bill_says():
    body = ("From: Jorge Salcedo\nSubject: RE: high bill\n"
            "> I called twice and the premise on the bill says PR0031187650. Please look at the meter.\n")
    assert "PR0031187650" in values_of(_found("reply.txt", body), "account_number")


# --- translated labels ----------------------------------------------------------------------------------------

def test_a_vietnamese_letter_with_english_abbreviations_in_brackets():
    body = ("Kính gửi: Ông Trần Văn Phúc\n"
            "V/v: Điều chỉnh hóa đơn nước\n"
            "Số tài khoản nước: W-0772914-11\n"
            "Mã số hợp đồng dịch vụ (SA): SA-7230148856\n"
            "Mã địa điểm (Prem ID): P-502817-44\n")
    assert {"W-0772914-11", "SA-7230148856", "P-502817-44"} <= values_of(_found("thu.txt", body), "account_number")


def test_a_bracketed_qualifier_is_still_a_gloss():
    body = "Customer: Ines Barragan\nAccount number (home): 7301842256\nPhone (mobile): 909-555-0147\n"
    found = _found("intake.txt", body)
    assert "7301842256" in values_of(found, "account_number")
    assert "909-555-0147" not in values_of(found, "account_number")


# --- check digits after a slash -------------------------------------------------------------------------------

def test_an_account_with_its_check_digits_after_a_slash():
    body = ("Estimada Sra. Quintero:\n"
            "Núm. de cuenta: 0638814/22\n"
            "Le informamos que su depósito fue reembolsado. Acct: 0517730/09\n")
    assert {"0638814/22", "0517730/09"} <= values_of(_found("aviso.txt", body), "account_number")


def test_slashed_numbers_without_an_account_label_are_not_accounts():
    body = ("Budget for FY 2024/25. Map sheet 1204417/3 shows the main. Resolution No. 2024117/02 adopted.\n"
            "Contract 4400218/11 awarded to Granite Pipe Co.\n")
    assert not values_of(_found("council.txt", body), "account_number")


# --- an account split over two cells ----------------------------------------------------------------------------

def test_an_account_and_its_location_digits_in_two_cells():
    found = _found("notices.xlsx", xlsx([
        ("48-hour shutoff notices, route 12",),
        (),
        ("Acct", "Loc", "Name", "Amount Due"),
        ("0836214", "07", "Marchetti, Lorenza", 388.14),
        ("0190447", "22", "Oyelaran, Babatunde", 161.02),
    ]))
    accounts = {value.replace(" ", "-") for value in values_of(found, "account_number")}
    assert {"0836214-07", "0190447-22"} <= accounts


def test_a_ledger_account_and_its_location_code_are_no_customers():
    found = _found("expenses.xlsx", xlsx([
        ("GL Acct", "Loc", "Description", "Amount"),
        ("5210", "14", "Office supplies", 412.5),
        ("4410", "02", "Postage", 150.25),
    ]))
    assert not values_of(found, "account_number")


# --- a table laid out sideways --------------------------------------------------------------------------------

def test_svc_agmt_as_a_row_label_of_a_sideways_table():
    found = _found("escalations.xlsx", xlsx([
        ("Customer escalations, week 31",),
        (),
        ("Case", "ESC-25-0417", "ESC-25-0422"),
        ("Account Holder", "Renata Voskuijlen", "Demetrius Achterberg"),
        ("Acct #", "W-0417702-19", "W-0933018-04"),
        ("Svc Agmt", "71-5502918-4", "73-0084126-9"),
        ("Phone", "909-555-0182", "909-555-0139"),
    ]))
    assert {"71-5502918-4", "73-0084126-9"} <= values_of(found, "account_number")


def test_a_lease_agreement_row_of_city_properties_is_no_account():
    found = _found("properties.xlsx", xlsx([
        ("City-owned properties leased out",),
        (),
        ("Property", "Fox Theater annex", "Ganesha Park kiosk"),
        ("Lease Agmt", "LA-2019-0412", "LA-2022-0097"),
        ("Term ends", "2029-06-30", "2027-12-31"),
    ]))
    assert not values_of(found, "account_number")


# --- prepaid and autopay ids; transaction numbers ----------------------------------------------------------------

def test_prepaid_and_autopay_ids_are_accounts():
    page = ("<html><body><h1>Prepaid water pilot</h1><table><tr><th>Participant</th><th>Prepaid ID</th>"
            "<th>Meter</th><th>Status</th></tr>"
            "<tr><td>Odalys P. Marrero</td><td>PP-6R-11402</td><td>K3-40918827</td><td>Enrolled</td></tr>"
            "<tr><td>Kwabena S. Mensah</td><td>PP-2J-09318</td><td>K3-58820164</td><td>Withdrew</td></tr>"
            "</table><p>Dear Mr. Haddad,</p><p>AutoPay ID: AP-83K55102</p><p>office_autopay_id: AP-19Q70041</p>"
            "</body></html>")
    found = _found("prepaid-pilot.html", page)
    assert {"PP-6R-11402", "PP-2J-09318", "AP-83K55102", "AP-19Q70041"} <= values_of(found, "account_number")


def test_a_refund_or_confirmation_number_alone_is_no_account():
    body = ("Online bill pay - how to get help\n"
            "Keep your Confirmation #: WEB-K2P8-40917 and quote it when you call.\n"
            "Refund No. DR-25-00418 was mailed on June 2.\n")
    assert not values_of(_found("help.txt", body), "account_number")
