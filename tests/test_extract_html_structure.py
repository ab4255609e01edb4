"""HTML structure that says which value is whose without a one-row header or a label beside the value: tables
with headers in two rows (a group over its columns) and cells spanning rows, Drupal's field markup, word-by-word
positioned text of a PDF converted to HTML, JSON shown in ``<pre>``, lists of values in JSON and table rows in a
``<template>``. Each is read (extraction) and checked end to end by every registry detector, beside the same
structure on a City page holding public numbers only."""
from __future__ import annotations

import pytest

from tests.test_extract_html_parts import found, html, records


# --- tables: a header in two rows, cells spanning rows ---------------------------------------------------------

GROUPED_HEADER = ("<table><tr><th colspan=3>Account holder</th><th colspan=2>Balance</th></tr>"
                  "<tr><th>Name</th><th>Account Number</th><th>Contact</th><th>Past due</th><th>Forgiven</th></tr>"
                  "<tr><td>Dakota Duncan</td><td>3904-24861</td><td>(909) 499-9271</td><td>$412</td><td>$120</td></tr>"
                  "<tr><td>Rosa Ibarra</td><td>3904-55102</td><td>(626) 318-0492</td><td>$88</td><td>$0</td></tr>"
                  "</table>")


def test_a_group_header_over_a_row_of_headers_labels_each_column_by_both():
    document = html(GROUPED_HEADER)
    assert records(document)[0] == [
        ("Account holder: Name", "Dakota Duncan"), ("Account holder: Account Number", "3904-24861"),
        ("Account holder: Contact", "(909) 499-9271"), ("Balance: Past due", "$412"), ("Balance: Forgiven", "$120")]
    assert len(document.records) == 2  # the header rows are no records
    assert {("customer_name", "Dakota Duncan"), ("account_number", "3904-24861"), ("phone", "(909) 499-9271"),
            ("customer_name", "Rosa Ibarra"), ("account_number", "3904-55102")} <= found(GROUPED_HEADER)


ROWSPAN_BODY = ("<table><thead><tr><th colspan=2>Customer</th><th rowspan=2>Meter #</th><th colspan=2>Usage (kWh)"
                "</th></tr><tr><th>Name</th><th>Service Address</th><th>May</th><th>June</th></tr></thead><tbody>"
                "<tr><td rowspan=2>Mai, Jane</td><td rowspan=2>2739 E Valley Blvd, Pomona, CA 91768</td>"
                "<td>W13N-044516</td><td>1778</td><td>1201</td></tr>"
                "<tr><td>W64N-041042</td><td>1966</td><td>1081</td></tr></tbody></table>")


def test_a_header_spanning_rows_keeps_its_column_and_a_body_cell_spanning_rows_is_in_each_row():
    document = html(ROWSPAN_BODY)
    first, second = records(document)
    assert first == [("Customer: Name", "Mai, Jane"), ("Customer: Service Address", "2739 E Valley Blvd, Pomona, CA 91768"),
                     ("Meter #", "W13N-044516"), ("Usage (kWh): May", "1778"), ("Usage (kWh): June", "1201")]
    # the continuation row's meter is labelled by its own column (not the name's) and is the same customer's
    assert second == [("Customer: Name", "Mai, Jane"), ("Customer: Service Address", "2739 E Valley Blvd, Pomona, CA 91768"),
                      ("Meter #", "W64N-041042"), ("Usage (kWh): May", "1966"), ("Usage (kWh): June", "1081")]
    assert {("customer_name", "Mai, Jane"), ("energy_usage", "1778"), ("energy_usage", "1966"),
            ("energy_usage", "1081")} <= found(ROWSPAN_BODY)


def test_a_title_row_over_all_columns_is_no_group_of_them():
    document = html("<table><tr><th colspan=3>Enrolled customers, May 2024</th></tr>"
                    "<tr><th>Name</th><th>Account</th><th>Phone</th></tr>"
                    "<tr><td>Dakota Duncan</td><td>3904-24861</td><td>(909) 499-9271</td></tr></table>")
    assert records(document) == [[("Name", "Dakota Duncan"), ("Account", "3904-24861"), ("Phone", "(909) 499-9271")]]


def test_a_row_under_plain_headers_is_data_even_when_it_is_worded():
    """Only a header spanning columns calls for a second header row: a list of facilities is data."""
    document = html("<table><tr><th>Facility</th><th>Department</th></tr>"
                    "<tr><th>City Hall</th><th>Public Works</th></tr><tr><td>Library</td><td>Library</td></tr></table>")
    assert ("Facility", "Library") in records(document)[-1]


RATE_TABLE = ("<table><thead><tr><th rowspan=2>Rate schedule</th><th colspan=2>Summer (June-Sept) $/kWh</th>"
              "<th colspan=2>Winter (Oct-May) $/kWh</th><th rowspan=2>Customers enrolled</th></tr>"
              "<tr><th>On-peak</th><th>Off-peak</th><th>On-peak</th><th>Off-peak</th></tr></thead><tbody>"
              "<tr><td>TOU-D-4-9PM</td><td>0.52</td><td>0.31</td><td>0.44</td><td>0.29</td><td>18,204</td></tr>"
              "<tr><td>TOU-D-PRIME</td><td>0.48</td><td>0.26</td><td>0.39</td><td>0.25</td><td>2,913</td></tr>"
              "<tr><td rowspan=2>Domestic (D)</td><td>0.33</td><td>0.33</td><td>0.31</td><td>0.31</td><td>9,871</td></tr>"
              "<tr><td>0.35</td><td>0.35</td><td>0.32</td><td>0.32</td><td>1,116</td></tr></tbody></table>")

STAFF_TABLE = ("<table><tr><th colspan=2>Staff member</th><th colspan=2>Contact</th></tr>"
               "<tr><th>Name</th><th>Title</th><th>Phone</th><th>Room</th></tr>"
               "<tr><td>Meg Ramos</td><td>City Clerk</td><td>(909) 620-2051</td><td>City Hall 183</td></tr>"
               "<tr><td rowspan=2>Luis Ortega</td><td rowspan=2>Utility Billing Supervisor</td>"
               "<td>(909) 620-2241</td><td>City Hall 140</td></tr><tr><td>(909) 620-2242</td><td>Annex</td></tr>"
               "</table>")


@pytest.mark.parametrize("table", [RATE_TABLE, STAFF_TABLE])
def test_two_row_headers_of_a_city_page_give_no_customer_data(table):
    assert found(table) == set()


# --- fields of a content management system (Drupal's field and views markup) -----------------------------------

DRUPAL_NODE = ('<article class="node node--type-rebate"><div class="node__content">'
               '<div class="field field--name-field-customer-name field--label-above"><div class="field__label">'
               'Customer name</div><div class="field__item">Do-yun Lim</div></div>'
               '<div class="field field--name-field-phone"><div class="field__label">Phone</div>'
               '<div class="field__items"><div class="field__item">213.706.3448</div></div></div>'
               '<div class="field"><div class="field__label">Service address</div><div class="field__item">'
               '1327 E Alvarado St, Pomona, CA 91768</div></div>'
               '<div class="field"><div class="field__label">Service Account</div><div class="field__item">'
               '3-441-8820-17</div></div></div></article>')


def test_drupal_fields_are_labelled_values_and_one_record_of_their_node():
    document = html(DRUPAL_NODE)
    assert records(document) == [[("Customer name", "Do-yun Lim"), ("Phone", "213.706.3448"),
                                  ("Service address", "1327 E Alvarado St, Pomona, CA 91768"),
                                  ("Service Account", "3-441-8820-17")]]
    assert {("customer_name", "Do-yun Lim"), ("phone", "213.706.3448"),
            ("address", "1327 E Alvarado St, Pomona, CA 91768"), ("account_number", "3-441-8820-17")} <= found(DRUPAL_NODE)


VIEWS_ROWS = ('<div class="view-content">' + "".join(
    f'<div class="views-row"><div class="views-field views-field-title"><span class="views-label">Applicant: </span>'
    f'<span class="field-content">{name}</span></div><div class="views-field views-field-field-account">'
    f'<span class="views-label">Service Account: </span><span class="field-content">{account}</span></div>'
    f'<div class="views-field views-field-field-annual-kwh"><span class="field-content">{kwh}</span></div></div>'
    for name, account, kwh in [("Bruno T. Garcia", "3-441-8820-17", "1,553"), ("Ana Ruiz", "3-441-9904-02", "6,210")])
    + '</div>')


def test_each_views_row_is_a_record_and_an_unlabelled_field_is_named_by_its_class():
    document = html(VIEWS_ROWS)
    assert records(document) == [
        [("Applicant", "Bruno T. Garcia"), ("Service Account", "3-441-8820-17"), ("annual kwh", "1,553")],
        [("Applicant", "Ana Ruiz"), ("Service Account", "3-441-9904-02"), ("annual kwh", "6,210")]]
    assert {("customer_name", "Bruno T. Garcia"), ("account_number", "3-441-8820-17"), ("energy_usage", "1,553"),
            ("customer_name", "Ana Ruiz"), ("energy_usage", "6,210")} <= found(VIEWS_ROWS)


def test_a_badge_or_a_form_label_is_no_field_label():
    document = html('<div class="item"><span class="label label-info">New</span><a href="/a">Agenda 2024-06-03</a>'
                    '</div><div class="form-group"><label class="control-label" for="q">Account</label>'
                    '<input id="q" name="q" value="3-441-8820-17"></div>')
    assert [s.label for s in document.segments if s.text == "3-441-8820-17"] == ["Account"]
    assert not any(s.label == "New" for s in document.segments)


STAFF_DIRECTORY = ('<div class="view-content">' + "".join(
    f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">{name}</span>'
    f'</div><div class="views-field views-field-field-job-title"><div class="field-content">{title}</div></div>'
    f'<div class="views-field views-field-field-phone"><span class="views-label">Phone: </span>'
    f'<span class="field-content">{phone}</span></div><div class="views-field views-field-field-email">'
    f'<span class="field-content">{email}</span></div></div>'
    for name, title, phone, email in [
        ("Meg Ramos", "City Clerk", "(909) 620-2051", "meg.ramos@pomonaca.gov"),
        ("Luis Ortega", "Utility Billing Supervisor", "(909) 620-2241", "luis.ortega@pomonaca.gov")]) + '</div>')

PROGRAM_STATISTICS = ('<div class="view-content">' + "".join(
    f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">{program}</span>'
    f'</div><div class="views-field views-field-field-participants"><span class="field-content">{count}</span></div>'
    f'<div class="views-field views-field-field-annual-kwh"><span class="field-content">{kwh}</span></div></div>'
    for program, count, kwh in [("Residential solar rebate", "412", "1,553,000"), ("Smart thermostat", "1,208", "96,640")])
    + '</div>')

FACILITY_NODE = ('<article class="node"><div class="field"><div class="field__label">Facility</div>'
                 '<div class="field__item">Washington Park</div></div><div class="field"><div class="field__label">'
                 'Address</div><div class="field__item">865 E Grand Ave, Pomona, CA 91766</div></div>'
                 '<div class="field"><div class="field__label">Service Account</div><div class="field__item">'
                 '3-009-1142-55</div></div><div class="field"><div class="field__label">Phone</div>'
                 '<div class="field__item">(909) 620-2321</div></div></article>')


@pytest.mark.parametrize("page", [STAFF_DIRECTORY, PROGRAM_STATISTICS, FACILITY_NODE])
def test_city_pages_in_cms_fields_give_no_customer_data(page):
    assert not {category for category, _ in found(page)} & {"customer_name", "energy_usage", "address", "phone"}


# --- JSON: a member's list of values -----------------------------------------------------------------------------

def test_each_value_of_a_member_s_list_is_labelled_by_its_key():
    document = html('<div id="chart" data-config="{&quot;customer&quot;: &quot;Vanesa Gonzales&quot;, '
                    '&quot;kwh&quot;: [&quot;898&quot;, &quot;1,023&quot;, &quot;967&quot;]}"></div>')
    assert [(s.label, s.text) for s in document.segments if s.text in ("898", "1,023", "967")] == [
        ("kwh", "898"), ("kwh", "1,023"), ("kwh", "967")]
    assert [(s.label, s.text) for s in html('<script type="application/json">[["Jan", "Feb"]]</script>').segments] \
        == [(None, "Jan, Feb")]  # a list in a list has no key: one segment, as before


# --- rows outside a table: a <template> of rows -------------------------------------------------------------------

def test_rows_of_a_template_are_records_of_their_cells():
    document = html('<h1>Bill lookup</h1><template id="row"><tr><td>Kwon, Ha-eun B.</td><td>3195 2716 0175</td>'
                    '<td>817 kWh</td></tr></template>')
    assert records(document) == [[(None, "Kwon, Ha-eun B."), (None, "3195 2716 0175"), (None, "817 kWh")]]
    assert {s.hidden for s in document.segments if s.text == "817 kWh"} == {"template"}


def test_a_template_row_of_a_city_page_gives_nothing():
    assert found('<template><tr><td>Agenda item 7</td><td>Ord. 4312</td><td>(909) 620-2051</td></tr></template>'
                 ) == set()


# --- JSON shown in <pre> ------------------------------------------------------------------------------------------

PRE_JSON = ('<pre><code>{\n  "customer": {\n    "fullName": "Bonilla Velasco, Omar C.",\n    "svcAddress": "3102 '
            'Pasadena St Unit D, Pomona, CA 91766",\n    "contactPhone": "626 700 4723",\n    "usageKwh": "1,633"\n'
            '  }\n}</code></pre>')


def test_json_in_pre_is_a_visible_record_labelled_by_its_keys():
    document = html(PRE_JSON)
    assert records(document)[-1] == [("customer.fullName", "Bonilla Velasco, Omar C."),
                                     ("customer.svcAddress", "3102 Pasadena St Unit D, Pomona, CA 91766"),
                                     ("customer.contactPhone", "626 700 4723"), ("customer.usageKwh", "1,633")]
    assert all(s.hidden is None for s in document.segments)
    assert {("customer_name", "Bonilla Velasco, Omar C."), ("phone", "626 700 4723"),
            ("energy_usage", "1,633")} <= found(PRE_JSON)


def test_an_api_example_of_a_city_page_and_text_that_is_no_json_stay_as_they_were():
    assert found('<pre><code>{"program": "Residential solar", "participants": 412, "office_phone": '
                 '"(909) 620-2241", "agenda_item": "2024-0612"}</code></pre>') == set()
    assert [s.text for s in html("<pre>[1, 2\nnot json]</pre>").segments] == ["[1, 2", "not json]"]


# --- a PDF converted to HTML: a positioned span a word ---------------------------------------------------------------

def positioned(lines: list[str]) -> str:
    spans = "".join(f'<span style="position:absolute;left:{72 + 40 * i}px;top:{100 + 14 * n}px">{word}</span>'
                    for n, line in enumerate(lines) for i, word in enumerate(line.split()))
    return f'<div style="position:relative">{spans}</div>'


def test_positioned_words_of_a_line_are_read_as_its_text():
    page = positioned(["letter from customer Troy Cooper, Service Account 3-441-8820-17,",
                       "service address 3431 N Dudley St"])
    assert [s.text for s in html(page).segments] == [
        "letter from customer Troy Cooper, Service Account 3-441-8820-17,\nservice address 3431 N Dudley St"]
    assert {("customer_name", "Troy Cooper"), ("account_number", "3-441-8820-17")} <= found(page)


def test_a_converted_agenda_gives_nothing():
    assert found(positioned(["CITY COUNCIL AGENDA June 3, 2024 7:00 PM", "Item 7. Ordinance No. 4312 amending rates",
                             "Staff contact: City Clerk (909) 620-2051, 505 S Garey Ave"])) == set()


def test_a_field_of_content_is_no_labelled_value():
    """Drupal's body field holds the page's paragraphs and tables: its blocks are not one 'body' record."""
    document = html('<div class="field field--name-body"><p>Call (909) 620-2051.</p><table><tr><th>Name</th>'
                    '<th>Phone</th></tr><tr><td>Ana Ruiz</td><td>(909) 555-0142</td></tr></table></div>')
    assert not any(s.label == "body" for s in document.segments)
    assert records(document) == [[("Name", "Ana Ruiz"), ("Phone", "(909) 555-0142")]]
