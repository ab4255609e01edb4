"""site65a red team (evaluator's view, fifth pass): a vendor's EIN beside a firm named "... Companies" or "...
Resources", a customer a letter copies by their part in the account, a town after a street address under a
correspondence heading, and a service agreement's "Serv." abbreviation."""
from __future__ import annotations

from tests.detector_helpers import pairs_found


def _html(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _of(pairs, category):
    return {value for kind, value in pairs if kind == category}


# ------------------------------------------------------------------------------------------- vendors' EINs
def test_ein_beside_a_firm_named_companies_or_resources_is_the_firms():
    # an agenda packet's contract summary page, as a PDF gives it line by line
    pairs = pairs_found("https://www.cityofexample.org/agenda/packet.html", _html(
        "CONTRACT SUMMARY - Brightline Companies",
        "Federal Tax ID: 94-2345671",
        "Not-to-exceed amount: $412,000",
        "EXHIBIT C - Harbor Point Resources",
        "Federal Tax ID: 68-0412345"), "text/html")
    assert not _of(pairs, "taxpayer_id")


def test_ein_of_a_person_or_beside_human_resources_is_still_found():
    pairs = pairs_found("https://www.cityofexample.org/claims.html", _html(
        "Landlord Maria Ortega gave her Federal Tax ID: 94-2345671 on the refund form."), "text/html")
    assert "94-2345671" in _of(pairs, "taxpayer_id")
    pairs = pairs_found("https://www.cityofexample.org/hr.html", _html(
        "Human Resources", "Federal Tax ID: 94-2345671"), "text/html")
    assert "94-2345671" in _of(pairs, "taxpayer_id")


# ------------------------------------------------------------------------------------------- a letter's "cc:"
def test_customer_copied_by_their_part_in_the_account_is_a_customer():
    pairs = pairs_found("https://www.cityofexample.org/letters/deposit-refund.html", _html(
        "Re: Deposit refund on Utility Account 004417-20913",
        "We have applied the deposit to your final bill.",
        "cc: Tomas Reyes-Alcantar (joint account holder), 909-555-0143",
        "cc: Ludmila Sorensen, account holder, lsorensen1974@yahoo.com"), "text/html")
    names = _of(pairs, "customer_name")
    assert "Tomas Reyes-Alcantar" in names and "Ludmila Sorensen" in names
    assert "909-555-0143" in _of(pairs, "phone")


def test_staff_copied_on_a_letter_stay_public():
    # a city's letter copying its own staff, a customer office's manager among them
    pairs = pairs_found("https://www.cityofexample.org/letters/notice.html", _html(
        "The City Council will consider the rate adjustment on March 12.",
        "cc: Ana Whitfield, Customer Service Manager, (909) 555-0100",
        "cc: Jorge Bautista, Senior Planner, (909) 555-0171"), "text/html")
    assert not _of(pairs, "customer_name")


# ------------------------------------------------------------------------------------------- a town is no name
def test_town_after_a_street_address_under_a_correspondence_heading_is_no_name():
    page = ("<html><body><h1>Council Correspondence</h1><p>Letters received:</p>"
            "<p>Counsel for the family writes that our client Babatunde Oyelaran lost service at 8120 "
            "Calle Sonora, Morgan Hill. His account, Service Agreement 4410228913, was current.</p>"
            "</body></html>")
    pairs = pairs_found("https://www.cityofexample.org/council/correspondence.html", page, "text/html")
    names = _of(pairs, "customer_name")
    assert "Morgan Hill" not in names
    assert "Babatunde Oyelaran" in names


# ------------------------------------------------------------------------------------------- service agreements
def test_service_agreement_abbreviated_serv():
    pairs = pairs_found("https://www.cityofexample.org/utility/notes.html", _html(
        "Disputed bill. Customer Tomasz Oduya, Serv. Agmt 4410 228 913, called twice about the estimated read."),
        "text/html")
    assert "4410 228 913" in _of(pairs, "account_number")
    # an agenda's agreement with a firm has a number of its own, never under the abbreviation's label
    pairs = pairs_found("https://www.cityofexample.org/agenda.html", _html(
        "Approve Amendment No. 2 to the professional services agreement with Frontier Energy (Contract C-2026-114)."),
        "text/html")
    assert not _of(pairs, "account_number")


# ------------------------------------------------------------------------------------------- a phone message
def test_caller_with_the_number_they_called_from_in_a_billing_note():
    pairs = pairs_found("https://www.cityofexample.org/utility/billing-notes.html", _html(
        "Meter re-read requests and disputed bills",
        "Oksana Delgado-Reyes also called - 626.555.0187 / odelgado1990@gmail.com",
        "Tuan Nguyen-Park called, cb (562) 555-0123"), "text/html")
    names = _of(pairs, "customer_name")
    assert "Oksana Delgado-Reyes" in names and "Tuan Nguyen-Park" in names
    assert {"626.555.0187", "(562) 555-0123"} <= _of(pairs, "phone")


def test_officials_and_staff_calling_stay_public():
    # an outage update: a supervisor and an official named with their titles, the office numbers they called from
    pairs = pairs_found("https://www.cityofexample.org/utility/outage-update.html", _html(
        "Electric outage update: crews restored service to the Northside feeder at 4:10 p.m.",
        "Customer Service Supervisor Marco Bellini called - (909) 555-0111 - to confirm the crew schedule.",
        "Mayor Pro Tem Ana Whitfield called, (909) 555-0100, on behalf of the Council to thank the crews."),
        "text/html")
    assert not _of(pairs, "customer_name")
    assert not _of(pairs, "phone")


# ------------------------------------------------------------------------------------------- a utility's brand
def test_account_labelled_by_a_utilitys_brand_on_a_page_that_reads_as_a_budget():
    # a staff report whose fiscal words ("operating reserve", "expenditures") make its page read as a budget
    pairs = pairs_found("https://www.cityofexample.org/council/item-12.html", _html(
        "FISCAL IMPACT: The adopted budget includes an operating reserve equal to ninety days of expenditures.",
        "Appellant Rosalind Achterberg has been a customer since 2011. The utility's records identify the account "
        "as PG&E acct no. 4410228913-2."), "text/html")
    assert "4410228913-2" in _of(pairs, "account_number")
    # the ledger line the same report's item is paid from stays a ledger's
    pairs = pairs_found("https://www.cityofexample.org/council/item-13.html", _html(
        "FISCAL IMPACT: The adopted budget includes an operating reserve equal to ninety days of expenditures.",
        "Street light energy costs are paid from Account No. 101-4410-5210 in the General Fund."), "text/html")
    assert not _of(pairs, "account_number")


# ------------------------------------------------------------------------------------------- "asked that staff call her"
def test_person_who_asked_staff_to_call_them_at_a_number():
    pairs = pairs_found("https://www.cityofexample.org/utility/appeal-notes.html", _html(
        "Billing dispute - hearing scheduled",
        "Marisol Okafor-Lindqvist asked staff to call her back on (626) 555-0190 after 5 p.m.",
        "Desmond Achterberg asked that staff call him at 559.339.1031 before the meter test."), "text/html")
    names = _of(pairs, "customer_name")
    assert {"Marisol Okafor-Lindqvist", "Desmond Achterberg"} <= names
    assert {"(626) 555-0190", "559.339.1031"} <= _of(pairs, "phone")


def test_official_asking_staff_to_call_an_office_stays_public():
    # council minutes: an official asks staff to call an office's line, and another to call her
    pairs = pairs_found("https://www.cityofexample.org/council/minutes.html", _html(
        "Outage update: crews restored service to the Northside feeder at 4:10 p.m.",
        "Council Member Ana Whitfield asked staff to call the outage hotline at 909-555-0100 to confirm the time.",
        "Mayor Pro Tem Luis Bautista asked that staff call him at (909) 555-0142, his City Hall office line."),
        "text/html")
    assert not _of(pairs, "customer_name")
