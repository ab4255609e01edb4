"""Bills as scans, text and HTML show them: a usage history laid out sideways (a row of months over a row of kWh, the
first cell of each row its label) is the customer's history on a page that names them, in a text's tab-separated
lines and in an HTML table alike; a bill's comparison with its neighbours gives only the customer's own figure; a
mailing block with a post-office box is the customer's address block as one with a street is.

Hard negatives: a city's monthly system-wide load laid out the same way with no customer on the page, a table of
two classes' kWh under one row of months, a rate table by season (cents per kWh), the neighbours' figures of a
comparison row, and the utility's own remittance box under its name.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_BILL_HEAD = ["Valley Clean Power - Residential Statement", "ODALYS P. FERREIRA", "2218 N Garey Ave",
              "Pomona, CA 91767", "Account Number 7-115-3390-48", "Your usage over the last six months"]
_MONTHS = ["Billing month", "Aug 25", "Sep 25", "Oct 25", "Nov 25", "Dec 25", "Jan 26"]
_KWH = ["kWh", "862", "1,047", "733", "618", "702", "911"]
_HISTORY = {"862", "1,047", "733", "618", "702", "911"}


def _html(lines: list[str], rows: list[list[str]], header_cells: str = "td") -> str:
    first, *rest = rows
    head = "".join(f"<{header_cells}>{c}</{header_cells}>" for c in first)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rest)
    return ("<html><body>" + "".join(f"<p>{line}</p>" for line in lines)
            + f"<table><tr>{head}</tr>{body}</table></body></html>")


def _text(lines: list[str], rows: list[list[str]]) -> bytes:
    return ("\n".join(lines) + "\n" + "\n".join("\t".join(row) for row in rows) + "\n").encode()


def test_a_sideways_history_in_an_html_table_is_the_customer_s_usage():
    for cells in ("td", "th"):
        found = pairs_found("https://vcp.example.org/bill.html", _html(_BILL_HEAD, [_MONTHS, _KWH], cells), "text/html")
        assert _HISTORY <= values_of(found, "energy_usage"), cells


def test_a_sideways_history_in_tab_separated_lines_is_the_customer_s_usage():
    found = pairs_found("https://vcp.example.org/bill.txt", _text(_BILL_HEAD, [_MONTHS, _KWH]), "text/plain")
    assert _HISTORY <= values_of(found, "energy_usage")


def test_a_year_printed_in_two_halves_gives_both():
    later = [["Month", "Feb 26", "Mar 26", "Apr 26", "May 26", "Jun 26", "Jul 26"],
             ["kWh", "540", "488", "1,120", "1,377", "1,905", "2,014"]]
    found = pairs_found("https://vcp.example.org/year.txt", _text(_BILL_HEAD, [_MONTHS, _KWH, *later]), "text/plain")
    assert _HISTORY | {"540", "488", "1,120", "1,377", "1,905", "2,014"} <= values_of(found, "energy_usage")


def test_a_system_wide_load_by_month_names_no_customer():
    lines = ["Valley Clean Power - Monthly load report", "Deliveries to all customers, kWh"]
    rows = [["Month", "Jul 25", "Aug 25", "Sep 25", "Oct 25"], ["kWh", "41,220,310", "43,905,118", "38,004,772",
                                                                   "30,118,450"]]
    assert not values_of(pairs_found("https://vcp.example.org/load.html", _html(lines, rows), "text/html"),
                         "energy_usage")
    assert not values_of(pairs_found("https://vcp.example.org/load.txt", _text(lines, rows), "text/plain"),
                         "energy_usage")


def test_two_classes_under_one_row_of_months_are_no_one_s_history():
    rows = [["Month", "Jul 25", "Aug 25", "Sep 25"], ["Residential kWh", "512", "640", "575"],
            ["Commercial kWh", "1,810", "1,902", "1,766"]]
    found = pairs_found("https://vcp.example.org/classes.html", _html(_BILL_HEAD, rows), "text/html")
    assert not {"512", "640", "575", "1,810", "1,902", "1,766"} & values_of(found, "energy_usage")


def test_a_rate_table_by_season_is_no_usage():
    rows = [["Season", "Summer", "Winter", "Spring"], ["cents/kWh", "14.2", "11.8", "12.5"]]
    found = pairs_found("https://vcp.example.org/rates.txt", _text(_BILL_HEAD, rows), "text/plain")
    assert not {"14.2", "11.8", "12.5"} & values_of(found, "energy_usage")


def test_the_neighbours_figures_of_a_bill_s_comparison_are_not_the_customer_s():
    lines = [*_BILL_HEAD[:5], "Total energy used this period: 1,452 kWh",
             "Compare yourself: efficient neighbors 301 kWh  |  all neighbors 596 kWh  |  you 1,452 kWh",
             "Similar homes: 640 kWh"]
    usage = values_of(pairs_found("https://vcp.example.org/bill2.txt", "\n".join(lines).encode(), "text/plain"),
                      "energy_usage")
    assert "1,452 kWh" in usage
    assert not {"301 kWh", "596 kWh", "640 kWh"} & usage


def test_a_bill_mailed_to_a_post_office_box_names_its_customer():
    lines = ["Valley Clean Power", "Your Electricity Statement", "Customer care 1-855-410-2200", "",
             "TOMASZ R. WIELGUS", "P.O. BOX 4471", "LA VERNE, CA 91750", "",
             "Service account 5520918834", "Total electricity used this period: 1,203 kWh"]
    found = pairs_found("https://vcp.example.org/stmt.txt", "\n".join(lines).encode(), "text/plain")
    assert ("customer_name", "TOMASZ R. WIELGUS") in found
    assert any(c == "address" and v.startswith("P.O. BOX 4471") for c, v in found)
    assert "1,203 kWh" in values_of(found, "energy_usage")


def test_the_utility_s_own_remittance_box_is_no_customer_s():
    lines = ["Make checks payable to:", "Valley Clean Power", "P.O. Box 8800", "Pomona, CA 91769-8800", "",
             "Questions? Call 1-855-410-2200."]
    found = pairs_found("https://vcp.example.org/remit.txt", "\n".join(lines).encode(), "text/plain")
    assert not values_of(found, "address") and not values_of(found, "customer_name")


def test_a_customer_s_letter_from_a_box_greets_staff_by_name():
    """The address block is the writer's own (they sign with its name): the salutation's name is the utility's staff."""
    lines = ["Marisol T. Okafor", "P.O. Box 2290", "Chino, CA 91708", "", "Valley Clean Power", "Billing Department",
             "300 W Second St", "Pomona, CA 91766", "", "RE: Disputed bill - Account No. 6604418721", "",
             "Dear Bernard Castellanos,", "I was billed for 1,987 kWh at my rental on Orange Grove Ave.", "",
             "Sincerely,", "Marisol T. Okafor"]
    found = pairs_found("https://vcp.example.org/letter.txt", "\n".join(lines).encode(), "text/plain")
    assert ("customer_name", "Marisol T. Okafor") in found
    assert ("customer_name", "Bernard Castellanos") not in found
