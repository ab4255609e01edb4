"""site74a: a utility program's customers left in a page's hidden HTML, read by what the markup says they are.

- a list labelled "Customer" (its <label>, aria-label, a name like customer_id, or an <optgroup label="Customers">)
  labels the name each option shows, so a given name that is also a word ("Verity", "Honor") is a person there;
- a script's record keyed by a bare "holder" (or a "premiseOwner") beside nothing but the person's phone and own
  mailbox is the service's holder;
- a hidden field named "recipient"/"enrollee" holding "NAME, home" on a utility program's page (Level Pay Plan, a
  solar rebate, a green rate: its title says what it is) is the program's customer;
- a page's Open Graph title among its meta tags is no job title vetoing the customer a meta tag names;
- an SVG chart of one person's usage ("Monthly use for NAME") gives their name and consumption.
Hard negatives in the same shapes: staff, parks, districts, business licences, grants, events, program totals.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/programs/page.html"


def _page(title: str, body: str, head: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><h1>{title}</h1><main>{body}</main>"
            "<footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")


def _found(title: str, body: str, head: str = "") -> set[tuple[str, str]]:
    return pairs_found(PAGE, _page(title, body, head), "text/html")


def _option(name: str, home: str, account: str) -> str:
    return f"<option value='{account}'>{name} - {home}</option>"


def test_a_customer_lists_label_names_the_person_each_option_shows():
    body = ("<form><label for='c1'>Customer</label><select id='c1'>"
            + _option("Verity Oyelowo-Banks", "4410 W Quailbrush Rd", "7304418822") + "</select>"
            "<select aria-label='Customer'>" + _option("Honor Szczepanik", "918 Tamarisk Ct", "6601927345")
            + "</select>"
            "<select name='customer_id'>" + _option("Summer Abernathy-Vos", "2207 Ocotillo Dr", "5512093378")
            + "</select><select name='pick'><optgroup label='Customers'>"
            + _option("Charity Wojciechowski", "77 E. Palo Verde Ln", "8822017364") + "</optgroup></select></form>")
    found = _found("Billing desk", body)
    assert {"Verity Oyelowo-Banks", "Honor Szczepanik", "Summer Abernathy-Vos",
            "Charity Wojciechowski"} <= values_of(found, "customer_name")
    assert {"7304418822", "6601927345", "5512093378", "8822017364"} <= values_of(found, "account_number")


def test_a_list_of_staff_parks_or_districts_names_no_customer():
    body = ("<form><label for='d'>Department</label><select id='d'><option>Billing - Honor Szczepanik</option>"
            "<option>Key Accounts - Grace Whitlock</option></select>"
            "<select aria-label='Park'><optgroup label='Parks'><option>Ganesha Park - 1575 N. White Ave</option>"
            "</optgroup></select><label for='x'>Council district</label><select id='x'><option>District 1</option>"
            "<option>District 2</option></select></form>")
    found = _found("Contact us", body)
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_a_scripts_record_keyed_by_its_holder_with_their_own_mailbox():
    script = ('var pins = [{holder: "Anselma Grzybowski", tel: "(951) 447-2290", mail: "anselma.g77@yahoo.com"},'
              ' {premiseOwner: "Eudora Papadakis", tel: "626-318-0457", mail: "epapadakis@icloud.com"}];')
    found = _found("Outage status map", f"<div id='map'></div><script>{script}</script>")
    assert {"Anselma Grzybowski", "Eudora Papadakis"} <= values_of(found, "customer_name")
    assert {"(951) 447-2290", "626-318-0457"} <= values_of(found, "phone")


def test_a_map_markers_holder_with_their_own_mailbox():
    script = ("var markers = [{lat: 34.061, lng: -117.742, holder: 'Bartholomea Kingsolver', tel: '909.715.3384',"
              " mail: 'bkingsolver4@yahoo.com'}, {lat: 34.07, lng: -117.75, holder: 'Ganesha Park',"
              " tel: '(909) 620-2321'}];")
    found = _found("Rebate map", f"<div id='map'></div><script>{script}</script>")
    assert values_of(found, "customer_name") == {"Bartholomea Kingsolver"}
    assert values_of(found, "phone") == {"909.715.3384"}


def test_a_holder_who_is_staff_a_firm_or_a_seat_stays_public():
    script = ('var d = [{holder: "Anselma Grzybowski", tel: "(909) 620-2317", mail: "agrzybowski@pomonaca.gov"}];'
              'var lic = [{license: "BL-2291", holder: "Papadakis Plumbing Inc", tel: "(909) 620-2321",'
              ' addr: "1575 N. White Ave"}];'
              'var staff = [{holder: "Eudora Papadakis", tel: "(909) 620-2208", mail: "eudora.p@gmail.com",'
              ' title: "Energy Programs Analyst"}];')
    found = _found("Staff and licences", f"<script>{script}</script>")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_a_hidden_recipient_field_on_a_utility_programs_page():
    for title, key in (("Level Pay Plan", "recipient"), ("Residential Solar Rebate", "enrollee"),
                       ("Green Rate enrollment", "participant"), ("Time-of-Use Pilot", "recipient")):
        body = (f"<p>{title}: sign up online.</p><form action='/apply'>"
                f"<input type='hidden' name='{key}' value='Ottoline Vukovich, 3318 E. Sagebrush Way'></form>")
        found = _found(title, body)
        assert "Ottoline Vukovich" in values_of(found, "customer_name"), title
        assert "3318 E. Sagebrush Way" in values_of(found, "address"), title


def test_a_recipient_field_on_a_grant_or_an_event_page_stays_public():
    grant = ("<p>Neighborhood grants fund block parties.</p><form><input type='hidden' name='recipient' "
             "value='Westside Food Pantry, 1102 W. Holt Ave'></form>")
    event = ("<p>Volunteer tree planting this Saturday.</p><form><input type='hidden' name='participant' "
             "value='Ottoline Vukovich, 3318 E. Sagebrush Way'></form>")
    assert not _found("Community grants", grant)
    assert not values_of(_found("Tree planting volunteers", event), "customer_name")


def test_an_open_graph_title_beside_a_customers_meta_tags():
    head = ("<meta name='customer' content='Ptolema Haverford-Ruiz'><meta name='service-address' "
            "content='860 S. Creosote Ln'><meta property='og:title' content='Budget Billing'>")
    found = _found("Budget Billing", "<p>Pay the same amount each month.</p>", head)
    assert "Ptolema Haverford-Ruiz" in values_of(found, "customer_name")
    assert "860 S. Creosote Ln" in values_of(found, "address")


def test_an_svg_chart_of_one_persons_usage():
    body = ("<svg role='img'><title>Monthly use for Marisela Oduya</title><text>Jan 612 kWh</text>"
            "<text>Feb 577 kWh</text></svg>")
    found = _found("Green Rate", body)
    assert "Marisela Oduya" in values_of(found, "customer_name")
    assert {"612 kWh", "577 kWh"} <= values_of(found, "energy_usage")


def test_an_svg_chart_of_totals_a_facility_or_with_its_source_names_no_customer():
    body = ("<svg role='img'><title>Green Rate enrollment by year</title><text>2023: 410 households, 168,100 kWh saved"
            "</text></svg><svg role='img'><title>Library electricity use</title><text>Jan 51,200 kWh</text>"
            "<text>Source: Marisela Oduya</text></svg><svg role='img'><title>Monthly use for Palomares Park</title>"
            "<text>Jan 1,512 kWh</text></svg>")
    assert not _found("Energy report", body)
