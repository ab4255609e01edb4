"""Customer data in how a city CMS builds its pages (round 29, red team web29, second round): a sample bill's
disclaimer speaks only for the section (under its heading) it stands in, not for staff notes further down the page;
a name before an identifier's two-letter label ("for Maria Lopez, SA 8707279017").

Hard negatives: a "How to read your bill" page whose made-up customer is the page's subject, its fields under
headings of their own; a sample bill under an FAQ heading; a city and its state before a ZIP.
"""
from __future__ import annotations

from crawler.extract import extract
from detectors.context.persons import names_in
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors()
SITE = "https://www.vistaloma.gov"


def findings(body: str, name: str = "page.html", content_type: str = "text/html; charset=utf-8") -> set:
    document = extract(f"{SITE}/{name}", body.encode(), content_type)
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


def values(found: set, category: str) -> set:
    return {value for kind, value in found if kind == category}


def page(body: str, title: str = "City of Vista Loma") -> str:
    return f"""<!DOCTYPE html><html><head><title>{title}</title></head><body>
<header><a href="/">City of Vista Loma</a></header><main>{body}</main>
<footer><p>City of Vista Loma, 410 Mesa Grande Blvd, Vista Loma, CA 92083 - (760) 555-2400</p></footer>
</body></html>"""


def names(text: str) -> list[str]:
    return [text[a:b] for a, b in names_in(text)]


# --- a sample bill's reach on an HTML page ------------------------------------------------------------------------

FAQ = page("""<h1>Utility Billing FAQ</h1>
<p>Answers to the questions our billing team hears most.</p>
<h2>How do I read my bill?</h2>
<p>Page 1 of the sample bill below shows where each item is. The values are made up.</p>
<dl><dt>Customer Name</dt><dd>JOHN Q. PUBLIC</dd><dt>Account Number</dt><dd>4-000-000-000</dd>
<dt>Service Address</dt><dd>100 ANY STREET, VISTA LOMA CA 92083</dd><dt>Usage</dt><dd>450 kWh</dd></dl>
<h2>Can I set up a payment plan?</h2>
<p>Yes. Call Billing Supervisor Renata Olvera at (760) 555-2417.</p>
<details><summary>Staff notes (internal)</summary><ul>
<li>Payment plan approved for Horacio Villaseñor, SA 8412093376; first installment due Oct 3. Contact 760.318.4402.</li>
</ul></details>""")


def test_staff_notes_under_another_heading_are_no_part_of_the_sample_bill():
    found = findings(FAQ)
    assert ("customer_name", "Horacio Villaseñor") in found
    assert ("account_number", "8412093376") in found
    assert ("phone", "760.318.4402") in found


def test_the_sample_bill_under_its_faq_heading_stays_silent():
    found = findings(FAQ)
    assert "JOHN Q. PUBLIC" not in values(found, "customer_name")
    assert not {"4-000-000-000"} & values(found, "account_number")
    assert "Renata Olvera" not in values(found, "customer_name")


HOW_TO_READ = page("""<h1>How to Read Your Bill</h1>
<p>The bill below belongs to a fictitious customer; the numbers are for illustration only.</p>
<h2>Page 1: Account summary</h2>
<dl><dt>Customer</dt><dd>Marguerite Tolliver</dd><dt>Account Number</dt><dd>4-217-390-551</dd>
<dt>Service Address</dt><dd>2280 Corte Piedra, Vista Loma, CA 92083</dd></dl>
<h2>Page 2: Your usage</h2>
<h3>Electric</h3>
<table><tr><th>Billing period</th><th>Usage</th></tr><tr><td>Jun 3 - Jul 2</td><td>612 kWh</td></tr></table>
""", title="How to Read Your Bill | City of Vista Loma")


def test_a_how_to_read_your_bill_page_whose_made_up_customer_is_its_subject_stays_silent():
    found = findings(HOW_TO_READ)
    assert not values(found, "customer_name")
    assert not values(found, "account_number")
    assert not values(found, "energy_usage")


def test_a_sample_and_a_real_note_with_no_heading_between_them_still_tell_apart():
    body = page("""<p>Page 2 of the sample bill below shows your usage. The values are made up.</p>
<ul><li>Level Pay enrollment for Teodora Quiñones Baca, SA 8851730294; she asked for paper bills. Contact 951.604.2281.</li>
</ul>""")
    found = findings(body)
    assert ("customer_name", "Teodora Quiñones Baca") in found
    assert ("account_number", "8851730294") in found


# --- a name before an identifier's two-letter label -----------------------------------------------------------

def test_a_name_before_a_two_letter_identifier_label_is_read():
    assert names("Level Pay enrollment for Maria Lopez, SA 8707279017; done.") == ["Maria Lopez"]
    assert names("Level Pay enrollment for Maria Lopez, SA # 8814 888 281; done.") == ["Maria Lopez"]
    assert names("Level Pay enrollment for Maria Lopez, SA ID 8-857-724-947; done.") == ["Maria Lopez"]


def test_a_city_and_its_state_are_no_name():
    assert names("Mail it to the office in Lomita Springs, CA 92362 by Friday.") == []
    assert names("Our crews serve Harwick Vale, CA and the valley.") == []
    assert names("Visit Palmera Springs, CA 92240-1187 this spring.") == []
