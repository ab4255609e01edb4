"""Parts of a page that are published but were not read as what they are: rows commented out of a table, an
iframe's ``srcdoc``, the choices of a ``<select>``, tel: links, tables built of divs. Each is read (extraction)
and checked end to end by every registry detector, beside the same shapes on a City page that are public."""
from __future__ import annotations

from html import escape as html_escape

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def html(body: str):
    return extract("https://www.pomonaca.gov/page", body.encode("utf-8"), "text/html; charset=utf-8")


def found(body: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(html(body), load_detectors())}


def records(document) -> list[list[tuple[str | None, str]]]:
    return [[(f.label, f.text) for f in r.fields] for r in document.records]


# --- a row commented out of a table ------------------------------------------------------------------------

COMMENTED_ROW = ("<table><tr><th>Name</th><th>Account</th><th>Service Address</th></tr>\n"
                 "<!-- <tr><td>William D. Bailey</td><td>{account}</td><td>3063 Ellen Pl</td></tr> -->\n</table>")


@pytest.mark.parametrize("account", ["8066413481", "47993638"])
def test_the_only_row_of_a_table_commented_out_is_a_record_under_the_header(account):
    document = html(COMMENTED_ROW.format(account=account))
    assert records(document) == [[("Name", "William D. Bailey"), ("Account", account),
                                  ("Service Address", "3063 Ellen Pl")]]
    assert all(s.hidden == "html comment" for s in document.segments if s.label)
    assert {("customer_name", "William D. Bailey"), ("account_number", account),
            ("address", "3063 Ellen Pl")} <= found(COMMENTED_ROW.format(account=account))


def test_commented_out_navigation_and_budget_rows_raise_nothing():
    assert found("<!-- <nav><ul><li><a href='/'>Home</a></li><li><a href='/utilities?tab=billing'>Utilities</a>"
                 "</li></ul></nav> --><main><p>Welcome to the City of Pomona.</p></main>") == set()
    assert found("<table><tr><th>Account</th><th>Description</th><th>FY 2024-25</th></tr>"
                 "<!-- <tr><td>101-4310-5220</td><td>Natural Gas</td><td>$2,300</td></tr> --></table>") == set()


def test_markup_nested_in_markup_is_parsed_a_few_levels_deep_then_read_as_text():
    inner = "<p>Customer Jane Doe, SSN 512-34-6789</p>"
    for _ in range(5):
        inner = '<iframe srcdoc="' + html_escape(inner) + '"></iframe>'
    document = html(inner)
    assert any("512-34-6789" in s.text for s in document.segments)
    assert any("not parsed: nested" in w for w in document.warnings)


# --- an iframe's srcdoc -----------------------------------------------------------------------------------

SRCDOC = ('<iframe title="preview" srcdoc="&lt;p&gt;Customer Maria Lopez, Account No. 2-41-552-0931, '
          '1234 W Holt Ave, tel. (909) 555-0142&lt;/p&gt;"></iframe>')


def test_an_iframe_s_srcdoc_is_read_as_html_shown_or_hidden_as_the_iframe_is():
    document = html(SRCDOC)
    (segment,) = [s for s in document.segments if "Maria" in s.text]
    assert segment.text == "Customer Maria Lopez, Account No. 2-41-552-0931, 1234 W Holt Ave, tel. (909) 555-0142"
    assert (segment.hidden, segment.location.element) == (None, "iframe > srcdoc > p")
    hidden = html(f"<div hidden>{SRCDOC}</div>")
    assert [s.hidden for s in hidden.segments if "Maria" in s.text] == ["hidden attribute"]
    assert {("account_number", "2-41-552-0931"), ("customer_name", "Maria Lopez"), ("address", "1234 W Holt Ave"),
            ("phone", "(909) 555-0142")} <= found(SRCDOC)


def test_a_srcdoc_of_a_city_widget_raises_nothing():
    assert found('<iframe srcdoc="&lt;h2&gt;Utilities Customer Service&lt;/h2&gt;&lt;p&gt;City Hall, 505 S. Garey '
                 'Ave, Pomona. Call (909) 620-2241.&lt;/p&gt;"></iframe>') == set()


# --- the choices of a select ------------------------------------------------------------------------------

SELECT = ('<form><label>Customer account <select name="account">'
          '<option value="3417119237">Jacobs, Amber &ndash; 43 Orange Grove Ave</option>'
          '<option value="3417119245">Nguyen, Thanh &ndash; 1290 W Holt Ave</option></select></label></form>')


def test_each_option_is_a_record_of_its_value_and_its_text():
    assert records(html(SELECT)) == [
        [("Customer account ID", "3417119237"), (None, "Jacobs, Amber"), (None, "43 Orange Grove Ave")],
        [("Customer account ID", "3417119245"), (None, "Nguyen, Thanh"), (None, "1290 W Holt Ave")]]
    assert {("account_number", "3417119237"), ("customer_name", "Jacobs, Amber"), ("address", "43 Orange Grove Ave"),
            ("account_number", "3417119245"), ("customer_name", "Nguyen, Thanh"),
            ("address", "1290 W Holt Ave")} <= found(SELECT)


@pytest.mark.parametrize("body", [
    '<label for="dept">Department</label><select id="dept"><option value="">Choose</option>'
    '<option value="4310">Public Works &ndash; 148 N Huntington St</option><option value="2100">Planning</option></select>',
    '<select name="district" aria-label="Council district"><option value="1">District 1 &ndash; John Nolte</option>'
    '<option value="3">District 3 &ndash; Victor Preciado</option></select>',
    '<select name="year"><option>2024</option><option value="2023">2023</option></select>',
])
def test_selects_of_departments_and_districts_raise_nothing(body):
    assert found(body) == set()


# --- JSON data: JSON-LD's values and inline arrays of records -------------------------------------------------

JSON_LD = ('<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Person", '
           '"name": "Amber Jacobs", "telephone": "(909) 555-0142", "address": {{"@type": "PostalAddress", '
           '"streetAddress": "43 Orange Grove Ave", "addressLocality": "Pomona", "postalCode": "91767"}}, '
           '"identifier": {identifier}}}</script><p>Customer spotlight: how one family cut their bill.</p>')


@pytest.mark.parametrize("identifier, label", [
    ('{"@type": "PropertyValue", "name": "Svc Acct #", "value": "3417119237"}', "Svc Acct #"),
    ('{"name": "acct.", "value": "47993638"}', "acct."),
    ('[{"@type": "PropertyValue", "propertyID": "SA ID", "value": "3417119237"}]', "SA ID"),
])
def test_a_property_value_is_its_parent_s_field_under_its_own_name(identifier, label):
    document = html(JSON_LD.format(identifier=identifier))
    (person,) = records(document)
    assert person == [("name", "Amber Jacobs"), ("telephone", "(909) 555-0142"),
                      ("address", "43 Orange Grove Ave, Pomona, 91767"), (label, person[-1][1])]
    findings = found(JSON_LD.format(identifier=identifier))
    assert {("customer_name", "Amber Jacobs"), ("phone", "(909) 555-0142"), ("account_number", person[-1][1])} <= findings
    assert not any(value in ("Svc", "acct.") for _, value in findings)


def test_the_city_s_own_linked_data_raises_nothing():
    assert found('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
                 '"GovernmentOrganization", "name": "City of Pomona", "telephone": "+1-909-620-2241", "email": '
                 '"cityclerk@pomonaca.gov", "address": {"@type": "PostalAddress", "streetAddress": "505 S Garey Ave", '
                 '"addressLocality": "Pomona", "postalCode": "91766"}, "identifier": {"@type": "PropertyValue", '
                 '"name": "EIN", "value": "95-6000765"}, "department": [{"@type": "GovernmentOffice", "name": '
                 '"Utility Billing", "telephone": "(909) 620-2241"}]}</script>') == set()


ENROLLMENTS = ('<div id="grid">Loading enrollments&hellip;</div><script>window.__INITIAL_STATE__ = {"records": ['
               '{"holder": "El-Sayed, Fatima", "acctNo": "4996572458", "svcAddr": "2796 Phillips Blvd Spc 31", '
               '"phone": "+1 714-680-1393", "kwh": 2370}, {"name": "Yasmin Hamdan", "sa_id": "700738918991", '
               '"svcAddr": "19091 Palomares St Unit C", "phone": "562-316-3723", "usage_kwh": 584}]};\n'
               "renderGrid(document.getElementById('grid'));</script>")


def test_an_array_of_records_assigned_in_code_keeps_each_record():
    assert {("customer_name", "El-Sayed, Fatima"), ("energy_usage", "2370"), ("account_number", "4996572458"),
            ("customer_name", "Yasmin Hamdan"), ("energy_usage", "584"), ("address", "19091 Palomares St Unit C"),
            ("phone", "562-316-3723")} <= found(ENROLLMENTS)


def test_a_page_s_chart_and_settings_data_raise_nothing():
    assert found("<script>var chartData = {\"labels\": [\"Jan\", \"Feb\"], \"series\": [{\"name\": \"Residential "
                 "average\", \"kwh\": [512, 498]}, {\"name\": \"City Hall\", \"kwh\": [41200, 39800]}]};\n"
                 "drawChart('usage', chartData);</script><script>init({\"staff\": [{\"name\": \"Jane Doe\", "
                 "\"title\": \"Utility Billing Supervisor\", \"phone\": \"(909) 620-2241\"}]});</script>") == set()


# --- tables built of divs ---------------------------------------------------------------------------------------

def div_grid(header: list[str], rows: list[list[str]], *, header_class: str = "row head") -> str:
    def row(cells, classes):
        return f"<div class='{classes}'>" + "".join(f"<div class='cell c{i}'>{c}</div>" for i, c in enumerate(cells)) + "</div>"
    return "<div class='grid'>" + row(header, header_class) + "".join(row(r, "row") for r in rows) + "</div>"


CUSTOMER_GRID = div_grid(["Customer", "Account", "Service address", "Phone"], [
    ["Amber Jacobs", "3417119237", "43 Orange Grove Ave", "(909) 555-0142"],
    ["Thanh Nguyen", "3417119245", "1290 W Holt Ave", "(909) 555-0177"],
    ["Hovhannes Sarkissian", "3417119251", "877 E Lexington Ave", "(909) 555-0190"]])


def test_rows_of_divs_under_a_row_of_labels_are_a_table():
    document = html(CUSTOMER_GRID)
    assert records(document)[1] == [("Customer", "Thanh Nguyen"), ("Account", "3417119245"),
                                    ("Service address", "1290 W Holt Ave"), ("Phone", "(909) 555-0177")]
    assert records(html(CUSTOMER_GRID.replace("row head", "row"))) == records(document)  # labels alone say header
    assert {("customer_name", "Thanh Nguyen"), ("address", "1290 W Holt Ave"), ("phone", "(909) 555-0177"),
            ("customer_name", "Hovhannes Sarkissian"), ("address", "877 E Lexington Ave")} <= found(CUSTOMER_GRID)


def test_aria_table_roles_make_a_table():
    body = ('<div role="table"><div role="rowgroup"><div role="row"><span role="columnheader">Name</span>'
            '<span role="columnheader">SA ID</span><span role="columnheader">kWh</span></div></div>'
            '<div role="rowgroup"><div role="row"><span role="cell">Lucia Herrera</span><span role="cell">'
            '7007389189</span><span role="cell">712</span></div></div></div>')
    assert records(html(body)) == [[("Name", "Lucia Herrera"), ("SA ID", "7007389189"), ("kWh", "712")]]


@pytest.mark.parametrize("body", [
    div_grid(["Name", "Title", "Phone"], [["Jane Doe", "Utility Billing Supervisor", "(909) 620-2241"],
                                          ["Mark Ruiz", "Energy Analyst", "(909) 620-2242"]]),
    div_grid(["Facility", "Address", "Hours"], [["Ganesha Park", "1575 N White Ave", "8 am - 10 pm"],
                                                ["Palomares Park", "499 E Arrow Hwy", "8 am - 10 pm"]]),
    div_grid(["Rate", "Summer", "Winter"], [["Tier 1", "$0.28/kWh", "$0.25/kWh"], ["Tier 2", "$0.36", "$0.33"]]),
])
def test_grids_of_staff_facilities_and_rates_raise_nothing(body):
    assert found(body) == set()


def test_cards_and_menus_of_divs_are_no_table():
    cards = ("<div class='cards'>" + "".join(
        f"<div class='card'><h3>{n}</h3><p>{a}</p></div>" for n, a in [("Ganesha Park", "1575 N White Ave"),
                                                                      ("Phillips Ranch Park", "90 Village Loop")])
             + "</div>")
    menu = "<ul class='menu'><li><a href='/a'>About</a></li><li><a href='/b'>Billing</a></li></ul>"
    listing = "<div class='list'><div class='item'><span>Name</span> <span>Phone</span></div><p>Jane Doe</p></div>"
    for body in (cards, menu, listing, LINKS):  # LINKS: list items of text and two links each
        assert html(body).records == []


# --- tel: links ---------------------------------------------------------------------------------------------

LINKS = ('<ul><li>Maria Lopez (PCE customer, 1234 W Holt Ave) &ndash; <a href="mailto:maria.lopez@gmail.com">email'
         '</a> | <a href="tel:+13233563416">call</a></li><li>Thanh Nguyen (PCE customer, 1290 W Holt Ave) &ndash; '
         '<a href="tel:909.555.0177">call</a></li></ul>')


def test_a_tel_link_s_number_is_read_after_its_text_in_its_block():
    assert [s.text for s in html(LINKS).segments if "Maria" in s.text] == [
        "Maria Lopez (PCE customer, 1234 W Holt Ave) – email | call (tel. +1 323-356-3416)"]
    assert {("phone", "+1 323-356-3416"), ("phone", "909-555-0177")} <= found(LINKS)


def test_tel_links_of_city_offices_and_firms_raise_nothing():
    assert found('<h2>Contact us</h2><ul><li>Utility Billing: <a href="tel:+19096202241">call</a></li>'
                 '<li>Pomona Choice Energy customer service <a href="tel:9096202242">call us</a></li>'
                 '<li>After hours emergencies <a href="tel:1-909-620-2000">call</a></li></ul>'
                 '<p>Approved contractor: Valley Solar Inc. <a href="tel:+16265550123">call</a></p>') == set()


def test_json_in_a_data_attribute_is_records_as_in_a_script():
    props = html_escape('{"customer": {"name": "Lee, Thomas R.", "accountNumber": "700518393777", '
                        '"serviceAddress": "19543 Sumac Dr Apt 4B", "phone": "(909)940-8586"}}')
    assert {("customer_name", "Lee, Thomas R."), ("account_number", "700518393777"),
            ("address", "19543 Sumac Dr Apt 4B"), ("phone", "(909)940-8586")} <= found(
        f"<div id='widget' data-props='{props}'></div>")
    settings = html_escape('{"office": "City Hall", "phone": "(909) 620-2311", "zoom": [1, 2, 3]}')
    assert found(f"<div data-config='{settings}'></div><div data-x='{{not json'></div>") == set()


def test_a_card_under_a_name_ending_in_an_initial_is_one_record():
    assert {("customer_name", "Raymond, Sean R."), ("address", "776 Orange Grove Ave Spc 31, Pomona, CA 91766"),
            ("email", "seanraymond@outlook.com")} <= found(
        "<div class='card'><h3>Raymond, Sean R.</h3><p class='addr'>776 Orange Grove Ave Spc 31, Pomona, CA 91766</p>"
        "<p><span class='lbl'>Premise #</span> P34183549</p><p>seanraymond@outlook.com</p></div>")


def test_a_customer_in_a_title_attribute_written_surname_first():
    assert found("<p>Reviewed: <span title='Customer CHOU, MEI-CHUAN, phone 323-897-9270'>case 1 of 1</span></p>") == {
        ("customer_name", "CHOU, MEI-CHUAN"), ("phone", "323-897-9270")}


# --- a script file of its own ---------------------------------------------------------------------------------

def test_a_script_file_is_read_as_an_inline_script_its_data_as_records():
    body = ('var rows = [{"customer": "Rosalind Achebe", "account": "41-7720-93"}];\n'
            'render(rows); // kiosk login: admin / Kiosk$1096\n').encode()
    document = extract("https://www.pomonaca.gov/js/state.js", body, "application/javascript")
    assert document.content_type == "text/javascript"
    assert records(document) == [[("customer", "Rosalind Achebe"), ("account", "41-7720-93")]]
    code = [s for s in document.segments if s.label is None]
    assert [s.hidden for s in code] == ["script file"] and "Kiosk$1096" in code[0].text
