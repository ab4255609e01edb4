"""Internal memos posted by mistake (red team memos29, second round): customers written into a memo's sentences as
lists, hurried call-centre notes, a customer's e-mail quoted in a reply.

Found:
- surnames each before their own account in brackets, in a list of such pairs ("Credit: Ikeda (...), Varga (...)");
- the later items of a list of customers and their homes apart by semicolons (not read as the city of the home
  before them);
- a note item opening with a lower-case given name and surname before the account's label, or with a surname
  in capitals before the home in brackets.

Hard negatives (not reported):
- council members with their districts in brackets, vendors with their purchase orders or invoices in brackets;
- a list of bidders (firms) and their addresses apart by semicolons;
- a note item opening with the desk's words ("will call acct ...", "rose garden acct ...") or an acronym or a
  street word in capitals before an address ("* MAIN (120 ...)", "- IVR (909) ...").
"""
from __future__ import annotations

from tests.detector_helpers import values_found

_CATEGORIES = ("customer_name", "address", "phone", "energy_usage", "account_number", "credential", "email")


def _found(text: str, name: str = "memo.txt") -> dict[str, list[str]]:
    return values_found(name, text, _CATEGORIES)


def test_surnames_each_before_their_bracketed_account():
    found = _found("Refunds of the double deposit go to: Ikeda (700-412-339-120), Varga (700-118-903-447) and "
                   "Okonkwo (700-556-210-834). Refunds post with the next cycle.\n")
    assert sorted(found["customer_name"]) == ["Ikeda", "Okonkwo", "Varga"]


def test_council_members_and_vendors_in_brackets_are_no_holders():
    found = _found("Roll call on item 4: Ikeda (District 2), Varga (District 4) and Obi (District 6) voted yes.\n\n"
                   "Purchase orders this week: Grainger (PO 4500331207), Fastenal (PO 4500331208) and Staples "
                   "(PO 4500331209).\n\n"
                   "Invoices approved: Varga Electric (Invoice 88231145), Ikeda Landscaping (Invoice 88231146).\n")
    assert not found.get("customer_name")


def test_customers_and_homes_listed_apart_by_semicolons():
    found = _found("Re-mail the opt-out notice to these customers, whose letters were returned: Lucia Ferreira, "
                   "2214 Verbena Ct; Tomasz Wojcik, 917 Palo Verde Ave; Marisol Castellanos, 48 E. Kingsley St.\n")
    assert sorted(found["customer_name"]) == ["Lucia Ferreira", "Marisol Castellanos", "Tomasz Wojcik"]
    assert len(found["address"]) == 3


def test_bidders_and_their_addresses_are_no_customers():
    found = _found("Bids received for the Ganesha Park restroom: Acme Paving Co., 1200 Mission Blvd; Ruiz Tile "
                   "Inc., 40 Orange Grove Ave; Park Electric, 77 Vine St.\n")
    assert not found.get("customer_name")


def test_hurried_note_items_open_with_their_customer():
    found = _found("Desk notes 3/14\n\n"
                   "- IVR (909) 620-3707 down 20 min at noon\n"
                   "* MAIN (120 E. Holt Ave) lobby printer jammed again\n\n"
                   "callbacks:\n"
                   "  * rosalind whitaker acct#700318844102 - high bill (1,142 kWh), spa heater, mailed audit form\n"
                   "  * GUTIERREZ (2251 N. Towne Ave) - CARE recert past due, cell (626) 555-0133, SA 0007120458\n")
    assert sorted(found["customer_name"]) == ["GUTIERREZ", "rosalind whitaker"]
    assert "1,142 kWh" in found["energy_usage"]
    assert "2251 N. Towne Ave" in found["address"]
    assert "120 E. Holt Ave" not in found.get("address", [])


def test_desk_words_before_an_account_are_no_name():
    found = _found("Desk notes 3/15\n\n"
                   "  * will call acct 700318844102 back friday re: payment plan\n"
                   "  * rose garden acct 700318844119 - City account, irrigation meter\n")
    assert not found.get("customer_name")

