"""Documents whose data sits in structure rather than in prose: an XML element's unit in its attribute, a KML/KMZ
map layer's placemarks, an Office chart's categories and series. Each customer case beside a city site's own
public material of the same shape, which must raise nothing."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(extract(name, body), load_detectors())}


def categories(name: str, body: bytes) -> set[str]:
    return {category for category, _ in found(name, body)}


# --- an XML element's text qualified by an attribute -------------------------------------------------------

def xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>' + body).encode()


def test_a_reading_whose_unit_is_an_attribute_is_found_as_the_customer_s_kwh():
    body = xml('<HighBills><Bill><AccountNo>6150-420871-3</AccountNo><Holder>Rosalind Achterberg</Holder>'
               '<Usage prior="14022" unit="kWh">1794</Usage></Bill><Bill><AccountNo>6150-420872-8</AccountNo>'
               '<Holder>Emeka Lindqvist</Holder><Usage prior="9310" unit="kWh">1066</Usage></Bill></HighBills>')
    assert {("energy_usage", "1794"), ("energy_usage", "1066")} <= found("bills.xml", body)


def test_the_qualified_text_is_labelled_with_its_unit():
    document = extract("r.xml", xml('<R><Row><Acct>1</Acct><Read uom="KWH">2211</Read></Row></R>'))
    assert ("Read (KWH)", "2211") in [(f.label, f.text) for r in document.records for f in r.fields]


@pytest.mark.parametrize("body", [
    # a utility-wide monthly total and average: no customer in the record
    '<Report><Month><Period>2026-07</Period><Total uom="KWH">1843200</Total><Average uom="KWH">612</Average>'
    '</Month><Month><Period>2026-08</Period><Total uom="KWH">1902400</Total><Average uom="KWH">640</Average></Month>'
    '</Report>',
    # a staff directory whose phones carry a type
    '<Staff><Person><Title>Utilities Director</Title><Dept>Public Works</Dept><Phone type="office">(909) 620-2241'
    '</Phone></Person><Person><Title>Energy Program Manager</Title><Dept>PCE</Dept><Phone type="office">'
    '(909) 620-2368</Phone></Person></Staff>',
    # a facility's solar output
    '<Sites><Site><Facility>Ganesha Park Pool</Facility><Address>1575 N White Ave</Address>'
    '<Output unit="kWh">48210</Output></Site><Site><Facility>Fire Station 182</Facility>'
    '<Address>590 S Park Ave</Address><Output unit="kWh">30122</Output></Site></Sites>',
])
def test_public_readings_with_units_in_attributes_raise_nothing(body):
    assert found("public.xml", xml(body)) == set()
