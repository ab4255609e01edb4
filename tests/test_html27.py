"""Customer data in the less read corners of a city's web page (round 27): records in a list inside a page's JSON
state, a widget's data-* value joining fields with "|", a phone in a textarea whose note gives an account, a
password input filled in, a customer's mailbox in a link's title on a page with a staff mailto: link; and the
hard negatives beside them: a site search link for "utility" on a public hearing notice, linked data's "@type".
"""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors()


def findings(body: str, name: str = "page.html") -> set[tuple[str, str]]:
    document = extract(f"https://www.cityofalderbrook.gov/{name}", body.encode(), "text/html; charset=utf-8")
    return {(d.category, d.value) for d in scan_document(document, DETECTORS)}


def page(body: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>City of Alderbrook, Oregon</title></head><body>
<header><a href="/">City of Alderbrook</a></header><main>{body}</main>
<footer><p>City of Alderbrook, 40 Commerce Way, Alderbrook, OR 97301 - (503) 555-2200</p></footer></body></html>"""


# --- JSON state: records in a list ------------------------------------------------------------------------

def test_records_in_a_next_data_list_are_read_whole():
    body = page("""<h1>Service requests</h1><script id="__NEXT_DATA__" type="application/json">
{"props": {"pageProps": {"followUps": [{"holder": "Beatriz Quintero", "svcAddress":
"718 Larkspur Ln, Alderbrook, OR 97302", "phone": "(503) 362-8841", "acctNo": "88-40217-03"}, {"holder": "Tobias Lindqvist", "svcAddress":
"2291 Fennel Ct, Alderbrook, OR 97301", "phone": "(503) 362-1178", "acctNo": "88-51033-09"}]}}}</script>""")
    found = findings(body)
    assert {("customer_name", "Beatriz Quintero"), ("phone", "(503) 362-8841"), ("account_number", "88-40217-03"),
            ("customer_name", "Tobias Lindqvist"), ("account_number", "88-51033-09")} <= found
    assert any(category == "address" and value.startswith("718 Larkspur Ln") for category, value in found)


def test_a_list_named_for_callbacks_of_whole_records_is_no_list_of_phones():
    body = page("""<script>var queue = {"callbacks": [{"name": "Ingrid Solberg",
"address": "95 Hazel Dr, Alderbrook, OR 97302", "phone": "(503) 362-4470", "acct": "88-66120-01"}]};</script>""")
    found = findings(body)
    assert {("customer_name", "Ingrid Solberg"), ("phone", "(503) 362-4470"),
            ("account_number", "88-66120-01")} <= found


def test_a_persons_list_of_phones_stays_their_contact_details():
    body = page("""<script type="application/json">{"customer": "Ingrid Solberg", "acct": "88-66120-01",
"phones": [{"type": "HOME", "number": "(503) 362-4470"}, {"type": "CELL", "number": "(503) 781-0932"}]}</script>""")
    found = findings(body)
    assert {("customer_name", "Ingrid Solberg"), ("phone", "(503) 362-4470"), ("phone", "(503) 781-0932")} <= found


def test_linked_data_type_is_no_customer_name():
    body = page("""<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Invoice",
"accountId": "88-70912-44", "customer": {"@type": "Person", "@id": "#payer", "name": "Malachi Okonkwo",
"telephone": "(503) 362-9015"}}</script>""")
    found = findings(body)
    assert ("customer_name", "Malachi Okonkwo") in found
    assert not {value for category, value in found if category == "customer_name"} - {"Malachi Okonkwo"}


def test_the_citys_own_linked_data_stays_quiet():
    body = page("""<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "GovernmentOrganization", "@id": "https://www.cityofalderbrook.gov/#org", "name": "City of Alderbrook",
"telephone": "(503) 555-2200", "address": {"@type": "PostalAddress", "streetAddress": "40 Commerce Way",
"addressLocality": "Alderbrook", "addressRegion": "OR", "postalCode": "97301"}}</script>""")
    assert findings(body) == set()


# --- data-* values joining fields --------------------------------------------------------------------------

def test_a_data_value_joining_name_phone_and_account_gives_each():
    body = page("""<div class="queue-widget" data-widget="roster"
data-queued-callback="Leilani Kahale|(503) 362-5507|3-417-9035-18"></div>""")
    assert {("customer_name", "Leilani Kahale"), ("phone", "(503) 362-5507"),
            ("account_number", "3-417-9035-18")} <= findings(body)


def test_a_data_value_joining_office_hours_or_a_staff_entry_stays_quiet():
    body = page("""<div class="office-card" data-hours="Mon-Fri|8:00-5:00|(503) 555-2200"
data-office="Utility Billing;40 Commerce Way;(503) 555-2210"></div>
<div class="cp-widget" data-widget="directory" data-staff="Marisol Beaumont|(503) 555-2237|Permit Technician"></div>""")
    assert findings(body) == set()


# --- form controls ------------------------------------------------------------------------------------------

def test_a_textareas_note_giving_an_account_keeps_the_phone_a_phone():
    body = page("""<form><label>Notes for the field crew<textarea name="notes">Resident Dmitri Volkov (acct 3-562-0917-44)
came in on 4/3 about a meter. Best number is (541) 633-2790.</textarea></label></form>""")
    found = findings(body)
    assert ("phone", "(541) 633-2790") in found
    assert not any(category == "account_number" and "2790" in value for category, value in found)


def test_a_filled_in_password_input_is_a_credential():
    body = page("""<form><label>Billing console <input type="text" name="op" value="rmarsh">
<input type="password" name="opk" value="Alder#Meter2291"></label></form>""")
    assert ("credential", "Alder#Meter2291") in findings(body)


def test_an_empty_or_masked_password_input_is_none():
    body = page("""<form><label>Sign in <input type="password" name="pw" value=""></label>
<input type="password" name="pw2" value="********"></form>""")
    assert not any(category == "credential" for category, _ in findings(body))


# --- attributes beside a staff mailbox ----------------------------------------------------------------------

def test_a_customers_mailbox_in_a_title_stays_a_finding_beside_a_staff_mailto():
    body = page("""<p>See a <a href="/stories/heat-pump" title="Story from Odalys Ferreira, reach her at
odalys.ferreira88@yahoo.com before publishing">participant story</a>.</p>
<p>Program contact: Warren Achebe, <a href="mailto:wachebe@cityofalderbrook.gov">wachebe@cityofalderbrook.gov</a></p>""")
    assert ("email", "odalys.ferreira88@yahoo.com") in findings(body)


def test_a_staff_card_beside_a_mailto_stays_quiet():
    body = page("""<div class="staff-card"><h3>Warren Achebe</h3><p>Energy Programs Coordinator</p>
<p>Cell: (503) 931-4418</p><p><a href="mailto:wachebe@cityofalderbrook.gov">wachebe@cityofalderbrook.gov</a></p></div>""")
    assert findings(body) == set()


# --- a link's URL is no context -----------------------------------------------------------------------------

HEARING = """<h2>NOTICE OF PUBLIC HEARING</h2><p>The Alderbrook Planning Commission will hold a public hearing on
May 8, 2025 at 6:30 PM in Council Chambers to consider <strong>Variance VAR-25-007</strong>, a request by Copperline
Bakery LLC (applicant: Henrik Aasen, 612 Birch Row, Alderbrook, OR 97302, (503) 362-7733) to reduce a side setback.</p>
<p>Contact Priya Natarajan, Associate Planner, at (503) 555-2281.</p>"""


def test_a_hearing_notice_with_a_search_link_for_utility_names_no_customer():
    body = page(f"""<nav><a href="/search?q=utility+billing">Search</a> <a href="/utility-billing/pay">Pay</a></nav>
{HEARING}""")
    assert findings(body) == set()


def test_utility_words_in_the_page_text_still_make_a_case():
    body = page("""<h2>Utility billing appeal</h2><p>Appellant Henrik Aasen disputes the March electric bill for
his home at 612 Birch Row, Alderbrook, OR 97302; he used 1,480 kWh and asks staff to call (503) 362-7733.</p>""")
    assert ("customer_name", "Henrik Aasen") in findings(body)
