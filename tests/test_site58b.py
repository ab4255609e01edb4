"""What a CMS leaves in a page (site58b): a record a template's debug output printed one field a line (PHP's print_r,
var_export, var_dump) in a <pre> or a text file, a log line's figure with its thousands comma, and a form plugin's
export that names its fields "first" and "last" under a nested key."""
from __future__ import annotations

import json

from tests.detector_helpers import pairs_found

URL = "https://www.lagunaverde-ca.gov/programs/solar-rebate"


def page(body: str) -> str:
    return f"<html><body><h1>Solar rebate</h1>{body}<p>Questions? Call the program line.</p></body></html>"


PRINT_R = """<pre>Array
(
    [given_name] => Oluwaseun
    [family_name] => Abernethy-Ruiz
    [premise_street] => 2280 Cottonwood Bend
    [premise_city] => Laguna Verde
    [bill_acct] => 5-771-2048-36
    [phone_home] => 9094417720
    [ssn] => 531-48-2097
    [kwh_12mo] => 6150
    [entered_by] => Marguerite Solberg
)
</pre>"""


def test_a_print_r_record_in_a_pre_is_a_customer_record():
    found = pairs_found(URL, page(PRINT_R), "text/html")
    assert {("customer_name", "Oluwaseun Abernethy-Ruiz"), ("address", "2280 Cottonwood Bend"),
            ("account_number", "5-771-2048-36"), ("phone", "9094417720"), ("ssn", "531-48-2097"),
            ("energy_usage", "6150")} <= found
    assert not {pair for pair in found if "Solberg" in pair[1]}  # the clerk who entered it


VAR_DUMP = """array(6) {
  ["first_name"]=>
  string(6) "Hyun-ju"
  ["last_name"]=>
  string(5) "Oyama"
  ["service_address"]=>
  string(17) "415 Mirasol Court"
  ["cca_account"]=>
  string(12) "LVCE-4471093"
  ["annual_kwh"]=>
  int(7320)
  ["email"]=>
  string(20) "hyunju.o@hotmail.com"
}
"""


def test_a_var_dump_in_a_pre_keeps_its_fields_together():
    found = pairs_found(URL, page(f"<pre>{VAR_DUMP}</pre>"), "text/html")
    assert {("customer_name", "Hyun-ju Oyama"), ("address", "415 Mirasol Court"),
            ("account_number", "LVCE-4471093"), ("email", "hyunju.o@hotmail.com")} <= found


def test_a_var_dump_left_in_a_text_file():
    found = pairs_found("https://www.lagunaverde-ca.gov/uploads/debug.log", VAR_DUMP, "text/plain")
    assert {("customer_name", "Hyun-ju Oyama"), ("address", "415 Mirasol Court"),
            ("account_number", "LVCE-4471093")} <= found


def test_a_var_export_array_literal():
    body = ("<pre>array (\n  'name' => 'Tadeusz Wroblewski',\n  'svc_addr' => '918 Quarry Hill Rd',\n"
            "  'sce_acct' => '2-30-118-4407',\n)</pre>")
    found = pairs_found(URL, page(body), "text/html")
    assert {("customer_name", "Tadeusz Wroblewski"), ("address", "918 Quarry Hill Rd"),
            ("account_number", "2-30-118-4407")} <= found


def test_a_printed_structure_of_the_citys_own_is_no_record():
    body = ("<pre>Array\n(\n    [staff_name] => Marguerite Solberg\n    [title] => Energy Programs Manager\n"
            "    [phone] => (909) 620-2214\n    [build] => 20250314.0412\n    [ga_id] => G-7731ABC02\n"
            "    [csrf] => 8f14e45fceea167a5a36dedd4bea2543\n)\n</pre>"
            "<pre>$config = array(\n  'db_host' => 'localhost',\n  'cache_ttl' => 3600,\n);</pre>"
            "<pre>Array\n(\n    [facility] => Corporation Yard\n    [street] => 100 Civic Center Plaza\n"
            "    [resolution] => 2025-118\n    [permit] => BLD25-30418\n)\n</pre>")
    found = pairs_found(URL, page(body), "text/html")
    assert not {pair for pair in found if pair[0] in ("customer_name", "address", "phone", "energy_usage")}


def test_a_log_lines_usage_keeps_its_thousands():
    line = ("<pre>cust=Ifeoma Castellanos-Reyes | acct=3-118-5520-71 | kwh=1,486 kWh | rate=TOU-D-PRIME</pre>"
            "<pre>cust=Ifeoma Castellanos-Reyes, acct=3-118-5520-71, kwh=1,486 kWh, rate=TOU-D-PRIME</pre>")
    found = pairs_found(URL, page(line), "text/html")
    assert ("energy_usage", "1,486 kWh") in found
    assert not {pair for pair in found if pair[0] == "energy_usage" and pair[1] in ("1", "1 kWh")}


def test_a_list_of_small_numbers_stays_a_list():
    found = pairs_found(URL, page("<pre>ids=1,2,3 page=4 sort=asc</pre>"), "text/html")
    assert not found


def test_a_form_export_names_its_fields_first_and_last():
    export = {"entries": [{"id": 118, "form": "heat-pump-rebate",
                           "fields": {"first": "Sione", "last": "Fifita", "street": "7731 Larkhaven Dr",
                                      "sce_account": "8000417726", "phone": "(626) 448-1093"}}]}
    found = pairs_found("https://www.lagunaverde-ca.gov/exports/entries.json", json.dumps(export), "application/json")
    assert {("customer_name", "Sione Fifita"), ("account_number", "8000417726")} <= found


def test_first_and_last_of_a_range_are_no_names():
    data = {"report": {"first": "2025-01-01", "last": "2025-03-31", "pages": {"first": 1, "last": 12}},
            "council": [{"first": "Rosa", "last": "Etcheverry", "title": "Mayor"}]}
    found = pairs_found("https://www.lagunaverde-ca.gov/api/meta.json", json.dumps(data), "application/json")
    assert not found


def test_a_print_r_echoed_without_pre_runs_into_one_line():
    body = ("<div class='debug'>Array ( [cust_name] => Ngaire Whitfield-Oduya [premise] => 3307 Saltbush Ct "
            "[edison_acct] => 7004418820 [ssn] => 602-38-1147 [usage_kwh] => 2,210 [agent] => Marguerite Solberg )</div>"
            "<p>array(2) { [\"name\"]=> string(12) \"Bao Tran Ly\" [\"sa_id\"]=> string(13) \"3-552-0918-47\" }</p>")
    found = pairs_found(URL, page(body), "text/html")
    assert {("customer_name", "Ngaire Whitfield-Oduya"), ("address", "3307 Saltbush Ct"),
            ("account_number", "7004418820"), ("ssn", "602-38-1147"), ("customer_name", "Bao Tran Ly"),
            ("account_number", "3-552-0918-47")} <= found
    assert not {pair for pair in found if "Solberg" in pair[1]}


def test_a_ruby_hash_and_a_commented_out_dump():
    body = ('<p>{:name=>"Amadou Keita", :service_address=>"61 Juniper Hollow Ln", :cca_acct=>"LVCE-3390218"}</p>'
            "<!-- Array\n(\n    [first_name] => Ilse\n    [last_name] => Vandermeer\n"
            "    [svc_addr] => 904 Bramble Way\n    [sce_sa] => 2-11-704-5563\n)\n-->")
    found = pairs_found(URL, page(body), "text/html")
    assert {("customer_name", "Amadou Keita"), ("address", "61 Juniper Hollow Ln"), ("account_number", "LVCE-3390218"),
            ("customer_name", "Ilse Vandermeer"), ("address", "904 Bramble Way"),
            ("account_number", "2-11-704-5563")} <= found


def test_a_printed_menu_or_route_table_is_no_record():
    body = ("<div>Array ( [home] => /index.php [rates] => /rates.php [contact] => /contact.php )</div>"
            "<p>Array ( [office] => City Hall [address] => 100 Civic Center Plaza [phone] => (909) 620-2000 "
            "[hours] => 8-5 )</p>"
            "<p>PHP arrays map keys to values: $a = ['x' => 1, 'y' => 2];</p>")
    found = pairs_found(URL, page(body), "text/html")
    assert not {pair for pair in found if pair[0] in ("customer_name", "address", "phone")}


DEBUG_LOG = "https://www.lagunaverde-ca.gov/wp-content/debug.log"


def test_a_debug_logs_form_body_and_serialized_entry():
    log = ("[14-Mar-2025 09:12:44 UTC] POST /rebates/apply body: first_name=Wairimu&last_name=Castellano"
           "&svc_addr=2214+Sagebrush+Ln&sce_acct=2-48-220-7719&email=wairimu.c%40yahoo.com\n"
           '[14-Mar-2025 09:12:45 UTC] entry meta: a:4:{s:9:"full_name";s:14:"Teodor Halvani";'
           's:14:"service_street";s:16:"580 Las Lomas Rd";s:10:"cca_acct";s:12:"LVCE-5520418";s:3:"kwh";i:684;}\n')
    found = pairs_found(DEBUG_LOG, log, "text/plain")
    assert {("customer_name", "Wairimu Castellano"), ("address", "2214 Sagebrush Ln"),
            ("account_number", "2-48-220-7719"), ("email", "wairimu.c@yahoo.com"),
            ("customer_name", "Teodor Halvani"), ("address", "580 Las Lomas Rd"),
            ("account_number", "LVCE-5520418")} <= found


def test_a_debug_logs_settings_and_a_plugins_options_are_no_record():
    log = ("[14-Mar-2025 09:10:01 UTC] GET /wp-admin/admin-ajax.php body: action=heartbeat&interval=60&screen_id=dashboard\n"
           '[14-Mar-2025 09:10:02 UTC] option: a:3:{s:9:"site_name";s:17:"Laguna Verde Clean";'
           's:7:"contact";s:22:"Customer Care Division";s:5:"phone";s:14:"(909) 620-2000";}\n'
           "[14-Mar-2025 09:10:03 UTC] PHP Notice: Undefined index: ga_id in /var/www/html/header.php on line 42\n")
    found = pairs_found(DEBUG_LOG, log, "text/plain")
    assert not {pair for pair in found if pair[0] in ("customer_name", "address", "phone", "account_number")}
