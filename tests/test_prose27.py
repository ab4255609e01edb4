"""Red team cca27's causes on a community choice aggregator's site: a customer's record in prose with no account
number beside it, a public place in the paragraph that hid the customer in it, and the business values of a
customer table (an installer's phone, a battery's capacity) and a contract's party office taken as the customer's;
with the hard negatives beside them on a city website."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage", "email")


def found(body: str, name: str = "page.html") -> dict[str, list[str]]:
    return values_found(name, f"<html><body>{body}</body></html>", CONTACT)


# -- a public place exempts its own address, not the customer beside it --------------------------------------------

def test_a_walk_in_at_the_library_keeps_the_customer_named_after_it():
    result = found("<p>Counter visit at Main Library. Ratepayer Ida Moss, 4417 Sycamore Bend Rd, "
                   "wants her two accounts merged.</p>")
    assert result.get("customer_name") == ["Ida Moss"]
    assert result.get("address") == ["4417 Sycamore Bend Rd"]


def test_the_library_address_itself_stays_public():
    result = found("<p>The workshop meets at the Main Library, 4417 Sycamore Bend Rd. Customer questions are "
                   "welcome.</p>")
    assert "address" not in result


# -- business values in a customer table --------------------------------------------------------------------------

def test_an_installers_phone_in_a_rebate_table_is_the_firms():
    result = found("<table><tr><th>Customer</th><th>Service Address</th><th>Rebate</th><th>Contractor firm</th>"
                   "<th>Installer phone</th></tr><tr><td>Oyelaran Batbayar</td><td>388 Quince Hollow Way</td>"
                   "<td>$500</td><td>Brightline Electric Co.</td><td>(707) 262-4419</td></tr></table>")
    assert result.get("customer_name") == ["Oyelaran Batbayar"]
    assert "phone" not in result


def test_the_customers_phone_column_in_the_same_table_stays():
    result = found("<table><tr><th>Customer</th><th>Service Address</th><th>Customer phone</th><th>Installer</th>"
                   "<th>Installer phone</th></tr><tr><td>Oyelaran Batbayar</td><td>388 Quince Hollow Way</td>"
                   "<td>(707) 262-9931</td><td>Brightline Electric Co.</td><td>(707) 262-4419</td></tr></table>")
    assert result.get("phone") == ["(707) 262-9931"]


def test_a_batterys_capacity_and_array_size_are_no_usage():
    result = found("<table><tr><th>Customer</th><th>Site address</th><th>Battery capacity</th><th>System size</th>"
                   "<th>Annual kWh</th></tr><tr><td>Saoirse Vantongeren</td><td>1207 Larkspur Terrace</td>"
                   "<td>9.8 kWh</td><td>5.2 kW-DC</td><td>7,412 kWh</td></tr></table>")
    assert result.get("customer_name") == ["Saoirse Vantongeren"]
    assert result.get("energy_usage") == ["7,412 kWh"]


# -- the utility's own office in a contract's party clause ---------------------------------------------------------

def test_the_authoritys_office_in_a_party_clause_is_no_customers_home():
    result = found("<p>This Agreement is made by Mesa Alta Community Energy, a California joint powers agency "
                   "(\"MACE\"), 77 Cordova Plaza Way, Mesa Alta, CA 95012, and Thaddeus Okonkwo-Reyes "
                   "(\"Customer\"), account 6620184417-3, of 915 Bellflower Ct, Mesa Alta, CA 95012.</p>")
    assert result.get("customer_name") == ["Thaddeus Okonkwo-Reyes"]
    assert result.get("address") == ["915 Bellflower Ct, Mesa Alta, CA 95012"]


# -- a customer's record in prose that no account number ties -----------------------------------------------------

def test_a_customers_number_by_its_label_in_a_note():
    result = found("<p>Accountholder phone (209) 448-3127. Wants the late fee waived.</p>")
    assert result.get("phone") == ["(209) 448-3127"]


def test_what_the_customer_was_billed_in_a_sentence_about_them():
    result = found("<p>The ratepayer was back billed for 3,415 kWh after the meter swap in March.</p>")
    assert result.get("energy_usage") == ["3,415 kWh"]


def test_the_utilitys_customer_phone_line_and_a_faq_figure_stay_public():
    result = found("<p>Customer phone support: (209) 448-1000, weekdays 8 to 5.</p>"
                   "<p>The customer may have used about 600 kWh in a typical month.</p>")
    assert "phone" not in result
    assert "energy_usage" not in result
