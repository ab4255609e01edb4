"""A record whose labels and values run together without colons, as a definition list reads once its markup is gone
(flattened into a comment, pasted as text): "Customer  Ruth Abernathy  Service address  918 Larkspur Ln ...". The
line opens with a customer's name label and a name, then another field's label; a customer service line, a program
manager's line or a heading before an address stays quiet."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


@pytest.fixture(scope="module")
def scan():
    detectors = load_detectors()

    def run(html: str) -> set[tuple[str, str]]:
        document = extract("https://www.pomonachoiceenergy.org/notes.html", html.encode(), "text/html")
        return {(f.category, f.value) for f in scan_document(document, detectors)}
    return run


@pytest.mark.parametrize("html, expected", [
    ("<p>Customer  Ruth Abernathy  Service address  918 Larkspur Ln, Pomona, CA 91767</p>",
     {("customer_name", "Ruth Abernathy"), ("address", "918 Larkspur Ln, Pomona, CA 91767")}),
    ("<!-- Customer  Ruth Abernathy  Service address  918 Larkspur Ln, Pomona, CA 91767 -->",
     {("customer_name", "Ruth Abernathy"), ("address", "918 Larkspur Ln, Pomona, CA 91767")}),
    ("<!-- Customer  Rosalind Achebe  Phone  (626) 555-0142  Water Acct  31-8820-14 -->",
     {("customer_name", "Rosalind Achebe"), ("phone", "(626) 555-0142")}),
    ("<p>Account holder Tobias Lindqvist Billing address 812 Quarry Hill Rd, Pomona, CA 91767</p>",
     {("customer_name", "Tobias Lindqvist"), ("address", "812 Quarry Hill Rd, Pomona, CA 91767")}),
])
def test_a_record_run_together_without_colons_is_read_as_its_labels(scan, html, expected):
    assert expected <= scan(html)


@pytest.mark.parametrize("html", [
    "<p>Customer Service Center Phone (909) 620-2079 Email customerservice@pomonachoiceenergy.org</p>",
    "<p>Customer Programs Manager Phone (909) 555-0188 Email programs@pomonachoiceenergy.org</p>",
    "<p>Customer Spotlight Address 1200 E Holt Ave, Pomona, CA 91767</p>",
    "<p>Customer Appreciation Day Address 625 S Garey Ave, Pomona, CA 91766</p>",
])
def test_office_program_and_heading_lines_stay_quiet(scan, html):
    assert scan(html) == set()
