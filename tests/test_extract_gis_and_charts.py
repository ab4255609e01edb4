"""Documents whose data sits in structure rather than in prose: an XML element's unit in its attribute, a KML/KMZ
map layer's placemarks, an Office chart's categories and series. Each customer case beside a city site's own
public material of the same shape, which must raise nothing."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

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


# --- KML and KMZ map layers ----------------------------------------------------------------------------------

def kml(title: str, *placemarks: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            f'<name>{title}</name>{"".join(placemarks)}</Document></kml>').encode()


def placemark(name: str, description: str = "", extended: str = "") -> str:
    described = f"<description><![CDATA[{description}]]></description>" if description else ""
    return (f"<Placemark><name>{name}</name>{described}{extended}"
            "<Point><coordinates>-117.75,34.05,0</coordinates></Point></Placemark>")


LOCKS = kml("Cycle 7 locks",
            placemark("Octavia Reinholt", "Disconnect - nonpay<br/>2217 Juniper Hollow Ln<br/>Acct 8802-316045-2"
                                          "<br/>Cust ph (909) 471-2286"),
            placemark("Bertrand Osei", "Disconnect - nonpay<br/>940 Sagebrush Ct<br/>Acct 8802-316046-7"))
LOCKS_FOUND = {("customer_name", "Octavia Reinholt"), ("address", "2217 Juniper Hollow Ln"),
               ("account_number", "8802-316045-2"), ("phone", "(909) 471-2286"), ("customer_name", "Bertrand Osei"),
               ("address", "940 Sagebrush Ct"), ("account_number", "8802-316046-7")}


def test_a_placemark_s_name_and_its_description_s_lines_are_one_customer_record():
    assert LOCKS_FOUND <= found("locks.kml", LOCKS)
    document = extract("locks.kml", LOCKS)
    # the description's balloon of lines: one field a line (crawler.extract.xml_data._balloon_fields)
    assert [[f.label for f in r.fields] for r in document.records] == [["Name", None, None, None, None],
                                                                       ["Name", None, None, None]]


def test_a_kml_served_as_its_media_type_or_without_an_extension_is_read():
    assert LOCKS_FOUND <= {(f.category, f.value) for f in scan_document(
        extract("https://maps.example.gov/layer?id=7", LOCKS, "application/vnd.google-earth.kml+xml"),
        load_detectors())}


def test_a_kmz_is_read_as_the_zip_holding_its_kml():
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("doc.kml", LOCKS)
    assert LOCKS_FOUND <= found("locks.kmz", packed.getvalue())


def test_extended_data_fields_are_labelled_by_their_display_names_or_names():
    body = kml("Shutoffs", placemark("WO-26-5512", extended=(
        '<ExtendedData><Data name="CUST_NAME"><value>Philippa Nwosu</value></Data><Data name="SVC_ADDR">'
        '<value>3318 Quail Run Dr</value></Data><Data name="ACCT_NO"><value>8802-316047-1</value></Data>'
        '<Data name="PH"><displayName>Contact phone</displayName><value>(909) 471-9914</value></Data>'
        '</ExtendedData>')))
    assert {("customer_name", "Philippa Nwosu"), ("address", "3318 Quail Run Dr"), ("account_number", "8802-316047-1"),
            ("phone", "(909) 471-9914")} <= found("shutoffs.kml", body)
    labels = [f.label for r in extract("s.kml", body).records for f in r.fields]
    assert labels == ["Name", "CUST NAME", "SVC ADDR", "ACCT NO", "Contact phone"]


def test_kml_s_own_address_and_phone_number_elements_are_a_placemark_s_fields():
    body = kml("Medical baseline", "<Placemark><name>Leopoldina Haskins</name><address>5026 Thistle Glen Rd</address>"
                                   "<phoneNumber>(909) 471-6640</phoneNumber><Snippet>Acct 8802-316050-6</Snippet>"
                                   "</Placemark>")
    assert {("customer_name", "Leopoldina Haskins"), ("address", "5026 Thistle Glen Rd"),
            ("phone", "(909) 471-6640"), ("account_number", "8802-316050-6")} <= found("mb.kml", body)


def test_schema_data_fields_are_a_placemark_s_fields():
    body = kml("Locks", placemark("Lock 12", extended=(
        '<ExtendedData><SchemaData schemaUrl="#locks"><SimpleData name="CustomerName">Ignatius Forsberg</SimpleData>'
        '<SimpleData name="ServiceAddress">71 Larkspur Way</SimpleData><SimpleData name="AccountNumber">8802-316048-5'
        '</SimpleData></SchemaData></ExtendedData>')))
    assert {("customer_name", "Ignatius Forsberg"), ("address", "71 Larkspur Way"),
            ("account_number", "8802-316048-5")} <= found("locks.kml", body)


@pytest.mark.parametrize("body", [
    kml("City Parks", placemark("Ganesha Park", "1575 N White Ave<br/>Open 6am-10pm<br/>Reservations (909) 620-2321"),
        placemark("Palomares Park", "499 E Arrow Hwy<br/>Picnic shelters, tennis courts"),
        placemark("Washington Park", "865 E Grand Ave"),
        "<Placemark><name>Pomona Public Library</name><address>625 S Garey Ave</address>"
        "<phoneNumber>(909) 620-2043</phoneNumber></Placemark>"),
    kml("Capital Projects FY27", placemark(
        "Holt Ave Water Main Replacement", "Project No. CIP-27-114<br/>Contractor: Ramirez Pipeline Inc.<br/>"
        "Budget $2,400,000<br/>Contact: Engineering (909) 620-2281",
        '<ExtendedData><Data name="PM"><value>Elena Marsh, P.E.</value></Data><Data name="LOCATION"><value>'
        'Holt Ave from Garey Ave to Towne Ave</value></Data></ExtendedData>')),
    kml("Council Districts", placemark("District 3", extended=(
        '<ExtendedData><SchemaData><SimpleData name="COUNCILMEMBER">Victor Preciado</SimpleData><SimpleData '
        'name="POP_2020">25118</SimpleData><SimpleData name="OFFICE_PHONE">(909) 620-2051</SimpleData></SchemaData>'
        '</ExtendedData>')), placemark("City Hall", "505 S Garey Ave<br/>City Clerk (909) 620-2311")),
    kml("EV chargers", placemark("Civic Center Garage", "<table><tr><td>Address</td><td>505 S Garey Ave</td></tr>"
                                 "<tr><td>Ports</td><td>8</td></tr><tr><td>kWh delivered 2026</td><td>48,210</td>"
                                 "</tr></table>")),
])
def test_public_map_layers_raise_nothing(body):
    assert found("layer.kml", body) == set()


# --- charts in Office files --------------------------------------------------------------------------------

def chart_deck(slide_title: str, categories: list[str], series: list[tuple[str, tuple]], *,
               axis_title: str | None = None) -> bytes:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = slide_title
    data = CategoryChartData()
    data.categories = categories
    for name, values in series:
        data.add_series(name, values)
    chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(5),
                                   data).chart
    if axis_title:
        chart.category_axis.has_title = True
        chart.category_axis.axis_title.text_frame.text = axis_title
    saved = io.BytesIO()
    deck.save(saved)
    return saved.getvalue()


def without_embedded_workbook(body: bytes) -> bytes:
    """The deck with its charts' workbooks removed: only the chart parts hold the data."""
    with zipfile.ZipFile(io.BytesIO(body)) as source:
        kept = [(item, source.read(item)) for item in source.infolist()
                if not item.filename.startswith("ppt/embeddings/")]
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        for item, data in kept:
            archive.writestr(item, data)
    return packed.getvalue()


TOP_USERS = chart_deck("Highest residential use - July", ["Marguerite Oyelaran", "Silas Brandvold"],
                       [("kWh", (2214, 1876))])
TOP_USERS_FOUND = {("customer_name", "Marguerite Oyelaran"), ("energy_usage", "2214"),
                   ("customer_name", "Silas Brandvold"), ("energy_usage", "1876")}


def test_a_bar_chart_of_customers_kwh_is_read_as_a_table_of_them():
    assert TOP_USERS_FOUND <= found("briefing.pptx", without_embedded_workbook(TOP_USERS))


def test_a_chart_s_table_has_a_header_of_its_axis_title_and_series_and_a_row_per_category():
    body = chart_deck("Board briefing", ["Marguerite Oyelaran", "Silas Brandvold"],
                      [("July kWh", (2214, 1876)), ("August kWh", (2301, 1702))], axis_title="Customer")
    document = extract("briefing.pptx", without_embedded_workbook(body))
    rows = [[(f.label, f.text) for f in r.fields] for r in document.records]
    assert [("Customer", "Marguerite Oyelaran"), ("July kWh", "2214"), ("August kWh", "2301")] in rows
    assert {("energy_usage", "1702"), ("customer_name", "Silas Brandvold")} <= found("b.pptx", body)


def test_a_chart_in_a_word_file_is_read():
    with zipfile.ZipFile(io.BytesIO(TOP_USERS)) as deck:
        chart = deck.read("ppt/charts/chart1.xml")
    letter = docx.Document()
    letter.add_paragraph("Attachment B: highest residential use, July")
    saved = io.BytesIO()
    letter.save(saved)
    packed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(saved.getvalue())) as source, zipfile.ZipFile(packed, "w") as archive:
        for item in source.infolist():
            archive.writestr(item, source.read(item))
        archive.writestr("word/charts/chart1.xml", chart)
    assert TOP_USERS_FOUND <= found("memo.docx", packed.getvalue())


@pytest.mark.parametrize("title, categories, series, axis", [
    ("System load 2026", ["Jan", "Feb", "Mar", "Apr"], [("Total kWh", (1843200, 1702200, 1655000, 1590300))], None),
    ("Program enrollment", ["2022", "2023", "2024", "2025"],
     [("Solar rebates", (112, 140, 171, 205)), ("Level pay", (900, 950, 1010, 1100))], "Year"),
    ("Average use by rate class", ["Residential", "Small Commercial", "Agricultural"],
     [("Average kWh", (612, 2410, 8870))], None),
    ("Top city facilities by use", ["City Hall", "Ganesha Park Pool", "Fire Station 182"],
     [("kWh", (48210, 30122, 21004))], "Facility"),
    ("Council meeting attendance 2026", ["Victor Preciado", "Elena Marsh", "Nora Garcia"],
     [("Meetings attended", (22, 24, 21))], None),
    ("Energy audits completed", ["Victor Preciado", "Elena Marsh"], [("Audits", (41, 37))], "Energy advisor"),
])
def test_charts_of_a_city_s_public_figures_raise_nothing(title, categories, series, axis):
    assert found("public.pptx", chart_deck(title, categories, series, axis_title=axis)) == set()
