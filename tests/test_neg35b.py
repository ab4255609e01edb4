"""Public look-alikes on a city site that read as a customer's case (red team neg35, second half).

- A planning staff report (a use permit, a variance, a plan review) names the applicant, their phone and mailbox, the
  property's owner and the project's address: public records of a land-use case. A condition that the applicant
  coordinate the service drop or the meter with the electric utility makes the page speak of a utility, not the
  applicant a party of a customer's utility case. Hard negatives stay reported: a tenant of a billing dispute with
  their phone, and a party asking for a "variance" from a payment plan on a past-due bill.
- Two capitals as an element of an asterisk-delimited record ("BEG*00*SA*P25-04417~", an X12 purchase order's
  stand-alone order code) are a code, not the "SA" (service account) label; "SA 4471-20931" in a call note still is.
- Ten digits from 8 in a delimited record's column whose other records hold phones in other area codes (a wholesale
  trade confirmation's scheduler's number) are a phone in an 8xx area code, not an SCE service account; a column of
  numbers from 8 only stays a column of accounts.
"""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from tests.detector_helpers import _all_detectors, pairs_found, values_of

_SITE = "https://www.ontarioca.example.gov/docs"


def _high(name: str, body: str) -> set[tuple[str, str]]:
    """(category, value) of the high-severity findings: a consumer mailbox outside any customer's context is reported
    low by design."""
    document = extract(f"{_SITE}/{name}", body.encode())
    return {(f.category, f.value) for f in scan_document(document, _all_detectors()) if f.severity == "high"}


# --- 1. a land-use case's applicant -----------------------------------------------------------------------------

_STAFF_REPORT = """<html><body><main><h1>Planning Commission Staff Report: CUP 2025-041</h1>
<p>The applicant, Tobias Lindqvist of Arroyo Design Studio, requests approval of a Conditional Use Permit to allow a
tutoring center in an existing commercial suite at 1450 N Mountain Ave. The property is owned by the Okafor Family
Trust. Tobias Lindqvist may be reached at (626) 418-3092 or tlindqvist@arroyodesign.com about the plans.</p>
<p>Electrical service: the applicant shall coordinate with the electric utility to upgrade the meter and relocate the
service drop serving 1450 N Mountain Ave; the Building Division will release the electrical service after final
inspection.</p>
</main></body></html>"""


def test_a_use_permit_applicant_beside_a_service_drop_condition_is_public():
    assert _high("cup-2025-041.html", _STAFF_REPORT) == set()


def test_a_variance_report_in_plain_text_with_the_applicants_consumer_mailbox_reports_nothing_high():
    report = ("STAFF REPORT - VARIANCE VAR 25-013\n"
              "\n"
              "The applicant, Adaeze Nwosu, requests a variance to allow a carport within the front setback at\n"
              "2218 S Bon View Ave. Adaeze Nwosu may be reached at 909-388-1046 or adaeze.nwosu77@gmail.com.\n"
              "\n"
              "Conditions: the applicant shall coordinate with Southern California Edison to move the overhead\n"
              "electric service and meter serving 2218 S Bon View Ave before the building permit is finaled.\n")
    found = _high("var-25-013.txt", report)
    assert not {category for category, _ in found} & {"customer_name", "phone", "address", "email"}


def test_a_tenant_of_a_billing_dispute_with_their_phone_is_still_a_customer():
    notes = ("Utility Billing Hearing Notes\n"
             "The tenant, Halvard Oyelaran, says the meter was read wrong; he can be reached at (909) 471-5520.\n")
    found = _high("hearing-notes.txt", notes)
    assert ("customer_name", "Halvard Oyelaran") in found
    assert ("phone", "(909) 471-5520") in found


def test_a_variance_from_a_payment_plan_on_a_past_due_bill_is_a_customers_case():
    notes = ("Utility Billing Hearing Notes\n"
             "The appellant, Halvard Oyelaran, asks for a variance from the payment plan on his past due bill; he "
             "can be reached at (909) 471-5520.\n")
    found = _high("hearing-notes.txt", notes)
    assert ("customer_name", "Halvard Oyelaran") in found
    assert ("phone", "(909) 471-5520") in found


# --- 2. two capitals as an element of a delimited record -----------------------------------------------------------

def test_a_purchase_orders_code_between_asterisks_is_no_service_account_label():
    batch = ("ISA*00*          *00*          *ZZ*ONTARIOCITY    *ZZ*VENDORS        *250602*0930*U*00401*000000112*0*P*>~\n"
             "GS*PO*ONTARIOCITY*VENDORS*20250602*0930*112*X*004010~\n"
             "ST*850*0001~\n"
             "BEG*00*SA*P25-04417**20250602~\n"
             "N1*BY*CITY OF ONTARIO*92*PURCH~\n"
             "PER*BD*HALVARD OYELARAN*TE*9094173320*EM*HOYELARAN@ONTARIOCA.GOV~\n"
             "N1*SE*RIVERBEND TURF SUPPLY*92*V00412~\n"
             "PER*IC*MARISOL IBARRA*TE*6264103392~\n"
             "PO1*1*12*EA*41.50**VP*77120~\n"
             "SE*8*0001~\nGE*1*112~\nIEA*1*000000112~\n")
    found = pairs_found(f"{_SITE}/po-batch.txt", batch)
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name")


def test_the_service_account_label_in_a_call_note_is_still_read():
    note = "Call log 6/4: customer Rosalind Achebe called about a high bill, SA 4471-20931, call back at 909-410-2276.\n"
    found = pairs_found(f"{_SITE}/call-log.txt", note)
    assert ("account_number", "4471-20931") in found
    assert ("customer_name", "Rosalind Achebe") in found


# --- 3. a column of phones in delimited records --------------------------------------------------------------------

def test_a_schedulers_phone_from_8_among_other_area_codes_is_no_account():
    confirms = ("HDR*CCA*WHOLESALE CONFIRMS*2025Q2\n"
                "TRD*318204*RIVERBEND POWER LLC*NP15*ON-PEAK*APR*QTY*8120*MWH*PRC*61.20*SCHED*ODALYS FERREIRA*7134102286\n"
                "TRD*318207*CASCADE RENEWABLES INC*NP15*ATC*MAY*QTY*4410*MWH*PRC*48.75*SCHED*TOMASZ WIERZBICKI*8584471093\n"
                "TRD*318211*RIVERBEND POWER LLC*NP15*OFF-PEAK*JUN*QTY*9902*MWH*PRC*39.10*SCHED*ADAEZE NWOSU*4153380417\n")
    found = pairs_found(f"{_SITE}/confirms.txt", confirms)
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name")


def test_a_column_of_numbers_from_8_only_stays_a_column_of_accounts():
    export = ("SVC*ODALYS FERREIRA*8012447193*612 KWH\n"
              "SVC*TOMASZ WIERZBICKI*8094471093*498 KWH\n"
              "SVC*ADAEZE NWOSU*8153380417*530 KWH\n")
    found = pairs_found(f"{_SITE}/export.txt", export)
    assert values_of(found, "account_number") == {"8012447193", "8094471093", "8153380417"}
    assert "TOMASZ WIERZBICKI" in values_of(found, "customer_name")


def test_a_phone_column_of_another_record_layout_does_not_clear_an_account():
    export = ("CNT*RIVERBEND POWER LLC*SCHEDULING DESK*7134102286\n"
              "CNT*CASCADE RENEWABLES INC*SCHEDULING DESK*4153380417\n"
              "SVC*ODALYS FERREIRA*8012447193*612 KWH\n"
              "SVC*TOMASZ WIERZBICKI*8094471093*498 KWH\n")
    found = pairs_found(f"{_SITE}/export.txt", export)
    assert {"8012447193", "8094471093"} <= values_of(found, "account_number")
