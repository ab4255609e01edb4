"""A custom element's (a web component's, a tag name with a hyphen) attributes are its properties: one record per
element, each attribute labelled by the words of its name, as an element's data-* attributes are. Global attributes
and frameworks' directives are no fields; staff, council, facility and vendor components raise nothing."""
from __future__ import annotations

import pytest

from tests.test_extract_html_parts import found, records, html

ACCOUNT_CARDS = (
    '<h2>Autopay enrollments</h2><acct-summary-card id="c1" class="card" cust-name="Rutger Albescu" '
    'acct-no="2-58-301-7724" svc-addr="3381 Wren Hollow Dr" phone-nbr="(209) 555-0127" kwh-usage="1412" '
    'aria-hidden="true" v-bind:theme="dark"></acct-summary-card>'
    '<acct-summary-card cust-name="Sofía Okonjo-Reyes" acct-no="2-58-447-0193" svc-addr="77 Tule Marsh Ln">'
    '</acct-summary-card>')


def test_a_custom_elements_attributes_are_one_record():
    assert records(html(ACCOUNT_CARDS)) == [
        [("cust name", "Rutger Albescu"), ("acct no", "2-58-301-7724"), ("svc addr", "3381 Wren Hollow Dr"),
         ("phone nbr", "(209) 555-0127"), ("kwh usage", "1412")],
        [("cust name", "Sofía Okonjo-Reyes"), ("acct no", "2-58-447-0193"), ("svc addr", "77 Tule Marsh Ln")]]
    assert {("customer_name", "Rutger Albescu"), ("account_number", "2-58-301-7724"),
            ("address", "3381 Wren Hollow Dr"), ("phone", "(209) 555-0127"), ("energy_usage", "1412"),
            ("customer_name", "Sofía Okonjo-Reyes"), ("address", "77 Tule Marsh Ln")} <= found(ACCOUNT_CARDS)


@pytest.mark.parametrize("page", [
    '<h2>Our team</h2><city-staff-card name="Marguerite Osei" job-title="Urban Forestry Manager" '
    'department="Public Works" phone="(530) 555-0100" email="mosei@quillan.gov"></city-staff-card>',
    '<h2>City Council</h2><council-member name="Harold Brightwater" district="District 4" phone="(530) 555-0199">'
    '</council-member>',
    '<h2>Facilities</h2><map-marker facility="Fire Station 3" address="1200 Main St" lat="34.1" lng="-119.2">'
    '</map-marker><map-marker facility="Westside Library" address="455 Elm Ave"></map-marker>',
    '<h2>Approved contractors</h2><vendor-card company="Brightline Electric Inc." contact="Dale Momoa" '
    'phone="(805) 555-0111" license="CSLB 998877"></vendor-card>',
])
def test_staff_council_facility_and_vendor_components_raise_nothing(page):
    assert records(html(page))
    assert found(page) == set()


def test_global_attributes_and_directives_are_no_fields():
    page = ('<app-root ng-version="17.3.2" _nghost-ng-c12="x" role="main" slot="a" onclick="go()">'
            '<sl-button variant="primary" size="large" :disabled="busy" @click="pay">Pay</sl-button></app-root>')
    assert records(html(page)) == [[("variant", "primary"), ("size", "large")]]
