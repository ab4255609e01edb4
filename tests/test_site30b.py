"""Public listings a page marks up for machines (round 30, red team site30, second helper): a schema.org business,
organization or public place (JSON-LD or microdata: a directory's LocalBusiness with its founder, phone, mailbox and
address; an Event's venue and organizer; an Organization's employees) is the public listing it says it is, unless a
field of it is a customer's (says "customer", names an account or usage, or holds an identifier the detectors
found). A meta tag in which a page names its site to a web service (fb:app_id, fb:pages, a site-verification token)
holds no customer's number, though another meta tag on the page names a customer.

True cases kept: a JSON-LD Invoice's customer Person, a Person on their own with their home and mailbox, a business's
object holding a customer and an account, an untyped customer array in a script, a customer's meta fields.
Hard negatives: a JSON-LD Restaurant in an @graph with its founder and an employee, a microdata HardwareStore with
its owner, an Event's Place and organizer's contact point, Facebook, Google and Bing ids in meta tags.
"""
from __future__ import annotations

import json

from crawler.extract.schema_org import listed_type
from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.glendoraca.gov"


def findings(head: str, body: str = "<p>Welcome.</p>") -> set:
    page = f"""<!DOCTYPE html><html><head><title>City of Glendora</title>{head}</head><body>
<main><h1>City of Glendora</h1>{body}</main>
<footer><p>City of Glendora, 116 E Foothill Blvd, Glendora, CA 91741 - (626) 914-8200</p></footer></body></html>"""
    return pairs_found(f"{SITE}/page.html", page, "text/html; charset=utf-8")


def linked_data(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **data})}</script>'


def street(line: str) -> dict:
    return {"@type": "PostalAddress", "streetAddress": line, "addressLocality": "Glendora", "postalCode": "91741"}


# --- schema.org businesses, organizations and places ---------------------------------------------------------------

def test_a_restaurant_with_its_founder_and_employee_in_a_graph_is_a_public_listing():
    head = linked_data({"@graph": [
        {"@type": "Restaurant", "name": "Okonkwo Kitchen", "founder": {"@type": "Person", "name": "Ifeoma Okonkwo"},
         "telephone": "(909) 555-0123", "email": "ifeoma.okonkwo@yahoo.com", "address": street("311 E Foothill Blvd"),
         "employee": [{"@type": "Person", "name": "Tobias Wrenfield", "jobTitle": "Chef", "telephone": "(909) 555-0124"}]},
        {"@type": "WebPage", "name": "Shop local"}]})
    assert findings(head, "<p>Okonkwo Kitchen, owner Ifeoma Okonkwo.</p>") == set()


def test_a_list_of_businesses_of_several_trades_is_a_public_listing():
    shops = "".join(linked_data({"@type": kind, "name": name, "founder": {"@type": "Person", "name": owner},
                                 "telephone": phone, "address": street(line)})
                    for kind, name, owner, phone, line in [
                        ("AutoRepair", "Haldane Brake & Muffler", "Corwin Haldane", "(626) 555-0131", "640 W Route 66"),
                        ("TireShop", "Pellegrino Tires", "Nadia Pellegrino", "(626) 555-0132", "1210 S Grand Ave"),
                        ("https://schema.org/Dentist", "Smile Studio", "Priya Venkataraman", "(626) 555-0133",
                         "905 E Alosta Ave")])
    assert findings(shops) == set()


def test_a_microdata_store_with_its_owner_is_a_public_listing():
    body = """<div itemscope itemtype="https://schema.org/HardwareStore"><h3 itemprop="name">Wrenfield Hardware</h3>
<p>Owner: <span itemprop="founder" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tobias
Wrenfield</span></span></p><p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<span itemprop="streetAddress">2204 W Route 66</span></p>
<p><span itemprop="telephone">(909) 555-0188</span> <span itemprop="email">tobias.wrenfield@gmail.com</span></p></div>"""
    assert findings("", body) == set()


def test_an_events_venue_and_organizers_contact_point_are_public():
    head = linked_data({"@type": "Event", "name": "Spring Energy Fair", "startDate": "2025-04-12",
                        "location": {"@type": "Place", "name": "Westmont Community Hall", "telephone": "(909) 555-0198",
                                     "address": street("1820 Orchard Ave")},
                        "organizer": {"@type": "Organization", "name": "Glendora Garden Club", "contactPoint": {
                            "@type": "ContactPoint", "name": "Beatriz Llewellyn", "telephone": "(626) 555-0171",
                            "email": "beatriz.llewellyn@gmail.com"}}})
    assert findings(head) == set()


def test_an_invoices_customer_person_is_still_a_customer_record():
    head = linked_data({"@type": "Invoice",
                        "provider": {"@type": "GovernmentOrganization", "name": "Glendora Water Division",
                                     "telephone": "(626) 914-8270", "address": street("116 E Foothill Blvd")},
                        "customer": {"@type": "Person", "name": "Marisol Quintanar", "telephone": "626-418-2290",
                                     "email": "mquintanar77@icloud.com", "address": street("2291 E Sierra Madre Ave")},
                        "accountId": "W-447120-05"})
    found = findings(head)
    assert {("customer_name", "Marisol Quintanar"), ("email", "mquintanar77@icloud.com")} <= found
    assert "Glendora Water Division" not in values_of(found, "customer_name")


def test_a_person_on_their_own_is_no_public_listing():
    head = linked_data({"@type": "Person", "name": "Rosalind Achterberg", "telephone": "(626) 418-7702",
                        "email": "rachterberg@gmail.com", "address": street("4417 Quail Run Dr")})
    assert ("customer_name", "Rosalind Achterberg") in findings(head)


def test_a_business_object_holding_a_customer_and_an_account_is_judged():
    head = linked_data({"@type": "HomeAndConstructionBusiness", "name": "Tri-Valley Solar",
                        "customer": {"@type": "Person", "name": "Rosalind Achterberg",
                                     "address": street("4417 Quail Run Dr")},
                        "accountNumber": "PCE-0077-31942"})
    found = findings(head)
    assert {("customer_name", "Rosalind Achterberg"), ("account_number", "PCE-0077-31942")} <= found


def test_an_untyped_customer_array_in_a_script_is_still_found():
    head = ('<script>var callbacks = [{"customer": "Anselm Duquette", "acct": "PCE-0042-77120", '
            '"svcAddr": "1543 N Live Oak Ave", "phone": "626-555-0162"}];</script>')
    found = findings(head)
    assert {("customer_name", "Anselm Duquette"), ("account_number", "PCE-0042-77120")} <= found


def test_listed_types():
    assert all(map(listed_type, ["LocalBusiness", "GovernmentOrganization", "https://schema.org/PetStore",
                                 "schema:Restaurant", ["Organization", "Place"], "CityHall"]))
    assert not any(map(listed_type, ["Person", ["LocalBusiness", "Person"], "Invoice", "Order", "House",
                                     "SingleFamilyResidence", "PostalAddress", "Event", None, ""]))


# --- a site's ids at web services in meta tags ----------------------------------------------------------------------

def test_web_service_ids_in_meta_tags_are_no_account_numbers_beside_a_customers_meta_fields():
    head = ('<meta name="customer:name" content="Delphine Ashcombe"><meta name="customer:account" '
            'content="PCE-0051-88214"><meta property="fb:app_id" content="274019385512093"><meta property="fb:pages" '
            'content="1093847561029384"><meta name="google-site-verification" content="4471902288134">'
            '<meta name="msvalidate.01" content="99812004471093">')
    found = findings(head)
    assert {("customer_name", "Delphine Ashcombe"), ("account_number", "PCE-0051-88214")} <= found
    assert values_of(found, "account_number") == {"PCE-0051-88214"}


def test_a_customers_number_in_a_meta_tag_of_the_sites_own_is_still_found():
    head = ('<meta name="description" content="Callback request from Delphine Ashcombe about SCE acct. no. '
            '2873310045"><meta name="customer:phone" content="6264418830"><meta property="fb:app_id" '
            'content="274019385512093">')
    found = findings(head)
    assert ("phone", "6264418830") in found
    assert "274019385512093" not in {value for _, value in found}
