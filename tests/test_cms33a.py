"""A CMS-built City page's own state in its scripts (red team cms33).

- A script is read for the page, wherever the theme puts it: a ``__NEXT_DATA__`` island, Nuxt 2's state (an object,
  or a function called with the state's values), Drupal's settings JSON, all written inside the footer, are records
  as the same JSON in an API file is. Hard negatives: the footer's City Hall contact, a site-wide config script in
  the footer holding the same contact, build ids, hashes, analytics ids and timestamps in the same scripts.
- Escapes: ``\\u0040``, ``\\u002d``, ``\\/`` in a script's strings, escapes outside a JSON island's strings, HTML
  escaped inside a JSON string, a source map a server sends as text or as bytes of no type.
- An SSN written as nine bare digits under a key naming it in camelCase ("ssnOnFile", "payeeSsn"). Hard
  negatives: a key merely holding the letters ("assnMemberId"), a number under another key.
"""
from __future__ import annotations

import json

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.claremontvalley.example.gov"
_FOOTER = ('<footer class="site-footer"><p>City Hall &middot; 207 Harvard Avenue, Claremont Valley, CA 91711 '
           '&middot; (909) 399-5400</p><p>Utility billing: (909) 399-5461 &middot; '
           '<a href="mailto:utilities@claremontvalley.example.gov">utilities@claremontvalley.example.gov</a></p>'
           '<p class="build">Build 9c41e07d &middot; v2.4.1 &middot; updated 1718821044</p>{scripts}</footer>')


def _page(name: str, main: str, scripts: str) -> set[tuple[str, str]]:
    body = (f'<!DOCTYPE html><html lang="en" data-build="9c41e07d2b"><head><title>{name}</title>'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
            "gtag('config','G-Q7RL2XW0KD');</script></head><body>"
            '<header class="site-header"><nav><a href="/">Home</a></nav></header>'
            f'<main id="main"><h1>{name}</h1><p>{main}</p><div id="app"></div></main>'
            + _FOOTER.format(scripts=scripts) + "</body></html>")
    return pairs_found(f"{_SITE}/utilities/{name.lower().replace(' ', '-')}.html", body)


# --- 1. the page's state in scripts inside the footer ---------------------------------------------------------

def test_next_data_in_the_footer_is_the_pages_records():
    state = {"props": {"pageProps": {"title": "Budget Billing", "enrollees": [
        {"id": 48213, "displayName": "Thaddeus Okonkwo-Reyes",
         "serviceAddress": {"line1": "1842 N. Mountain Avenue", "city": "Claremont Valley", "zip": "91711"},
         "contact": {"phone": "(909) 624-8817", "email": "tokonkwo.reyes@fastmail.example"},
         "lastBill": {"usageKwh": 1137, "amount": 212.40}, "updatedAt": "2024-06-11T08:41:00Z"},
        {"id": 48377, "displayName": "Marisela Quintanar",
         "serviceAddress": {"line1": "560 W. Foothill Blvd Apt 12", "city": "Claremont Valley", "zip": "91711"},
         "contact": {"phone": "(909) 447-2093", "email": "mquintanar@mailbox.example"},
         "lastBill": {"usageKwh": 864, "amount": 171.05}, "updatedAt": "2024-06-12T15:02:00Z"}]}},
        "page": "/billing/[slug]", "buildId": "9c41e07d2b5f48a1", "isFallback": False}
    found = _page("Budget Billing", "Spread your bill evenly across the year.",
                  f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>')
    assert {"Thaddeus Okonkwo-Reyes", "Marisela Quintanar"} <= values_of(found, "customer_name")
    assert {"(909) 624-8817", "(909) 447-2093"} <= values_of(found, "phone")
    assert {"tokonkwo.reyes@fastmail.example", "mquintanar@mailbox.example"} <= values_of(found, "email")
    assert {"1137", "864"} <= values_of(found, "energy_usage")
    assert any("1842 N. Mountain Avenue" in a for a in values_of(found, "address"))
    # the City's own contact in the footer, the build id and the analytics id stay silent
    assert not {"(909) 399-5400", "(909) 399-5461"} & values_of(found, "phone")
    assert not values_of(found, "email") & {"utilities@claremontvalley.example.gov"}
    assert not any("9c41e07d" in value or "G-Q7RL2XW0KD" in value for _, value in found)


def test_nuxt_state_called_with_its_values_binds_them_to_its_keys():
    script = ('<script>window.__NUXT__=(function(a,b,c,d,e,f){return {layout:"default",data:[{applications:'
              '[{holder:a,premise:b,email:c,annualKwh:d,status:"approved"},{holder:e,premise:f,status:"pending"}]}],'
              'fetch:{},error:null,serverRendered:!0,config:{_app:{basePath:"/",assetsPath:"/_nuxt/"}}}}'
              '("Corwin Aldana-Pike","2215 Indian Hill Blvd, Claremont Valley, CA 91711",'
              '"caldanapike@mailbox.example",7412,"Ysolde Fairweather","318 E. Bonita Avenue #4, Claremont Valley, '
              'CA 91711"));</script>')
    found = _page("Solar Interconnections", "Approved rooftop interconnections this quarter.", script)
    assert {"Corwin Aldana-Pike", "Ysolde Fairweather"} <= values_of(found, "customer_name")
    assert "caldanapike@mailbox.example" in values_of(found, "email")
    assert any("2215 Indian Hill Blvd" in a for a in values_of(found, "address"))


def test_nuxt_state_object_and_drupal_settings_in_the_footer():
    nuxt = ('<script>window.__NUXT__={state:{rebates:{recipients:[{name:"Leopold Ferreira-Nakamura",'
            'address:"977 Baseline Road, Claremont Valley, CA 91711",phone:"(909) 621-5530",rebate:250}],'
            'total:1}},serverRendered:true}</script>')
    found = _page("Heat Pump Rebates", "Rebates paid this month.", nuxt)
    assert "Leopold Ferreira-Nakamura" in values_of(found, "customer_name")
    assert "(909) 621-5530" in values_of(found, "phone")
    settings = {"path": {"baseUrl": "/", "currentPath": "node/918"},
                "ajaxPageState": {"theme": "claremont", "libraries": "eJx1kMEOgjAQRH_1a3b7c4"},
                "webform": {"recent": [{"sid": 4410, "data": {
                    "full_name": "Philippa Ngata", "service_address": "1408 Yale Avenue, Claremont Valley, CA 91711",
                    "phone": "(909) 398-1706", "email": "pngata@mailbox.example"}}]},
                "user": {"uid": 0, "permissionsHash": "5b0c8e1f2a93d47e6c1b08f3d2a9e4c71f06b5d8a3c2e9f1047b6d3e8a5c2f19"}}
    found = _page("Start Water Service", "Start, stop or move water service.",
                  '<script type="application/json" data-drupal-selector="drupal-settings-json">'
                  f'{json.dumps(settings)}</script>')
    assert "Philippa Ngata" in values_of(found, "customer_name")
    assert "(909) 398-1706" in values_of(found, "phone")
    assert "pngata@mailbox.example" in values_of(found, "email")
    assert not values_of(found, "account_number") and not values_of(found, "credential")


def test_a_site_wide_config_script_in_the_footer_reports_nothing():
    config = {"site": {"name": "City of Claremont Valley", "phone": "(909) 399-5400",
                       "address": "207 Harvard Avenue, Claremont Valley, CA 91711",
                       "email": "utilities@claremontvalley.example.gov"},
              "analytics": {"id": "G-Q7RL2XW0KD", "sampleRate": 100}, "release": "9c41e07d2b5f48a1",
              "builtAt": 1718821044, "assetsHash": "a61f09c4d2e8b7730c15"}
    found = _page("Parks", "Reserve a picnic shelter online.",
                  f"<script>window.SITE_CONFIG = {json.dumps(config)};</script>"
                  '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
                  '"GovernmentOrganization", "name": "City of Claremont Valley", "telephone": "(909) 399-5400", '
                  '"address": {"@type": "PostalAddress", "streetAddress": "207 Harvard Avenue", '
                  '"addressLocality": "Claremont Valley", "postalCode": "91711"}}</script>')
    assert not found


# --- 2. escapes -------------------------------------------------------------------------------------------------

def test_escapes_outside_a_json_islands_strings_are_read_as_the_characters():
    island = ('{"optIns":[{"name":\\u0020"Benedikt\\u0020Halvorsen", "email": "bhalvorsen\\u0040outlook.com", '
              '"phone": "(909) 625\\u002d4418", "acct": "CV\\u002d40718822"},{"name":\\u0020"\\u00c9lodie\\u0020'
              'Marchetti", "email": "emarchetti\\u0040yahoo.com", "phone": "(909) 399\\u002d7702", '
              '"acct": "CV\\u002d40733105"}]}')
    found = _page("Paperless Billing", "Customers who chose paperless billing.",
                  f'<script type="application/json" id="initial-state">{island}</script>')
    assert {"Benedikt Halvorsen", "Élodie Marchetti"} <= values_of(found, "customer_name")
    assert {"bhalvorsen@outlook.com", "emarchetti@yahoo.com"} <= values_of(found, "email")
    assert {"(909) 625-4418", "(909) 399-7702"} <= values_of(found, "phone")
    assert {"CV-40718822", "CV-40733105"} <= values_of(found, "account_number")


def test_escapes_in_a_scripts_code_are_read_as_the_characters():
    script = ("<script>document.getElementById('resend').addEventListener('click', function () {"
              "sendReceipt('wpembroke\\u0040outlook.com', 'receipt-2024-06');"
              "});</script>")
    found = _page("Receipts", "Resend a receipt.", script)
    assert "wpembroke@outlook.com" in values_of(found, "email")


def test_html_escaped_inside_a_json_string_is_read_as_its_text():
    body = ('\\u003cp\\u003eWhen \\u003cstrong\\u003eGwendolyn Asante\\u003c/strong\\u003e saw a bill for 1,214 kWh '
            'she called us. We visited 1409 Oxford Avenue, Claremont Valley, CA 91711 and replaced a failing '
            'water heater. Her account (CV\\u002d40761193) now qualifies for CARE. You can reach her at (909) 624-7390.'
            '\\u003c\\/p\\u003e')
    script = ('<script>window.__INITIAL_STATE__={"node": {"nid": 512, "title": "High Bill Help", '
              f'"body": {{"value": "{body}", "format": "full_html"}}, "changed": 1718821044}}}};</script>')
    found = _page("High Bill Help", "A customer story.", script)
    assert "Gwendolyn Asante" in values_of(found, "customer_name")
    assert "CV-40761193" in values_of(found, "account_number")
    assert "(909) 624-7390" in values_of(found, "phone")
    assert any("1409 Oxford Avenue" in a for a in values_of(found, "address"))


def test_a_source_map_sent_as_text_or_untyped_bytes_is_read_as_json():
    source = ("// fixtures exported for local testing\nexport const audits = [\n"
              "  { fullName: 'Ign\\u00e1c Dvo\\u0159\\u00e1k', serviceAddress: '2750 Padua Avenue, Claremont Valley, "
              "CA 91711', email: 'idvorak@mailbox.example' },\n];\n")
    source_map = json.dumps({"version": 3, "file": "audits.81c2.js", "sources": ["webpack://site/./src/audits.js"],
                             "sourcesContent": [source], "names": [], "mappings": "AAAA,SAASA"})
    for content_type in ("text/plain", "application/octet-stream", None):
        found = pairs_found(f"{_SITE}/assets/js/audits.81c2.js.map", source_map, content_type)
        assert "Ignác Dvořák" in values_of(found, "customer_name"), content_type
        assert any("2750 Padua Avenue" in a for a in values_of(found, "address")), content_type


def test_a_plain_text_file_is_still_read_as_text():
    found = pairs_found(f"{_SITE}/docs/notes.txt", '{"version": 3, notes about the release}\n', "text/plain")
    assert not found


# --- 7. an SSN under a camelCase key ---------------------------------------------------------------------------

def test_nine_bare_digits_under_a_camel_case_ssn_key_are_an_ssn():
    payees = {"payees": [
        {"payee": "Rosalind Thackeray", "homeAddress": "845 Cucamonga Ave, Claremont Valley, CA 91711",
         "ssnOnFile": "521448307", "rebate": 1500},
        {"payee": "Emeka Adeyemi-Lund", "homeAddress": "2301 Forbes Avenue, Claremont Valley, CA 91711",
         "payeeSsn": "533190284", "rebate": 1500},
        {"payee": "Oriana Castellucci", "homeAddress": "601 W. Tenth Street, Claremont Valley, CA 91711",
         "customerSSN": "488206195", "rebate": 900}]}
    found = pairs_found(f"{_SITE}/api/v2/rebate-payees.json", json.dumps(payees))
    assert {"521448307", "533190284", "488206195"} <= values_of(found, "ssn")


def test_a_key_holding_the_letters_or_another_kind_of_number_is_no_ssn():
    members = {"members": [
        {"member": "Rosalind Thackeray", "assnMemberId": "521448307", "lotNumber": "533190284",
         "ssnVerifiedAt": "2024-06-11T08:41:00Z", "ssnLast4": "8307"}]}
    found = pairs_found(f"{_SITE}/api/v2/hoa-members.json", json.dumps(members))
    assert not values_of(found, "ssn")
