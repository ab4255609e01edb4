"""What red teams hidden36 and bigpdf36 saw leak or misfire (round 36).

- A framework's state keyed by the API URL it cached (Angular's transfer state: ``"G.https://api.../v1/accounts/
  3-87-095-4020?"``) puts that URL, an account number in its path, into every finding's element path. Without
  ``--reveal`` a URL path's key of a people's record (the segment after ``/accounts/``, ``/customers/``) is masked
  wherever a URL is written, as a query parameter named so is, whether or not a detector reported it; a URL after a
  dot (a JSON path's member) is a URL too. A year or a slug after such a segment is left alone.
- A JSON flag (``"show": false``) in a record is no value of anyone: it was read as a customer name "False".
"""
from __future__ import annotations

import json

from reports.redact import Redactor, ShownText
from tests.detector_helpers import pairs_found, values_of

_STATE = "script#portal-state > $.G.https://api.pomonachoiceenergy.org/v1/accounts/2-71-418-3306?.body.holder.name"


def test_a_record_key_in_a_urls_path_is_masked_in_an_element_path():
    shown = ShownText(Redactor([]))(_STATE)
    assert "2-71-418-3306" not in shown and "3306" in shown
    assert shown.startswith("script#portal-state > $.G.https://api.pomonachoiceenergy.org/v1/accounts/")


def test_a_customers_key_and_a_mailbox_key_are_masked_in_a_url():
    shown = ShownText(Redactor([]))
    assert "8003917725" not in shown("https://portal.example.org/customers/8003917725/usage")
    assert "r.amaro@gmail.com" not in shown("https://portal.example.org/users/r.amaro@gmail.com/profile")


def test_a_year_or_a_slug_after_such_a_segment_stays_as_written():
    shown = ShownText(Redactor([]))
    for url in ("https://www.pomonaca.gov/accounts/2024-annual-report.pdf",
                "https://www.pomonaca.gov/customer/service-hours", "https://www.pomonaca.gov/news/2024-01-15"):
        assert shown(url) == url
    # a phone-shaped run is masked in any segment since trust44 (a file named after the SSN in it)
    assert shown("https://www.pomonaca.gov/news/8003917725") == "https://www.pomonaca.gov/news/******7725"


def test_a_revealed_run_shows_the_key():
    assert ShownText(None)(_STATE) == _STATE


def test_a_json_flag_is_no_name():
    post = {"id": 4410, "acf": {"resident_spotlight": {
        "show": False, "featured": True, "resident_name": "Ilse Varga-Moreno", "service_address": "2291 W Orange Grove Ave",
        "phone": "+1 909 555 0176", "sce_account": "2-71-418-3306"}}}
    found = pairs_found("https://www.pomonaca.gov/wp-json/wp/v2/posts/4410", json.dumps(post), "application/json")
    assert "Ilse Varga-Moreno" in values_of(found, "customer_name")
    assert not {"False", "True"} & values_of(found, "customer_name")


def test_the_words_a_name_label_introduces_are_masked_whatever_they_are():
    """A name made of common words ("RUEDA,PEPE", "Jun Hao") reads as prose to the vocabulary: after a label that
    says a name follows, it is masked in a snippet all the same (red teams bigpdf36, hidden36)."""
    from detectors.masking import mask_text
    assert mask_text("REC 001 CUST_NM: RUEDA,PEPE ACCT_ID: 700169391303") == \
        "REC *** CUST_NM: R****,P*** ACCT_ID: ************"
    assert mask_text("Customer: Jun Hao – acct 1234") == "Customer: J** H** – a*** ****"
    # the next label stays readable
    assert mask_text("Customer Name: Grant Young Billing Address: 12 Rose Hill Rd").startswith(
        "Customer Name: G**** Y**** Billing Address:")
    assert mask_text("The customer said the bill was high") == "The customer said the bill was high"
