"""JSON files: each object's scalar members are one record labelled by their keys; a file that is not JSON is
read as text; and detection over the records finds a customer export and leaves a public dataset alone."""
from __future__ import annotations

import json

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def extract_json(data, url: str = "https://data.example.gov/export.json", content_type="application/json"):
    body = data if isinstance(data, bytes) else json.dumps(data).encode()
    return extract(url, body, content_type)


def test_objects_become_records_labelled_by_their_keys():
    doc = extract_json({"generated": "2024-05-01", "rows": [
        {"customer": "Lucia Herrera", "service_address": "1402 Rosewood Ave", "kwh": 712},
        {"customer": "Dmitri Volkov", "service_address": "88 Quail Run", "kwh": None, "tags": ["care", "fera"]}]})
    assert [[(f.label, f.text, f.location.element) for f in r.fields] for r in doc.records] == [
        [("generated", "2024-05-01", "$.generated")],
        [("customer", "Lucia Herrera", "$.rows[0].customer"), ("service_address", "1402 Rosewood Ave",
                                                                "$.rows[0].service_address"),
         ("kwh", "712", "$.rows[0].kwh")],
        [("customer", "Dmitri Volkov", "$.rows[1].customer"), ("service_address", "88 Quail Run",
                                                                "$.rows[1].service_address")]]
    assert [s.text for s in doc.segments if s.location.element.startswith("$.rows[1].tags")] == ["care", "fera"]


def test_deep_nesting_is_read_without_recursion():
    data: dict = {"name": "leaf"}
    for _ in range(400):
        data = {"child": data}
    doc = extract_json(data)
    assert [s.text for s in doc.segments] == ["leaf"]


def test_nesting_past_the_parser_is_read_as_text():
    body = b'{"a":' * 100_000 + b'"Lucia Herrera 512-34-6789"' + b"}" * 100_000
    doc = extract_json(body)
    # one line of 600 KB, read in pieces cut between values (crawler.extract.text.line_pieces): the value is whole
    assert "".join(s.text for s in doc.segments) == body.decode()
    assert any("Lucia Herrera 512-34-6789" in s.text for s in doc.segments)


def test_a_file_that_is_not_json_is_read_as_text():
    doc = extract(".json", b'{"a": 1}\n{"customer": "Lucia Herrera"}\n', "application/json")  # JSON Lines
    assert [s.text for s in doc.segments] == ['{"a": 1}', '{"customer": "Lucia Herrera"}']
    assert doc.records == []


def test_geojson_is_read_as_json():
    doc = extract_json({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Ganesha Park", "address": "1575 N White Ave"}}]},
        content_type="application/geo+json")
    assert ("name", "Ganesha Park") in [(f.label, f.text) for r in doc.records for f in r.fields]


def findings(data) -> list[tuple[str, str]]:
    return [(f.category, f.value) for f in scan_document(extract_json(data), load_detectors())]


def test_a_customer_export_in_json_is_found():
    assert findings([{"customer": "Lucia Herrera", "service_address": "1402 Rosewood Ave", "kwh": 712},
                     {"customer": "Dmitri Volkov", "service_address": "88 Quail Run", "kwh": 1040}]) == [
        ("customer_name", "Lucia Herrera"), ("address", "1402 Rosewood Ave"), ("energy_usage", "712"),
        ("customer_name", "Dmitri Volkov"), ("address", "88 Quail Run"), ("energy_usage", "1040")]


def test_a_public_dataset_in_json_stays_silent():
    assert findings({"facilities": [
        {"facility": "Ganesha Park", "address": "1575 N White Ave", "phone": "(909) 620-2241"},
        {"facility": "Palomares Park", "address": "499 E Arrow Hwy", "phone": "(909) 620-2241"}],
        "staff": [{"name": "Jane Doe", "title": "Recreation Supervisor", "phone": "(909) 620-2200"}]}) == []


def test_linked_data_values_stay_in_their_parent_s_record():
    doc = extract_json({"@type": "Person", "name": "Lucia Herrera",
                        "address": {"@type": "PostalAddress", "streetAddress": "1402 Rosewood Ave", "postalCode": "91767"},
                        "identifier": [{"@type": "PropertyValue", "name": "Service account", "value": "3417119237"}],
                        "knows": {"@type": "Person", "name": "Dmitri Volkov", "address": {"city": "Pomona"}}})
    assert [[(f.label, f.text) for f in r.fields] for r in doc.records] == [
        [("name", "Lucia Herrera"), ("address", "1402 Rosewood Ave, 91767"),
         ("Service account", "3417119237")],
        [("name", "Dmitri Volkov"), ("address.city", "Pomona")]]


def html_findings(html: str) -> list[tuple[str, str]]:
    doc = extract("https://city.example.gov/news/story.html", html.encode(), "text/html")
    return sorted((f.category, f.value) for f in scan_document(doc, load_detectors({})))


def test_a_review_s_author_person_is_part_of_the_review_s_record():
    review = {"@type": "Review", "author": {
        "@type": "Person", "name": "Renata Okonkwo", "email": "renata.ok@fastmail.com", "telephone": "4255501877",
        "address": {"@type": "PostalAddress", "streetAddress": "3310 Alder Crest Dr", "addressLocality": "Kent"}},
        "reviewBody": "My account 4418-902211 dropped to 612 kWh after the audit."}
    html = f'<html><body><script type="application/ld+json">{json.dumps(review)}</script></body></html>'
    assert html_findings(html) == [
        ("account_number", "4418-902211"), ("address", "3310 Alder Crest Dr, Kent"), ("customer_name", "Renata Okonkwo"),
        ("email", "renata.ok@fastmail.com"), ("energy_usage", "612 kWh"), ("phone", "4255501877")]


def test_staff_authors_and_venues_in_linked_data_stay_silent():
    article = {"@type": "Article", "headline": "New rates", "author": {
        "@type": "Person", "name": "Dana Whitfield", "jobTitle": "Communications Manager",
        "email": "dwhitfield@brookhaven.gov", "telephone": "(425) 555-0142",
        "worksFor": {"@type": "GovernmentOrganization", "name": "City of Brookhaven", "telephone": "(425) 555-0100",
                     "address": "100 Main St, Brookhaven, WA 98001"}},
        "articleBody": "Average residential usage is 900 kWh a month."}
    event = {"@type": "Event", "name": "Open house", "location": {
        "@type": "Place", "name": "Civic Center", "telephone": "425-555-0199", "address": "200 Oak Ave, Brookhaven"},
        "organizer": {"@type": "Person", "name": "Karen Olsen", "telephone": "425-555-0177"}}
    review = {"@type": "Review", "author": {"@type": "Person", "name": "Marta Kowalczyk"},
              "reviewBody": "Great service at the new library!"}
    html = "<html><body>" + "".join(f'<script type="application/ld+json">{json.dumps(d)}</script>'
                                     for d in (article, event, review)) + "</body></html>"
    assert html_findings(html) == []


def test_an_arcgis_query_s_field_list_is_its_schema_not_data():
    """The rows are labelled by the field list's aliases; the list itself names columns, not customers."""
    names = ["OBJECTID", "PREMISE_ID", "CUST_NAME", "SVC_ADDR", "ACCT_NO", "PHONE_NBR", "KWH_12MO", "FEEDER"]
    rows = [[1, "PR51200874", "INGRID SOLVANG", "862 TAMARACK BEND", "4410287-63", "(530) 555-0149", 6120, "HG-02"],
            [2, "PR51200911", "OKONKWO ADAEZE", "19 PELICAN SHOAL WAY", "4410391-07", "(530) 555-0186", 9034, "HG-07"]]
    data = {"objectIdFieldName": "OBJECTID", "geometryType": "esriGeometryPoint",
            "fields": [{"name": n, "type": "esriFieldTypeString", "alias": n} for n in names],
            "features": [{"attributes": dict(zip(names, row)), "geometry": {"x": -120.6, "y": 35.3}} for row in rows]}
    found = findings(data)
    assert ("customer_name", "INGRID SOLVANG") in found and ("address", "19 PELICAN SHOAL WAY") in found
    assert not [value for _, value in found if value in names]
