"""Fixed-width printouts (``crawler.extract.fixed_width``): rows aligned under a header line of column names are
records labelled by their column, in a .txt file; lines that are no rows of it stay text."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.fixed_width import tables
from detectors.engine import scan_document
from detectors.registry import load_detectors

ROUTE_SHEET = """\
ROUTE 14 READ SHEET                                  CYCLE 07
ACCT NO    CUSTOMER                   SERVICE ADDRESS          PREV    CURR   KWH
--------   ------------------------   ----------------------   -----   -----  ----
55810273  Marisol Quintero            1184 N Garey Ave          20110   20942   832
 55810291 Dennis Okafor               907 E Holt Ave            8810    10231  1421
55810318  Annabelle Fairweather-Lund 2240 W Mission Blvd       3300    3391     91
"""


def values(name: str, body: str) -> dict[str, set[str]]:
    document = extract(name, body.encode())
    found: dict[str, set[str]] = {}
    for finding in scan_document(document, load_detectors({})):
        found.setdefault(finding.category, set()).add(finding.value)
    return found


def test_rows_are_cut_under_the_header_even_when_wider_or_moved():
    (table,) = tables(ROUTE_SHEET.splitlines())
    assert table.header == ["ACCT NO", "CUSTOMER", "SERVICE ADDRESS", "PREV", "CURR", "KWH"]
    assert [cells for _, cells in table.rows] == [
        ["55810273", "Marisol Quintero", "1184 N Garey Ave", "20110", "20942", "832"],
        ["55810291", "Dennis Okafor", "907 E Holt Ave", "8810", "10231", "1421"],
        # a name that fills its column up to one space before the next
        ["55810318", "Annabelle Fairweather-Lund", "2240 W Mission Blvd", "3300", "3391", "91"]]


def test_the_header_repeated_on_the_next_page_is_no_row():
    lines = ["NAME               ADDRESS              PHONE",
             "Dennis Okafor      907 E Holt Ave       909-555-0147",
             "NAME               ADDRESS              PHONE",
             "Marisol Quintero   1184 N Garey Ave     909-555-0188"]
    (table,) = tables(lines)
    assert [number for number, _ in table.rows] == [1, 3]


def test_route_sheet_in_text_is_a_customer_table():
    found = values("route14.txt", ROUTE_SHEET)
    assert {"Marisol Quintero", "Dennis Okafor", "Annabelle Fairweather-Lund"} <= found["customer_name"]
    assert {"1184 N Garey Ave", "907 E Holt Ave"} <= found["address"]


def test_a_surname_set_apart_stays_in_its_column_and_prose_ends_the_table():
    lines = ["NAME               ADDRESS              PHONE",
             "OKAFOR  DENNIS     907 E Holt Ave       909-555-0147",
             "",
             "Questions about this list may be sent to the clerk at any time during office hours."]
    (table,) = tables(lines)
    assert table.rows == [(1, ["OKAFOR  DENNIS", "907 E Holt Ave", "909-555-0147"])]


@pytest.mark.parametrize("text", [
    # a staff directory laid out in columns: a public listing
    "NAME              TITLE                     DEPARTMENT       PHONE\n"
    "Priya Raman       Program Manager           Energy Services  (909) 620-3707\n"
    "Tomas Herrera     Senior Planner            Planning         (909) 620-2211\n",
    # facility meters with their annual use
    "FACILITY                 ADDRESS                 METER      KWH\n"
    "Palomares Park Center    499 E Arrow Hwy         M-44120    18,220\n"
    "Civic Center Library     625 S Garey Ave         M-44188    92,415\n",
    # vendors paid
    "VENDOR                       CHECK NO    AMOUNT\n"
    "Holt Avenue Electric Inc.    104223      12,400.00\n"
    "Garey Paving Co.             104224      88,010.50\n",
])
def test_public_tables_in_text_give_no_finding(text):
    assert values("report.txt", text) == {}


def test_two_paragraphs_are_no_table():
    text = ("Council Members   Agenda   Minutes\n"
            "The council met on Tuesday to discuss the budget and the parks plan for the coming year.\n")
    assert tables(text.splitlines()) == []


def test_a_printout_in_an_html_pre_is_read_the_same_way_and_keeps_its_hiding_place():
    page = f'<html><body><div style="display:none"><pre>{ROUTE_SHEET}</pre></div><p>Route notes.</p></body></html>'
    document = extract("route.html", page.encode())
    [first, *_] = document.records
    assert [(label, field.text, field.hidden is not None) for label, field in first.labelled()][:3] == [
        ("ACCT NO", "55810273", True), ("CUSTOMER", "Marisol Quintero", True),
        ("SERVICE ADDRESS", "1184 N Garey Ave", True)]
    found = values("route.html", page)
    assert {"Marisol Quintero", "Dennis Okafor"} <= found["customer_name"] and "1421" in found["energy_usage"]


WRAPPED_ADDRESS = """\
Customer              Service Address               Account No.       Usage (kWh)
MORENO, ALMA R.       418 E. Arrow Hwy              PCE-7730145-21    1,412
                      Claremont, CA 91711
TRAN, KEVIN D.        9021 N. Towne Ave Apt 3       PCE-2218804-07    987
                      Claremont, CA 91711
"""


def test_a_cell_wrapped_onto_a_second_line_continues_its_row_and_the_table_goes_on():
    (table,) = tables(WRAPPED_ADDRESS.splitlines())
    assert [cells[1] for _, cells in table.rows] == ["418 E. Arrow Hwy, Claremont, CA 91711",
                                                      "9021 N. Towne Ave Apt 3, Claremont, CA 91711"]
    found = values("hardship.txt", WRAPPED_ADDRESS)
    assert {"MORENO, ALMA R.", "TRAN, KEVIN D."} <= found["customer_name"]
    assert {"PCE-7730145-21", "PCE-2218804-07"} <= found["account_number"]


CLAIMS_WITH_NOTES = """\
CLAIM     CLAIMANT                      ADDRESS                           PHONE               AMOUNT
CL26-088  FIGUEROA, NADIA L.            1733 Bonita Ave                   909-414-2276          2210
          W-9 on file, claimant SSN 318-40-2291 (1099-MISC)
CL26-089  OSTROWSKI, PAUL T.            62 W. Kingsley Ave Unit 4         (626) 771-0348         480
"""


def test_a_note_between_two_rows_is_text_and_the_rows_after_it_are_read():
    (table,) = tables(CLAIMS_WITH_NOTES.splitlines())
    assert [cells[1] for _, cells in table.rows] == ["FIGUEROA, NADIA L.", "OSTROWSKI, PAUL T."]
    found = values("claims.txt", CLAIMS_WITH_NOTES)
    assert "OSTROWSKI, PAUL T." in found["customer_name"]
    assert "(626) 771-0348" in found["phone"]


def test_a_line_under_the_last_row_neither_continues_it_nor_keeps_the_table_open():
    lines = ["FACILITY                 ADDRESS                  HOURS",
             "Palomares Park           499 E Arrow Hwy          8am-10pm",
             "Ganesha Park             1575 N White Ave         8am-10pm",
             "Facility hours change on holidays; call the front desk before a visit.",
             "Parks and Recreation Department"]
    (table,) = tables(lines)
    assert [cells[1] for _, cells in table.rows] == ["499 E Arrow Hwy", "1575 N White Ave"]
    assert table.end == 3
