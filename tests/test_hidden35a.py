"""Hidden and half-hidden data on an older city CMS site (red team hidden35, part a).

- A client-side search index (lunr's ``"store"``) keeps its pages in an object keyed by their paths: each page is a
  record of its own, as a list's objects are. A made-up customer in one page's entry (the billing FAQ's stand-in)
  speaks for that entry only: the other entries of a data file that name real-looking people are no sample. A
  name that opens the sentence after a staff title ("... approved by the Billing Supervisor. Ana Ruiz, ...") is
  not named by that title. Hard negatives: an index of public pages, a file that is one sample record.
- A sitemap is published text: its images' captions are read as a page's are, and its <loc> links still followed.
- A record joined by bars in a form's hidden field or a table's cell ("Name|home, town ZIP|phone") is a person's
  name, home and phone as a row of a table is. Hard negatives: an office's, a shop's entry joined the same way.
- A hidden field holding the City's program line (its switchboard's thousands-block) is no customer's phone
  however personal the record beside it; a firm's EIN in a hidden field whose sibling names the firm is the firm's,
  though another hidden field of the same form holds a sole proprietor's; a sole proprietor's EIN written right
  after "Name dba Trade Name" is theirs, high.
"""
from __future__ import annotations

import json

from scrapy import Request
from scrapy.http import XmlResponse
from scrapy.settings import Settings

from crawler.extract.json_data import json_records
from crawler.items import FetchedItem, LinksItem
from crawler.spiders.site import SiteSpider
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.ci.pomona.ca.us"


# --- 1. a search index's store keyed by paths ---------------------------------------------------------------

def _index(store: dict) -> str:
    return json.dumps({"version": "2.3.9", "fields": ["title", "body"], "ref": "id",
                       "invertedIndex": [["meter", {"_index": 0, "body": {"0": {}}}]], "store": store})


PLANS = ("Plans set up by the Customer Accounts Supervisor. Ottoline Brannigan, 2318 N Towne Ave, acct 7000 4418 2093, "
         "tel (909) 484-3172: 3 payments of $55; Ignatius Oyelowo, 917 E Franklin Ave, acct 700218830461, "
         "tel 626 301 5587: 5 payments of $38.")
FAQ = "The example below shows where your account number is printed. Jane Sample, 000 Sample Ave."


def test_a_store_keyed_by_paths_is_read_page_by_page_and_the_faqs_stand_in_speaks_for_its_own_entry():
    found = pairs_found(f"{_SITE}/js/search-index.json", _index({
        "/departments/utility-services/payment-plans-march/": {"title": "Payment Plans (DRAFT)", "body": PLANS},
        "/departments/utility-services/billing-faq/": {"title": "Billing FAQ", "body": FAQ},
        "/departments/pce/events/": {"title": "PCE Events", "body": "Council Chambers, City Hall, 505 S. Garey Ave."}}))
    assert {("customer_name", "Ottoline Brannigan"), ("address", "2318 N Towne Ave"),
            ("account_number", "7000 4418 2093"), ("phone", "(909) 484-3172"), ("customer_name", "Ignatius Oyelowo"),
            ("account_number", "700218830461"), ("phone", "626 301 5587")} <= found
    assert not values_of(found, "address") & {"000 Sample Ave", "505 S. Garey Ave."}
    assert not values_of(found, "customer_name") & {"Jane Sample", "Jane"}


def test_entries_of_short_fields_beside_a_sample_entry_are_customers():
    found = pairs_found(f"{_SITE}/js/enrollments.json", json.dumps({"pages": {
        "/help/read-your-bill/": {"title": "How to read your bill", "customer": "Jane Sample",
                                  "address": "123 Any Street", "account": "3-000-0000-00"},
        "/programs/level-pay/": {"title": "Level Pay enrollments", "customer": "Marguerite Okonjo",
                                 "address": "4471 Vineyard Ave", "account": "3-118-4471-35"},
        "/programs/autopay/": {"title": "AutoPay enrollments", "customer": "Desmond Vasquez-Lowe",
                               "address": "902 N Campus Ave", "account": "3-118-9130-08"}}}))
    assert {("customer_name", "Marguerite Okonjo"), ("account_number", "3-118-4471-35"),
            ("customer_name", "Desmond Vasquez-Lowe"), ("address", "902 N Campus Ave")} <= found
    assert "Jane Sample" not in values_of(found, "customer_name")
    assert "123 Any Street" not in values_of(found, "address")


def test_a_data_file_that_is_one_sample_stays_silent():
    found = pairs_found(f"{_SITE}/js/sample-bill.json", json.dumps({
        "title": "Sample bill (fictitious)", "customer": {"name": "Jane Doe", "address": "123 Any Street"},
        "account": "3-000-0000-00", "usage": [{"month": "Jan", "kwh": 512}, {"month": "Feb", "kwh": 498}]}))
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_an_index_of_public_pages_keyed_by_paths_reports_nothing():
    found = pairs_found(f"{_SITE}/js/search-index.json", _index({
        "/departments/parks/": {"title": "Parks", "body": "Ganesha Park, 1575 N White Ave. Parks office (909) 620-2264."},
        "/council/district-3/": {"title": "District 3", "body": "Councilmember Dana Whitfield, (909) 620-2051."},
        "/departments/pce/events/": {"title": "Events", "body": "Council Chambers, City Hall, 505 S. Garey Ave."}}))
    assert not found


def test_keys_that_are_paths_part_the_records_and_field_names_do_not():
    store = {"/a/": {"title": "A", "body": "x"}, "https://www.example.gov/b/": {"title": "B", "body": "y"}}
    assert [path for path, fields, _ in json_records({"store": store}) if fields] == \
        ["$.store./a/", "$.store.https://www.example.gov/b/"]
    customer = {"billing": {"name": "Ottoline Brannigan"}, "service": {"address": "2318 N Towne Ave"}}
    assert len([fields for _, fields, _ in json_records(customer) if fields]) == 1


def test_a_name_opening_the_sentence_after_a_staff_title_is_the_customers():
    found = pairs_found(f"{_SITE}/notes.txt", "Approved by the Customer Accounts Supervisor. Ottoline Brannigan, "
                                               "2318 N Towne Ave, acct 7000 4418 2093.")
    assert ("customer_name", "Ottoline Brannigan") in found
    found = pairs_found(f"{_SITE}/notes.txt", "Customer Accounts Supervisor: Ottoline Brannigan, acct 7000 4418 2093.")
    assert "Ottoline Brannigan" not in values_of(found, "customer_name")
    found = pairs_found(f"{_SITE}/notes.txt", "Approved by Sgt. Ottoline Brannigan, acct 7000 4418 2093.")
    assert "Ottoline Brannigan" not in values_of(found, "customer_name")


# --- 2. a sitemap's captions ---------------------------------------------------------------------------------

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>{site}/programs/smart-meters</loc><lastmod>2024-04-02</lastmod><image:image>
<image:loc>{site}/images/meter-17.jpg</image:loc>
<image:caption>Meter swapped 3 April at 1429 W Holt Ave for Wilhelmina Oduya, SCE account 7000 2291 4463</image:caption>
<image:title>Meter swap</image:title></image:image></url>
<url><loc>{site}/parks/ganesha</loc><image:image><image:loc>{site}/images/pool.jpg</image:loc>
<image:caption>Ribbon cutting at the Ganesha Park pool, 1575 N White Ave.</image:caption></image:image></url>
</urlset>"""


def test_a_sitemap_is_scanned_as_text_and_its_links_still_followed():
    spider = SiteSpider(start_urls=f"{_SITE}/")
    spider.settings = Settings({"DOCUMENT_PRIORITY": 10})
    body = SITEMAP.format(site=_SITE).encode()
    response = XmlResponse(f"{_SITE}/sitemap.xml", body=body, headers={"Content-Type": "application/xml"},
                           request=Request(f"{_SITE}/sitemap.xml", meta={"pubcheck_kind": "sitemap"}))
    items = list(spider.parse_sitemap(response))
    [fetched] = [i for i in items if isinstance(i, FetchedItem)]
    assert fetched.kind == "sitemap" and fetched.body == body
    [links] = [i for i in items if isinstance(i, LinksItem)]
    assert links.urls == [f"{_SITE}/programs/smart-meters", f"{_SITE}/parks/ganesha"]


def test_a_sitemaps_image_caption_names_a_customer_and_a_public_caption_nothing():
    found = pairs_found(f"{_SITE}/sitemap.xml", SITEMAP.format(site=_SITE))
    assert {("customer_name", "Wilhelmina Oduya"), ("address", "1429 W Holt Ave"),
            ("account_number", "7000 2291 4463")} <= found
    assert "1575 N White Ave" not in values_of(found, "address")


# --- 3. a record joined by bars ------------------------------------------------------------------------------

def _shipments(cell: str) -> str:
    return ("<html><body><h1>Water-saving kit shipments</h1><p>Kits ship within 10 business days.</p>"
            "<table><tr><th>Kit</th><th>Tracking</th><th>Status</th><th></th></tr>"
            f"<tr><td>WK-3101</td><td>1Z8F41E20391155012</td><td>Delivered</td><td>{cell}</td></tr></table>"
            "</body></html>")


JOINED = "Cordelia Mbeki-Hart|2914 N Garey Ave, Pomona CA 91767|909.593.4471"


def test_a_record_joined_by_bars_in_a_hidden_field_or_a_cell_is_a_persons():
    expected = {("customer_name", "Cordelia Mbeki-Hart"), ("address", "2914 N Garey Ave, Pomona CA 91767"),
                ("phone", "909.593.4471")}
    assert expected <= pairs_found(f"{_SITE}/kits", _shipments(f'<input type="hidden" name="shipTo3" value="{JOINED}">'))
    assert expected <= pairs_found(f"{_SITE}/kits", _shipments(JOINED))
    form = f'<form><input type="hidden" name="ctl00$Main$hfShipTo" value="{JOINED}"><input type="submit"></form>'
    assert expected <= pairs_found(f"{_SITE}/kits", f"<html><body><h1>Kit request</h1>{form}</body></html>")


def test_an_office_or_a_shop_joined_by_bars_is_no_ones_record():
    for joined in ("Parks and Recreation|1575 N White Ave, Pomona CA 91768|909.620.2264",
                   "Valley Glass & Mirror Co.|1180 W Mission Blvd, Pomona CA 91766|909.629.0414",
                   "Cordelia Mbeki-Hart|Mbeki-Hart Plumbing|1180 W Mission Blvd, Pomona CA 91766|909.629.0414",
                   "Cordelia Mbeki-Hart|2914 N Garey Ave, Pomona CA 91767"):
        found = pairs_found(f"{_SITE}/kits", _shipments(f'<input type="hidden" name="shipTo3" value="{joined}">'))
        assert not values_of(found, "customer_name") and not values_of(found, "phone"), joined


# --- 4. a program's line and a firm's EIN in hidden fields ---------------------------------------------------

def _application(hidden: list[tuple[str, str]]) -> str:
    inputs = "".join(f'<input type="hidden" name="ctl00$MainContent$hf{name}" value="{value}" />'
                     for name, value in hidden)
    return (f'<html><body><form><div id="ctl00_MainContent_pnlMain"><h1>Assistance application</h1>{inputs}'
            '<table><tr><td>Name</td><td><input name="ctl00$MainContent$txtName" type="text" value="" /></td></tr>'
            '</table></div></form></body></html>')


def test_the_citys_program_line_in_a_hidden_field_is_no_customers_phone():
    found = pairs_found(f"{_SITE}/UtilityServices/Assistance.aspx", _application([
        ("ApplicantSSN", "538-21-4406"), ("CoApplicant", "Evander Quillfeather"), ("ProgramYear", "2024-2025"),
        ("ProgramPhone", "(909) 620-2518")]))
    assert ("ssn", "538-21-4406") in found
    assert not values_of(found, "phone")
    found = pairs_found(f"{_SITE}/UtilityServices/Assistance.aspx", _application([
        ("ApplicantSSN", "538-21-4406"), ("CoApplicant", "Evander Quillfeather"), ("CoApplicantPhone", "(909) 620-7718")]))
    assert ("phone", "(909) 620-7718") in found  # the same exchange, another block: a resident's line


def test_a_firms_ein_beside_its_name_is_the_firms_though_a_sole_proprietors_field_stands_in_the_form():
    found = pairs_found(f"{_SITE}/Finance/Vendor-Registration.aspx", _application([
        ("PrevSoleProp", "Teodora Vlasic dba Vlasic Landscaping|83-2214567"), ("LastVendorEIN", "47-2204518"),
        ("LastVendorName", "Cedar Ridge Electric Supply, Inc.")]))
    assert "47-2204518" not in values_of(found, "taxpayer_id")
    assert {("taxpayer_id", "83-2214567"), ("customer_name", "Teodora Vlasic")} <= found


def test_a_proprietors_ein_in_a_hidden_field_beside_a_proprietors_name_is_found():
    found = pairs_found(f"{_SITE}/Finance/Vendor-Registration.aspx", _application([
        ("LastVendorEIN", "47-2204518"), ("LastVendorName", "Teodora Vlasic dba Vlasic Landscaping")]))
    assert ("taxpayer_id", "47-2204518") in found
