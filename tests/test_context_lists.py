"""Lists of people that lost their table structure (``detectors.context.lists``), and a customer's line in a
file's running footer (``detectors.context.letters``). Hard negatives: lists of council members with their
districts, donors with their gifts, staff with their extensions, streets with their lengths, facilities with
their usage, council members with their miles, a call to City Hall's own number, a roster with one address."""
from __future__ import annotations

import pytest

from detectors.model import Document, Location, Segment
from tests.test_context_prose import REPORTED, fields_by_kind
from tests.test_customer_context import customer_fields, lines

FOUND = {
    "top users, surname first, columns apart by spaces": (
        lines("Top residential users Aug 2025 (kWh)\nNGUYEN, JANE TRONG                   3,254\n"
              "Kwon, Sung-ho                        2,101\nEL-SAYED, HUDA                       2,427"),
        {"name": ["NGUYEN, JANE TRONG", "Kwon, Sung-ho", "EL-SAYED, HUDA"], "usage": ["3,254", "2,101", "2,427"]}),
    "high users, given name first, tabs and a unit": (
        lines("Electricity usage review - summer\nMaria Lopez\t1,402 kWh\nRobert Chen\t988 kWh"),
        {"name": ["Maria Lopez", "Robert Chen"], "usage": ["1,402 kWh", "988 kWh"]}),
    "one row of a call log, fields apart by slashes": (
        lines("Call log 10/14\nSKINNER, ADAM / 242 W MISSION BLVD #7 / 626.865.4461 / left vm, callback req"),
        {"name": ["SKINNER, ADAM"], "address": ["242 W MISSION BLVD #7"], "phone": ["626.865.4461"]}),
    "a log row after a date and an agent's initials": (
        lines("2/26 lc: HADDAD, OMAR / 991 N ORANGE GROVE AVE / (909) 591-3333 / callback\n"
              "3/02 jt: Seo, Sung-ho / 77 Oriole Ct / 626 593 8250"),
        {"name": ["HADDAD, OMAR", "Seo, Sung-ho"], "address": ["991 N ORANGE GROVE AVE", "77 Oriole Ct"],
         "phone": ["(909) 591-3333", "626 593 8250"]}),
    # names alone under a line that calls them customers of a program or an action
    "customers enrolled, surname first": (
        lines("The following customers enrolled in Level Pay budget billing this month:\n1. Jaquez, Carlos\n"
              "2. Mkrtchyan, Lusine\n3. Pham, Ngoc Anh"),
        {"name": ["Jaquez, Carlos", "Mkrtchyan, Lusine", "Pham, Ngoc Anh"]}),
    "a rebate's customers with their homes": (
        lines("Light & Power customers receiving the October heat pump rebate:\nDana Whitfield, 4417 Magnolia Dr \u2013 "
              "$400\n2. Oscar Pruneda - 812 Old Mill Rd - $400"),
        {"name": ["Dana Whitfield", "Oscar Pruneda"], "address": ["4417 Magnolia Dr", "812 Old Mill Rd"]}),
    "customers approved, a heading over names": (
        lines("Customers approved for medical baseline allowance\nRowena Macaraeg\nKhaled Saleh"),
        {"name": ["Rowena Macaraeg", "Khaled Saleh"]}),
}

NOT_FOUND = {
    "a customer desk's staff": lines("Customer Service Representatives\nRowena Macaraeg\nKhaled Saleh"),
    "a customers' committee": lines("Customer Advisory Committee members\nRowena Macaraeg\nKhaled Saleh"),
    "contacts for customers": lines("Customers with questions may contact:\nRowena Macaraeg\nKhaled Saleh"),
    "classes of customers": lines("PCE serves 60,000 customers\nResidential\nCommercial"),
    "places where customers pick something up": lines(
        "Customers may pick up free LED bulbs at:\nPalomares Park, 499 E Arrow Hwy\nWashington Park, 865 S Park Ave"),
    "businesses paid a rebate": lines(
        "Rebates paid to customers this month:\nAcme Bakery, 410 E Holt Ave - $400\nKim's Auto Repair, 1845 W Holt Ave"),
    "one name under the heading": lines("Customers approved this month\nRowena Macaraeg\nMore next month."),
    "council members with their districts": lines(
        "City Council members\nRUIZ, ANA            1\nLANTZ, JOHN          2\nOKAFOR, NORA         3"),
    "donors with their gifts": lines(
        "Library Foundation donors 2025\nSmith, John        $500\nLopez, Maria       $1,250"),
    "staff with their extensions": lines(
        "Staff directory - Utility Services\nRuiz, Ana          4412\nLopez, Maria       4417"),
    "streets with their repaving lengths": lines(
        "Street repaving FY26 (linear feet)\nHolt Ave            1,200\nGarey Ave           2,450"),
    "facilities with their usage": lines(
        "Facility energy use Aug 2025 (kWh)\nPalomares Park        3,254\nWashington Park       2,101\n"
        "City Hall             48,220"),
    "council members with the miles they drove": lines(
        "Council member usage of city vehicles (miles)\nRUIZ, ANA            1,200\nLANTZ, JOHN          2,000"),
    "a usage list's title far above its names": lines(
        "Energy use (kWh)\nSee the table below.\nIt lists our speakers.\nRUIZ, ANA     1,200\nLANTZ, JOHN     2,000"),
    "a callback to City Hall": lines(
        "Call log\nRUIZ, ANA / 505 S GAREY AVE / (909) 620-2311 / left vm, callback req"),
    "one member of a commission's roster": lines(
        "Planning Commission roster\nAna Ruiz / 1234 W Holt Ave / (909) 555-0100"),
}


@pytest.mark.parametrize("parts, expected", FOUND.values(), ids=list(FOUND))
def test_lists_of_customers(parts, expected):
    assert fields_by_kind(parts) == expected


@pytest.mark.parametrize("parts", NOT_FOUND.values(), ids=list(NOT_FOUND))
def test_public_lists_stay_public(parts):
    assert fields_by_kind(parts) == {}


def _letter(header: str, footer: str) -> Document:
    """A word-processing file with its running header and footer, as extraction gives them."""
    doc = Document(url="https://www.pomonachoiceenergy.org/letter.docx", content_type="application/vnd."
                   "openxmlformats-officedocument.wordprocessingml.document")
    doc.segments = [Segment("Medical Baseline Allowance - your application is approved.",
                            Location(element="paragraph 1")),
                    Segment(header, Location(element="header, section 1, paragraph 1"), chrome=True),
                    Segment(footer, Location(element="footer, section 1, paragraph 1"), chrome=True)]
    return doc


def _reported(doc: Document) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in customer_fields(doc):
        if f.kind in REPORTED:
            found.setdefault(f.kind, []).append(f.text)
    return found


def test_the_customer_copy_line_of_a_file_s_footer_is_the_customer_s():
    found = _reported(_letter("RE: Ortiz, Maria - Svc Acct # 7415-1961-90",
                              "Customer copy - 2388 Holt Ave #12, Pomona, CA 91766 - tel 626-623-8576"))
    assert found["address"] == ["2388 Holt Ave #12, Pomona, CA 91766"]
    assert found["phone"] == ["626-623-8576"]


@pytest.mark.parametrize("header, footer", [
    # the office's desk, not the customer
    ("RE: Ortiz, Maria - Svc Acct # 7415-1961-90", "Customer Service - 1234 W Holt Ave, Pomona - (909) 555-0100"),
    # no account in the document: a form's blank copy
    ("Medical Baseline application", "Customer copy - 2388 Holt Ave #12, Pomona, CA 91766 - tel 626-623-8576"),
])
def test_other_running_lines_stay_public(header, footer):
    found = _reported(_letter(header, footer))
    assert "address" not in found and "phone" not in found


def test_a_tables_column_names_are_no_list_of_customers():
    """A usage-by-class table's header cells, "Customers" over "Annual Sales" and "Avg Monthly Use", read as lines
    are no heading with names under it."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors

    page = ("<table><tr><th>Rate Class</th><th>Customers</th><th>Annual Sales</th><th>Avg Monthly Use</th></tr>"
            "<tr><td>Residential</td><td>41,208</td><td>298,114 MWh</td><td>603 kWh</td></tr>"
            "<tr><td>Small Commercial</td><td>3,877</td><td>92,540 MWh</td><td>1,989 kWh</td></tr></table>")
    assert scan_document(extract("rates.html", page.encode()), load_detectors({})) == []


def test_bullets_of_people_and_their_kwh_are_customers_usage():
    """A slide's bullets "Name: N kWh ...": each item's unit says the figure is usage, as a title would."""
    found = fields_by_kind(lines("Top consumers after restoration\nMarisol Batiste: 4,610 kWh in first 10 days\n"
                                 "Thanh Nguyen: 3,702 kWh in first 10 days\n"))
    assert found == {"name": ["Marisol Batiste", "Thanh Nguyen"], "usage": ["4,610 kWh", "3,702 kWh"]}


@pytest.mark.parametrize("text", [
    "Energy use by building\nCity Hall: 41,200 kWh\nMain Library: 18,900 kWh\nAverage home: 612 kWh\n",
    "Solar array output\nNorth Array: 9,400 kWh\nSouth Array: 8,100 kWh\n",
    "Savings by program\nMarisol Batiste: 4,610 kWh in first 10 days\nAverage: 612 kWh\n",  # one item is no list
])
def test_bullets_of_places_and_classes_with_kwh_stay_public(text):
    assert not fields_by_kind(lines(text))
