"""Customer data a city website shows without the labels that usually name it (round 30, red team site30): a
utility's own account form with no label ("PCE-0310-55821", "water W-448120-17") beside a customer's name, street
or usage, and the records it anchors; a config line's password cut short ("DEPLOY_PASS=...", "SFTP_PW=...") in an
HTML comment; a CMS's ``<meta>`` holding a customer's record as JSON, its address under a short key ("premise");
a contact marked up as an hCard microformat, its name's span followed by its role's.

Hard negatives: the utility's letters on its program codes and forms ("PCE-2024-03", "PCE-101"), a permit's, a
case's, an invoice's, a resolution's and a product model's numbers, a rebate application's number beside a person,
the account form beside a staff member and in a line of no one, a water bill's "52 HCF" after a street; config flags
and settings holding "pass" ("PASS=1", "BYPASS_CACHE=true", "PASS_THROUGH=...", "BUS_PASS=$20/mo"); a ``<meta>``'s
JSON of an event's venue and a Facebook app id; hCards of staff (title, organisation), of a business ("fn org") and
of a park.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

SITE = "https://www.larkspurvale.gov"


def findings(body: str, head: str = "") -> set:
    html = f"""<!DOCTYPE html><html><head><title>City of Larkspur Vale</title>{head}</head><body>
<main><h1>Utilities</h1>{body}</main>
<footer><p>City of Larkspur Vale, 300 Civic Plaza, Larkspur Vale, CA 91770 - (626) 555-4100</p></footer>
</body></html>"""
    return pairs_found(f"{SITE}/page.html", html, "text/html; charset=utf-8")


def values(found: set, category: str) -> set:
    return {value for kind, value in found if kind == category}


# --- a utility's account form with no label -------------------------------------------------------------------------

def test_utility_account_form_in_brackets_after_a_customer():
    found = findings("<p>Late fee waived for Priyanka Raman (PCE-0310-55821) after the billing review.</p>")
    assert values(found, "account_number") == {"PCE-0310-55821"}
    assert values(found, "customer_name") == {"Priyanka Raman"}


def test_service_named_before_its_account_form_in_a_list_entry():
    found = findings("<ul><li>Okafor, Chidinma &ndash; gas G-448120-17 / PCE PCE-0077-10442 &ndash; 1180 N Gibbs St "
                     "&ndash; 52 HCF, adjustment granted</li></ul>")
    assert values(found, "account_number") == {"G-448120-17", "PCE-0077-10442"}
    assert values(found, "customer_name") == {"Okafor, Chidinma"}
    assert values(found, "address") == {"1180 N Gibbs St"}  # not "52 HCF": a water bill's usage


def test_account_form_in_a_note_with_usage_and_a_phone():
    found = findings("<p>Excluded from the total: Mirela Costa (PCE-0062-18840) - stuck meter, 1,482 kWh in July. "
                     "Call back 626-204-7731.</p>")
    assert {"PCE-0062-18840", "Mirela Costa", "1,482 kWh", "626-204-7731"} <= {value for _, value in found}


def test_program_form_permit_case_and_model_numbers_are_no_accounts():
    found = findings("""
<p>The PCE-2024-03 program guidelines were adopted by Resolution 2024-118. Return form PCE-101 with a W-9.</p>
<p>Permit B-2024-00412 was issued to Rosalia Mendez for 1180 N Gibbs St. Case CE-23-0117 is closed.</p>
<p>Invoice INV-20931 was paid. Model WH-5040-2210 water heater installed for Rosalia Mendez at 88 Elm St.</p>
<p>Rebate application PCE-0012-44718 was received from Rosalia Mendez.</p>
<p>Questions about PCE-0100-20011? Contact Dana Whitfield, Program Manager.</p>
<p>The schedule PCE-0085-42328 appears in the tariff book.</p>""")
    assert values(found, "account_number") == set()
    assert values(found, "customer_name") == set()


# --- a password cut short in a config key ---------------------------------------------------------------------------

def test_config_password_keys_cut_short_in_a_comment():
    found = findings("<!-- release settings\n DEPLOY_HOST=stage.larkspurvale.gov\n DEPLOY_USER=releasebot\n"
                     " DEPLOY_PASS=Marigold&river82\n SFTP_PW=Tx7!canyon\n-->")
    assert values(found, "credential") == {"Marigold&river82", "Tx7!canyon"}


def test_config_flags_and_settings_holding_pass_are_no_passwords():
    found = findings("<!-- PASS=1\n BYPASS_CACHE=true\n PASS_THROUGH=enabled\n BUS_PASS=$20/mo\n DAY_PASS=2hrs\n"
                     " POOL_PASS=Q3-2024\n HALL_PASS=monthly -->")
    assert values(found, "credential") == set()


# --- a CMS's meta tag holding JSON ----------------------------------------------------------------------------------

def test_meta_json_customer_record_with_its_address_under_a_short_key():
    head = ("<meta name=\"cms:draft-state\" content='{\"client\": \"Wendell Okoro\", \"acct\": \"PCE-0093-66012\", "
            "\"premise\": \"4410 W Mission Blvd\"}'>")
    found = findings("<p>Heat advisory recap.</p>", head)
    assert values(found, "address") == {"4410 W Mission Blvd"}
    assert values(found, "customer_name") == {"Wendell Okoro"}


def test_meta_json_of_an_event_venue_and_an_app_id_are_no_customer_data():
    head = ("<meta name=\"cms:event\" content='{\"event\": \"Earth Day Fair\", \"venue\": \"Ganesha Park\", "
            "\"svc\": \"1575 N White Ave\", \"host\": \"Marcus Ellery\"}'>"
            "<meta property=\"fb:app_id\" content=\"291847561203948\">")
    assert findings("<p>Join us at the fair.</p>", head) == set()


# --- an hCard microformat -------------------------------------------------------------------------------------------

def test_hcard_customer_name_span_before_its_role_span():
    found = findings('<div class="vcard"><span class="fn">Graciela Obuya</span> <span class="role">Residential '
                     'customer</span> <span class="adr">2218 N Towne Ave, Unit 4, Larkspur Vale, CA 91770</span> '
                     '<span class="tel">(626) 318-4407</span> <span class="note">SA 8471102938</span></div>')
    assert values(found, "customer_name") == {"Graciela Obuya"}
    assert values(found, "account_number") == {"8471102938"}


def test_hcards_of_staff_a_business_and_a_park_are_no_customers():
    found = findings("""
<div class="vcard"><span class="fn">Marisol Quintana</span>, <span class="title">Utility Billing Supervisor</span>,
 <span class="org">City of Larkspur Vale</span> <span class="tel">(626) 555-4179</span></div>
<div class="h-card"><span class="p-name">Omar Haddad</span> <span class="p-job-title">Senior Planner</span>
 <span class="p-adr">300 Civic Plaza, Larkspur Vale, CA 91770</span> <span class="p-tel">(626) 555-4156</span></div>
<div class="vcard"><span class="fn org">Quintana Auto Body</span> <span class="adr">1450 E Holt Ave, Larkspur Vale,
 CA 91770</span> <span class="tel">(626) 555-0182</span> <span class="note">Family owned since 1989</span></div>
<div class="vcard"><span class="fn">Ganesha Park Community Center</span>
 <span class="adr">1575 N White Ave, Larkspur Vale, CA 91770</span></div>""")
    assert found == set()
