"""Public look-alikes on a City site (red team neg40, precision): a firm's staff in its proposal, bid or award.

- A firm's staff member, as a proposal's, a bid's, a contract award's or a staff report's text presents them (a firm's
  role: "Project Manager", "Principal-in-Charge", "Key Personnel", "Contractor's Project Manager"; a professional's
  credential after the name: "Daniel Kim, PE", "Ana Ruiz, AICP"; the firm named in the sentence: "Ana Garcia, Garcia
  Roofing, ..."), is reached on the firm's contract: the mobile and the first.last mailbox on the firm's domain
  given with them are the firm's public contacts. Hard negatives: the writer's own cell ("my cell"), a resident's
  number in the lines under a firm's block, a customer's own number in a bill dispute that names the contractor, all
  still reported.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_found, values_of

_SITE = "https://www.cityofexample.gov"
_CONTACTS = ("customer_name", "address", "phone", "email", "account_number", "energy_usage")


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><main><h1>{title}</h1>{body}</main></body></html>"


# --- 3. a firm's staff in its proposal, bid, award or a staff report -------------------------------------------------

_PROPOSAL = """RESPONSE TO REQUEST FOR PROPOSALS No. 2025-14
Citywide Pavement Management Program
Submitted by: Halvorsen Engineering Group
1200 E. Colorado Blvd, Suite 300, Pasadena, CA 91106

Project Manager: Tobias Halvorsen, PE
Office: (626) 555-0190
Mobile: (626) 555-0191
Email: thalvorsen@halvorsen-eng.com

Key Personnel
Priya Raghunathan, PE, QSD - Deputy Project Manager
priya.raghunathan@halvorsen-eng.com | cell (909) 555-0144
"""


def test_proposals_staff_block_reports_nothing():
    assert values_found("rfp_2025_14_response.txt", _PROPOSAL, _CONTACTS) == {}
    assert values_found("rfp_2025_14_response.pdf", lines_pdf(_PROPOSAL.split("\n")), _CONTACTS) == {}


def test_contract_awards_project_manager_reports_nothing():
    award = ["NOTICE OF CONTRACT AWARD", "Project: Fairview Road Rehabilitation",
             "Contractor: Moraga Paving Co.", "Contractor's Project Manager: Desmond Achterberg",
             "Cell: 714-555-0172", "desmond.achterberg@moragapaving.com", "Contract Amount: $1,284,500.00"]
    assert values_found("award_notice.pdf", lines_pdf(award), _CONTACTS) == {}


def test_consultants_manager_after_an_honorific_reports_nothing():
    body = _page("Staff Report: Climate Action Plan Update",
                 "The consultant's project manager, Ms. Ingrid Solvang (ingrid.solvang@terrabridgeplanning.com, "
                 "562-555-0130), will lead the community outreach. Ms. Solvang has managed twelve similar plans.")
    assert pairs_found(f"{_SITE}/council/staff-report-cap.html", body) == set()


def test_principal_in_charge_with_a_cell_reports_nothing():
    body = _page("Contract Award: Civic Center Roof",
                 "The contract was awarded to Oduya Roofing Consultants. Principal-in-Charge: Chidi Oduya, AICP, cell "
                 "(909) 555-0148, chidi.oduya@oduyaroofing.com")
    assert pairs_found(f"{_SITE}/purchasing/awards.html", body) == set()


def test_contractors_list_with_the_firm_in_each_line_reports_nothing():
    body = _page("Participating solar installers",
                 "Lorenzo Bettencourt, Bettencourt Electric, 1200 E. Mission Blvd, cell (909) 555-0111, "
                 "lorenzo.bettencourt@bettencourtelectric.com",
                 "Marisol Quintanar, Quintanar Roofing, 455 W. Holt Ave, mobile (626) 555-0122, "
                 "marisol.quintanar@quintanarroofing.net")
    assert pairs_found(f"{_SITE}/energy/installers.html", body) == set()


def test_writers_own_cell_beside_a_firm_role_is_still_reported():
    body = _page("Letters", "I am a project manager at a local firm, and my cell is (909) 555-0163; the new bike lanes "
                 "on Holt are dangerous.")
    assert values_of(pairs_found(f"{_SITE}/news/letters.html", body), "phone") == {"(909) 555-0163"}


def test_residents_number_under_a_firms_block_is_still_reported():
    lines = ["Project Manager: Tobias Halvorsen, PE", "thalvorsen@halvorsen-eng.com",
             "Resident contact for the street closure: Wendell Okoro, cell (909) 555-0175"]
    found = values_found("closure_notice.pdf", lines_pdf(lines), _CONTACTS)
    assert found == {"phone": ["(909) 555-0175"]}


def test_customers_dispute_naming_the_contractor_still_reports_the_customer():
    text = ("Case note 2025-0412: Customer Annelise Whitcombe (acct 3-041-228-7720) at 2655 W. Pomona Blvd called about "
            "a bill of 1,940 kWh. She says the contractor, Bettencourt Electric (project manager Lorenzo Bettencourt, "
            "909-555-0111), wired her panel wrong. Her cell is 909-555-0177.")
    found = values_found("case_notes.txt", text, _CONTACTS)
    assert found["phone"] == ["909-555-0177"]
    assert found["customer_name"] == ["Annelise Whitcombe"]
    assert found["address"] == ["2655 W. Pomona Blvd"]
    assert found["account_number"] == ["3-041-228-7720"]
