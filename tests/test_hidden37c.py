"""Data a page's scripts and hidden markup carry, judged record by record (red team hidden37).

- A shop that a business directory lists with its address, phone and info@ mailbox is a firm, not a customer, when
  its name ends with its trade ("Okafor Bike Shop"): in a page's island props, or in a list named for firms
  ("businesses", "merchants"), even beside a list of real customers in the same data. Hard negative: the refund
  list of customers beside it is still reported.
- A GraphQL client's normalized cache (``__APOLLO_STATE__``) keeps each object under its type and id: each is a
  record of its own, so a meeting's public speakers are no customers because billing inquiries are cached beside
  them; the inquiries' customers still are.
- A component's placeholder ("Jane Q. Sample", a 555 phone, an account of zeros, an example.com mailbox) is no one's
  record; the real seed accounts beside it in the same bundle still are.
- A name masked for the screen ("R*** T***") is no customer's name.
"""
from __future__ import annotations

import html
import json

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.ontarioutilities.example.gov"


def _page(body: str) -> str:
    return (f"<html><head><title>Ontario Utilities</title></head><body><header><nav><a href='/'>Home</a></nav>"
            f"</header><main id='main'><h1>Ontario Utilities</h1>{body}</main>"
            f"<footer>City of Ontario, 303 East B St</footer></body></html>")


def _found(body: str, name: str = "page/") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", _page(body), "text/html")


# --- 1. a directory's shops are firms -------------------------------------------------------------------------

_SHOPS = [("Okafor Bike Shop", "1120 W Mission Blvd", "909-413-2290", "info@okaforbikes.com"),
          ("Lindqvist Bakery", "418 N Euclid Ave", "909-417-5508", "hello@lindqvistbakery.com"),
          ("Szabo Auto Repair", "2377 S Grove Ave", "909-418-6631", "info@szaboauto.com")]
_REFUNDS = [("Marguerite Okonkwo", "1804 E Fern Hollow Dr", "7004 1187 2290", "(909) 412-7735"),
            ("Teodoro Valdisseri", "655 N Larkin Crest Ave", "3-771-2048-55", "909.486.1129")]


def _island(items_key: str) -> str:
    # Astro writes each value as [0, value] and each array as [1, [...]]
    props = {items_key: [1, [[0, {"name": [0, n], "address": [0, a], "phone": [0, p], "email": [0, e]}]
                             for n, a, p, e in _SHOPS]],
             "refundQueue": [1, [[0, {"payee": [0, n], "mailTo": [0, a], "acct": [0, c], "tel": [0, t]}]
                                 for n, a, c, t in _REFUNDS]]}
    return (f"<h2>Local businesses</h2><astro-island uid='q1' component-url='/_astro/Dir.js' "
            f"props='{html.escape(json.dumps(props))}'></astro-island>")


def test_shops_in_island_props_are_no_customers_beside_a_refund_list():
    found = _found(_island("items"), "business/")
    names = values_of(found, "customer_name")
    assert not names & {shop[0] for shop in _SHOPS}
    assert not values_of(found, "email") & {shop[3] for shop in _SHOPS}
    assert not values_of(found, "phone") & {shop[2] for shop in _SHOPS}
    assert {"Marguerite Okonkwo", "Teodoro Valdisseri"} <= names
    assert {"7004 1187 2290", "3-771-2048-55"} <= values_of(found, "account_number")


def test_a_list_named_for_firms_is_a_listing_whatever_the_shops_are_called():
    merchants = [{"name": "Delacroix & Sons", "address": "930 W Holt Blvd", "phone": "909-419-3374",
                  "email": "office@delacroixsons.com"},
                 {"name": "Amara Nwosu", "address": "77 E State St", "phone": "909-419-8820",
                  "email": "amara@nwosudesign.com"}]
    body = f"<script>window.__DATA__ = {json.dumps({'merchants': merchants})};</script>"
    found = _found(body, "shop-local/")
    assert not values_of(found, "customer_name") & {"Delacroix & Sons", "Amara Nwosu"}
    assert not values_of(found, "phone") & {"909-419-3374", "909-419-8820"}


def test_a_customer_list_with_the_same_fields_is_still_reported():
    customers = [{"name": "Amara Nwosu", "address": "77 E State St", "phone": "909-419-8820",
                  "email": "amara.nwosu@gmail.com"},
                 {"name": "Radu Ionescu", "address": "1416 N Palm Ave", "phone": "909-412-0071",
                  "email": "radu.ionescu@yahoo.com"}]
    body = f"<script>window.__DATA__ = {json.dumps({'callbackList': customers})};</script>"
    found = _found(body, "outage/")
    assert {"Amara Nwosu", "Radu Ionescu"} <= values_of(found, "customer_name")


# --- 2. a GraphQL cache's objects are records of their own ----------------------------------------------------

def test_public_speakers_in_an_apollo_cache_are_apart_from_cached_billing_inquiries():
    state = {"ROOT_QUERY": {"agenda({\"id\":\"88\"})": {"__ref": "Agenda:88"}},
             "Speaker:10": {"__typename": "Speaker", "name": "Halvard Mikkelsen", "topic": "Public comment",
                            "city": "Ontario"},
             "Speaker:11": {"__typename": "Speaker", "name": "Yusra Haddad", "topic": "Public comment",
                            "city": "Ontario"},
             "Dispute:4": {"__typename": "Dispute", "customer": {"__typename": "Customer", "fullName":
                           "Corinne Abernathy", "accountNumber": "700-318-442-907", "phone": "909-471-3306"},
                           "disputedKwh": 812},
             "Agenda:88": {"__typename": "Agenda", "date": "2025-03-04",
                           "speakers": [{"__ref": "Speaker:10"}, {"__ref": "Speaker:11"}]}}
    found = _found(f"<script>window.__APOLLO_STATE__={json.dumps(state)};</script>", "council/agenda/")
    names = values_of(found, "customer_name")
    assert not names & {"Halvard Mikkelsen", "Yusra Haddad"}
    assert "Corinne Abernathy" in names
    assert "700-318-442-907" in values_of(found, "account_number")


# --- 3. a placeholder record -----------------------------------------------------------------------------------

def test_a_components_placeholder_is_no_record_and_real_seed_rows_are():
    script = ('(()=>{/* story fixture: not real customers */const demo={holder:"John Q. Sample",'
              'phone:"(909) 555-0117",email:"holder@example.org",account:"700000000000"};'
              'const SEED=[{holder:"Ottilie Brandvold",account:"700-604-118-273",email:"obrandvold@att.net",'
              'kwhLast:642},{holder:"Leocadia Vukovic",account:"PCE31-550274",email:"leo.vukovic@icloud.com",'
              'kwhLast:518}];function load(o){return fetch(o)}})();')
    found = pairs_found(f"{_SITE}/static/js/app.91c2.js", script, "application/javascript")
    assert "John Q. Sample" not in values_of(found, "customer_name")
    assert "(909) 555-0117" not in values_of(found, "phone")
    assert "700000000000" not in values_of(found, "account_number")
    assert "Ottilie Brandvold" in values_of(found, "customer_name")
    assert "700-604-118-273" in values_of(found, "account_number")


def test_a_stand_in_name_beside_a_real_looking_phone_is_still_a_record():
    found = _found("<table><tr><th>Customer</th><th>Phone</th><th>Account</th></tr>"
                   "<tr><td>John Q. Sample</td><td>909-413-7720</td><td>700-604-118-273</td></tr></table>",
                   "billing/")
    assert "700-604-118-273" in values_of(found, "account_number")


# --- 4. a masked name ------------------------------------------------------------------------------------------

def test_a_name_masked_for_the_screen_is_no_name():
    found = _found("<table><tr><th>Customer</th><th>Account</th></tr>"
                   "<tr><td>R*** T***</td><td>****2207</td></tr>"
                   "<tr><td>Ottilie Brandvold</td><td>700-604-118-273</td></tr></table>", "shutoffs/")
    names = values_of(found, "customer_name")
    assert "R*** T***" not in names and "Ottilie Brandvold" in names


# --- 5. a JSON list of callers named in camelCase --------------------------------------------------------------

def test_a_callback_list_keyed_in_camel_case_is_read_as_records():
    body = json.dumps({"updated": "2025-08-02T07:00:00", "callbacks": [
        {"ticket": "OUT-44120", "callerName": "Benedikta Sørlie", "callbackPhone": "(909) 472-6618",
         "serviceAddress": "2281 W Juniper Knoll Dr, Ontario, CA 91762", "status": "open"},
        {"ticket": "OUT-44127", "callerName": "Ikechukwu Adeyemi", "callbackPhone": "909.477.1043",
         "serviceAddress": "640 N Sage Hollow Ln, Ontario, CA 91764", "status": "open"}]})
    found = pairs_found(f"{_SITE}/api/outage-callbacks.json", body, "application/json")
    assert {"Benedikta Sørlie", "Ikechukwu Adeyemi"} <= values_of(found, "customer_name")
    assert {"(909) 472-6618", "909.477.1043"} <= values_of(found, "phone")


def test_a_persons_list_of_phone_objects_stays_their_own_phones():
    body = json.dumps({"customer": {"name": "Benedikta Sørlie", "account": "7004 2211 8830",
                                    "phones": [{"type": "HOME", "number": "(909) 472-6618"},
                                               {"type": "CELL", "number": "909.477.1043"}]}})
    found = pairs_found(f"{_SITE}/api/account.json", body, "application/json")
    assert {"(909) 472-6618", "909.477.1043"} <= values_of(found, "phone")


# --- 6. a flat array of a component's values --------------------------------------------------------------------

def _qwik(objs: list) -> str:
    return f"<script type='qwik/json'>{json.dumps({'refs': {}, 'ctx': {}, 'objs': objs, 'subs': []})}</script>"


def test_a_qwik_flat_array_is_judged_by_its_values_shapes():
    found = _found(_qwik(["Heat pump pilot", 12, "Rosalind Achterberg", "909.466.2017", "1532 E Walnut Crest Dr",
                          "PCE44-208817", "approved", "Dmitri Valchev", "+1 909 463 5521", "781 N Larkspur Way",
                          "PCE61-530942", "approved"]), "programs/heat-pump/")
    assert {"Rosalind Achterberg", "Dmitri Valchev"} <= values_of(found, "customer_name")
    assert {"909.466.2017", "+1 909 463 5521"} <= values_of(found, "phone")


def test_a_flat_array_of_words_and_a_shops_listing_reports_no_one():
    found = _found(_qwik(["Heat pump pilot", "Rebates", "Okafor Bike Shop", "909-413-2290", "1120 W Mission Blvd",
                          "Lindqvist Bakery", "909-417-5508", "418 N Euclid Ave", "2025", "open"]), "programs/")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")
    found = _found(_qwik(["Solar", "Storage", "Heat pumps", "EV chargers", "2025 rebates", "Apply by 10/31"]))
    assert not found


# --- 7. Alpine's x-data -----------------------------------------------------------------------------------------

def test_alpine_x_data_holds_records():
    found = _found("<div x-data=\"{ open: false, queue: [{ who: 'Rosalind Achterberg', tel: '909.466.2017', "
                   "where: '1532 E Walnut Crest Dr', status: 'callback' }, { who: 'Dmitri Valchev', "
                   "tel: '(909) 463-5521', where: '781 N Larkspur Way', status: 'callback' }] }\">"
                   "<button @click='open = !open'>Queue</button></div>", "outages/report/")
    assert {"Rosalind Achterberg", "Dmitri Valchev"} <= values_of(found, "customer_name")
    assert {"909.466.2017", "(909) 463-5521"} <= values_of(found, "phone")


def test_alpine_x_data_of_a_menu_or_a_function_reports_no_one():
    found = _found("<div x-data=\"{ open: false, tab: 'rates' }\"><a href='/rates/'>Rates</a></div>"
                   "<div x-data=\"dropdown()\">Menu</div>"
                   "<div x-data=\"{ offices: [{ name: 'Utility Billing', tel: '(909) 395-2000', "
                   "where: '303 East B St' }] }\"></div>")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


# --- 8. a minified island's one-letter keys ----------------------------------------------------------------------

def test_one_letter_keys_beside_a_found_account_are_judged_by_their_shapes():
    script = ('const rows=[{"n": "Wen Li", "a": "7006 4419 2083", "k": 512}, '
              '{"n": "\\u0531\\u0576\\u056b \\u054d\\u0561\\u0580\\u0563\\u057d\\u0575\\u0561\\u0576", '
              '"a": "700355081742", "k": 377}];export default function mount(el){el.dataset.n=rows.length}')
    found = pairs_found(f"{_SITE}/static/js/islands/arrears.7c1e.js", script, "application/javascript")
    names = values_of(found, "customer_name")
    assert "Wen Li" in names and "Անի Սարգսյան" in names
    assert {"7006 4419 2083", "700355081742"} <= values_of(found, "account_number")


def test_one_letter_keys_of_a_chart_report_no_one():
    script = ('const pts=[{"n": "Jan", "a": "20240131", "k": 512}, {"n": "Feb", "a": "20240229", "k": 377}];'
              'export default function draw(el){el.dataset.n=pts.length}')
    found = pairs_found(f"{_SITE}/static/js/islands/chart.2b1f.js", script, "application/javascript")
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")


# --- 9. a family trust's EIN ---------------------------------------------------------------------------------------

def _recipients(name: str, tin: str) -> str:
    return json.dumps({"program": "Residential Solar Rebate", "recipients": [
        {"recipient": "Benedikta Sørlie", "site": "2281 W Juniper Knoll Dr, Ontario, CA 91762",
         "sce_account": "700-611-402-385", "rebate": 2000},
        {"recipient": name, "payee_tin": tin, "sce_account": "700-611-559-204", "rebate": 5000}]})


def test_a_family_trusts_tin_is_the_familys():
    found = pairs_found(f"{_SITE}/data/solar-rebates.json", _recipients("Achterberg Family Trust", "47-2281906"),
                        "application/json")
    assert "47-2281906" in values_of(found, "taxpayer_id")
    found = pairs_found(f"{_SITE}/data/solar-rebates.json", _recipients("The Valchev Living Trust", "47-2281906"),
                        "application/json")
    assert "47-2281906" in values_of(found, "taxpayer_id")


def test_a_land_trusts_or_a_firms_tin_stays_public():
    for firm in ("Chino Valley Land Trust", "Sunridge Solar Installers Inc."):
        found = pairs_found(f"{_SITE}/data/solar-rebates.json", _recipients(firm, "47-2281906"), "application/json")
        assert "47-2281906" not in values_of(found, "taxpayer_id")


# --- 10. a prefill's JSON in a hidden input ----------------------------------------------------------------------

def test_a_hidden_prefill_json_joins_the_forms_record():
    found = _found("<form method='post' action='/account/login'><input type='hidden' name='prefill' value='"
                   + html.escape(json.dumps({"name": "Rosalind Achterberg", "email": "rachterberg@att.net"}))
                   + "'><input type='hidden' name='acct' value='3-774-2106-58'><button>Sign in</button></form>",
                   "my-account/")
    assert "Rosalind Achterberg" in values_of(found, "customer_name")
    assert "rachterberg@att.net" in values_of(found, "email")


def test_a_hidden_json_of_a_forms_settings_reports_no_one():
    found = _found("<form method='post' action='/subscribe'><input type='hidden' name='cfg' value='"
                   + html.escape(json.dumps({"list": "outage-alerts", "lang": "en", "double_opt_in": 1}))
                   + "'><label>Email <input name='email' value=''></label><button>Subscribe</button></form>")
    assert not found


# --- 11. an invoice's order and a hand-patched Nuxt payload ------------------------------------------------------

def test_an_invoices_ordered_product_usage_is_the_customers():
    invoice = {"@context": "https://schema.org", "@type": "Invoice", "accountId": "7004418827",
               "customer": {"@type": "Person", "name": "Rosalind Achterberg", "email": "rachterberg@att.net"},
               "referencesOrder": {"@type": "Order", "orderedItem": {"@type": "Product", "name": "Electric generation",
                                   "additionalProperty": {"@type": "PropertyValue", "name": "usage_kWh",
                                                          "value": 1284}}}}
    found = _found(f"<script type='application/ld+json'>{json.dumps(invoice)}</script>", "pay-bill/")
    assert "1284" in values_of(found, "energy_usage")


def test_a_stores_product_with_a_figure_reports_no_usage():
    store = {"@context": "https://schema.org", "@type": "Store", "name": "Ontario Energy Store",
             "makesOffer": {"@type": "Offer", "itemOffered": {"@type": "Product", "name": "Smart thermostat",
                            "additionalProperty": {"@type": "PropertyValue", "name": "savings_kWh", "value": 310}}}}
    found = _found(f"<script type='application/ld+json'>{json.dumps(store)}</script>", "store/")
    assert not values_of(found, "energy_usage")


def test_a_nuxt_payload_with_values_written_as_themselves_is_still_read_as_its_tree():
    payload = [["ShallowReactive", 1], {"data": 2, "serverRendered": True}, ["ShallowReactive", 3],
               {"app-5521": 4}, {"applicant": 5, "premise": 6, "sa": 7, "kwhLastYear": 8412},
               "Rosalind Achterberg", "1532 E Walnut Crest Dr", "3-774-2106-58"]
    found = _found(f"<script type='application/json' id='__NUXT_DATA__'>{json.dumps(payload)}</script>",
                   "programs/upgrade/")
    assert "Rosalind Achterberg" in values_of(found, "customer_name")
    assert "8412" in values_of(found, "energy_usage")
