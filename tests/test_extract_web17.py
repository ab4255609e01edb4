"""Customer data hidden in feeds and scripts (red team hidden17) and table headers naming two roles (city17)."""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_DETECTORS = load_detectors({})


def found(name: str, body: str) -> set[tuple[str, str]]:
    document = extract(name, body.encode())
    return {(f.category, f.value) for f in scan_document(document, _DETECTORS)}


def _rss(description: str) -> str:
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Light Dept news</title><item>"
            f"<title>Update</title><link>http://example.gov/n/4</link><description>{description}</description>"
            "</item></channel></rss>")


def test_an_rss_items_plain_text_description_is_read_as_prose():
    got = found("feed.xml", _rss("Reported by: Imogen Castellano, (478) 615-2290. Service address 1187 Tupelo Bend, "
                                 "Dacula, GA 30019. Account No. 552190-447. Email on file icastellano@yahoo.com."))
    assert {("customer_name", "Imogen Castellano"), ("phone", "(478) 615-2290"),
            ("account_number", "552190-447"), ("email", "icastellano@yahoo.com")} <= got
    assert any(category == "address" for category, _ in got)


def test_an_rss_news_items_description_stays_public():
    assert found("feed.xml", _rss("The Public Works Department will close Tupelo Bend between Main St and 4th Ave on "
                                  "Monday for paving. Questions: Director Harold Vance, (478) 615-2000.")) == set()
    assert found("feed.xml", _rss("Outage update")) == set()


def _page(script: str) -> str:
    return f"<html><body><div id='app'></div><script>{script}</script></body></html>"


def test_a_data_grids_rows_are_read_under_its_columns_titles():
    got = found("p.html", _page(
        "$('#payers').DataTable({columns:[{title:'Customer'},{title:'Service Address'},{title:'Phone'},"
        "{title:'Account'},{title:'kWh'}],data:[['Rosalind Achebe','4410 Quail Hollow Dr, Dacula, GA 30019',"
        "'(478) 615-7734','8812-004519-07','1,906'],['Teodor Wilkes','27 Fenwick Ct, Dacula, GA 30019',"
        "'(478) 615-2281','8812-007733-02','744']]});"))
    assert {("customer_name", "Rosalind Achebe"), ("customer_name", "Teodor Wilkes"),
            ("phone", "(478) 615-7734"), ("account_number", "8812-007733-02")} <= got
    handsontable = found("p.html", _page(
        "new Handsontable(el, {colHeaders: ['Account Holder', 'Acct No', 'Phone'], "
        "data: [['Rosalind Achebe', '8812-004519-07', '(478) 615-7734']]});"))
    assert ("customer_name", "Rosalind Achebe") in handsontable


def test_a_grid_of_facilities_or_staff_stays_public():
    assert found("p.html", _page(
        "$('#t').DataTable({columns:[{title:'Facility'},{title:'Address'},{title:'Meter'},{title:'kWh'}],"
        "data:[['Fire Station 3','210 Depot St','M-55102','14,220'],['Senior Center','88 Oak Ave','M-55107',"
        "'9,310']]});")) == set()
    assert found("p.html", _page(
        "new gridjs.Grid({columns:['Name','Title','Department'],data:[['Harold Vance','Director','Public Works'],"
        "['Mireille Okafor','Clerk','Finance']]}).render(el);")) == set()


def test_a_javascript_object_literal_with_bare_keys_is_data():
    got = found("p.html", _page(
        "localStorage.setItem('lastPayer', JSON.stringify({payerName:'Lucinda Marchetti', acctNo:'6604-22817', "
        "svcAddr:'1290 Persimmon Ridge Rd, Toccoa, GA 30577', phone:'(706) 880-4412'}));"))
    assert {("customer_name", "Lucinda Marchetti"), ("account_number", "6604-22817"),
            ("phone", "(706) 880-4412")} <= got
    assert any(category == "address" for category, _ in got)


def test_a_staff_list_in_a_javascript_literal_stays_public():
    assert found("p.html", _page(
        "var staff = [{name:'Harold Vance', title:'Director of Public Works', phone:'(706) 880-2000'},"
        "{name:'Mireille Okafor', title:'City Clerk', phone:'(706) 880-2010'}]; render(staff);")) == set()


def _state_in_escaped_json() -> str:
    return ('{\\"billing\\": {\\"accounts\\": [{\\"holder\\": \\"Lucinda Marchetti\\", '
            '\\"acctNo\\": \\"6604-22817\\", \\"contactPhone\\": \\"(706) 880-4412\\"}]}}')


def test_escaped_json_parsed_by_the_script_is_read_as_records():
    got = found("p.html", _page(f'window.__STATE__ = JSON.parse("{_state_in_escaped_json()}");'))
    assert {("customer_name", "Lucinda Marchetti"), ("account_number", "6604-22817"),
            ("phone", "(706) 880-4412")} <= got


def test_base64_json_decoded_by_the_script_is_read_as_records():
    import base64
    import json
    records = [{"name": "Lucinda Marchetti", "account": "6604-22817", "phone": "(706) 880-4412"}]
    encoded = base64.b64encode(json.dumps(records).encode()).decode()
    for script in (f"var rows = JSON.parse(atob('{encoded}'));",
                   f"const rows = JSON.parse(Buffer.from(\"{encoded}\", 'base64').toString());"):
        assert {("customer_name", "Lucinda Marchetti"), ("account_number", "6604-22817")} <= found("p.html",
                                                                                               _page(script))


def test_base64_of_public_settings_or_bytes_stays_public():
    import base64
    import json
    settings = base64.b64encode(json.dumps({"theme": "dark", "contact": "Harold Vance, Director"}).encode()).decode()
    image = base64.b64encode(bytes(range(256))).decode()
    assert found("p.html", _page(f"var cfg = JSON.parse(atob('{settings}')); var px = atob('{image}');")) == set()


def test_a_payment_pickers_choice_lists_the_account_holders_fields():
    got = found("p.html", "<form><label for='pay'>Choose the account to pay</label><select id='pay' name='pay'>"
                          "<option value='W0388214'>Bartholomew Adeyemi &ndash; 662 Loblolly Ln, Toccoa, GA 30577 "
                          "&ndash; 706.291.4410</option><option value='W0388215'>Sunniva Ekdahl | 19 Creekbank Rd, "
                          "Toccoa, GA 30577 | 706.291.7782</option></select></form>")
    assert {("customer_name", "Bartholomew Adeyemi"), ("phone", "706.291.4410"), ("account_number", "W0388214"),
            ("customer_name", "Sunniva Ekdahl"), ("account_number", "W0388215")} <= got
    assert ("address", "662 Loblolly Ln, Toccoa, GA 30577") in got


def test_directory_and_department_choices_stay_public():
    assert found("p.html", "<form><label for='d'>Department</label><select id='d' name='dept'>"
                           "<option value='pw'>Public Works &ndash; 210 Depot St &ndash; (706) 291-2000</option>"
                           "<option value='fin'>Finance &ndash; City Hall &ndash; (706) 291-2010</option></select>"
                           "<label for='b'>Business directory</label><select id='b' name='biz'>"
                           "<option value='118'>Hartwell Tree Care Inc. &ndash; 45 Industrial Blvd &ndash; "
                           "(706) 291-5500</option><option value='119'>Lakeside Dental Group &ndash; 300 Main St "
                           "&ndash; (706) 291-6611</option></select></form>") == set()


def test_a_column_naming_an_owner_and_a_customer_is_a_customers_name_column():
    from detectors.context.headers import header_kind
    assert header_kind("Owner / Customer") == ("name", True)
    assert header_kind("Tenant/Owner")[0] == "name"
    assert header_kind("Business / Owner")[0] == "soft"
    assert header_kind("Owner / Agent")[0] in ("soft", "veto")  # an agent is no customer either
    got = found("lien.html", "<h2>Utility Lien List</h2><table><tr><th>Owner / Customer</th><th>Location</th>"
                             "<th>Water Acct</th><th>Amount</th></tr><tr><td>Fenella Ouattara</td>"
                             "<td>77 Cobble Hill Rd</td><td>W-58214</td><td>$912.40</td></tr><tr>"
                             "<td>Ignatius Prewitt</td><td>9 Salt Marsh Ln</td><td>W-58390</td><td>$1,377.05</td>"
                             "</tr></table>")
    assert {("customer_name", "Fenella Ouattara"), ("account_number", "W-58214"),
            ("customer_name", "Ignatius Prewitt"), ("account_number", "W-58390")} <= got


def test_a_business_directory_headed_business_and_owner_stays_public():
    assert found("biz.html", "<table><tr><th>Business / Owner</th><th>Address</th><th>Phone</th></tr>"
                             "<tr><td>Harbor Light Bakery</td><td>12 Front St</td><td>(781) 293-4410</td></tr>"
                             "<tr><td>Quarry Hill Dental</td><td>300 Main St</td><td>(781) 293-6611</td></tr>"
                             "</table>") == set()


def test_a_column_of_requester_types_holds_roles_not_names():
    from detectors.context.headers import header_kind
    assert header_kind("Requester type") == (None, False)
    assert header_kind("Caller Role") == (None, False)
    assert header_kind("Requester")[0] == "name"
    got = found("log.html", "<table><tr><th>Request #</th><th>Requester type</th><th>Records sought</th>"
                            "<th>Disposition</th></tr><tr><td>PRR-2026-118</td><td>Attorney</td><td>Payment history "
                            "for Cosima Halvorsen, account 07-2291-05</td><td>Denied</td></tr><tr><td>PRR-2026-119"
                            "</td><td>Resident</td><td>Paving contract with Granite Coast Paving</td><td>Produced</td>"
                            "</tr></table>")
    assert ("account_number", "07-2291-05") in got
    assert not {value for category, value in got if category == "customer_name"} & {"Attorney", "Resident"}


def test_json_kept_in_a_string_literal_is_read_as_records():
    got = found("p.html", _page("localStorage.setItem('lastPayer', '{\"payerName\": \"Lucinda Marchetti\", "
                                "\"serviceAddress\": \"1290 Persimmon Ridge Rd, Toccoa, GA 30577\", "
                                "\"acctNo\": \"6604-22817\"}');"))
    assert {("customer_name", "Lucinda Marchetti"), ("account_number", "6604-22817")} <= got
    assert any(category == "address" for category, _ in got)
    assert found("p.html", _page("localStorage.setItem('prefs', '{\"theme\": \"dark\", \"lang\": \"en\"}'); "
                                 "var msg = '[Public Works] Harold Vance, Director';")) == set()
