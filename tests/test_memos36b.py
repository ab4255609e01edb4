"""A utility department's memos and their side places (red team memos36, part b).

- A name written with a letter Latin script took from the IPA block, lower case only (Azerbaijani "ə", Akan and
  Ewe "ɛ", "ɔ"), is a name's word like any other Latin letter: "Customer Rəşad Əliyev (account ...)". Hard
  negatives: a supervisor's and a memo writer's name in the same letters, beside their role, stay public.
- A person staff owe a call, with the number right after the name, is a customer in a memo about customers'
  service, whatever side place holds the note: "call Ana Ruiz back at ...", "Ana Ruiz called back from ...",
  "Call back Ana Ruiz (909) ...", the items of a "Callback list:", "Follow-up contact:", "Household contact:",
  "Life-support:" label. Hard negatives: a supervisor's line ("Questions: ..., Billing Supervisor, (909) ..."), an
  office's follow-up contact, a contractor to be called back at its firm, a plain "Contact:" line.
- A general-ledger string a cost is charged to, its purpose named before its label ("charged to the Electric
  Enterprise Fund bad-debt account, Account No. 571-6120-52210"), is the City's ledger, even under a table of the
  customers written off. Hard negative: a customer's own account charged in a sentence about them stays reported.
- A utility program's row in a roll-up's "Program / participant" column ("Smart Thermostat Rebate | 268 |
  1,688,150") is no one's name, and its total no one's usage; the participants listed under it stay reported.
- The number the account's record holds, labelled so ("Phone on file:", "Teléfono registrado:"), is the addressee's
  even alone in a letter's footer. Hard negatives: the letterhead's office number beside it, and a sentence asking
  customers to update "the phone on file" by calling the office.
"""
from __future__ import annotations

import io

import docx

from tests.detector_helpers import values_found, xlsx

_CATEGORIES = ("customer_name", "phone", "address", "email", "account_number", "energy_usage")


def _found(text: str) -> dict[str, list[str]]:
    return values_found("memo.txt", text, _CATEGORIES)


# --- 1. names in the IPA block's letters ------------------------------------------------------------------------

def test_an_azerbaijani_name_beside_an_account_is_a_customers():
    found = _found("Billing review, March.\nCustomer Rəşad Əliyev (account 7712004518) asked for a payment plan; "
                   "reach him at 909-555-0143.")
    assert found.get("customer_name") == ["Rəşad Əliyev"]
    assert found.get("phone") == ["909-555-0143"]


def test_a_schwa_in_the_surname_keeps_the_callers_name_and_phone():
    found = _found("Call log, week 7.\nCustomer Tofiq Həsənzadə called from 626.410.3382 about a rebill.")
    assert found.get("customer_name") == ["Tofiq Həsənzadə"]
    assert found.get("phone") == ["626.410.3382"]


def test_an_akan_open_vowel_in_a_name_is_read():
    found = _found("Customer Kwabena Ɔpɔkuɛ, service account 8850412097, asked for a level-pay plan.")
    assert found.get("customer_name") == ["Kwabena Ɔpɔkuɛ"]


def test_staff_names_in_the_same_letters_stay_public():
    found = _found("Questions about this memo: Aygün Həsənova, Billing Supervisor, (909) 620-4417.\n"
                   "Prepared by Ləman Qasımova, Customer Service Manager")
    assert "customer_name" not in found


# --- 2. people staff owe a call ---------------------------------------------------------------------------------

def test_the_items_of_a_callback_list_are_customers():
    found = _found("Storm restoration follow-up, Feb. 11.\nCallback list (referred by SCE):\n"
                   "Graciela Montaño – 626.555.0148\nBrandon Whitlock – 213-555-0190\n")
    assert sorted(found.get("customer_name", [])) == ["Brandon Whitlock", "Graciela Montaño"]
    assert sorted(found.get("phone", [])) == ["213-555-0190", "626.555.0148"]


def test_a_name_between_call_and_back_is_a_customers():
    found = _found("Speaker notes: remember to call Rosalind Ybarra back at 562.555.0137 before the hearing.")
    assert found.get("customer_name") == ["Rosalind Ybarra"]
    assert found.get("phone") == ["562.555.0137"]


def test_a_caller_returning_staffs_call_from_their_number():
    found = _found("Reviewer comment: Mr. Idris Okafor called back from (626) 555-0163; he wants the rate flyer mailed.")
    assert found.get("customer_name") == ["Mr. Idris Okafor"]
    assert found.get("phone") == ["(626) 555-0163"]


def test_a_callback_with_the_number_right_after_the_name():
    found = _found("Call back Thandiwe Mokoena (323) 555-0171 re: rebate check")
    assert found.get("customer_name") == ["Thandiwe Mokoena"]


def test_follow_up_and_household_contacts_are_customers():
    found = _found("Complaint summary, third quarter.\nFollow-up contact: Seo-yeon Park, (562) 555-0112.\n"
                   "Household contact:\nWendell Farraday 909-555-0186\nLife-support: Ilse Brandauer (909) 555-0155")
    assert sorted(found.get("customer_name", [])) == ["Ilse Brandauer", "Seo-yeon Park", "Wendell Farraday"]
    assert len(found.get("phone", [])) == 3


def test_staff_and_office_contacts_beside_a_callback_stay_public():
    found = _found("Questions: Marta Quiroga, Billing Supervisor, (909) 620-5512.\n"
                   "Follow-up contact: Marta Quiroga, Billing Supervisor, (909) 620-5512.\n"
                   "Follow-up contact: Public Works Department, (909) 620-2341.\n"
                   "Contact: Dale Whitford, (909) 620-2290.\n"
                   "Call back Ray Lindqvist of Foothill Electric at (909) 555-0123 about the panel permit.")
    assert "customer_name" not in found
    assert "phone" not in found


def test_a_callback_list_of_staff_with_their_titles_stays_public():
    found = _found("Callback list:\nMarta Quiroga, Billing Supervisor, (909) 620-5512\n"
                   "Dale Whitford, Customer Service Manager, (909) 620-2290\n")
    assert "customer_name" not in found


# --- 3. a ledger account a cost is charged to ---------------------------------------------------------------------

def _write_off_memo(closing: str) -> bytes:
    document = docx.Document()
    document.add_heading("Recommended write-offs, second quarter", 1)
    table = document.add_table(rows=0, cols=4)
    for row in [("Customer", "Account", "Service address", "Balance"),
                ("Perla Ocampo", "7712004518", "412 W Alder St", "$412.10"),
                ("Tobias Wren", "7712009937", "77 E Birch Ave", "$388.45")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_paragraph("Writing off a balance does not release the customer from the debt; the accounts stay "
                           "with the collection agency.")
    document.add_paragraph(closing)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_ledger_account_a_write_off_is_charged_to_is_the_citys():
    found = values_found("writeoff.docx", _write_off_memo(
        "The write-off is charged to the Electric Enterprise Fund bad-debt account, Account No. 571-6120-52210."),
        ("account_number",))
    assert sorted(found["account_number"]) == ["7712004518", "7712009937"]


def test_a_customers_account_charged_in_a_sentence_about_them_stays_reported():
    found = values_found("writeoff.docx", _write_off_memo(
        "Mr. Wren's deposit refund is charged to his own account, Account No. 7712011450."), ("account_number",))
    assert "7712011450" in found["account_number"]


# --- 4. a program's row among its participants ------------------------------------------------------------------

def test_a_program_row_of_a_roll_up_is_no_customer():
    found = values_found("rollup.xlsx", xlsx([
        ("Program / participant", "Participants / SA", "Annual kWh"),
        ("Smart Thermostat Rebate", 311, "1,904,220"),
        ("   Lucinda Harrow", "8041-552-907", "7,204"),
        ("   Bartholomew Achebe", "8066-120-334", "9,871"),
        ("Pool Pump Incentive", 97, "640,515"),
        ("   Ingrid Solveig", "8020-331-745", "11,002"),
    ]), ("customer_name", "energy_usage", "account_number"))
    assert sorted(found["customer_name"]) == ["Bartholomew Achebe", "Ingrid Solveig", "Lucinda Harrow"]
    assert sorted(found["energy_usage"]) == ["11,002", "7,204", "9,871"]


# --- 5. the phone on file ---------------------------------------------------------------------------------------

def test_the_phone_on_file_in_a_letters_footer_is_the_addressees():
    found = _found("Dear Customer,\nYour service returns to SCE on April 1.\n"
                   "Pomona Choice Energy, 505 S. Garey Ave., (909) 620-2251\nPhone on file: 626-555-0147 | Page 1 of 1")
    assert found.get("phone") == ["626-555-0147"]


def test_a_spanish_notices_registered_phone_is_the_addressees():
    found = _found("Estimado cliente:\nSu tarifa cambia el 1 de julio.\nTeléfono registrado: 1-626-555-0162")
    assert found.get("phone") == ["1-626-555-0162"]


def test_updating_the_phone_on_file_through_the_office_is_public():
    found = _found("To update the phone on file, call Customer Service at (909) 620-2251.\n"
                   "Keep your phone number on record current: call (909) 620-2252.")
    assert "phone" not in found
