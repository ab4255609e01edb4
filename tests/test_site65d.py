"""Labelled account numbers in other formats than SCE's (third pass) and usage columns named by their period (red
team site65d).

- An account's "reference" as a municipal utility's screen labels it ("Acct Ref", "Account Reference"), read as the
  plain "Acct" is. Hard negative: a bare "Ref" / "Reference No." of an agenda item or a file.
- A community choice program's opt-out confirmation and its enrolment number, by "CCA" or by the program's acronym
  ("Opt out confirmation no.", "SVCE enrolment #"). Hard negatives: a program summary's opt-out and enrolment
  counts, a hotel's "Confirmation No.", an acronym's enrolment report.
- The one addressee of an organisation's e-mail about an account its body gives (a CCA's "noreply@" to a customer).
  Hard negatives: the same kind of mail with no account (a newsletter), a resident's own mail to a friend: no name.
- A program's number column cut short with its period ("App. ID", "Appl. No.") in a customers' table. Hard negative:
  the City's own grant applications.
- SAP's business partner cut short ("Bus. Partner"), or "BP #" beside SAP's contract account, installation or
  premise columns. Hard negatives: a transit page's "Bus Partner" agencies, a building permit list's "BP #".
- A usage column headed by "Use" and the period it covers ("Use 2023", "Use Oct 22-Sep 23"). Hard negatives: a
  parcel list's "Land Use 2024", the City's own facilities' "Use FY24".
"""
from __future__ import annotations

from email.message import EmailMessage

from tests.detector_helpers import pairs_found

_SITE = "https://www.cityofsanmarcelo.org"


def _html(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/utilities/page.html", f"<html><body><main>{body}</main></body></html>")


def _table(head: list[str], *rows: list[str]) -> str:
    return ("<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")


def _categories(found: set[tuple[str, str]], value: str) -> set[str]:
    return {category for category, v in found if value in v}


# -- "Acct Ref" -------------------------------------------------------------------------------------------------------

def test_account_reference_labels_a_customers_account():
    found = _html("<p>Shutoff hold granted to Tomasz Wielgus (4410 Larchmont Ave). Account Reference 5512-0034-7; "
                  "medical certificate on file.</p><ul><li>Faith Omondi, 77 Sycamore Ln &ndash; Acct Ref. "
                  "AR-0091327</li></ul>")
    assert ("account_number", "5512-0034-7") in found
    assert ("account_number", "AR-0091327") in found


def test_a_bare_reference_number_stays_public():
    found = _html("<p>Item 12: Approve the cooperative purchase. Reference No. 24-0113; Ref: Council File 2024-88. "
                  "Contact the Clerk at (760) 744-1050.</p>")
    assert not {c for c, _ in found} & {"account_number", "customer_name"}


# -- opt-out confirmation, enrolment ------------------------------------------------------------------------------

def test_opt_out_confirmation_and_program_enrolment_numbers():
    found = _html("<p>Caller Ms. Rukhsana Baig asked us to cancel her return to bundled service; her opt out "
                  "confirmation no. is 4417-209-81 and she can be reached at 442-555-0193.</p>"
                  "<p>Mr. Ignacio Bermudez (1208 Vía Esperanza) kept service: SVCE enrolment # 61-880412.</p>")
    assert ("account_number", "4417-209-81") in found
    assert ("account_number", "61-880412") in found


def test_program_counts_and_other_confirmations_stay_public():
    found = _html("<h2>Quarterly enrollment report</h2><p>Opt-out requests received: 1,204 (opt-out rate 3.9%). "
                  "SJCE enrollment totals: 14,220 residential accounts. SVCE Enrollment Report No. 3 was adopted by "
                  "Resolution 2024-113.</p><p>Board retreat lodging: Confirmation No. 88213094, Hotel Del Sol, "
                  "(831) 555-0100.</p>")
    assert not {c for c, _ in found} & {"account_number", "customer_name"}


# -- the addressee of an account e-mail -------------------------------------------------------------------------------

def _eml(sender: str, to: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, "Your request"
    m.set_content(body)
    return bytes(m)


def test_the_one_addressee_of_an_account_email_is_the_customer():
    found = pairs_found(f"{_SITE}/archive/notice.eml", _eml(
        "Silicon Valley Clean Energy <customercare@svcleanenergy.org>", "Thanh Hai Vo <thvo.home@gmail.com>",
        "Hello,\n\nWe have processed the rate change you asked for.\n\nService Agreement ID: 7730018452\n"
        "Effective with your next bill.\n"))
    assert ("email", "thvo.home@gmail.com") in found
    assert ("customer_name", "Thanh Hai Vo") in found


def test_a_newsletter_or_a_residents_own_mail_names_no_customer():
    newsletter = pairs_found(f"{_SITE}/archive/news.eml", _eml(
        "City of San Marcelo <news@cityofsanmarcelo.org>", "Dana Whitfield <dwhitfield@yahoo.com>",
        "The library reopens on Monday. Council meets on the 14th (Resolution 2024-113, PO 24-00813).\n"))
    # (a personal mailbox is flagged wherever it is published, the email detector's rule; no name is a customer's)
    assert ("customer_name", "Dana Whitfield") not in newsletter
    friend = pairs_found(f"{_SITE}/archive/letter.eml", _eml(
        "Marisol Duarte <mduarte77@gmail.com>", "Kenji Oda <kenji.oda@outlook.com>",
        "Kenji - the block party permit is Permit BLD24-01234; see you Saturday.\n"))
    assert not {c for c, _ in friend} & {"customer_name", "account_number"}


# -- "Use <period>" columns -------------------------------------------------------------------------------------------

def test_a_use_column_named_by_its_period_in_a_customers_row():
    found = _html(_table(["Resident", "Home address", "Phone", "Use Oct 22-Sep 23"],
                         ["Akosua Mensah", "3381 Paseo Robles", "(442) 813-2290", "9,412"],
                         ["Lars Eriksen", "19 Windmill Ct", "442-813-7715", "6,075"]))
    assert ("energy_usage", "9,412") in found
    assert ("energy_usage", "6,075") in found


def test_land_use_and_the_citys_own_facilities_stay_public():
    parcels = _html(_table(["Owner", "APN", "Land Use 2024", "Acres"],
                           ["Rancho Verde Partners LLC", "2281-044-019", "2104", "12.5"],
                           ["Mission Hills Church", "2281-051-003", "7100", "3.1"]))
    assert not {c for c, _ in parcels} & {"energy_usage", "customer_name", "account_number"}
    facilities = _html("<h2>Municipal facilities energy use (Climate Action Plan)</h2>" + _table(
        ["Facility", "Address", "Use FY24"],
        ["City Hall", "1 Civic Center Dr", "412,300"], ["Corporation Yard", "201 Industrial Way", "188,020"]))
    assert not {c for c, _ in facilities} & {"energy_usage", "customer_name"}


# -- a program's number cut short with its period ----------------------------------------------------------------------

def test_an_abbreviated_application_column_in_a_customers_table():
    found = _html(_table(["Appl. No.", "Homeowner", "Site", "Phone", "System kW"],
                         ["HP-25-00417", "Yesenia Calderón", "905 Cypress Point Rd", "(442) 390-1184", "7.2"],
                         ["HP-25-00431", "Bogusław Nowicki", "16 Quarry Hill Ln", "442-390-5521", "5.6"]))
    assert ("account_number", "HP-25-00417") in found


def test_a_public_grant_table_with_abbreviated_application_numbers_stays_public():
    found = _html("<h2>City grant applications</h2>" + _table(
        ["Program", "Appl. No.", "Award"],
        ["Caltrans Active Transportation Program, Cycle 7", "ATP7-08-014", "$2,450,000"],
        ["CEC Clean Transportation Program", "GFO-23-603", "$1,200,000"]))
    assert not {c for c, _ in found} & {"account_number", "customer_name"}


# -- SAP's business partner cut short ----------------------------------------------------------------------------------

def test_a_business_partner_cut_short_in_a_billing_extract():
    found = _html(_table(["Customer", "Premise Address", "Bus. Partner", "Contract Acct"],
                         ["Olufemi Adeyemi", "4102 Tamarind Ave", "1047736120", "200018834405"],
                         ["Ruth Ellery", "55 Copper Basin Rd", "1039981457", "200019920116"]))
    assert ("account_number", "1047736120") in found
    assert ("customer_name", "Olufemi Adeyemi") in found


def test_a_transit_pages_bus_partners_stay_public():
    found = _html("<h2>Regional transit connections</h2>" + _table(
        ["Bus Partner", "Routes", "Customer Information"],
        ["Omnitrans", "61, 66, 83", "(909) 379-7100"], ["Foothill Transit", "291, 492", "(800) 743-3463"]))
    assert not {c for c, _ in found} & {"account_number", "customer_name", "phone"}


def test_a_bp_column_beside_sap_contract_accounts_is_the_business_partner():
    found = _html(_table(["Account holder", "Service address", "BP #", "Contract Account", "Installation No."],
                         ["Svetlana Orlova", "612 Agave Ter", "1003318842", "200077120934", "4001827733"],
                         ["Hamza Qureshi", "2900 Loma Linda Dr", "1003319907", "200077121555", "4001828104"]))
    assert ("account_number", "1003318842") in found


def test_a_building_permits_bp_column_stays_public():
    found = _html("<h2>Building permits issued - March</h2>" + _table(
        ["BP #", "Contractor", "Project address", "Valuation"],
        ["BP24-00318", "Sunrun Installation Services", "1440 Valle Vista Dr", "$24,500"],
        ["BP24-00322", "Tesla Energy Operations", "77 Crestline Ct", "$31,200"]))
    assert not {c for c, _ in found} & {"account_number", "customer_name"}
