"""A sample bill's suppression reaches the sample's own record, not every record of its page (red teams hidden36
and memos36).

- A page showing a visibly made-up customer (a stand-in name, an "Example St", an account of zeros) and, in a block
  of its own, a bill print naming a real-looking person beside an account issued to someone: the print is a real
  customer's bill, whether the sample is hidden in a ``<template>`` or shown as a paragraph.
- "Example customer notice (as mailed)" says what the paper is, not who its customer is: a real notice posted as
  the example is reported, as the README says of a real bill posted as the example.

Hard negatives: a sample bill whose fields share the stand-in's block; a page that says its customer is fictitious
(its words speak for every record it shows, the customer looking real); a fictitious 555 phone beside a name in a
block of its own; a salutation to a "Valued Customer" and a "Sample Customer" stay stand-ins.
"""
from __future__ import annotations

import io

import docx

from detectors.labels import has_stand_in
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.lakeviewpower.example.gov"

_HEAD = "<html><head><title>How to Read Your Bill</title></head><body><main><h1>How to Read Your Bill</h1>"
_TAIL = "</main></body></html>"

_HIDDEN_SAMPLE = ("<template id='statement-demo'><div class='demo'><p>JOHN Q. PUBLIC</p>"
                  "<p>100 SAMPLE AVE, LAKEVIEW, CA 92500</p><p>Service account 3-000-0000-00</p>"
                  "<p>Energy used: 000 kWh</p></div></template>")
_REAL_PRINT = ("<details><summary>What does page 2 of the statement look like?</summary><pre>\n"
               "LAKEVIEW POWER GENERATION CHARGES           Bill date 03/07/2025\n"
               "HAUGLAND, TORVALDINE              Service account 7-31-508-2264\n"
               "8816 W QUESNEL CIR, LAKEVIEW, CA 92503\n</pre></details>")


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _page(*parts: str) -> str:
    return _HEAD + "".join(parts) + _TAIL


# --- a real bill print beside a made-up sample ---------------------------------------------------------------------

def test_a_bill_print_beside_a_hidden_made_up_sample_is_a_customers():
    found = _found("statement-help.html", _page(
        "<p>Page 2 of your statement lists the generation charges.</p>", _HIDDEN_SAMPLE, _REAL_PRINT))
    assert "HAUGLAND, TORVALDINE" in values_of(found, "customer_name")
    assert "7-31-508-2264" in values_of(found, "account_number")
    assert not values_of(found, "account_number") & {"3-000-0000-00"}
    assert "JOHN Q. PUBLIC" not in values_of(found, "customer_name")


def test_a_bill_print_beside_a_visible_sample_paragraph_is_a_customers():
    found = _found("statement-help.html", _page(
        "<p>Example: Jane Doe, 123 Any Street, account 0-00-000-0000.</p>", _REAL_PRINT))
    assert "HAUGLAND, TORVALDINE" in values_of(found, "customer_name")
    assert "7-31-508-2264" in values_of(found, "account_number")
    assert "Jane Doe" not in values_of(found, "customer_name")


def test_a_list_entry_beside_a_sample_bill_in_its_own_box_is_a_customers():
    found = _found("autopay.html", _page(
        "<div class='sample-bill'><p>Sample bill</p><p>Customer: Mary Sample</p><p>Account 4-000-000-000</p></div>",
        "<ul class='queue'><li>VANTERPOOL, ESMERALDA | Acct 6620-418-8813</li></ul>"))
    assert "6620-418-8813" in values_of(found, "account_number")
    assert "VANTERPOOL, ESMERALDA" in values_of(found, "customer_name")


def test_a_real_notice_posted_as_the_example_is_reported():
    document = docx.Document()
    for text in ("STAFF REPORT - Item 9B: Generation rate change", "The notice below went to every residential "
                 "customer in May.", "EXHIBIT 2 - Example customer notice (as mailed)", "Ingeborg Wakefield-Osei",
                 "5127 Tamarisk Bend", "Lakeview, CA 92504", "Account: 6042-117-389",
                 "Dear Ms. Wakefield-Osei: your generation rate changes on July 1."):
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    found = _found("item-9b-staff-report.docx", out.getvalue())
    assert "6042-117-389" in values_of(found, "account_number")
    assert "Ingeborg Wakefield-Osei" in values_of(found, "customer_name")


# --- hard negatives: the sample's own record ----------------------------------------------------------------------

def test_a_sample_whose_record_shares_the_stand_ins_box_stays_silent():
    found = _found("statement-help.html", _page(
        "<p>The sample bill below shows where each item is.</p>",
        "<div class='bill-demo'><p>TREVIÑO, MARISOL        Service account 3-118-4402-71</p>"
        "<p>100 ANY STREET, LAKEVIEW, CA 92500</p><p>Energy used: 512 kWh</p></div>"))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "account_number")


_TOLD_FICTITIOUS = "<div class='intro'><p>The customer shown below is fictitious; the numbers are illustrations.</p></div>"
_REAL_LOOKING_SAMPLE = ("<div class='bill-demo'><p>Customer: Marisol Treviño, Service account 3-118-4402-71</p>"
                        "<p>2290 W Quesnel Cir, Lakeview, CA 92503</p></div>")


def test_a_page_that_says_its_customer_is_fictitious_keeps_every_record_it_shows_the_samples():
    """The words speak for every customer the page shows, a made-up street elsewhere on it or not."""
    for extra in ("", "<p>Example: 100 Any Street</p>"):
        found = _found("statement-help.html", _page(_TOLD_FICTITIOUS, _REAL_LOOKING_SAMPLE, extra))
        assert not values_of(found, "customer_name")
        assert not values_of(found, "account_number")
    # without those words, the same record in a box of its own beside the made-up street is a customer's
    found = _found("statement-help.html", _page(_REAL_LOOKING_SAMPLE, "<p>Example: 100 Any Street</p>"))
    assert "3-118-4402-71" in values_of(found, "account_number")


def test_a_fictitious_phone_beside_a_name_is_no_record_of_its_own():
    note = "<div class='help'><p>Customer: Beatrix Okonjo, callback (909) {}</p></div>"
    found = _found("statement-help.html", _page(_HIDDEN_SAMPLE, note.format("555-0163")))
    assert not values_of(found, "customer_name")
    found = _found("statement-help.html", _page(_HIDDEN_SAMPLE, note.format("318-0163")))
    assert ("customer_name", "Beatrix Okonjo") in found and ("phone", "(909) 318-0163") in found


def test_salutations_and_the_sample_customer_stay_stand_ins():
    assert has_stand_in("Dear Valued Customer,")
    assert has_stand_in("Customer: Sample Customer")
    assert has_stand_in("The customer shown is fictitious.")
    assert not has_stand_in("EXHIBIT 2 - Example customer notice (as mailed)")
    assert not has_stand_in("Attachment A: sample customer letters sent in March")
