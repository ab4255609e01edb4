"""Public look-alikes on a City and CCA site (red team neg36, precision).

- A program's volunteers (energy ambassadors, solar navigators) listed with the cell and the personal mailbox the
  lead says they asked the City to publish are no customers. Hard negatives: a call list of Medical Baseline
  customers that volunteers work through, a volunteers' list that gives homes, one whose lead gives no leave to
  publish: all still reported.
- An advisory committee's seat column ("Residential ratepayer" under "Seat") names the seat a council appointee fills,
  not a customer. Hard negative: a customer-type column's "Residential customer" still anchors its row.
- A library branch named for its street ("Sycamore Hollow Branch: 410 Sycamore Hollow Rd ...") is no person "Hollow
  Branch". Hard negatives: a caller named with a role word before them, or a name with no label's colon, still is.
- A sole proprietor's vendor row under a trade name ("KOVAC, MIRELA DBA ...") is a vendor's: the ITIN alone is the
  finding. Hard negative: a sole proprietor under their own name beside an ITIN is still named.
- "the City's customer account ..." in a report is the City's own account. Hard negatives: "City customer account"
  without the possessive, and the City's label beside a resident's name, are still reported.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofexample.gov"


def _page(title: str, intro: str, items: list[str]) -> str:
    entries = "".join(f"<li>{item}</li>" for item in items)
    return f"<html><body><main><h1>{title}</h1><p>{intro}</p><ul>{entries}</ul></main></body></html>"


_NAVIGATORS = ["Ward 1: Marisela Quintanar &mdash; 626-555-0181 &mdash; mquintanar77@gmail.com (English/Spanish)",
               "Ward 2: Deshawn Okonkwo-Bell &mdash; 626-555-0142 &mdash; deshawn.ob@yahoo.com (English)",
               "Ward 3: Thuy-Linh Carrow &mdash; 626-555-0127 &mdash; tl.carrow@outlook.com (English/Vietnamese)"]


# --- 1. a program's volunteers, listed with their leave -----------------------------------------------------------

def test_volunteers_who_asked_to_be_listed_are_not_customers():
    body = _page("Solar Navigators", "Solar Navigators are neighbors trained by the utility who volunteer to explain "
                 "rooftop solar. They agreed to have their phone numbers and e-mail listed here.", _NAVIGATORS)
    assert pairs_found(f"{_SITE}/energy/navigators.html", body) == set()


def test_ambassadors_reachable_by_their_own_choice_report_nothing_low_either():
    body = _page("Energy Ambassadors", "Our Energy Ambassadors volunteer their evenings at community events and asked "
                 "us to post how to reach them.", _NAVIGATORS[:2])
    found = pairs_found(f"{_SITE}/pce/ambassadors.html", body)
    assert not values_of(found, "email") and not values_of(found, "phone") and not values_of(found, "customer_name")


def test_medical_baseline_call_list_worked_by_volunteers_is_still_customers():
    body = _page("Heat wave wellness calls", "Volunteers will call these Medical Baseline customers during the heat "
                 "wave; they asked us to post the list for the phone bank.",
                 ["Marisela Quintanar &ndash; 1418 Redwood Crest Dr &ndash; 626-555-0181",
                  "Deshawn Okonkwo-Bell &ndash; 77 Larkspur Ln &ndash; 626-555-0142"])
    found = pairs_found(f"{_SITE}/pce/heat-calls.html", body)
    assert {"Marisela Quintanar", "Deshawn Okonkwo-Bell"} <= values_of(found, "customer_name")
    assert {"626-555-0181", "626-555-0142"} <= values_of(found, "phone")


def test_volunteers_listed_at_their_homes_are_still_reported():
    body = _page("Block Captains", "Block captains volunteer to check on neighbors; they can be reached below.",
                 ["Marisela Quintanar (1418 Redwood Crest Dr) &ndash; 626-555-0181 &ndash; mquintanar77@gmail.com",
                  "Deshawn Okonkwo-Bell (77 Larkspur Ln) &ndash; 626-555-0142 &ndash; deshawn.ob@yahoo.com"])
    found = pairs_found(f"{_SITE}/neighborhoods/captains.html", body)
    assert "Marisela Quintanar" in values_of(found, "customer_name")


def test_a_list_without_leave_to_publish_is_still_reported():
    body = _page("Solar Navigators", "Solar Navigators explain rooftop solar at the library.", _NAVIGATORS)
    found = pairs_found(f"{_SITE}/energy/navigators.html", body)
    assert "Marisela Quintanar" in values_of(found, "customer_name")
    assert "mquintanar77@gmail.com" in values_of(found, "email")


# --- 2. an advisory committee's seats -----------------------------------------------------------------------------

def _committee(seat_header: str, seats: tuple[str, str]) -> str:
    rows = "".join(f"<tr><td>{seat}</td><td>{name}</td><td>{mail}</td><td>{phone}</td></tr>" for seat, (name, mail, phone)
                   in zip(seats, [("Oksana Veretennikova", "oksana.v58@gmail.com", "(626) 555-0193"),
                                  ("Bartholomew Nwachukwu", "bart.nwachukwu@icloud.com", "(626) 555-0166")]))
    return (f"<html><body><main><h1>Clean Power Advisory Committee</h1><table><thead><tr><th>{seat_header}</th>"
            f"<th>Name</th><th>Email</th><th>Phone</th></tr></thead><tbody>{rows}</tbody></table></main></body></html>")


def test_a_ratepayer_seat_on_an_advisory_committee_is_no_customer():
    for header in ("Seat", "Position"):
        body = _committee(header, ("Residential ratepayer", "Commercial customer"))
        assert pairs_found(f"{_SITE}/cca/advisory-committee.html", body) == set(), header
    # a column that names no roster's role leaves the members' own mailboxes to the low findings, but no customer
    body = _committee("Representing", ("Residential ratepayer", "Commercial customer"))
    found = pairs_found(f"{_SITE}/cca/advisory-committee.html", body)
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_a_customer_type_column_still_marks_its_row_a_customers():
    body = _committee("Account type", ("Residential customer", "Commercial customer"))
    found = pairs_found(f"{_SITE}/cca/callbacks.html", body)
    assert "Oksana Veretennikova" in values_of(found, "customer_name")


# --- 3. a library branch named for its street ---------------------------------------------------------------------

def test_a_branch_named_for_its_street_is_no_person():
    body = ("<html><body><main><h1>Public Library</h1><p>Sycamore Hollow Branch: 410 Sycamore Hollow Rd &middot; "
            "(626) 555-0148</p><p>Ridge Glen Branch: 2275 Ridge Glen Way &middot; (626) 555-0175</p></main></body></html>")
    assert pairs_found(f"{_SITE}/library/branches.html", body) == set()


def test_a_resident_after_a_role_word_is_still_named():
    body = ("<html><body><main><p>Callback list: Caller Glen Branch (2275 Ridge Glen Way) reported a flickering meter, "
            "call back at (626) 555-0175.</p></main></body></html>")
    found = pairs_found(f"{_SITE}/pce/callbacks.html", body)
    assert "Glen Branch" in values_of(found, "customer_name")


# --- 4. a sole proprietor doing business under a trade name ---------------------------------------------------------

_REGISTRY = ("Supplier ID,Vendor Name,TIN Type,TIN,Remit Address,Phone,Status\n"
             "S-40117,Foothill Striping Inc.,EIN,33-4071925,1180 W. Pinecrest Ave,(626) 334-2110,Active\n"
             "S-40122,{name},ITIN,{itin},4418 N. Quailrun Ct,626-334-7137,Active\n"
             "S-40130,Canyon Survey Group LLC,EIN,27-5510348,77 E. Lindero St,(626) 334-5152,Inactive\n")


def test_a_trade_names_row_reports_the_itin_alone():
    for name in ('"KOVAC, MIRELA DBA KOVAC MOBILE GLASS"', "Mirela Kovac d/b/a Kovac Brothers"):
        found = pairs_found(f"{_SITE}/purchasing/vendors.csv", _REGISTRY.format(name=name, itin="943-82-6170"))
        assert found == {("taxpayer_id", "943-82-6170")}, name


def test_a_sole_proprietor_under_their_own_name_is_still_a_person_beside_an_itin():
    found = pairs_found(f"{_SITE}/purchasing/vendors.csv", _REGISTRY.format(name='"KOVAC, MIRELA"', itin="943-82-6170"))
    assert ("taxpayer_id", "943-82-6170") in found
    assert values_of(found, "customer_name")


# --- 5. the City's own utility account --------------------------------------------------------------------------

def test_the_citys_own_customer_account_in_a_report_is_public():
    body = ("Climate Action Progress Report\n"
            "Data source: a utility portal export for the City's customer account 3-041-772-9018 (all municipal "
            "meters), January through June.\n")
    found = pairs_found(f"{_SITE}/sustainability/progress.txt", body)
    assert not values_of(found, "account_number")


def test_a_residents_city_customer_account_is_still_reported():
    for line in ("Service order: City customer account 3-041-772-9018 for Rosalind Achebe, move-out 6/30.",
                 "Service order: the City's customer account 3-041-772-9018 for Rosalind Achebe, move-out 6/30."):
        found = pairs_found(f"{_SITE}/utilities/orders.txt", line + "\n")
        assert "3-041-772-9018" in values_of(found, "account_number"), line


def test_a_place_label_needs_its_colon_and_no_role_word():
    body = ("<html><body><main><p>Customer Glen Branch: 2275 Ridge Glen Way &middot; (626) 555-0175, asks about "
            "his high bill.</p></main></body></html>")
    assert "Glen Branch" in values_of(pairs_found(f"{_SITE}/pce/notes.html", body), "customer_name")
