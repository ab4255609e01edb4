"""Customers written about in prose in a city's case documents (red team prose36, part a).

- The party a hearing decision defines by a term ("Appellant") whose account a finding gives: the caption "IN RE:
  Appeal of NAME, Appellant"; the service address and the number on file that a numbered or bulleted finding opening
  on the term calls the party's ("1. Appellant receives electric service at ...", "- Appellant's telephone number on
  file, ..."). Hard negatives: the City Clerk's office and the hearing room in findings that open on the term, and a
  zoning appeal's appellant, whom no account ties.
- Lists in a sentence: the holders of the accounts an audit just listed ("The holders, A and B, each ..."); claimants
  given with their homes that the next sentence calls customers all together ("All three are customers of ...").
  Hard negatives: the reviewer a sentence after the accounts names; speakers with homes whom the next sentence calls
  members of a neighborhood watch.
- The second party to an account: a tenant who "told staff" about the account for a home that is "still in the
  name of her landlord, NAME", and a home's service that "remains in the name of" a deceased holder. Hard negatives: a
  lease in someone's name, the staff member a tenant spoke to.
- A firm's published contacts beside a case: a claimant's attorney with the firm's phone and mailbox, a contractor a
  newsletter sends readers to ("reach them at ..."). True case: a customer's own number after a firm she works for.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.cityofpomona.example.gov/hearings"

_DECISION_TXT = """\
CITY OF POMONA - UTILITY HEARING OFFICER

DECISION UHO-25-31
==================

IN RE: Appeal of Teodora Valcheva-Rusk, Appellant

Hearing Officer: Ignatius Obuya

I. Findings
-----------
1. Appellant receives electric service at 2280 Wrenfield Terrace, Apt 4
under Pomona Choice Energy account number
3-118-5520-74.

2. Appellant attended the hearing at the Council Chambers, 505 South Garey Avenue.

3. Appellant may file a further appeal with the City Clerk at 505 South Garey Avenue, Pomona.

II. Order
---------
The late fees are waived.
"""


def test_a_text_decision_names_its_appellant_in_an_in_re_caption_and_gives_the_service_address_of_a_finding():
    found = pairs_found(f"{_SITE}/uho-25-31.txt", _DECISION_TXT)
    assert "Teodora Valcheva-Rusk" in values_of(found, "customer_name")
    addresses = values_of(found, "address")
    assert any(a.startswith("2280 Wrenfield Terrace") for a in addresses)
    assert not any("Garey" in a for a in addresses)  # the hearing room and the City Clerk's office
    assert "Ignatius Obuya" not in values_of(found, "customer_name")


def _bulleted_decision() -> bytes:
    return lines_pdf([
        "BEFORE THE ADMINISTRATIVE HEARING OFFICER OF THE CITY OF POMONA",
        "In the Matter of the Appeal of BARNABY OKONKWO-LISLE, Appellant, from a Notice of Disconnection.",
        "Case No. AH-25-12 DECISION AND ORDER",
        "FINDINGS OF FACT",
        "\u2022 Appellant is the customer of record for electric service at 961 Larkspur Hollow, Pomona, CA 91768,",
        "billed under SCE customer account 7004 5521 8830.",
        "\u2022 Appellant's telephone number on file, 626-555-0187, was out of service when the notice was sent.",
        "\u2022 Appellant was heard at City Hall, 505 S. Garey Ave., on May 2, 2025.",
        "Dated: May 20, 2025",
        "Ignatius Obuya, Hearing Officer",
    ])


def test_bulleted_findings_that_open_on_the_appellant_give_the_service_address_and_the_number_on_file():
    found = pairs_found(f"{_SITE}/ah-25-12.pdf", _bulleted_decision())
    assert "BARNABY OKONKWO-LISLE" in values_of(found, "customer_name")
    addresses = values_of(found, "address")
    assert any(a.startswith("961 Larkspur Hollow") for a in addresses)
    assert not any("Garey" in a for a in addresses)  # City Hall, where the hearing was held
    assert "626-555-0187" in values_of(found, "phone")


_ZONING = """\
ZONING ADMINISTRATOR - DECISION ZA-25-07

IN RE: Appeal of Cormac Delahunt-Reyes, Appellant

1. Appellant resides at 1447 Juniper Bluff Road and appeals the approval of a second dwelling unit next door.
2. Appellant's telephone number on file, 909-555-0163, was used to schedule the site visit.
"""


def test_a_zoning_appeal_whose_appellant_no_account_ties_names_no_customer():
    found = pairs_found(f"{_SITE}/za-25-07.txt", _ZONING)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")
    assert not values_of(found, "phone")


_CLAIMS = """\
<html><body>
<h1>Consent Calendar Item 7-B: Rejection of Claims</h1>
<p>Claim of Priyanka Venkataraman, on behalf of herself and her tenant, Oluwaseun Adeyemi-Brandt: a refrigerator and
insulin lost after a 30-hour power outage at 1187 Ocotillo Bend. Amount claimed: $910.00. The claimant is represented
by Graciela Montalbán of Montalbán &amp; Whitcombe LLP, (626) 555-0190, claims@montalbanwhitcombe.com.</p>
<p>Prepared by Desmond Achterberg, Risk Manager.</p>
</body></html>
"""


def test_a_claimants_attorney_named_with_the_firms_phone_and_mailbox_is_no_party_of_the_claim():
    found = pairs_found(f"{_SITE}/claims-7b.html", _CLAIMS)
    assert "Oluwaseun Adeyemi-Brandt" in values_of(found, "customer_name")
    assert any(a.startswith("1187 Ocotillo Bend") for a in values_of(found, "address"))
    assert "(626) 555-0190" not in values_of(found, "phone")
    assert "claims@montalbanwhitcombe.com" not in values_of(found, "email")


def test_a_customers_own_number_after_a_firm_that_is_not_a_legal_form_is_still_theirs():
    text = ("<p>Claim of Priyanka Venkataraman, tenant at 1187 Ocotillo Bend, SCE account 7004 2218 9031: spoiled "
            "food after the outage. She works for Montalbán Bakery and asked to be called at (626) 555-0191.</p>")
    found = pairs_found(f"{_SITE}/claims-7c.html", text)
    assert "(626) 555-0191" in values_of(found, "phone")


_NEWSLETTER = """\
<html><body>
<h2>Business Spotlight: Tortillería Las Cuatro Milpas</h2>
<p>The bakery's new rooftop array was put up by Sunward Roofing &amp; Solar; reach them at (909) 555-0148 or
hello@sunwardsolar.com for a free estimate.</p>
</body></html>
"""


def test_a_newsletter_sends_readers_to_reach_the_contractor_that_did_the_work():
    found = pairs_found(f"{_SITE}/newsletter.html", _NEWSLETTER)
    assert "(909) 555-0148" not in values_of(found, "phone")


def _audit(*closing: str) -> bytes:
    return lines_pdf([
        "INTERNAL AUDIT - MANUAL RATE CHANGES, FY 2025",
        "Finding 2: Rate plans changed without a request",
        "Two accounts were switched from TOU-D-5-8PM to",
        "TOU-D-PRIME with no request on file: 2-38-114-5527",
        "and 2-41-902-3318.",
        *closing,
        "Recommendation: require a documented request for every change.",
    ])


def test_the_holders_of_accounts_an_audit_lists_are_the_accounts_customers():
    found = pairs_found(f"{_SITE}/audit.pdf", _audit(
        "The holders, Wilhelmina Okorie-Strand and",
        "Thaddeus Bjornstad-Mensah, each paid more over the summer."))
    names = " / ".join(values_of(found, "customer_name"))
    assert "Wilhelmina Okorie-Strand" in names
    assert "Bjornstad-Mensah" in names


def test_a_sentence_after_an_audits_accounts_that_names_its_reviewer_names_no_holder():
    found = pairs_found(f"{_SITE}/audit.pdf", _audit(
        "The review was performed by Wilhelmina Okorie-Strand, Senior Auditor."))
    assert not any("Okorie" in n for n in values_of(found, "customer_name"))


_CLAIMS_LIST = """\
<html><body>
<h1>Item 5-A: Rejection of Claims</h1>
<p>Claims were received from Anneliese Marchetti-Obi (2719 Sandpiper Row), Bartholomew Nwankwo (88 Quail Hollow
Lane) and Ximena Estrada-Lund (1405 Cattail Court), each stating that a power surge on June 9 ruined a furnace board.
All three are customers of Pomona Choice Energy.</p>
<p>Staff recommends that the claims be rejected and referred to Southern California Edison.</p>
</body></html>
"""


def test_a_list_of_claimants_with_their_homes_that_the_next_sentence_calls_customers():
    found = pairs_found(f"{_SITE}/claims-5a.html", _CLAIMS_LIST)
    assert {"Anneliese Marchetti-Obi", "Bartholomew Nwankwo", "Ximena Estrada-Lund"} <= values_of(found, "customer_name")
    addresses = values_of(found, "address")
    for street in ("2719 Sandpiper Row", "88 Quail Hollow", "1405 Cattail Court"):
        assert any(a.startswith(street) for a in addresses), street


def test_speakers_with_homes_that_a_later_sentence_calls_no_customers_are_not_reported():
    text = ("<p>Public comment was given by Anneliese Marchetti-Obi (2719 Sandpiper Row), Bartholomew Nwankwo (88 Quail "
            "Hollow Lane) and Ximena Estrada-Lund (1405 Cattail Court), who asked for a crosswalk on Towne Avenue. "
            "All three are members of the Phillips Ranch neighborhood watch.</p>")
    found = pairs_found(f"{_SITE}/minutes.html", text)
    assert not values_of(found, "customer_name")


_OMBUDSMAN = """\
<html><body>
<h2>Case 25-O-204: landlord and tenant</h2>
<p>The tenant, Rosalind Achterberg-Nwosu, told staff that the SCE account for 1719 Meadowlark Terrace, Apt 3 is still
in the name of her landlord, Cornelius Vandermeer. Mr. Vandermeer receives the bills at his home, 88 Bittern Lane,
Pomona 91768. The case was handled by Ombudsman Analyst Gwendolyn Ferreira-Oduya.</p>
<h2>Case 25-O-209: deceased account holder</h2>
<p>A daughter called about her late father's account. The service at 1931 Goldfinch Lane remains in the name of
Bartholomew Stavropoulos-Kim, and the estate has not transferred it.</p>
</body></html>
"""


def test_the_tenant_and_the_landlord_in_whose_name_the_account_for_the_tenants_home_is():
    found = pairs_found(f"{_SITE}/ombudsman.html", _OMBUDSMAN)
    names = values_of(found, "customer_name")
    assert {"Rosalind Achterberg-Nwosu", "Cornelius Vandermeer"} <= names
    assert not any("Ferreira" in n for n in names)  # the analyst who handled the case
    addresses = values_of(found, "address")
    assert any(a.startswith("1719 Meadowlark Terrace") for a in addresses)
    assert any(a.startswith("88 Bittern Lane") for a in addresses)


def test_the_deceased_holder_in_whose_name_a_homes_service_remains():
    found = pairs_found(f"{_SITE}/ombudsman.html", _OMBUDSMAN)
    assert "Bartholomew Stavropoulos-Kim" in values_of(found, "customer_name")
    assert any(a.startswith("1931 Goldfinch Lane") for a in values_of(found, "address"))


def test_a_lease_in_someones_name_makes_no_customer():
    text = "<p>The lease at 1931 Goldfinch Lane is in the name of Bartholomew Stavropoulos-Kim, who sublets the garage.</p>"
    assert not values_of(pairs_found(f"{_SITE}/code.html", text), "customer_name")


def test_the_staff_member_a_tenant_told_is_not_a_customer():
    text = ("<p>The tenant, Rosalind Achterberg-Nwosu, told Customer Care Supervisor Ignatius Obuya that the SCE account "
            "for 1719 Meadowlark Terrace, Apt 3 is still in the name of her landlord.</p>")
    names = values_of(pairs_found(f"{_SITE}/ombudsman.html", text), "customer_name")
    assert "Rosalind Achterberg-Nwosu" in names
    assert not any("Obuya" in n for n in names)


_PREVIOUS_OWNER = """\
<html><body>
<h3>Service left in the wrong name</h3>
<p>After a new family moved into 2206 Wintergreen Court, the previous owner's account was never closed. The previous
owner, Leopold Szczepanski-Moreau, was still receiving bills at his new address, 7415 Ironbark Drive, Upland.</p>
</body></html>
"""


def test_the_previous_owner_who_still_holds_the_account_and_the_billing_address_he_gets_the_bills_at():
    found = pairs_found(f"{_SITE}/ombudsman-cases.html", _PREVIOUS_OWNER)
    assert "Leopold Szczepanski-Moreau" in values_of(found, "customer_name")
    assert any(a.startswith("7415 Ironbark Drive") for a in values_of(found, "address"))


def test_a_history_pages_previous_owner_of_a_landmark_is_no_party():
    text = ("<p>The previous owner, Leopold Szczepanski-Moreau, lived at 7415 Ironbark Drive until 1961, when the house "
            "was given to the Historical Society.</p>")
    found = pairs_found(f"{_SITE}/history.html", text)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


_MASTER_METER = """\
<html><body>
<p>Three tenants of the eight-unit building at 1530 Pipit Street say the owner divides a single master-metered PCE
account among the units. The account, 700-412-558-903, is in the name of the owner, Evander Kowalczyk-Abara, who lives
out of state.</p>
<p>The tenants are Marisol Quintanilla-Hart (Unit 2), Oyelaran Babatunde (Unit 5) and Henrietta Vasquez-Lyle
(Unit 8). Ms. Quintanilla-Hart showed staff the owner's invoice for 2,914 kWh in August. Ms. Vasquez-Lyle asks to be
reached at (909) 555-0172.</p>
<p>The owner's mailing address is 6620 Cottonwood Ridge Road, Reno, NV 89511.</p>
<p>Staff contact: Ignatius Obuya, Housing Division.</p>
</body></html>
"""


def test_a_memo_lists_the_tenants_of_a_master_metered_account_and_the_owners_mailing_address():
    found = pairs_found(f"{_SITE}/memo.html", _MASTER_METER)
    names = values_of(found, "customer_name")
    assert {"Marisol Quintanilla-Hart", "Oyelaran Babatunde", "Henrietta Vasquez-Lyle"} <= names
    assert not any("Obuya" in n for n in names)
    assert any(a.startswith("6620 Cottonwood Ridge Road") for a in values_of(found, "address"))


def test_a_list_of_residents_with_no_account_or_usage_names_no_customer():
    text = ("<p>The residents are Marisol Quintanilla-Hart (Unit 2), Oyelaran Babatunde (Unit 5) and Henrietta "
            "Vasquez-Lyle (Unit 8). They asked the Council for a crosswalk on Pipit Street.</p>")
    assert not values_of(pairs_found(f"{_SITE}/minutes.html", text), "customer_name")
