"""Round 39, misc39a: customer records that pubcheck missed for the shape of the text around them.

- A note written as a sentence in a table's "Notes"/"Comments"/"Details" cell (HTML, Word) is read as running text,
  as the same sentence in a paragraph is; a public project table's staff notes stay public.
- A customer block spread over lines, paragraphs or a Word comment under a case's label ("Customer complaint:" /
  name and home / phone); a vendor's block and a work request under such a label are not.
- A customer's phone followed by a business-looking mailbox ("..., (951) ..., info@firm.com") is still theirs: an
  office's word opening the next mailbox says nothing of the number before it.
- Names of rarer shapes beside an identifier: an initial and a hyphenated double surname, a Spanish title in lower
  case after its article ("la señora ..."); "la Sra. Alcaldesa" and "el Sr. Presidente" are offices, no one's name.
- A resident's part in a public process told in a table's "Comments" cell ("Resident ... spoke in support of ...")
  names no customer (it did before this round, through the row rule's party role).
"""
from __future__ import annotations

from detector_helpers import docx_table, pairs_found, values_of

SITE = "https://www.rialtoca.gov/utilities/"


def _html(body: str) -> str:
    return f"<html><body>{body}</body></html>"


def _call_log_html(note: str) -> str:
    return _html("<h2>Billing call log</h2><table><tr><th>Date</th><th>Topic</th><th>Notes</th></tr>"
                 f"<tr><td>03/11/2026</td><td>High bill</td><td>{note}</td></tr>"
                 "<tr><td>03/12/2026</td><td>Outage</td><td>Crew dispatched to the Baseline substation</td></tr>"
                 "</table>")


# -- 1. a note told as a sentence in a table cell ------------------------------------------------------------------

NOTE = "Bernadette Quayle called about her 2,046 kWh February bill; reach her at 909-421-6630"


def test_sentence_in_a_notes_cell_of_an_html_table():
    found = pairs_found(SITE + "calls.html", _call_log_html(NOTE))
    assert values_of(found, "customer_name") == {"Bernadette Quayle"}
    assert values_of(found, "energy_usage") == {"2,046 kWh"}
    assert values_of(found, "phone") == {"909-421-6630"}


def test_sentence_in_a_comments_cell_of_a_word_table():
    body = docx_table([["Ticket", "Status", "Comments"], ["T-1182", "Open", NOTE],
                       ["T-1183", "Closed", "Streetlight replaced by the contractor"]], heading="Open tickets")
    found = pairs_found(SITE + "tickets.docx", body)
    assert values_of(found, "customer_name") == {"Bernadette Quayle"}
    assert values_of(found, "energy_usage") == {"2,046 kWh"}


def test_staff_notes_of_a_public_project_table_stay_public():
    page = _html("<table><tr><th>Project</th><th>Budget</th><th>Notes</th></tr>"
                 "<tr><td>Riverside Ave Repaving</td><td>$1,450,000</td><td>Contractor to repave by May; questions to "
                 "Public Works at 909-820-2525</td></tr>"
                 "<tr><td>Library HVAC</td><td>$380,000</td><td>Council Member Ed Scott asked for an update at the "
                 "June 3 meeting</td></tr>"
                 "<tr><td>Solar carports</td><td>$2,100,000</td><td>Expected to offset 410,000 kWh a year at the "
                 "Civic Center</td></tr></table>")
    assert pairs_found(SITE + "cip.html", page) == set()


def test_public_commenters_in_a_comments_cell_stay_public():
    page = _html("<table><tr><th>Item</th><th>Comments</th></tr>"
                 "<tr><td>4B</td><td>Resident Lionel Featherstone spoke in support of the new bike lanes on Foothill "
                 "Blvd and the shade trees</td></tr></table>")
    assert values_of(pairs_found(SITE + "minutes.html", page), "customer_name") == set()


# -- 2. a customer block over several lines ------------------------------------------------------------------------

def test_customer_block_over_paragraphs():
    page = _html("<p>Customer complaint:</p><p>Cordelia Vantongeren, 1682 W Merrill Ave</p><p>(909) 421-6631</p>"
                 "<p>Please follow up this week.</p>")
    found = pairs_found(SITE + "complaints.html", page)
    assert values_of(found, "customer_name") == {"Cordelia Vantongeren"}
    assert values_of(found, "address") == {"1682 W Merrill Ave"}
    assert values_of(found, "phone") == {"(909) 421-6631"}


def test_customer_block_over_line_breaks_and_word_paragraphs():
    page = _html("<p>Customer inquiry:<br>Cordelia Vantongeren<br>1682 W Merrill Ave<br>(909) 421-6631</p>")
    assert values_of(pairs_found(SITE + "inquiry.html", page), "customer_name") == {"Cordelia Vantongeren"}
    body = docx_table([["Received", "03/02/2026"]], "Customer complaint:", "Cordelia Vantongeren, 1682 W Merrill Ave",
                      "(909) 421-6631", "Bill disputed.")
    assert values_of(pairs_found(SITE + "complaint.docx", body), "phone") == {"(909) 421-6631"}


def test_customer_block_in_a_word_comment():
    import io

    import docx
    document = docx.Document()
    paragraph = document.add_paragraph("Rate review memo for the March billing cycle.")
    comment = document.add_comment(paragraph.runs, text="Customer complaint:", author="CSR")
    comment.add_paragraph("Cordelia Vantongeren, 1682 W Merrill Ave")
    comment.add_paragraph("(909) 421-6631")
    out = io.BytesIO()
    document.save(out)
    found = pairs_found(SITE + "memo.docx", out.getvalue())
    assert values_of(found, "customer_name") == {"Cordelia Vantongeren"}
    assert values_of(found, "phone") == {"(909) 421-6631"}


def test_vendor_block_and_work_request_are_no_customers():
    vendor = _html("<p>Vendor contact:</p><p>Inland Line Services, 1400 S Riverside Ave</p><p>(909) 820-2600</p>")
    assert pairs_found(SITE + "vendor.html", vendor) == set()
    request = _html("<p>Customer request:</p><p>Replace the meter box lid at 1682 W Merrill Ave</p>"
                    "<p>Public Works: (909) 820-2525</p>")
    assert pairs_found(SITE + "request.html", request) == set()


# -- 3. a customer's phone before a business-looking mailbox -------------------------------------------------------

def test_phone_before_a_firms_mailbox_is_the_customers():
    page = _html("<p>Customer Tamsin Oyelowo (account 700-512-3381), 2290 N Eucalyptus Ave, (909) 421-6632, "
                 "info@oyelowodesign.com, asked about the solar rebate.</p>")
    found = pairs_found(SITE + "rebates.html", page)
    assert values_of(found, "phone") == {"(909) 421-6632"}
    assert values_of(found, "customer_name") == {"Tamsin Oyelowo"}


def test_a_business_listing_stays_public():
    page = _html("<p>Featured local business: Oyelowo Design Studio, 2290 N Eucalyptus Ave, (909) 421-6632, "
                 "info@oyelowodesign.com.</p>")
    assert pairs_found(SITE + "shop-local.html", page) == set()


# -- 4. rarer name shapes ------------------------------------------------------------------------------------------

def test_initial_and_hyphenated_surname_beside_an_account():
    page = _html("<p>Customer R. Haugen-Adeyemi, account 700-512-3382, disputes the March bill.</p>")
    assert values_of(pairs_found(SITE + "disputes.html", page), "customer_name") == {"R. Haugen-Adeyemi"}


def test_spanish_title_in_lower_case_beside_an_account():
    page = _html("<p>Llamó la señora Echeverría, cliente con cuenta 700-512-3383, por su factura de marzo.</p>"
                 "<p>También habló el sr. Arredondo, cuenta 700-512-3384, sobre un plan de pagos.</p>")
    names = values_of(pairs_found(SITE + "llamadas.html", page), "customer_name")
    assert names == {"señora Echeverría", "sr. Arredondo"}


def test_offices_after_a_title_are_no_names():
    page = _html("<p>La Sra. Alcaldesa presentó el informe anual y el Sr. Presidente abrió la audiencia pública. "
                 "Para preguntas llame a la oficina del Sr. Planner al (909) 820-2525.</p>")
    assert values_of(pairs_found(SITE + "acta.html", page), "customer_name") == set()
