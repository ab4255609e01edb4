"""Customer data in how a city CMS builds its pages and JSON APIs (round 29, red team web29): a table kept as column
names and rows (``{"columns": [...], "rows": [[...]]}``, DataTables' ``{"columns": [{"title": ...}], "data": ...}``);
a ticket's customer object holding the people on the account and its usage history; a utility's letters before its
number in groups ("Acct # MCE 40 2291 77"); a photo's caption written into its alt beside a credit title; a script
template's filled-in row under the headers of the table it fills.

Hard negatives: the staff member a ticket is assigned to (title, City mailbox, desk phone) and the staff who wrote
its notes; a service request's number ("SR-240903-0211") opening a list entry; a City ledger account a cost is
charged to after a vendor table; a list of staff contacts inside a customer object; a facility table kept as columns
and rows; a council member's JSON-LD Person; a system-wide monthly usage feed.
"""
from __future__ import annotations

import json

from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.marisolsprings.gov"


def findings(body: str, name: str = "page.html", content_type: str = "text/html; charset=utf-8") -> set:
    return pairs_found(f"{SITE}/{name}", body, content_type)


def page(body: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>City of Marisol Springs</title></head><body>
<header><a href="/">City of Marisol Springs</a></header><main>{body}</main>
<footer><p>City of Marisol Springs, 200 Civic Center Dr, Marisol Springs, CA 92201 - (760) 555-3100</p></footer>
</body></html>"""


TICKET = {"ticket": {
    "number": "SR-240903-0211", "opened": "2024-09-03",
    "assignedTo": {"name": "Delphine Okafor", "title": "Utility Billing Technician",
                   "email": "dokafor@marisolsprings.gov", "phone": "(760) 555-3187"},
    "customer": {"fullName": "Ignatius Varga", "serviceAddress": "4417 Tamarisk Ln, Marisol Springs, CA 92201",
                 "accounts": [{"utility": "MSU", "accountNo": "5-118-2204-61"}],
                 "householdMembers": [{"name": "Rosalind Varga", "relationship": "spouse", "phone": "760 555 8824"}],
                 "staffContacts": [{"name": "Bartholomew Enright", "phone": "(760) 555-3140"}]},
    "usageHistory": [{"billing_period": "2024-06", "usage_kwh": 733, "amount_due": 201.40},
                     {"billing_period": "2024-07", "usage_kwh": 1288, "amount_due": 355.12}],
    "notes": [{"by": "Delphine Okafor", "text": "Called Ignatius Varga back about account 5-118-2204-61; "
                                                "he asked for a payment plan."}]}}


# --- a ticket's staff side -----------------------------------------------------------------------------------

def test_the_staff_member_a_ticket_is_assigned_to_and_the_notes_writer_are_no_customer():
    found = findings(json.dumps(TICKET), "ticket.json", "application/json")
    assert ("customer_name", "Ignatius Varga") in found
    assert ("account_number", "5-118-2204-61") in found
    assert "Delphine Okafor" not in values_of(found, "customer_name")
    assert "(760) 555-3187" not in values_of(found, "phone")


def test_a_staff_assignee_in_a_page_state_is_no_customer_beside_the_customers_ssn():
    state = {"ticket": {"assigned_to": {"name": "Cosimo Pellegrini", "email": "cpellegrini@marisolsprings.gov",
                                        "phone": "(760) 555-3166"},
                        "customer": {"firstName": "Winifred", "lastName": "Asante", "ssn": "529-41-7736",
                                     "phone": "760-555-9021"},
                        "notes": [{"author": "Cosimo Pellegrini", "text": "Verified Winifred Asante by SSN."}]}}
    found = findings(page(f"<script>window.__STATE__ = {json.dumps(state)};</script>"))
    assert ("phone", "760-555-9021") in found
    assert "Cosimo Pellegrini" not in values_of(found, "customer_name")
    assert "(760) 555-3166" not in values_of(found, "phone")


def test_the_people_on_a_customers_account_are_the_customers_record():
    found = findings(json.dumps(TICKET), "ticket.json", "application/json")
    assert {("customer_name", "Rosalind Varga"), ("phone", "760 555 8824")} <= found
    assert {("energy_usage", "733"), ("energy_usage", "1288")} <= found


def test_staff_contacts_inside_a_customer_object_stay_staff():
    found = findings(json.dumps(TICKET), "ticket.json", "application/json")
    assert "Bartholomew Enright" not in values_of(found, "customer_name")
    assert "(760) 555-3140" not in values_of(found, "phone")


def test_a_programs_contacts_and_a_system_wide_usage_feed_name_no_customer():
    feed = {"program": {"name": "Cool Roofs", "contacts": [{"name": "Perpetua Lindqvist", "phone": "(760) 555-3122"}]},
            "systemUsage": [{"billing_period": "2024-06", "usage_kwh": 48112033},
                            {"billing_period": "2024-07", "usage_kwh": 51920877}]}
    found = findings(json.dumps(feed), "feed.json", "application/json")
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage") and not values_of(found, "phone")


# --- numbers that are no customer's account ------------------------------------------------------------------

def test_a_service_request_number_opening_a_list_entry_is_no_account():
    found = findings(page("""<h2>Open requests</h2><ul>
<li>SR-240903-0211 &mdash; Ignatius Varga, 4417 Tamarisk Ln &mdash; Acct 5-118-2204-61 &mdash; 733 kWh</li>
<li>WO-240905-0032 &mdash; Rosalind Varga, 4419 Tamarisk Ln &mdash; SA # 8105 332 190</li></ul>"""))
    assert {("customer_name", "Ignatius Varga"), ("account_number", "5-118-2204-61")} <= found
    assert not {v for v in values_of(found, "account_number") if v.startswith(("SR", "WO"))}


def test_a_ledger_account_a_cost_is_charged_to_after_a_vendor_table_is_no_customers():
    found = findings(page("""<table><tr><th>Vendor</th><th>Phone</th><th>EIN</th></tr>
<tr><td>Desert Sun Printing LLC</td><td>(760) 555-7710</td><td>47-3318820</td></tr></table>
<p>Printing is charged to Account No. 220-4310-53120; mileage is coded to acct 101-1210-52410.</p>"""))
    assert not values_of(found, "account_number")


def test_a_customers_account_a_fee_is_charged_to_stays_a_finding():
    found = findings(page("<p>Reconnection fee for Ottoline Brandt charged to account 5-226-4180-13 today.</p>"))
    assert ("account_number", "5-226-4180-13") in found


# --- a utility's letters before its number in groups ---------------------------------------------------------

def test_a_utilitys_letters_before_its_spaced_number_are_part_of_the_account():
    found = findings(page("<p>Deposit review for Cordelia Nakamura on MCE Acct # MCE 40 2291 77; waived.</p>"
                          "<p>Talked with Evander Mbeki at 39 Ocotillo Rd; Account No. MSU 12 7730 48, 611 kWh.</p>"))
    assert {("account_number", "MCE 40 2291 77"), ("account_number", "MSU 12 7730 48")} <= found


def test_a_fiscal_year_after_an_account_label_is_no_account():
    found = findings(page("<p>Budget Account No. FY 2024 25 closes in June.</p>"))
    assert not values_of(found, "account_number")


# --- tables kept as column names and rows --------------------------------------------------------------------

def test_a_next_data_table_of_columns_and_rows_is_read_row_by_row():
    data = {"props": {"pageProps": {"lookup": {
        "columns": ["Holder", "Svc Addr", "SA", "kWh (Aug)", "Cb Phone"],
        "rows": [["Leopold Achterberg", "812 Mesquite Dr", "8104417231", 644, "(760) 555-4419"]]}}}}
    found = findings(page(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'))
    assert {("customer_name", "Leopold Achterberg"), ("account_number", "8104417231"),
            ("energy_usage", "644"), ("phone", "(760) 555-4419")} <= found


def test_a_datatables_config_of_titled_columns_and_data_rows():
    config = {"columns": [{"title": "Customer"}, {"title": "Service Address"}, {"title": "Account #"}],
              "data": [["Philippa Oyelaran", "77 Paloverde Ct", "4-88-210-3391"]]}
    found = findings(page(f"<script>$('#queue').DataTable({json.dumps(config)});</script>"))
    assert {("customer_name", "Philippa Oyelaran"), ("account_number", "4-88-210-3391")} <= found


def test_a_facility_table_of_columns_and_rows_is_public():
    data = {"columns": ["Facility", "Address", "Phone", "kWh (FY24)"],
            "rows": [["Senior Center", "1200 Palm Canyon Dr", "(760) 555-3160", 184220],
                     ["Aquatic Center", "55 Sunrise Way", "(760) 555-3175", 512880]]}
    found = findings(page(f'<script type="application/json" id="facilities">{json.dumps(data)}</script>'))
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


def test_a_council_members_json_ld_person_is_public():
    person = {"@context": "https://schema.org", "@type": "Person", "name": "Augustina Ferreira",
              "jobTitle": "Council Member, District 2", "telephone": "(760) 555-3102",
              "email": "aferreira@marisolsprings.gov"}
    found = findings(page(f'<script type="application/ld+json">{json.dumps(person)}</script>'))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


# --- markup a reader does not see ----------------------------------------------------------------------------

def test_a_photo_caption_in_its_alt_beside_a_credit_title_is_read_as_text():
    found = findings(page('<img src="/img/roof.jpg" alt="The Halvorsen family home at 2290 Yucca Mesa Rd; its meter '
                          'read 1,912kWh in August (account 5-301-7765-20)" title="Photo: Public Information Office">'))
    assert {("account_number", "5-301-7765-20"), ("energy_usage", "1,912kWh")} <= found
    assert any(kind == "address" and value.startswith("2290 Yucca Mesa Rd") for kind, value in found)


def test_a_staff_photo_with_a_long_alt_and_a_credit_is_public():
    found = findings(page('<img src="/img/crew.jpg" alt="Utility crews from the Public Works yard on Ramon Road '
                          'replace a transformer after the August storm" title="Photo: Public Information Office">'))
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_a_script_templates_filled_in_row_is_read_under_the_tables_headers():
    found = findings(page("""<table id="rebates"><thead><tr><th>Holder</th><th>Address</th><th>Account</th>
<th>Usage</th></tr></thead><tbody></tbody></table>
<script type="text/x-tmpl-mustache" id="row"><tr><td>Gwendolyn Oduya</td><td>310 Sand Verbena St</td>
<td>5-440-1187-09</td><td>1,204 kWh</td></tr></script>"""))
    assert {("customer_name", "Gwendolyn Oduya"), ("account_number", "5-440-1187-09"),
            ("energy_usage", "1,204 kWh")} <= found


def test_a_script_templates_placeholder_row_is_nothing():
    found = findings(page("""<table><thead><tr><th>Holder</th><th>Address</th><th>Account</th></tr></thead></table>
<script type="text/template"><tr><td>{{ holder }}</td><td>{{ address }}</td><td>{{ account }}</td></tr></script>"""))
    assert not found
