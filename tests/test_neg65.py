"""neg65: what a city's finance, public works, clerk, planning and CCA board pages publish on purpose that read as
confidential, each beside the nearest true case that must stay a finding.

- the bodies a city sets up beside itself hold utility accounts of their own ("... Public Facilities Financing
  Authority", "Successor Agency to the ... Redevelopment Agency", a landscape and lighting district): a list of the
  City's accounts names them as their customer, as it names the City; a resident in the same list stays a customer;
- a treasurer's report names the City's bank accounts by the bank they are at ("Operating account at Bank of the
  West (account ending 4471)"); a customer's "SCE account ending 4471" stays one;
- an agreement's compensation clause names the budget account it is charged to; a customer's account in a sentence
  about a charge stays one;
- a party's possessive in a claim or an appeal ("Appellant's SCE account number is ...") names the account's holder,
  whatever City facility the sentence before is about; a City 311 log's line about a facility stays public;
- a park's sports lighting ("Heritage Park Tennis Court Lights", "Ballfield Lights") is one of the City's metered
  installations, not a person named "Lights";
- a public speaker who speaks for an organization ("representing the Inland Solar Coalition") on a program gives
  the organization's number; a speaker's number given with their own bill stays reported.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of

PAGE_URL = "https://www.ranchoalamo.gov/finance/page.html"


def _page(body: str) -> str:
    return f"<html><head><title>Page</title></head><body><main>{body}</main></body></html>"


# --- the City's affiliated public bodies as account holders --------------------------------------------------------

_ACCOUNTS_CSV = ("Account Name,Acct No,Premise Address,Rate Schedule,Usage kWh\n"
                 "RANCHO ALAMO PUBLIC FACILITIES FINANCING AUTHORITY,8016623390,1150 W Lugonia Ave,TOU-GS-2,214880\n"
                 "Rancho Alamo Landscape and Lighting District No. 2,8016623417,0 Tennessee St Median,LS-1,38122\n"
                 "Successor Agency to the Rancho Alamo Redevelopment Agency,8016623435,35 Cajon St,GS-1,9910\n")


def test_citys_affiliated_bodies_accounts_are_public():
    found = pairs_found("https://www.ranchoalamo.gov/pw/authority-accounts.csv", _ACCOUNTS_CSV)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "account_number"), found
    assert not values_of(found, "energy_usage"), found
    assert not values_of(found, "address"), found


def test_resident_among_public_bodies_is_still_a_customer():
    csv = _ACCOUNTS_CSV + "Graciela Montoya,8016623499,1427 Occidental Cir,TOU-D-4-9PM,6120\n"
    found = pairs_found("https://www.ranchoalamo.gov/pw/authority-accounts.csv", csv)
    assert "Graciela Montoya" in values_of(found, "customer_name"), found
    assert "8016623499" in values_of(found, "account_number"), found
    assert values_of(found, "account_number") == {"8016623499"}, found


# --- a treasury's bank accounts named by their bank ----------------------------------------------------------------

def test_operating_account_named_by_its_bank_is_public():
    body = _page("<h1>Treasurer's Report - Quarter Ended March 31, 2026</h1>"
                 "<p>The pooled portfolio earned 4.31%. The operating account at Bank of the West (account ending "
                 "4471) and the payroll account with Citizens Business Bank, acct. no. 224019873, are reconciled "
                 "monthly by the Finance Department.</p>")
    found = pairs_found(PAGE_URL, body)
    assert not values_of(found, "account_number"), found
    assert not values_of(found, "customer_name"), found


def test_customers_account_ending_stays_a_finding():
    body = _page("<p>Customer Joaquin Reyes, SCE account ending 4471, asked for a payment arrangement on his "
                 "past-due balance.</p>")
    found = pairs_found(PAGE_URL, body)
    assert values_of(found, "account_number"), found


# --- an agreement's compensation charged to a budget account -------------------------------------------------------

def test_compensation_charged_to_account_is_a_budget_line():
    body = docx_paragraphs("SECTION 3. COMPENSATION.",
                           "Total compensation under this Agreement shall not exceed $148,500.00 in any fiscal year and "
                           "shall be charged to Account 2305711063.")
    found = pairs_found("https://www.ranchoalamo.gov/finance/psa-landscape.docx", body)
    assert not values_of(found, "account_number"), found


def test_customers_account_charged_stays_a_finding():
    body = docx_paragraphs("Billing adjustment: the returned-payment fee for customer Tamsin Okoro was charged to "
                           "account 8023345561 in error and has been reversed.")
    found = pairs_found("https://www.ranchoalamo.gov/finance/adjustments.docx", body)
    assert "8023345561" in values_of(found, "account_number"), found


# --- a party's possessive beside a City facility --------------------------------------------------------------------

def test_appellants_account_after_a_facility_sentence_is_a_finding():
    body = docx_paragraphs("APPEAL OF ADMINISTRATIVE CITATION",
                           "The traffic signal at Orange St and Citrus Ave was dark for six hours on June 3. "
                           "Appellant's SCE account number is 8023345561.")
    found = pairs_found("https://www.ranchoalamo.gov/clerk/appeal-2026-04.docx", body)
    assert "8023345561" in values_of(found, "account_number"), found


def test_facility_log_line_reported_by_a_caller_is_public():
    body = _page("<p>06/03/2026 - Traffic signal #14, SCE acct 8023345561 - reported dark by caller, controller "
                 "reset by Signal Shop.</p>")
    found = pairs_found("https://www.ranchoalamo.gov/pw/signal-log.html", body)
    assert not values_of(found, "account_number"), found


# --- a park's sports lighting -----------------------------------------------------------------------------------------

def test_sports_lighting_is_a_city_installation():
    body = ("SUBJECT: LS-3 rate change for park lighting\n\n"
            "  Heritage Park Tennis Court Lights [8029917734] - 41,220 kWh/yr - TOU-GS-2\n"
            "  Ballfield Lights [8029917752] - 66,310 kWh/yr - TOU-8-D\n")
    found = pairs_found("https://www.ranchoalamo.gov/pw/lighting.txt", body)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "account_number"), found
    assert not values_of(found, "energy_usage"), found


def test_person_with_a_places_surname_is_still_a_customer():
    body = _page("<p>Customer Kevin Field (SCE acct 8029917734) called about his bill; he used 1,220 kWh in July."
                 "</p>")
    found = pairs_found("https://www.ranchoalamo.gov/pw/lighting.html", body)
    assert "8029917734" in values_of(found, "account_number"), found


# --- a public speaker for an organization -----------------------------------------------------------------------------

_MINUTES_URL = "https://www.ranchoalamo.gov/clerk/minutes-2026-05-06.docx"


def test_speaker_for_an_organization_gives_its_number():
    body = docx_paragraphs("PUBLIC COMMENTS",
                           "Marcus Oyelaran, representing Heliotrope Partners, spoke in favor of the solar rebate; he "
                           "can be reached at (909) 481-2270.")
    found = pairs_found(_MINUTES_URL, body)
    assert not values_of(found, "phone"), found


def test_speaker_with_her_own_bill_keeps_her_number():
    body = docx_paragraphs("PUBLIC COMMENTS",
                           "Dana Whitlock, representing the tenants of Vista Court, spoke about the outages and "
                           "estimated bills at her unit; she can be reached at (909) 481-2270.")
    found = pairs_found(_MINUTES_URL, body)
    assert values_of(found, "phone"), found


# --- the City named in brackets after its own account ---------------------------------------------------------------

def test_account_bracketed_with_the_citys_name_is_the_citys():
    body = _page("<p>Staff recommends converting the LS-1 lights. The City's streetlights are billed under Customer "
                 "Account 2-23-456-7890 (City of Rancho Alamo, LS-1) and used 1,882,400 kWh in FY 2025-26.</p>")
    found = pairs_found("https://www.ranchoalamo.gov/pw/ls1-conversion.html", body)
    assert not values_of(found, "account_number"), found


def test_resident_billed_under_an_account_bracketed_with_the_city_stays_a_finding():
    body = _page("<p>Customer Account 2-23-456-7890 (City of Rancho Alamo resident Ana Ruiz) used 900 kWh in July "
                 "after the meter swap.</p>")
    found = pairs_found("https://www.ranchoalamo.gov/pw/ls1-conversion.html", body)
    assert "2-23-456-7890" in values_of(found, "account_number"), found
    assert "Ana Ruiz" in values_of(found, "customer_name"), found


# --- a contract's notice block with the payee's wire instructions -----------------------------------------------------

_NOTICES = ("ARTICLE 14 - NOTICES\n"
            "If to Seller: Mesquite Flats Storage, LLC\n"
            "c/o Arclight Renewables\n"
            "2100 Rosecrans Ave, El Segundo, CA 90245\n"
            "Attn: Colin Marsh, Asset Manager\n"
            "Tel: (310) 642-7710\n"
            "Email: cmarsh@arclightrenew.com\n"
            "Wire to: Bank of America, N.A. ABA: 026009593 Account: 1459276630\n")


def test_counterparty_notice_block_with_wire_instructions_is_public():
    found = pairs_found("https://www.ranchoalamo.gov/cca/ppa-mesquite-flats.txt", _NOTICES)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "phone"), found
    assert not values_of(found, "email"), found


def test_customers_autopay_form_with_a_bank_line_stays_a_customer_record():
    body = ("AUTOPAY ENROLLMENT\nCustomer name: Leticia Vasquez\nPhone: (909) 338-2210\n"
            "Bank: Chase  ABA: 322271627  Account: 4159276630\n")
    found = pairs_found("https://www.ranchoalamo.gov/cca/autopay.txt", body)
    assert "Leticia Vasquez" in values_of(found, "customer_name"), found
