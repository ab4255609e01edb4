"""Round 60, site60e: customer records a CMS or a web app publishes where a reader does not see them (API routes,
a page's script state, a form plugin's REST entries), and the public data beside them."""
from __future__ import annotations

import json

from crawler.spiders.script_links import literal_urls
from tests.detector_helpers import pairs_found


def _values(pairs, category):
    return {value for cat, value in pairs if cat == category}


# ---------------------------------------------------------------- a record's own usage history, nested in it

def _enrollments(extra=None):
    rows = [
        {"householdName": "Ottilie Brandvold", "premise": "4471 Quince Orchard Way", "electricAccount": "700514392867",
         "history": [{"billMonth": "2025-03", "kwh": 1184}, {"billMonth": "2025-04", "kwh": 1092}]},
        {"householdName": "Casimir Nwosu-Hale", "premise": "88 Larkmead Ct", "electricAccount": "700229480153",
         "history": [{"billMonth": "2025-03", "kwh": 407}, {"billMonth": "2025-04", "kwh": 455}]},
    ]
    doc = {"program": "Peak Saver", "enrolled": rows}
    doc.update(extra or {})
    return json.dumps(doc)


def test_each_customers_nested_history_of_the_same_months_is_theirs():
    usage = _values(pairs_found("https://www.example.gov/api/peak-saver/enrolled.json", _enrollments(),
                                "application/json"), "energy_usage")
    assert {"1184", "1092", "407", "455"} <= usage


def test_a_placeholder_record_beside_the_entries_leaves_their_histories_theirs():
    sample = {"example": {"householdName": "Jane Doe", "premise": "123 Main Street", "electricAccount": "0-00-000-0000",
                          "history": [{"billMonth": "2025-01", "kwh": 500}]}}
    usage = _values(pairs_found("https://www.example.gov/api/peak-saver/enrolled.json", _enrollments(sample),
                                "application/json"), "energy_usage")
    assert {"1184", "1092", "407", "455"} <= usage
    assert "500" not in usage


def test_city_facilities_monthly_histories_stay_public():
    doc = {"facilities": [
        {"facility": "Westside Branch Library", "address": "250 Civic Center Dr", "serviceAccount": "3-04-118-2231",
         "history": [{"month": "2025-01", "kWh": 41200}, {"month": "2025-02", "kWh": 39850}]},
        {"facility": "Fire Station No. 4", "address": "1190 Orchard Ave", "serviceAccount": "3-04-118-5570",
         "history": [{"month": "2025-01", "kWh": 8120}, {"month": "2025-02", "kWh": 7990}]}]}
    pairs = pairs_found("https://www.example.gov/api/facilities.json", json.dumps(doc), "application/json")
    assert not _values(pairs, "energy_usage")
    assert not _values(pairs, "customer_name")


def test_rate_classes_monthly_figures_stay_aggregate():
    doc = {"classes": [{"rateClass": "Residential", "months": [{"month": "2025-01", "kWh": 18200450}]},
                       {"rateClass": "Small Commercial", "months": [{"month": "2025-01", "kWh": 6100220}]}]}
    pairs = pairs_found("https://www.example.gov/api/load.json", json.dumps(doc), "application/json")
    assert not _values(pairs, "energy_usage")


# ---------------------------------------------------------------- a form plugin's entries: numbered sub-fields

def _entries(rows):
    return json.dumps({"total_count": len(rows), "entries": rows})


def _entry(i, first, last, email, street, city, account):
    return {"id": str(40 + i), "form_id": "7", "1.3": first, "1.6": last, "2": email, "4.1": street, "4.3": city,
            "4.4": "California", "4.5": "92410", "5": account}


def test_a_name_cut_over_numbered_fields_and_the_city_between_address_and_state():
    rows = [_entry(1, "Wenonah", "Castellucci", "wcastellucci@gmail.com", "3318 Plover Run", "Alma Rosa",
                   "700418836205"),
            _entry(2, "Tobiah", "Amankwah", "tobi.amankwah@yahoo.com", "91 Ridgecrest Loop Apt 4", "Alma Rosa",
                   "700662010974"),
            _entry(3, "Radka", "Fensterwald", "radkaf@outlook.com", "7120 Hollyhock Ln", "Alma Rosa",
                   "800013570246")]
    pairs = pairs_found("https://www.example.gov/wp-json/gf/v2/entries?form_id=7", _entries(rows), "application/json")
    names = _values(pairs, "customer_name")
    assert {"Castellucci", "Amankwah", "Fensterwald"} <= names
    assert "Alma Rosa" not in names
    assert {"3318 Plover Run", "7120 Hollyhock Ln"} <= _values(pairs, "address")


def test_a_name_cut_over_numbered_fields_that_the_mailbox_spells():
    # given names the Census lists lack: the row's own mailbox spells the name
    rows = [_entry(1, "Xiaolu", "Brzezinski", "xbrzezinski@gmail.com", "610 Tanager Way", "Alma Rosa", "700418830011"),
            _entry(2, "Tsegaye", "Abebe", "abebetsegaye@yahoo.com", "2207 Juniper Hollow Rd", "Alma Rosa", "700662011185"),
            _entry(3, "Ngaire", "Whaanga", "ngaire.w@outlook.com", "48 Kestrel Bend", "Alma Rosa", "800013572290")]
    names = _values(pairs_found("https://www.example.gov/wp-json/gf/v2/entries?form_id=7", _entries(rows),
                                "application/json"), "customer_name")
    assert {"Brzezinski", "Abebe", "Whaanga"} <= names


def test_staff_roster_with_numbered_fields_stays_public():
    rows = [{"1.3": first, "1.6": last, "2": f"{first[0].lower()}{last.lower()}@mesagrande.gov", "3": "(909) 555-0142",
             "4": title} for first, last, title in (("Idalia", "Renteria", "Energy Programs Manager"),
                                                     ("Bertram", "Oyelaran", "City Clerk"),
                                                     ("Soraya", "Lindqvist", "Management Analyst"))]
    pairs = pairs_found("https://www.example.gov/wp-json/staff/v1/people", _entries(rows), "application/json")
    assert not _values(pairs, "customer_name")


def test_a_locality_field_of_a_request_is_no_name():
    doc = {"data": [{"type": "node--request", "attributes": {
        "field_requester": "Marisol Achterberg", "field_location": {"address_line1": "2290 Vireo Ct",
                                                                    "locality": "Alma Rosa", "postal_code": "92410"},
        "field_phone": "(951) 204-7731", "field_sce_account": "700381145920"}}]}
    pairs = pairs_found("https://www.example.gov/jsonapi/node/request", json.dumps(doc), "application/vnd.api+json")
    names = _values(pairs, "customer_name")
    assert "Marisol Achterberg" in names
    assert "Alma Rosa" not in names
    assert "700381145920" in _values(pairs, "account_number")


# ---------------------------------------------------------------- an API URL built from a constant

def test_a_loaded_url_summed_from_constants_is_taken():
    script = 'var API_ROOT = "/api/v3"; function go(){ return axios.get(API_ROOT + "/rebate-queue").then(show) }'
    assert "/api/v3/rebate-queue" in literal_urls(script)


def test_a_sum_with_a_runtime_part_is_not_taken():
    script = 'var API_ROOT = "/api/v3"; function go(id){ return fetch(API_ROOT + "/items/" + id) }'
    assert not any(url.startswith("/api/v3/items") for url in literal_urls(script))


def test_a_sum_of_a_variable_assigned_twice_is_not_taken():
    script = 'var base = "/api/v1"; if (beta) { base = "/api/v2"; } fetch(base + "/queue.json");'
    assert "/api/v1/queue.json" not in literal_urls(script)


# ---------------------------------------------------------------- a prefilled form's note giving a person's SSN or ITIN

def _prefilled_form(note):
    return ("<html><body><form><fieldset><legend>Application</legend>"
            '<label for="n">Full name</label><input id="n" name="full_name" value="Perpetua Annan">'
            '<label for="e">Email</label><input id="e" type="email" name="email" value="pannan@gmail.com">'
            '<label for="t">Phone</label><input id="t" type="tel" name="phone" value="(909) 318-2270">'
            f'<textarea name="notes">{note}</textarea></fieldset></form></body></html>')


def test_the_person_a_prefilled_forms_note_gives_the_itin_of():
    note = "W-9 on file for Ifeoma Abernathy (co-applicant), ITIN 912-78-4410; mail to 77 Sparrow Hill Rd."
    pairs = pairs_found("https://www.example.gov/programs/apply/", _prefilled_form(note), "text/html")
    assert "Ifeoma Abernathy" in _values(pairs, "customer_name")


def test_a_reviewer_in_a_prefilled_forms_note_beside_an_account_stays_no_customer():
    note = "Reviewed by Idalia Renteria; SCE account 700514392867 verified."
    pairs = pairs_found("https://www.example.gov/programs/apply/", _prefilled_form(note), "text/html")
    assert "Idalia Renteria" not in _values(pairs, "customer_name")


# ---------------------------------------------------------------- a bundle's test login beside a demo's placeholder rows

_DEMO = 'var DEMO_ROWS=[{name:"Jane Doe",addr:"123 Main St",acct:"0-00-000-0000"}];'


def test_a_bundles_login_beside_a_demos_placeholder_is_a_persons():
    script = '!function(){var QA_LOGIN={user:"rhiannon.batiste77@yahoo.com",password:"Marigold#4471"};' + _DEMO + "}();"
    pairs = pairs_found("https://www.example.gov/assets/js/app.3c1d.js", script, "application/javascript")
    assert "rhiannon.batiste77@yahoo.com" in _values(pairs, "email")


def test_a_demos_own_login_on_an_example_domain_stays_a_placeholder():
    script = '!function(){var QA_LOGIN={user:"demo.user@example.com",password:"Demo-Only-1"};' + _DEMO + "}();"
    pairs = pairs_found("https://www.example.gov/assets/js/app.3c1d.js", script, "application/javascript")
    assert not _values(pairs, "email")
