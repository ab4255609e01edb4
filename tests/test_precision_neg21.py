"""Red team neg21's causes: a council's or a block captains' roster table, a budget table with its account strings
and fund names, and a board applicant's contact line are public; a customer's consumer mailbox with a department
word in it ("tomwater@", "kparks@") is still the customer's."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "account_number", "email")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


def test_rosters_of_a_council_and_of_block_captains_are_public():
    council = ("<table><tr><th>Councilmember</th><th>Seat</th><th>Home address</th><th>Home phone</th></tr>"
               "<tr><td>Renata Okafor</td><td>At large</td><td>818 Pinegrove Ave, Harlow, MN 55402</td>"
               "<td>(612) 448-2093</td></tr></table>")
    seat = council.replace("Councilmember", "Name")
    captains = ("<table><tr><th>Block captain</th><th>Address</th><th>Phone</th></tr>"
                "<tr><td>Dmitri Havel</td><td>2204 Orchard Ln</td><td>(612) 448-7710</td></tr></table>")
    for body in (council, seat, captains):
        assert found("roster.html", body) == {}, body


def test_a_customer_table_is_still_a_customer_table():
    body = ("<table><tr><th>Name</th><th>Home address</th><th>Home phone</th><th>Account</th></tr>"
            "<tr><td>Renata Okafor</td><td>818 Pinegrove Ave, Harlow, MN 55402</td><td>(612) 448-2093</td>"
            "<td>55-3091877-02</td></tr></table>")
    result = found("shutoffs.html", body)
    assert result["customer_name"] == ["Renata Okafor"] and result["account_number"] == ["55-3091877-02"]


def test_a_budget_table_names_no_customer():
    body = ("<table><tr><th>Account</th><th>Fund</th><th>FY2027 Adopted</th></tr>"
            "<tr><td>204-471-818.016</td><td>Local Streets</td><td>$310,500</td></tr></table>")
    assert found("budget.html", body) == {}


def test_a_board_applicants_contact_line_is_public_and_a_callers_is_not():
    applicant = ("Board and Commission Applications\n"
                 "Teresa Lindqvist - 93 Alder Ct, Harlow, MN 55402 - (612) 448-3301 - Applying for the Parks Board.\n")
    assert "customer_name" not in found("applications.txt", applicant)
    caller = "Outage callback list\nTeresa Lindqvist - 93 Alder Ct, Harlow, MN 55402 - (612) 448-3301 - no power.\n"
    assert found("callbacks.txt", caller)["customer_name"] == ["Teresa Lindqvist"]


def test_a_customers_mailbox_with_a_department_word_in_it():
    for mailbox in ("tomwater@gmail.com", "kparks@yahoo.com", "sparks77@gmail.com", "jfinance@outlook.com"):
        body = (f"<p>Shutoff notice reprint. Ilse Brandt - acct 61-5580412-07 - 77 Birch St, Harlow. Contact on file "
                f"(612) 448-9012 / {mailbox}. Consumption 512 kWh.</p>")
        assert found("notice.html", body).get("email") == [mailbox], mailbox


def test_role_mailboxes_stay_role_mailboxes():
    from detectors.public_contacts import is_role_mailbox
    for local in ("cityclerk", "harlowparks", "info", "billing.dept"):
        assert is_role_mailbox(local, at_consumer_provider=True), local
    assert is_role_mailbox("pwbilling")  # an office's initials at its own or another organisation's domain
