"""neg73 red team: public pages that round 72's record rules and older ones read as customers' records.

- A card whose fields a class names as a place's or a staff member's ("fac-name", "park-address", "staff-phone") is
  read with those labels: a facility's meter and a park's usage are the City's, a customer card ("cust-name") stays one.
- A script's run-together keys of a staff directory or a list of places ("jobtitle", "facilityname") are read apart,
  so the columns say whose the record is.
- A facility's card in a PDF whose name stands above a sentence ("The center is open at 625 S Garey Ave.") over its
  phone and usage lines is the facility's, as it is when the name stands right above the fields.
- A number whose other kind's label a narrow column's wrap left at the end of the line before ("Invoice No." /
  "694 70 8289, paid ...") is that kind's, no SSN; an SSN's own label so cut still names one.
- A firm named by its trade right before a tax label in a contract's line keeps its EIN public.
"""
import json

import pytest
from fpdf import FPDF

from tests.detector_helpers import pairs_found, values_of

PAGE = "http://127.0.0.1/sustainability/meters.html"


def _html(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_facility_card_named_by_its_classes_is_the_citys():
    cards = "".join(f"<div class='facility' style='display:none'><span class='fac-name'>{place}</span>"
                    f"<span class='fac-address'>{address}</span><span class='fac-kwh'>378,939 kWh</span></div>"
                    for place, address in [("Wilbur Park", "1200 N Orchard St"), ("Fire Station 4", "590 S Park Ave")])
    found = pairs_found(PAGE, _html("Facility Meters", cards), "text/html")
    assert not {kind for kind, _ in found} & {"customer_name", "address", "energy_usage"}


def test_a_park_card_hidden_in_a_template_is_the_parks():
    cards = "".join(f"<div class='card'><span class='park-name'>{park}</span><span class='park-address'>"
                    f"1467 Ellery Pl</span><span class='park-phone'>(714) 555-0142</span><span class='park-usage'>"
                    f"Usage: 11,815 kWh</span></div>" for park in ("Ramona Park", "Marian Park"))
    assert pairs_found(PAGE, _html("Parks", f"<template id='park-card'>{cards}</template>"), "text/html") == set()


def test_a_customer_card_named_by_its_classes_is_still_found():
    card = ("<template id='row'><div class='cust'><span class='cust-name'>Ignatia Beaumont-Roy</span><span "
            "class='cust-email'>ibeaumontroy@aol.com</span><span class='cust-usage'>Usage: 1,204 kWh</span></div>"
            "</template>")
    found = pairs_found(PAGE, _html("Customers", card), "text/html")
    assert values_of(found, "customer_name") == {"Ignatia Beaumont-Roy"}
    assert values_of(found, "energy_usage") == {"1,204 kWh"}


def test_run_together_keys_of_staff_and_places_stay_public():
    rows = [{"fullname": "Lazarus Villanueva", "jobtitle": "Billing Supervisor", "workaddress": "1351 E 5th St",
             "workphone": "(714) 555-0131"},
            {"fullname": "Zenaida Quarrie", "jobtitle": "Meter Reader", "workaddress": "148 N Hunter St",
             "workphone": "(714) 555-0139"},
            {"facilityname": "Wilbur Park", "streetaddress": "1200 N Orchard St", "annualkwh": 376233}]
    body = f"<script type='application/json' id='dir'>{json.dumps(rows)}</script><p>Loading...</p>"
    found = pairs_found(PAGE, _html("Directory", body), "text/html")
    assert not {kind for kind, _ in found} & {"customer_name", "address", "energy_usage"}


@pytest.mark.parametrize("place", ["Pomona Public Library", "Tillman Park"])
def test_a_cooling_centers_card_under_its_sentence_is_the_centers(place):
    lines = ["Cooling Centers", place, "The center is open at 1200 N Orchard St.", "Phone: (909) 620-2681",
             "Usage last summer: 33,241 kWh", ""]
    assert pairs_found("http://127.0.0.1/health/cooling.pdf", _pdf(lines), "application/pdf") == set()


def test_a_customers_block_under_a_sentence_is_still_found():
    lines = ["Field Visits", "Hermione Castellano", "The customer called about a high bill.",
             "Phone: (909) 455-2681", "Usage last summer: 1,241 kWh", ""]
    found = pairs_found("http://127.0.0.1/pce/visits.pdf", _pdf(lines), "application/pdf")
    assert values_of(found, "energy_usage") == {"1,241 kWh"}


@pytest.mark.parametrize("lines", [
    ["Greenline Landscape Co., Invoice No.", "694 70 8289, paid 4/25/2026, amount"],
    ["Inland Electric Supply, Invoice", "No. 389 84 3160, paid 4/5/2026, amount"],
])
def test_an_invoice_number_whose_label_a_wrap_left_above_is_no_ssn(lines):
    found = pairs_found("http://127.0.0.1/finance/invoices.pdf", _pdf(["Accounts Payable", *lines]), "application/pdf")
    assert values_of(found, "ssn") == set()


def test_an_ssn_whose_label_a_wrap_left_above_is_still_found():
    lines = ["Personnel action for Ana Quintero, SSN", "512 34 6789, Utilities."]
    found = pairs_found("http://127.0.0.1/hr/actions.pdf", _pdf(lines), "application/pdf")
    assert values_of(found, "ssn") == {"512 34 6789"}


_AWARDS = "<p>Contract 2026-41: {name} - Taxpayer ID: 95-9479546 - amount $41,000.</p>"


@pytest.mark.parametrize("name", ["Summit Traffic Signals", "Foothill Fleet Parts", "Greenline Signals"])
def test_a_trades_ein_in_a_contracts_line_stays_public(name):
    found = pairs_found("http://127.0.0.1/finance/contracts.html", _html("Contract Awards", _AWARDS.format(name=name)),
                        "text/html")
    assert values_of(found, "taxpayer_id") == set()


def test_a_persons_number_in_a_contracts_line_is_still_found():
    found = pairs_found("http://127.0.0.1/finance/contracts.html",
                        _html("Contract Awards", _AWARDS.format(name="Marisol Quenta")), "text/html")
    assert values_of(found, "taxpayer_id") == {"95-9479546"}


def test_a_trades_ein_stays_public_beside_another_contracts_sole_proprietor():
    body = ("<p>Contract 2026-11: Quarrie Catering, a sole proprietorship owned by Rosalba Quarrie; Taxpayer ID verified "
            "by TIN match.</p>" + _AWARDS.format(name="Summit Traffic Signals"))
    found = pairs_found("http://127.0.0.1/finance/contracts.html", _html("Contract Awards", body), "text/html")
    assert values_of(found, "taxpayer_id") == set()


def test_a_sole_proprietors_number_under_a_trade_name_is_still_found():
    body = "<p>Ana Quintero, a sole proprietor doing business as Summit Traffic Signals - Taxpayer ID: 95-9479546.</p>"
    found = pairs_found("http://127.0.0.1/finance/contracts.html", _html("Contract Awards", body), "text/html")
    assert values_of(found, "taxpayer_id") == {"95-9479546"}
