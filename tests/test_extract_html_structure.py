"""HTML structure that says which value is whose without a one-row header or a label beside the value: tables
with headers in two rows (a group over its columns) and cells spanning rows, Drupal's field markup, word-by-word
positioned text of a PDF converted to HTML, JSON shown in ``<pre>``, lists of values in JSON and table rows in a
``<template>``. Each is read (extraction) and checked end to end by every registry detector, beside the same
structure on a City page holding public numbers only."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def html(body: str):
    return extract("https://www.pomonaca.gov/page", body.encode("utf-8"), "text/html; charset=utf-8")


def found(body: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(html(body), load_detectors())}


def records(document) -> list[list[tuple[str | None, str]]]:
    return [[(f.label, f.text) for f in r.fields] for r in document.records]


# --- tables: a header in two rows, cells spanning rows ---------------------------------------------------------

GROUPED_HEADER = ("<table><tr><th colspan=3>Account holder</th><th colspan=2>Balance</th></tr>"
                  "<tr><th>Name</th><th>Account Number</th><th>Contact</th><th>Past due</th><th>Forgiven</th></tr>"
                  "<tr><td>Dakota Duncan</td><td>3904-24861</td><td>(909) 499-9271</td><td>$412</td><td>$120</td></tr>"
                  "<tr><td>Rosa Ibarra</td><td>3904-55102</td><td>(626) 318-0492</td><td>$88</td><td>$0</td></tr>"
                  "</table>")


def test_a_group_header_over_a_row_of_headers_labels_each_column_by_both():
    document = html(GROUPED_HEADER)
    assert records(document)[0] == [
        ("Account holder: Name", "Dakota Duncan"), ("Account holder: Account Number", "3904-24861"),
        ("Account holder: Contact", "(909) 499-9271"), ("Balance: Past due", "$412"), ("Balance: Forgiven", "$120")]
    assert len(document.records) == 2  # the header rows are no records
    assert {("customer_name", "Dakota Duncan"), ("account_number", "3904-24861"), ("phone", "(909) 499-9271"),
            ("customer_name", "Rosa Ibarra"), ("account_number", "3904-55102")} <= found(GROUPED_HEADER)


ROWSPAN_BODY = ("<table><thead><tr><th colspan=2>Customer</th><th rowspan=2>Meter #</th><th colspan=2>Usage (kWh)"
                "</th></tr><tr><th>Name</th><th>Service Address</th><th>May</th><th>June</th></tr></thead><tbody>"
                "<tr><td rowspan=2>Mai, Jane</td><td rowspan=2>2739 E Valley Blvd, Pomona, CA 91768</td>"
                "<td>W13N-044516</td><td>1778</td><td>1201</td></tr>"
                "<tr><td>W64N-041042</td><td>1966</td><td>1081</td></tr></tbody></table>")


def test_a_header_spanning_rows_keeps_its_column_and_a_body_cell_spanning_rows_is_in_each_row():
    document = html(ROWSPAN_BODY)
    first, second = records(document)
    assert first == [("Customer: Name", "Mai, Jane"), ("Customer: Service Address", "2739 E Valley Blvd, Pomona, CA 91768"),
                     ("Meter #", "W13N-044516"), ("Usage (kWh): May", "1778"), ("Usage (kWh): June", "1201")]
    # the continuation row's meter is labelled by its own column (not the name's) and is the same customer's
    assert second == [("Customer: Name", "Mai, Jane"), ("Customer: Service Address", "2739 E Valley Blvd, Pomona, CA 91768"),
                      ("Meter #", "W64N-041042"), ("Usage (kWh): May", "1966"), ("Usage (kWh): June", "1081")]
    assert {("customer_name", "Mai, Jane"), ("energy_usage", "1778"), ("energy_usage", "1966"),
            ("energy_usage", "1081")} <= found(ROWSPAN_BODY)


def test_a_title_row_over_all_columns_is_no_group_of_them():
    document = html("<table><tr><th colspan=3>Enrolled customers, May 2024</th></tr>"
                    "<tr><th>Name</th><th>Account</th><th>Phone</th></tr>"
                    "<tr><td>Dakota Duncan</td><td>3904-24861</td><td>(909) 499-9271</td></tr></table>")
    assert records(document) == [[("Name", "Dakota Duncan"), ("Account", "3904-24861"), ("Phone", "(909) 499-9271")]]


def test_a_row_under_plain_headers_is_data_even_when_it_is_worded():
    """Only a header spanning columns calls for a second header row: a list of facilities is data."""
    document = html("<table><tr><th>Facility</th><th>Department</th></tr>"
                    "<tr><th>City Hall</th><th>Public Works</th></tr><tr><td>Library</td><td>Library</td></tr></table>")
    assert ("Facility", "Library") in records(document)[-1]


RATE_TABLE = ("<table><thead><tr><th rowspan=2>Rate schedule</th><th colspan=2>Summer (June-Sept) $/kWh</th>"
              "<th colspan=2>Winter (Oct-May) $/kWh</th><th rowspan=2>Customers enrolled</th></tr>"
              "<tr><th>On-peak</th><th>Off-peak</th><th>On-peak</th><th>Off-peak</th></tr></thead><tbody>"
              "<tr><td>TOU-D-4-9PM</td><td>0.52</td><td>0.31</td><td>0.44</td><td>0.29</td><td>18,204</td></tr>"
              "<tr><td>TOU-D-PRIME</td><td>0.48</td><td>0.26</td><td>0.39</td><td>0.25</td><td>2,913</td></tr>"
              "<tr><td rowspan=2>Domestic (D)</td><td>0.33</td><td>0.33</td><td>0.31</td><td>0.31</td><td>9,871</td></tr>"
              "<tr><td>0.35</td><td>0.35</td><td>0.32</td><td>0.32</td><td>1,116</td></tr></tbody></table>")

STAFF_TABLE = ("<table><tr><th colspan=2>Staff member</th><th colspan=2>Contact</th></tr>"
               "<tr><th>Name</th><th>Title</th><th>Phone</th><th>Room</th></tr>"
               "<tr><td>Meg Ramos</td><td>City Clerk</td><td>(909) 620-2051</td><td>City Hall 183</td></tr>"
               "<tr><td rowspan=2>Luis Ortega</td><td rowspan=2>Utility Billing Supervisor</td>"
               "<td>(909) 620-2241</td><td>City Hall 140</td></tr><tr><td>(909) 620-2242</td><td>Annex</td></tr>"
               "</table>")


@pytest.mark.parametrize("table", [RATE_TABLE, STAFF_TABLE])
def test_two_row_headers_of_a_city_page_give_no_customer_data(table):
    assert found(table) == set()
