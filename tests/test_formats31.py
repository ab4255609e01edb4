"""Customer data in exports whose unit or wrapper is apart from the value, and the City's own facilities in XML and
JSON: a Green Button (ESPI) download's entries are one customer's, whatever titles they share, its readings in the
unit its ReadingType codes (Wh, kWh) and its summaries in their own ``uom`` and multiplier; a JSON measure's object
naming its unit (``"usage": {"unit": "kWh", "last12Months": ...}``); a record whose name is one of the City's
facilities (City Hall, the library, a pool, police headquarters) holds the City's account, not a customer's; a
single-file gzip (``.csv.gz``) is read as the file it packs.

Hard negatives: an Atom news feed's entries (no ESPI), a program's public statistics in JSON (an average in kWh,
billing days), a customer named Park and an apartment complex named after a park (their accounts stay found), a
gzip of a public schedule, a gzipped tar and a gzip bomb (listed, not read)."""
from __future__ import annotations

import gzip
import io
import json
import tarfile

import pytest

from crawler.extract import UnsupportedDocument, extract
from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.cityofexample.gov"

ESPI = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi" xmlns:cust="http://naesb.org/espi/customer">
 <title>Green Button Data</title>
 <entry><title>Customer</title><content><cust:Customer><cust:name>Rosalind Ekwueme</cust:name></cust:Customer>
 </content></entry>
 <entry><title>Account</title><content><cust:CustomerAccount><cust:accountId>8806124471</cust:accountId>
  <cust:contactInfo><cust:email1>rekwueme.home@fastmail.com</cust:email1></cust:contactInfo></cust:CustomerAccount>
 </content></entry>
 <entry><title>Location</title><content><cust:ServiceLocation><cust:mainAddress><cust:streetDetail>
  <cust:addressGeneral>3318 N Orchard Ln</cust:addressGeneral></cust:streetDetail></cust:mainAddress>
 </cust:ServiceLocation></content></entry>
 <entry><title>Reading type</title><content><espi:ReadingType><espi:powerOfTenMultiplier>3</espi:powerOfTenMultiplier>
  <espi:uom>72</espi:uom></espi:ReadingType></content></entry>
 <entry><title>Hourly</title><content><espi:IntervalBlock>
  <espi:IntervalReading><espi:timePeriod><espi:start>1767225600</espi:start></espi:timePeriod><espi:value>4127</espi:value>
  </espi:IntervalReading>
  <espi:IntervalReading><espi:timePeriod><espi:start>1767229200</espi:start></espi:timePeriod><espi:value>3896</espi:value>
  </espi:IntervalReading></espi:IntervalBlock></content></entry>
 <entry><title>Summary</title><content><espi:UsageSummary><espi:overallConsumptionLastPeriod>
  <espi:powerOfTenMultiplier>0</espi:powerOfTenMultiplier><espi:uom>72</espi:uom><espi:value>842310</espi:value>
  </espi:overallConsumptionLastPeriod></espi:UsageSummary></content></entry>
</feed>"""


def test_a_green_button_download_with_titled_entries_is_one_customer_s():
    found = pairs_found(f"{SITE}/data/gb/usage.xml", ESPI)
    assert {("customer_name", "Rosalind Ekwueme"), ("account_number", "8806124471"),
            ("email", "rekwueme.home@fastmail.com"), ("address", "3318 N Orchard Ln")} <= found
    assert {"4127", "3896", "842310"} <= values_of(found, "energy_usage")


def test_espi_figures_are_labelled_with_the_unit_their_codes_say():
    labels = {s.text: s.label for s in extract(f"{SITE}/gb.xml", ESPI.encode()).segments}
    assert labels["4127"] == "value (kWh)"  # the ReadingType's Wh times 10^3
    assert labels["842310"] == "overall Consumption Last Period (Wh)"


NEWS_FEED = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>City News</title>
<entry><title>Library reopens Monday</title><id>urn:1</id><updated>2026-03-02T00:00:00Z</updated></entry>
<entry><title>Council honors Marisol Atwater</title><id>urn:2</id><updated>2026-03-03T00:00:00Z</updated></entry>
<entry><title>Water main work on 4th St</title><id>urn:3</id><updated>2026-03-04T00:00:00Z</updated></entry>
</feed>"""


def test_an_atom_news_feed_s_entries_stay_records_of_their_own():
    document = extract(f"{SITE}/news.atom.xml", NEWS_FEED.encode())
    assert len(document.records) == 4  # the feed's own and one per entry, not one record of every headline
    assert not pairs_found(f"{SITE}/news.xml", NEWS_FEED)


def test_a_json_measure_naming_its_unit_labels_its_figures():
    export = {"results": [
        {"holder": {"first": "Teodora", "last": "Vasquez-Lind"}, "acctNo": "3350917724",
         "serviceAddress": "1187 W Juniper Way", "usage": {"unit": "kWh", "trailingYear": 11384, "days": 365}},
        {"holder": {"first": "Bertrand", "last": "Okafor"}, "acctNo": "3350917802",
         "serviceAddress": "29 E Holt Ave", "usage": {"unit": "kWh", "trailingYear": 6071, "days": 365}}]}
    usage = values_of(pairs_found(f"{SITE}/api/accounts.json", json.dumps(export)), "energy_usage")
    assert usage == {"11384", "6071"}  # not the billing days


def test_a_program_s_public_statistics_in_json_are_no_customer_s():
    stats = {"program": "Medical Baseline", "enrolled": 1412, "contact": {"name": "Program Office",
                                                                          "phone": "(909) 620-2200"},
             "usage": {"unit": "kWh", "averageMonthly": 604, "median": 571}}
    assert not values_of(pairs_found(f"{SITE}/data/stats.json", json.dumps(stats)), "energy_usage")


FACILITIES = """<?xml version="1.0"?><cityFacilities fiscalYear="2026">
<site name="Civic Center" acct="ECX2209117"><street>100 N Main St</street><kwh>512004</kwh></site>
<site name="Westside Branch Library" acct="ECX2209118"><street>2201 W Holt Ave</street><kwh>231880</kwh></site>
<site name="Veterans Park Pool" acct="ECX2209131"><street>1380 Ridge Rd</street><kwh>301442</kwh></site>
<site name="Police Headquarters" acct="ECX2209140"><street>490 Civic Dr</street><kwh>688101</kwh></site>
</cityFacilities>"""


def test_the_city_s_facilities_in_xml_and_json_hold_the_city_s_accounts():
    assert not values_of(pairs_found(f"{SITE}/data/facilities.xml", FACILITIES), "account_number")
    rows = [{"name": "Corporation Yard", "account": "ECX2209150", "address": "1475 N Hacienda Blvd", "kwh": 90210},
            {"name": "Senior Center", "account": "ECX2209151", "address": "600 S Park Ave", "kwh": 40122}]
    assert not values_of(pairs_found(f"{SITE}/data/facilities.json", json.dumps(rows)), "account_number")


def test_a_customer_named_park_and_an_apartment_complex_keep_their_accounts():
    rows = [{"name": "Susan Park", "account": "ECX7710233", "address": "18 Birch Ct", "kwh": 611},
            {"name": "Park Vista Apartments", "account": "ECX7710240", "address": "900 E Foothill Blvd", "kwh": 9120}]
    accounts = values_of(pairs_found(f"{SITE}/data/cis.json", json.dumps(rows)), "account_number")
    assert accounts == {"ECX7710233", "ECX7710240"}


AMI_CSV = b"""read_date,account,customer,service_address,kwh
2026-02-01,5120448836,Lucinda Fairweather,417 S Alvarado St,22.41
2026-02-01,5120448907,Gideon Marchetti,88 N Cedar Ave,31.07
"""


@pytest.mark.parametrize("url, content_type", [(f"{SITE}/exports/ami.csv.gz", "application/gzip"),
                                               (f"{SITE}/exports/ami.csv.gz", None)])
def test_a_gzipped_csv_is_read_as_the_csv_it_packs(url, content_type):
    document = extract(url, gzip.compress(AMI_CSV), content_type)
    assert not document.unchecked
    assert {s.location.attachment for s in document.segments} == {"ami.csv"}
    found = pairs_found(url, gzip.compress(AMI_CSV), content_type)
    assert {("customer_name", "Lucinda Fairweather"), ("account_number", "5120448907"),
            ("energy_usage", "31.07")} <= found


def test_the_packed_file_s_own_name_in_the_gzip_header_locates_it():
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="meter-reads.csv", mode="wb", fileobj=buffer) as packed:
        packed.write(AMI_CSV)
    document = extract(f"{SITE}/download?id=7", buffer.getvalue(), "application/gzip")
    assert {s.location.attachment for s in document.segments} == {"meter-reads.csv"}


def test_a_gzip_of_a_public_schedule_finds_nothing():
    schedule = b"Date,Meeting,Place,Phone\n2026-03-10,City Council,City Hall Council Chambers,(909) 620-2311\n"
    assert not pairs_found(f"{SITE}/agendas/schedule.csv.gz", gzip.compress(schedule), "application/gzip")


def test_a_gzipped_tar_and_a_gzip_bomb_are_listed_not_read():
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        info = tarfile.TarInfo("accounts.csv")
        info.size = len(AMI_CSV)
        tar.addfile(info, io.BytesIO(AMI_CSV))
    with pytest.raises(UnsupportedDocument, match="gzip archive of a tar"):
        extract(f"{SITE}/exports/bundle", buffer.getvalue(), "application/gzip")  # a tar by its content
    with pytest.raises(UnsupportedDocument, match="gzip bomb"):
        extract(f"{SITE}/exports/huge.csv.gz", gzip.compress(b"0" * 30_000_000), "application/gzip")


def test_a_customer_s_own_monthly_average_labelled_after_its_unit_is_their_usage():
    export = ("Applicant;Service account;Street address;Daily kWh (avg)\n"
              "Ingrid Solberg-Nwosu;4471920385;2716 E Walnut Ave;38,6\n"
              "Hector Villaseñor;4471920417;551 W Lexington Ave;27,1\n")
    assert values_of(pairs_found(f"{SITE}/exports/ev.csv", export), "energy_usage") == {"38,6", "27,1"}


def test_a_rate_class_s_monthly_average_stays_public():
    stats = "Rate class;Customers;Monthly kWh (avg)\nResidential;48210;512,4\nSmall commercial;3120;1840,9\n"
    assert not pairs_found(f"{SITE}/data/classes.csv", stats)


def test_a_login_pair_quoted_as_code_in_markdown_notes_is_a_credential():
    notes = "## Cutover\n\n- Test billing admin: `cisops` / `Gr33n!Ledger` (rotate after go-live)\n"
    assert values_of(pairs_found(f"{SITE}/it/cutover.md", notes), "credential") == {"Gr33n!Ledger"}


@pytest.mark.parametrize("line", ["- Office admin: Renata Oyelaran / ext. 2214\n",
                                  "- Permit admin / 2026 fee schedule (PDF)\n",
                                  "- CMS admin: `webteam` / `Drupal 10.3`\n"])
def test_an_admin_s_name_and_a_slash_are_no_login_pair(line):
    assert not values_of(pairs_found(f"{SITE}/it/notes.md", line), "credential")


VISIT = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:visit-118@cityofexample.gov
DTSTART:20260310T090000
SUMMARY:Meter check - Ibarra
LOCATION:482 Calle Índigo\\, Pomona\\, CA 91766
DESCRIPTION:Customer: Consuelo Ibarra\\nPhone: (626) 447-1190\\nAcct 4418830216
END:VEVENT
END:VCALENDAR
"""


def test_a_spanish_typed_street_whose_name_opens_with_an_accent_is_an_address():
    assert ("address", "482 Calle Índigo, Pomona, CA 91766") in pairs_found(f"{SITE}/cal/visits.ics", VISIT)
    note = "Callback: Rigoberto Salcido, 77 Calle Ébano Apt 3, acct 4418830477, says bill doubled\n"
    assert ("address", "77 Calle Ébano Apt 3") in pairs_found(f"{SITE}/notes.txt", note)


def test_a_public_meeting_at_a_spanish_named_plaza_stays_public():
    meeting = ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:m-4@cityofexample.gov\nDTSTART:20260401T180000\n"
               "SUMMARY:Community budget meeting\nLOCATION:Plaza Álamo Community Room\\, 505 S Garey Ave\n"
               "DESCRIPTION:Questions? Call City Hall at (909) 620-2311.\nEND:VEVENT\nEND:VCALENDAR\n")
    assert not pairs_found(f"{SITE}/cal/meetings.ics", meeting)
