"""Tables whose customer columns come in other words or layouts than the usual header row: accounts in a sheet
laid out with its fields as rows, an "Applicant" column beside a utility account, month columns under a title
that says they are kWh, a bare customer number in a row without headers, a customer's own average. Each beside
the city's public tables of the same layouts, which stay silent."""
from __future__ import annotations

from tests.test_context_prose import fields_by_kind
from tests.test_customer_context import customer_fields, document, lines, table
from tests.test_table_headers import found, xlsx


def html_table(header: list[str] | None, *rows: list[str], before: str = "") -> bytes:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" if header else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body>{before}<table>{head}{body}</table></body></html>".encode()


# -- accounts in a sheet laid out with the fields as rows ---------------------------------------------------------

def test_an_account_row_of_a_transposed_sheet_is_each_households():
    body = xlsx([["Item", "Home A", "Home B"], ["Name", "Lorena Vasquez", "Tomas Brandt"],
                 ["Address", "2215 N Towne Ave", "640 W Arrow Hwy"], ["Sewer Acct No.", "482117-05", "730264-11"],
                 ["Phone", "(909) 555-0131", "909-555-0187"]])
    assert {("account_number", "482117-05"), ("account_number", "730264-11"),
            ("customer_name", "Lorena Vasquez")} <= found("households.xlsx", body)


def test_a_transposed_facility_sheet_stays_public():
    body = xlsx([["Item", "Site A", "Site B"], ["Facility", "Ganesha Park", "Palomares Park"],
                 ["Address", "1575 N White Ave", "499 E Arrow Hwy"], ["Utility Acct", "482117-05", "730264-11"],
                 ["Phone", "(909) 555-0131", "909-555-0187"]])
    assert not {c for c, _ in found("sites.xlsx", body)} & {"customer_name", "account_number", "address"}


# -- an "Applicant" column beside a utility account ------------------------------------------------------------

def test_applicants_beside_their_utility_accounts_are_customers():
    text = lines("Applicant\tMailing Address\tDaytime Phone\tUtility Acct\n"
                 "Lorena Vasquez\t2215 N Towne Ave, Pomona, CA 91767\t(909) 555-0131\t4418203957\n"
                 "Tomas Brandt\t640 W Arrow Hwy, Pomona, CA 91768\t(909) 555-0187\t730264-11")
    assert fields_by_kind(text) == {
        "name": ["Lorena Vasquez", "Tomas Brandt"],
        "address": ["2215 N Towne Ave, Pomona, CA 91767", "640 W Arrow Hwy, Pomona, CA 91768"],
        "phone": ["(909) 555-0131", "(909) 555-0187"]}
    assert [f.text for f in customer_fields(document(text)) if f.kind == "number"] == ["4418203957", "730264-11"]


def test_permit_applicants_stay_public():
    assert fields_by_kind(lines("Permit No.\tApplicant\tSite Address\tValuation\n"
                                "B26-00418\tLorena Vasquez\t2215 N Towne Ave\t$12,400")) == {}
    assert fields_by_kind(lines("Applicant\tMailing Address\tProject\tUtility Acct\n"
                                "Lorena Vasquez\t2215 N Towne Ave\tADU addition\t730264-11")) == {}
    assert fields_by_kind(lines("Applicant\tMailing Address\tPosition\n"
                                "Lorena Vasquez\t2215 N Towne Ave\tLifeguard")) == {}


# -- month columns under a title that says kWh ------------------------------------------------------------------

def months_table(title: str, first: str, *rows: list[str]) -> bytes:
    head = f"<tr><th>{first}</th><th>Cust No.</th><th>Apr</th><th>May</th><th>Jun</th></tr>"
    body = "".join(f"<tr><th>{row[0]}</th>" + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>" for row in rows)
    return f"<html><body><table><caption>{title}</caption>{head}{body}</table></body></html>".encode()


def test_month_columns_under_a_kwh_caption_are_the_customers_usage():
    body = months_table("Top residential kWh by month (summer review)", "",
                        ["Paulina Okoro", "6184420", "1,214", "1,377", "1,590"])
    assert {("customer_name", "Paulina Okoro"), ("energy_usage", "1,214"), ("energy_usage", "1,377"),
            ("energy_usage", "1,590")} <= found("review.html", body)
    body = html_table(["Resident", "January", "February"], ["Paulina Okoro", "1,214", "1,377"],
                      ["Dmitri Vance", "902", "866"], before="<h3>Medical baseline households: electricity use</h3>")
    assert {("energy_usage", "1,214"), ("energy_usage", "866")} <= found("baseline.html", body)


def test_month_columns_without_a_usage_title_or_a_person_stay_public():
    by_class = html_table(["Rate Class", "Apr", "May", "Jun"], ["Residential", "41,214", "41,377", "51,590"],
                          ["Small Commercial", "11,023", "11,148", "12,302"], before="<h2>Monthly kWh by class</h2>")
    attendance = html_table(["Commissioner", "Apr", "May", "Jun"], ["Paulina Okoro", "12", "9", "14"],
                            before="<h2>Attendance of the Energy Commission</h2>")
    budget = html_table(["Account", "Apr", "May"], ["101-4310-5101", "1,023", "1,148"],
                        before="<h2>Electricity budget by month</h2>")
    facilities = html_table(["Facility", "Apr", "May"], ["Senior Center", "51,023", "41,148"],
                            before="<h2>City buildings: kWh by month</h2>")
    bookings = html_table(["Renter", "Apr", "May"], ["Paulina Okoro", "3", "5"],
                          before="<h2>Community room usage by month</h2>")
    for name, body in (("bookings.html", bookings), ("class.html", by_class), ("attendance.html", attendance),
                       ("budget.html", budget), ("facilities.html", facilities)):
        assert not found(name, body), name


# -- a bare customer number in a row without headers ----------------------------------------------------------

def test_a_bare_number_in_a_headless_row_of_a_person_is_their_account():
    body = html_table(None, ["Renata Szabo", "4410 Juniper Hill Ln", "626-555-0193", "8830417", "$142.50"],
                      ["Okello Mwangi", "91 Quarry Bend Rd", "626-555-0148", "3301-7745-20", "$88.00"],
                      before="<p>Credits issued this cycle:</p>")
    assert {("account_number", "8830417"), ("account_number", "3301-7745-20"),
            ("customer_name", "Renata Szabo")} <= found("credits.html", body)


def test_numbers_that_are_no_account_stay_unreported():
    # a ZIP+4, a span of years, an amount, a count; a bare phone in a row that has no other phone
    body = html_table(None, ["Renata Szabo", "4410 Juniper Hill Ln", "626-555-0193", "91767-2210", "2025-2026",
                             "$1,142.50", "21,400"],
                      ["Okello Mwangi", "91 Quarry Bend Rd", "omwangi@fastmail.com", "6265550148"])
    assert not {value for category, value in found("list.html", body) if category == "account_number"}
    # a staff list without headers: no record, so no number of it
    staff = html_table(None, ["Renata Szabo", "Senior Planner", "505 S Garey Ave", "(909) 620-2051", "1200345"])
    assert not found("staff.html", staff)


# -- a customer's own average --------------------------------------------------------------------------------

def test_a_customers_own_average_is_their_usage():
    body = html_table(["Customer Name", "Service Acct.", "12-mo kWh", "Mo. Avg kWh", "Similar Homes Avg kWh"],
                      ["Halvard Nkemelu", "3-418-2290-17", "8,412", "701", "540"])
    assert {("energy_usage", "8,412"), ("energy_usage", "701")} <= found("review.html", body)
    assert ("energy_usage", "540") not in found("review.html", body)  # the neighbours' average, not theirs


def test_averages_outside_a_customer_record_stay_public():
    rates = html_table(["Rate Plan", "Avg Monthly kWh", "Avg Bill"], ["TOU-D-4-9PM", "612", "$148.20"])
    assert not found("rates.html", rates)
    classes = table(("Customer Class", "Customers", "Annual Sales", "Avg Monthly Use"),
                    ("Residential", "18,950", "171,200 MWh", "684 kWh"))
    assert fields_by_kind(classes) == {}
