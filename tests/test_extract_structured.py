"""Structured data read as records: XML by element (exports, Green Button/ESPI, RSS), nested JSON objects in their
parent's record, Socrata and ArcGIS exports labelled by their columns, Unix times as the moments they are, and
``KEY=value`` dumps and log pairs in text; true cases and a city website's hard negatives."""
from __future__ import annotations

import json

import pytest

from crawler.extract import extract
from crawler.extract.sniff import sniff_type
from detectors.engine import scan_document
from detectors.registry import load_detectors


def records(name: str, body: str | bytes | dict | list, content_type: str | None = None) -> list[list[tuple]]:
    doc = extract(name, _bytes(body), content_type)
    return [[(f.label, f.text) for f in r.fields] for r in doc.records]


def findings(name: str, body, content_type: str | None = None) -> list[tuple[str, str]]:
    return [(f.category, f.value) for f in scan_document(extract(name, _bytes(body), content_type), load_detectors())]


def _bytes(body) -> bytes:
    if isinstance(body, (dict, list)):
        return json.dumps(body).encode()
    return body.encode() if isinstance(body, str) else body


# --- XML -----------------------------------------------------------------------------------------------------

CIS_EXPORT = """<?xml version="1.0"?><Export system="CIS" date="2026-10-01">
<Customer><FullName>Mei-Ling Chang</FullName><AcctNo>5246886285</AcctNo>
  <SvcAddr>3967 N Gibbs St, Pomona, CA 91766</SvcAddr><UsageKwh>1357</UsageKwh></Customer>
<Customer><FullName>Nare Avetisyan</FullName><AcctNo>V6273818</AcctNo><SVC_ADDR1>998 E Gibbs St Unit 7</SVC_ADDR1>
  <UsageKwh>2159</UsageKwh></Customer>
<Customer name="Alejandro Montez Terrazas" account="PCE-95103843" email="montezalejandro@hotmail.com"/>
</Export>"""


def test_each_repeated_element_is_a_record_labelled_by_its_children_s_names_in_words():
    assert records("export.xml", CIS_EXPORT) == [
        [("Export system", "CIS"), ("Export date", "2026-10-01")],
        [("Full Name", "Mei-Ling Chang"), ("Acct No", "5246886285"), ("Svc Addr", "3967 N Gibbs St, Pomona, CA 91766"),
         ("Usage Kwh", "1357")],
        [("Full Name", "Nare Avetisyan"), ("Acct No", "V6273818"), ("SVC ADDR 1", "998 E Gibbs St Unit 7"),
         ("Usage Kwh", "2159")],
        [("name", "Alejandro Montez Terrazas"), ("account", "PCE-95103843"), ("email", "montezalejandro@hotmail.com")]]
    doc = extract("export.xml", CIS_EXPORT.encode())
    assert [s.location.element for s in doc.segments][:4] == [
        "/Export/@system", "/Export/@date", "/Export/Customer[1]/FullName", "/Export/Customer[1]/AcctNo"]


def test_a_customer_export_in_xml_is_found():
    found = findings("export.xml", CIS_EXPORT)
    for value in ("Mei-Ling Chang", "5246886285", "1357", "Nare Avetisyan", "V6273818", "2159", "PCE-95103843"):
        assert value in [v for _, v in found]


def test_one_customer_s_element_is_the_export_s_record():
    found = findings("x.xml", "<?xml version='1.0'?><Export><Customer><FullName>Nare Avetisyan</FullName>"
                              "<AcctNo>5246886285</AcctNo><UsageKwh>1357</UsageKwh></Customer></Export>")
    assert found == [("customer_name", "Nare Avetisyan"), ("account_number", "5246886285"),
                     ("energy_usage", "1357")]


GREEN_BUTTON = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi" xmlns:cust="http://naesb.org/espi/customer">
<title>Green Button Download</title>
<entry><title>Chao Wu</title><content><cust:Customer><cust:name>Chao Wu</cust:name></cust:Customer></content></entry>
<entry><content><cust:CustomerAccount><cust:accountId>8-713-348-809</cust:accountId></cust:CustomerAccount></content>
</entry>
<entry><content><cust:ServiceLocation><cust:mainAddress><cust:streetDetail><cust:addressGeneral>3509 S Arrow Hwy
</cust:addressGeneral></cust:streetDetail></cust:mainAddress></cust:ServiceLocation></content></entry>
<entry><content><espi:IntervalBlock>
<espi:IntervalReading><espi:timePeriod><espi:start>1767225600</espi:start></espi:timePeriod><espi:value>639</espi:value>
</espi:IntervalReading>
<espi:IntervalReading><espi:timePeriod><espi:start>1767226500</espi:start></espi:timePeriod><espi:value>845</espi:value>
</espi:IntervalReading></espi:IntervalBlock></content></entry>
</feed>"""


def test_a_green_button_download_s_entries_are_one_customer_s_record():
    """Entries that hold different things (a Customer, an account, a service location) are the parts of one
    download; its interval readings, which share their fields, are records of their own."""
    read = records("usage.xml", GREEN_BUTTON)
    assert read[0] == [("feed title", "Green Button Download"), ("entry title", "Chao Wu"), ("Customer name", "Chao Wu"),
                       ("Customer Account account Id", "8-713-348-809"),
                       ("street Detail address General", "3509 S Arrow Hwy")]
    assert read[1:] == [[("time Period start", "2026-01-01 00:00:00 UTC"), ("value (Wh)", "639")],
                        [("time Period start", "2026-01-01 00:15:00 UTC"), ("value (Wh)", "845")]]
    found = findings("usage.xml", GREEN_BUTTON)
    assert ("account_number", "8-713-348-809") in found and ("address", "3509 S Arrow Hwy") in found


def test_a_vendor_s_tax_id_stays_beside_the_firm_s_name():
    feed = ('<?xml version="1.0"?><agenda date="2026-12-07"><item no="14"><title>Resolution No. 2026-178</title>'
            '<staff>Elizabeth Ontiveros-Cole</staff><vendor ein="33-0912345">Inland Empire Solar LLC</vendor></item>'
            '<item no="15"><title>Public hearing</title><site apn="8341-012-015">1450 N. Towne Ave</site>'
            '<case>CUP-2026-0112</case><contact phone="(909) 620-2311">cityclerk@pomonaca.gov</contact></item></agenda>')
    assert records("agenda.xml", feed)[1] == [
        ("no", "14"), ("title", "Resolution No. 2026-178"), ("staff", "Elizabeth Ontiveros-Cole"),
        ("vendor ein", "33-0912345"), ("vendor", "Inland Empire Solar LLC")]
    assert findings("agenda.xml", feed) == []


def test_an_agenda_rss_feed_stays_silent():
    rss = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>City Council Agendas</title>
    <link>https://www.pomonaca.gov/agendas</link><description>Agendas of the Pomona City Council</description>
    <item><title>City Council Regular Meeting - December 7, 2026</title>
      <link>https://www.pomonaca.gov/agendas/2026-12-07</link><pubDate>Mon, 30 Nov 2026 17:00:00 GMT</pubDate>
      <description>Item 14: Resolution No. 2026-178, contract with Inland Empire Solar LLC. Contact the City Clerk at
      (909) 620-2311.</description><guid>https://www.pomonaca.gov/agendas/2026-12-07</guid></item>
    <item><title>Planning Commission - December 9, 2026</title><link>https://www.pomonaca.gov/agendas/pc-2026-12-09</link>
      <pubDate>Tue, 01 Dec 2026 17:00:00 GMT</pubDate><description>CUP-2026-0112 at 1450 N. Towne Ave (APN
      8341-012-015). Staff: Elizabeth Ontiveros-Cole, (909) 620-2200.</description></item></channel></rss>"""
    assert len(records("agendas.xml", rss)) == 3
    assert findings("agendas.xml", rss) == []


def test_xml_entities_are_never_expanded_nor_fetched_and_the_text_is_still_read():
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
            '<r><name>&lol2;</name><note>Lucia Herrera 512-34-6789</note></r>')
    doc = extract("bomb.xml", bomb.encode())
    assert doc.records == [] and "lollol" not in " ".join(s.text for s in doc.segments)
    assert any("Lucia Herrera 512-34-6789" in s.text for s in doc.segments)
    assert any("not expanded" in w for w in doc.warnings)
    external = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    doc = extract("external.xml", external.encode())
    assert "root:" not in " ".join(s.text for s in doc.segments)


def test_xml_that_is_not_well_formed_is_read_as_text():
    doc = extract("broken.xml", b"<?xml version='1.0'?><Export><Customer>Lucia Herrera 512-34-6789</Export>")
    assert doc.records == [] and "Lucia Herrera 512-34-6789" in doc.segments[0].text
    assert any("not well-formed" in w for w in doc.warnings)


def test_xml_past_the_text_budget_is_read_as_text():
    body = ("<?xml version='1.0'?><r>" + "<c><n>Lucia Herrera</n></c>" * 50 + "</r>").encode()
    doc = extract("big.xml", body, max_chars=len(body) - 1)
    assert doc.records == [] and any("text limit" in w for w in doc.warnings)


# --- nested JSON, open-data exports, Unix times ----------------------------------------------------------------

def test_a_nested_object_s_fields_are_its_parent_s_record_under_both_keys():
    callbacks = [{"ticket": "OUT-41234", "caller": "Vardan Petrosyan", "callback": "909.397.1609",
                  "premise": {"address": "794 S Fairplex Dr, Pomona, CA 91767", "premiseId": "2356457711"}}]
    assert records("outages.json", callbacks) == [[
        ("ticket", "OUT-41234"), ("caller", "Vardan Petrosyan"), ("callback", "909.397.1609"),
        ("premise.address", "794 S Fairplex Dr, Pomona, CA 91767"), ("premise.premiseId", "2356457711")]]
    found = findings("outages.json", callbacks)
    assert ("customer_name", "Vardan Petrosyan") in found and ("phone", "909.397.1609") in found
    assert ("address", "794 S Fairplex Dr, Pomona, CA 91767") in found


def test_an_api_dump_s_nested_contact_and_location_are_found():
    dump = {"data": [{"customerId": "6760888609", "displayName": "Layla Khoury",
                      "serviceLocation": {"line1": "2227 Holt Ave Unit A", "city": "Pomona", "zip": "91768"},
                      "contact": {"mobile": "(951) 593-2367"}}]}
    found = findings("api.json", dump)
    assert ("address", "2227 Holt Ave Unit A") in found and ("phone", "(951) 593-2367") in found


SOCRATA = {"meta": {"view": {"columns": [
    {"fieldName": ":sid", "name": "sid"}, {"fieldName": ":created_at", "name": "created_at"},
    {"fieldName": "applicant_name", "name": "Customer Name"}, {"fieldName": "service_account", "name": "Service Account"},
    {"fieldName": "email", "name": "Email"}]}},
    "data": [[1, 1700000000, "Jennylyn Macaraeg", "PCE-40279266", "jm61@icloud.com"],
             [2, 1700000123, "John Powell", "2-48-242-5179", "powelljohn@hotmail.com"]]}


def test_socrata_rows_are_labelled_by_the_columns_and_a_unix_time_is_a_moment():
    assert records("rebates.json", SOCRATA)[-2:] == [
        [("sid", "1"), ("created_at", "2023-11-14 22:13:20 UTC"), ("Customer Name", "Jennylyn Macaraeg"),
         ("Service Account", "PCE-40279266"), ("Email", "jm61@icloud.com")],
        [("sid", "2"), ("created_at", "2023-11-14 22:15:23 UTC"), ("Customer Name", "John Powell"),
         ("Service Account", "2-48-242-5179"), ("Email", "powelljohn@hotmail.com")]]
    found = findings("rebates.json", SOCRATA)
    assert ("customer_name", "Jennylyn Macaraeg") in found and ("account_number", "PCE-40279266") in found
    assert not [v for _, v in found if v.startswith("17000")]


def test_arcgis_features_are_labelled_by_the_fields_aliases():
    layer = {"fields": [{"name": "CUST_NM", "alias": "Customer Name"}, {"name": "SA_ID", "alias": "Service Account"},
                        {"name": "LAST_UPDATED", "alias": "Last Updated"}],
             "features": [{"attributes": {"CUST_NM": "Soo-ah Yoon", "SA_ID": "5499748475",
                                          "LAST_UPDATED": 1700000000000}, "geometry": {"x": -117.75, "y": 34.05}}]}
    assert records("layer.json", layer)[-1] == [
        ("Customer Name", "Soo-ah Yoon"), ("Service Account", "5499748475"),
        ("Last Updated", "2023-11-14 22:13:20 UTC"), ("geometry.x", "-117.75"), ("geometry.y", "34.05")]
    assert ("account_number", "5499748475") in findings("layer.json", layer)


def test_a_number_is_a_moment_only_under_a_name_that_says_so():
    assert records("x.json", [{"account": 1700000000, "format": 1700000000, "updatedAt": 1700000000}]) == [
        [("account", "1700000000"), ("format", "1700000000"), ("updatedAt", "2023-11-14 22:13:20 UTC")]]


def test_geojson_of_parks_with_addresses_stays_silent():
    parks = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-117.75, 34.07]},
         "properties": {"name": "Ganesha Park", "address": "1575 N White Ave, Pomona, CA 91768",
                        "phone": "(909) 620-2321", "acres": 41, "updated": 1700000000}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-117.73, 34.04]},
         "properties": {"name": "Palomares Park", "address": "499 E Arrow Hwy, Pomona, CA 91767",
                        "phone": "(909) 620-2321", "acres": 8, "updated": 1700000000}}]}
    assert ("address", "1575 N White Ave, Pomona, CA 91768") in records("parks.geojson", parks)[1]
    assert findings("parks.geojson", parks) == []


def test_a_system_load_json_stays_silent():
    status = {"host": "web-02.pomonaca.gov", "uptime": 8641231, "load": {"1m": 0.42, "5m": 0.38, "15m": 0.35},
              "memory": {"total": 16777216, "used": 9437184, "free": 7340032},
              "disks": [{"mount": "/", "size": 512000000000, "used": 213000000000}],
              "requests": {"count": 5246886285, "errors": 1357, "last": 1700000000}}
    assert findings("status.json", status) == []


# --- KEY=value and log pairs in text ---------------------------------------------------------------------------

def test_a_key_value_dump_is_a_record_per_block_labelled_by_its_keys():
    dump = ("CUST_ID=6760888609\nNAME_LAST=KHOURY\nNAME_FIRST=LAYLA\nSVC_ADDR1=2705 N HOLT AVE\n"
            "PHONE_HOME=(951) 593-2367\nLAST_12M_KWH=5327\n---\nCUSTOMER_NAME=\"LEI GONG\"\nKWH=8920\n")
    assert records("dump.txt", dump) == [
        [("CUST_ID", "6760888609"), ("NAME_LAST", "KHOURY"), ("NAME_FIRST", "LAYLA"), ("SVC_ADDR1", "2705 N HOLT AVE"),
         ("PHONE_HOME", "(951) 593-2367"), ("LAST_12M_KWH", "5327")],
        [("CUSTOMER_NAME", "LEI GONG"), ("KWH", "8920")]]
    found = findings("dump.txt", dump)
    for value in ("6760888609", "LAYLA KHOURY", "2705 N HOLT AVE", "(951) 593-2367", "5327", "LEI GONG", "8920"):
        assert value in [v for _, v in found]


def test_a_log_line_s_pairs_and_a_printed_dict_are_records():
    log = ("2026-02-07T17:14:01Z INFO  billing.svc - recalculated acct=2-73-681-9554 customer=\"Pascual Cortez\" "
           "kwh=972\n2026-02-08T12:13:01Z DEBUG crm.sync - upsert {'name': 'Gayane Zakaryan', "
           "'phone': '(909) 868-0078', 'addr': '2047 W Park Ave'}\n"
           "2026-02-09T10:00:00Z INFO  scheduler - nightly job finished in 41s, 12,044 bills rendered\n")
    doc = extract("app.log", log.encode())
    assert [[(f.label, f.text) for f in r.fields] for r in doc.records] == [
        [("acct", "2-73-681-9554"), ("customer", "Pascual Cortez"), ("kwh", "972")],
        [("name", "Gayane Zakaryan"), ("phone", "(909) 868-0078"), ("addr", "2047 W Park Ave")]]
    assert [s.text for s in doc.segments if s.label is None][0] == \
        "2026-02-07T17:14:01Z INFO billing.svc - recalculated"
    found = findings("app.log", log)
    for value in ("2-73-681-9554", "Pascual Cortez", "972", "Gayane Zakaryan", "(909) 868-0078", "2047 W Park Ave"):
        assert value in [v for _, v in found]


def test_a_web_server_logs_query_strings_are_decoded_into_fields():
    log = ('10.4.2.9 - - [29/Nov/2026:03:14:22 -0800] "GET /billing/lookup?acct=41-7720-93&name=Rosalind+Achebe'
           '&email=rachebe77%40att.net&phone=%28970%29%20555-0142 HTTP/1.1" 200 1433 "-" "Mozilla/5.0"\n'
           '10.4.2.11 - - [29/Nov/2026:03:15:02 -0800] "GET /search?q=library+hours&page=2 HTTP/1.1" 200 8812 "-" "-"\n'
           '10.4.2.12 - - [29/Nov/2026:03:15:09 -0800] "GET /api/outages?zip=91766&status=open HTTP/1.1" 200 90 "-" "-"\n')
    assert records("access.log", log)[0] == [("acct", "41-7720-93"), ("name", "Rosalind Achebe"),
                                             ("email", "rachebe77@att.net"), ("phone", "(970) 555-0142")]
    assert set(findings("access.log", log)) == {("account_number", "41-7720-93"), ("customer_name", "Rosalind Achebe"),
                                                ("email", "rachebe77@att.net"), ("phone", "(970) 555-0142")}


@pytest.mark.parametrize("line, secret", [("DB_PASSWORD=cis_1326Bz", "cis_1326Bz"),
                                          ("export API_SECRET='Xk29fjQ0aa'", "Xk29fjQ0aa")])
def test_a_secret_in_a_key_value_dump_is_a_credential(line, secret):
    assert ("credential", secret) in findings("app.env.txt", f"DB_HOST=10.2.0.4\nDB_USER=billing_ro\n{line}\n")


def test_a_config_dump_with_public_values_stays_silent():
    config = ("SITE_NAME=City of Pomona\nSUPPORT_PHONE=(909) 620-2311\nSUPPORT_EMAIL=webmaster@pomonaca.gov\n"
              "SMTP_HOST=mail.pomonaca.gov\nMAX_UPLOAD_MB=25\nDEFAULT_CITY=Pomona\nCITY_HALL=505 S Garey Ave\n"
              "CACHE_TTL=3600\n")
    assert findings("settings.txt", config) == []


def test_a_build_log_s_pairs_stay_silent():
    build = ("[build] CC=gcc CFLAGS=\"-O2 -g\" PREFIX=/usr/local\n"
             "user=jenkins job=pce-portal build=4471 status=SUCCESS duration=312s\n"
             "node=build01 commit=9f8a7b6c5d4e ref=refs/heads/main started=1700000000\n"
             "export PATH=/usr/local/bin:/usr/bin\nJAVA_HOME=/usr/lib/jvm/java-17\nBUILD_NUMBER=5246886285\n"
             "GET /agendas?id=14&page=2 200 duration_ms=41 bytes=10240\n")
    assert findings("build.log", build) == []


def test_text_with_elements_inside_it_is_one_text():
    doc = extract("notice.xml", b"<?xml version='1.0'?><notice><para>Call <b>Lucia Herrera</b> at 909-555-0134 "
                                b"about account 3417119237.</para><para>Second</para></notice>")
    assert [s.text for s in doc.segments] == ["Call Lucia Herrera at 909-555-0134 about account 3417119237.", "Second"]


def test_a_measure_s_unit_period_and_multiplier_are_not_the_measure():
    bill = [{"customer": "Lucia Herrera", "acct": "3417119237",
             "usage": {"period": "2025-01", "kwh": 512, "days": 31, "year": 2025, "uom": 72}},
            {"customer": "Dmitri Volkov", "acct": "3417119238", "consumption": {"value": 604, "multiplier": 3, "uom": 72}}]
    assert records("bills.json", bill)[0][2:] == [("period", "2025-01"), ("kwh", "512"), ("days", "31"),
                                                  ("year", "2025"), ("uom", "72")]
    assert [v for c, v in findings("bills.json", bill) if c == "energy_usage"] == ["512", "604"]


def test_a_value_without_quotes_runs_to_the_next_pair():
    line = ("[2026-10-14 09:10:03] agent=mreyes caller=Omar Abdelrahman ani=+1909-469-5014 acct=2-16-708-0241 "
            "note=\"high bill\"\n")
    assert records("calls.txt", line) == [[("agent", "mreyes"), ("caller", "Omar Abdelrahman"),
                                           ("ani", "+1909-469-5014"), ("acct", "2-16-708-0241"), ("note", "high bill")]]
    found = findings("calls.txt", line)
    assert ("customer_name", "Omar Abdelrahman") in found and ("account_number", "2-16-708-0241") in found


def test_no_socrata_cell_is_lost_to_a_repeated_or_missing_column_name():
    export = {"meta": {"view": {"columns": [{"name": "Phone"}, {"name": "Phone"}]}},
              "data": [["(909) 620-2311", "(909) 620-2200", "Pomona"]]}
    assert records("x.json", export)[-1] == [("Phone", "(909) 620-2311"), ("Phone (2)", "(909) 620-2200"),
                                             ("column 3", "Pomona")]


@pytest.mark.parametrize("url, content_type", [
    ("https://www.pomonaca.gov/agendas.rss", "application/rss+xml"),
    ("https://www.pomonaca.gov/feed", "application/atom+xml; charset=utf-8"),
    ("https://www.pomonaca.gov/feed.atom", None),
])
def test_news_feeds_are_read_as_xml(url, content_type):
    assert sniff_type(url, content_type, b'<?xml version="1.0"?><rss><channel></channel></rss>') == "application/xml"
