"""site64a (blind recall red team, fourth pass of the evaluator's view): a call note's "Callback:" label naming the
person to call back, as "Caller:" does."""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of


def test_call_back_label_names_the_person_to_call_back():
    # a casework memo's call note: "Call back:" over the caller's street and cell, written differently from the
    # red team's text box ("Callback: ... / street, city / Tel ...")
    body = docx_paragraphs(
        "MEMORANDUM",
        "RE: High-bill complaints referred by the Utility Billing counter",
        "The customer below says her June bill doubled after the meter exchange.",
        "Call back: Bich Ngoc Lam",
        "2217 W Mission Blvd, Pomona",
        "Cell 909-555-0199",
    )
    found = pairs_found("https://www.pomonachoiceenergy.org/files/callnotes.docx", body)
    assert "Bich Ngoc Lam" in values_of(found, "customer_name")
    assert any("2217 W Mission Blvd" in v for v in values_of(found, "address"))
    assert "909-555-0199" in values_of(found, "phone")


def test_call_back_words_on_a_public_contact_page_name_no_customer():
    # a city's contact page: a callback request form, its callback number, and a staff member's own line
    page = """<html><body><h1>Utility Billing</h1>
    <p>Request a callback: fill out the form below and a representative will call you within one business day.</p>
    <p>Callback number: (909) 620-2311</p>
    <p>Callback: Maria Gomez, Utility Billing Supervisor, (909) 620-2311</p>
    <p>City Hall, 505 S Garey Ave, Pomona, CA 91766. Hours: Monday-Thursday 7:30 a.m. - 5:30 p.m.</p>
    </body></html>"""
    found = pairs_found("https://www.ci.pomona.ca.us/utility-billing", page, "text/html")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")
    assert not values_of(found, "address")
