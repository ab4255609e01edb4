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


_QUOTED_COMPLAINT = """<html><body><main><h1>Billing Disputes: Third Quarter Report</h1>
<p>The Board asked staff to share one customer letter each quarter, with the customer's permission withheld.</p>
<blockquote>
<p>From: Teodoro Magbanua &lt;tmagbanua61@yahoo.com&gt;<br>Date: Tue, Sep 9, 2025<br>To: help@avaenergy.org<br>
Subject: still billed after moving</p>
<p>I moved out of 4410 Calaroga Ave in July and closed my account 7011-2290-4481, but my card was charged again.</p>
<p>Teodoro Magbanua</p>
</blockquote>
<p>{after}</p>
</main></body></html>"""


def test_message_quoted_in_a_blockquote_ends_with_it():
    # the writer's own values inside the quotation are still theirs ...
    page = _QUOTED_COMPLAINT.format(after="Disputes this quarter: 31 of 118,402 accounts. Report questions: "
                                          "disputes@avaenergy.org.")
    found = pairs_found("https://www.hayward-ca.gov/energy/q3-disputes", page, "text/html")
    assert "tmagbanua61@yahoo.com" in values_of(found, "email")
    assert "Teodoro Magbanua" in values_of(found, "customer_name")
    # ... the page's own desk mailbox in the paragraph after the quotation is no part of the writer's message
    assert "disputes@avaenergy.org" not in values_of(found, "email")


def test_message_in_a_blockquote_with_a_nested_reply_keeps_the_reply():
    # a reply quoted inside the message's own blockquote is read with it: the writer's account there
    page = """<html><body><main><h2>Correspondence</h2><blockquote>
<p>From: Ines Baptiste &lt;ibaptiste@comcast.net&gt;<br>Subject: Re: my bill</p>
<p>Yes, please go ahead with the payment plan on my account.</p>
<blockquote><p>On Mon, Ines Baptiste wrote:</p><p>My account number is 4471-99812-03 and my bill doubled.</p></blockquote>
</blockquote><p>Staff line: 1-800-555-0100</p></main></body></html>"""
    found = pairs_found("https://www.pomonachoiceenergy.org/correspondence", page, "text/html")
    assert "ibaptiste@comcast.net" in values_of(found, "email")


_STAFF_REPORT = """<html><body><main><h1>Item 9: Enrollment Corrections</h1>
<p>FISCAL IMPACT: None. Costs of the correction are within the FY 2025-26 adopted budget, Fund 510.</p>
<p>{line}</p></main></body></html>"""


def test_name_before_pge_account_is_no_name_before_a_state():
    # "PG&E" after a person's name is a utility's initials, not a state: the name reads as a person's, and the
    # account a named person holds is no ledger account, though the page's fiscal impact reads as a budget's
    found = pairs_found("https://www.cityofdavis.org/council/item-9", _STAFF_REPORT.format(
        line="Staff traced Dolores Quintero's PG&amp;E account 4471880932-5 to the wrong premise and re-enrolled it."),
        "text/html")
    assert "Dolores Quintero" in values_of(found, "customer_name")
    assert "4471880932-5" in values_of(found, "account_number")


def test_city_facility_pge_account_in_a_budget_is_still_a_ledger_line():
    # the City's own PG&E account in a staff report's fiscal impact: no person holds it
    found = pairs_found("https://www.cityofdavis.org/council/item-12", _STAFF_REPORT.format(
        line="Electricity for the Corporation Yard is charged to PG&amp;E account 4471880932-5 from Fund 510."),
        "text/html")
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name")


def test_staff_card_list_on_a_page_without_customers_gives_no_phone():
    # a city department's staff list (name, title, phone per <ul>): no customer named anywhere, nothing found
    page = """<html><body><main><h1>Utility Billing Staff</h1>
    <ul><li>Lorena Vasquez</li><li>Utility Billing Supervisor</li><li>(909) 620-2251</li></ul>
    <ul><li>Tomas Okafor</li><li>Account Clerk II</li><li>(909) 620-2254</li></ul>
    <p>Office hours: Monday to Thursday, 7:30 a.m. to 5:30 p.m.</p></main></body></html>"""
    found = pairs_found("https://www.ci.pomona.ca.us/utility-billing/staff", page, "text/html")
    assert not values_of(found, "phone")
    assert not values_of(found, "customer_name")


def test_account_the_case_is_about_after_a_name_given_with_its_home_in_brackets():
    # a staff report's case told in two sentences, the person and home in the first, "the account at issue" in the
    # second, on a page whose fiscal impact reads as a budget's: the customer's account, no ledger line
    found = pairs_found("https://www.cityofdavis.org/council/item-9", _STAFF_REPORT.format(
        line="Marisela Ocampo (home: 2291 Via Verde Dr) told staff the May bill was wrong. The account at issue, "
             "Gas Account No. 0442 118 9025 3, was reviewed by the billing supervisor."), "text/html")
    assert "0442 118 9025 3" in values_of(found, "account_number")


def test_donors_home_before_a_deposit_account_on_a_budget_page_is_no_customers_account():
    # a donation accepted by the Council: the donor's name and street, then the ledger account the gift goes to
    found = pairs_found("https://www.cityofdavis.org/council/item-14", _STAFF_REPORT.format(
        line="The Council accepted a donation from Robert Tanaka of 1475 N Hacienda Blvd for the library. The gift "
             "is deposited to Account No. 2205813."), "text/html")
    assert not values_of(found, "account_number")
