"""Red team city20's causes in running text: the household's usage a staff member states in the paragraph after a
record, a phone alone on the line under a record cut into short lines, and a story's next paragraph that goes on
about the person the last one named ("When her heater failed ...")."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def test_the_households_usage_stated_by_a_named_staff_member_after_the_record():
    page = ("<p>Greta Kuehl of 412 W Elm St addressed the Board regarding the disconnection of electric service on "
            "March 02. Staff confirmed account 04-118203-01 had a balance of $812.</p>"
            "<p>Ms. Larsen, Customer Service Supervisor, stated the household used 1,139 kWh in January.</p>")
    assert found("minutes.html", page)["energy_usage"] == ["1,139 kWh"]


def test_a_staff_members_statement_of_the_average_is_no_customers_usage():
    page = ("<p>Greta Kuehl of 412 W Elm St addressed the Board regarding the disconnection of electric service. "
            "Staff confirmed account 04-118203-01 had a balance of $812.</p>"
            "<p>Ms. Larsen, Customer Service Supervisor, stated the average home used 890 kWh in January.</p>")
    assert "energy_usage" not in found("minutes.html", page)


def test_a_phone_alone_on_the_line_under_a_record_cut_into_short_lines():
    text = ("Greta Kuehl appealed\nthe shutoff of account 04-118203-01\nat 412 W Elm St.\nPhone 563 663 8149.\n")
    assert found("packet.txt", text)["phone"] == ["563 663 8149"]


def test_the_offices_phone_in_a_block_of_its_own_under_a_record_is_not_the_customers():
    text = ("Greta Kuehl appealed\nthe shutoff of account 04-118203-01\nat 412 W Elm St.\n\n"
            "Questions: Utility Billing Office\nPhone (319) 472-8000.\n")
    assert "phone" not in found("packet.txt", text)


def test_a_storys_next_paragraph_goes_on_about_the_person_it_named():
    page = ("<p>Hannelore Vogelsang moved to Elkhorn Rapids in 2019 and rents a duplex on the north side.</p>"
            "<p>When her heater failed in January, the bill for account 04-118203-01 jumped to 1,284 kWh.</p>")
    assert found("story.html", page)["customer_name"] == ["Hannelore Vogelsang"]


def test_an_officials_paragraph_before_a_facilitys_account_names_no_customer():
    page = ("<p>Mayor Hannelore Vogelsang opened the new substation in 2019.</p>"
            "<p>When her term ended, the account 04-118203-01 for the Senior Center used 1,284 kWh.</p>")
    assert "customer_name" not in found("story.html", page)
