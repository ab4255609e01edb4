"""Records under a heading that says whose they are (``detectors.context.sections``), end to end through the
HTML extractor and every registry detector: the heading (h1-h6, a summary, a short title line, a title before
a colon) says customers, a service request, a sign-up sheet or correspondence about a bill, and the element
under it names a person beside personal contact data without saying "customer" itself.

Hard negatives are a city site's sections: staff contacts, a board, crews, a customer service office, a
customer programs page naming staff, a spotlight on a business, testimonials, contact us, a "meet the family"
link naming no contact data, correspondence about a zoning matter.
"""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors({})
CONTACT = ("customer_name", "address", "phone", "email", "energy_usage")


def found(body: str) -> dict[str, list[str]]:
    page = (f"<html><head><title>Page - City of Fairview Springs</title></head><body><main>{body}</main>"
            "<footer><p>City of Fairview Springs, 300 Civic Plaza, Fairview Springs, CA 92410 "
            "&middot; (951) 555-2000</p></footer></body></html>")
    result: dict[str, list[str]] = {}
    for f in scan_document(extract("page.html", page.encode()), DETECTORS):
        if f.category in CONTACT:
            result.setdefault(f.category, []).append(f.value)
    return result


FOUND = {
    "a log of problems residents reported": (
        "<h1>Problem Reports</h1><ul><li>PR-26-14 (12 Feb) Tree on wire. Reported by Wojciech Baranek, 741 Marlowe "
        "Ct, tel (351) 555-9871. Crew dispatched.</li></ul>",
        {"customer_name": ["Wojciech Baranek"], "address": ["741 Marlowe Ct"], "phone": ["(351) 555-9871"]}),
    "svg labels under a heading of life-support customers": (
        "<h2>Medical baseline customers - crew priority map</h2><svg width='300' height='90'>"
        "<text x='10' y='40'>Dolores Whitfield</text><text x='10' y='50'>2217 Juniper Ridge Rd</text>"
        "<text x='120' y='40'>Marcus Oyelaran</text><text x='120' y='50'>918 Quail Hollow Ct</text></svg>",
        {"customer_name": ["Dolores Whitfield", "Marcus Oyelaran"],
         "address": ["2217 Juniper Ridge Rd", "918 Quail Hollow Ct"]}),
    "a letter in a details whose summary says correspondence": (
        "<h2>Board Meeting Minutes</h2><details><summary>Correspondence received</summary>"
        "<p>Letter from Tobias Lindqvist, 4471 Cedar Bluff Ln, Fairview Springs CA 92411; email "
        "tlindqvist77@gmail.com, asking to spread a past-due bill over six months.</p></details>",
        {"customer_name": ["Tobias Lindqvist"], "address": ["4471 Cedar Bluff Ln"],
         "email": ["tlindqvist77@gmail.com"]}),
    "an image's alt text under a customer spotlight title line": (
        "<p>Customer Spotlight</p><img src='p.jpg' alt='Renata Szabo beside her heat pump at 6120 Larkspur Way'>",
        {"customer_name": ["Renata Szabo"], "address": ["6120 Larkspur Way"]}),
    "a tel link named in its aria-label on a service request page": (
        "<h2>Service Request SR-2025-0917</h2><table><tr><td>Status:</td><td>Open</td></tr>"
        "<tr><td>Contact:</td><td><a href='tel:951.555.7314' aria-label='Call Priscilla Okafor'>Call</a></td></tr>"
        "</table><button aria-label='Assign ticket for Howard Brennan at 802 Sagebrush Dr'>Assign</button>",
        {"customer_name": ["Priscilla Okafor", "Howard Brennan"], "phone": ["951-555-7314"],
         "address": ["802 Sagebrush Dr"]}),
    "the customer of an e-mail thread, not the staff member who answers": (
        "<h1>Customer Inquiry Record 7</h1><pre>From: Priyanka Deshmukh &lt;pdeshmukh@fairviewsprings.gov&gt;\n"
        "To: Leopold Hartigan &lt;leo.hartigan@icloud.com&gt;\nSubject: RE: your bill</pre>",
        {"customer_name": ["Leopold Hartigan"], "email": ["leo.hartigan@icloud.com"]}),
    "a sign-up sheet titled before a colon": (
        "<noscript><p>Scripts are blocked. Sign-up sheet (printed copy): Imogen Castellanos, (951) 555-8842, "
        "imogen.castellanos@outlook.com</p></noscript>",
        {"customer_name": ["Imogen Castellanos"], "phone": ["(951) 555-8842"],
         "email": ["imogen.castellanos@outlook.com"]}),
}


@pytest.mark.parametrize("body, expected", FOUND.values(), ids=FOUND.keys())
def test_a_person_with_contact_data_under_a_customer_heading_is_found(body, expected):
    result = found(body)
    for category, values in expected.items():
        for value in values:
            assert any(value in v or v in value for v in result.get(category, ())), (category, value, result)


CLEAN = {
    "an incident report naming the technician who found the tampering": (
        "<h2>Incident Report IR-2026-0311 &ndash; Suspected Meter Tampering</h2><p>Meter Tech Anselmo Quiroga found "
        "the seal broken at 12 Juniper Ct. The account holder refused to give a statement.</p>"),
    "a report-a-problem page naming the office's contacts": (
        "<h1>Report a Problem</h1><p>Streetlight out or a tree on a wire? Call the Line Department, 300 Civic Plaza, "
        "(951) 555-2040, or ask for Duty Supervisor Kieran Walsh.</p>"),
    "staff contacts": (
        "<h2>Staff Contacts</h2><p>Yolanda Brightwater, Utilities Director, (951) 555-2011, "
        "ybrightwater@fairviewsprings.gov</p><p>Desmond Achterberg, Billing Supervisor, (951) 555-2014</p>"),
    "a board of directors": (
        "<h2>Board of Directors</h2><img src='b.jpg' alt='Director Lucinda Marsh at 300 Civic Plaza'>"
        "<p>Lucinda Marsh, President - lmarsh@fairviewsprings.gov</p>"),
    "our crews": ("<h2>Our crews</h2><svg><text>Crew lead Garrett Polanski</text><text>Yard: 1450 Industrial Way"
                  "</text></svg>"),
    "a customer service office": (
        "<h2>Customer Service Office</h2><p>Visit us at 300 Civic Plaza, Fairview Springs. Ask for Wendell Ashby, "
        "(951) 555-2020.</p>"),
    "staff in a customer programs section": (
        "<h2>Customer Programs</h2><p>Program manager Carmen Villalobos, (951) 555-2031, "
        "cvillalobos@fairviewsprings.gov, runs the rebate program.</p>"),
    "a customer spotlight on a business": (
        "<h2>Customer Spotlight: Sunrise Bakery</h2><img src='s.jpg' alt='Sunrise Bakery at 2210 Main St'>"
        "<p>Sunrise Bakery cut its usage by a third with new ovens.</p>"),
    "testimonials of businesses": (
        "<h2>Customer testimonials</h2><p>Valley Hardware, 1180 Commerce Dr: the rebate paid for our LED retrofit."
        "</p>"),
    "contact us": ("<h2>Contact us</h2><p>Utility Billing, 300 Civic Plaza, (951) 555-2000, "
                   "billing@fairviewsprings.gov</p>"),
    "a name alone under a spotlight": (
        "<p><b>Customer Spotlight:</b> <a href='/blog/1' title='Meet Ronan Fairweather'>Meet this month's family</a>"
        "</p>"),
    "a business owner in a spotlight on a firm": (
        "<h2>Customer Spotlight: Sunrise Bakery</h2><p>Owner Maria Delgado opened the shop at 2210 Main St in 2009; "
        "call (951) 555-3301 for orders.</p><p>Luis Ferreira, the bakery's co-owner, takes orders at "
        "(951) 555-3302.</p>"),
    "a technician assigned to service requests": (
        "<h2>Service Requests</h2><p>Assigned to: Technician Paul Greer, (951) 555-2040</p>"),
    "a billing specialist under shutoff notices": (
        "<h2>Shutoff notices</h2><p>Questions? Call our billing specialist Aurora Pennington at (951) 555-2044 or "
        "apennington@fairviewsprings.gov.</p>"),
    "an agency's contact under payment arrangements": (
        "<h2>Payment arrangements</h2><p>Contact Teresa Hollis at Catholic Charities, 1450 Mission Blvd, "
        "(951) 555-7700, for help with your bill.</p>"),
    "a customer story giving only the family's usage": (
        "<h2>Customer Stories: The Okonkwo Family</h2><p>\"We use about 540 kWh a month now,\" said Adaeze Okonkwo, "
        "a nurse at Fairview General.</p>"),
    "an office's line titled with customers": "<p>Customer inquiries: Bettina Rourke, 951-555-2290</p>",
    "a title in a sentence about customers": (
        "<p>Three customers spoke. Residents honored: Ignatius Pell, 77 Birchwood Ct.</p>"),
    "staff in an e-mail thread under a customer inquiry heading": (
        "<h1>Customer Inquiry Record 7</h1><pre>From: Priyanka Deshmukh &lt;pdeshmukh@fairviewsprings.gov&gt;\n"
        "Sent: May 2, 2025\nSubject: RE: your bill\n\nWe have scheduled the meter test.\n\nThanks,\n"
        "Priyanka Deshmukh\nSenior Management Analyst\n(951) 555-2780</pre>"),
    "a contact person on a page for customers at large": (
        "<h2>Information for new customers</h2><p>Questions? Call Jane Whitmore at (951) 555-2050.</p>"),
    "a key accounts contact under commercial customers": (
        "<h2>Commercial customers</h2><p>Key accounts: Reggie Olander, (951) 555-2061</p>"),
    "a host thanked under a heading of customers": (
        "<h2>Customers</h2><p>Thanks to Hollis Brandt of 1220 Alder St for hosting the workshop.</p>"),
    "a counselor to call under hardship assistance": (
        "<h2>Hardship assistance</h2><p>Questions? Call Teresa Hollis at (951) 555-7700.</p>"),
    "correspondence about a zoning matter": (
        "<details><summary>Correspondence received</summary><p>Letter from Gwendolyn Tarrant, 5512 Orchard Hill "
        "Rd, opposing the rezoning of the Mesa parcel.</p></details>"),
}


@pytest.mark.parametrize("body", CLEAN.values(), ids=CLEAN.keys())
def test_a_public_section_stays_clean(body):
    result = found(body)
    assert not result.get("customer_name") and not result.get("phone") and not result.get("email") \
        and not result.get("energy_usage"), result


def test_the_staff_member_on_duty_under_a_customer_notes_heading_is_staff():
    """A shift's supervisor named with a title and what they are on ("Supervisor on duty:", "Engineer in charge:")
    under "Customer Service Notes" is staff, not one of the customers the notes are about."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors

    page = ("<h1>Customer Service Notes</h1><p>Spoke with the customer, Idris Okonjo, at 9444 Granite Road about a "
            "high bill; Acct. No. 93944498735, phone 442.391.6926.</p><p>Supervisor on duty: Marisol Etxeberria, "
            "(760) 888-2329.</p><p>Engineer in charge: Tomasz Rybak, 760-888-2200.</p>")
    values = {f.value for f in scan_document(extract("https://www.mesalinda.gov/cs-notes.html", page.encode(),
                                                     "text/html"), load_detectors())}
    assert {"Idris Okonjo", "93944498735", "442.391.6926"} <= values
    assert not values & {"Marisol Etxeberria", "(760) 888-2329", "Tomasz Rybak", "760-888-2200"}
