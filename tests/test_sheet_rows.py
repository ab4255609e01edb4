"""Tables whose headers do not name their columns in our words: columns whose cells say what they hold (Location,
Where, Site), abbreviated or compound headers (Mtr, CBR, CustName), wide interval-meter exports, a CSV under a
preface naming its customer, a sheet's two-row header under merged group cells, sheets laid out as forms. Each
with the city's public tables of the same layouts staying silent."""
from __future__ import annotations

from crawler.extract import extract, looks_like_header_row
from detectors.context.headers import header_kind
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import xlsx

DETECTORS = load_detectors()


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    document = extract(f"https://www.pomonaca.gov/docs/{name}", body, None)
    return {(d.category, d.value) for d in scan_document(document, DETECTORS)}


def table(header: list[str], *rows: list[str]) -> bytes:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><table><tr>{cells}</tr>{body}</table></body></html>".encode()


def test_abbreviated_and_role_headers_name_their_kind():
    assert header_kind("Mtr")[0] == "account"
    assert header_kind("CBR")[0] == "phone"  # a call-back number
    assert header_kind("Caller")[0] == "name" and header_kind("Reported by")[0] == "name"
    assert header_kind("Where")[0] == "address"
    assert header_kind("Event Where")[0] == "veto"


def test_a_location_column_of_street_addresses_is_the_occupants_address():
    body = table(["Order", "Location", "Occupant", "Mtr", "Tel", "Task"],
                 ["7012", "688 E LINCOLN AVE", "TRAN, JOHN YEN", "G993K-682148", "(909) 865-6099", "DNP"])
    assert {("customer_name", "TRAN, JOHN YEN"), ("address", "688 E LINCOLN AVE"), ("phone", "(909) 865-6099"),
            ("account_number", "G993K-682148")} <= found("orders.html", body)  # the meter, as its header says


def test_a_caller_log_with_a_lower_case_address_under_where():
    body = b'Date,Caller,Where,Tel,Notes\n2/4/26,"Babayan, Gor",3226 n buena vista ave,(626) 622-4143,high bill\n'
    assert {("customer_name", "Babayan, Gor"), ("address", "3226 n buena vista ave"),
            ("phone", "(626) 622-4143")} <= found("calls.csv", body)


def test_usage_in_a_notes_column_of_a_customer_record_is_theirs():
    header = "Date;Caller;Where;Tel;Notes\n"
    row = "2/4/26;Babayan, Gor;3226 n buena vista ave;(626) 622-4143;{}\n"
    assert ("energy_usage", "303 kWh") in found("calls.csv", (header + row.format("says bill 303 kWh too high")).encode())
    tariff = row.format("asked about Tier 1: 0-300 kWh at $0.12 per kWh")
    assert not any(category == "energy_usage" for category, _ in found("calls.csv", (header + tariff).encode()))


def test_an_unnamed_column_is_the_kind_most_of_its_cells_are():
    rows = [["4411", "Ana Ruiz", "1200 W Holt Ave", "G993K-682148"], ["4412", "Li Wei", "655 N Gibbs St", "G993K-6822"],
            ["4413", "Omar Haddad", "1587 Orange Grove Ave", "G993K-0031"]]
    assert ("address", "655 N Gibbs St") in found("orders.html", table(["Order", "Who", "Spot", "Meter"], *rows))


def test_place_columns_of_city_listings_stay_public():
    # a facility list, a staff directory's office, a vendor's contact: public whatever the cells hold
    assert not found("pools.html", table(["Facility", "Location", "Contact", "Tel"],
                                         ["Ganesha Park Pool", "1575 N White Ave", "Maria Lopez", "(909) 620-2321"]))
    assert not found("staff.html", table(["Name", "Title", "Location", "Tel"],
                                         ["Maria Lopez", "Planner II", "505 S Garey Ave", "(909) 620-2321"]))
    assert not found("vendors.html", table(["Vendor", "Contact", "Location", "Phone"],
                                           ["Acme Electric", "Dan Moore", "1200 E 2nd St", "(909) 555-0142"]))
    # places with their phones and no person: a list of cooling centers
    assert not found("cooling.html", table(["Site", "Where", "Phone"],
                                           ["Washington Park", "865 S Gibbs St", "(909) 620-2321"],
                                           ["Palomares Park", "499 E Arrow Hwy", "(909) 620-2322"]))


def test_a_numbered_series_of_columns_is_a_header():
    hours = [f"HE{h:02d}" for h in range(1, 25)]
    assert looks_like_header_row(["meter_id", "premise_id", "read_date", *hours, "total_kwh"])
    assert looks_like_header_row(["Program", "Q1", "Q2", "Q3", "Q4"])
    clock = [f"{minutes // 60:02d}:{minutes % 60:02d}" for minutes in range(15, 24 * 60 + 1, 15)]
    assert looks_like_header_row(["meter_id", "read_date", *clock, "total_kwh"])  # a day's 15-minute intervals
    assert not looks_like_header_row(["M5650401", "637040-304", "2026-01-13", "0.52"])
    assert not looks_like_header_row(["2026-02-01", "00:00", "00:14", "0.533"])  # a row of one interval
    assert not looks_like_header_row(["Program", "Q1", "Q3", "Q2", "x1"])  # no series: more values than labels


def test_a_wide_interval_meter_export_keeps_its_header():
    hours = [f"HE{h:02d}" for h in range(1, 25)]
    body = (",".join(["meter_id", "premise_id", "read_date", *hours, "total_kwh"]) + "\n"
            + ",".join(["M5650401", "637040-304", "2026-01-13", *["0.52"] * 24, "32.72"]) + "\n").encode()
    assert ("energy_usage", "32.72") in found("interval.csv", body)


def test_a_city_wide_quarterly_table_with_numbered_columns_stays_public():
    body = b"Program,Q1,Q2,Q3,Q4,Total\nResidential,1204,1190,1311,1288,4993\nCommercial,402,388,410,399,1599\n"
    assert not found("quarterly.csv", body)


def test_a_preface_above_a_csv_names_the_customer_whose_usage_follows():
    body = (b"Meter 222690326952, SA 3-189-1807-70, KONG, YANG, 2042 N TOWNE AVE APT 32\n"
            b"Date,Start,End,kWh\n2026-02-01,00:00,00:14,0.533\n2026-02-01,00:15,00:29,0.611\n")
    assert {("customer_name", "KONG, YANG"), ("address", "2042 N TOWNE AVE APT 32"),
            ("energy_usage", "0.533")} <= found("interval.csv", body)
    commented = (b"# Interval data export, meter 222690326952, SA 3-189-1807-70\n"
                 b"# KONG, YANG, 2042 N TOWNE AVE APT 32\nDate,Start,End,kWh,Quality\n2026-02-01,00:00,00:14,0.533,A\n")
    assert ("customer_name", "KONG, YANG") in found("interval.csv", commented)


def test_a_report_title_above_a_city_usage_csv_stays_public():
    body = (b"City of Pomona, Public Works, Facility energy report, FY 2025-26\nFacility,Month,kWh\n"
            b"City Hall,July,48210\nPomona Public Library,July,21044\n")
    assert not found("facilities.csv", body)
    document = extract("https://www.pomonaca.gov/docs/facilities.csv", body, None)
    assert [f.label for f in document.records[0].fields] == ["Facility", "Month", "kWh"]


def test_a_two_row_header_under_merged_group_cells():
    body = xlsx([["Customer", None, None, "Usage", None],
                 ["Name", "Service Address", "Cust. ID", "Sep kWh", "Oct kWh"],
                 ["Acosta, Beatriz", "1698 San Antonio Ave, Pomona, CA 91767", "7165 4211 00", 2125, 2200]],
                merged=("A1:C1", "D1:E1"))
    document = extract("https://www.pomonaca.gov/docs/usage.xlsx", body, None)
    assert [f.label for f in document.records[0].fields][:2] == ["Customer Name", "Customer Service Address"]
    assert {("customer_name", "Acosta, Beatriz"), ("account_number", "7165 4211 00"),
            ("energy_usage", "2200")} <= found("usage.xlsx", body)


def test_a_two_row_header_of_a_city_facility_sheet_stays_public():
    body = xlsx([["Facility", None, "Usage", None], ["Name", "Address", "Sep kWh", "Oct kWh"],
                 ["Pomona Public Library", "625 S Garey Ave", 21044, 20110]], merged=("A1:B1", "C1:D1"))
    assert not found("facilities.xlsx", body)


def test_a_sheet_laid_out_as_a_form_is_one_record():
    form = [["Account holder", "NARE AVETISYAN"], ["SA ID", "V9068707"],
            ["Premise address", "2997 S Fairplex Dr, Pomona, CA 91768"], ["Contact #", "909.623.8504"]]
    expected = {("customer_name", "NARE AVETISYAN"), ("address", "2997 S Fairplex Dr, Pomona, CA 91768"),
                ("phone", "909.623.8504")}
    assert expected <= found("order.xlsx", xlsx(form))
    assert expected <= found("order.xlsx", xlsx([["SERVICE ORDER"], *form]))


def test_a_two_column_sheet_and_a_facility_form_stay_what_they_are():
    # a two-column table: its header names a field in both cells, its rows in neither
    document = extract("https://www.pomonaca.gov/docs/list.xlsx",
                       xlsx([["Name", "Phone"], ["Ana Ruiz", "(909) 555-0147"]]), None)
    assert [f.label for f in document.records[0].fields] == ["Name", "Phone"]
    # the City's own facility laid out as a form
    assert not found("facility.xlsx", xlsx([["FACILITY SHEET"], ["Name", "Palomares Park Community Center"],
                                            ["Address", "499 E Arrow Hwy, Pomona, CA 91767"],
                                            ["Phone", "(909) 620-2321"], ["Hours", "8 am - 5 pm"]]))


def labels(heading: str, *people: tuple[str, ...], rows: int = 1) -> bytes:
    cells = "".join("<td>" + "<br>".join(lines) + "</td>" for lines in people)
    return f"<html><body><h1>{heading}</h1><table>{f'<tr>{cells}</tr>' * rows}</table></body></html>".encode()


def test_mailing_labels_of_notices_to_customers_are_their_records():
    people = [("TSAO ICHING", "460 E HAMILTON BLVD", "Pomona, CA 91767"),
              ("Celia Serna", "1633 Arrow Hwy", "Apt 36", "Pomona, CA 91766"),
              ("YOUSEF QURESHI", "3443 PHILLIPS BLVD", "Pomona, CA 91766")]
    assert {("customer_name", "TSAO ICHING"), ("address", "460 E HAMILTON BLVD"), ("customer_name", "Celia Serna"),
            ("address", "1633 Arrow Hwy\nApt 36")} <= found("labels.html", labels("Shutoff notices mailed", *people))
    assert ("customer_name", "YOUSEF QURESHI") in found("labels.html", labels("Customers:", *people))
    # the last row of a full sheet, far below its heading
    sheet = extract("https://www.pomonaca.gov/docs/labels.html", labels("Shutoff notices mailed", *people, rows=12),
                    None)
    last = "table > tr:nth-of-type(12) > td:nth-of-type(3)"
    assert [d.location.element for d in scan_document(sheet, DETECTORS)][-1] == last


def test_public_mailing_labels_stay_public():
    officials = [("Tim Sandoval", "Mayor", "505 S. Garey Ave.", "Pomona, CA 91766"),
                 ("Nora Garcia", "Council Member, District 1", "505 S. Garey Ave.", "Pomona, CA 91766")]
    assert not found("labels.html", labels("Mailing labels - shutoff notice policy distribution", *officials))
    people = [("Ana Ruiz", "1200 W Holt Ave", "Pomona, CA 91768"), ("Li Wei", "655 N Gibbs St", "Pomona, CA 91767")]
    # a hearing notice to property owners near a project, a commission's list, a page that names no customer
    assert not found("labels.html", labels("Notice of public hearing: property owners within 500 feet", *people))
    assert not found("labels.html", labels("Historic Preservation Commission - notices mailed", *people))
    assert not found("labels.html", labels("Holiday card list", *people))
    firms = [("Acme Bakery LLC", "1200 W Holt Ave", "Pomona, CA 91768"),
             ("Garey Auto Repair Inc", "655 N Gibbs St", "Pomona, CA 91767")]
    assert not found("labels.html", labels("Shutoff notices mailed", *firms))


def test_a_city_column_is_no_one_s_name():
    """"Diamond Bar" under SVC_CITY reads like a name; a column of an address's city or ZIP holds none."""
    body = (b"CUST_NM,SVC_ADDR1,SVC_CITY,SA_ID\n\"GARCIA, ROSA\",123 Holt Ave,Diamond Bar,3-012-3456-78\n"
            b"\"KIM, JI-HOON\",55 Towne Ave,Diamond Bar,3-112-3456-78\n")
    names = {value for category, value in found("customers.csv", body) if category == "customer_name"}
    assert names == {"GARCIA, ROSA", "KIM, JI-HOON"}


def test_a_name_split_into_columns_headed_by_its_parts():
    body = (b"Last,First,Premise Address,Zip,Acct #,Contact Phone\nZayas,Marisol,643 Fairplex Dr,91767,P-475168,"
            b"909-629-8471\nDuong,Thi Hoa,529 E Grand Ave #207,91766,384 201 3164,909-988-3359\n")
    names = {value for category, value in found("customers.csv", body) if category == "customer_name"}
    assert names == {"Marisol Zayas", "Thi Hoa Duong"}  # one finding over both cells, read first name first
    assert header_kind("Last Read")[0] is None  # a meter's last reading, not a surname


def test_a_list_s_numbered_items_are_no_columns():
    """A definition list of numbered applicants ("1." | "381 Desert Bloom Run - Deyanira Montez - ITIN ..."): an
    item's number names no column, so an item that opens with a street is not all address (the ITIN and the name
    in it were lost under one address finding)."""
    body = ("<dl><dt>1.</dt><dd>381 Desert Bloom Run &ndash; Deyanira Montez &ndash; ITIN no.: 982-57-5737</dd>"
            "<dt>2.</dt><dd>Aisha Francis: Social Security Number 194-25-2104; afrancis@earthlink.net</dd></dl>")
    assert {("address", "381 Desert Bloom Run"), ("customer_name", "Deyanira Montez"),
            ("taxpayer_id", "982-57-5737")} <= found("applicants.html", body.encode())


def test_the_lowest_header_row_names_the_columns_a_group_row_only_qualifies_them():
    body = xlsx([["Opt-Out Follow-Up Log"], [], [None, "Customer", None, "Usage", None],
                 ["#", "Name", "Service Address", "CCA Acct", "kWh (Mar)"],
                 [1, "Odalys Brennan", "4471 Juniper Hollow Rd", "5512093374", 884]], merged=("B3:C3", "D3:E3"))
    assert {("customer_name", "Odalys Brennan"), ("address", "4471 Juniper Hollow Rd"),
            ("account_number", "5512093374"), ("energy_usage", "884")} <= found("log.xlsx", body)
    assert ("energy_usage", "5512093374") not in found("log.xlsx", body)


def test_a_numbered_header_row_labels_its_sheet():
    body = xlsx([["#", "Customer Name", "Service Address", "Phone"],
                 [1, "Odalys Brennan", "4471 Juniper Hollow Rd", "(909) 555-0183"]])
    document = extract("https://www.pomonaca.gov/docs/list.xlsx", body, None)
    assert [f.label for f in document.records[0].fields] == ["#", "Customer Name", "Service Address", "Phone"]


def test_a_numbered_two_row_header_of_city_facilities_stays_public():
    body = xlsx([["", "Facility", None, "Usage", None], ["#", "Name", "Address", "Meter", "kWh (Mar)"],
                 [1, "Ganesha Community Center", "1575 N White Ave", "5512093374", 21044]],
                merged=("B1:C1", "D1:E1"))
    assert not found("facilities.xlsx", body)
