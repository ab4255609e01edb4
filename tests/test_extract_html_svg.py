"""An inline SVG's pieces of text (``<title>`` tooltips, ``<text>`` labels, ``<tspan>`` lines) are placed apart on
the drawing: each is a line of its own, never run into the next ("88 Quarry Hill RdSvc Pt"), so an address ends
where its label ends and the number beside it is read as a number; the lines of one label (texts stacked at one x,
a text's spans placed under each other) are one line, as a reader reads the label. A chart or map of public places
raises nothing."""
from __future__ import annotations

import pytest

from tests.test_extract_html_parts import found, html

MARKER = ('<svg width="400" height="200"><g><title>Customer Lorraine Whitcomb - 88 Quarry Hill Rd</title>'
          '<circle cx="20" cy="30" r="5"/><text x="28" y="34">Acct No. 000733-4120-05</text></g></svg>')


def test_each_svg_text_is_a_line_of_its_own():
    (svg,) = [s for s in html(MARKER).segments if s.location.element.endswith("svg")]
    assert svg.text == "Customer Lorraine Whitcomb - 88 Quarry Hill Rd\nAcct No. 000733-4120-05"


def test_an_svg_marker_s_address_ends_where_its_title_ends():
    assert {("customer_name", "Lorraine Whitcomb"), ("address", "88 Quarry Hill Rd")} <= found(MARKER)
    assert not any(kind == "address" and "Acct" in value for kind, value in found(MARKER))


def test_the_lines_of_one_label_are_one_line():
    document = html('<svg><text x="10" y="20"><tspan x="10" dy="0">Substation</tspan>'
                    '<tspan x="10" dy="14">North Yard</tspan></text><text><tspan>Pine</tspan> '
                    '<tspan>Ridge</tspan></text><text x="200" y="20">Teodoro Alvarado</text>'
                    '<text x="200" y="34">2150 NE Tamarack Ln</text><text x="300" y="20">Lot 4</text></svg>')
    assert [s.text for s in document.segments] == [
        "Substation, North Yard\nPine Ridge\nTeodoro Alvarado, 2150 NE Tamarack Ln\nLot 4"]


STACKED = ("<h2>Life-support customers - outage call list</h2><svg width='300' height='90'>"
           "<text x='10' y='40'>Teodoro Alvarado</text><text x='10' y='54'>2150 NE Tamarack Ln</text>"
           "<text x='150' y='40'>Imogen Castellanos</text><text x='150' y='54'>77 W Fir Hollow Rd</text></svg>")


def test_stacked_map_labels_under_a_customer_heading_pair_each_name_with_its_address():
    assert {("customer_name", "Teodoro Alvarado"), ("address", "2150 NE Tamarack Ln"),
            ("customer_name", "Imogen Castellanos"), ("address", "77 W Fir Hollow Rd")} <= found(STACKED)


@pytest.mark.parametrize("body", [
    '<svg><g><title>Garey Substation - 505 S Garey Ave</title><rect width="8" height="8"/>'
    '<text>Capacity 45 MVA</text></g><g><title>Holt Yard - 1200 W Holt Ave</title><text>Feeder 12</text></g></svg>',
    '<svg><text x="5" y="15">Residential</text><text x="5" y="30">4,812 MWh</text>'
    '<text x="80" y="15">Commercial</text><text x="80" y="30">2,377 MWh</text></svg>',
    '<svg><g><title>District 3 - Council Member Victor Preciado</title><path d="M0 0L9 9"/></g></svg>',
])
def test_charts_and_maps_of_public_places_raise_nothing(body):
    assert found(body) == set()
