"""site75a: utility-program pages whose HTML keeps customers where a CMS or a careless web editor leaves them.

- an export pasted into a ``<textarea>`` or a ``<pre>`` (a header line of delimited column names over rows of its
  width) is read as a table, each row a record, as the same rows in a comment are (crawler.extract.html);
- a program page's status list ("Recent approvals", "Latest applications", an "Application status" table) names the
  households the program took in: "NAME - home - approved" (detectors.context.program_rosters);
- a form's list of account holders offering one name, chosen already, is that customer's (chosen_holders), and a
  list of one holder labels its value as the holder's account ("Service holder ID": account_labels);
- a script's key naming the account's holder in other words ("accountOwner", "meterHolder", "billTo", "billedParty",
  "responsibleParty", "premiseContact", "serviceContact") names the customer (headers.header_kind);
- an account "held by" a person is theirs though the page reads as a budget ("Funding is limited ... annual budget");
- a City facility's chart on a page read as a notice to a customer gives no customer's usage (letters).
Hard negatives: staff, council members, contractors, a planning page's approvals, a GL account's owner, a fund.
"""
from __future__ import annotations

import json

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/programs/page.html"


def _page(title: str, body: str, head: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><h1>{title}</h1><main>"
            "<p>Applications are reviewed in the order received, usually within 30 days.</p>"
            f"{body}</main><footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")


def _found(title: str, body: str, head: str = "") -> set[tuple[str, str]]:
    return pairs_found(PAGE, _page(title, body, head), "text/html")


_EXPORT = ("name,service_address,account,annual_kwh\n"
           "Florian Nakamura,3816 N Palisade Rd,7304418822,1022\n"
           "Emeric Ibarra,5711 N Verbena Cir,6601927345,877\n")


def test_an_export_pasted_into_a_textarea_or_a_pre_is_a_table():
    for box in (f"<textarea hidden id='export'>{_EXPORT}</textarea>", f"<pre>{_EXPORT}</pre>"):
        found = _found("Budget Billing", box)
        assert {"Florian Nakamura", "Emeric Ibarra"} <= values_of(found, "customer_name")
        assert {"3816 N Palisade Rd", "5711 N Verbena Cir"} <= values_of(found, "address")
        assert {"7304418822", "6601927345"} <= values_of(found, "account_number")


def test_a_staff_list_or_a_facility_export_in_a_box_stays_public():
    staff = ("Name,Title,Phone\nFlorian Nakamura,Program Manager,(909) 620-2200\n"
             "Emeric Ibarra,Energy Analyst,(909) 620-2201\n")
    facilities = ("facility,address,meter,annual_kwh\nCentral Library,3816 N Palisade Rd,7304418822,102200\n"
                  "Senior Center,5711 N Verbena Cir,6601927345,87700\n")
    found = _found("Budget Billing", f"<pre>{staff}</pre><textarea hidden>{facilities}</textarea>")
    assert not values_of(found, "customer_name") and not values_of(found, "address")
    assert not values_of(found, "energy_usage")


def _details(summary: str, items: list[str]) -> str:
    return f"<details><summary>{summary}</summary><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul></details>"


def test_a_program_pages_status_list_names_the_households_it_took_in():
    body = (_details("Recent approvals", ["Rashida Rasmussen &ndash; home &ndash; approved",
                                          "Esperanza Fairweather, 9588 Tamarack Blvd &mdash; approved 3/14"])
            + _details("Latest applications", ["Approved: Wanjiru Abernathy, residential",
                                               "Dmitri Rautenberg (heat pump rebate) &ndash; paid $1,500"])
            + _details("Newly enrolled", ["Cornelius Valenzuela"]))
    found = _found("Energy Assistance Discount (CARE)", body)
    assert values_of(found, "customer_name") == {"Rashida Rasmussen", "Esperanza Fairweather", "Wanjiru Abernathy",
                                                 "Dmitri Rautenberg", "Cornelius Valenzuela"}
    assert "9588 Tamarack Blvd" in values_of(found, "address")


def test_a_status_table_of_a_programs_applicants():
    table = ("<table><tr><th>Applicant</th><th>Status</th><th>Date</th></tr>"
             "<tr><td>Guadalupe Kapoor</td><td>approved</td><td>3/4/26</td></tr>"
             "<tr><td>Florian Kowalczyk</td><td>paid</td><td>3/5/26</td></tr></table>")
    for wrapped in (f"<details><summary>Approval log</summary>{table}</details>",
                    f"<details><summary>Where is my rebate?</summary>{table}</details>"):
        found = _found("Home Efficiency Rebates", wrapped)
        assert values_of(found, "customer_name") == {"Guadalupe Kapoor", "Florian Kowalczyk"}


def test_approvals_of_firms_staff_council_and_events_stay_public():
    body = (_details("Recent approvals", ["Quintanilla Solar Solutions &ndash; installer &ndash; approved",
                                          "Kazimierz Nordstrom &ndash; program lead &ndash; approved by Council 11/19",
                                          "Ramon Emenike &ndash; District 5 &ndash; approved the budget",
                                          "Mayor Anneliese Kristiansen &ndash; approved"])
            + _details("Approved contractors", ["Jose Villanueva", "Hamish Ostrowski"])
            + "<h3>Workshop speakers</h3><ul><li>Ilse Eberhardt</li><li>Niall Okonkwo</li></ul>"
            + "<table><tr><th>Name</th><th>Status</th><th>Title</th></tr>"
              "<tr><td>Florian Kowalczyk</td><td>active</td><td>Energy Analyst</td></tr></table>")
    found = _found("Home Efficiency Rebates", body)
    assert not values_of(found, "customer_name")


def test_a_planning_pages_approvals_are_no_utility_programs():
    body = _details("Recent approvals", ["Rashida Rasmussen &ndash; home &ndash; approved",
                                         "Esperanza Fairweather, 9588 Tamarack Blvd &mdash; approved 3/14"])
    found = _found("Accessory Dwelling Unit Permits", body)
    assert not values_of(found, "customer_name")


def test_a_heading_inside_an_iframes_srcdoc_ends_with_it():
    inner = "<h4>Applicants</h4><p>See the list.</p>"
    body = (f"<iframe srcdoc=\"{inner}\"></iframe><form><label for='c'>Reviewed by</label><select id='c'>"
            "<option selected>Guadalupe Rinaldi</option></select></form><ul><li>Osvaldo Bautista</li></ul>")
    found = _found("Time-of-Use Pilot", body)
    assert not values_of(found, "customer_name")


def _holder_form(label: str, value: str, name: str = "Percival Jaramillo") -> str:
    return (f"<form class='apply'><label for='c'>{label}</label><select id='c' name='f_12'>"
            f"<option value='{value}' selected>{name}</option></select><label for='p'>Program</label>"
            "<select id='p'><option>Budget Billing</option></select><button>Continue</button></form>")


def test_a_list_of_one_account_holder_chosen_already():
    for label in ("Account holder", "Ratepayer", "Customer of record", "Service holder", "Name on account"):
        assert values_of(_found("Budget Billing", _holder_form(label, "1")), "customer_name") == {"Percival Jaramillo"}
    for label in ("Customer of record", "Service holder"):
        found = _found("Budget Billing", _holder_form(label, "4-602-6799-11"))
        assert values_of(found, "account_number") == {"4-602-6799-11"}


def test_a_staff_picker_a_placeholder_or_a_role_is_no_holder():
    body = (_holder_form("Program contact", "1", "Guadalupe Rinaldi")
            + "<form><label for='a'>Account holder</label><select id='a'><option>Percival Jaramillo</option>"
              "<option>Dmitri Okonkwo</option><option>Hiroko Dziedzic</option></select>"
              "<label for='b'>Account holder</label><select id='b'><option>Select account holder</option></select>"
              "<select aria-label='Account holder'><option>Co-applicant</option></select></form>")
    assert not values_of(_found("Budget Billing", body), "customer_name")


def test_a_scripts_holder_in_other_words():
    for key in ("accountOwner", "meterHolder", "billTo", "billedParty", "responsibleParty", "premiseContact",
                "serviceContact"):
        data = {"program": "Solar", "items": [{key: "Perpetua Jaramillo", "serviceAddr": "104 Applegate Blvd",
                                               "acctNo": "5096271154", "status": "approved"}]}
        found = _found("Rooftop Solar Incentive", f"<script>window.__DATA__ = {json.dumps(data)};</script>")
        assert values_of(found, "customer_name") == {"Perpetua Jaramillo"}, key
    for key in ("accountOwner", "meterHolder"):
        data = {"items": [{key: "Desmond Brankovic", "tel": "(661) 426-3358", "email": "dbrank@gmail.com"}]}
        found = _found("Rooftop Solar Incentive", f"<script>window.__DATA__ = {json.dumps(data)};</script>")
        assert values_of(found, "customer_name") == {"Desmond Brankovic"}, key


def test_a_citys_own_meters_a_district_and_a_ledgers_owner_stay_public():
    config = {"programManager": "Leocadia Cifuentes", "contactPhone": "951.837.5216",
              "contactEmail": "lcifuentes@estrellaca.gov",
              "meters": [{"meterHolder": "City of Estrella", "site": "Thornapple Park",
                          "serviceAddr": "2954 E Lantana Rd", "annualKwh": "46,316 kWh"}],
              "accountOwner": "Estrella Unified School District", "billTo": "Public Works Department"}
    ledger = {"lines": [{"glAccount": "101-4410-5210", "glAccountOwner": "Leocadia Cifuentes",
                         "title": "Budget Analyst", "phone": "(951) 837-5216"}]}
    found = _found("Rooftop Solar Incentive", f"<script>window.cfg = {json.dumps(config)};"
                                              f"window.ledger = {json.dumps(ledger)};</script>")
    assert not values_of(found, "customer_name") and not values_of(found, "address")
    assert not values_of(found, "energy_usage")


def test_an_account_held_by_a_person_on_a_page_that_reads_as_a_budget():
    budget = "<p>Funding is limited; the program closes when the annual budget is committed.</p>"
    found = _found("Budget Billing", f"<p>Your application is active.<span class='sr-only'> Account 7-271-9819-77 "
                                     f"held by Ramon Lombardi.</span></p>{budget}")
    assert values_of(found, "account_number") == {"7-271-9819-77"}
    assert values_of(found, "customer_name") == {"Ramon Lombardi"}
    found = _found("Budget Billing", f"<p>Account 7-271-9819-77 held by General Fund.</p>{budget}"
                                     "<p>FY 2026 appropriations are final.</p>")
    assert not values_of(found, "account_number")


def test_a_facilitys_chart_on_a_customers_notice_page_is_the_facilitys():
    head = "<meta name='account-holder' content='Radomir Yilmaz'><meta name='service-address' content='2885 N Elmhurst Cir'>"
    chart = ("<figure><svg role='img'><title>Monthly kWh for Central Library, 8871 W Goldenrod Ave</title>"
             "<text x='0' y='115'>Jan 15,726 kWh</text><text x='20' y='115'>Feb 17,154 kWh</text></svg></figure>")
    found = _found("Arrearage Management Plan", f"<p>Past-due balances forgiven over twelve on-time payments.</p>"
                                                f"{head}{chart}")
    assert "Radomir Yilmaz" in values_of(found, "customer_name")
    assert not {"15,726 kWh", "17,154 kWh"} & values_of(found, "energy_usage")


def test_an_applicants_fields_on_a_utility_programs_own_page():
    head = ("<meta name='applicant' content='Delphine Kristiansen'>"
            "<meta name='service-address' content='7630 W Willowbrook Ave'>")
    found = _found("Budget Billing", "", head)
    assert values_of(found, "customer_name") == {"Delphine Kristiansen"}
    assert values_of(found, "address") == {"7630 W Willowbrook Ave"}


def test_a_permits_or_a_firms_applicant_stays_public():
    head = ("<meta name='applicant' content='Delphine Kristiansen'>"
            "<meta name='service-address' content='7630 W Willowbrook Ave'>")
    assert not values_of(_found("Accessory Dwelling Unit Permits", "", head), "customer_name")
    body = "<p>Applicant: Kristiansen Heating &amp; Air Inc.</p><p>Address: 7630 W Willowbrook Ave</p>"
    assert not values_of(_found("Home Efficiency Rebates", body), "customer_name")


def _chart(title: str, figures: list[str]) -> str:
    bars = "".join(f"<text x='{20 * k}' y='115'>{m}: {v} kWh</text>" for k, (m, v) in enumerate(zip(
        ["Jan", "Feb", "Mar"], figures)))
    return f"<figure><svg class='chart'><title>{title}</title>{bars}</svg></figure>"


def test_a_parks_chart_its_months_beyond_a_homes_is_the_parks():
    found = _found("Family Electric Rate Assistance",
                   _chart("Monthly kWh for Vasquez-Ortiz Park, 7105 Larkspur St", ["9,716", "10,931", "8,220"]))
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")
    found = _found("Family Electric Rate Assistance", _chart("Monthly use for Maria Park", ["716", "931", "820"]))
    assert values_of(found, "customer_name") == {"Maria Park"}
    assert values_of(found, "energy_usage") == {"716 kWh", "931 kWh", "820 kWh"}
