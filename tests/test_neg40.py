"""Public look-alikes on a City site (red team neg40, precision): history, honours, and a firm's staff.

- History a page tells (a landmark's plaque, a walking tour's stops, a landmark register, a history's sentences: "built
  1911 for Edward Swift", "Original owner:", "(1923)", "1888 - 1931", "the Phillips Mansion, ..., home of Louis
  Phillips") and the people a proclamation or a recognition honours ("WHEREAS, ..., a teacher at ... High School,
  ..."), beside a customer's record on the same page or in the same packet (a case note left in the page, a bill
  appeal after a proclamation): the record's names, address, account and usage are reported, the history's and the
  honoree's names, addresses and years are not. Hard negatives: a customer whose own sentence mentions a landmark
  ("at 2655 W. Pomona Blvd, across from the Phillips Mansion") or whose form gives the year their home was built,
  all still reported.

- A firm's staff member, as a proposal's, a bid's, a contract award's or a staff report's text presents them (a firm's
  role: "Project Manager", "Principal-in-Charge", "Key Personnel", "Contractor's Project Manager"; a professional's
  credential after the name: "Daniel Kim, PE", "Ana Ruiz, AICP"; the firm named in the sentence: "Ana Garcia, Garcia
  Roofing, ..."), is reached on the firm's contract: the mobile and the first.last mailbox on the firm's domain
  given with them are the firm's public contacts. Hard negatives: the writer's own cell ("my cell"), a resident's
  number in the lines under a firm's block, a customer's own number in a bill dispute that names the contractor, all
  still reported.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import lines_pdf, pairs_found, values_found, values_of

_SITE = "https://www.cityofexample.gov"
_CONTACTS = ("customer_name", "address", "phone", "email", "account_number", "energy_usage")


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><main><h1>{title}</h1>{body}</main></body></html>"


# --- 1 and 2. history and honours beside a customer's record ----------------------------------------------------------

_RECORD = ("Case note: Customer Annelise Whitcombe (acct 3-041-228-7720) called about her bill of 1,940 kWh at 2655 W. "
           "Pomona Blvd; call her back at 909-555-0177.")
_RECORD_VALUES = {"customer_name": ["Annelise Whitcombe"], "account_number": ["3-041-228-7720"],
                  "energy_usage": ["1,940 kWh"], "address": ["2655 W. Pomona Blvd"], "phone": ["909-555-0177"]}
_LABELLED_RECORD = ("Customer: Thaddeus Okonkwo\nService Address: 1844 N. Orange Grove Ave\nAccount No.: 3-041-228-7719\n"
                    "Mr. Okonkwo disputes the May bill of 1,284 kWh.")
_LABELLED_VALUES = {"customer_name": ["Thaddeus Okonkwo", "Mr. Okonkwo"], "address": ["1844 N. Orange Grove Ave"],
                    "account_number": ["3-041-228-7719"], "energy_usage": ["1,284 kWh"]}


def _sorted(found: dict) -> dict:
    return {category: sorted(values) for category, values in found.items()}


def _beside_records(history: str) -> list[tuple[str, dict]]:
    """The history above and below each kind of record, as a text file and as a PDF, with what must be found."""
    cases = []
    for record, values in ((_RECORD, _RECORD_VALUES), (_LABELLED_RECORD, _LABELLED_VALUES)):
        for body in (f"{history}\n\n{record}", f"{record}\n\n{history}"):
            cases += [(name, _sorted(values)) for name in (("page.txt", body), ("page.pdf", lines_pdf(body.split("\n"))))]
    return cases


_HISTORIES = {
    "tour stop told in a sentence": "Hawthorne Heights Walking Tour\nStop 1: 455 E. Jefferson Ave. Built 1908 for Arthur "
                                    "Lindqvist, publisher of the Valley Courier.\nStop 3: 701 N. Gibbs St. This Tudor "
                                    "cottage was built for Dr. Walter Haynesworth in 1926 and named after his wife.",
    "tour stops on lines of their own": "1.  Lindqvist House\n    612 W. Alvarado St\n    Built 1904 for Arthur "
                                        "and Emma Lindqvist\n2.  Haynesworth Residence\n    745 N. Park Ave\n"
                                        "    Original owner: Ada Haynesworth",
    "dated list": "Fairmount Historic District\nArthur Lindqvist, 588 W. Alvarado St. (1911). A citrus grower's "
                  "Craftsman home.\nAda Haynesworth, 745 N. Park Ave. (1923).",
    "landmark register block": "Landmark No.: 15\nName: Haddon Mansion\nAddress: 2640 W. Fairplex Blvd\n"
                               "Original Owner: Silas Haddon\nYear Built: 1875",
    "plaque": "ON THIS SITE\nstood the home of\nJUDGE HORACE T. PEMBERTON\n1218 N. Garey Avenue\n1888 - 1931\n"
              "Erected by the Valley Historical Society, 1976",
    "history sentences": "Ignacio Palomino built the adobe at 491 E. Arrow Highway in 1854.\nMrs. Henrietta Carrow "
                         "lived at 1075 N. Gibbs St until her death in 1912.\nThe Haddon Mansion, 2640 W. Fairplex "
                         "Blvd, home of Silas Haddon, will receive a new roof.",
    "proclamation": "WHEREAS, Marisela Gutierrez-Ybarra, a teacher at Garey High School, 321 W. Lexington Ave, has "
                    "served the students of the City for thirty years; and\nWHEREAS, she founded the robotics club;",
}


@pytest.mark.parametrize("kind", sorted(_HISTORIES))
def test_history_and_honours_beside_a_customers_record_report_the_record_only(kind):
    for (name, body), expected in _beside_records(_HISTORIES[kind]):
        assert _sorted(values_found(name, body, _CONTACTS)) == expected, (kind, name, body)


def test_customer_whose_own_sentence_mentions_a_landmark_is_still_reported():
    text = ("Case note 2025-0418: Customer Rosalind Achebe (acct 3-041-228-7730) at 2651 W. Fairplex Blvd, across from "
            "the Haddon Mansion (1875), called about a bill of 2,210 kWh; call her back at 909-555-0178.")
    found = values_found("case_notes.txt", text, _CONTACTS)
    assert found == {"customer_name": ["Rosalind Achebe"], "account_number": ["3-041-228-7730"],
                     "address": ["2651 W. Fairplex Blvd"], "energy_usage": ["2,210 kWh"], "phone": ["909-555-0178"]}


def test_rebate_form_giving_the_year_the_home_was_built_is_still_reported():
    text = ("HOME ENERGY UPGRADE APPLICATION\nApplicant: Desmond Ferreira-Kohl\nService Address: 3318 N. Towne Ave\n"
            "Account No.: 3-041-228-7731\nYear Built: 1948\nOriginal windows: yes")
    found = values_found("rebate_application.txt", text, _CONTACTS)
    assert found["address"] == ["3318 N. Towne Ave"]
    assert found["account_number"] == ["3-041-228-7731"]
    assert found["customer_name"] == ["Desmond Ferreira-Kohl"]


def test_house_numbers_that_look_like_old_years_are_no_history():
    text = ("Utility meter access log\nPhoto of the meter base at 1888 W. Holt Ave, home of Cressida Vanterpool, "
            "showing the locked gate\nService at 1912 - 1914 N. Towne Ave for Octavian Belasco, who asked for a call at "
            "909.555.0119.")
    found = values_found("meter_log.txt", text, _CONTACTS)
    assert found["customer_name"] == ["Cressida Vanterpool", "Octavian Belasco"]
    assert "1888 W. Holt Ave" in found["address"]
    assert found["phone"] == ["909.555.0119"]


def test_case_notes_verbs_of_honour_leave_the_customers_address_reported():
    text = ("Customer Ottilie Brandvold (acct 3-041-228-7732) asked about her 1,406 kWh bill. Staff will honor the "
            "payment arrangement and recognize the late fee was in error. Mailing address: 4410 N. Towne Ave. A "
            "dedicated circuit was added in 2019.")
    found = values_found("case_notes.txt", text, _CONTACTS)
    assert found["address"] == ["4410 N. Towne Ave."]
    assert found["customer_name"] == ["Ottilie Brandvold"]


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
