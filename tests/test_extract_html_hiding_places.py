"""Hiding places of a page's source that lost records: an element's data attributes (a map marker), the values
of a ``<select>``'s options, a comment's lines, and a ``<template>`` of rows beside the table it fills. Each is read
(extraction) and checked end to end by every registry detector, beside the same shapes on a City page."""
from __future__ import annotations

import pytest

from tests.test_extract_html_parts import found, html, records


# --- data attributes: field names, one record an element ----------------------------------------------------

MARKER = ('<div class="marker" data-customer="Omar Haddad" data-address="1200 W Holt Ave" '
          'data-{name}="3-33-253-6593" data-phone="(909) 412-7781" data-lat="34.05" data-lng="-117.75"></div>')


@pytest.mark.parametrize("name, label", [
    ("account", "account"), ("acct", "acct"), ("acct-no", "acct no"), ("account-number", "account number"),
    ("customer-id", "customer id"), ("customer_id", "customer id"), ("svc-acct", "svc acct")])
def test_a_data_attribute_is_labelled_by_the_words_of_its_name(name, label):
    document = html(MARKER.format(name=name))
    assert records(document) == [[("customer", "Omar Haddad"), ("address", "1200 W Holt Ave"),
                                  (label, "3-33-253-6593"), ("phone", "(909) 412-7781"), ("lat", "34.05"),
                                  ("lng", "-117.75")]]
    assert {s.hidden for s in document.segments} == {"data attribute"}


@pytest.mark.parametrize("name", ["account", "acct-no", "customer-id"])
def test_a_map_marker_of_a_customer_is_found_whole(name):
    assert {("customer_name", "Omar Haddad"), ("address", "1200 W Holt Ave"), ("account_number", "3-33-253-6593"),
            ("phone", "(909) 412-7781")} <= found(MARKER.format(name=name))


def test_one_data_attribute_alone_is_no_record():
    assert records(html('<button data-toggle="collapse">Menu</button>')) == []


@pytest.mark.parametrize("body", [
    '<div class="marker" data-name="Ganesha Park" data-address="1575 N White Ave" data-phone="(909) 620-2321" '
    'data-lat="34.07" data-lng="-117.76"></div>',
    '<li class="facility" data-facility="Pomona Public Library" data-address="625 S Garey Ave" '
    'data-phone="(909) 620-2043" data-hours="Tue-Thu 10-8"></li>',
    '<div data-station-id="4410" data-address="505 S Garey Ave" data-ports="6" data-lat="34.06"></div>',
    '<div class="accordion" data-toggle="collapse" data-target="#faq-3" data-parent="#faq"></div>',
])
def test_map_markers_of_parks_and_facilities_raise_nothing(body):
    assert found(body) == set()


# --- the choices of a select: the value is the identifier of what the list chooses ----------------------------

SELECT = ('<form><label for="cust">Select customer</label><select id="cust" name="cust">'
          '<option value="70004177984">Pablo Calvillo Lucero &ndash; 599 W. Kingsley Ave</option>'
          '<option value="582536-051821">Aram Kazarian &ndash; 3280 Franklin Ave Spc 31</option></select></form>')


def test_an_option_s_value_is_labelled_as_the_identifier_of_what_the_list_chooses():
    assert records(html(SELECT)) == [
        [("Select customer ID", "70004177984"), ("Select customer", "Pablo Calvillo Lucero"),
         (None, "599 W. Kingsley Ave")],
        [("Select customer ID", "582536-051821"), ("Select customer", "Aram Kazarian"),
         (None, "3280 Franklin Ave Spc 31")]]
    assert {("account_number", "70004177984"), ("customer_name", "Pablo Calvillo Lucero"),
            ("address", "599 W. Kingsley Ave"), ("account_number", "582536-051821"),
            ("customer_name", "Aram Kazarian"), ("address", "3280 Franklin Ave Spc 31")} <= found(SELECT)


# (a list of persons labels the name each option shows, without its value's identifier word: "customer"; a list of
# accounts labels none)
@pytest.mark.parametrize("select, label, named", [
    ('<select name="customer_id">', "customer id", "customer"),  # a label naming an identifier already stays
    ('<select id="acctSelect">', "acct Select ID", None),  # no label nor name: the words of the id
    ('<select name="account_no" aria-label="Account #">', "Account #", None),
])
def test_an_option_s_value_label_without_a_label_element(select, label, named):
    document = html(f'{select}<option value="3417119237">Jacobs, Amber &ndash; 43 Orange Grove Ave</option></select>')
    assert records(document) == [[(label, "3417119237"), (named, "Jacobs, Amber"), (None, "43 Orange Grove Ave")]]
    assert ("account_number", "3417119237") in found(
        f'{select}<option value="3417119237">Jacobs, Amber &ndash; 43 Orange Grove Ave</option></select>')


@pytest.mark.parametrize("body", [
    '<label for="d">Select a department</label><select id="d" name="department_id">'
    '<option value="441022">Parks and Recreation &ndash; 505 S Garey Ave</option>'
    '<option value="441023">Library &ndash; 625 S Garey Ave</option></select>',
    '<label for="cd">Select your council district</label><select id="cd"><option value="1">District 1 &ndash; '
    'John Nolte</option><option value="3">District 3 &ndash; Victor Preciado</option></select>',
    '<select name="facility"><option value="3-028-4455-12">City Hall &ndash; 505 S Garey Ave</option>'
    '<option value="3-028-4455-19">Ganesha Park &ndash; 1575 N White Ave</option></select>',
])
def test_selects_of_departments_districts_and_facilities_raise_nothing(body):
    assert found(body) == set()


# --- a comment keeps its lines ----------------------------------------------------------------------------

def test_a_comment_is_read_line_by_line():
    document = html("<p>FAQ</p><!-- test record\n  HEREDIA, ALEJANDRO\n\n  Acct 5326 1000\n"
                    "  1614 E. FRANKLIN AVE SPC 31\n  323.334.1473 -->")
    (note,) = [s for s in document.segments if s.hidden == "html comment"]
    assert note.text == ("test record\nHEREDIA, ALEJANDRO\nAcct 5326 1000\n1614 E. FRANKLIN AVE SPC 31\n"
                         "323.334.1473")
    assert {("customer_name", "HEREDIA, ALEJANDRO"), ("account_number", "5326 1000"),
            ("address", "1614 E. FRANKLIN AVE SPC 31"), ("phone", "323.334.1473")} <= found(
        "<p>FAQ</p><!-- test record\n  HEREDIA, ALEJANDRO\n  Acct 5326 1000\n  1614 E. FRANKLIN AVE SPC 31\n"
        "  323.334.1473 -->")


@pytest.mark.parametrize("comment", [
    "<!--\n  Build 2024.11.3 (commit 8f3a2c1)\n  Deployed by webteam\n  City Hall, 505 S Garey Ave, Pomona CA 91766\n"
    "  (909) 620-2241\n-->",
    "<!-- Ganesha Park\n1575 N White Ave\n(909) 620-2321 -->",
    "<!-- Page generated 2024-11-03 14:02:11 in 0.42 s\n     cache: HIT (key 5326 1000 4471) -->",
])
def test_comments_of_build_info_and_public_addresses_raise_nothing(comment):
    assert found(f"<p>Solar FAQ</p>{comment}") == set()


# --- a <template> of rows beside its table -------------------------------------------------------------------

HEADER = "<table><thead><tr><th>Applicant</th><th>Address</th><th>Account</th><th>Email</th></tr></thead>"
ROW = ("<template><tr><td>Lina Okafor</td><td>1200 W Holt Ave</td><td>136224-464311</td>"
       "<td>lina.okafor@gmail.com</td></tr></template>")
EXPECTED = [("Applicant", "Lina Okafor"), ("Address", "1200 W Holt Ave"), ("Account", "136224-464311"),
            ("Email", "lina.okafor@gmail.com")]


@pytest.mark.parametrize("body", [
    f"{HEADER}<tbody></tbody></table>{ROW}",  # after the table
    f"{HEADER}<tbody></tbody></table><script>render()</script>{ROW}",  # a script between them
    f"{ROW}{HEADER}<tbody></tbody></table>",  # before it
    f"{HEADER}<tbody>{ROW}</tbody></table>",  # inside it
])
def test_template_rows_are_read_under_the_header_of_the_table_they_fill(body):
    document = html(body)
    assert records(document) == [EXPECTED]
    assert [s.text for s in document.segments if s.hidden is None] == ["Applicant", "Address", "Account", "Email"]
    assert {("customer_name", "Lina Okafor"), ("address", "1200 W Holt Ave"), ("account_number", "136224-464311"),
            ("email", "lina.okafor@gmail.com")} <= found(body)


def test_a_template_apart_from_any_table_keeps_its_own_rows():
    document = html(f"{HEADER}<tbody></tbody></table><p>Apply below.</p>{ROW}")
    assert records(document) == [[(None, text) for _, text in EXPECTED]]


@pytest.mark.parametrize("body", [
    '<table><thead><tr><th>Event</th><th>Date</th><th>Location</th><th>Phone</th></tr></thead><tbody></tbody>'
    '</table><template><tr><td>Summer Concert</td><td>7/12/2025</td><td>Ganesha Park, 1575 N White Ave</td>'
    '<td>(909) 620-2321</td></tr></template>',
    '<div class="events"></div><template id="card"><article class="event-card"><h3>Farmers Market</h3>'
    '<p>Saturdays 8 am, Pomona Fairplex, 1101 W McKinley Ave</p><p>Info: (909) 620-2321</p></article></template>',
])
def test_templates_of_event_rows_and_cards_raise_nothing(body):
    assert found(body) == set()


# --- a form's label right before its input, naming it by place rather than by "for" -----------------------------

def test_a_label_right_before_an_input_names_it():
    document = html('<form><label>Customer name</label> <input value="Layla Khoury"><label>Phone</label> '
                    '<input value="9095932697"><label>Meter</label><input value="222163192149"></form>')
    assert [(s.label, s.text) for s in document.segments if s.hidden == "form value"] == [
        ("Customer name", "Layla Khoury"), ("Phone", "9095932697"), ("Meter", "222163192149")]
    assert found('<div><label>Phone</label> <input value="9095932697"> <label>Name</label> '
                 '<input value="Gor Babayan"> <label>Account</label> <input value="8103947721"></div>') == {
        ("phone", "9095932697"), ("customer_name", "Gor Babayan"), ("account_number", "8103947721")}


def test_a_label_that_wraps_or_names_another_input_is_not_taken():
    document = html('<form><label for="q">Search</label><input id="q" value="library hours">'
                    '<label>Phone <input value="909-620-2311"></label><input name="zip" value="91766"></form>')
    assert [(s.label, s.text) for s in document.segments if s.hidden == "form value"] == [
        ("Search", "library hours"), ("Phone", "909-620-2311"), ("zip", "91766")]
    assert found('<form><label>Search</label> <input value="library hours"><label>Phone</label> '
                 '<input value="909-620-2311"></form>') == set()


# --- a mailto: link's draft and schema.org microdata ----------------------------------------------------------

def test_the_subject_and_body_a_mailto_link_fills_in_are_read_with_its_recipient():
    body = ('<a href="mailto:billing@mesalinda.gov?subject=Customer%20Rosalind%20Achebe%20Acct%20%23%3A%2041-0773-52'
            '&body=callback%20(970)%20555-0142">Email billing</a>')
    drafts = [s for s in html(body).segments if s.hidden == "link target"]
    assert [s.text for s in drafts] == [
        "To: billing@mesalinda.gov\nSubject: Customer Rosalind Achebe Acct #: 41-0773-52\nBody: callback (970) 555-0142"]
    assert {("customer_name", "Rosalind Achebe"), ("account_number", "41-0773-52"),
            ("phone", "(970) 555-0142")} <= found(body)
    assert not any(value.startswith("billing@") for _, value in found(body))


@pytest.mark.parametrize("body", [
    '<a href="mailto:clerk@mesalinda.gov?subject=Public%20comment%20on%20item%207">Send a comment</a>',
    '<a href="mailto:outages@mesalinda.gov?subject=Outage%20report&body=Street%3A%20%0ANearest%20pole%3A">Report</a>',
    '<a href="mailto:csr@mesalinda.gov">Customer service</a>',
])
def test_mailto_links_of_a_city_page_raise_nothing(body):
    assert found(body) == set()


CUSTOMER_ITEM = ('<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rosalind Achebe</span>, '
                 '<span itemprop="telephone">(970) 555-0142</span> <span itemprop="address" itemscope '
                 'itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">4471 Buckthorn Rd</span>'
                 '</span><meta itemprop="accountId" content="41-0773-52"></div>')


def test_a_microdata_item_is_one_record_labelled_by_its_properties():
    assert records(html(CUSTOMER_ITEM)) == [[("name", "Rosalind Achebe"), ("telephone", "(970) 555-0142"),
                                              ("street address", "4471 Buckthorn Rd"), ("account id", "41-0773-52")]]
    assert {("customer_name", "Rosalind Achebe"), ("phone", "(970) 555-0142"), ("address", "4471 Buckthorn Rd"),
            ("account_number", "41-0773-52")} <= found(CUSTOMER_ITEM)


@pytest.mark.parametrize("body", [
    '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Denise Mwangi</span>, <span '
    'itemprop="jobTitle">Customer Programs Manager</span>, <span itemprop="telephone">(909) 620-2241</span>, '
    '<span itemprop="email">dmwangi@mesalinda.gov</span></div>',
    '<div itemscope itemtype="https://schema.org/GovernmentOffice"><span itemprop="name">Mesa Linda Utilities</span>'
    '<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">'
    '310 W 5th St</span></div><span itemprop="telephone">(970) 555-4100</span></div>',
])
def test_microdata_of_staff_and_offices_raise_nothing(body):
    assert found(body) == set()


# --- a widget's state encoded in an attribute -------------------------------------------------------------------

def _encoded(data, how: str) -> str:
    import base64
    import json
    from urllib.parse import quote

    text = json.dumps(data)
    if how == "percent":
        return quote(text)
    encoded = base64.b64encode(text.encode()) if how == "base64" else base64.urlsafe_b64encode(text.encode())
    return encoded.decode().rstrip("=" if how == "base64url" else "")


STATEMENT_WIDGET = {"customerName": "Teodora Vukovich", "serviceAddress": "2287 Larkspur Ln, Castle Rock CO 80104",
                    "acctNo": "5506-221-874", "phone": "303-555-0197", "usageKwh": 912}


@pytest.mark.parametrize("how", ["base64", "base64url", "percent"])
def test_a_widget_state_in_base64_or_percent_encoding_is_read_as_its_json(how):
    body = f'<div class="bill-summary" data-state="{_encoded(STATEMENT_WIDGET, how)}"></div>'
    assert {("customer_name", "Teodora Vukovich"), ("address", "2287 Larkspur Ln, Castle Rock CO 80104"),
            ("account_number", "5506-221-874"), ("phone", "303-555-0197"),
            ("energy_usage", "912")} <= found(body)
    assert {s.hidden for s in html(body).segments} == {"data attribute"}


@pytest.mark.parametrize("data", [
    {"office": "Castle Rock Utilities", "address": "175 Kellogg Ct", "phone": "(303) 660-1015", "hours": "8-5"},
    {"siteId": "cr-web-04", "region": "us-west-2", "build": "2024.11.3", "tracking": "UA-118220-4"},
    [{"label": "Pay my bill", "href": "/pay"}, {"label": "Start service", "href": "/start"}],
])
@pytest.mark.parametrize("how", ["base64", "percent"])
def test_encoded_widget_config_of_a_city_page_raises_nothing(data, how):
    assert found(f'<div class="widget" data-config="{_encoded(data, how)}"></div>') == set()


@pytest.mark.parametrize("value", [
    "eyJhbGciOiJIUzI1NiJ9",  # a token's header alone: no JSON object once decoded
    "W3sidHJ1bmNhdGVk",  # cut short: not valid base64 JSON
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",  # an image's bytes
])
def test_base64_that_is_no_json_object_stays_an_opaque_attribute(value):
    assert found(f'<div class="hero" data-src="{value}"></div>') == set()


# --- Nuxt 3's page state: devalue's flat array ------------------------------------------------------------------

def _nuxt_data(payload) -> str:
    import json

    return f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(payload)}</script>'


ACCOUNT_LOOKUP_STATE = [
    ["ShallowReactive", 1], {"data": 2, "state": 9, "serverRendered": 11}, ["ShallowReactive", 3], {"acct-lookup": 4},
    {"holder": 5, "serviceAddress": 6, "accountNumber": 7, "phone": 8}, "Ignatius Okonkwo-Bell",
    "918 Sagebrush Trail, Prescott AZ 86301", "AZP-2201-4478-3", "928-555-0164", ["Reactive", 10], {}, True]


def test_nuxt_page_state_is_read_as_the_tree_it_stands_for():
    assert {("customer_name", "Ignatius Okonkwo-Bell"), ("address", "918 Sagebrush Trail, Prescott AZ 86301"),
            ("account_number", "AZP-2201-4478-3"), ("phone", "928-555-0164")} <= found(_nuxt_data(ACCOUNT_LOOKUP_STATE))


def test_nuxt_state_shared_or_cyclic_values_are_read_once():
    from crawler.extract.scripts import _devalued

    state = [{"self": 0, "a": 1, "b": 1}, {"name": 2}, "Prescott Public Library"]
    assert _devalued(state) == {"self": None, "a": {"name": "Prescott Public Library"}, "b": None}


@pytest.mark.parametrize("payload", [
    [["ShallowReactive", 1], {"data": 2}, {"offices": 3}, [4], {"name": 5, "address": 6, "phone": 7},
     "Prescott Utilities Customer Service", "201 S Cortez St", "(928) 777-1130"],
    [{"id": 1, "rank": 0}, {"id": 0, "rank": 1}],  # plain records of small numbers: not devalue's
])
def test_nuxt_state_of_a_city_page_raises_nothing(payload):
    assert found(_nuxt_data(payload)) == set()


# --- a site's own meta fields, named as Open Graph's are ----------------------------------------------------------

def test_meta_fields_named_with_colons_are_labelled_by_their_words():
    head = ('<head><meta name="customer:name" content="Wilhelmina Stroud"><meta name="customer:account" '
            'content="88-41772-06"><meta name="customer.address" content="3310 Osage Ave, Lawrence KS 66046"></head>'
            '<body><p>Your bill</p></body>')
    assert [s.label for s in html(head).segments if s.hidden == "meta tag"] == [
        "customer name", "customer account", "customer address"]
    assert {("customer_name", "Wilhelmina Stroud"), ("account_number", "88-41772-06"),
            ("address", "3310 Osage Ave, Lawrence KS 66046")} <= found(head)


def test_open_graph_and_dublin_core_meta_of_a_city_page_raise_nothing():
    head = ('<head><meta property="og:title" content="Pay your bill | Lawrence Utilities"><meta name="twitter:site" '
            'content="@lawrenceks"><meta name="dc.creator" content="Hollis Pratt, Utility Billing Supervisor">'
            '<meta name="geo.placename" content="1 Riverfront Plaza, Lawrence KS 66044"><meta name="og:phone_number" '
            'content="(785) 832-7878"><meta name="msapplication-TileColor" content="#2b5797"></head>'
            '<body><p>Pay online or at City Hall.</p></body>')
    assert found(head) == set()
